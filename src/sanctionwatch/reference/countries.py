"""Country values as lists and registries write them -> ISO 3166-1 alpha-2, lower case ('kp').

One table for every stage (`countries.tsv` plus `country_aliases.tsv`, sources in their headers),
so a sanctions list and a registry never disagree about a country. The lookup key is built the
same way in Python and in SQL, so a bulk load in DuckDB and a one-off call give the same code.
"""

from __future__ import annotations

import csv
import re
from functools import cache
from importlib import resources

from sanctionwatch.errors import ConfigError

_NOT_WORD = re.compile(r"[\W_]+")
_SQL_NOT_WORD = "[^\\pL\\pN]+"  # RE2's letters and digits: Python's \w less the underscore
_CODE_COLUMNS = ("code", "alpha3", "numeric", "name_en", "name_ru", "full_name_en")


def country_key(value: str) -> str:
    """Lower case, ё as е, anything but letters and digits as one space, numbers without 0s."""
    key = _NOT_WORD.sub(" ", value.strip().lower().replace("ё", "е")).strip()
    if key.isdigit():
        key = key.lstrip("0") or "0"
    return key


def country_key_sql(expr: str) -> str:
    """SQL computing `country_key` of the text `expr` (DuckDB)."""
    lowered = f"replace(lower(trim({expr})), 'ё', 'е')"
    cleaned = f"trim(regexp_replace({lowered}, '{_SQL_NOT_WORD}', ' ', 'g'))"
    return (
        f"(CASE WHEN regexp_full_match({cleaned}, '[0-9]+') "
        f"THEN coalesce(nullif(ltrim({cleaned}, '0'), ''), '0') ELSE {cleaned} END)"
    )


def _data_rows(name: str) -> list[dict[str, str]]:
    text = resources.files("sanctionwatch.reference").joinpath(name).read_text("utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


@cache
def country_lookup() -> dict[str, str]:
    """Every known spelling's key -> alpha-2 code; a key claimed by two codes is a data error."""
    lookup: dict[str, str] = {}
    conflicts: list[str] = []

    def add(raw: str | None, code: str) -> None:
        if not raw:
            return
        key = country_key(raw)
        if lookup.setdefault(key, code) != code:
            conflicts.append(f"{raw!r} -> {lookup[key]} and {code}")

    for row in _data_rows("countries.tsv"):
        for column in _CODE_COLUMNS:
            add(row[column], row["code"])
    for row in _data_rows("country_aliases.tsv"):
        add(row["alias"], row["code"])
    if conflicts:
        raise ConfigError("country table: ambiguous spellings: " + "; ".join(conflicts))
    return lookup


def country_code(value: str | None) -> str | None:
    """ISO alpha-2 lower for a known spelling; None for a blank, unknown or ambiguous one."""
    if value is None or not value.strip():
        return None
    return country_lookup().get(country_key(value))


@cache
def _name_lookup() -> dict[tuple[str, ...], str]:
    """Spellings of four letters or more, as word tuples (codes like 'IN' or 'US' are words too)."""
    return {
        tuple(key.split()): code
        for key, code in country_lookup().items()
        if len(key) >= 4 and not key.isdigit()
    }


def countries_in_text(value: str | None, *, longest: int = 6) -> list[str]:
    """Codes of the country names standing as whole words in free text, in order of appearance.

    Lists write 'Indonesia (as at Dec. 2003)' or 'Sudan/South Sudan' where a country is expected;
    the longest name wins at each position, so 'South Sudan' is not also read as 'Sudan'.
    """
    if value is None:
        return []
    words = country_key(value).split()
    names = _name_lookup()
    found: list[str] = []
    i = 0
    while i < len(words):
        for size in range(min(longest, len(words) - i), 0, -1):
            code = names.get(tuple(words[i : i + size]))
            if code is not None:
                if code not in found:
                    found.append(code)
                i += size
                break
        else:
            i += 1
    return found


@cache
def known_country_codes() -> frozenset[str]:
    """Every alpha-2 code the table can produce (a mapping file may map a value to these).

    Cached: pair scoring asks for it whenever two nationalities differ."""
    return frozenset(country_lookup().values())
