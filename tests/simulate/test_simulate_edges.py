"""The harder variants issue 5 lists are planted in every world, and the truth reads them right."""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

import pytest

from sanctionwatch.errors import SanctionwatchError
from sanctionwatch.simulate import WorldSummary, build_world, generate_world


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> WorldSummary:
    return generate_world(tmp_path_factory.mktemp("edges") / "w", seed=7, scale=0.02)


def rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def truth(world: WorldSummary) -> dict[str, set[str]]:
    found: dict[str, set[str]] = defaultdict(set)
    for row in rows(world.out / "truth" / "findings.csv"):
        found[row["measure_id"]].add(row["subject_key"])
    return found


def negatives(world: WorldSummary) -> dict[str, set[str]]:
    kinds: dict[str, set[str]] = defaultdict(set)
    for row in rows(world.out / "truth" / "hard_negatives.csv"):
        kinds[row["kind"]].add(row["subject_key"])
    return kinds


def test_a_dprk_party_holds_a_venture_through_four_companies(world: WorldSummary) -> None:
    people = rows(world.out / "registry" / "company_people.csv")
    parent = {p["company_ogrn"]: p["party_ogrn"] for p in people if p["party_ogrn"]}
    dprk = {
        p["company_ogrn"]
        for p in people
        if p["role"] == "founder"
        and p["citizenship"]
        in ("КНДР", "Корейская Народно-Демократическая Республика", "408", "Корея (КНДР)")
    }

    def depth(ogrn: str) -> int:
        steps = 0
        while ogrn not in dprk and ogrn in parent and steps < 10:
            ogrn, steps = parent[ogrn], steps + 1
        return steps if ogrn in dprk else -1

    deepest = max(truth(world)["un-2375-op18-joint-venture-not-closed"], key=depth)
    assert depth(deepest) == 4


def test_deadline_edges_on_both_sides(world: WorldSummary) -> None:
    found, lawful = truth(world), negatives(world)
    for kind in (
        "jv_closed_before_deadline",
        "dprk_founder_left_by_deadline",
        "dprk_director_left_on_ban_day",
        "dprk_director_ended_before_ban",
        "issued_day_before_ban",
        "contract_before_ban",
    ):
        assert lawful[kind], kind
    companies = {c["ogrn"]: c for c in rows(world.out / "registry" / "companies.csv")}
    not_closed = found["un-2375-op18-joint-venture-not-closed"]
    closing = {companies[o]["liquidated_on"] for o in not_closed}
    assert "2018-01-10" in closing
    closed_days = {companies[o]["liquidated_on"] for o in lawful["jv_closed_before_deadline"]}
    assert {"2018-01-08", "2018-01-09"} <= closed_days
    permits = {p["permit_id"]: p for p in rows(world.out / "registry" / "permits.csv")}
    new = found["un-2375-op17-new-work-authorization"]
    assert "2017-09-11" in {permits[k]["issue_date"] for k in new}
    before = permits[next(iter(lawful["issued_day_before_ban"]))]
    assert before["issue_date"] == "2017-09-10"
    contract = permits[next(iter(lawful["contract_before_ban"]))]
    assert contract["contract_date"] == "2017-09-08" and contract["issue_date"] > "2017-09-11"
    assert not (lawful["dprk_director_left_on_ban_day"] & found["indicator-dprk-director"])


def test_director_only_companies_are_no_joint_ventures(world: WorldSummary) -> None:
    found = truth(world)
    directed = found["indicator-dprk-director"]
    ventures = (
        found["un-2375-op18-joint-venture-not-closed"] | found["un-2371-op12-new-joint-venture"]
    )
    assert directed - ventures  # DPRK director, no DPRK founder anywhere up the chain


def test_companies_scale_sizes_the_company_registry_alone() -> None:
    world = build_world(3, 0.01, companies_scale=0.05)
    assert len(world.companies) == 1000 and len(world.permits) == 1000
    with pytest.raises(SanctionwatchError, match="companies scale"):
        build_world(3, 0.01, companies_scale=0)
