"""Two operations the ``onesource`` branch moved onto shared code, one process each, for
``farm-bench --vs`` against a checkout of the baseline (run from outside the checkout, with
``PYTHONPATH`` naming the checkout to time):

    python bench/onesource_bench.py reason DATA.nq   # kg.reason.materialize, engine rules, in memory
    python bench/onesource_bench.py split N          # kg.store.remote.split_data_blocks on N triples

``reason`` loads DATA (``bench/generate.py``) with the bundled ontology into an in-memory store
and materialises ``graph/inferred`` with the rules engine (now ``kg.reason.rules``). ``split`` cuts an
``INSERT DATA`` of N triples in 20 graphs, whose literals hold ``}``, ``;`` and ``#``, into blocks
of at most 1000 statements (the remote store's update splitter, now on ``kg.rdf.sparqllex``).
Each prints one line: what it did, so that a wrong answer shows.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pyoxigraph as ox

from kg.reason import materialize
from kg.store import Store
from kg.store.remote import data_operations


def reason(data: Path) -> str:
    store = Store.open(None)  # its reference graph holds the ontology
    store.main.bulk_load(path=str(data), format=ox.RdfFormat.N_QUADS)
    result = materialize(store, "rules")
    return f"{result.engine}: {result.inferred} inferred"


def split(n: int) -> str:
    graphs = []
    for g in range(20):
        rows = " ".join(f'<urn:s{i}> <urn:p> "v{i} }} ; # x"@vi .' for i in range(g, n, 20))
        graphs.append(f"GRAPH <urn:g{g}> {{ {rows} }}")
    update = "INSERT DATA { " + " ".join(graphs) + " } ; DELETE DATA { <urn:a> <urn:b> <urn:c> }"
    return f"{len(data_operations(update, 1000))} operations"


if __name__ == "__main__":
    what, arg = sys.argv[1], sys.argv[2]
    print(reason(Path(arg)) if what == "reason" else split(int(arg)))
