"""Names as lists write them in other forms: short forms, initials, titles, Arabic script."""

from __future__ import annotations

import pytest

from sanctionwatch.matching import score_entities
from sanctionwatch.matching.bulk import ListedIndex, score_subjects
from sanctionwatch.matching.config import load_config
from sanctionwatch.matching.entity import entity_from_dict
from sanctionwatch.matching.score import score_records
from sanctionwatch.names.forms import analyse_name, without_titles
from sanctionwatch.names.given_names import initial_of, same_given_name

THRESHOLD = load_config().threshold


def person(name: str) -> dict[str, object]:
    return {"schema": "Person", "name": [name]}


@pytest.mark.parametrize(
    ("listed", "other"),
    [
        # OFAC SDN (sdn_csv 2021-07) 11238 and 12301 give these short forms as aliases
        ("AMEZCUA CONTRERAS, Patricia", "AMEZCUA CONTRERAS, Patty"),
        ("CIFUENTES VILLA, Alexander", "CIFUENTES VILLA, Alex"),
        ("William Smith", "Bill Smith"),
        ("Margaret Thatcher", "Maggie Thatcher"),
        ("John Fitzgerald Kennedy", "John F. Kennedy"),
        ("John Smith", "J. Smith"),
    ],
)
def test_short_forms_and_initials_meet(listed: str, other: str) -> None:
    result = score_entities(person(listed), person(other))
    assert result.score >= THRESHOLD, result.explanation


@pytest.mark.parametrize(
    ("listed", "other"),
    [
        ("Robert Johnson", "Richard Johnson"),  # Bob and Dick: short forms of other names
        ("John Smith", "Jane Smith"),
        ("J. Smith", "P. Smith"),  # two initials apart name two people
        ("John F. Kennedy", "John G. Kennedy"),
    ],
)
def test_other_given_names_and_initials_stay_apart(listed: str, other: str) -> None:
    assert score_entities(person(listed), person(other)).score < THRESHOLD


def test_an_initial_is_weaker_than_the_name() -> None:
    full = score_entities(person("John Smith"), person("John Smith")).score
    short = score_entities(person("John Smith"), person("Johnny Smith")).score
    initial = score_entities(person("John Smith"), person("J. Smith")).score
    assert full > short > initial >= THRESHOLD


def test_table_reads_groups_not_chains() -> None:
    assert same_given_name("bill", "will") and same_given_name("william", "bill")
    assert not same_given_name("patricia", "patrick")  # share "pat", not a group
    assert initial_of("j", "john") and not initial_of("j", "peter") and not initial_of("jo", "john")


def bulk_hits(listed_names: list[str], subject_names: list[str]) -> set[tuple[int, int]]:
    """(subject, listed) pairs the bulk engine finds, checked equal to pair scoring's."""
    cfg = load_config()
    listed = [entity_from_dict(person(n), ()) for n in listed_names]
    subjects = [entity_from_dict(person(n), ()) for n in subject_names]
    expected = {
        (si, li)
        for si, s in enumerate(subjects)
        for li, item in enumerate(listed)
        if score_records(s, item, cfg).score >= THRESHOLD
    }
    _, found = score_subjects(ListedIndex(listed), subjects, THRESHOLD)
    assert {(si, li) for si, li, _ in found} == expected
    return expected


def test_bulk_screening_finds_short_forms_and_initials_as_pairs_do() -> None:
    """The bulk bound (matching/pruning.py) must not pass over what only a short form meets."""
    hits = bulk_hits(["William Smith", "John Kennedy"], ["Bill Smith", "J. Kennedy"])
    assert hits == {(0, 0), (1, 1)}


@pytest.mark.parametrize(
    ("listed", "alias"),
    [
        # UN list TITLE values (Maulavi, Mullah, Dr., General) written into OFAC/UN alias names
        ("SALEH, Abdul Latif", "SALEH, Dr. Abdul Latif"),
        ("AHMED SHAH NOORZAI", "Mullah Ahmed Shah Noorzai"),
        ("Kim Yong Chol", "General Kim Yong Chol"),
        ("ABD-AL-TAWWAB HUWAYSH", "ABD-AL-TAWWAB MULLAH HUWAYSH"),  # UN: an honorific inside
    ],
)
def test_titles_are_set_aside(listed: str, alias: str) -> None:
    result = score_entities(person(listed), person(alias))
    assert result.score >= 0.95, result.explanation


def test_a_title_alone_is_kept_as_the_name() -> None:
    assert without_titles("Mullah") == "Mullah"
    assert without_titles("John Major") == "John Major"  # a title word inside a name is a name
    assert score_entities(person("John Major"), person("John")).score < THRESHOLD
    assert analyse_name("Maulavi Adam Khan").tokens == analyse_name("Adam Khan").tokens


def test_bulk_screening_reads_arabic_script_subjects_as_pairs_do() -> None:
    """An Arabic-script name gets Latin keys and words (names/arabic.py), so the bulk engine
    finds the romanised listed name, as pair scoring does (UN IQi.004, IQi.023)."""
    listed = ["ABID HAMID MAHMUD AL-TIKRITI", "MIZBAN KHADR HADI", "IZZAT IBRAHIM AL-DURI"]
    subjects = ["عابد حامد محمود التكريتي", "مزبان خضر هادي"]
    assert bulk_hits(listed, subjects) == {(0, 0), (1, 1)}
