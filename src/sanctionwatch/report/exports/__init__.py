"""Exports of the findings for the tools investigators and compliance teams already use."""

from __future__ import annotations

import json
from pathlib import Path

from sanctionwatch.errors import InputError
from sanctionwatch.report.exports.ftm import ftm_entities
from sanctionwatch.report.exports.graph_files import export_graph
from sanctionwatch.report.exports.tables import write_findings_csv, write_findings_xlsx
from sanctionwatch.workspace import Workspace

EXPORT_FORMATS = ("ftm", "csv", "xlsx", "graphml", "gexf")


def write_ftm(ws: Workspace, out: Path) -> dict[str, int]:
    """FollowTheMoney JSON lines, one entity a line."""
    counts: dict[str, int] = {}
    with out.open("w", encoding="utf-8") as handle:
        for item in ftm_entities(ws):
            handle.write(json.dumps(item, ensure_ascii=False, sort_keys=True) + "\n")
            counts[item["schema"]] = counts.get(item["schema"], 0) + 1
    return dict(sorted(counts.items()))


def export_findings(ws: Workspace, fmt: str, out: Path) -> dict[str, int]:
    """Write `out` in `fmt` (one of EXPORT_FORMATS); returns what was written, counted."""
    if fmt not in EXPORT_FORMATS:
        raise InputError(
            f"unknown export format; use one of {', '.join(EXPORT_FORMATS)}", field="format"
        )
    out.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "ftm":
        return write_ftm(ws, out)
    if fmt == "csv":
        return write_findings_csv(ws, out)
    if fmt == "xlsx":
        return write_findings_xlsx(ws, out)
    return export_graph(ws, out, fmt)


__all__ = ["EXPORT_FORMATS", "export_findings", "ftm_entities", "write_ftm"]
