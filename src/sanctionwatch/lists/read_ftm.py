"""FollowTheMoney entity JSON lines (as OpenSanctions publishes them).

Party schemata become ListedParty; Sanction entities are attached to the party they name (the
file need not be ordered, so sanctions are collected first and parties held until the end only
when a sanction refers forward). Other schemata (Address, Ownership, ...) are counted as issues.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sanctionwatch.errors import ListFormatError
from sanctionwatch.lists.dates import birth_date_of, parse_date
from sanctionwatch.lists.model import (
    SCHEMATA,
    BirthDate,
    ListedParty,
    ListMeta,
    LoadIssue,
    SanctionInfo,
)

NAME_KINDS = {"name": "primary", "alias": "alias", "weakAlias": "weak_alias"}
NAME_KINDS["previousName"] = "previous"
IDENTIFIERS: tuple[str, ...] = ("passportNumber", "idNumber", "imoNumber", "mmsi", "innCode")
IDENTIFIERS += ("ogrnCode", "registrationNumber", "taxNumber", "leiCode", "swiftBic")
SKIP = {"birthDate", *NAME_KINDS, *IDENTIFIERS}


def _records(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    with path.open(encoding="utf-8") as stream:
        for line_number, line in enumerate(stream, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ListFormatError(
                    f"not a JSON object: {exc.msg}", path=str(path), line=line_number
                ) from exc
            if not isinstance(record, dict) or "schema" not in record:
                raise ListFormatError(
                    "an entity needs 'schema'", path=str(path), line=line_number, field="schema"
                )
            yield line_number, record


def read_ftm(path: Path, meta: ListMeta) -> Iterator[ListedParty]:
    sanctions: dict[str, list[dict[str, Any]]] = {}
    for _, record in _records(path):
        if record["schema"] == "Sanction":
            for target in record.get("properties", {}).get("entity", []):
                sanctions.setdefault(target, []).append(record.get("properties", {}))
    for line, record in _records(path):
        schema = record["schema"]
        if schema == "Sanction":
            continue
        if schema not in SCHEMATA:
            meta.issues.append(
                LoadIssue(
                    record.get("id"), "schema", schema, f"line {line}: not a listed party; skipped"
                )
            )
            continue
        yield _party(record, sanctions.get(record.get("id", ""), []))


def _party(record: dict[str, Any], sanctions: list[dict[str, Any]]) -> ListedParty:
    props: dict[str, list[str]] = record.get("properties", {})
    sanction = SanctionInfo(
        "; ".join(sorted({a for s in sanctions for a in s.get("authority", [])}))
        or "FollowTheMoney source"
    )
    for item in sanctions:
        for program in item.get("programId", []) or item.get("program", []):
            sanction.add_program(program)
        if sanction.reference is None and item.get("unscId"):
            sanction.reference = item["unscId"][0]
        listed = [
            parse_date(day) for day in item.get("listingDate", []) + item.get("startDate", [])
        ]
        sanction.listing_date = min((d for d in listed if d), default=sanction.listing_date)
    for program in props.get("programId", []):
        sanction.add_program(program)
    party = ListedParty(str(record.get("id")), record["schema"], sanction)
    for prop, kind in NAME_KINDS.items():
        for name in props.get(prop, []):
            party.add_name(name, kind)
    for prop in IDENTIFIERS:
        for value in props.get(prop, []):
            party.add_identifier(prop, value)
    for raw in props.get("birthDate", []):
        birth = birth_date_of(raw)
        if birth is None:
            party.add_issue("birthDate", raw, "birth date not understood; raw value kept")
            birth = BirthDate(None, None, raw)
        party.add_birth_date(birth, [raw])
    for prop, values in props.items():
        if prop not in SKIP:
            for value in values:
                party.add(prop, str(value))
    party.set_gender(next(iter(props.get("gender", [])), None))
    party.finish()
    return party
