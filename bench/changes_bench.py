"""What ``/changes`` costs as a store's history grows: its first page, and a filter that keeps one old change set.

    .venv/bin/python bench/changes_bench.py [--sets 200,2000] [--runs 3] [--baseline-ref main]

For each size in ``--sets`` a folder store is made with that many change sets, each a small SPARQL update adding a
plan (so each is one item of the page). Then this checkout and the baseline (``git archive REF``, ``bench/baseline.py``)
take turns, each in a process of its own over the same store opened read-only: the page ``/changes`` (through the
app, template included) and ``/changes.json?doc=KEY`` of the second oldest plan (a filter that passes over the whole
history). Reported: the median wall time of ``--runs`` requests after a warm-up, and the ratio baseline / this. Report
the machine's load beside them: it is shared."""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from baseline import baseline_code  # noqa: E402

BUILD = """
import sys
from kg.store import Store
folder, count = sys.argv[1], int(sys.argv[2])
dkg = "https://w3id.org/directive-kg/ontology#"
store = Store.open(folder)
for i in range(1, count + 1):
    store.update(f'INSERT DATA {{ GRAPH <https://w3id.org/directive-kg/graph/asserted> {{ '
                 f'<https://w3id.org/directive-kg/id/doc/bench{i}> a <{dkg}Plan> ; <{dkg}key> "{i}-KH/TU" }} }}')
store.close()
"""

TIME = """
import sys, time
from fastapi.testclient import TestClient
from kg.store import Store
from kg.web import create_app
folder, runs = sys.argv[1], int(sys.argv[2])
store = Store.open(folder, read_only=True)
web = TestClient(create_app(store))
for path in ("/changes", "/changes.json?doc=2-KH/TU"):
    assert web.get(path).status_code == 200
    took = []
    for _ in range(runs):
        start = time.perf_counter()
        web.get(path)
        took.append(time.perf_counter() - start)
    print(path, sorted(took)[len(took) // 2])
store.close()
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", default="200,2000")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--baseline-ref", default="main")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = baseline_code(args.baseline_ref, Path(tmp) / "baseline")
        for count in (int(n) for n in args.sets.split(",")):
            folder = str(Path(tmp) / f"store-{count}")
            subprocess.run([sys.executable, "-c", BUILD, folder, str(count)], check=True, cwd=tmp,
                           env={"PYTHONPATH": str(ROOT), "PATH": ""})
            times: dict[str, dict[str, list[float]]] = {"this": {}, "baseline": {}}
            for _ in range(2):  # (the two take turns, so that they share the machine's load)
                for name, code in (("this", ROOT), ("baseline", base)):
                    # (run from the temporary folder: `python -c` puts its working folder first on the path, where
                    # this checkout's kg would shadow the baseline's)
                    out = subprocess.run([sys.executable, "-c", TIME, folder, str(args.runs)], check=True, cwd=tmp,
                                         capture_output=True, text=True, env={"PYTHONPATH": str(code), "PATH": ""}).stdout
                    for line in out.splitlines():
                        path, took = line.rsplit(" ", 1)
                        times[name].setdefault(path, []).append(float(took))
            for path in times["this"]:
                ours, theirs = (statistics.median(times[n][path]) for n in ("this", "baseline"))
                print(f"{count:>6} change sets  {path:<28} this {ours * 1000:8.1f} ms   {args.baseline_ref} "
                      f"{theirs * 1000:8.1f} ms   ratio {theirs / ours:6.2f}")


if __name__ == "__main__":
    main()
