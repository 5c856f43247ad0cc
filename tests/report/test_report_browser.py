"""The report opens in headless Chromium offline: no console errors, no requests, charts and
network pictures drawn, a click on a node lists its records."""

from __future__ import annotations

import re
from pathlib import Path

import lxml.html
from report_browser import colour_pixels, ink_share, load_page, screenshot
from report_world import JV

from sanctionwatch.report import ReportResult

EXTERNAL = re.compile(
    r"""(?:\b(?:src|href|action|poster|data)\s*=\s*["']?\s*(?:https?:)?//)"""
    r"""|(?:url\(\s*["']?\s*(?:https?:)?//)|(?:@import)|(?:<link\b)""",
    re.IGNORECASE,
)
WORK_BAR_RED = (0xB8, 0x32, 0x2A)
FLAGGED_FILL = (0xF6, 0xD5, 0xD1)


def test_report_html_references_nothing_outside_itself(rendered_report: ReportResult) -> None:
    html = rendered_report.html.read_text(encoding="utf-8")
    assert EXTERNAL.findall(html) == []
    assert "default-src 'none'" in html  # the page's own policy forbids any fetch
    assert EXTERNAL.search('<img src="https://cdn.example/x.png">')  # the pattern does bite


def test_report_opens_without_console_errors_or_network_requests(
    rendered_report: ReportResult, chromium: str, tmp_path: Path
) -> None:
    page = load_page(chromium, rendered_report.html.as_uri(), tmp_path)
    assert page.console == []
    assert page.page_requests == []
    assert 'data-report-ready="1"' in page.dom  # report.js ran to its end
    document = lxml.html.fromstring(page.dom)
    pictures = document.xpath("//svg[contains(@class, 'netgraph')]")
    assert pictures and all(p.get("data-interactive") == "1" for p in pictures)


def test_the_page_checks_catch_console_errors_and_requests(chromium: str, tmp_path: Path) -> None:
    bad = tmp_path / "bad.html"
    bad.write_text(
        '<html><body><img src="http://127.0.0.1:9/x.png">'
        "<script>missingFunction();</script></body></html>",
        encoding="utf-8",
    )
    page = load_page(chromium, bad.as_uri(), tmp_path / "run")
    assert any("missingFunction" in line for line in page.console)
    assert page.page_requests == ["http://127.0.0.1:9/x.png"]


def test_charts_and_network_pictures_are_drawn(rendered_report: ReportResult) -> None:
    document = lxml.html.fromstring(rendered_report.html.read_bytes())
    charts = {svg.get("data-chart"): svg for svg in document.xpath("//svg[@data-chart]")}
    assert {"permits-timeline", "employers", "regions", "growth-grid"} <= set(charts)
    for name, svg in charts.items():
        drawn = svg.xpath(".//*[local-name()='path' or local-name()='use']")
        assert len(drawn) > 10, name
    timeline_text = " ".join(charts["permits-timeline"].itertext())
    for label in ("2371", "2375", "JV closure", "2397 OP8"):
        assert label in timeline_text
    network = document.get_element_by_id("net-1")
    nodes = network.xpath(".//*[contains(@class, 'node')]")
    edges = network.xpath(".//*[contains(@class, 'edge')]")
    assert len(nodes) == 5 and len(edges) == 5  # 2 companies, 3 parties; 4 founders, director
    shares = [t.text for t in network.xpath(".//*[@class='share']")]
    assert "51%" in shares and "60%" in shares
    listed = document.xpath("//svg[@id='net-2']//*[contains(@class, 'listed')]")
    assert len(listed) == 1  # the founder who matches a UN-listed person


def test_clicking_a_node_lists_its_records(
    rendered_report: ReportResult, chromium: str, tmp_path: Path
) -> None:
    document = lxml.html.fromstring(rendered_report.html.read_bytes())
    jv_node = next(
        node.get("data-node")
        for node in document.xpath("//svg[@id='net-1']//*[@data-node]")
        if node.findtext("{*}title", default=node.findtext("title")) == 'ООО "Восток-Строй"'
    )
    page = load_page(chromium, f"{rendered_report.html.as_uri()}#net-1/{jv_node}", tmp_path)
    panel = lxml.html.fromstring(page.dom).xpath("//div[@data-for='net-1'][@data-shown]")
    assert len(panel) == 1
    text = panel[0].text_content()
    assert "companies.csv:2" in text and JV in text
    assert page.console == []


def test_report_and_network_screenshots_render(
    rendered_report: ReportResult, chromium: str, tmp_path: Path
) -> None:
    page = screenshot(chromium, rendered_report.html.as_uri(), tmp_path / "top.png", 1280, 2600)
    assert ink_share(page) > 0.04
    assert colour_pixels(page, WORK_BAR_RED) > 200  # the permit bars are drawn
    picture = screenshot(
        chromium, f"{rendered_report.html.as_uri()}#net-1", tmp_path / "net.png", 1280, 700
    )
    assert ink_share(picture) > 0.02
    assert colour_pixels(picture, FLAGGED_FILL) > 300  # flagged companies' boxes are in view
