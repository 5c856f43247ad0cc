"""Candidate recall on labelled pair files, amid the real lists: which true pairs screening
would never compare.

Usage: PYTHONPATH=src .venv/bin/python bench/bench_matching_candidates.py PAIRS.jsonl [...]

Every `b` of a file is indexed beside the UN XML and OFAC sdn.csv entities (so keys shared by
too many entities are dropped as in a real screen); each positive pair's `a` is then looked up.
A positive the scorer matches (at the default threshold) but whose `b` is no candidate is a
match a screen loses silently: those are listed. Pair scoring (`eval matching`) does not see
this loss, since it scores every pair it is given.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from bench_matching_screen import workspace_with_lists

from sanctionwatch.matching import score_entities
from sanctionwatch.matching.bulk import ListedIndex
from sanctionwatch.matching.config import load_config
from sanctionwatch.matching.entity import entity_from_dict
from sanctionwatch.matching.evaluate import read_pairs
from sanctionwatch.matching.subjects import latest_versions, load_listed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("pairs", nargs="+", type=Path)
    args = parser.parse_args()
    cfg = load_config()
    with tempfile.TemporaryDirectory() as folder:
        ws = workspace_with_lists(Path(folder) / "bench.duckdb")
        base = [x.entity for x in load_listed(ws, latest_versions(ws), cfg)]
    report: dict[str, object] = {"listed_entities": len(base), "files": {}}
    for path in args.pairs:
        pairs = [p for p in read_pairs(path) if p["label"] == 1]
        extra = [entity_from_dict(p["b"], cfg.identifier_types) for p in pairs]
        index = ListedIndex(base + extra)
        found = matched = matched_found = 0
        lost: list[list[object]] = []
        for number, pair in enumerate(pairs):
            record = entity_from_dict(pair["a"], cfg.identifier_types)
            candidate = len(base) + number in index.candidates(record) or (
                len(base) + number in index.sharing_identifier(record)
            )
            is_match = score_entities(pair["a"], pair["b"]).score >= cfg.threshold
            found += candidate
            matched += is_match
            matched_found += candidate and is_match
            if is_match and not candidate:
                lost.append([pair.get("id"), pair["a"].get("name"), pair["b"].get("name")])
        report["files"][path.name] = {  # type: ignore[index]
            "positives": len(pairs),
            "candidate_recall": round(found / len(pairs), 4) if pairs else None,
            "matched_by_the_scorer": matched,
            "matched_and_candidates": matched_found,
            "matched_but_never_compared": lost,
        }
    print(json.dumps(report, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
