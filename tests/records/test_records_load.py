"""Loading registry files: canonical layouts, formats, rejects, flags, idempotence, bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import Workbook

from sanctionwatch.errors import RegistryError
from sanctionwatch.records import load_registry, load_registry_folder
from sanctionwatch.workspace import Workspace

HEADER = (
    "permit_id,permit_type,surname,given_name,citizenship,birth_date,passport_number,"
    "employer_inn,employer_ogrn,contract_date,issue_date,expiry_date\n"
)
EMPLOYER = "7707083893,1027700132195"
GOOD = [
    f"25 0000001,разрешение на работу,Ким,Чхоль Нам,КНДР,1980-01-02,472310001,{EMPLOYER},"
    "2017-09-01,2018-01-05,2019-01-04",
    "25 0000002,патент,Пак,Ен,408,02.03.1981,472310002,7707083894,1027700132195,,"
    "2018-01-05,2019-01-04",
    "25 0000003,учёба,Ли,Сон,Корея,1981-03-02,472310003,,,,2018-03-05,",
    "25 0000004,Work Permit,KIM,CHEOLSU,Республика Корея,1981-03-02,M12345678,,,,"
    "2018-03-05,2019-03-04",
]


def write(path: Path, lines: list[str], header: str = HEADER) -> Path:
    path.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_good_rows_load_with_codes_normalised_and_flags(
    workspace: Workspace, tmp_path: Path
) -> None:
    summary = load_registry(workspace, "permits", write(tmp_path / "permits.csv", GOOD))
    assert (summary.rows_read, summary.rows_loaded, summary.rows_rejected) == (4, 4, 0)
    rows = workspace.records("p", "SELECT * FROM permits ORDER BY source_row")
    assert [r["record_id"] for r in rows] == [f"permits.csv:{n}" for n in (2, 3, 4, 5)]
    assert [r["permit_type"] for r in rows] == ["work_permit", "patent", "study", "work_permit"]
    assert [r["citizenship"] for r in rows] == ["kp", "kp", None, "kr"]
    assert rows[2]["citizenship_raw"] == "Корея" and rows[2]["flags"] == ["unknown_citizenship"]
    assert (
        rows[1]["flags"] == ["invalid_employer_inn"]
        and rows[1]["birth_date"].isoformat() == "1981-03-02"
    )
    assert summary.rows_flagged == 2


def test_bad_date_and_missing_value_are_rejected_counted_and_stored(
    workspace: Workspace, tmp_path: Path
) -> None:
    lines = [
        *GOOD[:1],
        "25 0000009,патент,Ким,Ир,КНДР,1980-01-02,1,,,,2018-13-45,",
        ",патент,Ким,Ир,КНДР,,,,,,2018-01-01,",
    ]
    summary = load_registry(workspace, "permits", write(tmp_path / "p.csv", lines))
    assert (summary.rows_read, summary.rows_loaded, summary.rows_rejected) == (3, 1, 2)
    assert summary.rejects == [
        (3, "issue_date", "2018-13-45", "not a date (expected %Y-%m-%d or %d.%m.%Y)"),
        (4, "permit_id", None, "missing required value"),
    ]
    stored = workspace.rows(
        "r", "SELECT source_path, source_row, field FROM load_rejects ORDER BY source_row"
    )
    assert stored == [
        (str(tmp_path / "p.csv"), 3, "issue_date"),
        (str(tmp_path / "p.csv"), 4, "permit_id"),
    ]


def test_missing_required_column_fails_naming_file_and_column(
    workspace: Workspace, tmp_path: Path
) -> None:
    path = write(
        tmp_path / "p.csv", ["1,патент,2018-01-01"], header="permit_id,permit_type,issue_date\n"
    )
    with pytest.raises(RegistryError) as info:
        load_registry(workspace, "permits", path)
    assert (
        "p.csv" in str(info.value)
        and "citizenship" in str(info.value)
        and "expected columns" in str(info.value)
    )
    assert workspace.scalar("n", "SELECT count(*) FROM registry_loads") == 0


def test_unreadable_file_fails_cleanly_and_leaves_workspace_unchanged(
    workspace: Workspace, tmp_path: Path
) -> None:
    load_registry(workspace, "permits", write(tmp_path / "ok.csv", GOOD))
    bad = tmp_path / "bad.csv"
    bad.write_bytes(HEADER.encode() + b"25 1,\xff\xfe\xfa,\x00\n")
    with pytest.raises(RegistryError) as info:
        load_registry(workspace, "permits", bad)
    assert "bad.csv" in str(info.value)
    with pytest.raises(RegistryError, match="file not found"):
        load_registry(workspace, "permits", tmp_path / "absent.csv")
    assert workspace.scalar("n", "SELECT count(*) FROM permits") == 4
    assert workspace.scalar("n", "SELECT count(*) FROM registry_loads") == 1


def test_same_file_twice_adds_nothing(workspace: Workspace, tmp_path: Path) -> None:
    path = write(tmp_path / "permits.csv", GOOD)
    load_registry(workspace, "permits", path)
    again = load_registry(workspace, "permits", path)
    assert again.already_loaded and again.rows_loaded == 4
    assert workspace.scalar("n", "SELECT count(*) FROM permits") == 4


def test_jsonl_parquet_and_xlsx_load_like_csv(workspace: Workspace, tmp_path: Path) -> None:
    rows = [
        {
            "ogrn": "1027700132195",
            "inn": "7707083893",
            "full_name": "ПАО Сбербанк",
            "registered_on": "2002-08-16",
        },
        {"ogrn": "1027700132196", "full_name": "ООО Ошибка", "registered_on": "16.08.2002"},
    ]
    jsonl = tmp_path / "companies.jsonl"
    jsonl.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", "utf-8")
    summary = load_registry(workspace, "companies", jsonl)
    assert summary.rows_loaded == 2 and summary.rows_flagged == 1
    assert workspace.rows("f", "SELECT record_id, flags FROM companies ORDER BY 1")[1] == (
        "companies.jsonl:2",
        ["invalid_ogrn"],
    )
    workspace.run(
        "export",
        "COPY (SELECT '1' AS company_ogrn, 'B1' AS branch_id, 'филиал' AS kind, "
        f"DATE '2019-01-01' AS opened_on) TO '{tmp_path / 'branches.parquet'}' (FORMAT parquet)",
    )
    assert load_registry(workspace, "branches", tmp_path / "branches.parquet").rows_loaded == 1
    assert workspace.rows("b", "SELECT kind, opened_on::VARCHAR, flags FROM branches") == [
        ("branch", "2019-01-01", ["invalid_company_ogrn"])
    ]
    book = Workbook()
    sheet = book.active
    sheet.append(["company_ogrn", "role", "party_type", "name", "citizenship", "share_pct"])
    sheet.append([1027700132195, "учредитель", "физическое лицо", "Ким Ир", "КНДР", 120])
    sheet.append([1027700132195, "владелец", "ФЛ", "Пак Ен", "КНДР", 10])
    book.save(tmp_path / "people.xlsx")
    people = load_registry(workspace, "company_people", tmp_path / "people.xlsx")
    assert (people.rows_loaded, people.rows_rejected) == (1, 1)
    assert people.rejects[0][:2] == (3, "role")
    assert workspace.rows(
        "p", "SELECT role, party_type, citizenship, flags FROM company_people"
    ) == [("founder", "person", "kp", ["share_out_of_range", "founder_shares_over_100"])]


def test_load_folder_loads_each_kind_found(workspace: Workspace, tmp_path: Path) -> None:
    write(tmp_path / "permits.csv", GOOD)
    (tmp_path / "companies.csv").write_text("ogrn,full_name\n1027700132195,ПАО Сбербанк\n", "utf-8")
    summaries = load_registry_folder(workspace, tmp_path)
    assert [(s.kind, s.rows_loaded) for s in summaries] == [("permits", 4), ("companies", 1)]
