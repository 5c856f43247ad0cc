"""Findings over re-runs: stable ids, reviews kept, re-opened on new evidence, resolved, audited."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pytest
from rules_world import World

from sanctionwatch.findings import (
    FindingError,
    evaluate_findings,
    export_findings,
    finding_id_of,
    get_finding,
    list_findings,
    review,
    review_log,
)
from sanctionwatch.rules import analyze

OP17 = "un-2375-op17-new-work-authorization"
AS_OF = date(2018, 7, 1)


def op17_id(permit_id: str) -> str:
    return finding_id_of(OP17, "permit", permit_id)


def test_rerun_updates_never_duplicates_and_keeps_the_review(world: World) -> None:
    world.add_permit("P-1", issue_date="2017-10-01")
    analyze(world.ws, as_of=AS_OF)
    review(world.ws, op17_id("P-1"), "confirm", "checked the permit scan", "anna")
    summary = analyze(world.ws, as_of=AS_OF)
    assert summary.new == 0 and summary.reopened == 0
    rows = world.ws.rows(
        "all", "SELECT finding_id, status FROM findings WHERE measure_id = $m", {"m": OP17}
    )
    assert rows == [(op17_id("P-1"), "confirmed")]


def test_changed_evidence_reopens_a_reviewed_finding_and_says_why(world: World) -> None:
    world.add_permit("P-1", issue_date="2017-10-01")
    analyze(world.ws, as_of=AS_OF)
    review(world.ws, op17_id("P-1"), "dismiss", "looks like a data error", "anna")
    world.ws.run("fix", "UPDATE permits SET issue_date = DATE '2017-10-02'")
    summary = analyze(world.ws, as_of=AS_OF)
    assert summary.reopened == 1
    assert get_finding(world.ws, op17_id("P-1"))["status"] == "open"
    last = review_log(world.ws, op17_id("P-1"))[-1]
    assert (last["analyst"], last["action"], last["status_before"], last["status_after"]) == (
        "system",
        "reopen",
        "dismissed",
        "open",
    )
    assert "compared" in last["note"] and "records" in last["note"]


def test_finding_that_no_longer_holds_is_resolved_not_deleted(world: World) -> None:
    world.add_permit("P-1", issue_date="2017-10-01")
    analyze(world.ws, as_of=AS_OF)
    world.ws.run("contract found", "UPDATE permits SET contract_date = DATE '2017-09-01'")
    summary = analyze(world.ws, as_of=AS_OF)
    assert summary.resolved == 1
    assert get_finding(world.ws, op17_id("P-1"))["status"] == "resolved"
    assert review_log(world.ws)[-1]["action"] == "resolve"


def test_audit_log_keeps_every_decision_in_order(world: World) -> None:
    world.add_permit("P-1", issue_date="2017-10-01")
    analyze(world.ws, as_of=AS_OF)
    fid = op17_id("P-1")
    review(world.ws, fid, "escalate", "ask legal", "anna")
    review(world.ws, fid, "confirm", "legal agrees", "boris")
    log = review_log(world.ws, fid)
    assert [(r["analyst"], r["status_before"], r["status_after"]) for r in log] == [
        ("anna", "open", "escalated"),
        ("boris", "escalated", "confirmed"),
    ]
    with pytest.raises(FindingError, match="no finding"):
        review(world.ws, "Fnope", "confirm", None, "anna")
    with pytest.raises(FindingError, match="unknown review action"):
        review(world.ws, fid, "approve", None, "anna")
    assert len(review_log(world.ws, fid)) == 2


def test_filters_and_exports(world: World, tmp_path: Path) -> None:
    world.add_permit("P-1", issue_date="2017-10-01", expiry_date="2020-06-01")
    world.add_permit("P-2", issue_date="2016-01-01", expiry_date="2020-01-01")
    analyze(world.ws, as_of=date(2020, 1, 1))
    assert {r["subject_key"] for r in list_findings(world.ws, measure=OP17)} == {"P-1"}
    # P-1 (OP17 and OP8), P-2 (OP8), and the 2371 count: 2 in force after 1 at the baseline
    assert len(list_findings(world.ws, severity="high")) == 4
    assert len(list_findings(world.ws, subject="P-1")) == 2
    assert list_findings(world.ws, limit=1)[0]["severity"] == "high"
    n = export_findings(world.ws, tmp_path / "f.jsonl", "jsonl")
    lines = (tmp_path / "f.jsonl").read_text(encoding="utf-8").splitlines()
    assert n == len(lines) == len(list_findings(world.ws))
    assert json.loads(lines[0])["evidence"]["records"][0]["source_file"] == "permits.csv"
    export_findings(world.ws, tmp_path / "f.csv", "csv")
    with (tmp_path / "f.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == n and json.loads(rows[0]["evidence"])["records"]


def test_evaluate_against_a_truth_folder(world: World, tmp_path: Path) -> None:
    world.add_permit("P-1", issue_date="2017-10-01")
    world.add_permit("P-KR", citizenship="kp", issue_date="2017-10-05")  # a wrong flag
    analyze(world.ws, as_of=AS_OF)
    truth = tmp_path / "world" / "truth"
    truth.mkdir(parents=True)
    (truth / "findings.csv").write_text(
        "measure_id,subject_kind,subject_key,scheme,date\n"
        f"{OP17},permit,P-1,post_ban_permit,2017-10-01\n"
        f"{OP17},permit,P-9,post_ban_permit,2017-10-01\n",
        encoding="utf-8",
    )
    (truth / "hard_negatives.csv").write_text(
        "subject_kind,subject_key,kind\npermit,P-KR,south_korean\n", encoding="utf-8"
    )
    result = evaluate_findings(world.ws, tmp_path / "world")
    m = result["by_measure"][OP17]
    assert (m["true_positives"], m["false_positives"], m["false_negatives"]) == (1, 1, 1)
    assert m["missed"] == ["P-9"] and m["wrongly_flagged"] == ["P-KR"]
    assert result["precision"] == 0.5 and result["recall"] == 0.5
    assert result["hard_negatives_flagged"] == ["P-KR"]
