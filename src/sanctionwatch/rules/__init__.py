"""Stage: rules — regime packs (YAML) and the engine that evaluates them as of a date."""

from sanctionwatch.rules.engine import AnalysisSummary, analyze
from sanctionwatch.rules.pack import Measure, Pack, load_pack, shipped_packs

__all__ = ["AnalysisSummary", "Measure", "Pack", "analyze", "load_pack", "shipped_packs"]
