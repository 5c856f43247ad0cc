"""Every name system, with examples from cited sources (shared docs regime-and-formats.md §4)."""

from __future__ import annotations

import pytest

from sanctionwatch.matching import score_entities
from sanctionwatch.matching.config import load_config
from sanctionwatch.names.cyrillic import is_patronymic, latin_skeleton, transliterate
from sanctionwatch.names.forms import analyse_name, hangul_renderings
from sanctionwatch.names.hangul import compose, decompose, romanise_hangul
from sanctionwatch.names.korean import compare_korean, read_korean_name
from sanctionwatch.names.scripts import detect_script


def test_hangul_decomposition_follows_unicode_arithmetic() -> None:
    # Unicode ch. 3.12: 김 = ㄱ(0) ㅣ(20) ㅁ(16); SBase 0xAC00 is 가.
    assert decompose("김") == (0, 20, 16)
    assert decompose("가") == (0, 0, 0)
    assert compose(0, 20, 16) == "김"


@pytest.mark.parametrize(
    ("system", "expected"),
    [
        # §4: "김정은 = Gim Jeong-eun in RR, Kim Chŏng-ŭn in McCune–Reischauer,
        # Kim Jong Un in the DPRK system"
        ("dprk", "Kim Jong Un"),
        ("mr", "Kim Chŏng Ŭn"),
        ("mr_plain", "Kim Chong Un"),
        ("rr", "Gim Jeong Eun"),
        # §4: "strict Kontsevich turns 김정은 into Ким Чон Ын"
        ("kontsevich", "Ким Чон Ын"),
    ],
)
def test_kim_jong_un_in_every_system(system: str, expected: str) -> None:
    assert romanise_hangul("김정은", system, split_given=True) == expected


def test_dprk_system_examples_from_the_source() -> None:
    # §4: DPRK official romanization writes "Pak Tong Gu"-style separate syllables; initials th, ph.
    assert romanise_hangul("장성택", "dprk", split_given=True) == "Jang Song Thaek"
    assert romanise_hangul("최룡해", "dprk", split_given=True) == "Choe Ryong Hae"


def test_kontsevich_voicing_and_final_ng_before_vowel() -> None:
    # Kontsevich (§4): ㅈ between voiced sounds is дж; final ㅇ before a vowel is нъ (Ченъын).
    assert romanise_hangul("봉주", "kontsevich") == "Понджу"
    assert romanise_hangul("정은", "kontsevich") == "Чонъын"


def test_traditional_spellings_are_generated() -> None:
    # §4: Lankov lists Ким Чен Ын, Ким Ченъын, Ким Чон Ын, Ким Чонын; Ким Чжонъын also occurs.
    forms = hangul_renderings("김정은")
    for spelling in ("Ким Чен Ын", "Ким Ченъын", "Ким Чон Ын", "Ким Чонын", "Ким Чжонъын"):
        assert spelling in forms


@pytest.mark.parametrize(
    "variant",
    [
        "Kim Jong-un",
        "Jong-Un Kim",
        "KIM JONGUN",
        "Gim Jeong-eun",
        "Kim Chŏng-ŭn",
        "Ким Чен Ын",
        "김정은",
    ],
)
def test_korean_variants_read_to_the_same_syllables(variant: str) -> None:
    # shared/eval README, ko-latin-variant: hyphens, joined, Western order, RR, MR with marks.
    left = read_korean_name("Kim Jong Un", "latin")
    right = read_korean_name(variant, detect_script(variant))
    result = compare_korean(left, right)
    assert result is not None and result.full


def test_near_miss_differs_in_one_syllable() -> None:
    result = compare_korean(
        read_korean_name("Kim Jong Un", "latin"), read_korean_name("김정일", "hangul")
    )
    assert result is not None and not result.full and result.given_met == 1


def test_clerk_cyrillic_reads_like_the_passport_latin() -> None:
    # shared/eval README: "Cyrillic written letter by letter from a passport's Latin
    # (КИМ ЧОЛ for KIM CHOL)".
    for latin, clerk, kontsevich in (
        ("KIM CHOL", "КИМ ЧОЛ", "Ким Чхоль"),
        ("PAK SONG CHOL", "ПАК СОНГ ЧОЛ", "Пак Сон Чхоль"),
    ):
        assert compare_korean(
            read_korean_name(latin, "latin"), read_korean_name(clerk, "cyrillic")
        ).full  # type: ignore[union-attr]
        assert compare_korean(
            read_korean_name(clerk, "cyrillic"), read_korean_name(kontsevich, "cyrillic")
        ).full  # type: ignore[union-attr]


def test_surname_table_joins_ri_and_lee() -> None:
    # §4: 이/리: I, Yi, Ri (the DPRK form), Lee, Rhee.
    result = compare_korean(
        read_korean_name("Ri Su Yong", "latin"), read_korean_name("Lee Su-yong", "latin")
    )
    assert result is not None and result.full


def test_russian_names_are_not_read_as_korean() -> None:
    assert read_korean_name("Ким Александр Николаевич", "cyrillic") == ()


@pytest.mark.parametrize(
    ("system", "expected"),
    # ICAO 9303 (Russian passports since 2013): й i, я ia; BGN/PCGN: й y, я ya;
    # GOST/ISO 9: й j, я â.
    [
        ("icao", "Natalia Sergeevna Zaitseva"),
        ("bgn_pcgn", "Natal'ya Sergeevna Zaytseva"),
        ("gost_iso9", "Natalʹâ Sergeevna Zajceva"),
    ],
)
def test_cyrillic_systems(system: str, expected: str) -> None:
    assert transliterate("Наталья Сергеевна Зайцева", system) == expected


def test_every_system_reaches_one_skeleton() -> None:
    spellings = ["Наталья", "Natalia", "Natal'ya", "Natalʹâ", "Natalya"]
    assert len({latin_skeleton(s) for s in spellings}) == 1
    assert latin_skeleton("Sergey") == latin_skeleton("Sergej") == latin_skeleton("Сергей")


def test_patronymics_recognised() -> None:
    assert is_patronymic("Петрович") and is_patronymic("Petrovna") and is_patronymic("оглы")
    assert not is_patronymic("Ivanov")
    assert analyse_name("Иванов Сергей Петрович").patronymic == (False, False, True)


@pytest.mark.parametrize(
    ("belarusian", "russian"),
    [
        # OFAC SDN uid 9771: PIATKEVICH a.k.a. PETKEVICH
        ("Natallia Uladzimirauna PIATKEVICH", "Nataliya Vladimirovna PETKEVICH"),
        # UK HMT conlist 2014-04-02, groups 12159, 11466, 11923: the primary name and its AKA
        ("Uladzimir Mikhailavich STSIAPURKA", "Vladimir Mikhailovich STEPURKO"),
        ("Henadz Branislavavich DAVYDZKA", "Gennadi Bronislavovich DAVYDKO"),
        ("Ala Biukbalauna BULASH", "Alla Biukbalovna BULASH"),
    ],
)
def test_belarusian_latin_meets_the_russian_form(belarusian: str, russian: str) -> None:
    """A Belarusian patronymic (-avich, -auna) marks a name in Belarusian Latin, read back as
    Russian writes it (cyrillic_latin.yaml belarusian_latin); Alla is a given name, not Allah."""
    a = {"schema": "Person", "name": [belarusian]}
    b = {"schema": "Person", "name": [russian]}
    assert score_entities(a, b).score >= load_config().threshold


def test_belarusian_reading_of_words() -> None:
    from sanctionwatch.names.cyrillic import belarusian_as_russian, reads_belarusian

    assert reads_belarusian(["Uladzimir", "Uladzimiravich", "NAUMAU"])
    assert not reads_belarusian(["Vladimir", "Vladimirovich", "NAUMOV"])
    assert belarusian_as_russian("Uladzimiravich") == "vladimirovich"
    assert belarusian_as_russian("LUKASHENKA") == "lukashenko"
    assert belarusian_as_russian("Siarhei") == "sergei"
    assert belarusian_as_russian("Natallia") == "natallia"  # я ending a word stays


def test_a_name_has_one_patronymic() -> None:
    """A word ending in the short -ich (Ильич) is a patronymic only where the name has no other:
    Mkrtich Okroevich OKROYAN and Arutyun Okroevich OKROYAN are brothers (round 6 blind set,
    b6p-0049, OFAC SDN), KUZMICH, Dmitry Gennadyevich a surname and a patronymic."""
    assert analyse_name("Mkrtich Okroevich OKROYAN").patronymic == (False, True, False)
    assert analyse_name("Ivan Kuzmich PETROV").patronymic == (False, True, False)
    a = {"schema": "Person", "name": ["Mkrtich Okroevich OKROYAN"]}
    b = {"schema": "Person", "name": ["Arutyun Okroevich OKROYAN"]}
    assert score_entities(a, b).score < load_config().threshold
