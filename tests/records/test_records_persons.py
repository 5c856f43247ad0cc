"""Person resolution on a small hand-written world: who is one person, who must stay two."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from sanctionwatch.cli.main import app
from sanctionwatch.records import load_registry_folder, resolve_persons
from sanctionwatch.simulate.writer import COMPANY_COLUMNS, PEOPLE_COLUMNS, PERMIT_COLUMNS
from sanctionwatch.workspace import Workspace

JV, TRADE, BUILD = "1022500000016", "1037700000018", "1047800000016"


def permit(
    pid: str, kind: str, name: str, cit: str, born: str, passport: str, **more: str
) -> dict[str, str]:
    surname, _, given = name.partition(" ")
    return {
        "permit_id": pid,
        "permit_type": kind,
        "surname": surname,
        "given_name": given,
        "citizenship": cit,
        "birth_date": born,
        "passport_number": passport,
        "issue_date": "2017-06-01",
        **more,
    }


def person(ogrn: str, role: str, name: str, cit: str, born: str, **more: str) -> dict[str, str]:
    return {
        "company_ogrn": ogrn,
        "role": role,
        "party_type": "person",
        "name": name,
        "citizenship": cit,
        "birth_date": born,
        "start_date": "2012-01-01",
        **more,
    }


def company(ogrn: str, inn: str, name: str) -> dict[str, str]:
    return {"ogrn": ogrn, "inn": inn, "full_name": name, "registered_on": "2010-01-01"}


WORK, PATENT = "разрешение на работу", "патент"
PERMITS = [
    # A DPRK worker in Cyrillic (two permits, one passport) who founded the JV in Latin.
    permit("25 0000001", WORK, "Ким Чен Ир", "КНДР", "1980-03-02", "745123456"),
    permit("25 0000002", WORK, "Ким Чен Ир", "408", "1980-03-02", "745 123 456"),
    # A South Korean with the same name and birth date: other citizenship, other passport.
    permit(
        "77 0000003",
        WORK,
        "Ким Чен Ир",
        "Республика Корея",
        "1980-03-02",
        "M12345678",
        name_latin="KIM JEONG IL",
    ),
    # Two DPRK nationals, same name and birth date, different passports.
    permit(
        "25 0000004",
        PATENT,
        "Пак Ён Чоль",
        "КНДР",
        "1975-07-07",
        "611111111",
        name_latin="PAK YONG CHOL",
    ),
    permit(
        "25 0000005",
        PATENT,
        "Пак Ён Чоль",
        "КНДР",
        "1975-07-07",
        "622222222",
        name_latin="PAK YONG CHOL",
    ),
]
COMPANIES = [
    company(JV, "2502000008", 'ООО "Морянка"'),
    company(TRADE, "7702000004", 'ООО "Вектор"'),
    company(BUILD, "7802000008", 'ООО "Строй"'),
]
IVANOV = "Иванов Иван Иванович"
PEOPLE = [
    person(JV, "founder", "KIM JONG IL", "КНДР", "1980-03-02", share_pct="50"),
    person(JV, "founder", IVANOV, "Россия", "1970-01-01", inn="500100732259", share_pct="50"),
    person(TRADE, "director", IVANOV, "Россия", "1970-01-01", inn="500100732259"),
    # Same name and birth date as Ivanov, another INN: another man.
    person(BUILD, "director", IVANOV, "Россия", "1970-01-01", inn="772807592828"),
    # A founder row without passport matching both Paks: it may join one of them, never both.
    person(BUILD, "founder", "PAK YONG CHOL", "КНДР", "1975-07-07", share_pct="100"),
]


def write(folder: Path, name: str, columns: list[str], rows: list[dict[str, str]]) -> None:
    with (folder / name).open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


@pytest.fixture
def registry(tmp_path: Path) -> Path:
    folder = tmp_path / "registry"
    folder.mkdir()
    write(folder, "permits.csv", PERMIT_COLUMNS, PERMITS)
    write(folder, "companies.csv", COMPANY_COLUMNS, COMPANIES)
    write(folder, "company_people.csv", PEOPLE_COLUMNS, PEOPLE)
    return folder


def person_of(ws: Workspace) -> dict[str, str]:
    return dict(ws.rows("person of record", "SELECT record_id, person_id FROM person_records"))


def test_dprk_worker_and_founder_across_scripts_is_one_person(
    workspace: Workspace, registry: Path
) -> None:
    loads = load_registry_folder(workspace, registry)
    assert sum(s.rows_rejected for s in loads) == 0
    summary = resolve_persons(workspace)
    of = person_of(workspace)
    worker = of["permits.csv:2"]
    assert of["permits.csv:3"] == worker  # same passport, written with spaces
    assert of["company_people.csv:2"] == worker  # Latin founder row, name and birth date
    row = workspace.rows(
        "the worker",
        "SELECT permits, company_roles, passport_numbers FROM persons WHERE person_id = ?",
        [worker],
    )[0]
    assert row == (2, 1, ["745123456"])
    link = workspace.records("link", "SELECT * FROM person_links WHERE person_id = ?", [worker])
    assert len(link) == 1 and link[0]["score"] >= 0.9
    assert "KIM JONG IL" in json.dumps(json.loads(link[0]["explanation"]), ensure_ascii=False)
    assert summary.persons_in_permits_and_companies == 2  # the worker, and one of the Paks


def test_south_korean_namesake_and_other_inn_stay_apart(
    workspace: Workspace, registry: Path
) -> None:
    load_registry_folder(workspace, registry)
    summary = resolve_persons(workspace)
    of = person_of(workspace)
    assert of["permits.csv:4"] != of["permits.csv:2"]  # South Korean, same name and birth date
    assert of["company_people.csv:3"] == of["company_people.csv:4"]  # one INN, two companies
    assert of["company_people.csv:5"] != of["company_people.csv:3"]  # other INN, same name
    paks = {of["permits.csv:5"], of["permits.csv:6"]}
    assert len(paks) == 2 and of["company_people.csv:6"] in paks
    assert summary.merges_vetoed == 1
    linked = dict(workspace.rows("linked by", "SELECT record_id, linked_by FROM person_records"))
    assert linked["permits.csv:2"] == ["passport", "name_birth_date"]
    assert linked["company_people.csv:3"] == ["inn"]
    assert linked["permits.csv:4"] == []
    assert summary.records == 10 and summary.persons == 6


def test_rerun_rebuilds_rather_than_adds(workspace: Workspace, registry: Path) -> None:
    load_registry_folder(workspace, registry)
    first = resolve_persons(workspace)
    ids = sorted(person_of(workspace).items())
    second = resolve_persons(workspace)
    assert (first.persons, sorted(person_of(workspace).items())) == (second.persons, ids)
    assert workspace.scalar("n", "SELECT count(*) FROM person_records") == 10


def test_cli_registry_persons_lists_the_worker_first(tmp_path: Path, registry: Path) -> None:
    db = str(tmp_path / "ws.duckdb")
    runner = CliRunner()
    assert runner.invoke(app, ["--db", db, "registry", "load-dir", str(registry)]).exit_code == 0
    result = runner.invoke(app, ["--db", db, "--json", "registry", "persons", "--show", "2"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["summary"]["persons"] == 6
    assert data["persons"][0]["name_latin"] is None or data["persons"][0]["permits"] == 2
    assert (data["persons"][0]["permits"], data["persons"][0]["company_roles"]) == (2, 1)
    result = runner.invoke(app, ["--db", db, "--json", "registry", "persons", "--name", "пак"])
    assert {p["name"] for p in json.loads(result.stdout)["persons"]} == {"Пак Ён Чоль"}
