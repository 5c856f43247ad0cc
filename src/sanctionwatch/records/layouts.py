"""The canonical registry layouts and code values (`data/layouts.yaml`, `data/values.yaml`)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from sanctionwatch.errors import ConfigError

KINDS = ("permits", "companies", "company_people", "branches")
SCALAR_TYPES = ("text", "date", "inn", "ogrn", "country", "number")


@dataclass(frozen=True)
class Enum:
    """A coded field: canonical values, their spellings, and what an unknown value becomes."""

    name: str
    canonical: tuple[str, ...]
    aliases: dict[str, str]
    unknown: str | None  # None: an unknown value rejects the row


@dataclass(frozen=True)
class Column:
    """One canonical column of a registry layout."""

    name: str
    type: str
    required: str | None  # None, "column" or "value"
    flag: str | None

    @property
    def column_required(self) -> bool:
        return self.required in ("column", "value")


def _read_yaml(name: str) -> Any:
    text = resources.files("sanctionwatch.records").joinpath("data", name).read_text("utf-8")
    return yaml.safe_load(text)


@cache
def enums() -> dict[str, Enum]:
    """Every coded field's table; aliases are keyed in lower case with ё as е."""
    result: dict[str, Enum] = {}
    for name, spec in _read_yaml("values.yaml").items():
        canonical = tuple(spec["canonical"])
        aliases = {c: c for c in canonical}
        aliases.update(
            {str(k).lower().replace("ё", "е"): str(v) for k, v in spec["aliases"].items()}
        )
        wrong = sorted({v for v in aliases.values() if v not in canonical})
        if wrong:
            raise ConfigError(f"values.yaml {name}: aliases map to unknown values {wrong}")
        result[name] = Enum(name, canonical, aliases, spec.get("unknown"))
    return result


@cache
def layouts() -> dict[str, tuple[Column, ...]]:
    """Kind -> its columns in file order."""
    known_types = set(SCALAR_TYPES) | set(enums())
    result: dict[str, tuple[Column, ...]] = {}
    for kind, columns in _read_yaml("layouts.yaml").items():
        parsed = []
        for name, spec in columns.items():
            if spec["type"] not in known_types:
                raise ConfigError(f"layouts.yaml {kind}.{name}: unknown type {spec['type']!r}")
            parsed.append(Column(name, spec["type"], spec.get("required"), spec.get("flag")))
        result[kind] = tuple(parsed)
    if tuple(result) != KINDS:
        raise ConfigError(f"layouts.yaml must define {KINDS}, has {tuple(result)}")
    return result


def layout_of(kind: str) -> tuple[Column, ...]:
    """The columns of `kind`, or an error listing the kinds there are."""
    if kind not in KINDS:
        raise ConfigError(f"unknown registry kind {kind!r}; expected one of {', '.join(KINDS)}")
    return layouts()[kind]
