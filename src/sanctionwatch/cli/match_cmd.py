"""`sanctionwatch screen` (every subject against the lists) and `match NAME` (one query)."""

from __future__ import annotations

from datetime import date, datetime

import typer

from sanctionwatch.cli.common import emit_json, state_of, table_of
from sanctionwatch.errors import InputError


def _date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return datetime.strptime(value, "%Y-%m-%d").date()
    except ValueError as exc:
        raise InputError(f"{value!r} is not a date (YYYY-MM-DD)", field=option) from exc


def screen(
    ctx: typer.Context,
    threshold: float | None = typer.Option(None, help="Score threshold (default: config.yaml)."),
    since_version: int | None = typer.Option(
        None, help="Only list entries changed since this list version."
    ),
    subjects_since: str | None = typer.Option(
        None, help="Only subjects loaded after this date (YYYY-MM-DD)."
    ),
) -> None:
    """Match permit holders, founders, directors and companies against the loaded lists."""
    from sanctionwatch.matching import screen_workspace

    state = state_of(ctx)
    with state.open() as ws:
        summary = screen_workspace(
            ws,
            threshold=threshold,
            since_version=since_version,
            subjects_since=_date(subjects_since, "--subjects-since"),
            progress=lambda message: state.console.print(message),
        )
    emit_json(state, summary.as_dict())
    state.console.print(
        table_of(
            f"screening ({summary.mode}) at threshold {summary.threshold:.2f}"
            f" in {summary.seconds:.1f} s",
            ["subjects", "entities", "candidates", "matches", "unscreenable"],
            [
                [
                    f"{summary.subjects:,}",
                    f"{summary.entities:,}",
                    f"{summary.candidates:,}",
                    f"{summary.matches:,}",
                    f"{summary.unscreenable:,}",
                ]
            ],
        )
    )
    if summary.unscreenable:
        state.console.print(
            table_of(
                "unscreenable subjects (no usable name; ids in table screen_unscreenable)",
                ["subject table", "subjects"],
                sorted(summary.unscreenable_by_table.items()),
            )
        )
    state.console.print(
        table_of("matches by list", ["list", "matches"], sorted(summary.by_list.items()))
    )


def match(
    ctx: typer.Context,
    name: str = typer.Argument(..., help="The name to look up, in any script."),
    birth_date: str | None = typer.Option(
        None, help="Birth date: YYYY-MM-DD, YYYY-MM, YYYY, DD.MM.YYYY or '2 Mar 1961'."
    ),
    nationality: str | None = typer.Option(
        None, help="A country code or name: kp, PRK, North Korea, КНДР (reference/countries)."
    ),
    schema: str = typer.Option("Person", help="Person, Company, Organization, Vessel ..."),
    limit: int = typer.Option(10, min=1, help="How many candidates to show."),
) -> None:
    """Ranked candidates for one name, each with its explanation."""
    from sanctionwatch.matching import match_query

    state = state_of(ctx)
    with state.open() as ws:
        found = match_query(
            ws, name, schema=schema, birth_date=birth_date, nationality=nationality, limit=limit
        )
    emit_json(state, [c.__dict__ for c in found])
    rows = [
        [
            f"{c.score:.3f}",
            c.list_name,
            c.entity_id,
            c.matched_name,
            c.explanation["name"]["method"],
        ]
        for c in found
    ]
    state.console.print(
        table_of(f"candidates for {name!r}", ["score", "list", "entity", "name", "how"], rows)
    )


def register(app: typer.Typer) -> None:
    app.command("screen")(screen)
    app.command("match")(match)
