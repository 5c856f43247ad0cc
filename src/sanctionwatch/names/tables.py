"""Load the names stage's data files once, validating their shape so a bad edit fails loudly."""

from __future__ import annotations

import csv
from functools import cache
from importlib import resources
from typing import Any

import yaml

from sanctionwatch.errors import ConfigError

DATA_PACKAGE = "sanctionwatch.names"


def _text(name: str) -> str:
    return resources.files(DATA_PACKAGE).joinpath("data", name).read_text(encoding="utf-8")


class _UniqueKeyLoader(yaml.SafeLoader):
    """A YAML loader that refuses a key written twice in one mapping: YAML keeps the last one
    silently, so a concept added again further down a table would drop its earlier words."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(
                    None, None, f"key {key!r} written twice", key_node.start_mark
                )
            seen.add(key)
        return super().construct_mapping(node, deep)


def load_yaml(name: str) -> dict[str, Any]:
    """A YAML mapping from names/data; ConfigError naming the file (and, for a key written twice
    in one mapping, its line) when it is not one."""
    try:
        data = yaml.load(_text(name), Loader=_UniqueKeyLoader)  # a SafeLoader
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"names/data/{name}: {exc}") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"names/data/{name}: expected a mapping at the top")
    return data


def load_tsv(name: str, columns: int) -> list[list[str]]:
    """Rows of a tab-separated data file, comment lines (#) skipped, each checked for width."""
    rows: list[list[str]] = []
    lines = _text(name).splitlines()
    for number, row in enumerate(csv.reader(lines, delimiter="\t"), start=1):
        if not row or row[0].startswith("#"):
            continue
        if len(row) != columns:
            raise ConfigError(f"names/data/{name}: line {number}: expected {columns} columns")
        rows.append([cell.strip() for cell in row])
    return rows


@cache
def hangul_jamo() -> dict[str, Any]:
    data = load_yaml("hangul_jamo.yaml")
    sizes = {"initial": 19, "vowel": 21, "final": 28}
    for system, table in data["systems"].items():
        for part, size in sizes.items():
            if len(table[part]) != size:
                raise ConfigError(f"names/data/hangul_jamo.yaml: {system}.{part} needs {size}")
    return data


@cache
def korean_syllables() -> dict[str, Any]:
    return load_yaml("korean_syllables.yaml")


@cache
def korean_surnames() -> dict[str, frozenset[str]]:
    """Spelling (lower case) -> the Hangul surnames it may stand for."""
    table: dict[str, set[str]] = {}
    for hangul, spellings in load_tsv("korean_surnames.tsv", 2):
        for spelling in [hangul, *spellings.split(",")]:
            table.setdefault(spelling.strip().lower(), set()).add(hangul)
    return {k: frozenset(v) for k, v in table.items() if k}


@cache
def korean_traditional() -> dict[str, list[tuple[str, str]]]:
    """Hangul name -> [(spelling, script)] established outside any system."""
    table: dict[str, list[tuple[str, str]]] = {}
    for hangul, spelling, script in load_tsv("korean_traditional.tsv", 3):
        table.setdefault(hangul, []).append((spelling, script))
    return table


@cache
def cyrillic_latin() -> dict[str, Any]:
    return load_yaml("cyrillic_latin.yaml")


@cache
def company_terms() -> dict[str, Any]:
    return load_yaml("company_terms.yaml")


@cache
def given_name_variants() -> list[tuple[str, tuple[str, ...]]]:
    """(given name, its short forms), lower case (given_name_variants.tsv)."""
    return [
        (name.lower(), tuple(v.strip().lower() for v in variants.split(",") if v.strip()))
        for name, variants in load_tsv("given_name_variants.tsv", 2)
    ]


@cache
def person_titles() -> tuple[frozenset[str], frozenset[str]]:
    """(titles that stand anywhere in a person name, titles that only open one), lower case."""
    data = load_yaml("person_titles.yaml")
    return (
        frozenset(str(t).lower() for t in data["anywhere"]),
        frozenset(str(t).lower() for t in data["leading"]),
    )


@cache
def generational_suffixes() -> dict[str, str]:
    """Jr., Sr. and their long forms -> one meaning each (person_titles.yaml)."""
    return {str(k): str(v) for k, v in load_yaml("person_titles.yaml")["generations"].items()}
