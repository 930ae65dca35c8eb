"""``dkg reason`` on a store whose inferences an earlier version's rules drew, as users run it: this checkout against a
baseline checkout side by side.

    .venv/bin/python bench/reason_stale_bench.py [--triples 100k] [--runs 5] [--baseline-ref REF] [--work DIR]

Data: ``bench/generate.py --seed 1`` at ``--triples`` statements, loaded by this checkout's ``dkg load`` into an empty
folder and reasoned over (``dkg reason``); then the rules' stamp beside ``graph/inferred`` is replaced by one naming
other rules (what a store reasoned over by an earlier version holds) and a fifth of the inferences removed (so that the
redraw has triples to write). Every run copies that store and runs ``python -m kg --store COPY reason`` in its own
process (whole-process timing: wall, CPU of all threads, peak resident memory), alternating the two sides so that the
load of the shared machine falls on both alike. After each run ``graph/inferred`` is read back (read-only: an open for
writing would draw again what the baseline's stamp names) and fingerprinted, its count and a digest of its quads; both
sides must give the same.
"""
from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

import pyoxigraph as ox

from baseline import baseline_code  # (beside this file)
from cli_load_bench import dkg  # (beside this file: wall, peak, exit, stderr's tail, CPU of one command)

ROOT = Path(__file__).resolve().parents[1]
SIZES = {"10k": 10_000, "100k": 100_000, "1M": 1_000_000}
INFERRED = ox.NamedNode("https://w3id.org/directive-kg/graph/inferred")
INDEX = ox.NamedNode("https://w3id.org/directive-kg/graph/index")


def made_stale(store: Path) -> int:
    """Stamp the inferences of ``store`` as other rules' and remove a fifth of them; how many are left."""
    main = ox.Store(str(store / "main"))
    for q in list(main.quads_for_pattern(INFERRED, None, None, INDEX)):
        main.remove(q)
        main.add(ox.Quad(q.subject, q.predicate, ox.Literal("drawn by rules of-an-earlier-version"), q.graph_name))
    for q in list(main.quads_for_pattern(None, None, None, INFERRED))[::5]:
        main.remove(q)
    main.flush()
    left = sum(1 for _ in main.quads_for_pattern(None, None, None, INFERRED))
    del main
    return left


def fingerprint(store: Path) -> str:
    main = ox.Store.read_only(str(store / "main"))
    lines = sorted(str(q) for q in main.quads_for_pattern(None, None, None, INFERRED))
    del main
    return f"{len(lines):,} inferred, {hashlib.sha256(chr(10).join(lines).encode()).hexdigest()[:12]}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--triples", default="100k", help="statements in the store (10k, 100k, 1M or a number)")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--baseline-ref", default="main", help="git ref of the baseline (default: %(default)s)")
    ap.add_argument("--work", default=None, help="folder for the data and stores (default: a temporary one)")
    args = ap.parse_args()
    n = SIZES.get(args.triples) or int(float(args.triples))
    if args.work:
        Path(args.work).mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="reason-stale-bench-", dir=args.work) as tmp:
        work = Path(tmp)
        data = work / "data.nq"
        subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), "--triples", str(n), "--seed", "1",
                        "--out", str(data)], check=True, capture_output=True)
        base = work / "base-store"
        for command in (("load", str(data)), ("reason",)):
            _, _, rc, tail, _ = dkg(ROOT, base, *command)
            if rc != 0:
                raise SystemExit(f"the base store could not be made ({command[0]}): {tail}")
        print(f"base store: {n:,} statements, {made_stale(base):,} inferences left under another stamp", flush=True)
        sides = {"ours": ROOT, "baseline": baseline_code(args.baseline_ref, work / "baseline")}
        results: dict[str, list[dict]] = {name: [] for name in sides}
        for i in range(args.runs):
            for name, code in (sides.items() if i % 2 == 0 else reversed(sides.items())):
                store = work / f"store-{name}-{i}"
                shutil.copytree(base, store)
                wall, peak, rc, tail, cpu = dkg(code, store, "reason")
                r = {"wall": wall, "cpu": cpu, "peak": peak, "rc": rc, "load": os.getloadavg()[0],
                     "print": fingerprint(store) if rc == 0 else tail}
                shutil.rmtree(store)
                results[name].append(r)
                print(f"{name}: {wall:.2f} s wall, {cpu:.2f} s CPU, {peak:,.0f} MiB, load {r['load']:.1f}, exit {rc}, "
                      f"{r['print']}", flush=True)
    lines = ["| code | median wall s | median CPU s | median peak MiB | exits | runs | load average |",
             "|---|---:|---:|---:|---|---:|---|"]
    medians = {}
    for name, rs in results.items():
        medians[name] = tuple(statistics.median(r[k] for r in rs) for k in ("wall", "cpu", "peak"))
        loads = [r["load"] for r in rs]
        label = "this checkout" if name == "ours" else f"baseline `{args.baseline_ref}`"
        lines.append(f"| {label} | {medians[name][0]:.2f} | {medians[name][1]:.2f} | {medians[name][2]:,.0f} | "
                     f"{sorted({r['rc'] for r in rs})} | {len(rs)} | {min(loads):.1f}-{max(loads):.1f} |")
    prints = {r["print"] for rs in results.values() for r in rs}
    (w0, c0, p0), (w1, c1, p1) = medians["baseline"], medians["ours"]
    print("\n".join(lines))
    print(f"\nBaseline / this checkout: wall {w0 / w1:.2f}x, CPU {c0 / c1:.2f}x, peak memory {p0 / p1:.2f}x. "
          f"graph/inferred after the command: {'the same on every run' if len(prints) == 1 else 'DIFFERENT'} "
          f"({'; '.join(sorted(prints))}).")


if __name__ == "__main__":
    main()
