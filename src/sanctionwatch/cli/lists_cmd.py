"""`sanctionwatch lists`: load, fetch, list, show, diff and export sanctions lists."""

from __future__ import annotations

import dataclasses
import tempfile
from pathlib import Path
from typing import Any

import typer
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from sanctionwatch.cli.common import CliState, emit_json, state_of, table_of
from sanctionwatch.errors import ConfigError

lists_app = typer.Typer(help="Sanctions lists: load, fetch, ls, show, diff, export.")


def _summary_dict(summary: Any) -> dict[str, Any]:
    data = dataclasses.asdict(summary)
    data["issues"] = data["issues"][:200]
    return data


def _print_summary(state: CliState, summary: Any) -> None:
    console = state.console
    status = "already loaded (nothing added)" if summary.already_loaded else "loaded"
    console.print(
        f"{summary.source_path}: {summary.list_name} ({summary.format}) version "
        f"{summary.version_id} {status}; published {summary.published or 'unknown'}"
    )
    console.print(
        table_of(
            "counts",
            ["entities", "names", "aliases", "issues"],
            [[summary.entity_count, summary.name_count, summary.alias_count, summary.issue_count]],
        )
    )
    console.print(
        table_of("by program", ["program", "entities"], list(summary.counts_by_program.items()))
    )
    console.print(
        table_of("by schema", ["schema", "entities"], list(summary.counts_by_schema.items()))
    )
    for issue in summary.issues[:10]:
        console.print(
            f"  issue: {issue.entity_id} {issue.field} {issue.raw_value!r}: {issue.message}"
        )
    if summary.issue_count > 10:
        console.print(f"  ... {summary.issue_count - 10} more issues in table list_load_issues")


@lists_app.command("load")
def load(
    ctx: typer.Context,
    file: Path = typer.Argument(..., exists=True, help="List file, or an OFAC CSV folder."),
    format: str | None = typer.Option(None, "--format", help="Override format detection."),
) -> None:
    """Load a sanctions list file as a new version; counts per list, program and schema."""
    from sanctionwatch.lists import load_list

    state = state_of(ctx)
    with state.open() as ws, Progress(
        SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
        console=state.console, transient=True,
    ) as progress:  # fmt: skip
        progress.add_task(f"loading {file.name}", total=None)
        summary = load_list(ws, file, format=format)
    emit_json(state, _summary_dict(summary))
    _print_summary(state, summary)


@lists_app.command("fetch")
def fetch(
    ctx: typer.Context,
    url: list[str] = typer.Option([], "--url", help="NAME=URL, overriding or adding a source."),
    name: list[str] = typer.Option([], "--name", help="Fetch only this source (repeatable)."),
    folder: Path | None = typer.Option(None, "--dir", help="Keep downloads here."),
    retries: int = typer.Option(3, help="Attempts per download."),
) -> None:
    """Download the current lists from their publishers and load them."""
    from sanctionwatch.lists.fetch import fetch_lists

    overrides: dict[str, str] = {}
    for item in url:
        key, sep, value = item.partition("=")
        if not sep:
            raise ConfigError(f"--url {item!r}: expected NAME=URL")
        overrides[key.strip()] = value.strip()
    state = state_of(ctx)
    with state.open() as ws, tempfile.TemporaryDirectory() as tmp:
        target = folder or Path(tmp)
        summaries = fetch_lists(
            ws, target, names=name or None, overrides=overrides, retries=retries
        )
    emit_json(state, [_summary_dict(s) for s in summaries])
    for summary in summaries:
        _print_summary(state, summary)


@lists_app.command("ls")
def ls(ctx: typer.Context) -> None:
    """The list versions in the workspace."""
    from sanctionwatch.lists.queries import list_versions

    state = state_of(ctx)
    with state.open() as ws:
        versions = list_versions(ws)
    emit_json(state, versions)
    columns = [
        "version_id",
        "list_name",
        "format",
        "published",
        "entity_count",
        "name_count",
        "issue_count",
    ]
    state.console.print(
        table_of("list versions", columns, [[v[c] for c in columns] for v in versions])
    )


@lists_app.command("show")
def show(
    ctx: typer.Context,
    entity_id: str = typer.Argument(..., help="e.g. un-sc-6908555 or ofac-15603"),
    version: int | None = typer.Option(None, help="Version id (default: latest holding it)."),
) -> None:
    """Everything stored for one listed entity."""
    from sanctionwatch.lists.queries import show_entity

    state = state_of(ctx)
    with state.open() as ws:
        entity = show_entity(ws, entity_id, version)
    emit_json(state, entity)
    console = state.console
    console.print(f"{entity['entity_id']} ({entity['schema']}) {entity['caption']}")
    console.print(
        f"list {entity['list_name']} version {entity['version_id']}; programs {entity['programs']}"
    )
    console.print(
        table_of("names", ["kind", "name"], [[n["kind"], n["name"]] for n in entity["names"]])
    )
    console.print(
        table_of(
            "properties",
            ["property", "values"],
            [[k, "; ".join(v)] for k, v in entity["properties"].items()],
        )
    )
    console.print(
        table_of(
            "birth dates",
            ["from", "to", "raw"],
            [[b["date_from"], b["date_to"], b["raw"]] for b in entity["birth_dates"]],
        )
    )
    console.print(
        table_of(
            "identifiers",
            ["type", "value", "country"],
            [[i["id_type"], i["id_value"], i["country"]] for i in entity["identifiers"]],
        )
    )
    if entity["sanction"]:
        console.print(
            table_of("sanction", list(entity["sanction"]), [list(entity["sanction"].values())])
        )
    if entity["issues"]:
        console.print(
            table_of(
                "issues", ["field", "raw", "message"], [list(i.values()) for i in entity["issues"]]
            )
        )


@lists_app.command("diff")
def diff(
    ctx: typer.Context,
    old: int | None = typer.Argument(None, help="Old version id (default: second latest)."),
    new: int | None = typer.Argument(None, help="New version id (default: latest)."),
    list_name: str | None = typer.Option(None, "--list", help="List whose versions to compare."),
) -> None:
    """Entries added, removed and changed (with the fields) between two versions of a list."""
    from sanctionwatch.lists.diff import diff_versions, latest_two_versions

    state = state_of(ctx)
    with state.open() as ws:
        if old is None or new is None:
            default_old, default_new = latest_two_versions(ws, list_name)
            old, new = old or default_old, new or default_new
        result = diff_versions(ws, old, new)
    emit_json(state, dataclasses.asdict(result))
    console = state.console
    console.print(
        f"{result.list_name}: version {old} -> {new}: {len(result.added)} added, "
        f"{len(result.removed)} removed, {len(result.changed)} changed"
    )
    names = result.captions
    rows = [["added", e, names[e], ""] for e in result.added]
    rows += [["removed", e, names[e], ""] for e in result.removed]
    rows += [["changed", c.entity_id, c.caption, ", ".join(c.fields)] for c in result.changed]
    console.print(table_of("changes", ["change", "entity", "name", "fields"], rows))


@lists_app.command("export")
def export(
    ctx: typer.Context,
    format: str = typer.Option("ftm", "--format", help="ftm (JSON lines) or csv."),
    out: Path = typer.Option(..., "--out", help="File to write."),
    version: list[int] = typer.Option(
        [], "--version", help="Versions (default: latest of each list)."
    ),
) -> None:
    """Export the normalized lists as FollowTheMoney JSON lines or CSV."""
    from sanctionwatch.lists.export import export_entities

    state = state_of(ctx)
    with state.open() as ws:
        count = export_entities(ws, out, format, version_ids=version or None)
    emit_json(state, {"out": str(out), "format": format, "entities": count})
    state.console.print(f"wrote {count} entities to {out} ({format})")


def register(app: typer.Typer) -> None:
    app.add_typer(lists_app, name="lists")
