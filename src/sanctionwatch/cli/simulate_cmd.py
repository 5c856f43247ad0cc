"""`sanctionwatch simulate`: write a synthetic world (registries, UN list, ground truth)."""

from __future__ import annotations

from pathlib import Path

import typer

from sanctionwatch.cli.common import emit_json, state_of, table_of


def simulate(
    ctx: typer.Context,
    seed: int = typer.Option(1, "--seed", help="Random seed: the same seed writes the same files."),
    scale: float = typer.Option(1.0, "--scale", help="1.0 = ~100,000 permits, ~20,000 companies."),
    out: Path = typer.Option(
        ..., "--out", help="Folder to write lists/, registry/ and truth/ into."
    ),
    companies_scale: float | None = typer.Option(
        None,
        "--companies-scale",
        help="Size the company registry on its own (default: --scale); 25 = ~500,000 companies.",
    ),
) -> None:
    """Write a world with planted schemes and its truth; load it with `registry load-dir`."""
    from sanctionwatch.simulate import generate_world

    state = state_of(ctx)
    summary = generate_world(out, seed=seed, scale=scale, companies_scale=companies_scale)
    emit_json(state, vars(summary))
    state.console.print(
        table_of(
            f"world {out} (seed {seed}, scale {scale}, extract {summary.extract_date})",
            ["what", "rows"],
            [[k, f"{v:,}"] for k, v in summary.counts.items()],
        )
    )
    state.console.print(
        table_of(
            "ground truth: findings by measure",
            ["measure", "findings"],
            [[k, v] for k, v in summary.findings_by_measure.items()],
        )
    )
    figures = summary.headline
    state.console.print(
        f"DPRK workers {figures['dprk_workers']:,}; post-ban permits by year "
        f"{figures['post_ban_permits_by_year']}; joint ventures {len(figures['joint_ventures'])}; "
        f"hard negatives {summary.hard_negatives:,}"
    )


def register(app: typer.Typer) -> None:
    app.command("simulate")(simulate)
