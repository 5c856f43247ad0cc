"""OFAC legacy CSV: sdn.csv + add.csv + alt.csv (+ sdn_comments.csv), or the cons_* set.

No header row, `-0-` for null, joined on the entry number; official files end lines with CRLF
and the file with a 0x1A byte. Addresses, aliases and comments are read into memory by entry
number (they are small); the main file streams.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from sanctionwatch.errors import ListFormatError
from sanctionwatch.lists.model import ListedParty, ListMeta, SanctionInfo, clean_text
from sanctionwatch.lists.ofac_common import AUTHORITY, OFAC_SCHEMA, split_programs
from sanctionwatch.lists.ofac_remarks import apply_remarks
from sanctionwatch.lists.textfile import open_text

NULL = "-0-"
ALT_KIND = {"aka": "alias", "fka": "previous", "nka": "alias"}
MAIN_COLUMNS = 12


def read_ofac_csv(path: Path, meta: ListMeta) -> Iterator[ListedParty]:
    """Stream parties from an OFAC CSV folder, or from the sdn.csv / cons_prim.csv inside one."""
    folder = path if path.is_dir() else path.parent
    main = path if path.is_file() else _first(folder, "sdn.csv", "cons_prim.csv")
    prefix = "cons_" if main.name.lower().startswith("cons") else ""
    sibling = {"add": f"{prefix}add.csv", "alt": f"{prefix}alt.csv"}
    comments_name = "cons_comments.csv" if prefix else "sdn_comments.csv"
    addresses = _grouped(folder / sibling["add"], 6)
    aliases = _grouped(folder / sibling["alt"], 5)
    comments = _grouped(folder / comments_name, 2)
    for line, row in _rows(main, MAIN_COLUMNS):
        yield _party(row, line, main, addresses, aliases, comments)


def _first(folder: Path, *names: str) -> Path:
    for name in names:
        if (folder / name).is_file():
            return folder / name
    raise ListFormatError(f"no {' or '.join(names)} in folder", path=str(folder))


def _value(text: str) -> str:
    text = clean_text(text)
    return "" if text == NULL else text


def _rows(path: Path, columns: int) -> Iterator[tuple[int, list[str]]]:
    """(line, row) of an OFAC CSV file: trailing 0x1A and blank lines skipped, width checked."""
    with open_text(path) as stream:
        reader = csv.reader(stream)
        try:
            for row in reader:
                if not row or all(cell.strip(" \x1a") == "" for cell in row):
                    continue
                if len(row) != columns or not row[0].strip().isdigit():
                    raise ListFormatError(
                        f"expected {columns} columns starting with an entry number, got "
                        f"{len(row)} ({','.join(row)[:80]!r}); file truncated or not OFAC CSV",
                        path=str(path),
                        line=reader.line_num,
                        field="ent_num" if len(row) == columns else "row",
                    )
                yield reader.line_num, row
        except csv.Error as exc:
            raise ListFormatError(
                f"CSV error: {exc}", path=str(path), line=reader.line_num
            ) from exc


def _grouped(path: Path, columns: int) -> dict[str, list[list[str]]]:
    grouped: dict[str, list[list[str]]] = defaultdict(list)
    if path.is_file():
        for _, row in _rows(path, columns):
            grouped[row[0].strip()].append(row)
    return grouped


def _party(
    row: list[str],
    line: int,
    source: Path,
    addresses: dict[str, list[list[str]]],
    aliases: dict[str, list[list[str]]],
    comments: dict[str, list[list[str]]],
) -> ListedParty:
    ent_num = row[0].strip()
    sdn_type = _value(row[2]).lower()
    sanction = SanctionInfo(AUTHORITY, reference=ent_num)
    for program in split_programs(_value(row[3])):
        sanction.add_program(program)
    party = ListedParty(f"ofac-{ent_num}", OFAC_SCHEMA.get(sdn_type, "Organization"), sanction)
    party.add_name(_value(row[1]), "primary")
    party.add("position", _value(row[4]))
    if party.schema == "Vessel":
        party.add("callSign", _value(row[5]))
        party.add("type", _value(row[6]))
        party.add("tonnage", _value(row[7]))
        party.add("grossRegisteredTonnage", _value(row[8]))
        party.add_country("flag", _value(row[9]))
        owner = _value(row[10])
        party.add("notes", f"Owner: {owner}" if owner else "")
    remarks = _value(row[11]) + "".join(_value(c[1]) for c in comments.get(ent_num, []))
    apply_remarks(party, remarks)
    for alt in aliases.get(ent_num, []):
        kind = ALT_KIND.get(_value(alt[2]).lower(), "alias")
        party.add_name(_value(alt[3]), kind)
    for add in addresses.get(ent_num, []):
        parts = [_value(cell) for cell in add[2:5]]
        party.add("address", ", ".join(part for part in parts if part))
        party.add_country("country", _value(add[4]))
    if not _value(row[1]):
        party.add_issue("SDN_Name", None, f"{source.name} line {line}: no name")
    party.finish()
    return party
