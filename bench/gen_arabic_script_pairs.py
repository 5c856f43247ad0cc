"""Pairs of Arabic-script and Latin person names from the UN list (its NAME_ORIGINAL_SCRIPT).

Usage: python bench/gen_arabic_script_pairs.py [--out /tmp/arabic-script-pairs.jsonl]

Positives: each UN individual's Latin name (FIRST..FOURTH_NAME) against its original-script
name, when that is written in Arabic letters (326 in UN_consolidated_2026-02-27.xml). Hard
negatives: that Arabic-script name against the Latin name of another such individual sharing the
most words with the positive's Latin name (AL-TIKRITI, MUHAMMAD), so a matcher has to read the
other words. The data stays out of the repository.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

UN_XML = (
    Path(__file__).resolve().parents[2]
    / "shared"
    / "data"
    / "un"
    / "UN_consolidated_2026-02-27.xml"
)
_ARABIC = re.compile("[\u0600-\u06ff]")
_PARTS = ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")


def individuals(path: Path) -> list[tuple[str, str, str]]:
    """(reference, Latin name, Arabic-script name) of the UN individuals that have one."""
    text = path.read_text(encoding="utf-8")
    found = []
    for block in re.findall(r"<INDIVIDUAL>.*?</INDIVIDUAL>", text, re.S):
        original = re.search(r"<NAME_ORIGINAL_SCRIPT>(.*?)</NAME_ORIGINAL_SCRIPT>", block)
        reference = re.search(r"<REFERENCE_NUMBER>(.*?)</REFERENCE_NUMBER>", block)
        if not original or not reference or not _ARABIC.search(original.group(1)):
            continue
        parts = [re.search(f"<{tag}>(.*?)</{tag}>", block) for tag in _PARTS]
        latin = " ".join(m.group(1).strip() for m in parts if m and m.group(1).strip())
        if latin:
            found.append((reference.group(1).strip(), latin, original.group(1).strip()))
    return found


def words(name: str) -> set[str]:
    return {w for w in re.split(r"[\s,'-]+", name.lower()) if len(w) > 2}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("/tmp/arabic-script-pairs.jsonl"))
    args = parser.parse_args()
    people = individuals(UN_XML)
    rows = []
    for number, (ref, latin, arabic) in enumerate(people):
        person = {"schema": "Person", "name": [latin]}
        script = {"schema": "Person", "name": [arabic]}
        rows.append(
            {"id": f"{ref}-p", "category": "arabic-script", "label": 1, "a": person, "b": script}
        )
        others = [(len(words(latin) & words(o[1])), i) for i, o in enumerate(people) if i != number]
        shared, other = max(others)
        if shared:
            negative = {"schema": "Person", "name": [people[other][1]]}
            rows.append(
                {
                    "id": f"{ref}-n",
                    "category": "arabic-script-negative",
                    "label": 0,
                    "a": negative,
                    "b": script,
                }
            )
    with args.out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(json.dumps({"pairs": len(rows), "out": str(args.out)}))


if __name__ == "__main__":
    main()
