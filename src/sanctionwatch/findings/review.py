"""Triage: an analyst's decision on a finding, appended to the audit log, never overwritten."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sanctionwatch.errors import SanctionwatchError
from sanctionwatch.workspace import Workspace

ACTIONS = {
    "confirm": "confirmed",
    "dismiss": "dismissed",
    "escalate": "escalated",
    "reopen": "open",
}


class FindingError(SanctionwatchError):
    """A review or lookup names a finding that does not exist, or an unknown action."""


def review(
    ws: Workspace, finding_id: str, action: str, note: str | None, analyst: str
) -> dict[str, Any]:
    """Record `action` (confirm, dismiss, escalate, reopen) on a finding; return the log row."""
    if action not in ACTIONS:
        raise FindingError(
            f"unknown review action {action!r}; expected one of {', '.join(ACTIONS)}"
        )
    if not analyst.strip():
        raise FindingError("a review needs the analyst's name")
    with ws.transaction():
        before = ws.scalar(
            "finding status",
            "SELECT status FROM findings WHERE finding_id = $id",
            {"id": finding_id},
        )
        if before is None:
            raise FindingError(f"no finding {finding_id!r} in this workspace")
        row = {
            "finding_id": finding_id,
            "decided_at": datetime.now(),
            "analyst": analyst.strip(),
            "action": action,
            "status_before": before,
            "status_after": ACTIONS[action],
            "note": note,
        }
        ws.run(
            "log review",
            "INSERT INTO finding_reviews VALUES ($finding_id, $decided_at, $analyst, $action, "
            "$status_before, $status_after, $note)",
            row,
        )
        ws.run(
            "set finding status",
            "UPDATE findings SET status = $status, updated_at = $now WHERE finding_id = $id",
            {"status": ACTIONS[action], "now": row["decided_at"], "id": finding_id},
        )
    return row
