"""Generate a general labelled pair set (shared/eval format) from the real lists in shared/data.

Usage: python bench/gen_matching_pairs.py [--out /tmp/general-pairs.jsonl] [--per-category 300]

Positives: an entity's own names (primary vs alias, original script, previous name) in the UN
XML, OFAC sdn/alt.csv (2021-07) and the UK consolidated list (name variants of one group); and
generated noise on listed names (one or two typos: swap, drop, double or change a letter; words
reordered, joined or hyphenated). Hard negatives: the most similar name of a different entity of
the same list and schema (similar, not equal, once case and punctuation are set aside). Aliases that
are other names altogether (token-set similarity < 50: a vessel's former name, a nom de guerre)
carry nothing any name matcher could find and are left out.
Categories say the kind (person, org, vessel) and the test. The data stays out of the repository.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

from rapidfuzz import fuzz, process

from sanctionwatch.lists.store import load_list
from sanctionwatch.workspace import open_workspace

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
LISTS = [
    DATA / "un" / "UN_consolidated_2026-02-27.xml",
    DATA / "ofac" / "sdn_csv_2021-07" / "sdn.csv",
    DATA / "uk" / "uk_hmt_ofsi_conlist_2018-04-13" / "sanctionsconlist.csv",
]
KINDS = {"Person": "person", "Organization": "org", "Company": "org", "Vessel": "vessel"}
MIN_VARIANT = 50  # aliases less alike than this are other names, not spellings: left out
_PLAIN = re.compile(r"[^\w]+")


def plain(name: str) -> str:
    return " ".join(_PLAIN.sub(" ", name.lower()).split())


def typo(name: str, rng: random.Random) -> str:
    """One keyboard-style slip in a word of four letters or more (first letter kept)."""
    words = name.split()
    long_words = [i for i, w in enumerate(words) if len(w) >= 4]
    if not long_words:
        return name
    k = rng.choice(long_words)
    w = words[k]
    i = rng.randrange(1, len(w) - 1)
    how = rng.choice(("swap", "drop", "double", "change"))
    if how == "swap":
        w = w[:i] + w[i + 1] + w[i] + w[i + 2 :]
    elif how == "drop":
        w = w[:i] + w[i + 1 :]
    elif how == "double":
        w = w[:i] + w[i] + w[i:]
    else:
        letters = "aeiou" if w[i].lower() in "aeiou" else "bcdfghklmnprstvz"
        w = w[:i] + rng.choice(letters).upper() + w[i + 1 :]
    words[k] = w
    return " ".join(words)


def reorder(name: str, rng: random.Random) -> str:
    """Words reversed or rotated, sometimes a pair joined by a hyphen or written together."""
    words = name.split()
    if len(words) < 2:
        return name
    words = words[::-1] if rng.random() < 0.5 else words[1:] + words[:1]
    if len(words) >= 3 and rng.random() < 0.3:
        j = rng.randrange(len(words) - 1)
        words[j : j + 2] = [words[j] + rng.choice(("-", "")) + words[j + 1]]
    return " ".join(words)


def pair(category: str, label: int, schema: str, a: str, b: str) -> dict[str, object]:
    return {
        "category": category,
        "label": label,
        "a": {"schema": schema, "name": [a]},
        "b": {"schema": schema, "name": [b]},
    }


def build(per_category: int, seed: int) -> list[dict[str, object]]:
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as folder:
        ws = open_workspace(Path(folder) / "pairs.duckdb")
        for path in LISTS:
            load_list(ws, path)
        rows = ws.rows(
            "pairs: names",
            """SELECT e.list_name, e.entity_id, e.schema, n.name, n.kind
               FROM listed_names n JOIN listed_entities e USING (version_id, entity_id)
               WHERE n.kind <> 'weak_alias' ORDER BY 1, 2, 4""",
        )
        ws.close()
    names: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    schema_of: dict[tuple[str, str], str] = {}
    for list_name, entity_id, schema, name, kind in rows:
        if schema in KINDS and len(plain(name)) >= 3:
            names[(list_name, entity_id)].append((name, kind))
            schema_of[(list_name, entity_id)] = schema
    out: list[dict[str, object]] = []
    by_kind: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for key in sorted(names):
        by_kind[KINDS[schema_of[key]]].append(key)
    for kind, keys in sorted(by_kind.items()):
        schema = "Person" if kind == "person" else ("Vessel" if kind == "vessel" else "Company")
        alias_pairs = []
        for key in keys:
            forms = names[key]
            primary = next((n for n, k in forms if k == "primary"), forms[0][0])
            for other, _ in forms:
                related = fuzz.token_set_ratio(plain(other), plain(primary)) >= MIN_VARIANT
                if plain(other) != plain(primary) and related:
                    alias_pairs.append((primary, other))
        for a, b in rng.sample(alias_pairs, min(per_category, len(alias_pairs))):
            out.append(pair(f"{kind}-alias", 1, schema, a, b))
        sample = rng.sample(keys, min(per_category, len(keys)))
        for key in sample:
            name = rng.choice(names[key])[0]
            noisy = typo(name, rng)
            if rng.random() < 0.3:
                noisy = typo(noisy, rng)
            if plain(noisy) != plain(name):
                out.append(pair(f"{kind}-typo", 1, schema, name, noisy))
        if kind == "person":
            for key in rng.sample(keys, min(per_category, len(keys))):
                name = rng.choice(names[key])[0]
                if len(name.split()) >= 2:
                    out.append(pair("person-reorder", 1, schema, name, reorder(name, rng)))
        out.extend(hard_negatives(kind, schema, keys, names, per_category, rng))
    return out


def hard_negatives(
    kind: str,
    schema: str,
    keys: list[tuple[str, str]],
    names: dict[tuple[str, str], list[tuple[str, str]]],
    count: int,
    rng: random.Random,
) -> list[dict[str, object]]:
    """The nearest name of another entity of the same list and kind (not the same name)."""
    found: list[dict[str, object]] = []
    by_list: dict[str, list[tuple[str, tuple[str, str]]]] = defaultdict(list)
    for key in keys:
        for name, _ in names[key]:
            by_list[key[0]].append((plain(name), key))
    for key in rng.sample(keys, min(count * 2, len(keys))):
        if len(found) >= count:
            break
        own = {plain(n) for n, _ in names[key]}
        pool = by_list[key[0]]
        query = plain(names[key][0][0])
        hits = process.extract(query, [p for p, _ in pool], scorer=fuzz.token_sort_ratio, limit=15)
        for _, score, index in hits:
            other_name, other_key = pool[index]
            if other_key == key or other_name in own or score < 60:
                continue
            original = next(n for n, _ in names[other_key] if plain(n) == other_name)
            found.append(pair(f"{kind}-hard-negative", 0, schema, names[key][0][0], original))
            break
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("/tmp/general-pairs.jsonl"))
    parser.add_argument("--per-category", type=int, default=300)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    pairs = build(args.per_category, args.seed)
    with args.out.open("w", encoding="utf-8") as handle:
        for number, item in enumerate(pairs, start=1):
            item = {"id": f"gen-{number:05d}", **item}
            handle.write(json.dumps(item, ensure_ascii=False) + "\n")
    counts = Counter(str(p["category"]) for p in pairs)
    print(json.dumps({"pairs": len(pairs), "out": str(args.out), "by_category": counts}))


if __name__ == "__main__":
    main()
