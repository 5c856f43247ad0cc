"""Generated worlds: determinism, loadable files, valid identifiers, truth that names records."""

from __future__ import annotations

import csv
import hashlib
from pathlib import Path

import pytest
from lxml import etree

from sanctionwatch.records import is_valid_inn, is_valid_ogrn, load_registry_folder
from sanctionwatch.simulate import WorldSummary, generate_world
from sanctionwatch.workspace import open_workspace


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> WorldSummary:
    return generate_world(tmp_path_factory.mktemp("world") / "w", seed=7, scale=0.03)


def rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def digests(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_same_seed_writes_identical_files_and_another_seed_does_not(tmp_path: Path) -> None:
    generate_world(tmp_path / "a", seed=3, scale=0.01)
    generate_world(tmp_path / "b", seed=3, scale=0.01)
    generate_world(tmp_path / "c", seed=4, scale=0.01)
    assert digests(tmp_path / "a") == digests(tmp_path / "b")
    assert (
        digests(tmp_path / "a")["registry/permits.csv"]
        != digests(tmp_path / "c")["registry/permits.csv"]
    )


def test_every_file_loads_with_no_reject_and_no_flag(world: WorldSummary, tmp_path: Path) -> None:
    ws = open_workspace(tmp_path / "ws.duckdb")
    summaries = load_registry_folder(ws, world.out / "registry")
    assert [(s.kind, s.rows_rejected, s.rows_flagged) for s in summaries] == [
        ("permits", 0, 0),
        ("companies", 0, 0),
        ("company_people", 0, 0),
        ("branches", 0, 0),
    ]
    assert {s.kind: s.rows_loaded for s in summaries} == {
        k: world.counts[k] for k in ("permits", "companies", "company_people", "branches")
    }
    ws.close()


def test_identifiers_have_valid_check_digits_and_are_unique(world: WorldSummary) -> None:
    companies = rows(world.out / "registry" / "companies.csv")
    assert all(is_valid_ogrn(c["ogrn"]) and is_valid_inn(c["inn"]) for c in companies)
    assert len({c["ogrn"] for c in companies}) == len(companies)
    people = rows(world.out / "registry" / "company_people.csv")
    assert all(is_valid_inn(p["inn"]) for p in people if p["inn"])
    permits = rows(world.out / "registry" / "permits.csv")
    assert len({p["permit_id"] for p in permits}) == len(permits)
    ogrns = {c["ogrn"] for c in companies}
    assert all(p["employer_ogrn"] in ogrns for p in permits if p["employer_ogrn"])
    assert all(p["party_ogrn"] in ogrns for p in people if p["party_ogrn"])


def test_truth_rows_refer_to_existing_records(world: WorldSummary) -> None:
    permits = {p["permit_id"] for p in rows(world.out / "registry" / "permits.csv")}
    ogrns = {c["ogrn"] for c in rows(world.out / "registry" / "companies.csv")}
    keys = {"permit": permits, "company": ogrns}
    findings = rows(world.out / "truth" / "findings.csv")
    negatives = rows(world.out / "truth" / "hard_negatives.csv")
    assert findings and negatives
    assert all(f["subject_key"] in keys[f["subject_kind"]] for f in findings)
    assert all(n["subject_key"] in keys[n["subject_kind"]] for n in negatives)
    flagged = {(f["subject_kind"], f["subject_key"]) for f in findings}
    assert not [n for n in negatives if (n["subject_kind"], n["subject_key"]) in flagged]


def test_un_list_has_the_real_shape_and_the_refs_the_world_uses(world: WorldSummary) -> None:
    root = etree.parse(str(world.out / "lists" / "un_consolidated.xml")).getroot()
    assert root.tag == "CONSOLIDATED_LIST" and root.get("dateGenerated", "").startswith(
        "2020-03-31"
    )
    individuals = root.findall("INDIVIDUALS/INDIVIDUAL")
    entities = root.findall("ENTITIES/ENTITY")
    assert individuals and entities
    refs = {e.findtext("REFERENCE_NUMBER") for e in [*individuals, *entities]}
    assert {"KPi.024", "KPe.002"} <= refs and any(r.startswith("CDi") for r in refs)
    kim = next(i for i in individuals if i.findtext("REFERENCE_NUMBER") == "KPi.024")
    assert kim.findtext("FIRST_NAME") == "KIM" and kim.findtext("UN_LIST_TYPE") == "DPRK"
    assert kim.findtext("INDIVIDUAL_DATE_OF_BIRTH/DATE") == "1962-02-18"
    assert kim.findtext("INDIVIDUAL_DOCUMENT/NUMBER") == "472310168"
    assert kim.find("INDIVIDUAL_ALIAS/QUALITY") is not None


def test_registry_writes_names_and_citizenship_as_russian_records_do(world: WorldSummary) -> None:
    permits = rows(world.out / "registry" / "permits.csv")
    dprk = [
        p
        for p in permits
        if p["citizenship"]
        in ("КНДР", "Корейская Народно-Демократическая Республика", "Корея (КНДР)", "408")
    ]
    assert {p["citizenship"] for p in dprk} >= {"КНДР", "408"}
    assert any(p["surname"] == "Ким" for p in dprk) and any(p["surname"] == "КИМ" for p in dprk)
    assert all(p["name_latin"].isupper() and " " in p["name_latin"] for p in dprk)
    assert {p["permit_type"] for p in permits} >= {"разрешение на работу", "патент", "учёба"}
