"""Registry country values -> ISO alpha-2: the shared table in `sanctionwatch.reference`.

Kept so existing imports (`normalise_country`, used by the simulator) keep working; the table
and the key live in one place for lists and records alike.
"""

from __future__ import annotations

from sanctionwatch.reference.countries import (
    country_code as normalise_country,
)
from sanctionwatch.reference.countries import (
    country_key,
    country_key_sql,
    country_lookup,
    known_country_codes,
)

__all__ = [
    "country_key",
    "country_key_sql",
    "country_lookup",
    "known_country_codes",
    "normalise_country",
]
