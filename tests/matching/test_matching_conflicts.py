"""Conflicting full birth dates and patronymics: evidence that two names are two people."""

from __future__ import annotations

import pytest

from sanctionwatch.matching import score_entities
from sanctionwatch.matching.config import load_config

THRESHOLD = load_config().threshold


def person(names: list[str], **props: list[str]) -> dict[str, object]:
    return {"schema": "Person", "properties": {"name": names, **props}}


# Found on a generated 1M-permit world (docs/benchmarks.md): a random DPRK worker whose
# syllables are the designated HYON KWANG IL's (UN KPi.015, born 1961-05-27) in another order.
WORKER = person(["ХЁН ИЛ КВАНГ", "HYON IL KWANG"], birthDate=["1963-08-25"], nationality=["kp"])
LISTED = person(["HYON KWANG IL"], birthDate=["1961-05-27"], nationality=["kp"])


def test_korean_namesake_with_another_full_birth_date_stays_under_threshold() -> None:
    result = score_entities(WORKER, LISTED)
    assert result.score < THRESHOLD
    reasons = [step["reason"] for step in result.explanation["attributes"]]
    assert any("full birth dates disagree" in r for r in reasons)


@pytest.mark.parametrize(
    "birth",
    [
        "1961-05-27",  # the same date
        "1961-05-30",  # days off: a slip
        "1961-06-20",  # under a month off
    ],
)
def test_reordered_listed_name_with_same_or_near_date_is_found(birth: str) -> None:
    found = person(["HYON IL KWANG"], birthDate=[birth], nationality=["kp"])
    assert score_entities(found, LISTED).score >= THRESHOLD


def test_day_and_month_transposed_is_not_a_conflict() -> None:
    listed = person(["Kim Jong Un"], birthDate=["1984-01-08"])
    written = person(["Kim Jong Un"], birthDate=["1984-08-01"])
    assert score_entities(written, listed).score >= THRESHOLD


def test_exact_name_with_a_full_date_years_apart_is_under_threshold() -> None:
    listed = person(["Kim Jong Un"], birthDate=["1984-01-08"])
    other = person(["Kim Jong Un"], birthDate=["1986-03-15"])
    assert score_entities(other, listed).score < THRESHOLD


def test_the_conflict_weight_is_read_from_config() -> None:
    assert 0 < load_config().attributes["birth_date_full_conflict"] <= 1


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Иванов Иван Иванович", "Иванов Иван Петрович"),
        ("Ivanov Ivan Ivanovich", "Ivanov Ivan Petrovich"),
        ("Иванов Иван Иванович", "IVANOV IVAN PETROVICH"),
        ("Smirnova Olga Sergeyevna", "Smirnova Olga Nikolaevna"),
    ],
)
def test_two_different_patronymics_count_against(left: str, right: str) -> None:
    result = score_entities(person([left]), person([right]))
    assert result.score < THRESHOLD
    assert "patronymics differ" in result.explanation["name"]["method"]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Иванов Иван", "Ivanov Ivan Petrovich"),  # missing on one side
        ("Иванов Иван Петрович", "Ivanov Ivan Petrovich"),  # the same across scripts
        ("Ivanov Ivan Petrovich", "Ivanov Ivan Petorvich"),  # a typo in the patronymic
    ],
)
def test_missing_or_same_patronymic_does_not_count_against(left: str, right: str) -> None:
    assert score_entities(person([left]), person([right])).score >= THRESHOLD


def test_a_same_birth_date_can_outweigh_differing_patronymics() -> None:
    left = person(["Ivanov Ivan Ivanovich"], birthDate=["1970-02-03"])
    right = person(["Ivanov Ivan Petrovich"], birthDate=["1970-02-03"])
    assert score_entities(left, right).score >= THRESHOLD


LISTED_KIM = person(["Kim Jong Un"], birthDate=["1961-03-02"], nationality=["kp"])


@pytest.mark.parametrize(
    # reference/countries.tsv and country_aliases.tsv: OFAC "Korea, North", registries КНДР, alpha-3
    "spelling",
    ["PRK", "North Korea", "Korea, North", "КНДР", "DPRK", "북한"],
)
def test_spellings_of_one_country_agree(spelling: str) -> None:
    other = person(["김정은"], birthDate=["1961-03-02"], nationality=[spelling])
    steps = score_entities(LISTED_KIM, other).explanation["attributes"]
    assert {"attribute": "nationality", "reason": "both kp", "change": 0.0} in steps


@pytest.mark.parametrize("spelling", ["kr", "KOR", "Republic of Korea", "Korea, South", "대한민국"])
def test_south_korean_nationality_in_any_spelling_is_the_hard_conflict(spelling: str) -> None:
    other = person(["김정은"], birthDate=["1994-06-30"], nationality=[spelling])
    result = score_entities(LISTED_KIM, other)
    assert result.score < THRESHOLD
    assert any(s["reason"] == "kp vs kr" for s in result.explanation["attributes"])


def test_an_unknown_or_ambiguous_country_is_not_a_conflict() -> None:
    """A bare "Korea" may be either state (country_aliases.tsv leaves it out on purpose)."""
    other = person(["김정은"], birthDate=["1961-03-02"], nationality=["Korea"])
    steps = score_entities(LISTED_KIM, other).explanation["attributes"]
    nationality = next(s for s in steps if s["attribute"] == "nationality")
    assert nationality["change"] == 0.0 and "korea" in nationality["reason"]
