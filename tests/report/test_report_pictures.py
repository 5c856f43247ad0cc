"""Network pictures: owners above what they own, wide layers wrapped, the viewBox fitted to the
nodes, long names cut with the full name kept, huge networks split into ownership trees."""

from __future__ import annotations

import re

import lxml.etree
import networkx as nx

from sanctionwatch.report.graph_svg import LABEL_WIDTH, PAD_X, draw_network
from sanctionwatch.report.layout import PER_ROW, layer_of, layered_positions
from sanctionwatch.report.ownership import OwnershipGraph
from sanctionwatch.report.picture_sets import picture_sets

LONG = "Общество с ограниченной ответственностью Очень Длинное Название Номер"


def _node(graph: nx.DiGraph, node: str, **values: object) -> None:
    defaults = {
        "label": node,
        "kind": node.split(":")[0],
        "ogrn": "",
        "dprk": False,
        "listed": False,
        "flagged": False,
        "network_id": "",
        "measures": "",
    }
    graph.add_node(node, **{**defaults, **values})


def _owned(founders_of_target: int = 3) -> OwnershipGraph:
    """A parent company owning a flagged target; the target has many person founders."""
    graph = nx.DiGraph()
    _node(graph, "company:2", label=LONG, ogrn="2", flagged=True)
    _node(graph, "company:1", label="ООО Родитель", ogrn="1")
    _node(graph, "person:kp", label="Ким", dprk=True, listed=True)
    graph.add_edge("company:1", "company:2", role="founder", share=51.0)
    graph.add_edge("person:kp", "company:1", role="founder", share=100.0)
    for n in range(founders_of_target):
        _node(graph, f"person:{n}", label=f"Founder {n}")
        graph.add_edge(f"person:{n}", "company:2", role="founder", share=1.0)
    return OwnershipGraph(graph=graph)


def test_owners_sit_above_what_they_own_and_a_founder_one_layer_up() -> None:
    graph = _owned().graph
    layers = layer_of(graph)
    assert layers["company:2"] == 0 and layers["person:0"] == 1 and layers["person:kp"] == 2
    positions = layered_positions(graph)
    assert all(positions[a][1] < positions[b][1] for a, b in graph.edges)


def test_a_cycle_is_laid_out_on_one_layer() -> None:
    graph = _owned().graph
    graph.add_edge("company:2", "company:1", role="founder", share=10.0)
    layers = layer_of(graph)
    assert layers["company:1"] == layers["company:2"]
    assert len(layered_positions(graph)) == len(graph)


def test_a_wide_layer_wraps_onto_rows() -> None:
    graph = _owned(founders_of_target=30).graph
    positions = layered_positions(graph)
    rows: dict[float, int] = {}
    for _x, y in positions.values():
        rows[y] = rows.get(y, 0) + 1
    assert max(rows.values()) <= PER_ROW
    assert len({positions[f"person:{n}"][1] for n in range(30)}) == -(-31 // PER_ROW)


def test_svg_viewbox_fits_its_nodes_and_labels_are_cut() -> None:
    owned = _owned(founders_of_target=12)
    picture = draw_network(owned, "ctl-1", sorted(owned.graph), "net-9")
    svg = lxml.etree.fromstring(picture.svg.encode())
    left, top, width, height = (float(v) for v in svg.get("viewBox").split())
    centres = [(float(c.get("cx")), float(c.get("cy"))) for c in svg.iter("{*}circle")] + [
        (float(r.get("x")) + 22, float(r.get("y")) + 16) for r in svg.iter("{*}rect")
    ]
    xs, ys = [x for x, _ in centres], [y for _, y in centres]
    assert len(centres) == len(owned.graph)
    assert left <= min(xs) - 60 and left + width >= max(xs) + 60  # labels' room kept
    assert top <= min(ys) - 20 and top + height >= max(ys) + 40
    assert width - (max(xs) - min(xs)) <= 2 * PAD_X + 1  # and no more than that room
    assert height - (max(ys) - min(ys)) <= 100
    labels = [t.text or "" for t in svg.iter("{*}text") if t.get("class") == "label"]
    assert max(len(label) for label in labels) <= LABEL_WIDTH
    assert LONG in [t.text for t in svg.iter("{*}title")]  # the full name on hover
    assert {"51%", "100%"} <= {t.text for t in svg.iter("{*}text") if t.get("class") == "share"}
    listed = [g for g in svg.iter("{*}g") if "listed" in (g.get("class") or "").split()]
    assert len(listed) == 1 and re.search(r">UN<", lxml.etree.tostring(listed[0]).decode())


def test_a_huge_network_is_drawn_as_its_flagged_companies_ownership_trees() -> None:
    owned = _owned(founders_of_target=3)
    graph = owned.graph
    for company in ("3", "4"):  # two more flagged companies owned by the same parent
        _node(graph, f"company:{company}", ogrn=company, flagged=True)
        graph.add_edge("company:1", f"company:{company}", role="founder", share=100.0)
    _node(graph, "person:d", label="Director")
    graph.add_edge("person:d", "company:4", role="director")
    whole = picture_sets(owned, {o: "ctl-1" for o in "1234"})
    assert len(whole) == 1 and len(whole[0].nodes) == len(graph)
    split = picture_sets(owned, {o: "ctl-1" for o in "1234"}, max_nodes=5)
    trees = {tuple(s.nodes) for s in split}
    assert trees == {
        ("company:1", "company:2", "person:0", "person:1", "person:2", "person:kp"),
        ("company:1", "company:4", "person:d", "person:kp"),
        ("company:1", "company:3", "person:kp"),
    }
    assert all(s.network_id == "ctl-1" and "owners of" in s.title for s in split)
    assert [len(s.nodes) for s in split] == sorted((len(s.nodes) for s in split), reverse=True)
