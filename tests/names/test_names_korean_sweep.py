"""A sample of bench/sweep_korean_names.py: unseen Korean names in every system, and near misses.

Names: the first five North Korean individuals of the UN list (UN_consolidated_2026-02-27.xml,
KPi.001-005: YUN HO-JIN, RI JE-SON, HWANG SOK-HWA, RI HONG-SOP, HAN YU-RO), none in names-dev;
their Hangul renders back to the UN's Latin in the DPRK system (checked below). The clerk Cyrillic
is the UN Latin copied letter by letter (shared eval README, ko-clerk-cyrillic: KIM CHOL, КИМ ЧОЛ).
"""

from __future__ import annotations

from itertools import combinations
from typing import Any

import pytest

from sanctionwatch.matching.config import load_config
from sanctionwatch.matching.score import score_entities
from sanctionwatch.names.hangul import romanise_hangul

UN_NAMES = [  # (Hangul, UN list spelling, clerk Cyrillic of it)
    ("윤호진", "YUN HO-JIN", "ЮН ХО ДЖИН"),
    ("리제선", "RI JE-SON", "РИ ДЖЕ СОН"),
    ("황석화", "HWANG SOK-HWA", "ХВАНГ СОК ХВА"),
    ("리홍섭", "RI HONG-SOP", "РИ ХОНГ СОП"),
    ("한유로", "HAN YU-RO", "ХАН ЙУ РО"),
]


def _score(a: str, b: str) -> float:
    return score_entities(
        {"schema": "Person", "name": [a]}, {"schema": "Person", "name": [b]}
    ).score


def _explain(a: str, b: str) -> dict[str, Any]:
    result = score_entities({"schema": "Person", "name": [a]}, {"schema": "Person", "name": [b]})
    name: dict[str, Any] = result.explanation["name"]
    return name


def _renderings(hangul: str, un: str, clerk: str) -> list[str]:
    name = f"{hangul[0]} {hangul[1:]}"
    split = romanise_hangul(name, "dprk", split_given=True)
    surname, *given = split.split()
    return [
        hangul,
        un,
        f"{surname} {''.join(given).capitalize()}",  # joined
        f"{'-'.join(given)} {surname}",  # Western order
        romanise_hangul(name, "mr", split_given=True),
        romanise_hangul(name, "mr_plain", split_given=True),
        romanise_hangul(name, "rr", split_given=True),
        romanise_hangul(name, "kontsevich"),
        romanise_hangul(name, "kontsevich", split_given=True),
        clerk,
    ]


@pytest.mark.parametrize(("hangul", "un", "clerk"), UN_NAMES)
def test_every_rendering_of_an_unseen_name_meets(hangul: str, un: str, clerk: str) -> None:
    assert romanise_hangul(f"{hangul[0]} {hangul[1:]}", "dprk", split_given=True).upper() == (
        un.replace("-", " ")
    )
    cut = load_config().threshold
    low = [
        (a, b, s)
        for a, b in combinations(_renderings(hangul, un, clerk), 2)
        if (s := _score(a, b)) < cut
    ]
    assert low == []


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("YUN HO-JIN", "윤호준"),  # one given syllable other
        ("ХАН ЙУ РО", "Han Yu Ri"),
        ("HAN YU-RO", "ПАК ЙУ РО"),  # surname only
        ("RI HONG-SOP", "김홍섭"),
    ],
)
def test_near_misses_of_unseen_names_stay_below(a: str, b: str) -> None:
    assert _score(a, b) < load_config().threshold


def test_clerk_letter_by_letter_vowels_read_as_korean() -> None:
    """CHOE RYONG HAE (names-dev) copied letter by letter: ОЕ, Й+О and АЕ are Korean vowels."""
    assert _score("ЧОЕ РЙОНГ ХАЕ", "Чхве Рён Хэ") >= load_config().threshold
    assert _score("ЧОЕ РЙОНГ ХАЕ", "최룡해") >= load_config().threshold


def test_surname_read_by_its_syllable_when_not_recorded() -> None:
    """P'yŏn (McCune-Reischauer for 편) and КУМ (clerk copy of KUM, 금) are no table spellings."""
    assert _score("P'yŏn Ch'ŏl", "편철") >= load_config().threshold
    assert _score("Pyon Chol", "Пхён Чхоль") >= load_config().threshold
    assert _score("КУМ МЁНГ ХО", "금명호") >= load_config().threshold
    assert _score("КУМ ЧОЛ", "Kim Chol") < load_config().threshold


def test_joined_given_name_with_a_vowel_initial_syllable() -> None:
    """Joined like KIM JONGUN (names-dev): Hoil is Ho-il, not one syllable with the diphthong oi."""
    assert _score("Kim Hoil", "김호일") >= load_config().threshold
    assert _score("Kim Hoil", "Kim Ho Il") >= load_config().threshold


def test_both_korean_surnames_apart_stay_below_whatever_the_letters() -> None:
    name = _explain("Ri Kim Chol", "Kim Ri Chol")
    assert name["score"] < load_config().threshold
    assert "surnames differ" in name["method"]


def test_one_side_not_read_as_korean_is_said() -> None:
    """A typo (general pair set: KIM, Jong Sik vs KM, Jnog Sik) stops the Korean reading."""
    name = _explain("Kim Jong Un", "Kim Jnog Un")
    assert name["not_read_as_korean"] == "Kim Jnog Un"
    assert "not_read_as_korean" not in _explain("Kim Jong Un", "Ким Чен Ын")


def test_n_and_ng_in_hangul_are_two_syllables_not_a_slip() -> None:
    """전 and 정 are written exactly in Hangul; only a romanization slips between Jon and Jong."""
    both_hangul = score_entities({"name": ["김정철"]}, {"name": ["김전철"]})
    assert both_hangul.score < 0.70
    slipped = score_entities({"name": ["Kim Jon Chol"]}, {"name": ["김정철"]})
    assert slipped.score >= 0.70
    assert "n/ng" in slipped.explanation["name"]["method"]
