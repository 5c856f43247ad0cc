"""Shared fixtures: a fresh workspace per test, and the real files in ../shared/data."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from sanctionwatch.workspace import Workspace, open_workspace

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SANCTIONWATCH_SHARED", REPO.parent / "shared"))


@pytest.fixture
def shared_data() -> Path:
    """../shared/data (or $SANCTIONWATCH_SHARED/data): the real list files with provenance."""
    data = SHARED / "data"
    if not data.is_dir():
        pytest.fail(f"the real test data is missing: {data} (set SANCTIONWATCH_SHARED)")
    return data


@pytest.fixture
def shared_eval() -> Path:
    """../shared/eval: labelled evaluation sets."""
    folder = SHARED / "eval"
    if not folder.is_dir():
        pytest.fail(f"the evaluation sets are missing: {folder} (set SANCTIONWATCH_SHARED)")
    return folder


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    """A fresh workspace file per test."""
    ws = open_workspace(tmp_path / "test.duckdb")
    try:
        yield ws
    finally:
        ws.close()
