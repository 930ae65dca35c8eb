"""What the store says about a batch (``kg.store.context``): the same context whether the IRIs the store holds are
found first by one query over a small store or each looked up, and the IRIs of a batch read alike from any form."""
from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef

from kg.rdf.graphs import ASSERTED, INDEX
from kg.store import context

EX = "http://example.org/"
P, Q = ox.NamedNode(EX + "p"), ox.NamedNode(EX + "q")
TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


class Counted:
    """An engine whose lookups by pattern are counted (the engine's own class cannot be patched)."""

    def __init__(self, store: ox.Store) -> None:
        self.store, self.lookups = store, 0

    def quads_for_pattern(self, *args):
        self.lookups += 1
        return self.store.quads_for_pattern(*args)

    def query(self, *args, **kwargs):
        return self.store.query(*args, **kwargs)


def _store() -> ox.Store:
    """A stored plan that a batch's document names, the type of the document the plan points to, another node the
    batch does not name, an index quad about the plan (a derived graph: never context) and a quad in the default graph."""
    plan, doc, other = (ox.NamedNode(EX + n) for n in ("plan", "doc", "other"))
    store = ox.Store()
    store.extend([ox.Quad(plan, P, doc, ASSERTED), ox.Quad(plan, Q, ox.Literal("kế hoạch"), ASSERTED),
                  ox.Quad(doc, TYPE, ox.NamedNode(EX + "Resolution"), ASSERTED),
                  ox.Quad(doc, Q, ox.Literal("not a facet"), ASSERTED),
                  ox.Quad(other, Q, ox.Literal("x"), ASSERTED), ox.Quad(plan, Q, ox.Literal("w"), INDEX),
                  ox.Quad(plan, TYPE, ox.NamedNode(EX + "Plan"))])
    return store


BATCH = [ox.Quad(ox.NamedNode(EX + f"new/{i}"), P, ox.NamedNode(EX + "plan"), ASSERTED) for i in range(3)]


def test_a_small_store_answers_the_same_context_with_a_lookup_only_for_what_it_holds(monkeypatch):
    iris = context.batch_iris(BATCH)
    queried = Counted(_store())
    found = context.context_about(queried, None, iris)
    monkeypatch.setattr(context, "SCAN_PER_IRI", 0)  # (each IRI looked up: the other way)
    looked = Counted(_store())
    assert set(found) == set(context.context_about(looked, None, iris))
    assert {str(q.object) for q in found} == {f"<{EX}doc>", '"kế hoạch"', f"<{EX}Plan>", f"<{EX}Resolution>"}
    # (the plan looked up, then the facets of the two nodes it points to; not the batch's three new nodes, nor p)
    assert queried.lookups == 1 + 2 * len(context.CONTEXT_FACETS) < looked.lookups


def test_a_store_larger_than_the_bound_is_looked_up_iri_by_iri(monkeypatch):
    """The near miss: a store holding more quads than the bound gives no subjects (the count stops at the bound)."""
    iris = context.batch_iris(BATCH)
    assert context.held_subjects(_store(), iris, set(context.DERIVED)) == {ox.NamedNode(EX + "plan")}
    monkeypatch.setattr(context, "SCAN_PER_IRI", 1)  # (5 IRIs, 7 quads)
    assert context.held_subjects(_store(), iris, set(context.DERIVED)) is None


@pytest.mark.parametrize("form", ["quads", "triples", "rdflib", "generator"])
def test_a_batchs_iris_are_the_same_whatever_its_form(form):
    quads = [*BATCH, ox.Quad(ox.BlankNode("b"), Q, ox.Literal("1"), ASSERTED)]
    batch: object = {"quads": quads, "triples": [q.triple for q in quads], "generator": (q for q in quads),
                     "rdflib": Graph()}[form]
    if isinstance(batch, Graph):
        for q in quads:
            batch.add((URIRef(q.subject.value) if isinstance(q.subject, ox.NamedNode) else Literal("b"),
                       URIRef(q.predicate.value), URIRef(q.object.value) if isinstance(q.object, ox.NamedNode)
                       else Literal(q.object.value)))
    assert context.batch_iris(batch) == {ox.NamedNode(EX + n) for n in ("new/0", "new/1", "new/2", "plan", "p", "q")}
