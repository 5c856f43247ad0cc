"""Networks: companies linked by shared founders, directors, addresses, phones and employees.

Links are built in SQL (`network_links`), then grouped into connected components with a
union-find over (company, shared value) pairs. The network id is 'net-' + its smallest OGRN, so
it stays the same across runs while that company stays in it. Which kinds link and the cap on
how common a value may be are data (`network_links.yaml`).
"""

from __future__ import annotations

from importlib import resources
from typing import Any

import yaml

from sanctionwatch.errors import ConfigError
from sanctionwatch.graph.parties import party_key_sql
from sanctionwatch.workspace import Workspace

LINK_SQL = {
    "founder": f"""SELECT company_ogrn, {party_key_sql("cp")} FROM company_people cp
        WHERE role = 'founder'""",
    "director": f"""SELECT company_ogrn, {party_key_sql("cp")} FROM company_people cp
        WHERE role = 'director'""",
    "owner_company": """SELECT company_ogrn, party_ogrn FROM company_people
        WHERE role = 'founder' AND party_type = 'company' AND nullif(party_ogrn, '') IS NOT NULL
        UNION ALL SELECT party_ogrn, party_ogrn FROM company_people
        WHERE role = 'founder' AND party_type = 'company' AND nullif(party_ogrn, '') IS NOT NULL""",
    "address": r"""SELECT ogrn, trim(regexp_replace(lower(address), '[^\w]+', ' ', 'g'))
        FROM companies WHERE nullif(trim(address), '') IS NOT NULL""",
    "phone": r"""SELECT ogrn, right(regexp_replace(phone, '\D', '', 'g'), 10) FROM companies
        WHERE length(regexp_replace(coalesce(phone, ''), '\D', '', 'g')) >= 6""",
    "employee": """SELECT employer_ogrn, passport_number FROM permits
        WHERE nullif(employer_ogrn, '') IS NOT NULL AND nullif(passport_number, '') IS NOT NULL""",
}


def load_link_config() -> dict[str, Any]:
    """The link kinds and the commonness cap, validated."""
    text = resources.files("sanctionwatch.graph").joinpath("network_links.yaml").read_text()
    config = yaml.safe_load(text)
    errors = [f"unknown link kind {k!r}" for k in config.get("kinds", {}) if k not in LINK_SQL]
    errors += [
        f"unknown control kind {k!r}"
        for k in config.get("control_kinds", [])
        if k not in config.get("kinds", {})
    ]
    if not isinstance(config.get("max_companies"), int) or config["max_companies"] < 2:
        errors.append("max_companies must be an integer >= 2")
    if errors:
        raise ConfigError("network_links.yaml: " + "; ".join(errors))
    return dict(config)


def build_network_links(ws: Workspace, config: dict[str, Any] | None = None) -> None:
    """Rebuild `network_links`: one row per (company, kind, value) for each enabled kind."""
    config = config or load_link_config()
    parts = [
        f"SELECT DISTINCT * FROM (SELECT '{kind}' AS link_kind, * FROM ({sql}) t(c, v))"
        for kind, sql in LINK_SQL.items()
        if config["kinds"].get(kind)
    ]
    with ws.transaction():
        ws.run("clear network links", "DELETE FROM network_links")
        if not parts:
            return
        ws.run(
            "network links",
            f"""INSERT INTO network_links
            WITH raw AS ({" UNION ALL ".join(parts)}),
            spread AS (SELECT link_kind, v, count(DISTINCT c) AS n FROM raw GROUP BY ALL)
            SELECT r.c, CASE WHEN s.n > $cap THEN r.link_kind || '_too_common'
                             ELSE r.link_kind END, r.v
            FROM raw r JOIN spread s USING (link_kind, v)
            WHERE r.c IS NOT NULL AND r.v IS NOT NULL AND r.v <> ''""",
            {"cap": config["max_companies"]},
        )


def connected_components(pairs: list[tuple[str, str]], nodes: list[str]) -> dict[str, str]:
    """Map each node to its component's smallest node; `pairs` join a node to a shared value."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        root = x
        while parent.get(root, root) != root:
            root = parent[root]
        while parent.get(x, x) != root:
            parent[x], x = root, parent[x]
        return root

    for node in nodes:
        parent.setdefault(node, node)
    for node, value in pairs:
        a, b = find(node), find("\x00" + value)
        if a != b:
            # keep the smaller company as root so the id is deterministic
            if b.startswith("\x00") or (not a.startswith("\x00") and a < b):
                parent[b] = a
            else:
                parent[a] = b
    components: dict[str, list[str]] = {}
    for node in nodes:
        components.setdefault(find(node), []).append(node)
    return {node: min(members) for members in components.values() for node in members}


def build_networks(ws: Workspace) -> int:
    """Rebuild `network_links` and `company_networks`; return the number of (broad) networks.

    Each company gets two ids: `network_id` joins every enabled link kind (the investigator's
    broad view), `control_network_id` only the `control_kinds` (who owns or runs it).
    """
    config = load_link_config()
    control_kinds = set(config.get("control_kinds", []))
    build_network_links(ws, config)
    nodes = [
        r[0]
        for r in ws.rows(
            "network nodes",
            """SELECT ogrn FROM companies UNION SELECT company_ogrn FROM network_links
            ORDER BY 1""",
        )
    ]
    links = ws.rows(
        "links that join",
        "SELECT company_ogrn, link_kind, link_value FROM network_links "
        "WHERE link_kind NOT LIKE '%_too_common'",
    )
    labels = connected_components([(c, f"{k}:{v}") for c, k, v in links], nodes)
    control = connected_components(
        [(c, f"{k}:{v}") for c, k, v in links if k in control_kinds], nodes
    )
    with ws.transaction():
        ws.run("clear networks", "DELETE FROM company_networks")
        ws.run(
            "networks",
            """INSERT INTO company_networks
            SELECT c, 'net-' || r, count(*) OVER (PARTITION BY r), 'ctl-' || k
            FROM (SELECT unnest($c) AS c, unnest($r) AS r, unnest($k) AS k)""",
            {"c": list(labels), "r": list(labels.values()), "k": [control[c] for c in labels]},
        )
    return len(set(labels.values()))
