"""Evaluate a regime pack over the workspace as of a date and write the findings.

Each measure's logic (catalog.py) returns candidate rows; rows of one subject merge into one
finding whose evidence is fetched in bulk; findings/ upserts them so reviews survive re-runs.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

from sanctionwatch.findings.evidence import fetch_issues, fetch_matches, fetch_records
from sanctionwatch.findings.model import Finding, canonical_json
from sanctionwatch.findings.store import upsert_findings
from sanctionwatch.graph import build_network_timeline, build_networks, find_ownership_issues
from sanctionwatch.rules.catalog import LOGIC
from sanctionwatch.rules.pack import SEVERITIES, Measure, load_pack
from sanctionwatch.workspace import Workspace


@dataclass
class AnalysisSummary:
    """What one analysis found, for the CLI's one-screen summary and for scripts."""

    pack: str
    as_of: date
    counts_by_measure: dict[str, int]
    counts_by_severity: dict[str, int]
    severities: list[str]
    not_in_force: list[str] = field(default_factory=list)
    new: int = 0
    updated: int = 0
    reopened: int = 0
    resolved: int = 0
    networks: int = 0
    data_issues: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def analyze(ws: Workspace, *, as_of: date, pack: str = "un-dprk") -> AnalysisSummary:
    """Apply every measure of `pack` as of `as_of`; findings land in the `findings` table."""
    started = time.perf_counter()
    regime = load_pack(pack)
    issues = find_ownership_issues(ws, as_of=as_of)
    networks = build_networks(ws)
    candidates: list[tuple[Measure, list[dict[str, Any]]]] = []
    not_in_force = []
    for measure in regime.measures:
        if not measure.applies_on(as_of):
            not_in_force.append(measure.id)
            continue
        rows = LOGIC[measure.logic].run(ws, measure, as_of)
        candidates.append(
            (measure, [r for r in rows if r["subject_kind"] in measure.subject_kinds])
        )
    findings = build_findings(ws, regime.regime, candidates, as_of)
    counts = upsert_findings(ws, findings, measure_ids=[m.id for m in regime.measures], as_of=as_of)
    linked = sorted({f.network_id for f in findings if f.network_id})
    build_network_timeline(ws, linked)
    by_measure = Counter(f.measure_id for f in findings)
    by_severity = Counter(f.severity for f in findings)
    return AnalysisSummary(
        pack=regime.regime,
        as_of=as_of,
        counts_by_measure={m.id: by_measure.get(m.id, 0) for m in regime.measures},
        counts_by_severity={s: by_severity.get(s, 0) for s in SEVERITIES},
        severities=sorted(by_severity, key=SEVERITIES.index),
        not_in_force=not_in_force,
        new=counts.new,
        updated=counts.updated,
        reopened=counts.reopened,
        resolved=counts.resolved,
        networks=networks,
        data_issues=issues,
        seconds=round(time.perf_counter() - started, 3),
    )


def build_findings(
    ws: Workspace,
    regime: str,
    candidates: list[tuple[Measure, list[dict[str, Any]]]],
    as_of: date,
) -> list[Finding]:
    """Merge each subject's rows and attach records, matches, paths and data issues."""
    all_rows = [row for _, rows in candidates for row in rows]
    records = fetch_records(ws, [ref for row in all_rows for ref in row["refs"]])
    matches = fetch_matches(ws, [ref["record_id"] for row in all_rows for ref in row["refs"]])
    ogrns = sorted({str(r["network_ogrn"]) for r in all_rows if r.get("network_ogrn")})
    network_of = dict(
        ws.rows(
            "networks of subjects",
            "SELECT company_ogrn, network_id FROM company_networks "
            "WHERE company_ogrn IN (SELECT unnest($ids::VARCHAR[]))",
            {"ids": ogrns},
        )
    )
    issues = fetch_issues(ws, ogrns)
    findings = []
    for measure, rows in candidates:
        grouped: dict[tuple[str, str], list[dict[str, Any]]] = {}
        for row in rows:
            grouped.setdefault((row["subject_kind"], str(row["subject_key"])), []).append(row)
        for (kind, key), group in sorted(grouped.items()):
            refs = sorted({(r["table"], r["record_id"]) for row in group for r in row["refs"]})
            facts = merge_facts([row["facts"] for row in group])
            ogrn = group[0].get("network_ogrn")
            evidence = {
                "records": [records[ref] for ref in refs if ref in records],
                "matches": [m for _, rid in refs for m in matches.get(rid, [])],
                "paths": sorted((p for row in group for p in row["paths"]), key=canonical_json),
                "compared": facts,
                "data_issues": issues.get(str(ogrn), []) if kind == "company" else [],
                "exceptions_not_checked": [
                    e["text"] for e in measure.exceptions if not e.get("detected")
                ],
            }
            network_id = network_of.get(ogrn) if ogrn else None
            label = str(group[0]["subject_label"])
            context = {**facts, "subject_label": label, "network_id": network_id}
            findings.append(
                Finding(
                    measure_id=measure.id,
                    regime=regime,
                    citation=measure.citation_text,
                    severity=measure.severity,
                    as_of=as_of,
                    subject_kind=kind,
                    subject_key=key,
                    subject_label=label,
                    network_id=network_id,
                    summary=measure.summary.format_map(_Facts(context)),
                    evidence=evidence,
                )
            )
    return findings


def merge_facts(facts: list[dict[str, Any]]) -> dict[str, Any]:
    """One value per key when the rows agree, else the distinct values in row order."""
    merged: dict[str, Any] = {}
    for key in dict.fromkeys(k for f in facts for k in f):
        values = list({canonical_json(f.get(key)): f.get(key) for f in facts}.values())
        merged[key] = values[0] if len(values) == 1 else values
    return merged


class _Facts(dict[str, Any]):
    """Summary templates: a missing fact prints '?', None prints 'none', lists join with '; '."""

    def __missing__(self, key: str) -> str:
        return "?"

    def __getitem__(self, key: str) -> Any:
        value = super().get(key, "?") if key in self else self.__missing__(key)
        if value is None:
            return "none"
        if isinstance(value, list):
            return "; ".join("none" if v is None else str(v) for v in value)
        return value
