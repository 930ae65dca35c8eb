"""A reader's first answer beside a writer that keeps the store open after much written through transactions.

A writer process (``Store.open``) draws a store's inferences again ``--redraws`` times, ``--inferences`` quads each
(what every write of a store that holds inferences does at its end, the way ``dkg serve`` runs writes), then stays
open; a reader process then opens the store read-only and counts its quads, and its time to that answer is measured
(the engine's read-only open replays the writer's log where it was never moved into tables: ``kg.store.logflush``).
This checkout and ``--baseline-ref`` take turns, each in processes of its own, on stores of their own.

    python bench/reader_beside_writer.py --inferences 100000 --redraws 3 --runs 3 --baseline-ref main
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from baseline import ROOT, baseline_code

WRITER = """
import sys
import pyoxigraph as ox
from kg.store import Store
folder, n, times = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
store = Store.open(folder)
for t in range(times):
    store.replace_inferred(ox.Quad(ox.NamedNode(f"http://example.org/b/s{i}"), ox.NamedNode("http://example.org/b/p"),
                                   ox.Literal(f"round {t} value {i}"), ox.DefaultGraph()) for i in range(n))
print("written", flush=True)
sys.stdin.readline()
store.close()
"""

READER = """
import sys, time
from kg.store import Store
start = time.perf_counter()
store = Store.open(sys.argv[1], read_only=True)
count = len(store)
print(f"{time.perf_counter() - start:.3f} {count}")
store.close()
"""


def one(code: Path, folder: Path, inferences: int, redraws: int) -> tuple[float, float]:
    env = {**os.environ, "PYTHONPATH": str(code)}
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(folder), str(inferences), str(redraws)], env=env,
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "written"
        logs = sum(f.stat().st_size for f in (folder / "main").glob("*.log")) / 1e6
        started = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", READER, str(folder)], env=env, check=True, capture_output=True,
                             text=True).stdout.split()
        wall = time.perf_counter() - started
        print(f"  {code.name}: open+count {float(out[0]):.2f} s in the reader, {wall:.2f} s wall, "
              f"{out[1]} quads, logs on disk {logs:.0f} MB", flush=True)
        return float(out[0]), wall
    finally:
        if writer.stdin is not None:
            writer.stdin.write("\n")
            writer.stdin.close()
        writer.wait()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--inferences", type=int, default=100_000)
    ap.add_argument("--redraws", type=int, default=3)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--baseline-ref", default="main")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = baseline_code(args.baseline_ref, Path(tmp) / "baseline")
        codes = {"this": ROOT, args.baseline_ref: base}
        times: dict[str, list[float]] = {name: [] for name in codes}
        for run in range(args.runs):
            for name, code in codes.items():
                folder = Path(tmp) / f"{name}-{run}"
                times[name].append(one(code, folder, args.inferences, args.redraws)[0])
        for name, seen in times.items():
            print(f"{name}: median {statistics.median(seen):.2f} s ({', '.join(f'{s:.2f}' for s in seen)})")


if __name__ == "__main__":
    main()
