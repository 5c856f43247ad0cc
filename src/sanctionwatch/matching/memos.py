"""Load the matcher's tables up front, and forget what it memoised about names and words.

Two kinds of cache live in the names and matching stages, by convention:
- `@cache` on functions without per-name arguments: data tables read once (YAML, TSV, config)
  and lookups derived from them (syllable spellings, legal-form phrases);
- `@lru_cache(maxsize=N)` on functions of one name or one word: memos of work done per value.

`load_tables` fills the first kind, so a timed run measures scoring rather than file reading;
`clear_memos` empties the second kind, so a benchmark can measure a cold run.
"""

from __future__ import annotations

import sys
from functools import _lru_cache_wrapper

MEMO_MODULE_PREFIXES = ("sanctionwatch.names.", "sanctionwatch.matching.")


def load_tables() -> None:
    """Read every table the matcher uses and build the lookups derived from them."""
    from sanctionwatch.matching.config import load_config
    from sanctionwatch.matching.name_score import _arabic_chain
    from sanctionwatch.names import chinese, cognates, cyrillic, korean_syllables, numbers, tables
    from sanctionwatch.names.arabic import _script_table, arabic_tables
    from sanctionwatch.names.companies import (
        _abbreviations,
        _concepts_by_root,
        _country_concepts,
        _kinds_apart,
        _phrases,
        _russian_stemmer,
        _singulars,
        concept_weights,
        translated_first_words,
    )
    from sanctionwatch.names.given_names import _groups
    from sanctionwatch.names.han import _han_terms, _readings, _surnames
    from sanctionwatch.names.korean import _surnames_by_class, _table_surnames
    from sanctionwatch.reference.countries import known_country_codes
    from sanctionwatch.reference.genders import _genders

    load_config()
    for table in (
        tables.hangul_jamo,
        tables.korean_syllables,
        tables.korean_surnames,
        tables.korean_traditional,
        tables.cyrillic_latin,
        tables.company_terms,
        tables.person_titles,
        tables.generational_suffixes,
        tables.given_name_variants,
    ):
        table()
    _phrases()
    _phrases(translated=True)
    _russian_stemmer()
    concept_weights()
    _kinds_apart()
    translated_first_words()
    _groups()
    _readings()
    _surnames()
    _script_table()
    arabic_tables()
    known_country_codes()
    _genders()
    _surnames_by_class()
    korean_syllables._classes()
    for script in ("latin", "cyrillic"):
        korean_syllables._syllable_spellings(script)
    for system in cyrillic.CYRILLIC_SYSTEMS:
        cyrillic._letter_table(system)
    cyrillic._latin_letters()
    cyrillic._patronymic_tables()
    cyrillic._full_suffixes()
    cyrillic._ukrainian_tables()
    cyrillic._belarusian_tables()
    cognates._table()
    cognates.function_words_of_languages()
    cognates._english_endings()
    _concepts_by_root()
    _han_terms()
    numbers._number_words()
    chinese._table()
    _table_surnames()
    _abbreviations()
    _singulars()
    _country_concepts()
    _arabic_chain()


# One pair of each kind the engine reads differently; scored once so that every code path has
# run before a timed run starts, then forgotten (see `ready_engine`).
_WARM_UP_PAIRS = (
    ({"schema": "Person", "name": ["Kim Jong Un"]}, {"schema": "Person", "name": ["Ким Чен Ын"]}),
    ({"schema": "Person", "name": ["김정은"]}, {"schema": "Person", "name": ["Jong-un Kim"]}),
    ({"schema": "Person", "name": ["Сергей Иванов"]}, {"schema": "Person", "name": ["Ivanov"]}),
    (
        {"schema": "Company", "name": ["Korea General Trading Corp."]},
        {"schema": "Company", "name": ["ООО «Корея»"]},
    ),
    (
        {"schema": "Company", "name": ["JOINT STOCK COMPANY MOSCOW INDUSTRIAL BANK"]},
        {"schema": "Company", "name": ["АО «Московский индустриальный банк»", "華信船務有限公司"]},
    ),
    ({"schema": "Vessel", "name": ["CHON MA SAN"]}, {"schema": "Vessel", "name": ["CHONMASAN"]}),
    (
        {"schema": "Person", "name": ["Dr. William Smith"], "nationality": ["PRK"]},
        {"schema": "Person", "name": ["Bill J. Smith"], "nationality": ["kr"], "gender": ["M"]},
    ),
    ({"schema": "Person", "name": ["صدام حسين"]}, {"schema": "Person", "name": ["Saddam Hussein"]}),
)


def ready_engine() -> None:
    """Tables loaded and every code path run once, with no memo of any real name kept.

    What a timed run then measures is the work each pair costs, not one-off start-up.
    """
    from sanctionwatch.matching.score import score_entities

    load_tables()
    for a, b in _WARM_UP_PAIRS:
        score_entities(a, b)
    clear_memos()


def _memos() -> list[_lru_cache_wrapper[object]]:
    found: dict[int, _lru_cache_wrapper[object]] = {}
    for name, module in list(sys.modules.items()):
        if module is None or not name.startswith(MEMO_MODULE_PREFIXES):
            continue
        for value in vars(module).values():
            if isinstance(value, _lru_cache_wrapper) and value.cache_parameters()["maxsize"]:
                found[id(value)] = value
    return list(found.values())


def clear_memos() -> int:
    """Empty every per-name and per-word memo; returns how many memos were cleared."""
    memos = _memos()
    for memo in memos:
        memo.cache_clear()
    return len(memos)
