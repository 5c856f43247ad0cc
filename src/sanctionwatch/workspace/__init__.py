"""The workspace: one DuckDB file that holds every stage's tables."""

from sanctionwatch.workspace.connection import DEFAULT_WORKSPACE, Workspace, open_workspace

__all__ = ["DEFAULT_WORKSPACE", "Workspace", "open_workspace"]
