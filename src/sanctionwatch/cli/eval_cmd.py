"""`sanctionwatch eval`: the matcher on labelled pairs, findings against a ground truth."""

from __future__ import annotations

from pathlib import Path

import typer

from sanctionwatch.cli.common import emit_json, state_of, table_of

eval_app = typer.Typer(help="Measure quality: matching on labelled pairs, findings on a truth.")


@eval_app.command("matching")
def eval_matching(
    ctx: typer.Context,
    pairs: Path = typer.Argument(
        ..., exists=True, dir_okay=False, help="Labelled pairs (JSON lines)."
    ),
    threshold: float | None = typer.Option(None, help="Score threshold (default: the matcher's)."),
) -> None:
    """Precision, recall, F1, average precision and share correct per category on PAIRS."""
    from sanctionwatch.matching import evaluate_pairs

    state = state_of(ctx)
    result = evaluate_pairs(pairs, threshold=threshold)
    emit_json(state, result)
    state.console.print(
        table_of(
            f"{pairs.name}: {result['pairs']} pairs at threshold {result['threshold']:.2f}",
            ["precision", "recall", "F1", "average precision", "pairs/s"],
            [
                [
                    f"{result['precision']:.3f}",
                    f"{result['recall']:.3f}",
                    f"{result['f1']:.3f}",
                    f"{result['average_precision']:.3f}",
                    f"{result['pairs_per_second']:,.0f}",
                ]
            ],
        )
    )
    state.console.print(
        table_of(
            "share correct by category",
            ["category", "share"],
            [[k, f"{v:.3f}"] for k, v in sorted(result["by_category"].items())],
        )
    )
    state.console.print(
        f"pairs/s: every pair scored cold with its explanation; the engine was readied first "
        f"(tables loaded, {result['setup_seconds']:.2f} s, not counted)."
    )


@eval_app.command("findings")
def eval_findings(
    ctx: typer.Context,
    truth: Path = typer.Option(
        ...,
        "--truth",
        exists=True,
        file_okay=False,
        help="A world's folder (or its truth/ folder) from `simulate`.",
    ),
) -> None:
    """Precision and recall per measure of the workspace's findings against a ground truth."""
    from sanctionwatch.findings import evaluate_findings

    state = state_of(ctx)
    with state.open() as ws:
        result = evaluate_findings(ws, truth)
    emit_json(state, result)
    rows = [
        [
            m,
            r["true_positives"],
            r["false_positives"],
            r["false_negatives"],
            f"{r['precision']:.3f}",
            f"{r['recall']:.3f}",
        ]
        for m, r in sorted(result["by_measure"].items())
    ]
    state.console.print(
        table_of(
            "findings against the ground truth",
            ["measure", "TP", "FP", "FN", "precision", "recall"],
            rows,
        )
    )
    for m, r in sorted(result["by_measure"].items()):
        for kind in ("missed", "wrongly_flagged"):
            if r[kind]:
                state.console.print(
                    f"{m} {kind.replace('_', ' ')}: {', '.join(r[kind][:10])}"
                    + (" ..." if len(r[kind]) > 10 else "")
                )
    hard = result.get("hard_negatives_flagged", [])
    state.console.print(f"hard negatives flagged as breaches: {len(hard)}")


def register(app: typer.Typer) -> None:
    app.add_typer(eval_app, name="eval")
