"""A bound that lets bulk scoring pass over candidate names that cannot reach the floor.

Most candidate names of a query share only a frequent key with it and score near 0; proving so
from the query's word table is far cheaper than aligning the words.
"""

from __future__ import annotations

from sanctionwatch.matching.config import MatchConfig
from sanctionwatch.matching.word_table import WordTable
from sanctionwatch.names.arabic import article_spellings
from sanctionwatch.names.cyrillic import yo_reading
from sanctionwatch.names.forms import NameForm, compound_slip, swapped_spellings
from sanctionwatch.names.given_names import may_meet


def cannot_reach(
    a: NameForm,
    b: NameForm,
    table: WordTable,
    cfg: MatchConfig,
    floor: float,
    plain: WordTable | None = None,
) -> bool:
    """True when `compare_names(a, b)` is surely below `floor` (a query `a` against a candidate
    `b` whose words are all in `table`): names read word by word (not both Korean, not both
    companies), whose met words cannot carry the aligned score to `floor` (every met word of `b`
    paired at similarity 1 with the longest query word it meets; a word met only by its plain
    letters, in `plain`, by a swap, a joined article, a short form or an initial, with the
    longest query word), and whose lengths are too different for the whole-name comparison to
    reach `compact_floor`."""
    if (a.korean and b.korean) or (a.company is not None and b.company is not None):
        return False
    if a.chinese and b.chinese:  # read syllable by syllable (names.chinese), not word by word
        return False
    if not a.tokens or not b.tokens or len(a.tokens) > 5 or a.tokens == b.tokens:
        return False
    if a.compounds != b.compounds and compound_slip(a, b, cfg.name["token_floor"]):
        return False  # also compared with compounds as written, words the table does not hold
    # whole-name lengths: joined in another order, a doubled letter where two words meet is
    # written once (names.cyrillic.joined_skeleton), so each length is a range
    a_high, b_high = sum(map(len, a.tokens)), sum(map(len, b.tokens))
    a_low, b_low = a_high - len(a.tokens) + 1, b_high - len(b.tokens) + 1
    nearest = max(0, a_low - b_high, b_low - a_high)
    if 1 - nearest / max(a_high, b_high) >= cfg.name["compact_floor"]:
        return False
    reach = table.reach
    swapped = swapped_spellings(a.plain)
    articles = article_spellings(a.plain)  # ALAGHA / AL-AGHA
    longest_word = max(map(len, a.tokens))
    gained = 0
    plain_reach = plain.reach if plain is not None else {}
    marks = a.given_name_marks if a.kind == b.kind == "person" else None
    # a query word with ё written yo meets words the table holds under its reading as e, whose
    # length is not the word's: such a query's words are bounded by its longest
    query_yo = bool(a.yo_readings)
    for t, p in zip(b.tokens, b.plain, strict=True):
        met_otherwise = p in swapped or p in plain_reach or p in articles
        if not met_otherwise and marks is not None:
            met_otherwise = may_meet(p, marks)  # Bill / William, J. / John
        reached = reach.get(t, 0)
        if "yo" in p:  # Vorobyova / Воробьёва: read as e, in the table too (matching.bulk)
            read = yo_reading(p)
            if read is not None:
                reached = max(reached, reach.get(read, 0))
        if reached and query_yo:
            reached = longest_word
        partner = longest_word if met_otherwise else reached
        if partner:
            gained += len(t) + partner
    if not gained:
        return True
    total = sum(len(t) for t, p in zip(a.tokens, a.patronymic, strict=True) if not p) + sum(
        len(t) for t, p in zip(b.tokens, b.patronymic, strict=True) if not p
    )
    return total > 0 and gained / total < floor
