"""The summary of a list load, also rebuilt from the store for a version already loaded."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sanctionwatch.lists.model import LoadIssue
from sanctionwatch.workspace import Workspace


@dataclass
class ListLoadSummary:
    """What a load did, for people (CLI tables) and scripts (--json)."""

    version_id: int
    list_name: str
    format: str
    source_path: str
    sha256: str
    published: datetime | None
    entity_count: int = 0
    name_count: int = 0
    alias_count: int = 0
    issue_count: int = 0
    already_loaded: bool = False
    counts_by_program: dict[str, int] = field(default_factory=dict)
    counts_by_schema: dict[str, int] = field(default_factory=dict)
    issues: list[LoadIssue] = field(default_factory=list)


def version_summary(ws: Workspace, version_id: int) -> ListLoadSummary:
    """Counts of a stored version, as the load that made it reported them."""
    row = ws.records(
        "read list version",
        "SELECT * FROM list_versions WHERE version_id = ?",
        [version_id],
    )[0]
    summary = ListLoadSummary(
        version_id,
        row["list_name"],
        row["format"],
        row["source_path"],
        row["sha256"],
        row["published"],
        entity_count=row["entity_count"],
        name_count=row["name_count"],
        issue_count=row["issue_count"],
    )
    summary.alias_count = int(
        ws.scalar(
            "count aliases of version",
            "SELECT count(*) FROM listed_names WHERE version_id = ? "
            "AND kind IN ('alias', 'weak_alias', 'previous')",
            [version_id],
        )
    )
    summary.counts_by_program = dict(
        ws.rows(
            "count entities by program",
            "SELECT coalesce(p, '(none)') AS program, count(*) AS n FROM ("
            " SELECT unnest(CASE WHEN len(programs) = 0 OR programs IS NULL"
            " THEN [NULL]::VARCHAR[] ELSE programs END) AS p"
            " FROM listed_entities WHERE version_id = ?) GROUP BY 1 ORDER BY n DESC, 1",
            [version_id],
        )
    )
    summary.counts_by_schema = dict(
        ws.rows(
            "count entities by schema",
            "SELECT schema, count(*) AS n FROM listed_entities WHERE version_id = ?"
            " GROUP BY 1 ORDER BY n DESC, 1",
            [version_id],
        )
    )
    summary.issues = [
        LoadIssue(*issue)
        for issue in ws.rows(
            "read load issues",
            "SELECT entity_id, field, raw_value, message FROM list_load_issues"
            " WHERE version_id = ? ORDER BY entity_id, field",
            [version_id],
        )
    ]
    return summary
