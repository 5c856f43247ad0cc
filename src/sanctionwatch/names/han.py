"""Chinese personal names written in characters, read into Pinyin (习近平 = Xi Jinping).

The reading is then a Latin Pinyin name, which names.chinese compares with Wade-Giles and
Pinyin spellings. Characters are read one by one by data/han_readings.tsv (the most common
reading of each, from Unihan), the surname by data/chinese_surname_readings.tsv where a surname
is read otherwise than the character in common words (曾 Zeng, not ceng) or has two characters
(欧阳 Ouyang). A name of characters is surname first, as Chinese writes it; the given name is
one word (Jinping). A table of our own rather than the pypinyin library: its dictionaries made
every screen process 57 MB larger and the 1,000,000-subject screen 5 s slower
(docs/benchmarks.md), for the one reading per character a name needs.
"""

from __future__ import annotations

import re
from functools import cache

from sanctionwatch.names.tables import company_terms, load_tsv

HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_HAN_NAME = re.compile(r"^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\s·・]+$")


@cache
def _surnames() -> dict[str, str]:
    return dict(load_tsv("chinese_surname_readings.tsv", 2))


@cache
def _readings() -> dict[str, str]:
    return dict(load_tsv("han_readings.tsv", 2))


def _reading(character: str) -> str:
    """The most common Pinyin reading of one character, without tone marks ('' if none)."""
    return _readings().get(character, "")


def han_name_as_pinyin(text: str) -> str | None:
    """'习近平' -> 'Xi Jinping'; None when `text` is not a name written in Chinese characters
    only (spaces and the middle dot · parting the words of a transcribed foreign name aside)."""
    if not _HAN_NAME.match(text):
        return None
    characters = [ch for ch in text if HAN.match(ch)]
    if len(characters) < 2:
        return None
    surnames = _surnames()
    two = "".join(characters[:2])
    if len(characters) >= 3 and two in surnames:
        surname, given = surnames[two], characters[2:]
    else:
        surname = surnames.get(characters[0]) or _reading(characters[0])
        given = characters[1:]
    given_name = "".join(_reading(ch) for ch in given)
    return f"{surname.capitalize()} {given_name.capitalize()}"


@cache
def _han_terms() -> list[tuple[str, str]]:
    """Chinese generic words of company names and their English, longest first."""
    terms = [(str(k), str(v)) for k, v in company_terms()["han_terms"].items()]
    return sorted(terms, key=lambda item: -len(item[0]))


def han_company_as_latin(text: str) -> str:
    """A company name in Chinese characters read into Latin words: the table's generic words in
    English, every other run of characters one Pinyin word, brackets dropped (華信船務(香港)有限公司
    = huaxin shipping hong kong limited). Characters outside the reading table are kept."""
    terms = _han_terms()
    out: list[str] = []
    run: list[str] = []
    position = 0
    while position < len(text):
        found = next((t for t in terms if text.startswith(t[0], position)), None)
        if found is not None:
            out.extend(("".join(run), found[1]))
            run = []
            position += len(found[0])
            continue
        ch = text[position]
        reading = _reading(ch) if HAN.match(ch) else ""
        if reading:
            run.append(reading)
        else:
            out.append("".join(run))
            run = []
            out.append(" " if ch in "()（）[]【】" else ch)
        position += 1
    out.append("".join(run))
    return " ".join(" ".join(out).split())
