"""Country values as registries write them (names, ISO codes, OKSM numbers) -> ISO alpha-2 lower.

The table is data (`data/countries.tsv`, `data/country_aliases.tsv`); this module only builds
the lookup key the same way in Python and in SQL, so a bulk load and a one-off call agree.
"""

from __future__ import annotations

import csv
import re
from functools import cache
from importlib import resources

from sanctionwatch.errors import ConfigError

_SEPARATORS = re.compile(r"[\s.,()'’\"-]+")
_SQL_SEPARATORS = "[\\s.,()''’\"-]+"


def country_key(value: str) -> str:
    """Lower case, ё as е, punctuation and runs of spaces as one space, numbers without 0s."""
    key = _SEPARATORS.sub(" ", value.strip().lower().replace("ё", "е")).strip()
    if key.isdigit():
        key = key.lstrip("0") or "0"
    return key


def country_key_sql(expr: str) -> str:
    """SQL computing `country_key` of the text `expr`."""
    lowered = f"replace(lower(trim({expr})), 'ё', 'е')"
    cleaned = f"trim(regexp_replace({lowered}, '{_SQL_SEPARATORS}', ' ', 'g'))"
    return (
        f"(CASE WHEN regexp_full_match({cleaned}, '[0-9]+') "
        f"THEN coalesce(nullif(ltrim({cleaned}, '0'), ''), '0') ELSE {cleaned} END)"
    )


def _data_rows(name: str) -> list[dict[str, str]]:
    text = resources.files("sanctionwatch.records").joinpath("data", name).read_text("utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


@cache
def country_lookup() -> dict[str, str]:
    """Every known spelling's key -> alpha-2 code; a key claimed by two codes is a data error."""
    lookup: dict[str, str] = {}
    conflicts: list[str] = []

    def add(raw: str, code: str) -> None:
        if not raw:
            return
        key = country_key(raw)
        if lookup.setdefault(key, code) != code:
            conflicts.append(f"{raw!r} -> {lookup[key]} and {code}")

    for row in _data_rows("countries.tsv"):
        code = row["code"]
        for column in ("code", "alpha3", "numeric", "name_en", "name_ru", "full_name_en"):
            add(row[column], code)
    for row in _data_rows("country_aliases.tsv"):
        add(row["alias"], row["code"])
    if conflicts:
        raise ConfigError("country table: ambiguous spellings: " + "; ".join(conflicts))
    return lookup


def normalise_country(value: str | None) -> str | None:
    """ISO alpha-2 lower for a known spelling, None for a blank or unknown one."""
    if value is None or not value.strip():
        return None
    return country_lookup().get(country_key(value))


def known_country_codes() -> frozenset[str]:
    """The alpha-2 codes a mapping file may map a country value to."""
    return frozenset(country_lookup().values())
