"""The truth against an independent reading of the written files, and every measure planted."""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from pathlib import Path

import pytest

from sanctionwatch.simulate import WorldSummary, generate_world

KP = {"кндр", "корейская народно-демократическая республика", "корея (кндр)", "408"}
MEASURES = [
    "un-1718-asset-freeze",
    "un-2375-op17-new-work-authorization",
    "un-2397-op8-repatriation",
    "un-2371-op12-new-joint-venture",
    "un-2375-op18-joint-venture-not-closed",
    "indicator-nonwork-status-construction",
    "indicator-dprk-director",
    "indicator-network-expansion",
]


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> WorldSummary:
    return generate_world(tmp_path_factory.mktemp("truth") / "w", seed=11, scale=0.03)


def rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_headline_figures_equal_a_direct_count_over_the_csv_files(world: WorldSummary) -> None:
    figures = json.loads((world.out / "truth" / "world.json").read_text("utf-8"))["headline"]
    permits = [
        p for p in rows(world.out / "registry" / "permits.csv") if p["citizenship"].lower() in KP
    ]
    work = [p for p in permits if p["permit_type"] in ("разрешение на работу", "патент")]
    assert figures["dprk_workers"] == len({p["passport_number"] for p in work})
    assert figures["dprk_permit_holders"] == len({p["passport_number"] for p in permits})
    by_year: dict[str, int] = defaultdict(int)
    for p in work:
        if p["issue_date"] >= "2017-09-11":
            by_year[p["issue_date"][:4]] += 1
    assert figures["post_ban_permits_by_year"] == dict(sorted(by_year.items()))
    employers: dict[tuple[str, str], set[str]] = defaultdict(set)
    for p in work:
        if p["employer_ogrn"]:
            employers[(p["employer_ogrn"], p["employer_name"])].add(p["passport_number"])
    ranked = sorted(
        ([o, n, len(w)] for (o, n), w in employers.items()), key=lambda r: (-r[2], r[0])
    )
    assert figures["employers_by_dprk_workers"] == ranked
    people = rows(world.out / "registry" / "company_people.csv")
    founders: dict[str, list[dict[str, str]]] = defaultdict(list)
    for p in people:
        if p["role"] == "founder":
            founders[p["company_ogrn"]].append(p)

    def owners(ogrn: str, seen: frozenset[str]) -> set[str]:
        found: set[str] = set()
        for f in founders[ogrn]:
            if f["citizenship"].lower() in KP:
                found.add(f["name"])
            elif f["party_ogrn"] and f["party_ogrn"] not in seen:
                found |= owners(f["party_ogrn"], seen | {f["party_ogrn"]})
        return found

    names = {c["ogrn"]: c["full_name"] for c in rows(world.out / "registry" / "companies.csv")}
    expected = [
        {"ogrn": o, "name": names[o], "dprk_owners": sorted(owners(o, frozenset({o})))}
        for o in sorted(names)
        if owners(o, frozenset({o}))
    ]
    assert figures["joint_ventures"] == expected


def test_each_measure_has_a_planted_positive(world: WorldSummary) -> None:
    findings = rows(world.out / "truth" / "findings.csv")
    planted = {f["measure_id"] for f in findings if f["scheme"] != "background"}
    assert planted == set(MEASURES)


def test_the_edges_of_the_dates_are_planted(world: WorldSummary) -> None:
    permits = {p["permit_id"]: p for p in rows(world.out / "registry" / "permits.csv")}
    companies = {c["ogrn"]: c for c in rows(world.out / "registry" / "companies.csv")}
    findings = rows(world.out / "truth" / "findings.csv")
    op17 = {
        permits[f["subject_key"]]["issue_date"]
        for f in findings
        if f["measure_id"].endswith("op17-new-work-authorization")
    }
    assert "2017-09-11" in op17 and "2017-09-10" not in op17
    op18 = {
        companies[f["subject_key"]]["liquidated_on"]
        for f in findings
        if f["measure_id"].endswith("not-closed")
    }
    assert "2018-01-10" in op18 and not op18 & {"2018-01-08", "2018-01-09"}
    negatives = {n["kind"] for n in rows(world.out / "truth" / "hard_negatives.csv")}
    assert {
        "issued_day_before_ban",
        "contract_before_ban",
        "jv_closed_before_deadline",
    } <= negatives


def test_hard_negatives_of_every_kind_exist(world: WorldSummary) -> None:
    kinds = {n["kind"] for n in rows(world.out / "truth" / "hard_negatives.csv")}
    assert {
        "south_korean_national",
        "koryo_saram_worker",
        "name_close_to_listed",
        "south_korean_founder",
        "russian_citizen_korean_descent",
        "shares_address_with_flagged",
        "shares_phone_with_flagged",
        "dprk_director_ended_before_ban",
        "dprk_permit_lawful",
    } <= kinds


def test_demo_scale_meets_the_case_figures(tmp_path: Path) -> None:
    from sanctionwatch.simulate import build_world
    from sanctionwatch.simulate.truth import headline

    world = build_world(1, 1.0)
    figures = headline(world)
    assert 9_000 <= figures["dprk_workers"] <= 11_000
    assert figures["post_ban_permits_by_year"]["2018"] >= 700
    assert 95_000 <= len(world.permits) <= 105_000 and 19_000 <= len(world.companies) <= 21_000
