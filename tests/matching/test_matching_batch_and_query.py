"""The batch and query paths give exactly the scores of pair-by-pair scoring."""

from __future__ import annotations

from pathlib import Path

from sanctionwatch.matching import NameIndex, score_entities
from sanctionwatch.matching.batch import score_pairs
from sanctionwatch.matching.config import load_config
from sanctionwatch.matching.entity import entity_from_dict
from sanctionwatch.matching.evaluate import read_pairs
from sanctionwatch.matching.score import score_records
from sanctionwatch.matching.subjects import Listed


def test_score_pairs_equals_score_entities(shared_eval: Path) -> None:
    pairs = read_pairs(shared_eval / "names-dev.jsonl")
    crossed = [(p["a"], q["b"]) for p, q in zip(pairs, pairs[1:] + pairs[:1], strict=True)]
    batch = [(p["a"], p["b"]) for p in pairs] + crossed
    expected = [score_entities(a, b) for a, b in batch]
    assert score_pairs(batch) == expected
    assert score_pairs([]) == []


def test_query_scores_equal_pair_scores(shared_eval: Path) -> None:
    cfg = load_config()
    pairs = read_pairs(shared_eval / "names-dev.jsonl")
    listed = [
        Listed(1, f"e{i}", "dev", entity_from_dict(p["b"], cfg.identifier_types))
        for i, p in enumerate(pairs)
    ]
    index = NameIndex(listed)
    checked = 0
    for pair in pairs[::5]:
        record = entity_from_dict(pair["a"], cfg.identifier_types)
        found = index.query(record, limit=1000)
        for candidate in found:
            item = listed[int(candidate.entity_id[1:])]
            assert candidate.score == score_records(record, item.entity, cfg).score
            checked += 1
        scores = [c.score for c in found]
        assert scores == sorted(scores, reverse=True)
    assert checked > 10
