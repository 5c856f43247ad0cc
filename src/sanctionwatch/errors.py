"""One root exception; each stage raises a subclass that says where the problem is."""

from __future__ import annotations


class SanctionwatchError(Exception):
    """Root of every error sanctionwatch raises on purpose; the CLI turns it into exit code 2."""


class InputError(SanctionwatchError):
    """Bad input: names the file, the line or record, and the field."""

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        line: int | None = None,
        field: str | None = None,
    ) -> None:
        self.path = path
        self.line = line
        self.field = field
        self.message = message
        where = ", ".join(
            part
            for part in (
                path,
                f"line {line}" if line is not None else None,
                f"field {field!r}" if field else None,
            )
            if part
        )
        super().__init__(f"{where}: {message}" if where else message)


class ListFormatError(InputError):
    """A sanctions list file that cannot be read in the format given or detected."""


class RegistryError(InputError):
    """A registry file (permits, companies, ...) or mapping that cannot be loaded."""


class ConfigError(SanctionwatchError):
    """A data file shipped or supplied as configuration (regime pack, mapping, table) is invalid."""


class WorkspaceError(SanctionwatchError):
    """A SQL step in the workspace failed; carries the step name and the SQL."""

    def __init__(self, step: str, sql: str, cause: Exception) -> None:
        self.step = step
        self.sql = sql
        super().__init__(f"SQL step {step!r} failed: {cause}\n--- SQL ---\n{sql.strip()}")
