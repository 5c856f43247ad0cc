"""Permit measures on their own small worlds, with the date edges of each."""

from __future__ import annotations

from datetime import date

from rules_world import World

from sanctionwatch.rules import analyze

OP17 = "un-2375-op17-new-work-authorization"
OP8 = "un-2397-op8-repatriation"
NONWORK = "indicator-nonwork-status-construction"


def keys(world: World, measure: str) -> set[str]:
    rows = world.ws.rows(
        "keys",
        "SELECT subject_key FROM findings WHERE measure_id = $m AND status <> 'resolved'",
        {"m": measure},
    )
    return {r[0] for r in rows}


def test_permit_issued_on_10_september_is_not_a_breach_on_11_it_is(world: World) -> None:
    world.add_permit("P-10", issue_date="2017-09-10", expiry_date="2018-09-10")
    world.add_permit("P-11", issue_date="2017-09-11", expiry_date="2018-09-11")
    analyze(world.ws, as_of=date(2018, 7, 1))
    assert keys(world, OP17) == {"P-11"}


def test_contract_signed_before_the_ban_exempts_the_permit(world: World) -> None:
    world.add_permit("P-C1", issue_date="2017-10-01", contract_date="2017-09-10")
    world.add_permit("P-C2", issue_date="2017-10-01", contract_date="2017-09-11")
    analyze(world.ws, as_of=date(2018, 7, 1))
    assert keys(world, OP17) == {"P-C2"}


def test_only_dprk_nationals_and_work_authorizations_count(world: World) -> None:
    world.add_permit("P-KR", citizenship="kr", issue_date="2018-01-01")
    world.add_permit("P-RU", citizenship="ru", issue_date="2018-01-01")
    world.add_permit("P-ST", permit_type="study", issue_date="2018-01-01")
    world.add_permit("P-PAT", permit_type="patent", issue_date="2018-01-01")
    analyze(world.ws, as_of=date(2018, 7, 1))
    assert keys(world, OP17) == {"P-PAT"}


def test_as_of_before_the_ban_finds_nothing_and_later_permits_are_not_seen(world: World) -> None:
    world.add_permit("P-11", issue_date="2017-09-11")
    summary = analyze(world.ws, as_of=date(2017, 9, 10))
    assert summary.counts_by_measure[OP17] == 0
    assert OP17 in summary.not_in_force
    world.add_permit("P-FUT", issue_date="2019-01-01")
    analyze(world.ws, as_of=date(2018, 1, 1))
    assert keys(world, OP17) == {"P-11"}


def test_repatriation_deadline_edges(world: World) -> None:
    world.add_permit("P-21", issue_date="2016-12-22", expiry_date="2019-12-21")
    world.add_permit("P-22", issue_date="2016-12-22", expiry_date="2019-12-22")
    world.add_permit("P-30", issue_date="2019-06-01", expiry_date="2020-06-01")
    assert analyze(world.ws, as_of=date(2019, 12, 21)).counts_by_measure[OP8] == 0
    analyze(world.ws, as_of=date(2019, 12, 22))
    assert keys(world, OP8) == {"P-22", "P-30"}


def test_nonwork_status_with_a_construction_employer_is_an_indicator(world: World) -> None:
    world.add_company("1000000000001", activity_code="41.20")
    world.add_company("1000000000002", activity_code="47.11")
    world.add_permit("S-1", permit_type="study", employer_ogrn="1000000000001")
    world.add_permit("S-2", permit_type="study", employer_ogrn="1000000000002")
    world.add_permit("S-3", permit_type="tourism", citizenship="kr", employer_ogrn="1000000000001")
    world.add_permit("S-4", permit_type="business", employer_ogrn="1000000000001")
    summary = analyze(world.ws, as_of=date(2020, 1, 1))
    assert keys(world, NONWORK) == {"S-1", "S-4"}
    assert "medium" in summary.severities


def test_work_authorization_freeze_counts_against_the_baseline(world: World) -> None:
    world.add_permit("B-1", issue_date="2017-01-01", expiry_date="2018-01-01")
    world.add_permit("N-1", issue_date="2017-08-20", expiry_date="2018-08-20")
    summary = analyze(world.ws, as_of=date(2017, 8, 19))
    assert summary.counts_by_measure["un-2371-op11-work-authorization-freeze"] == 0
    summary = analyze(world.ws, as_of=date(2017, 8, 20))
    assert summary.counts_by_measure["un-2371-op11-work-authorization-freeze"] == 1
    evidence = world.ws.scalar("ev", "SELECT summary FROM findings WHERE subject_kind = 'registry'")
    assert "2 work authorizations" in evidence and "above the 1" in evidence
