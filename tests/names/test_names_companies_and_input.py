"""Company names across languages, and names that are bad input."""

from __future__ import annotations

import pytest

from sanctionwatch.errors import InputError
from sanctionwatch.names.companies import read_company_name, split_acronym
from sanctionwatch.names.forms import analyse_name
from sanctionwatch.names.scripts import MAX_NAME_CHARS, clean_name, detect_script, require_name


def test_legal_forms_set_aside_and_generic_words_translated() -> None:
    # shared/eval README, company-cross-lingual; UN list entry KOREA RYONBONG GENERAL CORPORATION.
    english = read_company_name("Korea Ryonbong General Corporation")
    russian = read_company_name("Корейская генеральная корпорация «Рёнбон»")
    korean = read_company_name("조선련봉총회사")
    # 총회사 / general corporation / генеральная корпорация: a legal form (see the next test)
    assert english.concepts == russian.concepts == korean.concepts == {"KOREA"}
    assert english.words == ("ryonbong",) and korean.words == ("련봉",)
    assert russian.quoted == ("Рёнбон",)


def test_general_company_is_a_legal_form_and_one_syllable_terms_keep_trade_names() -> None:
    # UN list KPe.048 KOREAN NATIONAL INSURANCE COMPANY = 조선민족보험총회사 (총회사 "general
    # company", written "company"); KPe.035 KOREA DAESONG BANK = 조선대성은행 (성: not "ministry").
    korean = read_company_name("조선민족보험총회사")
    english = read_company_name("Korean National Insurance Company")
    assert korean.concepts == english.concepts == {"KOREA", "NATIONAL", "INSURANCE"}
    assert read_company_name("General Intelligence Directorate").concepts == {"GENERAL"}
    assert read_company_name("조선대성은행").words == ("대성",)
    assert read_company_name("원자력공업성").concepts == {"ATOMIC", "INDUSTRIAL", "MINISTRY"}


def test_russian_legal_form() -> None:
    name = read_company_name('ООО "Ромашка"')
    assert name.words == ("ромашка",) and not name.concepts


def test_acronyms_split_from_full_names() -> None:
    assert split_acronym("GENERAL BUREAU OF ATOMIC ENERGY (GBAE)") == [
        "GENERAL BUREAU OF ATOMIC ENERGY",
        "GBAE",
    ]
    assert read_company_name("General Bureau of Atomic Energy").acronym == "gbae"


def test_empty_name_is_rejected() -> None:
    with pytest.raises(InputError, match="no letters"):
        require_name("   ")
    assert analyse_name("").tokens == ()


def test_one_character_name_is_kept_but_gives_no_keys() -> None:
    form = analyse_name("K")
    assert form.tokens == ("k",)


def test_mixed_scripts_detected_and_compared_per_word() -> None:
    assert detect_script("Kim Чен Ын") == "mixed"
    form = analyse_name("Kim Чен Ын")
    assert form.tokens == ("kim", "chen", "in") and form.korean == ()


def test_unassigned_and_control_code_points_dropped() -> None:
    assert clean_name("Kim\u0378 Jong\u200b Un\x00") == "Kim Jong Un"


def test_ten_thousand_characters_are_cut() -> None:
    form = analyse_name("Ivanov " * 1500)
    assert len(form.text) <= MAX_NAME_CHARS
