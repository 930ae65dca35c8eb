"""Web speed: /sparql under concurrent load, and the cascade view's render time in Chromium.

    .venv/bin/python bench/web_bench.py [--data FILE.nq] [--seconds 10] [--clients 1,4,16]
                                        [--nodes 200,2000,10000] [--skip-browser]

* The server runs in its own process (``uvicorn`` on a free 127.0.0.1 port, over the bundled
  dataset or ``--data``); this process is the load generator: ``--clients`` threads each send
  queries back to back for ``--seconds``; reported are requests/s and latency p50/p95/max.
* The cascade: a synthetic cascade of each size in ``--nodes`` is written as a standalone file
  and opened in headless Chromium (Debian's ``/usr/bin/chromium`` through Playwright); reported
  is the time from navigation to vis-network's first drawing, and the number of nodes drawn.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

QUERIES = {
    "ask": 'ASK { ?d <https://w3id.org/directive-kg/ontology#key> "46-NQ/TW" }',
    "select-20": "PREFIX dkg: <https://w3id.org/directive-kg/ontology#>\n"
                 "SELECT ?k ?date WHERE { ?d dkg:key ?k OPTIONAL { ?d dkg:dateIssued ?date } } "
                 "ORDER BY DESC(?date) LIMIT 20",
    "cascade": "PREFIX dkg: <https://w3id.org/directive-kg/ontology#>\n"
               "SELECT ?x WHERE { ?x dkg:implements+ ?d . ?d dkg:level "
               "<https://w3id.org/directive-kg/vocab/level/central> }",
}

SERVER = """
import sys, uvicorn
from kg.store import Store
from kg.rdf.files import parse_file
from kg.web import create_app
store = Store.bundled()
if sys.argv[2]:
    store.main.bulk_load(path=sys.argv[2]) if sys.argv[2].endswith('.nq') else store.main.extend(parse_file(sys.argv[2]))
uvicorn.run(create_app(store, query_timeout=30, row_cap=100000), host="127.0.0.1", port=int(sys.argv[1]),
            log_level="warning")
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(data: str | None) -> tuple[subprocess.Popen, str]:
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-c", SERVER, str(port), data or ""])
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        try:
            if httpx.get(url + "/sparql", timeout=2).status_code == 200:
                return proc, url
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("the server did not start")


def load(url: str, query: str, clients: int, seconds: float) -> dict:
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def worker():
        nonlocal errors
        with httpx.Client(timeout=60) as c:
            while time.monotonic() < stop:
                t = time.perf_counter()
                r = c.get(url + "/sparql", params={"query": query},
                          headers={"Accept": "application/sparql-results+json"})
                took = time.perf_counter() - t
                with lock:
                    latencies.append(took)
                    errors += r.status_code != 200

    threads = [threading.Thread(target=worker) for _ in range(clients)]
    start = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.monotonic() - start
    latencies.sort()
    return {
        "clients": clients, "requests": len(latencies), "errors": errors,
        "rps": round(len(latencies) / wall, 1),
        "p50_ms": round(1000 * statistics.median(latencies), 2) if latencies else None,
        "p95_ms": round(1000 * latencies[int(0.95 * (len(latencies) - 1))], 2) if latencies else None,
        "max_ms": round(1000 * latencies[-1], 2) if latencies else None,
    }


def synthetic(n: int):
    import networkx as nx

    levels = ("province", "district", "commune")
    g = nx.DiGraph()
    g.add_node(0, key="1-NQ/TW", level="central", type="NQ", date="2020-01-01")
    for i in range(1, n):
        g.add_node(i, key=f"{i}-KH/X", level=levels[i % 3], type=("KH", "CTr", "QĐ")[i % 3], place=f"Tỉnh {i % 63}",
                   date=f"202{i % 5}-{1 + i % 12:02d}-{1 + i % 28:02d}", issuer="Ban Thường vụ")
        g.add_edge(i, (i - 1) // 4, relation="implements")
    return g


def render_times(sizes: list[int]) -> list[dict]:
    import viz

    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    if not os.path.exists(chromium):
        return [{"skipped": "chromium is not installed"}]
    from playwright.sync_api import sync_playwright

    out = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        ctx = p.chromium.launch_persistent_context(
            os.path.join(tmp, "profile"), executable_path=chromium, headless=True,
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"],
            viewport={"width": 1400, "height": 900})
        for n in sizes:
            g = synthetic(n)
            t = time.perf_counter()
            html = viz.render_cascade(g)
            build = time.perf_counter() - t
            path = Path(tmp) / f"cascade-{n}.html"
            path.write_text(html, encoding="utf-8")
            page = ctx.new_page()
            t = time.perf_counter()
            page.goto(path.as_uri())
            page.wait_for_function("document.querySelector('.dkg-cascade[data-drawn]')", timeout=300_000)
            drawn_s = time.perf_counter() - t
            drawn = page.evaluate("() => window.dkgCascadeView.network.body.nodeIndices.length")
            t = time.perf_counter()
            page.evaluate("() => { const v = window.dkgCascadeView; v.network.moveTo({scale: 1.1}); v.network.redraw(); }")
            redraw_s = time.perf_counter() - t
            out.append({"nodes": n, "edges": g.number_of_edges(), "html_kb": len(html) // 1024,
                        "build_s": round(build, 3), "first_draw_s": round(drawn_s, 3),
                        "redraw_s": round(redraw_s, 3), "drawn": drawn})
            page.close()
        ctx.close()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", help="an extra .nq/.ttl file to load into the server's store")
    ap.add_argument("--seconds", type=float, default=10)
    ap.add_argument("--clients", default="1,4,16")
    ap.add_argument("--nodes", default="200,2000,10000")
    ap.add_argument("--skip-browser", action="store_true")
    args = ap.parse_args()

    result: dict = {"sparql": {}, "render": []}
    proc, url = start_server(args.data)
    try:
        for name, q in QUERIES.items():
            result["sparql"][name] = [load(url, q, int(c), args.seconds) for c in args.clients.split(",")]
            for row in result["sparql"][name]:
                print(f"/sparql {name:<10} {json.dumps(row)}", flush=True)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    if not args.skip_browser:
        result["render"] = render_times([int(n) for n in args.nodes.split(",")])
        for row in result["render"]:
            print(f"cascade    {json.dumps(row)}", flush=True)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
