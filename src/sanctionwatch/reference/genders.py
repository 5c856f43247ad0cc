"""A person's gender as lists and registries write it -> male / female (genders.tsv)."""

from __future__ import annotations

import csv
from functools import cache
from importlib import resources


@cache
def _genders() -> dict[str, str]:
    text = resources.files("sanctionwatch.reference").joinpath("genders.tsv").read_text("utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    return {row["spelling"]: row["gender"] for row in csv.DictReader(lines, delimiter="\t")}


def gender_code(value: str | None) -> str | None:
    """'male' or 'female' for a known spelling (M, муж., 남); None for a blank or unknown one."""
    if value is None:
        return None
    return _genders().get(value.strip().lower().rstrip("."))
