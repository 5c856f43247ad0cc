"""Build names/data/cantonese_syllables.tsv: each Hong Kong spelling of a Cantonese syllable and
the Pinyin syllables (and Jyutping syllables) of the common characters it is written for.

Not run by the project: its output is committed. Needs ToJyutping (BSD-2-Clause; its character
readings come from the rime-cantonese dictionary) in the Python that runs it:
    python -m venv /tmp/tj && /tmp/tj/bin/pip install ToJyutping==3.2.0 pyyaml
    /tmp/tj/bin/python scripts/build_cantonese_table.py \
        > src/sanctionwatch/names/data/cantonese_syllables.tsv
Characters: those of han_readings.tsv that Big5 or GB 2312 encode (the characters in common use
in Hong Kong and Taiwan, and on the mainland), each with its Mandarin reading there (a surname's
from chinese_surname_readings.tsv too) and the first Cantonese reading ToJyutping gives it (every
reading for a character of chinese_surname_readings.tsv: 曾 is cang, and zang as a surname).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import ToJyutping
import yaml

DATA = Path(__file__).resolve().parents[1] / "src" / "sanctionwatch" / "names" / "data"
HEADER = """\
# Hong Kong spellings of Cantonese syllables: spelling<TAB>Pinyin syllables<TAB>Jyutping
# syllables, of the common characters (Big5 or GB 2312) read so. Built by
# scripts/build_cantonese_table.py from cantonese_romanisation.yaml, han_readings.tsv and the
# character readings of ToJyutping 3.2.0 (BSD-2-Clause; rime-cantonese dictionary).
"""


def rows(name: str) -> list[list[str]]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


def common(ch: str) -> bool:
    for codec in ("big5", "gb2312"):
        try:
            ch.encode(codec)
            return True
        except UnicodeEncodeError:
            pass
    return False


def spellings(jyutping: str, table: dict) -> set[str]:
    """The Hong Kong spellings of one toneless Jyutping syllable."""
    if jyutping in table["syllable"]:
        return set(table["syllable"][jyutping])
    initials = sorted(table["initial"], key=len, reverse=True)
    for initial in initials:
        if jyutping.startswith(initial) and jyutping[len(initial) :] in table["final"]:
            final = jyutping[len(initial) :]
            return {
                head + tail for head in table["initial"][initial] for tail in table["final"][final]
            }
    return set()


def main() -> None:
    table = yaml.safe_load((DATA / "cantonese_romanisation.yaml").read_text(encoding="utf-8"))
    mandarin: dict[str, set[str]] = {}
    for ch, reading in rows("han_readings.tsv"):
        if len(ch) == 1 and common(ch):
            mandarin.setdefault(ch, set()).add(reading)
    surnames = set()
    for chars, reading in rows("chinese_surname_readings.tsv"):
        if len(chars) == 1 and chars in mandarin:
            mandarin[chars].add(reading)
            surnames.add(chars)
    pinyin: dict[str, set[str]] = {}
    jyut: dict[str, set[str]] = {}
    for ch, readings in sorted(mandarin.items()):
        for _, candidates in ToJyutping.get_jyutping_candidates(ch):
            # the commonest reading; every reading of a surname's character (曾: cang, zang)
            for toned in candidates if ch in surnames else candidates[:1]:
                syllable = re.sub(r"\d", "", toned)
                for spelling in spellings(syllable, table):
                    pinyin.setdefault(spelling, set()).update(readings)
                    jyut.setdefault(spelling, set()).add(syllable)
    print(HEADER, end="")
    for spelling in sorted(pinyin):
        print(
            f"{spelling}\t{','.join(sorted(pinyin[spelling]))}\t{','.join(sorted(jyut[spelling]))}"
        )


if __name__ == "__main__":
    sys.exit(main())
