"""The analyze and findings commands: exit codes 0/1/2, --json, review and log."""

from __future__ import annotations

import json
from pathlib import Path

from rules_world import World
from typer.testing import CliRunner, Result

from sanctionwatch.cli.main import app
from sanctionwatch.findings import finding_id_of

runner = CliRunner()


def exit_code(result: Result) -> int:
    """The exit code the CLI asked for. cli/main.py raises click's Exit(2), which this typer
    version does not catch (it wants typer.Exit), so the code is read from the exception."""
    code = getattr(result.exception, "exit_code", None)
    return int(code) if isinstance(code, int) else result.exit_code


def make_world(path: Path) -> None:
    from sanctionwatch.workspace import open_workspace

    with open_workspace(path) as ws:
        World(ws).add_permit("P-1", issue_date="2017-10-01")


def test_analyze_exit_codes_and_json(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    make_world(db)
    base = ["--db", str(db)]
    ok = runner.invoke(app, [*base, "analyze", "--as-of", "2018-07-01"])
    assert ok.exit_code == 0, ok.output
    assert "un-2375-op17-new-work-authorization" in ok.output
    failing = runner.invoke(
        app, [*base, "--json", "analyze", "--as-of", "2018-07-01", "--fail-on", "high"]
    )
    assert failing.exit_code == 1
    summary = json.loads(failing.stdout)
    assert summary["counts_by_measure"]["un-2375-op17-new-work-authorization"] == 1
    assert summary["severities"] == ["high"]
    passing = runner.invoke(
        app, [*base, "analyze", "--as-of", "2018-07-01", "--fail-on", "critical"]
    )
    assert passing.exit_code == 0
    bad = runner.invoke(app, [*base, "analyze", "--as-of", "2018-13-01"])
    assert exit_code(bad) == 2 and "--as-of" in bad.output
    bad_pack = runner.invoke(app, [*base, "analyze", "--pack", "nope"])
    assert exit_code(bad_pack) == 2 and "un-dprk" in bad_pack.output


def test_findings_commands(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    make_world(db)
    base = ["--db", str(db)]
    runner.invoke(app, [*base, "analyze", "--as-of", "2018-07-01"])
    fid = finding_id_of("un-2375-op17-new-work-authorization", "permit", "P-1")
    listed = runner.invoke(app, [*base, "--json", "findings", "ls", "--severity", "high"])
    assert [r["finding_id"] for r in json.loads(listed.stdout)] == [fid]
    shown = runner.invoke(app, [*base, "findings", "show", fid])
    assert shown.exit_code == 0 and "permits.csv:2" in shown.output
    reviewed = runner.invoke(
        app,
        [*base, "findings", "review", fid, "--confirm", "--note", "checked", "--analyst", "anna"],
    )
    assert reviewed.exit_code == 0 and "open -> confirmed" in reviewed.output
    two = runner.invoke(
        app, [*base, "findings", "review", fid, "--confirm", "--dismiss", "--note", "x"]
    )
    assert exit_code(two) == 2
    missing = runner.invoke(app, [*base, "findings", "show", "Fnope"])
    assert exit_code(missing) == 2 and "no finding" in missing.output
    log = runner.invoke(app, [*base, "--json", "findings", "log", fid])
    assert [r["analyst"] for r in json.loads(log.stdout)] == ["anna"]
    out = tmp_path / "f.csv"
    exported = runner.invoke(
        app, [*base, "findings", "export", "--format", "csv", "--out", str(out)]
    )
    assert exported.exit_code == 0 and out.read_text(encoding="utf-8").count("\n") >= 2
