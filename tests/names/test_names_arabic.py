"""Arabic (and Persian/Urdu) names romanised in different ways read alike (names/arabic.py).

Examples: OFAC SDN 2024-05-03 (/work/shared/data/ofac) and UN consolidated list 2026-02-27
entries with their aliases; spellings per ALA-LC (al-Rahman, 'Abd Allah), BGN/PCGN (ar-Rahman,
ad-Din) and French-style transcriptions (Abdelaziz, Abd el-Kader, Noureddine).
"""

from __future__ import annotations

import pytest

from sanctionwatch.matching import score_entities
from sanctionwatch.matching.config import load_config
from sanctionwatch.names.arabic import (
    arabic_keys,
    arabic_script_latin,
    arabic_words,
    article_joined,
    keys_apart,
)
from sanctionwatch.names.cyrillic import latin_skeleton
from sanctionwatch.names.forms import analyse_name


def _score(a: str, b: str) -> float:
    return score_entities(
        {"schema": "Person", "name": [a]}, {"schema": "Person", "name": [b]}
    ).score


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Abd al-Rahman", "Abdulrahman"),  # ALA-LC / one word
        ("Abd ar-Rahman", "Abdurrahman"),  # BGN/PCGN sun letter / Indonesian (SDN ABDURRAHMAN)
        ("Abdel Rahman", "Abd al-Rahman"),  # Egyptian / ALA-LC
        ("Abdelaziz", "Abd al-Aziz"),  # French-style / ALA-LC
        ("Abd el-Kader", "Abdelkader"),
        ("Abdullah", "Abd Allah"),
        ("Nasrallah", "Nasrullah"),
        ("Nasr Allah", "Nasrallah"),
        ("Nour Eddine", "Noureddine"),
        ("Salah ad-Din", "Salahuddin"),
        ("Abu Bakr al-Baghdadi", "Abu Bakr Baghdadi"),
        ("Abu Bakr al-Baghdadi", "Abu Bakr el-Baghdadi"),
    ],
)
def test_particles_and_compounds_read_alike(left: str, right: str) -> None:
    assert analyse_name(left).tokens == analyse_name(right).tokens


def test_compound_given_name_meets_in_any_order() -> None:
    """SDN: "YASIN, Abdul Rahman" is the order lists print; the compound still meets."""
    assert _score("YASIN, Abdul Rahman", "Abdulrahman Yasin") >= 0.9


def test_first_word_al_is_a_name_not_an_article() -> None:
    assert [w.lower() for w in arabic_words("Al Gore")] == ["al", "gore"]
    assert [w.lower() for w in arabic_words("AL-ZAWAHIRI, Ayman")] == ["zawahiri", "ayman"]


def test_son_of_and_father_of() -> None:
    assert analyse_name("Usama ibn Ladin").tokens[1] == analyse_name("Osama bin Laden").tokens[1]
    assert analyse_name("Abul Hassan").tokens == analyse_name("Abu al-Hassan").tokens
    assert arabic_words("Ben Smith")[0].lower() == "ben"  # an English given name stays


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Muammar QADHAFI", "Muammar GADDAFI"),  # qaf q/g, dhal dh/d
        ("Qasim Soleimani", "Ghasem Soleimani"),  # Persian gh for qaf
        ("Yusuf Ali", "Youssef Ali"),  # French ou
        ("Uthman Ali", "Othman Ali"),
        ("Ramadan Shallah", "Ramazan Shallah"),  # dad d/z
    ],
)
def test_letters_of_one_sound_match(left: str, right: str) -> None:
    assert _score(left, right) >= 0.85


def test_letter_key_keeps_where_vowels_stand() -> None:
    assert not keys_apart(arabic_keys("kadhafi"), arabic_keys("gadafi"))
    # two vessel names of the general set
    assert keys_apart(arabic_keys("finikia"), arabic_keys("fianga"))
    assert arabic_keys("said") == ()  # two consonants say too little


@pytest.mark.parametrize(
    ("left", "right"),
    [("Abdul Rahman", "Abdul Rahim"), ("Abd al-Aziz Saleh", "Abd al-Karim Saleh")],
)
def test_other_names_after_abd_stay_apart(left: str, right: str) -> None:
    assert _score(left, right) < 0.7


def test_russian_and_korean_skeletons_unchanged() -> None:
    assert latin_skeleton("Sergeevich") == latin_skeleton("Sergeyevich")
    assert latin_skeleton("Joong") == latin_skeleton("Jong")  # as before: oo is not made u
    assert analyse_name("Абдуллаев").tokens == analyse_name("Abdullaev").tokens


def test_a_diphthong_is_a_letter_hussein_is_not_hassan() -> None:
    """Hussein / Husayn (حسين) and Hassan (حسن) are two names: the ay/ei is a written ي, so
    neither the consonant rule nor the Arabic key joins them; Faisal / Feisal still meet."""
    from sanctionwatch.matching import score_entities

    def score(a: str, b: str) -> float:
        return score_entities({"name": [a]}, {"name": [b]}).score

    assert score("Mohammed Hassan", "Mohammed Hussein") < 0.70
    assert score("Husayn Ali", "Hussein Ali") >= 0.70
    assert score("Faisal Ahmed", "Feisal Ahmed") >= 0.70
    assert score("Mohamed Ali", "Muhammad Ali") >= 0.70


@pytest.mark.parametrize(
    ("listed", "slip"),
    [
        ("ABDELRAZIK, Sofian", "ADELRAZIK, Sofian"),  # OFAC SDN 9935 a.k.a.; b dropped
        ("Abdurezak", "AKdurezak"),  # UN consolidated list 2026-02-27 alias; b -> k
        ("Abdulhamid Khamis ABDULLAH", "APdulhmaid Khamis ABDULLAH"),  # b -> p and a swap
    ],
)
def test_a_slip_in_a_compound_head_still_meets_as_written(listed: str, slip: str) -> None:
    """The slip stops the word reading as abd + name; the letters as written still meet."""
    assert _score(listed, slip) >= 0.85


def test_compounds_read_on_both_sides_keep_their_second_names_apart() -> None:
    assert _score("Abdulrahman Ali", "Abdulrahim Ali") < 0.7
    assert _score("Abou ABDELJALIL", "Abdelali Abou DHER") < 0.7  # general set hard negative


def test_bulk_screening_finds_a_compound_slip_and_a_joined_article() -> None:
    """Pruning bounds scores from the words as read; it must not pass over these pairs."""
    from sanctionwatch.matching.bulk import ListedIndex
    from sanctionwatch.matching.config import load_config
    from sanctionwatch.matching.entity import EntityRecord

    listed = [
        EntityRecord("Person", ["ABDELRAZIK, Sofian"]),
        EntityRecord("Person", ["AL-AGHA, Abu Ubaydah Khayri Hafiz"]),
    ]
    index = ListedIndex(listed)
    cfg = load_config()
    for name, expected in (
        ("ADELRAZIK, Sofian", 0),
        ("ALAGHA, Abu Obaidah Khairy Hafiz", 1),
    ):
        hits, _ = index.score_name(name, "Person", cfg, cfg.threshold)
        assert expected in hits, name


@pytest.mark.parametrize(
    ("listed", "alias"),
    [
        ("GADDAFI, Hannibal", "GHATHAFI, Hannibal"),  # OFAC SDN a.k.a.: th for dhal
        ("AL-JAWLANI, Abu Muhammad", "AL-GOLANI, Abu Muhammad"),  # OFAC SDN 15945: g jim, aw/o
        ("AL-AGHA, Abu Ubaydah Khayri Hafiz", "ALAGHA, Abu Obaidah Khairy Hafiz"),  # SDN 18535
    ],
)
def test_spellings_of_one_arabic_name_match(listed: str, alias: str) -> None:
    assert _score(listed, alias) >= 0.85


def test_letters_of_two_sounds_give_a_key_each() -> None:
    assert arabic_keys("ghathafi") == ("kasafa", "kadafa")  # tha of Uthman, dhal of Qadhafi
    assert set(arabic_keys("golani")) & set(arabic_keys("javlani"))  # skeleton of Jawlani
    assert not set(arabic_keys("jamal")) & set(arabic_keys("kamal"))  # two names
    assert arabic_keys("javad") == ("javad",)  # v before a vowel is a consonant


def test_a_joined_article_needs_a_word_after_it() -> None:
    assert article_joined("alagha", "agha")
    assert not article_joined("alan", "an")
    assert not article_joined("elias", "ias")  # the rest keeps 4 letters or more


@pytest.mark.parametrize(
    ("latin", "arabic"),
    [
        # UN consolidated list 2026-02-27: FIRST..FOURTH_NAME and NAME_ORIGINAL_SCRIPT of one entry
        ("ABID HAMID MAHMUD AL-TIKRITI", "عابد حامد محمود التكريتي"),  # IQi.004
        (
            "IBRAHIM AHMAD ABD AL-SATTAR MUHAMMED AL-TIKRITI",
            "إبراهيم أحمد عبد الستار محمد التكريتي",
        ),
        ("TAHA YASSIN RAMADAN AL-JIZRAWI", "طه ياسين رمضان الجزراوي"),  # IQi.020
        ("MIZBAN KHADR HADI", "مزبان خضر هادي"),  # IQi.023
    ],
)
def test_arabic_script_names_meet_their_romanisation(latin: str, arabic: str) -> None:
    result = score_entities({"name": [latin]}, {"name": [arabic]})
    assert result.score >= load_config().threshold, result.explanation


def test_arabic_script_is_read_letter_by_letter() -> None:
    # the article set aside, waw a consonant next to alif, a vowel between ت and س (not ts)
    assert arabic_script_latin("عبد الرحمن") == "abd rhmn"
    assert arabic_script_latin("مروان محمود") == "mrwan mhmud"
    assert arabic_script_latin("زياد يوسف") == "zyad yusf"  # ya next to alif, at the start
    assert arabic_script_latin("انتصار") == "antasar"


def test_other_arabic_script_names_do_not_meet() -> None:
    # UN: IZZAT IBRAHIM AL-DURI is not TAHIR JALIL HABBUSH AL-TIKRITI (طاهر جليل حبوش التكريتي)
    result = score_entities(
        {"name": ["IZZAT IBRAHIM AL-DURI"]}, {"name": ["طاهر جليل حبوش التكريتي"]}
    )
    assert result.score < 0.5


def test_a_diphthong_name_in_arabic_script_is_not_its_long_vowel_neighbour() -> None:
    """صدام حسين is SADDAM HUSSEIN (UN IQi.001), not SADDAM HASSAN: the whole-word table."""
    listed = {"name": ["صدام حسين التكريتي"]}
    hussein = score_entities({"name": ["SADDAM HUSSEIN AL-TIKRITI"]}, listed).score
    hassan = score_entities({"name": ["SADDAM HASSAN AL-TIKRITI"]}, listed).score
    assert hussein >= load_config().threshold > hassan
