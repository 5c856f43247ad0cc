"""Formats without a real copy in shared/data: tiny hand-made fixtures in the real layouts."""

from __future__ import annotations

from pathlib import Path

from sanctionwatch.lists import load_list
from sanctionwatch.lists.formats import detect_format
from sanctionwatch.workspace import Workspace

FIXTURES = Path(__file__).parent / "fixtures"


def test_sdn_advanced_parties_programs_and_ownership(workspace: Workspace) -> None:
    summary = load_list(workspace, FIXTURES / "sdn_advanced_small.xml")
    assert summary.format == "ofac-advanced-xml" and summary.entity_count == 3
    assert summary.published is not None and summary.published.date().isoformat() == "2024-05-03"
    assert summary.counts_by_schema == {"Person": 1, "Organization": 1, "Vessel": 1}
    links = workspace.rows(
        "t", "SELECT from_entity_id, to_entity_id, relation FROM listed_relationships ORDER BY 1"
    )
    assert links == [
        ("ofac-102", "ofac-101", "Owned or Controlled By"),
        ("ofac-103", "ofac-102", "Owned or Controlled By"),
    ]
    names = dict(workspace.rows("t", "SELECT name, kind FROM listed_names"))
    assert names["PAK Chol Su"] == "primary" and names["PAK Cholsu"] == "weak_alias"
    assert names["SAMPLE GENERAL TRADING"] == "previous"
    person = workspace.records("t", "SELECT * FROM listed_entities WHERE entity_id = 'ofac-101'")[0]
    assert person["programs"] == ["DPRK3"] and person["countries"] == ["kp"]
    assert person["listed_on"].isoformat() == "2016-12-02"
    ids = set(workspace.rows("t", "SELECT entity_id, id_type, id_value FROM listed_identifiers"))
    assert ("ofac-101", "passportNumber", "472310082") in ids
    assert ("ofac-103", "imoNumber", "8604917") in ids


def test_un_vessels_csv(workspace: Workspace) -> None:
    path = FIXTURES / "un_1718_vessels_small.csv"
    assert detect_format(path).format.name == "un-vessels-csv"
    summary = load_list(workspace, path)
    assert summary.list_name == "un-1718-vessels" and summary.entity_count == 3
    assert summary.counts_by_program == {"UN-SC1718": 3}
    caption = workspace.scalar(
        "t", "SELECT caption FROM listed_entities WHERE entity_id = 'un-1718-vessel-8660313'"
    )
    assert caption == "SAMPLE CHON MA"  # stray white space stripped
    ids = set(workspace.rows("t", "SELECT id_type, id_value FROM listed_identifiers"))
    assert {("imoNumber", "8660313"), ("mmsi", "445114000"), ("mmsi", "445999000")} <= ids
    flags = workspace.rows("t", "SELECT countries FROM listed_entities ORDER BY entity_id")
    assert flags[0][0] == ["kp"] and flags[1][0] == ["kp"]
    assert [(i.field, i.raw_value) for i in summary.issues] == [
        ("date_of_designation", "1960-1965?")
    ]


def test_ftm_jsonl_attaches_sanctions_and_reports_other_schemata(workspace: Workspace) -> None:
    summary = load_list(workspace, FIXTURES / "ftm_small.jsonl")
    assert summary.format == "ftm-jsonl" and summary.entity_count == 2
    person = workspace.records(
        "t", "SELECT * FROM listed_entities WHERE entity_id = 'NK-sample-1'"
    )[0]
    assert person["programs"] == ["UN-SC1718"] and person["reference"] == "KPi.900"
    kinds = set(workspace.rows("t", "SELECT name, kind FROM listed_names"))
    assert ("김샘플", "alias") in kinds and ("Old Sample Trading", "previous") in kinds
    birth = workspace.rows("t", "SELECT date_from, date_to FROM listed_birth_dates")
    assert [(a.isoformat(), b.isoformat()) for a, b in birth] == [("1970-01-01", "1970-12-31")]
    assert [(i.entity_id, i.field) for i in summary.issues] == [("addr-1", "schema")]
