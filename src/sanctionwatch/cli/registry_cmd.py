"""`sanctionwatch registry`: load the user's registries and list what has been loaded."""

from __future__ import annotations

from pathlib import Path

import typer

from sanctionwatch.cli.common import CliState, emit_json, state_of, table_of

registry_app = typer.Typer(
    help="Load your registries (permits, companies, company_people, branches); see docs/formats.md."
)


def _report(state: CliState, summaries: list[object]) -> None:
    from sanctionwatch.records import RegistryLoadSummary

    loaded = [s for s in summaries if isinstance(s, RegistryLoadSummary)]
    emit_json(state, [vars(s) for s in loaded])
    state.console.print(
        table_of(
            "registry loads",
            ["kind", "file", "read", "loaded", "rejected", "flagged", "note"],
            [
                [
                    s.kind,
                    s.path,
                    s.rows_read,
                    s.rows_loaded,
                    s.rows_rejected,
                    s.rows_flagged,
                    "already loaded: nothing added" if s.already_loaded else "",
                ]
                for s in loaded
            ],
        )
    )
    for s in loaded:
        for row, field, value, message in s.rejects[:20]:
            state.console.print(
                f"rejected {s.path} line {row} field {field!r} ({value!r}): {message}"
            )
        if s.rows_rejected > 20:
            state.console.print(
                f"... {s.rows_rejected} rejected rows in all: see table load_rejects"
            )


@registry_app.command("load")
def load(
    ctx: typer.Context,
    kind: str = typer.Argument(..., help="permits, companies, company_people or branches."),
    file: Path = typer.Argument(..., help="CSV (UTF-8, header), Parquet, JSON lines or .xlsx."),
    mapping: Path | None = typer.Option(None, "--mapping", help="YAML mapping of your columns."),
) -> None:
    """Load one registry FILE of KIND; bad rows are rejected, counted and listed."""
    from sanctionwatch.records import load_registry

    state = state_of(ctx)
    with state.open() as ws:
        _report(state, [load_registry(ws, kind, file, mapping=mapping)])


@registry_app.command("load-dir")
def load_dir(
    ctx: typer.Context,
    folder: Path = typer.Argument(
        ..., exists=True, file_okay=False, help="Folder of registry files."
    ),
) -> None:
    """Load permits, companies, company_people and branches files found in FOLDER."""
    from sanctionwatch.records import load_registry_folder

    state = state_of(ctx)
    with state.open() as ws:
        summaries = load_registry_folder(ws, folder)
        if not summaries:
            from sanctionwatch.errors import RegistryError

            raise RegistryError(
                "no registry file found; expected permits.csv, companies.csv, company_people.csv "
                "or branches.csv (or .parquet, .jsonl, .xlsx)",
                path=str(folder),
            )
        _report(state, list(summaries))


@registry_app.command("ls")
def list_loads(ctx: typer.Context) -> None:
    """List the registry loads in the workspace with their row counts."""
    state = state_of(ctx)
    with state.open() as ws:
        loads = ws.records(
            "list loads",
            "SELECT load_id, kind, source_path, sha256, loaded_at, rows_read, rows_loaded, "
            "rows_rejected, rows_flagged FROM registry_loads ORDER BY load_id",
        )
    emit_json(state, loads)
    state.console.print(
        table_of(
            "registry loads",
            ["id", "kind", "file", "loaded at", "read", "loaded", "rejected", "flagged"],
            [
                [
                    r["load_id"],
                    r["kind"],
                    r["source_path"],
                    str(r["loaded_at"])[:19],
                    r["rows_read"],
                    r["rows_loaded"],
                    r["rows_rejected"],
                    r["rows_flagged"],
                ]
                for r in loads
            ],
        )
    )


@registry_app.command("persons")
def persons(
    ctx: typer.Context,
    show: int = typer.Option(
        20, "--show", help="List this many persons with the most records (0: none)."
    ),
    name: str | None = typer.Option(
        None, "--name", help="Only list persons whose name (any script) contains this."
    ),
) -> None:
    """Resolve persons across permits, founders and directors, and list them.

    Records sharing a passport or a personal INN are one person; others join on name (across
    scripts) and birth date when the matching engine scores them high enough. Different
    passports, INNs or citizenships never merge. Writes tables persons, person_records and
    person_links.
    """
    from sanctionwatch.records import resolve_persons

    state = state_of(ctx)
    with state.open() as ws:
        summary = resolve_persons(ws)
        where = "" if name is None else "WHERE name ILIKE $q OR name_latin ILIKE $q"
        listed = ws.records(
            "list persons",
            f"""SELECT person_id, name, name_latin, citizenship, birth_date, passport_numbers,
            inns, permits, company_roles, records FROM persons {where}
            ORDER BY company_roles > 0 AND permits > 0 DESC, records DESC, person_id
            LIMIT {max(0, show)}""",
            None if name is None else {"q": f"%{name}%"},
        )
    emit_json(state, {"summary": summary.as_dict(), "persons": listed})
    state.console.print(
        table_of(
            "persons resolved",
            ["what", "n"],
            [[k.replace("_", " "), v] for k, v in summary.as_dict().items()],
        )
    )
    if listed:
        state.console.print(
            table_of(
                "persons (in permits and companies first, then most records)",
                ["person", "name", "latin", "cit.", "born", "passports", "permits", "roles"],
                [
                    [
                        r["person_id"],
                        r["name"],
                        r["name_latin"],
                        r["citizenship"],
                        str(r["birth_date"] or ""),
                        ", ".join(r["passport_numbers"] or []),
                        r["permits"],
                        r["company_roles"],
                    ]
                    for r in listed
                ],
            )
        )


def register(app: typer.Typer) -> None:
    app.add_typer(registry_app, name="registry")
