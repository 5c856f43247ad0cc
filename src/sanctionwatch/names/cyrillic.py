"""Cyrillic and Latin names brought to one comparable Latin form; patronymics recognised.

Passports (ICAO 9303), BGN/PCGN, GOST/ISO 9 and informal spellings of one Russian name
(Сергей / Sergei / Sergey / Sergej) all end in the same `latin_skeleton`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import cache, lru_cache

from sanctionwatch.names.korean_syllables import one_syllable_readings
from sanctionwatch.names.scripts import strip_marks
from sanctionwatch.names.tables import cyrillic_latin

CYRILLIC_SYSTEMS = ("icao", "bgn_pcgn", "gost_iso9")
_NOT_ASCII_ALNUM = re.compile(r"[^0-9A-Za-z]+")
# a doubled letter is written once (Kassim, Kasim); digits are numbers, not spellings (2077)
_DOUBLED = re.compile(r"([^\W\d_])\1+")


@cache
def _letter_table(system: str) -> dict[int, str]:
    data = cyrillic_latin()
    letters = dict(data["systems"][system])
    letters.update(data["extra_letters"])
    table = {ord(k): v for k, v in letters.items()}
    table.update({ord(k.upper()): v.capitalize() for k, v in letters.items()})
    return table


def transliterate(text: str, system: str = "icao") -> str:
    """Cyrillic letters in `system` (icao, bgn_pcgn, gost_iso9); other characters unchanged."""
    if system not in CYRILLIC_SYSTEMS:
        raise ValueError(f"unknown transliteration system {system!r}")
    return text.translate(_letter_table(system))


@cache
def _latin_letters() -> dict[int, str]:
    return {ord(k): v for k, v in cyrillic_latin()["latin_letters"].items()}


@lru_cache(maxsize=500_000)
def plain_latin(word: str) -> str:
    """A word's letters in lower-case Latin (canonical system, marks off), spelled as written."""
    text = transliterate(word.lower(), cyrillic_latin()["canonical"])
    text = strip_marks(text.translate(_latin_letters()))
    if text.isascii():
        return _NOT_ASCII_ALNUM.sub("", text)
    return "".join(ch for ch in text if ch.isalnum() and unicodedata.category(ch) != "Lm")


@lru_cache(maxsize=500_000)
def latin_skeleton(word: str) -> str:
    """One lower-case ASCII-ish form per name word, whatever the transliteration system."""
    text = plain_latin(word)
    for old, new in cyrillic_latin()["latin_skeleton"]:
        text = text.replace(old, new)
    for ending, read in cyrillic_latin()["latin_skeleton_endings"]:
        if len(text) >= 5 and text.endswith(ending):
            text = text[: -len(ending)] + read
            break
    return _DOUBLED.sub(r"\1", text)


def joined_skeleton(tokens: Sequence[str]) -> str:
    """Skeletons joined as one word's would be: a letter doubled across the join written once."""
    return _DOUBLED.sub(r"\1", "".join(tokens))


# ё written yo after a consonant or at a word's start (Pyotr, Alyona, Vorobyova, Yolkin), where
# ICAO 9303 and the canonical form write e (Petr, Alena, Vorobeva, Elkin).
_YO_FOR_E = re.compile(r"(?:(?<=[bcdfghjklmnpqrstvwxz])|^)yo")


@lru_cache(maxsize=200_000)
def yo_reading(plain: str) -> str | None:
    """The skeleton of a Latin word with its yo read as ё is in ICAO 9303 (e): informal and
    press spellings write ё as yo (Pyotr, Alyona Vorobyova), passports and the canonical form
    e (Petr, Alena Vorobeva). None when the word has no such yo, or is one Korean syllable
    (Yong, Hyok, Myong: a Korean yo is not a Russian ё)."""
    if "yo" not in plain or one_syllable_readings(plain, "latin"):
        return None
    read = _YO_FOR_E.sub("e", plain)
    return latin_skeleton(read) if read != plain else None


@cache
def _patronymic_tables() -> tuple[tuple[str, ...], frozenset[str]]:
    data = cyrillic_latin()
    suffixes = tuple(sorted(data["patronymic_suffixes"], key=len, reverse=True))
    return suffixes, frozenset(data["patronymic_words"])


_SHORT_PATRONYMIC = ("ich", "ич")  # Ильич, Кузьмич; also the end of Mkrtich, Heinrich


def is_full_patronymic(word: str) -> bool:
    """A patronymic by more than the short -ich (Petrovich, Petrovna, ogly): in a name with one,
    a word ending in -ich only (Mkrtich Okroevich OKROYAN) is a given name, since a name has
    one patronymic."""
    if not is_patronymic(word):
        return False
    lowered = strip_marks(word.lower())
    return lowered in _patronymic_tables()[1] or lowered.endswith(_full_suffixes())


@cache
def _full_suffixes() -> tuple[str, ...]:
    return tuple(s for s in _patronymic_tables()[0] if s not in _SHORT_PATRONYMIC)


@lru_cache(maxsize=200_000)
def is_patronymic(word: str) -> bool:
    """A Russian patronymic (Петрович, Petrovna) or a Turkic patronymic word (ogly, кызы)."""
    lowered = strip_marks(word.lower())
    suffixes, words = _patronymic_tables()
    if lowered in words:
        return True
    return len(lowered) >= 7 and lowered.endswith(suffixes)


_UKRAINIAN_H = re.compile(r"(?<![kcsztg])h")


@cache
def _ukrainian_tables() -> tuple[tuple[str, ...], list[tuple[str, str]]]:
    table = cyrillic_latin()["ukrainian_latin"]
    return tuple(table["signals"]), [(str(a), str(b)) for a, b in table["endings"]]


def reads_ukrainian(words: Sequence[str]) -> bool:
    """A name with a patronymic in Ukraine's national Latin (Hennadiyovych, Ihorivna)."""
    signals, _ = _ukrainian_tables()
    return any(len(w) >= 7 and w.lower().endswith(signals) for w in words)


@lru_cache(maxsize=50_000)
def ukrainian_as_russian(word: str) -> str:
    """A word of a Ukrainian name in Latin read as its Russian form is written: h as g (Serhiy
    = Sergiy, Hennadiy), the patronymic's ending as Russian's (Hennadiyovych = Gennadievich)."""
    _, endings = _ukrainian_tables()
    text = _UKRAINIAN_H.sub("g", word.lower())
    for ending, russian in endings:
        if text.endswith(ending):
            return text[: -len(ending)] + russian
    return text


@cache
def _belarusian_tables() -> tuple[
    tuple[str, ...], list[tuple[str, str]], list[tuple[re.Pattern[str], str]]
]:
    table = cyrillic_latin()["belarusian_latin"]
    endings = [(str(a), str(b)) for a, b in table["endings"]]
    letters = [(re.compile(str(pattern)), str(new)) for pattern, new in table["letters"]]
    return tuple(table["signals"]), endings, letters


def reads_belarusian(words: Sequence[str]) -> bool:
    """A name with a patronymic in Belarusian Latin (Uladzimiravich, Uladzimirauna)."""
    signals, _, _ = _belarusian_tables()
    return any(len(w) >= 7 and w.lower().endswith(signals) for w in words)


@lru_cache(maxsize=50_000)
def belarusian_as_russian(word: str) -> str:
    """A word of a Belarusian name in Latin read as its Russian form is written (cyrillic_latin
    .yaml `belarusian_latin`): Uladzimiravich = vladimirovich, STSIAPURKA = stepurko."""
    _, endings, letters = _belarusian_tables()
    text = word.lower()
    for ending, russian in endings:
        if len(text) >= 5 and text.endswith(ending):
            text = text[: -len(ending)] + russian
            break
    for pattern, new in letters:
        text = pattern.sub(new, text)
    return text
