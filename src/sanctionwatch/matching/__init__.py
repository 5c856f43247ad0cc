"""Cross-script matching: scores with explanations, bulk screening, one-off queries."""

from __future__ import annotations

from sanctionwatch.matching.batch import score_pairs
from sanctionwatch.matching.evaluate import evaluate_pairs
from sanctionwatch.matching.query import Candidate, NameIndex, match_query
from sanctionwatch.matching.score import MatchScore, score_entities
from sanctionwatch.matching.screen import ScreenSummary, screen_workspace

__all__ = [
    "Candidate",
    "MatchScore",
    "NameIndex",
    "ScreenSummary",
    "evaluate_pairs",
    "match_query",
    "score_entities",
    "score_pairs",
    "screen_workspace",
]
