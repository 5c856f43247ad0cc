"""Score labelled pairs with sanctionwatch and, when installed, nomenklatura logic-v1/logic-v2.

Usage: PYTHONPATH=src /work/nkvenv/bin/python bench/bench_matching_pairs.py [PAIRS.jsonl]
nomenklatura is an optional bench-only dependency (a separate venv, see
docs/benchmarks.md). Every figure is one cold pass over the distinct pairs of the file:
sanctionwatch's name-analysis caches are cleared first, no pair is scored twice.
"""

from __future__ import annotations

import argparse
import gc
import itertools
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sanctionwatch.matching import score_entities
from sanctionwatch.matching.batch import score_pairs
from sanctionwatch.matching.config import load_config
from sanctionwatch.matching.evaluate import average_precision, read_pairs
from sanctionwatch.matching.memos import clear_memos, load_tables

DEFAULT_PAIRS = Path(__file__).resolve().parents[2] / "shared" / "eval" / "names-dev.jsonl"


def wrong_by_category(
    scores: list[float], pairs: list[dict[str, Any]], cut: float
) -> dict[str, int]:
    """Pairs on the wrong side of `cut`, per category of the pair file."""
    wrong: dict[str, int] = {}
    for score, pair in zip(scores, pairs, strict=True):
        category = str(pair.get("category", ""))
        wrong[category] = wrong.get(category, 0) + ((score >= cut) != bool(pair["label"]))
    return dict(sorted(wrong.items()))


def quality(scores: list[float], labels: list[int], cut: float) -> dict[str, float]:
    tp = sum(s >= cut and y for s, y in zip(scores, labels, strict=True))
    fp = sum(s >= cut and not y for s, y in zip(scores, labels, strict=True))
    fn = sum(s < cut and y for s, y in zip(scores, labels, strict=True))
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    ap = average_precision(list(zip(scores, labels, strict=True)))
    return {"precision": p, "recall": r, "f1": f1, "average_precision": ap}


def run(
    name: str,
    scorer: Callable[[dict[str, Any], dict[str, Any]], float],
    pairs: list[dict[str, Any]],
    cut: float,
) -> dict[str, Any]:
    """One pass, pair by pair (a few pairs first to import and set up, not timed)."""
    for p in pairs[:3]:
        scorer(p["a"], p["b"])
    clear_caches()
    settle_heap()
    started = time.perf_counter()
    scores = [scorer(p["a"], p["b"]) for p in pairs]
    elapsed = time.perf_counter() - started
    result: dict[str, Any] = quality(scores, [p["label"] for p in pairs], cut)
    result["pairs_per_second"] = len(pairs) / elapsed
    result["wrong_by_category"] = wrong_by_category(scores, pairs, cut)
    return {"algorithm": name, **result}


def run_batch(pairs: list[dict[str, Any]], cut: float) -> dict[str, Any]:
    """sanctionwatch's batch path, cold: every distinct name analysed once, words in bulk."""
    score_pairs([(p["a"], p["b"]) for p in pairs[:3]])
    clear_caches()
    settle_heap()
    started = time.perf_counter()
    scores = [r.score for r in score_pairs([(p["a"], p["b"]) for p in pairs])]
    elapsed = time.perf_counter() - started
    result: dict[str, Any] = quality(scores, [p["label"] for p in pairs], cut)
    result["pairs_per_second"] = len(pairs) / elapsed
    result["wrong_by_category"] = wrong_by_category(scores, pairs, cut)
    return {"algorithm": "sanctionwatch score_pairs (batch)", **result}


def settle_heap() -> None:
    """Collect, then freeze what is alive: the cyclic collector then walks only what the timed
    pass allocates, not every object the earlier passes and both engines' tables left. Without
    it a later algorithm pays for an earlier one's heap (logic-v1 ran at 680 pairs/s after
    sanctionwatch in one process, 1,200 alone)."""
    gc.collect()
    gc.freeze()


def clear_caches() -> None:
    """Every per-name and per-word memo of sanctionwatch (tables loaded once stay loaded)."""
    load_tables()
    clear_memos()


def nomenklatura_scorers() -> dict[str, Callable[[dict[str, Any], dict[str, Any]], float]]:
    try:
        from followthemoney import model
        from nomenklatura.matching import get_algorithm
    except ImportError:
        return {}

    def proxy(data: dict[str, Any], entity_id: str) -> Any:
        """Distinct ids: nomenklatura treats two proxies of one id as the same entity."""
        props = data.get("properties") or {
            k: v for k, v in data.items() if k not in ("schema", "id")
        }
        return model.get_proxy(
            {"id": entity_id, "schema": data.get("schema", "Person"), "properties": props}
        )

    scorers = {}
    ids = itertools.count()
    for name in ("logic-v1", "logic-v2"):
        algorithm = get_algorithm(name)
        if algorithm is None:
            continue
        config = algorithm.default_config()

        def score(
            a: dict[str, Any], b: dict[str, Any], algo: Any = algorithm, cfg: Any = config
        ) -> float:
            # logic-v2 memoises name comparisons by entity id: ids must differ from pair to
            # pair, or every pair after the first reads the first pair's result.
            number = next(ids)
            left, right = proxy(a, f"a{number}"), proxy(b, f"b{number}")
            return float(algo.compare(left, right, cfg).score)

        scorers[name] = score
    return scorers


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("pairs", nargs="?", type=Path, default=DEFAULT_PAIRS)
    parser.add_argument("--threshold", type=float, default=None)
    args = parser.parse_args()
    unique = {json.dumps([p["a"], p["b"]], sort_keys=True): p for p in read_pairs(args.pairs)}
    pairs = list(unique.values())
    cut = load_config().threshold if args.threshold is None else args.threshold
    rows = [
        run("sanctionwatch pair by pair", lambda a, b: score_entities(a, b).score, pairs, cut),
        run_batch(pairs, cut),
    ]
    others = nomenklatura_scorers()
    if not others:
        print("nomenklatura not installed: reporting sanctionwatch alone")
    for name, scorer in others.items():
        rows.append(run(name, scorer, pairs, 0.7))
    print(json.dumps({"distinct_pairs": len(pairs), "rows": rows}, indent=2))
    base = next((r for r in rows if r["algorithm"] == "logic-v1"), None)
    if base:
        for row in rows[:2]:
            ratio = row["pairs_per_second"] / base["pairs_per_second"]
            print(f"{row['algorithm']}: {ratio:.1f}x logic-v1")


if __name__ == "__main__":
    main()
