"""What recording change sets (kg.store.history) costs a load and a SPARQL update.

    python bench/history_bench.py --triples 50000 [--runs 2]

Generates the data with ``bench/generate.py``, then loads it into a fresh folder store and sends
one small SPARQL update, with the history recorded and with it switched off, the two kinds of
child process taking turns so that they share the machine's load. Prints the median of each.
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent

CHILD = """
import sys, time
import kg.store.history as history
from kg.store import Store
data, folder, mode = sys.argv[1:4]
if mode == "off":
    history.is_recorded = lambda store: False
store = Store.open(folder)
start = time.perf_counter()
store.load_files([data], force=True)
load = time.perf_counter() - start
start = time.perf_counter()
store.update('INSERT DATA { GRAPH <urn:bench:g> { <urn:bench:a> <urn:bench:p> "v" } }')
update = time.perf_counter() - start
store.close()
print(load, update)
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--triples", type=int, default=50_000)
    ap.add_argument("--runs", type=int, default=2)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data.nq"
        subprocess.run([sys.executable, str(HERE / "generate.py"), "--triples", str(args.triples), "--seed", "7",
                        "--out", str(data)], check=True, capture_output=True)
        times: dict[str, list[tuple[float, float]]] = {"on": [], "off": []}
        for run in range(args.runs):
            for mode in ("on", "off"):
                out = subprocess.run([sys.executable, "-c", CHILD, str(data), str(Path(tmp) / f"{mode}-{run}"), mode],
                                     check=True, capture_output=True, text=True).stdout.split()
                times[mode].append((float(out[0]), float(out[1])))
        for mode, runs in times.items():
            load = statistics.median(t[0] for t in runs)
            update = statistics.median(t[1] for t in runs)
            print(f"history {mode:<3}  load {load:7.2f} s   one small update {update * 1000:9.1f} ms   ({len(runs)} runs)")


if __name__ == "__main__":
    main()
