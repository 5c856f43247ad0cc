"""score_entities and evaluate_pairs: quality on the dev pairs and the semantics rules rely on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from sanctionwatch.errors import InputError
from sanctionwatch.matching import evaluate_pairs, score_entities
from sanctionwatch.matching.config import load_config

THRESHOLD = load_config().threshold


def person(name: str, **props: list[str]) -> dict[str, object]:
    return {"schema": "Person", "properties": {"name": [name], **props}}


def test_dev_pairs_meet_the_targets(shared_eval: Path) -> None:
    result = evaluate_pairs(shared_eval / "names-dev.jsonl")
    assert result["f1"] >= 0.97
    assert min(result["by_category"].values()) >= 0.9
    assert set(result) >= {
        "precision",
        "recall",
        "f1",
        "average_precision",
        "pairs_per_second",
        "by_category",
        "threshold",
        "pairs",
    }


def test_both_entity_shapes_accepted() -> None:
    flat = score_entities(
        {"schema": "Person", "name": ["Kim Jong Un"]}, {"schema": "Person", "name": ["Ким Чен Ын"]}
    )
    nested = score_entities(person("Kim Jong Un"), person("Ким Чен Ын"))
    assert flat.score == nested.score >= THRESHOLD
    json.dumps(nested.explanation)  # serialisable
    assert nested.explanation["name"]["method"] == "korean syllables"


def test_kim_jong_un_is_not_kim_jong_il() -> None:
    assert score_entities(person("Kim Jong Un"), person("Kim Jong Il")).score < THRESHOLD


def test_south_korean_with_same_name_pulled_down_hard() -> None:
    listed = person("Kim Jong Un", nationality=["kp"])
    result = score_entities(listed, person("김정은", nationality=["kr"]))
    assert result.score < 0.3
    assert result.explanation["attributes"][0]["reason"] == "kp vs kr"


@pytest.mark.parametrize(
    "name", ["Ким Александр Николаевич", "Цой Виктор Робертович", "Пак Ирина Сергеевна"]
)
def test_russians_of_korean_descent_do_not_match_listed_koreans(name: str) -> None:
    for listed in ("Kim Jong Un", "Choe Ryong Hae", "Pak Pong Ju"):
        assert (
            score_entities(
                person(listed, nationality=["kp"]), person(name, nationality=["ru"])
            ).score
            < THRESHOLD
        )


def test_identifier_agreement_lifts_and_conflict_drops() -> None:
    same = score_entities(
        person("Ivan Petrov", passportNumber=["12 345"]),
        person("Иван Петров", passportNumber=["12345"]),
    )
    other = score_entities(
        person("Ivan Petrov", passportNumber=["111"]), person("Иван Петров", passportNumber=["222"])
    )
    assert same.score > other.score
    assert any(step["attribute"] == "passportNumber" for step in same.explanation["attributes"])


def test_typo_and_reordering_still_match() -> None:
    assert (
        score_entities(person("Aleksandr Sokolov"), person("Sokolov Aleksandr")).score >= THRESHOLD
    )
    assert (
        score_entities(person("Aleksandr Sokolov"), person("Aleksandr Sokolv")).score >= THRESHOLD
    )
    assert score_entities(person("Mohammed Ali"), person("Mohammed Hassan")).score < THRESHOLD


def test_bad_pair_file_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "pairs.jsonl"
    path.write_text('{"a": {}, "b": {}, "label": 1}\nnot json\n', encoding="utf-8")
    with pytest.raises(InputError, match="line 2"):
        evaluate_pairs(path)


def test_entity_without_names_scores_zero() -> None:
    assert score_entities({"schema": "Person", "name": []}, person("Kim Jong Un")).score == 0.0
