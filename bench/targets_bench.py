"""The targets query (``queries/targets.rq`` with its post step and details query) for every document that sets a
target or that another carries out (the head of a cascade), ROUNDS times, in one process, as of today and as of a day (the ``#if as_of`` sections): on the sample, or,
with a store's path as the second argument, on that store (where targets meet the outcomes of later texts). For a
whole-process A/B timing between two checkouts (the baseline's ``kg`` put first on PYTHONPATH); prints the number
of queries run and of rows with an outcome, so both sides can be seen to do the same work (the second differs where
outcomes are matched). A third argument names another query that takes the same parameters (``outcomes``, which
reads the targets query's ties); the second argument ``-`` then keeps the sample."""

from __future__ import annotations

import sys

from kg import queries
from kg.store import Store

ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 5
QUERY = sys.argv[3] if len(sys.argv) > 3 else "targets"

store = Store.open(sys.argv[2], create=False, read_only=True) if len(sys.argv) > 2 and sys.argv[2] != "-" else Store.bundled()
_, rows = store.select("PREFIX dkg: <https://w3id.org/directive-kg/ontology#> "
                       "SELECT DISTINCT ?d WHERE { { ?t dkg:setBy ?d } UNION { ?x dkg:implements ?d } ?d dkg:key ?k } ORDER BY ?d")
documents = [r["d"].value for r in rows]
ran = with_outcome = 0
for _ in range(ROUNDS):
    for iri in documents:
        for day in (None, "2025-06-30"):
            table = queries.run(store, QUERY, {"doc": iri, **({"date": day} if day else {})})
            ran += 1
            with_outcome += sum(r.get("outcome_iri" if QUERY == "targets" else "target") is not None for r in table.rows)
print(ran, "queries", with_outcome, "rows with an outcome" if QUERY == "targets" else "rows with a target")
