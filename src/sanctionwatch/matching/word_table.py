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
    # candidate word -> the most it can add to an alignment, similarity times both words'
    # lengths, over the query words it meets (matching.pruning)
    gain: dict[str, float]

    def lookup(self, a: str, b: str) -> float | None:
        """The similarity when both words are covered (0.0 below the floor), else None."""
        row = self.rows.get(a)
        if row is not None and b in self.columns:
            return row.get(b, 0.0)
        row = self.rows.get(b)
        if row is not None and a in self.columns:
            return row.get(a, 0.0)
        return None


class WordKeys:
    """A vocabulary's words by consonant skeleton and by Arabic letter key, built once per
    index: a query then finds the candidate words meeting its own by lookup, instead of
    working out the keys of its few hundred candidate words each time."""

    def __init__(self, words: Iterable[str]) -> None:
        self.by_consonants: dict[str, list[str]] = {}
        self.by_arabic_key: dict[str, list[str]] = {}
        for word in set(words):
            found = consonants_of(word)
            if len(found) >= 3:
                self.by_consonants.setdefault(found, []).append(word)
            for key in arabic_keys(word):
                self.by_arabic_key.setdefault(key, []).append(word)


def build_word_table(
    query: Iterable[str],
    candidates: Iterable[str],
    floor: float,
    consonant_weight: float,
    arabic_weight: float = 0.0,
    keys: WordKeys | None = None,
) -> WordTable:
    """One similarity matrix in C; Python then walks only the few cells at or above `floor`.

    Runs once per distinct subject name (twice: skeletons and letters as written), so the
    per-candidate-word work is kept to C-level maps; `keys`, the keys of a vocabulary holding
    every candidate word, saves working out each candidate word's keys.
    """
    words_a = list(set(query))  # order is immaterial: the table is read by word
    words_b = list(set(candidates))
    if not words_a or not words_b:
        return WordTable({w: {} for w in words_a}, frozenset(words_b), {}, {})
    matrix = process.cdist(
        words_a, words_b, scorer=OSA.normalized_similarity, score_cutoff=floor, dtype=np.float32
    ).astype(np.float64)
    if consonant_weight or arabic_weight:
        keys = keys if keys is not None else WordKeys(words_b)
        _meet_keys(matrix, words_a, words_b, keys, consonant_weight, arabic_weight)
    digits_b = np.fromiter(map(str.isdigit, words_b), dtype=bool, count=len(words_b))
    if digits_b.any():
        matrix[:, digits_b] = 0.0
    for i, word in enumerate(words_a):
        if word.isdigit():
            matrix[i, :] = 0.0
    rows: dict[str, dict[str, float]] = {w: {} for w in words_a}
    reach: dict[str, int] = {}
    gain: dict[str, float] = {}
    for i, j in zip(*np.nonzero(matrix >= floor), strict=True):
        a, b = words_a[i], words_b[j]
        sim = float(matrix[i, j])
        rows[a][b] = sim
        reach[b] = max(reach.get(b, 0), len(a))
        gain[b] = max(gain.get(b, 0.0), sim * (len(a) + len(b)))
    return WordTable(rows, frozenset(words_b), reach, gain)


def _meet_keys(
    matrix: np.ndarray,
    words_a: list[str],
    words_b: list[str],
    keys: WordKeys,
    consonant_weight: float,
    arabic_weight: float,
) -> None:
    """Raise to `consonant_weight` the cells whose words have the same consonants (3 or more:
    Mohamed / Muhammad), and to `arabic_weight` those sharing an Arabic letter key (Qadhafi /
    Gaddafi), as token_similarity does."""
    column_of = dict(zip(words_b, range(len(words_b)), strict=True))
    for i, word in enumerate(words_a):
        if consonant_weight:
            found = consonants_of(word)
            met = keys.by_consonants.get(found, ()) if len(found) >= 3 else ()
            columns = [column_of[w] for w in met if w in column_of]
            if columns:
                matrix[i, columns] = np.maximum(matrix[i, columns], consonant_weight)
        if arabic_weight:
            met_keys = {
                column_of[w]
                for key in arabic_keys(word)
                for w in keys.by_arabic_key.get(key, ())
                if w in column_of
            }
            if met_keys:
                columns = sorted(met_keys)
                matrix[i, columns] = np.maximum(matrix[i, columns], arabic_weight)


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
