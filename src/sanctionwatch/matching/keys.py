"""Candidate keys: strings two names share whenever they could score a match.

Korean names key on their syllable classes (coarse enough that every script and system of one
name agrees); other names on word skeletons, word prefixes/suffixes, consonants and word pairs.
"""

from __future__ import annotations

from itertools import combinations

from sanctionwatch.matching.name_score import VOWELS
from sanctionwatch.names.forms import NameForm
from sanctionwatch.names.korean_syllables import coarse_key

# Keys of these kinds are never dropped for being frequent: they are specific by construction.
SPECIFIC_PREFIXES = ("kg:", "pp:", "cc:")
MAX_PAIR_WORDS = 6


def name_keys(form: NameForm) -> set[str]:
    """Every blocking key of one analysed name."""
    keys: set[str] = set()
    for reading in form.korean:
        keys |= reading.keys()
    tokens = [t for t in form.tokens if len(t) >= 2]
    for token in tokens:
        keys.add(f"t:{token}")
        if len(token) >= 4:
            keys.add(f"p:{token[:4]}")
            keys.add(f"s:{token[-4:]}")
        consonants = "".join(ch for ch in token if ch not in VOWELS)
        if len(consonants) >= 3:
            keys.add(f"c:{consonants}")
    for left, right in combinations(sorted(set(tokens[:MAX_PAIR_WORDS])), 2):
        keys.add(f"pp:{left}|{right}")
    for syllables in form.trade_syllables:
        if len(syllables) >= 2:
            keys.add("kw:" + "".join(coarse_key(s) for s in syllables))
    if form.company is not None:
        if not form.tokens and form.company.concepts:
            keys.add("cc:" + "|".join(sorted(form.company.concepts)))
        if len(form.company.acronym) >= 3:
            keys.add(f"t:{form.company.acronym}")
    return keys
