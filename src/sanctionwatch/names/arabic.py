"""Arabic (and Persian/Urdu) personal names in Latin script: particles and compounds read alike.

Lists write one name as "Abd al-Rahman", "Abdulrahman", "Abdel Rahman" and "RAHMAN, Abdul"; as
"al-Baghdadi" and "Baghdadi"; as "Nasrallah", "Nasr Allah" and "Nasrullah". `arabic_words`
turns the words of a person name into the words these spellings share (abd + rahman; baghdadi;
nasr + lah), so word alignment, keys and the bulk tables see one form whatever the order.
`arabic_keys` give a second, coarser per-word key for letters that write one Arabic sound
(Qadhafi / Gaddafi, Qasim / Ghasem). Tables: names/data/arabic_names.yaml (sources inside).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from sanctionwatch.names.cyrillic import plain_latin
from sanctionwatch.names.tables import load_yaml

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_HYPHENS = frozenset("-‐‑‒–—")
_VOWELS = frozenset("aeiou")
_VOWEL_RUN = re.compile("[aeiou]+")
_DIPHTHONG = re.compile("[aeiou]*[ae]i")
# The diphthong aw (skeletons write w as v) before a consonant, said and often written o:
# Jawlani / Golani, Mawlawi / Molavi; before a vowel v is a consonant (Javad, Alavi).
_AW = re.compile("(?<=[aeiou])v(?=[^aeiouy])")


@dataclass(frozen=True)
class ArabicTables:
    abd_head: str
    min_second: int
    abd_words: frozenset[str]
    articles: frozenset[str]
    sun_articles: frozenset[str]
    allah_words: frozenset[str]
    allah_endings: tuple[str, ...]
    allah_form: str
    min_stem: int
    din_words: frozenset[str]
    din_endings: tuple[str, ...]
    din_form: str
    compound_endings: tuple[str, ...]  # allah_endings and din_endings together
    renamed: dict[str, str]  # abu, son of, daughter of: one spelling
    after_first: frozenset[str]  # renamed only after the first word (Ben Smith, Bent Hansen)
    key_letters: tuple[tuple[str, ...], ...]  # a letter group and what it reads as (1 or 2)
    key_min: int
    joined_articles: frozenset[str]
    article_min_rest: int
    kunya_words: frozenset[str]
    given_not_allah: frozenset[str]
    # an article, "son of" or "daughter of", written as a word of its own (AL QAISI, BIN LADEN)
    particles: frozenset[str]


@cache
def arabic_tables() -> ArabicTables:
    data = load_yaml("arabic_names.yaml")
    renamed = {**data["abu_words"], **data["son_of"], **data["daughter_of"]}
    by_length = sorted(data["allah_endings"], key=len, reverse=True)
    return ArabicTables(
        abd_head=data["abd_head"],
        min_second=int(data["min_second"]),
        abd_words=frozenset(data["abd_words"]),
        articles=frozenset(data["articles"]),
        sun_articles=frozenset(data["sun_articles"]),
        allah_words=frozenset(data["allah_words"]),
        allah_endings=tuple(by_length),
        allah_form=data["allah_form"],
        min_stem=int(data["min_stem"]),
        din_words=frozenset(data["din_words"]),
        din_endings=tuple(sorted(data["din_endings"], key=len, reverse=True)),
        din_form=data["din_form"],
        compound_endings=(*by_length, *data["din_endings"]),
        renamed=renamed,
        after_first=frozenset({"ben", "bent"}),
        key_letters=tuple(tuple(rule) for rule in data["arabic_key"]),
        key_min=int(data["arabic_key_min"]),
        joined_articles=frozenset(data["joined_articles"]),
        article_min_rest=int(data["article_min_rest"]),
        kunya_words=frozenset(data["kunya_words"]),
        given_not_allah=frozenset(data["given_not_allah"]),
        particles=frozenset(
            [*data["articles"], *data["sun_articles"], *data["son_of"], *data["daughter_of"]]
        ),
    )


def _split_abd(word: str, t: ArabicTables) -> list[str] | None:
    """Abdulrahman, Abdurrahman, Abdirahman, Abdelaziz -> abd + the second name."""
    rest = word[len(t.abd_head) :]
    if rest in t.allah_words:
        return [t.abd_head, t.allah_form]
    i = 0
    while i < min(2, len(rest)) and rest[i] in _VOWELS:
        i += 1
    if i and rest[i : i + 1] == "l":
        i += 1  # the article: Abd-ul-, Abd-el-, Abdoul-
    elif i and len(rest) > i + 1 and rest[i] == rest[i + 1] and rest[i] not in _VOWELS:
        i += 1  # the article assimilated to a sun letter: Abdur-rahman, Abdus-salam
    second = rest[i:]
    return [t.abd_head, second] if len(second) >= t.min_second else None


@lru_cache(maxsize=200_000)
def _split_word(word: str) -> tuple[str, ...]:
    """One word as the words of its compound (Nasrallah -> nasr lah, Noureddine -> nour din).

    A compound with two neighbouring letters swapped (Abudl, Rohullha, Alaaddni) splits as the
    compound: lists and registries carry such slips, and split and unsplit words never meet.
    The first letter stays (Badran is not Abdran).
    """
    t = arabic_tables()
    found = _split_rules(word, t)
    if found != [word] or len(word) < 5:
        return tuple(found)
    for i in range(1, len(word) - 1):
        if word[i] != word[i + 1]:
            swapped = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
            parts = _split_rules(swapped, t)
            if parts != [swapped]:
                return tuple(parts)
    return (word,)


def _split_rules(word: str, t: ArabicTables) -> list[str]:
    if word in t.abd_words:
        return [t.abd_head]
    if word in t.allah_words:
        return [t.allah_form]
    if word in t.din_words:
        return [t.din_form]
    if word.startswith(t.abd_head):
        parts = _split_abd(word, t)
        if parts is not None:
            return parts
    if not word.endswith(t.compound_endings):  # most words: one test, not one per ending
        return [word]
    for endings, form in ((t.allah_endings, t.allah_form), (t.din_endings, t.din_form)):
        for ending in endings:
            if word.endswith(ending) and len(word) - len(ending) >= t.min_stem:
                return [word[: -len(ending)], form]
    return [word]


def arabic_words(text: str, split: bool = True) -> list[str]:
    """The words of a person name, with Arabic particles and compounds in one spelling.

    An article word (al-, el, ash-Shami) is dropped when hyphen-joined to the next word or when
    it is not the first word ("Al Gore" keeps Al); a compound head (Abdul, Abdel) reads as abd;
    joined compounds split (Abdulaziz -> abd aziz) unless `split` is off (see
    `compounds_read`). Other words are kept as written.
    """
    return list(_arabic_words(text, split)[0])


def compounds_read(text: str) -> tuple[str, ...]:
    """The joined words of a person name read as compounds (Abdelrazik -> abd razik), in lower
    case as written.

    A slip in a compound's head (Adelrazik, Akdurezak) stops it reading as one: the two
    spellings then no longer share a word, and only the words as written still meet.
    """
    return _arabic_words(text, True)[1]


@lru_cache(maxsize=200_000)
def _arabic_words(text: str, split: bool) -> tuple[tuple[str, ...], tuple[str, ...]]:
    t = arabic_tables()
    compounds: list[str] = []
    found = list(_WORD.finditer(text))
    words: list[str] = []
    for n, match in enumerate(found):
        word = match.group()
        low = plain_latin(word)
        last = n == len(found) - 1
        if not last:
            nxt = plain_latin(found[n + 1].group())
            joined = text[match.end() : match.end() + 1] in _HYPHENS
            if (joined or n > 0) and (
                low in t.articles or (low in t.sun_articles and nxt.startswith(low[1:]))
            ):
                continue
        if low in t.abd_words:
            words.append(t.abd_head)
        elif low in t.given_not_allah and not (words and words[-1] == t.abd_head):
            words.append(low)  # Alla: a given name, Allah only as Abd Alla's second part
        elif low in t.renamed and (n > 0 or low not in t.after_first):
            words.append(t.renamed[low])
        elif split and low.isascii() and low.isalpha() and len(low) > t.min_stem:
            parts = _split_word(low)
            if len(parts) > 1:
                compounds.append(low)
            words.extend(parts)
        elif low.isascii() and low.isalpha():
            words.append(low if len(low) > t.min_stem else word)
        else:
            words.append(word)
    return tuple(words), tuple(compounds)


@lru_cache(maxsize=500_000)
def diphthongs_as_y(word: str) -> str:
    """A vowel run ending in ai or ei (skeletons write y as i: Husayn -> husain) as the consonant
    y: the diphthong is a written letter (ي), so Hussein and Hassan are two names."""
    return _DIPHTHONG.sub("y", word)


@lru_cache(maxsize=500_000)
def arabic_keys(token: str) -> tuple[str, ...]:
    """Every Arabic letter key of a word: a letter written for either of two Arabic sounds
    gives a key for each (th: tha of Uthman / Osman or dhal of Ghathafi / Gaddafi; g: qaf of
    Gaddafi / Qadhafi or the Egyptian jim of Golani / Jawlani). Two words meet when any of
    their keys agree; () when too few consonants."""
    t = arabic_tables()
    forms = [token]
    for old, *new in t.key_letters:
        if old in forms[0]:
            forms = [form.replace(old, letter) for form in forms for letter in new]
    keys: list[str] = []
    for form in forms:
        if len(form) > 2 and form[-1] == "h" and form[-2] in _VOWELS:
            form = form[:-1]
        form = _AW.sub("", diphthongs_as_y(form))  # Husayn / Hussein: hasyn; Jawlani: jalani
        key = _VOWEL_RUN.sub("a", form)  # where vowels stand stays in the key: FINIKIA / FIANGA
        consonants = len(key) - key.count("a") - key.count("y")  # a diphthong's y adds little
        if consonants >= t.key_min and key not in keys:
            keys.append(key)
    return tuple(keys)


def keys_apart(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """No Arabic letter key of one word is a key of the other (see `arabic_keys`)."""
    return a[0] != b[0] if len(a) == len(b) == 1 else not set(a) & set(b)


def article_joined(a: str, b: str) -> bool:
    """One word is the other with the article al/el written onto it (ALAGHA / AL-AGHA, as
    OFAC SDN writes AL-AGHA, Abu Ubaydah a.k.a. ALAGHA, Abu Obaidah); the rest must keep
    `article_min_rest` letters (Alan is not an).

    Letters as written, lower case; a cheap length test first: this runs on word pairs that
    did not meet."""
    if len(a) < len(b):
        a, b = b, a
    t = arabic_tables()
    return (
        len(a) == len(b) + 2
        and len(b) >= t.article_min_rest
        and a[:2] in t.joined_articles
        and a.endswith(b)
    )


@lru_cache(maxsize=200_000)
def article_spellings(words: tuple[str, ...]) -> frozenset[str]:
    """Every word `article_joined` meets with one of `words` (for bulk pruning: a set lookup
    per candidate word instead of a test per word pair)."""
    t = arabic_tables()
    found: set[str] = set()
    for word in words:
        if len(word) >= t.article_min_rest:
            found.update(article + word for article in t.joined_articles)
        if word[:2] in t.joined_articles and len(word) - 2 >= t.article_min_rest:
            found.add(word[2:])
    return frozenset(found)


@dataclass(frozen=True)
class _ScriptTable:
    letters: dict[str, str]
    waw: dict[str, str]
    ya: dict[str, str]
    alifs: frozenset[str]
    apart: frozenset[str]
    article: str
    article_min_rest: int
    words: dict[str, str]


@cache
def _script_table() -> _ScriptTable:
    data = load_yaml("arabic_script.yaml")
    return _ScriptTable(
        {str(k): str(v) for k, v in data["letters"].items()},
        data["waw"],
        data["ya"],
        frozenset(data["alifs"]),
        frozenset(data["apart"]),
        str(data["article"]),
        int(data["article_min_rest"]),
        {str(k): str(v) for k, v in data["words"].items()},
    )


_ARABIC_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")  # harakat, superscript alif, tatweel
ARABIC_LETTERS = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")


@lru_cache(maxsize=100_000)
def arabic_script_latin(text: str) -> str:
    """A name written in Arabic letters in the Latin letters lists use (arabic_script.yaml):
    صدام حسين التكريتي -> sdam husayn tkriti, which meets SADDAM HUSSEIN AL-TIKRITI through the
    consonants (matching `consonant_weight`) and the Arabic keys. Other characters stay."""
    t = _script_table()
    words = []
    for word in _ARABIC_MARKS.sub("", text).split():
        if word.startswith(t.article) and len(word) - len(t.article) >= t.article_min_rest:
            word = word[len(t.article) :]
        if word in t.words:  # a diphthong the letters cannot tell from a long vowel: Husayn
            words.append(t.words[word])
            continue
        out = ""
        for i, ch in enumerate(word):
            if ch in ("و", "ي", "ی"):  # consonant at the start or next to an alif, else vowel
                near_alif = (i > 0 and word[i - 1] in t.alifs) or (
                    i + 1 < len(word) and word[i + 1] in t.alifs
                )
                table = t.waw if ch == "و" else t.ya
                latin = table["consonant" if i == 0 or near_alif else "vowel"]
            else:
                latin = t.letters.get(ch, ch)
            if out and latin and out[-1] + latin[0] in t.apart:
                out += "a"
            out += latin
        words.append(out)
    return " ".join(words)


# a u or o (ou) between vowels is the consonant w a French or English spelling writes so
# (Zarkaoui, Sahraoui: زرقاوي, الصحراوي)
_VOWEL_W = re.compile(r"(?<=[aeiou])(?:ou|u|o)(?=[aeiou])")
_FRAME_LETTERS = str.maketrans({"q": "k"})  # qaf: Qawari / Kawari, Zarqawi / Zarkaoui
_DOUBLED_LETTER = re.compile(r"(.)\1+")


@lru_cache(maxsize=200_000)
def consonant_frame(plain: str) -> str:
    """A word's consonants as Arabic letters write them, for comparing a word read from Arabic
    script (which writes no short vowel: عزت izt, عمر mr) with a Latin spelling (IZZAT, OUMAR):
    vowels off, a diphthong's y and a w between vowels kept (HUSSEIN hsyn, not HASAN hsn;
    ZARKAOUI zrkw), q as k, a doubled letter once. From the word's plain letters (the skeleton
    reads Mazhari's zh as Russian ж)."""
    text = _VOWEL_W.sub("w", plain).translate(_FRAME_LETTERS)
    text = "".join(ch for ch in diphthongs_as_y(text) if ch not in _VOWELS)
    return _DOUBLED_LETTER.sub(r"\1", text)
