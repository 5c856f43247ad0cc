"""DPRK-linked control networks: which companies own or run each other, for the growth charts.

"Is the network still expanding?" is asked of control networks (companies joined by founders,
directors and owning companies: the graph stage's `company_networks.control_network_id`), not of
the broad networks that shared addresses, phones or workers join, which can tie hundreds of
unrelated firms together. A network is DPRK-linked when it holds a flagged company (the subject
of a company finding). Without the graph stage's table, the connected parts of the report's own
ownership graph stand in.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sanctionwatch.report.ownership import OwnershipGraph
from sanctionwatch.workspace import Workspace

# Companies registered, branches opened and permits issued on or after this date count as growth
# after the joint-venture closure deadline (UNSC res. 2375 OP18, see milestones.yaml).
GROWTH_SINCE = date(2018, 1, 9)

CONTROL_NETWORKS_SQL = """
    WITH flagged AS (
        SELECT DISTINCT subject_key AS ogrn FROM findings WHERE subject_kind = 'company'
    ), linked AS (
        SELECT n.control_network_id AS network_id, n.company_ogrn AS ogrn,
               n.company_ogrn IN (SELECT ogrn FROM flagged) AS is_flagged
        FROM company_networks n
        WHERE n.control_network_id IN (
            SELECT control_network_id FROM company_networks WHERE company_ogrn IN (
                SELECT ogrn FROM flagged))
    )
    SELECT network_id, list(DISTINCT ogrn ORDER BY ogrn),
           list(DISTINCT ogrn ORDER BY ogrn) FILTER (WHERE is_flagged)
    FROM linked GROUP BY network_id
"""
NETWORK_FIGURES_SQL = """
    WITH members AS (SELECT unnest($ids) AS network_id, unnest($ogrns) AS ogrn),
    lead AS (SELECT network_id, min(ogrn) AS ogrn FROM members GROUP BY network_id),
    names AS (
        SELECT ogrn, coalesce(min(nullif(short_name, '')), min(full_name)) AS name
        FROM companies GROUP BY ogrn
    ),
    opened AS (
        SELECT m.network_id, count(*) AS n FROM members m
        JOIN branches b ON b.company_ogrn = m.ogrn WHERE b.opened_on >= $since GROUP BY ALL
    ), issued AS (
        SELECT m.network_id, count(*) AS n FROM members m
        JOIN permits p ON p.employer_ogrn = m.ogrn WHERE p.issue_date >= $since GROUP BY ALL
    )
    SELECT l.network_id, names.name, coalesce(opened.n, 0), coalesce(issued.n, 0)
    FROM lead l LEFT JOIN names USING (ogrn) LEFT JOIN opened USING (network_id)
    LEFT JOIN issued USING (network_id)
"""


@dataclass
class ControlNetwork:
    """A control network holding at least one flagged company, with its growth figures."""

    network_id: str
    ogrns: list[str]
    flagged: list[str]
    lead_name: str = ""  # the name of the company with the smallest OGRN (the id's namesake)
    branches_since: int = 0
    permits_since: int = 0

    @property
    def chartable(self) -> bool:
        """A single company is no network: its growth is its own and shows in its findings."""
        return len(self.ogrns) >= 2 and bool(self.flagged)


def dprk_control_networks(ws: Workspace, owned: OwnershipGraph) -> list[ControlNetwork]:
    """Every control network with a flagged company, largest first, with its figures."""
    networks: list[ControlNetwork] = []
    if _has_control_networks(ws):
        networks = [
            ControlNetwork(str(n), [str(o) for o in ogrns], [str(o) for o in flagged or []])
            for n, ogrns, flagged in ws.rows("report: control networks", CONTROL_NETWORKS_SQL)
        ]
    else:
        for network_id, nodes in owned.networks():
            ogrns = sorted(owned.company_ogrns(nodes))
            flagged = sorted(
                owned.graph.nodes[n]["ogrn"] for n in nodes if owned.graph.nodes[n].get("flagged")
            )
            networks.append(ControlNetwork(network_id, ogrns, flagged))
    networks = [n for n in networks if n.ogrns and n.flagged]
    _add_figures(ws, networks)
    networks.sort(key=lambda n: (-len(n.ogrns), -len(n.flagged), -n.permits_since, n.network_id))
    return networks


def _add_figures(ws: Workspace, networks: list[ControlNetwork]) -> None:
    if not networks:
        return
    ids = [n.network_id for n in networks for _ in n.ogrns]
    ogrns = [o for n in networks for o in n.ogrns]
    by_id = {n.network_id: n for n in networks}
    for network_id, name, branches, permits in ws.rows(
        "report: control network figures",
        NETWORK_FIGURES_SQL,
        {"ids": ids, "ogrns": ogrns, "since": GROWTH_SINCE},
    ):
        network = by_id[network_id]
        network.lead_name = str(name or network.ogrns[0])
        network.branches_since = int(branches)
        network.permits_since = int(permits)


def _has_control_networks(ws: Workspace) -> bool:
    return bool(
        ws.scalar(
            "report: control networks exist",
            "SELECT count(*) FROM duckdb_columns() WHERE table_name = 'company_networks' "
            "AND column_name = 'control_network_id'",
        )
    ) and bool(ws.scalar("report: networks built", "SELECT count(*) > 0 FROM company_networks"))
