"""Where each node of a network picture goes: owners above what they own, in readable rows.

A node's layer is its height above the companies it ends in (the longest chain of ownership or
direction below it), so a founder sits one row above the company it founds, not at the top with
the ultimate owners. Cycles (A founds B, B founds A) are folded into one layer first. Nodes in a
layer are ordered to put them near what they link to (a few barycentre sweeps), and a layer wider
than `per_row` wraps onto several rows, so a company with thirty founders stays legible.
"""

from __future__ import annotations

import networkx as nx

X_GAP = 150.0  # between node centres in a row: room for a 20-character label
ROW_GAP = 90.0  # between the rows a wide layer wraps onto
LAYER_GAP = 136.0  # between layers: room for a share label on the edges
PER_ROW = 8
SWEEPS = 4


def layer_of(graph: nx.DiGraph) -> dict[str, int]:
    """0 for the owned companies at the bottom, growing up each chain of owners."""
    condensed = nx.condensation(graph)
    height: dict[int, int] = {}
    for component in reversed(list(nx.topological_sort(condensed))):
        below = [height[c] + 1 for c in condensed.successors(component)]
        height[component] = max(below, default=0)
    members = condensed.graph["mapping"]
    return {node: height[members[node]] for node in graph}


def ordered_layers(graph: nx.DiGraph, layers: dict[str, int]) -> list[list[str]]:
    """Nodes per layer, top (owners) first, ordered to keep linked nodes near each other."""
    top = max(layers.values(), default=0)
    rows: list[list[str]] = [[] for _ in range(top + 1)]
    for node in sorted(graph, key=lambda n: (str(graph.nodes[n].get("label", n)), n)):
        rows[top - layers[node]].append(node)
    undirected = graph.to_undirected(as_view=True)
    for sweep in range(SWEEPS):
        sequence = range(1, len(rows)) if sweep % 2 == 0 else range(len(rows) - 2, -1, -1)
        for index in sequence:
            reference = rows[index - 1] if sweep % 2 == 0 else rows[index + 1]
            place = {node: number for number, node in enumerate(reference)}
            rows[index] = _by_barycentre(rows[index], place, undirected)
    return rows


def _by_barycentre(row: list[str], place: dict[str, int], graph: nx.Graph) -> list[str]:
    keys: dict[str, float] = {}
    for number, node in enumerate(row):
        linked = [place[n] for n in graph.neighbors(node) if n in place]
        keys[node] = sum(linked) / len(linked) if linked else float(number)
    return sorted(row, key=lambda n: (keys[n], row.index(n)))


def layered_positions(graph: nx.DiGraph, per_row: int = PER_ROW) -> dict[str, tuple[float, float]]:
    """(x, y) of each node, y growing downwards; a layer's rows are centred on each other."""
    if len(graph) == 0:
        return {}
    rows = ordered_layers(graph, layer_of(graph))
    widest = min(per_row, max(len(row) for row in rows))
    positions: dict[str, tuple[float, float]] = {}
    y = 0.0
    for row in rows:
        chunks = [row[i : i + per_row] for i in range(0, len(row), per_row)] or [[]]
        for number, chunk in enumerate(chunks):
            # stagger wrapped rows by half a gap so edges from above pass between the nodes
            shift = (widest - len(chunk)) / 2 + (0.5 if number % 2 and len(chunk) < widest else 0)
            for column, node in enumerate(chunk):
                positions[node] = ((column + shift) * X_GAP, y)
            y += ROW_GAP
        y += LAYER_GAP - ROW_GAP
    return positions


def bounding_box(
    positions: dict[str, tuple[float, float]], pad_x: float, pad_y: float
) -> tuple[float, float, float, float]:
    """(x, y, width, height) of the nodes with `pad_x`/`pad_y` around them."""
    xs = [x for x, _ in positions.values()] or [0.0]
    ys = [y for _, y in positions.values()] or [0.0]
    left, top = min(xs) - pad_x, min(ys) - pad_y
    return left, top, max(xs) + pad_x - left, max(ys) + pad_y - top
