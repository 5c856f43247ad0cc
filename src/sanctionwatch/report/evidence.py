"""A finding's evidence JSON turned into parts a template can show, whatever keys it holds.

The rules stage writes `records`, `matches` and `ownership_paths`; anything else (dates, hints,
keys added later) is kept and shown generically, so no evidence is hidden from the reader.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass, field
from typing import Any

KNOWN_RECORD_KEYS = ("table", "record_id", "source_file", "source_row")
KNOWN_MATCH_KEYS = ("entity_id", "list_name", "matched_name", "score", "explanation")


@dataclass(frozen=True)
class Evidence:
    """The parts of one finding's evidence, each ready to print."""

    records: list[dict[str, Any]] = field(default_factory=list)
    matches: list[dict[str, Any]] = field(default_factory=list)
    ownership_paths: list[dict[str, Any]] = field(default_factory=list)
    other: list[tuple[str, str]] = field(default_factory=list)


def parse_evidence(raw: Any) -> Evidence:
    """Read evidence as stored (a JSON string or already decoded); never fails on odd shapes."""
    value = raw
    if isinstance(raw, str):
        try:
            value = json.loads(raw)
        except json.JSONDecodeError:
            return Evidence(other=[("evidence", raw)])
    if not isinstance(value, dict):
        return Evidence(other=[("evidence", show_value(value))])
    rest = dict(value)
    return Evidence(
        records=[_record(r) for r in _as_list(rest.pop("records", []))],
        matches=[_match(m) for m in _as_list(rest.pop("matches", []))],
        ownership_paths=[_path(p) for p in _as_list(rest.pop("ownership_paths", []))],
        other=[(key, show_value(rest[key])) for key in sorted(rest)],
    )


def show_value(value: Any) -> str:
    """Scalars as themselves, anything nested as compact JSON."""
    if value is None:
        return ""
    if isinstance(value, str | int | float | bool):
        return str(value)
    return json.dumps(value, ensure_ascii=False, default=str)


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _record(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        return {"record_id": show_value(value), "extra": ""}
    extra = {k: v for k, v in value.items() if k not in KNOWN_RECORD_KEYS}
    shown = {k: show_value(value.get(k)) for k in KNOWN_RECORD_KEYS}
    return {**shown, "extra": "; ".join(f"{k}: {show_value(v)}" for k, v in sorted(extra.items()))}


def _match(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        return {"matched_name": show_value(value), "explanation": [], "extra": ""}
    explanation = value.get("explanation")
    if isinstance(explanation, str):
        with contextlib.suppress(json.JSONDecodeError):
            explanation = json.loads(explanation)
    if isinstance(explanation, dict):
        lines = [f"{k}: {show_value(v)}" for k, v in explanation.items()]
    elif isinstance(explanation, list):
        lines = [show_value(item) for item in explanation]
    else:
        lines = [show_value(explanation)] if explanation else []
    score = value.get("score")
    extra = {k: v for k, v in value.items() if k not in KNOWN_MATCH_KEYS}
    return {
        "entity_id": show_value(value.get("entity_id")),
        "list_name": show_value(value.get("list_name")),
        "matched_name": show_value(value.get("matched_name")),
        "score": f"{score:.3f}" if isinstance(score, int | float) else show_value(score),
        "explanation": lines,
        "extra": "; ".join(f"{k}: {show_value(v)}" for k, v in sorted(extra.items())),
    }


def _path(value: Any) -> dict[str, Any]:
    """A chain of owners as 'A —51%→ B —60%→ C' plus the effective share."""
    if not isinstance(value, dict) or not isinstance(value.get("path"), list):
        return {"chain": show_value(value), "effective_share": ""}
    pieces: list[str] = []
    for step in value["path"]:
        if not isinstance(step, dict):
            pieces.append(show_value(step))
            continue
        pieces.append(str(step.get("name") or step.get("id") or "?"))
        share = step.get("share")
        if isinstance(share, int | float):
            pieces.append(f"—{share:g}%→")
        elif step is not value["path"][-1]:
            pieces.append("→")
    share = value.get("effective_share")
    return {
        "chain": " ".join(pieces),
        "effective_share": f"{share:g}%" if isinstance(share, int | float) else show_value(share),
    }
