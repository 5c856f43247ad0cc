"""One analysis of a name, done once and cached: the forms every comparison and key draws on."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import pairwise

from rapidfuzz.distance import OSA

from sanctionwatch.names.arabic import (
    ARABIC_LETTERS,
    arabic_script_latin,
    arabic_tables,
    arabic_words,
    compounds_read,
    consonant_frame,
)
from sanctionwatch.names.chinese import ChineseReading, read_chinese_name
from sanctionwatch.names.cognates import cognate_root
from sanctionwatch.names.companies import (
    CompanyName,
    latin_words,
    read_company_name,
    translated_first_words,
)
from sanctionwatch.names.cyrillic import (
    belarusian_as_russian,
    is_full_patronymic,
    is_patronymic,
    joined_skeleton,
    latin_skeleton,
    plain_latin,
    reads_belarusian,
    reads_ukrainian,
    ukrainian_as_russian,
    yo_reading,
)
from sanctionwatch.names.given_names import GivenNameMarks, given_name_marks
from sanctionwatch.names.han import HAN, han_company_as_latin, han_name_as_pinyin
from sanctionwatch.names.hangul import is_hangul_syllable, romanise_hangul
from sanctionwatch.names.korean import KoreanReading, read_korean_name, traditional_spellings
from sanctionwatch.names.korean_syllables import Syllable, read_word
from sanctionwatch.names.numbers import as_digits
from sanctionwatch.names.scripts import clean_name, detect_script
from sanctionwatch.names.tables import person_titles

PERSON_SCHEMATA = frozenset({"Person"})
PLAIN_SCHEMATA = frozenset({"Vessel", "Airplane"})
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
# An apostrophe inside a word marks a letter (Arabic ayn/hamza: Sab'awi = Sabawi), not a space.
# ' and ` inside a word, once or twice: McCune-Reischauer Ch'ol, GOST 7.79-2000 system B
# Pod``yachev Il`ya (`` for ъ, ` for ь), BGN/PCGN ʺ and ʹ
_INNER_APOSTROPHE = re.compile(r"(?<=[^\W_])['’ʼʻ`ʹʺ]{1,2}(?=[^\W_])")
# Russian adjectives made from place names: -ский, -ская, -ское, -ские and their oblique cases
_PLACE_ADJECTIVE = re.compile(r"ск(?:ий|ая|ое|ие|ого|ой|ую|их)$")
_HULL = re.compile(r"\d+|[^\W\d_]+", re.UNICODE)  # GP23 = GP-23: letters and digits apart
# What vessel names carry besides the name: a type prefix (M/V, MV, M.T., MT, SS, MY: motor
# vessel, tanker, steamship, yacht) and a number's marker (NO. 1; Chinese 号 HAO and Korean 호 HO
# after a number or ending the name: HONG FENG 1 HAO, CHONGNYON HO), as OFAC SDN vessel entries
# and their aliases write them.
_VESSEL_MARKS = re.compile(
    r"^\s*(?:[MR]\s*[/.]\s*[VTSY]\.?|M[VTY]|S\.?\s*S\.?)\s+"
    r"|\bNO\.?\s*(?=\d)|(?<=\d)\s*\bHAO\b|\s\b(?:HAO|HO)\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class NameForm:
    """A name as written and the comparable forms drawn from it."""

    text: str
    script: str
    kind: str  # person, company, plain
    tokens: tuple[str, ...]  # Latin skeletons of the words that identify
    # per token: a word the other name may leave out: a patronymic, or the article of an
    # organisation's name written apart (AL-QAIDA)
    patronymic: tuple[bool, ...]
    korean: tuple[KoreanReading, ...]
    company: CompanyName | None
    trade_syllables: tuple[tuple[Syllable, ...], ...]  # per company token: Korean syllables
    plain: tuple[str, ...] = ()  # per token: the word's letters as written (see one_swap_apart)
    chinese: tuple[ChineseReading, ...] = ()  # Pinyin / Wade-Giles readings (names.chinese)
    compounds: tuple[str, ...] = ()  # words read as Arabic compounds, as written (names.arabic)
    # the words joined as written write a letter twice where two words meet (HAP JANG GANG):
    # the whole name is then also compared with it written once (compact_joined)
    joins_double: bool = False
    # its words with a yo read as ё (names.cyrillic.yo_reading: Vorobyova -> vorobeva)
    yo_readings: frozenset[str] = frozenset()
    # read from Arabic letters (names.arabic.arabic_script_latin): its words lack the short
    # vowels a Latin spelling writes, and are compared with one by their consonants too
    arabic_letters: bool = False

    @cached_property
    def compact(self) -> str:
        return "".join(self.tokens)

    @cached_property
    def compact_joined(self) -> str:
        """The words joined as one word's skeleton: a letter doubled where two words meet is
        written once, as the skeleton writes it inside a word (HAP JANG GANG = HAPJANGGANG)."""
        return joined_skeleton(self.tokens)

    @cached_property
    def sorted_letters(self) -> str:
        """The letters of all tokens in order: whatever the word order, an edit comparison of
        two names can meet at most as many letters as these two strings share."""
        return "".join(sorted(self.compact))

    @cached_property
    def plain_compact(self) -> str:
        """The words as written, joined (see matching.name_score.compact_similarity)."""
        return "".join(self.plain)

    @cached_property
    def plain_sorted_letters(self) -> str:
        return "".join(sorted(self.plain_compact))

    @cached_property
    def translated(self) -> NameForm:
        """This company name read as translated (`translated_form`), kept with the form: an
        index keeps its listed forms, and a query must not read each candidate again once the
        per-name memo has let it go (a 1,000,000-name index outgrows that memo)."""
        return _translated_form(self)

    @cached_property
    def given_name_marks(self) -> GivenNameMarks:
        """What short forms and initials could pair with (names.given_names), kept per name."""
        return given_name_marks(self.plain)

    @cached_property
    def consonant_frames(self) -> frozenset[str]:
        """Its words' consonant frames of two letters or more (names.arabic.consonant_frame):
        where a name read from Arabic letters can meet a Latin one beyond their skeletons."""
        frames = (consonant_frame(word) for word in self.plain)
        return frozenset(f for f in frames if len(f) >= 2)

    @cached_property
    def named_length(self) -> int:
        """Letters in the tokens that are not patronymics (a missing patronymic costs nothing)."""
        return sum(len(t) for t, p in zip(self.tokens, self.patronymic, strict=True) if not p)


def without_titles(text: str) -> str:
    """A person name without its titles (person_titles.yaml): religious honorifics anywhere but
    last (Mullah, Haji: ABD-AL-TAWWAB MULLAH HUWAYSH), ranks and forms of address where they open
    the name or the part after a comma (SALEH, Dr. Abdul Latif; John Major keeps Major)."""
    anywhere, leading = person_titles()
    every = anywhere | leading
    if every.isdisjoint(_title_word(w) for w in text.split()):
        return text
    parts = []
    for part in text.split(","):
        words = part.split()
        start = 0
        while start < len(words) - 1 and _title_word(words[start]) in every:
            start += 1
        kept = words[start:]
        kept = [w for w in kept[:-1] if _title_word(w) not in anywhere] + kept[-1:]
        parts.append(" ".join(kept))
    return ", ".join(p for p in parts if p)


def _title_word(word: str) -> str:
    return word.strip(".;:(),").lower()


def kind_of(schema: str) -> str:
    if schema in PERSON_SCHEMATA:
        return "person"
    return "plain" if schema in PLAIN_SCHEMATA else "company"


def _hangul_as_latin(word: str) -> str:
    return romanise_hangul(word, "dprk") if all(is_hangul_syllable(c) for c in word) else word


def _korean_words(text: str, script: str) -> list[str]:
    if script == "hangul":
        return romanise_hangul(text, "dprk", split_given=True).split()
    return _WORD.findall(_INNER_APOSTROPHE.sub("", text))  # McCune-Reischauer Ch'ol = Chol


def _syllables_of(word: str) -> tuple[Syllable, ...]:
    """A company word's Korean syllables; a Russian place adjective is read by its place
    (Танчхонский коммерческий банк = Tanchon Commercial Bank, 단천상업은행)."""
    script = detect_script(word)
    if script == "latin":
        word = word.lower()
    readings = read_word(word, script) if script in ("latin", "cyrillic", "hangul") else ()
    if not readings and script == "cyrillic" and _PLACE_ADJECTIVE.search(word):
        readings = read_word(_PLACE_ADJECTIVE.sub("", word), script)
    return readings[0] if readings else ()


@lru_cache(maxsize=200_000)
def analyse_name(
    raw: str, kind: str = "person", compounds: bool = True, translated: bool = False
) -> NameForm:
    """Analyse a name once; raw text is cleaned first (see names.scripts.clean_name).

    `compounds` off keeps joined Arabic compounds as written (Abdelrazik, not abd razik): the
    form a compound with a slip in its head (Adelrazik) is compared against. `translated`
    reads a company name with the generic words of names translated across scripts
    (names.companies), for comparing it with a name in another script.
    """
    text = clean_name(raw)
    read: tuple[str, ...] = ()
    script = detect_script(text)
    korean: tuple[KoreanReading, ...] = ()
    company: CompanyName | None = None
    trade: tuple[tuple[Syllable, ...], ...] = ()
    chinese: tuple[ChineseReading, ...] = ()
    written_honorific: list[bool] = []
    from_arabic = False
    if kind == "person":
        named = without_titles(text)
        if script in ("other", "mixed") and ARABIC_LETTERS.search(named):
            named = arabic_script_latin(named)  # صدام حسين = sdam husayn: SADDAM HUSSEIN
            from_arabic = True
            script = detect_script(named)
        elif script == "other" and HAN.search(named):
            named = han_name_as_pinyin(named) or named  # 习近平 = Xi Jinping
            script = detect_script(named)
        korean = read_korean_name(named, script)
        chinese = read_chinese_name(named, script)
        if korean or script == "hangul":
            words = _korean_words(named, script)
        else:  # Abd al-Rahman = Abdulrahman
            joined = _INNER_APOSTROPHE.sub("", named)
            words = arabic_words(joined, compounds)
            read = compounds_read(joined) if compounds else ()
    elif kind == "company":
        if script in ("other", "mixed") and ARABIC_LETTERS.search(text):
            text = arabic_script_latin(text)  # القاعدة = alkaida: AL-QAIDA, as person names are
            from_arabic = True
            script = detect_script(text)
        elif script in ("other", "mixed") and HAN.search(text):
            text = han_company_as_latin(text)  # 華信船務 = huaxin shipping
            script = detect_script(text)
        company = read_company_name(text, translated)
        honorific = company.honorific or (False,) * len(company.words)
        kept_words = [  # SECOND = 2ND = 2 (names.numbers)
            (w, h)
            for w, h in zip(as_digits(list(company.words)), honorific, strict=True)
            if latin_skeleton(_hangul_as_latin(w))
        ]
        written = [w for w, _ in kept_words]
        written_honorific = [h for _, h in kept_words]
        words = [_hangul_as_latin(w) for w in written]
        if translated:  # Московский = MOSCOW: words by their cognate roots (names.cognates)
            words = [cognate_root(w) for w in words]
        trade = tuple(_syllables_of(w) for w in written)  # per token: () when not Korean
    else:  # M/V HUA FU = HUA FU; HONG FENG NO. 1 = HONG FENG 1 HAO = HONG FENG 1
        words = as_digits(_HULL.findall(_VESSEL_MARKS.sub(" ", text)))
    kept = [w for w in words if latin_skeleton(w)]
    if kind == "person" and script == "latin" and reads_ukrainian(kept):
        tokens = tuple(latin_skeleton(ukrainian_as_russian(w)) for w in kept)  # Serhiy = Sergei
    elif kind == "person" and script == "latin" and reads_belarusian(kept):
        tokens = tuple(latin_skeleton(belarusian_as_russian(w)) for w in kept)  # Siarhei = Sergei
    else:
        tokens = tuple(latin_skeleton(w) for w in kept)
    plain = tuple(plain_latin(w) for w in kept)
    if kind == "company":  # AL-QAIDA / القاعدة (qaada): an article written apart may be left out
        articles = arabic_tables().joined_articles  # and so may whom a body is named after
        honoured = [h for w, h in zip(words, written_honorific, strict=True) if latin_skeleton(w)]
        patronymic = tuple(p in articles or h for p, h in zip(plain, honoured, strict=True))
    else:
        patronymic = tuple(is_patronymic(w) for w in kept)
        if sum(patronymic) > 1 and any(map(is_full_patronymic, kept)):  # one per name: the
            patronymic = tuple(map(is_full_patronymic, kept))  # -ich of Mkrtich is no second
    # vessels' and firms' names join and split words freely (HAP JANG GANG / HAPJANGGANG);
    # persons' are compared word by word, and the whole-name check costs each pair it runs for
    joins_double = kind != "person" and any(x[-1] == y[0] for x, y in pairwise(tokens))
    yo = (yo_reading(w) for w in plain if "yo" in w)
    return NameForm(
        text,
        script,
        kind,
        tokens,
        patronymic,
        korean,
        company,
        trade,
        plain,
        chinese,
        read,
        joins_double,
        frozenset(r for r in yo if r is not None),
        from_arabic,
    )


def translated_form(form: NameForm) -> NameForm:
    """A company name read with the generic words of names translated across scripts
    (names.companies) and its words by their cognate roots (names.cognates); a Latin name with
    none of those words and no word a root changes is its own translated form."""
    return form.translated


def _translated_form(form: NameForm) -> NameForm:
    if (
        form.script == "latin"
        and translated_first_words().isdisjoint(latin_words(form.text))
        and form.company is not None
        and all(cognate_root(w) == w for w in form.company.words)
    ):
        return form
    return analyse_name(form.text, form.kind, translated=True)


@lru_cache(maxsize=200_000)
def swapped_spellings(words: tuple[str, ...]) -> frozenset[str]:
    """Every spelling one swap of neighbouring letters away from one of `words`."""
    return frozenset(
        w[:i] + w[i + 1] + w[i] + w[i + 2 :]
        for w in words
        for i in range(len(w) - 1)
        if w[i] != w[i + 1]
    )


def one_swap_apart(a: str, b: str) -> bool:
    """Two spellings that differ by one swap of neighbouring letters (Kahlil / Khalil, Fna / Fan).

    Checked on the letters as written: the skeleton rules (kh -> h) would turn such a slip
    into a larger difference. `a` is looked up among its own swaps, memoised: in bulk
    screening `a` is the query's word, met against every candidate word.
    """
    return len(a) == len(b) and a != b and b in swapped_spellings((a,))


def compound_slip(a: NameForm, b: NameForm, floor: float) -> bool:
    """A word one name reads as an Arabic compound meets, as written, a word the other name
    does not read as one (ABDELRAZIK / ADELRAZIK: a slip in the compound's head). Two words
    both read as compounds (Abdeljalil / Abdelali) are left to their parts.

    Only then are the two names also compared with compounds as written (matching.name_score),
    and bulk pruning, which bounds the score from the words as read, must not pass them over.
    """
    for x, y in ((a, b), (b, a)):
        for word in x.compounds:
            if word in y.compounds:
                continue
            for other in y.plain:  # words y did not read as compounds, and their parts
                if OSA.normalized_similarity(word, other, score_cutoff=floor):
                    return True
    return False


def hangul_renderings(text: str) -> list[str]:
    """A Hangul name in every system records use, traditional spellings included."""
    systems = ("dprk", "mr", "mr_plain", "rr", "kontsevich")
    forms = [romanise_hangul(text, s, split_given=True) for s in systems]
    words = text.split()
    if len(words) == 1 and len(text) > 2:
        words = [text[0], text[1:]]
    forms.append(romanise_hangul(" ".join(words), "kontsevich"))
    forms.extend(traditional_spellings(text))
    return list(dict.fromkeys(forms))
