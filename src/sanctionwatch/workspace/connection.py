"""Open a workspace, create its tables, run named SQL steps inside all-or-nothing transactions."""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any

import duckdb

from sanctionwatch.errors import WorkspaceError

DEFAULT_WORKSPACE = Path("sanctionwatch.duckdb")
# The core schema first, then any extra tables a stage keeps in its own schema.sql.
SCHEMA_PACKAGES = (
    "sanctionwatch.workspace",
    "sanctionwatch.lists",
    "sanctionwatch.records",
    "sanctionwatch.matching",
    "sanctionwatch.graph",
    "sanctionwatch.rules",
    "sanctionwatch.findings",
)
log = logging.getLogger(__name__)


class Workspace:
    """A DuckDB connection with the sanctionwatch schema in place.

    Stages build SQL and hand it to `run`, so a failing step is reported with its name and SQL,
    and a load wraps its steps in `transaction` so a failure leaves the workspace as it was.
    """

    def __init__(self, con: duckdb.DuckDBPyConnection, path: Path | None) -> None:
        self.con = con
        self.path = path
        self._depth = 0

    def run(self, step: str, sql: str, params: Sequence[Any] | dict[str, Any] | None = None) -> Any:
        """Execute one named SQL step; on failure raise WorkspaceError naming the step."""
        log.debug("step %s", step)
        try:
            return self.con.execute(sql, params) if params is not None else self.con.execute(sql)
        except duckdb.Error as exc:
            raise WorkspaceError(step, sql, exc) from exc

    def rows(
        self, step: str, sql: str, params: Sequence[Any] | dict[str, Any] | None = None
    ) -> list[tuple[Any, ...]]:
        """Run a query step and return all rows."""
        result: list[tuple[Any, ...]] = self.run(step, sql, params).fetchall()
        return result

    def records(
        self, step: str, sql: str, params: Sequence[Any] | dict[str, Any] | None = None
    ) -> list[dict[str, Any]]:
        """Run a query step and return rows as dicts keyed by column name."""
        cursor = self.run(step, sql, params)
        columns = [d[0] for d in cursor.description]
        return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]

    def scalar(
        self, step: str, sql: str, params: Sequence[Any] | dict[str, Any] | None = None
    ) -> Any:
        """Run a query step and return the first column of the first row (or None)."""
        row = self.run(step, sql, params).fetchone()
        return None if row is None else row[0]

    @contextmanager
    def transaction(self) -> Iterator[Workspace]:
        """All-or-nothing: commit when the block ends, roll back on any exception. Nests."""
        if self._depth:
            self._depth += 1
            try:
                yield self
            finally:
                self._depth -= 1
            return
        self.con.execute("BEGIN TRANSACTION")
        self._depth = 1
        try:
            yield self
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        else:
            self.con.execute("COMMIT")
        finally:
            self._depth = 0

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_workspace(path: Path | str | None = DEFAULT_WORKSPACE) -> Workspace:
    """Open (creating if needed) the workspace at `path`; None or ':memory:' opens one in memory."""
    if path is None or str(path) == ":memory:":
        con = duckdb.connect(":memory:")
        file_path = None
    else:
        file_path = Path(path)
        file_path.parent.mkdir(parents=True, exist_ok=True)
        con = duckdb.connect(str(file_path))
    workspace = Workspace(con, file_path)
    for package in SCHEMA_PACKAGES:
        schema_file = resources.files(package).joinpath("schema.sql")
        if schema_file.is_file():
            workspace.run(f"create schema of {package}", schema_file.read_text())
    return workspace
