"""Pair throughput in screening: every candidate pair a screen decides, vs logic-v1 on a sample.

Usage: PYTHONPATH=src /work/nkvenv/bin/python bench/bench_matching_throughput.py [--subjects 20000]

The subjects are the screening benchmark's generated people (1 in 10 a listed person with a typo),
screened against the UN XML and OFAC sdn.csv. For each distinct subject name the bulk engine
decides every candidate entity the keys give: it scores the pair, or proves from word lengths
and similarities that the pair stays below the floor (`pruning.QueryBound.cannot_reach`).
Timed from a built key index, whose listed names were analysed when it was built (as a
screening service holds its index between screens); subject names are analysed inside the
timing.

The same run then scores a random sample of those candidate pairs pair by pair with
`score_entities` (exact scores and explanations, cold) and, when nomenklatura is installed, with
logic-v1 and logic-v2, so every rate is on pairs drawn from one set. This is the screening mode;
bench_matching_pairs.py measures labelled evaluation pairs, a pair at a time.
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
from pathlib import Path
from typing import Any

from bench_matching_pairs import clear_caches, nomenklatura_scorers, settle_heap
from bench_matching_screen import generate, workspace_with_lists

from sanctionwatch.matching import score_entities
from sanctionwatch.matching.bulk import ListedIndex, name_floor
from sanctionwatch.matching.config import load_config
from sanctionwatch.matching.entity import EntityRecord
from sanctionwatch.matching.subjects import latest_versions, load_listed


def as_dict(record: EntityRecord) -> dict[str, Any]:
    return {"schema": record.schema, "properties": {"name": list(record.names)}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--subjects", type=int, default=20_000)
    parser.add_argument("--sample", type=int, default=2_000)
    args = parser.parse_args()
    rng = random.Random(11)
    with tempfile.TemporaryDirectory() as folder:
        ws = workspace_with_lists(Path(folder) / "bench.duckdb")
        cfg = load_config()
        listed = load_listed(ws, latest_versions(ws), cfg)
        ws.close()
    rows = generate(listed, args.subjects, rng)
    names = list(dict.fromkeys(r[1] for r in rows))
    index = ListedIndex([x.entity for x in listed])
    floor = name_floor(cfg.threshold)
    report: dict[str, Any] = {
        "distinct_subject_names": len(names),
        "listed_entities": len(listed),
    }
    clear_caches()  # subject names are analysed inside the timing
    settle_heap()  # the index and the workspace stay alive: every timed run sees them frozen
    started = time.perf_counter()
    decided = 0
    for name in names:
        _, looked_at = index.score_name(name, "Person", cfg, floor)
        decided += looked_at
    elapsed = time.perf_counter() - started
    report["bulk"] = {
        "candidate_pairs_decided": decided,
        "seconds": round(elapsed, 2),
        "pairs_per_second": round(decided / elapsed),
    }
    pool = [
        (name, entity)
        for name in rng.sample(names, min(len(names), args.sample))
        for entity in sorted(index.candidates_of_name(name, "Person"))
    ]
    sample = rng.sample(pool, min(len(pool), args.sample))
    pairs = [({"schema": "Person", "name": [n]}, as_dict(listed[e].entity)) for n, e in sample]
    clear_caches()
    settle_heap()
    started = time.perf_counter()
    for a, b in pairs:
        score_entities(a, b)
    report["sample_pairs"] = len(pairs)
    report["score_entities_pairs_per_second"] = round(len(pairs) / (time.perf_counter() - started))
    for algorithm, scorer in nomenklatura_scorers().items():
        for a, b in pairs[:3]:
            scorer(a, b)
        settle_heap()
        started = time.perf_counter()
        for a, b in pairs:
            scorer(a, b)
        rate = len(pairs) / (time.perf_counter() - started)
        report[f"{algorithm}_pairs_per_second"] = round(rate)
        report["bulk"][f"vs_{algorithm}"] = round(report["bulk"]["pairs_per_second"] / rate, 1)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
