"""Indirect ownership against a brute-force oracle, cycles, share issues, the 50 % rule."""

from __future__ import annotations

import itertools
import random
from datetime import date

import networkx as nx
import pytest
from rules_world import World

from sanctionwatch.graph import (
    compute_blocked_parties,
    compute_indirect_ownership,
    find_ownership_issues,
    ownership_paths,
)


def oracle_shares(edges: dict[tuple[str, str], float]) -> dict[tuple[str, str], float]:
    """Sum over simple paths of the product of shares, company -> every owner up the chain."""
    g = nx.DiGraph()
    for (owned, owner), share in edges.items():
        g.add_edge(owned, owner, share=share)
    result: dict[tuple[str, str], float] = {}
    for company in {owned for owned, _ in edges}:
        for owner in g.nodes:
            if owner == company:
                continue
            for path in nx.all_simple_paths(g, company, owner):
                product = 1.0
                for a, b in itertools.pairwise(path):
                    product *= g[a][b]["share"]
                result[(company, owner)] = result.get((company, owner), 0.0) + product
    return result


@pytest.mark.parametrize("seed", range(6))
def test_indirect_shares_match_the_oracle_on_random_graphs(world: World, seed: int) -> None:
    rng = random.Random(seed)
    companies = [f"10000000001{i:02d}" for i in range(12)]
    edges: dict[tuple[str, str], float] = {}
    for c in companies:
        world.add_company(c)
        for owner in rng.sample(companies, rng.randint(0, 3)):
            if owner != c:
                share = rng.choice([10, 25, 40, 50])
                edges[(c, owner)] = share / 100
                world.add_founder(c, owner, party_ogrn=owner, share_pct=share)
        if rng.random() < 0.5:
            world.add_founder(c, "Иванов", inn=f"77{seed}", share_pct=20)
            edges[(c, f"person:77{seed}")] = 0.2
    compute_indirect_ownership(world.ws)
    got = {
        (c, k.removeprefix("company:")): s / 100
        for c, k, s in world.ws.rows(
            "read", "SELECT company_ogrn, owner_key, share_pct FROM ownership_indirect"
        )
    }
    expected = {k: v for k, v in oracle_shares(edges).items()}
    assert got.keys() == expected.keys()
    for key, value in expected.items():
        assert got[key] == pytest.approx(value)


def test_six_level_chain_multiplies_shares(world: World) -> None:
    chain = [f"100000000020{i}" for i in range(7)]
    for c in chain:
        world.add_company(c)
    for child, parent in itertools.pairwise(chain):
        world.add_founder(child, parent, party_ogrn=parent, share_pct=50)
    world.add_founder(chain[-1], "Бенефициар", inn="500100732259", share_pct=100)
    stats = compute_indirect_ownership(world.ws)
    share = world.ws.scalar(
        "s",
        "SELECT share_pct FROM ownership_indirect WHERE company_ogrn = $c "
        "AND owner_key = 'person:500100732259'",
        {"c": chain[0]},
    )
    assert share == pytest.approx(100 * 0.5**6)
    assert stats.levels == 7
    (path,) = [p for p in ownership_paths(world.ws, chain[0]) if p["depth"] == 7]
    assert path["through_companies"] == chain[1:]


def test_cycle_terminates_and_is_reported(world: World) -> None:
    for c in ("1000000000301", "1000000000302", "1000000000303"):
        world.add_company(c)
    world.add_founder("1000000000301", "b", party_ogrn="1000000000302", share_pct=60)
    world.add_founder("1000000000302", "c", party_ogrn="1000000000303", share_pct=60)
    world.add_founder("1000000000303", "a", party_ogrn="1000000000301", share_pct=60)
    stats = compute_indirect_ownership(world.ws)
    assert stats.cycles_cut == 3
    self_owned = world.ws.scalar(
        "self",
        "SELECT count(*) FROM ownership_indirect WHERE owner_key = 'company:' || company_ogrn",
    )
    assert self_owned == 0
    issues = find_ownership_issues(world.ws, as_of=date(2020, 1, 1))
    assert issues == {"ownership_cycle": 3}


def test_shares_above_100_are_flagged_not_normalised(world: World) -> None:
    world.add_company("1000000000401")
    world.add_founder("1000000000401", "Один", share_pct=120)
    world.add_company("1000000000402")
    world.add_founder("1000000000402", "Один", share_pct=60)
    world.add_founder("1000000000402", "Два", share_pct=60)
    world.add_company("1000000000403")
    world.add_founder("1000000000403", "Три", share_pct=33.33)
    world.add_founder("1000000000403", "Четыре", share_pct=33.33)
    world.add_founder("1000000000403", "Пять", share_pct=33.34)
    issues = find_ownership_issues(world.ws, as_of=date(2020, 1, 1))
    assert issues == {"share_over_100": 1, "shares_sum_over_100": 2}
    compute_indirect_ownership(world.ws)
    kept = world.ws.scalar(
        "s", "SELECT share_pct FROM ownership_indirect WHERE company_ogrn = '1000000000401'"
    )
    assert kept == pytest.approx(120)


def test_fifty_percent_rule_aggregates_and_goes_through_blocked_companies(world: World) -> None:
    # A and B (listed, different programmes) hold 25 % each of X: X blocked (FAQ 401 example 2).
    # X holds 50 % of Y: Y blocked. Y holds 49 % of Z: Z not blocked.
    for c in ("1000000000501", "1000000000502", "1000000000503"):
        world.add_company(c)
    a = world.add_founder("1000000000501", "A", inn="1", share_pct=25)
    b = world.add_founder("1000000000501", "B", inn="2", share_pct=25)
    world.add_founder("1000000000502", "X", party_ogrn="1000000000501", share_pct=50)
    world.add_founder("1000000000503", "Y", party_ogrn="1000000000502", share_pct=49)
    world.add_match("company_people", a, "ofac-a", programs=("DPRK3",), list_name="ofac-sdn")
    world.add_match(
        "company_people", b, "ofac-b", programs=("RUSSIA-EO14024",), list_name="ofac-sdn"
    )
    added = compute_blocked_parties(world.ws, as_of=date(2020, 1, 1), lists=["ofac-sdn"])
    assert added == 2
    blocked = {r[0] for r in world.ws.rows("b", "SELECT party_key FROM blocked_parties")}
    assert {"company:1000000000501", "company:1000000000502"} <= blocked
    assert "company:1000000000503" not in blocked
