"""Screening at scale: workers forked once with the heap frozen, subjects read in chunks."""

from __future__ import annotations

import gc
from pathlib import Path

from sanctionwatch.matching.bulk import ListedIndex, NameScorer, score_subjects
from sanctionwatch.matching.config import load_config
from sanctionwatch.matching.entity import entity_from_dict
from sanctionwatch.matching.evaluate import read_pairs

THRESHOLD = load_config().threshold


def test_forked_scorer_freezes_the_heap_and_gives_the_serial_results(shared_eval: Path) -> None:
    cfg = load_config()
    pairs = read_pairs(shared_eval / "names-dev.jsonl")
    index = ListedIndex([entity_from_dict(p["b"], cfg.identifier_types) for p in pairs])
    subjects = [entity_from_dict(p["a"], cfg.identifier_types) for p in pairs]
    serial = score_subjects(index, subjects, THRESHOLD)
    with NameScorer(index, parallel=True, processes=2) as scorer:
        assert scorer.pool is not None
        assert gc.get_freeze_count() > 0  # the collector will not touch the shared objects
        halves = [subjects[: len(subjects) // 2], subjects[len(subjects) // 2 :]]
        parts = [score_subjects(index, half, THRESHOLD, scorer) for half in halves]
    assert gc.get_freeze_count() == 0
    offset = len(halves[0])
    chunked = {(si, li): r.score for si, li, r in parts[0][1]} | {
        (si + offset, li): r.score for si, li, r in parts[1][1]
    }
    assert chunked == {(si, li): r.score for si, li, r in serial[1]}
    assert parts[0][0] + parts[1][0] == serial[0]
