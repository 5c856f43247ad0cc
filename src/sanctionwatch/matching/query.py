"""One entity at a time: ranked candidates with explanations (workspace or in-process index)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sanctionwatch.errors import InputError
from sanctionwatch.matching.bulk import ListedIndex, add_identified
from sanctionwatch.matching.config import load_config
from sanctionwatch.matching.entity import BirthDate, EntityRecord, country_of, parse_birth_date
from sanctionwatch.matching.name_score import NameMatch
from sanctionwatch.matching.score import MAX_NAMES, score_from_name
from sanctionwatch.matching.subjects import Listed, latest_versions, load_listed
from sanctionwatch.names.scripts import require_name
from sanctionwatch.workspace import Workspace


@dataclass(frozen=True)
class Candidate:
    entity_id: str
    list_name: str
    version_id: int
    matched_name: str
    score: float
    explanation: dict[str, Any]


def query_record(
    name: str, schema: str, birth_date: date | str | None, nationality: str | None
) -> EntityRecord:
    births: list[BirthDate] = []
    if birth_date is not None:
        parsed = parse_birth_date(str(birth_date))
        if parsed is None:
            raise InputError(
                f"birth date {str(birth_date)!r} is not a date: write YYYY-MM-DD, YYYY-MM, YYYY, "
                "DD.MM.YYYY or '2 Mar 1961'",
                field="birth_date",
            )
        births.append(parsed)
    countries = {country_of(nationality)} if nationality and nationality.strip() else set()
    return EntityRecord(schema, [require_name(name)], births, countries)


QUERY_FLOOR = 1e-9  # a query lists every candidate whose name meets at all
QUERY_CANDIDATES = 40  # entities scored per query name: those sharing the most keys (see docs)


def _rank(
    record: EntityRecord, index: ListedIndex, listed: list[Listed], limit: int
) -> list[Candidate]:
    """Name scores through the bulk path (one word table per query name, pruning of names that
    cannot meet) for the QUERY_CANDIDATES entities sharing the most keys, attributes weighed for
    those whose names met; each score equals `score_records` for that pair."""
    cfg = load_config()
    best: dict[int, tuple[NameMatch, str, str]] = {}
    for name in record.names[:MAX_NAMES]:
        hits, _ = index.score_name(name, record.schema, cfg, QUERY_FLOOR, QUERY_CANDIDATES)
        for li, (match, listed_name) in hits.items():
            if li not in best or match.score > best[li][0].score:
                best[li] = (match, name, listed_name)
    add_identified(best, record, index, cfg)
    found: list[Candidate] = []
    for li, (match, name, listed_name) in best.items():
        item = listed[li]
        result = score_from_name(record, item.entity, match, name, listed_name, cfg)
        if result.score > 0:
            found.append(
                Candidate(
                    item.entity_id,
                    item.list_name,
                    item.version_id,
                    listed_name,
                    result.score,
                    result.explanation,
                )
            )
    found.sort(key=lambda c: (-c.score, c.entity_id))
    return found[:limit]


def match_query(
    ws: Workspace,
    name: str,
    *,
    schema: str = "Person",
    birth_date: date | str | None = None,
    nationality: str | None = None,
    limit: int = 10,
) -> list[Candidate]:
    """Candidates for one name from the latest list versions, best first."""
    record = query_record(name, schema, birth_date, nationality)
    listed = load_listed(ws, latest_versions(ws), load_config())
    return NameIndex(listed).query(record, limit)


class NameIndex:
    """An in-memory key index over listed entities for fast one-off queries in process."""

    def __init__(self, listed: list[Listed]) -> None:
        self.listed = listed
        self.index = ListedIndex([item.entity for item in listed])

    def candidates(self, record: EntityRecord) -> list[int]:
        return sorted(self.index.candidates(record))

    def query(self, record: EntityRecord, limit: int = 10) -> list[Candidate]:
        return _rank(record, self.index, self.listed, limit)
