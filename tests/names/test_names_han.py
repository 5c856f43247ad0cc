"""Chinese names written in characters, read into Pinyin (names.han)."""

from __future__ import annotations

import pytest

from sanctionwatch.matching import score_entities
from sanctionwatch.matching.config import load_config
from sanctionwatch.names.han import han_name_as_pinyin

THRESHOLD = load_config().threshold


def person(name: str) -> dict[str, object]:
    return {"schema": "Person", "name": [name]}


@pytest.mark.parametrize(
    ("characters", "latin"),
    [
        ("习近平", "Xi Jinping"),
        ("胡锦涛", "Hu Jintao"),
        ("陳水扁", "Chen Shui-bian"),  # traditional characters, Wade-Giles with a hyphen
        ("曾国伟", "Zeng Guowei"),  # 曾 read as the surname Zeng (chinese_surname_readings.tsv)
        ("欧阳修", "Ouyang Xiu"),  # a two-character surname
    ],
)
def test_names_in_characters_meet_their_pinyin(characters: str, latin: str) -> None:
    result = score_entities(person(characters), person(latin))
    assert result.score >= THRESHOLD, result.explanation


def test_the_reading_and_what_is_not_read() -> None:
    assert han_name_as_pinyin("习近平") == "Xi Jinping"
    assert han_name_as_pinyin("单雄信") == "Shan Xiongxin"
    assert han_name_as_pinyin("Xi 近平") is None  # mixed scripts: compared as written
    assert han_name_as_pinyin("习") is None  # one character: no surname and given name


def test_another_given_name_stays_apart() -> None:
    assert score_entities(person("李鹏"), person("Li Ping")).score < THRESHOLD
    assert score_entities(person("Li Ming"), person("Li Min")).score < THRESHOLD  # n / ng
