"""Read screening subjects (registry rows) and listed entities out of the workspace."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sanctionwatch.matching.config import MatchConfig
from sanctionwatch.matching.entity import (
    BirthDate,
    EntityRecord,
    normalise_identifier,
    parse_birth_date,
)
from sanctionwatch.workspace import Workspace

SUBJECT_SQL = {
    "permits": """
        SELECT record_id, 'Person' AS schema,
               concat_ws(' ', surname, given_name, patronymic) AS name, name_latin,
               birth_date, citizenship, passport_number, NULL AS inn, NULL AS ogrn
        FROM permits p""",
    "company_people": """
        SELECT record_id, CASE WHEN party_type = 'company' THEN 'Company' ELSE 'Person' END,
               name, name_latin, birth_date, citizenship, passport_number, inn, party_ogrn
        FROM company_people p""",
    "companies": """
        SELECT record_id, 'Company', full_name, short_name, NULL, NULL, NULL, inn, ogrn
        FROM companies p""",
}


@dataclass
class Subject:
    table: str
    record_id: str
    label: str
    entity: EntityRecord


@dataclass
class Listed:
    version_id: int
    entity_id: str
    list_name: str
    entity: EntityRecord


def load_subjects(ws: Workspace, since: date | None) -> list[Subject]:
    """Permit holders, founders/directors and companies; with `since`, only later loads."""
    subjects: list[Subject] = []
    where = (
        ""
        if since is None
        else (" WHERE p.load_id IN (SELECT load_id FROM registry_loads WHERE loaded_at > ?)")
    )
    params = None if since is None else [since]
    for table, sql in SUBJECT_SQL.items():
        for rid, schema, name, latin, birth, country, passport, inn, ogrn in ws.rows(
            f"screen: read {table}", sql + where, params
        ):
            names = [n for n in (name, latin) if n and n.strip()]
            if not names:
                continue
            ids: dict[str, set[str]] = {}
            for kind, value in (("passportNumber", passport), ("innCode", inn), ("ogrnCode", ogrn)):
                if value and normalise_identifier(str(value)):
                    ids[kind] = {normalise_identifier(str(value))}
            births = [BirthDate(birth, birth)] if birth else []
            record = EntityRecord(schema, names, births, {country} if country else set(), None, ids)
            subjects.append(Subject(table, rid, names[0], record))
    return subjects


def latest_versions(ws: Workspace) -> list[int]:
    """The newest version of every list in the workspace."""
    rows = ws.rows(
        "screen: latest list versions",
        "SELECT max(version_id) FROM listed_entities GROUP BY list_name ORDER BY 1",
    )
    return [int(r[0]) for r in rows]


def load_listed(
    ws: Workspace, versions: list[int], cfg: MatchConfig, only: set[tuple[int, str]] | None = None
) -> list[Listed]:
    """Entities of the given versions with names, birth dates, countries and identifiers."""
    if not versions:
        return []
    marks = ",".join("?" for _ in versions)
    entities: dict[tuple[int, str], Listed] = {}
    for vid, eid, list_name, schema, countries, gender in ws.rows(
        "screen: read listed entities",
        "SELECT version_id, entity_id, list_name, schema, countries, gender"
        f" FROM listed_entities WHERE version_id IN ({marks})",
        versions,
    ):
        if only is not None and (vid, eid) not in only:
            continue
        record = EntityRecord(schema, [], [], set(countries or []), gender)
        entities[(vid, eid)] = Listed(vid, eid, list_name, record)
    queries: list[tuple[str, str]] = [
        (
            "names",
            f"SELECT version_id, entity_id, name FROM listed_names WHERE version_id IN ({marks})",
        ),
        (
            "births",
            "SELECT version_id, entity_id, date_from, date_to FROM listed_birth_dates"
            f" WHERE version_id IN ({marks})",
        ),
        (
            "ids",
            "SELECT version_id, entity_id, id_type, id_value FROM listed_identifiers"
            f" WHERE version_id IN ({marks})",
        ),
    ]
    for kind, sql in queries:
        for row in ws.rows(f"screen: read listed {kind}", sql, versions):
            listed = entities.get((row[0], row[1]))
            if listed is None:
                continue
            _add(listed.entity, kind, row[2:], cfg)
    return list(entities.values())


def _add(record: EntityRecord, kind: str, values: tuple[Any, ...], cfg: MatchConfig) -> None:
    if kind == "names":
        from sanctionwatch.names.companies import split_acronym
        from sanctionwatch.names.scripts import clean_name

        for name in split_acronym(values[0]):
            cleaned = clean_name(name)
            if cleaned and cleaned not in record.names and any(c.isalpha() for c in cleaned):
                record.names.append(cleaned)
    elif kind == "births" and values[0] is not None:
        record.birth_dates.append(BirthDate(values[0], values[1] or values[0]))
    elif kind == "ids" and values[0] in cfg.identifier_types:
        value = normalise_identifier(str(values[1]))
        if value:
            record.identifiers.setdefault(values[0], set()).add(value)


__all__ = [
    "Listed",
    "Subject",
    "latest_versions",
    "load_listed",
    "load_subjects",
    "parse_birth_date",
]
