"""kg.store.batchindex: which nodes of a plain addition the batch alone describes, and that the entries
made from the batch are those the store gives back (and a rebuild writes)."""

from __future__ import annotations

import pyoxigraph as ox

from kg.rdf.terms import OX_DKG, OX_RDF, OX_RDFS
from kg.store import ASSERTED, Store, batchindex, textindex

ID = "https://w3id.org/directive-kg/id/"
XSD = "http://www.w3.org/2001/XMLSchema#"


def _n(path: str) -> ox.NamedNode:
    return ox.NamedNode(ID + path)


def _index(store) -> set:
    return set(store.main.quads_for_pattern(None, None, None, textindex.INDEX))


def _batch(doc, issuer, unit) -> list[ox.Quad]:
    """A new plan of a body the store knows, and a new commune."""
    return [ox.Quad(doc, OX_DKG.key, ox.Literal("12/KH-UBND"), ASSERTED),
            ox.Quad(doc, OX_RDFS.label, ox.Literal("Kế hoạch chuyển đổi số năm 2025", language="vi"), ASSERTED),
            ox.Quad(doc, OX_DKG.issuer, issuer, ASSERTED),
            ox.Quad(doc, OX_DKG.dateIssued, ox.Literal("2025-03-04", datatype=ox.NamedNode(XSD + "date")), ASSERTED),
            ox.Quad(unit, OX_RDF.type, OX_DKG.Commune, ASSERTED),
            ox.Quad(unit, OX_RDFS.label, ox.Literal("Xã Tân Phú"), ASSERTED),
            ox.Quad(unit, OX_DKG.alias, ox.Literal("xã Tân Phú cũ"), ASSERTED)]


def test_the_batch_describes_only_the_nodes_the_store_knew_nothing_of(new_store_path):
    store = Store.open(new_store_path)
    issuer, old_doc, doc, unit = _n("body/t/ubnd-huyen"), _n("doc/t/kh-3"), _n("doc/t/kh-12"), _n("unit/t/tan-phu")
    store.write_quads([ox.Quad(issuer, OX_RDFS.label, ox.Literal("Ủy ban nhân dân huyện Tân Phú"), ASSERTED),
                       ox.Quad(old_doc, OX_DKG.key, ox.Literal("3/KH-UBND"), ASSERTED)], None)
    batch = _batch(doc, issuer, unit) + [ox.Quad(old_doc, OX_RDFS.label, ox.Literal("Kế hoạch cũ"), ASSERTED)]
    relevant = textindex.index_quads(batch)
    nodes = textindex.added_affected(store.main, relevant)
    known = batchindex.described(store.main, relevant, nodes)
    # near miss: the store held a key of old_doc, so its entry is read back from the store
    assert known.nodes == {doc, unit} and old_doc in nodes
    assert sorted(known.texts[doc]) == ["12/KH-UBND", "Kế hoạch chuyển đổi số năm 2025"]
    assert known.issuers[doc] == [issuer] and known.dated[doc] == [("12/KH-UBND", "2025-03-04")]
    assert sorted(known.unit_names[unit]) == ["Xã Tân Phú", "xã Tân Phú cũ"]
    store.close()


def test_a_node_the_engine_may_write_otherwise_or_with_a_blank_issuer_is_left_to_the_store(new_store_path):
    store = Store.open(new_store_path)
    numbered, anonymous, dated = _n("doc/t/so"), _n("doc/t/blank"), _n("doc/t/dated")
    anon = ox.BlankNode()
    batch = [ox.Quad(numbered, OX_DKG.key, ox.Literal("007", datatype=ox.NamedNode(XSD + "integer")), ASSERTED),
             ox.Quad(anonymous, OX_DKG.key, ox.Literal("5-KH/TU"), ASSERTED),
             ox.Quad(anonymous, OX_DKG.issuer, anon, ASSERTED),
             ox.Quad(anon, OX_RDFS.label, ox.Literal("Tỉnh ủy Lạng Sơn"), ASSERTED),
             # near miss: a date is taken from the batch (its first ten characters are all an order reads)
             ox.Quad(dated, OX_DKG.key, ox.Literal("9/KH-UBND"), ASSERTED),
             ox.Quad(dated, OX_DKG.dateIssued, ox.Literal("2024-01-02", datatype=ox.NamedNode(XSD + "date")), ASSERTED)]
    relevant = textindex.index_quads(batch)
    known = batchindex.described(store.main, relevant, textindex.added_affected(store.main, relevant))
    assert known.nodes == {dated}
    store.write_quads(batch, None)
    words = {q.object.value for q in _index(store) if q.predicate == OX_DKG.wordForm}
    assert {"7", "lạng", "lang"} <= words and "007" not in words  # (the key as the engine wrote it)
    after = _index(store)
    store.rebuild_index()
    assert after == _index(store)
    store.close()


def test_a_plain_addition_indexes_from_its_batch_what_a_rebuild_writes(new_store_path):
    """The issuer's names come from the store (its other graphs among them), the rest from the batch."""
    store = Store.open(new_store_path)
    issuer, old_doc, doc, unit = _n("body/t/ubnd-huyen"), _n("doc/t/kh-3"), _n("doc/t/kh-12"), _n("unit/t/tan-phu")
    store.write_quads([ox.Quad(issuer, OX_RDFS.label, ox.Literal("Ủy ban nhân dân huyện Tân Phú"), ASSERTED),
                       ox.Quad(issuer, OX_DKG.shortName, ox.Literal("UBND huyện"), ox.NamedNode(ID + "graph/x")),
                       ox.Quad(old_doc, OX_DKG.key, ox.Literal("3/KH-UBND"), ASSERTED),
                       ox.Quad(old_doc, OX_DKG.issuer, issuer, ASSERTED)], None)
    batch = _batch(doc, issuer, unit) + [ox.Quad(issuer, OX_DKG.alias, ox.Literal("Huyện Tân Phú"), ASSERTED)]
    store.write_quads(batch, None)
    after = _index(store)
    entry = textindex.entry_node(doc)
    words = {q.object.value for q in after if q.predicate == OX_DKG.wordForm
             and ox.Quad(entry, OX_DKG.searchWord, q.subject, textindex.INDEX) in after}
    assert {"chuyển", "chuyen", "ubnd", "huyện", "12"} <= words
    assert ox.Quad(unit, OX_DKG.placeKey, ox.Literal("tan phu cu"), textindex.INDEX) in after
    assert any(q.subject == entry and q.predicate == OX_DKG.searchOrder for q in after)
    store.rebuild_index()
    assert after == _index(store)
    store.close()


def _issued_by_names_in_the_batch(store):
    """A store that names one body; a batch of two new plans, one of that body (to which the batch gives a
    second name) and one of a body only the batch names."""
    known_body, new_body = _n("body/t/so-noi-vu"), _n("body/t/hoi-nong-dan")
    store.write_quads([ox.Quad(known_body, OX_RDFS.label, ox.Literal("Sở Nội vụ"), ASSERTED)], None)
    first, second = _n("doc/t/kh-20"), _n("doc/t/kh-21")
    batch = [ox.Quad(first, OX_DKG.key, ox.Literal("20/KH-SNV"), ASSERTED),
             ox.Quad(first, OX_DKG.issuer, known_body, ASSERTED),
             ox.Quad(known_body, OX_DKG.alias, ox.Literal("Ban Tổ chức chính quyền"), ASSERTED),
             ox.Quad(second, OX_DKG.key, ox.Literal("21/KH-HND"), ASSERTED),
             ox.Quad(second, OX_DKG.issuer, new_body, ASSERTED),
             ox.Quad(new_body, OX_RDFS.label, ox.Literal("Hội Nông dân xã"), ASSERTED)]
    return batch, first, second


def _entry_words(quads, doc) -> set[str]:
    entry = textindex.entry_node(doc)
    nodes = {q.object for q in quads if q.subject == entry and q.predicate == OX_DKG.searchWord}
    return {q.object.value for q in quads if q.subject in nodes and q.predicate == OX_DKG.wordForm}


def test_entries_made_before_the_write_have_the_names_the_batch_gives_an_issuer(new_store_path):
    store = Store.open(new_store_path)
    batch, first, second = _issued_by_names_in_the_batch(store)
    relevant = textindex.index_quads(batch)
    known = batchindex.described(store.main, relevant, textindex.added_affected(store.main, relevant))
    assert known.nodes == {first, second}
    made = textindex.entries_ahead(store.main, known)
    assert made is not None
    # the store's name and the batch's for the body the store knew, the batch's for the new one
    assert {"sở", "nội", "tổ", "to", "chức", "quyền"} <= _entry_words(made, first)
    assert {"hội", "nông", "nong", "dân", "xã"} <= _entry_words(made, second)
    store.write_quads(batch, None)
    after = _index(store)
    assert set(made) <= after
    store.rebuild_index()
    assert after == _index(store)
    store.close()


def test_entries_are_left_until_after_the_write_where_it_drops_inferences_or_a_name_may_change(new_store_path):
    """Near misses: the store holds inferences (the write drops them, names among them), or the batch names
    an issuer by a literal the engine may write in another form. Both are indexed after the write, as before."""
    store = Store.open(new_store_path)
    batch, first, _ = _issued_by_names_in_the_batch(store)
    body = _n("body/t/so-noi-vu")
    store.main.add(ox.Quad(body, OX_DKG.alias, ox.Literal("Sở Nội vụ tỉnh (suy ra)"), textindex.INFERRED))
    relevant = textindex.index_quads(batch)
    known = batchindex.described(store.main, relevant, textindex.added_affected(store.main, relevant))
    assert known.nodes and textindex.entries_ahead(store.main, known) is None
    store.write_quads(batch, None)
    assert "suy" not in _entry_words(_index(store), first)  # (the inference went with the write)
    after = _index(store)
    store.rebuild_index()
    assert after == _index(store)
    store.close()

    doc = _n("doc/t/kh-30")
    typed = [ox.Quad(body, OX_DKG.shortName, ox.Literal("0012", datatype=ox.NamedNode(XSD + "integer")), ASSERTED),
             ox.Quad(doc, OX_DKG.key, ox.Literal("30/KH"), ASSERTED), ox.Quad(doc, OX_DKG.issuer, body, ASSERTED)]
    fresh = Store.open(new_store_path)
    relevant = textindex.index_quads(typed)
    known = batchindex.described(fresh.main, relevant, textindex.added_affected(fresh.main, relevant))
    assert known.nodes == {doc} and textindex.entries_ahead(fresh.main, known) is None
    fresh.write_quads(typed, None)
    assert "12" in _entry_words(_index(fresh), doc)  # (the name as the engine wrote it)
    after = _index(fresh)
    fresh.rebuild_index()
    assert after == _index(fresh)
    fresh.close()


def test_a_write_of_new_graphs_indexes_from_its_batch_and_one_replacing_a_held_graph_from_the_store(
        new_store_path, monkeypatch):
    """A write of several graphs the store holds none of (an ingest of new texts) only adds: its entries are
    made from the batch, with no query for the affected nodes after it, and are those a rebuild writes. Near
    miss: where one of the graphs is held already, its old quads may go, and the store is asked after the write."""
    store = Store.open(new_store_path)
    store.write_quads([ox.Quad(_n("body/t/ubnd-huyen"), OX_RDFS.label, ox.Literal("Ủy ban nhân dân huyện Tân Phú"),
                               ASSERTED)], None)
    asked: list = []
    after_write = textindex.affected
    monkeypatch.setattr(textindex, "affected", lambda *a: asked.append(a) or after_write(*a))
    one, two = ox.NamedNode(ID + "graph/t/one"), ox.NamedNode(ID + "graph/t/two")
    batch = [ox.Quad(q.subject, q.predicate, q.object, one) for q in
             _batch(_n("doc/t/kh-12"), _n("body/t/ubnd-huyen"), _n("unit/t/tan-phu"))]
    batch.append(ox.Quad(_n("doc/t/kh-4"), OX_DKG.key, ox.Literal("4-KH/HU"), two))
    store.write_quads(batch, [one, two])
    assert asked == []
    after = _index(store)
    assert "tan phu" in {q.object.value for q in after if q.predicate == OX_DKG.placeKey}
    store.rebuild_index()
    assert after == _index(store)

    store.write_quads([ox.Quad(_n("doc/t/kh-5"), OX_DKG.key, ox.Literal("5-KH/HU"), two)], [two])
    assert len(asked) == 1
    after = _index(store)
    store.rebuild_index()
    assert after == _index(store)

    # near miss: new graphs, but a name the index reads goes to graph/inferred, which the write drops
    three, doc = ox.NamedNode(ID + "graph/t/three"), _n("doc/t/kh-6")
    store.write_quads([ox.Quad(doc, OX_DKG.key, ox.Literal("6-KH/HU"), three),
                       ox.Quad(doc, OX_RDFS.label, ox.Literal("Kế hoạch suy ra"), textindex.INFERRED)], [three])
    assert len(asked) == 2
    after = _index(store)
    assert "suy" not in _entry_words(after, doc)
    store.rebuild_index()
    assert after == _index(store)
    store.close()
