"""OFAC's 50 % rule: a company owned 50 % or more, in aggregate, by blocked parties is blocked.

Blocked parties start as the founders and companies that screening matched to an entity on one
of the blocking lists, whatever its programme (OFAC FAQ 399: stakes under different programmes
are aggregated). Then, round after round, each company whose blocked owners hold >= 50 % of it
in total becomes blocked itself, and its own holdings count from the next round (FAQ 401:
"indirectly" means through entities that are themselves blocked, not a product of shares).
The blocked set only grows, so the rounds end, cycles included. Ownership only: directors
(control) do not count (FAQ 398).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sanctionwatch.graph.parties import ownership_edges_sql, party_key_sql
from sanctionwatch.workspace import Workspace

SEED_SQL = f"""
INSERT INTO blocked_parties
SELECT party_key, any_value(party_name), 0, NULL,
       to_json(list(DISTINCT {{'entity_id': entity_id, 'list_name': list_name,
                               'matched_name': matched_name, 'score': score,
                               'record_id': record_id}}))
FROM (
    SELECT {party_key_sql("cp")} AS party_key, cp.name AS party_name, m.entity_id, m.list_name,
           m.matched_name, m.score, cp.record_id
    FROM screen_matches m
    JOIN listed_entities le ON le.version_id = m.version_id AND le.entity_id = m.entity_id
    JOIN company_people cp ON m.subject_table = 'company_people' AND m.subject_id = cp.record_id
    WHERE list_contains($lists, m.list_name) AND (le.listed_on IS NULL OR le.listed_on <= $as_of)
    UNION ALL
    SELECT 'company:' || c.ogrn, c.full_name, m.entity_id, m.list_name, m.matched_name, m.score,
           c.record_id
    FROM screen_matches m
    JOIN listed_entities le ON le.version_id = m.version_id AND le.entity_id = m.entity_id
    JOIN companies c ON m.subject_table = 'companies' AND m.subject_id = c.record_id
    WHERE list_contains($lists, m.list_name) AND (le.listed_on IS NULL OR le.listed_on <= $as_of)
)
GROUP BY party_key
"""

ROUND_SQL = """
INSERT INTO blocked_parties
SELECT 'company:' || e.company_ogrn, any_value(c.full_name), $level, sum(e.share) * 100.0,
       to_json(list({'owner_key': e.owner_key, 'owner_name': e.owner_name,
                     'share_pct': e.share * 100.0, 'record_id': e.record_id}
                    ORDER BY e.owner_key))
FROM blocked_edges e
JOIN blocked_parties b ON b.party_key = e.owner_key
LEFT JOIN companies c ON c.ogrn = e.company_ogrn
WHERE 'company:' || e.company_ogrn NOT IN (SELECT party_key FROM blocked_parties)
GROUP BY e.company_ogrn
HAVING sum(e.share) >= $threshold - 1e-9
"""


def compute_blocked_parties(
    ws: Workspace, *, as_of: date, lists: list[str], threshold_pct: float = 50.0
) -> int:
    """Rebuild `blocked_parties` as of a date; return how many companies the rule blocked."""
    params: dict[str, Any] = {"as_of": as_of}
    with ws.transaction():
        ws.run("clear blocked parties", "DELETE FROM blocked_parties")
        ws.run("seed blocked parties", SEED_SQL, {"as_of": as_of, "lists": lists})
        ws.run(
            "holdings for the 50 % rule",
            f"CREATE OR REPLACE TEMP TABLE blocked_edges AS {ownership_edges_sql(as_of)}",
            params,
        )
        level, added = 0, 0
        while True:
            level += 1
            before = ws.scalar("blocked count", "SELECT count(*) FROM blocked_parties")
            ws.run(
                f"50 % rule round {level}",
                ROUND_SQL,
                {"level": level, "threshold": threshold_pct / 100.0},
            )
            new = ws.scalar("blocked count", "SELECT count(*) FROM blocked_parties") - before
            if not new:
                return added
            added += new
