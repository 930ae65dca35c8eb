"""Load on the endpoint: many clients on /sparql and the named queries, with runaway queries mixed in.

    .venv/bin/python bench/load_bench.py [--store FOLDER | --data FILE.nq] [--clients 8,32]
                                         [--runaways 2] [--seconds 20] [--timeout 10] [--doc KEY]
                                         [--workers 4] [--slice 0.5] [--ask-after 6,12 --trials 3]
                                         [--append]

* The server runs in its own process (``uvicorn`` on a free 127.0.0.1 port) over a folder store
  (``--store``), a folder store made from an N-Quads file (``--data``, e.g. the output of
  ``bench/generate.py``), or the bundled dataset. Nothing leaves the loopback interface.
* Each client thread sends from its own loopback address (127.0.0.2, 127.0.0.3, ...), as
  separate machines would, so the per-client limits apply to each; it sends requests back to
  back for ``--seconds``, cycling through a mix of /sparql queries and named queries.
* ``--runaways`` more clients send cartesian products that cannot finish within the time limit
  (``--timeout``): they must get 503 at the limit and must not make the others fail.
* Reported per run: requests/s, p50 and p99 latency, and the errors of the ordinary clients
  (any status but 200), then what the runaway clients got. ``--append`` adds the table to
  ``bench/RESULTS.md``.
* ``--ask-after K,...`` runs another scenario instead (issue 15): K runaway queries at once, each
  from a client address of its own, then, half a second later, ``ASK {}`` from one more client;
  reported per K: how long the ASK took in each of ``--trials`` trials (the runaways of a trial
  are answered before the next one starts), and what the runaways got.

The run is bounded: every client stops after ``--seconds`` and every request has a client-side
timeout of the server's limit plus a minute.
"""

from __future__ import annotations

import argparse
import os
import platform
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path
from urllib.parse import quote

import httpx

ROOT = Path(__file__).resolve().parent.parent

def sparql_mix(doc: str) -> dict[str, str]:
    key = '"' + doc.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return {
        "ask": f"ASK {{ ?d <https://w3id.org/directive-kg/ontology#key> {key} }}",
        "select-20": "PREFIX dkg: <https://w3id.org/directive-kg/ontology#>\n"
                     "SELECT ?k ?date WHERE { ?d dkg:key ?k OPTIONAL { ?d dkg:dateIssued ?date } } "
                     "ORDER BY DESC(?date) LIMIT 20",
        "implementers": "PREFIX dkg: <https://w3id.org/directive-kg/ontology#>\n"
                        f"SELECT ?d ?k WHERE {{ ?c dkg:key {key} . ?d dkg:implements ?c ; dkg:key ?k }} LIMIT 50",
    }


def named_mix(doc: str) -> list[str]:
    return ["/queries/search.json?q=nong+dan&limit=20", "/queries/document.json?doc=" + quote(doc, safe="")]


RUNAWAY = ("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i "
           "FILTER(STRLEN(CONCAT(STR(?c), STR(?f), STR(?i))) < 0) }")

SERVER = """
import sys, uvicorn
from kg.store import Store
from kg.web import create_app
location, port, timeout = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
workers, first_slice = int(sys.argv[4]), float(sys.argv[5])
store = Store.open(location, create=False) if location else Store.bundled()
options = {"query_slice": first_slice} if first_slice >= 0 else {}  # -1: the app's default
uvicorn.run(create_app(store, query_timeout=timeout, query_workers=workers, **options), host="127.0.0.1",
            port=port, log_level="warning")
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(location: str, timeout: float, workers: int = 4,
                 first_slice: float = -1) -> tuple[subprocess.Popen, str]:
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-c", SERVER, location, str(port), str(timeout), str(workers),
                             str(first_slice)])
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 900
    while time.monotonic() < deadline:
        try:
            if httpx.get(url + "/sparql", params={"query": "ASK {}"}, timeout=5).status_code == 200:
                return proc, url
        except httpx.HTTPError:
            time.sleep(0.5)
        if proc.poll() is not None:
            break
    proc.kill()
    raise SystemExit("the server did not start")


def requests_mix(doc: str) -> list[tuple[str, dict | None]]:
    mix: list[tuple[str, dict | None]] = [("/sparql", {"query": q}) for q in sparql_mix(doc).values()]
    mix += [(path, None) for path in named_mix(doc)]
    return mix


def answer(response: httpx.Response) -> int | str:
    """The status, with the error's kind when it is not 200 (``503 timeout``: a query stopped at
    its limit; ``503 busy``: no worker free in time or the queue full; ``429 too-many-requests``)."""
    if response.status_code == 200:
        return 200
    try:
        kind = response.json().get("error")
    except ValueError:
        kind = None
    return f"{response.status_code} {kind}" if kind else response.status_code


def run(url: str, clients: int, runaways: int, seconds: float, timeout: float, doc: str) -> dict:
    latencies: list[float] = []
    statuses: Counter = Counter()
    runaway_statuses: Counter = Counter()
    runaway_times: list[float] = []
    lock = threading.Lock()
    stop = time.monotonic() + seconds
    mix = requests_mix(doc)

    def client(index: int) -> None:
        transport = httpx.HTTPTransport(local_address=f"127.0.0.{2 + index}")
        with httpx.Client(transport=transport, timeout=timeout + 60) as c:
            i = index
            while time.monotonic() < stop:
                path, params = mix[i % len(mix)]
                i += 1
                t = time.perf_counter()
                try:
                    status = answer(c.get(url + path, params=params))
                except httpx.HTTPError as exc:
                    status = type(exc).__name__
                took = time.perf_counter() - t
                with lock:
                    latencies.append(took)
                    statuses[status] += 1

    def runaway(index: int) -> None:
        transport = httpx.HTTPTransport(local_address=f"127.0.1.{2 + index}")
        with httpx.Client(transport=transport, timeout=timeout + 60) as c:
            while time.monotonic() < stop:
                t = time.perf_counter()
                try:
                    status = answer(c.get(url + "/sparql", params={"query": RUNAWAY}))
                except httpx.HTTPError as exc:
                    status = type(exc).__name__
                with lock:
                    runaway_statuses[status] += 1
                    runaway_times.append(time.perf_counter() - t)

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    threads += [threading.Thread(target=runaway, args=(i,)) for i in range(runaways)]
    start = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.monotonic() - start
    latencies.sort()
    ok = statuses.get(200, 0)
    return {
        "clients": clients, "runaways": runaways, "seconds": round(wall, 1), "requests": len(latencies),
        "rps": round(len(latencies) / wall, 1),
        "p50_ms": round(1000 * statistics.median(latencies), 1) if latencies else None,
        "p99_ms": round(1000 * latencies[int(0.99 * (len(latencies) - 1))], 1) if latencies else None,
        "errors": len(latencies) - ok, "error_kinds": dict((k, v) for k, v in statuses.items() if k != 200),
        "runaway_answers": dict(runaway_statuses),
        "runaway_max_s": round(max(runaway_times), 2) if runaway_times else None,
    }


def ask_after_runaways(url: str, runaways: int, trials: int, timeout: float) -> dict:
    """``runaways`` runaway queries at once from as many client addresses, then ``ASK {}`` from
    another one: the seconds the ASK took in each trial, and what the runaways got."""
    asks: list[float] = []
    ask_statuses: Counter = Counter()
    runaway_statuses: Counter = Counter()

    def runaway(index: int) -> int | str:
        transport = httpx.HTTPTransport(local_address=f"127.0.2.{2 + index}")
        with httpx.Client(transport=transport, timeout=timeout * (runaways + 2) + 60) as c:
            try:
                return answer(c.get(url + "/sparql", params={"query": RUNAWAY}))
            except httpx.HTTPError as exc:
                return type(exc).__name__

    for _ in range(trials):
        results: list[int | str] = []
        threads = [threading.Thread(target=lambda i=i: results.append(runaway(i))) for i in range(runaways)]
        for t in threads:
            t.start()
        time.sleep(0.5)
        with httpx.Client(transport=httpx.HTTPTransport(local_address="127.0.3.2"), timeout=timeout + 60) as c:
            t0 = time.perf_counter()
            try:
                status = answer(c.get(url + "/sparql", params={"query": "ASK {}"}))
            except httpx.HTTPError as exc:
                status = type(exc).__name__
            asks.append(round(time.perf_counter() - t0, 2))
        ask_statuses[status] += 1
        for t in threads:
            t.join()
        runaway_statuses.update(results)
    return {"runaways": runaways, "ask_s": asks, "ask_answers": dict(ask_statuses),
            "runaway_answers": dict(runaway_statuses)}


def prepare(args) -> tuple[str, str, tempfile.TemporaryDirectory | None]:
    """(store folder or "" for the bundled dataset, its description, a temporary folder to remove)."""
    if args.store:
        return args.store, f"folder store {args.store}", None
    if args.data:
        import pyoxigraph as ox

        from kg.store import Store

        tmp = tempfile.TemporaryDirectory(prefix="dkg-load-bench-")
        store = Store.open(Path(tmp.name) / "store")
        store.main.bulk_load(path=args.data, format=ox.RdfFormat.N_QUADS)
        store.rebuild_index()
        quads = len(store.main)
        store.close()
        return str(Path(tmp.name) / "store"), f"{Path(args.data).name} ({quads:,} quads, folder store)", tmp
    return "", "the bundled dataset", None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--store", help="a folder store to serve")
    ap.add_argument("--data", help="an N-Quads file to load into a temporary folder store")
    ap.add_argument("--clients", default="8,32")
    ap.add_argument("--runaways", type=int, default=2)
    ap.add_argument("--seconds", type=float, default=20)
    ap.add_argument("--timeout", type=float, default=10.0, help="the server's query time limit")
    ap.add_argument("--doc", default="46-NQ/TW", help="a document key the data holds (4-NQ/TW in generated data)")
    ap.add_argument("--workers", type=int, default=4, help="the server's query workers")
    ap.add_argument("--slice", type=float, default=-1, help="the server's first slice (default: the app's)")
    ap.add_argument("--ask-after", help="the ASK-after-runaways scenario, for these numbers of runaway clients")
    ap.add_argument("--trials", type=int, default=3, help="trials per number of runaway clients (--ask-after)")
    ap.add_argument("--append", action="store_true", help="append the table to bench/RESULTS.md")
    args = ap.parse_args()

    location, what, tmp = prepare(args)
    rows = []
    proc, url = start_server(location, args.timeout, args.workers, args.slice)
    try:
        for k in (int(k) for k in args.ask_after.split(",")) if args.ask_after else ():
            load_before = os.getloadavg()[0]
            row = ask_after_runaways(url, k, args.trials, args.timeout)
            row["load_average"] = f"{load_before:.1f}-{os.getloadavg()[0]:.1f}"
            rows.append(row)
            print(row, flush=True)
        for clients in (int(c) for c in args.clients.split(",")) if not args.ask_after else ():
            load_before = os.getloadavg()[0]
            row = run(url, clients, args.runaways, args.seconds, args.timeout, args.doc)
            row["load_average"] = f"{load_before:.1f}-{os.getloadavg()[0]:.1f}"
            rows.append(row)
            print(row, flush=True)
    finally:
        proc.terminate()
        proc.wait(timeout=60)
        if tmp is not None:
            tmp.cleanup()
    if args.append:
        (append_ask if args.ask_after else append)(rows, what, args)


def append(rows: list[dict], what: str, args) -> None:
    lines = ["", "## /sparql under load with runaway queries (written by `bench/load_bench.py`)", "",
             f"Machine: {os.cpu_count()} logical cores, {platform.system()} {platform.release()}, Python "
             f"{platform.python_version()}. Data: {what}. Server: `create_app` defaults (4 query workers) and a "
             f"time limit of {args.timeout:g} s; each ordinary client sends, from its own loopback address, a mix "
             f"of {len(sparql_mix(args.doc))} /sparql queries and {len(named_mix(args.doc))} named queries (document "
             f"{args.doc}) back to back for "
             f"{args.seconds:g} s; the runaway clients send cartesian products that cannot finish. "
             "Errors are the ordinary clients' answers other than 200.", "",
             "| clients | runaway clients | requests/s | p50 | p99 | errors | runaway answers | longest runaway answer | load average |",
             "|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        lines.append(f"| {r['clients']} | {r['runaways']} | {r['rps']} | {r['p50_ms']} ms | {r['p99_ms']} ms | "
                     f"{r['errors']} {r['error_kinds'] or ''} | {r['runaway_answers']} | {r['runaway_max_s']} s | "
                     f"{r['load_average']} |")
    with open(ROOT / "bench" / "RESULTS.md", "a", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


def append_ask(rows: list[dict], what: str, args) -> None:
    lines = ["", "## ASK {} after K runaway queries from K clients (written by `bench/load_bench.py --ask-after`)", "",
             f"Machine: {os.cpu_count()} logical cores, {platform.system()} {platform.release()}, Python "
             f"{platform.python_version()}, shared (load average before-after each row below). Data: {what}. "
             f"Server: {args.workers} query workers, a time limit of {args.timeout:g} s, first slice "
             f"{'the default' if args.slice < 0 else f'{args.slice:g} s'}. K runaway queries (cartesian products) "
             "at once, each from its own loopback address, then ASK {} from another one 0.5 s later; "
             f"{args.trials} trials per K.", "",
             "| K runaway clients | ASK answered after (s, each trial) | ASK answers | runaway answers | load average |",
             "|---|---|---|---|---|"]
    for r in rows:
        lines.append(f"| {r['runaways']} | {', '.join(f'{t:.2f}' for t in r['ask_s'])} | {r['ask_answers']} | "
                     f"{r['runaway_answers']} | {r['load_average']} |")
    with open(ROOT / "bench" / "RESULTS.md", "a", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
