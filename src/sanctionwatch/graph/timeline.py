"""Each network's growth by month: companies registered, branches opened, permits issued.

This answers "is the network still expanding?" with figures: months after a deadline with
non-zero counts are the expansion.
"""

from __future__ import annotations

from typing import Any

from sanctionwatch.workspace import Workspace

TIMELINE_SQL = """
WITH members AS (
    SELECT company_ogrn, network_id FROM company_networks
    WHERE network_id IN (SELECT unnest($networks))
),
events AS (
    SELECT m.network_id, date_trunc('month', c.registered_on) AS month, 'company' AS kind
    FROM companies c JOIN members m ON m.company_ogrn = c.ogrn
    WHERE c.registered_on IS NOT NULL
    UNION ALL
    SELECT m.network_id, date_trunc('month', b.opened_on), 'branch'
    FROM branches b JOIN members m ON m.company_ogrn = b.company_ogrn
    WHERE b.opened_on IS NOT NULL
    UNION ALL
    SELECT m.network_id, date_trunc('month', p.issue_date), 'permit'
    FROM permits p JOIN members m ON m.company_ogrn = p.employer_ogrn
    WHERE p.issue_date IS NOT NULL
)
SELECT network_id, CAST(month AS DATE) AS month,
       count(*) FILTER (WHERE kind = 'company') AS companies_registered,
       count(*) FILTER (WHERE kind = 'branch') AS branches_opened,
       count(*) FILTER (WHERE kind = 'permit') AS permits_issued
FROM events GROUP BY ALL ORDER BY network_id, month
"""


def build_network_timeline(ws: Workspace, network_ids: list[str]) -> int:
    """Rebuild `network_timeline` for the given networks; return the rows written."""
    with ws.transaction():
        ws.run("clear network timeline", "DELETE FROM network_timeline")
        ws.run(
            "network timeline",
            f"INSERT INTO network_timeline {TIMELINE_SQL}",
            {"networks": network_ids},
        )
    return int(ws.scalar("timeline rows", "SELECT count(*) FROM network_timeline"))


def network_timeline(ws: Workspace, network_id: str) -> list[dict[str, Any]]:
    """The monthly rows of one network (computed now, whatever is stored)."""
    return ws.records("timeline of one network", TIMELINE_SQL, {"networks": [network_id]})
