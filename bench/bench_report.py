"""Time `write_report` and the exports on a workspace with many findings and networks.

Usage: .venv/bin/python bench/bench_report.py [--permits N] [--ventures N] [--out DIR]
Builds a synthetic workspace with SQL (N DPRK permits, one finding each; N joint ventures each
founded by a DPRK company through a two-step chain) and prints seconds per step.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from sanctionwatch.report import write_report
from sanctionwatch.report.exports import export_findings
from sanctionwatch.workspace import Workspace, open_workspace

WORLD_SQL = """
INSERT INTO permits SELECT 'permits.csv:' || i, 'P' || i,
    CASE WHEN i % 7 = 0 THEN 'study' ELSE 'work_permit' END, 'Ким', 'Чхоль', NULL, 'KIM CHOL',
    'КНДР', 'kp', DATE '1980-01-01' + (i % 5000)::INT, 'PN' || (i % ($permits * 9 // 10)),
    'ООО Стройка ' || (i % 300), NULL, (1000000000000 + i % 300)::VARCHAR, NULL,
    DATE '2015-01-01' + (i % 2200)::INT, DATE '2016-01-01' + (i % 2200)::INT,
    'Регион ' || (i % 40), 'рабочий', [], 1, 'permits.csv', i
FROM range(1, $permits + 1) t(i);
INSERT INTO companies SELECT 'companies.csv:' || i, (2000000000000 + i)::VARCHAR, NULL,
    'ООО СП ' || i, NULL, 'ООО', DATE '2014-01-01' + (i * 3 % 2000)::INT, NULL, 'адрес ' || i,
    NULL, '41.20', 'Регион ' || (i % 40), [], 2, 'companies.csv', i
FROM range(1, $ventures + 1) t(i);
INSERT INTO company_people SELECT 'company_people.csv:' || i, (2000000000000 + i)::VARCHAR,
    'founder', 'company', 'Korea Trading ' || (i % 50), NULL, 'КНДР', 'kp', NULL, NULL, NULL,
    NULL, 51.0, DATE '2014-01-01', NULL, [], 3, 'company_people.csv', i
FROM range(1, $ventures + 1) t(i);
INSERT INTO findings SELECT 'f-' || i, 'un-2375-op17-new-work-authorization', 'UN DPRK',
    'UNSC res. 2375 (2017) OP17', 'high', DATE '2024-01-01', 'permit', 'P' || i, 'Ким Чхоль',
    NULL, 'post-ban work permit', '{"records": [{"table": "permits", "record_id": "permits.csv:'
    || i || '", "source_file": "permits.csv", "source_row": ' || i || '}]}', 'h', 'open',
    now(), now()
FROM range(1, $permits + 1) t(i);
INSERT INTO findings SELECT 'j-' || i, 'un-2375-op18-joint-venture-not-closed', 'UN DPRK',
    'UNSC res. 2375 (2017) OP18', 'high', DATE '2024-01-01', 'company',
    (2000000000000 + i)::VARCHAR, 'ООО СП ' || i, NULL, 'joint venture not closed',
    '{"records": []}', 'h', 'open', now(), now()
FROM range(1, $ventures + 1) t(i);
"""


def build(ws: Workspace, permits: int, ventures: int) -> None:
    for statement in WORLD_SQL.split(";"):
        if statement.strip():
            params = {
                k: v
                for k, v in (("permits", permits), ("ventures", ventures))
                if f"${k}" in statement
            }
            ws.run("bench world", statement, params)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--permits", type=int, default=20_000)
    parser.add_argument("--ventures", type=int, default=500)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    out = args.out or Path(tempfile.mkdtemp(prefix="bench-report-"))
    with open_workspace(out / "bench.duckdb") as ws:
        build(ws, args.permits, args.ventures)
        findings = ws.scalar("count", "SELECT count(*) FROM findings")
        for label, pdf in (("report, HTML only", False), ("report, HTML + PDF", True)):
            started = time.perf_counter()
            result = write_report(ws, out / "report", pdf=pdf)
            size = result.html.stat().st_size / 1e6
            print(
                f"{label}: {time.perf_counter() - started:.1f} s, {findings} findings, "
                f"report.html {size:.1f} MB, pdf: {result.pdf or result.pdf_skipped_because}"
            )
        for fmt in ("ftm", "csv", "xlsx", "graphml", "gexf"):
            started = time.perf_counter()
            counts = export_findings(ws, fmt, out / f"export.{fmt}")
            print(f"export {fmt}: {time.perf_counter() - started:.1f} s {counts}")


if __name__ == "__main__":
    main()
