"""A user's YAML mapping: their column names, date formats and code values -> the canonical ones.

    columns: {permit_id: "Номер РНР", citizenship: "Гражданство"}   # canonical: source
    values: {permit_type: {"РНР": work_permit}, citizenship: {"Сев.Корея": kp}}
    date_format: "%d/%m/%Y"        # or a list; default ISO and DD.MM.YYYY

Every problem in the file is gathered and raised at once, naming what is expected.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from sanctionwatch.errors import RegistryError
from sanctionwatch.records.layouts import enums, layout_of
from sanctionwatch.reference.countries import known_country_codes

DEFAULT_DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y")
MAPPING_KEYS = ("columns", "values", "date_format")


@dataclass(frozen=True)
class Mapping:
    """Source column per canonical column, value rewrites per field, accepted date formats."""

    columns: dict[str, str] = field(default_factory=dict)
    values: dict[str, dict[str, str]] = field(default_factory=dict)
    date_formats: tuple[str, ...] = DEFAULT_DATE_FORMATS


def _allowed_values(column_type: str) -> frozenset[str] | None:
    if column_type == "country":
        return known_country_codes()
    if column_type in enums():
        return frozenset(enums()[column_type].canonical)
    return None


def read_mapping(path: Path, kind: str) -> Mapping:
    """Parse and check a mapping file for registry `kind`."""
    try:
        data = yaml.safe_load(path.read_text("utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise RegistryError(f"cannot read mapping: {exc}", path=str(path)) from exc
    if not isinstance(data, dict):
        raise RegistryError("a mapping is a YAML dictionary", path=str(path))
    layout = {c.name: c for c in layout_of(kind)}
    problems: list[str] = []
    unknown_keys = sorted(set(data) - set(MAPPING_KEYS))
    if unknown_keys:
        problems.append(f"unknown keys {unknown_keys}; expected {list(MAPPING_KEYS)}")
    columns = {str(k): str(v) for k, v in (data.get("columns") or {}).items()}
    unknown_columns = sorted(set(columns) - set(layout))
    if unknown_columns:
        problems.append(
            f"columns: unknown canonical columns {unknown_columns} for {kind}; "
            f"expected some of {list(layout)}"
        )
    values: dict[str, dict[str, str]] = {}
    coded = [name for name, c in layout.items() if _allowed_values(c.type) is not None]
    for field_name, rewrites in (data.get("values") or {}).items():
        column = layout.get(str(field_name))
        allowed = None if column is None else _allowed_values(column.type)
        if allowed is None:
            problems.append(
                f"values: field {field_name!r} cannot be mapped; expected one of {coded}"
            )
            continue
        clean = {str(k): str(v) for k, v in (rewrites or {}).items()}
        wrong = sorted(v for v in set(clean.values()) if v not in allowed)
        if wrong:
            shown = (
                sorted(allowed) if len(allowed) < 20 else ["ISO alpha-2 codes such as kp, kr, ru"]
            )
            problems.append(f"values.{field_name}: unknown values {wrong}; expected {shown}")
        values[str(field_name)] = clean
    formats = data.get("date_format", list(DEFAULT_DATE_FORMATS))
    formats = [formats] if isinstance(formats, str) else formats
    if not formats or not all(isinstance(f, str) and "%" in f for f in formats):
        problems.append(
            f"date_format: expected a strftime pattern or a list of them, got {formats!r}"
        )
    if problems:
        raise RegistryError("invalid mapping: " + "; ".join(problems), path=str(path))
    return Mapping(columns, values, tuple(formats))
