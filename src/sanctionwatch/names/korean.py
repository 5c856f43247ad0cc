"""Korean personal names in any script read as surname + given-name syllables, and compared.

"Kim Jong Un", "Jong-Un Kim", "KIM JONGUN", "Gim Jeong-eun", "Ким Чен Ын" and "김정은" all read
to the same surname and the same two given-name syllables; "Kim Jong Il" differs in one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import islice, product

from sanctionwatch.names.hangul import is_hangul_syllable
from sanctionwatch.names.korean_syllables import (
    MAX_PARSES,
    Syllable,
    as_heard_after_finals,
    coarse_key,
    hangul_syllable,
    n_or_ng_coda,
    one_syllable_readings,
    read_word,
)
from sanctionwatch.names.scripts import strip_marks
from sanctionwatch.names.tables import korean_surnames, korean_traditional

_APOSTROPHES = re.compile(r"[\'’ʼ`‘ʻ]")
_SPLIT = re.compile(r"[\s\-‐‑–·.,]+")
MAX_GIVEN_SYLLABLES = 3


@dataclass(frozen=True)
class KoreanReading:
    """One way to read a name: surname (Hangul candidates and syllable) and given syllables."""

    surname: Syllable
    surname_hangul: frozenset[str]
    given: tuple[Syllable, ...]
    western_order: bool

    def keys(self) -> set[str]:
        """Blocking keys: the whole given name, and surname + first given syllable."""
        given = "".join(coarse_key(s) for s in self.given)
        keys = {f"kg:{given}"}
        for hangul in self.surname_hangul or {coarse_key(self.surname)}:
            keys.add(f"ks:{hangul}:{coarse_key(self.given[0])}")
        return keys


def _words(text: str, script: str) -> list[str]:
    lowered = text.lower()
    if script == "latin":
        lowered = _APOSTROPHES.sub("", strip_marks(lowered))
    return [w for w in _SPLIT.split(lowered) if w]


@cache
def _table_surnames() -> tuple[tuple[str, Syllable], ...]:
    """The Hangul surnames of data/korean_surnames.tsv with their sound classes."""
    hangul = sorted({h for spellings in korean_surnames().values() for h in spellings})
    return tuple((h, hangul_syllable(h)) for h in hangul)


@cache
def _surnames_by_class() -> tuple[dict[int, int], dict[int, int], dict[int, int]]:
    """Per part (onset, vowel, final), class bit -> the set of table surnames having it, as bits.

    A syllable meets a surname when their onsets, vowels and finals overlap; ANDing the three
    unions of its bits finds every surname it meets in a few integer operations.
    """
    parts: tuple[dict[int, int], dict[int, int], dict[int, int]] = ({}, {}, {})
    for number, (_, syllable) in enumerate(_table_surnames()):
        for table, mask in zip(parts, (syllable.onset, syllable.vowel, syllable.coda), strict=True):
            while mask:
                bit = mask & -mask
                table[bit] = table.get(bit, 0) | 1 << number
                mask ^= bit
    return parts


def _surnames_meeting(syllable: Syllable) -> frozenset[str]:
    """The table surnames (Hangul) that `syllable` could be."""
    found = -1
    for table, mask in zip(
        _surnames_by_class(), (syllable.onset, syllable.vowel, syllable.coda), strict=True
    ):
        union = 0
        while mask:
            bit = mask & -mask
            union |= table.get(bit, 0)
            mask ^= bit
        found &= union
    surnames = _table_surnames()
    return frozenset(surnames[n][0] for n in range(len(surnames)) if found >> n & 1)


@lru_cache(maxsize=50_000)
def _surname(word: str, script: str) -> tuple[Syllable, frozenset[str]] | None:
    """The surname a word may stand for: a recorded spelling, or a regular spelling of a listed one.

    The table keeps the spellings no system yields (Park, Lee, Цой); any other word that reads as
    one syllable meeting a listed Hangul surname is that surname as some system or a clerk writes
    it (P'yŏn, Gim, ЧОЕ copied from CHOE), so the surname gate does not need every spelling listed.
    """
    hangul = korean_surnames().get(word, frozenset())
    one_syllable = one_syllable_readings(word, script)
    if not one_syllable and not hangul:
        return None
    met = frozenset().union(*map(_surnames_meeting, one_syllable))
    if one_syllable and not hangul and not met:
        return None
    hangul |= met  # "Pyon" is 변 (recorded) and 편 (P'yŏn without the mark)
    if one_syllable:
        return one_syllable[0], hangul
    if hangul:  # a table spelling such as "park" or "lee" that is no regular syllable
        return hangul_syllable(sorted(hangul)[0]), hangul
    return None


def _split_readings(word: str, script: str) -> tuple[tuple[Syllable, ...], ...]:
    """Two-syllable readings of a joined word the fewest-syllable reading takes for one.

    A joined given name whose second syllable starts with a vowel ("Hoil" for Ho-il 호일, "Oil"
    for O-il 오일) also reads as one syllable with a diphthong (oi); both readings are kept.
    """
    found: list[tuple[Syllable, ...]] = []
    for cut in range(1, len(word)):
        left, right = read_word(word[:cut], script), read_word(word[cut:], script)
        if left and right and len(left[0]) == len(right[0]) == 1:
            found.extend(a + b for a in left for b in right)
    return tuple(found[:MAX_PARSES])


def _given(words: list[str], script: str) -> list[tuple[Syllable, ...]]:
    """Given-name syllables read from the words, up to six combinations of their readings.

    Every reading of one word has the same (fewest) number of syllables, so a combination's
    length is known before any is built; a lone joined word read as one syllable may also be
    read as two (see _split_readings), after its one-syllable readings.
    """
    per_word = [read_word(w, script) for w in words]
    if not per_word or any(not r for r in per_word):
        return []
    if not 1 <= sum(len(r[0]) for r in per_word) <= MAX_GIVEN_SYLLABLES:
        return []
    combos = (
        as_heard_after_finals(tuple(s for part in combo for s in part), script)
        for combo in product(*per_word)
    )
    found = list(islice(combos, 6))
    if len(words) == 1 and len(found[0]) == 1 and script != "hangul":
        found.extend(_split_readings(words[0], script))
    return found


def read_korean_name(text: str, script: str) -> tuple[KoreanReading, ...]:
    """Readings of `text` as a Korean name, or () when it cannot be one."""
    if script == "hangul":
        return _read_hangul(text)
    if script not in ("latin", "cyrillic"):
        return ()
    words = _words(text, script)
    if not 2 <= len(words) <= 4:
        return ()
    readings: list[KoreanReading] = []
    for western, surname_word, given_words in (
        (False, words[0], words[1:]),
        (True, words[-1], words[:-1]),
    ):
        surname = _surname(surname_word, script)
        if surname is None:
            continue
        readings.extend(
            KoreanReading(surname[0], surname[1], given, western)
            for given in _given(given_words, script)
        )
    return tuple(readings)


def _read_hangul(text: str) -> tuple[KoreanReading, ...]:
    joined = "".join(text.split())
    syllables = read_word(joined, "hangul")
    if not syllables or not 2 <= len(syllables[0]) <= 1 + MAX_GIVEN_SYLLABLES:
        return ()
    first, *given = syllables[0]
    return (
        KoreanReading(first, korean_surnames().get(first.text, frozenset()), tuple(given), False),
    )


def traditional_spellings(hangul: str) -> list[str]:
    """Established spellings of a Hangul name from data/korean_traditional.tsv."""
    return [spelling for spelling, _ in korean_traditional().get("".join(hangul.split()), [])]


@dataclass(frozen=True)
class KoreanComparison:
    """How two Korean readings met: surname agreement and given syllables met of those compared."""

    surname_met: bool
    given_met: int
    given_near: int  # met but for final n against ng (Jon / Jong)
    given_total: int
    how: str

    @property
    def full(self) -> bool:
        return self.surname_met and self.given_met == self.given_total


def _surnames_meet(a: KoreanReading, b: KoreanReading) -> bool:
    if a.surname_hangul and b.surname_hangul:
        return bool(a.surname_hangul & b.surname_hangul)
    return a.surname.meets(b.surname)


def _both_hangul(x: Syllable, y: Syllable) -> bool:
    """Two syllables written in Hangul: their finals are written exactly, so n against ng is
    another syllable (전 / 정), not the slip of a romanization (Jon for Jong)."""
    return is_hangul_syllable(x.text[0]) and is_hangul_syllable(y.text[0])


def compare_korean(
    left: tuple[KoreanReading, ...], right: tuple[KoreanReading, ...]
) -> KoreanComparison | None:
    """The best agreement between any two readings (full match first), None if either is empty.

    Ranked by (full match, surname met, share of given syllables met, near ones counting half);
    the first of equally ranked pairs of readings wins.
    """
    n_or_ng = n_or_ng_coda()
    best: tuple[tuple[bool, bool, float], KoreanReading, KoreanReading, int, int] | None = None
    for a in left:
        for b in right:
            met = near = 0
            for x, y in zip(a.given, b.given, strict=False):
                if x.onset & y.onset and x.vowel & y.vowel:
                    if x.coda & y.coda:
                        met += 1
                    elif x.coda & n_or_ng and y.coda & n_or_ng and not _both_hangul(x, y):
                        near += 1
            total = max(len(a.given), len(b.given))
            surname_met = _surnames_meet(a, b)
            rank = (surname_met and met == total, surname_met, (met + 0.5 * near) / max(total, 1))
            if best is None or rank > best[0]:
                best = (rank, a, b, met, near)
                if rank[0]:  # a full match: nothing ranks higher
                    break
        if best is not None and best[0][0]:
            break
    if best is None:
        return None
    rank, a, b, met, near = best
    order = "western order" if a.western_order != b.western_order else "same order"
    return KoreanComparison(rank[1], met, near, max(len(a.given), len(b.given)), order)
