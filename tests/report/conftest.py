"""Fixtures for the report tests: the small world (report_world.py), rendered once per session."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from report_world import build_report_world

from sanctionwatch.report import ReportResult, write_report
from sanctionwatch.workspace import Workspace, open_workspace


@pytest.fixture
def report_world(workspace: Workspace) -> Workspace:
    """A fresh workspace holding the small world."""
    build_report_world(workspace)
    return workspace


@pytest.fixture(scope="session")
def report_world_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One workspace file with the small world, shared by the slower rendering tests."""
    path = tmp_path_factory.mktemp("report-world") / "world.duckdb"
    with open_workspace(path) as ws:
        build_report_world(ws)
    return path


@pytest.fixture(scope="session")
def chromium() -> Iterator[str]:
    """The headless browser; fails (never skips) when scripts/ensure-browser.sh was not run."""
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        pytest.fail("chromium is missing: run scripts/ensure-browser.sh (as root)")
    yield found


@pytest.fixture(scope="session")
def rendered_report(
    report_world_db: Path, tmp_path_factory: pytest.TempPathFactory, chromium: str
) -> ReportResult:
    """The small world's report, HTML and PDF, written once for the browser and PDF tests."""
    out = tmp_path_factory.mktemp("report-out")
    with open_workspace(report_world_db) as ws:
        return write_report(ws, out, findings_in_full=10)
