"""Which nodes each network picture shows, and in what order.

One picture per connected part of the ownership graph (a control network restricted to the
flagged companies and everyone above them), named by the control network it belongs to. A part
too big to read is drawn as the ownership trees of its flagged companies instead (the company and
every founder and director up its chains), leaving out a tree that another one already contains.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import networkx as nx

from sanctionwatch.report.ownership import OwnershipGraph

MAX_NODES_PER_PICTURE = 40


@dataclass(frozen=True)
class PictureSet:
    """The nodes of one picture and how to title it."""

    network_id: str
    title: str
    nodes: list[str]
    companies: int


def picture_sets(
    owned: OwnershipGraph, control_of: dict[str, str], max_nodes: int = MAX_NODES_PER_PICTURE
) -> list[PictureSet]:
    """Pictures to draw, largest first; among equals, listed parties, then DPRK parties.

    `control_of` maps an OGRN to its control network id (empty without the graph stage).
    """
    graph = owned.graph
    sets: list[PictureSet] = []
    for fallback_id, nodes in owned.networks():
        ids = Counter(control_of[o] for o in owned.company_ogrns(nodes) if o in control_of)
        network_id = ids.most_common(1)[0][0] if ids else fallback_id
        if len(nodes) <= max_nodes:
            sets.append(_picture(owned, network_id, f"Network {network_id}", nodes))
            continue
        for company in _maximal_trees(graph, [n for n in nodes if graph.nodes[n].get("flagged")]):
            tree = sorted({company, *nx.ancestors(graph, company)})
            label = str(graph.nodes[company].get("label", company))
            sets.append(
                _picture(owned, network_id, f"Network {network_id}, owners of {label}", tree)
            )
    sets.sort(key=lambda s: (-len(s.nodes), -_weight(graph, s.nodes), s.title))
    return sets


def _maximal_trees(graph: nx.DiGraph, flagged: list[str]) -> list[str]:
    """The flagged companies whose ownership tree is not inside another flagged company's."""
    trees = {company: {company, *nx.ancestors(graph, company)} for company in sorted(flagged)}
    kept = []
    for company, tree in trees.items():
        inside = any(
            tree < trees[other] or (tree == trees[other] and other < company)
            for other in trees
            if other != company
        )
        if not inside:
            kept.append(company)
    return kept


def _weight(graph: nx.DiGraph, nodes: list[str]) -> int:
    """Listed parties count most, then DPRK parties, then flagged companies."""
    data = [graph.nodes[n] for n in nodes]
    return (
        100 * sum(bool(d.get("listed")) for d in data)
        + 10 * sum(bool(d.get("dprk")) for d in data)
        + sum(bool(d.get("flagged")) for d in data)
    )


def _picture(owned: OwnershipGraph, network_id: str, title: str, nodes: list[str]) -> PictureSet:
    return PictureSet(network_id, title, nodes, len(owned.company_ogrns(nodes)))
