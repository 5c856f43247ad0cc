"""One-query latency against a grown index, for several numbers of candidates scored per query.

Usage: python bench/bench_matching_query.py [--index-names 300000] [--queries 1500]
       [--candidates 50,40,30,20]

The index holds the UN XML and OFAC sdn.csv entities grown with generated people, as in
bench_matching_screen.py; each query is a listed name with one swap of neighbouring letters.
For each `QUERY_CANDIDATES` value: median and 99th-percentile latency, and the share of queries
whose source entity is in the top 10 (what a smaller candidate set may lose).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from pathlib import Path

from bench_matching_screen import grown_to, typo, workspace_with_lists

from sanctionwatch.matching import NameIndex, query
from sanctionwatch.matching.config import load_config
from sanctionwatch.matching.entity import EntityRecord
from sanctionwatch.matching.subjects import latest_versions, load_listed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--index-names", type=int, default=300_000)
    parser.add_argument("--queries", type=int, default=1_500)
    parser.add_argument("--candidates", default="50,40,30,20")
    args = parser.parse_args()
    rng = random.Random(5)
    with tempfile.TemporaryDirectory() as folder:
        ws = workspace_with_lists(Path(folder) / "bench.duckdb")
        base = [x for x in load_listed(ws, latest_versions(ws), load_config()) if x.entity.names]
        ws.close()
    grown = grown_to(base, args.index_names, rng)
    count = sum(len(x.entity.names) for x in grown)
    started = time.perf_counter()
    index = NameIndex(grown)
    report: dict[str, object] = {"index_names": count}
    report["index_build_seconds"] = round(time.perf_counter() - started, 1)
    asked = []
    for _ in range(args.queries):
        item = rng.choice(base)
        name = typo(rng.choice(item.entity.names), rng)
        asked.append((EntityRecord(item.entity.schema, [name]), item.entity_id))
    for limit in (int(n) for n in args.candidates.split(",")):
        query.QUERY_CANDIDATES = limit
        times: list[float] = []
        found = 0
        for record, source in asked:
            t0 = time.perf_counter()
            top = index.query(record, limit=10)
            times.append((time.perf_counter() - t0) * 1000)
            found += any(c.entity_id == source for c in top)
        times.sort()
        report[f"candidates_{limit}"] = {
            "query_ms_median": round(statistics.median(times), 3),
            "query_ms_p99": round(times[int(len(times) * 0.99) - 1], 3),
            "source_entity_in_top10": round(found / len(asked), 4),
        }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
