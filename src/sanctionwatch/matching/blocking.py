"""Candidate pairs from key tables joined inside DuckDB; only these pairs are scored."""

from __future__ import annotations

import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from sanctionwatch.matching.entity import EntityRecord
from sanctionwatch.matching.keys import SPECIFIC_PREFIXES, name_keys
from sanctionwatch.names.forms import analyse_name, kind_of
from sanctionwatch.workspace import Workspace

MAX_KEY_FREQUENCY = 25  # a non-specific key shared by more listed entities than this is dropped


def groups_of(schema: str) -> tuple[str, ...]:
    """Persons are screened against persons, organisations against organisations."""
    if schema == "LegalEntity":
        return ("P", "C")
    return ("P",) if kind_of(schema) == "person" else ("C",)


def entity_keys(record: EntityRecord) -> set[str]:
    keys: set[str] = set()
    for name in record.names:
        name_set = name_keys(analyse_name(name, kind_of(record.schema)))
        for group in groups_of(record.schema):
            keys.update(f"{group}|{k}" for k in name_set)
    return keys


def _write_keys(path: Path, records: Iterable[EntityRecord]) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for index, record in enumerate(records):
            for key in entity_keys(record):
                specific = int(key[2:].startswith(SPECIFIC_PREFIXES))
                handle.write(f"{index}\t{key}\t{specific}\n")


def _load(ws: Workspace, table: str, path: Path) -> None:
    ws.run(
        f"blocking: load {table}",
        f"""CREATE OR REPLACE TEMP TABLE {table} AS SELECT * FROM read_csv(?, delim='\t',
            header=false, quote='', escape='',
            columns={{'e': 'INTEGER', 'k': 'VARCHAR', 'spec': 'INTEGER'}})""",
        [str(path)],
    )


def candidate_pairs(
    ws: Workspace, subjects: Sequence[EntityRecord], listed: Sequence[EntityRecord]
) -> list[tuple[int, int]]:
    """(subject index, listed index) for every pair sharing a usable key."""
    if not subjects or not listed:
        return []
    with tempfile.TemporaryDirectory(prefix="sw-blocking-") as folder:
        _write_keys(Path(folder) / "subject_keys.tsv", subjects)
        _write_keys(Path(folder) / "listed_keys.tsv", listed)
        _load(ws, "sw_subject_keys", Path(folder) / "subject_keys.tsv")
        _load(ws, "sw_listed_keys", Path(folder) / "listed_keys.tsv")
    rows = ws.rows(
        "blocking: join keys",
        """WITH usable AS (
               SELECT k FROM sw_listed_keys GROUP BY k
               HAVING count(DISTINCT e) <= ? OR max(spec) = 1)
           SELECT DISTINCT s.e, l.e
           FROM sw_subject_keys s JOIN usable u ON s.k = u.k JOIN sw_listed_keys l ON l.k = u.k
           ORDER BY 1, 2""",
        [MAX_KEY_FREQUENCY],
    )
    ws.run("blocking: drop key tables", "DROP TABLE sw_subject_keys; DROP TABLE sw_listed_keys")
    return [(int(a), int(b)) for a, b in rows]
