"""Undoing a change set from ``/changes`` (kg.changes_undo, kg.web.changes): the page says what an undo takes back
before it is done, its form posts with the update token and calls the rule ``dkg rollback`` calls
(kg.store.undo.rollback), a reader's token is refused with 403 and nothing is written, and a hostile value the
change set wrote reaches the page escaped."""

from __future__ import annotations

import httpx
import lxml.html

from kg.changes_undo import undo_plan
from kg.review import decide
from kg.store import history, undo
from kg.web import create_app
from kg.web.auth import TokensFile
from test_review_web import EVIL, store  # noqa: F401  (fixture)
from test_web_auth_readers import HOA, LAN, tokens  # noqa: F401  (fixture: Lan an analyst, Hoa a reader)
from test_web_support import running


def _corrected(c: httpx.Client, store) -> int:
    """The number of the change set a correction of ours made: the plan's subject given a hostile value."""
    sid = c.get("/review.json").json()["sources"][0]["id"]
    doc = next(f["id"] for f in c.get(f"/review/{sid}.json").json()["facts"] if f["kind"] == "document")
    r = c.post("/store/review", headers={"Authorization": f"Bearer {LAN}"},
               json={"ids": [doc], "decision": "corrected", "set": {"subject": EVIL}})
    assert r.status_code == 200, r.text
    return history.change_sets(store)[-1].number


def test_the_plan_names_the_later_change_sets_that_rest_on_one(store):  # noqa: F811
    from kg.review import decide, queue

    ingested = history.change_sets(store)[-1].number
    doc = next(e.item.id for e in queue(store) if e.item.kind == "document")
    decide(store, [doc], "corrected", changes={"subject": "xây dựng nông thôn mới"})
    corrected = history.change_sets(store)[-1].number
    plan = undo_plan(store, corrected)
    assert plan["change"] == corrected and plan["later"] == [] and plan["undone_by"] == []
    assert plan["change_set"] is not None and plan["change_set"]["id"] == corrected
    # the ingest under it cannot be undone alone: the plan says so before the rule refuses it
    assert undo_plan(store, ingested)["later"] == [corrected]
    undo.rollback(store, corrected)
    assert undo_plan(store, corrected)["undone_by"] == [history.change_sets(store)[-1].number]


def test_an_analyst_undoes_a_change_set_from_its_page_and_a_reader_cannot(store, tokens):  # noqa: F811
    app = create_app(store, tokens_file=TokensFile(tokens))
    with running(app) as base, httpx.Client(base_url=base, timeout=30) as c:
        number = _corrected(c, store)
        # /changes links each change set's undo page; its twin says where
        listing = c.get("/changes").text
        assert f'href="/changes/{number}/undo"' in listing
        assert {s["id"]: s["undo_href"] for s in c.get("/changes.json").json()["change_sets"]}[number] == \
            f"/changes/{number}/undo"
        # the undo page says what it takes back, the hostile value escaped, and its form posts with the token
        shown = c.get(f"/changes/{number}/undo")
        assert shown.status_code == 200 and f'action="/changes/{number}/undo"' in shown.text
        assert 'type="password" name="token"' in shown.text
        assert EVIL not in shown.text and "&lt;script&gt;" in shown.text
        twin = c.get(f"/changes/{number}/undo.json").json()
        assert twin["change"] == number and twin["later"] == twin["cascade"] == [] and twin["post"] == f"/changes/{number}/undo"
        assert twin["change_set"]["by"] == "Nguyễn Thị Lan"
        before, sets = len(store.main), len(history.change_sets(store))
        # a reader's token: 403, nothing written; no token or another one: 401
        refused = c.post(f"/changes/{number}/undo", data={"token": HOA}, headers={"Accept": "application/json"})
        assert refused.status_code == 403 and "reads only" in refused.json()["message"]
        assert c.post(f"/changes/{number}/undo", data={"token": "nope"}).status_code == 401
        assert c.post(f"/changes/{number}/undo", data={"cascade": ""}).status_code == 401
        assert (len(store.main), len(history.change_sets(store))) == (before, sets)
        # the analyst's token undoes it, recorded under her name, and the page opens at the undo
        done = c.post(f"/changes/{number}/undo", data={"token": LAN}, headers={"Accept": "text/html"},
                      follow_redirects=False)
        assert done.status_code == 303, done.text
        last = history.change_sets(store)[-1]
        assert done.headers["location"] == f"/changes#change-{last.number}"
        assert last.undoes == [number] and last.by == "Nguyễn Thị Lan"
        assert EVIL not in c.get("/doc/12-KH/TU.json").text


def test_an_undo_that_later_change_sets_rest_on_is_refused_alone(store, tokens):  # noqa: F811
    app = create_app(store, tokens_file=TokensFile(tokens))
    with running(app) as base, httpx.Client(base_url=base, timeout=30) as c:
        corrected = _corrected(c, store)
        ingested = corrected - 1
        page = c.get(f"/changes/{ingested}/undo").text
        assert f"#{corrected}" in page and 'name="cascade"' in page
        alone = c.post(f"/changes/{ingested}/undo", data={"token": LAN}, headers={"Accept": "application/json"})
        assert alone.status_code == 400 and "--cascade" in alone.json()["hint"]
        both = c.post(f"/changes/{ingested}/undo", data={"token": LAN, "cascade": "1"},
                      headers={"Accept": "application/json"})
        assert both.status_code == 200 and sorted(both.json()["undoes"]) == [ingested, corrected]
        # /changes names what the undo took back in its heading, each a link to it (newcomer39: it did not)
        undo = history.change_sets(store)[-1].number
        heading = next(line for line in c.get("/changes", params={"lang": "en"}).text.splitlines()
                       if f'<h2 class="change-set">#{undo} ' in line)
        took = ", ".join(f'<a href="/changes?lang=en#change-{n}">#{n}</a>' for n in (ingested, corrected))
        assert f"undoes {took}" in heading, heading
        # and the page of what it undid says by which undo, each number once (it said "#6. #6")
        again = c.get(f"/changes/{corrected}/undo", params={"lang": "en"}).text
        said = next(line for line in again.splitlines() if "already undone by" in line)
        assert said.count(f"#{undo}") == 1 and f'#change-{undo}">#{undo}</a>.' in said, said


def test_a_server_that_takes_no_writes_offers_no_undo(store):  # noqa: F811
    with running(create_app(store)) as base, httpx.Client(base_url=base, timeout=30) as c:
        number = history.change_sets(store)[-1].number
        assert "/undo" not in c.get("/changes").text
        assert all("undo_href" not in s for s in c.get("/changes.json").json()["change_sets"])
        shown = c.get(f"/changes/{number}/undo", params={"lang": "en"})
        assert shown.status_code == 200 and "<form class=\"undo\"" not in shown.text and "dkg rollback" in shown.text
        assert c.get(f"/changes/{number}/undo.json").json()["post"] is None
        assert c.post(f"/changes/{number}/undo", data={"token": LAN}).status_code == 403
        assert c.get("/changes/999/undo.json").status_code == 404


def test_an_undone_change_set_says_by_which_undo_and_a_second_undo_is_refused(store, tokens):  # noqa: F811
    app = create_app(store, tokens_file=TokensFile(tokens))
    with running(app) as base, httpx.Client(base_url=base, timeout=30) as c:
        number = _corrected(c, store)
        assert c.post(f"/changes/{number}/undo", data={"token": LAN}, headers={"Accept": "application/json"}).status_code == 200
        undo = history.change_sets(store)[-1].number
        # /changes: the change set says which undo took it back, whose, linked, and offers no "Undo…"; the undo does
        listing = c.get("/changes").text
        shown = listing[listing.index(f'id="change-{number}"'):]
        assert f'Đã hoàn tác ở <a href="/changes#change-{undo}">#{undo}</a> · người gửi: Nguyễn Thị Lan' in shown
        assert f'href="/changes/{number}/undo"' not in listing and f'href="/changes/{undo}/undo"' in listing
        sets = {s["id"]: s for s in c.get("/changes.json").json()["change_sets"]}
        assert sets[number]["undo_href"] is None and sets[number]["undone_by"]["id"] == undo
        assert sets[undo]["undone_by"] is None and sets[undo]["undo_href"] == f"/changes/{undo}/undo"
        # its undo page says so, in the reader's language, with no form, and links the undo of the undo
        page = c.get(f"/changes/{number}/undo", params={"lang": "en"}).text
        assert f"Change set #{number} was already undone by <a href=\"/changes?lang=en#change-{undo}\">#{undo}</a>." in page
        assert '<form class="undo"' not in page and f'href="/changes/{undo}/undo?lang=en"' in page
        # (nor what an undo would take back, nor a box to tick for the undo resting on it: there is no form)
        assert "Undoing takes back" not in page and "Later change sets rest on this one" not in page
        assert c.get(f"/changes/{number}/undo.json").json()["post"] is None
        # a second undo (an old tab's form, a client): 409 naming the undo, nothing written
        before = len(history.change_sets(store))
        again = c.post(f"/changes/{number}/undo", data={"token": LAN}, headers={"Accept": "application/json"})
        assert again.status_code == 409 and f"by change set {undo}" in again.json()["message"]
        assert f"`dkg rollback {undo}`" in again.json()["hint"]
        said = c.post(f"/changes/{number}/undo", data={"token": LAN}, headers={"Accept": "text/html"})
        assert said.status_code == 409 and f"đã được hoàn tác rồi, ở lần thay đổi {undo}" in said.text
        assert len(history.change_sets(store)) == before
        # near miss: the undo itself stands, and undoing it brings the change set back, with an "Undo…" again
        assert c.post(f"/changes/{undo}/undo", data={"token": LAN}, headers={"Accept": "application/json"}).status_code == 200
        assert f'href="/changes/{number}/undo"' in c.get("/changes").text
        assert "từng được hoàn tác" in c.get(f"/changes/{number}/undo").text


def test_undoing_one_of_two_decisions_on_a_text_takes_back_that_one_alone(store):  # noqa: F811
    """Two decisions of one reviewer on two facts of one text: the first wrote the reviewer's name, the second named
    them too, and an undo of the first was refused alone (the second read as resting on it), offering only to undo
    both. Now the first is undone alone; the second stays in force, its reviewer still named."""
    from kg.review import decide, queue, show

    def fact_history(store, fid):  # noqa: F811
        return show(store, fid)["history"]

    first, second = [e.item.id for e in queue(store)][:2]
    decide(store, [first], "rejected", reason="không có trong bài")
    rejected = history.change_sets(store)[-1].number
    decide(store, [second], "accepted")
    accepted = history.change_sets(store)[-1].number
    plan = undo_plan(store, rejected)
    assert plan["later"] == [] and plan["facts"] == [first]
    undone = undo.rollback(store, rejected)
    assert undone.undoes == [rejected]
    states = {e.item.id: e.status.state for e in queue(store)}
    assert states[first] == "pending" and states[second] == "accepted"
    (kept,) = fact_history(store, second)
    assert kept["reviewer"] == "Trần Thị Cúc" and kept["undone"] is None
    (taken,) = fact_history(store, first)
    assert taken["undone"]["id"] == undone.number and taken["reviewer"] == "Trần Thị Cúc"
    # undoing the undo brings the first back; the second is undone alone too, the name kept by the first
    undo.rollback(store, undone.number)
    undo.rollback(store, accepted)
    states = {e.item.id: e.status.state for e in queue(store)}
    assert states[first] == "rejected" and states[second] == "pending"
    assert fact_history(store, first)[0]["reviewer"] == "Trần Thị Cúc"


def test_an_undo_a_later_decision_rests_on_says_which_and_names_the_facts_to_decide_again(store, tokens):  # noqa: F811
    """A later decision on the same fact rests on the first (it takes back what the first wrote): the first cannot be
    undone alone, so its page says which change set rests on it, whose, and on which fact, asks before undoing both,
    and links the fact, where deciding again takes back that one decision alone."""
    from kg.review import decide, queue

    ingested = history.change_sets(store)[-1].number
    first = [e.item.id for e in queue(store)][0]
    decide(store, [first], "rejected", reason="không có trong bài")
    rejected = history.change_sets(store)[-1].number
    decide(store, [first], "accepted", reviewer="Phạm Văn Đức")
    again = history.change_sets(store)[-1].number
    plan = undo_plan(store, rejected)
    assert plan["facts"] == [first] and plan["later"] == [again]
    assert [(s["id"], s["reviewers"], s["facts"]) for s in plan["later_sets"]] == [(again, ["Phạm Văn Đức"], [first])]
    assert undo_plan(store, ingested)["facts"] == []  # (an ingest decides nothing: near miss)
    app = create_app(store, tokens_file=TokensFile(tokens))
    with running(app) as base, httpx.Client(base_url=base, timeout=30) as c:
        for lang, words in (("vi", "quyết định lại trên trang của dữ kiện"), ("en", "decide again on the fact")):
            page = c.get(f"/changes/{rejected}/undo", params={"lang": lang}).text
            assert words in page and f"/fact/{first}" in page and 'name="cascade"' in page
            (later,) = lxml.html.fromstring(page).xpath("//ul[@class='undo-later-sets']/li")
            said = later.text_content()
            assert f"#{again}" in said and "Phạm Văn Đức" in said and first in said, said
        assert c.get(f"/changes/{rejected}/undo.json").json()["facts"] == [first]
        # the last decision, which nothing rests on, is undone alone: no such paragraph (near miss)
        assert "decide again" not in c.get(f"/changes/{again}/undo", params={"lang": "en"}).text


def test_a_later_ingest_s_copies_of_a_decision_name_no_reviewer_and_decide_no_fact(tmp_path, monkeypatch):
    """fix40u: a text ingested again copies the decisions on its facts (``prov:wasDerivedFrom``); the undo page of the
    first ingest listed that re-ingest as reviewed by the analyst, with the facts "decided", where /changes says it
    recorded no decision."""
    from kg.store import Store
    from test_changes_decisions import _fact, _ingested, _new_version

    folder = _ingested(tmp_path, monkeypatch)
    store = Store.from_cli(folder, write=True)
    try:
        first = history.change_sets(store)[-1].number
        fid = _fact(store, "target")
        decide(store, [fid], "accepted", reviewer="Phạm Văn Bình")
        decided = history.change_sets(store)[-1].number
    finally:
        store.close()
    store = Store.from_cli(folder, write=True)
    try:
        again = _new_version(tmp_path, store)  # (which copies the decision to its target)
        later = {s["id"]: s for s in undo_plan(store, first)["later_sets"]}
        assert again in later and decided in later
        # the re-ingest copied the decision: no one's, on no fact
        assert (later[again]["reviewers"], later[again]["facts"]) == ([], [])
        # the decision itself is still the reviewer's, on its fact
        assert (later[decided]["reviewers"], later[decided]["facts"]) == (["Phạm Văn Bình"], [fid])
    finally:
        store.close()
