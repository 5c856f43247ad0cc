"""EU FSF XML (hand-made fixture in the published layout): counts, fields, issues, FtM export."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from followthemoney import model
from lxml import etree

from sanctionwatch.errors import ListFormatError
from sanctionwatch.lists import load_list
from sanctionwatch.lists.export import export_entities
from sanctionwatch.lists.formats import detect_format
from sanctionwatch.workspace import Workspace

FIXTURE = Path(__file__).parent / "fixtures" / "eu_fsf_small.xml"
NS = {"f": "http://eu.europa.ec/fpi/fsd/export"}


def test_detected_from_content_and_counts_equal_xpath(workspace: Workspace) -> None:
    assert detect_format(FIXTURE).format.name == "eu-xml"
    tree = etree.parse(str(FIXTURE))
    entities = int(tree.xpath("count(//f:sanctionEntity)", namespaces=NS))
    aliases = int(tree.xpath("count(//f:nameAlias)", namespaces=NS))
    weak = int(tree.xpath("count(//f:nameAlias[@strong='false'])", namespaces=NS))
    summary = load_list(workspace, FIXTURE)
    assert summary.format == "eu-xml" and summary.list_name == "eu-fsf"
    assert summary.entity_count == entities == 4
    assert workspace.scalar("t", "SELECT count(*) FROM listed_names") == aliases == 6
    kinds = dict(workspace.rows("t", "SELECT kind, count(*) FROM listed_names GROUP BY kind"))
    assert kinds == {"primary": 3, "alias": 2, "weak_alias": weak}
    assert summary.counts_by_schema == {"Person": 2, "Organization": 2}
    assert summary.counts_by_program == {"PRK": 4}
    assert summary.published is not None and summary.published.date().isoformat() == "2024-05-03"


def test_fields_of_a_dprk_person(workspace: Workspace) -> None:
    load_list(workspace, FIXTURE)
    person = workspace.records(
        "t", "SELECT * FROM listed_entities WHERE entity_id = ?", ["eu-fsf-900101"]
    )[0]
    assert person["schema"] == "Person" and person["countries"] == ["kp"]
    assert person["listed_on"].isoformat() == "2017-08-05"  # designationDate, not publication
    births = workspace.rows(
        "t",
        "SELECT date_from, date_to FROM listed_birth_dates WHERE entity_id = 'eu-fsf-900101'"
        " ORDER BY date_from",
    )
    assert [(a.isoformat(), b.isoformat()) for a, b in births] == [
        ("1968-01-01", "1970-12-31"),  # circa 1969, one year either side
        ("1968-04-15", "1968-04-15"),
    ]
    ids = set(workspace.rows("t", "SELECT entity_id, id_type, id_value FROM listed_identifiers"))
    assert ids == {
        ("eu-fsf-900101", "passportNumber", "927234999"),
        ("eu-fsf-900102", "registrationNumber", "1015400000099"),
    }
    company = workspace.scalar(
        "t", "SELECT listed_on FROM listed_entities WHERE entity_id = 'eu-fsf-900102'"
    )
    assert company.isoformat() == "2016-04-01"  # earliest regulation without designationDate


def test_unparseable_values_are_kept_and_reported(workspace: Workspace) -> None:
    summary = load_list(workspace, FIXTURE)
    reported = {(i.entity_id, i.field, i.raw_value) for i in summary.issues}
    assert reported == {
        ("eu-fsf-900103", "birthdate", "1960-1965?"),
        ("eu-fsf-900103", "citizenship", "Korea"),  # ambiguous: never guessed as kp or kr
        ("eu-fsf-900104", "name", None),
    }
    raw = workspace.scalar(
        "t", "SELECT raw FROM listed_birth_dates WHERE entity_id = 'eu-fsf-900103'"
    )
    assert raw == "1960-1965?"


def test_ftm_export_round_trip(workspace: Workspace, tmp_path: Path) -> None:
    load_list(workspace, FIXTURE)
    out = tmp_path / "eu.ftm.json"
    assert export_entities(workspace, out, "ftm") == 4
    exported = {}
    for line in out.read_text().splitlines():
        data = json.loads(line)
        assert model.get_proxy(data, cleaned=False).id == data["id"]
        exported[data["id"]] = data
    props = exported["eu-fsf-900101"]["properties"]
    assert props["name"] == ["SAMPLE PAK Chol Su"] and props["alias"] == ["박철수"]
    assert props["weakAlias"] == ["Pak Cholsu"] and props["passportNumber"] == ["927234999"]
    assert props["birthDate"] == ["1968-04-15", "1969"] and props["citizenship"] == ["kp"]
    assert any("Sample Street 12" in a and "Pyongyang" in a for a in props["address"])
    sanction = exported["eu-fsf-900101-sanction"]["properties"]
    assert sanction["program"] == ["PRK"] or sanction.get("programId") == ["PRK"]


def test_truncated_eu_xml_names_line_and_leaves_workspace(
    workspace: Workspace, tmp_path: Path
) -> None:
    cut = tmp_path / "cut.xml"
    data = FIXTURE.read_bytes()
    cut.write_bytes(data[: data.index(b'logicalId="900103"')])
    with pytest.raises(ListFormatError) as caught:
        load_list(workspace, cut, format="eu-xml")
    assert caught.value.path == str(cut) and caught.value.line is not None
    assert "truncated" in str(caught.value)
    assert workspace.scalar("t", "SELECT count(*) FROM list_versions") == 0
    assert workspace.scalar("t", "SELECT count(*) FROM listed_entities") == 0
