"""What changed between two versions of a list: entries added, removed, and changed (which fields).

Entities are compared by their stable entity_id and their content_hash; for changed entities the
FtM properties and the listing are compared field by field. Delta screening reads `added` and
`changed` to rescreen only those.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from sanctionwatch.errors import InputError
from sanctionwatch.workspace import Workspace


@dataclass(frozen=True)
class ChangedEntity:
    entity_id: str
    caption: str
    fields: list[str]


@dataclass
class ListDiff:
    old_version_id: int
    new_version_id: int
    list_name: str
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: list[ChangedEntity] = field(default_factory=list)
    captions: dict[str, str] = field(default_factory=dict)  # entity_id -> name, for people


def latest_two_versions(ws: Workspace, list_name: str | None = None) -> tuple[int, int]:
    """The two latest versions of one list (the list of the latest load if none is named)."""
    if list_name is None:
        list_name = ws.scalar(
            "latest loaded list",
            "SELECT list_name FROM list_versions ORDER BY version_id DESC LIMIT 1",
        )
    rows = ws.rows(
        "two latest versions",
        "SELECT version_id FROM list_versions WHERE list_name = ?"
        " ORDER BY coalesce(published, loaded_at) DESC, version_id DESC LIMIT 2",
        [list_name],
    )
    if len(rows) < 2:
        raise InputError(f"list {list_name!r} has fewer than two versions loaded; nothing to diff")
    return int(rows[1][0]), int(rows[0][0])


def _list_of(ws: Workspace, version_id: int) -> str:
    name = ws.scalar(
        "list of version", "SELECT list_name FROM list_versions WHERE version_id = ?", [version_id]
    )
    if name is None:
        raise InputError(f"no list version {version_id}", field="version_id")
    return str(name)


def diff_versions(ws: Workspace, old_version_id: int, new_version_id: int) -> ListDiff:
    """Entries added, removed and changed from the old version to the new one."""
    old_list, new_list = _list_of(ws, old_version_id), _list_of(ws, new_version_id)
    if old_list != new_list:
        raise InputError(
            f"versions {old_version_id} ({old_list}) and {new_version_id} ({new_list}) "
            "are of different lists"
        )
    rows = ws.rows(
        "diff list versions",
        """
        SELECT coalesce(n.entity_id, o.entity_id) AS entity_id,
               coalesce(n.caption, o.caption) AS caption,
               o.entity_id IS NULL AS is_added, n.entity_id IS NULL AS is_removed,
               o.properties, n.properties, os.programs, ns.programs,
               os.listing_date, ns.listing_date, os.reference, ns.reference
        FROM (SELECT * FROM listed_entities WHERE version_id = ?) o
        FULL OUTER JOIN (SELECT * FROM listed_entities WHERE version_id = ?) n
          ON o.entity_id = n.entity_id
        LEFT JOIN listed_sanctions os ON os.version_id = ? AND os.entity_id = o.entity_id
        LEFT JOIN listed_sanctions ns ON ns.version_id = ? AND ns.entity_id = n.entity_id
        WHERE o.entity_id IS NULL OR n.entity_id IS NULL OR o.content_hash <> n.content_hash
        ORDER BY 1
        """,
        [old_version_id, new_version_id, old_version_id, new_version_id],
    )
    diff = ListDiff(old_version_id, new_version_id, new_list)
    for entity_id, caption, is_added, is_removed, *pairs in rows:
        diff.captions[entity_id] = caption
        if is_added:
            diff.added.append(entity_id)
        elif is_removed:
            diff.removed.append(entity_id)
        else:
            diff.changed.append(ChangedEntity(entity_id, caption, _changed_fields(pairs)))
    return diff


def _changed_fields(pairs: list[object]) -> list[str]:
    old_props, new_props = json.loads(str(pairs[0])), json.loads(str(pairs[1]))
    fields = sorted(
        key for key in set(old_props) | set(new_props) if old_props.get(key) != new_props.get(key)
    )
    for label, old, new in (
        ("sanction.programs", pairs[2], pairs[3]),
        ("sanction.listingDate", pairs[4], pairs[5]),
        ("sanction.reference", pairs[6], pairs[7]),
    ):
        if old != new:
            fields.append(label)
    return fields
