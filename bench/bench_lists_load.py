"""Load time and peak memory of list loads: the largest real file, and a full-size sdn.xml.

No full OFAC sdn.xml could be had (shared/data/PROVENANCE.md), so one is generated in its
schema by replicating the entries of the real classic-XML consolidated file with new uids
(~18,000 entries, ~25 MB). Each load runs in a fresh subprocess so ru_maxrss is its own peak.

    .venv/bin/python bench/bench_lists_load.py [--entries 18000] [--shared ../shared]
"""

from __future__ import annotations

import argparse
import copy
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from lxml import etree

NS = "http://tempuri.org/sdnList.xsd"
CHILD = """
import json, resource, sys, time
from sanctionwatch.workspace import open_workspace
from sanctionwatch.lists import load_list
ws = open_workspace(sys.argv[2])
start = time.perf_counter()
summary = load_list(ws, sys.argv[1])
seconds = time.perf_counter() - start
peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": round(seconds, 2), "peak_mb": round(peak_mb),
                  "entities": summary.entity_count, "names": summary.name_count}))
"""


def generate_sdn_xml(source: Path, target: Path, entries: int) -> int:
    """Write an sdnList file with `entries` sdnEntry records copied from `source` (new uids)."""
    tree = etree.parse(str(source))
    originals = tree.getroot().findall(f"{{{NS}}}sdnEntry")
    with target.open("wb") as out:
        out.write(b'<?xml version="1.0" standalone="yes"?>\n')
        out.write(f'<sdnList xmlns="{NS}">\n'.encode())
        out.write(b"<publshInformation><Publish_Date>05/03/2024</Publish_Date>")
        out.write(f"<Record_Count>{entries}</Record_Count></publshInformation>\n".encode())
        for number in range(entries):
            entry = copy.deepcopy(originals[number % len(originals)])
            entry.find(f"{{{NS}}}uid").text = str(100000 + number)
            out.write(etree.tostring(entry))
            out.write(b"\n")
        out.write(b"</sdnList>\n")
    return target.stat().st_size


def measure(path: Path, folder: Path) -> dict[str, object]:
    db = folder / f"bench-{path.stem}.duckdb"
    db.unlink(missing_ok=True)
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(path), str(db)],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, object] = json.loads(done.stdout)
    result["file"] = str(path)
    result["mb"] = round(path.stat().st_size / 1e6, 1)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--entries", type=int, default=18000)
    parser.add_argument(
        "--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared"
    )
    args = parser.parse_args()
    data = args.shared / "data"
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        full = folder / "sdn_full_generated.xml"
        source = data / "ofac/consolidated_nonsdn_classic_xml_2018-04-06/consolidated.xml"
        generate_sdn_xml(source, full, args.entries)
        for path in (
            data / "ofac/sdn_csv_2024-05-03/sdn.csv",
            data / "un/UN_consolidated_2026-02-27.xml",
            full,
        ):
            print(json.dumps(measure(path, folder)))


if __name__ == "__main__":
    main()
