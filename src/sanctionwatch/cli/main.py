"""Entry point: global options, the stage sub-commands, and one clear line for every error."""

from __future__ import annotations

import importlib
import logging
import sys
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from typer._click.core import Context as ClickContext  # typer 0.29 vendors click
from typer.core import TyperGroup

from sanctionwatch.cli.common import CliState
from sanctionwatch.errors import SanctionwatchError
from sanctionwatch.workspace import DEFAULT_WORKSPACE

HELP = """Find sanctions evasion in the registries you hold.

A workspace is one DuckDB file (default ./sanctionwatch.duckdb). The stages, in order:

\b
  lists load FILE        load a sanctions list (UN, OFAC, EU, UK, FollowTheMoney)
  registry load KIND F   load your registry files (permits, companies, company_people, branches)
  screen                 match people and companies against the loaded lists
  analyze                apply the measures (UN DPRK regime) as of a date
  findings               list, filter, review and export what was found
  report --out DIR       write the investigator's report (HTML)

`demo` runs all of it on a generated world; `simulate` writes such a world for you to load.
"""


PIPELINE_ORDER = (
    "lists",
    "registry",
    "screen",
    "match",
    "analyze",
    "findings",
    "report",
    "export",
    "simulate",
    "eval",
    "demo",
)
GLOBAL_FLAGS = frozenset({"--json", "--quiet", "-q", "--verbose", "-v"})
GLOBAL_VALUE_OPTIONS = frozenset({"--db"})


def hoist_global_options(args: list[str]) -> list[str]:
    """Move global options written after the sub-command to the front.

    `sanctionwatch eval matching PAIRS --json` then means `sanctionwatch --json eval matching
    PAIRS`: scripts may put --json, --quiet, --verbose and --db wherever they like. Everything
    after a bare `--` is left alone.
    """
    front: list[str] = []
    rest: list[str] = []
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--":
            rest.extend(args[i:])
            break
        if arg in GLOBAL_FLAGS:
            front.append(arg)
        elif arg in GLOBAL_VALUE_OPTIONS and i + 1 < len(args):
            front.extend(args[i : i + 2])
            i += 1
        elif arg.split("=", 1)[0] in GLOBAL_VALUE_OPTIONS:
            front.append(arg)
        else:
            rest.append(arg)
        i += 1
    return front + rest


class StageGroup(TyperGroup):
    """Turns every SanctionwatchError raised by a command into one clear line and exit code 2."""

    def parse_args(self, ctx: ClickContext, args: list[str]) -> list[str]:
        return super().parse_args(ctx, hoist_global_options(args))

    def list_commands(self, ctx: ClickContext) -> list[str]:
        """Commands in pipeline order, whatever order the stages registered them in."""
        names = super().list_commands(ctx)
        order = {name: i for i, name in enumerate(PIPELINE_ORDER)}
        return sorted(names, key=lambda name: (order.get(name, len(order)), name))

    def invoke(self, ctx: ClickContext) -> Any:
        try:
            return super().invoke(ctx)
        except SanctionwatchError as exc:
            Console(stderr=True, highlight=False).print(f"error: {exc}", markup=False)
            raise typer.Exit(2) from exc


app = typer.Typer(
    help=HELP, cls=StageGroup, no_args_is_help=True, rich_markup_mode=None, add_completion=False
)

# Each stage module exposes `register(app)`; the order here is the order in --help.
STAGE_MODULES = (
    "sanctionwatch.cli.lists_cmd",
    "sanctionwatch.cli.registry_cmd",
    "sanctionwatch.cli.match_cmd",
    "sanctionwatch.cli.rules_cmd",
    "sanctionwatch.cli.findings_cmd",
    "sanctionwatch.cli.report_cmd",
    "sanctionwatch.cli.simulate_cmd",
    "sanctionwatch.cli.eval_cmd",
    "sanctionwatch.cli.demo_cmd",
)


@app.callback()
def root(
    ctx: typer.Context,
    db: Path = typer.Option(DEFAULT_WORKSPACE, "--db", help="Workspace file (DuckDB)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print nothing but errors."),
    as_json: bool = typer.Option(False, "--json", help="Print one JSON document for scripts."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Log each SQL step."),
) -> None:
    """Global options apply to every sub-command."""
    ctx.obj = CliState(db=db, quiet=quiet, as_json=as_json)
    if verbose:
        logging.getLogger("sanctionwatch").setLevel(logging.DEBUG)
        logging.getLogger("sanctionwatch").addHandler(logging.StreamHandler())


def register_stages(target: typer.Typer) -> None:
    """Every stage registers its commands; a missing stage module is an error, not a gap."""
    for module_name in STAGE_MODULES:
        importlib.import_module(module_name).register(target)


register_stages(app)


def main() -> None:
    """Run the CLI (usage errors exit 2, as click does)."""
    sys.exit(app())
