"""Screening benchmark: N generated subjects against the UN XML and OFAC sdn.csv lists.

Usage: python bench/bench_matching_screen.py [--subjects 100000] [--index-names 1000000]
Reports wall time, peak memory (this process's RSS, and the process tree's PSS during the screen,
worker processes included), candidates per subject, candidate recall on planted subjects
(listed names with typos, reordering and shifted birth dates), alerts on unlisted people, and
one-query latency (median, p99) against an in-process index of --index-names names.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import tempfile
import threading
import time
from datetime import date, timedelta
from pathlib import Path

from bench_pipeline_scale import tree_pss_mb

from sanctionwatch.lists.store import load_list
from sanctionwatch.matching import NameIndex, screen_workspace
from sanctionwatch.matching.bulk import ListedIndex
from sanctionwatch.matching.config import load_config
from sanctionwatch.matching.entity import EntityRecord, entity_from_dict
from sanctionwatch.matching.evaluate import read_pairs
from sanctionwatch.matching.subjects import Listed, latest_versions, load_listed, load_subjects
from sanctionwatch.workspace import Workspace, open_workspace

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval" / "names-dev.jsonl"
LISTS = [
    DATA / "un" / "UN_consolidated_2026-02-27.xml",
    DATA / "ofac" / "sdn_csv_2024-05-03" / "sdn.csv",
]
# Ordinary people on no list, by nationality: (given names, surnames, patronymics or "").
PEOPLE = {
    "ru": (
        ["Ivan", "Sergei", "Olga", "Tatiana", "Dmitry", "Natalia", "Alexei", "Yelena"],
        ["Petrov", "Smirnova", "Ivanov", "Kuznetsova", "Sokolov", "Popova", "Lebedev"],
        ["Ivanovich", "Sergeyevna", "Petrovich", "Alexandrovna", "Nikolaevich"],
    ),
    "ru-korean": (
        ["Александр", "Виктор", "Ирина", "Денис", "Елена", "Сергей"],
        ["Ким", "Пак", "Цой", "Ли", "Хан", "Тен", "Югай"],
        ["Николаевич", "Робертович", "Сергеевна", "Владимирович"],
    ),
    "kr": (
        [
            "Min-jun",
            "Seo-yeon",
            "Ji-hoon",
            "Hyun-woo",
            "Eun-ji",
            "Dong-hyun",
            "Soo-jin",
            "Jae-won",
            "Young-ho",
            "Kyung-soo",
            "Hye-jin",
            "Sung-min",
        ],
        ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han"],
        [],
    ),
    "uz": (
        ["Aziz", "Rustam", "Farhod", "Dilnoza", "Bakhyt", "Timur", "Shavkat", "Gulnara"],
        ["Karimov", "Yusupova", "Rakhimov", "Tursunov", "Nazarova", "Saidov"],
        [],
    ),
    "cn": (
        ["Wei", "Na", "Jie", "Yang", "Fan", "Min", "Lei", "Xiaoming", "Jing"],
        ["Wang", "Li", "Zhang", "Liu", "Chen", "Huang", "Zhao", "Zhou"],
        [],
    ),
    "eg": (
        ["Ahmed", "Mohammed", "Omar", "Fatima", "Khaled", "Youssef", "Mona", "Tarek"],
        ["Haddad", "Saleh", "Nasser", "Khalil", "Mansour", "Hamdan", "Farouk", "Sabry"],
        [],
    ),
    "de": (
        ["John", "Maria", "Anna", "Peter", "Laura", "Michael", "Sophie", "Thomas"],
        ["Smith", "Garcia", "Novak", "Muller", "Rossi", "Martin", "Kowalski", "Weber"],
        [],
    ),
    "vn": (
        ["Van An", "Thi Lan", "Van Minh", "Thi Hoa", "Duc Anh"],
        ["Nguyen", "Tran", "Le", "Pham", "Hoang"],
        [],
    ),
}


class TreeMemory:
    """Samples this process tree's PSS (workers included, shared pages split) every 0.5 s."""

    def __init__(self) -> None:
        self.peak = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, tree_pss_mb(os.getpid()))
            self._stop.wait(0.5)

    def __enter__(self) -> TreeMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def typo(word: str, rng: random.Random) -> str:
    if len(word) < 4:
        return word
    i = rng.randrange(1, len(word) - 1)
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def shifted(birth: str, rng: random.Random) -> str:
    """A listed birth date as a registry may hold it: exact, days off, or the year only."""
    how = rng.random()
    if how < 0.5 or len(birth) < 10:
        return birth
    day = date.fromisoformat(birth)
    return (day + timedelta(days=rng.choice((-3, -1, 1, 2, 30)))).isoformat()


def ordinary(rng: random.Random) -> tuple[str, str]:
    country = rng.choice(list(PEOPLE))
    given, surnames, patronymics = PEOPLE[country]
    parts = [rng.choice(surnames), rng.choice(given)]
    if patronymics:
        parts.append(rng.choice(patronymics))
    elif rng.random() < 0.5:
        parts.reverse()
    return " ".join(parts), "ru" if country == "ru-korean" else country


def generate(
    listed: list[Listed], n: int, rng: random.Random
) -> list[tuple[str, str, str, str, int]]:
    """(record_id, name, birth_date, citizenship, planted entity index or -1): 1 in 10 planted."""
    people = [i for i, x in enumerate(listed) if x.entity.schema == "Person" and x.entity.names]
    rows = []
    for k in range(n):
        if k % 10 == 0:
            index = rng.choice(people)
            words = rng.choice(listed[index].entity.names).split()
            if rng.random() < 0.5:
                words.reverse()
            w = rng.randrange(len(words))
            words[w] = typo(words[w], rng)
            dob = listed[index].entity.birth_dates
            birth = shifted(dob[0].start.isoformat(), rng) if dob and rng.random() < 0.7 else ""
            rows.append((f"gen:{k}", " ".join(words), birth, "", index))
        else:
            name, country = ordinary(rng)
            birth = f"19{rng.randint(50, 99)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}"
            rows.append((f"gen:{k}", name, birth, country, -1))
    return rows


def workspace_with_lists(path: Path) -> Workspace:
    """A new workspace at `path` holding the benchmark's lists (UN XML, OFAC sdn.csv)."""
    ws = open_workspace(path)
    for source in LISTS:
        load_list(ws, source)
    return ws


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--subjects", type=int, default=100_000)
    parser.add_argument("--index-names", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=2_000)
    args = parser.parse_args()
    rng = random.Random(7)
    report: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as folder:
        ws = workspace_with_lists(Path(folder) / "bench.duckdb")
        cfg = load_config()
        listed = load_listed(ws, latest_versions(ws), cfg)
        rows = generate(listed, args.subjects, rng)
        tsv = Path(folder) / "subjects.tsv"
        tsv.write_text("".join(f"{r[0]}\t{r[1]}\t{r[2]}\t{r[3]}\n" for r in rows), encoding="utf-8")
        ws.run(
            "bench: subjects",
            """INSERT INTO permits (record_id, permit_id, permit_type, name_latin,
            birth_date, citizenship, load_id, source_file, source_row)
            SELECT c0, c0, 'work_permit', c1, TRY_CAST(c2 AS DATE), nullif(c3, ''), 1, 'gen', 0
            FROM read_csv(?, delim='\t', header=false, quote='',
            columns={'c0':'VARCHAR','c1':'VARCHAR','c2':'VARCHAR','c3':'VARCHAR'})""",
            [str(tsv)],
        )
        started = time.perf_counter()
        with TreeMemory() as memory:
            summary = screen_workspace(ws)
        report["screen_seconds"] = round(time.perf_counter() - started, 2)
        report["screen_process_tree_pss_mb_peak"] = round(memory.peak)
        report["summary"] = summary.as_dict()
        report["listed_entities"] = len(listed)
        report["listed_names"] = sum(len(x.entity.names) for x in listed)
        subjects = load_subjects(ws, None)
        by_id = {s.record_id: i for i, s in enumerate(subjects)}
        index = ListedIndex([x.entity for x in listed])
        planted = [(by_id[r[0]], r[4]) for r in rows if r[4] >= 0 and r[0] in by_id]
        report["planted_unscreenable"] = sum(r[4] >= 0 and r[0] not in by_id for r in rows)
        report["candidates_per_subject"] = round(summary.candidates / len(subjects), 2)
        report["candidate_recall_planted"] = round(
            sum(e in index.candidates(subjects[s].entity) for s, e in planted) / len(planted), 4
        )
        matched = {
            (r[0], r[1], r[2])
            for r in ws.rows("m", "SELECT subject_id, entity_id, list_name FROM screen_matches")
        }
        pairs = {(s, e) for s, e, _ in matched}
        hit = sum((subjects[s].record_id, listed[e].entity_id) in pairs for s, e in planted)
        report["planted_found_at_threshold"] = round(hit / len(planted), 4)
        unlisted = {r[0] for r in rows if r[4] < 0}
        for scope in ("all", "un-sc"):
            alerts = {s for s, _, lst in matched if s in unlisted and scope in ("all", lst)}
            report[f"unlisted_alert_rate_{scope}"] = round(len(alerts) / max(len(unlisted), 1), 5)
        report["eval_pairs_candidate_recall"] = eval_candidate_recall(listed)
        ws.close()
    report["peak_rss_mb_after_screen"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    report.update(index_latency(listed, args.index_names, args.queries, rng))
    print(json.dumps(report, indent=2))


def eval_candidate_recall(listed: list[Listed]) -> float:
    """Share of positive names-dev pairs whose b is a candidate for a, amid the real lists."""
    cfg = load_config()
    pairs = [p for p in read_pairs(EVAL) if p["label"] == 1]
    base = [x.entity for x in listed]
    extra = [entity_from_dict(p["b"], cfg.identifier_types) for p in pairs]
    index = ListedIndex(base + extra)
    found = 0
    for number, pair in enumerate(pairs):
        record = entity_from_dict(pair["a"], cfg.identifier_types)
        found += len(base) + number in index.candidates(record)
    return round(found / len(pairs), 4)


def grown_to(base: list[Listed], size: int, rng: random.Random) -> list[Listed]:
    """The listed entities and generated people, `size` names in all (names numbered apart)."""
    grown = list(base)
    count = sum(len(x.entity.names) for x in base)
    while count < size:
        given, surnames, _ = PEOPLE[rng.choice(list(PEOPLE))]
        name = (
            f"{rng.choice(given)}{rng.randint(0, 999)} {rng.choice(surnames)}{rng.randint(0, 9999)}"
        )
        grown.append(Listed(0, f"gen-{count}", "generated", EntityRecord("Person", [name])))
        count += 1
    return grown


def index_latency(
    listed: list[Listed], size: int, queries: int, rng: random.Random
) -> dict[str, object]:
    """Grow the real lists to `size` names with generated people, then time single queries."""
    base = [x for x in listed if x.entity.names]
    grown = grown_to(base, size, rng)
    count = sum(len(x.entity.names) for x in grown)
    started = time.perf_counter()
    index = NameIndex(grown)
    build = time.perf_counter() - started
    times = []
    found = 0
    for _ in range(queries):
        item = rng.choice(base)
        record = EntityRecord(item.entity.schema, [typo(rng.choice(item.entity.names), rng)])
        t0 = time.perf_counter()
        top = index.query(record, limit=10)
        times.append((time.perf_counter() - t0) * 1000)
        found += any(c.entity_id == item.entity_id for c in top)
    times.sort()
    return {
        "index_names": count,
        "index_build_seconds": round(build, 1),
        "query_ms_median": round(statistics.median(times), 3),
        "query_ms_p99": round(times[int(len(times) * 0.99) - 1], 3),
        "query_source_entity_in_top10": round(found / max(queries, 1), 4),
        "peak_rss_mb_with_index": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
    }


if __name__ == "__main__":
    main()
