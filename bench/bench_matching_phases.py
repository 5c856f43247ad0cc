"""Where cold pair scoring spends its time: reading entities, analysing names, comparing, scoring.

Usage: python bench/bench_matching_phases.py [PAIRS.jsonl] [--repeats 7]

Each phase is timed over all pairs with every per-name and per-word memo emptied first (tables
stay loaded), best of `--repeats`; figures are microseconds per pair.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from bench_matching_pairs import DEFAULT_PAIRS, clear_caches

from sanctionwatch.matching.config import load_config
from sanctionwatch.matching.entity import entity_from_dict
from sanctionwatch.matching.evaluate import read_pairs
from sanctionwatch.matching.score import MAX_NAMES, best_name_match, score_from_name
from sanctionwatch.names.forms import analyse_name, kind_of

PHASES = ("read entities", "analyse names", "compare names", "attributes and explanation")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("pairs", nargs="?", type=Path, default=DEFAULT_PAIRS)
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args()
    pairs = [(p["a"], p["b"]) for p in read_pairs(args.pairs)]
    cfg = load_config()
    best = dict.fromkeys(PHASES, float("inf"))
    for _ in range(args.repeats):
        clear_caches()
        marks = [time.perf_counter()]
        kinds = cfg.identifier_types
        records = [(entity_from_dict(a, kinds), entity_from_dict(b, kinds)) for a, b in pairs]
        marks.append(time.perf_counter())
        for record in (r for pair in records for r in pair):
            for name in record.names[:MAX_NAMES]:
                analyse_name(name, kind_of(record.schema))
        marks.append(time.perf_counter())
        matches = [best_name_match(a, b, cfg) for a, b in records]
        marks.append(time.perf_counter())
        for (a, b), (match, left, right) in zip(records, matches, strict=True):
            score_from_name(a, b, match, left, right, cfg)
        marks.append(time.perf_counter())
        for phase, start, end in zip(PHASES, marks, marks[1:], strict=False):
            best[phase] = min(best[phase], (end - start) * 1e6 / len(pairs))
    total = sum(best.values())
    report = {phase: round(us, 1) for phase, us in best.items()}
    print(
        json.dumps(
            {
                "pairs": len(pairs),
                "us_per_pair": report,
                "total_us": round(total, 1),
                "pairs_per_second": round(1e6 / total),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
