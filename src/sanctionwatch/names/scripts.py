"""Clean a raw name and tell which script it is written in."""

from __future__ import annotations

import re
import unicodedata

from sanctionwatch.errors import InputError

MAX_NAME_CHARS = 500  # longer values are cut here (documented in docs/names.md)
_SPACE = re.compile(r"\s+")
HANGUL_SYLLABLES = range(0xAC00, 0xD7A4)


def clean_name(raw: str) -> str:
    """NFKC, drop control/unassigned/private-use code points, collapse spaces, cut to 500 chars."""
    if raw.isascii() and raw.isprintable():  # the common case: nothing to normalise or drop
        return " ".join(raw.split())[:MAX_NAME_CHARS].strip()
    text = unicodedata.normalize("NFKC", raw)
    if text.isprintable():  # no control, format, unassigned or private-use code point to drop
        return " ".join(text.split())[:MAX_NAME_CHARS].strip()
    kept = [
        ch if not ch.isspace() else " "
        for ch in text
        if unicodedata.category(ch) not in ("Cc", "Cf", "Cn", "Co", "Cs") or ch.isspace()
    ]
    cleaned = _SPACE.sub(" ", "".join(kept)).strip()
    return cleaned[:MAX_NAME_CHARS].strip()


def require_name(raw: str, field: str = "name") -> str:
    """clean_name, rejecting a value with no letter at all (InputError naming the field)."""
    cleaned = clean_name(raw)
    if not any(ch.isalpha() for ch in cleaned):
        raise InputError(f"name {raw[:40]!r} has no letters", field=field)
    return cleaned


def script_of_char(ch: str) -> str | None:
    """'hangul', 'cyrillic', 'latin', 'other' for a letter; None for anything else."""
    if not ch.isalpha():
        return None
    code = ord(ch)
    if code in HANGUL_SYLLABLES or 0x1100 <= code <= 0x11FF or 0x3130 <= code <= 0x318F:
        return "hangul"
    if 0x0400 <= code <= 0x052F:
        return "cyrillic"
    if code < 0x0250 or 0x1E00 <= code <= 0x1EFF:
        return "latin"
    return "other"


def detect_script(text: str) -> str:
    """The one script of a name's letters, 'mixed' when several, 'none' when no letters."""
    if text.isascii():
        return "latin" if any(ch.isalpha() for ch in text) else "none"
    found = {s for s in map(script_of_char, text) if s is not None}
    if not found:
        return "none"
    if len(found) > 1:
        return "mixed"
    return found.pop()


def strip_marks(text: str) -> str:
    """Latin without combining marks (ŏ -> o, é -> e); Cyrillic й and ё keep theirs."""
    if text.isascii():
        return text
    kept: list[str] = []
    base_is_latin = False
    for ch in unicodedata.normalize("NFD", text):
        if unicodedata.combining(ch):
            if not base_is_latin:
                kept.append(ch)
            continue
        base_is_latin = ord(ch) < 0x0250 or 0x1E00 <= ord(ch) <= 0x1EFF
        kept.append(ch)
    return unicodedata.normalize("NFC", "".join(kept))
