"""People's names as registries write them: Korean names in three systems, Russian, Central Asian.

A North Korean passport writes each given-name syllable apart in the DPRK system (KIM CHOL NAM);
a South Korean one joins them in Revised Romanization (KIM CHEOLNAM). Russian records write the
name in Cyrillic either the established way (Kontsevich or traditional: Ким Чен Ир) or letter by
letter from the passport's Latin (КИМ ЧОЛ НАМ).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from sanctionwatch.simulate.vocab import vocab

# Letter-by-letter Latin -> Cyrillic, digraphs first, as a clerk copies a passport name.
_DIGRAPHS = {
    "CH": "Ч",
    "SH": "Ш",
    "KH": "Х",
    "TH": "Т",
    "PH": "П",
    "YO": "Ё",
    "YU": "Ю",
    "YA": "Я",
    "YE": "Е",
    "AE": "Э",
    "EO": "О",
    "EU": "Ы",
    "OE": "Э",
    "UI": "ЫЙ",
}
_LETTERS = dict(zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "АБКДЕФГХИДКЛМНОПКРСТУВВКИЗ", strict=True))
_LETTERS.update({"J": "ДЖ", "X": "КС", "Y": "Й"})


def cyrillic_from_latin(latin: str) -> str:
    """КИМ ЧОЛ НАМ from KIM CHOL NAM: what a clerk types from the passport's Latin letters."""
    out: list[str] = []
    i = 0
    text = latin.upper()
    while i < len(text):
        pair = text[i : i + 2]
        if pair in _DIGRAPHS:
            out.append(_DIGRAPHS[pair])
            i += 2
            continue
        out.append(_LETTERS.get(text[i], text[i]))
        i += 1
    return "".join(out)


@dataclass(frozen=True)
class KoreanName:
    """One Korean name in every form the world writes it."""

    hangul: str
    surname_latin: str  # DPRK system or RR, as the passport has it
    given_latin: str  # "CHOL NAM" (DPRK) or "CHEOLNAM" (RR)
    surname_cyrillic: str  # Ким
    given_cyrillic: str  # Чхоль Нам / Чен Ир

    @property
    def latin(self) -> str:
        return f"{self.surname_latin} {self.given_latin}"


def korean_name(rng: random.Random, *, north: bool) -> KoreanName:
    """A random Korean name; North Korean ones in the DPRK system, South Korean ones in RR."""
    surname = rng.choice(vocab()["korean_surnames"])
    syllables = [rng.choice(vocab()["korean_given_syllables"]) for _ in range(2)]
    return korean_name_of(surname, syllables, north=north, rng=rng)


def korean_name_of(
    surname: list[str], syllables: list[list[str]], *, north: bool, rng: random.Random
) -> KoreanName:
    """Assemble the forms of a name from its surname and given-name syllable rows (vocab.yaml)."""
    if north:
        given_latin = " ".join(s[1] for s in syllables)
        surname_latin = surname[1]
    else:
        given_latin = "".join(s[2] for s in syllables)
        surname_latin = surname[2]
    traditional = rng.random() < 0.5
    parts = [s[4] if traditional and len(s) > 4 else s[3] for s in syllables]
    given_cyr = " ".join(parts) if rng.random() < 0.6 else (parts[0] + parts[1].lower())
    return KoreanName(
        hangul=surname[0] + "".join(s[0] for s in syllables),
        surname_latin=surname_latin,
        given_latin=given_latin,
        surname_cyrillic=surname[3],
        given_cyrillic=given_cyr,
    )


def russian_name(rng: random.Random, *, surnames: list[str] | None = None) -> tuple[str, str, str]:
    """(surname, given name, patronymic) of a Russian citizen; men and women."""
    v = vocab()
    male = rng.random() < 0.75
    surname = rng.choice(surnames or v["russian_surnames"])
    root = rng.choice(v["russian_patronymic_roots"])
    if male:
        return surname, rng.choice(v["russian_male_names"]), root + "ич"
    if surname.endswith(("ов", "ев", "ин")):
        surname += "а"
    return surname, rng.choice(v["russian_female_names"]), root + "на"


_TRANSLIT = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        [
            "A",
            "B",
            "V",
            "G",
            "D",
            "E",
            "E",
            "ZH",
            "Z",
            "I",
            "I",
            "K",
            "L",
            "M",
            "N",
            "O",
            "P",
            "R",
            "S",
            "T",
            "U",
            "F",
            "KH",
            "TS",
            "CH",
            "SH",
            "SHCH",
            "",
            "Y",
            "",
            "E",
            "IU",
            "IA",
        ],
        strict=True,
    )
)


def latin_from_cyrillic(text: str) -> str:
    """Passport-style Latin (ICAO-like) of a Cyrillic name: Бахтиёр -> BAKHTIER."""
    return "".join(_TRANSLIT.get(ch, ch.upper()) for ch in text.lower())
