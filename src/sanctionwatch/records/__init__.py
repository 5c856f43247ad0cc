"""Stage: records — the user's registries (permits, companies, company people, branches).

Canonical layouts in docs/formats.md; a YAML mapping loads other layouts without code.
"""

from sanctionwatch.records.checkdigits import is_valid_inn, is_valid_ogrn
from sanctionwatch.records.layouts import KINDS
from sanctionwatch.records.loader import RegistryLoadSummary, load_registry, load_registry_folder
from sanctionwatch.records.persons import PersonSummary, resolve_persons
from sanctionwatch.reference.countries import country_code as normalise_country

__all__ = [
    "KINDS",
    "PersonSummary",
    "RegistryLoadSummary",
    "is_valid_inn",
    "is_valid_ogrn",
    "load_registry",
    "load_registry_folder",
    "normalise_country",
    "resolve_persons",
]
