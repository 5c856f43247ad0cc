"""Typo robustness of keys and scores, and the vectorised word table matching pair scoring."""

from __future__ import annotations

from pathlib import Path

import pytest

from sanctionwatch.matching import score_entities
from sanctionwatch.matching.bulk import ListedIndex
from sanctionwatch.matching.config import load_config
from sanctionwatch.matching.entity import EntityRecord, entity_from_dict
from sanctionwatch.matching.evaluate import read_pairs
from sanctionwatch.matching.name_score import compare_names
from sanctionwatch.matching.pruning import cannot_reach
from sanctionwatch.matching.word_table import build_word_table
from sanctionwatch.names.forms import analyse_name, one_swap_apart

THRESHOLD = load_config().threshold


def person(name: str, birth: str | None = None) -> dict[str, object]:
    props: dict[str, list[str]] = {"name": [name]}
    if birth:
        props["birthDate"] = [birth]
    return {"schema": "Person", "properties": props}


def test_one_swap_apart_only_for_a_swap_of_neighbours() -> None:
    assert one_swap_apart("kahlil", "khalil")
    assert one_swap_apart("fna", "fan")
    assert not one_swap_apart("chol", "chul")  # a change, not a swap
    assert not one_swap_apart("abcd", "badc")  # two swaps
    assert not one_swap_apart("fan", "fan")


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # names from the UN and OFAC lists with one swap of neighbouring letters
        ("MANSUR, Kahlil", "MANSUR, Khalil"),  # the swap breaks the digraph kh
        ("FNA, Yang", "FAN, Yang"),  # a swap in a three-letter word
        ("Il Su KMI", "KIM, Su Il"),
    ],
)
def test_a_swap_of_neighbouring_letters_still_matches(left: str, right: str) -> None:
    assert score_entities(person(left), person(right)).score >= THRESHOLD


def test_full_dates_a_few_days_apart_do_not_pull_down() -> None:
    same = score_entities(person("ABBAS, Muhammad"), person("ABBAS, Muhammad"))
    slipped = score_entities(
        person("ABBAS, Muhammad", "1961-03-02"), person("ABBAS, Muhammad", "1961-03-04")
    )
    years = score_entities(
        person("ABBAS, Muhammad", "1961-03-02"), person("ABBAS, Muhammad", "1966-03-02")
    )
    assert slipped.score == same.score
    assert "day(s) apart" in slipped.explanation["attributes"][0]["reason"]
    assert years.score < same.score


def test_common_names_with_a_typo_stay_candidates() -> None:
    """Forty entities called HASAN make its word keys too common; whole-name keys remain."""
    listed = [EntityRecord("Person", ["HASAN"]) for _ in range(40)]
    listed += [EntityRecord("Person", ["ABU ABDULLAH"]) for _ in range(40)]
    listed.append(EntityRecord("Person", ["MUSA"]))
    index = ListedIndex(listed)
    assert index.candidates(EntityRecord("Person", ["HAASN"])) >= set(range(40))
    assert index.candidates(EntityRecord("Person", ["HASA N"])) >= set(range(40))
    assert index.candidates(EntityRecord("Person", ["ABU ABDULLHA"])) >= set(range(40, 80))
    assert index.candidates(EntityRecord("Person", ["Msua"])) == {80}


def test_word_table_and_pruning_agree_with_pair_scoring(shared_eval: Path) -> None:
    """Every cross pair of names-dev: the table gives the pair score, pruning never hides a hit."""
    cfg = load_config()
    pairs = read_pairs(shared_eval / "names-dev.jsonl")
    entities = [entity_from_dict(p[k], cfg.identifier_types) for p in pairs for k in ("a", "b")]
    forms = [analyse_name(e.names[0], "person") for e in entities if e.schema == "Person"]
    floor = min(THRESHOLD, cfg.support_floor)
    pruned = 0
    for query in forms[:60]:
        words = (t for f in forms for t in f.tokens)
        table = build_word_table(
            query.tokens, words, cfg.name["token_floor"], cfg.name["consonant_weight"]
        )
        for other in forms:
            score = compare_names(query, other, cfg).score
            if cannot_reach(query, other, table, cfg, floor):
                pruned += 1
                assert score < floor, (query.text, other.text)
    assert pruned > 0
