"""OFAC classic XML (`sdnList`, the schema of sdn.xml and of the consolidated.xml file)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from lxml import etree

from sanctionwatch.lists.model import ListedParty, ListMeta, LoadIssue, SanctionInfo, clean_text
from sanctionwatch.lists.ofac_common import AUTHORITY, OFAC_SCHEMA
from sanctionwatch.lists.ofac_remarks import apply_labelled, apply_remarks
from sanctionwatch.lists.safexml import child_text, children, file_opener, iter_records

AKA_KIND = {"a.k.a.": "alias", "f.k.a.": "previous", "n.k.a.": "alias"}


def read_ofac_xml(path: Path, meta: ListMeta) -> Iterator[ListedParty]:
    """Stream the sdnEntry records; the publish date is read from publshInformation."""
    for tag, element in iter_records(
        file_opener(path), str(path), {"sdnEntry", "publshInformation"}
    ):
        if tag == "publshInformation":
            _published(element, meta)
        else:
            yield _party(element)


def _published(element: etree._Element, meta: ListMeta) -> None:
    raw = child_text(element, "Publish_Date")
    try:
        meta.published = datetime.strptime(raw, "%m/%d/%Y")  # OFAC writes US dates
    except ValueError:
        meta.issues.append(LoadIssue(None, "Publish_Date", raw, "publish date not understood"))


def _name(element: etree._Element) -> str:
    last = clean_text(child_text(element, "lastName"))
    first = clean_text(child_text(element, "firstName"))
    return f"{last}, {first}" if last and first else last or first


def _sub(element: etree._Element, group: str, item: str) -> list[etree._Element]:
    return [entry for holder in children(element, group) for entry in children(holder, item)]


def _party(element: etree._Element) -> ListedParty:
    uid = child_text(element, "uid")
    sdn_type = clean_text(child_text(element, "sdnType")).lower()
    sanction = SanctionInfo(AUTHORITY, reference=uid)
    for program in _sub(element, "programList", "program"):
        sanction.add_program(program.text or "")
    party = ListedParty(f"ofac-{uid}", OFAC_SCHEMA.get(sdn_type, "Organization"), sanction)
    party.add_name(_name(element), "primary")
    if party.schema == "Person":
        party.add("firstName", child_text(element, "firstName"))
        party.add("lastName", child_text(element, "lastName"))
    party.add("position", child_text(element, "title"))
    apply_remarks(party, child_text(element, "remarks"))
    for aka in _sub(element, "akaList", "aka"):
        kind = AKA_KIND.get(child_text(aka, "type").lower(), "alias")
        if child_text(aka, "category").lower() == "weak":
            kind = "weak_alias"
        party.add_name(_name(aka), kind)
    for ident in _sub(element, "idList", "id"):
        id_type, number = child_text(ident, "idType"), child_text(ident, "idNumber")
        if not apply_labelled(party, id_type, number, child_text(ident, "idCountry")):
            party.add("notes", f"{clean_text(id_type)} {clean_text(number)}")
    for address in _sub(element, "addressList", "address"):
        keys = ("address1", "address2", "address3", "city", "stateOrProvince", "postalCode")
        parts = [clean_text(child_text(address, key)) for key in (*keys, "country")]
        party.add("address", ", ".join(part for part in parts if part))
        party.add_country("country", child_text(address, "country"))
    for item in _sub(element, "nationalityList", "nationality"):
        party.add_country("nationality", child_text(item, "country"))
    for item in _sub(element, "citizenshipList", "citizenship"):
        party.add_country("citizenship", child_text(item, "country"))
    for item in _sub(element, "dateOfBirthList", "dateOfBirthItem"):
        apply_labelled(party, "DOB", child_text(item, "dateOfBirth"), None)
    for item in _sub(element, "placeOfBirthList", "placeOfBirthItem"):
        party.add("birthPlace", child_text(item, "placeOfBirth"))
    for vessel in children(element, "vesselInfo"):
        for prop, key in (
            ("callSign", "callSign"),
            ("type", "vesselType"),
            ("tonnage", "tonnage"),
            ("grossRegisteredTonnage", "grossRegisteredTonnage"),
        ):
            party.add(prop, child_text(vessel, key))
        party.add_country("flag", child_text(vessel, "vesselFlag"))
        owner = clean_text(child_text(vessel, "vesselOwner"))
        party.add("notes", f"Owner: {owner}" if owner else "")
    party.finish()
    return party
