"""Findings out, for other tools: JSON lines (evidence as an object) or CSV (evidence as text)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from sanctionwatch.errors import InputError
from sanctionwatch.findings.model import canonical_json
from sanctionwatch.workspace import Workspace

FORMATS = ("jsonl", "csv")
EXPORT_SQL = """SELECT * REPLACE (CAST(evidence AS VARCHAR) AS evidence) FROM findings
ORDER BY measure_id, subject_kind, subject_key"""


def export_findings(ws: Workspace, out: Path, fmt: str) -> int:
    """Write every finding to `out` in `fmt`; return how many were written."""
    if fmt not in FORMATS:
        raise InputError(f"unknown format {fmt!r}; expected {' or '.join(FORMATS)}", path=str(out))
    rows = ws.records("export findings", EXPORT_SQL)
    out.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "jsonl":
        with out.open("w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(canonical_json({**row, "evidence": json.loads(row["evidence"])}) + "\n")
        return len(rows)
    with out.open("w", encoding="utf-8", newline="") as fh:
        columns = [d for d in rows[0]] if rows else ["finding_id"]
        writer = csv.DictWriter(fh, fieldnames=columns)
        writer.writeheader()
        for row in rows:
            writer.writerow({k: "" if v is None else str(v) for k, v in row.items()})
    return len(rows)
