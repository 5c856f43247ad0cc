"""Program codes: UN list types -> 'UN-SC<resolution>' (data/un_regimes.tsv).

OFAC, UK and EU program codes are kept as the publisher writes them.
"""

from __future__ import annotations

import csv
from functools import cache
from importlib import resources


@cache
def _un_regimes() -> dict[str, str]:
    text = resources.files("sanctionwatch.lists").joinpath("data/un_regimes.tsv").read_text("utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    return {
        row["un_list_type"].casefold(): row["program"]
        for row in csv.DictReader(lines, delimiter="\t")
    }


def un_program(list_type: str) -> str | None:
    """'DPRK' -> 'UN-SC1718'; None for a list type the table does not know."""
    return _un_regimes().get(list_type.strip().casefold())
