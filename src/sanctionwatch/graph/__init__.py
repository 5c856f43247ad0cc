"""Stage: graph — ownership and control, the 50 % rule, networks and their growth over time."""

from sanctionwatch.graph.blocked import compute_blocked_parties
from sanctionwatch.graph.chains import dprk_paths_sql
from sanctionwatch.graph.issues import find_ownership_issues
from sanctionwatch.graph.networks import build_networks, connected_components
from sanctionwatch.graph.ownership import (
    OwnershipStats,
    compute_indirect_ownership,
    ownership_paths,
    walk_ownership_chains,
)
from sanctionwatch.graph.timeline import build_network_timeline, network_timeline

__all__ = [
    "OwnershipStats",
    "build_network_timeline",
    "build_networks",
    "compute_blocked_parties",
    "compute_indirect_ownership",
    "connected_components",
    "dprk_paths_sql",
    "find_ownership_issues",
    "network_timeline",
    "ownership_paths",
    "walk_ownership_chains",
]
