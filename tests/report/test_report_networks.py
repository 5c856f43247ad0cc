"""Growth charts follow DPRK-linked control networks: a lone company or a firm that only shares an
address is not charted; the charted network's figures equal direct counts."""

from __future__ import annotations

from datetime import date

import lxml.html
from report_world import CHAIN, JV, LISTED_OWNED, PLAIN

from sanctionwatch.report.networks import GROWTH_SINCE, dprk_control_networks
from sanctionwatch.report.ownership import build_ownership_graph
from sanctionwatch.report.writer import render_html, report_context
from sanctionwatch.workspace import Workspace


def test_only_control_networks_with_two_companies_and_a_flag_are_chartable(
    report_world: Workspace,
) -> None:
    networks = dprk_control_networks(report_world, build_ownership_graph(report_world))
    by_id = {n.network_id: n for n in networks}
    assert by_id[f"ctl-{JV}"].ogrns == sorted([JV, CHAIN])
    assert by_id[f"ctl-{JV}"].chartable
    assert by_id[f"ctl-{LISTED_OWNED}"].ogrns == [LISTED_OWNED]
    assert not by_id[f"ctl-{LISTED_OWNED}"].chartable  # one company is no network
    assert all(PLAIN not in n.ogrns for n in networks)  # shares only an address with the JV
    broad = report_world.rows(
        "test: broad network sizes", "SELECT DISTINCT network_size FROM company_networks"
    )
    assert broad == [(5,)]  # the address joins all five: the broad view would chart them all
    assert networks[0].network_id == f"ctl-{JV}"  # largest first


def test_network_figures_count_growth_since_the_jv_deadline(report_world: Workspace) -> None:
    jv_network = dprk_control_networks(report_world, build_ownership_graph(report_world))[0]
    permits = report_world.scalar(
        "test: permits since",
        "SELECT count(*) FROM permits WHERE employer_ogrn IN ($a, $b) AND issue_date >= $since",
        {"a": JV, "b": CHAIN, "since": GROWTH_SINCE},
    )
    assert date(2018, 1, 9) == GROWTH_SINCE
    assert jv_network.branches_since == 2  # JV 2018-03-01, CHAIN 2019-05-01
    assert jv_network.permits_since == permits > 0
    assert jv_network.lead_name == 'ООО "Восток-Строй"'


def test_report_charts_the_jv_network_and_lists_the_lone_company(report_world: Workspace) -> None:
    context = report_context(report_world, "t", 5)
    assert [n.network_id for n in context["growth_charted"]] == [f"ctl-{JV}"]
    assert [n.network_id for n in context["growth_more"]] == [f"ctl-{LISTED_OWNED}"]
    document = lxml.html.fromstring(render_html(context))
    grid = document.xpath("//svg[@data-chart='growth-grid']")[0]
    text = " ".join(grid.itertext())
    assert 'ООО "Восток-Строй"' in text and "2 companies, 2 flagged" in text
    rest = document.get_element_by_id("networks-more")
    assert f"ctl-{LISTED_OWNED}" in rest.text_content()


def test_without_flagged_networks_of_two_no_growth_chart_is_drawn(
    report_world: Workspace,
) -> None:
    report_world.run(
        "test: the JV's findings withdrawn",
        "DELETE FROM findings WHERE subject_kind = 'company' AND subject_key IN ($a, $b)",
        {"a": JV, "b": CHAIN},
    )
    context = report_context(report_world, "t", 5)
    assert context["growth_charted"] == [] and context["growth_svg"] is None
    assert "has two companies or more" in render_html(context)


def test_long_tables_show_25_rows_and_fold_the_rest(report_world: Workspace) -> None:
    report_world.run(
        "test: 30 more employers of DPRK workers",
        """INSERT INTO permits SELECT p.* REPLACE (
               'extra.csv:' || i AS record_id, 'X' || i AS passport_number,
               (1000000000000 + i)::VARCHAR AS employer_ogrn)
           FROM (SELECT * FROM permits WHERE citizenship = 'kp' LIMIT 1) p, range(30) t(i)""",
    )
    document = lxml.html.fromstring(render_html(report_context(report_world, "t", 5)))
    total = 4 + 30  # the world's four employers, and the new ones
    assert len(document.xpath("//table[@id='employers']/tbody/tr")) == 25
    folded = document.get_element_by_id("employers-more")
    assert folded.tag == "details" and folded.get("open") is None  # collapsed, PDF too
    assert len(folded.xpath(".//tbody/tr")) == total - 25
    assert f"{total - 25} more employers" in folded.findtext("summary")
    assert document.xpath("//*[@id='joint-ventures-more']") == []  # 3 ventures: nothing folded
