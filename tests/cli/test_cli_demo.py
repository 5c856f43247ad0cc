"""The demo end to end on a small world: its report's figures equal the world's ground truth."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from sanctionwatch.cli.main import app


def test_demo_reproduces_the_truth(tmp_path: Path) -> None:
    out = tmp_path / "demo"
    result = CliRunner().invoke(
        app, ["--json", "demo", "--out", str(out), "--seed", "11", "--scale", "0.05"]
    )
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)

    truth = json.loads((out / "world" / "truth" / "world.json").read_text(encoding="utf-8"))
    figures = json.loads((out / "report" / "figures.json").read_text(encoding="utf-8"))
    assert figures == truth["headline"]
    assert figures["dprk_workers"] > 0 and figures["post_ban_permits_by_year"]

    evaluation = summary["evaluation"]
    truth_measures = {
        line.split(",", 1)[0]
        for line in (out / "world" / "truth" / "findings.csv").read_text().splitlines()[1:]
    }
    assert truth_measures <= set(evaluation["by_measure"])
    for measure, scores in evaluation["by_measure"].items():
        assert scores["recall"] >= 0.98, (measure, scores)
        assert scores["precision"] >= 0.95, (measure, scores)
    assert evaluation["hard_negatives_flagged"] == []
    assert summary["rejected_rows"] == 0
    html = (out / "report" / "report.html").read_text(encoding="utf-8")
    assert "un-2375-op17-new-work-authorization" in html


def test_demo_twice_gives_the_same_findings(tmp_path: Path) -> None:
    runner = CliRunner()
    args = ["--json", "demo", "--out", str(tmp_path / "d"), "--seed", "5", "--scale", "0.02"]
    first = json.loads(runner.invoke(app, args).stdout)
    second = json.loads(runner.invoke(app, args).stdout)
    assert first["findings_by_measure"] == second["findings_by_measure"]
    assert sum(first["findings_by_measure"].values()) > 0
