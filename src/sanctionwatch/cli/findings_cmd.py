"""`sanctionwatch findings`: list, show, review, audit and export what the analysis found."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from sanctionwatch.cli.common import emit_json, state_of, table_of, to_json

findings_app = typer.Typer(help="List, show, review and export findings.")


@findings_app.command("ls")
def ls_cmd(
    ctx: typer.Context,
    measure: str | None = typer.Option(None, help="Only this measure id."),
    severity: str | None = typer.Option(None, help="Only this severity."),
    subject: str | None = typer.Option(None, help="Subject key, or part of its label."),
    network: str | None = typer.Option(None, help="Only this network id."),
    status: str | None = typer.Option(None, help="open, confirmed, dismissed, escalated, ..."),
    limit: int | None = typer.Option(50, help="At most this many rows."),
) -> None:
    """Findings, most severe first."""
    from sanctionwatch.findings import list_findings

    state = state_of(ctx)
    with state.open() as ws:
        rows = list_findings(
            ws,
            measure=measure,
            severity=severity,
            subject=subject,
            network=network,
            status=status,
            limit=limit,
        )
    emit_json(state, rows)
    state.console.print(
        table_of(
            f"{len(rows)} findings",
            ["id", "severity", "status", "measure", "subject", "summary"],
            [
                [
                    r["finding_id"],
                    r["severity"],
                    r["status"],
                    r["measure_id"],
                    r["subject_key"],
                    r["summary"],
                ]
                for r in rows
            ],
        )
    )


@findings_app.command("show")
def show_cmd(ctx: typer.Context, finding_id: str = typer.Argument(..., help="Finding id.")) -> None:
    """One finding with its evidence chain: records (file:row), matches, paths, dates."""
    from sanctionwatch.findings import get_finding

    state = state_of(ctx)
    with state.open() as ws:
        f = get_finding(ws, finding_id)
    emit_json(state, f)
    out = state.console
    out.print(f"{f['finding_id']}  {f['severity'].upper()}  {f['status']}  as of {f['as_of']}")
    out.print(f"{f['measure_id']}: {f['summary']}")
    out.print(f"citation: {f['citation']}")
    ev = f["evidence"]
    out.print(f"dates and values compared: {json.dumps(ev.get('compared'), ensure_ascii=False)}")
    for r in ev.get("records", []):
        fields = {
            k: v
            for k, v in r.items()
            if k not in ("table", "record_id", "source_file", "source_row") and v
        }
        out.print(f"  record {r['source_file']}:{r['source_row']} ({r['table']}) {to_json(fields)}")
    for m in ev.get("matches", []):
        out.print(
            f"  match {m['subject_id']} -> {m['entity_id']} {m['matched_name']!r} "
            f"score {m['score']:.3f}: {to_json(m['explanation'])}"
        )
    for p in ev.get("paths", []):
        out.print(f"  path {to_json(p)}")
    for issue in ev.get("data_issues", []):
        out.print(f"  data issue {issue['issue']}: {issue['detail']}")
    for text in ev.get("exceptions_not_checked", []):
        out.print(f"  not checkable from the registry: {text}")


@findings_app.command("review")
def review_cmd(
    ctx: typer.Context,
    finding_id: str = typer.Argument(..., help="Finding id."),
    confirm: bool = typer.Option(False, "--confirm", help="The breach is real."),
    dismiss: bool = typer.Option(False, "--dismiss", help="Not a breach."),
    escalate: bool = typer.Option(False, "--escalate", help="Needs a senior decision."),
    note: str = typer.Option(..., "--note", help="Why (kept in the audit log)."),
    analyst: str = typer.Option("analyst", "--analyst", help="Who decides."),
) -> None:
    """Record a decision on a finding; it is appended to the audit log."""
    from sanctionwatch.errors import InputError
    from sanctionwatch.findings import review

    chosen = [
        a for a, on in (("confirm", confirm), ("dismiss", dismiss), ("escalate", escalate)) if on
    ]
    if len(chosen) != 1:
        raise InputError("give exactly one of --confirm, --dismiss, --escalate")
    state = state_of(ctx)
    with state.open() as ws:
        row = review(ws, finding_id, chosen[0], note, analyst)
    emit_json(state, row)
    state.console.print(f"{finding_id}: {row['status_before']} -> {row['status_after']}")


@findings_app.command("log")
def log_cmd(
    ctx: typer.Context, finding_id: str | None = typer.Argument(None, help="Finding id.")
) -> None:
    """The audit trail: every decision, by whom, when, status before and after."""
    from sanctionwatch.findings import review_log

    state = state_of(ctx)
    with state.open() as ws:
        rows = review_log(ws, finding_id)
    emit_json(state, rows)
    state.console.print(
        table_of(
            "audit log",
            ["when", "finding", "analyst", "action", "before", "after", "note"],
            [
                [
                    r["decided_at"],
                    r["finding_id"],
                    r["analyst"],
                    r["action"],
                    r["status_before"],
                    r["status_after"],
                    r["note"],
                ]
                for r in rows
            ],
        )
    )


@findings_app.command("export")
def export_cmd(
    ctx: typer.Context,
    fmt: str = typer.Option("jsonl", "--format", help="jsonl or csv."),
    out: Path = typer.Option(..., "--out", help="File to write."),
) -> None:
    """Write every finding with its evidence as JSON lines or CSV."""
    from sanctionwatch.findings import export_findings

    state = state_of(ctx)
    with state.open() as ws:
        n = export_findings(ws, out, fmt)
    emit_json(state, {"out": str(out), "format": fmt, "findings": n})
    state.console.print(f"{n} findings written to {out}")


def register(app: typer.Typer) -> None:
    app.add_typer(findings_app, name="findings")
