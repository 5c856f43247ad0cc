"""Numbers written as words or ordinals in company, organisation and vessel names, read as digits.

SECOND ACADEMY OF NATURAL SCIENCES and 2ND ACADEMY OF NATURAL SCIENCES are one body (UN list
KPe.018), 71ST and 72ND REPAIR PLANT two: once every number is its digits, the words meet or
differ as numbers do (matching.name_score.numbers_of). Table: names/data/number_words.yaml.
"""

from __future__ import annotations

import re
from functools import cache

from sanctionwatch.names.tables import load_yaml

_DIGIT_ORDINAL = re.compile(r"(\d+)(?:st|nd|rd|th)")  # 71st, 2nd, 33rd


@cache
def _number_words() -> tuple[dict[str, str], frozenset[str]]:
    """(number word, lower case -> its digits; the words that open an ordinal before digits)."""
    data = load_yaml("number_words.yaml")
    words = {str(word): str(value) for word, value in data["english"].items()}
    for stem, value in data["russian_ordinal_stems"].items():
        for ending in data["russian_ordinal_endings"]:
            words.setdefault(f"{stem}{ending}", str(value))
    return words, frozenset(str(p) for p in data["ordinal_prefixes"])


_ORDINAL_ENDINGS = frozenset({"st", "nd", "rd", "th"})


def as_digits(words: list[str]) -> list[str]:
    """The words of a name with each number word or ordinal as its digits (SECOND, 2ND, второй:
    2); an ordinal's opening word before digits (CHE 2) and an ordinal's ending split from its
    digits (2 ND) become "" (word for word, so that what the caller holds per word stays in
    step; an empty word is no word). Other words unchanged."""
    table, prefixes = _number_words()
    out: list[str] = []
    for i, word in enumerate(words):
        low = word.lower()
        opens = low in prefixes and i + 1 < len(words) and words[i + 1].isdigit()
        ends = low in _ORDINAL_ENDINGS and i > 0 and words[i - 1].isdigit()
        if opens or ends:
            out.append("")
        elif found := _DIGIT_ORDINAL.fullmatch(low):
            out.append(found[1])
        elif low[-1:].isdigit() and (digits := _after_prefix(low, prefixes)):
            out.append(digits)  # 제2 written as one word with its number
        else:
            out.append(table.get(low, word))
    return out


def _after_prefix(word: str, prefixes: frozenset[str]) -> str:
    """The digits of an ordinal prefix written onto its number (제2, che2), or ""."""
    for prefix in prefixes:
        rest = word[len(prefix) :]
        if word.startswith(prefix) and rest.isdigit():
            return rest
    return ""
