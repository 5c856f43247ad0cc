"""Bulk scoring: every distinct subject name scored once against its candidates, on all cores.

Registries repeat names heavily, so names are scored per distinct (name, kind group) and the
result is shared by every subject carrying it; attributes are then weighed per subject, and only
where the name alone could reach the threshold (lifts need `support_floor`).
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections.abc import Callable, Sequence
from typing import Any

from sanctionwatch.matching.attributes import apply_evidence, attribute_evidence
from sanctionwatch.matching.config import MatchConfig, load_config
from sanctionwatch.matching.entity import EntityRecord
from sanctionwatch.matching.index import ListedIndex as KeyIndex
from sanctionwatch.matching.name_score import NameMatch, compare_names
from sanctionwatch.matching.pruning import query_bound
from sanctionwatch.matching.score import MAX_NAMES, MatchScore, best_name_match, score_from_name
from sanctionwatch.matching.word_table import WordKeys, active_word_table, build_word_table
from sanctionwatch.names.forms import NameForm, analyse_name, kind_of

PARALLEL_FROM = 20_000  # distinct names from which a second process pays for itself
NameHits = dict[int, tuple[NameMatch, str]]  # listed index -> best name match, listed name
Scored = tuple[NameHits, int]  # hits at or above the floor, candidates looked at


class ListedIndex(KeyIndex):
    """The key index, able to score one name against its candidates."""

    def __init__(self, listed: Sequence[EntityRecord]) -> None:
        super().__init__(listed)
        # the keys of every listed word (word_table.WordKeys), made with the index: made at the
        # first query instead, they held that query up (7 s on a 1,000,000-name index), and
        # workers forked later share them
        self.word_keys = WordKeys(
            t
            for forms in self.forms.values()
            for _, form in forms
            for t in (*form.tokens, *form.yo_readings)
        )

    def forms_of(self, index: int) -> list[tuple[str, NameForm]]:
        """An entity's names with their analyses (made once, when the index was built)."""
        return self.forms[index]

    def words_of(self, index: int) -> tuple[frozenset[str], frozenset[str]]:
        """An entity's words, as skeletons and as written: kept, since a query gathers the
        words of every candidate to build its word tables. The skeletons include words with ё
        written yo read as e (NameForm.yo_readings), which word comparison also reads, so that
        the table, and pruning, see every word they meet."""
        found = self.words.get(index)
        if found is None:
            forms = [form for _, form in self.forms_of(index)]
            found = (
                frozenset(t for form in forms for t in (*form.tokens, *form.yo_readings)),
                frozenset(p for form in forms for p in form.plain),
            )
            self.words[index] = found
        return found

    def score_name(
        self, name: str, schema: str, cfg: MatchConfig, floor: float, limit: int | None = None
    ) -> Scored:
        """Best name match per candidate entity, kept when at least `floor`.

        The query's word similarities against every candidate word come from one vectorised
        call (word_table.py); a candidate name that surely scores below `floor` is passed over
        (`pruning.QueryBound`).
        """
        form = analyse_name(name, kind_of(schema))
        candidates = self.candidates_of_name(name, schema, limit)
        forms = {index: self.forms_of(index) for index in candidates}
        words: set[str] = set()
        plains: set[str] = set()
        for index in candidates:
            tokens, written = self.words_of(index)
            words |= tokens
            plains |= written
        floor_word = cfg.name["token_floor"]
        query_words = set(form.tokens) | form.yo_readings  # see words_of
        table = build_word_table(
            query_words,
            words,
            floor_word,
            cfg.name["consonant_weight"],
            cfg.name["arabic_letters"],
            self.word_keys,
        )
        plain = build_word_table(form.plain, plains, floor_word, 0.0)
        hits: NameHits = {}
        bound = query_bound(form, table, cfg, floor, plain, bool(form.yo_readings))
        with active_word_table(table, plain):
            for index, pairs in forms.items():
                best = NameMatch(0.0, "no names", {})
                best_name = ""
                for listed_name, listed_form in pairs:
                    if bound.cannot_reach(listed_form):
                        continue
                    match = compare_names(form, listed_form, cfg)
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


class NameScorer:
    """Scores distinct names against one index, serially or in worker processes.

    The workers are forked once, right after the index is built and before any subject is
    read, so they share the index's pages and never copy the subjects; the objects alive at
    the fork are frozen out of the cyclic collector (gc.freeze), whose passes would otherwise
    write to every shared object and copy it into each worker.
    """

    def __init__(self, index: ListedIndex, parallel: bool, processes: int | None = None) -> None:
        self.index = index
        self.workers = processes or min(os.cpu_count() or 1, 4)
        self.parallel = parallel and self.workers >= 2
        self.pool: Any = None

    def __enter__(self) -> NameScorer:
        global _WORKER_INDEX
        if self.parallel:
            _WORKER_INDEX = self.index
            gc.collect()
            gc.freeze()
            self.pool = multiprocessing.get_context("fork").Pool(self.workers)
        return self

    def __exit__(self, *exc: object) -> None:
        global _WORKER_INDEX
        if self.pool is not None:
            self.pool.close()
            self.pool.join()
            self.pool = None
            gc.unfreeze()
        _WORKER_INDEX = None

    def score(self, names: list[tuple[str, str]], floor: float) -> list[Scored]:
        """Name hits for each distinct (name, schema), in order."""
        return self.submit(names, floor)()

    def submit(self, names: list[tuple[str, str]], floor: float) -> Callable[[], list[Scored]]:
        """Start scoring in the workers; call the result to wait for the hits. The caller can
        read the next subjects meanwhile (serially, the work happens at the call)."""
        if self.pool is None:
            cfg = load_config()
            return lambda: [self.index.score_name(n, schema, cfg, floor) for n, schema in names]
        size = max(1, len(names) // (self.workers * 8))
        chunks = [names[i : i + size] for i in range(0, len(names), size)]
        pending = self.pool.starmap_async(_score_chunk, [(chunk, floor) for chunk in chunks])
        return lambda: [hits for part in pending.get() for hits in part]


def score_distinct_names(
    index: ListedIndex, names: list[tuple[str, str]], floor: float, processes: int | None = None
) -> list[Scored]:
    """Name hits for each distinct (name, schema), forked over the cores for large batches."""
    parallel = processes is not None or len(names) >= PARALLEL_FROM
    with NameScorer(index, parallel, processes) as scorer:
        return scorer.score(names, floor)


def distinct_names(subjects: Sequence[EntityRecord]) -> dict[tuple[str, str], int]:
    """Each distinct (name, schema) of the subjects, numbered in order of first appearance."""
    distinct: dict[tuple[str, str], int] = {}
    for record in subjects:
        for name in record.names[:MAX_NAMES]:
            distinct.setdefault((name, record.schema), len(distinct))
    return distinct


def weigh_subjects(
    index: ListedIndex,
    subjects: Sequence[EntityRecord],
    distinct: dict[tuple[str, str], int],
    hits: list[Scored],
    threshold: float,
) -> tuple[int, list[tuple[int, int, MatchScore]]]:
    """Each subject's best name hits per entity, weighed with its attributes."""
    cfg = load_config()
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
        add_identified(best, record, index, cfg)
        for li, (match, name, listed_name) in best.items():
            other = index.listed[li]
            if apply_evidence(match.score, attribute_evidence(record, other, cfg), cfg)[0] < (
                threshold
            ):
                continue  # the explanation is built only for what is kept
            result = score_from_name(record, other, match, name, listed_name, cfg)
            if result.score >= threshold:
                found.append((si, li, result))
    return candidates, found


def add_identified(
    best: dict[int, tuple[NameMatch, str, str]],
    record: EntityRecord,
    index: KeyIndex,
    cfg: MatchConfig,
) -> None:
    """Entities sharing a lifelong identifier with `record` join its hits whatever their names
    scored (a renamed ship: HORSE / HAWK, one IMO number), with their best name match."""
    if not record.identifiers or not index.identified:
        return
    if cfg.lifelong_identifier_types.isdisjoint(record.identifiers):
        return  # a passport number is not one (renewed under another)
    for li in index.sharing_identifier(record) - best.keys():
        match, name, listed_name = best_name_match(record, index.listed[li], cfg)
        best[li] = (match, name, listed_name)


def name_floor(threshold: float) -> float:
    """The lowest name score that attributes could still lift to `threshold`."""
    return min(threshold, load_config().support_floor)


def score_subjects(
    index: ListedIndex,
    subjects: Sequence[EntityRecord],
    threshold: float,
    scorer: NameScorer | None = None,
) -> tuple[int, list[tuple[int, int, MatchScore]]]:
    """(candidate pairs, [(subject index, listed index, score >= threshold)]); with `scorer`,
    its (already forked) workers score the names."""
    floor = name_floor(threshold)
    distinct = distinct_names(subjects)
    names = list(distinct)
    hits = (
        score_distinct_names(index, names, floor) if scorer is None else scorer.score(names, floor)
    )
    return weigh_subjects(index, subjects, distinct, hits, threshold)
