"""``dkg load`` as users run it: a large generated file into a store that already holds data,
validation and index upkeep included, this checkout against a baseline checkout side by side.

    .venv/bin/python bench/cli_load_bench.py [--base 100k] [--batch 1M] [--runs 3]
                                             [--baseline-ref REF | --no-baseline] [--append]

Data: one file of ``base + batch`` statements from ``bench/generate.py --seed 1``, split in two
by node: the base takes the nodes (with the blank nodes under them) in the order the generator
writes them until it holds ``--base`` statements, the batch the rest. Two files generated apart
would not do: they give the same IRIs other dates and values, and the load is refused. The base
store is made once, by this checkout's ``dkg load`` of the base file into an empty folder (the
generator writes parents before the documents that implement them, so the base conforms); every
run loads the batch into a fresh copy of it, in its own process (``python -m kg --store COPY load
BATCH``, the command users type), and reports its wall time and peak resident memory (the
child's ``ru_maxrss``). The
baseline's code is ``git archive REF`` (``kg``, ``shapes``, ``ontology``, ``queries``) unpacked
into a temporary folder and run with the same interpreter. Runs alternate (ours, baseline, ours,
...) so that the load of the shared machine falls on both alike.

After each run the store is read back and fingerprinted: the number of quads per graph and a
digest of all quads in sorted N-Quads form, blank-node labels blanked (the engine renames them),
leaving out ``graph/changes`` (its change sets carry the time of the write). Both sides must give
the same fingerprint; the table says whether they did.
"""
from __future__ import annotations

import argparse
import datetime as _dt
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from baseline import baseline_code  # (beside this file)

ROOT = Path(__file__).resolve().parents[1]
SIZES = {"10k": 10_000, "100k": 100_000, "1M": 1_000_000}

#: The commit this benchmark was written against.
DEFAULT_BASELINE = "9e8ed62"

FINGERPRINT = r"""
import hashlib, json, re, sys
sys.path.insert(0, sys.argv[1])
from kg.store import Store
store = Store.open(sys.argv[2], create=False)
counts, lines = {}, []
blank = re.compile(r"_:\S+")
for q in store.main:
    g = q.graph_name.value if hasattr(q.graph_name, "value") else ""
    if g.endswith("/graph/changes"):
        continue
    counts[g] = counts.get(g, 0) + 1
    lines.append(blank.sub("_:", str(q)))
lines.sort()
digest = hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()[:16]
store.close()
by_kind = {}
for g, n in counts.items():
    kind = "source/*" if "/graph/source/" in g else g.rsplit("/", 1)[-1]
    by_kind[kind] = by_kind.get(kind, 0) + n
print(json.dumps({"quads": sum(counts.values()), "graphs": by_kind, "digest": digest}))
"""


_BLANK_OBJECT = re.compile(r"^(\S+) \S+ (_:\S+) \S+ \.$")


def split(whole: Path, base_n: int, base: Path, batch: Path) -> tuple[int, int]:
    """Split the N-Quads file ``whole`` (one statement a line, every line with a graph name) by
    node: a blank node goes with the node that points to it."""
    lines = whole.read_text(encoding="utf-8").splitlines(keepends=True)
    parent: dict[str, str] = {}
    for line in lines:
        if (m := _BLANK_OBJECT.match(line)) is not None:
            parent.setdefault(m[2], m[1])

    def root(node: str) -> str:
        while node.startswith("_:") and node in parent:
            node = parent[node]
        return node

    roots = [root(line.split(" ", 1)[0]) for line in lines]
    sizes: dict[str, int] = {}
    for r in roots:
        sizes[r] = sizes.get(r, 0) + 1
    chosen, total = set(), 0
    for r, n in sizes.items():  # (in the order of first appearance)
        if total >= base_n:
            break
        chosen.add(r)
        total += n
    with base.open("w", encoding="utf-8") as a, batch.open("w", encoding="utf-8") as b:
        for line, r in zip(lines, roots):
            (a if r in chosen else b).write(line)
    return total, len(lines) - total


def dkg(code: Path, store: Path, *args: str) -> tuple[float, float, int, str, float]:
    """Run ``dkg --store STORE ARGS`` with the code in ``code``: wall s, peak MiB, exit code, stderr
    tail, CPU s (user and system, all threads)."""
    env = dict(os.environ, PYTHONPATH=str(code))
    t = time.perf_counter()
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen([sys.executable, "-m", "kg", "--store", str(store), *args], cwd=code, env=env,
                                stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        wall = time.perf_counter() - t
        err.seek(0)
        tail = err.read().decode("utf-8", "replace").strip().splitlines()[-3:]
    return wall, usage.ru_maxrss / 1024, proc.returncode, " | ".join(tail), usage.ru_utime + usage.ru_stime


def fingerprint(store: Path) -> dict:
    out = subprocess.run([sys.executable, "-c", FINGERPRINT, str(ROOT), str(store)], check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--base", default="100k", help="statements already in the store (10k, 100k, 1M or a number)")
    ap.add_argument("--batch", default="1M", help="statements loaded (10k, 100k, 1M or a number)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--baseline-ref", default=DEFAULT_BASELINE, help="git ref of the baseline (default: %(default)s)")
    ap.add_argument("--no-baseline", action="store_true", help="run only this checkout")
    ap.add_argument("--work", default=None, help="folder for the data and stores, made if missing (default: a temporary one)")
    ap.add_argument("--append", action="store_true", help="add the table to bench/RESULTS.md")
    args = ap.parse_args()
    base_n, batch_n = (SIZES.get(x) or int(float(x)) for x in (args.base, args.batch))

    if args.work:  # a folder named that is not there yet is made, as the other benchmarks' --work is
        Path(args.work).mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="cli-load-bench-", dir=args.work) as tmp:
        work = Path(tmp)
        files = {"whole": work / "whole.nq", "base": work / "base.nq", "batch": work / "batch.nq"}
        subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), "--triples", str(base_n + batch_n),
                        "--seed", "1", "--out", str(files["whole"])], check=True, capture_output=True)
        base_n, batch_n = split(files["whole"], base_n, files["base"], files["batch"])
        files["whole"].unlink()
        base_store = work / "base-store"
        wall, peak, rc, tail, _ = dkg(ROOT, base_store, "load", str(files["base"]))
        if rc != 0:
            raise SystemExit(f"the base store could not be made: {tail}")
        print(f"base store: {base_n:,} statements loaded in {wall:.1f} s", flush=True)
        sides = {"ours": ROOT}
        if not args.no_baseline:
            sides["baseline"] = baseline_code(args.baseline_ref, work / "baseline")
        results: dict[str, list[dict]] = {name: [] for name in sides}
        for i in range(args.runs):
            for name, code in sides.items():
                store = work / f"store-{name}-{i}"
                shutil.copytree(base_store, store)
                wall, peak, rc, tail, cpu = dkg(code, store, "load", str(files["batch"]))
                r = {"wall": wall, "cpu": cpu, "peak": peak, "rc": rc, "tail": tail,
                     "load": os.getloadavg()[0], "print": fingerprint(store) if rc == 0 else None}
                shutil.rmtree(store)
                results[name].append(r)
                print(f"{name}: {wall:.2f} s wall, {cpu:.2f} s CPU, {peak:,.0f} MiB, load {r['load']:.1f}, "
                      f"exit {rc} ({tail[-160:]}); "
                      f"{r['print']}", flush=True)

    prints = {json.dumps(r["print"], sort_keys=True) for rs in results.values() for r in rs}
    lines = ["| code | median wall s | median CPU s | median peak MiB | exits | runs | quads after | load average |",
             "|---|---:|---:|---:|---|---:|---:|---|"]
    medians = {}
    for name, rs in results.items():
        wall = statistics.median(r["wall"] for r in rs)
        cpu = statistics.median(r["cpu"] for r in rs)
        peak = statistics.median(r["peak"] for r in rs)
        medians[name] = (wall, cpu, peak)
        label = "this checkout" if name == "ours" else f"baseline `{args.baseline_ref}`"
        quads = rs[0]["print"]["quads"] if rs[0]["print"] else "-"
        loads = [r["load"] for r in rs]
        lines.append(f"| {label} | {wall:.2f} | {cpu:.2f} | {peak:,.0f} | {sorted({r['rc'] for r in rs})} | {len(rs)} | "
                     f"{quads:,} | {min(loads):.1f}-{max(loads):.1f} |" if isinstance(quads, int) else
                     f"| {label} | {wall:.2f} | {cpu:.2f} | {peak:,.0f} | {sorted({r['rc'] for r in rs})} | {len(rs)} | - | "
                     f"{min(loads):.1f}-{max(loads):.1f} |")
    table = "\n".join(lines)
    if "baseline" in medians:
        (w0, c0, p0), (w1, c1, p1) = medians["baseline"], medians["ours"]
        table += (f"\n\nBaseline / this checkout: wall {w0 / w1:.1f}×, CPU {c0 / c1:.1f}×, peak memory {p0 / p1:.1f}×. "
                  f"Stores after the load: {'the same fingerprint on every run' if len(prints) == 1 else 'DIFFERENT fingerprints'}"
                  f" ({next(iter(prints)) if len(prints) == 1 else '; '.join(sorted(prints))}).")
    print(table)
    if args.append:
        cmd = " ".join(["bench/cli_load_bench.py", *sys.argv[1:]])
        section = (f"\n## `dkg load` into a non-empty store (written by `bench/cli_load_bench.py`)\n\n"
                   f"{_dt.date.today().isoformat()}, `.venv/bin/python {cmd}`: {batch_n:,} generated statements "
                   f"into a folder store of {base_n:,}, each run in its own process on a fresh copy of the "
                   f"store; shared machine (2 cores), 1-minute load average as each run ended.\n\n{table}\n")
        with open(ROOT / "bench" / "RESULTS.md", "a", encoding="utf-8") as f:
            f.write(section)


if __name__ == "__main__":
    main()
