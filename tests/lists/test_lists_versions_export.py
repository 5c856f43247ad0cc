"""Versions, diffs against a direct comparison of the two UN files, export and round trip."""

from __future__ import annotations

import csv
import hashlib
import json
from pathlib import Path

from followthemoney import model
from lxml import etree
from typer.testing import CliRunner

from sanctionwatch.cli.main import app
from sanctionwatch.lists import load_list
from sanctionwatch.lists.diff import diff_versions, latest_two_versions
from sanctionwatch.lists.export import export_entities
from sanctionwatch.workspace import Workspace, open_workspace


def _records(path: Path) -> dict[str, bytes]:
    """DATAID -> a fingerprint of the record's whitespace-normalised text, from the file."""
    tree = etree.parse(str(path))
    found = {}
    for record in tree.xpath("//INDIVIDUAL | //ENTITY"):
        text = " ".join(" ".join(record.itertext()).split())
        found[f"un-sc-{record.findtext('DATAID').strip()}"] = hashlib.sha256(text.encode()).digest()
    return found


def test_same_file_twice_adds_nothing(workspace: Workspace, shared_data: Path) -> None:
    path = shared_data / "un" / "UN_consolidated_2026-02-27.xml"
    first = load_list(workspace, path)
    again = load_list(workspace, path)
    assert again.already_loaded and not first.already_loaded
    assert again.version_id == first.version_id
    assert (again.entity_count, again.alias_count) == (first.entity_count, first.alias_count)
    assert again.counts_by_program == first.counts_by_program
    assert workspace.scalar("t", "SELECT count(*) FROM list_versions") == 1
    assert workspace.scalar("t", "SELECT count(*) FROM listed_entities") == first.entity_count


def test_un_diff_matches_direct_comparison(workspace: Workspace, shared_data: Path) -> None:
    old_path = shared_data / "un" / "UN_consolidated_2018-10-29.xml"
    new_path = shared_data / "un" / "UN_consolidated_2026-02-27.xml"
    old_v = load_list(workspace, new_path).version_id  # load out of order on purpose
    new_v = load_list(workspace, old_path).version_id
    assert latest_two_versions(workspace, "un-sc") == (new_v, old_v)  # by publication date
    diff = diff_versions(workspace, new_v, old_v)
    old, new = _records(old_path), _records(new_path)
    assert sorted(diff.added) == sorted(set(new) - set(old))
    assert sorted(diff.removed) == sorted(set(old) - set(new))
    assert set(diff.captions) == {*diff.added, *diff.removed, *(c.entity_id for c in diff.changed)}
    assert all(diff.captions.values())
    text_changed = {key for key in set(old) & set(new) if old[key] != new[key]}
    changed = {c.entity_id for c in diff.changed}
    assert changed <= text_changed  # every reported change is a real change in the files
    assert len(changed) > 0.8 * len(text_changed)  # the rest differ only in VERSIONNUM etc.
    assert all(c.fields for c in diff.changed)


def test_dprk_entry_round_trips(tmp_path: Path, shared_data: Path) -> None:
    path = shared_data / "un" / "UN_consolidated_2026-02-27.xml"
    record = etree.parse(str(path)).xpath("//INDIVIDUAL[REFERENCE_NUMBER='KPi.034']")[0]
    dataid = record.findtext("DATAID").strip()
    written = {
        "names": [
            " ".join(t.split()) for t in record.xpath("FIRST_NAME/text() | SECOND_NAME/text()")
        ],
        "aliases": [a.strip() for a in record.xpath("INDIVIDUAL_ALIAS/ALIAS_NAME/text()")],
        "dates": [d.strip() for d in record.xpath("INDIVIDUAL_DATE_OF_BIRTH/DATE/text()")],
    }
    db = tmp_path / "w.duckdb"
    with open_workspace(db) as ws:
        load_list(ws, path)
        names = {
            row[0]
            for row in ws.rows(
                "t", "SELECT name FROM listed_names WHERE entity_id = ?", [f"un-sc-{dataid}"]
            )
        }
        export_entities(ws, tmp_path / "out.ftm.json", "ftm")
    assert " ".join(written["names"]) in names
    assert set(written["aliases"]) <= names
    result = CliRunner().invoke(
        app, ["--db", str(db), "--json", "lists", "show", f"un-sc-{dataid}"]
    )
    assert result.exit_code == 0, result.output
    shown = json.loads(result.stdout)
    assert shown["programs"] == ["UN-SC1718"] and shown["reference"] == "KPi.034"
    assert {n["name"] for n in shown["names"]} == names
    assert [b["raw"] for b in shown["birth_dates"]] == written["dates"]
    exported = [json.loads(line) for line in (tmp_path / "out.ftm.json").open()]
    party = next(e for e in exported if e["id"] == f"un-sc-{dataid}")
    sanction = next(e for e in exported if e["id"] == f"un-sc-{dataid}-sanction")
    assert set(party["properties"]["name"] + party["properties"]["alias"]) == names
    assert party["properties"]["birthDate"] == written["dates"]
    assert party["properties"]["nationality"] == ["kp"]
    assert sanction["properties"]["unscId"] == ["KPi.034"]


def test_document_and_address_round_trip(
    workspace: Workspace, shared_data: Path, tmp_path: Path
) -> None:
    path = shared_data / "un" / "UN_consolidated_2026-02-27.xml"
    tree = etree.parse(str(path))
    record = tree.xpath(
        "//*[UN_LIST_TYPE='DPRK'][INDIVIDUAL_DOCUMENT/NUMBER][INDIVIDUAL_ADDRESS/CITY]"
    )
    record = (
        record[0]
        if record
        else tree.xpath("//*[UN_LIST_TYPE='DPRK'][INDIVIDUAL_DOCUMENT/NUMBER]")[0]
    )
    entity_id = f"un-sc-{record.findtext('DATAID').strip()}"
    numbers = {n.strip() for n in record.xpath("INDIVIDUAL_DOCUMENT/NUMBER/text()")}
    load_list(workspace, path)
    stored = {
        r[0]
        for r in workspace.rows(
            "t", "SELECT id_value FROM listed_identifiers WHERE entity_id = ?", [entity_id]
        )
    }
    assert numbers <= stored
    export_entities(workspace, tmp_path / "o.json", "ftm")
    party = next(
        json.loads(line) for line in (tmp_path / "o.json").open() if f'"{entity_id}"' in line
    )
    exported = set(
        party["properties"].get("passportNumber", []) + party["properties"].get("idNumber", [])
    )
    assert numbers <= exported
    for city in record.xpath("INDIVIDUAL_ADDRESS/CITY/text()"):
        assert any(city.strip() in a for a in party["properties"]["address"])


def test_ftm_export_parses_with_followthemoney(
    workspace: Workspace, shared_data: Path, tmp_path: Path
) -> None:
    load_list(workspace, shared_data / "un" / "UN_consolidated_2026-02-27.xml")
    load_list(workspace, shared_data / "ofac" / "sdn_csv_2024-05-03" / "sdn.csv")
    out = tmp_path / "all.ftm.json"
    count = export_entities(workspace, out, "ftm")
    assert count == 1003 + 14965
    lines = out.read_text().splitlines()
    assert len(lines) == 2 * count
    for line in lines:
        data = json.loads(line)
        proxy = model.get_proxy(data, cleaned=False)  # raises on unknown schema or property
        assert proxy.id == data["id"]
    csv_out = tmp_path / "all.csv"
    assert export_entities(workspace, csv_out, "csv") == count
    with csv_out.open(newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert len(rows) == count and any(r["programs"] == "UN-SC1718" for r in rows)
