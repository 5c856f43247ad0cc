"""Company names: legal forms set aside, generic words as language-free concepts, trade names kept.

"Korea Ryonbong General Corporation", "Корейская генеральная корпорация «Рёнбон»" and
"조선련봉총회사" all become the concepts {KOREA, GENERAL} and the trade name Ryonbong/Рёнбон/련봉.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

import Stemmer

from sanctionwatch.names.cognates import cognate_root, function_words_of_languages
from sanctionwatch.names.han import HAN
from sanctionwatch.names.korean_syllables import one_syllable_readings
from sanctionwatch.names.scripts import detect_script
from sanctionwatch.names.tables import company_terms

_QUOTED = re.compile(r"[«\"“„'‘]([^»\"”“'’]+)[»\"”“'’]")
# A hyphen parts words as a space does (SGM-MOST = SGM MOST, JOINT-STOCK = JOINT STOCK, ANSAR
# AL-DINE = ANSAR AL DINE); a slash or an apostrophe joins (J/V, SAN'AT).
_WORD = re.compile(r"[^\W_]+(?:[/'’][^\W_]+)*", re.UNICODE)
_PARENS = re.compile(r"\(([^)]*)\)")
_NUMBER_THEN_HANGUL = re.compile(r"(\d)([\uac00-\ud7a3])")
_ELIDED = ("d'", "l'")  # French articles and prepositions elided before a vowel
_HYPHENATED = re.compile(r"[^\W_]+(?:-[^\W_]+)+", re.UNICODE)
# Letters written with dots (S.A., S.A.S., C.V., K.D.P.) are one abbreviation: S.A.S. = SAS.
# A doubled dot is a slip (C..V.).
_DOTTED = re.compile(r"(?<![^\W_])[^\W\d_]{1,2}(?:\.+[^\W\d_]{1,2})+\.?(?![^\W_])")


@dataclass(frozen=True)
class CompanyName:
    """What is left of a company name once the generic words are recognised."""

    concepts: frozenset[str]
    words: tuple[str, ...]  # distinctive words, lower case, in order
    quoted: tuple[str, ...]  # quoted trade names as written
    acronym: str  # initials of the full name's words, lower case
    lead_words: tuple[str, ...] = ()  # its first words as written, legal forms after the first
    # word too (KKBC = Korea Kwangson Banking Corporation), no stopwords
    honorific: tuple[bool, ...] = ()  # per word: it names whom the body is named after
    # articles and prepositions of another language among its words, not inside a legal form
    # (Banque de Crédit Populaire: de; S.A. DE C.V. is a legal form): names.cognates
    function_words: frozenset[str] = frozenset()


@cache
def _abbreviations() -> dict[str, tuple[str, ...]]:
    """Abbreviated generic words and the words they stand for (CB -> commercial bank)."""
    return {
        short: tuple(_WORD.findall(full.lower()))
        for short, full in company_terms()["abbreviations"].items()
    }


@cache
def _singulars() -> dict[str, str]:
    """Latin plurals of one-word concepts (industries -> INDUSTRIAL, banks -> BANK), so that a
    plural no table lists still reads as the concept its singular names."""
    plurals: dict[str, str] = {}
    for concept, words in company_terms()["concepts"].items():
        for word in words:
            if word.isascii() and word.isalpha() and len(word) >= 3:
                plural = word[:-1] + "ies" if word.endswith("y") else word + "s"
                plurals.setdefault(plural, concept)
    return plurals


Phrases = dict[str, list[tuple[tuple[str, ...], str | None]]]


@cache
def _russian_stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("russian")


@lru_cache(maxsize=200_000)
def russian_stem(word: str) -> str:
    """A Cyrillic word without its case and number ending (Snowball, via PyStemmer):
    космическим, космический -> космическ; технологиям, технология -> технолог. Russian
    names of bodies put their generic words in any case (Комитет по космическим технологиям,
    Академия естественных наук), which no table of word forms covers."""
    return str(_russian_stemmer().stemWord(word))


def _term_key(word: str) -> str:
    """How a word is looked up among the stemmed phrases: Cyrillic by stem, others as written."""
    return russian_stem(word) if "\u0400" <= word[:1] <= "\u04ff" else word


@cache
def _phrases(
    translated: bool = False,
) -> tuple[Phrases, list[tuple[str, str | None]], Phrases]:
    """Word phrases by first word (longest first), Hangul terms, and (`translated`) the
    phrases with a Cyrillic word again by their words' stems; each with its concept (None: a
    legal form, "": a stopword, "A+B": a term that stands for two concepts, 총국 = general
    bureau). `translated` adds the table's `translated_concepts` (names across scripts)."""
    terms = company_terms()
    entries: dict[str, str | None] = {}
    for forms in terms["legal_forms"].values():
        entries.update(dict.fromkeys(forms))
    groups = [terms["concepts"]] + ([terms["translated_concepts"]] if translated else [])
    for group in groups:  # a translated term overrides the plain reading's (총국)
        for concept, words in group.items():
            entries.update(dict.fromkeys(words, concept))
    entries.update(dict.fromkeys(terms["stopwords"], ""))
    entries.update(dict.fromkeys(terms["named_after"], NAMED_AFTER))
    phrases: list[tuple[tuple[str, ...], str | None]] = []
    hangul: list[tuple[str, str | None]] = []
    for text, concept in entries.items():
        if _hangul_term(text):
            hangul.append((text, concept))
        else:
            phrases.append((tuple(_WORD.findall(text.lower())) or (text.lower(),), concept))
    phrases.sort(key=lambda item: -len(item[0]))
    hangul.sort(key=lambda item: -len(item[0]))
    by_first: Phrases = {}
    by_stem: Phrases = {}
    for phrase, concept in phrases:  # longest first within each first word
        by_first.setdefault(phrase[0], []).append((phrase, concept))
        if translated and any("\u0400" <= ch <= "\u04ff" for ch in "".join(phrase)):
            stems = tuple(map(_term_key, phrase))
            by_stem.setdefault(stems[0], []).append((stems, concept))
    return by_first, hangul, by_stem


@cache
def _concepts_by_root() -> dict[str, str]:
    """The one-word generic words by their cognate root (names.cognates): in a translated
    reading, индустриальный (industrial) and INDUSTRIALNYY read as INDUSTRIAL as `industrial`
    does, NARODNAYA as PEOPLES as народный does. Roots of fewer than five letters are left
    out: too many words share them."""
    terms = company_terms()
    found: dict[str, str] = {}
    for group in (terms["concepts"], terms["translated_concepts"]):
        for concept, words in group.items():
            for word in words:
                if word.isalpha():  # Cyrillic words by their transliteration's root
                    root = cognate_root(word)
                    if len(root) >= 5:
                        found.setdefault(root, concept)
    return found


def _concept_by_root(words: list[str], position: int) -> tuple[int, str] | None:
    """The generic word at `position` found by its cognate root: two words joined first (GORNO
    RUDNAYA, горнорудная: MINING), then the one word."""
    by_root = _concepts_by_root()
    if position + 1 < len(words):
        concept = by_root.get(cognate_root(words[position] + words[position + 1]))
        if concept is not None:
            return 2, concept
    concept = by_root.get(cognate_root(words[position]))
    return (1, concept) if concept is not None else None


@cache
def translated_first_words() -> frozenset[str]:
    """The letters of every first word of a `translated_concepts` phrase: a Latin name with
    none of them reads the same translated (and need not be read twice)."""
    firsts = (
        _LATIN_WORD.findall(word.lower())[:1]
        for words in company_terms()["translated_concepts"].values()
        for word in words
    )
    abbreviated = (_LATIN_WORD.findall(short) for short in company_terms()["abbreviations"])
    return frozenset(first[0] for first in (*firsts, *abbreviated) if first)  # MMC = mining ...


_LATIN_WORD = re.compile(r"[a-z0-9]+")


def latin_words(text: str) -> set[str]:
    """The lower-case Latin letter-and-digit runs of a name (people's -> people, s)."""
    return set(_LATIN_WORD.findall(text.lower()))


def _hangul_term(text: str) -> bool:
    """A Korean term, found inside unspaced Hangul words: Hangul syllables, with digits (제2,
    "second": 제2경제위원회, the Second Economic Committee)."""
    return any("\uac00" <= ch <= "\ud7a3" for ch in text) and all(
        "\uac00" <= ch <= "\ud7a3" or ch.isdigit() for ch in text
    )


def _add_concept(concepts: set[str], concept: str) -> None:
    concepts.update(concept.split("+"))


@cache
def concept_weights() -> dict[str, float]:
    """Weights of the concepts that say little of which body a name means (KOREA, GENERAL):
    they count for less in the concepts two names share; every other concept weighs 1."""
    return {k: float(v) for k, v in company_terms().get("concept_weights", {}).items()}


@cache
def _country_concepts() -> frozenset[str]:
    return frozenset(company_terms().get("country_concepts", []))


def shared_concepts(a: frozenset[str], b: frozenset[str]) -> float:
    """Weighted Jaccard of two names' concepts (1.0 when neither has any). A country concept
    weighs fully when the other name names another country (Korean vs Russian), and nothing
    when the other names none."""
    union = a | b
    if not union:
        return 1.0
    weights = concept_weights()
    countries = _country_concepts()
    if (a & countries) and (b & countries) and (a & countries) != (b & countries):
        weights = {c: w for c, w in weights.items() if c not in countries}
    elif bool(a & countries) != bool(b & countries):
        # a country on one side only is the affiliation a writer adds or leaves out
        # (Министерство обороны КНДР = Ministry of National Defence): it weighs nothing
        union = union - countries
        if not union:
            return 1.0
    shared = sum(weights.get(c, 1.0) for c in a & b)
    return shared / sum(weights.get(c, 1.0) for c in union)


@cache
def _kinds_apart() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in company_terms().get("kinds_apart", {}).items()}


def kinds_apart(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two names of one kind of body (BANK) of which one says what kind (CREDIT, COMMERCIAL,
    ...) and the other does not say it: two bodies (Koryo Bank / Koryo Credit Development Bank)."""
    for kind, kinds in _kinds_apart().items():
        if kind in a and kind in b and (a ^ b) & kinds:
            return True
    return False


def strong_concepts(concepts: frozenset[str]) -> frozenset[str]:
    """The concepts that weigh fully: two names apart only by weak ones can still meet."""
    weights = concept_weights()
    return frozenset(c for c in concepts if weights.get(c, 1.0) >= 1.0)


def _strip_hangul(word: str, concepts: set[str], translated: bool = False) -> str:
    """Take known Korean terms off either end of an unspaced Hangul word, gathering concepts.

    A one-syllable term (성 ministry, 부 department, 원 academy) does not split a two-syllable
    word: the 성 of 대성 (Korea Daesong Bank, 조선대성은행) is the trade name's.
    """
    _, hangul, _ = _phrases(translated)
    changed = True
    while changed and word:
        changed = False
        for term, concept in hangul:
            if len(term) == 1 and len(word) == 2:
                continue
            if (word.endswith(term) and word != term) or word.startswith(term):
                word = word[len(term) :] if word.startswith(term) else word[: -len(term)]
                if concept:
                    _add_concept(concepts, concept)
                changed = True
                break
    return word


def _join_korean_syllables(found: re.Match[str]) -> str:
    """A hyphenated word of Korean syllables is one trade name (RYON-HA = RYONHA = 련하, РЁН-ХА);
    other hyphenated words part (SGM-MOST)."""
    parts = found.group().split("-")
    script = detect_script(found.group())
    if script in ("latin", "cyrillic") and all(
        one_syllable_readings(part.lower(), script) for part in parts
    ):
        return "".join(parts)
    return found.group()


def read_company_name(text: str, translated: bool = False) -> CompanyName:
    """Split a company name into concepts, distinctive words, quoted trade names and acronym;
    `translated` reads the further generic words a name translated into another script uses."""
    quoted = tuple(q.strip() for q in _QUOTED.findall(text) if q.strip())
    joined = _DOTTED.sub(lambda m: m.group().replace(".", ""), _PARENS.sub(" ", text))
    joined = _HYPHENATED.sub(_join_korean_syllables, joined)
    joined = _NUMBER_THEN_HANGUL.sub(r"\1 \2", joined)  # 39호실: the number 39, then 호실
    abbreviations = _abbreviations()
    words: list[str] = []
    for found in _WORD.findall(joined):
        word = found.lower().replace("’", "'")
        if word[:2] in _ELIDED and len(word) > 3:  # French d', l': Armée islamique d'Aden
            word = word[2:]
        words.extend(abbreviations.get(word, (word,)))
    phrases, _, by_stem = _phrases(translated)
    singulars = _singulars()
    concepts: set[str] = set()
    kept: list[str] = []
    initials: list[str] = []
    lead: list[str] = []
    keys: list[str] | None = None  # words' stems, made when a Cyrillic word is not found as is
    honoured_from: int | None = None
    other_language = function_words_of_languages()
    function_words: set[str] = set()
    position = 0
    while position < len(words):
        found = _phrase_at(words, position, phrases)
        if found is None and translated and "\u0400" <= words[position][:1] <= "\u04ff":
            keys = keys or [_term_key(w) for w in words]
            found = _phrase_at(keys, position, by_stem)
        if found is None and translated:
            found = _concept_by_root(words, position)
        if (found is None or found[0] == 1) and words[position] in other_language:
            function_words.add(words[position])  # a word of its own, not in a legal form
        if found is not None:
            length, concept = found
            if concept == NAMED_AFTER:
                honoured_from = len(kept)
                position += length
                continue
            if concept:
                _add_concept(concepts, concept)
                initials.extend(w[0] for w in words[position : position + length])
            if concept != "" and (lead or concept is not None):  # not a legal form first:
                lead.extend(words[position : position + length])  # PMGE = JSC POLAR MARINE ...
            position += length
        else:
            word = words[position]
            plural_of = singulars.get(word)
            if plural_of is not None:
                _add_concept(concepts, plural_of)
                initials.append(word[0])
                lead.append(word)
                position += 1
                continue
            if "\uac00" <= word[0] <= "\ud7a3":
                word = _strip_hangul(word, concepts, translated)
            if word:
                kept.append(word)
                initials.append(word[0])
                lead.append(word)
            position += 1
    honorific = () if honoured_from is None else tuple(i >= honoured_from for i in range(len(kept)))
    return CompanyName(
        frozenset(concepts),
        tuple(kept),
        quoted,
        "".join(initials),
        tuple(lead[:MAX_LEAD_WORDS]),
        honorific,
        frozenset(function_words),
    )


MAX_LEAD_WORDS = 6
# The concept of the words that open the name of whom a body is named after (company_terms.yaml
# `named_after`: NAMED AFTER V. TARASOV, имени В. В. Тарасова)
NAMED_AFTER = "@"


def abbreviates_name(short: str, words: tuple[str, ...]) -> bool:
    """`short` is the first one or two letters of each of a name's first words, three words at
    least: KOMID = KOrea MIning Development (Trading Corporation), UN list KPe.001; KKBC = Korea
    Kwangson Banking Corporation, KPe.025; CMC = Central Military Commission (of the Workers'
    Party of Korea), KPe.051. Letters and words in order, none skipped. Three initials alone
    are too common to tell a name (AIG: Armament Industries Group, and Ammunition Industries
    Group, OFAC SDN): an acronym of three letters must take two from a word (KOMID does)."""

    def covers(at: int, word: int, syllable: bool) -> bool:
        if at == len(short):
            return word >= 3 and (syllable or len(short) >= 4)
        if word == len(words):
            return False
        return any(
            short[at : at + size] == words[word][:size]
            and covers(at + size, word + 1, syllable or size == 2)
            for size in (1, 2)
            if at + size <= len(short) and size <= len(words[word])
        )

    return 3 <= len(short) <= 8 and covers(0, 0, False)


@lru_cache(maxsize=50_000)
def name_abbreviations(words: tuple[str, ...]) -> frozenset[str]:
    """Every string `abbreviates_name` accepts for these words, over their first four (one or
    two letters a word): the candidate keys that let an acronym find its full name."""
    found: set[str] = set()
    prefixes: list[tuple[str, bool]] = [("", False)]
    for count, word in enumerate(words[:4], start=1):
        prefixes = [(p + word[:1], two) for p, two in prefixes] + (
            [(p + word[:2], True) for p, two in prefixes] if len(word) >= 2 else []
        )
        if count >= 3:
            found.update(p for p, two in prefixes if two or len(p) >= 4)
    return frozenset(found)


def _phrase_at(words: list[str], position: int, phrases: Phrases) -> tuple[int, str | None] | None:
    """The longest phrase starting at `position`: its length in words and its concept."""
    for phrase, concept in phrases.get(words[position], ()):
        if tuple(words[position : position + len(phrase)]) == phrase:
            return len(phrase), concept
    return None


def split_acronym(text: str) -> list[str]:
    """'GENERAL BUREAU OF ATOMIC ENERGY (GBAE)' -> the name and the acronym as two names; a
    bracketed part of two words or more is also kept in place, as a name written without the
    brackets reads it (Huaxin Shipping (Hong Kong) Limited = HUAXIN SHIPPING HONGKONG LTD)."""
    if "(" not in text or HAN.search(text):  # 華信船務(香港)有限公司: read whole (names.han)
        return [text.strip()] if text.strip() else []
    inside = [p.strip() for p in _PARENS.findall(text) if p.strip()]
    outside = _PARENS.sub(" ", text).strip()
    inline = [" ".join(text.replace("(", " ").replace(")", " ").split())]
    if not any(len(p.split()) >= 2 for p in inside):
        inline = []
    return [n for n in [outside, *inline, *inside] if n]
