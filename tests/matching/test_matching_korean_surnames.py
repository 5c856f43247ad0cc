"""Korean names with different surnames are different people, whatever words happen to align.

Found on a generated 3.1M-subject world: permit holder СОНГ ЧОЛ ЧУН scored 0.756 against the
UN-designated KIM YONG CHOL (KPi.024) because the clerk Cyrillic СОНГ was missing from the surname
table, so the name was read as plain words and SONG aligned to the given syllable YONG.
"""

from __future__ import annotations

import pytest

from sanctionwatch.matching import score_entities
from sanctionwatch.matching.config import load_config
from sanctionwatch.names.forms import analyse_name

THRESHOLD = load_config().threshold


def person(names: list[str], **props: list[str]) -> dict[str, object]:
    return {"schema": "Person", "properties": {"name": names, **props}}


BORN = ["1962-02-18"]
LISTED = person(["KIM YONG CHOL"], birthDate=BORN, nationality=["kp"], passportNumber=["645410058"])


@pytest.mark.parametrize(
    "names", [["СОНГ ЧОЛ ЧУН"], ["SONG CHOL CHUN"], ["СОНГ ЧОЛ ЧУН", "SONG CHOL CHUN"]]
)
def test_other_surname_with_same_birth_date_stays_under_threshold(names: list[str]) -> None:
    holder = person(names, birthDate=BORN, nationality=["kp"], passportNumber=["595918568"])
    result = score_entities(holder, LISTED)
    assert result.score < THRESHOLD
    name = result.explanation["name"]
    assert name["score"] <= load_config().name["korean_surname_differs"]
    assert name["method"] != "words aligned"


@pytest.mark.parametrize("word", ["СОНГ", "ЧОНГ", "ЧАНГ", "ХВАНГ", "ПАНГ", "ПОНГ", "ВАНГ"])
def test_clerk_cyrillic_ng_surnames_read_as_korean(word: str) -> None:
    assert analyse_name(f"{word} ЧОЛ ЧУН", "person").korean


@pytest.mark.parametrize(
    "listed_name",
    [
        "SONG CHOL CHUN",  # the passport Latin
        "CHOL CHUN SONG",  # Western order
        "Сон Чхоль Чун",  # Kontsevich
        "송철준",  # Hangul
    ],
)
def test_same_korean_name_in_another_order_or_spelling_still_matches(listed_name: str) -> None:
    holder = person(["СОНГ ЧОЛ ЧУН"], birthDate=BORN, nationality=["kp"])
    listed = person([listed_name], birthDate=BORN, nationality=["kp"])
    assert score_entities(holder, listed).score >= THRESHOLD
