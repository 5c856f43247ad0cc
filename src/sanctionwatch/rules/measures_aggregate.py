"""Aggregate measures over a whole registry: the 2371 freeze on the number of DPRK work
authorizations in force, compared with the count on the baseline date."""

from __future__ import annotations

from datetime import date
from typing import Any

from sanctionwatch.rules.pack import Measure
from sanctionwatch.rules.sql import candidate_rows
from sanctionwatch.workspace import Workspace

FREEZE_SQL = """
WITH dp AS (
    SELECT record_id, issue_date, expiry_date FROM permits
    WHERE citizenship = 'kp' AND list_contains($types, permit_type) AND issue_date IS NOT NULL
),
days AS (
    SELECT DISTINCT issue_date AS d FROM dp WHERE issue_date > $baseline AND issue_date <= $as_of
    UNION SELECT $baseline::DATE
),
counts AS (
    SELECT d, count(dp.record_id) AS n FROM days
    LEFT JOIN dp ON dp.issue_date <= d AND dp.expiry_date >= d GROUP BY d
),
base AS (SELECT n FROM counts WHERE d = $baseline),
peak AS (SELECT d, n FROM counts ORDER BY n DESC, d LIMIT 1)
SELECT 'registry' AS subject_kind, 'kp-work-authorizations' AS subject_key,
    'Work authorizations of DPRK nationals in force' AS subject_label, NULL AS network_ogrn,
    (SELECT list({'table': 'permits', 'record_id': record_id} ORDER BY issue_date, record_id)[1:50]
     FROM dp WHERE issue_date > $baseline AND issue_date <= peak.d AND expiry_date >= peak.d)
        AS refs,
    to_json({'baseline_date': $baseline::DATE, 'baseline_count': base.n, 'peak_date': peak.d,
             'peak_count': peak.n}) AS facts, NULL AS paths
FROM base, peak WHERE peak.n > base.n
"""


def work_authorization_freeze(ws: Workspace, measure: Measure, as_of: date) -> list[dict[str, Any]]:
    """One registry-wide finding when the count in force ever exceeded the baseline count."""
    p = measure.params
    values = {"as_of": as_of, "baseline": p["baseline_date"], "types": p["work_permit_types"]}
    return candidate_rows(ws, measure.id, FREEZE_SQL, values)
