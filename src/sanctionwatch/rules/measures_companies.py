"""Measures on companies: new joint ventures (2371 OP12), ventures not closed (2375 OP18), the
DPRK-director and network-expansion indicators. A DPRK founder counts directly or through any
chain of companies (graph.chains)."""

from __future__ import annotations

from datetime import date
from typing import Any

from sanctionwatch.graph.chains import dprk_paths_sql
from sanctionwatch.rules.pack import Measure
from sanctionwatch.rules.sql import bind, candidate_rows, exemption_sql
from sanctionwatch.workspace import Workspace

JV_COLUMNS = """'company' AS subject_kind, c.ogrn AS subject_key, c.full_name AS subject_label,
    c.ogrn AS network_ogrn,
    list_prepend({'table': 'companies', 'record_id': c.record_id},
                 [{'table': 'company_people', 'record_id': r} FOR r IN d.path_records]) AS refs,
    to_json({'dprk_party': d.root_name, 'dprk_party_kind': d.root_kind,
             'companies': d.path_companies, 'records': d.path_records,
             'shares_pct': d.path_shares}) AS paths"""

CHAIN_TEXT = """CASE WHEN d.depth = 1 THEN 'direct founder'
    ELSE 'through ' || array_to_string(d.path_companies[1:d.depth - 1], ' -> ') END"""

NEW_JV_SQL = f"""
SELECT {JV_COLUMNS},
    to_json({{'registered_on': c.registered_on, 'ban_date': $ban_date::DATE,
              'dprk_founder': d.root_name, 'chain': {CHAIN_TEXT}}}) AS facts
FROM dprk_paths d JOIN companies c ON c.ogrn = d.company_ogrn
WHERE c.registered_on >= $ban_date AND c.registered_on <= $as_of AND NOT {{exempt}}
"""

NOT_CLOSED_SQL = f"""
SELECT {JV_COLUMNS},
    to_json({{'registered_on': c.registered_on, 'liquidated_on': c.liquidated_on,
              'deadline': $deadline::DATE, 'dprk_founder': d.root_name,
              'chain': {CHAIN_TEXT}}}) AS facts
FROM dprk_paths_after d JOIN companies c ON c.ogrn = d.company_ogrn
WHERE (c.liquidated_on IS NULL OR c.liquidated_on > $deadline)
  AND (c.registered_on IS NULL OR c.registered_on <= $as_of) AND NOT {{exempt}}
"""

DIRECTOR_SQL = """
SELECT 'company' AS subject_kind, c.ogrn AS subject_key, c.full_name AS subject_label,
    c.ogrn AS network_ogrn,
    [{'table': 'companies', 'record_id': c.record_id},
     {'table': 'company_people', 'record_id': cp.record_id}] AS refs,
    to_json({'director': cp.name, 'since': $since::DATE, 'start_date': cp.start_date,
             'end_date': cp.end_date}) AS facts, NULL AS paths
FROM company_people cp JOIN companies c ON c.ogrn = cp.company_ogrn
WHERE cp.role = 'director' AND cp.citizenship = 'kp'
  AND (cp.end_date IS NULL OR cp.end_date > $since)
  AND (cp.start_date IS NULL OR cp.start_date <= $as_of)
  AND (c.liquidated_on IS NULL OR c.liquidated_on > $since)
"""

EXPANSION_SQL = """
WITH linked AS (
    SELECT DISTINCT n.control_network_id FROM company_networks n
    WHERE n.company_ogrn IN (SELECT company_ogrn FROM dprk_paths)
       OR n.company_ogrn IN (SELECT company_ogrn FROM company_people
                             WHERE role = 'director' AND citizenship = 'kp'
                               AND (start_date IS NULL OR start_date <= $as_of))
),
new_branches AS (
    SELECT company_ogrn, list(record_id ORDER BY record_id) AS ids FROM branches
    WHERE opened_on > $since AND opened_on <= $as_of GROUP BY company_ogrn
),
new_permits AS (
    SELECT employer_ogrn AS company_ogrn, list(record_id ORDER BY record_id) AS ids FROM permits
    WHERE issue_date > $since AND issue_date <= $as_of GROUP BY employer_ogrn
)
SELECT 'company' AS subject_kind, n.company_ogrn AS subject_key,
    coalesce(c.full_name, n.company_ogrn) AS subject_label, n.company_ogrn AS network_ogrn,
    list_concat(
        [{'table': 'companies', 'record_id': c.record_id}],
        [{'table': 'branches', 'record_id': r} FOR r IN coalesce(b.ids, [])[1:25]],
        [{'table': 'permits', 'record_id': r} FOR r IN coalesce(p.ids, [])[1:25]]) AS refs,
    to_json({'network_id': n.network_id, 'control_network_id': n.control_network_id,
             'since': $since::DATE,
             'branches': len(coalesce(b.ids, [])), 'permits': len(coalesce(p.ids, []))}) AS facts,
    NULL AS paths
FROM company_networks n
JOIN linked l USING (control_network_id)
LEFT JOIN companies c ON c.ogrn = n.company_ogrn
LEFT JOIN new_branches b ON b.company_ogrn = n.company_ogrn
LEFT JOIN new_permits p ON p.company_ogrn = n.company_ogrn
WHERE b.ids IS NOT NULL OR p.ids IS NOT NULL
"""


def prepare_dprk_paths(ws: Workspace, as_of: date, deadline: date | None = None) -> None:
    """Temp tables of DPRK founder chains: up to as_of, and (if given) after a deadline."""
    sql = dprk_paths_sql("NULL", "$as_of")
    ws.run("DPRK founder chains", sql, {"as_of": as_of})
    if deadline is not None:
        sql = dprk_paths_sql("$deadline", "$as_of", table="dprk_paths_after")
        ws.run(
            "DPRK founder chains after the deadline",
            sql,
            bind(sql, {"as_of": as_of, "deadline": deadline}),
        )


def new_joint_venture(ws: Workspace, measure: Measure, as_of: date) -> list[dict[str, Any]]:
    """2371 OP12: registered on or after the ban date with a DPRK founder (any chain)."""
    prepare_dprk_paths(ws, as_of)
    sql = NEW_JV_SQL.replace("{exempt}", exemption_sql(measure.exceptions, "c"))
    values = {"as_of": as_of, "ban_date": measure.params["ban_date"]}
    return candidate_rows(ws, measure.id, sql, values)


def joint_venture_not_closed(ws: Workspace, measure: Measure, as_of: date) -> list[dict[str, Any]]:
    """2375 OP18: a DPRK founder (any chain) still in place after the closing deadline."""
    deadline = measure.params["deadline"]
    prepare_dprk_paths(ws, as_of, deadline)
    sql = NOT_CLOSED_SQL.replace("{exempt}", exemption_sql(measure.exceptions, "c"))
    return candidate_rows(ws, measure.id, sql, {"as_of": as_of, "deadline": deadline})


def dprk_director(ws: Workspace, measure: Measure, as_of: date) -> list[dict[str, Any]]:
    """Indicator: a DPRK national directing the company after the given date."""
    values = {"as_of": as_of, "since": measure.params["since"]}
    return candidate_rows(ws, measure.id, DIRECTOR_SQL, values)


def network_expansion(ws: Workspace, measure: Measure, as_of: date) -> list[dict[str, Any]]:
    """Indicator: a company of a DPRK-linked network opening branches or taking permits."""
    prepare_dprk_paths(ws, as_of)
    values = {"as_of": as_of, "since": measure.params["since"]}
    return candidate_rows(ws, measure.id, EXPANSION_SQL, values)
