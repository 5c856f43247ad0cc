"""Indirect ownership: shares multiplied along each chain of companies, summed across chains.

Computed level by level with joins in DuckDB (one join per level, not one query per company), so
500,000 companies with six-level chains take seconds. Only simple paths are followed: a chain
stops where it would come back to a company already on it, so a cycle never hangs and a company
is never counted as owning itself. Cycles are reported in `graph_issues` (see `issues.py`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sanctionwatch.graph.parties import ownership_edges_sql
from sanctionwatch.workspace import Workspace

DEFAULT_MAX_DEPTH = 30


@dataclass(frozen=True)
class OwnershipStats:
    """What one computation did: levels walked, chains cut by a cycle or by the depth limit."""

    edges: int
    levels: int
    owner_rows: int
    cycles_cut: int
    depth_capped: int


def compute_indirect_ownership(
    ws: Workspace, *, as_of: date | None = None, max_depth: int = DEFAULT_MAX_DEPTH
) -> OwnershipStats:
    """Fill `ownership_indirect` for every company from the holdings in force on `as_of`."""
    stats = walk_ownership_chains(ws, as_of=as_of, max_depth=max_depth)
    with ws.transaction():
        ws.run("clear indirect ownership", "DELETE FROM ownership_indirect")
        ws.run(
            "write indirect ownership",
            """INSERT INTO ownership_indirect
            SELECT company_ogrn, owner_key, any_value(owner_name), sum(share) * 100.0,
                   min(depth), count(*)
            FROM ownership_chains GROUP BY company_ogrn, owner_key""",
        )
    return stats


def walk_ownership_chains(
    ws: Workspace,
    *,
    as_of: date | None = None,
    max_depth: int = DEFAULT_MAX_DEPTH,
    companies: list[str] | None = None,
) -> OwnershipStats:
    """Fill temp table `ownership_chains`: every simple chain from a company up to each owner.

    Columns: company_ogrn, owner_key, owner_name, owner_ogrn, share (fraction), depth,
    visited (the company then each intermediate company), via (the founder record_ids).
    """
    params: dict[str, Any] = {} if as_of is None else {"as_of": as_of}
    ws.run(
        "ownership edges",
        f"CREATE OR REPLACE TEMP TABLE own_edges AS {ownership_edges_sql(as_of)}",
        params or None,
    )
    start_filter = "" if companies is None else "WHERE company_ogrn IN (SELECT unnest($companies))"
    ws.run(
        "ownership level 1",
        f"""CREATE OR REPLACE TEMP TABLE own_frontier AS
        SELECT company_ogrn, owner_key, owner_name, owner_ogrn, share, 1 AS depth,
               [company_ogrn] AS visited, [record_id] AS via
        FROM own_edges {start_filter}""",
        None if companies is None else {"companies": companies},
    )
    ws.run("ownership chains", "CREATE OR REPLACE TEMP TABLE ownership_chains AS FROM own_frontier")
    levels, cycles_cut = 1, 0
    while levels < max_depth:
        cycles_cut += ws.scalar(
            "ownership cycles at level",
            """SELECT count(*) FROM own_frontier f JOIN own_edges e ON e.company_ogrn = f.owner_ogrn
            WHERE list_contains(list_append(f.visited, f.owner_ogrn), e.owner_ogrn)""",
        )
        ws.run(
            f"ownership level {levels + 1}",
            """CREATE OR REPLACE TEMP TABLE own_frontier AS
            SELECT f.company_ogrn, e.owner_key, e.owner_name, e.owner_ogrn,
                   f.share * e.share AS share,
                   f.depth + 1 AS depth, list_append(f.visited, f.owner_ogrn) AS visited,
                   list_append(f.via, e.record_id) AS via
            FROM own_frontier f JOIN own_edges e ON e.company_ogrn = f.owner_ogrn
            WHERE NOT list_contains(
                list_append(f.visited, f.owner_ogrn), coalesce(e.owner_ogrn, ''))""",
        )
        if not ws.scalar("ownership frontier size", "SELECT count(*) FROM own_frontier"):
            break
        levels += 1
        ws.run("ownership chains append", "INSERT INTO ownership_chains FROM own_frontier")
    depth_capped = ws.scalar(
        "ownership chains left at the depth limit",
        """SELECT count(*) FROM own_frontier f JOIN own_edges e ON e.company_ogrn = f.owner_ogrn""",
    )
    edges = ws.scalar("ownership edge count", "SELECT count(*) FROM own_edges")
    rows = ws.scalar("ownership rows", "SELECT count(*) FROM ownership_chains")
    return OwnershipStats(
        edges, levels, rows, cycles_cut, depth_capped if levels >= max_depth else 0
    )


def ownership_paths(
    ws: Workspace, company_ogrn: str, *, as_of: date | None = None
) -> list[dict[str, Any]]:
    """Every chain of owners of one company, with the effective share of each (for evidence)."""
    walk_ownership_chains(ws, as_of=as_of, companies=[company_ogrn])
    return ws.records(
        "ownership paths of a company",
        """SELECT owner_key, owner_name, round(share * 100.0, 6) AS share_pct, depth,
                  visited[2:] AS through_companies, via AS record_ids
        FROM ownership_chains ORDER BY depth, owner_key""",
    )
