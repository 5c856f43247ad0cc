"""Resolve persons across permits, founders and directors: one person where the evidence says so.

Records sharing a passport number or a personal INN are one person outright (person_keys.py).
Groups with neither in common join on name and birth date when the matching engine
(`score_entities`) scores their names across scripts high enough; two different passports,
INNs or citizenships veto a merge whatever the score. Results: `persons`, `person_records`,
`person_links` (records/schema.sql), rebuilt by each run.
"""

from __future__ import annotations

import json
import time
from dataclasses import asdict, dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from sanctionwatch.matching import score_entities
from sanctionwatch.records.person_keys import candidate_pairs, group_by_identifiers, person_records
from sanctionwatch.workspace import Workspace


@dataclass
class PersonSummary:
    """What one resolution did."""

    records: int
    persons: int
    persons_with_several_records: int
    persons_in_permits_and_companies: int
    linked_by_passport: int
    linked_by_inn: int
    linked_by_name: int
    pairs_scored: int
    merges_vetoed: int
    seconds: float

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@cache
def settings() -> dict[str, Any]:
    """Threshold and limits (data/persons.yaml)."""
    text = resources.files("sanctionwatch.records").joinpath("data", "persons.yaml").read_text()
    data: dict[str, Any] = yaml.safe_load(text)
    return data


class _Groups:
    """Union-find over identifier groups that refuses a merge its identifiers contradict."""

    def __init__(self, facts: dict[int, dict[str, Any]]) -> None:
        self.parent: dict[int, int] = {}
        self.ids = {
            g: {k: set(f[k] or []) for k in ("passports", "inns", "citizenships")}
            for g, f in facts.items()
        }

    def find(self, x: int) -> int:
        while self.parent.get(x, x) != x:
            x = self.parent[x]
        return x

    def merge(self, a: int, b: int) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        left, right = self.ids[ra], self.ids[rb]
        if any(left[k] and right[k] and not left[k] & right[k] for k in left):
            return False
        root, child = min(ra, rb), max(ra, rb)
        self.parent[child] = root
        self.ids[root] = {k: left[k] | right[k] for k in left}
        return True


def _entity(facts: dict[str, Any]) -> dict[str, Any]:
    names = [*(facts["names"] or []), *(facts["latin"] or [])][: settings()["max_names"]]
    return {
        "schema": "Person",
        "properties": {
            "name": names,
            "birthDate": [str(d) for d in facts["births"] or []],
            "nationality": list(facts["citizenships"] or []),
        },
    }


def _name_merges(ws: Workspace) -> tuple[dict[int, int], list[tuple[int, int, Any]], int, int]:
    """Score the candidate pairs; return group -> root, accepted links, scored, vetoed."""
    pairs = ws.rows("person pairs", "SELECT a, b FROM _group_pairs ORDER BY a, b")
    if not pairs:
        return {}, [], 0, 0
    wanted = sorted({g for pair in pairs for g in pair})
    facts = {
        r["grp"]: r
        for r in ws.records(
            "facts of paired groups",
            "SELECT * FROM _group_facts WHERE grp IN (SELECT unnest($g::BIGINT[]))",
            {"g": wanted},
        )
    }
    scored = []
    for a, b in pairs:
        result = score_entities(_entity(facts[a]), _entity(facts[b]))
        if result.score >= settings()["min_score"]:
            scored.append((result.score, a, b, result))
    groups, links, vetoed = _Groups(facts), [], 0
    for _, a, b, result in sorted(scored, key=lambda s: (-s[0], s[1], s[2])):
        if groups.merge(a, b):
            links.append((a, b, result))
        else:
            vetoed += 1
    roots = {g: groups.find(g) for g in wanted if groups.find(g) != g}
    return roots, links, len(pairs), vetoed


def resolve_persons(ws: Workspace) -> PersonSummary:
    """Rebuild `persons`, `person_records` and `person_links` from the loaded registries."""
    started = time.perf_counter()
    records = person_records(ws)
    group_by_identifiers(ws)
    candidate_pairs(ws)
    roots, links, scored, vetoed = _name_merges(ws)
    ws.run(
        "person roots",
        """CREATE OR REPLACE TEMP TABLE _person_root AS
        SELECT unnest($g::BIGINT[]) AS grp, unnest($r::BIGINT[]) AS root""",
        {"g": list(roots), "r": list(roots.values())},
    )
    named = sorted({g for a, b, _ in links for g in (a, b)})
    with ws.transaction():
        for table in ("persons", "person_records", "person_links"):
            ws.run(f"clear {table}", f"DELETE FROM {table}")
        ws.run("person ids", PERSON_IDS_SQL, {"named": named})
        ws.run("write person records", WRITE_RECORDS_SQL)
        ws.run("write persons", WRITE_PERSONS_SQL)
        if links:
            first = dict(
                ws.rows(
                    "first records",
                    "SELECT grp, first_record FROM _group_facts "
                    "WHERE grp IN (SELECT unnest($g::BIGINT[]))",
                    {"g": named},
                )
            )
            ws.con.executemany(
                "INSERT INTO person_links SELECT person_id, ?, ?, ?, ? FROM person_records "
                "WHERE record_id = ? LIMIT 1",
                [
                    (
                        first[a],
                        first[b],
                        r.score,
                        json.dumps(r.explanation, ensure_ascii=False),
                        first[a],
                    )
                    for a, b, r in links
                ],
            )
    persons, several, both, by_passport, by_inn = (
        int(c) for c in ws.rows("person counts", COUNTS_SQL)[0]
    )
    return PersonSummary(
        records=records,
        persons=persons,
        persons_with_several_records=several,
        persons_in_permits_and_companies=both,
        linked_by_passport=by_passport,
        linked_by_inn=by_inn,
        linked_by_name=len(links),
        pairs_scored=scored,
        merges_vetoed=vetoed,
        seconds=round(time.perf_counter() - started, 2),
    )


PERSON_IDS_SQL = """
CREATE OR REPLACE TEMP TABLE _person_of AS
WITH g AS (
    SELECT r.n, r.record_table, r.record_id, r.passport_key, r.inn, pg.grp,
           coalesce(pr.root, pg.grp) AS root
    FROM _person_rec r JOIN _person_group pg USING (n) LEFT JOIN _person_root pr USING (grp))
SELECT *, 'P' || left(md5(min(record_id) OVER (PARTITION BY root)), 15) AS person_id,
    list_concat(
        CASE WHEN passport_key IS NOT NULL
             AND count(*) OVER (PARTITION BY grp, passport_key) > 1 THEN ['passport'] ELSE [] END,
        CASE WHEN inn IS NOT NULL AND count(*) OVER (PARTITION BY grp, inn) > 1
             THEN ['inn'] ELSE [] END,
        CASE WHEN list_contains($named::BIGINT[], grp) THEN ['name_birth_date'] ELSE [] END
    )::VARCHAR[] AS linked_by
FROM g
"""

WRITE_RECORDS_SQL = """
INSERT INTO person_records SELECT person_id, record_table, record_id, linked_by
FROM _person_of ORDER BY person_id, record_table, record_id
"""

WRITE_PERSONS_SQL = """
INSERT INTO persons
SELECT o.person_id, mode(r.name), mode(r.name_latin), mode(r.citizenship), mode(r.birth_date),
       list(DISTINCT r.passport) FILTER (r.passport IS NOT NULL),
       list(DISTINCT r.inn) FILTER (r.inn IS NOT NULL),
       count(*) FILTER (o.record_table = 'permits'),
       count(*) FILTER (o.record_table = 'company_people'), count(*)
FROM _person_of o JOIN _person_rec r USING (n) GROUP BY o.person_id ORDER BY o.person_id
"""

COUNTS_SQL = """
SELECT (SELECT count(*) FROM persons),
       (SELECT count(*) FROM persons WHERE records > 1),
       (SELECT count(*) FROM persons WHERE permits > 0 AND company_roles > 0),
       (SELECT count(*) FROM person_records WHERE list_contains(linked_by, 'passport')),
       (SELECT count(*) FROM person_records WHERE list_contains(linked_by, 'inn'))
"""
