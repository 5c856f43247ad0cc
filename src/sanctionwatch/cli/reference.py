"""The CLI reference (docs/cli.md), generated from every command's --help.

Run `python -m sanctionwatch.cli.reference > docs/cli.md` after changing a command; a test fails
while the page and the commands disagree, so the reference cannot go stale.
"""

from __future__ import annotations

import typer.main
from typer._click.core import Command, Context  # typer 0.29 vendors click
from typer.core import TyperGroup

from sanctionwatch.cli.main import app

WIDTH = 100


def _help_of(command: Command, path: list[str]) -> str:
    ctx = Context(command, info_name=" ".join(path), terminal_width=WIDTH, max_content_width=WIDTH)
    return command.get_help(ctx)


def _walk(command: Command, path: list[str]) -> list[tuple[list[str], Command]]:
    found = [(path, command)]
    if isinstance(command, TyperGroup):
        for name in command.list_commands(Context(command)):
            sub = command.get_command(Context(command), name)
            if sub is not None and not sub.hidden:
                found.extend(_walk(sub, [*path, name]))
    return found


def render_cli_reference() -> str:
    """Markdown with one section per command, in the order --help lists them."""
    root = typer.main.get_command(app)
    parts = [
        "# CLI reference\n",
        "Generated from `--help` by `python -m sanctionwatch.cli.reference > docs/cli.md`;",
        "a test checks it matches the commands.\n",
    ]
    for path, command in _walk(root, ["sanctionwatch"]):
        parts.append(f"## `{' '.join(path)}`\n")
        parts.append("```\n" + _help_of(command, path).rstrip() + "\n```\n")
    return "\n".join(parts)


if __name__ == "__main__":
    print(render_cli_reference(), end="")
