"""UN Security Council consolidated list (CONSOLIDATED_LIST XML) -> ListedParty.

Element names follow the live file (scsanctions.un.org/resources/xml/en/consolidated.xml):
INDIVIDUALS/INDIVIDUAL and ENTITIES/ENTITY, aliases with QUALITY, dates of birth as EXACT,
APPROXIMATELY or BETWEEN. An APPROXIMATELY year is stored as that year widened by one year on
each side (screening should not miss a birth year off by one); FtM keeps the year as written.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

from lxml import etree

from sanctionwatch.lists.dates import birth_date_of, parse_date
from sanctionwatch.lists.model import (
    BirthDate,
    ListedParty,
    ListMeta,
    LoadIssue,
    SanctionInfo,
    clean_text,
)
from sanctionwatch.lists.programs import un_program
from sanctionwatch.lists.safexml import child_text, children, file_opener, iter_records
from sanctionwatch.reference.countries import country_code

AUTHORITY = "United Nations Security Council"
ALIAS_KIND = {"good": "alias", "a.k.a.": "alias", "low": "weak_alias", "f.k.a.": "previous"}
NAME_PARTS = ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")


def read_un_xml(path: Path, meta: ListMeta) -> Iterator[ListedParty]:
    """Stream the parties of a UN SC consolidated list file."""
    for tag, element in iter_records(file_opener(path), str(path), {"INDIVIDUAL", "ENTITY"}):
        if meta.published is None:
            meta.published = _generated(element, meta)
        yield _party(element, tag == "INDIVIDUAL")


def _generated(element: etree._Element, meta: ListMeta) -> datetime | None:
    raw = element.getroottree().getroot().get("dateGenerated", "")
    try:
        return datetime.fromisoformat(raw.replace("Z", "+00:00")).replace(tzinfo=None)
    except ValueError:
        meta.issues.append(LoadIssue(None, "dateGenerated", raw, "publication date not understood"))
        return None


def _values(element: etree._Element, name: str) -> list[str]:
    return [
        clean_text(value.text)
        for group in children(element, name)
        for value in children(group, "VALUE")
        if clean_text(value.text)
    ]


def _party(element: etree._Element, is_person: bool) -> ListedParty:
    dataid = child_text(element, "DATAID")
    reference = clean_text(child_text(element, "REFERENCE_NUMBER"))
    entity_id = f"un-sc-{dataid}" if dataid else f"un-sc-ref-{reference}"
    sanction = SanctionInfo(AUTHORITY, reference=reference or None)
    party = ListedParty(entity_id, "Person" if is_person else "Organization", sanction)
    if not dataid:
        party.add_issue("DATAID", None, "record without DATAID; id made from REFERENCE_NUMBER")
    name = " ".join(clean_text(child_text(element, part)) for part in NAME_PARTS)
    party.add_name(name, "primary")
    if is_person:
        for prop, part in zip(
            ("firstName", "secondName", "middleName", "lastName"), NAME_PARTS, strict=True
        ):
            party.add(prop, child_text(element, part))
    for original in clean_text(child_text(element, "NAME_ORIGINAL_SCRIPT")).split("; "):
        party.add_name(original, "original_script")
    _listing(element, party)
    for title in _values(element, "TITLE"):
        party.add("title", title)
    for position in _values(element, "DESIGNATION"):
        party.add("position", position)
    for nationality in _values(element, "NATIONALITY"):
        party.add_country("nationality", nationality)
    party.set_gender(child_text(element, "GENDER"))
    party.add("notes", child_text(element, "COMMENTS1"))
    prefix = "INDIVIDUAL" if is_person else "ENTITY"
    for alias in children(element, f"{prefix}_ALIAS"):
        _alias(alias, party)
    for address in children(element, f"{prefix}_ADDRESS"):
        _address(address, party)
    for birth in children(element, "INDIVIDUAL_DATE_OF_BIRTH"):
        _birth_date(birth, party)
    for place in children(element, "INDIVIDUAL_PLACE_OF_BIRTH"):
        parts = [child_text(place, key) for key in ("CITY", "STATE_PROVINCE", "COUNTRY")]
        party.add("birthPlace", ", ".join(clean_text(p) for p in parts if clean_text(p)))
        party.add_country("birthCountry", child_text(place, "COUNTRY"))
    for document in children(element, "INDIVIDUAL_DOCUMENT"):
        _document(document, party)
    party.finish()
    return party


def _listing(element: etree._Element, party: ListedParty) -> None:
    list_type = clean_text(child_text(element, "UN_LIST_TYPE"))
    program = un_program(list_type) if list_type else None
    if list_type and program is None:
        program = f"UN-{list_type}"
        party.add_issue(
            "UN_LIST_TYPE", list_type, f"regime not in un_regimes.tsv; kept as {program}"
        )
    if program:
        party.sanction.add_program(program)
    listed_on = child_text(element, "LISTED_ON")
    party.sanction.listing_date = parse_date(listed_on)
    if listed_on and party.sanction.listing_date is None:
        party.add_issue("LISTED_ON", listed_on, "listing date not understood")
    updated = [parse_date(value) for value in _values(element, "LAST_DAY_UPDATED")]
    last = max((day for day in updated if day is not None), default=None)
    if last is not None:
        party.add("modifiedAt", last.isoformat())


def _alias(alias: etree._Element, party: ListedParty) -> None:
    quality = clean_text(child_text(alias, "QUALITY")).lower()
    kind = ALIAS_KIND.get(quality, "alias")
    for name in clean_text(child_text(alias, "ALIAS_NAME")).split("; "):
        party.add_name(name, kind)
    birth = child_text(alias, "DATE_OF_BIRTH")
    if birth:
        _add_written_date(party, birth, "INDIVIDUAL_ALIAS/DATE_OF_BIRTH")


def _address(address: etree._Element, party: ListedParty) -> None:
    keys = ("STREET", "CITY", "STATE_PROVINCE", "ZIP_CODE", "COUNTRY")
    parts = [clean_text(child_text(address, key)) for key in keys]
    text = ", ".join(part for part in parts if part)
    note = clean_text(child_text(address, "NOTE"))
    if text and note:
        text = f"{text} ({note})"
    party.add("address", text)
    party.add_country("country", child_text(address, "COUNTRY"))


def _birth_date(birth: etree._Element, party: ListedParty) -> None:
    kind = clean_text(child_text(birth, "TYPE_OF_DATE")).upper() or "EXACT"
    if kind == "BETWEEN":
        low, high = child_text(birth, "FROM_YEAR"), child_text(birth, "TO_YEAR")
        raw = f"BETWEEN {low} AND {high}"
        if low.isdigit() and high.isdigit():
            found = BirthDate(date(int(low), 1, 1), date(int(high), 12, 31), raw)
            party.add_birth_date(found, [low, high])
        else:
            party.add_birth_date(BirthDate(None, None, raw), [])
            party.add_issue("INDIVIDUAL_DATE_OF_BIRTH", raw, "BETWEEN years not understood")
        return
    written = child_text(birth, "DATE") or child_text(birth, "YEAR")
    if not written:
        return
    if kind == "APPROXIMATELY":
        parsed = birth_date_of(written)
        if parsed is not None and parsed.date_from is not None and parsed.date_to is not None:
            low_year, high_year = parsed.date_from.year - 1, parsed.date_to.year + 1
            widened = BirthDate(date(low_year, 1, 1), date(high_year, 12, 31), f"APPROX {written}")
            party.add_birth_date(widened, [written[:10]])
            return
    _add_written_date(party, written, "INDIVIDUAL_DATE_OF_BIRTH")


def _add_written_date(party: ListedParty, written: str, field_name: str) -> None:
    parsed = birth_date_of(written)
    if parsed is None:
        party.add_birth_date(BirthDate(None, None, clean_text(written)), [])
        party.add_issue(field_name, written, "birth date not understood; raw value kept")
    else:
        party.add_birth_date(parsed)


def _document(document: etree._Element, party: ListedParty) -> None:
    number = clean_text(child_text(document, "NUMBER"))
    if not number:
        return
    kind = clean_text(child_text(document, "TYPE_OF_DOCUMENT")).lower()
    country_raw = child_text(document, "ISSUING_COUNTRY") or child_text(
        document, "COUNTRY_OF_ISSUE"
    )
    country = country_code(country_raw)
    prop = "passportNumber" if "passport" in kind else "idNumber"
    party.add_identifier(prop, number, country)
