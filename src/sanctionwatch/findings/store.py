"""Writing findings: a re-run updates, never duplicates, and never loses an analyst's decision.

- same id, same evidence hash: the status (confirmed, dismissed, ...) is kept;
- same id, new evidence on a reviewed finding: back to 'open', with a 'reopen' row by 'system'
  in finding_reviews saying which parts of the evidence changed;
- a finding of the pack's measures that this run no longer produces: 'resolved' (kept, with a
  'resolve' row); one that holds again later is re-opened the same way.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sanctionwatch.findings.model import REVIEWED, Finding
from sanctionwatch.workspace import Workspace

COLUMNS = (
    "finding_id",
    "measure_id",
    "regime",
    "citation",
    "severity",
    "as_of",
    "subject_kind",
    "subject_key",
    "subject_label",
    "network_id",
    "summary",
    "evidence",
    "evidence_hash",
)


@dataclass(frozen=True)
class UpsertCounts:
    new: int
    updated: int
    unchanged: int
    reopened: int
    resolved: int


def upsert_findings(
    ws: Workspace, findings: list[Finding], *, measure_ids: list[str], as_of: date
) -> UpsertCounts:
    """Write this run's findings for `measure_ids` in one transaction."""
    now = datetime.now()
    columns: dict[str, list[Any]] = {c: [] for c in COLUMNS}
    for f in findings:
        for c, v in zip(COLUMNS, _row_of(f), strict=True):
            columns[c].append(v)
    with ws.transaction():
        ws.run(
            "incoming findings",
            "CREATE OR REPLACE TEMP TABLE incoming AS SELECT "
            + ", ".join(
                f"unnest(${c}::{'DATE' if c == 'as_of' else 'VARCHAR'}[]) AS {c}" for c in COLUMNS
            ),
            columns,
        )
        changed = ws.rows(
            "reviewed findings whose evidence changed",
            f"""SELECT f.finding_id, f.status, CAST(f.evidence AS VARCHAR), i.evidence
            FROM findings f JOIN incoming i USING (finding_id)
            WHERE f.evidence_hash <> i.evidence_hash AND f.status IN {REVIEWED}""",
        )
        back = ws.rows(
            "resolved findings that hold again",
            """SELECT f.finding_id FROM findings f JOIN incoming i USING (finding_id)
            WHERE f.status = 'resolved'""",
        )
        reviews = [
            (fid, status, f"evidence changed: {_changed_parts(old, new)}")
            for fid, status, old, new in changed
        ] + [(fid, "resolved", f"holds again as of {as_of}") for (fid,) in back]
        _log_system(ws, reviews, "reopen", "open", now)
        unchanged = ws.scalar(
            "unchanged findings",
            """SELECT count(*) FROM findings f JOIN incoming i USING (finding_id)
            WHERE f.evidence_hash = i.evidence_hash AND f.status <> 'resolved'""",
        )
        existing = ws.scalar(
            "existing findings", "SELECT count(*) FROM findings JOIN incoming USING (finding_id)"
        )
        ws.run(
            "update findings",
            f"""UPDATE findings f SET measure_id = i.measure_id, regime = i.regime,
                citation = i.citation, severity = i.severity, as_of = i.as_of,
                subject_label = i.subject_label, network_id = i.network_id, summary = i.summary,
                evidence = i.evidence, evidence_hash = i.evidence_hash, updated_at = $now,
                status = CASE WHEN f.status = 'resolved' THEN 'open'
                    WHEN f.evidence_hash <> i.evidence_hash AND f.status IN {REVIEWED}
                    THEN 'open' ELSE f.status END
            FROM incoming i WHERE f.finding_id = i.finding_id""",
            {"now": now},
        )
        ws.run(
            "insert new findings",
            f"""INSERT INTO findings SELECT {", ".join(COLUMNS)}, 'open', $now, $now
            FROM incoming WHERE finding_id NOT IN (SELECT finding_id FROM findings)""",
            {"now": now},
        )
        gone = ws.rows(
            "findings that no longer hold",
            """SELECT finding_id, status FROM findings
            WHERE list_contains($measures, measure_id) AND status <> 'resolved'
              AND finding_id NOT IN (SELECT finding_id FROM incoming)""",
            {"measures": measure_ids},
        )
        _log_system(
            ws,
            [(f, s, f"no longer holds as of {as_of}") for f, s in gone],
            "resolve",
            "resolved",
            now,
        )
        ws.run(
            "resolve findings",
            """UPDATE findings SET status = 'resolved', as_of = $as_of, updated_at = $now
            WHERE finding_id IN (SELECT unnest($ids::VARCHAR[]))""",
            {"as_of": as_of, "now": now, "ids": [f for f, _ in gone]},
        )
    return UpsertCounts(
        new=len(findings) - int(existing),
        updated=int(existing) - int(unchanged),
        unchanged=int(unchanged),
        reopened=len(reviews),
        resolved=len(gone),
    )


def _row_of(f: Finding) -> tuple[Any, ...]:
    return (
        f.finding_id,
        f.measure_id,
        f.regime,
        f.citation,
        f.severity,
        f.as_of,
        f.subject_kind,
        f.subject_key,
        f.subject_label,
        f.network_id,
        f.summary,
        f.evidence_json,
        f.evidence_hash,
    )


def _changed_parts(old: str, new: str) -> str:
    """Which top-level parts of the evidence differ (records, matches, paths, compared...)."""
    before, after = json.loads(old), json.loads(new)
    parts = sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))
    return ", ".join(parts) or "details"


def _log_system(
    ws: Workspace, rows: list[tuple[str, str, str]], action: str, after: str, now: datetime
) -> None:
    if not rows:
        return
    ws.run(
        f"log system {action}",
        """INSERT INTO finding_reviews
        SELECT unnest($ids::VARCHAR[]), $now, 'system', $action, unnest($before::VARCHAR[]),
               $after, unnest($notes::VARCHAR[])""",
        {
            "ids": [r[0] for r in rows],
            "before": [r[1] for r in rows],
            "notes": [r[2] for r in rows],
            "now": now,
            "action": action,
            "after": after,
        },
    )
