"""Joint-venture, director, designation and network measures on small worlds, with edges."""

from __future__ import annotations

import json
from datetime import date

from rules_world import World
from test_rules_permits import keys

from sanctionwatch.rules import analyze

NEW_JV = "un-2371-op12-new-joint-venture"
NOT_CLOSED = "un-2375-op18-joint-venture-not-closed"
DIRECTOR = "indicator-dprk-director"
FREEZE = "un-1718-asset-freeze"
EXPANSION = "indicator-network-expansion"


def test_jv_closed_on_8_january_is_compliant_still_open_on_10_is_not(world: World) -> None:
    world.add_company("1000000000008", registered_on="2012-01-01", liquidated_on="2018-01-08")
    world.add_company("1000000000009", registered_on="2012-01-01", liquidated_on="2018-01-09")
    world.add_company("1000000000010", registered_on="2012-01-01", liquidated_on="2018-01-10")
    world.add_company("1000000000011", registered_on="2012-01-01")
    for ogrn in ("1000000000008", "1000000000009", "1000000000010", "1000000000011"):
        world.add_founder(ogrn, "Ким Чол", citizenship="kp", share_pct=49)
    assert analyze(world.ws, as_of=date(2018, 1, 9)).counts_by_measure[NOT_CLOSED] == 0
    analyze(world.ws, as_of=date(2018, 1, 10))
    assert keys(world, NOT_CLOSED) == {"1000000000010", "1000000000011"}
    assert keys(world, NEW_JV) == set()  # all registered before 5 Aug 2017


def test_dprk_founder_who_left_before_the_deadline_closes_the_venture(world: World) -> None:
    world.add_company("1000000000020")
    world.add_founder("1000000000020", "Пак Ён", citizenship="kp", end_date="2018-01-09")
    world.add_company("1000000000021")
    world.add_founder("1000000000021", "Пак Ён", citizenship="kp", end_date="2018-01-10")
    analyze(world.ws, as_of=date(2019, 1, 1))
    assert keys(world, NOT_CLOSED) == {"1000000000021"}


def test_new_jv_registered_on_the_adoption_date(world: World) -> None:
    world.add_company("1000000000030", registered_on="2017-08-04")
    world.add_company("1000000000031", registered_on="2017-08-05")
    for ogrn in ("1000000000030", "1000000000031"):
        world.add_founder(ogrn, "Ли Сон", citizenship="kp")
    assert analyze(world.ws, as_of=date(2017, 8, 4)).counts_by_measure[NEW_JV] == 0
    analyze(world.ws, as_of=date(2017, 8, 5))
    assert keys(world, NEW_JV) == {"1000000000031"}


def test_jv_through_a_chain_of_companies_with_the_path_in_evidence(world: World) -> None:
    world.add_company("1000000000040", registered_on="2015-01-01")  # holding with DPRK founder
    world.add_company("1000000000041", registered_on="2016-01-01")
    world.add_company("1000000000042", "ООО Внук", registered_on="2018-03-01")
    world.add_founder(
        "1000000000040",
        "Korea Rungra Trading",
        citizenship="kp",
        party_type="company",
        share_pct=30,
    )
    world.add_founder("1000000000041", "Холдинг", party_ogrn="1000000000040", share_pct=60)
    world.add_founder("1000000000042", "Дочка", party_ogrn="1000000000041", share_pct=10)
    analyze(world.ws, as_of=date(2018, 7, 1))
    assert keys(world, NEW_JV) == {"1000000000042"}
    assert keys(world, NOT_CLOSED) == {"1000000000040", "1000000000041", "1000000000042"}
    evidence = json.loads(
        world.ws.scalar(
            "ev",
            "SELECT CAST(evidence AS VARCHAR) FROM findings WHERE measure_id = $m",
            {"m": NEW_JV},
        )
    )
    (path,) = evidence["paths"]
    assert path["companies"] == ["1000000000040", "1000000000041", "1000000000042"]
    assert path["shares_pct"] == [30, 60, 10]
    assert {r["table"] for r in evidence["records"]} == {"companies", "company_people"}
    assert all(r["source_file"] and r["source_row"] for r in evidence["records"])
    assert evidence["compared"]["ban_date"] == "2017-08-05"


def test_named_project_exception_exempts_the_venture(world: World) -> None:
    world.add_company("1000000000050", "ООО РасонКонТранс", registered_on="2018-02-01")
    world.add_founder("1000000000050", "Rajin Port", citizenship="kp", party_type="company")
    analyze(world.ws, as_of=date(2018, 7, 1))
    assert keys(world, NEW_JV) == set() and keys(world, NOT_CLOSED) == set()


def test_ownership_cycle_with_a_dprk_founder_terminates(world: World) -> None:
    world.add_company("1000000000060")
    world.add_company("1000000000061")
    world.add_founder("1000000000060", "B", party_ogrn="1000000000061", share_pct=50)
    world.add_founder("1000000000061", "A", party_ogrn="1000000000060", share_pct=50)
    world.add_founder("1000000000061", "Чон Ир", citizenship="kp", share_pct=50)
    summary = analyze(world.ws, as_of=date(2019, 1, 1))
    assert keys(world, NOT_CLOSED) == {"1000000000060", "1000000000061"}
    assert summary.data_issues.get("ownership_cycle") == 2


def test_dprk_director_is_an_indicator_not_a_joint_venture(world: World) -> None:
    world.add_company("1000000000070")
    world.add_director("1000000000070", "Ким Ир", citizenship="kp", end_date="2017-09-11")
    world.add_company("1000000000071")
    world.add_director("1000000000071", "Ким Ир", citizenship="kp", start_date="2015-01-01")
    analyze(world.ws, as_of=date(2018, 7, 1))
    assert keys(world, DIRECTOR) == {"1000000000071"}
    assert keys(world, NEW_JV) == set() and keys(world, NOT_CLOSED) == set()


def test_asset_freeze_for_permit_holder_company_and_founder(world: World) -> None:
    permit = world.add_permit("P-D", issue_date="2015-01-01")
    world.add_company("1000000000080")
    founder = world.add_founder("1000000000080", "Ким Чол", citizenship="kp")
    company = world.add_company("1000000000081")
    world.add_match("permits", permit, "un-sc-1")
    world.add_match("company_people", founder, "un-sc-2", listed_on="2017-09-11")
    world.add_match("companies", company, "ofac-1", programs=("DPRK3",), list_name="ofac-sdn")
    summary = analyze(world.ws, as_of=date(2017, 9, 10))
    assert keys(world, FREEZE) == {"P-D"}  # the founder's entity was not listed yet
    analyze(world.ws, as_of=date(2017, 9, 11))
    assert keys(world, FREEZE) == {"P-D", "1000000000080"}
    assert summary.severities[-1] == "critical"
    evidence = json.loads(
        world.ws.scalar(
            "ev",
            "SELECT CAST(evidence AS VARCHAR) FROM findings WHERE subject_key = 'P-D' "
            "AND measure_id = $m",
            {"m": FREEZE},
        )
    )
    assert evidence["matches"][0]["score"] == 0.97
    assert evidence["matches"][0]["explanation"] == {"name": "exact Latin form"}


def test_network_expansion_after_the_deadline(world: World) -> None:
    world.add_company("1000000000090", address="Владивосток, ул. Портовая, 1")
    world.add_founder("1000000000090", "Ким Чол", citizenship="kp")
    world.add_company("1000000000091", address="владивосток ул портовая 1")  # same address
    world.add_company("1000000000092")  # unlinked
    world.add_company("1000000000093")  # run by the same director as 090
    world.add_director("1000000000090", "Пак Ен Хо", inn="250000000001")
    world.add_director("1000000000093", "Пак Ен Хо", inn="250000000001")
    world.add_branch("1000000000091", "B1", "2018-01-10")
    world.add_branch("1000000000090", "B0", "2018-01-09")
    world.add_branch("1000000000092", "B2", "2018-05-01")
    world.add_branch("1000000000093", "B3", "2018-03-01")
    world.add_permit(
        "X-1", citizenship="uz", issue_date="2018-02-01", employer_ogrn="1000000000090"
    )
    analyze(world.ws, as_of=date(2018, 7, 1))
    # The same-address firm is in the broad network but not in the control network.
    assert keys(world, EXPANSION) == {"1000000000090", "1000000000093"}
    networks = dict(world.ws.rows("n", "SELECT company_ogrn, network_id FROM company_networks"))
    assert networks["1000000000091"] == networks["1000000000090"]
    timeline = world.ws.rows(
        "t",
        "SELECT month, branches_opened, permits_issued FROM network_timeline "
        "WHERE network_id = 'net-1000000000090' AND month >= DATE '2018-01-01' ORDER BY month",
    )
    assert timeline == [
        (date(2018, 1, 1), 2, 0),
        (date(2018, 2, 1), 0, 1),
        (date(2018, 3, 1), 1, 0),
    ]
