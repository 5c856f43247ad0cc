"""Ownership data that cannot be right is flagged on the company, never silently normalised.

- `share_over_100`: one founder row with a share above 100 %.
- `shares_sum_over_100`: founders in force on the date hold more than 100 % together.
- `ownership_cycle`: the company owns itself through a chain (A -> B -> ... -> A).
The shares are used as recorded; the report and `analyze` show the count of each issue.
"""

from __future__ import annotations

from datetime import date

from sanctionwatch.graph.chains import MAX_CHAIN_DEPTH
from sanctionwatch.graph.parties import active_sql
from sanctionwatch.workspace import Workspace

SHARE_TOLERANCE_PCT = 0.01  # rounding in registries: 33.33 + 33.33 + 33.34

ISSUE_SQL = f"""
INSERT INTO graph_issues
SELECT company_ogrn, 'share_over_100',
       'founder ' || name || ' holds ' || share_pct || ' %', [record_id]
FROM company_people cp
WHERE role = 'founder' AND share_pct > 100 + {SHARE_TOLERANCE_PCT}
      AND {active_sql("cp", "$as_of", "$as_of")}
UNION ALL
SELECT company_ogrn, 'shares_sum_over_100',
       'founders in force on ' || CAST($as_of AS VARCHAR) || ' hold ' || round(sum(share_pct), 4)
       || ' % together', list(record_id ORDER BY record_id)
FROM company_people cp
WHERE role = 'founder' AND share_pct IS NOT NULL AND {active_sql("cp", "$as_of", "$as_of")}
GROUP BY company_ogrn
HAVING sum(share_pct) > 100 + {SHARE_TOLERANCE_PCT}
"""

CYCLE_SQL = f"""
INSERT INTO graph_issues
WITH RECURSIVE up(start, company_ogrn, path, records) AS (
    SELECT company_ogrn, company_ogrn, [company_ogrn], []::VARCHAR[] FROM links
    UNION ALL
    SELECT u.start, l.party_ogrn, list_append(u.path, l.party_ogrn),
           list_append(u.records, l.record_id)
    FROM up u JOIN links l ON l.company_ogrn = u.company_ogrn
    WHERE NOT list_contains(u.path, l.party_ogrn) AND len(u.path) < {MAX_CHAIN_DEPTH}
),
closing AS (
    SELECT u.start, u.path, list_append(u.records, l.record_id) AS records
    FROM up u JOIN links l ON l.company_ogrn = u.company_ogrn AND l.party_ogrn = u.start
)
SELECT start, 'ownership_cycle',
       'owns itself through '
       || array_to_string(list_append(arg_min(path, len(path)), start), ' -> '),
       arg_min(records, len(path))
FROM closing GROUP BY start
"""


def find_ownership_issues(ws: Workspace, *, as_of: date) -> dict[str, int]:
    """Rebuild `graph_issues` for `as_of`; return the count of each issue."""
    with ws.transaction():
        ws.run("clear graph issues", "DELETE FROM graph_issues")
        ws.run("share issues", ISSUE_SQL, {"as_of": as_of})
        ws.run(
            "company links for cycles",
            f"""CREATE OR REPLACE TEMP TABLE links AS
            SELECT DISTINCT cp.company_ogrn, cp.party_ogrn, cp.record_id FROM company_people cp
            WHERE cp.role = 'founder' AND cp.party_type = 'company' AND cp.party_ogrn IS NOT NULL
                  AND {active_sql("cp", "$as_of", "$as_of")}""",
            {"as_of": as_of},
        )
        ws.run("ownership cycles", CYCLE_SQL)
    rows = ws.rows("issue counts", "SELECT issue, count(*) FROM graph_issues GROUP BY issue")
    return {issue: int(n) for issue, n in rows}
