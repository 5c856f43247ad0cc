"""generate_world: a synthetic world with planted schemes, written as a user would bring it."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sanctionwatch.errors import SanctionwatchError
from sanctionwatch.simulate import schemes_companies as sc
from sanctionwatch.simulate import schemes_labour as sl
from sanctionwatch.simulate.builders import Builder
from sanctionwatch.simulate.model import World
from sanctionwatch.simulate.truth import hard_negatives, headline, truth_findings
from sanctionwatch.simulate.unlist import write_un_list
from sanctionwatch.simulate.vocab import designations
from sanctionwatch.simulate.writer import write_registries, write_truth

EXTRACT_DATE = date(2020, 3, 31)
PERMITS_AT_SCALE_1 = 100_000
COMPANIES_AT_SCALE_1 = 20_000


@dataclass
class WorldSummary:
    """Where the world was written and what it holds."""

    out: Path
    seed: int
    scale: float
    extract_date: date
    counts: dict[str, int] = field(default_factory=dict)
    findings_by_measure: dict[str, int] = field(default_factory=dict)
    hard_negatives: int = 0
    headline: dict[str, Any] = field(default_factory=dict)


def build_world(seed: int, scale: float, companies_scale: float | None = None) -> World:
    """Every company, person, permit and branch of the world, planted schemes included.

    `companies_scale` sizes the company registry on its own (default: `scale`), so a bench can
    ask for 1,000,000 permits and 500,000 companies (scale 10, companies_scale 25).
    """
    if not 0 < scale <= 20:
        raise SanctionwatchError(f"scale must be above 0 and at most 20, got {scale}")
    if companies_scale is not None and not 0 < companies_scale <= 50:
        raise SanctionwatchError(
            f"companies scale must be above 0 and at most 50, got {companies_scale}"
        )
    world = World(seed=seed, scale=scale, extract_date=EXTRACT_DATE)
    b = Builder(world, random.Random(seed))
    dprk_employers = [
        b.company(
            b.rng.choices(
                ("construction", "agriculture", "forestry", "fishing", "sewing"), (6, 1, 1, 1, 1)
            )[0],
            dprk_region=True,
            registered=(date(2002, 1, 1), date(2013, 12, 31)),
        )
        for _ in range(sc.count(250, scale, 3))
    ]
    for company in dprk_employers:
        b.ordinary_people(company)
    university = b.company(
        "university", dprk_region=True, registered=(date(1995, 1, 1), date(2000, 1, 1))
    )
    b.russian_person(university, "director")
    jvs = sc.plant_joint_ventures(b, scale)
    directed = sc.plant_directors(b, scale)
    network = sc.plant_network(b, scale)
    designated = sc.plant_designated_founders(b, scale)
    sc.plant_lookalike_companies(b, scale, [*jvs, *directed, *network, *designated])
    planted_count = len(world.companies)
    companies_wanted = round(COMPANIES_AT_SCALE_1 * (companies_scale or scale))
    background = sc.background_companies(b, max(10, companies_wanted - planted_count))
    employers = [c for c in background if c.liquidated_on is None or c.liquidated_on.year >= 2015][
        : max(5, len(background) // 4)
    ]
    open_jvs = [c for c in jvs if c.scheme != "jv_chain" and c.liquidated_on is None]
    sl.dprk_workers(b, scale, dprk_employers, [*open_jvs, *network[:2]])
    construction = [c for c in dprk_employers if c.activity_code[:2] in ("41", "42", "43")]
    sl.dprk_nonwork(b, scale, construction, university)
    sl.designated_and_near_misses(b, scale, employers)
    sl.network_hiring(b, network, employers)
    sl.background_permits(b, round(PERMITS_AT_SCALE_1 * scale) - len(world.permits), employers)
    return world


def generate_world(
    out: Path, *, seed: int = 1, scale: float = 1.0, companies_scale: float | None = None
) -> WorldSummary:
    """Write out/lists, out/registry and out/truth for a world drawn from `seed` at `scale`."""
    out = Path(out)
    world = build_world(seed, scale, companies_scale)
    listed = designations()
    write_un_list(
        out / "lists" / "un_consolidated.xml",
        listed["individuals"],
        listed["entities"],
        EXTRACT_DATE,
    )
    write_registries(world, out / "registry")
    findings = truth_findings(world)
    negatives = hard_negatives(world, findings)
    by_measure: dict[str, int] = {}
    for finding in findings:
        by_measure[finding[0]] = by_measure.get(finding[0], 0) + 1
    counts = {
        "permits": len(world.permits),
        "companies": len(world.companies),
        "company_people": len(world.parties),
        "branches": len(world.branches),
        "listed_individuals": len(listed["individuals"]),
        "listed_entities": len(listed["entities"]),
    }
    figures = headline(world)
    summary = WorldSummary(
        out,
        seed,
        scale,
        EXTRACT_DATE,
        counts,
        dict(sorted(by_measure.items())),
        len(negatives),
        figures,
    )
    write_truth(
        out / "truth",
        findings,
        negatives,
        {
            "seed": seed,
            "scale": scale,
            "companies_scale": companies_scale or scale,
            "extract_date": EXTRACT_DATE.isoformat(),
            "counts": counts,
            "findings_by_measure": summary.findings_by_measure,
            "hard_negatives": len(negatives),
            "headline": figures,
        },
    )
    return summary
