"""EU consolidated financial sanctions file, XML (`export` root, one `sanctionEntity` per party).

Element and attribute names follow the published FSF 1.1 export: `sanctionEntity` (logicalId,
euReferenceNumber, unitedNationId, designationDate) holds `nameAlias`, `birthdate`, `citizenship`,
`identification`, `address`, `regulation` and `remark`; everything but remarks and URLs is in
attributes. Country codes are ISO alpha-2, with "00" for unknown. Ids match the EU CSV reader
(`eu-fsf-<logicalId>`), so a CSV and an XML version of the list diff against each other.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

from lxml import etree

from sanctionwatch.lists.dates import birth_date_of, parse_date
from sanctionwatch.lists.model import BirthDate, ListedParty, ListMeta, LoadIssue, SanctionInfo
from sanctionwatch.lists.safexml import child_text, children, file_opener, iter_records

AUTHORITY = "European Union"
SCHEMA = {"person": "Person", "enterprise": "Organization", "P": "Person", "E": "Organization"}
# identificationTypeCode -> FtM property; any other code is kept as idNumber.
ID_PROPERTY = {
    "passport": "passportNumber",
    "id": "idNumber",
    "fiscalcode": "taxNumber",
    "regnumber": "registrationNumber",
    "swiftbic": "swiftBic",
    "imo": "imoNumber",
}
UNKNOWN_COUNTRY = ("", "00")


def read_eu_xml(path: Path, meta: ListMeta) -> Iterator[ListedParty]:
    """Stream the parties of an EU FSF XML file."""
    for _, element in iter_records(file_opener(path), str(path), {"sanctionEntity"}):
        if meta.published is None:
            meta.published = _generated(element, meta)
        yield _party(element)


def _generated(element: etree._Element, meta: ListMeta) -> datetime | None:
    raw = element.getroottree().getroot().get("generationDate", "")
    try:
        return datetime.fromisoformat(raw.replace("Z", "+00:00")).replace(tzinfo=None)
    except ValueError:
        meta.issues.append(
            LoadIssue(None, "generationDate", raw, "publication date not understood")
        )
        return None


def _attr(element: etree._Element, name: str) -> str:
    """An attribute's value stripped ('' when absent): FSF sub-records are all attributes."""
    return str(element.get(name) or "").strip()


def _country(element: etree._Element) -> str:
    """The ISO code if known, else the description unless it says UNKNOWN."""
    code = _attr(element, "countryIso2Code")
    if code not in UNKNOWN_COUNTRY:
        return code
    description = _attr(element, "countryDescription")
    return "" if description.upper() == "UNKNOWN" else description


def _party(element: etree._Element) -> ListedParty:
    logical_id = _attr(element, "logicalId")
    reference = _attr(element, "euReferenceNumber")
    subject = next(iter(children(element, "subjectType")), None)
    kind = "" if subject is None else _attr(subject, "code") or _attr(subject, "classificationCode")
    sanction = SanctionInfo(AUTHORITY, reference=reference or logical_id or None)
    party = ListedParty(
        f"eu-fsf-{logical_id or reference}", SCHEMA.get(kind, "LegalEntity"), sanction
    )
    if not logical_id:
        party.add_issue("logicalId", None, "sanctionEntity without logicalId; id from reference")
    if kind not in SCHEMA:
        party.add_issue("subjectType", kind or None, "subject type not understood; LegalEntity")
    _listing(element, party)
    _names(element, party)
    for birth in children(element, "birthdate"):
        _birth(birth, party)
    for citizenship in children(element, "citizenship"):
        party.add_country("citizenship", _country(citizenship))
    for document in children(element, "identification"):
        prop = ID_PROPERTY.get(_attr(document, "identificationTypeCode"), "idNumber")
        country = _attr(document, "countryIso2Code")
        issued = None if country in UNKNOWN_COUNTRY else country.lower()
        party.add_identifier(prop, _attr(document, "number"), issued)
    for address in children(element, "address"):
        _address(address, party)
    party.finish()
    return party


def _listing(element: etree._Element, party: ListedParty) -> None:
    """Programmes, dates and legal acts from `regulation`; remarks and the UN id as notes."""
    published: list[date] = []
    for regulation in children(element, "regulation"):
        party.sanction.add_program(_attr(regulation, "programme"))
        day = parse_date(_attr(regulation, "publicationDate"))
        if day is not None:
            published.append(day)
        if _attr(regulation, "numberTitle"):
            party.add("notes", f"legal basis: {_attr(regulation, 'numberTitle')}")
        party.add("sourceUrl", child_text(regulation, "publicationUrl"))
    designated = _attr(element, "designationDate")
    party.sanction.listing_date = parse_date(designated) or min(published, default=None)
    if designated and parse_date(designated) is None:
        party.add_issue("designationDate", designated, "designation date not understood")
    for remark in children(element, "remark"):
        party.add("notes", remark.text)
    united_nations_id = _attr(element, "unitedNationId")
    if united_nations_id:
        party.add("notes", f"UN id: {united_nations_id}")


def _names(element: etree._Element, party: ListedParty) -> None:
    """The first strong name is primary; other strong names aliases, weak ones weak aliases."""
    aliases = children(element, "nameAlias")
    strong = [a for a in aliases if _attr(a, "strong").lower() != "false"]
    primary = strong[0] if strong else (aliases[0] if aliases else None)
    for alias in aliases:
        parts = [_attr(alias, k) for k in ("firstName", "middleName", "lastName")]
        name = _attr(alias, "wholeName") or " ".join(p for p in parts if p)
        if alias is primary:
            party.add_name(name, "primary")
            if party.schema == "Person":
                for prop, part in zip(("firstName", "middleName", "lastName"), parts, strict=True):
                    party.add(prop, part)
        else:
            party.add_name(name, "alias" if alias in strong else "weak_alias")
        if party.schema == "Person":
            party.set_gender(_attr(alias, "gender"))
            party.add("title", _attr(alias, "title"))
            party.add("position", _attr(alias, "function"))


def _birth(element: etree._Element, party: ListedParty) -> None:
    """A date, a year (and month) or only a place; circa widens the range by a year each side."""
    raw = _attr(element, "birthdate")
    if not raw and _attr(element, "year"):
        month = _attr(element, "monthOfYear")
        day = _attr(element, "dayOfMonth")
        raw = "-".join(
            [_attr(element, "year")]
            + ([f"{int(month):02d}"] if month.isdigit() else [])
            + ([f"{int(day):02d}"] if month.isdigit() and day.isdigit() else [])
        )
    if raw:
        birth = birth_date_of(raw)
        circa = _attr(element, "circa").lower() == "true"
        if birth is None:
            party.add_issue("birthdate", raw, "birth date not understood")
            party.add_birth_date(BirthDate(None, None, raw), [])
        elif circa and birth.date_from and birth.date_to:
            widened = BirthDate(
                birth.date_from.replace(year=birth.date_from.year - 1, month=1, day=1),
                birth.date_to.replace(year=birth.date_to.year + 1, month=12, day=31),
                f"circa {raw}",
            )
            party.add_birth_date(widened, [raw])
        else:
            party.add_birth_date(birth)
    place = [_attr(element, k) for k in ("place", "city", "region")]
    party.add("birthPlace", ", ".join(dict.fromkeys(p for p in place if p)))
    country = _country(element)
    if country:
        party.add_country("birthCountry", country)


def _address(element: etree._Element, party: ListedParty) -> None:
    keys = ("street", "poBox", "zipCode", "city", "region", "place")
    parts = [_attr(element, k) for k in keys]
    country = _country(element)
    description = _attr(element, "countryDescription")
    shown = description if description.upper() not in ("", "UNKNOWN") else country
    if any(parts) or shown:
        party.add("address", ", ".join(p for p in [*parts, shown] if p))
    party.add_country("country", country)
