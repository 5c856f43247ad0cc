"""Company names: legal forms set aside, generic words as language-free concepts, trade names kept.

"Korea Ryonbong General Corporation", "Корейская генеральная корпорация «Рёнбон»" and
"조선련봉총회사" all become the concepts {KOREA, GENERAL} and the trade name Ryonbong/Рёнбон/련봉.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from sanctionwatch.names.korean_syllables import one_syllable_readings
from sanctionwatch.names.scripts import detect_script
from sanctionwatch.names.tables import company_terms

_QUOTED = re.compile(r"[«\"“„'‘]([^»\"”“'’]+)[»\"”“'’]")
# A hyphen parts words as a space does (SGM-MOST = SGM MOST, JOINT-STOCK = JOINT STOCK, ANSAR
# AL-DINE = ANSAR AL DINE); a slash or an apostrophe joins (J/V, SAN'AT).
_WORD = re.compile(r"[^\W_]+(?:[/'’][^\W_]+)*", re.UNICODE)
_PARENS = re.compile(r"\(([^)]*)\)")
_HYPHENATED = re.compile(r"[^\W_]+(?:-[^\W_]+)+", re.UNICODE)
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
def _abbreviations() -> dict[str, tuple[str, ...]]:
    """Abbreviated generic words and the words they stand for (CB -> commercial bank)."""
    return {
        short: tuple(_WORD.findall(full.lower()))
        for short, full in company_terms()["abbreviations"].items()
    }


@cache
def _singulars() -> dict[str, str]:
    """Latin plurals of one-word concepts (industries -> INDUSTRIAL, banks -> BANK), so that a
    plural no table lists still reads as the concept its singular names."""
    plurals: dict[str, str] = {}
    for concept, words in company_terms()["concepts"].items():
        for word in words:
            if word.isascii() and word.isalpha() and len(word) >= 3:
                plural = word[:-1] + "ies" if word.endswith("y") else word + "s"
                plurals.setdefault(plural, concept)
    return plurals


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


def _join_korean_syllables(found: re.Match[str]) -> str:
    """A hyphenated word of Korean syllables is one trade name (RYON-HA = RYONHA = 련하, РЁН-ХА);
    other hyphenated words part (SGM-MOST)."""
    parts = found.group().split("-")
    script = detect_script(found.group())
    if script in ("latin", "cyrillic") and all(
        one_syllable_readings(part.lower(), script) for part in parts
    ):
        return "".join(parts)
    return found.group()


def read_company_name(text: str) -> CompanyName:
    """Split a company name into concepts, distinctive words, quoted trade names and acronym."""
    quoted = tuple(q.strip() for q in _QUOTED.findall(text) if q.strip())
    joined = _DOTTED.sub(lambda m: m.group().replace(".", ""), _PARENS.sub(" ", text))
    joined = _HYPHENATED.sub(_join_korean_syllables, joined)
    abbreviations = _abbreviations()
    words: list[str] = []
    for found in _WORD.findall(joined):
        word = found.lower().replace("’", "'")
        words.extend(abbreviations.get(word, (word,)))
    phrases, _ = _phrases()
    singulars = _singulars()
    concepts: set[str] = set()
    kept: list[str] = []
    initials: list[str] = []
    position = 0
    while position < len(words):
        for phrase, concept in phrases.get(words[position], ()):
            if tuple(words[position : position + len(phrase)]) == phrase:
                if concept:
                    concepts.add(concept)
                    initials.extend(w[0] for w in phrase)
                position += len(phrase)
                break
        else:
            word = words[position]
            plural_of = singulars.get(word)
            if plural_of is not None:
                concepts.add(plural_of)
                initials.append(word[0])
                position += 1
                continue
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
