"""General (non-Korean) names: letters as written, legal forms, abbreviations, hull numbers.

Every name below is an entry of the OFAC SDN list (shared/data/ofac/sdn_csv_2021-07, sdn.csv and
alt.csv); the variants are a one-letter slip or another spelling of the same entry, or (apart)
another entry.
"""

from __future__ import annotations

import pytest
from matching_fixture import bulk_and_pair_hits

from sanctionwatch.matching import score_entities
from sanctionwatch.matching.bulk import ListedIndex
from sanctionwatch.matching.config import load_config
from sanctionwatch.matching.entity import EntityRecord, entity_from_dict
from sanctionwatch.names.companies import read_company_name

THRESHOLD = load_config().threshold


def person(name: str) -> dict[str, object]:
    return {"schema": "Person", "name": [name]}


def entity(schema: str, name: str) -> dict[str, object]:
    return {"schema": schema, "properties": {"name": [name]}}


def score(schema: str, left: str, right: str) -> float:
    return score_entities(entity(schema, left), entity(schema, right)).score


@pytest.mark.parametrize(
    ("schema", "listed", "variant"),
    [
        ("Vessel", "BATIS", "BATS"),  # skeletons batis / bac (ts -> c), letters one edit apart
        ("Vessel", "GANJ", "GAJ"),  # skeletons ganj / gai (j -> i)
        ("Vessel", "GP-23", "GP23"),  # hull number with or without the hyphen
        ("Vessel", "ARGO I", "ARGO 1"),  # SDN 15038 a.k.a.: a Roman numeral is its value
        ("Vessel", "BICENTENARIO XIII", "BICENTENARIO XIIII"),  # no vessel is numbered XIIII
        ("Company", "LE-HUA ELECTRONIC FIELD CO. LIMITED", "LE-HUA ELEC FIELD CO. LTD"),
        ("Company", "CONSORCIO NUJOMA, SOCIEDAD CIVIL", "CONSORCIO NUJOMA, S.C."),
        ("Company", "GRUPO GUADALEST S.A. DE C.V.", "GRUPO GUADALEST SA DE CV"),
        ("Company", "AERO CONTINENTE S.A.", "AEROCONTINENTE S.A."),  # OFAC alias
        ("Person", "Bashar Sab'awi Ibrahim Hasan AL-TIKRITI", "BASHAR SABAWI IBRAHIM HASAN"),
    ],
)
def test_same_party_written_otherwise_matches(schema: str, listed: str, variant: str) -> None:
    assert score(schema, listed, variant) >= THRESHOLD


@pytest.mark.parametrize(
    ("schema", "left", "right"),
    [
        ("Vessel", "BICENTENARIO XIII", "BICENTENARIO XII"),  # sister ships: numerals differ
        ("Vessel", "ARGO I", "ARGO II"),
        ("Vessel", "DESTINY", "RISE DESTINY"),  # SDN 15725 / fka of 27279: a word more
        ("Vessel", "KANG SONG 1", "RYE SONG GANG 1"),  # SDN 23184 / 23186
        ("Vessel", "ARDAVAN", "ARTAVAND"),  # SDN 25345 / 25346: one word, two letters apart
        ("Vessel", "PARTIZAN", "PARISAN"),  # SDN 24512 / 25384
        ("Company", "CASPIAN AIR", "SYRIAN AIR"),  # Korean syllables of another word
        ("Person", "SLOBODSKOY, Kirill Alekseyevich", "SLOBODSKOY, Dmitriy Alekseyevich"),
    ],
)
def test_other_parties_stay_apart(schema: str, left: str, right: str) -> None:
    assert score(schema, left, right) < THRESHOLD


def test_sergei_sergey_still_meet_through_the_skeleton() -> None:
    assert score("Person", "Sergei IVANOV", "Sergey IVANOV") >= THRESHOLD


def test_dotted_legal_forms_are_set_aside() -> None:
    assert read_company_name("GRUPO GUADALEST S.A. DE C.V.").words == ("grupo", "guadalest")
    assert read_company_name("MOLDURAS DEL NOROESTE S.A. DE C..V.").words == (
        "molduras",
        "del",
        "noroeste",
    )


def test_bulk_screening_finds_the_one_letter_slip_of_a_short_vessel_name() -> None:
    listed = [EntityRecord("Vessel", ["BATIS"]), EntityRecord("Vessel", ["GANJ"])]
    index = ListedIndex(listed)
    cfg = load_config()
    for name, expected in (("BATS", 0), ("GAJ", 1)):
        hits, _ = index.score_name(name, "Vessel", cfg, cfg.threshold)
        assert expected in hits


@pytest.mark.parametrize(
    ("short", "full"),
    [
        # UN list QDi / OFAC SDN entries and the short forms records and the press write
        ("Muammar Gaddafi", "Muammar Mohammed Abu Minyar Qadhafi"),
        ("Anwar al-Awlaki", "Anwar Nasser Abdulla al-Aulaqi"),
        ("Joe Biden", "Joseph Robinette Biden"),
    ],
)
def test_a_shorter_form_of_a_long_name_meets_it(short: str, full: str) -> None:
    result = score_entities(entity("Person", short), entity("Person", full))
    assert result.score >= THRESHOLD, result.explanation


def test_a_shorter_form_needs_the_first_word() -> None:
    """Hamza Usama bin Laden is Usama bin Laden's son: the first word differs."""
    result = score_entities(
        entity("Person", "Usama bin Laden"), entity("Person", "Hamza Usama bin Laden")
    )
    assert "shorter form" not in result.explanation["name"]["method"]


def test_bulk_screening_finds_shorter_forms_as_pair_scoring_does() -> None:
    """Pruning must leave a pair the shorter-form rule lifts (matching.pruning)."""
    cfg = load_config()
    listed = [
        entity_from_dict(entity("Person", n), cfg.identifier_types)
        for n in [
            "Muammar Mohammed Abu Minyar Qadhafi",
            # long words left out: the words met are too few letters for the aligned score
            "Ahmad Abdulkarimzadeh Mohammadhosseini Rahimi",
        ]
    ]
    subjects = [
        entity_from_dict(entity("Person", n), cfg.identifier_types)
        for n in ["Muammar Gaddafi", "Ahmad Rahimi", "Anwar Qadhafi"]
    ]
    found, expected = bulk_and_pair_hits(subjects, listed, THRESHOLD)
    assert found == expected
    assert {(0, 0), (1, 1)} <= set(expected)


@pytest.mark.parametrize(
    ("maiden", "married"),
    [  # OFAC SDN 2021-07 aliases: uid 6334, 16359, 17870
        ("Claudia Patricia Nasser Arana", "Claudia Patricia Nasser de Hazbun"),
        ("Lucy Amparo Vargas Núñez", "Lucy Amparo Vargas de Cuadros"),
        ("Myriam Susana Beattie Martinez", "Myriam Susana Beattie de Briones"),
        ("Claudia Patricia Nasser", "Claudia Patricia Nasser de Hazbun"),
    ],
)
def test_a_spanish_married_name_is_the_same_woman(maiden: str, married: str) -> None:
    result = score_entities(person(maiden), person(married))
    assert result.score >= THRESHOLD, result.explanation
    assert result.explanation["name"]["method"] == "words aligned, a married name"


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Maria Elena Nasser Arana", "Claudia Patricia Nasser de Hazbun"),  # a sister
        ("Jean Pierre de Gaulle", "Jean Pierre Martin"),  # two words met: not enough
        ("Claudia Patricia Nasser Arana", "Claudia Patricia Rojas de Hazbun"),  # surname apart
    ],
)
def test_a_married_name_needs_every_other_word(one: str, other: str) -> None:
    assert score_entities(person(one), person(other)).score < THRESHOLD


def test_bulk_screening_finds_a_married_name() -> None:
    """The pruning bound lets a name ending in DE and a surname through (pruning.py)."""
    cfg = load_config()
    listed = [
        entity_from_dict({"schema": "Person", "name": [n]}, cfg.identifier_types)
        for n in ("Ana Paz Rua de Villavicencio", "Ana Paz Rodriguez", "Ana de Leon")
    ]
    subjects = [
        entity_from_dict({"schema": "Person", "name": ["Ana Paz Rua Gil"]}, cfg.identifier_types)
    ]
    bulk, pairs = bulk_and_pair_hits(subjects, listed, THRESHOLD)
    assert (0, 0) in bulk
    assert bulk == pairs


@pytest.mark.parametrize(
    ("father", "child"),
    [  # OFAC SDN / UN list: sons and a daughter named by the chain of their father's names
        ("Saddam Hussein AL-TIKRITI", "Qusay Saddam Hussein AL-TIKRITI"),
        ("Saddam Hussein AL-TIKRITI", "Raghad Saddam Hussein AL-TIKRITI"),
        ("Barzan Ibrahim Hassan AL-TIKRITI", "Mohammad Barzan Ibrahim Hasan AL-TIKRITI"),
        ("Muhammad Yunis Ahmad", "Sa'ad Muhammad Yunis al-Ahmad"),
    ],
)
def test_an_arabic_name_after_one_more_given_name_is_the_child(father: str, child: str) -> None:
    result = score_entities(person(father), person(child))
    assert result.score < THRESHOLD
    assert result.explanation["name"]["method"] == "words aligned, a given name before the other's"


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Abu Walid AL SAHRAWI", "Adnan Abu Walid AL-SAHRAWI"),  # a kunya: OFAC SDN alias
        ("AL QAISI, Naif Saleh Salem", "AL-QAYSI, Nayif Salih Salim"),  # the article split off
        ("Alejandrina Salazar Hernandez", "Maria Alejandrina Salazar Hernandez"),  # not Arabic
    ],
)
def test_one_more_word_that_names_no_child(one: str, other: str) -> None:
    assert score_entities(person(one), person(other)).score >= THRESHOLD


@pytest.mark.parametrize(
    ("father", "son"),
    [("Donald Trump", "Donald Trump Jr."), ("John F. Kennedy", "John F. Kennedy Jr.")],
)
def test_a_generational_suffix_names_another_person(father: str, son: str) -> None:
    """Blind round 4 (public figures): father and son share every other word."""
    result = score_entities(person(father), person(son))
    assert result.score < THRESHOLD
    assert result.explanation["name"]["method"] == "words aligned, another generation"


def test_a_generational_suffix_is_read_in_any_word_order() -> None:
    """Screening bench: listed names reversed (JR ... ) must still meet their own name."""
    assert score_entities(person("JR TRUMP DONALD"), person("Donald Trump Jr.")).score >= THRESHOLD
    assert score_entities(person("Junior Santos"), person("Junior Santos")).score >= THRESHOLD


def test_sayyid_however_spelt_is_one_word() -> None:
    """OFAC SDN (Iran programs) write SEYED and SAYYED; blind round 4: Seyed / Sayyed HASHEMI."""
    one, other = person("Seyed Mohammad Hashemi"), person("Sayyed Mohammad HASHEMI")
    assert score_entities(one, other).score >= THRESHOLD
