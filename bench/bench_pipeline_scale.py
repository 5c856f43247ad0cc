"""Files to findings at scale: time and peak memory of each stage, each in its own process.

.venv/bin/python bench/bench_pipeline_scale.py --scale 10 --companies-scale 25 --dir /tmp/big

Generates the world once (kept in DIR/world; reused when present), then runs each stage
(lists + registries load, screen, persons, analyze) in a fresh subprocess on one workspace
file and reports its wall time and peak resident memory (ru_maxrss of the child). Scale 10 with
companies scale 25 is issue 5's target world: 1,000,000 permits, 500,000 companies and
~1,400,000 founder/director rows.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

STAGES = ("load", "screen", "persons", "analyze")
SAMPLE_EVERY = 0.5  # seconds between memory samples of the stage's process tree


def tree_pss_mb(root: int) -> float:
    """Proportional set size of `root` and all its descendants (shared pages split fairly, so
    forked workers sharing the parent's memory are not counted twice)."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
        except (OSError, IndexError, ValueError):
            continue
    total, todo = 0.0, [root]
    while todo:
        pid = todo.pop()
        todo.extend(children.get(pid, []))
        try:
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1]) / 1024
        except OSError:
            continue
    return total


def run_sampled(command: list[str]) -> tuple[subprocess.CompletedProcess[str], float]:
    """Run `command`, sampling its process tree's memory; return the result and the peak MB."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        process = subprocess.Popen(command, stdout=out, stderr=err, text=True)
        peak = 0.0
        while process.poll() is None:
            peak = max(peak, tree_pss_mb(process.pid))
            time.sleep(SAMPLE_EVERY)
        out.seek(0)
        err.seek(0)
        done = subprocess.CompletedProcess(command, process.returncode, out.read(), err.read())
    return done, peak


def run_stage(stage: str, world: Path, db: Path) -> dict[str, Any]:
    """Run one stage in this process (called in the child) and return what it did."""
    from sanctionwatch.workspace import open_workspace

    started = time.perf_counter()
    detail: dict[str, Any] = {}
    with open_workspace(db) as ws:
        if stage == "load":
            from sanctionwatch.lists import load_list
            from sanctionwatch.records import load_registry_folder

            load_list(ws, world / "lists" / "un_consolidated.xml")
            loads = load_registry_folder(ws, world / "registry")
            detail = {s.kind: s.rows_loaded for s in loads}
        elif stage == "screen":
            from sanctionwatch.matching import screen_workspace

            summary = screen_workspace(ws)
            detail = {k: v for k, v in vars(summary).items() if isinstance(v, int | float)}
        elif stage == "persons":
            from sanctionwatch.records import resolve_persons

            detail = resolve_persons(ws).as_dict()
        elif stage == "analyze":
            from sanctionwatch.rules import analyze

            truth = json.loads((world / "truth" / "world.json").read_text("utf-8"))
            result = analyze(ws, as_of=date.fromisoformat(truth["extract_date"]))
            detail = dict(result.counts_by_measure)
            detail["analyze_seconds"] = round(time.perf_counter() - started, 1)
            from sanctionwatch.findings import evaluate_findings

            scores = evaluate_findings(ws, world)
            by_measure = scores["by_measure"].values()
            detail["min_precision"] = min(m["precision"] for m in by_measure)
            detail["min_recall"] = min(m["recall"] for m in by_measure)
            detail["hard_negatives_flagged"] = len(scores["hard_negatives_flagged"])
    return {"seconds": round(time.perf_counter() - started, 1), "detail": detail}


def child(stage: str, world: Path, db: Path) -> None:
    result = run_stage(stage, world, db)
    result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    print(json.dumps(result, default=str))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", type=float, default=10.0)
    parser.add_argument("--companies-scale", type=float, default=25.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--dir", type=Path, default=Path("/tmp/sw-bench-scale"))
    parser.add_argument("--stages", nargs="+", default=list(STAGES), choices=STAGES)
    parser.add_argument("--child", choices=STAGES, help=argparse.SUPPRESS)
    args = parser.parse_args()
    world, db = args.dir / "world", args.dir / "ws.duckdb"
    if args.child:
        child(args.child, world, db)
        return
    if not (world / "truth" / "world.json").is_file():
        from sanctionwatch.simulate import generate_world

        started = time.perf_counter()
        summary = generate_world(
            world, seed=args.seed, scale=args.scale, companies_scale=args.companies_scale
        )
        seconds = time.perf_counter() - started
        print(f"generate: {seconds:.0f} s {summary.counts}")
    if "load" in args.stages:  # a fresh workspace; later stages alone reuse the existing one
        for stale in (db, db.with_suffix(".duckdb.wal")):
            stale.unlink(missing_ok=True)
    total = 0.0
    for stage in args.stages:
        command = [sys.executable, __file__, "--dir", str(args.dir), "--child", stage]
        done, tree_peak = run_sampled(command)
        if done.returncode:
            print(done.stdout, done.stderr, file=sys.stderr)
            raise SystemExit(f"stage {stage} failed")
        result = json.loads(done.stdout.strip().splitlines()[-1])
        total += result["seconds"]
        print(
            f"{stage:8s} {result['seconds']:7.1f} s  peak RSS {result['peak_rss_mb']:6d} MB, "
            f"process tree PSS {tree_peak:6.0f} MB  {result['detail']}"
        )
    print(f"total (files to findings): {total:.1f} s; workspace {db.stat().st_size >> 20} MB")
    if shutil.which("nproc"):
        print("cores:", subprocess.run(["nproc"], capture_output=True, text=True).stdout.strip())


if __name__ == "__main__":
    main()
