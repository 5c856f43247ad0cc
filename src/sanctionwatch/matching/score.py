"""score_entities: one pair of entities, a score in [0, 1] and the explanation behind it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sanctionwatch.matching.attributes import apply_evidence, attribute_evidence
from sanctionwatch.matching.config import MatchConfig, load_config
from sanctionwatch.matching.entity import EntityRecord, entity_from_dict
from sanctionwatch.matching.name_score import NameMatch, compare_names
from sanctionwatch.names.forms import analyse_name, kind_of

MAX_NAMES = 50  # names per entity compared (the rest are counted in the explanation)


@dataclass(frozen=True)
class MatchScore:
    score: float
    explanation: dict[str, Any]


def best_name_match(
    a: EntityRecord, b: EntityRecord, cfg: MatchConfig
) -> tuple[NameMatch, str, str]:
    """The strongest pair among both entities' names.

    "no names" only when a side has none: a pair compared at 0 still names its method (a
    Korean syllable that differs says why the score is 0, where "no names" would mislead).
    """
    kind_a, kind_b = kind_of(a.schema), kind_of(b.schema)
    best = NameMatch(-1.0, "no names", {})
    best_pair = ("", "")
    for name_a in a.names[:MAX_NAMES]:
        form_a = analyse_name(name_a, kind_a)
        for name_b in b.names[:MAX_NAMES]:
            match = compare_names(form_a, analyse_name(name_b, kind_b), cfg)
            if match.score > best.score:
                best, best_pair = match, (name_a, name_b)
    if best.score < 0:
        best = NameMatch(0.0, "no names", {})
    return best, best_pair[0], best_pair[1]


def score_from_name(
    a: EntityRecord, b: EntityRecord, name: NameMatch, name_a: str, name_b: str, cfg: MatchConfig
) -> MatchScore:
    """The final score and explanation once the best name match is known."""
    evidence = attribute_evidence(a, b, cfg)
    score, steps = apply_evidence(name.score, evidence, cfg)
    explanation: dict[str, Any] = {
        "name": {
            "left": name_a,
            "right": name_b,
            "score": round(name.score, 4),
            "method": name.method,
            **name.detail,
        },
        "attributes": steps,
        "score": round(score, 4),
    }
    unread = {side: r.unread for side, r in (("left", a), ("right", b)) if r.unread}
    if unread:  # values that are no evidence because they could not be read, shown not dropped
        explanation["not_read"] = unread
    if max(len(a.names), len(b.names)) > MAX_NAMES:
        explanation["names_not_compared"] = max(len(a.names), len(b.names)) - MAX_NAMES
    return MatchScore(round(score, 6), explanation)


def score_records(a: EntityRecord, b: EntityRecord, cfg: MatchConfig) -> MatchScore:
    name, name_a, name_b = best_name_match(a, b, cfg)
    return score_from_name(a, b, name, name_a, name_b, cfg)


def score_entities(a: dict[str, Any], b: dict[str, Any]) -> MatchScore:
    """Score two FtM-style (or eval-shape) entity dicts; see docs/matching.md for the meaning."""
    cfg = load_config()
    return score_records(
        entity_from_dict(a, cfg.identifier_types), entity_from_dict(b, cfg.identifier_types), cfg
    )
