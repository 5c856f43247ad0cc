"""SQL that bulk-inserts the temporary JSON-lines files of a load into the lists tables."""

from __future__ import annotations

from pathlib import Path

# table -> (column, DuckDB type) as written in the JSON-lines file; version_id comes first.
TABLE_COLUMNS: dict[str, list[tuple[str, str]]] = {
    "listed_entities": [
        ("entity_id", "VARCHAR"),
        ("list_name", "VARCHAR"),
        ("schema", "VARCHAR"),
        ("caption", "VARCHAR"),
        ("reference", "VARCHAR"),
        ("programs", "VARCHAR[]"),
        ("listed_on", "DATE"),
        ("countries", "VARCHAR[]"),
        ("gender", "VARCHAR"),
        ("properties", "JSON"),
        ("content_hash", "VARCHAR"),
    ],
    "listed_names": [("entity_id", "VARCHAR"), ("name", "VARCHAR"), ("kind", "VARCHAR")],
    "listed_birth_dates": [
        ("entity_id", "VARCHAR"),
        ("date_from", "DATE"),
        ("date_to", "DATE"),
        ("raw", "VARCHAR"),
    ],
    "listed_identifiers": [
        ("entity_id", "VARCHAR"),
        ("id_type", "VARCHAR"),
        ("id_value", "VARCHAR"),
        ("country", "VARCHAR"),
    ],
    "list_load_issues": [
        ("entity_id", "VARCHAR"),
        ("field", "VARCHAR"),
        ("raw_value", "VARCHAR"),
        ("message", "VARCHAR"),
    ],
    "listed_sanctions": [
        ("entity_id", "VARCHAR"),
        ("authority", "VARCHAR"),
        ("programs", "VARCHAR[]"),
        ("reference", "VARCHAR"),
        ("listing_date", "DATE"),
        ("reason", "VARCHAR"),
    ],
    "listed_relationships": [
        ("from_entity_id", "VARCHAR"),
        ("to_entity_id", "VARCHAR"),
        ("relation", "VARCHAR"),
    ],
}


def _quote(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def insert_sql(table: str, file_path: Path) -> str:
    """INSERT ... SELECT from the JSON-lines file; `?` is the version id."""
    columns = TABLE_COLUMNS[table]
    names = ", ".join(name for name, _ in columns)
    types = ", ".join(f"'{name}': '{kind}'" for name, kind in columns)
    return (
        f"INSERT INTO {table} (version_id, {names}) "
        f"SELECT ?::INTEGER, {names} FROM read_json({_quote(file_path)}, "
        f"format = 'newline_delimited', columns = {{{types}}}, maximum_object_size = 67108864)"
    )
