"""The PDF renders every page; without Chromium the HTML is still written and the PDF skipped,
saying so; the `report` and `export` commands work on a workspace file."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from report_browser import ink_share
from typer.testing import CliRunner

from sanctionwatch.cli.main import app
from sanctionwatch.report import ReportResult, write_report
from sanctionwatch.report.pdf import print_pdf
from sanctionwatch.workspace import open_workspace


def test_every_pdf_page_renders(rendered_report: ReportResult, tmp_path: Path) -> None:
    assert rendered_report.pdf is not None and rendered_report.pdf_skipped_because is None
    pdftoppm = shutil.which("pdftoppm")
    assert pdftoppm, "pdftoppm is missing: run scripts/ensure-browser.sh (as root)"
    info = subprocess.run(
        ["pdfinfo", str(rendered_report.pdf)], capture_output=True, text=True, check=True
    ).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    subprocess.run(
        [pdftoppm, "-r", "30", "-png", str(rendered_report.pdf), str(tmp_path / "page")],
        check=True,
    )
    images = sorted(tmp_path.glob("page-*.png"))
    assert pages >= 4 and len(images) == pages
    for image in images:
        assert ink_share(image) > 0.003, image.name


def test_without_chromium_the_html_is_written_and_the_pdf_skipped(
    report_world_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))  # a machine with no browser
    with open_workspace(report_world_db) as ws:
        result = write_report(ws, tmp_path / "out")
    assert result.pdf is None and not (tmp_path / "out" / "report.pdf").exists()
    assert result.pdf_skipped_because and "ensure-browser.sh" in result.pdf_skipped_because
    assert result.html.stat().st_size > 20_000


def test_report_command_writes_report_and_figures(report_world_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "report"
    done = CliRunner().invoke(
        app, ["--db", str(report_world_db), "--json", "report", "--out", str(out), "--no-pdf"]
    )
    assert done.exit_code == 0, done.output
    result = json.loads(done.stdout)
    assert result["figures"]["dprk_workers"] == 82
    assert result["pdf"] is None
    saved = json.loads((out / "figures.json").read_text(encoding="utf-8"))
    assert saved == result["figures"]
    assert (out / "report.html").read_text(encoding="utf-8").count('class="finding"') == 25


def test_export_command_writes_each_format(report_world_db: Path, tmp_path: Path) -> None:
    for fmt, name in (("ftm", "f.json"), ("csv", "f.csv"), ("graphml", "g.graphml")):
        done = CliRunner().invoke(
            app, ["--db", str(report_world_db), "export", fmt, "--out", str(tmp_path / name)]
        )
        assert done.exit_code == 0, done.output
        assert f"wrote {tmp_path / name}" in done.stdout.replace("\n", "")
        assert (tmp_path / name).stat().st_size > 0
    bad = CliRunner().invoke(
        app, ["--db", str(report_world_db), "export", "docx", "--out", str(tmp_path / "x")]
    )
    assert bad.exit_code == 2


def test_hangul_prints_with_a_korean_font(tmp_path: Path, chromium: str) -> None:
    page = tmp_path / "hangul.html"
    page.write_text(
        '<html><head><meta charset="utf-8"></head><body style="font-family: \'DejaVu Sans\', '
        'sans-serif; font-size: 40px"><p>Pak Yong Chol 박영철 조선광선은행</p></body></html>',
        encoding="utf-8",
    )
    outcome = print_pdf(page, tmp_path / "hangul.pdf")
    assert outcome.path is not None, outcome.skipped_because
    fonts = subprocess.run(
        ["pdffonts", str(outcome.path)], capture_output=True, text=True, check=True
    ).stdout
    # DejaVu has no Hangul: the glyphs must come from a Korean font (scripts/ensure-browser.sh
    # installs fonts-nanum), not from a fallback that draws empty boxes.
    assert re.search(r"Nanum|CJK|Hangul|Baekmuk|UnDotum|UnBatang", fonts), fonts
    text = subprocess.run(
        ["pdftotext", str(outcome.path), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "박영철" in text
