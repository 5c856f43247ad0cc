"""Candidate keys: strings two names share whenever they could score a match.

Korean names key on their syllable classes (coarse enough that every script and system of one
name agrees); other names on word skeletons, word prefixes/suffixes, consonants, every form of a
word with one letter deleted (one deletion on each side meets any single substitution, insertion,
deletion or swap of neighbours: Msua / Musa, Hasan / Haasn), word pairs, both as written and
as each word's set of letters, and the whole name as its set of letters per word (a common name
with a swap, ABU ABDULLHA or HAASN, still meets ABU ABDULLAH or HASAN through a pair or whole-name
key, which is never dropped for being frequent; the whole name's letters also meet when a
word is split or joined). Words whose skeleton differs from their letters as written give
deletion keys of those letters too (a three-letter word its letters only), since word
similarity also reads them (BATIS / BATS, GANJ / GAJ).
"""

from __future__ import annotations

from itertools import combinations

from sanctionwatch.matching.word_table import VOWELS
from sanctionwatch.names.arabic import arabic_keys, consonant_frame
from sanctionwatch.names.companies import name_abbreviations, strong_concepts
from sanctionwatch.names.forms import NameForm, translated_form
from sanctionwatch.names.korean_syllables import coarse_key, read_word
from sanctionwatch.names.scripts import detect_script

# Keys of these kinds are never dropped for being frequent: they are specific by construction.
SPECIFIC_PREFIXES = ("kg:", "pp:", "pa:", "w:", "wc:", "cc:", "cn:", "nm:")
MAX_PAIR_WORDS = 6
MIN_DELETION_WORD = 4  # shorter words give deletion keys too common to be of use
MAX_DELETION_WORD = 12


def deletions(token: str) -> set[str]:
    """The token with each one letter taken out."""
    return {token[:i] + token[i + 1 :] for i in range(len(token))}


def name_keys(form: NameForm, listed: bool = True) -> set[str]:
    """Every blocking key of one analysed name. A listed name (in the index) also keys the
    acronyms it allows (KOMID for Korea Mining Development ...); a name looked up does not, so
    full names do not meet each other through the acronyms they share."""
    keys: set[str] = set()
    for reading in form.korean:
        keys |= reading.keys()
    for chinese in form.chinese:  # Pinyin groups: Wade-Giles Mao Tse-tung finds Mao Zedong
        keys |= chinese.keys()
    tokens = [t for t in form.tokens if len(t) >= 2]
    for token in tokens:
        keys.add(f"t:{token}")
        if len(token) >= 4:
            keys.add(f"p:{token[:4]}")
            keys.add(f"s:{token[-4:]}")
        # every vowel dropped, diphthongs too: broader than consonants_of, as a key should be
        consonants = "".join(ch for ch in token if ch not in VOWELS)
        if len(consonants) >= 3:
            keys.add(f"c:{consonants}")
        for arabic in arabic_keys(token):  # letters of one Arabic sound: Qadhafi / Gaddafi
            if arabic != consonants:
                keys.add(f"c:{arabic}")
        if MIN_DELETION_WORD <= len(token) <= MAX_DELETION_WORD:
            keys.update(f"d:{d}" for d in deletions(token) | {token})
    for word in form.plain:  # consonants as Arabic letters write them (ZARKAOUI / زرقاوي: zrkw)
        frame = consonant_frame(word)
        if len(frame) >= 3:
            keys.add(f"c:{frame}")
    for word, token in zip(form.plain, form.tokens, strict=True):
        if word == token or not MIN_DELETION_WORD - 1 <= len(word) <= MAX_DELETION_WORD:
            continue  # the letters as written meet where the skeletons part (BATIS / BATS)
        keys.add(f"d:{word}")
        if len(word) >= MIN_DELETION_WORD:
            keys.update(f"d:{d}" for d in deletions(word))
    for read in form.yo_readings:  # ё written yo also keys as e: Alyona / Алёна (alena)
        keys.add(f"t:{read}")
        if MIN_DELETION_WORD <= len(read) <= MAX_DELETION_WORD:
            keys.update(f"d:{d}" for d in deletions(read))
    for left, right in combinations(sorted(set(tokens[:MAX_PAIR_WORDS])), 2):
        keys.add(f"pp:{left}|{right}")
    letters = sorted({"".join(sorted(set(t))) for t in tokens})
    for left, right in combinations(letters[:MAX_PAIR_WORDS], 2):
        keys.add(f"pa:{left}|{right}")
    if letters:
        keys.add("w:" + "|".join(letters))
        keys.add("wc:" + "".join(sorted(form.compact)))  # words split or joined: HASA N / HASAN
        if form.joins_double:  # HAP JANG GANG / HAPJANGGANG (gg once)
            keys.add("wc:" + "".join(sorted(form.compact_joined)))
    for syllables in form.trade_syllables:
        if len(syllables) >= 2:
            keys.add("kw:" + "".join(coarse_key(s) for s in syllables))
    if form.company is not None and any(form.trade_syllables):  # a word read as Korean
        keys |= trade_name_keys(form.company.words)
    if form.company is not None:
        if not form.tokens and form.company.concepts:
            keys.add("cc:" + "|".join(sorted(form.company.concepts)))
        if form.tokens and all(t.isdigit() for t in form.tokens):  # FIVE ENERGY OIL = 5 ENERGY
            numbers = "|".join(sorted(form.tokens))
            keys.update(f"nm:{numbers}|{concept}" for concept in form.company.concepts)
        translated_name = translated_form(form)
        translated = translated_name.company
        assert translated is not None  # the name read as translated: generic words only?
        # its words by their cognate roots (Московский / MOSCOW: moskov): the keys a name in
        # another language meets it by
        for token in set(translated_name.tokens) - set(form.tokens):
            keys.add(f"t:{token}")
            if MIN_DELETION_WORD <= len(token) <= MAX_DELETION_WORD:
                keys.update(f"d:{d}" for d in deletions(token) | {token})
        if not translated.words and translated.concepts:
            keys.add("cc:" + "|".join(sorted(translated.concepts)))
            strong = strong_concepts(translated.concepts)  # apart by weak concepts only
            if len(strong) >= 2:
                keys.add("cc:" + "|".join(sorted(strong)))
        if len(form.company.acronym) >= 3:
            keys.add(f"t:{form.company.acronym}")
        # KOMID finds its full name: the acronym's word against the acronyms a name allows, in
        # keys of their own (a person's Kim must not meet KOrea IMport). A listed full name
        # keys its acronyms under ab:, which an acronym looked up meets; a full name looked up
        # keys them under ac:, which only a listed acronym gives (KOREA PAEKHO TRADING
        # CORPORATION finds KPTC): two full names never meet through an acronym they share.
        acronym_word = len(form.tokens) == 1 and not form.company.concepts
        if acronym_word:
            keys.add(f"ac:{form.plain[0]}" if listed else f"ab:{form.plain[0]}")
        if listed and len(form.tokens) + len(form.company.concepts) >= 3:
            keys.update(f"ab:{short}" for short in name_abbreviations(form.company.lead_words))
        elif not listed and len(form.company.lead_words) >= 3:  # AZSCO: AZIA SHIPPING COMPANY
            keys.update(f"ac:{short}" for short in name_abbreviations(form.company.lead_words))
    return keys


def trade_name_keys(words: tuple[str, ...]) -> set[str]:
    """Korean trade names by every reading of their syllables, and the distinctive words read
    as one (KOREA YU JONG SHIPPING = YUJONG; HAP JANG GANG): a word's first reading is the one
    compared, but a spelling can be read more ways (DAERYONGGANG: dae-ryong-gang and
    daer-yong-gang; Хапчжанган: hap-chjan-gan, hap-chjang-an), and 대령강 meets only one."""
    keys: set[str] = set()
    for word in {*words, "".join(words)} if len(words) > 1 else set(words):
        script = detect_script(word)
        if script not in ("latin", "cyrillic", "hangul"):
            continue
        for reading in read_word(word if script != "latin" else word.lower(), script):
            if len(reading) >= 2:
                keys.add("kw:" + "".join(coarse_key(s) for s in reading))
    return keys
