"""Russian names as informal, press and GOST spellings write them, against the Cyrillic.

ICAO 9303 (Russian passports since 2013) writes ё as e (Пётр = PETR); informal and press
spellings write it yo (Pyotr, Alyona Vorobyova); GOST 7.79-2000 system B writes ъ as `` and ь as `
(Pod``yachev Il`ya); lists also translate given names (UK HMT consolidated list 2018-04-13: KOBZON,
Iosif Davydovich and KOBZON, Joseph Davydovich, one group).
"""

from __future__ import annotations

import pytest
from matching_fixture import bulk_and_pair_hits

from sanctionwatch.matching import score_entities
from sanctionwatch.matching.config import load_config
from sanctionwatch.matching.entity import entity_from_dict
from sanctionwatch.matching.keys import name_keys
from sanctionwatch.names.cyrillic import yo_reading
from sanctionwatch.names.forms import analyse_name

THRESHOLD = load_config().threshold


def person(name: str) -> dict[str, object]:
    return {"schema": "Person", "name": [name]}


@pytest.mark.parametrize(
    ("latin", "cyrillic"),
    [
        ("Alyona Vorobyova", "Алёна Воробьёва"),  # ё as yo after ь and after a consonant
        ("Pyotr Ilyich Tchaikovsky", "Пётр Ильич Чайковский"),
        ("Semyon Fyodorovich Yolkin", "Семён Фёдорович Ёлкин"),  # yo opening a word
        ("Artyom Solovyov", "Артём Соловьёв"),
        ("Pod``yachev Il`ya Semyonovich", "Подъячев Илья Семёнович"),  # GOST 7.79-2000 B
        ("KOBZON, Joseph Davydovich", "Кобзон Иосиф Давыдович"),  # UK HMT list, one group
    ],
)
def test_informal_and_gost_spellings_meet_the_cyrillic(latin: str, cyrillic: str) -> None:
    result = score_entities(person(latin), person(cyrillic))
    assert result.score >= THRESHOLD, result.explanation


def test_yo_is_read_as_e_only_after_a_consonant_or_opening_a_word() -> None:
    assert yo_reading("pyotr") == "petr"
    assert yo_reading("yolkin") == "elkin"
    assert yo_reading("mayor") is None  # after a vowel
    assert yo_reading("petr") is None
    assert yo_reading("hyok") is None and yo_reading("yong") is None  # Korean syllables


def test_other_given_names_stay_apart() -> None:
    """The yo reading and the given-name table join spellings of one name, not two names."""
    for left, right in [
        ("Pyotr Sidorov", "Павел Сидоров"),
        ("Alyona Vorobyova", "Алла Воробьёва"),
        ("Joseph Kobzon", "Михаил Кобзон"),
    ]:
        assert score_entities(person(left), person(right)).score < THRESHOLD, (left, right)


def test_yo_spellings_share_a_candidate_key_and_bulk_finds_them() -> None:
    cfg = load_config()
    latin, cyrillic = analyse_name("Alyona Vorobyova"), analyse_name("Алёна Воробьёва")
    assert name_keys(latin) & name_keys(cyrillic)
    listed = [
        entity_from_dict(person(n), cfg.identifier_types)
        for n in ["Алёна Воробьёва", "Пётр Ильич Чайковский", "Алла Сидорова"]
    ]
    subjects = [
        entity_from_dict(person(n), cfg.identifier_types)
        for n in ["Alyona Vorobyova", "Pyotr Ilyich Tchaikovsky", "Kim Yong Chol"]
    ]
    found, expected = bulk_and_pair_hits(subjects, listed, THRESHOLD)
    assert found == expected
    assert set(expected) == {(0, 0), (1, 1)}


@pytest.mark.parametrize(
    ("belarusian", "russian"),
    [  # OFAC SDN BELARUS-program entries (Belarusian forms) and the Russian forms of the names
        ("NAUMAU, Uladzimir Uladzimiravich", "Naumov Vladimir Vladimirovich"),
        ("IPATAU, Vadzim Dzmitrievich", "IPATOV, Vadim Dmitrievich"),  # OFAC SDN a.k.a.
        ("Aleh Leanidavich Slizheuski", "Oleg Leonidovich Slizhevsky"),
        ("LUKASHENKA, Alyaksandr Ryhorovich", "Lukashenko Aleksandr Grigoryevich"),
    ],
)
def test_belarusian_and_russian_forms_of_one_name(belarusian: str, russian: str) -> None:
    result = score_entities(person(belarusian), person(russian))
    assert result.score >= THRESHOLD, result.explanation


def test_belarusian_forms_keep_other_people_apart() -> None:
    assert score_entities(person("Aleh Naumau"), person("Ihar Naumov")).score < THRESHOLD


@pytest.mark.parametrize(
    ("russian_form", "ukrainian_form"),
    [
        # UK HMT consolidated list 2018-04-13: one group each, the Russian and the Ukrainian
        # spelling (Ukraine's national Latin: г = h, -йович = -yovych)
        ("Sergei Gennadievich ARBUZOV", "Serhiy Hennadiyovych ARBUZOV"),  # group 12946
        ("Sergey Gennadevich TSYPLAKOV", "Serhiy Hennadiyovych TSYPLAKOV"),  # group 12963
        ("Sergey Valeryevich AKSYONOV", "Serhiy Valeriyovych AKSYONOV"),  # group 12922
        ("Yevgeniy Eduardovich MIKHAYLOV", "Yevhen Eduardovych MYCHAYLOV"),  # group 13179
    ],
)
def test_a_ukrainian_spelling_meets_the_russian_one(russian_form: str, ukrainian_form: str) -> None:
    result = score_entities(person(russian_form), person(ukrainian_form))
    assert result.score >= THRESHOLD, result.explanation["name"]


def test_without_a_ukrainian_patronymic_h_stays_h() -> None:
    """Only a Ukrainian patronymic says that h stands for г: Hasan is not read Gasan."""
    assert analyse_name("Hasan Hamidovich").tokens[0] == "hasan"  # a Russian patronymic
    ukrainian = analyse_name("Serhiy Hennadiyovych ARBUZOV").tokens
    russian = analyse_name("Sergei Gennadievich ARBUZOV").tokens
    assert ukrainian[0].startswith("serg") and ukrainian[1:] == russian[1:]
