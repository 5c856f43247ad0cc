"""Load one registry file into the workspace: all or nothing, every rejected row counted and kept.

One transaction per file; the same bytes (sha256) loaded twice for the same kind add nothing.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sanctionwatch.records.layouts import KINDS, enums, layout_of
from sanctionwatch.records.mapping import Mapping, read_mapping
from sanctionwatch.records.reader import SUFFIXES, read_raw, sql_text
from sanctionwatch.records.validate import resolve_columns, typed_select
from sanctionwatch.reference.countries import country_lookup
from sanctionwatch.workspace import Workspace

REJECTS_KEPT_IN_SUMMARY = 1000


@dataclass
class RegistryLoadSummary:
    """What one load did. `rejects` holds the first 1,000 problems; load_rejects holds all."""

    kind: str
    path: str
    load_id: int | None = None
    rows_read: int = 0
    rows_loaded: int = 0
    rows_rejected: int = 0
    rows_flagged: int = 0
    rejects: list[tuple[int, str, str | None, str]] = field(default_factory=list)
    already_loaded: bool = False


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _create_lookups(ws: Workspace) -> None:
    """Temp tables for the country and code lookups the typed SELECT joins."""
    ws.run("lookups", "CREATE OR REPLACE TEMP TABLE _sw_countries (key VARCHAR, code VARCHAR)")
    ws.con.executemany("INSERT INTO _sw_countries VALUES (?, ?)", list(country_lookup().items()))
    ws.run(
        "lookups",
        "CREATE OR REPLACE TEMP TABLE _sw_enums (enum VARCHAR, key VARCHAR, canonical VARCHAR)",
    )
    rows = [(e.name, k, v) for e in enums().values() for k, v in e.aliases.items()]
    ws.con.executemany("INSERT INTO _sw_enums VALUES (?, ?, ?)", rows)


def _flag_founder_shares(ws: Workspace, table: str) -> None:
    """Current founders of one company holding more than 100% together: flag each row."""
    ws.run(
        "flag founder shares",
        f"""UPDATE {table} SET _flags = list_append(_flags, 'founder_shares_over_100')
        WHERE _row IN (SELECT _row FROM (
            SELECT _row, sum(share_pct) OVER (PARTITION BY company_ogrn) AS total FROM {table}
            WHERE role = 'founder' AND end_date IS NULL AND len(_problems) = 0)
            WHERE total > 100.0001)""",
    )


def load_registry(
    ws: Workspace, kind: str, path: Path | str, *, mapping: Path | None = None
) -> RegistryLoadSummary:
    """Load `path` as registry `kind` (permits, companies, company_people, branches)."""
    path = Path(path)
    layout = layout_of(kind)
    user_mapping = read_mapping(mapping, kind) if mapping is not None else Mapping()
    summary = RegistryLoadSummary(kind=kind, path=str(path))
    sha = file_sha256(path) if path.is_file() else ""
    previous = ws.rows(
        "previous load",
        "SELECT load_id, rows_read, rows_loaded, rows_rejected, rows_flagged FROM registry_loads "
        "WHERE kind = ? AND sha256 = ? ORDER BY load_id LIMIT 1",
        [kind, sha],
    )
    if previous:
        load_id, read, loaded, rejected, flagged = previous[0]
        return RegistryLoadSummary(
            kind, str(path), load_id, read, loaded, rejected, flagged, [], True
        )
    with ws.transaction():
        load_id = int(ws.scalar("next load id", "SELECT nextval('registry_load_seq')"))
        raw, typed = f"_sw_raw_{load_id}", f"_sw_typed_{load_id}"
        file_columns = read_raw(ws, path, raw)
        resolved = resolve_columns(
            path, [c for c in file_columns if c != "_row"], layout, user_mapping
        )
        _create_lookups(ws)
        select = typed_select(raw, layout, resolved, user_mapping)
        ws.run(f"validate {path.name}", f"CREATE TEMP TABLE {typed} AS {select.sql}")
        if kind == "company_people":
            _flag_founder_shares(ws, typed)
        source = sql_text(str(path))
        ws.run(
            "store rejects",
            f"""INSERT INTO load_rejects
            SELECT {load_id}, {source}, _row, p.field, p.value, p.message
            FROM (SELECT _row, unnest(_problems) AS p FROM {typed}) ORDER BY _row""",
        )
        targets = ", ".join(select.targets)
        values = ", ".join(select.targets.values())
        ws.run(
            f"insert {kind}",
            f"""INSERT INTO {kind} (record_id, {targets}, flags, load_id, source_file, source_row)
            SELECT {sql_text(path.name + ":")} || _row, {values}, _flags, {load_id}, {source}, _row
            FROM {typed} WHERE len(_problems) = 0 ORDER BY _row""",
        )
        counts = ws.rows(
            "count",
            f"""SELECT count(*), count(*) FILTER (len(_problems) = 0),
            count(*) FILTER (len(_problems) > 0),
            count(*) FILTER (len(_problems) = 0 AND len(_flags) > 0)
            FROM {typed}""",
        )[0]
        summary.load_id = load_id
        summary.rows_read, summary.rows_loaded, summary.rows_rejected, summary.rows_flagged = (
            int(c) for c in counts
        )
        summary.rejects = [
            (int(r[0]), str(r[1]), r[2], str(r[3]))
            for r in ws.rows(
                "rejects",
                "SELECT source_row, field, value, message FROM load_rejects WHERE load_id = ? "
                f"ORDER BY source_row, field LIMIT {REJECTS_KEPT_IN_SUMMARY}",
                [load_id],
            )
        ]
        ws.run(
            "record load",
            "INSERT INTO registry_loads VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [load_id, kind, str(path), sha, datetime.now(), *counts],
        )
        ws.run("drop temp", f"DROP TABLE {raw}; DROP TABLE {typed}")
    return summary


def load_registry_folder(ws: Workspace, folder: Path | str) -> list[RegistryLoadSummary]:
    """Load each kind's file found in `folder` (kind.csv, .parquet, .jsonl, ... in that order)."""
    folder = Path(folder)
    summaries = []
    for kind in KINDS:
        for suffix in SUFFIXES:
            candidate = folder / f"{kind}{suffix}"
            if candidate.is_file():
                summaries.append(load_registry(ws, kind, candidate))
                break
    return summaries
