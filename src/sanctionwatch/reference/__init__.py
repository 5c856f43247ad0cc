"""Reference tables every stage shares (countries, genders), so lists and registries agree."""

from sanctionwatch.reference.countries import (
    country_code,
    country_key,
    country_key_sql,
    country_lookup,
    known_country_codes,
)
from sanctionwatch.reference.genders import gender_code

__all__ = [
    "country_code",
    "country_key",
    "country_key_sql",
    "country_lookup",
    "gender_code",
    "known_country_codes",
]
