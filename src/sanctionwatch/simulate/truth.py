"""The ground truth, computed as an oracle over the generator's own objects.

It applies the measure definitions of docs/architecture.md as of the extract date, to every
record (planted or background alike); it never runs the project's detector. The exact reading of
each definition is written into truth/README.md by `writer.py`.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from sanctionwatch.simulate.model import Party, World

WORK = ("work_permit", "patent")
NONWORK = ("study", "tourism", "business")
BAN = date(2017, 9, 11)
REPATRIATION = date(2019, 12, 22)
JV_FREEZE = date(2017, 8, 5)
JV_DEADLINE = date(2018, 1, 9)

Finding = tuple[str, str, str, str, date]  # measure, subject kind, subject key, scheme, date


def _is_dprk_party(p: Party) -> bool:
    return p.role == "founder" and p.citizenship == "kp"


def _owners(world: World) -> dict[str, list[Party]]:
    founders: dict[str, list[Party]] = defaultdict(list)
    for p in world.parties:
        if p.role == "founder":
            founders[p.company_ogrn].append(p)
    return founders


def dprk_owners(world: World, *, after: date | None = None) -> dict[str, list[Party]]:
    """OGRN -> the DPRK founder rows it reaches directly or through founding companies.

    With `after`, only links (and companies) still in place after that date count.
    """
    founders = _owners(world)
    companies = {c.ogrn: c for c in world.companies}
    memo: dict[str, list[Party]] = {}

    def live(p: Party) -> bool:
        return after is None or p.end_date is None or p.end_date > after

    def reach(ogrn: str, seen: frozenset[str]) -> list[Party]:
        if ogrn in memo:
            return memo[ogrn]
        company = companies.get(ogrn)
        if company is None or (
            after is not None
            and company.liquidated_on is not None
            and company.liquidated_on <= after
        ):
            return []
        found: list[Party] = []
        for p in founders.get(ogrn, []):
            if not live(p):
                continue
            if _is_dprk_party(p):
                found.append(p)
            elif p.party_ogrn and p.party_ogrn not in seen:
                found.extend(reach(p.party_ogrn, seen | {p.party_ogrn}))
        memo[ogrn] = found
        return found

    return {
        c.ogrn: owners for c in world.companies if (owners := reach(c.ogrn, frozenset({c.ogrn})))
    }


def _person_key(p: Party) -> str:
    return p.passport_number or p.inn or f"{p.name}|{p.birth_date}"


def networks(world: World) -> dict[str, int]:
    """OGRN -> network number: companies joined by ownership or by a shared founder/director."""
    parent = {c.ogrn: c.ogrn for c in world.companies}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        if a in parent and b in parent:
            parent[find(a)] = find(b)

    by_person: dict[str, str] = {}
    for p in world.parties:
        if p.party_type == "company" and p.party_ogrn:
            union(p.company_ogrn, p.party_ogrn)
        elif p.party_type == "person":
            key = _person_key(p)
            if key in by_person:
                union(p.company_ogrn, by_person[key])
            else:
                by_person[key] = p.company_ogrn
    roots: dict[str, int] = {}
    return {ogrn: roots.setdefault(find(ogrn), len(roots)) for ogrn in parent}


def _permit_findings(world: World, as_of: date) -> list[Finding]:
    out: list[Finding] = []
    for p in world.permits:
        if p.issue_date > as_of:
            continue
        if p.designated:
            out.append(("un-1718-asset-freeze", "permit", p.permit_id, p.scheme, p.issue_date))
        if p.citizenship != "kp":
            continue
        if p.permit_type in WORK:
            if p.issue_date >= BAN and not (p.contract_date and p.contract_date < BAN):
                out.append(
                    (
                        "un-2375-op17-new-work-authorization",
                        "permit",
                        p.permit_id,
                        p.scheme,
                        p.issue_date,
                    )
                )
            if as_of >= REPATRIATION and p.expiry_date >= REPATRIATION:
                out.append(
                    (
                        "un-2397-op8-repatriation",
                        "permit",
                        p.permit_id,
                        p.scheme,
                        max(p.issue_date, REPATRIATION),
                    )
                )
        elif (
            p.permit_type in NONWORK
            and p.employer
            and p.employer.activity_code[:2] in ("41", "42", "43")
        ):
            out.append(
                (
                    "indicator-nonwork-status-construction",
                    "permit",
                    p.permit_id,
                    p.scheme,
                    p.issue_date,
                )
            )
    return out


def _company_findings(world: World, as_of: date) -> list[Finding]:
    out: list[Finding] = []
    ever = dprk_owners(world)
    after_deadline = dprk_owners(world, after=JV_DEADLINE)
    by_company: dict[str, list[Party]] = defaultdict(list)
    for party in world.parties:
        by_company[party.company_ogrn].append(party)
    linked: set[str] = set(ever)
    for c in world.companies:
        if c.registered_on > as_of:
            continue
        parties = by_company[c.ogrn]
        designated = [p.start_date or c.registered_on for p in parties if p.designated]
        if designated:
            out.append(("un-1718-asset-freeze", "company", c.ogrn, c.scheme, min(designated)))
        if c.ogrn in ever and c.registered_on >= JV_FREEZE:
            out.append(
                ("un-2371-op12-new-joint-venture", "company", c.ogrn, c.scheme, c.registered_on)
            )
        if c.ogrn in after_deadline:
            out.append(
                (
                    "un-2375-op18-joint-venture-not-closed",
                    "company",
                    c.ogrn,
                    c.scheme,
                    max(c.registered_on, date(2018, 1, 10)),
                )
            )
        directors = [p for p in parties if p.role == "director" and p.citizenship == "kp"]
        if directors:
            linked.add(c.ogrn)
        current = [
            p
            for p in directors
            if (p.end_date is None or p.end_date > BAN)
            and (p.start_date is None or p.start_date <= as_of)
        ]
        if current and (c.liquidated_on is None or c.liquidated_on > BAN):
            start = min(p.start_date or c.registered_on for p in current)
            out.append(("indicator-dprk-director", "company", c.ogrn, c.scheme, max(start, BAN)))
    out.extend(_expansion(world, as_of, linked))
    return out


def _expansion(world: World, as_of: date, linked: set[str]) -> list[Finding]:
    network_of = networks(world)
    linked_networks = {network_of[o] for o in linked}
    events: dict[str, date] = {}
    for branch in world.branches:
        if JV_DEADLINE < branch.opened_on <= as_of:
            events[branch.company_ogrn] = min(
                events.get(branch.company_ogrn, branch.opened_on), branch.opened_on
            )
    for p in world.permits:
        if p.employer and JV_DEADLINE < p.issue_date <= as_of:
            events[p.employer.ogrn] = min(events.get(p.employer.ogrn, p.issue_date), p.issue_date)
    companies = {c.ogrn: c for c in world.companies}
    return [
        ("indicator-network-expansion", "company", ogrn, companies[ogrn].scheme, day)
        for ogrn, day in sorted(events.items())
        if network_of[ogrn] in linked_networks
    ]


def truth_findings(world: World) -> list[Finding]:
    """Every finding a correct analysis as of the extract date produces, sorted."""
    found = _permit_findings(world, world.extract_date) + _company_findings(
        world, world.extract_date
    )
    return sorted(found, key=lambda f: (f[0], f[1], f[2]))


def hard_negatives(world: World, findings: list[Finding]) -> list[tuple[str, str, str]]:
    """Planted look-alikes that breach nothing (any that turned out to breach are left out)."""
    flagged = {(f[1], f[2]) for f in findings}
    rows = [("permit", p.permit_id, p.hard_negative) for p in world.permits if p.hard_negative]
    rows += [("company", c.ogrn, c.hard_negative) for c in world.companies if c.hard_negative]
    rows += [
        ("permit", p.permit_id, "dprk_permit_lawful")
        for p in world.permits
        if p.citizenship == "kp" and not p.hard_negative and ("permit", p.permit_id) not in flagged
    ]
    return sorted({r for r in rows if (r[0], r[1]) not in flagged and r[2]})


def headline(world: World) -> dict[str, Any]:
    """The headline figures exactly as docs/architecture.md defines them."""
    kp = [p for p in world.permits if p.citizenship == "kp"]
    work = [p for p in kp if p.permit_type in WORK]
    by_year: dict[str, int] = defaultdict(int)
    for p in work:
        if p.issue_date >= BAN:
            by_year[str(p.issue_date.year)] += 1
    employers: dict[str, set[str]] = defaultdict(set)
    names: dict[str, str] = {}
    for p in work:
        if p.employer:
            employers[p.employer.ogrn].add(p.passport_number)
            names[p.employer.ogrn] = p.employer.short_name
    ranked = sorted(employers.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    companies = {c.ogrn: c for c in world.companies}
    return {
        "dprk_workers": len({p.passport_number for p in work}),
        "dprk_permit_holders": len({p.passport_number for p in kp}),
        "post_ban_permits_by_year": dict(sorted(by_year.items())),
        "employers_by_dprk_workers": [[o, names[o], len(w)] for o, w in ranked],
        "joint_ventures": [
            {
                "ogrn": o,
                "name": companies[o].full_name,
                "dprk_owners": sorted({p.name for p in owners}),
            }
            for o, owners in sorted(dprk_owners(world).items())
        ],
    }
