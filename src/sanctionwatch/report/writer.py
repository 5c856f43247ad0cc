"""`write_report`: gather figures, charts, networks and findings, render HTML, print the PDF."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from sanctionwatch.report import charts, sections
from sanctionwatch.report.figures import HeadlineFigures, compute_headline_figures
from sanctionwatch.report.graph_svg import draw_network
from sanctionwatch.report.networks import GROWTH_SINCE, ControlNetwork, dprk_control_networks
from sanctionwatch.report.ownership import build_ownership_graph
from sanctionwatch.report.pdf import print_pdf
from sanctionwatch.report.picture_sets import picture_sets
from sanctionwatch.report.series import (
    dprk_permits_by_month,
    dprk_workers_by_region,
    network_growth,
)
from sanctionwatch.workspace import Workspace

DEFAULT_TITLE = "Sanctions evasion: DPRK workers and joint ventures"
FINDINGS_IN_FULL = 20
NETWORK_PICTURES = 20
GROWTH_CHARTS = 12  # panels in the small-multiples grid (4 rows of 3)
TABLE_ROWS_SHOWN = 25  # rows of a long table shown before the rest fold into <details>


@dataclass
class ReportResult:
    """What `write_report` wrote and the figures it computed."""

    paths: list[Path]
    html: Path
    pdf: Path | None
    figures: HeadlineFigures
    findings: int
    pdf_skipped_because: str | None = None
    counts: dict[str, int] = field(default_factory=dict)


def write_report(
    ws: Workspace,
    out_dir: Path,
    *,
    title: str | None = None,
    findings_in_full: int = FINDINGS_IN_FULL,
    pdf: bool = True,
) -> ReportResult:
    """Write out_dir/report.html (self-contained), report.pdf (when Chromium is present) and
    figures.json (the headline figures as `truth/world.json` writes them)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    context = report_context(ws, title or DEFAULT_TITLE, findings_in_full)
    html_path = out_dir / "report.html"
    html_path.write_text(render_html(context), encoding="utf-8")
    figures: HeadlineFigures = context["figures"]
    figures_path = out_dir / "figures.json"
    figures_path.write_text(
        json.dumps(figures.as_dict(), ensure_ascii=False, indent=2), encoding="utf-8"
    )
    paths = [html_path, figures_path]
    pdf_path: Path | None = None
    skipped: str | None = "PDF not requested"
    if pdf:
        outcome = print_pdf(html_path, out_dir / "report.pdf")
        pdf_path, skipped = outcome.path, outcome.skipped_because
        if pdf_path is not None:
            paths.append(pdf_path)
    return ReportResult(
        paths=paths,
        html=html_path,
        pdf=pdf_path,
        figures=figures,
        findings=int(context["findings_total"]),
        pdf_skipped_because=skipped,
        counts={
            "network_pictures": len(context["pictures"]),
            "growth_charts": len(context["growth_charted"]),
            "measures": len(context["groups"]),
        },
    )


def render_html(context: dict[str, Any]) -> str:
    """Render the report template with autoescaping on (SVG comes in as Markup)."""
    environment = Environment(
        loader=PackageLoader("sanctionwatch.report", "templates"),
        autoescape=select_autoescape(["html"]),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return environment.get_template("report.html").render(**context)


def report_context(ws: Workspace, title: str, findings_in_full: int) -> dict[str, Any]:
    """Everything the template shows, computed from the workspace tables."""
    figures = compute_headline_figures(ws)
    milestones = charts.load_milestones()
    owned = build_ownership_graph(ws)
    networks = dprk_control_networks(ws, owned)
    charted = [n for n in networks if n.chartable][:GROWTH_CHARTS]
    sets = picture_sets(owned, {o: n.network_id for n in networks for o in n.ogrns})
    pictures = [
        draw_network(owned, s.network_id, s.nodes, f"net-{number}", s.title)
        for number, s in enumerate(sets[:NETWORK_PICTURES], start=1)
    ]
    groups = sections.findings_by_measure(ws, findings_in_full)
    employers = [(f"{name} ({ogrn})", n) for ogrn, name, n in figures.employers_by_dprk_workers]
    return {
        "title": title,
        "generated_at": datetime.now().strftime("%Y-%m-%d %H:%M"),
        "workspace": str(ws.path) if ws.path else "(in memory)",
        "as_of_dates": [
            str(d)
            for (d,) in ws.rows(
                "report: as-of dates", "SELECT DISTINCT as_of FROM findings ORDER BY 1"
            )
        ],
        "figures": figures,
        "post_ban_total": sum(figures.post_ban_permits_by_year.values()),
        "summary": sections.findings_summary(ws),
        "statuses": sections.STATUSES,
        "findings_total": sum(group.total for group in groups),
        "review_decisions": sections.review_log_size(ws),
        "milestones": milestones,
        "timeline_svg": Markup(charts.permits_timeline_svg(dprk_permits_by_month(ws), milestones)),
        "employers_svg": Markup(
            charts.ranked_bars_svg(employers, "employers", "distinct DPRK workers")
        ),
        "regions_svg": Markup(
            charts.ranked_bars_svg(dprk_workers_by_region(ws), "regions", "distinct DPRK workers")
        ),
        "growth_svg": _growth_grid(ws, charted, milestones),
        "growth_charted": charted,
        "growth_more": [n for n in networks if n not in charted],
        "growth_since": GROWTH_SINCE,
        "networks_total": len(networks),
        "networks_chartable": sum(n.chartable for n in networks),
        "pictures": [_markup_picture(p) for p in pictures],
        "pictures_more": sets[NETWORK_PICTURES:],
        "rows_shown": TABLE_ROWS_SHOWN,
        "groups": groups,
        "in_full": findings_in_full,
        "methods": sections.methods_and_data(ws),
        "screening_threshold": sections.screening_threshold(ws),
    }


def _growth_grid(
    ws: Workspace, charted: list[ControlNetwork], milestones: list[Any]
) -> Markup | None:
    """The small-multiples chart of the charted networks, None when no network qualifies."""
    if not charted:
        return None
    panels = [
        (
            f"{number}. {charts.shorten(n.lead_name, 38)}",
            f"{n.network_id}: {len(n.ogrns)} companies, {len(n.flagged)} flagged\n"
            f"since {GROWTH_SINCE}: {n.branches_since} branches, {n.permits_since} permits",
            network_growth(ws, n.network_id, n.ogrns),
        )
        for number, n in enumerate(charted, start=1)
    ]
    return Markup(charts.network_growth_grid_svg(panels, milestones))


def _markup_picture(picture: Any) -> dict[str, Any]:
    return {
        "title": picture.title,
        "picture_id": picture.picture_id,
        "network_id": picture.network_id,
        "svg": Markup(picture.svg),
        "node_data_json": Markup(picture.node_data_json),
        "companies": picture.companies,
        "nodes": picture.nodes,
    }
