"""How strongly two analysed names say "the same party", and how they met."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import permutations
from typing import Any

from rapidfuzz.distance import OSA, LCSseq, Levenshtein

from sanctionwatch.matching.config import MatchConfig
from sanctionwatch.matching.word_table import (
    ActiveTables,
    active_tables,
    consonants_of,
)
from sanctionwatch.names.arabic import (
    arabic_keys,
    arabic_tables,
    article_joined,
    consonant_frame,
    keys_apart,
)
from sanctionwatch.names.chinese import another_name, compare_chinese, surname_added
from sanctionwatch.names.cognates import foreign_words, latin_words_of
from sanctionwatch.names.companies import abbreviates_name, kinds_apart, shared_concepts
from sanctionwatch.names.cyrillic import joined_skeleton, plain_latin, yo_reading
from sanctionwatch.names.forms import (
    NameForm,
    analyse_name,
    compound_slip,
    one_swap_apart,
    translated_form,
)
from sanctionwatch.names.given_names import could_meet, initial_of, same_given_name
from sanctionwatch.names.han import HAN
from sanctionwatch.names.korean import compare_korean
from sanctionwatch.names.korean_syllables import Syllable
from sanctionwatch.names.tables import generational_suffixes

ROMAN = re.compile(r"[ivx]{1,5}")
ACRONYM_MATCH = "acronym of the full name"


@dataclass(frozen=True)
class NameMatch:
    score: float
    method: str
    detail: dict[str, Any] = field(default_factory=dict)


def token_similarity(a: str, b: str, cfg: MatchConfig) -> float:
    """Edit similarity (a swap of two letters is one edit), or of consonants (Mohamed/Muhammad),
    or of Arabic letter keys (names.arabic.arabic_keys).

    Inside `active_word_table` the value comes from the query's precomputed table (the same
    numbers; below `token_floor` it reads 0, which no caller tells apart).
    """
    if a == b:
        return 1.0
    skeletons, _ = active_tables()
    known = skeletons.lookup(a, b) if skeletons is not None else None
    return known if known is not None else _skeleton_similarity(a, b, cfg)


def _skeleton_similarity(a: str, b: str, cfg: MatchConfig) -> float:
    if a.isdigit() or b.isdigit():
        return 0.0
    sim = OSA.normalized_similarity(a, b)
    ca, cb = consonants_of(a), consonants_of(b)
    if len(ca) >= 3 and ca == cb:
        sim = max(sim, cfg.name["consonant_weight"])
    keys = arabic_keys(a)
    if keys and not keys_apart(keys, arabic_keys(b)):  # one Arabic sound: Qadhafi / Gaddafi
        sim = max(sim, cfg.name["arabic_letters"])
    return sim


def _letters_similarity(a: str, b: str) -> float:
    """Edit similarity of two words' letters as written (a swap of two letters is one edit).

    The skeleton rewrites letter groups (ts -> c, ie -> e, a doubled letter once), which turns
    one slip in a plain Latin word into a larger difference (BATIS / BATS: batis / bac); the
    letters as written keep it one edit.
    """
    if a.isdigit() or b.isdigit():
        return 0.0
    return OSA.normalized_similarity(a, b)


def word_similarity(
    ta: str, tb: str, pa: str, pb: str, cfg: MatchConfig, tables: ActiveTables = (None, None)
) -> float:
    """The higher of the skeletons' similarity (Sergei/Sergey, Mohamed/Muhammad) and the
    plain letters' (BATIS/BATS): a word pair meets when either says it does.

    `tables` are the active word tables (`active_tables()`), fetched once by the caller: this
    runs for every word pair of every candidate in bulk screening; each table is read once and
    the similarity computed only for words it does not cover.
    """
    if ta == tb:
        return 1.0
    skeletons, plains = tables
    known = skeletons.lookup(ta, tb) if skeletons is not None else None
    sim = known if known is not None else _skeleton_similarity(ta, tb, cfg)
    if sim < 1.0 and (pa != ta or pb != tb):
        if pa == pb:
            return 1.0
        known = plains.lookup(pa, pb) if plains is not None else None
        sim = max(sim, known if known is not None else _letters_similarity(pa, pb))
    return sim


def yo_similarity(ta: str, tb: str, pa: str, pb: str, cfg: MatchConfig) -> float:
    """Two words compared with a yo read as ё is in ICAO 9303 (names.cyrillic.yo_reading):
    Pyotr / Petr, Vorobyova / Воробьёва; 0 when neither word has such a yo."""
    ra = yo_reading(pa) if "yo" in pa else None
    rb = yo_reading(pb) if "yo" in pb else None
    if ra is None and rb is None:
        return 0.0
    return _skeleton_similarity(ra or ta, rb or tb, cfg)


def abbreviates(short: str, long: str) -> bool:
    """`short` is the first letters (at least 3) of a long word (6 letters or more: ELEC /
    ELECTRONIC); a short word's prefix is as often another word (NIK / NIKAN)."""
    return 3 <= len(short) < len(long) >= 6 and long.startswith(short) and short.isalpha()


def _syllables_meet(a: tuple[Syllable, ...], b: tuple[Syllable, ...]) -> bool:
    return len(a) == len(b) > 0 and all(x.meets(y) for x, y in zip(a, b, strict=True))


def align_tokens(
    a: NameForm, b: NameForm, cfg: MatchConfig, korean_words: bool = False
) -> tuple[float, list[list[Any]]]:
    """Greedy best word pairing; unmatched words count against, unmatched patronymics do not."""
    floor = cfg.name["token_floor"]
    companies = a.kind == b.kind == "company"
    persons = a.kind == b.kind == "person"
    short_forms, initials = (
        could_meet(a.given_name_marks, b.given_name_marks) if persons else (False, False)
    )
    tables = active_tables()
    yo = bool(a.yo_readings or b.yo_readings)  # Pyotr / Petr: see yo_similarity
    # one name read from Arabic letters: its words also meet a Latin one by their consonants
    frames = cfg.name["arabic_script_frame"] if a.arabic_letters != b.arabic_letters else 0.0
    syllables_a = a.trade_syllables if korean_words else ()
    syllables_b = b.trade_syllables if korean_words else ()
    pairs: list[tuple[float, int, int]] = []
    for i, ta in enumerate(a.tokens):
        pa = a.plain[i]
        read_a = syllables_a[i] if i < len(syllables_a) else ()
        for j, tb in enumerate(b.tokens):
            pb = b.plain[j]
            sim = word_similarity(ta, tb, pa, pb, cfg, tables)
            if yo and sim < 1.0:
                sim = max(sim, yo_similarity(ta, tb, pa, pb, cfg))
            if read_a and j < len(syllables_b) and _syllables_meet(read_a, syllables_b[j]):
                sim = max(sim, cfg.name["korean_trade_name"])
            if sim < frames and _frames_meet(pa, pb):
                sim = frames
            if sim < floor:  # the ways two words meet that the similarity does not see
                if len(pa) == len(pb) and one_swap_apart(pa, pb):
                    sim = 1 - cfg.name["swap_cost"] / len(pa)
                elif persons and len(pa) - len(pb) in (2, -2) and article_joined(pa, pb):
                    sim = cfg.name["joined_article"]
                elif short_forms and same_given_name(pa, pb):  # Bill / William
                    sim = cfg.name["given_name_short"]
                elif initials and initial_of(pa, pb):  # J. / John: weak, paired last
                    pairs.append((cfg.name["initial"], i, j))
                    continue
                elif companies and pa[:3] == pb[:3]:  # cheap test first: 3 letters
                    short = _abbreviation(pa, pb, cfg)
                    if short:
                        pairs.append((short, i, j))
                    continue
                if sim < floor:
                    continue
            if companies and sim < 1.0 and _extends_short(ta, tb, pa, pb):
                continue
            pairs.append((sim, i, j))
    pairs.sort(reverse=True)
    used_a: set[int] = set()
    used_b: set[int] = set()
    met: list[list[Any]] = []
    gained = 0.0
    for sim, i, j in pairs:
        if i in used_a or j in used_b:
            continue
        used_a.add(i)
        used_b.add(j)
        gained += sim * (len(a.tokens[i]) + len(b.tokens[j]))
        met.append([a.tokens[i], b.tokens[j], round(sim, 3)])
    total = a.named_length + b.named_length  # met patronymics count, missing ones do not
    total += sum(len(a.tokens[i]) for i in used_a if a.patronymic[i])
    total += sum(len(b.tokens[j]) for j in used_b if b.patronymic[j])
    return (gained / total if total else 0.0), met


def _frames_meet(a: str, b: str) -> bool:
    """Two words' consonants as Arabic letters write them agree, two consonants at least
    (names.arabic.consonant_frame)."""
    frame = consonant_frame(a)
    return len(frame) >= 2 and frame == consonant_frame(b)


def _extends_short(x: str, y: str, px: str, py: str) -> bool:
    """A short company word (4 letters or fewer) that another word lengthens by two letters or
    more is another word, not a slip: THE BASE / BASEEJ, BANK-E TAT / BANK TAATTA (OFAC SDN, two
    parties each); as `abbreviates` says, a short word's prefix is as often another word.
    Skeletons `x`, `y` are compared, the letters as written `px`, `py` measured."""
    short, long = (x, y) if len(x) <= len(y) else (y, x)
    return len(short) <= 4 and long.startswith(short) and abs(len(px) - len(py)) >= 2


def _abbreviation(x: str, y: str, cfg: MatchConfig) -> float:
    """A company word written short on one side, as its first letters (LE-HUA ELEC /
    LE-HUA ELECTRONIC), meets at `abbreviation`."""
    short, long = (x, y) if len(x) <= len(y) else (y, x)
    return cfg.name["abbreviation"] if abbreviates(short, long) else 0.0


def compact_similarity(a: NameForm, b: NameForm, floor: float = 0.0) -> float:
    """Whole-name similarity ignoring spaces and word order (Xiao Ming Wang / Wang Xiaoming);
    also with a letter doubled across a join written once when either name has one (HAP JANG
    GANG / HAPJANGGANG: the skeleton of one word writes gg once); and, when the names have
    different numbers of words, with the letters as written, since a skeleton reads a letter by
    its place in the word (YUJONG / YU JONG, O UN CHONG NYON HO / OUN CHONGNYON HO)."""
    found = _compact_similarity(
        a.tokens, b.tokens, floor, "".join, a.compact, b.compact, a.sorted_letters, b.sorted_letters
    )
    if found < 1.0 and (a.joins_double or b.joins_double):
        joined = _compact_similarity(
            a.tokens,
            b.tokens,
            floor,
            joined_skeleton,
            a.compact_joined,
            b.compact_joined,
            a.sorted_letters,
            b.sorted_letters,
        )
        found = max(found, joined)
    if found < 1.0 and len(a.plain) != len(b.plain) and a.plain and b.plain:
        written = _compact_similarity(
            a.plain,
            b.plain,
            floor,
            "".join,
            a.plain_compact,
            b.plain_compact,
            a.plain_sorted_letters,
            b.plain_sorted_letters,
        )
        found = max(found, written)
    return found


def _compact_similarity(
    words_a: tuple[str, ...],
    words_b: tuple[str, ...],
    floor: float,
    join: Callable[[Sequence[str]], str],
    own: str,
    target: str,
    letters_a: str,
    letters_b: str,
) -> float:
    if len(words_a) > 5:  # too many orders to try: words as written, and sorted
        return max(
            Levenshtein.normalized_similarity(own, target),
            Levenshtein.normalized_similarity(join(sorted(words_a)), join(sorted(words_b))),
        )
    longest = max(len(own), len(target), 1)
    if 1 - abs(len(own) - len(target)) / longest < floor:
        return 0.0  # the lengths alone rule the floor out
    if floor and LCSseq.similarity(letters_a, letters_b) / longest < floor:
        return 0.0  # too few shared letters for any word order to reach the floor
    return max(
        Levenshtein.normalized_similarity(join(p), target, score_cutoff=floor)
        for p in permutations(words_a)
    )


def compare_person(a: NameForm, b: NameForm, cfg: MatchConfig) -> NameMatch:
    """Person names; two names read as Chinese also meet syllable by syllable, which can raise
    the score (Mao Tse-tung / Mao Zedong, LI Youmin / Li Yu-min); when their syllables differ,
    the score is capped below the threshold whatever the letters say (Deng Xiaoping / Deng
    Xiaoming), as a Korean given syllable that differs is. Names also both read as Korean (Han,
    Song, Ju are Pinyin syllables too) keep the Korean verdict, and do not meet through
    Wade-Giles j = Pinyin r, which would join Korean Ju and Ru."""
    match = _compare_person(a, b, cfg)
    if not (a.chinese and b.chinese):
        return match
    cantonese = _cantonese_allowed(a, b)
    if a.korean and b.korean and surname_added(a.chinese, b.chinese, cantonese):
        # SU, Lu-Chi / TSAI SU, Lu-Chi (a married name) also reads as Korean, where syllables
        # are compared in place and the one added shifts every other: left to the letters, as
        # a Chinese reading with a syllable more is (names.chinese.another_name)
        letters = compare_plain(a, b, cfg)
        if letters.score > match.score:
            match = NameMatch(letters.score, letters.method + ", a surname added", letters.detail)
    chinese = _compare_chinese(a, b, cfg)
    if chinese.score > match.score:
        return chinese
    cap = cfg.name["chinese_syllables_differ"]
    # Deng Xiaoping / Deng Xiaoming: letters close, another name (never a full Chinese match);
    # read as Korean too, a syllable apart only by n / ng (Li Ming / Li Min) is a Korean
    # clerk's slip but two Pinyin syllables: the Chinese reading decides
    korean_near = a.korean and b.korean and match.method.endswith("(n/ng differ)")
    both_korean = a.korean and b.korean and not korean_near
    if match.score > cap and not both_korean and another_name(a.chinese, b.chinese):
        detail = {**match.detail, "chinese": chinese.detail}
        return NameMatch(cap, match.method + ", chinese syllables differ", detail)
    return match


def _cantonese_allowed(a: NameForm, b: NameForm) -> bool:
    """Cantonese readings (names.chinese) count unless a name also reads as Korean (Pak Nam Sun
    and Pak Nam Chun are Cantonese spellings too, but Korean names), except where one is
    written in Chinese characters (李嘉誠 / Li Ka-shing)."""
    return not (a.korean or b.korean) or bool(HAN.search(a.text) or HAN.search(b.text))


def _compare_chinese(a: NameForm, b: NameForm, cfg: MatchConfig) -> NameMatch:
    """Pinyin and Wade-Giles syllables compared in place (names.chinese); one syllable apart
    stays below the threshold (Zhang Wei / Zhang Hui)."""
    korean = bool(a.korean and b.korean)
    chinese = compare_chinese(a.chinese, b.chinese, korean, _cantonese_allowed(a, b))
    assert chinese is not None
    detail = {
        "surname_met": chinese.surname_met,
        "given_syllables_met": chinese.given_met,
        "given_syllables": chinese.given_total,
        "order": chinese.how,
        "pinyin": chinese.pinyin,
    }
    if chinese.full:
        return NameMatch(cfg.name["chinese_full"], "chinese syllables", detail)
    share = (chinese.surname_met + chinese.given_met) / (1 + chinese.given_total)
    return NameMatch(cfg.name["chinese_partial_max"] * share, "chinese syllables differ", detail)


def _compare_person(a: NameForm, b: NameForm, cfg: MatchConfig) -> NameMatch:
    if a.korean and b.korean:
        korean = compare_korean(a.korean, b.korean)
        assert korean is not None
        detail = {
            "surname_met": korean.surname_met,
            "given_syllables_met": korean.given_met,
            "given_syllables_near": korean.given_near,
            "given_syllables": korean.given_total,
            "order": korean.how,
        }
        n = cfg.name
        if korean.surname_met and korean.given_met == korean.given_total:
            return NameMatch(n["korean_full"], "korean syllables", detail)
        if korean.surname_met and korean.given_met + korean.given_near == korean.given_total:
            score = n["korean_full"] - n["korean_near_step"] * korean.given_near
            return NameMatch(score, "korean syllables (n/ng differ)", detail)
        if korean.given_met == korean.given_total:
            return NameMatch(
                n["korean_surname_differs"], "korean given name, surname differs", detail
            )
        swapped = _letters_swapped(a, b, cfg)
        if swapped is not None:
            return _surname_guard(swapped, korean.surname_met, cfg)
        share = korean.given_met / korean.given_total if korean.given_total else 0.0
        return NameMatch(n["korean_partial_max"] * share, "korean syllables differ", detail)
    plain = compare_plain(a, b, cfg)
    if a.compounds != b.compounds and compound_slip(a, b, cfg.name["token_floor"]):
        plain = _compounds_as_written(a, b, plain, cfg)
    if bool(a.korean) != bool(b.korean) and len(a.tokens) == len(b.tokens):
        # Said, not scored: a typo can stop a Korean name from reading as one (Kim Jnog Un).
        unread = b.text if a.korean else a.text
        return NameMatch(plain.score, plain.method, {**plain.detail, "not_read_as_korean": unread})
    return plain


def _compounds_as_written(
    a: NameForm, b: NameForm, match: NameMatch, cfg: MatchConfig
) -> NameMatch:
    """Names where one side reads a compound the other does not (and it meets a word there as
    written: names.forms.compound_slip) are also compared with every compound as written: a
    slip in a compound's head (Abdelrazik / Adelrazik, Abdulhamid / Apdulhmaid) stops it
    reading as abd + razik, and only the letters as written still meet.

    Only then: two compounds both read (Abdulrahman / Abdulrahim) keep their second names apart.
    """
    written = compare_plain(
        analyse_name(a.text, a.kind, compounds=False),
        analyse_name(b.text, b.kind, compounds=False),
        cfg,
    )
    if written.score <= match.score:
        return match
    return NameMatch(written.score, written.method + ", compounds as written", written.detail)


def _surname_guard(match: NameMatch, surname_met: bool, cfg: MatchConfig) -> NameMatch:
    """Two names both read as Korean whose surnames never meet stay below the threshold.

    Word alignment sees letters, not the surname slot: Ri Kim Chol and Kim Ri Chol share every
    letter, yet name a Ri and a Kim.
    """
    cap = cfg.name["korean_surname_differs"]
    if surname_met or match.score <= cap:
        return match
    return NameMatch(cap, match.method + ", surnames differ", match.detail)


def _letters_swapped(a: NameForm, b: NameForm, cfg: MatchConfig) -> NameMatch | None:
    """Korean names whose words all meet with the same letters, in another order or swapped.

    A slip of one letter inside a short syllable (Chol/Chul) often spells another real syllable
    and stays a mismatch; a swap (Paek/Pake) or reordered syllables keep every letter.
    """
    if len(a.tokens) != len(b.tokens) or sorted(a.compact) != sorted(b.compact):
        return None
    aligned, met = align_tokens(a, b, cfg)
    if len(met) != len(a.tokens) or any(sorted(x) != sorted(y) for x, y, _ in met):
        return None
    if all(x == y for x, y, _ in met) and (
        a.tokens[0] == b.tokens[0] or a.tokens[-1] == b.tokens[-1]
    ):  # the surname stays, the given syllables trade places: 김정은 / 김은정 are two names, or
        # one written out of order: below the threshold, where a same birth date can lift it
        score = min(aligned, cfg.name["korean_given_reordered"])
        return NameMatch(score, "korean given syllables in another order", {"words_met": met})
    score = min(aligned, cfg.name["korean_letters_swapped"])
    return NameMatch(score, "korean words reordered or letters swapped", {"words_met": met})


def compare_plain(a: NameForm, b: NameForm, cfg: MatchConfig) -> NameMatch:
    aligned, met = align_tokens(a, b, cfg)
    compact = compact_similarity(a, b, cfg.name["compact_floor"])
    if compact >= cfg.name["compact_floor"] and compact > aligned:
        return NameMatch(
            compact, "whole name ignoring spaces and order", {"similarity": round(compact, 3)}
        )
    shorter = cfg.name["shorter_form"]
    if aligned < shorter and a.kind == b.kind == "person" and _shorter_form(a, b, met):
        return NameMatch(shorter, "words aligned, a shorter form of the name", {"words_met": met})
    persons = a.kind == b.kind == "person"
    married_ending = ("de",) in (a.plain[-2:-1], b.plain[-2:-1])
    if persons and married_ending and _married_name(a, b, met):
        married = max(aligned, cfg.name["married_name"])
        return NameMatch(married, "words aligned, a married name", {"words_met": met})
    cap = cfg.name["person_words_differ"]
    if aligned > cap and a.kind == b.kind == "person" and _each_keeps_a_word(a, b, met):
        return NameMatch(cap, "words aligned, each name keeps a word", {"words_met": met})
    if aligned > cap and a.kind == b.kind == "person" and _initials_differ(a, b, met):
        return NameMatch(cap, "words aligned, initials differ", {"words_met": met})
    if aligned > cap and persons and _generations(a) != _generations(b):
        return NameMatch(cap, "words aligned, another generation", {"words_met": met})
    if aligned > cap and persons and _named_after_the_other(a, b, met):
        return NameMatch(cap, "words aligned, a given name before the other's", {"words_met": met})
    cap = cfg.name["vessel_words_differ"]
    if aligned > cap and a.kind == b.kind == "plain":
        apart = _vessel_words_apart(a, b, met, cfg)
        if apart:
            return NameMatch(cap, f"words aligned, {apart}", {"words_met": met})
    return NameMatch(aligned, "words aligned", {"words_met": met})


def _shorter_form(a: NameForm, b: NameForm, met: list[list[Any]]) -> bool:
    """One name is the other's first and last word with some of the words between, every one
    met: the short form lists and records write of a long name (Muammar Gaddafi / Muammar
    Mohammed Abu Minyar Qadhafi, Anwar al-Awlaki / Anwar Nasser Abdulla al-Aulaqi, Joe Biden /
    Joseph Robinette Biden). Two words at least, at most three left out; a name whose first
    word differs is another name (Usama bin Laden / Hamza Usama bin Laden, his son)."""
    if len(a.tokens) == len(b.tokens):
        return False
    side = 0 if len(a.tokens) < len(b.tokens) else 1
    short, long = (a, b) if side == 0 else (b, a)
    if len(short.tokens) < 2 or len(long.tokens) - len(short.tokens) > 3:
        return False
    if len(met) != len(short.tokens):
        return False
    pairs = {(pair[side], pair[1 - side]) for pair in met}
    ends = ((short.tokens[0], long.tokens[0]), (short.tokens[-1], long.tokens[-1]))
    return all(end in pairs for end in ends) and not _unpaired(short, side, met)


def _unpaired(form: NameForm, side: int, met: list[list[Any]]) -> list[int]:
    """Positions of `form`'s words that no pair of `met` took (`side` 0 or 1 of each pair)."""
    left = Counter(pair[side] for pair in met)
    positions = []
    for i, token in enumerate(form.tokens):
        if left[token] > 0:
            left[token] -= 1
        else:
            positions.append(i)
    return positions


def _initials_differ(a: NameForm, b: NameForm, met: list[list[Any]]) -> bool:
    """Each name keeps an initial the other does not pair: J. Smith / P. Smith, John F. / John G.
    Kennedy name two people. One initial missing on one side (or a particle such as Burmese U)
    says little and is left to the letters. Initials as written: the skeleton of YI is one
    letter too."""
    return all(
        any(len(form.plain[i]) == 1 for i in _unpaired(form, side, met))
        for side, form in enumerate((a, b))
    )


def _named_words(form: NameForm) -> list[int]:
    """Positions of the words that name (3 letters or more, not a number: ASIA BRIDGE 2)."""
    return [
        i
        for i, plain in enumerate(form.plain)
        if len(plain) >= 3 and not plain.isdigit() and not ROMAN.fullmatch(plain)
    ]


def _vessel_words_apart(a: NameForm, b: NameForm, met: list[list[Any]], cfg: MatchConfig) -> str:
    """Why two vessel names name two vessels although their words align, or "".

    A vessel's name is written, registered and painted one way (IMO numbers follow the hull,
    not the spelling), so a word the other name lacks (DESTINY / RISE DESTINY) names another
    vessel; and a one-word name is its word, which two letters changed turn into another name
    (ARDAVAN / ARTAVAND, PARTIZAN / PARISAN), where a slip of the pen changes one; a long
    word keeps two changed letters a slip (similarity `vessel_one_word` or more).
    """
    letters_a = {p for p in a.plain if len(p) == 1 and p.isalpha()}
    letters_b = {p for p in b.plain if len(p) == 1 and p.isalpha()}
    if letters_a and letters_b and letters_a != letters_b:  # LADY R / LADY D: as numbers do
        return "letters of the series differ"
    words_a, words_b = _named_words(a), _named_words(b)
    for side, (form, words) in enumerate(((a, words_a), (b, words_b))):
        if set(words) & set(_unpaired(form, side, met)):
            return "a word on one side only"
    if len(words_a) == len(words_b) == 1:
        i, j = words_a[0], words_b[0]
        sim = next((m[2] for m in met if m[0] == a.tokens[i] and m[1] == b.tokens[j]), 1.0)
        edits = min(OSA.distance(a.tokens[i], b.tokens[j]), OSA.distance(a.plain[i], b.plain[j]))
        if sim < cfg.name["vessel_one_word"] and edits >= 2:
            return "its one word two letters apart"
    return ""


def _married_name(a: NameForm, b: NameForm, met: list[list[Any]]) -> bool:
    """One name ends in DE and a surname, a Spanish married woman's name, where the other ends
    in her second surname or has none, and every other word is met, three at least (given
    names and a first surname: Jean Pierre DE GAULLE is not Jean Pierre MARTIN): Claudia
    Patricia NASSER ARANA a.k.a. NASSER DE HAZBUN, Lucy Amparo VARGAS DE CUADROS (OFAC SDN 6334,
    16359)."""
    if len(met) < 3:
        return False
    for x, y, side in ((a, b, 0), (b, a, 1)):
        if len(x.plain) >= 4 and x.plain[-2] == "de":
            last_two = [len(x.tokens) - 2, len(x.tokens) - 1]
            other = _unpaired(y, 1 - side, met)
            if _unpaired(x, side, met) == last_two and other in ([], [len(y.tokens) - 1]):
                return True
    return False


def _generations(form: NameForm) -> set[str]:
    """The generational suffixes a person name carries (Jr., Sr.: person_titles.yaml): Donald
    Trump and Donald Trump Jr., John F. Kennedy and John F. Kennedy Jr. are father and son."""
    suffixes = generational_suffixes()
    # anywhere, as a name's words may come in any order (JR SMITH JOHN); Junior and Senior only
    # after the first word, where they are no given name
    return {suffixes[p] for i, p in enumerate(form.plain) if p in suffixes and (i or len(p) <= 2)}


@cache
def _arabic_chain() -> re.Pattern[str]:
    """An article or kinship word of arabic_names.yaml written as a word (al-, bin, abu, abd)."""
    t = arabic_tables()
    words = sorted(t.particles | t.kunya_words | {t.abd_head}, key=len, reverse=True)
    return re.compile(r"(?i)(?:^|[\s,])(?:" + "|".join(map(re.escape, words)) + r")(?=[\s'’-])")


def _named_after_the_other(a: NameForm, b: NameForm, met: list[list[Any]]) -> bool:
    """An Arabic name of three words or more, and the same words after one more given name:
    a chain of names (ism, father's, grandfather's, family), whose one name more is the
    child's own (Qusay Saddam Hussein AL-TIKRITI / Saddam Hussein AL-TIKRITI; Sa'ad Muhammad
    Yunis AL-AHMAD / Muhammad Yunis AHMAD: OFAC SDN, UN list). Read as Arabic by an article or
    a kinship word (al-, bin, abu, abd) in the longer name. Not when the word more is an
    article or particle split off (AL QAISI / AL-QAYSI), nor before a kunya, which is no
    father's name (Adnan Abu Walid AL-SAHRAWI a.k.a. Abu Walid AL SAHRAWI)."""
    for long, short, side in ((a, b, 0), (b, a, 1)):
        if len(short.tokens) < 3 or len(long.tokens) != len(short.tokens) + 1:
            continue
        t = arabic_tables()
        if long.plain[0] in t.particles or short.plain[0] in t.kunya_words:
            continue
        if not _arabic_chain().search(long.text):
            continue
        pairs = {(x, y) if side == 0 else (y, x) for x, y, _ in met}
        if all((x, y) in pairs for x, y in zip(long.tokens[1:], short.tokens, strict=True)):
            return True
    return False


def _each_keeps_a_word(a: NameForm, b: NameForm, met: list[list[Any]]) -> bool:
    """Both names keep a word the other lacks: Kirill / Dmitriy SLOBODSKOY. Patronymics (see
    patronymics_differ), initials and particles of one or two letters (A., Ma, U, El) and
    series numbers (III) are not counted: they abbreviate or qualify, they do not name."""

    def keeps(form: NameForm, side: int) -> bool:
        return any(
            not form.patronymic[i]
            and len(form.plain[i]) >= 3
            and not ROMAN.fullmatch(form.plain[i])
            for i in _unpaired(form, side, met)
        )

    return keeps(a, 0) and keeps(b, 1)


def _every_word_met(a: NameForm, b: NameForm, cfg: MatchConfig) -> NameMatch | None:
    """All words of both names, generic ones included, met one to one (typos: LIMITTED)."""
    plain_a, plain_b = analyse_name(a.text, "plain"), analyse_name(b.text, "plain")
    if len(plain_a.tokens) != len(plain_b.tokens):
        return None
    score, met = align_tokens(plain_a, plain_b, cfg)
    if len(met) != len(plain_a.tokens):
        return None
    return NameMatch(score, "every word met", {"words_met": met})


def _same_initials(a: NameForm, b: NameForm) -> bool:
    """The one-letter words of two names as written (G Y R: g, r) agree, or one name has none
    (G Y R ARQUITECTOS / GR ARQUITECTOS, the initials joined)."""
    ia = sorted(t for t in a.plain if len(t) == 1)
    ib = sorted(t for t in b.plain if len(t) == 1)
    return ia == ib or not ia or not ib


def _companies_keep_apart(
    a: NameForm, b: NameForm, ca: frozenset[str], cb: frozenset[str], met: list[list[Any]]
) -> bool:
    """Each company name keeps a word the other lacks, distinctive or generic: a generic word
    on each side, or one against a distinctive word, names another line of business of one
    group (ELLISSA HOLDING / ELLISSA SHIPPING, OFAC SDN; STATE ORGANIZATION FOR ENGINEERING
    INDUSTRIES / ... FOR CONSTRUCTION INDUSTRIES, UK HMT), as two distinctive words do. One
    side's extra generic words alone do not (AL-QASIUN / AL-QASIUN SECURITY SERVICES)."""
    word_a = _keeps_a_word(a, 0, met)
    word_b = _keeps_a_word(b, 1, met)
    return (word_a or bool(ca - cb)) and (word_b or bool(cb - ca))


def _keeps_a_word(form: NameForm, side: int, met: list[list[Any]]) -> bool:
    """A word of `form` no pair of `met` took, other than an optional one (an article written
    apart, whom a body is named after)."""
    if len(met) >= len(form.tokens):
        return False
    if not any(form.patronymic):
        return True
    return any(not form.patronymic[i] for i in _unpaired(form, side, met))


def compare_company(a: NameForm, b: NameForm, cfg: MatchConfig) -> NameMatch:
    """Two company names; names in different scripts are also compared as translations (the
    table's `translated_concepts`, Russian words by stem and by cognate root, weak concepts
    weighing less), and the higher score stands (Korean Committee for Space Technology /
    Корейский комитет по космическим технологиям). Names in one script are compared as written
    only, unless one of them is in another language (names.cognates.foreign_words): a
    word the translated reading takes as a concept is still a word there, met despite a typo."""
    match = _compare_company(a, b, cfg)
    if match.score >= 1.0:
        return match
    # in one script, only a name in another language against one in English is read translated
    # (DONETSKAYA NARODNAYA RESPUBLIKA / DONETSK PEOPLE'S REPUBLIC): two transliterations of
    # one language are compared as written
    if a.script == b.script and not (a.script == "latin" and _one_name_foreign(a, b)):
        return match
    ta, tb = translated_form(a), translated_form(b)
    if a.script == b.script and not _share_a_word_or_concept(ta, tb):
        return match  # most candidates of a name in another language: no root or concept shared
    translated = _compare_company(ta, tb, cfg, weighted=True)
    if translated.score > match.score:
        return NameMatch(translated.score, translated.method + ", translated", translated.detail)
    return match


def _one_name_foreign(a: NameForm, b: NameForm) -> bool:
    """One Latin name has a word in another language that the other name does not also write
    (names.cognates.foreign_words, and articles or prepositions of another language): a place
    or a name written alike on both sides (NOVOROSSIYA in FEDERAL STATE OF NOVOROSSIYA and
    FEDERATIVNOYE GOSUDARSTVO NOVOROSSIYA) says nothing of which name is translated."""
    assert a.company is not None and b.company is not None
    foreign_a = (foreign_words(a.text) | a.company.function_words) - latin_words_of(b.text)
    foreign_b = (foreign_words(b.text) | b.company.function_words) - latin_words_of(a.text)
    return bool(foreign_a) != bool(foreign_b)


def _share_a_word_or_concept(a: NameForm, b: NameForm) -> bool:
    assert a.company is not None and b.company is not None
    return not (
        set(a.tokens).isdisjoint(b.tokens) and a.company.concepts.isdisjoint(b.company.concepts)
    )


def _compare_company(
    a: NameForm, b: NameForm, cfg: MatchConfig, weighted: bool = False
) -> NameMatch:
    assert a.company is not None and b.company is not None
    n = cfg.name
    ca, cb = a.company.concepts, b.company.concepts
    if weighted:
        concepts = shared_concepts(ca, cb)
    else:
        concepts = len(ca & cb) / len(ca | cb) if ca | cb else 1.0
    detail: dict[str, Any] = {"concepts_shared": sorted(ca & cb), "concepts_apart": sorted(ca ^ cb)}
    for short, long in ((a, b), (b, a)):
        if len(short.tokens) == 1 and not short.company.concepts and len(short.tokens[0]) >= 3:  # type: ignore[union-attr]
            acronym = long.company.acronym  # type: ignore[union-attr]
            if len(long.tokens) + len(long.company.concepts) >= 3 and short.text.lower() == acronym:  # type: ignore[union-attr]
                return NameMatch(n["acronym"], ACRONYM_MATCH, {"acronym": acronym})
            lead = long.company.lead_words  # type: ignore[union-attr]
            written = short.plain[0]
            if len(lead) >= 3 and lead[0][0] == written[0] and abbreviates_name(written, lead):
                return NameMatch(n["acronym"], ACRONYM_MATCH, {"acronym": written})
    every_word = _every_word_met(a, b, cfg)
    if every_word is not None:
        return every_word
    # words joined or split (AERO CONTINENTE); initials are not letters of a word to join: G Y R
    # ARQUITECTOS and W&G ARQUITECTOS (OFAC SDN) name two firms
    if a.tokens and b.tokens and ca == cb and _same_initials(a, b):
        compact = compact_similarity(a, b, n["compact_floor"])
        if compact >= n["compact_floor"]:
            return NameMatch(compact, "whole name ignoring spaces and order", detail)
    if a.tokens and b.tokens:
        words, met = align_tokens(a, b, cfg, korean_words=True)
        detail["words_met"] = met
        weight = n["company_words_weight"]
        score = weight * words + (1 - weight) * concepts
        if words < n["token_floor"]:
            score = min(score, words * 0.6)
        if _companies_keep_apart(a, b, ca, cb, met) or kinds_apart(ca, cb):
            score = min(score, n["company_words_differ"])
        return NameMatch(score, "company words and concepts", detail)
    if not a.tokens and not b.tokens and len(ca) >= 2:
        return NameMatch(n["company_concepts_only"] * concepts, "generic words only", detail)
    return NameMatch(0.3 * concepts, "distinctive words on one side only", detail)


def numbers_of(form: NameForm) -> frozenset[str]:
    """Hull numbers and series numbers of vessels and companies (KUM SONG 3, BICENTENARIO XII,
    71ST REPAIR PLANT: names.numbers), read from the letters as written: the skeleton would
    turn XIII into ksi and Y into i.
    A Roman numeral in its standard form counts as its value (ARGO I = ARGO 1); any other
    stays letters (XIIII: see `numeral_slip`)."""
    if form.kind == "person":
        return frozenset()
    found = {t for t in form.plain if t.isdigit()}
    last = form.plain[-1] if len(form.plain) > 1 else ""
    if last and ROMAN.fullmatch(last):  # a Roman numeral ends a name: the I of TEHRIK-I-TALIBAN
        found.add(_ROMAN_VALUES.get(last, last))  # is the Persian and Urdu ezafe, not a number
    return frozenset(found)


_ROMAN_DIGITS = ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")


def _roman(value: int) -> str:
    """The standard Roman numeral of 1-39 (the ROMAN letters i, v, x)."""
    return "x" * (value // 10) + _ROMAN_DIGITS[value % 10]


_ROMAN_VALUES = {_roman(v): str(v) for v in range(1, 40)}


def _number(word: str) -> str:
    return _ROMAN_VALUES.get(word, word)


# a letter hyphen-joined to a company's word (СТРОЙТРАНСГАЗ-М, Битривер-Б): part of the name
_LETTER_SUFFIX = re.compile(r"(?<=[^\W\d_]{2})-([^\W\d_])(?![^\W_])")


@lru_cache(maxsize=100_000)
def letter_suffixes(text: str) -> frozenset[str]:
    """The consonants a company name hyphen-joins to a word, in Latin (Б: b): OFAC SDN lists
    STROYTRANSGAZ LLC and STROYTRANSGAZ-M LLC as two parties, as a series number would part
    them."""
    letters = (plain_latin(letter) for letter in _LETTER_SUFFIX.findall(text))
    return frozenset(x for x in letters if x not in _EZAFE_VOWELS)


# a vowel so joined is rather the Persian ezafe (TEHRIK-E TALIBAN, SEPAH-E QODS, BANK-E ANSAR)
_EZAFE_VOWELS = frozenset("aeiouy")


def numeral_slip(na: frozenset[str], nb: frozenset[str]) -> bool:
    """The numbers differ only by one numeral no vessel is numbered with, one letter from the
    other's (BICENTENARIO XIII / XIIII): a slip of the pen; two standard numerals (XII / XIII)
    or digits are two numbers."""
    if len(na - nb) != 1 or len(nb - na) != 1:
        return False
    (x,), (y,) = na - nb, nb - na
    for odd, other in ((x, y), (y, x)):
        if odd.isalpha() and other.isdigit() and 0 < int(other) < 40:
            return OSA.distance(odd, _roman(int(other))) == 1
    return False


def patronymics_differ(a: NameForm, b: NameForm, cfg: MatchConfig) -> bool:
    """Both names carry a patronymic and none meets the other's (Ivanovich / Petrovich).

    A patronymic missing on one side says nothing; two different ones name different fathers.
    """
    pa = [t for t, p in zip(a.tokens, a.patronymic, strict=True) if p]
    pb = [t for t, p in zip(b.tokens, b.patronymic, strict=True) if p]
    floor = cfg.name["token_floor"]
    return bool(pa and pb) and all(token_similarity(x, y, cfg) < floor for x in pa for y in pb)


def compare_names(a: NameForm, b: NameForm, cfg: MatchConfig) -> NameMatch:
    """The name comparison, capped when numbers (vessels, companies) or patronymics disagree."""
    match = _compare_names(a, b, cfg)
    cap = cfg.name["patronymic_differs"]
    if match.score > cap and a.kind == b.kind == "person" and patronymics_differ(a, b, cfg):
        patronymics = [
            [t for t, p in zip(f.tokens, f.patronymic, strict=True) if p] for f in (a, b)
        ]
        detail = {**match.detail, "patronymics": patronymics}
        return NameMatch(cap, match.method + ", patronymics differ", detail)
    cap = cfg.name["company_words_differ"]
    if match.score > cap and a.company is not None and b.company is not None:
        la, lb = letter_suffixes(a.text), letter_suffixes(b.text)
        if la != lb:  # STROYTRANSGAZ-M is a firm of its own beside STROYTRANSGAZ
            detail = {**match.detail, "letters": [sorted(la), sorted(lb)]}
            return NameMatch(cap, match.method + ", a letter apart", detail)
    na, nb = numbers_of(a), numbers_of(b)
    # an acronym takes a number's word as a letter (SANSRI: Second Academy of Natural Sciences
    # Research Institute, UN list KPe.018)
    acronym = match.method == ACRONYM_MATCH
    if na != nb and match.score > 0 and not acronym and not numeral_slip(na, nb):
        cap = cfg.name["numbers_differ"] if na and nb else cfg.name["number_one_side"]
        if match.score > cap:
            detail = {**match.detail, "numbers": [sorted(na), sorted(nb)]}
            return NameMatch(cap, match.method + ", numbers differ", detail)
    return match


def _compare_names(a: NameForm, b: NameForm, cfg: MatchConfig) -> NameMatch:
    """Dispatch on the kind of name; the same comparable form scores `exact`."""
    if a.tokens and a.tokens == b.tokens and (a.company is None or a.company == b.company):
        return NameMatch(cfg.name["exact"], "same comparable form", {"form": " ".join(a.tokens)})
    if not (a.tokens or a.company) or not (b.tokens or b.company):
        return NameMatch(0.0, "nothing comparable", {})
    if a.kind == "person" and b.kind == "person":
        return compare_person(a, b, cfg)
    if a.company is not None and b.company is not None:
        return compare_company(a, b, cfg)
    return compare_plain(a, b, cfg)
