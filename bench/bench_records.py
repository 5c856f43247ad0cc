"""Time world generation and registry loading (figures for docs/benchmarks.md).

.venv/bin/python bench/bench_records.py [--scale 1.0] [--permits 1000000]
"""

from __future__ import annotations

import argparse
import csv
import shutil
import tempfile
import time
from pathlib import Path

from sanctionwatch.records import load_registry, load_registry_folder
from sanctionwatch.simulate import generate_world
from sanctionwatch.workspace import open_workspace


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--permits", type=int, default=1_000_000)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp())
    try:
        started = time.perf_counter()
        summary = generate_world(tmp / "world", seed=1, scale=args.scale)
        print(
            f"generate scale {args.scale}: {time.perf_counter() - started:.1f} s {summary.counts}"
        )
        ws = open_workspace(tmp / "ws.duckdb")
        started = time.perf_counter()
        loads = load_registry_folder(ws, tmp / "world" / "registry")
        rows = sum(s.rows_loaded for s in loads)
        print(f"load-dir scale {args.scale}: {time.perf_counter() - started:.1f} s, {rows:,} rows")
        source = tmp / "world" / "registry" / "permits.csv"
        big = tmp / "permits_big.csv"
        with source.open(encoding="utf-8") as src, big.open("w", encoding="utf-8") as out:
            reader = csv.reader(src)
            writer = csv.writer(out, lineterminator="\n")
            header = next(reader)
            body = list(reader)
            writer.writerow(header)
            for i in range(args.permits):
                row = list(body[i % len(body)])
                row[0] = f"B{i:08d}"
                writer.writerow(row)
        started = time.perf_counter()
        result = load_registry(ws, "permits", big)
        print(
            f"load {args.permits:,} permits: {time.perf_counter() - started:.1f} s "
            f"({result.rows_loaded:,} loaded, {result.rows_rejected} rejected)"
        )
        ws.close()
    finally:
        shutil.rmtree(tmp)


if __name__ == "__main__":
    main()
