"""A fact's plain form on the review page without JavaScript: posted to /review/{source}/decide with the
update token as its password field, checked as the header is before anything is written, decided through
kg.review.decide as the JSON route is; the answer a page saying what was decided and what still stays out
of the graph (or the JSON route's answer to a client that asks for JSON)."""

from __future__ import annotations


import pytest
from fastapi.testclient import TestClient

from kg.web import create_app
from page_markup import HTML, inert, wrong_tokens
from kg.web.review import WAS, form_changes
from test_review_web import store  # noqa: F401 (the store with the hostile text ingested)

TOKEN = "fact-form-token"
EVIL = '<img src=x onerror=alert(1)>"'




def setup(store, token=TOKEN) -> tuple[TestClient, str, dict[str, dict]]:
    c = TestClient(create_app(store, update_token=token))
    (source,) = c.get("/review.json").json()["sources"]
    data = c.get(f"/review/{source['id']}.json").json()
    return c, source["id"], {f["kind"]: f for f in data["facts"]}


def states(c: TestClient, sid: str) -> dict[str, str]:
    return {f["id"]: f["state"] for f in c.get(f"/review/{sid}.json").json()["facts"]}


def correction(fact: dict, **changed: str) -> dict[str, str]:
    """What a browser posts from a fact's correction form: every field as shown, ``changed`` typed over."""
    shown = {name: "" if fact["fact"].get(name) is None else str(fact["fact"][name]) for name in fact["fields"]}
    return {"id": fact["id"], "decision": "corrected", "token": TOKEN, "reason": "",
            **{name: changed.get(name, v) for name, v in shown.items()}, **{WAS + n: v for n, v in shown.items()}}


def corrected_as(c: TestClient, sid: str, fact: dict, form: dict[str, str], field: str, typed: str):
    """Posts ``form`` with ``typed`` in ``field`` (the page answers that it corrected the fact); ``field`` as stored."""
    r = c.post(f"/review/{sid}/decide", data=form | {field: typed}, headers=HTML)
    assert r.status_code == 200 and "Đã sửa" in r.text
    return next(f for f in c.get(f"/review/{sid}.json").json()["facts"] if f["id"] == fact["id"])["fact"][field]


def form_in_words(c: TestClient, sid: str, fact: dict, field: str, word: str, listed: tuple[str, ...],
                  datalist: str) -> dict[str, str]:
    """The fact's correction form, checked to show ``field`` as ``word`` (its twin too, so that an untouched form
    changes nothing and is refused) with the list ``datalist`` of ``listed``."""
    page = c.get(f"/review/{sid}").text
    assert f'name="{field}" value="{word}" list="{datalist}"' in page and f'name="{WAS}{field}" value="{word}"' in page
    assert all(f'<option value="{w}">' in page for w in listed)
    shown = correction(fact) | {field: word, WAS + field: word}
    assert c.post(f"/review/{sid}/decide", data=shown).status_code == 400
    return shown


def test_a_rejection_with_a_reason_answers_with_a_page_and_is_recorded(store):
    c, sid, by_kind = setup(store)
    doc = by_kind["document"]
    r = c.post(f"/review/{sid}/decide", data={"id": doc["id"], "decision": "rejected", "token": TOKEN,
                                               "reason": EVIL}, headers=HTML)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "Kết quả duyệt" in r.text and "Đã loại" in r.text
    assert "&lt;img src=x onerror=alert(1)&gt;" in r.text and inert(r.text)
    assert f'href="/review/{sid}#fact-{doc["id"]}"' in r.text
    after = {f["id"]: f for f in c.get(f"/review/{sid}.json").json()["facts"]}
    assert after[doc["id"]]["state"] == "rejected" and after[doc["id"]]["decision"]["reason"] == EVIL
    assert after[doc["id"]]["decision"]["reviewer"] == "Trần Thị Cúc"  # (the server's $DKG_REVIEWER)
    en = c.post(f"/review/{sid}/decide?lang=en", data={"id": doc["id"], "decision": "accepted", "token": TOKEN},
                headers=HTML)
    assert "Review decision" in en.text and "Accepted" in en.text and f"/review/{sid}?lang=en#fact-" in en.text


def test_a_client_that_asks_for_json_gets_the_json_routes_answer(store):
    c, sid, by_kind = setup(store)
    task, goal = by_kind["assignment"], by_kind["target"]
    form = c.post(f"/review/{sid}/decide", data={"id": goal["id"], "decision": "accepted", "token": TOKEN},
                  headers={"accept": "application/json"}).json()
    twin = c.post(f"/review/{sid}/decisions", json={"ids": [task["id"]], "decision": "accepted"},
                  headers={"authorization": f"Bearer {TOKEN}"}).json()
    assert set(form) == set(twin) == {"lang", "decided", "held", "replaces"}
    # the target names no figure: accepted, it still stays out of the graph, as the JSON route says
    assert form["decided"] == [goal["id"]] and [h["id"] for h in form["held"]] == [goal["id"]]
    assert form["held"][0]["violation"] and twin["held"] == []


@pytest.mark.parametrize("fields, headers", wrong_tokens(TOKEN))
def test_a_missing_empty_or_wrong_token_writes_nothing(store, fields, headers):
    c, sid, by_kind = setup(store)
    before, count = states(c, sid), len(store)
    r = c.post(f"/review/{sid}/decide", data={"id": by_kind["document"]["id"], "decision": "rejected", **fields},
               headers=headers)
    assert r.status_code == 401 and "token" in r.text
    assert states(c, sid) == before and len(store) == count


# (headers a browser sends with a form, from this server's page or from a page of another site; the test
# client asks for host "testserver")
OWN_PAGE = [{"origin": "http://testserver"}, {"sec-fetch-site": "same-origin", "origin": "https://kg.example.vn"},
            {"origin": "https://testserver", "x-forwarded-host": "testserver"}, {}]
OTHER_SITE = [{"origin": "http://evil.example"}, {"origin": "null"}, {"origin": "http://testserver:8001"},
              {"sec-fetch-site": "cross-site", "origin": "http://evil.example"}, {"sec-fetch-site": "same-site"},
              {"sec-fetch-site": "cross-site", "origin": "http://testserver"}]


@pytest.mark.parametrize("sent", OTHER_SITE)
def test_a_form_posted_from_another_site_writes_nothing_even_with_the_token(store, sent):
    c, sid, by_kind = setup(store)
    before, count = states(c, sid), len(store)
    r = c.post(f"/review/{sid}/decide", data={"id": by_kind["document"]["id"], "decision": "rejected", "token": TOKEN},
               headers={**HTML, **sent})
    assert r.status_code == 403 and "biểu mẫu được gửi từ một trang khác" in r.text and inert(r.text)
    assert states(c, sid) == before and len(store) == count
    j = c.post(f"/review/{sid}/decide", data={"id": by_kind["document"]["id"], "decision": "rejected", "token": TOKEN},
               headers=sent)
    assert j.status_code == 403 and j.json()["error"] == "forbidden" and "another site" in j.json()["message"]


@pytest.mark.parametrize("sent", OWN_PAGE)
def test_a_form_posted_from_the_servers_own_page_is_decided(store, sent):
    c, sid, by_kind = setup(store)
    r = c.post(f"/review/{sid}/decide", data={"id": by_kind["document"]["id"], "decision": "rejected", "token": TOKEN},
               headers={**HTML, **sent})
    assert r.status_code == 200 and states(c, sid)[by_kind["document"]["id"]] == "rejected"


def test_a_server_without_a_token_takes_no_decision(store):
    c, sid, by_kind = setup(store, token=None)
    before, count = states(c, sid), len(store)
    r = c.post(f"/review/{sid}/decide", data={"id": by_kind["document"]["id"], "decision": "rejected",
                                               "token": "anything"}, headers=HTML)
    assert r.status_code == 403 and "update token" in r.text
    assert states(c, sid) == before and len(store) == count
    assert 'action="/review/' not in c.get(f"/review/{sid}").text  # a read-only page has no forms


def test_an_unknown_fact_is_404_with_a_message(store):
    c, sid, _ = setup(store)
    before = states(c, sid)
    r = c.post(f"/review/{sid}/decide", data={"id": "<b>fnope</b>", "decision": "accepted", "token": TOKEN},
               headers=HTML)
    assert r.status_code == 404 and "no fact with id &lt;b&gt;fnope&lt;/b&gt;" in r.text and inert(r.text)
    j = c.post(f"/review/{sid}/decide", data={"id": "fnope", "decision": "accepted", "token": TOKEN})
    assert j.status_code == 404 and "fnope" in j.json()["message"]
    missing = c.post(f"/review/{sid}/decide", data={"decision": "accepted", "token": TOKEN})
    assert missing.status_code == 400 and missing.json()["message"]
    assert states(c, sid) == before


def test_a_correction_sends_only_the_fields_changed_and_its_values_come_back_escaped(store):
    c, sid, by_kind = setup(store)
    task = by_kind["assignment"]
    r = c.post(f"/review/{sid}/decide", data=correction(task, task=EVIL), headers=HTML)
    assert r.status_code == 200 and "Đã sửa" in r.text
    assert "&lt;img src=x onerror=alert(1)&gt;" in r.text and inert(r.text)
    after = next(f for f in c.get(f"/review/{sid}.json").json()["facts"] if f["id"] == task["id"])
    assert after["state"] == "corrected" and after["fact"]["task"] == EVIL
    assert {k: v for k, v in after["fact"].items() if k != "task"} == {k: v for k, v in task["fact"].items() if k != "task"}
    # the source page shows it escaped too, in the field and in the line
    assert inert(c.get(f"/review/{sid}").text.split('<script src=')[0])


def test_a_correction_that_leaves_a_fact_out_of_the_graph_says_so(store):
    c, sid, by_kind = setup(store)
    goal = by_kind["target"]
    r = c.post(f"/review/{sid}/decide", data=correction(goal, unit="đoàn viên"), headers=HTML)
    assert r.status_code == 200 and "Chưa vào đồ thị" in r.text
    fixed = c.post(f"/review/{sid}/decide", data=correction(goal, value="1500"), headers=HTML)
    assert fixed.status_code == 200 and "Chưa vào đồ thị" not in fixed.text


@pytest.mark.parametrize("kind, field, value", [("target", "value", "nhiều <b>lắm</b>"),
                                                ("assignment", "role", "boss"),
                                                ("target", "period", "<i>mãi</i>")])
def test_a_bad_value_is_400_naming_the_field_and_writes_nothing(store, kind, field, value):
    c, sid, by_kind = setup(store)
    before = states(c, sid)
    r = c.post(f"/review/{sid}/decide", data=correction(by_kind[kind], **{field: value}), headers=HTML)
    assert r.status_code == 400 and f"{field}=" in r.text and inert(r.text) and "<b>" not in r.text
    assert states(c, sid) == before


def test_a_body_that_is_not_a_form_is_415_and_writes_nothing(store):
    c, sid, by_kind = setup(store)
    before = states(c, sid)
    r = c.post(f"/review/{sid}/decide", json={"id": by_kind["document"]["id"], "decision": "rejected", "token": TOKEN})
    assert r.status_code == 415 and "x-www-form-urlencoded" in r.json()["hint"]
    assert states(c, sid) == before


def test_a_correction_form_with_nothing_changed_is_refused(store):
    c, sid, by_kind = setup(store)
    r = c.post(f"/review/{sid}/decide", data=correction(by_kind["assignment"]))
    assert r.status_code == 400 and "nothing to correct" in r.json()["message"]
    assert "field a new value" in r.json()["hint"]  # (a form has no --set: the hint said only that)


def test_form_changes_keep_only_fields_shown_and_changed():
    form = {"id": "f1", "token": "t", "body": "Sở Nội vụ", WAS + "body": "Sở Tư pháp", "task": "x", WAS + "task": "x",
            "role": "lead"}  # (role without its twin: not a field the page showed)
    assert form_changes(form) == {"body": "Sở Nội vụ"}


def test_the_source_page_gives_each_fact_its_forms(store):
    c, sid, by_kind = setup(store)
    page = c.get(f"/review/{sid}").text
    assert page.count(f'action="/review/{sid}/decide"') == 2 * len(by_kind)  # a decision and a correction each
    assert page.count('<noscript><label>Mã cập nhật <input type="password" name="token"') == 2 * len(by_kind)
    assert f'name="{WAS}body" value="Ban Dân vận Tỉnh ủy"' in page
    assert f"/review/{sid}/decide?lang=en" in c.get(f"/review/{sid}?lang=en").text
    back = c.get(f"/review/{sid}/decide?lang=en", follow_redirects=False)
    assert back.status_code == 303 and back.headers["location"] == f"/review/{sid}?lang=en"


def test_a_role_is_shown_and_corrected_in_the_words_the_page_says_it(store):
    """The correction form showed an assignment's role as its code ("lead") while the fact's line said "chủ trì",
    and a role typed as the page says it was refused. The field now shows "chủ trì" (its twin too, so an
    untouched form changes nothing), lists the four roles, and takes "phối hợp" as the code "coordinate"."""
    c, sid, by_kind = setup(store)
    task = by_kind["assignment"]
    assert task["fact"]["role"] == "lead"
    shown = form_in_words(c, sid, task, "role", "chủ trì", ("chủ trì", "phối hợp", "tham gia", "theo dõi, giám sát"),
                          "dl-roles")
    en = c.get(f"/review/{sid}?lang=en").text
    assert 'name="role" value="lead" list="dl-roles"' in en and '<option value="coordinating">' in en
    assert corrected_as(c, sid, task, shown, "role", "Phối hợp") == "coordinate"


def test_a_link_s_type_is_shown_and_corrected_in_the_words_the_card_says_it(memory_store, monkeypatch, tmp_path):
    """The correction form showed a link's type as its code ("implements") while the card said "thực hiện", and
    "căn cứ" typed there was refused asking for "based_on" (polish30: an analyst's first correction of a link). The
    field shows the ontology's word (its twin too), lists the seven, and takes "căn cứ" as the code "based_on"."""
    from ward_plan import ingest_ward_plan

    ingest_ward_plan(memory_store, monkeypatch, tmp_path, link=True)
    c, sid, by_kind = setup(memory_store)
    link = by_kind["link"]
    assert link["fact"]["type"] == "implements"
    shown = form_in_words(c, sid, link, "type", "thực hiện", ("thực hiện", "căn cứ", "viện dẫn", "sửa đổi, bổ sung"),
                          "dl-links")
    assert 'name="type" value="implements" list="dl-links"' in c.get(f"/review/{sid}?lang=en").text
    assert corrected_as(c, sid, link, shown, "type", "căn cứ") == "based_on"
    # near miss: a word that is no link's type is refused, naming the seven as the card says them, with their codes
    refused = c.post(f"/review/{sid}/decide", data=shown | {"type": "chỉ đạo"}, headers=HTML)
    assert refused.status_code == 400 and "căn cứ (based_on)" in refused.text


def test_a_level_is_shown_and_corrected_in_the_words_the_card_says_it(store):
    """The correction form showed a document's level as its code ("district") while the card said "Huyện", and
    "xã" typed there was refused asking for "commune" (a commune's plan read as a district's, after the 2025
    reform left no districts, could not be corrected in the words the analyst uses). The field shows the word
    (its twin too), lists the four levels, and takes "xã" or "cấp xã" as the code "commune"."""
    c, sid, by_kind = setup(store)
    doc = by_kind["document"]
    said = {"central": "trung ương", "province": "tỉnh", "district": "huyện", "commune": "xã"}
    page = c.get(f"/review/{sid}").text
    if doc["fact"].get("level"):
        shown = said[doc["fact"]["level"]]
        assert f'name="level" value="{shown}" list="dl-levels"' in page and f'name="{WAS}level" value="{shown}"' in page
    assert all(f'<option value="{w}">' in page for w in said.values())
    assert '<option value="commune">' in c.get(f"/review/{sid}?lang=en").text
    form = correction(doc)
    form |= {"level": said.get(doc["fact"].get("level") or "", ""), WAS + "level": said.get(doc["fact"].get("level") or "", "")}
    assert corrected_as(c, sid, doc, form, "level", "Cấp xã") == "commune"
    # near miss: a word that is no level is refused, naming the four as the card says them, with their codes
    refused = c.post(f"/review/{sid}/decide", data=form | {"level": "thôn"}, headers=HTML)
    assert refused.status_code == 400 and "xã (commune)" in refused.text
