"""Check digits against the published test vectors, in Python and in the SQL the loader runs."""

from __future__ import annotations

import duckdb
import pytest

from sanctionwatch.records.checkdigits import (
    inn_valid_sql,
    is_valid_inn,
    is_valid_ogrn,
    ogrn_check_digit,
    ogrn_valid_sql,
)
from sanctionwatch.reference.countries import country_code as normalise_country

VALID_INN = ["7707083893", "1234567894", "123456789047", "500100732259"]
VALID_OGRN = ["1027700132195", "1022200525819", "1037739010891", "385768585948949"]
INVALID = ["7707083894", "123456789048", "1027700132196", "12345", "77070838x3", ""]


@pytest.mark.parametrize("value", VALID_INN)
def test_valid_inn_passes_in_python_and_sql(value: str) -> None:
    assert is_valid_inn(value)
    assert duckdb.connect().execute(f"SELECT {inn_valid_sql(repr(value))}").fetchall() == [(True,)]


@pytest.mark.parametrize("value", VALID_OGRN)
def test_valid_ogrn_passes_in_python_and_sql(value: str) -> None:
    assert is_valid_ogrn(value)
    assert duckdb.connect().execute(f"SELECT {ogrn_valid_sql(repr(value))}").fetchall() == [(True,)]


@pytest.mark.parametrize("value", INVALID)
def test_invalid_numbers_fail(value: str) -> None:
    assert not is_valid_inn(value) or len(value) not in (10, 12)
    assert not is_valid_ogrn(value)
    con = duckdb.connect()
    assert con.execute(f"SELECT {ogrn_valid_sql(repr(value))}").fetchall() == [(False,)]


def test_ogrnip_remainder_above_nine_uses_its_last_digit() -> None:
    # 30477000000003 mod 13 = 11: the official check digit is 1 (python-stdnum says "11").
    assert ogrn_check_digit("30477000000003") == "1"
    assert is_valid_ogrn("304770000000031")


@pytest.mark.parametrize(
    ("raw", "code"),
    [
        ("КНДР", "kp"),
        ("Корейская Народно-Демократическая Республика", "kp"),
        ("Корея (КНДР)", "kp"),
        ("North Korea", "kp"),
        ("DPRK", "kp"),
        ("KP", "kp"),
        ("PRK", "kp"),
        ("408", "kp"),
        ("Республика Корея", "kr"),
        ("South Korea", "kr"),
        ("KR", "kr"),
        ("KOR", "kr"),
        ("410", "kr"),
        ("Узбекистан", "uz"),
        ("643", "ru"),
        ("Корея", None),
        ("Атлантида", None),
    ],
)
def test_country_values_normalise_without_confusing_the_koreas(raw: str, code: str | None) -> None:
    assert normalise_country(raw) == code
