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


@pytest.mark.parametrize(
    "alias",
    # OFAC SDN entry 12211 (KIM, Yong Chol): a.k.a. KIM, Young-Chol; KIM, Young-Cheol;
    # KIM, Young-Chul (sdn_csv 2021-07 alt.csv 13151-13153). Young = 영, Chul = 철.
    ["Young-Chol KIM", "Young-Cheol KIM", "Young-Chul KIM", "김영철"],
)
def test_informal_south_korean_spellings_meet_the_dprk_form(alias: str) -> None:
    result = score_entities(person(["Yong Chol KIM"]), person([alias]))
    assert result.score >= THRESHOLD, result.explanation
    assert result.explanation["name"]["method"].startswith("korean syllables")


def test_informal_u_for_eo_does_not_join_other_given_syllables() -> None:
    """Chul may be 철 (Chol) but is still not 일 or 남: Kim Yong Chul is not Kim Yong Nam."""
    for other in ["Kim Yong Nam", "김영남", "Kim Yong Il"]:
        assert score_entities(person(["Kim Young Chul"]), person([other])).score < THRESHOLD


def test_a_pair_scored_zero_names_its_method_not_no_names() -> None:
    """The explanation of a 0 says which comparison gave it; 'no names' is for a side with none."""
    result = score_entities(person(["Kim Jong Un"]), person(["Ri Chol Ho"]))
    assert result.explanation["name"]["method"] != "no names"
    assert result.explanation["name"]["left"] == "Kim Jong Un"
    empty = score_entities(person(["Kim Jong Un"]), {"schema": "Person", "properties": {}})
    assert empty.explanation["name"]["method"] == "no names"


@pytest.mark.parametrize(
    "other",
    ["Kim Un Jong", "김은정", "Ким Ын Чен"],  # 김은정 (Kim Eun-jeong) is another name
)
def test_given_syllables_in_another_order_are_another_name(other: str) -> None:
    """The shared eval README's ko-near-miss: different names sharing syllables must not match."""
    assert score_entities(person(["Kim Jong Un"]), person([other])).score < THRESHOLD


def test_given_syllables_in_another_order_with_the_same_birth_date_are_found() -> None:
    born = ["1984-01-08"]
    listed = person(["Kim Jong Un"], birthDate=born, nationality=["kp"])
    assert score_entities(person(["Kim Un Jong"], birthDate=born), listed).score >= THRESHOLD


@pytest.mark.parametrize(
    "spelling",
    # OFAC SDN entry 22999 RYOM, Hui-bong (program DPRK4): the DPRK keeps the initial ㄹ of 렴
    # that the South drops (염); Kontsevich Рём, a clerk's РЙОМ
    ["렴희봉", "염희봉", "Рём Хи Бон", "РЙОМ ХУИ БОНГ", "Ryom Hui Bong"],
)
def test_surname_ryom_is_read_as_korean(spelling: str) -> None:
    result = score_entities(person(["RYOM, Hui-bong"]), person([spelling]))
    assert result.score >= THRESHOLD, result.explanation
    assert analyse_name(spelling).korean, spelling  # read as a Korean name, not as plain words


@pytest.mark.parametrize(
    ("hangul", "south_korean"),
    # the English spellings the two presidents' own offices used: hee for 희, yu before n for 현
    [("박정희", "Park Chung-hee"), ("노무현", "Roh Moo-hyun"), ("현송월", "Hyun Song-wol")],
)
def test_south_korean_hee_and_hyun(hangul: str, south_korean: str) -> None:
    assert score_entities(person([hangul]), person([south_korean])).score >= THRESHOLD


def test_clerk_cyrillic_zh_for_passport_j() -> None:
    """A clerk copying PAK JONG HYOK may write J as Ж, as French J is (Жан for Jean)."""
    result = score_entities(person(["ПАК ЖОНГ ХЁК"]), person(["Пак Чон Хёк"]))
    assert result.score >= THRESHOLD, result.explanation
    assert score_entities(person(["ПАК ЖОНГ ХЁК"]), person(["Пак Чон Иль"])).score < THRESHOLD


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # Kontsevich writes ㅖ after a consonant as е: 혜 is Хе (Song Hye Rim, 성혜림)
        ("Song Hye Rim", "Сон Хе Рим"),
        ("Сон Хе Рим", "성혜림"),
        # UK conlist 2018, group 13590: AN Jong Hyuk and AN Jong Hyok, one person (혁 as Hyuk)
        ("AN Jong Hyok", "AN Jong Hyuk"),
        # McCune-Reischauer writes ㄹ after final ㅇ as heard, n: Cho Myŏng-nok (조명록)
        ("Jo Myong Rok", "Cho Myŏng-nok"),
        ("조명록", "Cho Myŏng-nok"),
        # OFAC SDN 2024 uid 24918 PARK, Jin Hyok, copied by a clerk letter by letter
        ("ПАРК ДЖИН ХЁК", "Пак Чин Хёк"),
    ],
)
def test_korean_spellings_of_blind_round_three(one: str, other: str) -> None:
    assert score_entities(person([one]), person([other])).score >= THRESHOLD


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Paek Nam Sun", "박남순"),  # Paek is 백 (McCune-Reischauer ae = ㅐ), not 박
        ("Jo Myong Rok", "Cho Myŏng-hok"),  # the nasal rule reads n as ㄹ, not any onset
    ],
)
def test_korean_spellings_that_stay_apart(one: str, other: str) -> None:
    assert score_entities(person([one]), person([other])).score < THRESHOLD


@pytest.mark.parametrize("spelling", ["РЯНГ ТАЕ ЧОЛ", "Рян Тэ Чхоль", "량태철", "Yang Tae Chol"])
def test_surname_ryang_is_read_as_korean(spelling: str) -> None:
    """OFAC SDN 23512 RYANG, Tae Chol (DPRK2): the DPRK's 량, the South's 양; a clerk's РЯНГ."""
    assert score_entities(person(["RYANG, Tae Chol"]), person([spelling])).score >= THRESHOLD
    assert analyse_name(spelling).korean, spelling
