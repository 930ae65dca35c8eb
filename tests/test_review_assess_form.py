"""A target's assessment form on the review page without JavaScript: posted to /review/{source}/assess with
the update token as its password field, checked before anything is written, recorded through
kg.review.assess as the JSON route records it; the answer a page showing the assessment (or the JSON
route's answer to a client that asks for JSON)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from kg.web import create_app
from page_markup import HTML, inert, wrong_tokens
from test_review_web import store  # noqa: F401 (the store with the hostile text ingested)

TOKEN = "assess-form-token"
EVIL = '<img src=x onerror=alert(1)>"'


def setup(store, token=TOKEN) -> tuple[TestClient, str, dict]:
    """A client, the source's id and its target, corrected so that it is in the graph (it names no figure
    as extracted) and so can be assessed."""
    c = TestClient(create_app(store, update_token=token))
    (source,) = c.get("/review.json").json()["sources"]
    sid = source["id"]
    goal = next(f for f in c.get(f"/review/{sid}.json").json()["facts"] if f["kind"] == "target")
    if token:
        fixed = c.post(f"/review/{sid}/decisions", json={"ids": [goal["id"]], "decision": "corrected",
                                                         "set": {"value": "1500"}},
                       headers={"authorization": f"Bearer {token}"})
        assert fixed.status_code == 200 and fixed.json()["held"] == []
    return c, sid, goal


def assessment(c: TestClient, sid: str, fid: str):
    return next(f for f in c.get(f"/review/{sid}.json").json()["facts"] if f["id"] == fid)["assessment"]


def test_an_assessment_with_a_note_answers_with_a_page_and_is_recorded(store):
    c, sid, goal = setup(store)
    r = c.post(f"/review/{sid}/assess", data={"id": goal["id"], "status": "partly", "note": EVIL, "token": TOKEN},
               headers=HTML)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "Đã ghi đánh giá chỉ tiêu" in r.text and "Đạt một phần" in r.text
    assert "&lt;img src=x onerror=alert(1)&gt;" in r.text and inert(r.text)
    assert f'href="/review/{sid}#fact-{goal["id"]}"' in r.text
    said = assessment(c, sid, goal["id"])
    assert (said["status"], said["note"]) == ("partly", EVIL)
    en = c.post(f"/review/{sid}/assess?lang=en", data={"id": goal["id"], "status": "not-attained", "token": TOKEN},
                headers=HTML)
    assert "Target assessment recorded" in en.text and "Not attained" in en.text
    assert f"/review/{sid}?lang=en#fact-" in en.text
    said = assessment(c, sid, goal["id"])
    assert (said["status"], said["note"]) == ("not-attained", None)


def test_a_client_that_asks_for_json_gets_the_json_routes_answer(store):
    c, sid, goal = setup(store)
    form = c.post(f"/review/{sid}/assess", data={"id": goal["id"], "status": "attained", "token": TOKEN},
                  headers={"accept": "application/json"})
    twin = c.post(f"/review/{sid}/assessments", json={"id": goal["id"], "status": "attained"},
                  headers={"authorization": f"Bearer {TOKEN}"})
    assert form.status_code == twin.status_code == 200
    assert form.json() == twin.json() and set(form.json()) == {"lang", "assessed", "target", "replaces"}


@pytest.mark.parametrize("fields, headers", wrong_tokens(TOKEN))
def test_a_missing_empty_or_wrong_token_writes_nothing(store, fields, headers):
    c, sid, goal = setup(store)
    count = len(store)
    r = c.post(f"/review/{sid}/assess", data={"id": goal["id"], "status": "attained", **fields}, headers=headers)
    assert r.status_code == 401 and "token" in r.text
    assert assessment(c, sid, goal["id"]) is None and len(store) == count


def test_a_server_without_a_token_takes_no_assessment(store):
    c, sid, goal = setup(store, token=None)
    count = len(store)
    r = c.post(f"/review/{sid}/assess", data={"id": goal["id"], "status": "attained", "token": "anything"},
               headers=HTML)
    assert r.status_code == 403 and "update token" in r.text and len(store) == count
    assert f'action="/review/{sid}/assess"' not in c.get(f"/review/{sid}").text  # a read-only page has no forms


@pytest.mark.parametrize("status", ["", "vượt <b>mức</b>", "attained<script>"])
def test_a_status_that_is_not_an_assessment_is_400_naming_the_field_and_writes_nothing(store, status):
    c, sid, goal = setup(store)
    count = len(store)
    r = c.post(f"/review/{sid}/assess", data={"id": goal["id"], "status": status, "token": TOKEN}, headers=HTML)
    assert r.status_code == 400 and "status" in r.text and "attained, partly" in r.text
    assert inert(r.text) and "<b>" not in r.text
    assert assessment(c, sid, goal["id"]) is None and len(store) == count
    j = c.post(f"/review/{sid}/assess", data={"id": goal["id"], "status": status, "token": TOKEN})
    assert j.status_code == 400 and j.json()["message"].startswith("status ")


def test_a_fact_that_is_not_an_assessable_target_is_refused_with_a_message(store):
    c, sid, goal = setup(store)
    doc = next(f for f in c.get(f"/review/{sid}.json").json()["facts"] if f["kind"] == "document")
    r = c.post(f"/review/{sid}/assess", data={"id": doc["id"], "status": "attained", "token": TOKEN}, headers=HTML)
    assert r.status_code == 400 and "là dữ kiện văn bản, không phải chỉ tiêu" in r.text  # (in the page's language)
    en = c.post(f"/review/{sid}/assess?lang=en", data={"id": doc["id"], "status": "attained", "token": TOKEN}, headers=HTML)
    assert en.status_code == 400 and "is a document, not a target" in en.text
    unknown = c.post(f"/review/{sid}/assess", data={"id": "<b>fnope</b>", "status": "attained", "token": TOKEN},
                     headers=HTML)
    assert unknown.status_code == 404 and "&lt;b&gt;fnope&lt;/b&gt;" in unknown.text and inert(unknown.text)
    missing = c.post(f"/review/{sid}/assess", data={"status": "attained", "token": TOKEN})
    assert missing.status_code == 400 and "names no target" in missing.json()["message"]
    assert c.post(f"/review/{sid}/assess", json={"id": goal["id"], "status": "attained", "token": TOKEN}).status_code == 415
    assert assessment(c, sid, goal["id"]) is None


def test_the_source_page_gives_a_target_its_plain_form(store):
    c, sid, goal = setup(store)
    page = c.get(f"/review/{sid}").text
    form = page.split('<form class="assess"')[1].split("</form>")[0]
    assert f'method="post" action="/review/{sid}/assess"' in form
    assert f'<input type="hidden" name="id" value="{goal["id"]}">' in form
    assert '<noscript><label>Mã cập nhật <input type="password" name="token"' in form
    assert f"/review/{sid}/assess?lang=en" in c.get(f"/review/{sid}?lang=en").text
    back = c.get(f"/review/{sid}/assess?lang=en", follow_redirects=False)
    assert back.status_code == 303 and back.headers["location"] == f"/review/{sid}?lang=en"


def test_a_refusal_is_said_in_the_pages_language_and_in_english_to_a_client(store):
    """An analyst who typed a wrong token reads why in the page's language (the form's users are the ones
    without a script, who see only this page); a client reads the English it always has."""
    c, sid, goal = setup(store)
    form = {"id": goal["id"], "status": "attained", "token": "sai"}
    page = c.post(f"/review/{sid}/assess", data=form, headers=HTML)
    assert page.status_code == 401 and "việc đánh giá chỉ tiêu cần mã cập nhật (update token) của máy chủ" in page.text
    assert "vào ô “Mã cập nhật” của biểu mẫu" in page.text
    en = c.post(f"/review/{sid}/assess?lang=en", data=form, headers=HTML)
    assert "an assessment needs the server&#39;s update token" in en.text
    client = c.post(f"/review/{sid}/assess", data=form).json()
    assert client["message"] == "an assessment needs the server's update token" and "form's token field" in client["hint"]
    off = TestClient(create_app(store)).post(f"/review/{sid}/assess", data=form, headers=HTML)
    assert off.status_code == 403 and "việc đánh giá chỉ tiêu bị từ chối" in off.text
    assert assessment(c, sid, goal["id"]) is None
