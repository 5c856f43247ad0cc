"""UK HM Treasury / OFSI consolidated list CSV ('Last Updated' line, then one row per name).

Rows of one designation share a Group ID and need not be adjacent, so rows are grouped in
memory (the file is a few MB); parties come out in the order of their first row.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path

from sanctionwatch.errors import ListFormatError
from sanctionwatch.lists.dates import birth_date_of, parse_date
from sanctionwatch.lists.model import BirthDate, ListedParty, ListMeta, SanctionInfo, clean_text
from sanctionwatch.lists.textfile import open_text

AUTHORITY = "HM Treasury Office of Financial Sanctions Implementation (UK)"
SCHEMA = {"individual": "Person", "entity": "Organization", "ship": "Vessel"}
KIND = {"prime alias": "primary", "primary name": "primary", "aka": "alias", "fka": "previous"}
_NUMBERED = re.compile(r"\(?\d\)\s*")
_DOCUMENT_NUMBER = re.compile(r"\b(?!(?:19|20)\d\d\b)[A-Z]{0,3}\d[\dA-Z/-]{3,}\b")


def read_uk_csv(path: Path, meta: ListMeta) -> Iterator[ListedParty]:
    groups: dict[str, list[tuple[int, dict[str, str]]]] = {}
    with open_text(path) as stream:
        reader = csv.reader(stream)
        first = next(reader, [])
        if not first or clean_text(first[0]) != "Last Updated":
            raise ListFormatError("first line is not 'Last Updated,<date>'", path=str(path), line=1)
        day = parse_date(first[1] if len(first) > 1 else "")
        meta.published = None if day is None else _midnight(day)
        header = [clean_text(cell) for cell in next(reader, [])]
        if "Group ID" not in header:
            raise ListFormatError("no 'Group ID' column in header", path=str(path), line=2)
        for row in reader:
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(header):
                raise ListFormatError(
                    f"expected {len(header)} columns, got {len(row)}; file truncated?",
                    path=str(path),
                    line=reader.line_num,
                )
            record = dict(zip(header, row, strict=True))
            groups.setdefault(clean_text(record["Group ID"]), []).append((reader.line_num, record))
    for group_id, rows in groups.items():
        yield _party(group_id, rows)


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time())


def _party(group_id: str, rows: list[tuple[int, dict[str, str]]]) -> ListedParty:
    first = rows[0][1]
    sanction = SanctionInfo(AUTHORITY, reference=group_id)
    sanction.add_program(first["Regime"])
    sanction.listing_date = parse_date(first["Listed On"])
    schema = SCHEMA.get(clean_text(first["Group Type"]).lower(), "Organization")
    party = ListedParty(f"uk-hmt-{group_id}", schema, sanction)
    for _, row in rows:
        given = [clean_text(row[f"Name {n}"]) for n in range(1, 6)]
        name = " ".join(part for part in [*given, clean_text(row["Name 6"])] if part)
        party.add_name(name, KIND.get(clean_text(row["Alias Type"]).lower(), "alias"))
        _details(party, row)
    party.finish()
    return party


def _details(party: ListedParty, row: dict[str, str]) -> None:
    party.add("title", row["Title"])
    party.add("position", row["Position"])
    dob = clean_text(row["DOB"])
    if dob:
        birth = birth_date_of(dob)
        if birth is None:
            party.add_issue("DOB", dob, "birth date not understood; raw value kept")
            birth = BirthDate(None, None, dob)
        party.add_birth_date(birth, [] if birth.date_from is None else None)
    place = ", ".join(clean_text(row[k]) for k in ("Town of Birth", "Country of Birth") if row[k])
    party.add("birthPlace", place)
    for nationality in _NUMBERED.split(row["Nationality"]):
        party.add_country("nationality", nationality.strip(" ,.;"))
    passport = clean_text(row["Passport Details"])
    if passport:
        party.add("notes", f"Passport: {passport}")
        for number in _DOCUMENT_NUMBER.findall(passport):
            party.add_identifier("passportNumber", number)
    ni_number = clean_text(row["NI Number"])
    if ni_number:
        party.add("notes", f"National identification: {ni_number}")
        for number in _DOCUMENT_NUMBER.findall(ni_number):
            party.add_identifier("idNumber", number)
    lines = [clean_text(row[f"Address {n}"]) for n in range(1, 7)] + [
        clean_text(row["Post/Zip Code"])
    ]
    country = clean_text(row["Country"])
    address = ", ".join(part for part in [*lines, country] if part)
    party.add("address", address)
    party.add("notes", row["Other Information"])
