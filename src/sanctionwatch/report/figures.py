"""The case's headline figures, computed from the workspace exactly as docs/architecture.md says.

The generator's `truth/world.json` computes the same figures from its own data; the two must
agree, so every definition here follows the contract word for word (and nothing else).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sanctionwatch.workspace import Workspace

WORK_TYPES = "('work_permit', 'patent')"
BAN_DATE = "DATE '2017-09-11'"


@dataclass(frozen=True)
class JointVenture:
    """A company with a DPRK person or entity among its founders, directly or through a chain."""

    ogrn: str
    name: str
    dprk_owners: list[str]

    def as_dict(self) -> dict[str, Any]:
        return {"ogrn": self.ogrn, "name": self.name, "dprk_owners": list(self.dprk_owners)}


@dataclass(frozen=True)
class HeadlineFigures:
    """The figures the report opens with (and `truth/world.json` repeats)."""

    dprk_workers: int
    dprk_permit_holders: int
    post_ban_permits_by_year: dict[int, int]
    employers_by_dprk_workers: list[tuple[str, str, int]]
    joint_ventures: list[JointVenture] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """The JSON shape of `truth/world.json`'s headline figures."""
        return {
            "dprk_workers": self.dprk_workers,
            "dprk_permit_holders": self.dprk_permit_holders,
            "post_ban_permits_by_year": {
                str(year): n for year, n in self.post_ban_permits_by_year.items()
            },
            "employers_by_dprk_workers": [list(row) for row in self.employers_by_dprk_workers],
            "joint_ventures": [jv.as_dict() for jv in self.joint_ventures],
        }


def dprk_holders_sql(work_only: bool) -> str:
    """Distinct passports among DPRK nationals' permits (work authorizations only, or any)."""
    type_filter = f"AND permit_type IN {WORK_TYPES}" if work_only else ""
    return f"""
        SELECT count(DISTINCT passport_number) FROM permits
        WHERE citizenship = 'kp' {type_filter}
    """


POST_BAN_BY_YEAR_SQL = f"""
    SELECT year(issue_date) AS y, count(*) FROM permits
    WHERE citizenship = 'kp' AND permit_type IN {WORK_TYPES} AND issue_date >= {BAN_DATE}
    GROUP BY y ORDER BY y
"""

# One name per employer OGRN: the registry may spell it differently on different permits, so the
# figure takes the alphabetically first spelling (a deterministic choice the truth can repeat).
EMPLOYERS_SQL = f"""
    SELECT employer_ogrn, min(employer_name), count(DISTINCT passport_number) AS n
    FROM permits
    WHERE citizenship = 'kp' AND permit_type IN {WORK_TYPES} AND employer_ogrn IS NOT NULL
    GROUP BY employer_ogrn
    HAVING n > 0
    ORDER BY n DESC, employer_ogrn
"""

# Founders with citizenship (persons) or country of registration (companies) 'kp', then up every
# chain of company founders (`party_ogrn` -> the company it founded). UNION stops at cycles.
JOINT_VENTURES_SQL = """
    WITH RECURSIVE owned(ogrn, owner) AS (
        SELECT company_ogrn, name FROM company_people
        WHERE role = 'founder' AND citizenship = 'kp'
        UNION
        SELECT cp.company_ogrn, owned.owner
        FROM company_people cp JOIN owned ON cp.party_ogrn = owned.ogrn
        WHERE cp.role = 'founder' AND cp.party_type = 'company'
    )
    SELECT o.ogrn,
           coalesce(min(c.full_name), o.ogrn) AS name,
           list(DISTINCT o.owner ORDER BY o.owner) AS owners
    FROM owned o LEFT JOIN companies c ON c.ogrn = o.ogrn
    GROUP BY o.ogrn
    ORDER BY o.ogrn
"""


def compute_headline_figures(ws: Workspace) -> HeadlineFigures:
    """Compute every headline figure from the registry tables of the workspace."""
    by_year = ws.rows("headline: post-ban permits by year", POST_BAN_BY_YEAR_SQL)
    employers = ws.rows("headline: employers by DPRK workers", EMPLOYERS_SQL)
    ventures = ws.rows("headline: joint ventures", JOINT_VENTURES_SQL)
    return HeadlineFigures(
        dprk_workers=int(ws.scalar("headline: DPRK workers", dprk_holders_sql(True))),
        dprk_permit_holders=int(
            ws.scalar("headline: DPRK permit holders", dprk_holders_sql(False))
        ),
        post_ban_permits_by_year={int(y): int(n) for y, n in by_year},
        employers_by_dprk_workers=[(str(o), str(name or ""), int(n)) for o, name, n in employers],
        joint_ventures=[
            JointVenture(ogrn=str(o), name=str(name), dprk_owners=[str(x) for x in owners])
            for o, name, owners in ventures
        ],
    )
