"""Running a measure's SQL: bind only the parameters a statement names, read candidate rows."""

from __future__ import annotations

import json
import re
from typing import Any

from sanctionwatch.workspace import Workspace

PARAM = re.compile(r"\$([A-Za-z_]\w*)")

HOLDER_SQL = """coalesce(nullif(concat_ws(' ', p.surname, p.given_name, p.patronymic), ''),
    p.name_latin, p.passport_number, '?')"""


def bind(sql: str, values: dict[str, Any]) -> dict[str, Any]:
    """The subset of `values` that `sql` refers to as $name (DuckDB rejects extra ones)."""
    return {name: values[name] for name in set(PARAM.findall(sql)) if name in values}


def candidate_rows(
    ws: Workspace, step: str, sql: str, values: dict[str, Any]
) -> list[dict[str, Any]]:
    """Run a measure query; parse its JSON columns (facts, paths) into Python values.

    The query returns subject_kind, subject_key, subject_label, network_ogrn, refs (a list of
    {table, record_id}), facts (JSON object) and paths (JSON list or NULL).
    """
    rows = ws.records(step, sql, bind(sql, values))
    for row in rows:
        row["facts"] = json.loads(row["facts"]) if row.get("facts") else {}
        paths = json.loads(row["paths"]) if row.get("paths") else []
        row["paths"] = [paths] if isinstance(paths, dict) else paths
        row["refs"] = [r for r in row.get("refs") or [] if r and r.get("record_id")]
    return rows


def exemption_sql(exceptions: tuple[dict[str, Any], ...], alias: str) -> str:
    """SQL that is true when company `alias` falls under a detected exception of the pack."""
    terms = []
    for exception in exceptions:
        if not exception.get("detected"):
            continue
        for ogrn in exception.get("subjects") or []:
            terms.append(f"{alias}.ogrn = {_quote(str(ogrn))}")
        for pattern in exception.get("name_patterns") or []:
            terms.append(
                f"(lower({alias}.full_name) LIKE {_quote(pattern)}"
                f" OR lower(coalesce({alias}.short_name, '')) LIKE {_quote(pattern)})"
            )
    return "(" + " OR ".join(terms) + ")" if terms else "FALSE"


def _quote(text: str) -> str:
    return "'" + text.lower().replace("'", "''") + "'"
