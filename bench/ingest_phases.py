"""One ``dkg ingest`` of a batch of texts with its phases timed, in the ingesting process and in the
worker that extracts beside it, and the floor beside it: the engine's write of the same data and the
validation alone.

    .venv/bin/python bench/ingest_phases.py [--texts 1000 | --folder DIR] [--floor] [--work DIR]

The texts are ``bench/ingest_bench.py``'s (the same generator, the same texts for the same ``--texts``)
unless ``--folder`` names others. The ingest runs as users type it (``python -m kg --store NEW ingest
FOLDER``) into a new folder store, with the timers of ``bench/load_phases.py`` (its ``install``, given
the functions of :data:`MAIN`) in the ingesting process; the extracting worker is forked from it and
keeps them, so its rows come with its own process id. Rows are summed by phase (a text's build is
called a thousand times): calls, wall, CPU of the process (all its threads) and of the calling thread,
and when the phase first started and last ended, from the ingesting process's start. The two phases of
a batch: the first from ``_ingest_chunk``'s start to ``_ingest_batch``'s (the worker extracts, this
process builds each text as it comes and extracts the parts no worker has taken), the second
``_ingest_batch`` (validation, holding back, the write), which this process runs alone: it is the
critical path, with the first phase's own work and waits of this process.

``--floor`` then times, each in its own process: the engine's ``bulk_extend`` of the quads the
ingest wrote (the source graphs and the review queues, read back from the store) into a new folder
store, and the validation of the source graphs' quads alone (``validate_batch`` without a store, as
the first round of an ingest into a new store sees them).

``--cores`` also samples, every 10 ms, how many threads of the ingest's processes run or wait for a core
(``bench/cores.py``) and gives each part of the path the mean of them, the CPU of both processes in it, and
what that CPU would take on two free cores: where that mean stays near one, the second core is idle (a
loaded machine's wall says what the scheduler gave the run; the demand does not depend on it as much).
"""
from __future__ import annotations

import argparse
import contextlib
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from ingest_bench import generate  # (beside this file)
from cores import Sampler, window
from load_phases import run_timed, timed_env

ROOT = Path(__file__).resolve().parents[1]

#: What is timed in the ingesting process (and so in its forked worker), as ``load_phases.LOADER``.
MAIN = [
    "kg.store.store:Store.open", "kg.ingest:ingest_paths", "kg.ingest:_ingest_chunk",
    "kg.ingest:_read_and_extract_all", "concurrent.futures._base:Future.result", "kg.review.ledger:has_decisions",
    "kg.extracting:source_info", "kg.ingest:_built",
    "kg.review.workflow:Intake.__init__", "kg.rdf.build:build", "kg.ingest_texts:BatchText.__post_init__",
    "kg.rdf.resolve:DocumentResolver.note", "kg.ingest_texts:to_quads", "kg.rdf.resolve:DocumentResolver.outdated",
    "kg.review.ledger:earlier_versions", "kg.ingest:_ingest_batch", "kg.validate.batch:validate_batch",
    "kg.ingest_texts:BatchContext.context_quads", "kg.validate.validation:validate", "kg.ingest_texts:BatchText.hold_back",
    "kg.review.workflow:Intake.queue", "kg.store.store:Store.quarantine", "kg.store.store:Store.clear_quarantine",
    "kg.store.writes:write_quads", "kg.store.textindex:added_affected", "kg.store.batchindex:described",
    "kg.store.textindex:entries_ahead", "kg.store.textindex:index_subjects", "kg.store.taskcounts:assignments",
    "kg.store.writes:inferred_assignments", "kg.store.history:prepare_many", "kg.store.canonical:canonical",
    "kg.store.canonical:canonical_written", "kg.store.payloads:Draft.kept",
    "kg.store.payloads:write_payload", "kg.store.writes:replace_graphs", "kg.store.bulk:write",
    "kg.store.history:finish", "kg.store.textindex:affected", "kg.store.textindex:refresh",
    "kg.store.taskcounts:recount", "kg.store.store:Store.close",
    # (the write's lookups made while the batch is validated, in a thread of their own: where the code has them)
    "kg.store.lookahead:look", "kg.store.lookahead:Ahead.fitting",
]


def present(specs: list[str]) -> list[str]:
    """The functions of ``specs`` whose module the timed code has (a baseline may lack a newer one)."""
    return [s for s in specs if importlib.util.find_spec(s.split(":")[0]) is not None]

SITE = """import sys
sys.path.insert(0, {bench!r})
import ingest_phases, load_phases
load_phases.install(ingest_phases.present(ingest_phases.MAIN))
"""


def summed(rows: list[dict]) -> tuple[str, dict]:
    """The phases summed by process and name, in the order they first started: a Markdown table,
    and the figures the critical path is read from."""
    main_pid = next(r["pid"] for r in rows if r.get("phase") == "(started)")
    t0 = next(r["at"] for r in rows if r.get("phase") == "(started)")
    groups: dict[tuple[str, str], dict] = defaultdict(lambda: {"calls": 0, "wall": 0.0, "cpu": 0.0, "thread": 0.0,
                                                               "first": float("inf"), "last": 0.0, "depth": 99})
    marks: dict[str, dict] = {}
    for r in rows:
        who = "main" if r["pid"] == main_pid else "worker"
        if "at" in r:
            if who == "main":
                marks[r["phase"]] = r
            continue
        g = groups[(who, r["phase"])]
        g["calls"] += 1
        g["wall"] += r["wall"]
        g["cpu"] += r["cpu"]
        g["thread"] += r["thread_cpu"]
        g["first"] = min(g["first"], r["start"] - t0)
        g["last"] = max(g["last"], r["start"] + r["wall"] - t0)
        g["depth"] = min(g["depth"], r["depth"])
    lines = ["| process | phase | calls | from s | to s | wall s (sum) | CPU s (process) | CPU s (thread) |",
             "|---|---|---:|---:|---:|---:|---:|---:|"]
    for name, m in sorted(marks.items(), key=lambda kv: kv[1]["at"]):
        lines.append(f"| main | {name} | | {m['at'] - t0:.2f} | | | (at {m['cpu_at']:.2f}) | |")
    for (who, name), g in sorted(groups.items(), key=lambda kv: (kv[0][0] != "main", kv[1]["first"])):
        pad = "&nbsp;&nbsp;" * g["depth"]
        lines.append(f"| {who} | {pad}{name} | {g['calls']} | {g['first']:.2f} | {g['last']:.2f} | {g['wall']:.2f} | "
                     f"{g['cpu']:.2f} | {g['thread']:.2f} |")
    return "\n".join(lines), {"groups": {f"{w} {n}": g for (w, n), g in groups.items()}, "marks": marks, "t0": t0}


def critical_path(figures: dict, samples: list[tuple[float, int, float]] | None = None) -> str:
    """The ingesting process's wall time cut at the phases' edges, with its CPU in each; with ``samples``
    (``cores.Sampler``'s), the threads asking for a core in each part, and its wall on two free cores."""
    g, marks, t0 = figures["groups"], figures["marks"], figures["t0"]
    chunk, batch = g.get("main ingest._ingest_chunk"), \
        g.get("main ingest._ingest_batch")
    if not chunk or not batch:
        return "(no batch was timed)"
    start, exit_ = marks["(started)"], marks.get("(exit)")
    batch_start = batch["first"]
    write = g.get("main writes.write_quads", {"first": batch["last"], "cpu": 0.0, "wall": 0.0})
    # (a forked worker inherits the depth of the call it was forked in: its extraction is read by name)
    worker = g.get("worker ingest._read_and_extract_all", {"cpu": 0.0})["cpu"]
    waited = g.get("main _base.Future.result", {"wall": 0.0})["wall"]
    rows = [("start, imports, open", 0.0, chunk["first"]),
            ("first phase (extract, build)", chunk["first"], batch_start),
            ("second phase: validation and holding back, queues, quarantine", batch_start, write["first"]),
            ("second phase: the write", write["first"], batch["last"]),
            ("close and exit", batch["last"], (exit_["at"] - t0) if exit_ else batch["last"])]
    out = [f"- {name}: {b - a:.2f} s wall" + _asked(samples, t0 + a, t0 + b) for name, a, b in rows]
    out.append(f"- the ingesting process waited for the worker {waited:.2f} s (Future.result); the worker "
               f"extracted for {worker:.2f} s of its CPU; the ingesting process's CPU at exit "
               f"{exit_['cpu_at'] if exit_ else float('nan'):.2f} s (from {start['cpu_at']:.2f} at start)")
    if samples:  # (and the second phase's parts that its rows above do not cut apart)
        for name, key in (("validation", "main batch.validate_batch"), ("the data's bulk write", "main writes.replace_graphs")):
            if key in g:
                out.append(f"  - of it, {name}: {g[key]['last'] - g[key]['first']:.2f} s wall"
                           + _asked(samples, t0 + g[key]["first"], t0 + g[key]["last"]))
        whole = [w for _, a, b in rows if (w := window(samples, t0 + a, t0 + b)) is not None]
        cpu, free = sum(w.cpu for w in whole), sum(w.free_wall for w in whole)
        out.append(f"- in all: {cpu:.2f} s of CPU sampled; on two free cores about {free:.2f} s at the demand seen, "
                   f"{cpu / 2:.2f} s if both were busy from start to end")
    return "\n".join(out)


def _asked(samples: list[tuple[float, int, float]] | None, start: float, end: float) -> str:
    """What :func:`cores.window` says of a part of the path, as the end of its line."""
    w = window(samples, start, end) if samples else None
    return "" if w is None else (f"; {w.demand:.2f} threads asking for a core, {w.cpu:.2f} s CPU of both processes, "
                                 f"about {w.free_wall:.2f} s on two free cores")


FLOOR_WRITE = """import sys, time, pyoxigraph as ox
from kg.rdf.graphs import SOURCE_PREFIX
from kg.review.ledger import RECORD_PREFIX
src = ox.Store.read_only(sys.argv[1])
quads = [q for q in src if isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value.startswith((SOURCE_PREFIX, RECORD_PREFIX))]
dest = ox.Store(sys.argv[2])
w, c = time.perf_counter(), time.process_time()
dest.bulk_extend(quads)
dest.flush()
print(f"the engine's bulk_extend of {len(quads):,} quads: {time.perf_counter() - w:.2f} s wall, "
      f"{time.process_time() - c:.2f} s CPU")
"""

FLOOR_VALIDATION = """import sys, time, pyoxigraph as ox
from kg.rdf.graphs import SOURCE_PREFIX
from kg.validate import validate_batch
src = ox.Store.read_only(sys.argv[1])
quads = [q for q in src if isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value.startswith(SOURCE_PREFIX)]
w, c = time.perf_counter(), time.process_time()
report = validate_batch(quads).report
print(f"validation of {len(quads):,} quads: {time.perf_counter() - w:.2f} s wall, {time.process_time() - c:.2f} s CPU; "
      f"{len(report.violations)} results")
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--texts", type=int, default=1000, help="how many generated texts (as ingest_bench.py)")
    ap.add_argument("--folder", default=None, help="ingest this folder instead of generated texts")
    ap.add_argument("--floor", action="store_true", help="also time the engine's write and the validation alone")
    ap.add_argument("--cores", action="store_true", help="also sample the threads asking for a core (bench/cores.py)")
    ap.add_argument("--work", default=None, help="folder for the store and texts, made if missing (default: a temporary one)")
    args = ap.parse_args()
    if args.work:  # (a folder named for the run's files is made, not refused with a traceback)
        Path(args.work).mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="ingest-phases-", dir=args.work) as tmp:
        work = Path(tmp)
        texts = Path(args.folder).resolve() if args.folder else work / "texts"
        if not args.folder:
            generate(args.texts, texts)
        log, env = timed_env(work, SITE)
        store = work / "store"
        load = os.getloadavg()[0]
        with Sampler() if args.cores else contextlib.nullcontext() as sampler:
            wall, cpu, peak, rc, tail = run_timed(sys.executable, ["-m", "kg", "--store", str(store), "ingest",
                                                                   str(texts)], env)
        print(f"dkg ingest: {wall:.2f} s wall, {cpu:.2f} s CPU (both processes), peak {peak:,.0f} MiB, exit {rc}, "
              f"load average {load:.1f} before, {os.getloadavg()[0]:.1f} after ({tail[-120:]})\n")
        text, figures = summed([json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()])
        print(text + "\n\nThe ingesting process's path:\n" + critical_path(figures, sampler.samples if sampler else None))
        if not args.floor:
            return
        plain = dict(os.environ, PYTHONPATH=str(ROOT))
        for name, script in (("the data's write", FLOOR_WRITE), ("validation", FLOOR_VALIDATION)):
            out = subprocess.run([sys.executable, "-c", script, str(store / "main"), str(work / "floor")], cwd=ROOT,
                                 env=plain, capture_output=True, text=True, check=True).stdout.strip()
            print(f"\nfloor, {name} alone (load average {os.getloadavg()[0]:.1f}): {out}")


if __name__ == "__main__":
    main()
