"""An analyst who came to a fact from a document's card goes back to it from the review page: each fact there, and
each fact the plain form's answer shows, links the cards of the documents it is about (``document_hrefs`` in the
JSON twin, as ``/fact/{id}.json`` has), the key's words escaped."""

from __future__ import annotations

from page_markup import HTML, inert
from test_review_decide_form import TOKEN, correction, setup
from test_review_web import store  # noqa: F401 (the store with the hostile text ingested)

#: a key well written (a plan without a number, TYPE:description), hostile in its words: kept, and escaped wherever shown
EVIL = 'KH:<script>alert(1)</script>'


def test_each_fact_of_the_review_page_links_the_card_of_its_document(store):
    c, sid, by_kind = setup(store)
    target = by_kind["assignment"]
    assert target["document_hrefs"] == {"12-KH/TU": "/doc/12-KH/TU"}
    assert c.get(f"/fact/{target['id']}.json").json()["document_hrefs"] == target["document_hrefs"]  # (one address)
    page = c.get(f"/review/{sid}").text
    box = page[page.index(f'id="fact-{target["id"]}"'):]
    box = box[:box.index("</li>")]
    assert '<div class="about muted">Về văn bản: <a href="/doc/12-KH/TU">' in box
    assert 'href="/doc/12-KH/TU?lang=en"' in c.get(f"/review/{sid}?lang=en").text


def test_the_plain_form_s_answer_links_back_to_the_card_too(store):
    c, sid, by_kind = setup(store)
    target = by_kind["assignment"]
    r = c.post(f"/review/{sid}/decide", data={"id": target["id"], "decision": "accepted", "token": TOKEN}, headers=HTML)
    assert r.status_code == 200 and '<div class="about">Về văn bản: <a href="/doc/12-KH/TU">' in r.text


def test_a_hostile_key_is_linked_quoted_and_shown_escaped(store):
    c, sid, by_kind = setup(store)
    target = by_kind["assignment"]
    r = c.post("/store/review", json={"ids": [target["id"]], "decision": "corrected", "set": {"document": EVIL}},
               headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 200, r.text
    fact = next(f for f in c.get(f"/review/{sid}.json").json()["facts"] if f["id"] == target["id"])
    assert list(fact["document_hrefs"]) == [EVIL] and "<" not in fact["document_hrefs"][EVIL]
    page = c.get(f"/review/{sid}").text
    assert "<script>alert(1)" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;</a>" in page
    answer = c.post(f"/review/{sid}/decide", data={"id": target["id"], "decision": "accepted", "token": TOKEN},
                    headers=HTML).text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;</a>" in answer and inert(answer)
    # the same words with nothing that makes them a key are refused, escaped in the answer, and nothing is written
    before = len(store.main)
    shown = next(f for f in c.get(f"/review/{sid}.json").json()["facts"] if f["id"] == target["id"])
    junk = c.post(f"/review/{sid}/decide", data=correction(shown, document="<script>alert(1)</script>"), headers=HTML)
    assert junk.status_code == 400 and "không phải là khóa của một văn bản" in junk.text and inert(junk.text)
    assert "<script>alert(1)" not in junk.text and len(store.main) == before


def test_a_fact_about_no_known_document_links_no_card(store):
    """A near miss: a target the text ties to no document says nothing of cards."""
    c, sid, by_kind = setup(store)
    target = by_kind["target"]
    assert target["fact"]["document"] is None and target["document_hrefs"] == {}
    page = c.get(f"/review/{sid}").text
    box = page[page.index(f'id="fact-{target["id"]}"'):]
    assert 'class="about' not in box[:box.index("</li>")]
    assert page.count('class="about muted"') == 2  # (the document and the task)
