"""kg.store.textindex: the bodies' task counts in graph/index equal a count over the data, and every
write keeps them so (the search words and place keys are tested with the queries that use them)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg import queries as Q
from kg.store import bulk, doctexts, textindex
from kg.store import ASSERTED, Store, source_graph
from kg.rdf.terms import OX_DKG, graph_to_quads
from kg.text.symbols import fold

ROOT = Path(__file__).resolve().parents[1]
ID = "https://w3id.org/directive-kg/id/"
DKG = "https://w3id.org/directive-kg/ontology#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"

#: The count the index must hold, written out without it (distinct tasks in any role).
LIVE_COUNTS = """
PREFIX dkg: <https://w3id.org/directive-kg/ontology#>
SELECT ?body (COUNT(DISTINCT ?task) AS ?n) WHERE {
  { ?task dkg:leadBody ?body } UNION { ?task dkg:coordinatingBody ?body } UNION { ?task dkg:participatingBody ?body }
  UNION { ?task dkg:monitoringBody ?body } UNION { ?task dkg:assignedBody ?body }
} GROUP BY ?body"""


def indexed(store) -> dict[str, int]:
    return {q.subject.value: int(q.object.value)
            for q in store.main.quads_for_pattern(None, OX_DKG.taskCount, None, textindex.INDEX)}


def live(store) -> dict[str, int]:
    return {r["body"].value: int(r["n"].value) for r in store.main.query(LIVE_COUNTS, use_default_graph_as_union=True)}


@pytest.fixture(scope="module")
def generated_10k(tmp_path_factory) -> Path:
    """10k generated triples (seed 5, no defects), written once for the module; read-only."""
    tmp_path = tmp_path_factory.mktemp("generated")
    spec = importlib.util.spec_from_file_location("bench_generate_ti", ROOT / "bench" / "generate.py")
    gen = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = gen
    spec.loader.exec_module(gen)
    out = tmp_path / "10k.nq"
    assert gen.main(["--out", str(out), "--triples", "10000", "--seed", "5", "--defects", "0"]) == 0
    return out


def test_counts_after_a_bulk_load_and_rebuild_equal_the_live_count(generated_10k):
    store = Store.open(None)
    store.main.bulk_load(path=str(generated_10k), format=ox.RdfFormat.N_QUADS)
    store.rebuild_index()
    counts = indexed(store)
    assert len(counts) > 50 and counts == live(store)


def test_writes_keep_the_counts(new_store_path):
    store = Store.open(new_store_path)
    store.load_files([ROOT / "kg" / "data" / "bundled" / "corpus.ttl"])
    assert indexed(store) == live(store) and indexed(store)
    body = f"{ID}body/test/hoi-nong-dan"
    task = (f"@prefix dkg: <{DKG}> .\n<{ID}doc/test/kh-1> a dkg:Plan ; dkg:key \"1/KH-TEST\" .\n"
            f"<{body}> a dkg:Body ; <http://www.w3.org/2000/01/rdf-schema#label> \"Hội Nông dân\" .\n")
    for i in range(3):
        task += (f"<{ID}task/test/{i}> a dkg:Task ; dkg:underDocument <{ID}doc/test/kh-1> ; "
                 f"dkg:text \"Nhiệm vụ {i}\" ; dkg:leadBody <{body}> .\n")
    from rdflib import Graph

    src = source_graph("test-source")

    def write(text: str) -> None:  # as an ingest writes a validated source (the shapes are tested elsewhere)
        store.write_quads(graph_to_quads(Graph().parse(data=text, format="turtle"), src), src)

    write(task)
    assert indexed(store)[body] == 3 and indexed(store) == live(store)
    # the same source again with one task fewer: the count follows
    write(task.rsplit(f"<{ID}task/test/2>", 1)[0])
    assert indexed(store)[body] == 2 and indexed(store) == live(store)
    # and with no task at all: the body has no count left
    write(task.split(f"<{ID}task/test/0>", 1)[0])
    assert body not in indexed(store) and indexed(store) == live(store)
    assert next(iter(store.main.quads_for_pattern(None, None, None, src)), None) is not None
    store.close()


def test_inferred_assignments_count_and_a_write_recounts_them(new_store_path):
    """An assignment only graph/inferred holds counts as the query counts it; a write drops
    graph/inferred, and the counts follow."""
    store = Store.open(new_store_path)
    store.load_files([ROOT / "kg" / "data" / "bundled" / "corpus.ttl"])
    body, task = ox.NamedNode(f"{ID}body/test/only-inferred"), ox.NamedNode(f"{ID}task/test/inferred")
    store.replace_inferred([ox.Quad(task, ox.NamedNode(DKG + "leadBody"), body)])
    assert indexed(store)[body.value] == 1 and indexed(store) == live(store)
    store.write_quads([ox.Quad(ox.NamedNode(f"{ID}x"), ox.NamedNode(DKG + "text"), ox.Literal("x"), ASSERTED)], None)
    assert body.value not in indexed(store) and indexed(store) == live(store)
    store.close()


def test_a_plain_addition_grows_the_counts_as_a_recount_would(new_store_path):
    """The counts after a plain addition (taskcounts.grown_counts) are the live count: a task already
    assigned to the body in another role or in another graph adds nothing; a new task, one without
    an IRI and a body with no count before each add one; a body the write does not name keeps its."""
    store = Store.open(new_store_path)
    lead, coordinating = ox.NamedNode(DKG + "leadBody"), ox.NamedNode(DKG + "coordinatingBody")
    kept, busy, fresh = (ox.NamedNode(f"{ID}body/test/{n}") for n in ("kept", "busy", "fresh"))
    old = [ox.NamedNode(f"{ID}task/test/old-{i}") for i in range(3)]
    store.write_quads([ox.Quad(old[0], lead, kept, ASSERTED), *(ox.Quad(t, lead, busy, ASSERTED) for t in old)], None)
    assert indexed(store) == {kept.value: 1, busy.value: 3}
    anon, new = ox.BlankNode(), ox.NamedNode(f"{ID}task/test/new")
    store.write_quads([ox.Quad(old[0], coordinating, busy, ASSERTED),  # (an old pair in another role)
                       ox.Quad(old[1], lead, busy, source_graph("elsewhere")),  # (an old quad in another graph)
                       ox.Quad(new, lead, busy, ASSERTED), ox.Quad(new, coordinating, busy, ASSERTED),
                       ox.Quad(anon, lead, busy, ASSERTED), ox.Quad(new, lead, fresh, ASSERTED)], None)
    assert indexed(store) == {kept.value: 1, busy.value: 5, fresh.value: 1} == live(store)
    # in bulk (a load's size), and a batch the store holds already in part
    many = [ox.Quad(ox.NamedNode(f"{ID}task/test/many-{i}"), lead if i % 2 else coordinating, busy, ASSERTED)
            for i in range(bulk.BULK_MIN + 10)]
    store.write_quads([*many, ox.Quad(new, lead, fresh, ASSERTED)], None)
    assert indexed(store) == live(store) and indexed(store)[busy.value] == 5 + len(many)
    store.close()


def test_counts_grown_with_the_batchs_context_are_a_recounts(new_store_path):
    """Given the batch's context (a load's: what its validation read of the store), a named task the
    context holds nothing of is new without a lookup; one it holds, a blank one, and, where a derived
    graph assigns tasks too (here the reference graph), every task are looked up: the counts are the live
    count either way."""
    from kg.rdf.graphs import REFERENCE

    store = Store.open(new_store_path)
    lead, coordinating = ox.NamedNode(DKG + "leadBody"), ox.NamedNode(DKG + "coordinatingBody")
    busy, fresh = (ox.NamedNode(f"{ID}body/test/{n}") for n in ("busy-c", "fresh-c"))
    old = [ox.NamedNode(f"{ID}task/test/ctx-old-{i}") for i in range(2)]
    store.write_quads([ox.Quad(t, lead, busy, ASSERTED) for t in old], None)
    new, anon = ox.NamedNode(f"{ID}task/test/ctx-new"), ox.BlankNode()
    batch = [ox.Quad(old[0], coordinating, busy, ASSERTED),  # (an old pair in another role: held)
             ox.Quad(old[1], lead, busy, source_graph("ctx")),  # (an old pair in another graph: held)
             ox.Quad(new, lead, busy, ASSERTED), ox.Quad(new, coordinating, busy, ASSERTED),
             ox.Quad(anon, lead, busy, ASSERTED), ox.Quad(new, lead, fresh, ASSERTED)]
    store.write_quads(batch, None, held=store.context_quads(batch))
    assert indexed(store) == {busy.value: 4, fresh.value: 1} == live(store)
    # the reference graph assigns a task the batch names: the context (which leaves that graph out) is not enough
    ref = ox.NamedNode(f"{ID}task/test/ctx-ref")
    store.main.add(ox.Quad(ref, lead, fresh, REFERENCE))
    store.write_quads([ox.Quad(fresh, ox.NamedNode(DKG + "note"), ox.Literal("x"), ASSERTED)], None)  # (no count moves)
    textindex.rebuild(store.main)  # (the reference graph's task counted, as every open after a reload does)
    assert indexed(store) == live(store) and indexed(store)[fresh.value] == 2
    batch = [ox.Quad(ref, lead, fresh, ASSERTED), ox.Quad(ox.NamedNode(f"{ID}task/test/ctx-more"), lead, fresh, ASSERTED)]
    store.write_quads(batch, None, held=store.context_quads(batch))
    assert indexed(store) == live(store) and indexed(store)[fresh.value] == 3
    store.close()


def test_a_write_with_an_inferred_assignment_counts_as_a_recount_would(new_store_path):
    """A batch that writes an assignment straight into graph/inferred (a caller of write_quads, not a load: a load
    refuses that graph) is not a plain addition: its counts are the live count, not grown from the batch."""
    from kg.rdf.graphs import INFERRED

    store = Store.open(new_store_path)
    lead = ox.NamedNode(DKG + "leadBody")
    body = ox.NamedNode(f"{ID}body/test/inferred-write")
    tasks = [ox.NamedNode(f"{ID}task/test/iw-{i}") for i in range(3)]
    store.write_quads([ox.Quad(tasks[0], lead, body, ASSERTED)], None)
    store.write_quads([ox.Quad(tasks[1], lead, body, INFERRED), ox.Quad(tasks[2], lead, body, ASSERTED)], None)
    assert indexed(store) == live(store)
    # near miss: the same batch without the inferred quad grows the counts by one
    store.write_quads([ox.Quad(ox.NamedNode(f"{ID}task/test/iw-9"), lead, body, ASSERTED)], None)
    assert indexed(store) == live(store)
    store.close()


def test_a_plain_addition_refreshes_the_documents_of_a_renamed_issuer_and_a_renamed_unit(new_store_path):
    store = Store.open(new_store_path)
    label, alias = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"), OX_DKG.alias
    doc, issuer, unit, other = (ox.NamedNode(f"{ID}{n}") for n in ("doc/test/kh-7", "body/test/so-noi-vu",
                                                                    "unit/test/xa-an-binh", "body/test/khac"))
    store.write_quads([ox.Quad(doc, OX_DKG.key, ox.Literal("7/KH-SNV"), ASSERTED),
                       ox.Quad(doc, OX_DKG.issuer, issuer, ASSERTED),
                       ox.Quad(unit, ox.NamedNode(RDF_TYPE), OX_DKG.Commune, ASSERTED),
                       ox.Quad(unit, label, ox.Literal("Xã An Bình"), ASSERTED)], None)
    renamed = [ox.Quad(issuer, alias, ox.Literal("Sở Nội vụ tỉnh"), ASSERTED),
               ox.Quad(unit, alias, ox.Literal("Xã Yên Bình"), ASSERTED)]
    # near misses: an issuer's date is in no entry; a named node that is neither document nor unit
    others = [ox.Quad(issuer, OX_DKG.dateIssued, ox.Literal("2024-01-02"), ASSERTED),
              ox.Quad(other, label, ox.Literal("Ban khác"), ASSERTED)]
    assert textindex.added_affected(store.main, renamed) == sorted([doc, unit], key=lambda n: n.value)
    assert textindex.added_affected(store.main, others) == []
    store.write_quads(renamed + others, None)
    words = _words(_index(store))
    keys = {q.object.value for q in store.main.quads_for_pattern(unit, OX_DKG.placeKey, None, textindex.INDEX)}
    assert {"nội", "noi", "vụ", "vu"} <= words and "khác" not in words and keys == {"an binh", "yen binh"}
    assert _index(store) == _rebuilt(store)
    store.close()


def test_one_classification_of_a_batch_serves_a_write_and_a_plain_addition():
    label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    doc, issuer, unit, task = (ox.NamedNode(f"{ID}{n}") for n in ("doc/test/kh-8", "body/test/so-tu-phap",
                                                                   "unit/test/xa-my-loc", "task/test/kh-8-1"))
    batch = [ox.Quad(doc, OX_DKG.key, ox.Literal("8/KH-STP"), ASSERTED),
             ox.Quad(doc, OX_DKG.issuer, issuer, ASSERTED),
             ox.Quad(issuer, label, ox.Literal("Sở Tư pháp"), ASSERTED),
             ox.Quad(unit, ox.NamedNode(RDF_TYPE), OX_DKG.Commune, ASSERTED),
             # near misses: a task's own triples, a type that is no unit kind, a blank subject
             ox.Quad(task, OX_DKG.leadBody, issuer, ASSERTED),
             ox.Quad(issuer, ox.NamedNode(RDF_TYPE), OX_DKG.Body, ASSERTED),
             ox.Quad(ox.BlankNode(), OX_DKG.key, ox.Literal("9/KH-STP"), ASSERTED)]
    assert textindex.index_quads(batch) == batch[:4]
    assert textindex.index_subjects(batch) == {doc, issuer, unit}


@pytest.mark.slow  # (two writes of thousands of quads: seconds)
def test_plain_additions_of_generated_data_count_and_index_as_a_rebuild_does(generated_10k, new_store_path):
    """... and the entries are those a rebuild writes: a later part names the issuers of an earlier
    part's documents, or gives a document of an earlier part's issuers."""
    store = Store.open(new_store_path)
    for part in _batches(generated_10k):  # (tasks of a later part assign bodies of an earlier one)
        quads = [ox.Quad(q.subject, q.predicate, q.object, ASSERTED) for q in part]
        before = set(textindex.added_affected(store.main, quads))
        store.write_quads(quads, None)
        assert before >= set(textindex.affected(store.main, textindex.index_subjects(quads)))
        assert indexed(store) == live(store)
        assert _index(store) == _rebuilt(store)
    assert len(indexed(store)) > 50
    store.close()


@pytest.mark.parametrize("params", [{}, {"place": "Lạng Sơn"}, {"doc": "46-NQ/TW"}])
def test_bodies_query_counts_as_the_live_count(params):
    store = Store.bundled()
    rows = Q.run(store, "bodies", params).rows
    counts = live(store)
    assert rows
    if not params:  # every body with a task, the busiest first
        assert {r["body"] for r in rows} == set(counts)
        assert [r["tasks"] for r in rows] == sorted(counts.values(), reverse=True)
        for r in rows:
            assert r["tasks"] >= max(r["lead"], r["coordinating"], r["participating"], r["monitoring"], r["other"])


@pytest.mark.parametrize("text", ["Nông dân nông thôn nong", "Đảng ủy Khối", "Kế hoạch 12-KH/TU năm 2025",
                                  "x\u0301y nô\u0303", "ĐOÀN THANH NIÊN", ""])
def test_word_nodes_hold_each_form_of_the_texts_and_no_other(text):
    """A document's word nodes are found under the words of its texts and of its folded texts,
    no more (a mark left apart from its letter splits a word that folding joins); a word with
    marks and its folded form share one node, and a word that is only that folded form gets none."""
    forms = textindex.word_forms([text])
    assert {f for node in forms for f in node} == set(textindex.words(text)) | set(textindex.words(fold(text)))
    assert all(len(node) == 1 or (len(node) == 2 and fold(node[0]) == node[1] != node[0]) for node in forms)
    paired = {node[1] for node in forms if len(node) == 2}
    assert not paired & {node[0] for node in forms if len(node) == 1}
    assert len({textindex.word_node(node) for node in forms}) == len(forms)


def test_a_document_with_marked_words_has_one_word_quad_per_word():
    doc = ox.NamedNode(f"{ID}doc/test/kh-9")
    store = ox.Store()
    store.extend([ox.Quad(doc, OX_DKG.key, ox.Literal("9-KH/TU"), ASSERTED),
                  ox.Quad(doc, OX_DKG.subject, ox.Literal("phát triển nông thôn, nong nghiệp"), ASSERTED)])
    quads = set(textindex.entries(store, [doc]))
    nodes = [q.object for q in quads if q.predicate == OX_DKG.searchWord]
    assert len(nodes) == 8  # 9, kh, tu, phát, triển, nông, thôn, nghiệp: "nong" is on nông's node
    assert _words(quads) == textindex.index_words(["9-KH/TU", "phát triển nông thôn, nong nghiệp"])


def test_search_order_sorts_newest_first_and_fixes_ties():
    new, old = textindex.search_order("1-NQ/TW", "2024-05-01"), textindex.search_order("1-NQ/TW", "2003-05-01")
    assert new > old > textindex.search_order("9-NQ/TW", None) >= 0
    same_day = {textindex.search_order(k, "2024-05-01") for k in ("1-NQ/TW", "2-NQ/TW", "3-CT/TW")}
    assert len(same_day) == 3 and all(old < v < textindex.search_order("x", "2024-05-02") for v in same_day)
    assert textindex.search_order("1-NQ/TW", "not a date") == textindex.search_order("1-NQ/TW", None)


def _index(store) -> set:
    return set(store.main.quads_for_pattern(None, None, None, textindex.INDEX))


def test_an_issuers_name_written_in_many_graphs_gives_the_same_entries_as_once():
    rdfs_label, key, issuer_p = (ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"),
                                 ox.NamedNode(DKG + "key"), ox.NamedNode(DKG + "issuer"))
    doc, body = ox.NamedNode(f"{ID}doc/test/kh-5"), ox.NamedNode(f"{ID}body/test/tinh-uy-lang-son")
    once = ox.Store()
    once.extend([ox.Quad(doc, key, ox.Literal("5-KH/TU"), ASSERTED), ox.Quad(doc, issuer_p, body, ASSERTED),
                 ox.Quad(body, rdfs_label, ox.Literal("Tỉnh ủy Lạng Sơn", language="vi"), ASSERTED)])
    many = ox.Store()
    many.extend(list(once))
    many.extend([ox.Quad(body, rdfs_label, ox.Literal("Tỉnh ủy Lạng Sơn", language="vi"), source_graph(f"s{i}"))
                 for i in range(5)])
    entries = set(textindex.entries(once, [doc]))
    assert entries == set(textindex.entries(many, [doc]))
    words = _words(entries)
    assert {"5", "kh", "tu", "lạng", "lang", "sơn", "son"} <= words
    # an issuer without an IRI is read with its document
    blank = ox.Store()
    anon = ox.BlankNode("issuer")
    blank.extend([ox.Quad(doc, key, ox.Literal("5-KH/TU"), ASSERTED), ox.Quad(doc, issuer_p, anon, ASSERTED),
                  ox.Quad(anon, rdfs_label, ox.Literal("Tỉnh ủy Lạng Sơn", language="vi"), ASSERTED)])
    assert set(textindex.entries(blank, [doc])) == entries


def _words(quads) -> set[str]:
    """The words the entries among ``quads`` are found under: the forms of their word nodes."""
    quads = list(quads)
    forms: dict = {}
    for q in quads:
        if q.predicate == OX_DKG.wordForm:
            forms.setdefault(q.subject, set()).add(q.object.value)
    return {form for q in quads if q.predicate == OX_DKG.searchWord for form in forms.get(q.object, ())}


def _rebuilt(store) -> set:
    """The index a whole rebuild writes for the store as it is (the store is left with it)."""
    store.rebuild_index()
    return _index(store)


def _batches(generated: Path) -> list[list[ox.Quad]]:
    """The generated quads (the reference graph aside) in three parts by subject, in the order
    written: a document's issuer, units and tasks may come in another part than the document."""
    quads = [q for q in ox.parse(path=str(generated), format=ox.RdfFormat.N_QUADS)
             if not (isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value.endswith("/graph/reference"))]
    subjects = list(dict.fromkeys(q.subject for q in quads))
    part = {s: i * 3 // len(subjects) for i, s in enumerate(subjects)}
    return [[q for q in quads if part[q.subject] == n] for n in range(3)]


@pytest.mark.slow  # (several writes of thousands of quads and as many rebuilds: seconds)
def test_every_write_refreshes_the_index_to_exactly_what_a_rebuild_writes(generated_10k, new_store_path):
    """Several batches into one store: a large plain addition into an empty index, source graphs
    added, then one replaced with documents changed (new labels), removed and added. After each
    write the refreshed index equals, quad for quad, the one a whole rebuild writes."""
    store = Store.open(new_store_path)
    first, second, third = _batches(generated_10k)
    label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    src_a, src_b = source_graph("batch-a"), source_graph("batch-b")

    def into(graph, quads):
        return [ox.Quad(q.subject, q.predicate, q.object, graph) for q in quads]

    docs = sorted({q.subject for q in second if q.predicate == OX_DKG.key}, key=lambda n: n.value)
    assert len(docs) > 12
    removed, changed = set(docs[:5]), set(docs[5:10])
    replaced = [ox.Quad(q.subject, q.predicate, ox.Literal(q.object.value + " sửa đổi lần hai", language="vi"), q.graph_name)
                if q.subject in changed and q.predicate == label else q
                for q in into(src_a, second) if q.subject not in removed]
    writes = [(into(ASSERTED, first), None), (into(src_a, second), src_a), (into(src_b, third[:len(third) // 2]), src_b),
              (replaced + into(src_a, third[len(third) // 2:]), src_a)]
    for quads, graph in writes:
        store.write_quads(quads, graph)
        after_write = _index(store)
        assert after_write == _rebuilt(store)
        assert indexed(store) == live(store)
    words = _words(after_write)
    assert {"sửa", "sua", "đổi", "doi"} <= words  # the changed labels are found
    assert not any(next(iter(store.main.quads_for_pattern(textindex.entry_node(d), None, None, textindex.INDEX)), None)
                   for d in removed)  # and the removed documents are not
    store.close()


class _Killed(BaseException):
    """Stands for the process being killed (nothing after it runs)."""


@pytest.mark.slow  # (a write of thousands of quads, a reopen and a rebuild: seconds)
def test_a_refresh_killed_half_way_is_finished_by_the_next_open(generated_10k, new_store_path, monkeypatch):
    """Killed while the refresh writes the new entries (the old ones gone, half the new ones in),
    the next open refreshes what the write touched again: the index a rebuild would write."""
    store = Store.open(new_store_path)
    first, second, _ = _batches(generated_10k)
    store.write_quads([ox.Quad(q.subject, q.predicate, q.object, ASSERTED) for q in first], None)
    real = bulk.write

    def half_then_killed(dataset, added, **kwargs):
        if set(kwargs) <= {"location"}:  # (the refresh's write of the index: no record, nothing removed)
            real(dataset, added[:len(added) // 2])
            raise _Killed()
        return real(dataset, added, **kwargs)

    monkeypatch.setattr(bulk, "write", half_then_killed)
    with pytest.raises(_Killed):
        store.write_quads([ox.Quad(q.subject, q.predicate, q.object, ASSERTED) for q in second], None)
    monkeypatch.undo()
    store.close()
    again = Store.open(new_store_path)
    try:
        assert again.repaired and "was completed" in again.repaired.said("en")
        repaired = _index(again)
        assert repaired == _rebuilt(again) and indexed(again) == live(again)
    finally:
        again.close()


class _AsServer:
    """A store answered as a server answers (not a ``pyoxigraph.Store``): the index reads its
    documents' texts by query, never by pattern."""

    def __init__(self, inner: ox.Store) -> None:
        self.inner = inner

    def query(self, *args, **kwargs):
        return self.inner.query(*args, **kwargs)


def test_the_whole_store_read_by_pattern_gives_the_entries_the_queries_give(generated_10k):
    # textindex.entries(store) reads every document's own texts property by property, scanning
    # the store; given the nodes, it looks each one up; a server is asked the queries: all three
    # must give the same index
    store = ox.Store()
    store.extend(q for q in ox.parse(path=str(generated_10k), format=ox.RdfFormat.N_QUADS)
                 if isinstance(q.graph_name, ox.NamedNode))
    docs = {q.subject for q in store.quads_for_pattern(None, OX_DKG.key, None)}
    units = {q.subject for kind in ("Province", "District", "Commune")
             for q in store.quads_for_pattern(None, ox.NamedNode(RDF_TYPE), OX_DKG[kind])}
    whole = set(textindex.entries(store))
    assert len(docs) > 50 and any(q.predicate == OX_DKG.searchWord for q in whole)
    nodes = sorted(docs | units, key=lambda n: n.value)
    assert whole == set(textindex.entries(store, nodes)) == set(textindex.entries(_AsServer(store), nodes))


def test_a_refreshs_issuers_read_by_pattern_are_those_the_queries_give():
    # a refresh's nodes have their issuers looked up one by one, the blank ones' names with them;
    # a rebuild and a server ask the two queries: the texts and the entries must be the same
    rdfs_label, alias = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"), OX_DKG.alias
    doc, other = ox.NamedNode(f"{ID}doc/test/kh-7"), ox.NamedNode(f"{ID}doc/test/kh-8")
    body, unkeyed = ox.NamedNode(f"{ID}body/test/huyen-uy-cam-lo"), ox.NamedNode(f"{ID}doc/test/no-key")
    anon, anon2 = ox.BlankNode("b1"), ox.BlankNode("b2")
    store = ox.Store()
    for g in (ASSERTED, source_graph("s1"), source_graph("s2")):  # (each text's graph says it again)
        store.extend([ox.Quad(doc, OX_DKG.key, ox.Literal("7-KH/HU"), g), ox.Quad(doc, OX_DKG.issuer, body, g),
                      ox.Quad(body, rdfs_label, ox.Literal("Huyện ủy Cam Lộ", language="vi"), g)])
    store.extend([ox.Quad(doc, OX_DKG.issuer, anon, ASSERTED),  # (a second issuer, without an IRI)
                  ox.Quad(anon, alias, ox.Literal("Ban Tuyên giáo"), ASSERTED),
                  ox.Quad(other, OX_DKG.key, ox.Literal("8-KH/HU"), ASSERTED),
                  ox.Quad(other, OX_DKG.issuer, ox.Literal("Huyện ủy"), ASSERTED),  # near miss: a literal issuer
                  ox.Quad(unkeyed, OX_DKG.issuer, body, ASSERTED),  # near miss: no document (no key)
                  ox.Quad(anon2, rdfs_label, ox.Literal("Đảng ủy xã"), ASSERTED)])  # near miss: nobody's issuer
    nodes = [doc, other, unkeyed]
    by_pattern = doctexts.texts(store, nodes)
    assert sorted(by_pattern[doc]) == ["7-KH/HU", "Ban Tuyên giáo", "Huyện ủy Cam Lộ"]
    assert by_pattern[other] == ["8-KH/HU"] and unkeyed not in by_pattern
    by_query = doctexts.texts(_AsServer(store), nodes)
    assert {d: sorted(t) for d, t in by_pattern.items()} == {d: sorted(t) for d, t in by_query.items()}
    assert set(textindex.entries(store, nodes)) == set(textindex.entries(_AsServer(store), nodes)) \
        == set(textindex.entries(store))


@pytest.mark.slow  # (a write of thousands of quads and a rebuild: seconds)
def test_a_large_plain_addition_has_the_index_a_rebuild_writes(generated_10k, new_store_path, monkeypatch):
    """Two thirds of the generated data added in bulk to a store holding the first (issuers, units and
    tasks of a document may sit in the other part): the refreshed entries are those a rebuild makes. The entries
    of the documents new to the store, made before the write, are written by the data's bulk write, not after it."""
    store = Store.open(new_store_path)
    first, second, third = _batches(generated_10k)
    store.write_quads([ox.Quad(q.subject, q.predicate, q.object, ASSERTED) for q in first], None)
    rest = [ox.Quad(q.subject, q.predicate, q.object, ASSERTED) for q in (*second, *third)]
    assert bulk.is_bulk(len(rest)) and any(isinstance(q.subject, ox.BlankNode) for q in rest)
    writes: list[tuple[int, set, set]] = []
    real = bulk.write

    def spied(dataset, added, **kw):
        writes.append((len(added), {q.subject for q in kw.get("derived", ()) if q.predicate == OX_DKG.searchEntryFor},
                       {q.subject for q in added if q.predicate == OX_DKG.searchEntryFor}))
        return real(dataset, added, **kw)
    monkeypatch.setattr(bulk, "write", spied)
    store.write_quads(rest, None)
    (data, ahead, _), (_, _, refreshed) = writes
    assert data > len(rest) // 2 and len(ahead) >= 10 and not ahead & refreshed  # (the refresh: the other nodes' alone)
    assert _index(store) == _rebuilt(store) and indexed(store) == live(store)
    store.close()


@pytest.mark.slow  # (a write of thousands of quads: seconds)
def test_a_large_addition_that_fills_the_disk_takes_back_the_entries_written_with_it(generated_10k, new_store_path,
                                                                                     disk_full_at):
    """A bulk write that fails half-way in the process (a full disk) is taken back: the index entries written with
    its data go too, and the words only they named, so that the index is the one the store had before."""
    import threading

    from kg.errors import StoreError

    store = Store.open(new_store_path)
    first, second, third = _batches(generated_10k)
    store.write_quads([ox.Quad(q.subject, q.predicate, q.object, ASSERTED) for q in first], None)
    before, index_before = set(store.main), _index(store)
    earlier = set(threading.enumerate())  # (threads other tests left behind: never waited for)

    def parts_done() -> None:
        for thread in threading.enumerate():  # (every part this write started in: the entries among them)
            if thread not in earlier and thread is not threading.current_thread() and thread.daemon:
                thread.join(timeout=60)
    disk_full_at("data-partly-written", before=parts_done)
    with pytest.raises(StoreError, match="nothing was written"):
        store.write_quads([ox.Quad(q.subject, q.predicate, q.object, ASSERTED) for q in (*second, *third)], None)
    assert _index(store) == index_before and set(store.main) == before
    store.close()



def test_prune_words_drops_only_the_candidates_no_entry_has():
    """A word two entries share stays when one of them goes; a candidate no entry has goes; a word no
    entry has but that is not a candidate stays until a pruning of every word (the repair's)."""
    store = ox.Store()
    entry_a, entry_b = ox.NamedNode(ID + "e/a"), ox.NamedNode(ID + "e/b")
    shared, alone, stray = (textindex.word_node((w,)) for w in ("chuong", "trinh", "mot"))
    store.extend([ox.Quad(entry_a, OX_DKG.searchWord, shared, textindex.INDEX),
                  ox.Quad(entry_b, OX_DKG.searchWord, shared, textindex.INDEX),
                  *(ox.Quad(w, OX_DKG.wordForm, ox.Literal(f), textindex.INDEX)
                    for w, f in ((shared, "chuong"), (alone, "trinh"), (stray, "mot")))])
    store.remove(ox.Quad(entry_a, OX_DKG.searchWord, shared, textindex.INDEX))

    def forms() -> set[str]:
        return {q.object.value for q in store.quads_for_pattern(None, OX_DKG.wordForm, None, textindex.INDEX)}

    assert textindex.prune_words(store, [shared, alone]) == 1
    assert forms() == {"chuong", "mot"}
    assert textindex.prune_words(store) == 1
    assert forms() == {"chuong"}


def test_the_end_of_a_write_and_its_record_are_one_update():
    """A write of the inferences clears its mark and adds its change-log entry at once: a process killed
    between two separate writes left the inferences written with no record, unlike a clean store before or after."""
    dataset = ox.Store()
    textindex.begin_write(dataset, textindex.INFERENCES)
    change = ox.NamedNode("https://example.org/change/7")
    record = [ox.Quad(change, ox.NamedNode("https://example.org/said"), ox.Literal('a "quoted"\nname'),
                      ox.NamedNode("https://example.org/changes"))]
    textindex.end_write(dataset, textindex.INFERENCES, record=record)
    assert textindex.write_marks(dataset) == []
    assert list(dataset.quads_for_pattern(change, None, None, None)) == record
    # near miss: with no record, only the mark goes
    textindex.begin_write(dataset, textindex.INFERENCES)
    textindex.end_write(dataset, textindex.INFERENCES)
    assert textindex.write_marks(dataset) == [] and len(dataset) == 1
