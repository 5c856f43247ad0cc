"""Build the SQL that turns a raw all-text table into typed rows, each with its problems and flags.

A problem (a date that is not a date, a missing required value, an unknown code with no fallback)
rejects the row; a flag (a wrong check digit, an unknown country) marks it and keeps it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sanctionwatch.errors import RegistryError
from sanctionwatch.records.checkdigits import inn_valid_sql, ogrn_valid_sql
from sanctionwatch.records.layouts import Column, enums
from sanctionwatch.records.mapping import Mapping
from sanctionwatch.records.reader import sql_text
from sanctionwatch.reference.countries import country_key_sql


@dataclass(frozen=True)
class TypedSelect:
    """The SELECT producing typed rows, and the workspace columns each canonical one fills."""

    sql: str
    targets: dict[str, str]  # workspace column -> typed column


def resolve_columns(
    path: Path, file_columns: list[str], layout: tuple[Column, ...], mapping: Mapping
) -> dict[str, str]:
    """Canonical column -> the file's column; a missing required or mapped one fails the load."""
    by_lower = {c.strip().lower(): c for c in file_columns}
    resolved: dict[str, str] = {}
    missing: list[str] = []
    for column in layout:
        source = mapping.columns.get(column.name, column.name)
        found = by_lower.get(source.strip().lower())
        if found is not None:
            resolved[column.name] = found
        elif column.column_required or column.name in mapping.columns:
            missing.append(
                column.name if source == column.name else f"{column.name} (as {source!r})"
            )
    if missing:
        raise RegistryError(
            f"missing column {', '.join(missing)}; expected columns: "
            f"{', '.join(c.name for c in layout)} (required: "
            f"{', '.join(c.name for c in layout if c.column_required)}); "
            f"the file has: {', '.join(file_columns)}",
            path=str(path),
            field=missing[0],
        )
    return resolved


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _rewritten(raw: str, rewrites: dict[str, str]) -> str:
    if not rewrites:
        return raw
    cases = " ".join(f"WHEN {sql_text(k)} THEN {sql_text(v)}" for k, v in rewrites.items())
    return f"(CASE {raw} {cases} ELSE {raw} END)"


def _problem(name: str, condition: str, value: str, message: str) -> str:
    return (
        f"CASE WHEN {condition} THEN {{'field': {sql_text(name)}, 'value': {value}, "
        f"'message': {sql_text(message)}}} END"
    )


def _flag(condition: str, flag: str) -> str:
    return f"CASE WHEN {condition} THEN {sql_text(flag)} END"


def _non_null_list(items: list[str], empty: str) -> str:
    if not items:
        return empty
    return "list_filter([" + ", ".join(items) + "], lambda x: x IS NOT NULL)"


def _null_of(column: Column) -> str:
    return {"date": "NULL::DATE", "number": "NULL::DOUBLE"}.get(column.type, "NULL::VARCHAR")


def typed_select(
    raw_table: str, layout: tuple[Column, ...], resolved: dict[str, str], mapping: Mapping
) -> TypedSelect:
    """SELECT _row, _problems, _flags and one typed column per canonical column.

    Three steps: text as given (`r_` trimmed, `v_` after the mapping's value rewrites), then the
    parsed value, then problems and flags over both.
    """
    texts: list[str] = []
    parsed: list[str] = []
    out: list[str] = []
    problems: list[str] = []
    flags: list[str] = []
    targets: dict[str, str] = {}
    formats = "[" + ", ".join(sql_text(f) for f in mapping.date_formats) + "]"
    for column in layout:
        name, flag = column.name, column.flag or f"invalid_{column.name}"
        if column.type == "country":
            targets[f"{name}_raw"] = f"r_{name}"
        targets[name] = name
        if name not in resolved:
            texts += [f"NULL::VARCHAR AS r_{name}", f"NULL::VARCHAR AS v_{name}"]
        else:
            raw = f"NULLIF(trim({_quoted(resolved[name])}), '')"
            texts += [
                f"{raw} AS r_{name}",
                f"{_rewritten(raw, mapping.values.get(name, {}))} AS v_{name}",
            ]
        r, v = f"r_{name}", f"v_{name}"
        if column.required == "value":
            problems.append(_problem(name, f"{r} IS NULL", "NULL", "missing required value"))
        if name not in resolved:
            parsed.append(f"{_null_of(column)} AS {name}")
        elif column.type == "text":
            parsed.append(f"{v} AS {name}")
        elif column.type == "date":
            parsed.append(f"try_strptime({v}, {formats})::DATE AS {name}")
            message = "not a date (expected " + " or ".join(mapping.date_formats) + ")"
            problems.append(_problem(name, f"{v} IS NOT NULL AND {name} IS NULL", r, message))
        elif column.type in ("inn", "ogrn"):
            parsed.append(f"regexp_replace({v}, '\\s', '', 'g') AS {name}")
            valid = inn_valid_sql(name) if column.type == "inn" else ogrn_valid_sql(name)
            flags.append(_flag(f"{name} IS NOT NULL AND NOT {valid}", flag))
        elif column.type == "number":
            parsed.append(f"TRY_CAST(replace({v}, ',', '.') AS DOUBLE) AS {name}")
            problems.append(
                _problem(name, f"{v} IS NOT NULL AND {name} IS NULL", r, "not a number")
            )
            flags.append(_flag(f"{name} < 0 OR {name} > 100", flag))
        elif column.type == "country":
            lookup = f"(SELECT code FROM _sw_countries WHERE key = {country_key_sql(v)})"
            parsed.append(f"{lookup} AS {name}")
            flags.append(
                _flag(f"{v} IS NOT NULL AND {name} IS NULL", column.flag or f"unknown_{name}")
            )
        else:
            enum = enums()[column.type]
            key = f"replace(lower({v}), 'ё', 'е')"
            lookup = (
                f"(SELECT canonical FROM _sw_enums "
                f"WHERE enum = {sql_text(enum.name)} AND key = {key})"
            )
            parsed.append(f"{lookup} AS {name}")
            if enum.unknown is not None:
                flags.append(
                    _flag(f"{v} IS NOT NULL AND {name} IS NULL", column.flag or f"unknown_{name}")
                )
                out.append(
                    f"coalesce({name}, CASE WHEN {v} IS NOT NULL "
                    f"THEN {sql_text(enum.unknown)} END) AS {name}"
                )
                continue
            expected = ", ".join(enum.canonical)
            problems.append(
                _problem(
                    name,
                    f"{v} IS NOT NULL AND {name} IS NULL",
                    r,
                    f"unknown value; expected one of {expected}",
                )
            )
        out.append(name)
        if column.type == "country":
            out.append(f"r_{name}")
    sql = (
        f"WITH texts AS (SELECT _row, {', '.join(texts)} FROM {raw_table}), "
        f"parsed AS (SELECT *, {', '.join(parsed)} FROM texts) "
        f"SELECT _row, {', '.join(out)}, {_non_null_list(problems, '[]')} AS _problems, "
        f"{_non_null_list(flags, '[]::VARCHAR[]')} AS _flags FROM parsed"
    )
    return TypedSelect(sql, targets)
