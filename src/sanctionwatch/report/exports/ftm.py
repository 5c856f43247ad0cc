"""Findings and the entities they involve as FollowTheMoney entities (JSON lines).

Plain dicts in FtM's shape ({id, schema, properties: {name: [values]}}), so the package does not
need followthemoney at run time; the tests parse the output with followthemoney's own model.
Each finding becomes a Note on its subject; people, companies, ownerships, directorships and
employments come from the registry rows, listed parties from the lists.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from typing import Any

from sanctionwatch.report.ownership import build_ownership_graph
from sanctionwatch.workspace import Workspace

Entity = dict[str, Any]

PERMITS_SQL = """
    SELECT DISTINCT ON (p.permit_id) p.* FROM permits p
    JOIN findings f ON f.subject_kind = 'permit' AND f.subject_key = p.permit_id
    ORDER BY p.permit_id, p.source_file, p.source_row
"""
LISTED_SQL = """
    SELECT DISTINCT ON (entity_id) entity_id, schema, caption, reference, programs, countries
    FROM listed_entities WHERE entity_id IN (SELECT unnest($ids))
    ORDER BY entity_id, version_id DESC
"""
FTM_SCHEMATA = {"Person", "Organization", "Company", "LegalEntity", "Vessel"}


def make_id(*parts: object) -> str:
    """A stable FtM id from the parts that identify a thing."""
    digest = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return f"sw-{digest[:24]}"


def entity(schema: str, entity_id: str, **properties: Any) -> Entity:
    """An FtM entity dict; None and empty values are left out, single values become lists."""
    props: dict[str, list[str]] = {}
    for name, value in properties.items():
        values = value if isinstance(value, list | tuple) else [value]
        cleaned = [str(v) for v in values if v is not None and str(v) != ""]
        if cleaned:
            props[name] = cleaned
    return {"id": entity_id, "schema": schema, "properties": props}


def company_id(ogrn: str) -> str:
    return make_id("company", ogrn)


def ftm_entities(ws: Workspace) -> Iterator[Entity]:
    """Every entity once: companies and parties around flagged companies, permit holders and
    their employers, listed parties matched, and one Note per finding."""
    seen: set[str] = set()
    for item in _all_entities(ws):
        if item["id"] not in seen:
            seen.add(item["id"])
            yield item


def _all_entities(ws: Workspace) -> Iterator[Entity]:
    owned = build_ownership_graph(ws)
    ogrns = sorted(
        {owned.graph.nodes[n]["ogrn"] for n in owned.graph if owned.graph.nodes[n]["ogrn"]}
    )
    named = {
        r["ogrn"]: r
        for r in ws.records(
            "ftm: companies",
            "SELECT * FROM companies WHERE ogrn IN (SELECT unnest($o))",
            {"o": ogrns},
        )
    }
    for ogrn in ogrns:
        row = named.get(ogrn, {})
        yield entity(
            "Company",
            company_id(ogrn),
            name=row.get("full_name") or owned.graph.nodes[f"company:{ogrn}"]["label"],
            alias=row.get("short_name"),
            ogrnCode=ogrn,
            registrationNumber=ogrn,  # kept even where a reader drops an OGRN failing its check
            innCode=row.get("inn"),
            incorporationDate=row.get("registered_on"),
            dissolutionDate=row.get("liquidated_on"),
            address=row.get("address"),
            phone=row.get("phone"),
            sector=row.get("activity_code"),
            jurisdiction="ru",
            sourceUrl=None,
        )
    people = ws.records(
        "ftm: founders and directors",
        "SELECT * FROM company_people WHERE company_ogrn IN (SELECT unnest($o)) "
        "ORDER BY source_file, source_row",
        {"o": ogrns},
    )
    for row in people:
        yield from _party_and_link(row)
    for row in ws.records("ftm: permit holders", PERMITS_SQL):
        yield from _permit_holder(row)
    yield from _listed_and_notes(ws)


def _party_and_link(row: dict[str, Any]) -> Iterator[Entity]:
    if row["party_ogrn"]:
        party_id = company_id(row["party_ogrn"])
        yield entity(
            "Company",
            party_id,
            name=row["name"],
            ogrnCode=row["party_ogrn"],
            innCode=row["inn"],
            jurisdiction=row["citizenship"],
        )
    elif row["party_type"] == "company":
        party_id = make_id("entity", row["name"], row["citizenship"])
        yield entity(
            "LegalEntity",
            party_id,
            name=row["name"],
            jurisdiction=row["citizenship"],
            innCode=row["inn"],
        )
    else:
        party_id = make_id("person", row["passport_number"] or f"{row['name']}|{row['birth_date']}")
        yield entity(
            "Person",
            party_id,
            name=row["name"],
            alias=row["name_latin"],
            nationality=row["citizenship"],
            birthDate=row["birth_date"],
            passportNumber=row["passport_number"],
            innCode=row["inn"],
        )
    link_id = make_id("link", row["record_id"])
    source = f"{row['source_file']}:{row['source_row']}"
    if row["role"] == "founder":
        yield entity(
            "Ownership",
            link_id,
            owner=party_id,
            asset=company_id(row["company_ogrn"]),
            percentage=row["share_pct"],
            startDate=row["start_date"],
            endDate=row["end_date"],
            role="founder",
            description=source,
        )
    else:
        yield entity(
            "Directorship",
            link_id,
            director=party_id,
            organization=company_id(row["company_ogrn"]),
            role=row["role"],
            startDate=row["start_date"],
            endDate=row["end_date"],
            description=source,
        )


def _permit_holder(row: dict[str, Any]) -> Iterator[Entity]:
    name = " ".join(p for p in (row["surname"], row["given_name"], row["patronymic"]) if p)
    person_id = make_id("person", row["passport_number"] or row["record_id"])
    yield entity(
        "Person",
        person_id,
        name=name or row["name_latin"],
        alias=row["name_latin"],
        nationality=row["citizenship"],
        birthDate=row["birth_date"],
        passportNumber=row["passport_number"],
    )
    if row["employer_ogrn"] or row["employer_name"]:
        employer_id = (
            company_id(row["employer_ogrn"])
            if row["employer_ogrn"]
            else make_id("employer", row["employer_name"])
        )
        yield entity(
            "Company",
            employer_id,
            name=row["employer_name"] or row["employer_ogrn"],
            ogrnCode=row["employer_ogrn"],
            innCode=row["employer_inn"],
            jurisdiction="ru",
        )
        yield entity(
            "Employment",
            make_id("permit", row["record_id"]),
            employee=person_id,
            employer=employer_id,
            role=row["occupation"],
            startDate=row["issue_date"],
            endDate=row["expiry_date"],
            summary=f"{row['permit_type']} {row['permit_id']}",
            description=f"{row['source_file']}:{row['source_row']}",
        )


def _subject_id(ws_permits: dict[str, str], kind: str, key: str) -> str:
    if kind == "company":
        return company_id(key)
    return ws_permits.get(key, make_id(kind, key))


def _listed_and_notes(ws: Workspace) -> Iterator[Entity]:
    permits = {
        str(permit_id): make_id("person", passport or record_id)
        for permit_id, passport, record_id in ws.rows(
            "ftm: permit subjects",
            "SELECT permit_id, passport_number, record_id FROM permits "
            "WHERE permit_id IN (SELECT subject_key FROM findings WHERE subject_kind = 'permit')",
        )
    }
    findings = ws.records("ftm: findings", "SELECT * FROM findings ORDER BY finding_id")
    matches_of = {row["finding_id"]: _matched_ids(row["evidence"]) for row in findings}
    matched = {entity_id for ids in matches_of.values() for entity_id in ids}
    listed: set[str] = set()
    for entity_id, schema, caption, reference, programs, countries in ws.rows(
        "ftm: listed parties", LISTED_SQL, {"ids": sorted(matched)}
    ):
        listed.add(entity_id)
        yield entity(
            schema if schema in FTM_SCHEMATA else "LegalEntity",
            entity_id,
            name=caption,
            program=programs,
            country=countries,
            topics="sanction",
            notes=f"listed, reference {reference}" if reference else None,
        )
    for row in findings:
        yield entity(
            "Note",
            make_id("finding", row["finding_id"]),
            entity=[
                _subject_id(permits, row["subject_kind"], row["subject_key"]),
                *(i for i in matches_of[row["finding_id"]] if i in listed),
            ],
            name=f"{row['measure_id']}: {row['subject_label']}",
            summary=row["summary"],
            description=f"{row['citation']} ({row['severity']}, "
            f"{row['status']}, as of {row['as_of']}, finding {row['finding_id']})",
        )


def _matched_ids(raw: Any) -> list[str]:
    """The listed entity ids a finding's evidence names among its matches."""
    try:
        evidence = json.loads(raw) if isinstance(raw, str) else raw
    except json.JSONDecodeError:
        return []
    matches = evidence.get("matches", []) if isinstance(evidence, dict) else []
    return sorted(
        {str(m["entity_id"]) for m in matches if isinstance(m, dict) and m.get("entity_id")}
    )
