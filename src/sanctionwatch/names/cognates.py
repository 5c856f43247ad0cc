"""Words and their cognates in other languages brought to one root (names/data/cognates.yaml).

A Russian company name translated word for word keeps its words' roots: Московский
индустриальный банк is MOSCOW INDUSTRIAL BANK, Уральский банк реконструкции URAL BANK FOR
RECONSTRUCTION. Their transliterations (moskovskii, industrialnyi, rekonstruktsii) are too far
from the English words for a spelling comparison; without the endings both sides read moskov,
industrial, rekonstrukts. The EU list's French names of groups do the same (Jihad islamique
palestinienne, Palestinian Islamic Jihad). Only the translated reading of company names uses
these roots.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

from sanctionwatch.names.cyrillic import plain_latin
from sanctionwatch.names.scripts import strip_marks
from sanctionwatch.names.tables import load_yaml

_C_AS_K = re.compile(r"c(?![eiyh])")  # c sounds k unless before e, i, y (ch is its own letter)


@cache
def _data() -> dict[str, Any]:
    return load_yaml("cognates.yaml")


@cache
def _english_endings() -> frozenset[str]:
    return frozenset(str(e) for e in _data()["english"])


@lru_cache(maxsize=100_000)
def foreign_words(text: str) -> frozenset[str]:
    """The words of a Latin name in an ending English does not use (LUGANSKIY, NARODNAYA,
    islamique, liberación), lower case without marks: a name with one is transliterated from
    Russian or written in another language, and its English translation meets it only by the
    words' roots."""
    return frozenset(filter(_foreign_word, _LATIN_WORD.findall(strip_marks(text.lower()))))


@cache
def function_words_of_languages() -> frozenset[str]:
    """Articles and prepositions of French, Spanish, Italian, Portuguese and German
    (cognates.yaml `function_words`): a company name using one outside its legal form is
    written in that language (names.companies reads them, as they stand apart from the words)."""
    return frozenset(str(w) for w in _data()["function_words"])


@lru_cache(maxsize=100_000)
def latin_words_of(text: str) -> frozenset[str]:
    """The lower-case Latin words of a name, marks off (as `foreign_words` reads them)."""
    return frozenset(_LATIN_WORD.findall(strip_marks(text.lower())))


@lru_cache(maxsize=100_000)
def _foreign_word(word: str) -> bool:
    """The word's longest ending of the table is not an English one (per word: names share
    their words, and a test of every ending costs a few microseconds)."""
    min_root, endings, _ = _table()
    found = endings.longest(word, min_root)
    return found is not None and found[0] not in _english_endings()


_LATIN_WORD = re.compile(r"[a-z]+")


class Endings:
    """A table's endings and what replaces each, found longest first by one dictionary look-up
    per ending length (a test of every ending, 148 of them, cost each word microseconds)."""

    def __init__(self, endings: list[tuple[str, str]]) -> None:
        self._replacement: dict[str, str] = {}
        for ending, replacement in sorted(endings, key=lambda item: -len(item[0])):
            if not ending:
                raise ValueError("an empty ending in the cognates table")
            self._replacement.setdefault(ending, replacement)  # the table's first one stands
        self._lengths = sorted({len(e) for e in self._replacement}, reverse=True)

    def longest(self, word: str, min_root: int) -> tuple[str, str] | None:
        """The longest ending of the word leaving `min_root` letters before it, and what
        replaces it; None when no ending does."""
        for length in self._lengths:
            if len(word) - length < min_root:
                continue
            ending = word[-length:]
            replacement = self._replacement.get(ending)
            if replacement is not None:
                return ending, replacement
        return None


@cache
def _table() -> tuple[int, Endings, list[tuple[str, str]]]:
    """(shortest root kept, the endings with what replaces them, letter rules)."""
    data = _data()
    endings = [
        (str(ending), str(root)) for root, listed in data["endings"].items() for ending in listed
    ]
    letters = [(str(old), str(new)) for old, new in data["letters"]]
    return int(data["min_root"]), Endings(endings), letters


@lru_cache(maxsize=200_000)
def cognate_root(word: str) -> str:
    """A word's root as its Russian or English cognate has it: its Latin letters (Cyrillic
    transliterated) without an adjective or -tion ending, c read as k where it sounds k.
    A word whose root would be shorter than the table's `min_root` keeps its letters."""
    min_root, endings, letters = _table()
    text = plain_latin(word)
    found = endings.longest(text, min_root)
    if found is not None:
        text = text[: -len(found[0])] + found[1]
    for old, new in letters:
        text = text.replace(old, new)
    return _C_AS_K.sub("k", text)
