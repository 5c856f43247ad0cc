"""Hangul syllables: decomposition into jamo and rendering in the romanization systems."""

from __future__ import annotations

from sanctionwatch.names.tables import hangul_jamo

SBASE = 0xAC00
VOWELS = 21
FINALS = 28
SYLLABLE_COUNT = 19 * VOWELS * FINALS
SYSTEMS = ("dprk", "mr", "mr_plain", "rr", "kontsevich")
_PLAIN = str.maketrans({"ŏ": "o", "ŭ": "u", "'": "", "Ŏ": "O", "Ŭ": "U"})


def is_hangul_syllable(ch: str) -> bool:
    return SBASE <= ord(ch) < SBASE + SYLLABLE_COUNT


def decompose(ch: str) -> tuple[int, int, int]:
    """(initial, vowel, final) indices of one precomposed Hangul syllable (Unicode ch. 3.12)."""
    index = ord(ch) - SBASE
    if not 0 <= index < SYLLABLE_COUNT:
        raise ValueError(f"not a Hangul syllable: {ch!r}")
    return index // (VOWELS * FINALS), (index % (VOWELS * FINALS)) // FINALS, index % FINALS


def compose(initial: int, vowel: int, final: int = 0) -> str:
    return chr(SBASE + (initial * VOWELS + vowel) * FINALS + final)


def _render_word(word: str, system: str) -> str:
    """One word (a run of syllables), with Kontsevich's in-word voicing and нъ rules."""
    base = "mr" if system == "mr_plain" else system
    table = hangul_jamo()["systems"][base]
    order = hangul_jamo()["order"]
    parts: list[str] = []
    jamo = [decompose(ch) for ch in word]
    for position, (initial, vowel, final) in enumerate(jamo):
        onset = table["initial"][initial]
        if system == "kontsevich" and position > 0:
            before_final = jamo[position - 1][2]
            voiced_before = before_final == 0 or order["final"][before_final] in "ㄴㄹㅁㅇ"
            if voiced_before:
                onset = table["voiced_initial"].get(order["initial"][initial], onset)
        coda = table["final"][final]
        next_is_vowel = position + 1 < len(jamo) and jamo[position + 1][0] == 11  # ㅇ
        if system == "kontsevich" and order["final"][final] == "ㅇ" and next_is_vowel:
            coda = table["final_ng_before_vowel"]
        parts.append(onset + table["vowel"][vowel] + coda)
    text = "".join(parts)
    return text.translate(_PLAIN) if system == "mr_plain" else text


def romanise_hangul(text: str, system: str, *, split_given: bool = False) -> str:
    """Render Hangul in `system` (dprk, mr, mr_plain, rr, kontsevich); other characters kept.

    With split_given every syllable is written as its own word, the DPRK way for names
    ("Kim Jong Un"); otherwise each written word stays one word.
    """
    words: list[str] = []
    for word in text.split():
        if not all(is_hangul_syllable(ch) for ch in word):
            words.append(word)
            continue
        pieces = list(word) if split_given else [word]
        words.extend(_render_word(piece, system) for piece in pieces)
    return " ".join(w[:1].upper() + w[1:] for w in words)
