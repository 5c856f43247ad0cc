"""OFAC SDN_ADVANCED.xml (`Sanctions`): code tables, DistinctParties, relationships, entries.

Layout after OFAC's "SDN Advanced" notes (home.treasury.gov/system/files/126/sdn_advanced_notes.pdf)
as read by opensanctions `ofac_advanced.py`: ReferenceValueSets hold code tables; Locations and
IDRegDocuments are keyed by id; DistinctParty/Profile carries Identity/Alias/DocumentedName and
Feature records; ProfileRelationships link profiles (ownership); SanctionsEntries give programs
and listing dates. Programs and documents come after the parties in the file, so a first pass
reads everything but the parties, and a second pass streams the parties.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from lxml import etree

from sanctionwatch.lists.model import (
    BirthDate,
    ListedParty,
    ListMeta,
    Relationship,
    SanctionInfo,
    clean_text,
)
from sanctionwatch.lists.ofac_common import AUTHORITY, OFAC_SCHEMA
from sanctionwatch.lists.ofac_remarks import apply_labelled
from sanctionwatch.lists.safexml import child_text, children, file_opener, iter_records, local_name

ALIAS_KIND = {"a.k.a.": "alias", "f.k.a.": "previous", "n.k.a.": "alias", "name": "primary"}
TABLES = {"AliasType", "PartySubType", "FeatureType", "IDRegDocType", "RelationType", "Country"}
TABLES |= {"NamePartType", "Script"}


@dataclass
class _Context:
    codes: dict[tuple[str, str], str] = field(default_factory=dict)
    locations: dict[str, str] = field(default_factory=dict)
    location_country: dict[str, str] = field(default_factory=dict)
    documents: dict[str, list[tuple[str, str, str]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    programs: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    listed_on: dict[str, date] = field(default_factory=dict)

    def code(self, table: str, key: str | None) -> str:
        return self.codes.get((table, key or ""), "")


def read_ofac_advanced(path: Path, meta: ListMeta) -> Iterator[ListedParty]:
    context = _Context()
    first_pass = {"ReferenceValueSets", "Location", "IDRegDocument", "ProfileRelationship"}
    first_pass |= {"SanctionsEntry", "DateOfIssue"}
    for tag, element in iter_records(file_opener(path), str(path), first_pass):
        _collect(tag, element, context, meta)
    for _, element in iter_records(file_opener(path), str(path), {"DistinctParty"}):
        for profile in children(element, "Profile"):
            yield _party(profile, context)


def _ymd(element: etree._Element) -> date | None:
    try:
        return date(*(int(child_text(element, key) or 1) for key in ("Year", "Month", "Day")))
    except ValueError:
        return None


def _collect(tag: str, element: etree._Element, context: _Context, meta: ListMeta) -> None:
    if tag == "DateOfIssue":
        day = _ymd(element)
        meta.published = datetime(day.year, day.month, day.day) if day else None
    elif tag == "ReferenceValueSets":
        for item in element.iter():
            name = local_name(item.tag)
            if name in TABLES and item.get("ID"):
                context.codes[(name, item.get("ID", ""))] = clean_text(item.text)
    elif tag == "Location":
        parts = [clean_text(v.text) for v in element.iter() if local_name(v.tag) == "Value"]
        countries = [c.get("CountryID", "") for c in children(element, "LocationCountry")]
        country = context.code("Country", countries[0]) if countries else ""
        context.locations[element.get("ID", "")] = ", ".join(p for p in [*parts, country] if p)
        context.location_country[element.get("ID", "")] = country
    elif tag == "IDRegDocument":
        doc_type = context.code("IDRegDocType", element.get("IDRegDocTypeID"))
        country = context.code("Country", element.get("IssuedBy-CountryID"))
        number = child_text(element, "IDRegistrationNo")
        context.documents[element.get("IdentityID", "")].append((doc_type, number, country))
    elif tag == "ProfileRelationship":
        relation = context.code("RelationType", element.get("RelationTypeID")) or "related"
        meta.relationships.append(
            Relationship(
                f"ofac-{element.get('From-ProfileID')}",
                f"ofac-{element.get('To-ProfileID')}",
                relation,
            )
        )
    elif tag == "SanctionsEntry":
        profile = element.get("ProfileID", "")
        for measure in children(element, "SanctionsMeasure"):
            program = child_text(measure, "Comment")
            if program:
                context.programs[profile].append(program)
        for event in children(element, "EntryEvent"):
            for when in children(event, "Date"):
                day = _ymd(when)
                if day and (profile not in context.listed_on or day < context.listed_on[profile]):
                    context.listed_on[profile] = day


def _party(profile: etree._Element, context: _Context) -> ListedParty:
    profile_id = profile.get("ID", "")
    sub_type = context.code("PartySubType", profile.get("PartySubTypeID")).lower()
    schema = OFAC_SCHEMA.get(sub_type, "Person" if sub_type == "individual" else "Organization")
    sanction = SanctionInfo(AUTHORITY, reference=profile_id)
    for program in context.programs.get(profile_id, []):
        sanction.add_program(program)
    sanction.listing_date = context.listed_on.get(profile_id)
    party = ListedParty(f"ofac-{profile_id}", schema, sanction)
    for identity in children(profile, "Identity"):
        for alias in children(identity, "Alias"):
            kind = ALIAS_KIND.get(context.code("AliasType", alias.get("AliasTypeID")).lower())
            if alias.get("Primary") == "true":
                kind = "primary"
            if alias.get("LowQuality") == "true" and kind != "primary":
                kind = "weak_alias"
            for documented in children(alias, "DocumentedName"):
                values = [
                    clean_text(v.text)
                    for v in documented.iter()
                    if local_name(v.tag) == "NamePartValue"
                ]
                party.add_name(" ".join(v for v in values if v), kind or "alias")
        for doc_type, number, country in context.documents.get(identity.get("ID", ""), []):
            if not apply_labelled(party, doc_type, number, country):
                party.add_identifier("idNumber", number, None)
    for feature in children(profile, "Feature"):
        _feature(feature, party, context)
    party.finish()
    return party


def _feature(feature: etree._Element, party: ListedParty, context: _Context) -> None:
    feature_type = context.code("FeatureType", feature.get("FeatureTypeID"))
    for version in children(feature, "FeatureVersion"):
        for period in children(version, "DatePeriod"):
            starts = [f for s in children(period, "Start") for f in children(s, "From")]
            ends = [t for s in children(period, "End") for t in children(s, "To")]
            low, high = (_ymd(starts[0]) if starts else None), (_ymd(ends[0]) if ends else None)
            if feature_type.lower() == "birthdate":
                raw = f"{low} .. {high}"
                party.add_birth_date(BirthDate(low, high or low, raw))
        for location in children(version, "VersionLocation"):
            address = context.locations.get(location.get("LocationID", ""), "")
            prop = "birthPlace" if feature_type.lower() == "place of birth" else "address"
            party.add(prop, address)
        for detail in children(version, "VersionDetail"):
            value = clean_text(detail.text) or context.code(
                "Country", detail.get("DetailReferenceID")
            )
            lowered = feature_type.lower()
            if lowered in ("nationality country", "citizenship country", "vessel flag"):
                prop = {"nationality country": "nationality", "vessel flag": "flag"}.get(
                    lowered, "citizenship"
                )
                party.add_country(prop, value)
            elif lowered == "gender":
                party.set_gender(value)
            elif not apply_labelled(party, feature_type, value, None) and value:
                party.add("notes", f"{feature_type} {value}")
