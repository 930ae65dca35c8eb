"""Decisions about one fact apply in the order they were taken, each to the fact as it then stands
(kg.review.model.state_of): an acceptance after a correction keeps the correction; a correction after an
acceptance replaces the accepted fact; a rejection after a correction takes the fact out, and accepting it
again brings the correction back. The same through the library, the review page's JSON and forms, and a
re-ingest of the same text afterwards; graphs are compared as quads. And an assessment is recorded in the
change log as the decisions are: named after the command, the server that ran it, and the text."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from fastapi.testclient import TestClient

from kg import ingest
from kg.changes import source_texts
from kg.rdf.graphs import source_graph
from kg.review import decide, ledger, queue
from kg.review.model import Decision, Item, carried_item, state_of
from kg.store import Store
from kg.store.history import change_sets
from kg.web import create_app
from page_markup import HTML
from test_review import TEXT, hand_facts

TOKEN = "order-t0ken"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
GOAL = "Phấn đấu kết nạp 1.500 hội viên mới"  # the target the hand-written facts read, 1,500 as extracted


# --- the model ------------------------------------------------------------------------------------
ITEM = Item(id="f1", source="s", kind="target", fact={"text": "a", "value": 1500}, quote="a 1.500", start=0, end=7)
HOURS = [dt.datetime(2026, 1, 1, h, tzinfo=dt.timezone.utc) for h in range(5)]
FIXED = Decision("f1", "corrected", "Lan", HOURS[0], previous=ITEM.fact, new={"text": "a", "value": 1600},
                 quote=ITEM.quote, kind="target", start=0, end=7)


def test_an_acceptance_after_a_correction_confirms_the_correction():
    ok = Decision("f1", "accepted", "Minh", HOURS[1], previous=FIXED.new, quote=ITEM.quote, kind="target", start=0, end=7)
    st = state_of(ITEM, [ok, FIXED])  # (given in any order: applied in the order they were taken)
    assert (st.state, st.fact, st.decision, st.stale) == ("corrected", FIXED.new, ok, None)
    # a later extractor reading another value, on a wider span: the confirmed correction still stands
    moved = dataclasses.replace(ITEM, fact={"text": "a", "value": 1700}, quote="a 1.700 more")
    assert state_of(moved, [FIXED, ok]).fact == FIXED.new
    # and it outlives an extractor that no longer reads the fact at all, with the extracted fact beside it
    carried = carried_item("s", "a 1.500 hội viên", [FIXED, ok])
    assert carried is not None and carried.fact == ITEM.fact and carried.quote == "a 1.500"
    assert state_of(carried, [FIXED, ok]).fact == FIXED.new


def test_a_correction_after_an_acceptance_replaces_the_accepted_fact():
    ok = Decision("f1", "accepted", "Minh", HOURS[0], previous=ITEM.fact, quote=ITEM.quote)
    later = dataclasses.replace(FIXED, at=HOURS[1])
    assert state_of(ITEM, [ok]).state == "accepted"
    st = state_of(ITEM, [ok, later])
    assert (st.state, st.fact, st.decision) == ("corrected", FIXED.new, later)


def test_a_rejection_after_a_correction_holds_and_an_acceptance_brings_the_correction_back():
    no = Decision("f1", "rejected", "Minh", HOURS[1], previous=FIXED.new, quote=ITEM.quote)
    st = state_of(ITEM, [FIXED, no])
    assert (st.state, st.fact, st.decision) == ("rejected", FIXED.new, no)  # the fact rejected: as it stood
    again = Decision("f1", "accepted", "Lan", HOURS[2], previous=FIXED.new, quote=ITEM.quote)
    st = state_of(ITEM, [FIXED, no, again])
    assert (st.state, st.fact, st.decision) == ("corrected", FIXED.new, again)
    # without a correction, the near miss: a rejected fact accepted again is the extracted fact, accepted
    plain = Decision("f1", "rejected", "Minh", HOURS[0], previous=ITEM.fact, quote=ITEM.quote)
    back = Decision("f1", "accepted", "Lan", HOURS[1], previous=ITEM.fact, quote=ITEM.quote)
    assert (state_of(ITEM, [plain, back]).state, state_of(ITEM, [plain, back]).fact) == ("accepted", ITEM.fact)


# --- the library ----------------------------------------------------------------------------------
@pytest.fixture
def reingest(monkeypatch, tmp_path):
    """Ingest TEXT (again) into a store, with the hand-written facts instead of the extractor's."""
    path = tmp_path / "plan.txt"
    path.write_text(TEXT, encoding="utf-8")
    monkeypatch.setattr(ingest, "extract_one", lambda name, text, on, place, hints=None: hand_facts(text))
    monkeypatch.setenv("DKG_REVIEWER", "Trần Thị Cúc")

    def run(store):
        summary = ingest.ingest_paths(store, [str(path)])
        assert summary.ok, summary.to_text()

    return run


def fresh(reingest) -> tuple[Store, str, str]:
    """A store with TEXT ingested, its source id and the id of the target GOAL."""
    store = Store.open(None)
    reingest(store)
    goal = next(e.item for e in queue(store) if e.item.kind == "target" and e.item.fact["text"] == GOAL)
    return store, goal.source, goal.id


def graph(store: Store, source: str) -> set:
    return set(store.main.quads_for_pattern(None, None, None, source_graph(source)))


def entry(store: Store, fid: str):
    return next(e for e in queue(store) if e.item.id == fid)


def test_accept_after_correct_keeps_the_corrected_graph_through_a_re_ingest(reingest):
    store, source, goal = fresh(reingest)
    extracted = graph(store, source)
    decide(store, [goal], "corrected", reviewer="Lan", changes={"value": "1600"})
    corrected = graph(store, source)
    assert corrected != extracted
    decide(store, [goal], "accepted", reviewer="Minh")
    assert graph(store, source) == corrected
    e = entry(store, goal)
    assert (e.status.state, e.status.fact["value"], e.status.decision.state) == ("corrected", 1600, "accepted")
    reingest(store)  # the same text: the extractor still reads 1,500
    assert graph(store, source) == corrected
    assert entry(store, goal).status.fact["value"] == 1600


def test_correct_after_accept_and_reject_after_correct_give_the_graphs_of_the_last_word(reingest):
    store, source, goal = fresh(reingest)
    decide(store, [goal], "corrected", reviewer="Lan", changes={"value": "1600"})
    corrected = graph(store, source)
    other, _, same = fresh(reingest)  # the same text in another store: the same ids and nodes
    assert same == goal
    decide(other, [goal], "accepted", reviewer="Minh")
    decide(other, [goal], "corrected", reviewer="Lan", changes={"value": "1600"})
    assert graph(other, source) == corrected
    decide(other, [goal], "rejected", reviewer="Minh", reason="counted twice")
    rejected = graph(other, source)
    assert rejected < corrected  # the target's nodes left; nothing else changed
    assert entry(other, goal).status.fact["value"] == 1600  # what was rejected: the fact as corrected
    reingest(other)
    assert graph(other, source) == rejected and entry(other, goal).status.state == "rejected"
    decide(other, [goal], "accepted", reviewer="Lan")  # taken back: the correction stands again
    assert graph(other, source) == corrected
    reingest(other)
    assert graph(other, source) == corrected and entry(other, goal).status.state == "corrected"


def test_a_corrected_file_replacing_the_text_keeps_a_correction_accepted_and_one_rejected(reingest, tmp_path):
    store, source, goal = fresh(reingest)
    task = next(e.item.id for e in queue(store) if e.item.kind == "assignment")
    decide(store, [goal], "corrected", reviewer="Lan", changes={"value": "1600"})
    decide(store, [goal], "accepted", reviewer="Minh")
    decide(store, [task], "corrected", reviewer="Lan", changes={"role": "monitor"})
    decide(store, [task], "rejected", reviewer="Minh")
    # a corrected file: the same name and lines, one line added (another text, another source id)
    (tmp_path / "plan.txt").write_text(TEXT + "\nMột dòng thêm vào bản sửa của kế hoạch này.", encoding="utf-8")
    reingest(store)
    (new,) = {e.item.source for e in queue(store)}
    assert new != source
    mine = {e.item.kind: e for e in queue(store) if e.item.kind in ("target", "assignment")
            and e.item.fact.get("text") in (None, GOAL)}
    assert (mine["target"].status.state, mine["target"].status.fact["value"]) == ("corrected", 1600)
    assert (mine["assignment"].status.state, mine["assignment"].status.fact["role"]) == ("rejected", "monitor")
    # the graph is the one the new version gives with the same last words taken on it directly
    other = Store.open(None)
    reingest(other)
    by_kind = {e.item.kind: e.item.id for e in queue(other) if e.item.kind in ("target", "assignment")
               and e.item.fact.get("text") in (None, GOAL)}
    decide(other, [by_kind["target"]], "corrected", reviewer="Lan", changes={"value": "1600"})
    decide(other, [by_kind["assignment"]], "rejected", reviewer="Minh")
    assert graph(store, new) == graph(other, new)


# --- through the web ------------------------------------------------------------------------------
def facts_of(c: TestClient, source: str) -> dict[str, dict]:
    return {f["id"]: f for f in c.get(f"/review/{source}.json").json()["facts"]}


def test_the_review_page_s_json_and_forms_keep_a_correction_accepted_and_a_re_ingest_keeps_it(reingest):
    store, source, goal = fresh(reingest)
    c = TestClient(create_app(store, update_token=TOKEN))
    json_way = f"/review/{source}/decisions"
    assert c.post(json_way, json={"ids": [goal], "decision": "corrected", "set": {"value": "1600"}},
                  headers=AUTH).status_code == 200
    corrected = graph(store, source)
    assert c.post(json_way, json={"ids": [goal], "decision": "accepted"}, headers=AUTH).status_code == 200
    fact = facts_of(c, source)[goal]
    assert (fact["state"], fact["fact"]["value"], fact["extracted"]["value"]) == ("corrected", 1600, 1500)
    assert fact["decision"]["state"] == "accepted" and graph(store, source) == corrected
    # the plain form: rejected, then accepted again; the answer page says the fact stands corrected
    form = f"/review/{source}/decide?lang=en"
    r = c.post(form, data={"id": goal, "decision": "rejected", "token": TOKEN}, headers=HTML)
    assert r.status_code == 200 and facts_of(c, source)[goal]["state"] == "rejected"
    assert graph(store, source) < corrected
    r = c.post(form, data={"id": goal, "decision": "accepted", "token": TOKEN}, headers=HTML)
    assert r.status_code == 200 and "Corrected" in r.text and "1,600" in r.text
    assert graph(store, source) == corrected
    # the same text ingested again through the server
    again = c.post("/store/ingest", files=[("file", ("plan.txt", TEXT.encode(), "text/plain"))], headers=AUTH)
    assert again.status_code == 200, again.text
    assert graph(store, source) == corrected
    assert facts_of(c, source)[goal]["fact"]["value"] == 1600


def test_a_correction_after_an_acceptance_from_the_form_replaces_it(reingest):
    store, source, goal = fresh(reingest)
    c = TestClient(create_app(store, update_token=TOKEN))
    accepted = c.post(f"/review/{source}/decide", data={"id": goal, "decision": "accepted", "token": TOKEN},
                      headers={"accept": "application/json"})
    assert accepted.json() == {"lang": "en", "decided": [goal], "held": [], "replaces": []}
    shown = facts_of(c, source)[goal]
    assert shown["state"] == "accepted"
    fields = {n: "" if shown["fact"].get(n) is None else str(shown["fact"][n]) for n in shown["fields"]}
    form = {"id": goal, "decision": "corrected", "token": TOKEN, **fields, "value": "1600",
            **{"was:" + n: v for n, v in fields.items()}}
    assert c.post(f"/review/{source}/decide", data=form, headers=HTML).status_code == 200
    fact = facts_of(c, source)[goal]
    assert (fact["state"], fact["fact"]["value"]) == ("corrected", 1600)
    other, _, _ = fresh(reingest)
    decide(other, [goal], "corrected", reviewer="Lan", changes={"value": "1600"})
    assert graph(store, source) == graph(other, source)


# --- an assessment in the change log --------------------------------------------------------------
@pytest.mark.parametrize("route,command", [("/store/assess", "dkg review assess"), ("/review/{source}/assessments",
                                                                                     "review page")])
def test_an_assessment_through_the_server_is_named_as_a_decision_is(reingest, route, command):
    store, source, goal = fresh(reingest)
    c = TestClient(create_app(store, update_token=TOKEN))
    r = c.post("/store/review", json={"ids": [goal], "decision": "accepted"}, headers=AUTH)
    assert r.status_code == 200
    r = c.post(route.format(source=source), json={"id": goal, "status": "partly", "note": "1.200"}, headers=AUTH)
    assert r.status_code == 200, r.text
    accepted, assessed = change_sets(store)[-2:]
    assert accepted.command == "dkg review accept (through dkg serve)"
    assert assessed.command == f"{command} (through dkg serve)"
    # the text, as `dkg history` names it (by the texts the change set's sources name), as for the acceptance
    known = {m["id"]: m for m in ledger.sources(store)}
    named = [source_texts(c.sources, known) for c in (accepted, assessed)]
    assert named[0] == named[1] and [(t["id"], t["href"]) for t in named[1]] == [(source, f"/review/{source}")]
