"""INN, OGRN and OGRNIP check digits, in Python (generator, tests) and as SQL (bulk loads).

Algorithms from regime-and-formats.md section 3 (FNS; python-stdnum `ru/inn.py`, `ru/ogrn.py`).
OGRNIP uses mod 13 then mod 10: a remainder of 10-12 gives the check digit 0-2, which
python-stdnum gets wrong, so it is not used here.
"""

from __future__ import annotations

INN10_WEIGHTS = (2, 4, 10, 3, 5, 9, 4, 6, 8)
INN12_WEIGHTS_11 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
INN12_WEIGHTS_12 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)


def _weighted(digits: str, weights: tuple[int, ...]) -> int:
    return sum(w * int(d) for w, d in zip(weights, digits, strict=False)) % 11 % 10


def inn_check_digits(prefix: str) -> str:
    """The check digit(s) that complete a 9-digit (company) or 10-digit (person) INN prefix."""
    if len(prefix) == 9:
        return str(_weighted(prefix, INN10_WEIGHTS))
    if len(prefix) == 10:
        d11 = str(_weighted(prefix, INN12_WEIGHTS_11))
        return d11 + str(_weighted(prefix + d11, INN12_WEIGHTS_12))
    raise ValueError(f"an INN prefix has 9 or 10 digits, not {len(prefix)}")


def ogrn_check_digit(prefix: str) -> str:
    """The check digit completing a 12-digit OGRN or a 14-digit OGRNIP prefix."""
    if len(prefix) == 12:
        return str(int(prefix) % 11 % 10)
    if len(prefix) == 14:
        return str(int(prefix) % 13 % 10)
    raise ValueError(f"an OGRN prefix has 12 or 14 digits, not {len(prefix)}")


def is_valid_inn(value: str) -> bool:
    """True for a 10-digit company INN or 12-digit personal INN whose check digits hold."""
    if not value.isdigit() or len(value) not in (10, 12):
        return False
    body_length = 9 if len(value) == 10 else 10
    return inn_check_digits(value[:body_length]) == value[body_length:]


def is_valid_ogrn(value: str) -> bool:
    """True for a 13-digit OGRN or a 15-digit OGRNIP whose check digit holds."""
    if not value.isdigit() or len(value) not in (13, 15):
        return False
    return value[-1] == ogrn_check_digit(value[:-1])


def _digit_sql(expr: str, position: int) -> str:
    return f"CAST(substr({expr}, {position}, 1) AS INTEGER)"


def _weighted_sql(expr: str, weights: tuple[int, ...]) -> str:
    terms = " + ".join(f"{w} * {_digit_sql(expr, i + 1)}" for i, w in enumerate(weights))
    return f"(({terms}) % 11 % 10)"


def inn_valid_sql(expr: str) -> str:
    """SQL that is true when the text `expr` is a valid INN (10 or 12 digits)."""
    d10 = _digit_sql(expr, 10)
    d11 = _digit_sql(expr, 11)
    d12 = _digit_sql(expr, 12)
    return (
        f"(CASE WHEN regexp_full_match({expr}, '[0-9]{{10}}') "
        f"THEN {_weighted_sql(expr, INN10_WEIGHTS)} = {d10} "
        f"WHEN regexp_full_match({expr}, '[0-9]{{12}}') "
        f"THEN {_weighted_sql(expr, INN12_WEIGHTS_11)} = {d11} "
        f"AND {_weighted_sql(expr, INN12_WEIGHTS_12)} = {d12} ELSE false END)"
    )


def ogrn_valid_sql(expr: str) -> str:
    """SQL that is true when the text `expr` is a valid OGRN (13 digits) or OGRNIP (15)."""
    return (
        f"(CASE WHEN regexp_full_match({expr}, '[0-9]{{13}}') "
        f"THEN CAST(substr({expr}, 1, 12) AS BIGINT) % 11 % 10 = {_digit_sql(expr, 13)} "
        f"WHEN regexp_full_match({expr}, '[0-9]{{15}}') "
        f"THEN CAST(substr({expr}, 1, 14) AS BIGINT) % 13 % 10 = {_digit_sql(expr, 15)} "
        "ELSE false END)"
    )
