"""Export the normalized lists as FollowTheMoney JSON lines or as CSV (one row per entity)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sanctionwatch.errors import InputError
from sanctionwatch.workspace import Workspace

EXPORT_FORMATS = ("ftm", "csv")
CSV_COLUMNS = (
    "entity_id", "list_name", "version_id", "schema", "caption", "programs", "listed_on",
    "reference", "countries", "names", "birth_dates", "identifiers", "addresses",
)  # fmt: skip
BATCH = 2000


def _rows_sql(version_ids: list[int] | None) -> tuple[str, list[Any]]:
    where = "e.version_id IN (SELECT max(version_id) FROM list_versions GROUP BY list_name)"
    params: list[Any] = []
    if version_ids:
        where = f"e.version_id IN ({', '.join('?' for _ in version_ids)})"
        params = list(version_ids)
    sql = f"""
        SELECT e.entity_id, e.list_name, e.version_id, e.schema, e.caption, e.properties,
               s.authority, s.programs, s.reference, s.listing_date, s.reason
        FROM listed_entities e
        LEFT JOIN listed_sanctions s ON s.version_id = e.version_id AND s.entity_id = e.entity_id
        WHERE {where} ORDER BY e.list_name, e.entity_id"""
    return sql, params


def _entities(ws: Workspace, version_ids: list[int] | None) -> Iterator[dict[str, Any]]:
    sql, params = _rows_sql(version_ids)
    cursor = ws.run("export listed entities", sql, params)
    columns = [d[0] for d in cursor.description]
    while batch := cursor.fetchmany(BATCH):
        for row in batch:
            yield dict(zip(columns, row, strict=True))


def ftm_entities(row: dict[str, Any]) -> list[dict[str, Any]]:
    """The party and its Sanction, as FtM entity dicts."""
    party = {
        "id": row["entity_id"],
        "schema": row["schema"],
        "properties": json.loads(row["properties"]),
    }
    sanction_props: dict[str, list[str]] = {"entity": [row["entity_id"]]}
    if row["authority"]:
        sanction_props["authority"] = [row["authority"]]
    if row["programs"]:
        sanction_props["programId"] = list(row["programs"])
        sanction_props["program"] = list(row["programs"])
    if row["reference"]:
        sanction_props["recordId"] = [row["reference"]]
        if row["list_name"] == "un-sc":
            sanction_props["unscId"] = [row["reference"]]
    if row["listing_date"]:
        sanction_props["listingDate"] = [row["listing_date"].isoformat()]
    if row["reason"]:
        sanction_props["reason"] = [row["reason"]]
    sanction = {
        "id": f"{row['entity_id']}-sanction",
        "schema": "Sanction",
        "properties": sanction_props,
    }
    return [party, sanction]


def export_entities(
    ws: Workspace, out: Path, fmt: str, *, version_ids: list[int] | None = None
) -> int:
    """Write the entities of the given versions (default: the latest of each list); count them."""
    if fmt not in EXPORT_FORMATS:
        raise InputError(f"unknown export format {fmt!r}; expected one of {EXPORT_FORMATS}")
    out.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with out.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream) if fmt == "csv" else None
        if writer is not None:
            writer.writerow(CSV_COLUMNS)
        for row in _entities(ws, version_ids):
            count += 1
            if writer is None:
                for entity in ftm_entities(row):
                    stream.write(json.dumps(entity, ensure_ascii=False) + "\n")
            else:
                writer.writerow(_csv_row(row))
    return count


def _csv_row(row: dict[str, Any]) -> list[str]:
    props: dict[str, list[str]] = json.loads(row["properties"])
    names = [*props.get("name", []), *props.get("alias", []), *props.get("weakAlias", [])]
    names += props.get("previousName", [])
    identifiers = [
        f"{key}:{value}"
        for key in ("passportNumber", "idNumber", "imoNumber", "mmsi", "innCode", "ogrnCode")
        for value in props.get(key, [])
    ]
    countries = [
        *props.get("nationality", []),
        *props.get("citizenship", []),
        *props.get("country", []),
    ]
    return [
        row["entity_id"], row["list_name"], str(row["version_id"]), row["schema"], row["caption"],
        "; ".join(row["programs"] or []),
        row["listing_date"].isoformat() if row["listing_date"] else "",
        row["reference"] or "", "; ".join(dict.fromkeys(countries)), "; ".join(names),
        "; ".join(props.get("birthDate", [])), "; ".join(identifiers),
        "; ".join(props.get("address", [])),
    ]  # fmt: skip
