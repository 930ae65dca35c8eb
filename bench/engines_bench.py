"""The named queries on a second engine: the same quads in a folder store (embedded Oxigraph, what
`dkg query` reads) and on a Virtuoso server reached through ``--store URL`` (and, with
``--oxigraph-server``, on an Oxigraph server too), each query run by ``kg.queries.run`` with the
parameters of ``bench/run.py``; prints the medians and the ratio server / embedded.

    python bench/engines_bench.py --triples 1000000 [--runs 5] [--oxigraph-server [--oxigraph-load]] [--append]

The data is made by ``bench/generate.py``; the folder store by ``bulk_load`` plus the search
index; the very quads of that store (reference data and index included) are then sent to the
server by ``RemoteDataset.extend`` (or, with ``--virtuoso-bulk`` and ``--oxigraph-load``, written
as N-Quads and loaded by the server's own loader: Virtuoso's ``rdf_loader_run``, ``oxigraph load``
into the server's folder before it starts). Virtuoso is started by ``tests/virtuoso_server.py`` (a
throwaway database under ``bench/out``) and stopped at the end. Each query gets one warm-up run,
then ``--runs`` timed runs per engine, the engines taking turns. Row counts are compared; a query
an engine refuses is reported with its error. ``--append`` adds the table to ``bench/RESULTS.md``.
``--base REV`` also runs each query from revision REV's ``queries/`` (taken from git), the two
versions one after the other on the same loaded engines (a query whose file REV has alike is run
once): before and after a rewrite.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
import pyoxigraph as ox

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out" / "engines"
sys.path.insert(0, str(ROOT / "tests"))  # the Virtuoso starter of the tests

import virtuoso_server  # noqa: E402
from asof_compare import base_queries  # noqa: E402  (beside this file)

from kg import queries as Q  # noqa: E402
from kg.store import Store  # noqa: E402
from kg.store.remote import RemoteDataset  # noqa: E402

#: The parameters bench/run.py gives the named queries (kept in step by hand).
PARAMS = {"doc": "3-NQ/TW", "place": "Nghệ An", "q": "kế hoạch", "date": "2026-01-01"}
#: Quads a request of the load into a server carries.
CHUNK = 100_000


def generate(n: int) -> Path:
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"data-{n}.nq"
    if not path.exists():
        subprocess.run([sys.executable, str(HERE / "generate.py"), "--triples", str(n), "--seed", "1",
                        "--out", str(path), "--defects", "3"], check=True, cwd=ROOT, capture_output=True)
    return path


def folder_store(data: Path, reuse: bool) -> tuple[Path, list[ox.Quad]]:
    folder = OUT / f"folder-{data.stem}"
    if folder.exists() and not reuse:
        shutil.rmtree(folder)
    fresh = not folder.exists()
    store = Store.open(folder)
    if fresh:
        store.main.bulk_load(path=str(data), format=ox.RdfFormat.N_QUADS)
        store.rebuild_index()
    quads = list(store.main)
    store.close()
    return folder, quads


def fill_server(url: str, quads: list[ox.Quad], layout: str) -> float:
    dataset = RemoteDataset(url, layout=layout, timeout=3600)
    start = time.perf_counter()
    for i in range(0, len(quads), CHUNK):
        dataset.extend(quads[i: i + CHUNK])
    seconds = time.perf_counter() - start
    assert len(dataset) == len(quads), (len(dataset), len(quads))
    dataset.close()
    return seconds


def timed(store: Store, name: str, params: dict) -> tuple[float, int | str]:
    start = time.perf_counter()
    try:
        rows = len(Q.run(store, name, params).rows)
    except Exception as exc:  # an engine that refuses the query: reported, not fatal
        return float("nan"), f"error: {str(exc).splitlines()[0][:120]}"
    return time.perf_counter() - start, rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--oxigraph-server", action="store_true", help="also an Oxigraph server")
    ap.add_argument("--append", action="store_true", help="add the table to bench/RESULTS.md")
    ap.add_argument("--reuse-store", action="store_true", help="keep the folder store of an earlier run")
    ap.add_argument("--queries", default="", help="comma-separated named queries (default: all)")
    ap.add_argument("--virtuoso-bulk", action="store_true",
                    help="load Virtuoso with its bulk loader rather than through RemoteDataset.extend")
    ap.add_argument("--oxigraph-load", action="store_true",
                    help="load the Oxigraph server's folder with `oxigraph load` before it starts")
    ap.add_argument("--base", help="also run each query as the revision BASE has it (git), in turn with "
                                   "this checkout's, on the same engines: rows 'NAME (BASE)'")
    args = ap.parse_args(argv)
    base_dir = None
    if args.base:
        base_dir = base_queries(args.base, Path(tempfile.mkdtemp(prefix="dkg-base-")))

    data = generate(args.triples)
    t = time.perf_counter()
    folder, quads = folder_store(data, args.reuse_store)
    print(f"folder store: {len(quads)} quads in {time.perf_counter() - t:.1f} s", file=sys.stderr, flush=True)
    servers: dict[str, tuple[str, object]] = {}
    loads: dict[str, float] = {}
    vdir = OUT / "virtuoso"
    if vdir.exists():
        shutil.rmtree(vdir)
    virtuoso = virtuoso_server.start(vdir, buffers=100_000)
    stoppers = [virtuoso.stop]
    try:
        os.environ.update(virtuoso.environment())
        dump = vdir / "store.nq"  # (in the Virtuoso's folder: the only one its loader may read)
        if args.virtuoso_bulk or args.oxigraph_load:  # the same quads written as N-Quads
            ox.serialize(quads, output=str(dump), format=ox.RdfFormat.N_QUADS)
        if args.virtuoso_bulk:  # Virtuoso's own loader
            start = time.perf_counter()
            virtuoso_server.bulk_load(virtuoso, dump)
            loads["virtuoso (bulk loader)"] = time.perf_counter() - start
            dataset = RemoteDataset(virtuoso.url, layout="virtuoso")
            assert len(dataset) == len(quads), (len(dataset), len(quads))
            dataset.close()
        else:
            loads["virtuoso"] = fill_server(virtuoso.url, quads, "virtuoso")
        print(f"virtuoso: loaded {loads}", file=sys.stderr, flush=True)
        servers["virtuoso"] = (virtuoso.url, None)
        if args.oxigraph_server:
            from conftest import start_oxigraph_server

            location = OUT / "oxigraph-server"
            if location.exists():
                shutil.rmtree(location)
            if args.oxigraph_load:  # the server's own loader, into its folder before it starts
                exe = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
                start = time.perf_counter()
                subprocess.run([exe, "load", "--location", str(location), "--file", str(dump)], check=True,
                               capture_output=True)
                loads["oxigraph-server (oxigraph load)"] = time.perf_counter() - start
            proc, url = start_oxigraph_server(location)
            stoppers.append(lambda: (proc.terminate(), proc.wait(timeout=30)))
            os.environ["DKG_STORE_LAYOUT"] = "oxigraph"
            if args.oxigraph_load:
                dataset = RemoteDataset(url, layout="oxigraph")
                assert len(dataset) == len(quads), (len(dataset), len(quads))
                dataset.close()
            else:
                loads["oxigraph-server"] = fill_server(url, quads, "oxigraph")
            os.environ["DKG_STORE_LAYOUT"] = "virtuoso"
            servers["oxigraph-server"] = (url, None)
        stores = {"embedded": Store.open(folder)}
        for name, (url, _) in servers.items():
            stores[name] = Store.remote(url, layout="virtuoso" if name == "virtuoso" else "oxigraph")
            # a query may take longer than a client's 60 s here (the embedded store's coverage did)
            stores[name].main.client.timeout = httpx.Timeout(3600.0)
        rows = []
        only = {x for x in args.queries.split(",") if x}
        for q in Q.catalog():
            if only and q.name not in only:
                continue
            params = {p.name: PARAMS[p.name] for p in q.parameters
                      if p.name in PARAMS and (p.required or p.name == "date")}
            versions = {q.name: q.name}
            old = base_dir / f"{q.name}.rq" if base_dir is not None else None
            if old is not None and old.is_file() and old.read_bytes() != (ROOT / "queries" / old.name).read_bytes():
                versions[f"{q.name} ({args.base})"] = str(old)
            for label, query in versions.items():
                times: dict[str, list[float]] = {e: [] for e in stores}
                counts: dict[str, int | str] = {}
                for e, st in stores.items():  # the warm-up
                    counts[e] = timed(st, query, params)[1]
                for _ in range(args.runs):
                    for e, st in stores.items():
                        if not isinstance(counts[e], str):
                            times[e].append(timed(st, query, params)[0])
                med = {e: statistics.median(v) if v else float("nan") for e, v in times.items()}
                rows.append((label, med, counts))
                print(label, {e: f"{m * 1000:.1f} ms" for e, m in med.items()}, counts, file=sys.stderr, flush=True)
    finally:
        for stop in stoppers:
            stop()
    table = render(args, len(quads), loads, rows, list(stores))
    print(table)
    if args.append:
        with open(HERE / "RESULTS.md", "a", encoding="utf-8") as fh:
            fh.write("\n" + table)
    return 0


def render(args, n: int, loads: dict[str, float], rows, engines: list[str]) -> str:
    servers = [e for e in engines if e != "embedded"]
    out = ["## Named queries on a second engine (written by `bench/engines_bench.py`)", "",
           f"`python bench/engines_bench.py --triples {args.triples} --runs {args.runs}"
           f"{' --oxigraph-server' if args.oxigraph_server else ''}{' --oxigraph-load' if args.oxigraph_load else ''}"
           f"{' --virtuoso-bulk' if args.virtuoso_bulk else ''}`: {n:,} quads (the folder store's, "
           "reference data and search index included) in an embedded folder store and on "
           + ", ".join(servers) + " on loopback; median of "
           f"{args.runs} runs after a warm-up, the engines taking turns. Loading the quads into the server "
           "(`RemoteDataset.extend`, or the server's own loader where named): " + ", ".join(f"{e} {s:.0f} s" for e, s in loads.items()) + ".", "",
           "| query | rows (embedded) | embedded | " + " | ".join(f"{e} | ratio" for e in servers) + " |",
           "| --- | ---: | ---: | " + " | ".join("---: | ---:" for _ in servers) + " |"]
    for name, med, counts in rows:
        cells = [name, str(counts["embedded"]), _ms(med["embedded"])]
        for e in servers:
            if isinstance(counts[e], str):
                cells += [counts[e].replace("|", "/"), "-"]
                continue
            same = "" if counts[e] == counts["embedded"] else f" ({counts[e]} rows)"
            cells += [_ms(med[e]) + same, f"{med[e] / med['embedded']:.1f}×" if med["embedded"] > 0 else "-"]
        out.append("| " + " | ".join(cells) + " |")
    return "\n".join(out) + "\n"


def _ms(seconds: float) -> str:
    return "-" if seconds != seconds else f"{seconds * 1000:.1f} ms"


if __name__ == "__main__":
    raise SystemExit(main())
