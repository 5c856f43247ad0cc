"""Load a list file into the workspace as a new version: all of it, or nothing.

Parties stream from the reader into temporary JSON-lines files (memory stays flat), then one
transaction inserts them with DuckDB's bulk `read_json`. The same file (same sha256 for the
same list) loaded twice adds nothing.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
from collections import Counter
from collections.abc import Mapping
from pathlib import Path
from typing import IO, Any

from sanctionwatch.lists.formats import detect_format
from sanctionwatch.lists.model import ALIAS_KINDS, ListedParty, ListMeta, LoadIssue
from sanctionwatch.lists.store_sql import TABLE_COLUMNS, insert_sql
from sanctionwatch.lists.summary import ListLoadSummary, version_summary
from sanctionwatch.workspace import Workspace


def file_sha256(path: Path) -> str:
    """sha256 of a file, or of a folder's files (names and bytes, in name order)."""
    digest = hashlib.sha256()
    files = sorted(p for p in path.iterdir() if p.is_file()) if path.is_dir() else [path]
    for item in files:
        if path.is_dir():
            digest.update(item.name.encode() + b"\0")
        with item.open("rb") as stream:
            while chunk := stream.read(1 << 20):
                digest.update(chunk)
    return digest.hexdigest()


def content_hash(party: ListedParty) -> str:
    """Hash of what a diff compares: schema, FtM properties and the listing."""
    payload = {"schema": party.schema, "properties": party.properties, "sanction": _sanction(party)}
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()


def _sanction(party: ListedParty) -> dict[str, Any]:
    s = party.sanction
    return {
        "authority": s.authority,
        "programs": s.programs,
        "reference": s.reference,
        "listing_date": s.listing_date.isoformat() if s.listing_date else None,
        "reason": s.reason,
    }


def load_list(ws: Workspace, path: Path | str, *, format: str | None = None) -> ListLoadSummary:
    """Read a list file (or OFAC CSV folder) and store it as a new version of its list."""
    path = Path(path)
    detected = detect_format(path, format)
    sha = file_sha256(path)
    existing = ws.rows(
        "find loaded list version",
        "SELECT version_id, published FROM list_versions WHERE sha256 = ? AND list_name = ?",
        [sha, detected.list_name],
    )
    meta = ListMeta(detected.list_name, detected.format.name)
    if existing:
        return _summary_of_version(ws, existing[0][0], path, sha, meta)
    summary = ListLoadSummary(0, meta.list_name, meta.format, str(path), sha, None)
    with tempfile.TemporaryDirectory(prefix="sanctionwatch-lists-") as tmp:
        files = {table: Path(tmp) / f"{table}.jsonl" for table in TABLE_COLUMNS}
        handles = {table: p.open("w", encoding="utf-8") for table, p in files.items()}
        try:
            _write_rows(path, detected.format.reader()(path, meta), handles, summary)
            for issue in meta.issues:
                _emit(handles["list_load_issues"], _issue_row(issue))
            for rel in meta.relationships:
                _emit(handles["listed_relationships"], vars(rel))
        finally:
            for handle in handles.values():
                handle.close()
        summary.published = meta.published
        summary.list_name = meta.list_name
        summary.issues = meta.issues + summary.issues
        summary.issue_count = len(summary.issues)
        with ws.transaction():
            summary.version_id = _insert_version(ws, summary)
            for table, file_path in files.items():
                ws.run(f"bulk insert {table}", insert_sql(table, file_path), [summary.version_id])
    return summary


def _emit(handle: IO[str], row: dict[str, Any]) -> None:
    handle.write(json.dumps(row, ensure_ascii=False, default=str))
    handle.write("\n")


def _issue_row(issue: LoadIssue) -> dict[str, Any]:
    return vars(issue)


def _write_rows(
    path: Path, parties: Any, handles: Mapping[str, IO[str]], summary: ListLoadSummary
) -> None:
    programs: Counter[str] = Counter()
    schemata: Counter[str] = Counter()
    seen: set[str] = set()
    for party in parties:
        if party.entity_id in seen:
            original = party.entity_id
            n = 2
            while f"{original}~{n}" in seen:
                n += 1
            party.entity_id = f"{original}~{n}"
            party.add_issue(
                "entity_id", original, f"duplicate id in file; kept as {party.entity_id}"
            )
        seen.add(party.entity_id)
        summary.entity_count += 1
        schemata[party.schema] += 1
        programs.update(party.sanction.programs or ["(none)"])
        _emit(handles["listed_entities"], _entity_row(party, summary.list_name))
        _emit(handles["listed_sanctions"], {"entity_id": party.entity_id, **_sanction(party)})
        for name, kind in party.names:
            _emit(
                handles["listed_names"], {"entity_id": party.entity_id, "name": name, "kind": kind}
            )
            summary.name_count += 1
            summary.alias_count += kind in ALIAS_KINDS
        for birth in party.birth_dates:
            _emit(handles["listed_birth_dates"], {"entity_id": party.entity_id, **vars(birth)})
        for ident in party.identifiers:
            _emit(handles["listed_identifiers"], {"entity_id": party.entity_id, **vars(ident)})
        for issue in party.issues:
            _emit(handles["list_load_issues"], _issue_row(issue))
            summary.issues.append(issue)
    summary.counts_by_program = dict(programs.most_common())
    summary.counts_by_schema = dict(schemata.most_common())


def _entity_row(party: ListedParty, list_name: str) -> dict[str, Any]:
    return {
        "entity_id": party.entity_id,
        "list_name": list_name,
        "schema": party.schema,
        "caption": party.caption,
        "reference": party.sanction.reference,
        "programs": party.sanction.programs,
        "listed_on": party.sanction.listing_date,
        "countries": party.countries,
        "gender": party.gender,
        "properties": party.properties,
        "content_hash": content_hash(party),
    }


def _insert_version(ws: Workspace, summary: ListLoadSummary) -> int:
    version_id = int(
        ws.scalar("next list version", "SELECT coalesce(max(version_id), 0) + 1 FROM list_versions")
    )
    ws.run(
        "insert list version",
        "INSERT INTO list_versions VALUES"
        " (?, ?, ?, ?, ?, ?, current_timestamp::TIMESTAMP, ?, ?, ?)",
        [
            version_id,
            summary.list_name,
            summary.format,
            summary.source_path,
            summary.sha256,
            summary.published,
            summary.entity_count,
            summary.name_count,
            summary.issue_count,
        ],
    )
    return version_id


def _summary_of_version(
    ws: Workspace, version_id: int, path: Path, sha: str, meta: ListMeta
) -> ListLoadSummary:
    """The summary of a version already in the workspace (a repeated load adds nothing)."""
    summary = version_summary(ws, version_id)
    summary.already_loaded = True
    summary.source_path = str(path)
    return summary
