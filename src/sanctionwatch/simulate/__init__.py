"""Stage: simulate — a synthetic world with planted schemes and its ground truth.

See docs/simulate.md.
"""

from sanctionwatch.simulate.generate import EXTRACT_DATE, WorldSummary, build_world, generate_world

__all__ = ["EXTRACT_DATE", "WorldSummary", "build_world", "generate_world"]
