"""The measure logics a pack may name, with the parameters each needs from the pack."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sanctionwatch.rules import measures_aggregate as agg
from sanctionwatch.rules import measures_companies as companies
from sanctionwatch.rules import measures_designations as designations
from sanctionwatch.rules import measures_permits as permits
from sanctionwatch.workspace import Workspace

Candidates = Callable[[Workspace, Any, date], list[dict[str, Any]]]


@dataclass(frozen=True)
class Logic:
    run: Candidates
    required: tuple[str, ...]
    needs_networks: bool = False


LOGIC: dict[str, Logic] = {
    "designated_party": Logic(designations.designated_party, ("program",)),
    "ofac_fifty_percent": Logic(
        designations.ofac_fifty_percent, ("threshold_pct", "blocking_lists")
    ),
    "work_authorization_freeze": Logic(
        agg.work_authorization_freeze, ("baseline_date", "work_permit_types")
    ),
    "new_work_authorization": Logic(
        permits.new_work_authorization, ("ban_date", "work_permit_types")
    ),
    "repatriation": Logic(permits.repatriation, ("deadline", "work_permit_types")),
    "nonwork_status_construction": Logic(
        permits.nonwork_status_construction, ("statuses", "activity_prefixes")
    ),
    "new_joint_venture": Logic(companies.new_joint_venture, ("ban_date",)),
    "joint_venture_not_closed": Logic(companies.joint_venture_not_closed, ("deadline",)),
    "dprk_director": Logic(companies.dprk_director, ("since",)),
    "network_expansion": Logic(companies.network_expansion, ("since",), needs_networks=True),
}
