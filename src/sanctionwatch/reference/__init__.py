"""Reference tables every stage shares (countries), so lists and registries agree on codes."""

from sanctionwatch.reference.countries import (
    country_code,
    country_key,
    country_key_sql,
    country_lookup,
    known_country_codes,
)

__all__ = [
    "country_code",
    "country_key",
    "country_key_sql",
    "country_lookup",
    "known_country_codes",
]
