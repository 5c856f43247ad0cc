"""What a screening run leaves besides matches: the subjects it could not screen, and itself."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sanctionwatch.workspace import Workspace

if TYPE_CHECKING:
    from sanctionwatch.matching.screen import ScreenSummary


def write_unscreenable(
    ws: Workspace,
    unscreenable: dict[tuple[str, str], str],
    rescreened: list[tuple[str, str]] | None,
) -> None:
    """Replace the table (every subject was read) or the rows of the re-read subjects."""
    if rescreened is None:
        ws.run("screen: clear unscreenable", "DELETE FROM screen_unscreenable")
    elif rescreened:
        ws.run(
            "screen: drop unscreenable of re-read subjects",
            """DELETE FROM screen_unscreenable u USING (SELECT unnest(?) AS t, unnest(?) AS i) s
               WHERE u.subject_table = s.t AND u.subject_id = s.i""",
            [[t for t, _ in rescreened], [i for _, i in rescreened]],
        )
    if unscreenable:
        keys = sorted(unscreenable)
        ws.run(
            "screen: write unscreenable",
            "INSERT INTO screen_unscreenable SELECT unnest(?), unnest(?), unnest(?)",
            [[t for t, _ in keys], [i for _, i in keys], [unscreenable[k] for k in keys]],
        )


def record_run(ws: Workspace, summary: ScreenSummary, started_at: datetime) -> int:
    """Append the run to screen_runs; returns its run_id."""
    run_id = int(
        ws.scalar("screen: next run id", "SELECT coalesce(max(run_id), 0) + 1 FROM screen_runs")
    )
    ws.run(
        "screen: record run",
        "INSERT INTO screen_runs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            run_id,
            started_at,
            summary.threshold,
            summary.mode,
            summary.subjects,
            summary.candidates,
            summary.matches,
            summary.unscreenable,
            summary.seconds,
        ],
    )
    return run_id


def latest_run_threshold(ws: Workspace) -> float | None:
    """The threshold of the latest screening run, None before any run."""
    value = ws.scalar(
        "screen: latest run threshold",
        "SELECT threshold FROM screen_runs ORDER BY run_id DESC LIMIT 1",
    )
    return None if value is None else float(value)
