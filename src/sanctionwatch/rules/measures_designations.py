"""Measures on listed parties: the UN 1718 asset freeze (a subject screening matched to a
UN-designated DPRK party) and OFAC's 50 % rule (graph.blocked)."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from sanctionwatch.graph.blocked import compute_blocked_parties
from sanctionwatch.rules.pack import Measure
from sanctionwatch.rules.sql import HOLDER_SQL, candidate_rows
from sanctionwatch.workspace import Workspace

DESIGNATED_SQL = f"""
WITH designated AS (
    SELECT m.subject_table, m.subject_id, m.entity_id, m.matched_name, m.score, le.listed_on
    FROM screen_matches m
    JOIN listed_entities le ON le.version_id = m.version_id AND le.entity_id = m.entity_id
    WHERE list_contains(le.programs, $program)
      AND (le.listed_on IS NULL OR le.listed_on <= $as_of)
)
SELECT 'permit' AS subject_kind, p.permit_id AS subject_key,
    p.permit_id || ' (' || {HOLDER_SQL} || ')' AS subject_label, p.employer_ogrn AS network_ogrn,
    [{{'table': 'permits', 'record_id': p.record_id}}] AS refs,
    to_json({{'matched_name': d.matched_name, 'entity_id': d.entity_id, 'score': d.score,
              'listed_on': d.listed_on, 'role': 'permit holder'}}) AS facts, NULL AS paths
FROM designated d JOIN permits p ON d.subject_table = 'permits' AND d.subject_id = p.record_id
WHERE p.issue_date IS NULL OR p.issue_date <= $as_of
UNION ALL
SELECT 'company', c.ogrn, c.full_name, c.ogrn,
    [{{'table': 'companies', 'record_id': c.record_id}}],
    to_json({{'matched_name': d.matched_name, 'entity_id': d.entity_id, 'score': d.score,
              'listed_on': d.listed_on, 'role': 'the company'}}), NULL
FROM designated d JOIN companies c ON d.subject_table = 'companies' AND d.subject_id = c.record_id
WHERE c.registered_on IS NULL OR c.registered_on <= $as_of
UNION ALL
SELECT 'company', cp.company_ogrn, coalesce(c.full_name, cp.company_ogrn), cp.company_ogrn,
    [{{'table': 'companies', 'record_id': c.record_id}},
     {{'table': 'company_people', 'record_id': cp.record_id}}],
    to_json({{'matched_name': d.matched_name, 'entity_id': d.entity_id, 'score': d.score,
              'listed_on': d.listed_on, 'role': cp.role || ' ' || cp.name}}), NULL
FROM designated d
JOIN company_people cp ON d.subject_table = 'company_people' AND d.subject_id = cp.record_id
LEFT JOIN companies c ON c.ogrn = cp.company_ogrn
WHERE (cp.start_date IS NULL OR cp.start_date <= $as_of)
  AND (cp.end_date IS NULL OR d.listed_on IS NULL OR cp.end_date >= d.listed_on)
"""

FIFTY_PERCENT_SQL = """
SELECT 'company' AS subject_kind, substr(b.party_key, 9) AS subject_key,
    coalesce(b.party_name, substr(b.party_key, 9)) AS subject_label,
    substr(b.party_key, 9) AS network_ogrn,
    list_prepend({'table': 'companies', 'record_id': c.record_id},
        [{'table': 'company_people', 'record_id': r}
         FOR r IN CAST(json_extract_string(b.basis, '$[*].record_id') AS VARCHAR[])]) AS refs,
    to_json({'blocked_pct': round(b.blocked_pct, 4), 'threshold_pct': $threshold,
             'owners': array_to_string(
                 CAST(json_extract_string(b.basis, '$[*].owner_name') AS VARCHAR[]), '; '),
             'round': b.level}) AS facts,
    b.party_key AS paths
FROM blocked_parties b LEFT JOIN companies c ON 'company:' || c.ogrn = b.party_key
WHERE b.level > 0
"""


def designated_party(ws: Workspace, measure: Measure, as_of: date) -> list[dict[str, Any]]:
    """A permit holder, company, founder or director matched to a UN-designated party."""
    values = {"as_of": as_of, "program": measure.params["program"]}
    return candidate_rows(ws, measure.id, DESIGNATED_SQL, values)


def ofac_fifty_percent(ws: Workspace, measure: Measure, as_of: date) -> list[dict[str, Any]]:
    """Companies blocked because blocked parties own >= 50 % of them, with the owning chains."""
    threshold = float(measure.params["threshold_pct"])
    lists = [str(x) for x in measure.params["blocking_lists"]]
    compute_blocked_parties(ws, as_of=as_of, lists=lists, threshold_pct=threshold)
    basis = {
        key: (level, json.loads(raw))
        for key, level, raw in ws.rows(
            "blocked bases", "SELECT party_key, level, CAST(basis AS VARCHAR) FROM blocked_parties"
        )
    }
    sql = FIFTY_PERCENT_SQL.replace("b.party_key AS paths", "to_json(b.party_key) AS paths")
    rows = candidate_rows(ws, measure.id, sql, {"threshold": threshold})
    for row in rows:
        row["paths"] = blocking_chains(str(row["paths"]), basis)
    return rows


def blocking_chains(
    key: str, basis: dict[str, tuple[int, Any]], seen: frozenset[str] = frozenset()
) -> list[dict[str, Any]]:
    """Each blocked owner of `key` with its share and, for a blocked company, why it is blocked."""
    level, owners = basis[key]
    if level == 0:
        return [{"listed": entry} for entry in owners]
    chains = []
    for owner in owners:
        node = dict(owner)
        if owner["owner_key"] in basis and owner["owner_key"] not in seen:
            node["blocked_because"] = blocking_chains(owner["owner_key"], basis, seen | {key})
        chains.append(node)
    return chains
