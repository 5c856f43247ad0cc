"""A YAML mapping loads a registry with other column names, codes and date formats."""

from __future__ import annotations

from pathlib import Path

import pytest

from sanctionwatch.errors import RegistryError
from sanctionwatch.records import load_registry
from sanctionwatch.workspace import Workspace


def test_mapping_renames_columns_rewrites_values_and_reads_dates(
    workspace: Workspace, tmp_path: Path
) -> None:
    data = tmp_path / "rnr.csv"
    data.write_text(
        "Номер;Вид;Гражданство;Выдано\nA-1;РНР-ВКС;Сев.Корея;05/01/2018\nA-2;ПТ;Узбекистан;07/02/2018\n",
        "utf-8",
    )
    mapping = tmp_path / "m.yaml"
    mapping.write_text(
        "columns: {permit_id: Номер, permit_type: Вид, citizenship: Гражданство, "
        "issue_date: Выдано}\n"
        "values:\n  permit_type: {РНР-ВКС: work_permit, ПТ: patent}\n"
        "  citizenship: {Сев.Корея: kp}\n"
        "date_format: '%d/%m/%Y'\n",
        "utf-8",
    )
    summary = load_registry(workspace, "permits", data, mapping=mapping)
    assert summary.rows_loaded == 2 and summary.rows_flagged == 0
    assert workspace.rows(
        "p",
        "SELECT permit_id, permit_type, citizenship_raw, citizenship, issue_date::VARCHAR "
        "FROM permits ORDER BY 1",
    ) == [
        ("A-1", "work_permit", "Сев.Корея", "kp", "2018-01-05"),
        ("A-2", "patent", "Узбекистан", "uz", "2018-02-07"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("columns: {permit_number: Номер}\n", "unknown canonical columns ['permit_number']"),
        ("values: {permit_type: {РНР: work}}\n", "unknown values ['work']"),
        ("values: {surname: {A: B}}\n", "field 'surname' cannot be mapped"),
        ("values: {citizenship: {Сев.Корея: north}}\n", "unknown values ['north']"),
        ("colums: {}\n", "unknown keys ['colums']"),
    ],
)
def test_bad_mapping_names_the_problem_and_what_is_expected(
    tmp_path: Path, workspace: Workspace, text: str, expected: str
) -> None:
    mapping = tmp_path / "m.yaml"
    mapping.write_text(text, "utf-8")
    data = tmp_path / "p.csv"
    data.write_text(
        "permit_id,permit_type,citizenship,issue_date\n1,патент,КНДР,2018-01-01\n", "utf-8"
    )
    with pytest.raises(RegistryError) as info:
        load_registry(workspace, "permits", data, mapping=mapping)
    assert (
        expected in str(info.value)
        and "m.yaml" in str(info.value)
        and "expected" in str(info.value)
    )


def test_mapped_column_absent_from_file_fails(workspace: Workspace, tmp_path: Path) -> None:
    mapping = tmp_path / "m.yaml"
    mapping.write_text("columns: {permit_id: Номер}\n", "utf-8")
    data = tmp_path / "p.csv"
    data.write_text(
        "permit_id,permit_type,citizenship,issue_date\n1,патент,КНДР,2018-01-01\n", "utf-8"
    )
    with pytest.raises(RegistryError, match="permit_id \\(as 'Номер'\\)"):
        load_registry(workspace, "permits", data, mapping=mapping)
