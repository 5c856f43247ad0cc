"""UN 1718 Committee designated vessels, CSV with a header row.

Columns: vessel_name, imo_number, mmsi, flag, call_sign, type, designated_owner,
date_of_designation, other_information (the layout of the CSV copy of the Committee's list).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from pathlib import Path

from sanctionwatch.errors import ListFormatError
from sanctionwatch.lists.dates import parse_date
from sanctionwatch.lists.model import ListedParty, ListMeta, SanctionInfo, clean_text
from sanctionwatch.lists.textfile import open_text

COLUMNS = (
    "vessel_name", "imo_number", "mmsi", "flag", "call_sign", "type", "designated_owner",
    "date_of_designation", "other_information",
)  # fmt: skip
AUTHORITY = "United Nations Security Council (1718 Committee)"
_SLUG = re.compile(r"[^a-z0-9]+")


def read_un_vessels(path: Path, meta: ListMeta) -> Iterator[ListedParty]:
    with open_text(path) as stream:
        reader = csv.DictReader(stream)
        header = [clean_text(name).lower() for name in reader.fieldnames or []]
        missing = [name for name in COLUMNS if name not in header]
        if missing:
            raise ListFormatError(f"missing columns {missing}", path=str(path), line=1)
        reader.fieldnames = header
        for row in reader:
            if None in row:
                raise ListFormatError(
                    "more fields than the header", path=str(path), line=reader.line_num
                )
            yield _party(row, reader.line_num)


def _party(row: dict[str, str], line: int) -> ListedParty:
    imo = clean_text(row["imo_number"]).removeprefix("IMO").strip()
    name = clean_text(row["vessel_name"])
    key = imo or _SLUG.sub("-", name.lower()).strip("-") or f"line-{line}"
    sanction = SanctionInfo(AUTHORITY, programs=["UN-SC1718"], reference=imo or None)
    designated = clean_text(row["date_of_designation"])
    sanction.listing_date = parse_date(designated)
    party = ListedParty(f"un-1718-vessel-{key}", "Vessel", sanction)
    if designated and sanction.listing_date is None:
        party.add_issue("date_of_designation", designated, "date not understood")
    party.add_name(name, "primary")
    party.add_identifier("imoNumber", imo)
    party.add_identifier("mmsi", row["mmsi"])
    party.add_country("flag", row["flag"])
    party.add("callSign", row["call_sign"])
    party.add("type", row["type"])
    owner = clean_text(row["designated_owner"])
    party.add("notes", f"Designated owner: {owner}" if owner else "")
    party.add("notes", row["other_information"])
    party.finish()
    return party
