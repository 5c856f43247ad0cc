"""The report's charts, drawn with matplotlib from plain series and returned as inline SVG."""

from __future__ import annotations

from datetime import date, timedelta
from importlib import resources
from itertools import accumulate

import yaml
from matplotlib.axes import Axes
from matplotlib.dates import AutoDateLocator, ConciseDateFormatter, date2num
from matplotlib.figure import Figure

from sanctionwatch.errors import ConfigError
from sanctionwatch.report.series import MonthlyPermits, NetworkGrowth
from sanctionwatch.report.svg import chart_style, figure_svg

WORK_COLOUR = "#b8322a"
OTHER_COLOUR = "#e3a33b"
MILESTONE_COLOUR = "#333333"
BAR_COLOUR = "#4a6f9c"


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
        labels = [_shorten(label, 48) for label, _ in reversed(shown)]
        values = [n for _, n in reversed(shown)]
        bars = axes.barh(labels, values, color=BAR_COLOUR)
        axes.bar_label(bars, padding=3, fontsize=8)
        axes.set_xlabel(xlabel)
        axes.margins(x=0.12)
        return figure_svg(figure, prefix)


def network_growth_svg(
    growth: NetworkGrowth, prefix: str, milestones: list[tuple[date, str, str]]
) -> str:
    """Cumulative companies, branches and permits of one network, month by month."""
    last = max(
        (m for series in (growth.companies, growth.branches, growth.permits) for m, _ in series),
        default=milestones[-1][0],
    )
    with chart_style():
        figure = Figure(figsize=(7.5, 2.8), layout="constrained")
        axes = figure.add_subplot()
        for label, series, colour in (
            ("companies registered", growth.companies, "#4a6f9c"),
            ("branches opened", growth.branches, "#3c8d5a"),
            ("permits issued", growth.permits, WORK_COLOUR),
        ):
            if series:
                months = [_num(m) for m, _ in series] + [_num(last)]
                totals = list(accumulate(n for _, n in series))
                totals.append(totals[-1])
                axes.step(
                    months, totals, where="post", label=f"{label} ({totals[-1]})", color=colour
                )
        for when, _short, _label in milestones:
            axes.axvline(_num(when), color=MILESTONE_COLOUR, linestyle=":", linewidth=0.8)
        _date_axis(axes)
        axes.set_ylabel("running total")
        axes.legend(loc="upper left", frameon=False, fontsize=8)
        return figure_svg(figure, prefix)


def _shorten(text: str, width: int) -> str:
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
