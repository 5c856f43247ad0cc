"""The entity a score compares: names and attributes from an FtM-style or eval-file dict."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from sanctionwatch.errors import InputError
from sanctionwatch.names.companies import split_acronym
from sanctionwatch.names.scripts import clean_name

NAME_PROPERTIES = ("name", "alias", "previousName", "weakAlias", "abbreviation")
COUNTRY_PROPERTIES = ("nationality", "citizenship", "country", "jurisdiction")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_ID_JUNK = re.compile(r"[^0-9A-Za-z]")


@dataclass(frozen=True)
class BirthDate:
    """A birth date as a range: a full date is one day, a year is Jan 1 .. Dec 31."""

    start: date
    end: date

    @property
    def precise(self) -> bool:
        return self.start == self.end


@dataclass
class EntityRecord:
    schema: str
    names: list[str]
    birth_dates: list[BirthDate] = field(default_factory=list)
    countries: set[str] = field(default_factory=set)
    gender: str | None = None
    identifiers: dict[str, set[str]] = field(default_factory=dict)


def parse_birth_date(raw: str) -> BirthDate | None:
    """'1961-03-02', '1961-03' or '1961' as a range; None for what is not a date."""
    found = _DATE.match(raw.strip())
    if not found:
        return None
    year, month, day = (int(g) if g else None for g in found.groups())
    assert year is not None
    try:
        if month is None:
            return BirthDate(date(year, 1, 1), date(year, 12, 31))
        if day is None:
            return BirthDate(
                date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
            )
        return BirthDate(date(year, month, day), date(year, month, day))
    except ValueError:
        return None


def normalise_identifier(value: str) -> str:
    return _ID_JUNK.sub("", value).upper()


def _values(props: dict[str, Any], key: str) -> list[str]:
    value = props.get(key)
    if value is None:
        return []
    if isinstance(value, str | date):
        value = [value]
    if not isinstance(value, list):
        raise InputError(f"property {key!r} must be a list of strings", field=key)
    return [str(v) for v in value if v is not None and str(v).strip()]


def entity_from_dict(data: dict[str, Any], identifier_types: tuple[str, ...]) -> EntityRecord:
    """Accept {"schema", "properties": {...}} or the flat eval shape {"schema", "name": [...]}."""
    if not isinstance(data, dict):
        raise InputError("an entity must be a JSON object")
    props = data.get("properties", data)
    if not isinstance(props, dict):
        raise InputError("'properties' must be an object", field="properties")
    names: list[str] = []
    for key in NAME_PROPERTIES:
        if key in props:
            for raw in _values(props, key):
                names.extend(_names_in(raw))
    births = [b for b in map(_birth_date, _values(props, "birthDate")) if b is not None]
    countries = {c.strip().lower() for k in COUNTRY_PROPERTIES for c in _values(props, k)}
    genders = _values(props, "gender")
    identifiers: dict[str, set[str]] = {}
    for kind in identifier_types:
        if kind in props:
            found = {normalise_identifier(v) for v in _values(props, kind)}
            found.discard("")
            if found:
                identifiers[kind] = found
    return EntityRecord(
        schema=str(data.get("schema") or "Person"),
        names=list(dict.fromkeys(names)),
        birth_dates=births,
        countries=countries,
        gender=genders[0].lower() if genders else None,
        identifiers=identifiers,
    )


@lru_cache(maxsize=200_000)
def _names_in(raw: str) -> tuple[str, ...]:
    """The cleaned names one written value holds (a name and its bracketed acronym), letters only.

    Cached: the same spelling recurs across the entities of a list or a registry.
    """
    cleaned = (clean_name(n) for n in split_acronym(raw))
    return tuple(n for n in cleaned if any(ch.isalpha() for ch in n))


@lru_cache(maxsize=100_000)
def _birth_date(raw: str) -> BirthDate | None:
    return parse_birth_date(raw)
