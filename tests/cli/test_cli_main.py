"""The CLI as a whole: --help teaches every stage, and every error has one shape and exit code 2."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from sanctionwatch.cli.main import PIPELINE_ORDER, app

STAGE_COMMANDS = list(PIPELINE_ORDER)


def test_help_names_every_stage_command() -> None:
    result = CliRunner().invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in STAGE_COMMANDS:
        assert f"\n  {command} " in result.output or f"│ {command} " in result.output, command


@pytest.mark.parametrize("command", STAGE_COMMANDS)
def test_every_command_has_help(command: str) -> None:
    result = CliRunner().invoke(app, [command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output


def _bad_inputs(tmp_path: Path) -> list[list[str]]:
    not_xml = tmp_path / "list.xml"
    not_xml.write_text("<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL>", encoding="utf-8")
    no_columns = tmp_path / "permits.csv"
    no_columns.write_text("permit_id\nA1\n", encoding="utf-8")
    return [
        ["lists", "load", str(not_xml)],
        ["registry", "load", "permits", str(no_columns)],
        ["findings", "show", "no-such-finding"],
        ["analyze", "--pack", "no-such-pack"],
    ]


def test_bad_input_gives_one_error_line_and_exit_code_2(tmp_path: Path) -> None:
    runner = CliRunner()
    for args in _bad_inputs(tmp_path):
        result = runner.invoke(app, ["--db", str(tmp_path / "ws.duckdb"), *args])
        assert result.exit_code == 2, (args, result.output)
        assert "error:" in result.output, (args, result.output)
        assert "Traceback" not in result.output, (args, result.output)


def test_usage_error_exits_2() -> None:
    result = CliRunner().invoke(app, ["no-such-command"])
    assert result.exit_code == 2


def test_global_options_may_follow_the_sub_command(shared_eval: Path, tmp_path: Path) -> None:
    import json

    pairs = str(shared_eval / "names-dev.jsonl")
    result = CliRunner().invoke(app, ["eval", "matching", pairs, "--json"])
    assert result.exit_code == 0, result.output
    assert set(json.loads(result.stdout)) >= {"precision", "recall", "f1", "by_category"}
    db = tmp_path / "elsewhere.duckdb"
    result = CliRunner().invoke(app, ["findings", "ls", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert db.exists()


def test_python_dash_m_runs_the_same_command_line(shared_eval: Path) -> None:
    import json
    import subprocess
    import sys

    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "sanctionwatch",
            "--json",
            "eval",
            "matching",
            str(shared_eval / "names-dev.jsonl"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["f1"] >= 0.97
