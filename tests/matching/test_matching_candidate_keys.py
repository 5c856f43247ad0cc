"""Candidate keys for true pairs the scorer matches but screening would never have compared.

Found by bench/bench_matching_candidates.py on the blind pair sets (bench/data/blind): each
pair below scored as a match pair by pair, yet shared no key that survives a real list.
"""

from __future__ import annotations

import pytest

from sanctionwatch.matching import score_entities
from sanctionwatch.matching.bulk import ListedIndex
from sanctionwatch.matching.config import load_config
from sanctionwatch.matching.entity import EntityRecord
from sanctionwatch.matching.keys import name_keys
from sanctionwatch.names.forms import analyse_name

THRESHOLD = load_config().threshold


@pytest.mark.parametrize(
    ("looked_up", "listed", "schema"),
    [
        # a Korean trade name read more than one way (dae-ryong-gang, daer-yong-gang): UN list
        # KPe.030 KOREA DAERYONGGANG TRADING CORPORATION (조선대령강무역회사); OFAC SDN
        # HAPJANGGANG SHIPPING CORP in Kontsevich Cyrillic
        ("Korea Daeryonggang Trading Corporation", "조선대령강무역회사", "Company"),
        ("HAPJANGGANG SHIPPING CORP", "Судоходная корпорация «Хапчжанган»", "Company"),
        # a trade name written in two words (OFAC SDN KOREA YUJONG SHIPPING CO LTD)
        ("KOREA YUJONG SHIPPING CO LTD", "Korea Yu Jong Shipping Company Limited", "Company"),
        # a full name looked up against a listed acronym (UN list KPe: KOREA PAEKHO TRADING
        # CORPORATION, KPTC)
        ("KOREA PAEKHO TRADING CORPORATION", "KPTC", "Company"),
    ],
)
def test_a_matched_pair_is_a_candidate_amid_many(looked_up: str, listed: str, schema: str) -> None:
    assert (
        score_entities(
            {"schema": schema, "name": [looked_up]}, {"schema": schema, "name": [listed]}
        ).score
        >= THRESHOLD
    )
    # decoys that share the common words, enough to drop every frequent key
    decoys = [EntityRecord(schema, [f"Korea Trading Corporation {n}"]) for n in range(40)]
    index = ListedIndex([*decoys, EntityRecord(schema, [listed])])
    assert len(decoys) in index.candidates(EntityRecord(schema, [looked_up]))


def test_two_full_names_do_not_meet_through_an_acronym_they_share() -> None:
    """KOREA PAEKHO TRADING CORPORATION and KOREA PUGANG TRADING CORPORATION both allow KPTC: a
    listed full name keys its acronyms for acronyms looked up, a full name looked up keys them
    for listed acronyms only."""
    first = name_keys(analyse_name("KOREA PAEKHO TRADING CORPORATION", "company"), listed=False)
    second = name_keys(analyse_name("KOREA PUGANG TRADING CORPORATION", "company"), listed=True)
    assert not {k for k in first & second if k.startswith(("ab:", "ac:"))}
