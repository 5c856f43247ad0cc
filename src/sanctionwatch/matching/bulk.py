"""Bulk scoring: every distinct subject name scored once against its candidates, on all cores.

Registries repeat names heavily, so names are scored per distinct (name, kind group) and the
result is shared by every subject carrying it; attributes are then weighed per subject, and only
where the name alone could reach the threshold (lifts need `support_floor`).
"""

from __future__ import annotations

import multiprocessing
import os
from collections import defaultdict
from collections.abc import Sequence

from sanctionwatch.matching.config import MatchConfig, load_config
from sanctionwatch.matching.entity import EntityRecord
from sanctionwatch.matching.keys import SPECIFIC_PREFIXES, name_keys
from sanctionwatch.matching.name_score import NameMatch, compare_names
from sanctionwatch.matching.score import MAX_NAMES, MatchScore, score_from_name
from sanctionwatch.names.forms import analyse_name, kind_of

MAX_KEY_FREQUENCY = 25  # a non-specific key shared by more listed entities than this is dropped
PARALLEL_FROM = 20_000  # distinct names from which a second process pays for itself
NameHits = dict[int, tuple[NameMatch, str]]  # listed index -> best name match, listed name
Scored = tuple[NameHits, int]  # hits at or above the floor, candidates looked at


def groups_of(schema: str) -> tuple[str, ...]:
    """Persons are screened against persons, organisations against organisations."""
    if schema == "LegalEntity":
        return ("P", "C")
    return ("P",) if kind_of(schema) == "person" else ("C",)


def keys_of_name(name: str, schema: str) -> set[str]:
    found = name_keys(analyse_name(name, kind_of(schema)))
    return {f"{group}|{key}" for group in groups_of(schema) for key in found}


class ListedIndex:
    """Key postings over listed entities; the one candidate generator of screens and queries."""

    def __init__(self, listed: Sequence[EntityRecord]) -> None:
        self.listed = list(listed)
        postings: dict[str, list[int]] = defaultdict(list)
        for index, record in enumerate(self.listed):
            keys: set[str] = set()
            for name in record.names[:MAX_NAMES]:
                keys |= keys_of_name(name, record.schema)
            for key in keys:
                postings[key].append(index)
        self.postings = {
            k: tuple(v)
            for k, v in postings.items()
            if len(v) <= MAX_KEY_FREQUENCY or k[2:].startswith(SPECIFIC_PREFIXES)
        }

    def candidates_of_name(self, name: str, schema: str) -> set[int]:
        found: set[int] = set()
        for key in keys_of_name(name, schema):
            found.update(self.postings.get(key, ()))
        return found

    def candidates(self, record: EntityRecord) -> set[int]:
        found: set[int] = set()
        for name in record.names[:MAX_NAMES]:
            found |= self.candidates_of_name(name, record.schema)
        return found

    def score_name(self, name: str, schema: str, cfg: MatchConfig, floor: float) -> Scored:
        """Best name match per candidate entity, kept when at least `floor`."""
        kind = kind_of(schema)
        form = analyse_name(name, kind)
        hits: NameHits = {}
        candidates = self.candidates_of_name(name, schema)
        for index in candidates:
            record = self.listed[index]
            other_kind = kind_of(record.schema)
            best = NameMatch(0.0, "no names", {})
            best_name = ""
            for listed_name in record.names[:MAX_NAMES]:
                match = compare_names(form, analyse_name(listed_name, other_kind), cfg)
                if match.score > best.score:
                    best, best_name = match, listed_name
            if best.score >= floor:
                hits[index] = (best, best_name)
        return hits, len(candidates)


_WORKER_INDEX: ListedIndex | None = None


def _score_chunk(chunk: list[tuple[str, str]], floor: float) -> list[Scored]:
    assert _WORKER_INDEX is not None
    cfg = load_config()
    return [_WORKER_INDEX.score_name(name, schema, cfg, floor) for name, schema in chunk]


def score_distinct_names(
    index: ListedIndex, names: list[tuple[str, str]], floor: float, processes: int | None = None
) -> list[Scored]:
    """Name hits for each distinct (name, schema), forked over the cores for large batches."""
    global _WORKER_INDEX
    workers = processes or min(os.cpu_count() or 1, 4)
    if workers < 2 or (processes is None and len(names) < PARALLEL_FROM):
        cfg = load_config()
        return [index.score_name(name, schema, cfg, floor) for name, schema in names]
    _WORKER_INDEX = index
    size = max(1, len(names) // (workers * 8))
    chunks = [names[i : i + size] for i in range(0, len(names), size)]
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            parts = pool.starmap(_score_chunk, [(chunk, floor) for chunk in chunks])
    finally:
        _WORKER_INDEX = None
    return [hits for part in parts for hits in part]


def score_subjects(
    index: ListedIndex, subjects: Sequence[EntityRecord], threshold: float
) -> tuple[int, list[tuple[int, int, MatchScore]]]:
    """(candidate pairs, [(subject index, listed index, score >= threshold)])."""
    cfg = load_config()
    floor = min(threshold, cfg.support_floor)
    distinct: dict[tuple[str, str], int] = {}
    for record in subjects:
        for name in record.names[:MAX_NAMES]:
            distinct.setdefault((name, record.schema), len(distinct))
    hits = score_distinct_names(index, list(distinct), floor)
    candidates = 0
    found: list[tuple[int, int, MatchScore]] = []
    for si, record in enumerate(subjects):
        best: dict[int, tuple[NameMatch, str, str]] = {}
        for name in record.names[:MAX_NAMES]:
            name_hits, looked_at = hits[distinct[(name, record.schema)]]
            candidates += looked_at
            for li, (match, listed_name) in name_hits.items():
                if li not in best or match.score > best[li][0].score:
                    best[li] = (match, name, listed_name)
        for li, (match, name, listed_name) in best.items():
            result = score_from_name(record, index.listed[li], match, name, listed_name, cfg)
            if result.score >= threshold:
                found.append((si, li, result))
    return candidates, found
