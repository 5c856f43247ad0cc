"""One network picture: owners above what they own (layout.py), written as SVG.

The SVG carries the hooks report.js uses (a viewport group to zoom and pan, `data-node` on each
node to show its records); the records travel beside it as JSON.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from html import escape
from typing import Any

from sanctionwatch.report.layout import bounding_box, layered_positions
from sanctionwatch.report.ownership import OwnershipGraph

LABEL_WIDTH = 20  # characters shown under a node; the full name is in its tooltip and panel
PAD_X = 80.0  # half a label's width, so the outermost labels stay inside the picture
PAD_TOP = 34.0
PAD_BOTTOM = 44.0  # the label under the lowest nodes


@dataclass(frozen=True)
class NetworkPicture:
    """A drawn network: its SVG, the records of its nodes as JSON, and what it holds."""

    picture_id: str
    network_id: str
    svg: str
    node_data_json: str
    companies: int
    nodes: int
    title: str = ""


def draw_network(
    owned: OwnershipGraph, network_id: str, nodes: list[str], picture_id: str, title: str = ""
) -> NetworkPicture:
    """The picture of one network (the nodes given, with the edges among them)."""
    graph = owned.graph.subgraph(nodes).copy()
    positions = layered_positions(graph)
    index = {node: number for number, node in enumerate(sorted(graph))}
    left, top, width, height = bounding_box(positions, PAD_X, 0.0)
    top, height = top - PAD_TOP, height + PAD_TOP + PAD_BOTTOM
    parts = [
        f'<svg class="netgraph" id="{picture_id}" data-network="{escape(network_id)}" '
        f'width="{width:.0f}" height="{height:.0f}" '
        f'viewBox="{left:.0f} {top:.0f} {width:.0f} {height:.0f}" '
        'xmlns="http://www.w3.org/2000/svg" role="img" '
        f'aria-label="ownership and control of network {escape(network_id)}">',
        f'<defs><marker id="{picture_id}-arrow" viewBox="0 0 10 10" refX="10" refY="5" '
        'markerWidth="7" markerHeight="7" orient="auto-start-reverse">'
        '<path d="M0,0 L10,5 L0,10 z" fill="#777"/></marker></defs>',
        '<g class="viewport">',
    ]
    for source, target, data in sorted(graph.edges(data=True)):
        parts.append(_edge_svg(positions[source], positions[target], data, picture_id))
    for node in sorted(graph):
        parts.append(_node_svg(node, index[node], graph.nodes[node], positions[node]))
    parts.append("</g></svg>")
    node_data = {
        str(index[node]): {
            "id": node,
            "label": graph.nodes[node].get("label", node),
            "attributes": {
                k: v for k, v in graph.nodes[node].items() if k not in ("label", "layer")
            },
            "records": owned.records.get(node, []),
        }
        for node in graph
    }
    return NetworkPicture(
        picture_id=picture_id,
        network_id=network_id,
        svg="".join(parts),
        node_data_json=json.dumps(node_data, ensure_ascii=False, default=str).replace("</", "<\\/"),
        companies=sum(1 for n in graph if graph.nodes[n].get("kind") == "company"),
        nodes=len(graph),
        title=title,
    )


def _edge_svg(
    start: tuple[float, float], end: tuple[float, float], data: dict[str, Any], picture_id: str
) -> str:
    (x1, y1), (x2, y2) = start, end
    length = max(((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5, 1.0)
    # Stop the line at the target's edge so the arrow head shows.
    x2s, y2s = x2 - (x2 - x1) / length * 22, y2 - (y2 - y1) / length * 22
    share = data.get("share")
    role = str(data.get("role", ""))
    label = f"{share:g}%" if isinstance(share, float) else ""
    if "director" in role:
        label = f"{label} director".strip()
    dashed = ' stroke-dasharray="5 4"' if role == "director" else ""
    mid_x, mid_y = x1 + (x2s - x1) * 0.55, y1 + (y2s - y1) * 0.55
    return (
        f'<g class="edge {escape(role.replace("+", " "))}"><line x1="{x1:.1f}" y1="{y1:.1f}" '
        f'x2="{x2s:.1f}" y2="{y2s:.1f}" stroke="#777" stroke-width="1.3"{dashed} '
        f'marker-end="url(#{picture_id}-arrow)"/>'
        f'<text class="share" x="{mid_x:.1f}" y="{mid_y:.1f}">{escape(label)}</text></g>'
    )


def _node_svg(node: str, number: int, data: dict[str, Any], position: tuple[float, float]) -> str:
    x, y = position
    kind = str(data.get("kind", "company"))
    classes = " ".join(
        ["node", kind] + [flag for flag in ("dprk", "listed", "flagged") if data.get(flag)]
    )
    shape = (
        f'<circle cx="{x:.1f}" cy="{y:.1f}" r="18"/>'
        if kind == "person"
        else f'<rect x="{x - 22:.1f}" y="{y - 16:.1f}" width="44" height="32" rx="4"/>'
    )
    label = str(data.get("label", node))
    full = str(data.get("full_name") or label)
    short = label if len(label) <= LABEL_WIDTH else label[: LABEL_WIDTH - 1] + "…"
    badge = "UN" if data.get("listed") else ("KP" if data.get("dprk") else "")
    return (
        f'<g class="{classes}" data-node="{number}" tabindex="0">'
        f"<title>{escape(full)}</title>{shape}"
        f'<text class="badge" x="{x:.1f}" y="{y + 4:.1f}">{badge}</text>'
        f'<text class="label" x="{x:.1f}" y="{y + 34:.1f}">{escape(short)}</text></g>'
    )
