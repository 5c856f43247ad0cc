"""Each real list file loads; its counts equal counts made independently from the file."""

from __future__ import annotations

import csv
import io
import zipfile
from collections import defaultdict
from pathlib import Path

import pytest
from lxml import etree

from sanctionwatch.lists import load_list
from sanctionwatch.workspace import Workspace


def _names_by_kind(ws: Workspace, version_id: int) -> dict[str, int]:
    rows = ws.rows(
        "t", "SELECT kind, count(*) FROM listed_names WHERE version_id = ? GROUP BY 1", [version_id]
    )
    return dict(rows)


def _un_expected(path: Path) -> tuple[int, int, int]:
    """(entries, distinct primary names, distinct aliases) straight from the XML."""
    tree = etree.parse(str(path))
    records = tree.xpath("//INDIVIDUAL | //ENTITY")
    aliases = 0
    for record in records:
        seen = set()
        for alias in record.xpath("INDIVIDUAL_ALIAS | ENTITY_ALIAS"):
            quality = (alias.findtext("QUALITY") or "").strip().lower()
            kind = {"low": "weak", "f.k.a.": "previous"}.get(quality, "alias")
            for name in " ".join((alias.findtext("ALIAS_NAME") or "").split()).split("; "):
                if name:
                    seen.add((name, kind))
        aliases += len(seen)
    return len(records), len(records), aliases


@pytest.mark.parametrize(
    "name", ["UN_consolidated_2026-02-27.xml", "UN_consolidated_2018-10-29.xml"]
)
def test_un_file_counts_match_xpath(workspace: Workspace, shared_data: Path, name: str) -> None:
    path = shared_data / "un" / name
    entries, primaries, aliases = _un_expected(path)
    summary = load_list(workspace, path)
    assert summary.format == "un-xml" and summary.list_name == "un-sc"
    assert summary.entity_count == entries
    kinds = _names_by_kind(workspace, summary.version_id)
    assert kinds["primary"] == primaries
    assert kinds.get("alias", 0) + kinds.get("weak_alias", 0) + kinds.get("previous", 0) == aliases
    assert summary.alias_count == aliases
    dprk = etree.parse(str(path)).xpath("count(//*[UN_LIST_TYPE='DPRK'])")
    assert summary.counts_by_program["UN-SC1718"] == dprk == 155


def _ofac_rows(path: Path) -> list[list[str]]:
    text = path.read_bytes().decode("utf-8").rstrip("\x1a")
    return [row for row in csv.reader(io.StringIO(text, newline="")) if row]


@pytest.mark.parametrize(
    ("folder", "main"),
    [
        ("sdn_csv_2024-05-03", "sdn.csv"),
        ("sdn_csv_2021-07", "sdn.csv"),
        ("sdn_csv_2019-01", "sdn.csv"),
        ("consolidated_nonsdn_csv", "cons_prim.csv"),
    ],
)
def test_ofac_csv_counts_match_rows(
    workspace: Workspace, shared_data: Path, folder: str, main: str
) -> None:
    base = shared_data / "ofac" / folder
    prefix = "cons_" if main.startswith("cons") else ""
    entries = _ofac_rows(base / main)
    alt_path = base / f"{prefix}alt.csv"
    aliases: dict[str, set[str]] = defaultdict(set)
    if alt_path.exists():
        for row in _ofac_rows(alt_path):
            aliases[row[0]].add(" ".join(row[3].split()))
    summary = load_list(workspace, base)
    assert summary.entity_count == len(entries)
    assert summary.list_name == ("ofac-cons" if prefix else "ofac-sdn")
    kinds = _names_by_kind(workspace, summary.version_id)
    assert kinds["primary"] == len(entries)
    assert kinds.get("alias", 0) + kinds.get("previous", 0) == sum(map(len, aliases.values()))
    dprk = sum(1 for row in entries if "DPRK" in row[3])
    stored = workspace.scalar(
        "t",
        "SELECT count(*) FROM listed_entities WHERE version_id = ?"
        " AND len(list_filter(programs, lambda p: p LIKE 'DPRK%')) > 0",
        [summary.version_id],
    )
    assert stored == dprk


def test_ofac_sdn_2024_has_dprk_vessels_with_imo(workspace: Workspace, shared_data: Path) -> None:
    summary = load_list(workspace, shared_data / "ofac" / "sdn_csv_2024-05-03" / "sdn.csv")
    assert summary.counts_by_schema["Vessel"] == 851
    vessels = workspace.scalar(
        "t",
        "SELECT count(DISTINCT e.entity_id) FROM listed_entities e JOIN listed_identifiers i"
        " USING (version_id, entity_id) WHERE e.schema = 'Vessel' AND i.id_type = 'imoNumber'"
        " AND len(list_filter(e.programs, lambda p: p LIKE 'DPRK%')) > 0",
    )
    assert vessels == 105  # PROVENANCE.md: 105 vessels in DPRK programs, each with an IMO number


def test_ofac_classic_xml_counts(workspace: Workspace, shared_data: Path) -> None:
    path = shared_data / "ofac" / "consolidated_nonsdn_classic_xml_2018-04-06" / "consolidated.xml"
    tree = etree.parse(str(path))
    ns = {"s": "http://tempuri.org/sdnList.xsd"}
    entries = tree.xpath("//s:sdnEntry", namespaces=ns)
    summary = load_list(workspace, path)
    assert summary.format == "ofac-sdn-xml" and summary.list_name == "ofac-cons"
    assert summary.entity_count == len(entries) == 639
    assert summary.published is not None and summary.published.date().isoformat() == "2018-04-06"
    expected_aliases = 0
    for entry in entries:
        names = set()
        for aka in entry.xpath("s:akaList/s:aka", namespaces=ns):
            last = (aka.findtext("s:lastName", namespaces=ns) or "").strip()
            first = (aka.findtext("s:firstName", namespaces=ns) or "").strip()
            names.add(f"{last}, {first}" if first else last)
        expected_aliases += len(names)
    assert summary.alias_count == expected_aliases


def test_ofac_enhanced_zip_counts(workspace: Workspace, shared_data: Path) -> None:
    path = shared_data / "ofac" / "consolidated_nonsdn_enhanced_xml" / "CONS_ENHANCED.ZIP"
    with zipfile.ZipFile(path) as archive:
        root = etree.fromstring(archive.read(archive.namelist()[0]))
    ns = {"e": root.nsmap[None]}
    entities = root.xpath("//e:entities/e:entity", namespaces=ns)
    relations = root.xpath("//e:relationship", namespaces=ns)
    summary = load_list(workspace, path)
    assert summary.format == "ofac-enhanced-xml"
    assert summary.entity_count == len(entities) == 443
    stored = workspace.scalar("t", "SELECT count(*) FROM listed_relationships")
    assert stored == len(relations)


@pytest.mark.parametrize("folder", ["uk_hmt_ofsi_conlist_2018-04-13", "uk_hmt_conlist_2014-04-02"])
def test_uk_counts_match_groups(workspace: Workspace, shared_data: Path, folder: str) -> None:
    path = shared_data / "uk" / folder / "sanctionsconlist.csv"
    with path.open(encoding="cp1252", newline="") as stream:
        rows = list(csv.reader(stream))[2:]
    groups = {row[28].strip() for row in rows if any(row)}
    summary = load_list(workspace, path)
    assert summary.entity_count == len(groups)
    stored_groups = workspace.scalar(
        "t",
        "SELECT count(DISTINCT reference) FROM listed_entities WHERE version_id = ?",
        [summary.version_id],
    )
    assert stored_groups == len(groups)
    distinct_names = {
        (row[28].strip(), " ".join(" ".join([*row[1:6], row[0]]).split())) for row in rows
    }
    stored_names = workspace.scalar(
        "t",
        "SELECT count(DISTINCT (entity_id, name)) FROM listed_names WHERE version_id = ?",
        [summary.version_id],
    )
    assert stored_names == len(distinct_names)


def test_eu_excerpt_loads(workspace: Workspace, shared_data: Path) -> None:
    path = shared_data / "eu" / "eu_fsf_csv_2018-07-04_EXCERPT" / "EUSanctionsShort.csv"
    lines = path.read_text(encoding="latin-1").splitlines()[1:]
    entity_ids = {line.strip('"').split(";")[1] for line in lines if line.strip()}
    summary = load_list(workspace, path)
    assert summary.format == "eu-csv"
    assert summary.entity_count == len(entity_ids)
    assert (
        workspace.scalar("t", "SELECT count(*) FROM listed_entities WHERE caption = '(no name)'")
        == 0
    )
