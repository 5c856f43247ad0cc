"""`sanctionwatch report` and `sanctionwatch export`: the investigator's report, and the findings
in the formats other tools read (FollowTheMoney, CSV, Excel, GraphML, GEXF)."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Any

import typer

from sanctionwatch.cli.common import emit_json, state_of, table_of


class ExportFormat(StrEnum):
    """The formats `export` writes."""

    ftm = "ftm"
    csv = "csv"
    xlsx = "xlsx"
    graphml = "graphml"
    gexf = "gexf"


def register(app: typer.Typer) -> None:
    @app.command("report")
    def report(
        ctx: typer.Context,
        out: Path = typer.Option(..., "--out", file_okay=False, help="Folder to write into."),
        title: str | None = typer.Option(None, help="Title on the report's first page."),
        pdf: bool = typer.Option(True, "--pdf/--no-pdf", help="Also print report.pdf."),
        in_full: int = typer.Option(
            20, "--in-full", min=0, help="Findings per measure shown with their evidence."
        ),
    ) -> None:
        """Write OUT/report.html (one self-contained file), OUT/report.pdf and OUT/figures.json.

        The PDF is printed by headless Chromium; without Chromium the HTML is still written and
        the command says the PDF was skipped (scripts/ensure-browser.sh installs Chromium).
        """
        from sanctionwatch.report import write_report

        state = state_of(ctx)
        with state.open() as ws:
            result = write_report(ws, out, title=title, findings_in_full=in_full, pdf=pdf)
        figures = result.figures
        emit_json(
            state,
            {
                "paths": result.paths,
                "pdf": result.pdf,
                "pdf_skipped_because": result.pdf_skipped_because,
                "findings": result.findings,
                "figures": figures.as_dict(),
            },
        )
        by_year = ", ".join(f"{y}: {n}" for y, n in figures.post_ban_permits_by_year.items())
        rows: list[list[Any]] = [
            ["DPRK workers", f"{figures.dprk_workers:,}"],
            ["DPRK permit holders", f"{figures.dprk_permit_holders:,}"],
            ["post-ban work authorizations by year", by_year or "none"],
            ["employers with DPRK workers", len(figures.employers_by_dprk_workers)],
            ["joint ventures with DPRK owners", len(figures.joint_ventures)],
            ["findings", f"{result.findings:,}"],
        ]
        state.console.print(table_of("headline figures", ["figure", "value"], rows))
        for path in result.paths:
            state.console.print(f"wrote {path}")
        if result.pdf is None and pdf:
            state.console.print(f"[yellow]PDF skipped:[/] {result.pdf_skipped_because}")

    @app.command("export")
    def export(
        ctx: typer.Context,
        fmt: ExportFormat = typer.Argument(..., help="ftm, csv, xlsx, graphml or gexf."),
        out: Path = typer.Option(..., "--out", dir_okay=False, help="File to write."),
    ) -> None:
        """Export findings for other tools.

        \b
        ftm      findings and the entities they involve, FollowTheMoney JSON lines
        csv      one row per finding (for compliance teams)
        xlsx     findings, headline figures and the ownership edges, one sheet each
        graphml  the ownership and control graph of flagged companies (Gephi, yEd)
        gexf     the same graph in Gephi's own format
        """
        from sanctionwatch.report.exports import export_findings

        state = state_of(ctx)
        with state.open() as ws:
            written = export_findings(ws, fmt.value, out)
        emit_json(state, {"format": fmt.value, "path": out, "counts": written})
        counts = ", ".join(f"{n:,} {what}" for what, n in written.items())
        state.console.print(f"wrote {out} ({counts})")
