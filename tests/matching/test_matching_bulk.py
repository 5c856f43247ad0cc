"""Bulk screening scores: the same results as pair-by-pair scoring, and the noise it survives."""

from __future__ import annotations

from pathlib import Path

import pytest
from matching_fixture import bulk_and_pair_hits

from sanctionwatch.matching import score_entities
from sanctionwatch.matching.bulk import ListedIndex, score_distinct_names
from sanctionwatch.matching.config import load_config
from sanctionwatch.matching.entity import entity_from_dict
from sanctionwatch.matching.evaluate import read_pairs

THRESHOLD = load_config().threshold


def entity(schema: str, name: str) -> dict[str, object]:
    return {"schema": schema, "name": [name]}


@pytest.mark.parametrize(
    ("schema", "left", "right"),
    [
        # UN list names (UN_consolidated_2026-02-27.xml) with generated slips
        ("Person", "JOSEPH KONY", "KOYN JOSEPH"),  # swapped letters, reversed order
        ("Person", "KIM YONG CHOL", "CHOL YONG KIM"),  # Korean syllables reversed
        ("Person", "PAEK CHANG-HO", "PAKE CHANG-HO"),  # a swap that spells no syllable
        ("Company", "TAKTAR INVESTMENT COMPANY", "TAKTAR INVVESTMENT COMPANY"),
        (
            "Company",
            "LADOGA MENEDZHMENT, OOO",
            "OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU LADOGA MENEDZHMENT",
        ),
        ("Vessel", "KUM SONG 3", "KUM SONG 3"),
    ],
)
def test_noisy_spellings_still_match(schema: str, left: str, right: str) -> None:
    assert score_entities(entity(schema, left), entity(schema, right)).score >= THRESHOLD


@pytest.mark.parametrize(
    ("schema", "left", "right"),
    [
        ("Vessel", "KUM SONG 3", "KUM SONG 5"),  # sister ships (OFAC sdn.csv)
        ("Vessel", "BICENTENARIO II", "BICENTENARIO XII"),
        ("Vessel", "NOOR 1", "NOOR"),
        ("Company", "STATE ORGANIZATION FOR TOURISM", "STATE ORGANIZATION FOR DAMS"),
        # another real syllable (Chul is not: OFAC writes 철 Chol, Cheol and Chul, SDN 12211)
        ("Person", "KIM JONG CHOL", "KIM JONG CHAN"),
    ],
)
def test_near_names_of_other_parties_do_not_match(schema: str, left: str, right: str) -> None:
    assert score_entities(entity(schema, left), entity(schema, right)).score < THRESHOLD


def test_bulk_scoring_equals_pair_scoring_on_every_pair(shared_eval: Path) -> None:
    cfg = load_config()
    pairs = read_pairs(shared_eval / "names-dev.jsonl")
    subjects = [entity_from_dict(p["a"], cfg.identifier_types) for p in pairs]
    listed = [entity_from_dict(p["b"], cfg.identifier_types) for p in pairs]
    found, expected = bulk_and_pair_hits(subjects, listed, THRESHOLD)
    assert found == expected
    assert len(expected) >= sum(p["label"] for p in pairs)


def test_two_processes_give_the_same_hits(shared_eval: Path) -> None:
    cfg = load_config()
    pairs = read_pairs(shared_eval / "names-dev.jsonl")
    index = ListedIndex([entity_from_dict(p["b"], cfg.identifier_types) for p in pairs])
    names = [(str(p["a"]["name"][0]), str(p["a"]["schema"])) for p in pairs]
    serial = score_distinct_names(index, names, 0.5, processes=1)
    forked = score_distinct_names(index, names, 0.5, processes=2)
    assert [(sorted(h), n) for h, n in serial] == [(sorted(h), n) for h, n in forked]
    assert sum(n for _, n in serial) > 0
