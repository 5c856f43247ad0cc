"""Sweep Korean person names the matcher has not seen through every spelling system it knows.

Usage: python bench/sweep_korean_names.py [--names 1500] [--negatives 400] [--seed 7]
                                          [--markdown /tmp/sweep.md]

Names: a surname of names/data/korean_surnames.tsv and one or two given-name syllables. The
given-name syllables come from the real lists: every given-name word of a North Korean person on
the UN list (2026-02-27) and the OFAC SDN list (2024-05-03) is mapped back to each Hangul
syllable whose DPRK rendering it is (the simple finals only), weighted by how often it occurs.
Each name is rendered in Hangul, DPRK (split, hyphenated, joined, Western order), McCune-
Reischauer with and without marks, Revised Romanization, Kontsevich (given name joined and
split) and clerk Cyrillic (the DPRK Latin copied letter by letter, bench/data/clerk_cyrillic.tsv).

Checks, at the matcher's threshold, with score_entities on Person entities holding one name:
  positives: every two renderings of one name must reach the threshold;
  near misses: one given syllable replaced by one that renders otherwise in every system (and
    not only n against ng) must stay below it, as must the same given name under another surname
    (one sharing no recorded spelling); n/ng-only changes are reported apart (forgiven by design).
"""

from __future__ import annotations

import argparse
import csv
import platform
import random
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from itertools import combinations, product
from pathlib import Path

from sanctionwatch.lists.model import ListedParty, ListMeta
from sanctionwatch.lists.read_ofac_csv import read_ofac_csv
from sanctionwatch.lists.read_un_xml import read_un_xml
from sanctionwatch.matching.config import load_config
from sanctionwatch.matching.score import score_entities
from sanctionwatch.names.hangul import compose, decompose, romanise_hangul
from sanctionwatch.names.tables import korean_surnames, load_tsv

HERE = Path(__file__).resolve().parent
DATA = HERE.parents[1] / "shared" / "data"
UN = DATA / "un" / "UN_consolidated_2026-02-27.xml"
OFAC = DATA / "ofac" / "sdn_csv_2024-05-03"
SIMPLE_FINALS = (0, 1, 4, 8, 16, 17, 21)  # none, ㄱ ㄴ ㄹ ㅁ ㅂ ㅇ
N_FINAL, NG_FINAL = 4, 21
SYSTEMS = ("dprk", "mr_plain", "rr", "kontsevich")
_WORD = re.compile(r"[a-z]+")


def clerk_table() -> list[tuple[str, list[str]]]:
    """Latin letters or digraphs -> Cyrillic habits, longest first (bench/data)."""
    rows: list[tuple[str, list[str]]] = []
    with (HERE / "data" / "clerk_cyrillic.tsv").open(encoding="utf-8") as handle:
        for row in csv.reader(handle, delimiter="\t"):
            if row and not row[0].startswith("#"):
                rows.append((row[0], row[1].split(",")))
    return sorted(rows, key=lambda r: -len(r[0]))


def clerk_cyrillic(latin: str, habit: int) -> str:
    """The Latin name copied letter by letter in upper case (habit 0: first, 1: second column)."""
    table = clerk_table()
    out: list[str] = []
    text = latin.lower()
    i = 0
    while i < len(text):
        for letters, cyrillic in table:
            if text.startswith(letters, i):
                out.append(cyrillic[min(habit, len(cyrillic) - 1)])
                i += len(letters)
                break
        else:
            out.append(text[i])
            i += 1
    return "".join(out).upper()


def _parties() -> Iterator[ListedParty]:
    yield from read_un_xml(UN, ListMeta("un", "un_xml"))
    yield from read_ofac_csv(OFAC, ListMeta("ofac", "ofac_csv"))


def given_syllables(limit: int) -> list[tuple[str, int]]:
    """Hangul given-name syllables with weights, from North Korean persons on the real lists."""
    by_dprk: dict[str, list[str]] = defaultdict(list)
    for initial, vowel, final in product(range(19), range(21), SIMPLE_FINALS):
        syllable = compose(initial, vowel, final)
        by_dprk[romanise_hangul(syllable, "dprk").lower()].append(syllable)
    words: Counter[str] = Counter()
    for party in _parties():
        korean = "kp" in party.properties.get("nationality", []) or any(
            "DPRK" in p or "1718" in p for p in party.sanction.programs
        )
        if party.schema != "Person" or not korean:
            continue
        for name, _kind in party.names:
            lowered = name.lower()
            parts = lowered.split(",", 1)
            given = parts[1] if len(parts) == 2 else " ".join(lowered.split()[1:])
            words.update(w for w in _WORD.findall(given) if w in by_dprk)
    weights: Counter[str] = Counter()
    for word, count in words.items():
        for syllable in by_dprk[word]:
            weights[syllable] += count
    return weights.most_common(limit)


def surnames() -> list[str]:
    return list(dict.fromkeys(row[0] for row in load_tsv("korean_surnames.tsv", 2)))


def renderings(surname: str, given: str) -> dict[str, str]:
    """One Hangul name in every system and variant records use."""
    name = f"{surname} {given}"
    split = romanise_hangul(name, "dprk", split_given=True)
    sur, *giv = split.split()
    hyphen = giv[0] + "".join("-" + g.lower() for g in giv[1:])
    mr = romanise_hangul(name, "mr", split_given=True).split()
    rr = romanise_hangul(name, "rr", split_given=True).split()
    out = {
        "hangul": surname + given,
        "dprk": split,
        "dprk_hyphen": f"{sur} {hyphen}".upper(),
        "dprk_joined": f"{sur} {''.join(giv).capitalize()}",
        "dprk_western": f"{hyphen} {sur}",
        "mr": mr[0] + " " + mr[1] + "".join("-" + g.lower() for g in mr[2:]),
        "mr_plain": romanise_hangul(name, "mr_plain", split_given=True),
        "rr": rr[0] + " " + rr[1] + "".join("-" + g.lower() for g in rr[2:]),
        "kontsevich": romanise_hangul(name, "kontsevich"),
        "kontsevich_split": romanise_hangul(name, "kontsevich", split_given=True),
        "clerk": clerk_cyrillic(split, 0),
        "clerk_habit2": clerk_cyrillic(split, 1),
    }
    return out


def score(a: str, b: str) -> float:
    return score_entities(
        {"schema": "Person", "name": [a]}, {"schema": "Person", "name": [b]}
    ).score


def _differs(a: str, b: str) -> str | None:
    """'n/ng' if two syllables differ only in final n against ng, 'other' if every system
    renders them otherwise, None when some system writes both alike (a real homograph)."""
    ia, va, fa = decompose(a)
    ib, vb, fb = decompose(b)
    if (ia, va) == (ib, vb) and {fa, fb} == {N_FINAL, NG_FINAL}:
        return "n/ng"
    for system in (*SYSTEMS, "mr"):
        if romanise_hangul(a, system).lower() == romanise_hangul(b, system).lower():
            return None
    return "other"


def _same_surname(a: str, b: str) -> bool:
    table = korean_surnames()
    return any(a in hs and b in hs for hs in table.values())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--names", type=int, default=1500)
    parser.add_argument("--negatives", type=int, default=400)
    parser.add_argument("--syllables", type=int, default=150)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--markdown", type=Path)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    cut = load_config().threshold
    syllables = given_syllables(args.syllables)
    pool = [s for s, _ in syllables]
    weights = [w for _, w in syllables]
    family = surnames()
    started = time.perf_counter()

    def draw() -> tuple[str, str]:
        k = 1 if rng.random() < 0.2 else 2
        return rng.choice(family), "".join(rng.choices(pool, weights, k=k))

    pos_fail: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    pos_examples: dict[str, list[str]] = defaultdict(list)
    for _ in range(args.names):
        forms = renderings(*draw())
        for (sa, a), (sb, b) in combinations(forms.items(), 2):
            key = " ~ ".join(sorted((sa, sb)))
            s = score(a, b)
            pos_fail[key][1] += 1
            if s < cut:
                pos_fail[key][0] += 1
                if len(pos_examples[key]) < 4:
                    pos_examples[key].append(f"{a} ~ {b} ({s:.2f})")

    neg_fail: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    neg_pairs: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    neg_examples: dict[str, list[str]] = defaultdict(list)
    made = 0
    while made < args.negatives:
        surname, given = draw()
        i = rng.randrange(len(given))
        other = rng.choice(pool)
        kind = _differs(given[i], other)
        if kind is None:
            continue
        variants = [(f"one given syllable ({kind})", surname, given[:i] + other + given[i + 1 :])]
        other_surname = rng.choice(family)
        if other_surname != surname and not _same_surname(surname, other_surname):
            variants.append(("surname only", other_surname, given))
        made += 1
        mine = renderings(surname, given)
        for label, sur, giv in variants:
            theirs = renderings(sur, giv)
            failed = False
            for (sa, a), (sb, b) in product(mine.items(), theirs.items()):
                s = score(a, b)
                key = f"{label}: " + " ~ ".join(sorted((sa, sb)))
                neg_pairs[key][1] += 1
                if s >= cut:
                    neg_pairs[key][0] += 1
                    failed = True
                    if len(neg_examples[label]) < 6:
                        neg_examples[label].append(f"{a} ~ {b} ({s:.2f})")
            neg_fail[label][1] += 1
            neg_fail[label][0] += failed
    elapsed = time.perf_counter() - started

    lines = report(args, pos_fail, pos_examples, neg_fail, neg_pairs, neg_examples, len(pool))
    lines.append(
        f"\n{elapsed:.0f} s on {platform.machine()} {platform.system()}, "
        f"Python {platform.python_version()}"
    )
    text = "\n".join(lines)
    print(text)
    if args.markdown:
        args.markdown.write_text(text + "\n", encoding="utf-8")


def report(
    args: argparse.Namespace,
    pos_fail: dict[str, list[int]],
    pos_examples: dict[str, list[str]],
    neg_fail: dict[str, list[int]],
    neg_pairs: dict[str, list[int]],
    neg_examples: dict[str, list[str]],
    n_syllables: int,
) -> list[str]:
    total = [sum(v[0] for v in pos_fail.values()), sum(v[1] for v in pos_fail.values())]
    cmd = "PYTHONPATH=src python " + " ".join(["bench/sweep_korean_names.py", *sys.argv[1:]])
    lines = [
        f"Command: `{cmd}`",
        f"{args.names} names ({n_syllables} given-name syllables from the real lists), "
        f"seed {args.seed}",
        "",
        f"Positives: {total[0]} of {total[1]} rendering pairs below the threshold "
        f"({100 * total[0] / max(total[1], 1):.2f} %)",
        "",
        "| system pair | below threshold | pairs | typical failure |",
        "|---|---|---|---|",
    ]
    for key, (bad, n) in sorted(pos_fail.items(), key=lambda kv: -kv[1][0] / kv[1][1]):
        if bad:
            example = pos_examples[key][0] if pos_examples[key] else ""
            lines.append(f"| {key} | {100 * bad / n:.1f} % | {n} | {example} |")
    lines += ["", "Near misses (a name counts as failed when any rendering pair reaches it):", ""]
    lines += ["| kind | names reaching threshold | names | rendering pairs reaching it |"]
    lines += ["|---|---|---|---|"]
    for label, (bad, n) in sorted(neg_fail.items()):
        pairs = [v for k, v in neg_pairs.items() if k.startswith(label + ":")]
        hit, all_ = sum(p[0] for p in pairs), sum(p[1] for p in pairs)
        lines.append(
            f"| {label} | {100 * bad / n:.1f} % | {n} | {100 * hit / max(all_, 1):.2f} % |"
        )
    worst = sorted(neg_pairs.items(), key=lambda kv: -kv[1][0] / kv[1][1])[:10]
    if worst and worst[0][1][0]:
        lines += ["", "Near-miss system pairs most often reaching the threshold:", ""]
        lines += [f"- {k}: {100 * v[0] / v[1]:.1f} % of {v[1]}" for k, v in worst if v[0]]
    for label, examples in sorted(neg_examples.items()):
        lines += ["", f"Examples, {label}:", ""] + [f"- {e}" for e in examples]
    worst_pos = sorted(pos_fail.items(), key=lambda kv: -kv[1][0])[:8]
    lines += ["", "Positive failures, examples:", ""]
    for key, _ in worst_pos:
        lines += [f"- {e}" for e in pos_examples[key][:2]]
    return lines


if __name__ == "__main__":
    main()
