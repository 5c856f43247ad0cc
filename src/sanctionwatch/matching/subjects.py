"""Read screening subjects (registry rows) and listed entities out of the workspace."""

from __future__ import annotations

from collections.abc import Iterator
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
from sanctionwatch.names.scripts import clean_name
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


CHUNK_ROWS = 200_000  # subjects read, scored and dropped at a time (memory at scale)
Unscreenable = tuple[str, str, str]  # subject table, record id, reason


def unusable_reason(name: str | None) -> str | None:
    """Why a name cannot be screened (empty, no letters, one character); None when usable."""
    if name is None or not name.strip():
        return "empty name"
    if sum(map(str.isalpha, name)) >= 2:
        return None  # cleaning removes no letters: the common case needs no cleaning
    letters = sum(ch.isalpha() for ch in clean_name(name))
    if letters == 0:
        return "no letters"
    return "one character" if letters == 1 else None


def _subject(table: str, row: tuple[Any, ...]) -> Subject | Unscreenable:
    rid, schema, name, latin, birth, country, passport, inn, ogrn = row
    raw = [n for n in (name, latin) if n is not None]
    names = [n for n in raw if unusable_reason(n) is None]
    if not names:
        reasons = [unusable_reason(n) for n in raw] or ["empty name"]
        best = next((r for r in ("one character", "no letters") if r in reasons), "empty name")
        return (table, str(rid), best)
    ids: dict[str, set[str]] = {}
    for kind, value in (("passportNumber", passport), ("innCode", inn), ("ogrnCode", ogrn)):
        if value and normalise_identifier(str(value), kind):
            ids[kind] = {normalise_identifier(str(value), kind)}
    births = [BirthDate(birth, birth)] if birth else []
    record = EntityRecord(schema, names, births, {country} if country else set(), None, ids)
    return Subject(table, rid, names[0], record)


def iter_subjects(
    ws: Workspace, since: date | None, chunk_rows: int = CHUNK_ROWS
) -> Iterator[tuple[list[Subject], list[Unscreenable]]]:
    """Permit holders, founders/directors and companies, a chunk at a time, with the rows that
    cannot be screened; with `since`, only rows of later loads."""
    where = (
        ""
        if since is None
        else (" WHERE p.load_id IN (SELECT load_id FROM registry_loads WHERE loaded_at > ?)")
    )
    params = None if since is None else [since]
    for table, sql in SUBJECT_SQL.items():
        result = ws.run(f"screen: read {table}", sql + where, params)
        while rows := result.fetchmany(chunk_rows):
            subjects: list[Subject] = []
            unscreenable: list[Unscreenable] = []
            for row in rows:
                item = _subject(table, row)
                if isinstance(item, Subject):
                    subjects.append(item)
                else:
                    unscreenable.append(item)
            del rows
            yield subjects, unscreenable


def load_subjects(ws: Workspace, since: date | None) -> list[Subject]:
    """Every screenable subject at once (see iter_subjects for the chunked reading)."""
    return [s for chunk, _ in iter_subjects(ws, since) for s in chunk]


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

        for name in split_acronym(values[0]):
            cleaned = clean_name(name)
            if cleaned and cleaned not in record.names and any(c.isalpha() for c in cleaned):
                record.names.append(cleaned)
    elif kind == "births" and values[0] is not None:
        record.birth_dates.append(BirthDate(values[0], values[1] or values[0]))
    elif kind == "ids" and values[0] in cfg.identifier_types:
        value = normalise_identifier(str(values[1]), values[0])
        if value:
            record.identifiers.setdefault(values[0], set()).add(value)


__all__ = [
    "Listed",
    "Subject",
    "iter_subjects",
    "latest_versions",
    "load_listed",
    "load_subjects",
    "parse_birth_date",
    "unusable_reason",
]
