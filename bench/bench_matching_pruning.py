"""Bulk name scoring on one core: how many candidate names the pruning bound lets through.

Usage: cd bench && PYTHONPATH=../src python bench_matching_pruning.py [--names 3000]
Draws the distinct subject names of the 1,000,000-subject screening benchmark
(bench_matching_screen.py, same seed), scores a shuffled sample of them against the UN + OFAC
SDN index in this process (`ListedIndex.score_name`, the work each screening worker does), and
reports the time, the candidate names compared in full and the hits, so that a change to
matching.pruning can be checked to keep the same hits while comparing fewer names.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import tempfile
import time
from pathlib import Path

from bench_matching_screen import generate, workspace_with_lists

import sanctionwatch.matching.bulk as bulk
from sanctionwatch.matching.bulk import ListedIndex, name_floor
from sanctionwatch.matching.config import load_config
from sanctionwatch.matching.subjects import latest_versions, load_listed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--names", type=int, default=3000)
    parser.add_argument("--hits", type=Path, default=None, help="write the hits (JSON) here")
    args = parser.parse_args()
    compared = 0
    compare_names = bulk.compare_names

    def counted(*pair: object) -> object:
        nonlocal compared
        compared += 1
        return compare_names(*pair)  # type: ignore[arg-type]

    bulk.compare_names = counted  # type: ignore[assignment]
    with tempfile.TemporaryDirectory() as folder:
        ws = workspace_with_lists(Path(folder) / "bench.duckdb")
        cfg = load_config()
        listed = load_listed(ws, latest_versions(ws), cfg)
        rows = generate(listed, 1_000_000, random.Random(7))
        ws.close()
    index = ListedIndex([x.entity for x in listed])
    names = sorted({row[1] for row in rows})
    random.Random(1).shuffle(names)
    sample = names[: args.names]
    floor = name_floor(cfg.threshold)
    gc.collect()
    gc.freeze()
    started = time.perf_counter()
    hits = {}
    for name in sample:
        found, _ = index.score_name(name, "Person", cfg, floor)
        hits[name] = sorted((i, round(m.score, 6)) for i, (m, _) in found.items())
    seconds = time.perf_counter() - started
    if args.hits:
        args.hits.write_text(json.dumps(hits), encoding="utf-8")
    report = {
        "distinct_names": len(names),
        "names_scored": len(sample),
        "seconds": round(seconds, 2),
        "us_per_name": round(seconds / len(sample) * 1e6),
        "names_compared_in_full": compared,
        "hits": sum(map(len, hits.values())),
    }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
