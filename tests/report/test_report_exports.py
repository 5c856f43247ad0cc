"""Exports load back with the readers other tools use: followthemoney, openpyxl, networkx, csv."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import networkx as nx
import pytest
from followthemoney import model
from openpyxl import load_workbook
from report_world import CHAIN, JV, LISTED_OWNED

from sanctionwatch.errors import InputError
from sanctionwatch.report.exports import export_findings
from sanctionwatch.workspace import Workspace


def test_ftm_export_parses_with_the_followthemoney_model(
    report_world: Workspace, tmp_path: Path
) -> None:
    out = tmp_path / "findings.ftm.json"
    counts = export_findings(report_world, "ftm", out)
    proxies = [model.get_proxy(json.loads(line), cleaned=False) for line in out.open()]
    assert len(proxies) == sum(counts.values())
    for proxy in proxies:
        assert proxy.schema.validate(proxy.to_dict()) is None, proxy.to_dict()
    by_id = {p.id: p for p in proxies}
    assert len(by_id) == len(proxies)  # every entity once
    notes = [p for p in proxies if p.schema.name == "Note"]
    assert len(notes) == report_world.scalar("count", "SELECT count(*) FROM findings")
    companies = {p.first("ogrnCode"): p for p in proxies if p.schema.name == "Company"}
    assert {JV, CHAIN, LISTED_OWNED} <= set(companies)
    chain_owners = {
        by_id[p.first("owner")].caption
        for p in proxies
        if p.schema.name == "Ownership" and p.first("asset") == companies[CHAIN].id
    }
    assert chain_owners == {'ООО "Восток-Строй"', "Иванов Пётр Сергеевич"}
    # every reference points at an entity in the file
    for proxy in proxies:
        for prop, value in proxy.itervalues():
            if prop.type.name == "entity":
                assert value in by_id, (proxy.schema.name, prop.name, value)
    listed = by_id["un-sc-KPi.901"]
    assert "sanction" in listed.get("topics")


def test_xlsx_export_opens_with_openpyxl(report_world: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "findings.xlsx"
    counts = export_findings(report_world, "xlsx", out)
    book = load_workbook(out, read_only=True)
    assert book.sheetnames == ["findings", "headline figures", "ownership", "reviews"]
    rows = list(book["findings"].iter_rows(values_only=True))
    header, body = rows[0], rows[1:]
    assert len(body) == counts["findings"] == 61
    first = dict(zip(header, body[0], strict=True))
    assert first["measure_id"] == "un-1718-asset-freeze"
    assert first["best_match"].startswith("PAK YONG CHOL")
    assert first["records"] == "company_people.csv:7"
    figures = {r[0]: r[3] for r in book["headline figures"].iter_rows(values_only=True)}
    assert figures["dprk_workers"] == 82
    assert len(list(book["reviews"].iter_rows())) == 1 + 3


def test_csv_export_has_one_row_per_finding_and_defuses_formulas(
    report_world: Workspace, tmp_path: Path
) -> None:
    report_world.run(
        "test: hostile label",
        "UPDATE findings SET subject_label = '=HYPERLINK(\"x\")' WHERE finding_id = 'f-dir-001'",
    )
    out = tmp_path / "findings.csv"
    export_findings(report_world, "csv", out)
    rows = list(csv.DictReader(out.open(encoding="utf-8-sig")))
    assert len(rows) == 61
    hostile = next(r for r in rows if r["finding_id"] == "f-dir-001")
    assert hostile["subject_label"] == '\'=HYPERLINK("x")'
    chain = next(r for r in rows if r["finding_id"] == "f-jv-002")
    assert "Korea Sobaeksu Trading Company" in chain["ownership_path"]
    assert chain["last_review"].startswith("escalate by a.analyst")


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_graph_exports_load_with_networkx(
    report_world: Workspace, tmp_path: Path, fmt: str
) -> None:
    out = tmp_path / f"ownership.{fmt}"
    counts = export_findings(report_world, fmt, out)
    graph = nx.read_graphml(out) if fmt == "graphml" else nx.read_gexf(out)
    assert graph.number_of_nodes() == counts["nodes"] == 7
    assert graph.number_of_edges() == counts["edges"] == 6
    edge = graph.edges[f"company:{JV}", f"company:{CHAIN}"]
    assert float(edge["share"]) == 60.0
    founder = next(n for n, d in graph.nodes(data=True) if d.get("label") == "Пак Ен Чхоль")
    assert graph.nodes[founder]["listed"] in (True, "true")
    assert graph.nodes[f"company:{CHAIN}"]["records"] == "companies.csv:3"


def test_unknown_export_format_names_the_field(report_world: Workspace, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="format"):
        export_findings(report_world, "pdf", tmp_path / "x.pdf")
