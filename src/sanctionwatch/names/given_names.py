"""Given names written short (Bill for William) and as initials (J. for John).

A short form meets its full name and the other short forms of it; an initial meets any word it
begins, weakly (J. Smith may be John or James Smith). Table: data/given_name_variants.tsv.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from sanctionwatch.names.tables import given_name_variants

_NO_GROUPS: frozenset[int] = frozenset()


@cache
def _groups() -> dict[str, frozenset[int]]:
    """Word -> the numbers of the groups (a name and its short forms) it belongs to."""
    groups: dict[str, set[int]] = {}
    for number, (name, variants) in enumerate(given_name_variants()):
        for word in (name, *variants):
            groups.setdefault(word, set()).add(number)
    return {word: frozenset(numbers) for word, numbers in groups.items()}


def is_given_name(word: str) -> bool:
    """A word of the table (lower case, as written): a given name or a short form of one."""
    return word in _groups()


def same_given_name(a: str, b: str) -> bool:
    """Two different words, as written (lower case), that are forms of one given name."""
    groups = _groups()
    return a != b and not groups.get(a, _NO_GROUPS).isdisjoint(groups.get(b, _NO_GROUPS))


def initial_of(a: str, b: str) -> bool:
    """One word is a single letter that begins the other (J / John), as written."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) == 1 and len(long) >= 2 and long[0] == short


@dataclass(frozen=True, slots=True)
class GivenNameMarks:
    """A name's words as short forms and initials can meet them, for a cheap test per pair."""

    groups: frozenset[int]  # groups of the table its words belong to
    initials: frozenset[str]  # its one-letter words
    first_letters: frozenset[str]  # first letters of its longer words


def given_name_marks(words: tuple[str, ...]) -> GivenNameMarks:
    groups = _groups()
    return GivenNameMarks(
        frozenset(g for w in words for g in groups.get(w, _NO_GROUPS)),
        frozenset(w for w in words if len(w) == 1),
        frozenset(w[0] for w in words if len(w) >= 2),
    )


def could_meet(a: GivenNameMarks, b: GivenNameMarks) -> tuple[bool, bool]:
    """Whether two names could meet through (a short form, an initial): two set tests, so the
    word-by-word checks run only for the few names that could."""
    initials = not (
        a.initials.isdisjoint(b.first_letters) and b.initials.isdisjoint(a.first_letters)
    )
    return not a.groups.isdisjoint(b.groups), initials


def may_meet(word: str, marks: GivenNameMarks) -> bool:
    """`word` (as written) could meet a word of the name `marks` describes as a short form or
    an initial: an upper bound for bulk pruning (matching/pruning.py)."""
    if len(word) == 1:
        return word in marks.first_letters
    return word[0] in marks.initials or not _groups().get(word, _NO_GROUPS).isdisjoint(marks.groups)
