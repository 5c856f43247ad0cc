"""Read the store for people: the versions loaded, and one entity with everything listed."""

from __future__ import annotations

import json
from typing import Any

from sanctionwatch.errors import InputError
from sanctionwatch.workspace import Workspace


def list_versions(ws: Workspace) -> list[dict[str, Any]]:
    return ws.records(
        "list versions",
        "SELECT version_id, list_name, format, published, loaded_at, entity_count, name_count,"
        " issue_count, sha256, source_path FROM list_versions ORDER BY version_id",
    )


def show_entity(ws: Workspace, entity_id: str, version_id: int | None = None) -> dict[str, Any]:
    """The entity in the given version (default: the latest version holding it)."""
    found = ws.records(
        "find listed entity",
        "SELECT * FROM listed_entities WHERE entity_id = ? AND (? IS NULL OR version_id = ?)"
        " ORDER BY version_id DESC LIMIT 1",
        [entity_id, version_id, version_id],
    )
    if not found:
        raise InputError(f"no listed entity {entity_id!r}", field="entity_id")
    entity = found[0]
    key = [entity["version_id"], entity_id]
    where = "WHERE version_id = ? AND entity_id = ?"
    entity["properties"] = json.loads(entity["properties"])
    entity["names"] = ws.records(
        "entity names", f"SELECT name, kind FROM listed_names {where}", key
    )
    entity["birth_dates"] = ws.records(
        "entity birth dates", f"SELECT date_from, date_to, raw FROM listed_birth_dates {where}", key
    )
    entity["identifiers"] = ws.records(
        "entity identifiers",
        f"SELECT id_type, id_value, country FROM listed_identifiers {where}",
        key,
    )
    sanctions = ws.records(
        "entity sanction",
        "SELECT authority, programs, reference, listing_date, reason"
        f" FROM listed_sanctions {where}",
        key,
    )
    entity["sanction"] = sanctions[0] if sanctions else None
    entity["issues"] = ws.records(
        "entity issues", f"SELECT field, raw_value, message FROM list_load_issues {where}", key
    )
    entity["relationships"] = ws.records(
        "entity relationships",
        "SELECT from_entity_id, to_entity_id, relation FROM listed_relationships"
        " WHERE version_id = ? AND (from_entity_id = ? OR to_entity_id = ?)",
        [entity["version_id"], entity_id, entity_id],
    )
    return entity
