"""The normalized listed party every reader produces, in FollowTheMoney schemata and properties.

Readers differ in layout but all end in `ListedParty`: names with their kind (one row per name
in `listed_names`, which screening reads), birth dates as ranges, identifiers by FtM property,
and the listing itself (`SanctionInfo`, an FtM Sanction). The FtM properties dict is the full
record: exports and list diffs are made from it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sanctionwatch.reference.countries import countries_in_text, country_code
from sanctionwatch.reference.genders import gender_code

NAME_KINDS = ("primary", "alias", "weak_alias", "previous", "original_script")
ALIAS_KINDS = ("alias", "weak_alias", "previous")
# Which FtM property holds a name of each kind.
NAME_PROPERTY = {
    "primary": "name",
    "alias": "alias",
    "weak_alias": "weakAlias",
    "previous": "previousName",
    "original_script": "alias",
}
CRAFT_SCHEMATA = ("Vessel", "Airplane")
CRAFT_IDENTIFIERS = ("imoNumber", "mmsi", "registrationNumber")
SCHEMATA = ("Person", "Organization", "Company", "LegalEntity", "Vessel", "Airplane")


def clean_text(value: str | None) -> str:
    """Strip stray white space inside and around a value; None becomes ''."""
    if value is None:
        return ""
    return " ".join(value.split())


@dataclass(frozen=True)
class BirthDate:
    """A birth date as the range it stands for (a year is Jan 1 .. Dec 31); raw kept as given."""

    date_from: date | None
    date_to: date | None
    raw: str


@dataclass(frozen=True)
class Identifier:
    """A document or registry number under its FtM property (passportNumber, imoNumber, ...)."""

    id_type: str
    id_value: str
    country: str | None = None


@dataclass(frozen=True)
class LoadIssue:
    """A field kept with its raw value but not understood; reported in the load summary."""

    entity_id: str | None
    field: str
    raw_value: str | None
    message: str


@dataclass(frozen=True)
class Relationship:
    """A link between two listed parties (OFAC advanced: ownership, acting for, ...)."""

    from_entity_id: str
    to_entity_id: str
    relation: str


@dataclass
class SanctionInfo:
    """The listing: FtM Sanction properties (program codes, authority, reference, date)."""

    authority: str
    programs: list[str] = field(default_factory=list)
    reference: str | None = None
    listing_date: date | None = None
    reason: str | None = None

    def add_program(self, program: str) -> None:
        program = clean_text(program)
        if program and program not in self.programs:
            self.programs.append(program)


@dataclass
class ListedParty:
    """One listed person, organization, company or vessel, normalized."""

    entity_id: str
    schema: str
    sanction: SanctionInfo
    properties: dict[str, list[str]] = field(default_factory=dict)
    names: list[tuple[str, str]] = field(default_factory=list)
    birth_dates: list[BirthDate] = field(default_factory=list)
    identifiers: list[Identifier] = field(default_factory=list)
    issues: list[LoadIssue] = field(default_factory=list)
    gender: str | None = None

    def add(self, prop: str, value: str | None) -> None:
        """Add a cleaned, non-empty value to an FtM property, once."""
        text = clean_text(value)
        if not text:
            return
        values = self.properties.setdefault(prop, [])
        if text not in values:
            values.append(text)

    def add_name(self, name: str | None, kind: str) -> None:
        """Add a name of one kind (see NAME_KINDS) to the names and to its FtM property."""
        text = clean_text(name)
        if not text:
            return
        if (text, kind) not in self.names:
            self.names.append((text, kind))
        self.add(NAME_PROPERTY[kind], text)

    def add_identifier(self, id_type: str, value: str | None, country: str | None = None) -> None:
        text = clean_text(value)
        if not text:
            return
        if text.upper().startswith("IMO ") and id_type != "mmsi":
            id_type, text = "imoNumber", text[4:].strip()
        if self.schema in CRAFT_SCHEMATA and id_type not in CRAFT_IDENTIFIERS:
            id_type = "registrationNumber"  # FtM Vessel/Airplane have no passport or idNumber
        ident = Identifier(id_type, text, country)
        if ident not in self.identifiers:
            self.identifiers.append(ident)
        self.add(id_type, text)

    def add_birth_date(self, birth: BirthDate, stated: list[str] | None = None) -> None:
        """Store the range; FtM `birthDate` gets `stated` (the dates as written) or the bounds."""
        if birth not in self.birth_dates:
            self.birth_dates.append(birth)
        if stated is not None:
            for value in stated:
                self.add("birthDate", value)
            return
        for bound in (birth.date_from, birth.date_to):
            if bound is not None:
                self.add("birthDate", _ftm_date(bound, birth))

    def add_country(self, prop: str, raw: str | None) -> str | None:
        """Add the ISO code of a country name; an unknown name is reported, not dropped."""
        text = clean_text(raw)
        if not text or text.lower() in ("na", "n/a", "-0-", "unknown"):
            return None
        code = country_code(text)
        if code is not None:
            self.add(prop, code)
            return code
        self.add("notes", f"{prop}: {text}")
        in_text = countries_in_text(text)
        if not in_text:
            self.add_issue(prop, text, "country not recognised; kept in notes")
            return None
        for found in in_text:
            self.add(prop, found)
        self.add_issue(
            prop, text, f"country read from free text as {', '.join(in_text)}; kept in notes"
        )
        return in_text[0]

    def add_issue(self, field_name: str, raw_value: str | None, message: str) -> None:
        issue = LoadIssue(self.entity_id, field_name, raw_value, message)
        if issue not in self.issues:
            self.issues.append(issue)

    def set_gender(self, raw: str | None) -> None:
        self.gender = gender_code(clean_text(raw)) or self.gender
        if self.gender:
            self.add("gender", self.gender)

    @property
    def caption(self) -> str:
        for name, kind in self.names:
            if kind == "primary":
                return name
        return self.names[0][0] if self.names else "(no name)"

    @property
    def countries(self) -> list[str]:
        found: list[str] = []
        for prop in ("nationality", "citizenship", "country", "jurisdiction", "flag"):
            for code in self.properties.get(prop, []):
                if code not in found:
                    found.append(code)
        return found

    def finish(self) -> None:
        """Checks every reader needs: a party without a name is kept and reported."""
        if not any(kind == "primary" for _, kind in self.names):
            self.add_issue("name", None, "no primary name given; kept under '(no name)'")
        if self.sanction.programs:
            for program in self.sanction.programs:
                self.add("programId", program)


@dataclass
class ListMeta:
    """What a reader learns about the file as a whole while it streams through it."""

    list_name: str
    format: str
    published: datetime | None = None
    relationships: list[Relationship] = field(default_factory=list)
    issues: list[LoadIssue] = field(default_factory=list)


def _ftm_date(bound: date, birth: BirthDate) -> str:
    """FtM dates are ISO prefixes: a whole-year range becomes just the year."""
    if (
        birth.date_from is not None
        and birth.date_to is not None
        and birth.date_from.month == 1
        and birth.date_from.day == 1
        and birth.date_to.month == 12
        and birth.date_to.day == 31
    ):
        return str(bound.year)
    return bound.isoformat()
