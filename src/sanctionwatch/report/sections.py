"""The report's tables: findings per measure with their review state, and the methods and data.

Every finding is listed; the first few of each measure carry their full evidence, the rest a
compact row each, so a report of thousands of findings stays quick to open and to print.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sanctionwatch.report.evidence import Evidence, parse_evidence
from sanctionwatch.workspace import Workspace

SEVERITY_ORDER = ("critical", "high", "medium", "low")
STATUSES = ("open", "confirmed", "escalated", "dismissed", "resolved")
# Reviewed findings that need attention come first within a measure, dismissed ones last.
STATUS_RANK_SQL = (
    "list_position(['escalated', 'confirmed', 'open', 'resolved', 'dismissed'], f.status)"
)
SEVERITY_RANK_SQL = "list_position(['critical', 'high', 'medium', 'low'], severity)"

SUMMARY_SQL = f"""
    SELECT measure_id, severity, citation, count(*) AS n,
           {", ".join(f"count(*) FILTER (WHERE status = '{s}') AS {s}" for s in STATUSES)}
    FROM findings GROUP BY measure_id, severity, citation
    ORDER BY {SEVERITY_RANK_SQL}, measure_id
"""
FINDINGS_SQL = f"""
    WITH last_review AS (
        SELECT finding_id, arg_max(analyst, decided_at) AS analyst,
               arg_max(action, decided_at) AS action, max(decided_at) AS decided_at,
               arg_max(note, decided_at) AS note, count(*) AS decisions
        FROM finding_reviews GROUP BY finding_id
    )
    SELECT f.finding_id, f.measure_id, f.severity, f.citation, f.as_of, f.subject_kind,
           f.subject_key, f.subject_label, f.network_id, f.summary, f.status,
           f.first_seen_at, r.analyst, r.action, r.decided_at, r.note,
           coalesce(r.decisions, 0) AS decisions,
           row_number() OVER (PARTITION BY f.measure_id
                              ORDER BY {STATUS_RANK_SQL}, f.subject_label, f.subject_key,
                                       f.finding_id) AS position
    FROM findings f LEFT JOIN last_review r USING (finding_id)
    ORDER BY {SEVERITY_RANK_SQL.replace("severity", "f.severity")}, f.measure_id, position
"""
EVIDENCE_SQL = "SELECT finding_id, evidence FROM findings WHERE finding_id IN (SELECT unnest($ids))"


@dataclass
class MeasureGroup:
    """The findings of one measure: some in full, every one at least as a row."""

    measure_id: str
    severity: str
    citation: str
    total: int
    in_full: list[dict[str, Any]] = field(default_factory=list)
    compact: list[dict[str, Any]] = field(default_factory=list)


def findings_summary(ws: Workspace) -> list[dict[str, Any]]:
    """Counts per measure and severity, split by review status."""
    return ws.records("report: findings summary", SUMMARY_SQL)


def findings_by_measure(ws: Workspace, in_full: int) -> list[MeasureGroup]:
    """Findings grouped per measure (most severe first); the first `in_full` carry evidence."""
    groups: dict[str, MeasureGroup] = {}
    for row in ws.records("report: findings", FINDINGS_SQL):
        group = groups.get(row["measure_id"])
        if group is None:
            group = groups[row["measure_id"]] = MeasureGroup(
                row["measure_id"], row["severity"], row["citation"], 0
            )
        group.total += 1
        (group.in_full if row["position"] <= in_full else group.compact).append(row)
    detailed = [row for group in groups.values() for row in group.in_full]
    evidence = _evidence_of(ws, [row["finding_id"] for row in detailed])
    for row in detailed:
        row["evidence"] = evidence.get(row["finding_id"], Evidence())
    return list(groups.values())


def _evidence_of(ws: Workspace, ids: list[str]) -> dict[str, Evidence]:
    if not ids:
        return {}
    rows = ws.rows("report: evidence", EVIDENCE_SQL, {"ids": ids})
    return {finding_id: parse_evidence(raw) for finding_id, raw in rows}


def review_log_size(ws: Workspace) -> int:
    """How many review decisions the audit log holds."""
    return int(ws.scalar("report: review count", "SELECT count(*) FROM finding_reviews"))


@dataclass
class MethodsAndData:
    """What the findings rest on: lists, registries, rejected rows, screening."""

    lists: list[dict[str, Any]]
    registries: list[dict[str, Any]]
    rejects: list[dict[str, Any]]
    rejects_total: int
    matches: int
    lowest_match_score: float | None
    subjects_matched: int


def methods_and_data(ws: Workspace, rejects_shown: int = 50) -> MethodsAndData:
    """The lists and registries loaded, rows rejected (the first few in full), screening."""
    lists = ws.records(
        "report: lists",
        "SELECT version_id, list_name, format, source_path, sha256, published, loaded_at, "
        "entity_count, name_count, issue_count FROM list_versions ORDER BY version_id",
    )
    registries = ws.records(
        "report: registries",
        "SELECT load_id, kind, source_path, sha256, loaded_at, rows_read, rows_loaded, "
        "rows_rejected, rows_flagged FROM registry_loads ORDER BY load_id",
    )
    rejects = ws.records(
        "report: rejected rows",
        "SELECT load_id, source_path, source_row, field, value, message FROM load_rejects "
        "ORDER BY load_id, source_path, source_row LIMIT $n",
        {"n": rejects_shown},
    )
    matches, lowest, subjects = ws.rows(
        "report: screening",
        "SELECT count(*), min(score), count(DISTINCT (subject_table, subject_id)) "
        "FROM screen_matches",
    )[0]
    return MethodsAndData(
        lists=lists,
        registries=registries,
        rejects=rejects,
        rejects_total=int(ws.scalar("report: rejects", "SELECT count(*) FROM load_rejects")),
        matches=int(matches),
        lowest_match_score=None if lowest is None else float(lowest),
        subjects_matched=int(subjects),
    )


def screening_threshold(ws: Workspace) -> float:
    """The threshold of the latest screening run (screen_runs), else the matcher's default
    (matching/config.yaml), so the report states the threshold its matches were kept at."""
    from sanctionwatch.matching.config import load_config
    from sanctionwatch.matching.runs import latest_run_threshold

    used = latest_run_threshold(ws)
    return float(load_config().threshold) if used is None else used
