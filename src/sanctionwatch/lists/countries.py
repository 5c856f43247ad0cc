"""Country names as the lists write them -> ISO 3166-1 alpha-2, lower case ('kp')."""

from __future__ import annotations

import csv
import re
from functools import cache
from importlib import resources

_NOISE = re.compile(r"[^\w]+")


def _key(name: str) -> str:
    return _NOISE.sub(" ", name.casefold()).strip()


@cache
def _table() -> dict[str, str]:
    """Name -> code from data/countries.tsv (sources in the file header)."""
    text = resources.files("sanctionwatch.lists").joinpath("data/countries.tsv").read_text("utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    table: dict[str, str] = {}
    for row in csv.DictReader(lines, delimiter="\t"):
        table.setdefault(_key(row["name"]), row["code"])
        table.setdefault(row["code"], row["code"])
    return table


def country_code(name: str | None) -> str | None:
    """The alpha-2 code for a country name, alpha-2 or alpha-3 code; None when unknown."""
    if not name:
        return None
    return _table().get(_key(name))
