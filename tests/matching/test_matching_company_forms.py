"""Company names: legal forms written out, abbreviated generic words, and parties kept apart.

Every pair below is one entry of the lists in /work/shared/data and another spelling of it
(OFAC SDN sdn_csv_2021-07 sdn.csv and alt.csv, UN_consolidated_2026-02-27.xml, UK HMT
uk_hmt_ofsi_conlist_2018-04-13), or two entries of those lists that name two parties. The
Cyrillic spellings are the Russian originals of the OFAC transliterations (PUBLICHNOE
AKTSIONERNOE OBSHCHESTVO MECHEL, SGM-MOST OOO, IFDK ZAO).
"""

from __future__ import annotations

import pytest

from sanctionwatch.matching import score_entities
from sanctionwatch.matching.config import load_config
from sanctionwatch.names.companies import read_company_name

THRESHOLD = load_config().threshold


def score(left: str, right: str) -> float:
    return score_entities(
        {"schema": "Company", "properties": {"name": [left]}},
        {"schema": "Company", "properties": {"name": [right]}},
    ).score


@pytest.mark.parametrize(
    ("listed", "variant"),
    [
        # Russian legal forms written out (BGN/PCGN) or in Cyrillic, and abbreviated
        ("SGM MOST OOO", "OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU 'SGM-MOST'"),  # OFAC alias
        ("SGM MOST OOO", "Общество с ограниченной ответственностью «СГМ-Мост»"),
        ("VVB, PAO", "PUBLIC JOINT-STOCK COMPANY BANK VVB"),  # OFAC alias
        ("MECHEL, PAO", "Публичное акционерное общество «Мечел»"),  # OFAC: PUBLICHNOE ... MECHEL
        ("IFDK, ZAO", "Закрытое акционерное общество «ИФДК»"),
        # abbreviated generic words: CB = commercial bank, SHPG = shipping, PMC, BROS
        ("JOINT STOCK COMMERCIAL BANK RUBLEV", "JSC CB 'RUBLEV'"),  # OFAC alias
        ("IS BANK, AO", "JSC CB 'IS BANK'"),  # OFAC alias
        ("KOREA ANSAN SHIPPING COMPANY", "KOREA ANSAN SHPG COMPANY"),  # UN list entry
        ("PRIVATE MILITARY COMPANY 'WAGNER'", "PMC WAGNER"),  # OFAC alias
        ("AL-OMGY AND BROTHERS MONEY EXCHANGE", "AL-UMGY AND BROS MONEY EXCHANGE"),  # OFAC alias
        # a generic word singular on one side, plural on the other
        ("HONG PANG ELECTRONIC INDUSTRY CO., LTD.", "HONG PANG ELECTRONIC INDUSTRIES LIMITED"),
        (
            "BELARUSIAN OIL TRADE HOUSE",
            "BELARUSIAN OIL TRADING HOUSE REPUBLICAN SUBSIDIARY UNITARY ENTERPRISE",
        ),  # OFAC alias; a Belarusian unitary enterprise
        # legal forms of other jurisdictions (ISO 20275 ELF)
        ("SPI INTERNATIONAL", "SPI INTERNATIONAL PROPRIETARY LIMITED"),  # OFAC alias
        ("KISH INTERNATIONAL BANK", "KISH INTERNATIONAL BANK OFFSHORE COMPANY PJS"),  # OFAC alias
        # one name the other with words that say what it does
        ("AL-QASIUN", "AL-QASIUN SECURITY SERVICES LLC"),  # OFAC alias
        ("OSLEG", "OSLEG VENTURES"),  # OFAC alias
        ("MEHR BANK", "MEHR INTEREST-FREE BANK"),  # OFAC alias
        # a hyphen parts words as a space does
        ("ANSAR AL-DINE", "ANSAR DINE"),  # OFAC alias
        ("ANSAR BANK", "BANK-E ANSAR"),  # OFAC alias
    ],
)
def test_same_company_written_otherwise_matches(listed: str, variant: str) -> None:
    assert score(listed, variant) >= THRESHOLD


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # initials differ: two OFAC SDN entries
        ("G Y R ARQUITECTOS, S. DE R.L. DE C.V.", "W&G ARQUITECTOS, S.A. DE C.V."),
        # a short word another only lengthens: OFAC SDN aliases of two parties each
        ("BASEEJ", "THE BASE"),
        ("BANK-E TAT", "BANK TAATTA"),
        # a generic word against a distinctive one: two entries of the UK HMT list (2018-04-13)
        (
            "STATE ORGANIZATION FOR ENGINEERING INDUSTRIES",
            "STATE ORGANIZATION FOR CONSTRUCTION INDUSTRIES",
        ),
        ("ELLISSA HOLDING", "ELLISSA SHIPPING"),  # two OFAC SDN entries
    ],
)
def test_other_companies_stay_apart(left: str, right: str) -> None:
    assert score(left, right) < THRESHOLD


def test_joined_initials_still_meet() -> None:
    # G Y R ARQUITECTOS, S. DE R.L. DE C.V. a.k.a. GR ARQUITECTOS (OFAC SDN)
    assert score("G Y R ARQUITECTOS, S. DE R.L. DE C.V.", "GR ARQUITECTOS") >= THRESHOLD


def test_legal_forms_and_abbreviations_read_as_words() -> None:
    rublev = read_company_name("JSC CB 'RUBLEV'")
    assert rublev.words == ("rublev",) and rublev.concepts == {"COMMERCIAL", "BANK"}
    assert read_company_name("JOINT STOCK COMMERCIAL BANK RUBLEV").concepts == rublev.concepts
    assert read_company_name("Акционерный коммерческий банк «Рублев»").concepts == rublev.concepts
    assert read_company_name("АКБ «Рублев»").concepts == rublev.concepts
    assert read_company_name("SGM-MOST").words == ("sgm", "most")
    assert read_company_name("ELECTRONIC INDUSTRIES").concepts == {"INDUSTRIAL"}
    assert read_company_name("OBSHCHESTVO S ORGANICHENNOI OTVETSTVENNOSTYU X").words == ("x",)
    # RAHMAH CHARITABLE ORGANIZATION a.k.a. AL-RAHMA CHARITY FOUNDATION (OFAC SDN): one kind of body
    rahmah = read_company_name("RAHMAH CHARITABLE ORGANIZATION")
    assert rahmah.concepts == read_company_name("AL-RAHMA CHARITY FOUNDATION").concepts


@pytest.mark.parametrize(
    ("listed", "alias"),
    [  # OFAC SDN entries and their aliases, one generic word said two ways
        ("AMIN INDUSTRIAL COMPLEX", "Amin Industrial Compound"),
        ("JOINT STOCK COMPANY SHIPBUILDING PLANT LOTOS", "SHIPYARD LOTOS"),
        ("GENERAL ORGANISATION OF RADIO AND TV", "GENERAL RADIO AND TELEVISION CORPORATION"),
        ("OIL ENERDZHI LIMITED LIABILITY COMPANY", "OIL ENERGY"),
        (  # UN list KPe.027
            "KOREA INTERNATIONAL CHEMICAL JOINT VENTURE COMPANY",
            "CHOSON INTERNATIONAL CHEMICALS JOINT OPERATION COMPANY",
        ),
    ],
)
def test_one_generic_word_said_two_ways(listed: str, alias: str) -> None:
    result = score_entities(
        {"schema": "Company", "name": [listed]}, {"schema": "Company", "name": [alias]}
    )
    assert result.score >= load_config().threshold, result.explanation["name"]
