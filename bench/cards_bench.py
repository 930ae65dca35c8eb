"""Read-model work of the document and body pages on the sample: ``document_card`` and
``card_text`` of every document of 46-NQ/TW's cascade, ``body_card`` of every body assigned a task,
ROUNDS times, in one process; with a store's path as the second argument, the cards of that store's
documents that set a target, and no body card (where targets meet the outcomes of later texts). For
``farm-bench --vs`` between two checkouts (the baseline's ``kg`` put first on PYTHONPATH); prints the number of cards read, so both sides can be seen to do the same work."""

from __future__ import annotations

import sys

from kg.cards import body_card, card_text, document_card
from kg.store import Store

ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 5

store = Store.open(sys.argv[2], create=False, read_only=True) if len(sys.argv) > 2 else Store.bundled()
_, rows = store.select("PREFIX dkg: <https://w3id.org/directive-kg/ontology#> "
                       "SELECT DISTINCT ?k WHERE { ?d dkg:key ?k "
                       + ("FILTER EXISTS { ?t dkg:setBy ?d } " if len(sys.argv) > 2 else "") + "} ORDER BY ?k")
keys = [r["k"].value for r in rows]
_, rows = store.select("PREFIX dkg: <https://w3id.org/directive-kg/ontology#> SELECT DISTINCT ?b WHERE { "
                       "?t dkg:underDocument ?d . ?t dkg:leadBody|dkg:coordinatingBody|dkg:participatingBody|"
                       "dkg:monitoringBody|dkg:assignedBody ?b } ORDER BY ?b")
bodies = [r["b"].value for r in rows] if len(sys.argv) <= 2 else []
read = 0
for _ in range(ROUNDS):
    for key in keys:
        for lang in ("vi", "en"):
            card = document_card(store, key, lang)
            card_text(card, lang)
            read += 1
    for body in bodies:
        body_card(store, body)
        read += 1
print(read, "cards")
