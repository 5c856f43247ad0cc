"""Subjects without a usable name are counted and kept, and every run is recorded."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from matching_fixture import add_listed, add_load, add_permit
from typer.testing import CliRunner

from sanctionwatch.cli.main import app
from sanctionwatch.matching import screen_workspace
from sanctionwatch.matching.subjects import iter_subjects
from sanctionwatch.report.sections import screening_threshold
from sanctionwatch.workspace import Workspace, open_workspace


def _world(ws: Workspace) -> None:
    add_listed(ws, 1, "kp-1", ["Kim Jong Un"], birth=date(1984, 1, 8), countries=["kp"])
    add_load(ws, 1, "2024-01-01 00:00:00")
    add_load(ws, 2, "2024-06-01 00:00:00")
    add_permit(ws, "permits.csv:2", "Ким", "Чен Ын", "KIM JONG UN", birth=date(1984, 1, 8))
    add_permit(ws, "permits.csv:3", "", "", None)  # empty
    add_permit(ws, "permits.csv:4", "123", "-", "456")  # no letters
    add_permit(ws, "permits.csv:5", "К", "", "K.")  # one character
    add_permit(ws, "permits.csv:6", "", "", "  ", load_id=2)  # empty, loaded later


def _unscreenable(ws: Workspace) -> list[tuple[object, ...]]:
    return ws.rows("t", "SELECT * FROM screen_unscreenable ORDER BY subject_id")


def test_subjects_without_a_usable_name_are_counted_and_kept(workspace: Workspace) -> None:
    _world(workspace)
    summary = screen_workspace(workspace)
    assert summary.matches == 1
    assert summary.subjects == 1
    assert summary.unscreenable == 4
    assert summary.unscreenable_by_table == {"permits": 4}
    assert _unscreenable(workspace) == [
        ("permits", "permits.csv:3", "empty name"),
        ("permits", "permits.csv:4", "no letters"),
        ("permits", "permits.csv:5", "one character"),
        ("permits", "permits.csv:6", "empty name"),
    ]
    screen_workspace(workspace)  # a re-run replaces, never duplicates
    assert len(_unscreenable(workspace)) == 4
    screen_workspace(workspace, subjects_since=date(2024, 5, 1))
    assert len(_unscreenable(workspace)) == 4


def test_chunks_together_hold_every_row(workspace: Workspace) -> None:
    _world(workspace)
    chunks = list(iter_subjects(workspace, None, chunk_rows=2))
    assert len(chunks) == 3
    assert sum(len(s) + len(u) for s, u in chunks) == 5


def test_runs_are_recorded_and_the_report_states_the_threshold_used(
    workspace: Workspace,
) -> None:
    _world(workspace)
    screen_workspace(workspace, threshold=0.83)
    screen_workspace(workspace, threshold=0.77, subjects_since=date(2024, 5, 1))
    runs = workspace.rows(
        "t", "SELECT run_id, threshold, mode, subjects, matches, unscreenable FROM screen_runs"
    )
    assert runs == [(1, 0.83, "full", 1, 1, 4), (2, 0.77, "incremental", 0, 0, 1)]
    assert screening_threshold(workspace) == 0.77


def test_cli_screen_shows_the_unscreenable(tmp_path: Path) -> None:
    db = tmp_path / "ws.duckdb"
    with open_workspace(db) as ws:
        _world(ws)
    runner = CliRunner()
    shown = runner.invoke(app, ["--db", str(db), "screen"])
    assert shown.exit_code == 0, shown.output
    assert "unscreenable" in shown.output
    as_json = runner.invoke(app, ["--db", str(db), "--json", "screen"])
    summary = json.loads(as_json.stdout.strip().splitlines()[-1])
    assert summary["unscreenable"] == 4
