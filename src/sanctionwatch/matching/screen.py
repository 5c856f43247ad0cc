"""screen_workspace: registry subjects against the latest version of every loaded list."""

from __future__ import annotations

import json
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sanctionwatch.matching.bulk import (
    PARALLEL_FROM,
    ListedIndex,
    NameScorer,
    distinct_names,
    name_floor,
    weigh_subjects,
)
from sanctionwatch.matching.config import load_config
from sanctionwatch.matching.runs import record_run, write_unscreenable
from sanctionwatch.matching.subjects import (
    SUBJECT_SQL,
    Listed,
    Subject,
    iter_subjects,
    latest_versions,
    load_listed,
)
from sanctionwatch.workspace import Workspace

COLUMN_TYPES = (
    "VARCHAR",
    "VARCHAR",
    "VARCHAR",
    "INTEGER",
    "VARCHAR",
    "VARCHAR",
    "VARCHAR",
    "DOUBLE",
    "VARCHAR",
    "TIMESTAMP",
)


@dataclass
class ScreenSummary:
    threshold: float
    mode: str
    subjects: int = 0
    entities: int = 0
    candidates: int = 0
    matches: int = 0
    seconds: float = 0.0
    by_subject_table: dict[str, int] = field(default_factory=dict)
    by_list: dict[str, int] = field(default_factory=dict)
    unscreenable: int = 0
    unscreenable_by_table: dict[str, int] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _changed_entities(
    ws: Workspace, versions: list[int], since_version: int
) -> set[tuple[int, str]]:
    """Entities of the latest versions added or changed (content_hash) since `since_version`."""
    marks = ",".join("?" for _ in versions)
    rows = ws.rows(
        "screen: entities changed since a version",
        f"""WITH base AS (
                SELECT list_name, max(version_id) AS vid FROM listed_entities
                WHERE version_id <= ? GROUP BY list_name)
            SELECT n.version_id, n.entity_id FROM listed_entities n
            LEFT JOIN base b ON b.list_name = n.list_name
            LEFT JOIN listed_entities o ON o.version_id = b.vid AND o.entity_id = n.entity_id
            WHERE n.version_id IN ({marks})
              AND (o.entity_id IS NULL OR o.content_hash <> n.content_hash)""",
        [since_version, *versions],
    )
    return {(int(v), str(e)) for v, e in rows}


class _Batch:
    """One chunk of subjects whose names the workers are scoring."""

    def __init__(self, subjects: list[Subject], scorer: NameScorer, threshold: float) -> None:
        self.subjects = subjects
        self.entities = [s.entity for s in subjects]
        self.distinct = distinct_names(self.entities)
        self.threshold = threshold
        self.hits = scorer.submit(list(self.distinct), name_floor(threshold))

    def rows(self, scorer: NameScorer, listed: list[Listed]) -> tuple[int, list[tuple[Any, ...]]]:
        """Wait for the name hits, weigh attributes, and give the match rows."""
        count, found = weigh_subjects(
            scorer.index, self.entities, self.distinct, self.hits(), self.threshold
        )
        now = datetime.now()
        rows: list[tuple[Any, ...]] = []
        for si, li, result in found:
            subject, item = self.subjects[si], listed[li]
            name = result.explanation["name"]
            rows.append(
                (
                    subject.table,
                    subject.record_id,
                    name["left"] or subject.label,
                    item.version_id,
                    item.entity_id,
                    item.list_name,
                    name["right"] or item.entity_id,
                    result.score,
                    json.dumps(result.explanation, ensure_ascii=False, default=str),
                    now,
                )
            )
        return count, rows


def screen_workspace(
    ws: Workspace,
    *,
    threshold: float | None = None,
    since_version: int | None = None,
    subjects_since: date | None = None,
    progress: Callable[[str], None] | None = None,
) -> ScreenSummary:
    """Screen and write matches >= threshold to screen_matches, replacing re-screened pairs."""
    cfg = load_config()
    cut = cfg.threshold if threshold is None else threshold
    say = progress or (lambda _message: None)
    started = time.perf_counter()
    began = datetime.now()
    mode = "full" if since_version is None and subjects_since is None else "incremental"
    summary = ScreenSummary(cut, mode)
    versions = latest_versions(ws)
    changed = (
        _changed_entities(ws, versions, since_version)
        if since_version is not None and versions
        else None
    )
    all_listed = load_listed(ws, versions, cfg)
    say(f"{len(all_listed):,} listed entities in {len(versions)} list version(s)")
    passes: list[tuple[date | None, list[Listed]]] = []  # (subjects loaded after, entities)
    if mode == "full":
        passes.append((None, all_listed))
    if changed is not None:
        passes.append((None, [x for x in all_listed if (x.version_id, x.entity_id) in changed]))
    if subjects_since is not None:
        passes.append((subjects_since, all_listed))
    results: dict[tuple[str, str, str, str], tuple[Any, ...]] = {}
    unscreenable: dict[tuple[str, str], str] = {}
    rescreened: list[tuple[str, str]] = []
    for since, listed in passes:
        total = _count_subjects(ws, since)
        say(f"screening {total:,} subject rows against {len(listed):,} entities")
        screened = 0
        index = ListedIndex([item.entity for item in listed])
        with NameScorer(index, parallel=total >= PARALLEL_FROM) as scorer:
            batches: list[_Batch] = []  # the workers score one chunk while the next is read
            for subjects, unusable in iter_subjects(ws, since):
                screened += len(subjects)
                unscreenable.update(((t, i), reason) for t, i, reason in unusable)
                if since is not None:
                    rescreened.extend((s.table, s.record_id) for s in subjects)
                    rescreened.extend((t, i) for t, i, _ in unusable)
                batches.append(_Batch(subjects, scorer, cut))
                while len(batches) > 1 or (batches and scorer.pool is None):
                    count, rows = batches.pop(0).rows(scorer, listed)
                    summary.candidates += count
                    results.update(((r[0], r[1], r[5], r[4]), r) for r in rows)
            for batch in batches:
                count, rows = batch.rows(scorer, listed)
                summary.candidates += count
                results.update(((r[0], r[1], r[5], r[4]), r) for r in rows)
        summary.subjects = max(summary.subjects, screened)
        summary.entities = max(summary.entities, len(listed))
    summary.matches = len(results)
    summary.by_subject_table = dict(Counter(r[0] for r in results.values()))
    summary.by_list = dict(Counter(r[5] for r in results.values()))
    summary.unscreenable = len(unscreenable)
    summary.unscreenable_by_table = dict(Counter(t for t, _ in unscreenable))
    with ws.transaction():
        _clear(ws, mode, versions, changed, rescreened if subjects_since is not None else None)
        _insert(ws, list(results.values()))
        everyone = any(since is None for since, _ in passes)
        write_unscreenable(ws, unscreenable, None if everyone else rescreened)
        summary.seconds = round(time.perf_counter() - started, 3)
        record_run(ws, summary, began)
    return summary


def _count_subjects(ws: Workspace, since: date | None) -> int:
    where = (
        ""
        if since is None
        else " WHERE p.load_id IN (SELECT load_id FROM registry_loads WHERE loaded_at > ?)"
    )
    return sum(
        int(ws.scalar(f"screen: count {table}", f"SELECT count(*) FROM ({sql}{where})", params))
        for table, sql in SUBJECT_SQL.items()
        for params in [None if since is None else [since]]
    )


def _clear(
    ws: Workspace,
    mode: str,
    versions: list[int],
    changed: set[tuple[int, str]] | None,
    rescreened: list[tuple[str, str]] | None,
) -> None:
    """Remove the rows the new results replace, so re-runs never duplicate."""
    if mode == "full":
        ws.run("screen: clear all matches", "DELETE FROM screen_matches")
        return
    marks = ",".join("?" for _ in versions) or "NULL"
    ws.run(
        "screen: drop matches of delisted entities",
        f"""DELETE FROM screen_matches m WHERE NOT EXISTS (SELECT 1 FROM listed_entities e
               WHERE e.version_id IN ({marks}) AND e.entity_id = m.entity_id
                 AND e.list_name = m.list_name)""",
        versions,
    )
    if changed:
        ws.run(
            "screen: drop matches of changed entities",
            "DELETE FROM screen_matches WHERE entity_id IN (SELECT unnest(?))",
            [sorted({e for _, e in changed})],
        )
    ws.run(
        "screen: move unchanged matches to the latest versions",
        f"""UPDATE screen_matches m SET version_id = e.version_id FROM listed_entities e
               WHERE e.version_id IN ({marks}) AND e.entity_id = m.entity_id
                 AND e.list_name = m.list_name""",
        versions,
    )
    if rescreened:
        ws.run(
            "screen: drop matches of re-screened subjects",
            """DELETE FROM screen_matches m USING (SELECT unnest(?) AS t, unnest(?) AS i) s
               WHERE m.subject_table = s.t AND m.subject_id = s.i""",
            [[t for t, _ in rescreened], [i for _, i in rescreened]],
        )


def _insert(ws: Workspace, rows: list[tuple[Any, ...]]) -> None:
    """All new matches in one statement, column by column (not row by row)."""
    if not rows:
        return
    columns = [list(column) for column in zip(*rows, strict=True)]
    ws.run(
        "screen: write matches",
        "INSERT INTO screen_matches SELECT "
        + ", ".join(f"unnest(?::{kind}[])" for kind in COLUMN_TYPES),
        columns,
    )
