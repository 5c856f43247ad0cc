"""Birth dates and nationalities as registries and lists write them; values that cannot be read."""

from __future__ import annotations

from datetime import date

import pytest

from sanctionwatch.errors import InputError
from sanctionwatch.matching import score_entities
from sanctionwatch.matching.entity import parse_birth_date
from sanctionwatch.matching.query import query_record


@pytest.mark.parametrize(
    ("written", "start", "end"),
    [
        ("1961-03-02", date(1961, 3, 2), date(1961, 3, 2)),
        ("1961/03/02", date(1961, 3, 2), date(1961, 3, 2)),
        ("02.03.1961", date(1961, 3, 2), date(1961, 3, 2)),  # Russian registries (DD.MM.YYYY)
        ("2 Mar 1961", date(1961, 3, 2), date(1961, 3, 2)),  # OFAC "DOB 02 Mar 1961"
        ("Mar 1961", date(1961, 3, 1), date(1961, 3, 31)),
        ("1961", date(1961, 1, 1), date(1961, 12, 31)),
    ],
)
def test_birth_dates_in_the_forms_records_use(written: str, start: date, end: date) -> None:
    parsed = parse_birth_date(written)
    assert parsed is not None and (parsed.start, parsed.end) == (start, end)


@pytest.mark.parametrize("written", ["31.02.1961", "13.13.1961", "circa 1961", "03.1961", ""])
def test_what_is_not_a_date_is_none(written: str) -> None:
    assert parse_birth_date(written) is None


def test_a_birth_date_that_cannot_be_read_is_shown_in_the_explanation() -> None:
    left = {"name": ["Kim Jong Un"], "birthDate": ["circa 1961", "1961-03-02"]}
    right = {"name": ["Kim Jong Un"], "birthDate": ["02.03.1961"]}
    result = score_entities(left, right)
    assert result.explanation["not_read"] == {"left": {"birthDate": ["circa 1961"]}}
    assert any(s["reason"] == "same date of birth" for s in result.explanation["attributes"])


def test_a_query_with_a_bad_birth_date_is_refused_naming_the_field() -> None:
    with pytest.raises(InputError, match="not a date") as caught:
        query_record("Kim Jong Un", "Person", "1961-13-45x", None)
    assert caught.value.field == "birth_date"


def test_a_query_nationality_is_read_through_the_country_table() -> None:
    assert query_record("Kim Jong Un", "Person", "08.01.1984", "PRK").countries == {"kp"}


@pytest.mark.parametrize("spelling", ["M", "male", "муж.", "мужской", "남"])
def test_gender_spellings_agree(spelling: str) -> None:
    result = score_entities(
        {"name": ["Kim Jong Un"], "gender": ["male"]}, {"name": ["김정은"], "gender": [spelling]}
    )
    assert not any(s["attribute"] == "gender" for s in result.explanation["attributes"])


def test_another_gender_counts_against_and_an_unknown_one_is_shown() -> None:
    listed = {"name": ["Kim Jong Un"], "gender": ["male"]}
    other = score_entities(listed, {"name": ["김정은"], "gender": ["жен."]})
    assert any(s["reason"] == "male vs female" for s in other.explanation["attributes"])
    unknown = score_entities(listed, {"name": ["김정은"], "gender": ["x"]})
    assert unknown.explanation["not_read"] == {"right": {"gender": ["x"]}}
    assert unknown.score == score_entities(listed, {"name": ["김정은"]}).score


@pytest.mark.parametrize(
    ("kind", "left", "right"),
    [
        # OFAC sdn.csv 23729 CHON MA SAN: "Vessel Registration Identification IMO 8660313";
        # registries write the bare number
        ("imoNumber", "IMO 8660313", "8660313"),
        ("passportNumber", "No. 645410058", "645410058"),
        ("passportNumber", "№ 645410058", "645 410 058"),
    ],
)
def test_identifiers_with_labels_and_spaces_agree(kind: str, left: str, right: str) -> None:
    schema = "Vessel" if kind == "imoNumber" else "Person"
    name = "CHON MA SAN" if kind == "imoNumber" else "KIM YONG CHOL"
    result = score_entities(
        {"schema": schema, "name": [name], kind: [left]},
        {"schema": schema, "name": [name], kind: [right]},
    )
    assert any(s["reason"].startswith(f"same {kind}") for s in result.explanation["attributes"])
