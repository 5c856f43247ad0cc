"""`sanctionwatch registry` and `simulate` from the command line, on a small generated world."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from sanctionwatch.cli.main import app


def test_simulate_then_load_dir_then_ls(tmp_path: Path) -> None:
    runner = CliRunner()
    db = str(tmp_path / "ws.duckdb")
    result = runner.invoke(
        app, ["--json", "simulate", "--seed", "2", "--scale", "0.01", "--out", str(tmp_path / "w")]
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["counts"]["permits"] == 1000
    result = runner.invoke(
        app, ["--db", db, "--json", "registry", "load-dir", str(tmp_path / "w" / "registry")]
    )
    assert result.exit_code == 0, result.output
    loads = json.loads(result.stdout)
    assert (loads[0]["kind"], loads[0]["rows_rejected"]) == ("permits", 0)
    result = runner.invoke(app, ["--db", db, "--json", "registry", "ls"])
    assert [r["kind"] for r in json.loads(result.stdout)] == [
        "permits",
        "companies",
        "company_people",
        "branches",
    ]


def test_bad_input_exits_2_with_one_line_naming_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "permits.csv"
    bad.write_text("permit_id,issue_date\n1,2018-01-01\n", "utf-8")
    result = CliRunner().invoke(
        app, ["--db", str(tmp_path / "ws.duckdb"), "registry", "load", "permits", str(bad)]
    )
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert "permits.csv" in result.output and "missing column" in result.output


def test_rejected_rows_are_reported_with_line_and_field(tmp_path: Path) -> None:
    path = tmp_path / "companies.csv"
    path.write_text(
        "ogrn,full_name,registered_on\n1027700132195,ПАО Сбербанк,2002-02-30\n", "utf-8"
    )
    result = CliRunner().invoke(
        app, ["--db", str(tmp_path / "ws.duckdb"), "registry", "load", "companies", str(path)]
    )
    assert result.exit_code == 0
    assert "line 2 field 'registered_on'" in result.output.replace("\n", " ")
