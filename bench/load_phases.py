"""One ``dkg load`` with its phases timed, in the loading process and in the child that validates it,
and the floor beside it: the engine's own loader of the same file and the validation alone.

    .venv/bin/python bench/load_phases.py --store STORE BATCH [--floor] [--work DIR]

STORE is a folder store (say the base store ``bench/cli_load_bench.py`` makes; ``--work`` there keeps
its files), BATCH the file to load. The load runs as users type it (``python -m kg --store COPY load
BATCH``) on a copy of STORE. Timers are put around named functions of ``kg`` (:data:`LOADER`,
:data:`CHILD`) through a ``sitecustomize`` module on the path of both processes: for each call, the
wall clock, the process's CPU time (all its threads: the engine's workers too) and the CPU time of the
calling thread. A phase nested in another is indented under it. The timers cost a few microseconds a
call and the phases are called a few times each, so the load is the same load.

``--floor`` then times, each in its own process on another copy of STORE: the engine's bulk loader
reading BATCH itself (``pyoxigraph.Store.bulk_load``: no checks, no change set, no index), and the
validation alone (parse, then the shapes with the store's context, as the child runs them).
"""
from __future__ import annotations

import argparse
import atexit
import functools
import importlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

#: What is timed in the loading process (``module:function`` or ``module:Class.method``), in the
#: order a load reaches them.
LOADER = [
    "kg.store.loading:parsed_ahead", "kg.validate.batch:Apart.forked", "kg.store.loading:load_ahead",
    "kg.store.store:Store.open", "kg.store.store:Store.load_files", "kg.validate.batch:Apart.__init__",
    "kg.store.store:read_batch", "kg.store.store:Store.context_quads", "kg.validate.batch:Apart.context",
    "kg.store.writes:write_quads", "kg.store.batchindex:index_quads", "kg.store.textindex:added_affected",
    "kg.store.batchindex:described", "kg.store.taskcounts:assignments", "kg.store.taskcounts:grown_counts",
    "kg.store.textindex:entries_ahead", "kg.store.history:prepare", "kg.store.history:new_quads",
    "kg.store.payloads:draft_payload", "kg.validate.batch:Apart.report", "kg.store.payloads:write_payload",
    "kg.store.bulk:write", "kg.store.history:finish", "kg.store.textindex:refresh",
    "kg.store.taskcounts:write_counts", "kg.store.taskcounts:recount", "kg.store.store:Store.close",
    # (what a child forked from the loading process runs: it inherits these timers, not the CHILD list's)
    "kg.store.store:context_beside", "kg.validate.batch:validate", "kg.validate.batch:_framed",
]
#: What is timed in the validating child (its first ``_receive`` is the files' names, a second one the
#: context, waited for, where the child could not read it itself (``context_beside``); ``_framed`` is a
#: message sent: the context it read, then its report).
CHILD = ["kg.validate.batch:read_batch", "kg.store.store:context_beside", "kg.validate.batch:_receive",
         "kg.validate.batch:validate", "kg.validate.batch:_framed"]

SITE = """import sys
sys.path.insert(0, {bench!r})
import load_phases
load_phases.install()
"""


def install(loader: list[str] | None = None, child: list[str] | None = None) -> None:
    """Put the timers in this process (called by the ``sitecustomize`` this script writes): the
    loading process where ``DKG_PHASES_ROLE`` says ``loader``, then the child it starts. ``loader``
    and ``child`` name what is timed in each (default :data:`LOADER`, :data:`CHILD`; another script,
    ``bench/ingest_phases.py``, names its own). Each row holds the process id too: a forked child
    (an ingest's extracting worker) inherits the timers and writes rows of its own."""
    log, role = os.environ.get("DKG_PHASES_LOG"), os.environ.get("DKG_PHASES_ROLE")
    if not log or role not in ("loader", "child"):
        return
    if role == "loader":  # (the loading process is known by its id, which a restart with jemalloc keeps; a spawned
        # child, which inherits the environment, has another)
        if os.environ.setdefault("DKG_PHASES_LOADER", str(os.getpid())) != str(os.getpid()):
            role = "child"
    out = open(log, "a", buffering=1, encoding="utf-8")  # noqa: SIM115 - open for the process's life
    depth = threading.local()

    first = os.getpid()

    def write(row: dict) -> None:  # (a row of a forked child is the child's)
        out.write(json.dumps({"process": role if os.getpid() == first else "child", "pid": os.getpid(), **row}) + "\n")

    def timed(fn, name: str):
        @functools.wraps(fn)
        def call(*args, **kwargs):
            d = getattr(depth, "d", 0)
            depth.d = d + 1
            w0, c0, t0 = time.time(), time.process_time(), time.thread_time()
            try:
                return fn(*args, **kwargs)
            finally:
                depth.d = d
                write({"phase": name, "depth": d, "thread": threading.current_thread().name, "start": w0,
                       "wall": time.time() - w0, "cpu": time.process_time() - c0,
                       "thread_cpu": time.thread_time() - t0})
        return call

    write({"phase": "(started)", "at": time.time(), "cpu_at": time.process_time()})
    for spec in (loader or LOADER) if role == "loader" else (child or CHILD):
        module_name, attr = spec.split(":")
        module = importlib.import_module(module_name)
        short = f"{module_name.rsplit('.', 1)[-1]}.{attr}"
        if "." in attr:  # a method, replaced on its class (kept a classmethod where it is one)
            owner, method = attr.split(".")
            cls = getattr(module, owner)
            raw = cls.__dict__[method]
            setattr(cls, method, classmethod(timed(raw.__func__, short)) if isinstance(raw, classmethod)
                    else timed(raw, short))
            continue
        original = getattr(module, attr)
        wrapped = timed(original, short)
        for loaded in list(sys.modules.values()):  # every module of ``kg`` that imported it by name
            names = getattr(loaded, "__dict__", {})
            if getattr(loaded, "__name__", "").startswith("kg"):
                for key in [k for k, v in names.items() if v is original]:
                    names[key] = wrapped
    write({"phase": "(imported)", "at": time.time(), "cpu_at": time.process_time()})
    atexit.register(lambda: write({"phase": "(exit)", "at": time.time(), "cpu_at": time.process_time()}))


def run_timed(python: str, args: list[str], env: dict[str, str]) -> tuple[float, float, float, int, str]:
    """Run ``python ARGS``: wall s, CPU s of it and its children, peak MiB, exit code, stderr's tail."""
    t = time.perf_counter()
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen([python, *args], cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t
        err.seek(0)
        tail = " | ".join(err.read().decode("utf-8", "replace").strip().splitlines()[-2:])
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status), tail


def timed_env(work: Path, site: str) -> tuple[Path, dict[str, str]]:
    """The log file and the environment of a timed run: ``site`` (a ``sitecustomize`` calling
    :func:`install`) written into ``work`` and put first on the path."""
    (work / "site").mkdir()
    (work / "site" / "sitecustomize.py").write_text(site.format(bench=str(ROOT / "bench")), encoding="utf-8")
    log = work / "phases.jsonl"
    return log, dict(os.environ, PYTHONPATH=os.pathsep.join([str(work / "site"), str(ROOT)]),
                     DKG_PHASES_LOG=str(log), DKG_PHASES_ROLE="loader")


def table(rows: list[dict]) -> str:
    """The phases in the order they started, times from the loading process's start."""
    t0 = min(r["at"] for r in rows if r["process"] == "loader" and "at" in r)
    lines = ["| process | phase | start s | wall s | CPU s (process) | CPU s (calling thread) |",
             "|---|---|---:|---:|---:|---:|"]
    for r in sorted(rows, key=lambda r: r.get("start", r.get("at", 0))):
        if "at" in r:
            lines.append(f"| {r['process']} | {r['phase']} | {r['at'] - t0:.2f} | | (at {r['cpu_at']:.2f}) | |")
        else:
            pad = "&nbsp;&nbsp;" * r["depth"]
            lines.append(f"| {r['process']} | {pad}{r['phase']} | {r['start'] - t0:.2f} | {r['wall']:.2f} | "
                         f"{r['cpu']:.2f} | {r['thread_cpu']:.2f} |")
    return "\n".join(lines)


FLOOR_LOADER = """import sys, time, pyoxigraph as ox
store = ox.Store(sys.argv[1])
w, c = time.perf_counter(), time.process_time()
store.bulk_load(path=sys.argv[2])
store.flush()
print(f"the engine's bulk_load of the file: {time.perf_counter() - w:.2f} s wall, {time.process_time() - c:.2f} s CPU")
"""

FLOOR_VALIDATION = """import sys, time
from kg.store import Store
from kg.validate.batch import read_batch
from kg.validate.validation import validate
w, c = time.perf_counter(), time.process_time()
quads = read_batch([sys.argv[2]])
w1, c1 = time.perf_counter(), time.process_time()
store = Store.open(sys.argv[1], create=False)
context = store.context_quads(quads)
store.close()
w2, c2 = time.perf_counter(), time.process_time()
report = validate(quads, context=context, report_context=False)
w3, c3 = time.perf_counter(), time.process_time()
print(f"parse {w1 - w:.2f} s wall, {c1 - c:.2f} s CPU; (the context {w2 - w1:.2f} s wall, {c2 - c1:.2f} s CPU); "
      f"validation {w3 - w2:.2f} s wall, {c3 - c2:.2f} s CPU; conforms {report.conforms}")
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--store", required=True, help="a folder store, copied for each run")
    ap.add_argument("batch", help="the file loaded")
    ap.add_argument("--floor", action="store_true", help="also time the engine's loader and the validation alone")
    ap.add_argument("--work", default=None, help="folder for the copies (default: a temporary one)")
    args = ap.parse_args()
    batch = str(Path(args.batch).resolve())
    with tempfile.TemporaryDirectory(prefix="load-phases-", dir=args.work) as tmp:
        work = Path(tmp)
        log, env = timed_env(work, SITE)
        store = work / "store"
        shutil.copytree(args.store, store)
        wall, cpu, peak, rc, tail = run_timed(sys.executable, ["-m", "kg", "--store", str(store), "load", batch], env)
        print(f"dkg load: {wall:.2f} s wall, {cpu:.2f} s CPU (both processes), peak {peak:,.0f} MiB, exit {rc}, "
              f"load average {os.getloadavg()[0]:.1f} ({tail[-120:]})\n")
        print(table([json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()]))
        shutil.rmtree(store)
        if not args.floor:
            return
        plain = dict(os.environ, PYTHONPATH=str(ROOT))
        for name, script, folder in (("loader", FLOOR_LOADER, "main"), ("validation", FLOOR_VALIDATION, "")):
            shutil.copytree(args.store, store)
            out = subprocess.run([sys.executable, "-c", script, str(store / folder), batch], cwd=ROOT, env=plain,
                                 capture_output=True, text=True, check=True).stdout.strip()
            print(f"\nfloor, {name} alone (load average {os.getloadavg()[0]:.1f}): {out}")
            shutil.rmtree(store)


if __name__ == "__main__":
    main()
