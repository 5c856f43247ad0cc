"""Insert listed entities and registry rows with SQL, standing in for the loaders in tests."""

from __future__ import annotations

import json
from datetime import date

from sanctionwatch.matching.entity import EntityRecord
from sanctionwatch.workspace import Workspace


def add_listed(
    ws: Workspace,
    version_id: int,
    entity_id: str,
    names: list[str],
    *,
    schema: str = "Person",
    birth: date | None = None,
    countries: list[str] | None = None,
    list_name: str = "un-sc",
    content_hash: str | None = None,
) -> None:
    ws.run(
        "fixture: entity",
        "INSERT INTO listed_entities VALUES"
        " (?, ?, ?, ?, ?, NULL, ['UN-SC1718'], NULL, ?, NULL, ?, ?)",
        [
            version_id,
            entity_id,
            list_name,
            schema,
            names[0],
            countries or [],
            json.dumps({"name": names}),
            content_hash or "|".join(names),
        ],
    )
    for name in names:
        ws.run(
            "fixture: name",
            "INSERT INTO listed_names VALUES (?, ?, ?, 'primary')",
            [version_id, entity_id, name],
        )
    if birth is not None:
        ws.run(
            "fixture: birth",
            "INSERT INTO listed_birth_dates VALUES (?, ?, ?, ?, ?)",
            [version_id, entity_id, birth, birth, birth.isoformat()],
        )


def add_load(ws: Workspace, load_id: int, loaded_at: str, kind: str = "permits") -> None:
    ws.run(
        "fixture: load",
        "INSERT INTO registry_loads VALUES (?, ?, 'x', 'x', ?, 0, 0, 0, 0)",
        [load_id, kind, loaded_at],
    )


def add_permit(
    ws: Workspace,
    record_id: str,
    surname: str,
    given: str,
    latin: str | None,
    *,
    birth: date | None = None,
    citizenship: str | None = "kp",
    load_id: int = 1,
) -> None:
    ws.run(
        "fixture: permit",
        """INSERT INTO permits (record_id, permit_id, permit_type, surname, given_name, name_latin,
               citizenship, birth_date, load_id, source_file, source_row)
           VALUES (?, ?, 'work_permit', ?, ?, ?, ?, ?, ?, 'permits.csv', 2)""",
        [record_id, record_id, surname, given, latin, citizenship, birth, load_id],
    )


def bulk_and_pair_hits(
    subjects: list[EntityRecord], listed: list[EntityRecord], threshold: float
) -> tuple[dict[tuple[int, int], float], dict[tuple[int, int], float]]:
    """(what bulk screening found, what scoring every pair finds) at `threshold`, as
    {(subject index, listed index): score}: the two must be equal."""
    from sanctionwatch.matching.bulk import ListedIndex, score_subjects
    from sanctionwatch.matching.config import load_config
    from sanctionwatch.matching.score import score_records

    cfg = load_config()
    brute = {
        (si, li): score_records(s, item, cfg).score
        for si, s in enumerate(subjects)
        for li, item in enumerate(listed)
    }
    _, found = score_subjects(ListedIndex(listed), subjects, threshold)
    return (
        {(si, li): result.score for si, li, result in found},
        {pair: score for pair, score in brute.items() if score >= threshold},
    )
