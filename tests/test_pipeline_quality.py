"""Files to findings on a small generated world: every measure exact, no hard negative a breach."""

from __future__ import annotations

from typing import Any

import pytest

from sanctionwatch.findings import evaluate_findings
from sanctionwatch.lists import load_list
from sanctionwatch.matching import screen_workspace
from sanctionwatch.records import load_registry_folder, resolve_persons
from sanctionwatch.rules import analyze
from sanctionwatch.simulate import EXTRACT_DATE, generate_world
from sanctionwatch.workspace import open_workspace


@pytest.fixture(scope="module")
def scores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("pipeline")
    world = folder / "world"
    generate_world(world, seed=23, scale=0.03)
    with open_workspace(folder / "ws.duckdb") as ws:
        load_list(ws, world / "lists" / "un_consolidated.xml")
        load_registry_folder(ws, world / "registry")
        screen_workspace(ws)
        persons = resolve_persons(ws)
        analyze(ws, as_of=EXTRACT_DATE)
        result = evaluate_findings(ws, world)
        result["persons"] = persons.as_dict()
        result["edge_permits"] = dict(
            ws.rows(
                "edge permits",
                """SELECT CAST(p.issue_date AS VARCHAR), count(f.finding_id) FROM permits p
                LEFT JOIN findings f ON f.subject_key = p.permit_id
                  AND f.measure_id = 'un-2375-op17-new-work-authorization'
                WHERE p.citizenship = 'kp' AND p.permit_type = 'work_permit'
                  AND p.issue_date IN ('2017-09-10', '2017-09-11') GROUP BY 1""",
            )
        )
    return result


def test_every_measure_is_exact_on_a_fresh_seed(scores: dict[str, Any]) -> None:
    for measure, m in scores["by_measure"].items():
        assert (m["precision"], m["recall"]) == (1.0, 1.0), (measure, m)
    assert len(scores["by_measure"]) >= 8


def test_no_hard_negative_is_flagged_as_a_breach(scores: dict[str, Any]) -> None:
    assert scores["hard_negatives_flagged"] == []


def test_the_ban_day_is_the_first_day_in_breach(scores: dict[str, Any]) -> None:
    assert scores["edge_permits"]["2017-09-10"] == 0
    assert scores["edge_permits"]["2017-09-11"] >= 1


def test_permit_renewals_resolve_to_one_person_by_passport(scores: dict[str, Any]) -> None:
    persons = scores["persons"]
    assert persons["linked_by_passport"] > 0
    assert persons["persons"] < persons["records"]
