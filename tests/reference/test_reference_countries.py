"""The one country table both lists and records use: spellings, the two Koreas, SQL = Python."""

from __future__ import annotations

from importlib import resources

import duckdb
import pytest

from sanctionwatch.reference import country_code, country_key, country_key_sql, country_lookup
from sanctionwatch.reference.countries import countries_in_text


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        # DPRK in every form: Russian, English, ISO alpha-2/3, OKSM numeric, list spellings.
        ("КНДР", "kp"),
        ("Корейская Народно-Демократическая Республика", "kp"),
        ("Корея (КНДР)", "kp"),
        ("Сев.Корея", "kp"),
        ("PRK", "kp"),
        ("408", "kp"),
        ("0408", "kp"),
        ("Korea, North", "kp"),
        ("Korea, Democratic People's Republic of", "kp"),
        ("Democratic People’s Republic of Korea", "kp"),
        ("North Korean", "kp"),
        # Republic of Korea, never confused with the DPRK.
        ("Республика Корея", "kr"),
        ("Корея, Республика", "kr"),
        ("410", "kr"),
        ("KOR", "kr"),
        ("Korea, South", "kr"),
        ("Korea, Republic of", "kr"),
        # Ambiguous or unknown: no guess.
        ("Korea", None),
        ("Корея", None),
        ("КОРЕЯ", None),
        ("Атлантида", None),
        ("", None),
        (None, None),
        # Other spellings each former table knew.
        ("Российская Федерация", "ru"),
        ("643", "ru"),
        ("Киргизия", "kg"),
        ("Iran (Islamic Republic of)", "ir"),
        ("Libyan Arab Jamahiriya", "ly"),
        ("Congo, Democratic Republic of the", "cd"),
        ("Côte d’Ivoire", "ci"),
        ("Cote d'Ivoire", "ci"),
        ("DEU", "de"),
        ("DDR", "dd"),
        ("Burma", "mm"),
        ("BUR", "mm"),
        ("Bosnia & Herzegovina", "ba"),
        ("Белоруссия", "by"),
        ("Вьетнам", "vn"),
        ("Соединённые Штаты", "us"),
        ("Соединенные Штаты", "us"),
    ],
)
def test_spellings_map_to_one_code(raw: str | None, code: str | None) -> None:
    assert country_code(raw) == code


def test_no_row_maps_a_bare_korea() -> None:
    assert country_key("Korea") not in country_lookup()
    assert country_key("Корея") not in country_lookup()
    koreas = {code for key, code in country_lookup().items() if "korea" in key or "корея" in key}
    assert koreas == {"kp", "kr"}


def _data_lines(name: str) -> list[str]:
    """Rows of a reference table, without its comment header and column line."""
    text = resources.files("sanctionwatch.reference").joinpath(name).read_text("utf-8")
    return [line for line in text.splitlines() if line and not line.startswith("#")][1:]


def _all_spellings() -> list[str]:
    rows = _data_lines("countries.tsv") + _data_lines("country_aliases.tsv")
    return [cell for line in rows for cell in line.split("\t") if cell]


def test_sql_key_equals_python_key_for_every_spelling() -> None:
    values = [*_all_spellings(), "  ЁЛКА  ", "007", "0", "a_b", "Тёркс и Кайкос", "x/y;z"]
    con = duckdb.connect()
    con.execute("CREATE TABLE v (raw VARCHAR)")
    con.executemany("INSERT INTO v VALUES (?)", [(value,) for value in values])
    rows = con.execute(f"SELECT raw, {country_key_sql('raw')} FROM v").fetchall()
    mismatches = [(raw, sql) for raw, sql in rows if sql != country_key(raw)]
    assert len(rows) > 1000 and mismatches == []


def test_every_alias_names_a_code_of_the_main_table_or_a_documented_extra() -> None:
    main = {line.split("\t")[0] for line in _data_lines("countries.tsv")}
    extras = set(country_lookup().values()) - main
    assert "kp" in main and "kr" in main
    assert extras == {"an", "dd", "eu", "ip", "un", "zr", "zz"}


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Indonesia (as at Dec. 2003)", ["id"]),
        ("Sudan/South Sudan", ["sd", "ss"]),
        ("United States. Also believed to hold Syrian nationality", ["us", "sy"]),
        ("Democratic People's Republic of Korea (as at 2017)", ["kp"]),
        ("in at us the", []),  # two-letter codes are ordinary words in free text
        ("no country here", []),
    ],
)
def test_countries_in_free_text(text: str, codes: list[str]) -> None:
    assert countries_in_text(text) == codes
