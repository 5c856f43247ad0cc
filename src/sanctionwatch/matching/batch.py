"""score_pairs: many pairs at once, for evaluation sets and callers holding pairs, not a list.

Each distinct name is analysed once (the analysis is memoised) and each pair is then compared
directly. An earlier version gathered every word pair of the batch first and scored them in one
rapidfuzz call; measured on names-dev and the general pair set that was slower than comparing
the few words of each pair where they meet (docs/benchmarks.md), so it was removed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sanctionwatch.matching.config import load_config
from sanctionwatch.matching.entity import entity_from_dict
from sanctionwatch.matching.score import MatchScore, score_records


def score_pairs(pairs: Sequence[tuple[dict[str, Any], dict[str, Any]]]) -> list[MatchScore]:
    """`score_entities` for every pair (the same scores and explanations)."""
    cfg = load_config()
    kinds = cfg.identifier_types
    return [
        score_records(entity_from_dict(a, kinds), entity_from_dict(b, kinds), cfg) for a, b in pairs
    ]
