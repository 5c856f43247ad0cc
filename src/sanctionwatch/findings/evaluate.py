"""Scoring findings against a generated world's ground truth (truth/findings.csv), per measure.

Evaluated measures: those in the truth file and those the workspace found, except aggregate
(registry-wide) findings the truth format cannot describe. Resolved findings do not count.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from sanctionwatch.errors import InputError
from sanctionwatch.workspace import Workspace

BREACH_SEVERITIES = ("high", "critical")


def _truth_dir(truth: Path) -> Path:
    folder = truth / "truth" if (truth / "truth").is_dir() else truth
    if not (folder / "findings.csv").is_file():
        raise InputError("no truth/findings.csv in the folder given", path=str(truth))
    return folder


def _read(path: Path, columns: tuple[str, ...]) -> list[dict[str, str]]:
    if not path.is_file():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in columns if c not in (reader.fieldnames or [])]
        if missing:
            raise InputError(f"missing columns {', '.join(missing)}", path=str(path), line=1)
        return list(reader)


def evaluate_findings(ws: Workspace, truth: Path) -> dict[str, Any]:
    """Precision, recall, missed and wrongly flagged subjects per measure; hard negatives hit."""
    folder = _truth_dir(Path(truth))
    expected_rows = _read(folder / "findings.csv", ("measure_id", "subject_kind", "subject_key"))
    negatives = _read(folder / "hard_negatives.csv", ("subject_kind", "subject_key"))
    found_rows = ws.rows(
        "findings to evaluate",
        """SELECT measure_id, subject_kind, subject_key, severity FROM findings
        WHERE status <> 'resolved' AND subject_kind <> 'registry'""",
    )
    expected: dict[str, set[tuple[str, str]]] = {}
    for row in expected_rows:
        expected.setdefault(row["measure_id"], set()).add((row["subject_kind"], row["subject_key"]))
    found: dict[str, set[tuple[str, str]]] = {}
    for measure, kind, key, _ in found_rows:
        found.setdefault(measure, set()).add((kind, key))
    by_measure: dict[str, dict[str, Any]] = {}
    tp_all = fp_all = fn_all = 0
    for measure in sorted(set(expected) | set(found)):
        exp, got = expected.get(measure, set()), found.get(measure, set())
        tp, fp, fn = len(exp & got), len(got - exp), len(exp - got)
        tp_all, fp_all, fn_all = tp_all + tp, fp_all + fp, fn_all + fn
        by_measure[measure] = {
            "true_positives": tp,
            "false_positives": fp,
            "false_negatives": fn,
            "precision": tp / (tp + fp) if tp + fp else 1.0,
            "recall": tp / (tp + fn) if tp + fn else 1.0,
            "missed": sorted(k for _, k in exp - got),
            "wrongly_flagged": sorted(k for _, k in got - exp),
        }
    breaches = {(k, s) for _, k, s, sev in found_rows if sev in BREACH_SEVERITIES}
    hard = sorted(
        {n["subject_key"] for n in negatives if (n["subject_kind"], n["subject_key"]) in breaches}
    )
    return {
        "by_measure": by_measure,
        "precision": tp_all / (tp_all + fp_all) if tp_all + fp_all else 1.0,
        "recall": tp_all / (tp_all + fn_all) if tp_all + fn_all else 1.0,
        "hard_negatives_flagged": hard,
    }
