"""The report's charts, drawn with matplotlib from plain series and returned as inline SVG."""

from __future__ import annotations

from datetime import date, timedelta
from importlib import resources

import yaml
from matplotlib.axes import Axes
from matplotlib.dates import AutoDateLocator, ConciseDateFormatter, date2num
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from sanctionwatch.errors import ConfigError
from sanctionwatch.report.series import MonthlyPermits, NetworkGrowth
from sanctionwatch.report.svg import chart_style, figure_svg

WORK_COLOUR = "#b8322a"
OTHER_COLOUR = "#e3a33b"
MILESTONE_COLOUR = "#333333"
BAR_COLOUR = "#4a6f9c"
BRANCH_COLOUR = "#3c8d5a"


def load_milestones() -> list[tuple[date, str, str]]:
    """(date, short label, long label) of each dated measure, from milestones.yaml."""
    source = resources.files("sanctionwatch.report").joinpath("milestones.yaml")
    entries = yaml.safe_load(source.read_text(encoding="utf-8"))
    if not isinstance(entries, list):
        raise ConfigError("report/milestones.yaml: expected a list of milestones")
    milestones = []
    for number, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict) or not isinstance(entry.get("date"), date):
            raise ConfigError(f"report/milestones.yaml: milestone {number} needs a date")
        milestones.append((entry["date"], str(entry["short"]), str(entry["label"])))
    return milestones


def permits_timeline_svg(
    months: list[MonthlyPermits], milestones: list[tuple[date, str, str]]
) -> str:
    """Monthly permits to DPRK nationals, stacked by status, with the measures' dates marked."""
    with chart_style():
        figure = Figure(figsize=(9.5, 3.6), layout="constrained")
        axes = figure.add_subplot()
        x = [_num(m.month + timedelta(days=14)) for m in months]
        work = [m.work for m in months]
        axes.bar(x, work, width=25, color=WORK_COLOUR, label="work permit or patent")
        axes.bar(
            x,
            [m.other for m in months],
            width=25,
            bottom=work,
            color=OTHER_COLOUR,
            label="study, tourism, business and other statuses",
        )
        top = max((m.work + m.other for m in months), default=1)
        for when, short, _label in milestones:
            axes.axvline(_num(when), color=MILESTONE_COLOUR, linestyle="--", linewidth=0.9)
            axes.annotate(
                short,
                (_num(when), top * 1.18),
                rotation=90,
                fontsize=8,
                ha="right",
                va="top",
                xytext=(-2, 0),
                textcoords="offset points",
            )
        axes.set_ylim(0, top * 1.2)
        _date_axis(axes)
        axes.set_ylabel("permits issued")
        axes.legend(loc="lower left", bbox_to_anchor=(0, 1.0), ncols=2, frameon=False, fontsize=8)
        return figure_svg(figure, "permits-timeline")


def ranked_bars_svg(rows: list[tuple[str, int]], prefix: str, xlabel: str, limit: int = 15) -> str:
    """Horizontal bars, largest on top; beyond `limit` rows the rest are summed into one bar."""
    shown = rows[:limit]
    if len(rows) > limit:
        shown.append((f"{len(rows) - limit} others", sum(n for _, n in rows[limit:])))
    with chart_style():
        figure = Figure(figsize=(7.5, 0.32 * max(len(shown), 3) + 0.8), layout="constrained")
        axes = figure.add_subplot()
        labels = [shorten(label, 48) for label, _ in reversed(shown)]
        values = [n for _, n in reversed(shown)]
        bars = axes.barh(labels, values, color=BAR_COLOUR)
        axes.bar_label(bars, padding=3, fontsize=8)
        axes.set_xlabel(xlabel)
        axes.margins(x=0.12)
        return figure_svg(figure, prefix)


def network_growth_grid_svg(
    panels: list[tuple[str, str, NetworkGrowth]],
    milestones: list[tuple[date, str, str]],
    columns: int = 3,
) -> str:
    """Small multiples, one panel per network: permits issued per month as bars, companies
    registered and branches opened per month as markers, the measures' dates as dotted lines.

    `panels` holds (title, subtitle, growth); all panels share the time axis so their pace
    compares at a glance, each keeps its own count axis.
    """
    rows = max(1, -(-len(panels) // columns))
    # The time axis starts with the first permit (or two years before the first measure), so the
    # years around the bans get the room; companies registered earlier are counted in a note.
    firsts = [g.permits[0][0] for _, _, g in panels if g.permits]
    start = min([*firsts, milestones[0][0].replace(year=milestones[0][0].year - 2)])
    start = start.replace(day=1)
    with chart_style():
        figure = Figure(figsize=(10.5, 0.35 + 1.95 * rows), layout="constrained")
        grid = figure.subplots(rows, columns, sharex=True, squeeze=False)
        for number, axes in enumerate(grid.flat):
            if number >= len(panels):
                axes.set_visible(False)
                continue
            title, subtitle, growth = panels[number]
            _growth_panel(axes, growth, milestones, start)
            axes.set_title(f"{title}\n{subtitle}", fontsize=7.5, loc="left")
        handles, labels = grid.flat[0].get_legend_handles_labels()
        if len(panels) > 1 or handles:
            figure.legend(
                handles,
                labels,
                loc="outside upper left",
                ncols=4,
                frameon=False,
                fontsize=8,
            )
        return figure_svg(figure, "growth-grid")


def _growth_panel(
    axes: Axes, growth: NetworkGrowth, milestones: list[tuple[date, str, str]], start: date
) -> None:
    if growth.permits:
        axes.bar(
            [_num(m + timedelta(days=14)) for m, _ in growth.permits],
            [n for _, n in growth.permits],
            width=28,
            color=WORK_COLOUR,
            label="permits issued",
        )
    for label, series, colour, marker in (
        ("companies registered", growth.companies, BAR_COLOUR, "^"),
        ("branches opened", growth.branches, BRANCH_COLOUR, "s"),
    ):
        shown = [(m, n) for m, n in series if m >= start]
        axes.plot(
            [_num(m + timedelta(days=14)) for m, _ in shown],
            [n for _, n in shown],
            linestyle="none",
            marker=marker,
            markersize=4.5,
            color=colour,
            label=label,
        )
    for number, (when, _short, _label) in enumerate(milestones):
        axes.axvline(
            _num(when),
            color=MILESTONE_COLOUR,
            linestyle=":",
            linewidth=0.8,
            label=" · ".join(m[1] for m in milestones) if number == 0 else None,
        )
    earlier = sum(n for m, n in growth.companies if m < start)
    if earlier:
        axes.annotate(
            f"+{earlier} registered before {start.year}",
            (0.01, 0.97),
            xycoords="axes fraction",
            fontsize=6.5,
            va="top",
            color=BAR_COLOUR,
        )
    axes.set_xlim(_num(start), None)
    axes.set_ylim(bottom=0, top=max(1.0, axes.get_ylim()[1]) * 1.15)
    axes.yaxis.set_major_locator(MaxNLocator(integer=True, nbins=4))
    axes.tick_params(labelsize=7)
    _date_axis(axes)


def shorten(text: str, width: int) -> str:
    """`text` cut to `width` characters, an ellipsis marking the cut."""
    return text if len(text) <= width else text[: width - 1] + "…"


def _num(day: date) -> float:
    """Matplotlib's number for a day (its date converter, typed)."""
    return float(date2num(day))  # type: ignore[no-untyped-call]


def _date_axis(axes: Axes) -> None:
    """Readable date ticks: years, with months where there is room."""
    axes.xaxis_date()
    locator = AutoDateLocator()  # type: ignore[no-untyped-call]
    axes.xaxis.set_major_locator(locator)
    axes.xaxis.set_major_formatter(ConciseDateFormatter(locator))  # type: ignore[no-untyped-call]
