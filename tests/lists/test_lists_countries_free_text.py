"""A country written in free text on a real list is read, and still reported for review."""

from __future__ import annotations

import json
from pathlib import Path

from sanctionwatch.lists import load_list
from sanctionwatch.workspace import Workspace


def test_free_text_nationality_is_read_and_reported(
    workspace: Workspace, shared_data: Path
) -> None:
    load_list(workspace, shared_data / "un" / "UN_consolidated_2018-10-29.xml")
    props = json.loads(
        workspace.scalar(
            "t", "SELECT properties FROM listed_entities WHERE entity_id = 'un-sc-113211'"
        )
    )
    assert "id" in props["nationality"]
    assert any("Indonesia (as at Dec. 2003)" in note for note in props["notes"])
    message = workspace.scalar(
        "t",
        "SELECT message FROM list_load_issues WHERE entity_id = 'un-sc-113211' "
        "AND field = 'nationality'",
    )
    assert message.startswith("country read from free text as id")
