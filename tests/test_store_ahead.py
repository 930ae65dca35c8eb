"""A write's parts made ahead (kg.store.ahead): what each part holds, when parts stand for a write's first
quads, and a write given them: the same store, its index and task counts, without the parts' quads read again."""
from __future__ import annotations

import pyoxigraph as ox

from kg.ingest import ingest_paths
from kg.rdf.graphs import source_graph
from kg.store import Store, batchindex, payloads, taskcounts, writes
from kg.store.ahead import Ahead, made
from kg.store.canonical import typed_texts

from test_ingest import BULK_TEXTS

DKG = "https://w3id.org/directive-kg/ontology#"
DOC = "https://w3id.org/directive-kg/id/doc/"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


def _quads(graph: ox.NamedNode, n: int) -> list[ox.Quad]:
    day = ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")
    out = []
    for i in range(n):
        doc = ox.NamedNode(f"{DOC}{graph.value[-2:]}/{i}")
        out += [ox.Quad(doc, RDF_TYPE, ox.NamedNode(DKG + "Plan"), graph),
                ox.Quad(doc, ox.NamedNode(DKG + "key"), ox.Literal(f"{i}-KH/UBND"), graph),
                ox.Quad(doc, ox.NamedNode(DKG + "dateIssued"), ox.Literal(f"2024-0{i + 1}-02", datatype=day), graph)]
    return out


def _part(quads: list[ox.Quad], graph: ox.NamedNode):
    return made(graph, quads, (ox.serialize(quads, format=ox.RdfFormat.N_QUADS),))


def test_a_part_holds_what_the_write_would_read_of_its_quads():
    """A part's typed literals, index quads and assignments are those the write's own readers find in its quads."""
    g = source_graph("p1")
    quads = _quads(g, 3)
    part = _part(quads, g)
    text = ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
    assert part.count == 9 and part.typed == typed_texts(text) and len(part.typed or ()) == 3
    assert part.index == batchindex.index_quads(quads) and part.index
    assert part.assigned == taskcounts.assignments(quads)


def test_parts_stand_for_a_write_s_first_quads_only_where_they_match_them():
    """Parts fit a write whose first quads are theirs, part after part; near misses: two parts of one graph, a
    part longer than its graph's quads there, parts longer than the write."""
    g1, g2 = source_graph("f1"), source_graph("f2")
    q1, q2 = _quads(g1, 2), _quads(g2, 1)
    rest = [ox.Quad(ox.NamedNode(DOC + "x"), ox.NamedNode(DKG + "note"), ox.Literal("r"), source_graph("f3"))]
    assert Ahead([_part(q1, g1), _part(q2, g2)]).fits([*q1, *q2, *rest])
    assert not Ahead([_part(q1[:3], g1), _part(q1[3:], g1)]).fits([*q1, *rest])
    assert not Ahead([_part(q1, g1), _part([*q2, *rest], g2)]).fits([*q1, *q2, *rest])
    assert not Ahead([_part(q1, g1), _part(q2, g2)]).fits(q1)


def test_a_write_given_its_parts_ahead_makes_the_same_store_without_reading_their_quads(memory_store, monkeypatch):
    """An ingest's write replayed on two new stores, with its parts made ahead and without: every quad the same
    (the data, the index entries, the task counts, the change set's counts); with them the write's readers of
    the index and the counts read only the rest of the batch (the review queues), not the texts' quads."""
    seen = []
    real = writes.write_quads
    monkeypatch.setattr(writes, "write_quads", lambda store, quads, graphs, **kw: seen.append((quads, graphs, kw))
                        or real(store, quads, graphs, **kw))
    ingest_paths(memory_store, BULK_TEXTS)
    (quads, graphs, kw), = seen
    ahead = kw.pop("ahead")
    assert ahead is not None and ahead.fits(quads) and ahead.count < len(quads)
    monkeypatch.setattr(writes, "write_quads", real)
    read = []
    index_quads, assignments = writes.textindex.index_quads, writes.taskcounts.assignments
    monkeypatch.setattr(writes.textindex, "index_quads", lambda qs: read.append(len(qs)) or index_quads(qs))
    monkeypatch.setattr(writes.taskcounts, "assignments", lambda qs: read.append(len(qs)) or assignments(qs))
    stores, longest = [], []
    for given in (ahead, None):
        store = Store.open(None)
        store.write_quads(quads, graphs, **kw, ahead=given)
        stores.append({q for q in store.main if q.predicate != payloads.STARTED})
        store.close()
        longest.append(max(read))
        read.clear()
    assert stores[0] == stores[1]
    assert longest[0] < ahead.count and longest[1] >= len(quads)
    assert any(q.graph_name.value.endswith("graph/index") for q in stores[0])
