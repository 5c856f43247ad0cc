"""Word similarities of one query name against every word of its candidates, in one C call.

Pair scoring compares words one pair at a time; a query against twenty candidate names repeats
that a few hundred times in Python. Bulk screening and queries instead compute the whole matrix
with rapidfuzz `process.cdist` (the same OSA similarity, the same consonant and digit rules) and
let `token_similarity` read it while the table is active, so the scores are identical.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol

import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import OSA

from sanctionwatch.names.arabic import arabic_keys, diphthongs_as_y

VOWELS = frozenset("aeiou")


@lru_cache(maxsize=500_000)
def consonants_of(word: str) -> str:
    """The consonants of a word (Mohamed / Muhammad: mhmd), a diphthong ai/ei/ay/ey counted as
    the consonant y it is written for (Hussein / Husayn: hsyn, not Hassan: hsn)."""
    return "".join(ch for ch in diphthongs_as_y(word) if ch not in VOWELS)


@dataclass(frozen=True)
class WordTable:
    """Query word -> candidate word -> similarity, for similarities of at least `floor`."""

    rows: dict[str, dict[str, float]]
    columns: frozenset[str]
    reach: dict[str, int]  # candidate word -> length of the longest query word it meets

    def lookup(self, a: str, b: str) -> float | None:
        """The similarity when both words are covered (0.0 below the floor), else None."""
        row = self.rows.get(a)
        if row is not None and b in self.columns:
            return row.get(b, 0.0)
        row = self.rows.get(b)
        if row is not None and a in self.columns:
            return row.get(a, 0.0)
        return None


def build_word_table(
    query: Iterable[str],
    candidates: Iterable[str],
    floor: float,
    consonant_weight: float,
    arabic_weight: float = 0.0,
) -> WordTable:
    """One similarity matrix in C; Python then walks only the few cells at or above `floor`.

    Runs once per distinct subject name (twice: skeletons and letters as written), so the
    per-candidate-word work is kept to C-level maps.
    """
    words_a = list(set(query))  # order is immaterial: the table is read by word
    words_b = list(set(candidates))
    if not words_a or not words_b:
        return WordTable({w: {} for w in words_a}, frozenset(words_b), {})
    matrix = process.cdist(
        words_a, words_b, scorer=OSA.normalized_similarity, score_cutoff=floor, dtype=np.float32
    ).astype(np.float64)
    if consonant_weight:
        wanted = {c for c in map(consonants_of, words_a) if len(c) >= 3}
        if wanted:
            consonants_b = list(map(consonants_of, words_b))
            for i, word in enumerate(words_a):
                found = consonants_of(word)
                if found in wanted:
                    columns = [j for j, c in enumerate(consonants_b) if c == found]
                    if columns:
                        matrix[i, columns] = np.maximum(matrix[i, columns], consonant_weight)
    if arabic_weight:
        _meet_arabic_keys(matrix, words_a, words_b, arabic_weight)
    digits_b = np.fromiter(map(str.isdigit, words_b), dtype=bool, count=len(words_b))
    if digits_b.any():
        matrix[:, digits_b] = 0.0
    for i, word in enumerate(words_a):
        if word.isdigit():
            matrix[i, :] = 0.0
    rows: dict[str, dict[str, float]] = {w: {} for w in words_a}
    reach: dict[str, int] = {}
    for i, j in zip(*np.nonzero(matrix >= floor), strict=True):
        a, b = words_a[i], words_b[j]
        rows[a][b] = float(matrix[i, j])
        reach[b] = max(reach.get(b, 0), len(a))
    return WordTable(rows, frozenset(words_b), reach)


def _meet_arabic_keys(
    matrix: np.ndarray, words_a: list[str], words_b: list[str], weight: float
) -> None:
    """Raise to `weight` the cells whose words share an Arabic letter key (Qadhafi / Gaddafi),
    as token_similarity does: one pass over the candidate words."""
    keys_a = list(map(arabic_keys, words_a))
    wanted = {key for keys in keys_a for key in keys}
    if not wanted:
        return
    columns: dict[str, set[int]] = {}
    for j, keys in enumerate(map(arabic_keys, words_b)):
        for key in keys:
            if key in wanted:
                columns.setdefault(key, set()).add(j)
    for i, keys in enumerate(keys_a):
        found = sorted(set().union(*(columns.get(key, ()) for key in keys))) if keys else []
        if found:
            matrix[i, found] = np.maximum(matrix[i, found], weight)


class SimilarityTable(Protocol):
    def lookup(self, a: str, b: str) -> float | None: ...


ActiveTables = tuple[SimilarityTable | None, SimilarityTable | None]  # skeletons, plain letters
_ACTIVE: list[tuple[SimilarityTable, SimilarityTable | None]] = []


@contextmanager
def active_word_table(
    table: SimilarityTable, plain: SimilarityTable | None = None
) -> Iterator[None]:
    """Let word and token similarities read `table` (skeletons) and `plain` (letters as
    written) inside the block."""
    _ACTIVE.append((table, plain))
    try:
        yield
    finally:
        _ACTIVE.pop()


def active_tables() -> ActiveTables:
    """The word tables active now (skeletons, plain letters), or (None, None) outside any."""
    return _ACTIVE[-1] if _ACTIVE else (None, None)
