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
from sanctionwatch.reference.countries import country_code

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


@lru_cache(maxsize=100_000)  # dates recur across a registry's rows
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


@lru_cache(maxsize=10_000)
def _country(value: str) -> str:
    """ISO alpha-2 for any spelling the country table knows (PRK, North Korea, КНДР -> kp), so
    that two spellings of one country agree and kp / kr conflict; an unknown value as written."""
    return country_code(value) or value.strip().lower()


def normalise_identifier(value: str) -> str:
    return _ID_JUNK.sub("", value).upper()


def _as_strings(value: Any, key: str) -> list[str]:
    """A property's values as non-blank strings; a single string or date counts as a list of one."""
    if isinstance(value, str | date):
        value = [value]
    elif not isinstance(value, list):
        raise InputError(f"property {key!r} must be a list of strings", field=key)
    return [text for text in (str(v) for v in value if v is not None) if text.strip()]


_ROLES = {
    **{key: "name" for key in NAME_PROPERTIES},
    **{key: "country" for key in COUNTRY_PROPERTIES},
    "birthDate": "birth",
    "gender": "gender",
}


def entity_from_dict(data: dict[str, Any], identifier_types: tuple[str, ...]) -> EntityRecord:
    """Accept {"schema", "properties": {...}} or the flat eval shape {"schema", "name": [...]}.

    One pass over the properties present (an entity carries a few of the many known ones).
    """
    if not isinstance(data, dict):
        raise InputError("an entity must be a JSON object")
    props = data.get("properties", data)
    if not isinstance(props, dict):
        raise InputError("'properties' must be an object", field="properties")
    names_by_key: dict[str, list[str]] = {}
    births: list[BirthDate] = []
    countries: set[str] = set()
    gender: str | None = None
    identifiers: dict[str, set[str]] = {}
    for key, value in props.items():
        role = _ROLES.get(key)
        if value is None or (role is None and key not in identifier_types):
            continue
        values = _as_strings(value, key)
        if role == "name":
            names_by_key[key] = [name for raw in values for name in _names_in(raw)]
        elif role == "country":
            countries.update(map(_country, values))
        elif role == "birth":
            births = [b for b in map(parse_birth_date, values) if b is not None]
        elif role == "gender":
            gender = values[0].lower() if values else None
        else:
            found = {normalise_identifier(v) for v in values}
            found.discard("")
            if found:
                identifiers[key] = found
    names = [n for key in NAME_PROPERTIES for n in names_by_key.get(key, ())]
    return EntityRecord(
        schema=str(data.get("schema") or "Person"),
        names=list(dict.fromkeys(names)),
        birth_dates=births,
        countries=countries,
        gender=gender,
        identifiers=identifiers,
    )


@lru_cache(maxsize=200_000)
def _names_in(raw: str) -> tuple[str, ...]:
    """The cleaned names one written value holds (a name and its bracketed acronym), letters only.

    Cached: the same spelling recurs across the entities of a list or a registry.
    """
    cleaned = (clean_name(n) for n in split_acronym(raw))
    return tuple(n for n in cleaned if any(ch.isalpha() for ch in n))
