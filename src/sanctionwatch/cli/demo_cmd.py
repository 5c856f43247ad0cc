"""`sanctionwatch demo`: the whole investigation on a generated world, in one command."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any, TypeVar

import typer
from rich.console import Console

from sanctionwatch.cli.common import emit_json, state_of, table_of
from sanctionwatch.workspace import open_workspace

T = TypeVar("T")


def _step(console: Console, label: str, work: Callable[[], T], timings: dict[str, float]) -> T:
    """Run one stage with a spinner, and remember how long it took."""
    started = time.perf_counter()
    with console.status(f"{label} ..."):
        result = work()
    timings[label] = time.perf_counter() - started
    console.print(f"[green]✓[/] {label} [dim]({timings[label]:.1f} s)[/]")
    return result


def run_demo(out: Path, *, seed: int, scale: float, console: Console) -> dict[str, Any]:
    """Generate a world, then load, screen, analyze, report and score it against its truth."""
    from sanctionwatch.findings import evaluate_findings
    from sanctionwatch.lists import load_list
    from sanctionwatch.matching import screen_workspace
    from sanctionwatch.records import load_registry_folder
    from sanctionwatch.report import write_report
    from sanctionwatch.rules import analyze
    from sanctionwatch.simulate import generate_world

    out.mkdir(parents=True, exist_ok=True)
    world_dir = out / "world"
    db_path = out / "sanctionwatch.duckdb"
    for stale in (db_path, db_path.with_suffix(".duckdb.wal")):
        stale.unlink(missing_ok=True)  # the demo's own workspace: always start clean
    timings: dict[str, float] = {}

    _step(
        console,
        "simulate a world",
        lambda: generate_world(world_dir, seed=seed, scale=scale),
        timings,
    )
    world = json.loads((world_dir / "truth" / "world.json").read_text(encoding="utf-8"))
    as_of = date.fromisoformat(world["extract_date"])
    with open_workspace(db_path) as ws:
        _step(
            console,
            "load the sanctions list",
            lambda: load_list(ws, world_dir / "lists" / "un_consolidated.xml"),
            timings,
        )
        loads = _step(
            console,
            "load the registries",
            lambda: load_registry_folder(ws, world_dir / "registry"),
            timings,
        )
        _step(console, "screen people and companies", lambda: screen_workspace(ws), timings)
        analysis = _step(
            console,
            f"apply the UN DPRK measures as of {as_of}",
            lambda: analyze(ws, as_of=as_of),
            timings,
        )
        report = _step(
            console, "write the report", lambda: write_report(ws, out / "report"), timings
        )
        scores = _step(
            console,
            "score findings against the ground truth",
            lambda: evaluate_findings(ws, world_dir),
            timings,
        )
    (out / "eval-findings.json").write_text(json.dumps(scores, indent=2), encoding="utf-8")
    return {
        "out": str(out),
        "workspace": str(db_path),
        "as_of": as_of.isoformat(),
        "registry_rows": {s.kind: s.rows_loaded for s in loads},
        "rejected_rows": sum(s.rows_rejected for s in loads),
        "findings_by_measure": dict(analysis.counts_by_measure),
        "report": [str(p) for p in report.paths],
        "evaluation": scores,
        "seconds": timings,
    }


def register(app: typer.Typer) -> None:
    @app.command("demo")
    def demo(
        ctx: typer.Context,
        out: Path = typer.Option(
            Path("demo-out"),
            "--out",
            help="Folder for the world, the workspace, the report and the evaluation.",
        ),
        seed: int = typer.Option(1, help="Seed of the generated world."),
        scale: float = typer.Option(1.0, help="World size; 1.0 ≈ 100,000 permits."),
    ) -> None:
        """Run the whole investigation on a generated world and score it against its truth.

        Writes OUT/world (the files a user would bring, and the ground truth),
        OUT/sanctionwatch.duckdb (the workspace), OUT/report/report.html and
        OUT/eval-findings.json.
        """
        state = state_of(ctx)
        console = state.console
        result = run_demo(out, seed=seed, scale=scale, console=console)
        emit_json(state, result)
        evaluation = result["evaluation"]
        rows = [
            [
                measure,
                r["true_positives"],
                r["false_positives"],
                r["false_negatives"],
                f"{r['precision']:.3f}",
                f"{r['recall']:.3f}",
            ]
            for measure, r in sorted(evaluation["by_measure"].items())
        ]
        console.print(
            table_of(
                "findings against the world's ground truth",
                ["measure", "found", "wrong", "missed", "precision", "recall"],
                rows,
            )
        )
        console.print(
            f"hard negatives flagged as breaches: "
            f"{len(evaluation.get('hard_negatives_flagged', []))}"
        )
        console.print(
            f"registry rows loaded: {result['registry_rows']}, rejected: {result['rejected_rows']}"
        )
        console.print(
            f"total {sum(result['seconds'].values()):.1f} s — report: {', '.join(result['report'])}"
        )
        console.print(f"Explore: sanctionwatch --db {result['workspace']} findings ls")
