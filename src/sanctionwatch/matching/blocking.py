"""Candidate pairs for a batch of subjects: the listed entities sharing a usable key."""

from __future__ import annotations

from collections.abc import Sequence

from sanctionwatch.matching.bulk import ListedIndex
from sanctionwatch.matching.entity import EntityRecord
from sanctionwatch.workspace import Workspace


def candidate_pairs(
    ws: Workspace | None, subjects: Sequence[EntityRecord], listed: Sequence[EntityRecord]
) -> list[tuple[int, int]]:
    """(subject index, listed index) for every pair sharing a usable key (ws is not needed)."""
    if not subjects or not listed:
        return []
    index = ListedIndex(listed)
    return sorted(
        (si, li) for si, subject in enumerate(subjects) for li in index.candidates(subject)
    )
