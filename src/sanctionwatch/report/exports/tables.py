"""Findings as flat tables for compliance teams: one CSV, or an Excel workbook with the findings,
the headline figures, the ownership edges and the review log on separate sheets."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from sanctionwatch.report.evidence import parse_evidence
from sanctionwatch.report.figures import compute_headline_figures
from sanctionwatch.report.ownership import build_ownership_graph
from sanctionwatch.workspace import Workspace

FINDING_COLUMNS = [
    "finding_id",
    "measure_id",
    "severity",
    "citation",
    "status",
    "as_of",
    "subject_kind",
    "subject_key",
    "subject_label",
    "network_id",
    "summary",
    "records",
    "best_match",
    "match_score",
    "ownership_path",
    "last_review",
    "first_seen_at",
    "updated_at",
]
# Cells starting with these are formulas to Excel and LibreOffice (OWASP "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
FINDINGS_SQL = """
    WITH last_review AS (
        SELECT finding_id, arg_max(action || ' by ' || analyst || ' at ' || decided_at::VARCHAR
                                   || coalesce(': ' || note, ''), decided_at) AS last_review
        FROM finding_reviews GROUP BY finding_id
    )
    SELECT f.*, r.last_review FROM findings f LEFT JOIN last_review r USING (finding_id)
    ORDER BY list_position(['critical', 'high', 'medium', 'low'], f.severity), f.measure_id,
             f.subject_key, f.finding_id
"""


def finding_rows(ws: Workspace) -> list[list[Any]]:
    """One flat row per finding: evidence reduced to file:row list, best match, first path."""
    rows = []
    for row in ws.records("export: findings", FINDINGS_SQL):
        evidence = parse_evidence(row["evidence"])
        best = max(evidence.matches, key=lambda m: m["score"], default=None)
        row["records"] = "; ".join(
            f"{r['source_file']}:{r['source_row']}" if r["source_file"] else r["record_id"]
            for r in evidence.records
        )
        row["best_match"] = (
            f"{best['matched_name']} ({best['list_name']} {best['entity_id']})" if best else ""
        )
        row["match_score"] = float(best["score"]) if best and best["score"] else None
        row["ownership_path"] = (
            evidence.ownership_paths[0]["chain"] if evidence.ownership_paths else ""
        )
        rows.append([spreadsheet_safe(row[c]) for c in FINDING_COLUMNS])
    return rows


def write_findings_csv(ws: Workspace, out: Path) -> dict[str, int]:
    """UTF-8 with a byte-order mark, so Excel shows Cyrillic and Hangul names correctly."""
    rows = finding_rows(ws)
    with out.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(FINDING_COLUMNS)
        writer.writerows(rows)
    return {"findings": len(rows)}


def write_findings_xlsx(ws: Workspace, out: Path) -> dict[str, int]:
    """Sheets: findings, headline figures, ownership (edges), reviews (the audit log)."""
    workbook = Workbook(write_only=True)
    findings = finding_rows(ws)
    _sheet(workbook, "findings", FINDING_COLUMNS, findings)
    figures = compute_headline_figures(ws)
    figure_rows: list[list[Any]] = [
        ["dprk_workers", "", "", figures.dprk_workers],
        ["dprk_permit_holders", "", "", figures.dprk_permit_holders],
        *(["post_ban_permits", str(y), "", n] for y, n in figures.post_ban_permits_by_year.items()),
        *(
            ["employer_dprk_workers", o, name, n]
            for o, name, n in figures.employers_by_dprk_workers
        ),
        *(
            ["joint_venture", jv.ogrn, jv.name, "; ".join(jv.dprk_owners)]
            for jv in figures.joint_ventures
        ),
    ]
    _sheet(workbook, "headline figures", ["figure", "key", "name", "value"], figure_rows)
    graph = build_ownership_graph(ws).graph
    edges = [
        [
            graph.nodes[a]["label"],
            a,
            data.get("role"),
            data.get("share"),
            data.get("start"),
            data.get("end"),
            graph.nodes[b]["label"],
            b,
        ]
        for a, b, data in sorted(graph.edges(data=True))
    ]
    _sheet(
        workbook,
        "ownership",
        ["party", "party_id", "role", "share_pct", "start", "end", "company", "company_id"],
        edges,
    )
    reviews = ws.rows(
        "export: reviews",
        "SELECT finding_id, decided_at, analyst, action, status_before, status_after, note "
        "FROM finding_reviews ORDER BY decided_at, finding_id",
    )
    _sheet(
        workbook,
        "reviews",
        ["finding_id", "decided_at", "analyst", "action", "status_before", "status_after", "note"],
        [list(r) for r in reviews],
    )
    workbook.save(out)
    return {"findings": len(findings), "ownership edges": len(edges), "reviews": len(reviews)}


def spreadsheet_safe(value: Any) -> Any:
    """Registry text that starts like a formula is written as text, never run as one."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _sheet(workbook: Workbook, title: str, header: list[str], rows: list[list[Any]]) -> None:
    sheet = workbook.create_sheet(title)
    sheet.append(header)
    for row in rows:
        sheet.append([spreadsheet_safe(v) for v in row])
