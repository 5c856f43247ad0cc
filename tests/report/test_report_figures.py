"""The headline figures equal counts made directly over the same small world."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from report_world import CHAIN, JV, LISTED_OWNED

from sanctionwatch.report.figures import compute_headline_figures
from sanctionwatch.workspace import Workspace


def _permit_rows(ws: Workspace) -> list[tuple[str, str | None, str | None, str | None, date]]:
    return ws.rows(
        "test: permits",
        "SELECT permit_type, citizenship, passport_number, employer_ogrn, issue_date FROM permits",
    )


def test_worker_and_holder_counts_match_a_direct_count(report_world: Workspace) -> None:
    rows = _permit_rows(report_world)
    workers = {p for t, c, p, _, _ in rows if c == "kp" and t in ("work_permit", "patent") and p}
    holders = {p for _, c, p, _, _ in rows if c == "kp" and p}
    figures = compute_headline_figures(report_world)
    assert figures.dprk_workers == len(workers) == 82  # 80 + patent + no-OGRN; renewals share
    assert figures.dprk_permit_holders == len(holders) == 84  # plus study and tourism


def test_post_ban_permits_by_year_counts_every_permit_from_the_ban_date(
    report_world: Workspace,
) -> None:
    expected: dict[int, int] = defaultdict(int)
    for t, c, _, _, issued in _permit_rows(report_world):
        if c == "kp" and t in ("work_permit", "patent") and issued >= date(2017, 9, 11):
            expected[issued.year] += 1
    figures = compute_headline_figures(report_world)
    assert figures.post_ban_permits_by_year == dict(expected)
    assert set(expected) == {2017, 2018, 2019, 2020}
    assert sum(expected.values()) > 40


def test_employers_are_ranked_by_distinct_dprk_workers(report_world: Workspace) -> None:
    per_employer: dict[str, set[str]] = defaultdict(set)
    for t, c, passport, ogrn, _ in _permit_rows(report_world):
        if c == "kp" and t in ("work_permit", "patent") and ogrn and passport:
            per_employer[ogrn].add(passport)
    expected = sorted(((o, len(s)) for o, s in per_employer.items()), key=lambda r: (-r[1], r[0]))
    figures = compute_headline_figures(report_world)
    assert [(o, n) for o, _, n in figures.employers_by_dprk_workers] == expected
    assert all(name for _, name, _ in figures.employers_by_dprk_workers)


def test_joint_ventures_follow_the_ownership_chain(report_world: Workspace) -> None:
    figures = compute_headline_figures(report_world)
    ventures = {jv.ogrn: jv for jv in figures.joint_ventures}
    assert set(ventures) == {JV, CHAIN, LISTED_OWNED}
    assert ventures[CHAIN].dprk_owners == ["Korea Sobaeksu Trading Company"]
    assert ventures[JV].name == 'ООО "Восток-Строй"'
    as_dict = figures.as_dict()
    assert as_dict["joint_ventures"][0]["ogrn"] == sorted(ventures)[0]
    assert all(isinstance(k, str) for k in as_dict["post_ban_permits_by_year"])
