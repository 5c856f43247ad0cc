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
from sanctionwatch.reference.genders import gender_code

NAME_PROPERTIES = ("name", "alias", "previousName", "weakAlias", "abbreviation")
COUNTRY_PROPERTIES = ("nationality", "citizenship", "country", "jurisdiction")
_DATE = re.compile(r"^(\d{4})(?:[-/](\d{2})(?:[-/](\d{2}))?)?")
_ID_JUNK = re.compile(r"[^0-9A-Za-z]")
_DOTTED_DATE = re.compile(r"(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})")
_WORDED_DATE = re.compile(r"(?:(?P<day>\d{1,2})\s+)?(?P<month>[A-Za-z]{3,9})\.?\s+(?P<year>\d{4})")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


@dataclass(frozen=True)
class BirthDate:
    """A birth date as a range: a full date is one day, a year is Jan 1 .. Dec 31."""

    start: date
    end: date

    @property
    def precise(self) -> bool:
        return self.start == self.end


@dataclass(slots=True)
class EntityRecord:
    schema: str
    names: list[str]
    birth_dates: list[BirthDate] = field(default_factory=list)
    countries: set[str] = field(default_factory=set)
    gender: str | None = None
    identifiers: dict[str, set[str]] = field(default_factory=dict)
    unread: dict[str, list[str]] = field(default_factory=dict)  # values kept out, shown


@lru_cache(maxsize=100_000)  # dates recur across a registry's rows
def parse_birth_date(raw: str) -> BirthDate | None:
    """'1961-03-02', '1961-03' or '1961' as a range, also as Russian registries ('02.03.1961')
    and the UN and OFAC lists ('2 Mar 1961', 'Mar 1961') write them; None for what is not a
    date."""
    text = raw.strip()
    found = _DATE.match(text)
    if found:
        year, month, day = (int(g) if g else None for g in found.groups())
    else:
        written = _DOTTED_DATE.fullmatch(text) or _WORDED_DATE.fullmatch(text)
        if not written:
            return None
        parts = written.groupdict()
        year, day = int(parts["year"]), int(parts["day"]) if parts.get("day") else None
        month = _month_number(parts["month"])
        if month is None:
            return None
        if day is None and _DOTTED_DATE.fullmatch(text):
            return None
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
def country_of(value: str) -> str:
    """ISO alpha-2 for any spelling the country table knows (PRK, North Korea, КНДР -> kp), so
    that two spellings of one country agree and kp / kr conflict; an unknown value as written."""
    return country_code(value) or value.strip().lower()


def _month_number(text: str) -> int | None:
    if text.isdigit():
        return int(text) if 1 <= int(text) <= 12 else None
    prefix = text[:3].lower()
    return _MONTHS.index(prefix) + 1 if prefix in _MONTHS else None


NUMERIC_IDENTIFIERS = frozenset({"imoNumber", "mmsi", "innCode", "ogrnCode"})
# A label written before a number: IMO 8660313, No. 645410058, № 123, Nr 5, # 7.
_ID_LABEL = re.compile(r"^\s*(?:(?:imo|no|nr|number|num)[\s.:]+|[№#]\s*)", re.IGNORECASE)


def normalise_identifier(value: str, kind: str | None = None) -> str:
    """One form per identifier: letters and digits, upper case, without a label written before
    it (IMO 8660313 = 8660313, No. 645410058 = 645410058); numeric kinds (IMO, MMSI, INN, OGRN)
    keep their digits only."""
    if kind in NUMERIC_IDENTIFIERS:
        return "".join(ch for ch in value if ch.isdigit())
    return _ID_JUNK.sub("", _ID_LABEL.sub("", value)).upper()


def _as_strings(value: Any, key: str) -> list[str]:
    """A property's values as non-blank strings; a single string or date counts as a list of one."""
    if isinstance(value, str | date):
        value = [value]
    elif not isinstance(value, list):
        raise InputError(f"property {key!r} must be a list of strings", field=key)
    for v in value:
        if type(v) is not str or not v.strip():
            break
    else:
        written: list[str] = value
        return written  # the usual case: non-blank strings, as written
    return [text for text in (str(v) for v in value if v is not None) if text.strip()]


_ROLES = {
    **{key: "name" for key in NAME_PROPERTIES},
    **{key: "country" for key in COUNTRY_PROPERTIES},
    "birthDate": "birth",
    "gender": "gender",
}
_NAME_ORDER = {key: rank for rank, key in enumerate(NAME_PROPERTIES)}


@lru_cache(maxsize=8)
def _roles_with(identifier_types: tuple[str, ...]) -> dict[str, str]:
    """Every property read, with its role: one dict lookup per property of an entity."""
    return {**dict.fromkeys(identifier_types, "identifier"), **_ROLES}


def entity_from_dict(data: dict[str, Any], identifier_types: tuple[str, ...]) -> EntityRecord:
    """Accept {"schema", "properties": {...}} or the flat eval shape {"schema", "name": [...]}.

    One pass over the properties present (an entity carries a few of the many known ones).
    """
    if not isinstance(data, dict):
        raise InputError("an entity must be a JSON object")
    props = data.get("properties", data)
    if not isinstance(props, dict):
        raise InputError("'properties' must be an object", field="properties")
    roles = _roles_with(identifier_types)
    names_by_key: list[tuple[int, list[str]]] = []
    births: list[BirthDate] = []
    countries: set[str] = set()
    gender: str | None = None
    identifiers: dict[str, set[str]] = {}
    unread: dict[str, list[str]] = {}
    for key, value in props.items():
        role = roles.get(key)
        if role is None or value is None:
            continue
        values = _as_strings(value, key)
        if role == "name":
            names_by_key.append(
                (_NAME_ORDER[key], [name for raw in values for name in _names_in(raw)])
            )
        elif role == "country":
            countries.update(map(country_of, values))
        elif role == "birth":
            parsed = [(v, parse_birth_date(v)) for v in values]
            births = [b for _, b in parsed if b is not None]
            if len(births) < len(parsed):
                unread[key] = [v for v, b in parsed if b is None]
        elif role == "gender":
            if values:
                gender = gender_code(values[0])
                if gender is None:
                    unread[key] = values[:1]
        else:
            found = {normalise_identifier(v, key) for v in values}
            found.discard("")
            if found:
                identifiers[key] = found
    if len(names_by_key) == 1:
        names = names_by_key[0][1]
    else:  # names first, then aliases, previous names, weak aliases, abbreviations
        names = [n for _, found_names in sorted(names_by_key) for n in found_names]
    return EntityRecord(
        str(data.get("schema") or "Person"),
        list(dict.fromkeys(names)),
        births,
        countries,
        gender,
        identifiers,
        unread,
    )


@lru_cache(maxsize=200_000)
def _names_in(raw: str) -> tuple[str, ...]:
    """The cleaned names one written value holds (a name and its bracketed acronym), letters only.

    Cached: the same spelling recurs across the entities of a list or a registry.
    """
    cleaned = (clean_name(n) for n in split_acronym(raw))
    return tuple(n for n in cleaned if any(ch.isalpha() for ch in n))
