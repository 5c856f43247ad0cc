"""evaluate_pairs: the matcher on labelled pairs (shared/eval format): quality and speed."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from sanctionwatch.errors import InputError
from sanctionwatch.matching.batch import score_pairs
from sanctionwatch.matching.config import load_config
from sanctionwatch.matching.memos import ready_engine
from sanctionwatch.matching.score import score_entities


def read_pairs(path: Path) -> list[dict[str, Any]]:
    """Labelled pairs, one JSON object a line; InputError names the line and field."""
    pairs: list[dict[str, Any]] = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                pair = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"not JSON: {exc.msg}", path=str(path), line=number) from exc
            for key in ("a", "b", "label"):
                if key not in pair:
                    raise InputError("missing", path=str(path), line=number, field=key)
            if pair["label"] not in (0, 1):
                raise InputError("label must be 0 or 1", path=str(path), line=number, field="label")
            pair["_line"] = number
            pairs.append(pair)
    return pairs


def average_precision(scored: list[tuple[float, int]]) -> float:
    """Area under the precision-recall curve, stepwise over the ranking (ties pessimistic)."""
    positives = sum(label for _, label in scored)
    if not positives:
        return 0.0
    ranked = sorted(scored, key=lambda item: (-item[0], item[1]))
    hits = 0
    total = 0.0
    for rank, (_, label) in enumerate(ranked, start=1):
        if label:
            hits += 1
            total += hits / rank
    return total / positives


def evaluate_pairs(path: Path, threshold: float | None = None) -> dict[str, Any]:
    """Precision, recall, F1, AP, pairs/s and share correct per category at `threshold`.

    pairs/s times the scoring of every pair from the raw dicts, names analysed cold (nothing
    of these pairs is memoised beforehand); the matcher's tables are loaded and its code run
    once on built-in examples first (`ready_engine`), reported as `setup_seconds`.
    """
    cut = load_config().threshold if threshold is None else threshold
    pairs = read_pairs(Path(path))
    loading = time.perf_counter()
    ready_engine()  # reading the data files is setup, reported apart from the scoring rate
    setup_seconds = time.perf_counter() - loading
    started = time.perf_counter()
    try:
        scores = [r.score for r in score_pairs([(p["a"], p["b"]) for p in pairs])]
    except InputError:
        for pair in pairs:  # find the line to name
            try:
                score_entities(pair["a"], pair["b"])
            except InputError as exc:
                raise InputError(
                    exc.message, path=str(path), line=pair["_line"], field=exc.field
                ) from exc
        raise
    elapsed = max(time.perf_counter() - started, 1e-9)
    tp = fp = fn = 0
    by_category: dict[str, list[int]] = {}
    for pair, score in zip(pairs, scores, strict=True):
        predicted, label = score >= cut, pair["label"] == 1
        tp += predicted and label
        fp += predicted and not label
        fn += label and not predicted
        counts = by_category.setdefault(str(pair.get("category", "uncategorised")), [0, 0])
        counts[0] += predicted == label
        counts[1] += 1
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "average_precision": average_precision(
            [(s, p["label"]) for s, p in zip(scores, pairs, strict=True)]
        ),
        "pairs_per_second": len(pairs) / elapsed,
        "setup_seconds": setup_seconds,
        "by_category": {k: v[0] / v[1] for k, v in sorted(by_category.items())},
        "threshold": cut,
        "pairs": len(pairs),
    }
