"""Monthly and per-region counts from the registry tables, the data behind the charts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sanctionwatch.workspace import Workspace

WORK_TYPES = ("work_permit", "patent")


@dataclass(frozen=True)
class MonthlyPermits:
    """Permits issued to DPRK nationals in one month: work authorizations and other statuses."""

    month: date
    work: int
    other: int


@dataclass(frozen=True)
class NetworkGrowth:
    """New companies, branches and permits per month for one network of companies."""

    network_id: str
    ogrns: list[str]
    companies: list[tuple[date, int]]
    branches: list[tuple[date, int]]
    permits: list[tuple[date, int]]


DPRK_PERMITS_BY_MONTH_SQL = """
    SELECT date_trunc('month', issue_date)::DATE AS m,
           count(*) FILTER (WHERE permit_type IN ('work_permit', 'patent')),
           count(*) FILTER (WHERE permit_type NOT IN ('work_permit', 'patent'))
    FROM permits
    WHERE citizenship = 'kp' AND issue_date IS NOT NULL
    GROUP BY m ORDER BY m
"""

DPRK_WORKERS_BY_REGION_SQL = """
    SELECT coalesce(region, '(region not recorded)') AS r, count(DISTINCT passport_number) AS n
    FROM permits
    WHERE citizenship = 'kp' AND permit_type IN ('work_permit', 'patent')
    GROUP BY r HAVING n > 0 ORDER BY n DESC, r
"""

# Registrations, branch openings and permits of a set of companies, by month.
GROWTH_SQL = """
    SELECT 'companies' AS kind, date_trunc('month', registered_on)::DATE AS m, count(*)
    FROM companies WHERE ogrn IN (SELECT unnest($ogrns)) AND registered_on IS NOT NULL
    GROUP BY m
    UNION ALL
    SELECT 'branches', date_trunc('month', opened_on)::DATE AS m, count(*)
    FROM branches WHERE company_ogrn IN (SELECT unnest($ogrns)) AND opened_on IS NOT NULL
    GROUP BY m
    UNION ALL
    SELECT 'permits', date_trunc('month', issue_date)::DATE AS m, count(*)
    FROM permits WHERE employer_ogrn IN (SELECT unnest($ogrns)) AND issue_date IS NOT NULL
    GROUP BY m
    ORDER BY 1, 2
"""


def dprk_permits_by_month(ws: Workspace) -> list[MonthlyPermits]:
    """Every month with a permit issued to a DPRK national."""
    rows = ws.rows("chart: DPRK permits by month", DPRK_PERMITS_BY_MONTH_SQL)
    return [MonthlyPermits(month=m, work=int(w), other=int(o)) for m, w, o in rows]


def dprk_workers_by_region(ws: Workspace) -> list[tuple[str, int]]:
    """Distinct DPRK workers (passports) per region, most first."""
    rows = ws.rows("chart: DPRK workers by region", DPRK_WORKERS_BY_REGION_SQL)
    return [(str(r), int(n)) for r, n in rows]


def network_growth(ws: Workspace, network_id: str, ogrns: list[str]) -> NetworkGrowth:
    """What one network of companies registered, opened and hired, month by month."""
    series: dict[str, list[tuple[date, int]]] = {"companies": [], "branches": [], "permits": []}
    for kind, month, n in ws.rows(f"chart: growth of {network_id}", GROWTH_SQL, {"ogrns": ogrns}):
        series[kind].append((month, int(n)))
    return NetworkGrowth(network_id=network_id, ogrns=ogrns, **series)
