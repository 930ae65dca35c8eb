"""A document's evidence quotes the mention that gives its number: a headline's bare "Kế hoạch" (the extractor's first
mention of the plan) is no sentence a reader can check the fact against."""

from __future__ import annotations

import datetime as dt

from kg import ingest
from kg.facts import DocumentRef, Facts, Place
from kg.rdf.vocab import OA
from kg.review import queue
from kg.review.model import items_of
from test_review import source_triples

TEXT = ("Phường Minh Xuân triển khai Kế hoạch của Tỉnh ủy\n"
        "Đảng ủy phường ban hành Kế hoạch số 7-KH/ĐU thực hiện Kế hoạch số 12-KH/TU ngày 15/8/2025 của Tỉnh ủy.")
HEADLINE = (TEXT.index("Kế hoạch"), TEXT.index("Kế hoạch") + len("Kế hoạch"))


def _at(words: str) -> tuple[int, int]:
    return TEXT.index(words), TEXT.index(words) + len(words)


def _facts() -> Facts:
    numbered = _at("Kế hoạch số 12-KH/TU")
    return Facts(source="p.txt", place=Place(province="Tuyên Quang"), text=TEXT, documents=[
        # first named by the headline's word, then by its number: the quote is the numbered mention
        DocumentRef(key="12-KH/TU", type="KH", number="12", issuer="Tỉnh ủy", issuer_code="TU", level="province",
                    date=dt.date(2025, 8, 15), span=HEADLINE, mentions=[HEADLINE, numbered]),
        # its own span gives its number: kept, whatever its other mentions
        DocumentRef(key="7-KH/ĐU", type="KH", number="7", issuer="Đảng ủy phường", issuer_code="ĐU", level="commune",
                    date=dt.date(2025, 9, 5), span=_at("Kế hoạch số 7-KH/ĐU"), mentions=[HEADLINE]),
        # no number: its own span, the only thing that names it
        DocumentRef(key="KH:của Tỉnh ủy", type="KH", span=HEADLINE, mentions=[HEADLINE, numbered])])


def test_a_document_s_item_quotes_its_numbered_mention():
    quotes = {i.fact["key"]: i.quote for i in items_of("s", _facts())}
    assert quotes == {"12-KH/TU": "Kế hoạch số 12-KH/TU", "7-KH/ĐU": "Kế hoạch số 7-KH/ĐU", "KH:của Tỉnh ủy": "Kế hoạch"}


def test_the_graph_s_evidence_and_the_review_queue_quote_the_same(memory_store, monkeypatch, tmp_path):
    (tmp_path / "p.txt").write_text(TEXT, encoding="utf-8")
    monkeypatch.setattr(ingest, "extract_one", lambda name, text, on, place, hints=None: _facts())
    assert ingest.ingest_paths(memory_store, [str(tmp_path / "p.txt")]).ok
    (entry,) = [e for e in queue(memory_store) if e.item.fact["key"] == "12-KH/TU"]
    assert entry.item.quote == "Kế hoạch số 12-KH/TU"
    exact = {str(o) for o in source_triples(memory_store, entry.item.source).objects(None, OA.exact)}
    assert "Kế hoạch số 12-KH/TU" in exact


def test_a_number_is_found_as_a_number_not_inside_a_year():
    text = "Kế hoạch năm 2025 của Huyện ủy\nHuyện ủy ban hành Kế hoạch số 5-KH/HU ngày 3/2/2025."
    headline, numbered = (0, len("Kế hoạch năm 2025")), (text.index("Kế hoạch số 5"), text.index(" ngày"))
    ref = DocumentRef(key="5-KH/HU", type="KH", number="5", span=headline, mentions=[headline, numbered])
    assert text[slice(*ref.quoted_span(text))] == "Kế hoạch số 5-KH/HU"
    # near miss: a span that gives the number keeps it
    assert DocumentRef(key="5-KH/HU", type="KH", number="5", span=numbered, mentions=[headline]).quoted_span(text) == numbered


def test_a_number_at_a_mention_s_edges_is_read_as_the_text_writes_it():
    # a digit just before the mention makes the number part of a longer one; one past the mention's end does not
    # count against it (the mention ends there), nor does the same number later in the sentence
    text = "Số 15 và Kế hoạch 5 năm; Kế hoạch số 5-KH/HU"
    longer = (text.index("5 và"), text.index(" và"))  # the '5' of '15'
    cut = (text.index("Kế hoạch số 5"), text.index("-KH"))  # ends right after the '5'
    ref = DocumentRef(key="5-KH/HU", type="KH", number="5", span=(0, 2), mentions=[longer, cut])
    assert ref.quoted_span(text) == cut
    # near miss: with only the '5' of '15' to offer, the document's own span stays
    assert DocumentRef(key="5-KH/HU", type="KH", number="5", span=(0, 2), mentions=[longer]).quoted_span(text) == (0, 2)
    # and a number whose next digit lies inside the mention is no match ('5' of '52')
    inside = (text.index("Kế hoạch số"), len(text))
    assert DocumentRef(key="5-KH/HU", type="KH", number="52", span=(0, 2), mentions=[inside]).quoted_span(text) == (0, 2)
