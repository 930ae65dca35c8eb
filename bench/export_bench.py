"""The whole store's export (``Store.export``, what ``dkg export`` writes), this checkout against a baseline
checkout, side by side on the same store.

    .venv/bin/python bench/export_bench.py STORE [--runs 3] [--baseline-ref REF] [--format nq]

``STORE`` is a folder store made beforehand (e.g. ``dkg ingest`` of ``bench/ingest_bench.py``'s generated texts);
each run is a child process that opens it read-only and exports it into memory, reporting the CPU and wall time
of the export alone and a digest of the output's sorted lines, so that two sides that wrote different data do not
pass for the same work. The baseline's code is ``git archive REF`` unpacked into a temporary folder
(``bench/baseline.py``). Runs alternate (this checkout first in each pair); on a machine shared with other jobs,
read the CPU time.
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from baseline import baseline_code  # (beside this file)

ROOT = Path(__file__).resolve().parents[1]

CHILD = r"""
import hashlib, io, json, sys, time
sys.path.insert(0, sys.argv[1])
from kg.store import Store
store = Store.open(sys.argv[2], read_only=True)
out = io.BytesIO()
cpu, wall = time.process_time(), time.perf_counter()
store.export(sys.argv[3], out)
cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
lines = sorted(out.getvalue().splitlines())
print(json.dumps({"cpu": cpu, "wall": wall, "lines": len(lines),
                  "digest": hashlib.sha256(b"\n".join(lines)).hexdigest()[:16]}))
"""


def run(code: Path, store: str, fmt: str) -> dict:
    done = subprocess.run([sys.executable, "-c", CHILD, str(code), store, fmt], check=True, capture_output=True,
                          text=True, cwd=code)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("store")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--baseline-ref", default="main")
    ap.add_argument("--format", default="nq")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = baseline_code(args.baseline_ref, Path(tmp))
        sides: dict[str, list[dict]] = {"this checkout": [], args.baseline_ref: []}
        for i in range(args.runs):
            for name, code in (("this checkout", ROOT), (args.baseline_ref, base)):
                sides[name].append(run(code, args.store, args.format))
                r = sides[name][-1]
                print(f"pair {i + 1} {name}: {r['cpu']:.2f} s CPU, {r['wall']:.2f} s wall, {r['lines']} lines, "
                      f"digest {r['digest']}", flush=True)
    for name, runs in sides.items():
        print(f"median {name}: {statistics.median(r['cpu'] for r in runs):.2f} s CPU, "
              f"{statistics.median(r['wall'] for r in runs):.2f} s wall")


if __name__ == "__main__":
    main()
