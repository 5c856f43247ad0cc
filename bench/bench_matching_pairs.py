"""Score labelled pairs with sanctionwatch and, when installed, nomenklatura logic-v1/logic-v2.

Usage: python bench/bench_matching_pairs.py [PAIRS.jsonl] [--threshold 0.7]
nomenklatura is an optional bench-only dependency (a separate venv: /work/benchvenv).
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sanctionwatch.matching import score_entities
from sanctionwatch.matching.config import load_config
from sanctionwatch.matching.evaluate import average_precision, read_pairs

DEFAULT_PAIRS = Path(__file__).resolve().parents[2] / "shared" / "eval" / "names-dev.jsonl"


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
    repeats: int,
) -> dict[str, Any]:
    scores = [scorer(p["a"], p["b"]) for p in pairs]  # warm-up (caches, imports)
    started = time.perf_counter()
    for _ in range(repeats):
        scores = [scorer(p["a"], p["b"]) for p in pairs]
    elapsed = time.perf_counter() - started
    result = quality(scores, [p["label"] for p in pairs], cut)
    result["pairs_per_second"] = repeats * len(pairs) / elapsed
    return {"algorithm": name, **result}


def cold_sanctionwatch(pairs: list[dict[str, Any]]) -> float:
    """Pairs/s with every name analysed afresh (caches cleared)."""
    from sanctionwatch.names.forms import analyse_name

    analyse_name.cache_clear()
    started = time.perf_counter()
    for p in pairs:
        score_entities(p["a"], p["b"])
    return len(pairs) / (time.perf_counter() - started)


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
    for name in ("logic-v1", "logic-v2"):
        algorithm = get_algorithm(name)
        if algorithm is None:
            continue
        config = algorithm.default_config()

        def score(
            a: dict[str, Any], b: dict[str, Any], algo: Any = algorithm, cfg: Any = config
        ) -> float:
            return float(algo.compare(proxy(a, "left"), proxy(b, "right"), cfg).score)

        scorers[name] = score
    return scorers


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("pairs", nargs="?", type=Path, default=DEFAULT_PAIRS)
    parser.add_argument("--threshold", type=float, default=None)
    parser.add_argument("--repeats", type=int, default=20)
    args = parser.parse_args()
    pairs = read_pairs(args.pairs)
    cut = load_config().threshold if args.threshold is None else args.threshold
    rows = [run("sanctionwatch", lambda a, b: score_entities(a, b).score, pairs, cut, args.repeats)]
    rows[0]["cold_pairs_per_second"] = cold_sanctionwatch(pairs)
    others = nomenklatura_scorers()
    if not others:
        print("nomenklatura not installed: reporting sanctionwatch alone")
    for name, scorer in others.items():
        rows.append(run(name, scorer, pairs, 0.7, max(1, args.repeats // 10)))
    print(json.dumps(rows, indent=2))
    base = next((r for r in rows if r["algorithm"] == "logic-v1"), None)
    if base:
        print(
            f"throughput vs logic-v1: {rows[0]['pairs_per_second'] / base['pairs_per_second']:.0f}x"
        )


if __name__ == "__main__":
    main()
