"""The ownership and control graph of flagged companies for Gephi, yEd and the like."""

from __future__ import annotations

from pathlib import Path

import networkx as nx

from sanctionwatch.report.ownership import build_ownership_graph
from sanctionwatch.workspace import Workspace


def export_graph(ws: Workspace, out: Path, fmt: str) -> dict[str, int]:
    """Write the graph as GraphML or GEXF; each node also carries the record ids behind it."""
    owned = build_ownership_graph(ws)
    graph = owned.graph.copy()
    for node, records in owned.records.items():
        graph.nodes[node]["records"] = "; ".join(
            f"{r['source_file']}:{r['source_row']}" for r in records
        )
    if fmt == "graphml":
        nx.write_graphml(graph, out, encoding="utf-8")
    else:
        nx.write_gexf(graph, out, encoding="utf-8")
    return {"nodes": graph.number_of_nodes(), "edges": graph.number_of_edges()}
