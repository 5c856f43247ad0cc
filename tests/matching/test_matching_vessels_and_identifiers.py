"""Vessel and company names as lists write them, and identifiers assigned once for life.

Found by a blind pair set written from the OFAC SDN, UN and UK lists without looking at the
matcher (docs/benchmarks.md, "Blind sets"): renamed ships sharing an IMO number scored 0, the
ezafe I of TEHRIK-I-TALIBAN was read as the Roman numeral one, HAP JANG GANG met HAPJANGGANG
at 0.09.
"""

from __future__ import annotations

import pytest
from matching_fixture import bulk_and_pair_hits

from sanctionwatch.matching import score_entities
from sanctionwatch.matching.bulk import ListedIndex, score_subjects
from sanctionwatch.matching.config import load_config
from sanctionwatch.matching.entity import entity_from_dict
from sanctionwatch.names.companies import split_acronym

THRESHOLD = load_config().threshold


def entity(schema: str, name: str, **props: list[str]) -> dict[str, object]:
    return {"schema": schema, "properties": {"name": [name], **props}}


def test_a_renamed_ship_is_its_imo_number() -> None:
    """OFAC SDN: the tanker HORSE, formerly HAWK, IMO 9362061."""
    same = score_entities(
        entity("Vessel", "HORSE", imoNumber=["IMO9362061"]),
        entity("Vessel", "HAWK", imoNumber=["9362061"]),
    )
    assert same.score >= 0.9, same.explanation
    assert same.explanation["attributes"][0]["reason"].startswith("same imoNumber 9362061")
    other = score_entities(
        entity("Vessel", "ASIA BRIDGE", imoNumber=["IMO9010022"]),
        entity("Vessel", "ASIA BRIDGE", imoNumber=["IMO8916580"]),
    )
    assert other.score < THRESHOLD


def test_bulk_screening_finds_a_renamed_ship_by_its_imo_number() -> None:
    cfg = load_config()
    listed = [
        entity_from_dict(entity("Vessel", n, imoNumber=[imo]), cfg.identifier_types)
        for n, imo in [("HAWK", "9362061"), ("CHON MA SAN", "8660313")]
    ]
    subjects = [
        entity_from_dict(entity("Vessel", "HORSE", imoNumber=["IMO 9362061"]), cfg.identifier_types)
    ]
    _, found = score_subjects(ListedIndex(listed), subjects, THRESHOLD)
    assert [(s, li) for s, li, _ in found] == [(0, 0)]


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("HAP JANG GANG 6", "HAPJANGGANG 6"),  # a letter doubled where two words meet
        ("JANG JA SAN CHONG NYON HO", "JANGJASAN CHONGNYON HO"),  # six words
        ("HUA FU", "M/V HUA FU"),  # type prefix
        ("HONG FENG 1 HAO", "HONG FENG NO. 1"),  # number markers (号, NO.)
        # blind round 3, OFAC SDN: the skeletons of OUN and O UN differ (a letter is read by
        # its place in the word); the letters as written are the same
        ("O UN CHONG NYON HO", "OUN CHONGNYON HO"),
    ],
)
def test_vessel_names_as_lists_write_them(left: str, right: str) -> None:
    assert score_entities(entity("Vessel", left), entity("Vessel", right)).score >= THRESHOLD


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("TONGBANG U'NHAENG", "Tongbang Bank"),  # OFAC SDN: 은행 in McCune-Reischauer
        ("KAMAZ PUBLICLY TRADED COMPANY", "KAMAZ PJSC"),  # OFAC SDN's words for ПАО
        ("KAMAZ PUBLICLY TRADED COMPANY", "ПАО «КАМАЗ»"),
        ("DAWN MARINE MANAGEMENT CO LTD", "Dawn Marine Mgmt Co., Ltd"),  # OFAC SDN a.k.a.
        ("JOINT STOCK COMMERCIAL BANK NOVIKOMBANK", "JSCB Novikombank"),
    ],
)
def test_company_words_of_blind_round_three(left: str, right: str) -> None:
    assert score_entities(entity("Company", left), entity("Company", right)).score >= THRESHOLD


def test_series_letters_part_vessels() -> None:
    """LADY R and LADY D (OFAC SDN) are two ships, as KUM SONG 3 and KUM SONG 5 are."""
    assert score_entities(entity("Vessel", "LADY R"), entity("Vessel", "LADY D")).score < THRESHOLD
    assert score_entities(entity("Vessel", "LADY R"), entity("Vessel", "LADY R")).score >= THRESHOLD


def test_company_words_joined_or_split_as_written() -> None:
    """Blind round 3 (OFAC SDN, DPRK): KOREA YUJONG SHIPPING CO LTD scored 0 against its own
    name written Yu Jong; a name with a word more stays apart."""
    one = entity("Company", "KOREA YUJONG SHIPPING CO LTD")
    other = entity("Company", "Korea Yu Jong Shipping Company Limited")
    assert score_entities(one, other).score >= THRESHOLD
    apart = entity("Company", "Korea Yu Jong Kang Shipping Company Limited")
    assert score_entities(one, apart).score < THRESHOLD


def test_bulk_screening_meets_words_joined_as_written() -> None:
    """The pruning bound lets the comparison of letters as written through (pruning.py)."""
    cfg = load_config()
    listed = [
        entity_from_dict(entity("Vessel", n), cfg.identifier_types)
        for n in ("OUN CHONGNYON HO", "UN HA", "OUN CHONGNAM")
    ]
    subjects = [entity_from_dict(entity("Vessel", "O UN CHONG NYON HO"), cfg.identifier_types)]
    bulk, pairs = bulk_and_pair_hits(subjects, listed, THRESHOLD)
    assert (0, 0) in bulk
    assert bulk == pairs


def test_other_numbers_still_part_vessels() -> None:
    assert (
        score_entities(entity("Vessel", "KUM SONG 3"), entity("Vessel", "KUM SONG NO. 5")).score
        < THRESHOLD
    )


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("TEHRIK-E TALIBAN PAKISTAN", "TEHRIK-I-TALIBAN PAKISTAN"),  # ezafe, not a numeral
        ("JAISH-I-MOHAMMED", "JAISH-E-MOHAMMED"),
        ("AVIATRANS ANSTALT", "AVIATRANS ESTABLISHMENT"),  # OFAC SDN a.k.a.
        ("MAIWAND GENERAL TRADING CO LLC", "Maiwand Gen. Trading Co. L.L.C."),
        ("GRANDEUR GENERAL TRADING FZE", "Grandeur General Trdg Free Zone Establishment"),
        ("AGROPECUARIA MAIS SOCIEDAD POR ACCIONES SIMPLIFICADA", "AGROPECUARIA MAIS S.A.S."),
        ("HUAXIN SHIPPING HONGKONG LTD", "Huaxin Shipping (Hong Kong) Limited"),
    ],
)
def test_organisation_names_as_lists_write_them(left: str, right: str) -> None:
    result = score_entities(entity("Organization", left), entity("Organization", right))
    assert result.score >= THRESHOLD, result.explanation


def test_a_roman_numeral_ending_a_name_is_still_a_number() -> None:
    assert score_entities(entity("Vessel", "ARGO I"), entity("Vessel", "ARGO 1")).score >= THRESHOLD
    assert score_entities(entity("Vessel", "ARGO I"), entity("Vessel", "ARGO II")).score < THRESHOLD


def test_a_bracketed_part_of_two_words_is_also_kept_in_place() -> None:
    spaced = [" ".join(n.split()) for n in split_acronym("Huaxin Shipping (Hong Kong) Limited")]
    assert spaced == [
        "Huaxin Shipping Limited",
        "Huaxin Shipping Hong Kong Limited",
        "Hong Kong",
    ]
    assert split_acronym("GENERAL BUREAU OF ATOMIC ENERGY (GBAE)") == [
        "GENERAL BUREAU OF ATOMIC ENERGY",
        "GBAE",
    ]
