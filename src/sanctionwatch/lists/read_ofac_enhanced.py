"""OFAC Enhanced XML (`sanctionsData`, e.g. CONS_ENHANCED.ZIP): plain XML or a zip holding it."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import IO

from lxml import etree

from sanctionwatch.errors import ListFormatError
from sanctionwatch.lists.model import (
    BirthDate,
    ListedParty,
    ListMeta,
    Relationship,
    SanctionInfo,
    clean_text,
)
from sanctionwatch.lists.ofac_common import AUTHORITY
from sanctionwatch.lists.ofac_remarks import apply_labelled
from sanctionwatch.lists.safexml import Opener, child_text, children, file_opener, iter_records

SCHEMA = {"individual": "Person", "entity": "Organization", "vessel": "Vessel"}
SCHEMA["aircraft"] = "Airplane"
FEATURE_COUNTRY = {"nationality country": "nationality", "citizenship country": "citizenship"}


def enhanced_opener(path: Path) -> Opener:
    """Open the XML inside a zip (first .xml member), or the file itself."""
    if not zipfile.is_zipfile(path):
        return file_opener(path)

    def open_member() -> IO[bytes]:
        archive = zipfile.ZipFile(path)
        members = [m for m in archive.namelist() if m.lower().endswith(".xml")]
        if not members:
            raise ListFormatError("zip archive holds no .xml file", path=str(path))
        return archive.open(members[0])

    return open_member


def read_ofac_enhanced(path: Path, meta: ListMeta) -> Iterator[ListedParty]:
    records = iter_records(enhanced_opener(path), str(path), {"entity", "publicationInfo"})
    for tag, element in records:
        if tag == "publicationInfo":
            raw = child_text(element, "dataAsOf")
            try:
                meta.published = datetime.fromisoformat(raw)
            except ValueError:
                meta.published = None
        else:
            yield _party(element, meta)


def _all(element: etree._Element, *path: str) -> list[etree._Element]:
    found = [element]
    for name in path:
        found = [child for parent in found for child in children(parent, name)]
    return found


def _party(element: etree._Element, meta: ListMeta) -> ListedParty:
    entity_id = f"ofac-{element.get('id', '')}"
    kind = clean_text(" ".join(e.text or "" for e in _all(element, "generalInfo", "entityType")))
    sanction = SanctionInfo(AUTHORITY, reference=element.get("id"))
    for program in _all(element, "sanctionsPrograms", "sanctionsProgram"):
        sanction.add_program(program.text or "")
    published = [
        e.get("datePublished", "") for e in _all(element, "sanctionsLists", "sanctionsList")
    ]
    dates = sorted(value for value in published if value)
    sanction.listing_date = date.fromisoformat(dates[0]) if dates else None
    party = ListedParty(entity_id, SCHEMA.get(kind.lower(), "Organization"), sanction)
    for name in _all(element, "names", "name"):
        _name(name, party)
    for address in _all(element, "addresses", "address"):
        country = child_text(address, "country")
        values = [
            clean_text(child_text(part, "value"))
            for part in _all(address, "translations", "translation", "addressParts", "addressPart")
        ]
        party.add("address", ", ".join(v for v in [*values, clean_text(country)] if v))
        party.add_country("country", country)
    for feature in _all(element, "features", "feature"):
        _feature(feature, party)
    for document in _all(element, "identityDocuments", "identityDocument"):
        number = child_text(document, "documentNumber")
        doc_type = child_text(document, "type")
        if not apply_labelled(party, doc_type, number, child_text(document, "issuingCountry")):
            party.add_identifier("idNumber", number, None)
    for relation in _all(element, "relationships", "relationship"):
        for related in children(relation, "relatedEntity"):
            meta.relationships.append(
                Relationship(
                    entity_id, f"ofac-{related.get('entityId')}", child_text(relation, "type")
                )
            )
    party.finish()
    return party


def _name(name: etree._Element, party: ListedParty) -> None:
    primary = child_text(name, "isPrimary") == "true"
    alias_type = child_text(name, "aliasType").upper()
    kind = "primary" if primary else "previous" if alias_type == "F.K.A." else "alias"
    if not primary and child_text(name, "isLowQuality") == "true":
        kind = "weak_alias"
    for translation in _all(name, "translations", "translation"):
        full = child_text(translation, "formattedFullName")
        script = child_text(translation, "script")
        party.add_name(full, kind if script in ("Latin", "") else "original_script")
        if primary and script == "Latin" and party.schema == "Person":
            party.add("firstName", child_text(translation, "formattedFirstName"))
            party.add("lastName", child_text(translation, "formattedLastName"))


def _feature(feature: etree._Element, party: ListedParty) -> None:
    feature_type = clean_text(child_text(feature, "type"))
    value = clean_text(child_text(feature, "value"))
    lowered = feature_type.lower()
    if lowered == "birthdate":
        for when in children(feature, "valueDate"):
            low, high = child_text(when, "fromDateBegin"), child_text(when, "toDateEnd")
            try:
                birth = BirthDate(date.fromisoformat(low), date.fromisoformat(high), value)
            except ValueError:
                party.add_issue("Birthdate", value, "birth date not understood; raw value kept")
                birth = BirthDate(None, None, value)
            party.add_birth_date(birth)
    elif lowered == "place of birth":
        party.add("birthPlace", value)
    elif lowered == "gender":
        party.set_gender(value)
    elif lowered in FEATURE_COUNTRY:
        party.add_country(FEATURE_COUNTRY[lowered], value)
    elif not apply_labelled(party, feature_type, value, None) and value:
        party.add("notes", f"{feature_type} {value}")
