"""score_pairs: many pairs at once, each distinct name analysed once, word similarities in bulk.

Pair-by-pair scoring spends most of its time comparing words one pair at a time in Python. Here
every distinct (word, word) pair that any two names of the batch could compare is collected
first and scored in one `rapidfuzz.process.cpdist` call; the per-pair rules then read those
numbers (the same ones `token_similarity` computes), so each score equals `score_entities`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import OSA

from sanctionwatch.matching.config import MatchConfig, load_config
from sanctionwatch.matching.entity import EntityRecord, entity_from_dict
from sanctionwatch.matching.score import MAX_NAMES, MatchScore, score_records
from sanctionwatch.matching.word_table import active_word_table, consonants_of
from sanctionwatch.names.forms import analyse_name, kind_of


class PairTable:
    """(word, word) -> similarity for the word pairs of one batch (the WordTable interface)."""

    def __init__(self, pairs: set[tuple[str, str]], cfg: MatchConfig) -> None:
        ordered = sorted(pairs)
        left = [a for a, _ in ordered]
        right = [b for _, b in ordered]
        sims = (
            process.cpdist(left, right, scorer=OSA.normalized_similarity, dtype=np.float32)
            if ordered
            else np.zeros(0)
        )
        weight = cfg.name["consonant_weight"]
        self.table: dict[tuple[str, str], float] = {}
        for (a, b), sim in zip(ordered, sims.tolist(), strict=True):
            if a.isdigit() or b.isdigit():
                sim = 0.0
            elif len(consonants_of(a)) >= 3 and consonants_of(a) == consonants_of(b):
                sim = max(sim, weight)
            self.table[(a, b)] = sim

    def lookup(self, a: str, b: str) -> float | None:
        return self.table.get((a, b))


def _word_pairs(records: list[tuple[EntityRecord, EntityRecord]]) -> set[tuple[str, str]]:
    found: set[tuple[str, str]] = set()
    for a, b in records:
        forms_b = [analyse_name(n, kind_of(b.schema)).tokens for n in b.names[:MAX_NAMES]]
        for name in a.names[:MAX_NAMES]:
            tokens_a = analyse_name(name, kind_of(a.schema)).tokens
            for tokens_b in forms_b:
                found.update((x, y) for x in tokens_a for y in tokens_b if x != y)
    return found


def score_pairs(pairs: Sequence[tuple[dict[str, Any], dict[str, Any]]]) -> list[MatchScore]:
    """`score_entities` for every pair, computed as one batch."""
    cfg = load_config()
    records = [
        (entity_from_dict(a, cfg.identifier_types), entity_from_dict(b, cfg.identifier_types))
        for a, b in pairs
    ]
    table = PairTable(_word_pairs(records), cfg)
    with active_word_table(table):
        return [score_records(a, b, cfg) for a, b in records]
