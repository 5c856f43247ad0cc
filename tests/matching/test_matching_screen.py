"""screen_workspace and match_query on a real DuckDB workspace, full and incremental."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

from matching_fixture import add_listed, add_load, add_permit
from typer.testing import CliRunner

from sanctionwatch.cli.main import app
from sanctionwatch.matching import match_query, screen_workspace
from sanctionwatch.workspace import Workspace


def _world(ws: Workspace) -> None:
    add_listed(ws, 1, "kp-1", ["Kim Jong Un", "김정은"], birth=date(1984, 1, 8), countries=["kp"])
    add_listed(ws, 1, "kp-2", ["Choe Ryong Hae"], countries=["kp"])
    add_listed(ws, 1, "kp-3", ["KOREA RYONBONG GENERAL CORPORATION"], schema="Organization")
    add_load(ws, 1, "2024-01-01 00:00:00")
    add_load(ws, 2, "2024-06-01 00:00:00")
    add_permit(ws, "permits.csv:2", "Ким", "Чен Ын", "KIM JONG UN", birth=date(1984, 1, 8))
    add_permit(ws, "permits.csv:3", "Ким", "Александр", "KIM ALEKSANDR", citizenship="ru")
    add_permit(ws, "permits.csv:4", "Чхве", "Рён Хэ", None, load_id=2)
    ws.run(
        "company",
        """INSERT INTO companies (record_id, ogrn, full_name, load_id, source_file, source_row)
                         VALUES ('companies.csv:2', '1027700132195',
                                 'Корейская генеральная корпорация «Рёнбон»', 1, 'c', 2)""",
    )


def _matches(ws: Workspace) -> list[tuple[object, ...]]:
    return ws.rows(
        "t",
        "SELECT subject_table, subject_id, entity_id, version_id, round(score, 6)"
        " FROM screen_matches ORDER BY ALL",
    )


def test_full_screen_finds_the_right_pairs_and_reruns_do_not_duplicate(
    workspace: Workspace,
) -> None:
    _world(workspace)
    summary = screen_workspace(workspace)
    pairs = {(r[1], r[2]) for r in _matches(workspace)}
    assert pairs == {
        ("permits.csv:2", "kp-1"),
        ("permits.csv:4", "kp-2"),
        ("companies.csv:2", "kp-3"),
    }
    assert summary.matches == 3
    screen_workspace(workspace)
    assert len(_matches(workspace)) == 3


def test_incremental_runs_equal_a_full_run(workspace: Workspace) -> None:
    _world(workspace)
    screen_workspace(workspace)
    # version 2: kp-2 unchanged, kp-1 changed (new alias), kp-4 added; new subjects loaded later
    add_listed(
        workspace,
        2,
        "kp-1",
        ["Kim Jong Un", "김정은", "Ким Чен Ын"],
        birth=date(1984, 1, 8),
        countries=["kp"],
    )
    add_listed(workspace, 2, "kp-2", ["Choe Ryong Hae"], countries=["kp"])
    add_listed(workspace, 2, "kp-4", ["Ri Su Yong"], countries=["kp"])
    add_load(workspace, 3, "2024-09-01 00:00:00")
    add_permit(workspace, "permits.csv:5", "Ли", "Су Ён", "LI SU YONG", load_id=3)
    screen_workspace(workspace, since_version=1)
    screen_workspace(workspace, subjects_since=date(2024, 8, 1))
    incremental = _matches(workspace)
    screen_workspace(workspace)
    assert incremental == _matches(workspace)
    assert ("permits", "permits.csv:5", "kp-4", 2) in [r[:4] for r in incremental]


def test_match_query_ranks_with_explanations(workspace: Workspace) -> None:
    _world(workspace)
    found = match_query(workspace, "Ким Чен Ын", birth_date="1984-01-08")
    assert found[0].entity_id == "kp-1" and found[0].score > 0.9
    assert found[0].explanation["attributes"][0]["attribute"] == "birthDate"


def test_cli_screen_and_match(workspace: Workspace, tmp_path: Path) -> None:
    _world(workspace)
    workspace.close()
    db = str(workspace.path)
    runner = CliRunner()
    result = runner.invoke(app, ["--db", db, "--json", "screen"])
    assert result.exit_code == 0, result.output
    assert '"matches": 3' in result.stdout
    result = runner.invoke(app, ["--db", db, "--json", "match", "Choe Ryong Hae"])
    assert result.exit_code == 0 and "kp-2" in result.stdout
    cli = Path(sys.executable).parent / "sanctionwatch"
    failed = subprocess.run(
        [str(cli), "--db", db, "match", "   "], capture_output=True, text=True, check=False
    )
    assert failed.returncode == 2 and "no letters" in failed.stderr
    assert "Traceback" not in failed.stderr
