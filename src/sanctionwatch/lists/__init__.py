"""Stage: lists. Official sanctions lists in every format, normalized, versioned, diffed.

Public API: `load_list`, `diff_versions`, `export_entities`, `fetch_lists`.
"""

from __future__ import annotations

from sanctionwatch.lists.diff import ChangedEntity, ListDiff, diff_versions, latest_two_versions
from sanctionwatch.lists.export import export_entities
from sanctionwatch.lists.fetch import fetch_lists
from sanctionwatch.lists.store import load_list
from sanctionwatch.lists.summary import ListLoadSummary

__all__ = [
    "ChangedEntity",
    "ListDiff",
    "ListLoadSummary",
    "diff_versions",
    "export_entities",
    "fetch_lists",
    "latest_two_versions",
    "load_list",
]
