"""Indirect ownership over N companies in chains L levels deep: wall time and peak memory.

Usage: .venv/bin/python bench/bench_rules_ownership.py [--companies 500000] [--depth 6]

Companies are laid out in chains of `depth` + 1; each company has one company founder (the next
in its chain, 60 %) and two person founders (20 % each); the chain's top has three persons.
Peak memory is the process's maximum resident set size (DuckDB runs in-process).
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

from sanctionwatch.graph import compute_indirect_ownership
from sanctionwatch.workspace import open_workspace

SEED_SQL = """
INSERT INTO companies (record_id, ogrn, full_name, load_id, source_file, source_row)
SELECT 'c:' || i, (1000000000000 + i)::VARCHAR, 'Company ' || i, 1, 'companies.csv', i
FROM range($n) t(i);
INSERT INTO company_people (record_id, company_ogrn, role, party_type, name, party_ogrn,
                            share_pct, inn, load_id, source_file, source_row)
SELECT 'f:' || i, (1000000000000 + i)::VARCHAR, 'founder', 'company', 'Company ' || (i + 1),
       (1000000000000 + i + 1)::VARCHAR, 60, NULL, 1, 'people.csv', i
FROM range($n) t(i) WHERE (i % ($depth + 1)) <> $depth
UNION ALL
SELECT 'p:' || i || ':' || k, (1000000000000 + i)::VARCHAR, 'founder', 'person', 'Person ' || i,
       NULL, CASE WHEN (i % ($depth + 1)) = $depth THEN 100.0 / 3 ELSE 20 END,
       (100000000000 + i * 3 + k)::VARCHAR, 1, 'people.csv', i
FROM range($n) t(i), range(3) r(k) WHERE k < 2 OR (i % ($depth + 1)) = $depth;
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--companies", type=int, default=500_000)
    parser.add_argument("--depth", type=int, default=6)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, open_workspace(Path(tmp) / "bench.duckdb") as ws:
        started = time.perf_counter()
        for statement in SEED_SQL.split(";"):
            if statement.strip():
                params = {"n": args.companies, "depth": args.depth}
                used = {k: v for k, v in params.items() if f"${k}" in statement}
                ws.run("seed", statement, used)
        seeded = time.perf_counter() - started
        founders = ws.scalar("count", "SELECT count(*) FROM company_people")
        started = time.perf_counter()
        stats = compute_indirect_ownership(ws)
        elapsed = time.perf_counter() - started
        rows = ws.scalar("count", "SELECT count(*) FROM ownership_indirect")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"companies {args.companies:,}, founder rows {founders:,}, chain depth {args.depth}")
    print(
        f"seed {seeded:.1f} s; indirect ownership {elapsed:.1f} s, {stats.levels} levels, "
        f"{stats.owner_rows:,} chains, {rows:,} (company, owner) rows"
    )
    print(f"peak RSS {peak_mb:,.0f} MB")


if __name__ == "__main__":
    main()
