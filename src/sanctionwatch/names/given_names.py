"""Given names written short (Bill for William) and as initials (J. for John).

A short form meets its full name and the other short forms of it; an initial meets any word it
begins, weakly (J. Smith may be John or James Smith). Table: data/given_name_variants.tsv.
"""

from __future__ import annotations

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


@cache
def variant_words() -> frozenset[str]:
    """Every word of the table: a name without one cannot meet another through it."""
    return frozenset(_groups())


def same_given_name(a: str, b: str) -> bool:
    """Two different words, as written (lower case), that are forms of one given name."""
    groups = _groups()
    return a != b and not groups.get(a, _NO_GROUPS).isdisjoint(groups.get(b, _NO_GROUPS))


def initial_of(a: str, b: str) -> bool:
    """One word is a single letter that begins the other (J / John), as written."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) == 1 and len(long) >= 2 and long[0] == short
