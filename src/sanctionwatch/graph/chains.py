"""Which companies a DPRK party founded, directly or through a chain of companies.

The walk starts from each founder row whose citizenship (persons) or country of registration
(companies) is 'kp' and goes down to the companies that founder's company founded, and so on.
No share threshold applies: a joint venture exists with any participation. Only simple paths
are followed (a chain never revisits a company), so ownership cycles terminate.
"""

from __future__ import annotations

from sanctionwatch.graph.parties import active_sql

MAX_CHAIN_DEPTH = 30


def dprk_paths_sql(window_from: str, window_to: str, table: str = "dprk_paths") -> str:
    """SQL creating temp `table`: (company_ogrn, root_record_id, root_name, root_kind, depth,
    path_companies, path_records, path_shares) for links in force within (from, to].

    `window_from` / `window_to` are SQL expressions (parameters such as $as_of, or NULL).
    Every link of the chain, the DPRK founder row included, must overlap the window.
    """
    link = active_sql("cp", window_from, window_to)
    return f"""
CREATE OR REPLACE TEMP TABLE {table} AS
WITH RECURSIVE walk(company_ogrn, root_record_id, root_name, root_kind, depth,
                    path_companies, path_records, path_shares) AS (
    SELECT cp.company_ogrn, cp.record_id, cp.name, cp.party_type, 1,
           [cp.company_ogrn], [cp.record_id], [cp.share_pct]
    FROM company_people cp
    WHERE cp.role = 'founder' AND cp.citizenship = 'kp' AND {link}
    UNION ALL
    SELECT cp.company_ogrn, w.root_record_id, w.root_name, w.root_kind, w.depth + 1,
           list_append(w.path_companies, cp.company_ogrn),
           list_append(w.path_records, cp.record_id),
           list_append(w.path_shares, cp.share_pct)
    FROM walk w
    JOIN company_people cp ON cp.role = 'founder' AND cp.party_type = 'company'
         AND cp.party_ogrn = w.company_ogrn
    WHERE {link} AND NOT list_contains(w.path_companies, cp.company_ogrn)
          AND w.depth < {MAX_CHAIN_DEPTH}
)
SELECT * FROM walk
"""
