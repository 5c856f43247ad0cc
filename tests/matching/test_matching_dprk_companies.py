"""DPRK entities of the UN list against their Korean and Russian names.

The Latin names and references are the UN consolidated list's (UN_consolidated_2026-02-27.xml,
KPe.*); the Korean names are the entities' own (조선... as DPRK media and the UN Panel of Experts
write them); the Russian names translate the generic words and give the trade name in Kontsevich
(Танчхон, Тэдон, Хёксин), as Russian registries and press write such names.
"""

from __future__ import annotations

import pytest

from sanctionwatch.matching import score_entities
from sanctionwatch.matching.config import load_config

THRESHOLD = load_config().threshold


def company(name: str) -> dict[str, object]:
    return {"schema": "Company", "properties": {"name": [name]}}


@pytest.mark.parametrize(
    ("listed", "other"),
    [
        ("TANCHON COMMERCIAL BANK", "단천상업은행"),  # KPe.003
        ("TANCHON COMMERCIAL BANK", "Танчхонский коммерческий банк"),  # place adjective
        ("KOREA DAESONG BANK", "조선대성은행"),  # KPe.035: 성 is the trade name's, not "ministry"
        ("KOREA DAESONG BANK", "Корейский банк «Тэсон»"),
        ("KOREAN NATIONAL INSURANCE COMPANY", "조선민족보험총회사"),  # KPe.048
        ("KOREAN NATIONAL INSURANCE COMPANY", "Корейская национальная страховая компания"),
        ("DAEDONG CREDIT BANK", "대동신용은행"),  # KPe.023
        ("KOREA HYOKSIN TRADING CORPORATION", "Корейская торговая корпорация «Хёксин»"),  # KPe.006
        ("KOREA RYONHA MACHINERY JOINT VENTURE CORPORATION", "조선련하기계합영회사"),  # KPe.016
        # a hyphen inside a Korean trade name joins its syllables (and "совместная" = joint)
        ("KOREA RYON-HA MACHINERY JOINT VENTURE CORPORATION", "조선련하기계합영회사"),
        (
            "KOREA RYONHA MACHINERY JOINT VENTURE CORPORATION",
            "Корейская совместная машиностроительная корпорация «Рён-Ха»",
        ),
        ("KOREA RYON-BONG GENERAL CORPORATION", "조선련봉총회사"),
    ],
)
def test_listed_dprk_entity_meets_its_korean_and_russian_names(listed: str, other: str) -> None:
    result = score_entities(company(listed), company(other))
    assert result.score >= THRESHOLD, result.explanation


@pytest.mark.parametrize(
    ("listed", "other"),
    [
        ("KOREA DAESONG BANK", "Корейский банк «Тэдон»"),  # Daesong is not Daedong
        ("KOREAN TANGUN TRADING CORPORATION", "조선혁신무역회사"),  # KPe.008 vs KPe.006
        ("KOREA KUMSAN TRADING CORPORATION", "조선금강무역회사"),  # 금산 vs 금강
        ("KOREA KWANGSON BANKING CORPORATION", "조선대성은행"),  # KPe.025 vs KPe.035
    ],
)
def test_other_dprk_entities_with_the_same_generic_words_do_not_meet(
    listed: str, other: str
) -> None:
    assert score_entities(company(listed), company(other)).score < THRESHOLD
