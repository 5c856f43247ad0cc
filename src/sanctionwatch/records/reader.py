"""Read a registry file of any supported format into a temporary all-text table with row numbers.

Every value arrives as text so that validation, not the reader, decides what is a date or a code;
`_row` is the line in a CSV or sheet (header = line 1) and the record number in JSON lines/Parquet.
"""

from __future__ import annotations

import csv
import tempfile
from pathlib import Path

from sanctionwatch.errors import RegistryError, WorkspaceError
from sanctionwatch.workspace import Workspace

CSV_SUFFIXES = (".csv", ".tsv", ".txt")
JSON_SUFFIXES = (".jsonl", ".ndjson", ".json")
SUFFIXES = (*CSV_SUFFIXES, ".parquet", *JSON_SUFFIXES, ".xlsx")


def sql_text(value: str) -> str:
    """A SQL string literal."""
    return "'" + value.replace("'", "''") + "'"


def _xlsx_to_csv(path: Path, target: Path) -> None:
    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a broken file
        raise RegistryError(f"cannot read as Excel: {exc}", path=str(path)) from exc
    sheet = book.worksheets[0]
    with target.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        for row in sheet.iter_rows(values_only=True):
            writer.writerow(["" if v is None else _excel_text(v) for v in row])
    book.close()


def _excel_text(value: object) -> str:
    iso = getattr(value, "isoformat", None)
    if iso is not None:
        return str(iso())[:10]
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _source_sql(path: Path) -> tuple[str, int]:
    """The table function reading `path`, and the offset from rowid to the reported row."""
    suffix = path.suffix.lower()
    literal = sql_text(str(path))
    if suffix in CSV_SUFFIXES:
        return (
            f"SELECT * FROM read_csv({literal}, all_varchar = true, header = true, "
            "encoding = 'utf-8')",
            2,
        )
    if suffix == ".parquet":
        return f"SELECT CAST(COLUMNS(*) AS VARCHAR) FROM read_parquet({literal})", 1
    if suffix in JSON_SUFFIXES:
        return (
            f"SELECT CAST(COLUMNS(*) AS VARCHAR) FROM read_json({literal}, "
            "format = 'newline_delimited')",
            1,
        )
    raise RegistryError(
        f"unsupported file type {suffix!r}; expected one of {', '.join(SUFFIXES)}", path=str(path)
    )


def read_raw(ws: Workspace, path: Path, table: str) -> list[str]:
    """Create temp table `table` (all text, plus `_row`) from `path`; return the file's columns."""
    if not path.is_file():
        raise RegistryError("file not found", path=str(path))
    with tempfile.TemporaryDirectory() as tmp:
        source = path
        if path.suffix.lower() == ".xlsx":
            source = Path(tmp) / (path.stem + ".csv")
            _xlsx_to_csv(path, source)
        select, offset = _source_sql(source)
        try:
            ws.run(f"read {path.name}", f"CREATE TEMP TABLE {table} AS {select}")
        except WorkspaceError as exc:
            cause = exc.__cause__ or exc
            raise RegistryError(
                f"cannot read as {path.suffix.lstrip('.')}: {cause}", path=str(path)
            ) from exc
    columns = [r[0] for r in ws.rows("columns", f"SELECT column_name FROM (DESCRIBE {table})")]
    ws.run("number rows", f"ALTER TABLE {table} ADD COLUMN _row BIGINT")
    # rowids follow insertion order, which DuckDB preserves; inside a transaction they start high.
    ws.run(
        "number rows",
        f"UPDATE {table} SET _row = rowid - (SELECT min(rowid) FROM {table}) + {offset}",
    )
    return columns
