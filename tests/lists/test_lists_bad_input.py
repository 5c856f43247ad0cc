"""Hostile, malformed and truncated files are refused (file, line, element); nothing is stored."""

from __future__ import annotations

from pathlib import Path

import pytest

from sanctionwatch.errors import ListFormatError
from sanctionwatch.lists import load_list
from sanctionwatch.workspace import Workspace

TABLES = ("list_versions", "listed_entities", "listed_names", "listed_identifiers",
          "listed_birth_dates", "list_load_issues", "listed_sanctions")  # fmt: skip

XXE = """<?xml version="1.0"?>
<!DOCTYPE CONSOLIDATED_LIST [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<CONSOLIDATED_LIST dateGenerated="2026-01-01T00:00:00Z"><INDIVIDUALS><INDIVIDUAL>
<DATAID>1</DATAID><FIRST_NAME>&xxe;</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>
"""
LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><DATAID>1</DATAID>
<FIRST_NAME>&lol3;</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>
"""


def _counts(ws: Workspace) -> dict[str, int]:
    return {table: ws.scalar("count", f"SELECT count(*) FROM {table}") for table in TABLES}


@pytest.mark.parametrize(("text", "kind"), [(XXE, "DOCTYPE"), (LAUGHS, "DOCTYPE")])
def test_hostile_xml_is_refused(workspace: Workspace, tmp_path: Path, text: str, kind: str) -> None:
    path = tmp_path / "hostile.xml"
    path.write_text(text)
    with pytest.raises(ListFormatError) as caught:
        load_list(workspace, path, format="un-xml")
    message = str(caught.value)
    assert str(path) in message and "line 2" in message and kind in message
    assert "root:" not in message  # /etc/passwd never read
    assert all(count == 0 for count in _counts(workspace).values())


def test_truncated_un_file_names_line_and_element(
    workspace: Workspace, shared_data: Path, tmp_path: Path
) -> None:
    load_list(workspace, shared_data / "un" / "UN_consolidated_2018-10-29.xml")
    before = _counts(workspace)
    data = (shared_data / "un" / "UN_consolidated_2026-02-27.xml").read_bytes()
    cut = tmp_path / "cut.xml"
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(ListFormatError) as caught:
        load_list(workspace, cut)
    error = caught.value
    assert error.path == str(cut)
    assert error.line is not None and error.line > 1000
    assert error.field  # the element being read
    assert "truncated" in str(error)
    assert _counts(workspace) == before


def test_malformed_xml_mismatched_tag(workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "bad.xml"
    path.write_text(
        '<?xml version="1.0"?>\n<CONSOLIDATED_LIST><INDIVIDUALS>\n<INDIVIDUAL><DATAID>1</DATAID>\n'
        "<FIRST_NAME>A</SECOND_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>\n"
    )
    with pytest.raises(ListFormatError) as caught:
        load_list(workspace, path)
    assert caught.value.line == 4 and caught.value.field == "FIRST_NAME"


def test_truncated_ofac_csv_leaves_workspace_unchanged(
    workspace: Workspace, shared_data: Path, tmp_path: Path
) -> None:
    source = shared_data / "ofac" / "sdn_csv_2019-01" / "sdn.csv"
    data = source.read_bytes()
    cut = tmp_path / "sdn.csv"
    cut.write_bytes(data[: len(data) // 3])
    with pytest.raises(ListFormatError) as caught:
        load_list(workspace, cut)
    assert caught.value.path == str(cut) and caught.value.line is not None
    assert all(count == 0 for count in _counts(workspace).values())


def test_unknown_format_says_what_was_expected(workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "mystery.txt"
    path.write_text("hello world\n")
    with pytest.raises(ListFormatError) as caught:
        load_list(workspace, path)
    message = str(caught.value)
    assert "'hello world" in message and "un-xml" in message and "ofac-csv" in message
    with pytest.raises(ListFormatError, match="unknown format 'pdf'"):
        load_list(workspace, path, format="pdf")


def test_unparseable_fields_kept_and_reported(workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "odd.xml"
    path.write_text(
        '<?xml version="1.0"?>\n<CONSOLIDATED_LIST dateGenerated="2026-01-01T00:00:00Z">'
        "<INDIVIDUALS><INDIVIDUAL><DATAID>7</DATAID><FIRST_NAME> KIM </FIRST_NAME>"
        "<UN_LIST_TYPE>DPRK</UN_LIST_TYPE><REFERENCE_NUMBER>KPi.999 </REFERENCE_NUMBER>"
        "<INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>EXACT</TYPE_OF_DATE><DATE>1960-1965?</DATE>"
        "</INDIVIDUAL_DATE_OF_BIRTH></INDIVIDUAL><INDIVIDUAL><DATAID>8</DATAID>"
        "<UN_LIST_TYPE>DPRK</UN_LIST_TYPE></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>"
    )
    summary = load_list(workspace, path)
    assert summary.entity_count == 2
    fields = {(i.entity_id, i.field, i.raw_value) for i in summary.issues}
    assert ("un-sc-7", "INDIVIDUAL_DATE_OF_BIRTH", "1960-1965?") in fields
    assert ("un-sc-8", "name", None) in fields
    raw = workspace.rows("t", "SELECT raw, date_from FROM listed_birth_dates")
    assert raw == [("1960-1965?", None)]
    assert (
        workspace.scalar("t", "SELECT reference FROM listed_entities WHERE entity_id='un-sc-7'")
        == "KPi.999"
    )
    assert (
        workspace.scalar("t", "SELECT caption FROM listed_entities WHERE entity_id='un-sc-7'")
        == "KIM"
    )
    assert workspace.scalar("t", "SELECT count(*) FROM list_load_issues") == summary.issue_count
