"""The matching configuration (weights, threshold) read from config.yaml and validated."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from sanctionwatch.errors import ConfigError

REQUIRED_NAME_KEYS = [
    "exact",
    "korean_full",
    "shorter_form",
    "korean_near_step",
    "korean_surname_differs",
    "korean_partial_max",
    "token_floor",
    "consonant_weight",
    "arabic_letters",
    "arabic_script_frame",
    "joined_article",
    "compact_floor",
    "acronym",
    "company_words_weight",
    "company_concepts_only",
    "korean_trade_name",
    "korean_letters_swapped",
    "korean_given_reordered",
    "numbers_differ",
    "number_one_side",
    "company_words_differ",
    "swap_cost",
    "patronymic_differs",
    "abbreviation",
    "person_words_differ",
    "married_name",
    "vessel_words_differ",
    "vessel_one_word",
    "chinese_full",
    "chinese_partial_max",
    "chinese_syllables_differ",
    "given_name_short",
    "initial",
]
REQUIRED_ATTRIBUTE_KEYS = [
    "lifelong_identifier_conflict",
    "lifelong_identifier_same",
    "birth_date_exact",
    "birth_year",
    "birth_date_days",
    "birth_date_near",
    "birth_date_full_conflict",
    "birth_date_conflict",
    "nationality_same",
    "nationality_conflict",
    "nationality_hard_conflict",
    "gender_conflict",
    "identifier_same",
    "identifier_conflict",
]


@dataclass(frozen=True)
class MatchConfig:
    threshold: float
    name: dict[str, float]
    support_floor: float
    attributes: dict[str, float]
    hard_conflict_pairs: frozenset[frozenset[str]]
    identifier_types: tuple[str, ...]
    lifelong_identifier_types: frozenset[str] = frozenset()


def _number(section: dict[str, Any], key: str, where: str) -> float:
    value = section.get(key)
    if not isinstance(value, int | float) or not 0 <= value <= 1:
        raise ConfigError(f"matching/config.yaml: {where}.{key} must be a number in [0, 1]")
    return float(value)


@cache
def load_config() -> MatchConfig:
    """Read matching/config.yaml; every missing or out-of-range weight is a ConfigError."""
    raw = yaml.safe_load(resources.files(__package__).joinpath("config.yaml").read_text("utf-8"))
    if not isinstance(raw, dict):
        raise ConfigError("matching/config.yaml: expected a mapping")
    attributes = raw.get("attributes", {})
    return MatchConfig(
        threshold=_number(raw, "threshold", "top"),
        name={k: _number(raw.get("name", {}), k, "name") for k in REQUIRED_NAME_KEYS},
        support_floor=_number(raw, "support_floor", "top"),
        attributes={k: _number(attributes, k, "attributes") for k in REQUIRED_ATTRIBUTE_KEYS},
        hard_conflict_pairs=frozenset(
            frozenset(p) for p in attributes.get("hard_conflict_pairs", [])
        ),
        identifier_types=tuple(attributes.get("identifier_types", [])),
        lifelong_identifier_types=frozenset(attributes.get("lifelong_identifier_types", [])),
    )
