"""Screening benchmark: N generated subjects against the UN XML and OFAC sdn.csv lists.

Usage: python bench/bench_matching_screen.py [--subjects 100000] [--index-names 1000000]
Reports wall time, peak memory, candidates per subject, candidate recall on planted subjects
(listed names with typos, reordering and shifted birth dates), alerts on unlisted people, and
one-query latency (median, p99) against an in-process index of --index-names names.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import tempfile
import time
from pathlib import Path

from sanctionwatch.lists.store import load_list
from sanctionwatch.matching import NameIndex, screen_workspace
from sanctionwatch.matching.blocking import candidate_pairs
from sanctionwatch.matching.config import load_config
from sanctionwatch.matching.entity import EntityRecord
from sanctionwatch.matching.subjects import Listed, latest_versions, load_listed, load_subjects
from sanctionwatch.workspace import open_workspace

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
LISTS = [
    DATA / "un" / "UN_consolidated_2026-02-27.xml",
    DATA / "ofac" / "sdn_csv_2024-05-03" / "sdn.csv",
]
FIRST = [
    "Ivan",
    "Olga",
    "Aziz",
    "Dilnoza",
    "Rustam",
    "Farhod",
    "Wei",
    "Li",
    "Anna",
    "Maria",
    "John",
    "Ahmed",
    "Fatima",
    "Bakhyt",
    "Timur",
]
LAST = [
    "Petrov",
    "Smirnova",
    "Karimov",
    "Yusupova",
    "Tashkentov",
    "Chen",
    "Wang",
    "Garcia",
    "Novak",
    "Ibrahim",
    "Hasanov",
    "Orlov",
]


def typo(word: str, rng: random.Random) -> str:
    if len(word) < 4:
        return word
    i = rng.randrange(1, len(word) - 1)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def generate(listed: list[Listed], n: int, rng: random.Random) -> list[tuple[str, str, str, int]]:
    """(record_id, name, birth_date, planted entity index or -1): 1 in 10 planted."""
    people = [i for i, x in enumerate(listed) if x.entity.schema == "Person" and x.entity.names]
    rows = []
    for k in range(n):
        if k % 10 == 0:
            index = rng.choice(people)
            words = rng.choice(listed[index].entity.names).split()
            if rng.random() < 0.5:
                words.reverse()
            words[rng.randrange(len(words))] = typo(words[rng.randrange(len(words))], rng)
            dob = listed[index].entity.birth_dates
            birth = dob[0].start.isoformat() if dob and rng.random() < 0.5 else ""
            rows.append((f"gen:{k}", " ".join(words), birth, index))
        else:
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)} {rng.choice(LAST)}ovich"
            rows.append(
                (
                    f"gen:{k}",
                    name,
                    f"19{rng.randint(50, 99)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
                    -1,
                )
            )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--subjects", type=int, default=100_000)
    parser.add_argument("--index-names", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=2_000)
    args = parser.parse_args()
    rng = random.Random(7)
    report: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as folder:
        ws = open_workspace(Path(folder) / "bench.duckdb")
        for path in LISTS:
            load_list(ws, path)
        cfg = load_config()
        listed = load_listed(ws, latest_versions(ws), cfg)
        rows = generate(listed, args.subjects, rng)
        tsv = Path(folder) / "subjects.tsv"
        tsv.write_text("".join(f"{r[0]}\t{r[1]}\t{r[2]}\n" for r in rows), encoding="utf-8")
        ws.run(
            "bench: subjects",
            """INSERT INTO permits (record_id, permit_id, permit_type, name_latin,
            birth_date, load_id, source_file, source_row)
            SELECT c0, c0, 'work_permit', c1, TRY_CAST(c2 AS DATE), 1, 'gen', 0 FROM read_csv(?,
            delim='\t', header=false, quote='',
            columns={'c0':'VARCHAR','c1':'VARCHAR','c2':'VARCHAR'})""",
            [str(tsv)],
        )
        started = time.perf_counter()
        summary = screen_workspace(ws)
        report["screen_seconds"] = round(time.perf_counter() - started, 2)
        report["summary"] = summary.as_dict()
        report["listed_entities"] = len(listed)
        report["listed_names"] = sum(len(x.entity.names) for x in listed)
        subjects = load_subjects(ws, None)
        by_id = {s.record_id: i for i, s in enumerate(subjects)}
        pairs = candidate_pairs(ws, [s.entity for s in subjects], [x.entity for x in listed])
        found = {(s, e) for s, e in pairs}
        planted = [(by_id[r[0]], r[3]) for r in rows if r[3] >= 0]
        report["candidates_per_subject"] = round(len(pairs) / len(subjects), 2)
        report["candidate_recall_planted"] = round(
            sum(p in found for p in planted) / len(planted), 4
        )
        matched = {
            (r[0], r[1]) for r in ws.rows("m", "SELECT subject_id, entity_id FROM screen_matches")
        }
        hit = sum((subjects[s].record_id, listed[e].entity_id) in matched for s, e in planted)
        report["planted_found_at_threshold"] = round(hit / len(planted), 4)
        unlisted = {r[0] for r in rows if r[3] < 0}
        alerts = len({s for s, _ in matched if s in unlisted})
        report["unlisted_alert_rate"] = round(alerts / max(len(unlisted), 1), 5)
        ws.close()
    report["peak_rss_mb_after_screen"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    report.update(index_latency(listed, args.index_names, args.queries, rng))
    print(json.dumps(report, indent=2))


def index_latency(
    listed: list[Listed], size: int, queries: int, rng: random.Random
) -> dict[str, object]:
    """Grow the real lists to `size` names with generated people, then time single queries."""
    base = [x for x in listed if x.entity.names]
    grown = list(base)
    count = sum(len(x.entity.names) for x in base)
    k = 0
    while count < size:
        name = f"{rng.choice(FIRST)}{rng.randint(0, 999)} {rng.choice(LAST)}{rng.randint(0, 99999)}"
        grown.append(Listed(0, f"gen-{k}", "generated", EntityRecord("Person", [name])))
        count += 1
        k += 1
    started = time.perf_counter()
    index = NameIndex(grown)
    build = time.perf_counter() - started
    times = []
    for _ in range(queries):
        item = rng.choice(base)
        record = EntityRecord(item.entity.schema, [typo(rng.choice(item.entity.names), rng)])
        t0 = time.perf_counter()
        index.query(record, limit=10)
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return {
        "index_names": count,
        "index_build_seconds": round(build, 1),
        "query_ms_median": round(statistics.median(times), 3),
        "query_ms_p99": round(times[int(len(times) * 0.99) - 1], 3),
        "peak_rss_mb_with_index": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
    }


if __name__ == "__main__":
    main()
