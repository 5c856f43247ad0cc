"""Which companies form a network, for the growth charts.

The graph stage's `company_networks` table is the first choice (shared founders, directors,
addresses, phones); then the network ids the findings carry; then the connected parts of the
report's own ownership graph. Only networks holding a flagged company are charted.
"""

from __future__ import annotations

from collections import defaultdict

from sanctionwatch.report.ownership import OwnershipGraph
from sanctionwatch.workspace import Workspace

GRAPH_NETWORKS_SQL = """
    SELECT network_id, list(DISTINCT company_ogrn ORDER BY company_ogrn)
    FROM company_networks
    WHERE network_id IN (
        SELECT n.network_id FROM company_networks n JOIN findings f
          ON f.subject_kind = 'company' AND f.subject_key = n.company_ogrn)
    GROUP BY network_id
"""
FINDING_NETWORKS_SQL = """
    SELECT network_id, list(DISTINCT subject_key ORDER BY subject_key)
    FROM findings WHERE network_id IS NOT NULL AND subject_kind = 'company'
    GROUP BY network_id
"""


def _has_table(ws: Workspace, name: str) -> bool:
    return bool(
        ws.scalar(
            "report: table exists",
            "SELECT count(*) FROM duckdb_tables() WHERE table_name = $name",
            {"name": name},
        )
    )


def company_networks(ws: Workspace, owned: OwnershipGraph) -> list[tuple[str, list[str]]]:
    """(network id, OGRNs) of every network with a flagged company, largest first."""
    networks: list[tuple[str, list[str]]] = []
    if _has_table(ws, "company_networks"):
        networks = [
            (str(n), [str(o) for o in ogrns])
            for n, ogrns in ws.rows("report: graph networks", GRAPH_NETWORKS_SQL)
        ]
    if not networks:
        networks = [
            (str(n), [str(o) for o in ogrns])
            for n, ogrns in ws.rows("report: finding networks", FINDING_NETWORKS_SQL)
        ]
    if not networks:
        networks = [
            (network_id, owned.company_ogrns(nodes)) for network_id, nodes in owned.networks()
        ]
    merged: dict[str, set[str]] = defaultdict(set)
    for network_id, ogrns in networks:
        merged[network_id].update(ogrns)
    return sorted(
        ((n, sorted(ogrns)) for n, ogrns in merged.items() if ogrns),
        key=lambda item: (-len(item[1]), item[0]),
    )
