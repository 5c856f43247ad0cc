"""What birth dates, nationality, gender and identifiers add to or take from a name score."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sanctionwatch.matching.config import MatchConfig
from sanctionwatch.matching.entity import BirthDate, EntityRecord
from sanctionwatch.reference.countries import known_country_codes

NEAR_YEARS = 2
SLIP_DAYS = 31  # two full dates this close read as one date mistyped, not as a conflict


@dataclass(frozen=True)
class Evidence:
    """One attribute's effect: a lift (towards 1) or a drop (towards 0) and why."""

    attribute: str
    effect: str  # lift, drop, or settle (a lifelong identifier in common: the score's floor)
    weight: float
    reason: str


def _transposed(x: date, y: date) -> bool:
    """1961-05-12 written as 1961-12-05: one date, read in the other day/month order."""
    return x.year == y.year and x.day == y.month and x.month == y.day


def _birth(a: list[BirthDate], b: list[BirthDate], cfg: MatchConfig) -> Evidence | None:
    if not a or not b:
        return None
    w = cfg.attributes
    if any(x.precise and x == y for x in a for y in b):
        return Evidence("birthDate", "lift", w["birth_date_exact"], "same date of birth")
    if any(x.start <= y.end and y.start <= x.end for x in a for y in b):
        return Evidence("birthDate", "lift", w["birth_year"], "birth dates overlap (year or range)")
    full = [(x.start, y.start) for x in a for y in b if x.precise and y.precise]
    days = min((abs((x - y).days) for x, y in full), default=SLIP_DAYS + 1)
    if days <= SLIP_DAYS:
        reason = f"birth dates {days} day(s) apart (a slip of a digit or a day)"
        return Evidence("birthDate", "drop", w["birth_date_days"], reason)
    if any(_transposed(x, y) for x, y in full):
        return Evidence("birthDate", "drop", w["birth_date_near"], "day and month transposed")
    if full and len(full) == len(a) * len(b):
        reason = f"full birth dates disagree ({full[0][0]} vs {full[0][1]})"
        return Evidence("birthDate", "drop", w["birth_date_full_conflict"], reason)
    gap = min(
        abs(x.start.year - y.start.year) if x.start > y.end else abs(y.start.year - x.end.year)
        for x in a
        for y in b
    )
    if gap <= NEAR_YEARS:
        return Evidence(
            "birthDate", "drop", w["birth_date_near"], f"birth dates {gap} year(s) apart"
        )
    return Evidence("birthDate", "drop", w["birth_date_conflict"], f"birth years {gap} apart")


def _countries(a: set[str], b: set[str], cfg: MatchConfig) -> Evidence | None:
    if not a or not b:
        return None
    w = cfg.attributes
    if a & b:
        return Evidence("nationality", "lift", w["nationality_same"], f"both {sorted(a & b)[0]}")
    unknown = sorted((a | b) - known_country_codes())
    if unknown:  # "Korea" may be either; an unknown spelling is no evidence of another country
        return Evidence("nationality", "drop", 0.0, f"not a known country: {unknown}, not counted")
    for x in a:
        for y in b:
            if frozenset((x, y)) in cfg.hard_conflict_pairs:
                return Evidence(
                    "nationality", "drop", w["nationality_hard_conflict"], f"{x} vs {y}"
                )
    return Evidence("nationality", "drop", w["nationality_conflict"], f"{sorted(a)} vs {sorted(b)}")


def _identifiers(a: EntityRecord, b: EntityRecord, cfg: MatchConfig) -> list[Evidence]:
    found: list[Evidence] = []
    w = cfg.attributes
    for kind in sorted(a.identifiers.keys() & b.identifiers.keys()):
        same = a.identifiers[kind] & b.identifiers[kind]
        if same and kind in cfg.lifelong_identifier_types:  # a renamed ship, a renamed firm
            reason = f"same {kind} {min(same)}, assigned once: whatever the names"
            found.append(Evidence(kind, "settle", w["lifelong_identifier_same"], reason))
        elif same:
            found.append(Evidence(kind, "lift", w["identifier_same"], f"same {kind} {min(same)}"))
        else:
            weight = (
                w["lifelong_identifier_conflict"]
                if kind in cfg.lifelong_identifier_types
                else w["identifier_conflict"]
            )
            found.append(Evidence(kind, "drop", weight, f"different {kind}"))
    return found


def attribute_evidence(a: EntityRecord, b: EntityRecord, cfg: MatchConfig) -> list[Evidence]:
    """Every attribute both sides carry, each as one piece of evidence."""
    found = [
        e
        for e in (
            _birth(a.birth_dates, b.birth_dates, cfg),
            _countries(a.countries, b.countries, cfg),
        )
        if e
    ]
    if a.gender and b.gender and a.gender != b.gender:
        found.append(
            Evidence(
                "gender", "drop", cfg.attributes["gender_conflict"], f"{a.gender} vs {b.gender}"
            )
        )
    found.extend(_identifiers(a, b, cfg))
    return found


def apply_evidence(
    name_score: float, evidence: list[Evidence], cfg: MatchConfig
) -> tuple[float, list[dict[str, object]]]:
    """Drops always apply; lifts only to names at least `support_floor` strong; a lifelong
    identifier both sides share (IMO, INN, OGRN) settles the score at its floor at least,
    whatever the names say: ships and firms are renamed, the number stays."""
    score = name_score
    steps: list[dict[str, object]] = []
    order = {"drop": 0, "lift": 1, "settle": 2}
    for item in sorted(evidence, key=lambda e: order[e.effect]):
        before = score
        if item.effect == "drop":
            score *= 1 - item.weight
        elif item.effect == "settle":
            score = max(score + (1 - score) * cfg.attributes["identifier_same"], item.weight)
        elif name_score >= cfg.support_floor:
            score += (1 - score) * item.weight
        steps.append(
            {"attribute": item.attribute, "reason": item.reason, "change": round(score - before, 4)}
        )
    return min(max(score, 0.0), 1.0), steps
