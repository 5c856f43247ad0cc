"""Regime packs: YAML files that hold each measure's law, dates, exceptions and severity.

A pack is validated when loaded and every problem is gathered into one ConfigError, so a user
editing a pack sees all mistakes at once. The engine reads dates and parameters from here;
nothing about a resolution is written in code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from sanctionwatch.errors import ConfigError

SEVERITIES = ("low", "medium", "high", "critical")
SUBJECT_KINDS = ("permit", "company", "person", "network", "registry")
MEASURE_KINDS = ("breach", "indicator", "aggregate")
PARAGRAPH_STATUSES = ("confirmed", "secondary", "unconfirmed")
REQUIRED_TEXT = ("id", "title", "resolution", "paragraph", "citation", "summary", "logic")
DATE_FIELDS = ("adopted", "effective", "breach_from", "deadline")


@dataclass(frozen=True)
class Measure:
    """One measure of a regime: what breaches it, since when, and how it is cited."""

    id: str
    kind: str
    title: str
    resolution: str
    paragraph: str
    paragraph_status: str
    adopted: date | None
    effective: date | None
    breach_from: date | None
    deadline: date | None
    severity: str
    subject_kinds: tuple[str, ...]
    logic: str
    params: dict[str, Any]
    exceptions: tuple[dict[str, Any], ...]
    citation: str
    summary: str
    source: str = ""

    @property
    def citation_text(self) -> str:
        """The citation, with a warning when the paragraph number is not confirmed."""
        if self.paragraph_status == "confirmed":
            return self.citation
        return f"{self.citation} [paragraph number {self.paragraph_status}: check S/RES text]"

    def applies_on(self, as_of: date) -> bool:
        """False before the first day a breach of this measure can exist."""
        return self.breach_from is None or as_of >= self.breach_from


@dataclass(frozen=True)
class Pack:
    regime: str
    title: str
    path: Path
    measures: tuple[Measure, ...] = field(default_factory=tuple)

    def measure(self, measure_id: str) -> Measure:
        for m in self.measures:
            if m.id == measure_id:
                return m
        raise ConfigError(f"{self.path}: no measure {measure_id!r}")


def pack_path(name_or_path: str | Path) -> Path:
    """A shipped pack by name ('un-dprk', 'ofac') or a YAML file the user wrote."""
    candidate = Path(name_or_path)
    if candidate.suffix in (".yaml", ".yml"):
        return candidate
    shipped = resources.files("sanctionwatch.rules").joinpath("packs", f"{name_or_path}.yaml")
    if not shipped.is_file():
        names = sorted(p.name.removesuffix(".yaml") for p in shipped_packs())
        raise ConfigError(f"no regime pack {name_or_path!r}; shipped packs: {', '.join(names)}")
    return Path(str(shipped))


def shipped_packs() -> list[Path]:
    folder = resources.files("sanctionwatch.rules").joinpath("packs")
    return sorted(Path(str(p)) for p in folder.iterdir() if p.name.endswith(".yaml"))


def load_pack(name_or_path: str | Path) -> Pack:
    """Read and validate a pack; raise ConfigError listing every problem found."""
    from sanctionwatch.rules.catalog import LOGIC

    path = pack_path(name_or_path)
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"{path}: cannot read the pack: {exc}") from exc
    errors: list[str] = []
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: a pack is a mapping with 'regime' and 'measures'")
    for key in ("regime", "title"):
        if not isinstance(raw.get(key), str):
            errors.append(f"'{key}' must be text")
    measures: list[Measure] = []
    seen: set[str] = set()
    for i, item in enumerate(raw.get("measures") or []):
        where = f"measures[{i}]" + (f" ({item.get('id')})" if isinstance(item, dict) else "")
        if not isinstance(item, dict):
            errors.append(f"{where}: must be a mapping")
            continue
        problems = _measure_problems(item, set(LOGIC))
        if item.get("id") in seen:
            problems.append(f"duplicate id {item.get('id')!r}")
        seen.add(str(item.get("id")))
        if not problems:
            missing = [p for p in LOGIC[item["logic"]].required if p not in item["params"]]
            problems += [f"params: missing {p!r} (logic {item['logic']})" for p in missing]
        if problems:
            errors += [f"{where}: {p}" for p in problems]
            continue
        measures.append(_measure_of(item))
    if not raw.get("measures"):
        errors.append("'measures' must list at least one measure")
    if errors:
        raise ConfigError(f"{path}: {len(errors)} problem(s): " + "; ".join(errors))
    return Pack(raw["regime"], raw["title"], path, tuple(measures))


def _measure_problems(item: dict[str, Any], logics: set[str]) -> list[str]:
    problems = [f"'{k}' must be non-empty text" for k in REQUIRED_TEXT if not _text(item.get(k))]
    problems += [
        f"'{k}' must be a date (YYYY-MM-DD) or null"
        for k in DATE_FIELDS
        if item.get(k) is not None and not isinstance(item.get(k), date)
    ]
    choices = (
        ("kind", MEASURE_KINDS),
        ("severity", SEVERITIES),
        ("paragraph_status", PARAGRAPH_STATUSES),
    )
    problems += [
        f"'{k}' must be one of {', '.join(v)}, not {item.get(k)!r}"
        for k, v in choices
        if item.get(k) not in v
    ]
    kinds = item.get("subject_kinds")
    if not isinstance(kinds, list) or not kinds or any(k not in SUBJECT_KINDS for k in kinds):
        problems.append(f"'subject_kinds' must list some of {', '.join(SUBJECT_KINDS)}")
    if _text(item.get("logic")) and item["logic"] not in logics:
        problems.append(f"unknown logic {item['logic']!r}; known: {', '.join(sorted(logics))}")
    if not isinstance(item.get("params", {}), dict):
        problems.append("'params' must be a mapping")
    exceptions = item.get("exceptions", [])
    if not isinstance(exceptions, list) or any(
        not isinstance(e, dict)
        or not _text(e.get("id"))
        or not _text(e.get("text"))
        or not isinstance(e.get("detected"), bool)
        for e in exceptions
    ):
        problems.append("'exceptions' must list mappings with id, text and detected (true/false)")
    effective, breach_from = item.get("effective"), item.get("breach_from")
    if isinstance(effective, date) and isinstance(breach_from, date) and breach_from < effective:
        problems.append("'breach_from' is before 'effective'")
    return problems


def _text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _measure_of(item: dict[str, Any]) -> Measure:
    return Measure(
        id=item["id"],
        kind=item["kind"],
        title=item["title"],
        resolution=item["resolution"],
        paragraph=item["paragraph"],
        paragraph_status=item["paragraph_status"],
        adopted=item.get("adopted"),
        effective=item.get("effective"),
        breach_from=item.get("breach_from"),
        deadline=item.get("deadline"),
        severity=item["severity"],
        subject_kinds=tuple(item["subject_kinds"]),
        logic=item["logic"],
        params=dict(item.get("params") or {}),
        exceptions=tuple(item.get("exceptions") or ()),
        citation=" ".join(item["citation"].split()),
        summary=" ".join(item["summary"].split()),
        source=str(item.get("source", "")),
    )
