"""EU consolidated financial sanctions file, CSV (2018 layout: `;`-separated, one sub-record a row).

Each row repeats the entity columns and fills one group: a name (Naal_*), an address (Addr_*),
a birth (Birt_*), an identity document (Iden_*) or a citizenship (Citi_*). Rows of one entity are
adjacent; they are merged as they stream. Files re-saved through a spreadsheet (each line wrapped
in quotes, trailing tabs) are read as well.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import datetime, time
from pathlib import Path

from sanctionwatch.errors import ListFormatError
from sanctionwatch.lists.dates import birth_date_of, parse_date
from sanctionwatch.lists.model import BirthDate, ListedParty, ListMeta, SanctionInfo, clean_text
from sanctionwatch.lists.textfile import open_text

AUTHORITY = "European Union"
SCHEMA = {"P": "Person", "E": "Organization"}


def _rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    with open_text(path) as stream:
        for number, raw in enumerate(stream, start=1):
            line = raw.rstrip("\r\n").rstrip("\t")
            if line.startswith('"') and line.endswith('"') and len(line) > 1:
                line = line[1:-1].replace('""', '"')  # the whole line was wrapped as one cell
            elif line.startswith('"') and line.count('"') % 2 == 1:
                line = line[1:].replace('""', '"')  # a wrapped last line cut short
            if line.strip():
                yield number, next(csv.reader([line], delimiter=";"))


def read_eu_csv(path: Path, meta: ListMeta) -> Iterator[ListedParty]:
    rows = _rows(path)
    _, header = next(rows, (1, []))
    if not header or clean_text(header[0]) != "Date_filexxxx":
        raise ListFormatError("header does not start with Date_file", path=str(path), line=1)
    columns = [clean_text(name) for name in header]
    current: ListedParty | None = None
    for line, row in rows:
        if len(row) < len(columns):
            raise ListFormatError(
                f"expected {len(columns)} fields, got {len(row)}", path=str(path), line=line
            )
        record: dict[str, str] = {}
        for i, name in enumerate(columns):
            record.setdefault(name, clean_text(row[i]))
        if meta.published is None:
            day = parse_date(row[0])
            meta.published = datetime.combine(day, time()) if day else None
        entity = row[1].strip()
        if current is None or current.sanction.reference != entity:
            if current is not None:
                current.finish()
                yield current
            current = _new_party(entity, record)
        _merge(current, record)
    if current is not None:
        current.finish()
        yield current


def _new_party(entity: str, record: dict[str, str]) -> ListedParty:
    sanction = SanctionInfo(AUTHORITY, reference=entity)
    sanction.add_program(record["Programme"])
    sanction.listing_date = parse_date(record["Leba_publication_date"])
    party = ListedParty(
        f"eu-fsf-{entity}", SCHEMA.get(record["Subject_type"], "LegalEntity"), sanction
    )
    party.add("notes", record["Entity_remark"])
    party.add("sourceUrl", record["Leba_url"])
    return party


def _merge(party: ListedParty, record: dict[str, str]) -> None:
    whole = record["Naal_wholename"]
    if whole or record["Naal_lastname"]:
        parts = [record[k] for k in ("Naal_firstname", "Naal_middlename", "Naal_lastname")]
        name = whole or " ".join(part for part in parts if part)
        known = {text for text, _ in party.names}
        if clean_text(name) not in known:
            party.add_name(name, "alias" if known else "primary")
        party.set_gender(record["Naal_gender"])
        party.add("title", record["Naal_title"])
        party.add("position", record["Naal_function"])
    address = [record[k] for k in ("Addr_number", "Addr_street", "Addr_zipcode", "Addr_city")]
    if any(address) or record["Addr_country"]:
        party.add("address", ", ".join(p for p in [*address, record["Addr_country"]] if p))
        party.add_country("country", record["Addr_country"])
    if record["Birt_date"] and record["Birt_date"].upper() != "N/A":
        birth = birth_date_of(record["Birt_date"])
        if birth is None:
            party.add_issue("Birt_date", record["Birt_date"], "birth date not understood")
            birth = BirthDate(None, None, record["Birt_date"])
        party.add_birth_date(birth, [] if birth.date_from is None else None)
    party.add("birthPlace", record["Birt_place"])
    if record["Iden_number"]:
        party.add_identifier("idNumber", record["Iden_number"], None)
    party.add_country("citizenship", record["Citi_country"])
