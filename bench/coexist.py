"""Does an in-memory Oxigraph store slow down a folder store in the same process?

Found while measuring `dkg serve --memory`: inside a process that holds the copy in memory, the
folder store answers `search` about twice as slowly as in a process of its own. This probe makes
that measurable on any folder store left by ``bench/run.py``:

    python bench/coexist.py bench/out/stores/1M bench/out/1000000.nq

It times one named query on the folder store (median of ``--runs`` after a warm-up), then loads
the N-Quads file into an unrelated in-memory store, times the same query on the folder store
again, drops the memory store and times it a third time. Only the folder store is queried.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pyoxigraph as ox  # noqa: E402

from kg import queries as kq  # noqa: E402
from kg.store.store import Store  # noqa: E402


def p50(store: Store, sparql: str, bindings: dict, runs: int) -> float:
    times = []
    for _ in range(runs + 1):  # the first run is a warm-up
        start = time.perf_counter()
        for _row in kq.execute(store, sparql, bindings):
            pass
        times.append(time.perf_counter() - start)
    return statistics.median(times[1:])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("store", help="a folder store (bench/out/stores/SIZE)")
    ap.add_argument("nquads", help="an N-Quads file to load into the in-memory store beside it")
    ap.add_argument("--query", default="search")
    ap.add_argument("--param", action="append", default=[],
                    help="k=v, as for `dkg query -p` (default for search: q=kế hoạch)")
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    store = Store.open(args.store, create=False)
    params = dict(p.split("=", 1) for p in args.param) or ({"q": "kế hoạch"} if args.query == "search" else {})
    sparql, bindings, _ = kq.prepare(store, kq.get(args.query), params)
    alone = p50(store, sparql, bindings, args.runs)
    beside = ox.Store()
    beside.bulk_load(path=args.nquads, format=ox.RdfFormat.N_QUADS)
    with_memory = p50(store, sparql, bindings, args.runs)
    quads = len(beside)
    del beside
    after = p50(store, sparql, bindings, args.runs)
    print(f"{args.query} on the folder store, p50 of {args.runs}: alone {alone * 1000:.1f} ms; "
          f"with an in-memory store of {quads:,} quads in the process {with_memory * 1000:.1f} ms; "
          f"after dropping it {after * 1000:.1f} ms")


if __name__ == "__main__":
    main()
