"""A day's small ingest into a store that has grown: the CPU of ingesting a few new texts into folder stores that
already hold many, this checkout against a baseline checkout, side by side.

    .venv/bin/python bench/ingest_grown.py [--sizes 100,1000,3000] [--day 10] [--runs 3] [--baseline-ref main]

Texts: ``bench/ingest_bench.py``'s generator (the annotated texts renumbered), the first ones for the store, the last
``--day`` for the day's ingest. Each side builds its own stores with its own code (one ``ingest_paths`` call each, in
a child process), so that each store holds the records its code writes. Each run copies a store into a scratch folder
and ingests the day's texts into the copy in a child process, which reports the CPU time of the ingest (this process
and any worker it starts) and its wall time; runs alternate between the sides so that the machine's load falls on
both alike; the median of ``--runs`` is reported. ``--old`` adds a third column: this checkout ingesting into the
baseline's stores (records written by the older code), as an office that upgrades meets it on its first ingests.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from baseline import baseline_code  # (beside this file)
from ingest_bench import generate  # (beside this file)

ROOT = Path(__file__).resolve().parents[1]

BUILD = r"""
import sys
sys.path.insert(0, sys.argv[1])
from kg.ingest import ingest_paths
from kg.store import Store
store = Store.open(sys.argv[3])
summary = ingest_paths(store, [sys.argv[2]])
store.close()
print(summary.loaded)
"""

DAY = r"""
import json, os, sys, time
sys.path.insert(0, sys.argv[1])
from kg.ingest import ingest_paths
from kg.store import Store
import kg.ingest_twins as twins
spent, depth = [0.0], [0]
def timed(method):  # the CPU of the check for one article in several files, on both sides (a call within another once)
    def run(*args, **kwargs):
        c = time.process_time()
        depth[0] += 1
        try:
            return method(*args, **kwargs)
        finally:
            depth[0] -= 1
            if not depth[0]:
                spent[0] += time.process_time() - c
    return run
for name in ("same", "near", "add"):
    setattr(twins.Twins, name, timed(getattr(twins.Twins, name)))
store = Store.open(sys.argv[3])
def children():
    t = os.times()
    return t.children_user + t.children_system
t, c, k = time.perf_counter(), time.process_time(), children()
summary = ingest_paths(store, [sys.argv[2]])
wall, cpu = time.perf_counter() - t, time.process_time() - c + children() - k
store.close()
print(json.dumps({"wall": wall, "cpu": cpu, "twins": spent[0], "loaded": summary.loaded, "files": summary.files}))
"""


def child(script: str, code: Path, *args: str) -> str:
    out = subprocess.run([sys.executable, "-c", script, str(code), *args], capture_output=True, text=True,
                         env={**os.environ, "PYTHONPATH": str(code)})
    if out.returncode:
        raise SystemExit(f"the run of {code} failed:\n{out.stderr}")
    return out.stdout.strip().splitlines()[-1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="100,1000,3000", help="texts in the stores, comma-separated")
    ap.add_argument("--day", type=int, default=10, help="texts of the day's ingest")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--baseline-ref", default="main")
    ap.add_argument("--old", action="store_true", help="also this checkout into the baseline's stores")
    ap.add_argument("--stores", type=Path, default=None,
                    help="keep the built stores in this folder (store-ours-N, store-baseline-N) and use those found there")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory(prefix="ingest-grown-") as tmp:
        work = Path(tmp)
        texts = work / "texts"
        generate(max(sizes) + args.day, texts)
        names = sorted(p.name for p in texts.iterdir())
        day = work / "day"
        day.mkdir()
        for name in names[max(sizes):]:
            shutil.move(texts / name, day / name)
        sides = {"ours": ROOT, "baseline": baseline_code(args.baseline_ref, work / "baseline")}
        rows = []
        for size in sizes:
            folder = work / f"in{size}"
            folder.mkdir()
            for name in names[:size]:
                os.link(texts / name, folder / name)
            stores = {}
            for side, code in sides.items():
                stores[side] = (args.stores or work) / f"store-{side}-{size}"
                if not (stores[side] / "main").exists():
                    child(BUILD, code, str(folder), str(stores[side]))
            cases = {"ours": ("ours", "ours"), "baseline": ("baseline", "baseline")}
            if args.old:
                cases["ours, baseline's store"] = ("ours", "baseline")
            got: dict[str, list[dict]] = {case: [] for case in cases}
            for _ in range(args.runs):
                for case, (side, kept) in cases.items():
                    copy = work / "copy"
                    shutil.copytree(stores[kept], copy)
                    got[case].append(json.loads(child(DAY, sides[side], str(day), str(copy))))
                    shutil.rmtree(copy)
                    r = got[case][-1]
                    print(f"{size} texts, {case}: CPU {r['cpu']:.2f} s (the twins' check {r['twins']:.3f} s), "
                          f"wall {r['wall']:.2f} s, loaded {r['loaded']} "
                          f"of {r['files']}, load {os.getloadavg()[0]:.1f}", flush=True)
            rows.append((size, {case: (statistics.median(r["cpu"] for r in rs), statistics.median(r["wall"] for r in rs),
                                       statistics.median(r["twins"] for r in rs)) for case, rs in got.items()}))
    cases = list(rows[0][1])
    print("| texts in the store | " + " | ".join(f"{c}: CPU s (wall s), of which the twins' check" for c in cases) + " |")
    print("|---:|" + "---:|" * len(cases))
    for size, by in rows:
        print(f"| {size:,} | " + " | ".join(f"{by[c][0]:.2f} ({by[c][1]:.2f}), {by[c][2]:.3f}" for c in cases) + " |")
    print(f"(median of {args.runs} runs; {args.day} texts ingested; baseline `{args.baseline_ref}`; load average "
          f"{os.getloadavg()[0]:.1f})")


if __name__ == "__main__":
    main()
