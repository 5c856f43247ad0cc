"""What the OFAC formats share: the authority, entry types -> FtM schemata, program codes."""

from __future__ import annotations

import re

AUTHORITY = "Office of Foreign Assets Control (US Treasury)"
OFAC_SCHEMA = {
    "individual": "Person",
    "vessel": "Vessel",
    "aircraft": "Airplane",
    "entity": "Organization",
    "": "Organization",
}
_PROGRAM_SPLIT = re.compile(r"\]\s*\[")


def split_programs(raw: str) -> list[str]:
    """'IRAN] [SDGT' (legacy CSV) -> ['IRAN', 'SDGT']; codes kept as OFAC writes them."""
    return [part.strip(" []") for part in _PROGRAM_SPLIT.split(raw) if part.strip(" []")]
