"""Networks: union-find against networkx on random graphs, links by shared attributes."""

from __future__ import annotations

import random

import networkx as nx
import pytest
from rules_world import World

from sanctionwatch.graph import build_networks, connected_components


@pytest.mark.parametrize("seed", range(10))
def test_components_match_networkx(seed: int) -> None:
    rng = random.Random(seed)
    nodes = [f"c{i:03d}" for i in range(rng.randint(5, 80))]
    values = [f"v{i}" for i in range(rng.randint(1, 40))]
    pairs = [(rng.choice(nodes), rng.choice(values)) for _ in range(rng.randint(0, 90))]
    g = nx.Graph()
    g.add_nodes_from(nodes)
    g.add_edges_from((n, "\x00" + v) for n, v in pairs)
    expected = {
        n: min(x for x in comp if not x.startswith("\x00"))
        for comp in nx.connected_components(g)
        for n in comp
        if not n.startswith("\x00")
    }
    assert connected_components(pairs, nodes) == expected


def test_companies_linked_by_founder_phone_and_employee(world: World) -> None:
    world.add_company("1000000000601", phone="+7 (423) 222-33-44")
    world.add_company("1000000000602", phone="8 423 2223344")
    world.add_company("1000000000603")
    world.add_company("1000000000604")
    world.add_company("1000000000605")
    world.add_founder("1000000000603", "Петров", inn="111")
    world.add_founder("1000000000604", "Петров", inn="111")
    world.add_permit("W-1", employer_ogrn="1000000000602", passport_number="836000001")
    world.add_permit("W-2", employer_ogrn="1000000000603", passport_number="836000001")
    assert build_networks(world.ws) == 2
    rows = dict(world.ws.rows("n", "SELECT company_ogrn, network_id FROM company_networks"))
    assert {
        rows[c] for c in ("1000000000601", "1000000000602", "1000000000603", "1000000000604")
    } == {"net-1000000000601"}
    assert rows["1000000000605"] == "net-1000000000605"
