"""How a founder or director row becomes a graph node: one key per party, one edge per holding.

Persons are keyed by INN, else passport, else name and birth date; companies by OGRN, else by
name and country (foreign companies carry no OGRN). The same key in two companies links them.
"""

from __future__ import annotations

from datetime import date

PARTY_KEY_SQL = """CASE WHEN {t}.party_type = 'company' THEN 'company:' || coalesce(
    nullif(trim({t}.party_ogrn), ''),
    lower(trim({t}.name)) || '|' || coalesce({t}.citizenship, ''))
ELSE 'person:' || coalesce(
    nullif(trim({t}.inn), ''),
    'passport:' || nullif(trim({t}.passport_number), ''),
    lower(trim({t}.name)) || '|' || coalesce(CAST({t}.birth_date AS VARCHAR), ''))
END"""


def party_key_sql(alias: str) -> str:
    """The SQL expression giving the party key of a `company_people` row aliased `alias`."""
    return PARTY_KEY_SQL.format(t=alias)


def active_sql(alias: str, start: str, end: str) -> str:
    """Rows of `alias` whose [start_date, end_date) overlaps the window (`start`, `end`].

    `start`/`end` are SQL expressions (NULL = open). A row ending on a date no longer holds on it.
    """
    return (
        f"({alias}.start_date IS NULL OR {end} IS NULL OR {alias}.start_date <= {end})"
        f" AND ({alias}.end_date IS NULL OR {start} IS NULL OR {alias}.end_date > {start})"
    )


def ownership_edges_sql(as_of: date | None) -> str:
    """Founder holdings (owner -> company, share as a fraction) in force on `as_of` (None: all).

    Parameter: $as_of when `as_of` is given. Rows without a share carry no ownership.
    """
    when = "TRUE" if as_of is None else active_sql("cp", "$as_of", "$as_of")
    return f"""
SELECT cp.record_id, cp.company_ogrn, {party_key_sql("cp")} AS owner_key,
       cp.name AS owner_name, cp.party_type AS owner_kind,
       nullif(trim(cp.party_ogrn), '') AS owner_ogrn, cp.share_pct / 100.0 AS share
FROM company_people cp
WHERE cp.role = 'founder' AND cp.share_pct IS NOT NULL AND cp.share_pct > 0 AND {when}
"""
