"""The `world` fixture: a builder over a fresh real workspace."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from rules_world import World

from sanctionwatch.workspace import Workspace


@pytest.fixture
def world(workspace: Workspace) -> World:
    return World(workspace)
