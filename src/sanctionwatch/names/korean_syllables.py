"""Korean syllables written in Hangul, Latin or Cyrillic, read back to classes of Hangul sounds.

Every spelling of a syllable becomes three bit masks (onset, vowel, coda) over the classes of
data/korean_syllables.yaml; two spellings can be the same syllable when all three masks overlap.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from sanctionwatch.names.hangul import decompose, is_hangul_syllable
from sanctionwatch.names.tables import korean_syllables

Y_OR_I_VOWELS = ("YA", "YAE", "YO", "YU", "I")
MAX_PARSES = 6


@dataclass(frozen=True, slots=True)
class Syllable:
    """One written syllable: what it could be (class masks) and how it was written."""

    onset: int
    vowel: int
    coda: int
    text: str

    def meets(self, other: Syllable) -> bool:
        return bool(
            self.onset & other.onset and self.vowel & other.vowel and self.coda & other.coda
        )


@dataclass(frozen=True)
class _Classes:
    bits: dict[str, dict[str, int]]  # part -> class -> bit
    coarse: dict[str, dict[int, str]]  # part -> bit -> letter of its group


@cache
def _classes() -> _Classes:
    """Bit numbers of every class, and groups of classes some spelling can confuse (for keys)."""
    data = korean_syllables()
    names: dict[str, set[str]] = {"onset": set(), "vowel": set(), "coda": set()}
    links: dict[str, list[list[str]]] = {"onset": [], "vowel": [], "coda": []}
    hangul = data["hangul"]
    for part, column in (("onset", "initial"), ("vowel", "vowel"), ("coda", "final")):
        names[part].update(hangul[column])
    for script in ("latin", "cyrillic"):
        for part in ("onset", "vowel", "coda"):
            for classes in data[script][part].values():
                names[part].update(classes)
                links[part].append(classes)
        for by_vowel in data[script]["vowel_before_final"].values():
            for spelling, classes in by_vowel.items():
                links["vowel"].append([*data[script]["vowel"][spelling], *classes])
    links["onset"].append(data["silent_onset_before_y_or_i"])
    bits = {part: {c: 1 << i for i, c in enumerate(sorted(cs))} for part, cs in names.items()}
    coarse: dict[str, dict[int, str]] = {}
    for part, groups in links.items():
        parent = {c: c for c in names[part]}

        def root(c: str, parent: dict[str, str] = parent) -> str:
            while parent[c] != c:
                c = parent[c]
            return c

        for group in groups:
            for other in group[1:]:
                parent[root(other)] = root(group[0])
        coarse[part] = {
            bits[part][c]: min(x for x in names[part] if root(x) == root(c)) for c in names[part]
        }
    return _Classes(bits, coarse)


def _mask(part: str, classes: list[str]) -> int:
    table = _classes().bits[part]
    mask = 0
    for c in classes:
        mask |= table[c]
    return mask


@cache
def n_or_ng_coda() -> int:
    """The mask of the finals n and ng, which a slip (Jon for Jong) confuses."""
    return _mask("coda", ["N", "NG"])


def coarse_key(s: Syllable) -> str:
    """A short key equal for every two syllables that `meets` could join (used for blocking)."""
    coarse = _classes().coarse
    return (
        "".join(
            coarse[part][mask & -mask]
            for part, mask in (("onset", s.onset), ("vowel", s.vowel), ("coda", s.coda))
        )
        + "."
    )


def hangul_syllable(ch: str) -> Syllable:
    table = korean_syllables()["hangul"]
    initial, vowel, final = decompose(ch)
    return Syllable(
        _mask("onset", [table["initial"][initial]]),
        _mask("vowel", [table["vowel"][vowel]]),
        _mask("coda", [table["final"][final]]),
        ch,
    )


@cache
def _spellings(script: str) -> dict[str, list[tuple[str, int]]]:
    """part -> [(spelling, mask)], longest spelling first."""
    data = korean_syllables()[script]
    return {
        part: sorted(
            ((sp, _mask(part, cls)) for sp, cls in data[part].items()),
            key=lambda item: -len(item[0]),
        )
        for part in ("onset", "vowel", "coda")
    }


@cache
def _syllable_spellings(script: str) -> tuple[dict[str, list[tuple[int, Syllable]]], int]:
    """Every whole syllable spelling -> [(rank, syllable)], and the longest spelling's length.

    Built once from the part tables: a word is then read by looking its substrings up instead
    of trying every onset, vowel and final at every position. `rank` keeps the order the parts
    are tried in (longest onset, then vowel, then final first), which decides which reading
    comes first when a word reads several ways.
    """
    spellings = _spellings(script)
    data = korean_syllables()[script]
    y_or_i = _mask("vowel", list(Y_OR_I_VOWELS))
    silent_onset = _mask("onset", korean_syllables()["silent_onset_before_y_or_i"])
    before_final = {
        _mask("coda", [final]): by_vowel for final, by_vowel in data["vowel_before_final"].items()
    }
    table: dict[str, list[tuple[int, Syllable]]] = {}
    rank = 0
    for onset, onset_mask in spellings["onset"]:
        for vowel, vowel_mask in spellings["vowel"]:
            o_mask = onset_mask
            if not onset and y_or_i & vowel_mask:
                o_mask = silent_onset
            for coda, coda_mask in spellings["coda"]:
                v_mask = vowel_mask
                if coda_mask in before_final:  # Sung, Chul: informal u for ㅓ before ng, l
                    v_mask |= _mask("vowel", before_final[coda_mask].get(vowel, []))
                text = onset + vowel + coda
                table.setdefault(text, []).append((rank, Syllable(o_mask, v_mask, coda_mask, text)))
                rank += 1
    return table, max(len(text) for text in table)


@cache
def _onsets_after_final(script: str) -> tuple[tuple[int, int, int], ...]:
    """(final mask, onset mask, onset mask added) of the script's `onset_after_final` table."""
    table = korean_syllables()[script].get("onset_after_final", {})
    return tuple(
        (_mask("coda", [final]), _mask("onset", [onset]), _mask("onset", added))
        for final, by_onset in table.items()
        for onset, added in by_onset.items()
    )


def as_heard_after_finals(given: tuple[Syllable, ...], script: str) -> tuple[Syllable, ...]:
    """Given syllables whose onset a system writes as heard after the syllable before it
    (McCune-Reischauer Myŏng-nok for 명록) also read as the written onset."""
    rules = _onsets_after_final(script)
    if not rules or len(given) < 2:
        return given
    out = list(given)
    for i in range(1, len(given)):
        before, syllable = given[i - 1], given[i]
        for final, onset, added in rules:
            if before.coda & final and syllable.onset & onset and not syllable.onset & added:
                syllable = Syllable(
                    syllable.onset | added, syllable.vowel, syllable.coda, syllable.text
                )
        out[i] = syllable
    return tuple(out)


def one_syllable_readings(word: str, script: str) -> tuple[Syllable, ...]:
    """The readings of a whole Latin or Cyrillic word as one syllable: a dictionary look-up."""
    found = _syllable_spellings(script)[0].get(word, ())
    return tuple(syllable for _, syllable in sorted(found, key=lambda item: item[0]))


def _syllables_at(word: str, start: int, script: str) -> list[tuple[int, Syllable]]:
    """Every syllable that can be read from `start`: (end, syllable), in part-table order."""
    table, longest = _syllable_spellings(script)
    found: list[tuple[int, int, Syllable]] = []
    for end in range(start + 1, min(len(word), start + longest) + 1):
        for rank, syllable in table.get(word[start:end], ()):
            found.append((rank, end, syllable))
    found.sort(key=lambda item: item[0])
    return [(end, syllable) for _, end, syllable in found]


@lru_cache(maxsize=200_000)
def read_word(word: str, script: str) -> tuple[tuple[Syllable, ...], ...]:
    """The readings of one written word with the fewest Korean syllables (capped)."""
    if script == "hangul":
        if word and all(is_hangul_syllable(ch) for ch in word):
            return (tuple(hangul_syllable(ch) for ch in word),)
        return ()
    whole, _ = _syllable_spellings(script)
    if word in whole:  # one syllable (most name words): its readings, no parsing
        return tuple((syllable,) for _, syllable in whole[word][:MAX_PARSES])
    return parse_word(word, script)


def parse_word(word: str, script: str) -> tuple[tuple[Syllable, ...], ...]:
    """Split a written word into syllables every way the spelling tables allow (fewest kept)."""
    readings: list[tuple[Syllable, ...]] = []

    def walk(start: int, acc: tuple[Syllable, ...]) -> None:
        if len(readings) >= MAX_PARSES * 4 or len(acc) > 4:
            return
        if start == len(word):
            readings.append(acc)
            return
        for end, syllable in _syllables_at(word, start, script):
            walk(end, (*acc, syllable))

    walk(0, ())
    fewest = min((len(r) for r in readings), default=0)
    return tuple(r for r in readings if len(r) == fewest)[:MAX_PARSES]
