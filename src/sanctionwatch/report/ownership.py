"""Who owns and directs the flagged companies: a networkx graph built from company_people.

Nodes are companies (by OGRN), people (by passport, else name and birth date) and foreign
entities (by name and country); an edge runs from a founder or director to the company, with the
share on it. The graph climbs chains of company founders from every company a finding names.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from sanctionwatch.workspace import Workspace

MAX_CHAIN_DEPTH = 12

PEOPLE_SQL = """
    SELECT record_id, company_ogrn, role, party_type, name, citizenship, birth_date,
           passport_number, party_ogrn, share_pct, start_date, end_date, source_file, source_row
    FROM company_people WHERE company_ogrn IN (SELECT unnest($ogrns))
    ORDER BY company_ogrn, source_file, source_row
"""
COMPANIES_SQL = """
    SELECT ogrn, min(full_name), coalesce(min(nullif(short_name, '')), min(full_name)),
           min(record_id), min(source_file), min(source_row),
           min(registered_on), min(liquidated_on), min(address)
    FROM companies WHERE ogrn IN (SELECT unnest($ogrns)) GROUP BY ogrn
"""
LISTED_SQL = """
    SELECT subject_table, subject_id, entity_id, list_name, matched_name, max(score)
    FROM screen_matches GROUP BY ALL
"""
FLAGGED_SQL = """
    SELECT subject_key, list(DISTINCT measure_id ORDER BY measure_id), mode(network_id)
    FROM findings WHERE subject_kind = 'company' GROUP BY subject_key ORDER BY subject_key
"""


@dataclass
class OwnershipGraph:
    """The graph (scalar attributes only, so GraphML/GEXF can hold it) and each node's records."""

    graph: nx.DiGraph
    records: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def networks(self) -> list[tuple[str, list[str]]]:
        """(network id, nodes) of each connected part with a flagged company, largest first."""
        parts = [
            sorted(part)
            for part in nx.weakly_connected_components(self.graph)
            if any(self.graph.nodes[n].get("flagged") for n in part)
        ]
        parts.sort(key=lambda part: (-len(part), part[0]))
        named = []
        for number, part in enumerate(parts, start=1):
            ids = Counter(
                self.graph.nodes[n]["network_id"]
                for n in part
                if self.graph.nodes[n].get("network_id")
            )
            named.append((ids.most_common(1)[0][0] if ids else f"network-{number}", part))
        return named

    def company_ogrns(self, nodes: list[str]) -> list[str]:
        """The OGRNs of the Russian companies among `nodes`."""
        return [self.graph.nodes[n]["ogrn"] for n in nodes if self.graph.nodes[n].get("ogrn")]


def party_node_id(row: dict[str, Any]) -> str:
    """A stable node id for a founder or director row (the same person across companies)."""
    if row["party_ogrn"]:
        return f"company:{row['party_ogrn']}"
    if row["party_type"] == "company":
        return f"entity:{row['name']}|{row['citizenship'] or ''}"
    if row["passport_number"]:
        return f"person:{row['passport_number']}"
    return f"person:{row['name']}|{row['birth_date'] or ''}"


def build_ownership_graph(ws: Workspace) -> OwnershipGraph:
    """Flagged companies, everyone who founds or directs them, and up every chain of owners."""
    flagged = {
        key: (measures, net) for key, measures, net in ws.rows("graph: flagged", FLAGGED_SQL)
    }
    listed = _listed_subjects(ws)
    owned = OwnershipGraph(graph=nx.DiGraph())
    _add_flagged(owned, flagged)
    seen: set[str] = set()
    frontier = sorted(flagged)
    for _ in range(MAX_CHAIN_DEPTH):
        if not frontier:
            break
        seen.update(frontier)
        next_frontier: set[str] = set()
        for row in ws.records("graph: founders and directors", PEOPLE_SQL, {"ogrns": frontier}):
            _add_party(owned, row, listed)
            if row["party_ogrn"] and row["party_ogrn"] not in seen:
                next_frontier.add(row["party_ogrn"])
        frontier = sorted(next_frontier)
    _describe_companies(ws, owned, listed)
    return owned


def _listed_subjects(ws: Workspace) -> dict[tuple[str, str], list[dict[str, Any]]]:
    matches: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for table, subject, entity, list_name, name, score in ws.rows("graph: matches", LISTED_SQL):
        matches.setdefault((table, subject), []).append(
            {
                "entity_id": entity,
                "list_name": list_name,
                "matched_name": name,
                "score": round(float(score), 3),
            }
        )
    return matches


def _add_party(owned: OwnershipGraph, row: dict[str, Any], listed: dict[Any, Any]) -> None:
    graph = owned.graph
    party = party_node_id(row)
    company = f"company:{row['company_ogrn']}"
    matches = listed.get(("company_people", row["record_id"]), [])
    if party not in graph:
        graph.add_node(
            party,
            label=row["name"],
            kind=party.split(":")[0],
            ogrn=row["party_ogrn"] or "",
            country=row["citizenship"] or "",
            dprk=row["citizenship"] == "kp",
            listed=False,
            flagged=False,
            network_id="",
            measures="",
        )
    graph.nodes[party]["listed"] = graph.nodes[party]["listed"] or bool(matches)
    if company not in graph:
        graph.add_node(
            company,
            label=row["company_ogrn"],
            kind="company",
            ogrn=row["company_ogrn"],
            country="ru",
            dprk=False,
            listed=False,
            flagged=False,
            network_id="",
            measures="",
        )
    share = float(row["share_pct"]) if row["share_pct"] is not None else None
    previous = graph.get_edge_data(party, company, default={})
    roles = sorted({*filter(None, str(previous.get("role", "")).split("+")), row["role"]})
    graph.add_edge(
        party,
        company,
        role="+".join(roles),
        start=str(row["start_date"] or ""),
        end=str(row["end_date"] or ""),
    )
    if share is not None:  # an unknown share stays absent (GraphML has no null)
        graph.edges[party, company]["share"] = share
    owned.records.setdefault(party, []).append(
        {
            "record_id": row["record_id"],
            "source_file": row["source_file"],
            "source_row": row["source_row"],
            "role": row["role"],
            "of": row["company_ogrn"],
            "share_pct": share,
            "start_date": row["start_date"],
            "end_date": row["end_date"],
            "matches": matches,
        }
    )


def _describe_companies(ws: Workspace, owned: OwnershipGraph, listed: dict[Any, Any]) -> None:
    graph = owned.graph
    ogrns = sorted(graph.nodes[n]["ogrn"] for n in graph if graph.nodes[n].get("ogrn"))
    for ogrn, name, short, record_id, file, row, registered, liquidated, address in ws.rows(
        "graph: company names", COMPANIES_SQL, {"ogrns": ogrns}
    ):
        node = graph.nodes[f"company:{ogrn}"]
        node["label"] = short  # pictures show the short form (ООО for the full legal form)
        node["full_name"] = name
        node["listed"] = node["listed"] or bool(listed.get(("companies", record_id)))
        owned.records.setdefault(f"company:{ogrn}", []).append(
            {
                "record_id": record_id,
                "source_file": file,
                "source_row": row,
                "ogrn": ogrn,
                "registered_on": registered,
                "liquidated_on": liquidated,
                "address": address,
                "matches": listed.get(("companies", record_id), []),
            }
        )


def _add_flagged(owned: OwnershipGraph, flagged: dict[str, Any]) -> None:
    graph = owned.graph
    for ogrn, (measures, network_id) in flagged.items():
        node_id = f"company:{ogrn}"
        graph.add_node(
            node_id,
            label=ogrn,
            kind="company",
            ogrn=ogrn,
            country="ru",
            dprk=False,
            listed=False,
            flagged=False,
            network_id="",
            measures="",
        )
        graph.nodes[node_id].update(
            flagged=True, measures=", ".join(measures), network_id=network_id or ""
        )
