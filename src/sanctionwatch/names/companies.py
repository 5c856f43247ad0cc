"""Company names: legal forms set aside, generic words as language-free concepts, trade names kept.

"Korea Ryonbong General Corporation", "Корейская генеральная корпорация «Рёнбон»" and
"조선련봉총회사" all become the concepts {KOREA, GENERAL} and the trade name Ryonbong/Рёнбон/련봉.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from sanctionwatch.names.tables import company_terms

_QUOTED = re.compile(r"[«\"“„'‘]([^»\"”“'’]+)[»\"”“'’]")
_WORD = re.compile(r"[^\W_]+(?:[-/'’][^\W_]+)*", re.UNICODE)
_PARENS = re.compile(r"\(([^)]*)\)")
# Letters written with dots (S.A., S.A.S., C.V., K.D.P.) are one abbreviation: S.A.S. = SAS.
# A doubled dot is a slip (C..V.).
_DOTTED = re.compile(r"(?<![^\W_])[^\W\d_]{1,2}(?:\.+[^\W\d_]{1,2})+\.?(?![^\W_])")


@dataclass(frozen=True)
class CompanyName:
    """What is left of a company name once the generic words are recognised."""

    concepts: frozenset[str]
    words: tuple[str, ...]  # distinctive words, lower case, in order
    quoted: tuple[str, ...]  # quoted trade names as written
    acronym: str  # initials of the full name's words, lower case


@cache
def _phrases() -> tuple[
    dict[str, list[tuple[tuple[str, ...], str | None]]], list[tuple[str, str | None]]
]:
    """Word phrases by first word (longest first) and Hangul terms, each with its concept."""
    terms = company_terms()
    phrases: list[tuple[tuple[str, ...], str | None]] = []
    hangul: list[tuple[str, str | None]] = []
    entries: list[tuple[str, str | None]] = [
        (form, None) for forms in terms["legal_forms"].values() for form in forms
    ]
    entries += [(word, concept) for concept, words in terms["concepts"].items() for word in words]
    entries += [(word, "") for word in terms["stopwords"]]
    for text, concept in entries:
        if all("\uac00" <= ch <= "\ud7a3" for ch in text):
            hangul.append((text, concept))
        else:
            phrases.append((tuple(_WORD.findall(text.lower())) or (text.lower(),), concept))
    phrases.sort(key=lambda item: -len(item[0]))
    hangul.sort(key=lambda item: -len(item[0]))
    by_first: dict[str, list[tuple[tuple[str, ...], str | None]]] = {}
    for phrase, concept in phrases:  # longest first within each first word
        by_first.setdefault(phrase[0], []).append((phrase, concept))
    return by_first, hangul


def _strip_hangul(word: str, concepts: set[str]) -> str:
    """Take known Korean terms off either end of an unspaced Hangul word, gathering concepts.

    A one-syllable term (성 ministry, 부 department, 원 academy) does not split a two-syllable
    word: the 성 of 대성 (Korea Daesong Bank, 조선대성은행) is the trade name's.
    """
    _, hangul = _phrases()
    changed = True
    while changed and word:
        changed = False
        for term, concept in hangul:
            if len(term) == 1 and len(word) == 2:
                continue
            if (word.endswith(term) and word != term) or word.startswith(term):
                word = word[len(term) :] if word.startswith(term) else word[: -len(term)]
                if concept:
                    concepts.add(concept)
                changed = True
                break
    return word


def read_company_name(text: str) -> CompanyName:
    """Split a company name into concepts, distinctive words, quoted trade names and acronym."""
    quoted = tuple(q.strip() for q in _QUOTED.findall(text) if q.strip())
    joined = _DOTTED.sub(lambda m: m.group().replace(".", ""), _PARENS.sub(" ", text))
    words = [w.lower().replace("’", "'") for w in _WORD.findall(joined)]
    phrases, _ = _phrases()
    concepts: set[str] = set()
    kept: list[str] = []
    initials: list[str] = []
    position = 0
    while position < len(words):
        for phrase, concept in phrases.get(words[position], ()):
            if tuple(words[position : position + len(phrase)]) == phrase:
                if concept:
                    concepts.add(concept)
                if concept:
                    initials.extend(w[0] for w in phrase)
                position += len(phrase)
                break
        else:
            word = words[position]
            if "\uac00" <= word[0] <= "\ud7a3":
                word = _strip_hangul(word, concepts)
            if word:
                kept.append(word)
                initials.append(word[0])
            position += 1
    return CompanyName(frozenset(concepts), tuple(kept), quoted, "".join(initials))


def split_acronym(text: str) -> list[str]:
    """'GENERAL BUREAU OF ATOMIC ENERGY (GBAE)' -> the name and the acronym as two names."""
    if "(" not in text:
        return [text.strip()] if text.strip() else []
    inside = [p.strip() for p in _PARENS.findall(text) if p.strip()]
    outside = _PARENS.sub(" ", text).strip()
    return [n for n in [outside, *inside] if n]
