"""What one ``/validate`` upload costs the server's own process, and the pages meanwhile.

    .venv/bin/python bench/validate_server_bench.py --repo DIR --store STORE FILE [FILE ...] [--port 8431]

Starts ``dkg serve`` of the code in ``--repo`` (this checkout, or a baseline snapshot made with ``git archive``)
on ``--store`` (a folder store, copied first so the run changes nothing), then posts each FILE to ``/validate``
(format from its extension) while a page (``/store.json``) is asked for every half second. For each file it
prints: the answer's status and seconds, the server process's own CPU seconds (user+sys) and its resident
memory before and at its highest during the check (sampled every 0.1 s from the process's status), its workers'
highest resident memory, the page's latencies meanwhile (median and worst), and the 1-minute load average.
Linux only (it reads the process table).
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

TYPES = {".ttl": "text/turtle", ".nt": "application/n-triples", ".jsonld": "application/ld+json"}
TICK = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK  # utime, stime


def resident_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def children(pid: int) -> list[int]:
    out = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            if parent == pid:
                out.append(int(entry.name))
    return out


def descendants(pid: int) -> list[int]:
    found, todo = [], [pid]
    while todo:
        for child in children(todo.pop()):
            found.append(child)
            todo.append(child)
    return found


def measure(url: str, pid: int, path: Path) -> dict:
    before_cpu, before_rss = cpu_seconds(pid), resident_mb(pid)
    peak = {"server": before_rss, "workers": 0.0}
    pages: list[float] = []
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            try:
                peak["server"] = max(peak["server"], resident_mb(pid))
                total = 0.0
                for child in descendants(pid):
                    try:
                        total = max(total, resident_mb(child))
                    except OSError:
                        pass
                peak["workers"] = max(peak["workers"], total)
            except OSError:
                pass
            time.sleep(0.1)

    def ask_pages() -> None:
        with httpx.Client(timeout=120) as client:
            while not done.is_set():
                started = time.monotonic()
                client.get(url + "/store.json")
                pages.append(time.monotonic() - started)
                done.wait(0.5)

    threads = [threading.Thread(target=sample), threading.Thread(target=ask_pages)]
    for t in threads:
        t.start()
    started = time.monotonic()
    with httpx.Client(timeout=600) as client:
        answer = client.post(url + "/validate", content=path.read_bytes(),
                             headers={"Content-Type": TYPES[path.suffix], "Accept": "application/json"})
    seconds = time.monotonic() - started
    done.set()
    for t in threads:
        t.join()
    return {"file": path.name, "status": answer.status_code, "seconds": round(seconds, 2),
            "answer": answer.text[:160].replace("\n", " "),
            "server_cpu": round(cpu_seconds(pid) - before_cpu, 2), "server_rss_before": round(before_rss),
            "server_rss_peak": round(peak["server"]), "worker_rss_peak": round(peak["workers"]),
            "page_median": round(statistics.median(pages), 3) if pages else None,
            "page_worst": round(max(pages), 3) if pages else None, "pages": len(pages),
            "load1": os.getloadavg()[0]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repo", required=True, help="a folder holding kg/ (this checkout or a baseline snapshot)")
    parser.add_argument("--store", required=True, help="a folder store (copied before the server opens it)")
    parser.add_argument("--port", type=int, default=8431)
    parser.add_argument("files", nargs="+", type=Path)
    args = parser.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="validate-bench-"))
    store = scratch / "store"
    shutil.copytree(args.store, store)
    env = {**os.environ, "PYTHONPATH": str(Path(args.repo).resolve()), "DKG_MALLOC": "system"}
    server = subprocess.Popen([sys.executable, "-m", "kg", "--store", str(store), "serve", "--port", str(args.port)],
                              env=env, cwd=scratch, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{args.port}"
    try:
        for _ in range(600):
            try:
                if httpx.get(url + "/store.json", timeout=5).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        time.sleep(2)  # the workers' start
        for path in args.files:
            print(measure(url, server.pid, path), flush=True)
    finally:
        server.terminate()
        server.wait(30)
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
