"""Reading findings back: filtered lists, one finding with its evidence, the audit trail."""

from __future__ import annotations

import json
from typing import Any

from sanctionwatch.findings.review import FindingError
from sanctionwatch.workspace import Workspace

LIST_COLUMNS = """finding_id, measure_id, severity, status, as_of, subject_kind, subject_key,
    subject_label, network_id, summary"""
SEVERITY_ORDER = "list_position(['critical', 'high', 'medium', 'low'], severity)"


def list_findings(
    ws: Workspace,
    *,
    measure: str | None = None,
    severity: str | None = None,
    subject: str | None = None,
    network: str | None = None,
    status: str | None = None,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Findings matching every filter given, most severe first."""
    filters = {
        "measure_id = $measure": measure,
        "severity = $severity": severity,
        "(subject_key = $subject OR subject_label ILIKE '%' || $subject || '%')": subject,
        "network_id = $network": network,
        "status = $status": status,
    }
    used = {k: v for k, v in filters.items() if v is not None}
    where = " AND ".join(used) or "TRUE"
    params: dict[str, Any] = {
        name: value
        for clause, value in used.items()
        for name in ("measure", "severity", "subject", "network", "status")
        if f"${name}" in clause
    }
    sql = f"""SELECT {LIST_COLUMNS} FROM findings WHERE {where}
        ORDER BY {SEVERITY_ORDER}, measure_id, subject_key"""
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return ws.records("list findings", sql, params or None)


def get_finding(ws: Workspace, finding_id: str) -> dict[str, Any]:
    """One finding with its evidence parsed; FindingError when it does not exist."""
    rows = ws.records(
        "get finding",
        "SELECT * REPLACE (CAST(evidence AS VARCHAR) AS evidence) FROM findings "
        "WHERE finding_id = $id",
        {"id": finding_id},
    )
    if not rows:
        raise FindingError(f"no finding {finding_id!r} in this workspace")
    finding = rows[0]
    finding["evidence"] = json.loads(finding["evidence"])
    return finding


def review_log(ws: Workspace, finding_id: str | None = None) -> list[dict[str, Any]]:
    """Every decision (analysts' and the system's), oldest first."""
    where, params = ("WHERE finding_id = $id", {"id": finding_id}) if finding_id else ("", None)
    return ws.records(
        "review log",
        f"SELECT * FROM finding_reviews {where} ORDER BY decided_at, rowid",
        params,
    )
