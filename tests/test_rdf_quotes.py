"""A quote's context (kg.rdf.quotes): not written at ingest, made again from the source's text for the card and the
exports, equal to what the builder's rule (kg.facts.evidence_of) gives; kept where a selector has its own."""
from __future__ import annotations

import io

import pyoxigraph as ox
import pytest

from kg import ingest
from kg.cards import document_card
from kg.exporting import writer
from kg.changes import Filters
from kg.facts import evidence_of
from kg.rdf.graphs import REFERENCE
from kg.rdf.quotes import context_quads, quote_selectors
from kg.rdf.terms import OX_OA, OX_RDF

TEXT = ("Ngày 22/7/2016, UBND tỉnh Quảng Ngãi ban hành Quyết định số 353/QĐ-UBND về điều chỉnh chỉ tiêu giảm "
        "nghèo. Quyết định được ban hành căn cứ Nghị quyết số 80/2011/NQ-CP ngày 19/5/2011 của Chính phủ về định "
        "hướng giảm nghèo bền vững. Theo kế hoạch, Sở Lao động - Thương binh và Xã hội chủ trì tổ chức tập huấn "
        "cho cán bộ cấp xã.")


@pytest.fixture
def ingested(memory_store, tmp_path):
    path = tmp_path / "qd.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert ingest.ingest_paths(memory_store, [str(path)]).ok
    return memory_store


def _span(main, quote: ox.NamedNode) -> tuple[int, int]:
    target = next(main.quads_for_pattern(None, OX_OA.hasSelector, quote, None)).subject
    for sel in main.quads_for_pattern(target, OX_OA.hasSelector, None, None):
        start = next(main.quads_for_pattern(sel.object, OX_OA.start, None, None), None)
        if start is not None:
            end = next(main.quads_for_pattern(sel.object, OX_OA.end, None, None))
            return int(start.object.value), int(end.object.value)
    raise AssertionError("no position selector")


def _expected(main) -> set[ox.Quad]:
    """The context the builder's rule gives each quote, from the text as written (not as the store holds it)."""
    out = set()
    for q in quote_selectors(main):
        ev = evidence_of(TEXT, _span(main, q.subject))
        out |= {ox.Quad(q.subject, OX_OA.prefix, ox.Literal(ev["prefix"]), q.graph_name),
                ox.Quad(q.subject, OX_OA.suffix, ox.Literal(ev["suffix"]), q.graph_name)}
    return out


def test_the_store_holds_no_context_and_the_one_made_is_the_builders(ingested):
    main = ingested.main
    quotes = list(quote_selectors(main))
    assert len(quotes) >= 3
    assert not list(main.quads_for_pattern(None, OX_OA.prefix, None, None))
    assert not list(main.quads_for_pattern(None, OX_OA.suffix, None, None))
    made = set(context_quads(main, quotes))
    assert made == _expected(main) and len(made) == 2 * len(quotes)


def test_a_selector_with_its_own_context_keeps_it(ingested):
    main = ingested.main
    quote = next(quote_selectors(main))
    main.add(ox.Quad(quote.subject, OX_OA.prefix, ox.Literal("loaded "), quote.graph_name))
    made = list(context_quads(main, [quote]))
    assert made == []


def test_no_context_without_the_sources_text_or_a_readable_span(ingested):
    main = ingested.main
    quotes = list(quote_selectors(main))
    # a position that is no number (a hand-made file): nothing made, no error
    start = next(main.quads_for_pattern(None, OX_OA.start, None, None))
    main.remove(start)
    main.add(ox.Quad(start.subject, OX_OA.start, ox.Literal("<script>"), start.graph_name))
    assert len(list(context_quads(main, quotes))) == 2 * (len(quotes) - 1)
    # the record (the text) gone: nothing to make it from
    records = [q for q in main if q.predicate.value.endswith("#sourceText")]
    assert records
    for q in records:
        main.remove(q)
    assert list(context_quads(main, quotes)) == []


def test_both_exports_and_the_card_give_the_context(ingested):
    main = ingested.main
    expected = _expected(main)
    out = io.BytesIO()
    ingested.export("nq", out)
    exported = set(ox.parse(out.getvalue(), format=ox.RdfFormat.N_QUADS))
    assert expected <= exported
    write, _ = writer(ingested, "nq", Filters(doc="353/QĐ-UBND"))
    out = io.BytesIO()
    write(out)
    sliced = set(ox.parse(out.getvalue(), format=ox.RdfFormat.N_QUADS))
    quotes = {q.subject for q in sliced if q.predicate == OX_RDF.type and q.object == OX_OA.TextQuoteSelector}
    assert quotes and {q for q in expected if q.subject in quotes} <= sliced
    card = document_card(ingested, "353/QĐ-UBND", "vi")
    shown = [qt for t in card["tasks"] for s in t["sources"] for qt in s["quotes"]]
    assert shown and all(qt["prefix"] is not None and qt["suffix"] is not None for qt in shown)
    for qt in shown:
        ev = evidence_of(TEXT, (int(qt["start"]), int(qt["end"])))
        assert (qt["exact"], qt["prefix"], qt["suffix"]) == (ev["exact"], ev["prefix"], ev["suffix"])


HAND_MADE = """
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix dkg: <https://w3id.org/directive-kg/ontology#> .
<urn:x:queue> { <urn:x:record> dkg:aboutSource <urn:x:src> ; dkg:sourceText "%s" . }
<urn:x:data> {
  <urn:x:t1> oa:hasSource <urn:x:src> ; oa:hasSelector _:q1, _:p1 .
  _:q1 a oa:TextQuoteSelector ; oa:exact "Quyết định số 353/QĐ-UBND" .
  _:p1 oa:start 46 ; oa:end 71 .
  <urn:x:t2> oa:hasSource <urn:x:src> ; oa:hasSelector <urn:x:q2>, <urn:x:p2> .
  <urn:x:q2> a oa:TextQuoteSelector .
  <urn:x:p2> oa:start 0 ; oa:end 15 .
}
<urn:x:elsewhere> { <urn:x:q2> a oa:TextQuoteSelector . }
""" % TEXT


def test_a_blank_selector_of_a_hand_made_file_gets_its_context_in_the_graph_of_its_type():
    main = ox.Store()
    main.load(HAND_MADE.encode(), format=ox.RdfFormat.TRIG)
    made = set(context_quads(main, quote_selectors(main)))
    quotes = {q.subject: q.graph_name for q in quote_selectors(main)}
    blank = next(s for s in quotes if isinstance(s, ox.BlankNode))
    expected = set()
    for quote, span in ((blank, (46, 71)), (ox.NamedNode("urn:x:q2"), (0, 15))):
        ev = evidence_of(TEXT, span)
        expected |= {ox.Quad(quote, OX_OA.prefix, ox.Literal(ev["prefix"]), ox.NamedNode("urn:x:data")),
                     ox.Quad(quote, OX_OA.suffix, ox.Literal(ev["suffix"]), ox.NamedNode("urn:x:data"))}
    # (q2's type in another graph, where no target points to it: nothing made there)
    assert made == expected


def test_a_remote_store_is_asked_a_few_requests_not_some_a_quote(ingested, tmp_path, monkeypatch):
    """The same context from an Oxigraph server, in one query for the quotes and one for their source's text,
    however many quotes (a lookup a quote was a request each)."""
    from conftest import start_oxigraph_server

    from kg.store.remote import RemoteDataset

    proc, url = start_oxigraph_server(tmp_path / "server")
    remote = RemoteDataset(url)
    try:
        remote.extend(q for q in ingested.main if q.graph_name != REFERENCE)
        sent: list[str] = []
        post = remote.client.post

        def counted(*args, **kwargs):  # (each HTTP request the dataset sends)
            sent.append(args[0])
            return post(*args, **kwargs)

        monkeypatch.setattr(remote.client, "post", counted)
        quotes = list(quote_selectors(remote))
        sent.clear()
        made = set(context_quads(remote, quotes))
        assert len(quotes) >= 3 and made == set(context_quads(ingested.main, quote_selectors(ingested.main)))
        assert len(sent) == 2  # (the quotes' targets, positions and sources; the source's text)
    finally:
        remote.close()
        proc.terminate()
        proc.wait(timeout=10)


def test_the_turtle_of_dkg_extract_keeps_each_quotes_context(tmp_path):
    # (no review record stands beside it to make the context from, and a file loaded keeps what it holds)
    from kg.extracting import extract_files

    path = tmp_path / "qd.txt"
    path.write_text(TEXT, encoding="utf-8")
    store = ox.Store()
    store.load(extract_files([str(path)], fmt="ttl").encode("utf-8"), format=ox.RdfFormat.TURTLE)
    quotes = list(quote_selectors(store))
    assert len(quotes) >= 3
    for q in quotes:
        ev = evidence_of(TEXT, _span(store, q.subject))
        assert [x.object for x in store.quads_for_pattern(q.subject, OX_OA.prefix, None, None)] == [ox.Literal(ev["prefix"])]
        assert [x.object for x in store.quads_for_pattern(q.subject, OX_OA.suffix, None, None)] == [ox.Literal(ev["suffix"])]
