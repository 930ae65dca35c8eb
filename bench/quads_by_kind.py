"""What a store's quads are: counted by named graph, by the kind of their subject and by predicate, so that
a change of what an ingest writes is measured where it falls (the change log left out).

    .venv/bin/python bench/quads_by_kind.py STORE [--top 80]

The kind of a subject is read from its IRI: the segment after ``/id/`` (``doc``, ``body``, ``task``,
``evidence``, ...; ``fact`` and ``review`` with the segment after it), with its fragment for the nodes an
evidence is made of (``evidence#target``, ``evidence#quote``, ``evidence#position``); a graph by the segment
after ``/graph/`` (``source``, ``review/source``, ``index``, ``reference``). Opens the store as ``dkg`` does
(``PYTHONPATH`` chooses whose code).
"""
from __future__ import annotations

import argparse
import collections
import re

from kg.store import Store


def kind(subject) -> str:
    s = str(subject).strip("<>")
    if "#" in s:
        base, fragment = s.rsplit("#", 1)
        return re.sub(r"/[^/]*$", "", base).split("/id/")[-1][:40] + "#" + fragment
    m = re.search(r"/id/([^/]+)(?:/([^/]+))?", s)
    if m:
        return m.group(1) + ("/" + m.group(2) if m.group(1) in ("fact", "review") and m.group(2) else "")
    return s[:50]


def graph(name) -> str:
    g = str(name).strip("<>")
    m = re.search(r"/graph/([^/]+)(?:/([^/]+))?", g)
    return (m.group(1) + ("/" + m.group(2) if m.group(1) == "review" and m.group(2) else "")) if m else g


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("store")
    ap.add_argument("--top", type=int, default=80)
    args = ap.parse_args()
    store = Store.open(args.store)
    by_graph: collections.Counter = collections.Counter()
    by_kind: collections.Counter = collections.Counter()
    by_predicate: collections.Counter = collections.Counter()
    for q in store.main:
        g = graph(q.graph_name)
        if g == "changes":
            continue
        k, p = kind(q.subject), re.split(r"[/#]", str(q.predicate).strip("<>"))[-1]
        by_graph[g] += 1
        by_kind[(g, k)] += 1
        by_predicate[(g, k, p)] += 1
    store.close()
    print(f"{sum(by_graph.values()):,} quads")
    for g, c in by_graph.most_common():
        print(f"{c:9,d} {g}")
    print()
    for (g, k), c in by_kind.most_common(args.top // 2):
        print(f"{c:9,d} {g:16s} {k}")
    print()
    for (g, k, p), c in by_predicate.most_common(args.top):
        print(f"{c:9,d} {g:16s} {k:30s} {p}")


if __name__ == "__main__":
    main()
