"""Chinese personal names in Hanyu Pinyin, Wade-Giles or Hong Kong Cantonese spellings read as
Pinyin syllables, and compared.

"Mao Tse-tung", "Mao Zedong", "MAO Ze-dong" and "Zedong Mao" read to the same surname and the
same two given-name syllables; "Zhang Wei" and "Zhang Hui" differ in one. Each written syllable
becomes the set (a bit mask) of Pinyin syllables it can stand for (data/chinese_syllables.tsv):
without its apostrophe a Wade-Giles spelling is ambiguous (ching = jing or qing, tung = dong or
tong), and every reading is kept, as the Korean reader keeps sound classes. Two syllables meet
when their sets overlap. A Hong Kong spelling (TSANG, LEUNG) stands for the Pinyin of the
characters it is written for (data/cantonese_syllables.tsv), which only finds a name (`_meet`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import islice, product

from sanctionwatch.names.given_names import is_given_name
from sanctionwatch.names.scripts import strip_marks
from sanctionwatch.names.tables import load_tsv

_APOSTROPHES = re.compile(r"[’ʼ`‘ʻ]")
_SPLIT = re.compile(r"[\s\-‐‑–·.,]+")
_LETTERS = re.compile(r"[a-z']+")
MAX_READINGS = 4  # readings kept per word and per name part: bounds the work on odd words
# Cantonese syllables of a nasal alone (吳 Ng, 唔 M): a word of their own, never part of a parse
_WHOLE_WORD_ONLY = frozenset(["m", "ng"])
MAX_GIVEN_SYLLABLES = 3


@dataclass(frozen=True)
class _Table:
    spellings: dict[str, int]  # written syllable (marks dropped) -> mask of Pinyin syllables
    pinyin: tuple[str, ...]  # bit number -> Pinyin syllable
    coarse: dict[int, str]  # bit -> the first syllable of its group (see _table)
    longest: int
    r_syllables: int  # mask of the Pinyin syllables in r- (Wade-Giles j-)
    # every written syllable, Pinyin, Wade-Giles or Hong Kong Cantonese (cantonese_syllables.tsv:
    # the Pinyin and Jyutping of the characters it is written for), read once
    syllables: dict[str, ChineseSyllable]
    # the same within a longer word: the Cantonese nasals alone (ng, m) are words of their own
    inner: dict[str, ChineseSyllable | None]


@cache
def _table() -> _Table:
    """Spellings from data/chinese_syllables.tsv, and groups of syllables for blocking keys.

    A Wade-Giles spelling with an aspiration apostrophe (p'ing) is also read without it (ping),
    so an unmarked spelling stands for both (ping = bing or ping). Syllables that some spelling
    can stand for together fall in one group, so every spelling of a syllable gives one key.
    """
    rows = load_tsv("chinese_syllables.tsv", 2)
    pinyin = tuple(strip_marks(p) for p, _ in rows)
    spellings: dict[str, int] = {}
    for bit, (written, wade_giles) in enumerate(rows):
        for spelling in [written, *wade_giles.split(",")]:
            plain = strip_marks(spelling.strip().lower())
            for form in {plain, plain.replace("'", "")}:
                spellings[form] = spellings.get(form, 0) | 1 << bit
    parent = list(range(len(pinyin)))

    def root(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    for mask in spellings.values():
        bits = [i for i in range(len(pinyin)) if mask >> i & 1]
        for other in bits[1:]:
            parent[root(other)] = root(bits[0])
    coarse = {1 << i: pinyin[root(i)] for i in range(len(pinyin))}
    r_syllables = sum(1 << i for i, p in enumerate(pinyin) if p.startswith("r"))
    bit_of = {p: i for i, p in enumerate(pinyin)}
    jyutping_bits: dict[str, int] = {}
    cantonese: dict[str, tuple[int, int]] = {}
    for spelling, readings, jyutping in load_tsv("cantonese_syllables.tsv", 3):
        mask = sum(1 << bit_of[r] for r in readings.split(",") if r in bit_of)
        sounds = 0
        for sound in jyutping.split(","):
            sounds |= 1 << jyutping_bits.setdefault(sound, len(jyutping_bits))
        if mask:
            cantonese[spelling] = (mask, sounds)
    syllables: dict[str, ChineseSyllable] = {}
    for written in spellings.keys() | cantonese.keys():
        mask = spellings.get(written, 0)
        korean = mask & ~r_syllables if written[0] == "j" else mask
        syllables[written] = ChineseSyllable(written, mask, korean, *cantonese.get(written, (0, 0)))
    inner: dict[str, ChineseSyllable | None] = {
        w: (ChineseSyllable(w, syllables[w].mask, syllables[w].korean) if w in spellings else None)
        for w in _WHOLE_WORD_ONLY
        if w in syllables
    }
    longest = max(map(len, syllables))
    return _Table(spellings, pinyin, coarse, longest, r_syllables, syllables, inner)


@dataclass(frozen=True, slots=True)
class ChineseSyllable:
    """One written syllable and the Pinyin syllables it may be; `korean` leaves out the
    Wade-Giles reading of a written j as Pinyin r (Korean J and R are other sounds).
    `cantonese`: the Pinyin syllables of the characters a Hong Kong spelling of a Cantonese
    syllable is written for (TSANG: 曾 zeng), and `jyutping` their Cantonese sounds; 0 when the
    syllable is no such spelling. `mask` is 0 when it is only that (KWOK, YAM, LEUNG)."""

    text: str
    mask: int
    korean: int
    cantonese: int = 0
    jyutping: int = 0


def coarse_key(syllable: ChineseSyllable) -> str:
    """Equal for two syllables that can meet (used for blocking)."""
    mask = syllable.mask
    return _table().coarse[mask & -mask]


def coarse_keys(syllable: ChineseSyllable) -> set[str]:
    """The groups of every Pinyin syllable a syllable may be, its Cantonese readings included:
    a Hong Kong spelling stands for characters of several Pinyin groups (YAM: yin, ren)."""
    coarse = _table().coarse
    mask = syllable.mask | syllable.cantonese
    found = set()
    while mask:
        bit = mask & -mask
        found.add(coarse[bit])
        mask ^= bit
    return found


def pinyin_of(mask: int) -> str:
    """The first Pinyin syllable of a mask (the explanation's reading)."""
    return _table().pinyin[(mask & -mask).bit_length() - 1]


@lru_cache(maxsize=200_000)
def read_word(word: str) -> tuple[tuple[ChineseSyllable, ...], ...]:
    """Readings of one word (lower case, marks dropped) with the fewest syllables, or ().

    Dictionary look-ups over the word's substrings, positions left to right: no backtracking.
    An apostrophe not part of a Wade-Giles spelling separates two Pinyin syllables (Xi'an).
    """
    if not _LETTERS.fullmatch(word):
        return ()
    table = _table()
    at: list[list[tuple[ChineseSyllable, ...]]] = [[] for _ in range(len(word) + 1)]
    at[0] = [()]
    for start in range(len(word)):
        here = at[start]
        if not here:
            continue
        if word[start] == "'" and start:
            _keep(at, start + 1, here)
        syllables, inner, whole = table.syllables, table.inner, len(word)
        for end in range(start + 1, min(whole, start + table.longest) + 1):
            written = word[start:end]
            syllable = syllables.get(written)
            if syllable is not None and written in inner and end - start < whole:
                syllable = inner[written]
            if syllable is not None:
                _keep(at, end, [(*reading, syllable) for reading in here])
    return tuple(at[len(word)])


def _keep(
    at: list[list[tuple[ChineseSyllable, ...]]], end: int, found: list[tuple[ChineseSyllable, ...]]
) -> None:
    """Add readings ending at `end`, keeping only those with the fewest syllables (capped)."""
    if not found:
        return
    if at[end] and len(found[0]) > len(at[end][0]):
        return
    if at[end] and len(found[0]) < len(at[end][0]):
        at[end] = []
    at[end].extend(found[: MAX_READINGS - len(at[end])])


@dataclass(frozen=True)
class ChineseReading:
    """One way to read a name: a one-syllable surname and one to three given syllables."""

    surname: ChineseSyllable
    given: tuple[ChineseSyllable, ...]
    western_order: bool

    @property
    def cantonese(self) -> bool:
        """A syllable reads only as a Hong Kong spelling of Cantonese (LEUNG, KWOK, YAM): the
        name is compared with Mandarin ones through the characters (see `_meet`)."""
        return any(not s.mask for s in (self.surname, *self.given))

    def keys(self) -> set[str]:
        """Blocking keys: the whole name in Pinyin groups, and surname + first given syllable;
        a Cantonese name's surname + first given syllable in every group they may be."""
        if self.cantonese:
            firsts = coarse_keys(self.given[0])
            return {f"cs:{s}|{g}" for s in coarse_keys(self.surname) for g in firsts}
        surname = coarse_key(self.surname)
        given = ".".join(coarse_key(s) for s in self.given)
        return {f"cn:{surname}|{given}", f"cs:{surname}|{coarse_key(self.given[0])}"}


def _words(text: str) -> list[str]:
    lowered = _APOSTROPHES.sub("'", strip_marks(text.lower()))
    return [w.strip("'") for w in _SPLIT.split(lowered) if w.strip("'")]


def read_chinese_name(text: str, script: str) -> tuple[ChineseReading, ...]:
    """Readings of a Latin name as a Chinese one (surname first, then last), or () if it is not.

    Every word must split into syllables; the surname is one word of one syllable, the given
    name the other words, one to three syllables (Ze-dong = Ze Dong = Zedong).
    """
    if script != "latin":
        return ()
    words = _words(text)
    if not 2 <= len(words) <= 2 + MAX_GIVEN_SYLLABLES:
        return ()
    per_word = [read_word(word) for word in words]
    found = _readings(per_word) if all(per_word) else ()
    if not found:  # TERESA reads as te-re-sa: an English given name is tried when all else fails
        rest = _without_english_name(words, per_word)
        if rest is not per_word:
            found = _readings(rest)
    return found


def _readings(
    per_word: list[tuple[tuple[ChineseSyllable, ...], ...]],
) -> tuple[ChineseReading, ...]:
    if not 2 <= len(per_word) <= 1 + MAX_GIVEN_SYLLABLES or not all(per_word):
        return ()
    found: list[ChineseReading] = []
    for western, surname, given in (
        (False, per_word[0], per_word[1:]),
        (True, per_word[-1], per_word[:-1]),
    ):
        if len(surname[0]) != 1 or not 1 <= sum(len(r[0]) for r in given) <= MAX_GIVEN_SYLLABLES:
            continue
        combos = islice(product(*given), MAX_READINGS)
        given_readings = [tuple(s for part in combo for s in part) for combo in combos]
        found.extend(
            ChineseReading(name[0], syllables, western)
            for name in surname
            for syllables in given_readings
        )
    return tuple(found)


def _without_english_name(
    words: list[str], per_word: list[tuple[tuple[ChineseSyllable, ...], ...]]
) -> list[tuple[tuple[ChineseSyllable, ...], ...]]:
    """The readings without a first or last word that reads as no syllable and is a given name
    of data/given_name_variants.tsv, when the others read as Cantonese: Hong Kong names carry an
    English given name (Donald TSANG Yam-kuen, LEE Ka-chiu John: OFAC SDN, Hong Kong program)."""
    for dropped, rest in ((words[0], per_word[1:]), (words[-1], per_word[:-1])):
        if not is_given_name(dropped) or len(rest) < 2 or not all(rest):
            continue
        if any(not s.mask for r in rest for s in r[0]):
            return rest
    return per_word


@dataclass(frozen=True)
class ChineseComparison:
    """How two readings met: surname agreement, given syllables met, and the Pinyin they share."""

    surname_met: bool
    given_met: int
    given_total: int
    how: str
    pinyin: str  # the shared reading, syllable by syllable; "?" where the two differ

    @property
    def full(self) -> bool:
        return self.surname_met and self.given_met == self.given_total


def compare_chinese(
    left: tuple[ChineseReading, ...],
    right: tuple[ChineseReading, ...],
    korean: bool = False,
    cantonese: bool = True,
) -> ChineseComparison | None:
    """The best agreement between any two readings (a full match first), None if either is empty.

    Syllables are compared in place: surname with surname, given syllable i with given syllable i.
    `korean` (both names also read as Korean): a written j is not read as Pinyin r, so Korean
    Ri Ju Song / Ri Ru Song stay apart (Wade-Giles ju = Pinyin ru). `cantonese`: Cantonese
    readings may meet (see `_meet`; the caller leaves them out for two names read as Korean).
    """
    best: tuple[tuple[bool, bool, float], ChineseReading, ChineseReading, int] | None = None
    for a in left:
        for b in right:
            canto = cantonese and (a.cantonese or b.cantonese)
            met = sum(
                1 for x, y in zip(a.given, b.given, strict=False) if _meet(x, y, korean, canto)
            )
            total = max(len(a.given), len(b.given))
            surname_met = bool(_meet(a.surname, b.surname, korean, canto))
            rank = (surname_met and met == total, surname_met, met / total)
            if best is None or rank > best[0]:
                best = (rank, a, b, met)
                if rank[0]:
                    return _comparison(a, b, met, korean, cantonese)
    if best is None:
        return None
    return _comparison(best[1], best[2], best[3], korean, cantonese)


def another_name(
    left: tuple[ChineseReading, ...], right: tuple[ChineseReading, ...], korean: bool = False
) -> bool:
    """Every reading of both names has as many syllables, and none meets in full, given names
    taken in order or reversed: Deng Xiaoping / Deng Xiaoming name two people. A reading with
    a syllable more or less is more likely a slip of the pen (Taotao / Taoato), left to the
    letters to judge. A name read only through Cantonese spellings never counts as another
    name: those readings only find a name written otherwise (`_meet`); a Burmese or Korean
    name whose words happen to be Cantonese spellings is not Chinese."""
    if any(r.cantonese for r in (*left, *right)):
        return False
    for a in left:
        for b in right:
            if len(a.given) != len(b.given):
                return False
            if _meet(a.surname, b.surname, korean) and (
                all(_meet(x, y, korean) for x, y in zip(a.given, b.given, strict=True))
                or all(_meet(x, y, korean) for x, y in zip(a.given, b.given[::-1], strict=True))
            ):
                return False
    return True


def surname_added(
    left: tuple[ChineseReading, ...], right: tuple[ChineseReading, ...], cantonese: bool = True
) -> bool:
    """One name is the other with one more syllable right before its surname (SU, Lu-Chi /
    TSAI SU, Lu-Chi): married women in Taiwan and Hong Kong may put their husband's surname
    before their own (Wikipedia "Chinese name", Married names: Anson Chan Fang On-sang).
    Every other syllable meets in place, both names read in one order."""
    for a in left:
        for b in right:
            short, long = (a, b) if len(a.given) < len(b.given) else (b, a)
            if len(long.given) != len(short.given) + 1 or a.western_order != b.western_order:
                continue
            syllables = (short.surname, *short.given)
            canto = cantonese and (a.cantonese or b.cantonese)
            if all(_meet(x, y, False, canto) for x, y in zip(syllables, long.given, strict=True)):
                return True
    return False


def _meet(x: ChineseSyllable, y: ChineseSyllable, korean: bool, cantonese: bool = False) -> int:
    """The Pinyin syllables two written syllables may both be (0: they do not meet). With
    `cantonese` (a name reads as Hong Kong Cantonese), a Cantonese spelling meets the Pinyin of
    the characters it is written for (LEUNG / Liang: 梁), and two Cantonese spellings meet when
    they may be one Cantonese sound (TSANG / CHANG: zang)."""
    mask_x, mask_y = (x.korean, y.korean) if korean else (x.mask, y.mask)
    found = mask_x & mask_y
    if cantonese and not found:
        found = (x.cantonese & mask_y) | (mask_x & y.cantonese)
        if not found and x.jyutping & y.jyutping:
            found = x.cantonese & y.cantonese or x.cantonese
    return found


def _comparison(
    a: ChineseReading, b: ChineseReading, met: int, korean: bool, cantonese: bool
) -> ChineseComparison:
    canto = cantonese and (a.cantonese or b.cantonese)
    pairs = [(a.surname, b.surname), *zip(a.given, b.given, strict=False)]
    pinyin = " ".join(pinyin_of(m) if (m := _meet(x, y, korean, canto)) else "?" for x, y in pairs)
    return ChineseComparison(
        bool(_meet(a.surname, b.surname, korean, canto)),
        met,
        max(len(a.given), len(b.given)),
        "western order" if a.western_order != b.western_order else "same order",
        pinyin,
    )
