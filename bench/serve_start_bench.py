"""How ``dkg serve`` starts on a store, as users run it: this checkout against a baseline checkout side by side.

    .venv/bin/python bench/serve_start_bench.py --store STORE [--runs 5] [--baseline-ref REF] [--memory]

Each run copies the folder store STORE (one that needs no upkeep: made and opened for writing by this checkout once
before), starts ``python -m kg --store COPY serve --port P`` in a process of its own (``DKG_LANG=en``), and notes, from
the moment it was started: when stderr's first line came (how long the user waits in silence), when the line saying
where it serves came, and when ``/sparql`` first answered ``ASK {}`` (asked every 0.1 s); then stops the server. The
sides alternate, so that the load of the shared machine falls on both alike.
"""
from __future__ import annotations

import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

from baseline import baseline_code  # (beside this file)

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def started(code: Path, store: Path, memory: bool) -> dict[str, float]:
    """Seconds from the start to the first line of stderr, to the line naming the address, to the first answer."""
    port = free_port()
    env = dict(os.environ, PYTHONPATH=str(code), DKG_LANG="en")
    env.pop("DKG_UPDATE_TOKEN", None)
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "kg", "--store", str(store), "serve", "--port", str(port),
                             *(["--memory"] if memory else [])], cwd=code, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    seen: dict[str, float] = {}

    def read() -> None:
        assert proc.stderr is not None
        for line in proc.stderr:
            now = time.perf_counter() - t0
            seen.setdefault("first line", now)
            if "serving at" in line:
                seen.setdefault("address said", now)
    threading.Thread(target=read, daemon=True).start()
    try:
        while "answered" not in seen:
            if proc.poll() is not None:
                raise SystemExit(f"dkg serve ended ({proc.returncode})")
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/sparql?query=ASK%7B%7D", timeout=5).read()
                seen["answered"] = time.perf_counter() - t0
            except OSError:
                time.sleep(0.1)
    finally:
        proc.terminate()
        proc.wait(timeout=60)
    time.sleep(0.2)  # (the reader's last lines)
    return seen


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--store", required=True, help="a folder store to copy for each run")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--baseline-ref", default="main", help="git ref of the baseline (default: %(default)s)")
    ap.add_argument("--memory", action="store_true", help="serve with --memory")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="serve-start-bench-") as tmp:
        work = Path(tmp)
        sides = {"ours": ROOT, "baseline": baseline_code(args.baseline_ref, work / "baseline")}
        results: dict[str, list[dict[str, float]]] = {name: [] for name in sides}
        for i in range(args.runs):
            for name, code in (sides.items() if i % 2 == 0 else reversed(sides.items())):
                store = work / f"store-{name}-{i}"
                shutil.copytree(args.store, store)
                seen = started(code, store, args.memory)
                shutil.rmtree(store)
                results[name].append(seen)
                print(f"{name}: " + ", ".join(f"{k} {v:.2f} s" for k, v in seen.items())
                      + f", load {os.getloadavg()[0]:.1f}", flush=True)
    keys = ("first line", "address said", "answered")
    print("| code | " + " | ".join(f"median s to {k}" for k in keys) + " | runs |")
    print("|---|" + "---:|" * len(keys) + "---:|")
    for name, rs in results.items():
        label = "this checkout" if name == "ours" else f"baseline `{args.baseline_ref}`"
        print(f"| {label} | " + " | ".join(f"{statistics.median(r[k] for r in rs):.2f}" for k in keys)
              + f" | {len(rs)} |")


if __name__ == "__main__":
    main()
