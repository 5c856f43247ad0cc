"""OFAC remarks ('DOB 1962; POB Shati; Passport 123 (Iran)') -> FtM properties on a party.

The full remarks always stay in `notes`; the items whose label is in data/ofac_remarks.tsv are
read into properties as well (birth dates, documents, IMO numbers, INN/OGRN, ...).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from sanctionwatch.lists.dates import birth_date_of, parse_date
from sanctionwatch.lists.model import BirthDate, ListedParty, clean_text
from sanctionwatch.reference.countries import country_code

_DOCUMENT = re.compile(r"^(?P<number>[^()]+?)\s*(?:\((?P<country>[^)]*)\).*)?$")
_QUOTED = re.compile(r"'([^']+)'")
IDENTIFIER_PROPERTIES = {
    "passportNumber", "idNumber", "taxNumber", "innCode", "ogrnCode", "registrationNumber",
    "leiCode", "swiftBic", "imoNumber", "mmsi",
}  # fmt: skip


@dataclass(frozen=True)
class RemarkLabel:
    label: str
    prop: str
    value: str
    country_property: dict[str, str]


@cache
def remark_labels() -> list[RemarkLabel]:
    """Labels longest first, so 'National ID No.' wins over a shorter prefix."""
    text = resources.files("sanctionwatch.lists").joinpath("data/ofac_remarks.tsv").read_text()
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    labels = []
    for row in csv.DictReader(lines, delimiter="\t"):
        override = dict(
            item.split(":", 1) for item in (row.get("country_property") or "").split(",") if item
        )
        labels.append(RemarkLabel(row["label"], row["property"], row["value"], override))
    return sorted(labels, key=lambda item: -len(item.label))


def apply_remarks(party: ListedParty, remarks: str) -> None:
    """Keep the remarks in notes and read the labelled items into properties."""
    remarks = clean_text(remarks)
    if not remarks:
        return
    party.add("notes", remarks)
    for item in remarks.split(";"):
        item = clean_text(item).removeprefix("alt. ").rstrip(".")
        for label in remark_labels():
            if item.startswith(label.label + " "):
                _apply(party, label, item[len(label.label) :].strip())
                break


def _apply(party: ListedParty, label: RemarkLabel, value: str) -> None:
    if label.value == "date" and label.prop == "birthDate":
        birth = birth_date_of(value)
        if birth is None:
            party.add_issue("remarks/DOB", value, "birth date not understood; raw value kept")
            party.add_birth_date(BirthDate(None, None, value), [])
        else:
            party.add_birth_date(birth)
    elif label.value == "date":
        day = parse_date(value)
        party.add(label.prop, day.isoformat() if day else None)
    elif label.value == "country":
        party.add_country(label.prop, value)
    elif label.value == "quoted":
        for name in _QUOTED.findall(value):
            party.add_name(name, "weak_alias")
    elif label.value == "document":
        _document(party, label, value)
    elif label.prop == "gender":
        party.set_gender(value)
    else:
        party.add(label.prop, value)


def _document(party: ListedParty, label: RemarkLabel, value: str) -> None:
    found = _DOCUMENT.match(value)
    if found is None:
        return
    number = clean_text(found.group("number"))
    country = country_code(found.group("country"))
    prop = label.country_property.get(country or "", label.prop)
    if prop in IDENTIFIER_PROPERTIES:
        party.add_identifier(prop, number, country)
    else:
        party.add(prop, number)


def apply_labelled(party: ListedParty, label_text: str, value: str, country: str | None) -> bool:
    """Read one structured OFAC item (XML idType + idNumber); False if the label is unknown."""
    label_text = clean_text(label_text)
    for label in remark_labels():
        if label.label == label_text:
            if label.value == "document":
                code = country_code(country)
                prop = label.country_property.get(code or "", label.prop)
                number = clean_text(value)
                if prop in IDENTIFIER_PROPERTIES:
                    party.add_identifier(prop, number, code)
                else:
                    party.add(prop, number)
            else:
                _apply(party, label, value)
            return True
    return False
