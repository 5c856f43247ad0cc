"""What every command shares: global options, the workspace, output for people or scripts."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.table import Table

from sanctionwatch.workspace import DEFAULT_WORKSPACE, Workspace, open_workspace

SEVERITIES = ("low", "medium", "high", "critical")


@dataclass
class CliState:
    """Global options given before the sub-command (`sanctionwatch --db X --json lists ls`)."""

    db: Path = DEFAULT_WORKSPACE
    quiet: bool = False
    as_json: bool = False

    @property
    def console(self) -> Console:
        return Console(stderr=False, quiet=self.quiet or self.as_json, highlight=False)

    def open(self) -> Workspace:
        return open_workspace(self.db)


def state_of(ctx: typer.Context) -> CliState:
    """The CliState set by the top-level callback (a default one when a command runs alone)."""
    root = ctx.find_root()
    if not isinstance(root.obj, CliState):
        root.obj = CliState()
    return root.obj


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, set | frozenset | tuple):
        return list(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def to_json(value: Any) -> str:
    """JSON for scripts: dates as ISO strings, stable key order as given."""
    return json.dumps(value, default=_json_default, ensure_ascii=False)


def emit_json(state: CliState, value: Any) -> None:
    """With --json, print one JSON document on stdout (the only thing printed there)."""
    if state.as_json:
        sys.stdout.write(to_json(value) + "\n")


def table_of(
    title: str, columns: list[str], rows: list[list[Any]] | list[tuple[Any, ...]]
) -> Table:
    """A rich table for the one-screen summaries commands end with."""
    table = Table(title=title, title_justify="left")
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*("" if cell is None else str(cell) for cell in row))
    return table


def fail_on_exit_code(severities_found: list[str], fail_on: str | None) -> int:
    """Exit code 1 when any finding is at or above the `--fail-on` severity, else 0."""
    if fail_on is None:
        return 0
    threshold = SEVERITIES.index(fail_on)
    return (
        1
        if any(SEVERITIES.index(s) >= threshold for s in severities_found if s in SEVERITIES)
        else 0
    )
