"""The generator's vocabulary and real designations, read once from the package's data files."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml


def _read(name: str) -> Any:
    text = resources.files("sanctionwatch.simulate").joinpath("data", name).read_text("utf-8")
    return yaml.safe_load(text)


@cache
def vocab() -> dict[str, Any]:
    """Names, regions, activities and company words (data/vocab.yaml)."""
    data: dict[str, Any] = _read("vocab.yaml")
    return data


@cache
def designations() -> dict[str, list[dict[str, Any]]]:
    """Real UN designations (data/designated.yaml): individuals and entities."""
    data: dict[str, list[dict[str, Any]]] = _read("designated.yaml")
    return data
