"""`sanctionwatch analyze`: apply a regime pack as of a date and summarise the findings."""

from __future__ import annotations

from datetime import date, datetime

import typer

from sanctionwatch.cli.common import SEVERITIES, emit_json, fail_on_exit_code, state_of, table_of
from sanctionwatch.errors import InputError


def _date_of(text: str | None) -> date:
    if text is None:
        return date.today()
    try:
        return datetime.strptime(text, "%Y-%m-%d").date()
    except ValueError as exc:
        raise InputError(f"{text!r} is not a date (YYYY-MM-DD)", field="--as-of") from exc


def register(app: typer.Typer) -> None:
    @app.command("analyze")
    def analyze_cmd(
        ctx: typer.Context,
        as_of: str | None = typer.Option(None, "--as-of", help="Date to judge (default today)."),
        pack: str = typer.Option("un-dprk", "--pack", help="Regime pack: name or YAML file."),
        fail_on: str | None = typer.Option(
            None, "--fail-on", help="Exit 1 when a finding is at or above: " + "|".join(SEVERITIES)
        ),
    ) -> None:
        """Apply the measures of a regime pack as of a date; findings go to the workspace."""
        from sanctionwatch.rules import analyze

        if fail_on is not None and fail_on not in SEVERITIES:
            raise InputError(f"expected one of {', '.join(SEVERITIES)}", field="--fail-on")
        state = state_of(ctx)
        with state.open() as ws:
            summary = analyze(ws, as_of=_date_of(as_of), pack=pack)
        emit_json(state, summary.as_dict())
        state.console.print(
            table_of(
                f"{summary.pack} as of {summary.as_of}: {sum(summary.counts_by_measure.values())}"
                f" findings ({summary.new} new, {summary.reopened} re-opened, "
                f"{summary.resolved} resolved)",
                ["measure", "findings", "note"],
                [
                    [m, n, "not in force yet" if m in summary.not_in_force else ""]
                    for m, n in summary.counts_by_measure.items()
                ],
            )
        )
        state.console.print(
            "by severity: "
            + ", ".join(f"{s} {summary.counts_by_severity[s]}" for s in reversed(SEVERITIES))
        )
        if summary.data_issues:
            issues = ", ".join(f"{k} {v}" for k, v in sorted(summary.data_issues.items()))
            state.console.print(f"ownership data issues (see docs/rules.md): {issues}")
        raise typer.Exit(fail_on_exit_code(summary.severities, fail_on))
