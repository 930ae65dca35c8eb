"""The writer's cost of moving its log into tables as it goes (``kg.store.logflush``), side by side with it off.

    python bench/logflush_bench.py [--quads 100000] [--writes 25] [--runs 3]

A process that keeps a folder store open, as ``dkg serve`` does, writes ``--quads`` quads in ``--writes``
transactions (each a graph of its own replaced, under the 5,000 quads of a bulk write: the path a served
ingest's part of texts or a decision's write takes), then closes
the store; timed from the first write to the end of the close (which flushes what is left). The runs alternate:
the flush at its threshold (``logflush.LARGE``) and off (a threshold never reached, so the close moves the whole log).
Reported: the median seconds of each, and the ratio. Report the machine's load beside them: it is shared.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

WRITE = """
import sys, time
import pyoxigraph as ox
from kg.store import Store, logflush
folder, quads, writes, on = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4] == "on"
if not on:
    logflush.LARGE = 10 ** 15
ex = "http://example.org/logflush-bench/"
store = Store.open(folder)
each = quads // writes
flushes = []
real = logflush.wrote
logflush.wrote = lambda s, n: flushes.append(real(s, n)) or flushes[-1]
start = time.perf_counter()
for w in range(writes):
    graph = ox.NamedNode(f"{ex}g{w}")
    store.write_quads([ox.Quad(ox.NamedNode(f"{ex}s{w}-{i}"), ox.NamedNode(ex + "p"), ox.Literal(f"giá trị {i}"), graph)
                       for i in range(each)], graph)
wrote = time.perf_counter() - start
store.close()
print(wrote, time.perf_counter() - start, sum(flushes))
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quads", type=int, default=100_000)
    ap.add_argument("--writes", type=int, default=25)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    took: dict[str, list[tuple[float, float, int]]] = {"on": [], "off": []}
    with tempfile.TemporaryDirectory() as tmp:
        for run in range(args.runs):
            for mode in ("on", "off"):
                folder = Path(tmp) / f"{mode}-{run}"
                out = subprocess.run([sys.executable, "-c", WRITE, str(folder), str(args.quads), str(args.writes), mode],
                                     check=True, capture_output=True, text=True, cwd=tmp,
                                     env={**os.environ, "PYTHONPATH": str(ROOT)}).stdout.split()
                took[mode].append((float(out[0]), float(out[1]), int(out[2])))
                print(f"run {run + 1} flush {mode:<3}: writes {float(out[0]):.2f} s, with the close {float(out[1]):.2f} s, "
                      f"{out[2]} flushes (load average {os.getloadavg()[0]:.1f})", flush=True)
    on, off = (statistics.median(t[1] for t in took[m]) for m in ("on", "off"))
    print(f"median with the close: on {on:.2f} s, off {off:.2f} s, on / off {on / off:.3f}")


if __name__ == "__main__":
    main()
