"""Matplotlib figures as inline SVG that can sit many to a page without clashing ids."""

from __future__ import annotations

import io
import re
from contextlib import AbstractContextManager
from typing import Any

from matplotlib import rc_context
from matplotlib.figure import Figure

# Text stays text (the browser draws it with the system's DejaVu Sans), and ids are stable.
SVG_RC: dict[Any, Any] = {
    "svg.fonttype": "none",
    "svg.hashsalt": "sanctionwatch",
    "font.family": "DejaVu Sans",
    "font.size": 9,
    "axes.spines.top": False,
    "axes.spines.right": False,
}
_ID = re.compile(r'\bid="([^"]+)"')
_REF = re.compile(r'(href="#|url\(#)([^")]+)')
_METADATA = re.compile(r"<metadata>.*?</metadata>\s*", re.DOTALL)


def chart_style() -> AbstractContextManager[None]:
    """Matplotlib settings for every chart; draw the whole figure inside this block."""
    return rc_context(SVG_RC)


def figure_svg(figure: Figure, prefix: str) -> str:
    """The figure as an `<svg>` element whose ids all start with `prefix`."""
    buffer = io.StringIO()
    with rc_context(SVG_RC):
        figure.savefig(buffer, format="svg", metadata={"Date": None})
    return prefix_svg_ids(buffer.getvalue(), prefix)


def prefix_svg_ids(svg: str, prefix: str) -> str:
    """Drop the XML prolog and make every id (and reference to it) unique to this picture."""
    start = svg.find("<svg")
    body = _METADATA.sub("", svg[start:] if start >= 0 else svg)
    body = _ID.sub(lambda m: f'id="{prefix}-{m.group(1)}"', body)
    body = _REF.sub(lambda m: f"{m.group(1)}{prefix}-{m.group(2)}", body)
    return body.replace("<svg ", f'<svg class="chart" data-chart="{prefix}" ', 1)
