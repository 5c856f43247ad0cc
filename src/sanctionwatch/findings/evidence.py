"""The evidence chain of a finding: each record with its file and row, and the screening matches
(scores and explanations) on those records. Fetched in one query per table for all findings."""

from __future__ import annotations

import json
from typing import Any

from sanctionwatch.workspace import Workspace

SOURCE = "record_id, source_file, source_row"
KEY_FIELDS = {
    "permits": f"""{SOURCE}, permit_id, permit_type, surname, given_name, patronymic, name_latin,
        citizenship_raw, citizenship, birth_date, passport_number, employer_name, employer_ogrn,
        contract_date, issue_date, expiry_date, flags""",
    "companies": f"""{SOURCE}, ogrn, inn, full_name, registered_on, liquidated_on, address,
        phone, activity_code, flags""",
    "company_people": f"""{SOURCE}, company_ogrn, role, party_type, name, citizenship_raw,
        citizenship, birth_date, passport_number, inn, party_ogrn, share_pct, start_date,
        end_date, flags""",
    "branches": f"{SOURCE}, company_ogrn, branch_id, kind, address, opened_on, closed_on, flags",
}

MATCHES_SQL = """
SELECT m.subject_table, m.subject_id, m.entity_id, m.list_name, m.matched_name, m.score,
       CAST(m.explanation AS VARCHAR) AS explanation, le.programs, le.reference, le.listed_on
FROM screen_matches m
LEFT JOIN listed_entities le ON le.version_id = m.version_id AND le.entity_id = m.entity_id
WHERE m.subject_id IN (SELECT unnest($ids))
ORDER BY m.subject_id, m.score DESC, m.entity_id
"""


def fetch_records(
    ws: Workspace, refs: list[dict[str, str]]
) -> dict[tuple[str, str], dict[str, Any]]:
    """(table, record_id) -> the record's key fields, for every reference given."""
    by_table: dict[str, set[str]] = {}
    for ref in refs:
        if ref["table"] in KEY_FIELDS:
            by_table.setdefault(ref["table"], set()).add(ref["record_id"])
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for table, ids in by_table.items():
        rows = ws.records(
            f"evidence records from {table}",
            f"SELECT {KEY_FIELDS[table]} FROM {table} WHERE record_id IN (SELECT unnest($ids))",
            {"ids": sorted(ids)},
        )
        for row in rows:
            found.setdefault((table, row["record_id"]), {"table": table, **row})
    return found


def fetch_matches(ws: Workspace, record_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    """record_id -> its screening matches, best first, each explanation parsed."""
    matches: dict[str, list[dict[str, Any]]] = {}
    if not record_ids:
        return matches
    for row in ws.records("evidence matches", MATCHES_SQL, {"ids": sorted(set(record_ids))}):
        row["explanation"] = json.loads(row["explanation"]) if row["explanation"] else None
        matches.setdefault(row["subject_id"], []).append(row)
    return matches


def fetch_issues(ws: Workspace, ogrns: list[str]) -> dict[str, list[dict[str, Any]]]:
    """company OGRN -> its data issues (share above 100 %, cycles) from graph_issues."""
    issues: dict[str, list[dict[str, Any]]] = {}
    rows = ws.records(
        "evidence data issues",
        """SELECT company_ogrn, issue, detail, record_ids FROM graph_issues
        WHERE company_ogrn IN (SELECT unnest($ids)) ORDER BY company_ogrn, issue""",
        {"ids": sorted(set(ogrns))},
    )
    for row in rows:
        issues.setdefault(row.pop("company_ogrn"), []).append(row)
    return issues
