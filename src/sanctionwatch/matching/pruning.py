"""A bound that lets bulk scoring pass over candidate names that cannot reach the floor.

Most candidate names of a query share only a frequent key with it and score near 0; proving so
from the query's word table is far cheaper than aligning the words.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz.distance import LCSseq

from sanctionwatch.matching.config import MatchConfig
from sanctionwatch.matching.word_table import WordTable
from sanctionwatch.names.arabic import article_spellings
from sanctionwatch.names.cyrillic import yo_reading
from sanctionwatch.names.forms import NameForm, compound_slip, swapped_spellings
from sanctionwatch.names.given_names import may_meet


@dataclass(frozen=True)
class QueryBound:
    """What bounds a query's score against any candidate name, worked out once per query:
    bulk screening tests some ninety candidate names per query."""

    form: NameForm
    table: WordTable
    floor: float
    token_floor: float
    compact_floor: float
    plain_reach: dict[str, int]
    swapped: frozenset[str]
    articles: frozenset[str]
    longest_word: int
    query_yo: bool

    def cannot_reach(self, b: NameForm) -> bool:
        """True when `compare_names(query, b)` is surely below the floor, for a candidate `b`
        whose words are all in the table: names read word by word (not both Korean, not both
        companies), whose met words cannot carry the aligned score to the floor (every met
        word of `b` paired with the longest query word it meets, at the highest similarity the
        table gives it; a word met only by its plain letters, in `plain`, by a swap, a joined
        article, a short form or an initial, at 1 with the longest query word), and whose
        lengths and letters are too different for the whole-name comparison to reach
        `compact_floor`."""
        a = self.form
        if (a.korean and b.korean) or (a.company is not None and b.company is not None):
            return False
        if a.chinese and b.chinese:  # read syllable by syllable (names.chinese), not by word
            return False
        if a.arabic_letters != b.arabic_letters and not a.consonant_frames.isdisjoint(
            b.consonant_frames
        ):  # words that may meet by consonant frames, which the table does not hold
            return False
        if not a.tokens or not b.tokens or len(a.tokens) > 5 or a.tokens == b.tokens:
            return False
        if a.compounds != b.compounds and compound_slip(a, b, self.token_floor):
            return False  # also compared with compounds as written, words the table lacks
        a_len, b_len = len(a.compact), len(b.compact)
        floor_compact = self.compact_floor
        longest = max(a_len, b_len)
        if 1 - abs(a_len - b_len) / longest >= floor_compact and (
            LCSseq.similarity(a.sorted_letters, b.sorted_letters) / longest >= floor_compact
        ):  # the lengths, then the letters shared in any order, as _compact_similarity tests
            return False
        if (a.joins_double or b.joins_double) and _joined_could_reach(a, b, floor_compact):
            return False
        if len(a.plain) != len(b.plain) and _written_could_reach(a, b, floor_compact):
            return False
        reach, gain = self.table.reach, self.table.gain
        swapped, articles, plain_reach = self.swapped, self.articles, self.plain_reach
        longest_word, query_yo = self.longest_word, self.query_yo
        marks = a.given_name_marks if a.kind == b.kind == "person" else None
        gained = 0.0
        # `query_yo`: a query word with ё written yo meets words the table holds under its
        # reading as e, whose length is not the word's: such a query's words are bounded by its
        # longest (the caller knows it once per query: a.yo_readings)
        met_words = ends_met = 0
        ends = (b.tokens[0], b.tokens[-1])
        na, nb = len(a.tokens), len(b.tokens)
        # persons apart by one to three words, the shorter of two or more: see below
        shorter = marks is not None and na != nb and min(na, nb) >= 2 and abs(na - nb) <= 3
        for t, p in zip(b.tokens, b.plain, strict=True):
            met_otherwise = p in swapped or p in plain_reach or p in articles
            if not met_otherwise and marks is not None:
                met_otherwise = may_meet(p, marks)  # Bill / William, J. / John
            if met_otherwise:
                reached = longest_word
                most: float = len(t) + reached
            else:
                reached = reach.get(t, 0)
                most = gain.get(t, 0.0)  # the table's similarity, where that is all that meets
                if "yo" in p:  # Vorobyova / Воробьёва: read as e, in the table too (bulk)
                    read = yo_reading(p)
                    if read is not None and read in reach:
                        reached = max(reached, reach[read])
                        most = len(t) + reached  # the reading's length is not the word's
                if reached and query_yo:
                    reached = longest_word
                    most = len(t) + reached
            if reached:
                gained += most
                if shorter:
                    met_words += 1
                    ends_met += (t == ends[0]) + (t == ends[1])
        if not gained:
            return True
        # matching.name_score._shorter_form may lift the pair to `shorter_form`: it needs every
        # word of the shorter name met and, where `b` is the longer, its first and last words
        if shorter and met_words >= min(na, nb) and (nb < na or ends_met >= 2):
            return False
        if marks is not None and ("de",) in (a.plain[-2:-1], b.plain[-2:-1]):
            return False  # a married name (name_score._married_name) lifts with few words met
        total = a.named_length + b.named_length
        return total > 0 and gained / total < self.floor


def query_bound(
    a: NameForm,
    table: WordTable,
    cfg: MatchConfig,
    floor: float,
    plain: WordTable | None = None,
    query_yo: bool = False,
) -> QueryBound:
    """The bound of query `a` against candidates whose words are all in `table` (skeletons)
    and `plain` (letters as written)."""
    return QueryBound(
        form=a,
        table=table,
        floor=floor,
        token_floor=cfg.name["token_floor"],
        compact_floor=cfg.name["compact_floor"],
        plain_reach=plain.reach if plain is not None else {},
        swapped=swapped_spellings(a.plain),
        articles=article_spellings(a.plain),  # ALAGHA / AL-AGHA
        longest_word=max(map(len, a.tokens), default=0),
        query_yo=query_yo,
    )


def _joined_could_reach(a: NameForm, b: NameForm, floor: float) -> bool:
    """Whether the whole-name comparison with doubled letters written once across joins
    (matching.name_score.compact_similarity) could reach `floor` by the lengths alone: each
    order of the query's words may write up to one letter fewer per join."""
    high, target = len(a.compact), len(b.compact_joined)
    low = high - len(a.tokens) + 1
    nearest = 0 if low <= target <= high else min(abs(low - target), abs(high - target))
    return 1 - nearest / max(high, target) >= floor


def _written_could_reach(a: NameForm, b: NameForm, floor: float) -> bool:
    """Whether the whole-name comparison of the letters as written (names with different
    numbers of words, matching.name_score.compact_similarity) could reach `floor`."""
    own, target = a.plain_compact, b.plain_compact
    longest = max(len(own), len(target), 1)
    return (
        1 - abs(len(own) - len(target)) / longest >= floor
        and LCSseq.similarity(a.plain_sorted_letters, b.plain_sorted_letters) / longest >= floor
    )
