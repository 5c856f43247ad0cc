"""Measures on work permits: new authorizations after 2375 OP17, repatriation under 2397 OP8,
the study/tourist/business-status indicator. Dates and permit types come from the pack."""

from __future__ import annotations

from datetime import date
from typing import Any

from sanctionwatch.rules.pack import Measure
from sanctionwatch.rules.sql import HOLDER_SQL, candidate_rows
from sanctionwatch.workspace import Workspace

PERMIT_COLUMNS = f"""'permit' AS subject_kind, p.permit_id AS subject_key,
    p.permit_id || ' (' || {HOLDER_SQL} || ')' AS subject_label,
    p.employer_ogrn AS network_ogrn"""

NEW_WORK_AUTHORIZATION_SQL = f"""
SELECT {PERMIT_COLUMNS}, [{{'table': 'permits', 'record_id': p.record_id}}] AS refs,
    to_json({{'permit_id': p.permit_id, 'permit_type': p.permit_type, 'holder': {HOLDER_SQL},
              'issue_date': p.issue_date, 'ban_date': $ban_date::DATE,
              'contract_date': p.contract_date}}) AS facts, NULL AS paths
FROM permits p
WHERE p.citizenship = 'kp' AND list_contains($types, p.permit_type)
  AND p.issue_date >= $ban_date AND p.issue_date <= $as_of
  AND (p.contract_date IS NULL OR p.contract_date >= $ban_date)
"""

REPATRIATION_SQL = f"""
SELECT {PERMIT_COLUMNS}, [{{'table': 'permits', 'record_id': p.record_id}}] AS refs,
    to_json({{'permit_id': p.permit_id, 'permit_type': p.permit_type, 'holder': {HOLDER_SQL},
              'issue_date': p.issue_date, 'expiry_date': p.expiry_date,
              'deadline': $deadline::DATE}}) AS facts, NULL AS paths
FROM permits p
WHERE p.citizenship = 'kp' AND list_contains($types, p.permit_type)
  AND (p.issue_date IS NULL OR p.issue_date <= $as_of) AND p.expiry_date >= $deadline
"""

NONWORK_CONSTRUCTION_SQL = f"""
SELECT {PERMIT_COLUMNS},
    [{{'table': 'permits', 'record_id': p.record_id}},
     {{'table': 'companies', 'record_id': c.record_id}}] AS refs,
    to_json({{'permit_id': p.permit_id, 'permit_type': p.permit_type, 'holder': {HOLDER_SQL},
              'issue_date': p.issue_date, 'employer': c.full_name,
              'activity_code': c.activity_code}}) AS facts, NULL AS paths
FROM permits p
JOIN companies c ON c.ogrn = p.employer_ogrn
  OR (nullif(p.employer_ogrn, '') IS NULL AND c.inn = p.employer_inn)
WHERE p.citizenship = 'kp' AND list_contains($statuses, p.permit_type)
  AND (p.issue_date IS NULL OR p.issue_date <= $as_of)
  AND list_contains($prefixes, left(trim(c.activity_code), 2))
"""


def new_work_authorization(ws: Workspace, measure: Measure, as_of: date) -> list[dict[str, Any]]:
    """2375 OP17: issued on or after the ban date, no written contract signed before it."""
    p = measure.params
    values = {"as_of": as_of, "ban_date": p["ban_date"], "types": p["work_permit_types"]}
    return candidate_rows(ws, measure.id, NEW_WORK_AUTHORIZATION_SQL, values)


def repatriation(ws: Workspace, measure: Measure, as_of: date) -> list[dict[str, Any]]:
    """2397 OP8: a DPRK national's work authorization still valid on or after the deadline."""
    p = measure.params
    values = {"as_of": as_of, "deadline": p["deadline"], "types": p["work_permit_types"]}
    return candidate_rows(ws, measure.id, REPATRIATION_SQL, values)


def nonwork_status_construction(
    ws: Workspace, measure: Measure, as_of: date
) -> list[dict[str, Any]]:
    """Indicator: a study/tourist/business status held by a worker of a construction firm."""
    p = measure.params
    values = {
        "as_of": as_of,
        "statuses": p["statuses"],
        "prefixes": [str(x) for x in p["activity_prefixes"]],
    }
    return candidate_rows(ws, measure.id, NONWORK_CONSTRUCTION_SQL, values)
