"""docs/cli.md is generated from --help; it must match the commands as they are."""

from __future__ import annotations

from pathlib import Path

from sanctionwatch.cli.reference import render_cli_reference

DOC = Path(__file__).resolve().parents[2] / "docs" / "cli.md"


def test_cli_reference_is_up_to_date() -> None:
    assert DOC.read_text(encoding="utf-8") == render_cli_reference(), (
        "docs/cli.md is stale: run `python -m sanctionwatch.cli.reference > docs/cli.md`"
    )


def test_every_option_has_help_text() -> None:
    reference = render_cli_reference()
    for line in reference.splitlines():
        stripped = line.strip()
        if stripped.startswith("--") and "  " not in stripped and stripped != "--help":
            raise AssertionError(f"option without help text: {stripped!r}")
