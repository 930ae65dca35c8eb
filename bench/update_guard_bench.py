"""What holding a SPARQL update to the rules of a load (kg.store.guard) costs, against running it
unchecked (``Store.update``, the endpoint's path before the guard).

    farm-bench -n 5 -- python bench/update_guard_bench.py checked where 20 \\
        --vs 'python bench/update_guard_bench.py plain where 20'

One process: an in-memory store with the bundled dataset, then COUNT updates of one KIND, each a
conforming change: ``data`` (an ``INSERT DATA`` of a resolution, whose effect the parse tells) or
``where`` (a ``DELETE/INSERT … WHERE`` that replaces its date, tried first on a copy of the store).
``farm-bench --vs`` times the two modes as whole processes taking turns; the store's set-up is in
both, so the ratio understates the per-update cost (the script prints the updates' own seconds).
"""
from __future__ import annotations

import sys
import time

from kg.store import Store
from kg.store.guard import checked_update

DOC = "https://w3id.org/directive-kg/id/doc/bench/nq/{n}"
PREFIXES = ("PREFIX dkg: <https://w3id.org/directive-kg/ontology#>\n"
            "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n")


def insert(n: int) -> str:
    return PREFIXES + f"""INSERT DATA {{ GRAPH <urn:bench:g> {{ <{DOC.format(n=n)}> a dkg:Resolution ;
      dkg:key "{n}-NQ/TW" ; dkg:symbol "{n}-NQ/TW" ; dkg:documentNumber "{n}" ; dkg:typeCode "NQ" ;
      dkg:issuerCode "TW" ; dkg:level <https://w3id.org/directive-kg/vocab/level/central> ;
      dkg:dateIssued "2023-12-20"^^xsd:date }} }}"""


def redate(n: int) -> str:
    return PREFIXES + f"""DELETE {{ GRAPH <urn:bench:g> {{ <{DOC.format(n=0)}> dkg:dateIssued ?d }} }}
      INSERT {{ GRAPH <urn:bench:g> {{ <{DOC.format(n=0)}> dkg:dateIssued "2024-01-{1 + n % 28:02d}"^^xsd:date }} }}
      WHERE {{ GRAPH <urn:bench:g> {{ <{DOC.format(n=0)}> dkg:dateIssued ?d }} }}"""


def main() -> None:
    mode, kind, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    bundled = Store.bundled()
    store = Store.open(None)
    store.main.extend(bundled.main)
    store.update(insert(0))
    updates = [insert(n) if kind == "data" else redate(n) for n in range(1, count + 1)]
    start = time.perf_counter()
    for text in updates:
        if mode == "checked":
            checked_update(store, text, agent="bench")
        else:
            store.update(text, agent="bench")
    print(f"{mode} {kind}: {count} updates in {time.perf_counter() - start:.2f} s, store of {len(store)} quads")


if __name__ == "__main__":
    main()
