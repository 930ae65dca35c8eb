"""kg.web.writes: loads, ingests, review decisions, reasoning and reindexing through the app, with
the update token; the same library calls and reports as the CLI; hostile requests refused with
the store unchanged."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient

from conftest import copy_store
from kg.rdf.graphs import ASSERTED, QUARANTINE
from kg.store import Store, history
from kg.web import create_app

FIXTURES = Path(__file__).parent / "fixtures"
GOOD = (FIXTURES / "store" / "good.ttl").read_bytes()
BAD = (FIXTURES / "store" / "nonconforming.ttl").read_bytes()
PLAN = (FIXTURES / "review" / "plan.txt").read_bytes()
TOKEN = "t0ken-for-writes"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
EX = "http://example.org/"
SOURCE_GRAPHS = "https://w3id.org/directive-kg/graph/source/"


@pytest.fixture
def store(new_store_path):
    s = Store.open(new_store_path)
    yield s
    s.close()


def client(store, token: str | None = TOKEN) -> TestClient:
    return TestClient(create_app(store, update_token=token))


def asserted(store) -> set:
    return set(store.main.quads_for_pattern(None, None, None, ASSERTED))


def everything(store) -> set:
    return set(store.main) | set(store.quarantine_store)


def test_store_json_says_what_the_server_is_and_whether_it_takes_writes(store):
    assert client(store).get("/store.json").json()["writes"] is True
    info = client(store, None).get("/store.json").json()
    assert info["service"] == "directive-kg" and info["writes"] is False


def test_load_through_the_app_is_the_load_of_the_cli(store, tmp_path, empty_store_template):
    resp = client(store).post("/store/load", files=[("file", ("good.ttl", GOOD, "text/turtle"))], headers=AUTH)
    assert resp.status_code == 200, resp.text
    d = resp.json()
    assert d["files"] == ["good.ttl"] and d["graph"] == ASSERTED.value and not d["quarantined"]
    # the same quads as `Store.load_files` of the same file into another store
    other = Store.open(copy_store(empty_store_template, tmp_path / "other"))
    other.load_files([str(FIXTURES / "store" / "good.ttl")])
    assert asserted(store) == asserted(other) and d["triples"] == len(asserted(other))
    other.close()


def test_writes_need_the_token(store):
    before = everything(store)
    files = [("file", ("good.ttl", GOOD, "text/turtle"))]
    no_header = client(store).post("/store/load", files=files)
    assert no_header.status_code == 401 and no_header.headers["www-authenticate"] == "Bearer"
    assert "update token" in no_header.json()["message"]
    wrong = client(store).post("/store/load", files=files, headers={"Authorization": "Bearer guess"})
    assert wrong.status_code == 401
    basic = client(store).post("/store/reindex", json={}, headers={"Authorization": f"Basic {TOKEN}"})
    assert basic.status_code == 401
    read_only = client(store, None).post("/store/load", files=files, headers=AUTH)
    assert read_only.status_code == 403 and "--update-token" in read_only.json()["hint"]
    for path in ("/store/reason", "/store/reindex", "/store/review", "/store/assess", "/store/rollback"):
        assert client(store).post(path, json={}).status_code == 401, path
    assert everything(store) == before


def test_a_nonconforming_load_is_refused_with_the_report_unless_forced(store):
    store.load_files([str(FIXTURES / "store" / "good.ttl")])  # (the resolution the bad programme predates)
    before = everything(store)
    resp = client(store).post("/store/load", files=[("file", ("bad.ttl", BAD, "text/turtle"))], headers=AUTH)
    assert resp.status_code == 422
    body = resp.json()
    assert body["error"] == "validation" and "bad.ttl" in body["message"] and not body["report"]["conforms"]
    assert everything(store) == before
    forced = client(store).post("/store/load", files=[("file", ("bad.ttl", BAD, "text/turtle"))],
                                data={"force": "true"}, headers=AUTH)
    assert forced.status_code == 200 and forced.json()["quarantined"] is True
    assert forced.json()["graph"] == QUARANTINE.value and len(store.quarantine_store) > 0


def test_hostile_uploads_change_nothing(store, tmp_path, monkeypatch):
    c = client(store)
    before = everything(store)
    # data for a graph the store owns
    reserved = b'<urn:s> <urn:p> "x" <https://w3id.org/directive-kg/graph/inferred> .\n'
    resp = c.post("/store/load", files=[("file", ("r.nq", reserved, "application/n-quads"))], headers=AUTH)
    assert resp.status_code == 400 and "graph/inferred" in resp.json()["message"]
    # a syntax error names the file and line
    resp = c.post("/store/load", files=[("file", ("broken.ttl", b"<urn:a> <urn:b> .\n", "text/turtle"))],
                  headers=AUTH)
    assert resp.status_code == 400 and resp.json()["file"] == "broken.ttl" and resp.json()["line"] == 1
    # a name that is a path on the server is a label only: the server reads nothing from its disk
    secret = tmp_path / "secret.ttl"
    secret.write_text(f'<{EX}s> <{EX}p> "secret" .\n')
    resp = c.post("/store/load", files=[("file", (str(secret), b"", "text/turtle"))], headers=AUTH)
    assert ox.Literal("secret") not in {q.object for q in store.main}
    resp = c.post("/store/ingest", files=[("file", (str(tmp_path), b"", "text/plain"))], headers=AUTH)
    assert resp.status_code == 200 and resp.json()["refused"][0]["message"].endswith("is empty: there is no "
                                                                                        "text to extract facts from")
    # two files of one name, no file, not a form
    twice = [("file", ("a.ttl", GOOD, "text/turtle")), ("file", ("a.ttl", GOOD, "text/turtle"))]
    assert c.post("/store/load", files=twice, headers=AUTH).status_code == 400
    assert c.post("/store/load", data={"force": "true"}, files=[], headers=AUTH).status_code in (400, 415)
    assert c.post("/store/load", content=GOOD, headers={**AUTH, "Content-Type": "text/turtle"}).status_code == 415
    # over the upload limit: 413, the setting named
    monkeypatch.setenv("DKG_MAX_UPLOAD_BYTES", "1000")
    resp = c.post("/store/load", files=[("file", ("big.ttl", GOOD * 3, "text/turtle"))], headers=AUTH)
    assert resp.status_code == 413 and "DKG_MAX_UPLOAD_BYTES" in resp.json()["message"]
    # ... said in the page's language to a browser (the review page's upload form is one)
    page = c.post("/store/load", files=[("file", ("big.ttl", GOOD * 3, "text/turtle"))],
                  headers={**AUTH, "accept": "text/html"})
    assert page.status_code == 413 and "lớn hơn DKG_MAX_UPLOAD_BYTES (1.000 byte)" in page.text
    assert "mỗi lần gửi ít tệp hơn" in page.text and "request body" not in page.text
    assert everything(store) == before


def test_ingest_through_the_app_reports_what_the_cli_reports(store):
    files = [("file", ("plan.txt", PLAN, "text/plain")), ("file", ("empty.txt", b"  \n", "text/plain"))]
    resp = client(store).post("/store/ingest", files=files, data={"date": "2024-05-01"}, headers=AUTH)
    assert resp.status_code == 200, resp.text
    d = resp.json()
    assert d["files"] == 2 and d["loaded"] == 1 and d["triples"] > 0 and d["exit_code"] == 2
    assert d["text"].startswith("ingested 2 files: 1 text written") and "refused: empty.txt: is empty" in d["text"]
    assert d["text_vi"].startswith("đã nạp 2 tệp: ghi 1 văn bản") and "ingested" not in d["text_vi"]  # (beside message_vi)
    assert client(store).get("/review.json").json()["sources"], "the review intake recorded the text"
    # the names a multipart encoder would escape, given exactly in the names field
    odd = 'thư mục/kế hoạch "2".txt'
    named = client(store).post("/store/ingest", files=[("file", (odd, b" ", "text/plain"))],
                               data={"names": json.dumps([odd])}, headers=AUTH)
    assert named.json()["refused"][0]["file"] == odd
    mismatch = client(store).post("/store/ingest", files=[("file", (odd, b" ", "text/plain"))],
                                  data={"names": "[]"}, headers=AUTH)
    assert mismatch.status_code == 400 and "one name for each file" in mismatch.json()["message"]
    not_json = client(store).post("/store/ingest", files=[("file", (odd, b" ", "text/plain"))],
                                  data={"names": "[oops"}, headers=AUTH)
    assert not_json.status_code == 400
    bad_date = client(store).post("/store/ingest", files=files, data={"date": "May"}, headers=AUTH)
    assert bad_date.status_code == 400 and "date 'May' is not a day" in bad_date.json()["message"]


@pytest.mark.slow  # (ingest, review, assess, reason, reindex and roll back through the app: over a second)
def test_review_reason_reindex_and_rollback_through_the_app(store):
    c = client(store)
    files = [("file", ("plan.txt", PLAN, "text/plain"))]
    assert c.post("/store/ingest", files=files, headers=AUTH).status_code == 200
    (source,) = c.get("/review.json").json()["sources"]
    facts = c.get(f"/review/{source['id']}.json").json()["facts"]
    first = facts[0]["id"]
    resp = c.post("/store/review", json={"ids": [first], "decision": "rejected", "reason": "không đúng",
                                         "reviewer": "Lê Văn An"}, headers=AUTH)
    assert resp.status_code == 200 and resp.json()["decided"] == [first]
    fact = next(f for f in c.get(f"/review/{source['id']}.json").json()["facts"] if f["id"] == first)
    assert fact["state"] == "rejected" and fact["decision"]["reviewer"] == "Lê Văn An"
    lead = next(f for f in facts if f["kind"] == "assignment" and f["fact"]["role"] == "lead")
    corrected = c.post("/store/review", json={"ids": [lead["id"]], "decision": "corrected",
                                              "set": {"body": "Ban Tuyên giáo Tỉnh ủy"}}, headers=AUTH)
    assert corrected.status_code == 200, corrected.text
    lead = next(f for f in c.get(f"/review/{source['id']}.json").json()["facts"] if f["id"] == lead["id"])
    assert lead["state"] == "corrected" and lead["fact"]["body"] == "Ban Tuyên giáo Tỉnh ủy"
    target = next(f for f in facts if f["kind"] == "target")
    assessed = c.post("/store/assess", json={"id": target["id"], "status": "partly", "note": "1.200/1.500"},
                      headers=AUTH)
    assert assessed.status_code == 200, assessed.text
    target = next(f for f in c.get(f"/review/{source['id']}.json").json()["facts"] if f["id"] == target["id"])
    assert target["assessment"] is not None
    unknown = c.post("/store/review", json={"ids": ["nosuch"], "decision": "accepted"}, headers=AUTH)
    assert unknown.status_code == 404
    bad = c.post("/store/review", json={"ids": "x", "decision": "accepted"}, headers=AUTH)
    assert bad.status_code == 400
    reasoned = c.post("/store/reason", json={"engine": "rules"}, headers=AUTH)
    assert reasoned.status_code == 200 and reasoned.json()["text"].startswith("reasoned with rules")
    assert c.post("/store/reason", json={"engine": "magic"}, headers=AUTH).status_code == 400
    reindexed = c.post("/store/reindex", json={}, headers=AUTH).json()
    assert reindexed["documents"] >= 1
    ingest_set = next(ch for ch in history.change_sets(store) if ch.command.startswith("dkg ingest"))
    assert ingest_set.command == "dkg ingest (through dkg serve)"
    alone = c.post("/store/rollback", json={"change": ingest_set.number}, headers=AUTH)
    assert alone.status_code == 400 and "--cascade" in alone.json()["hint"]  # the library's own refusal
    undone = c.post("/store/rollback", json={"change": ingest_set.number, "cascade": True}, headers=AUTH)
    assert undone.status_code == 200, undone.text
    assert undone.json()["undoes"][0] == ingest_set.number
    assert not any(q.graph_name.value.startswith(SOURCE_GRAPHS) for q in store.main)


@pytest.mark.parametrize("body", [{"ids": ["f0"]}, {"ids": ["f0"], "decision": "accept"}, {"ids": ["f0"], "state": "rejected"}])
def test_a_review_without_a_known_decision_names_the_field_and_its_values(store, body):
    resp = client(store).post("/store/review", json=body, headers=AUTH)
    assert resp.status_code == 400
    said = resp.json()
    assert said["message"].startswith("decision must be accepted, corrected or rejected")
    assert '"decision": "accepted"' in said["hint"]


def test_a_review_decision_sent_as_a_form_says_what_body_to_send(store):
    for body in ({"content": b"ids=x&decision=accepted", "headers": {**AUTH, "Content-Type": "application/x-www-form-urlencoded"}},
                 {"json": ["x"], "headers": AUTH}):
        r = client(store).post("/store/review", **body)
        assert r.status_code == 400
        assert "application/json" in r.json()["hint"] and '"decision": "accepted"' in r.json()["hint"]
    # near miss: the JSON object it asks for is taken (and an unknown id named)
    r = client(store).post("/store/review", json={"ids": ["nope"], "decision": "accepted"}, headers=AUTH)
    assert r.status_code == 404 and "nope" in r.json()["message"]


def test_an_upload_without_a_file_is_said_in_the_language_asked(store):
    c = client(store)
    form_without_file = {"data": {"date": "2024-05-01"}, "files": {"text": (None, "không phải tệp")}}
    vi = c.post("/store/ingest?lang=vi", headers=AUTH, **form_without_file)
    assert vi.status_code == 400
    assert vi.json() == {"error": "usage", "message": "yêu cầu không kèm tệp nào",
                         "hint": "gửi mỗi tệp trong một trường multipart tên là file, ví dụ `curl -F file=@van-ban.txt`"}
    en = c.post("/store/ingest", headers=AUTH, **form_without_file)  # an API client that did not ask: English
    assert en.status_code == 400 and en.json()["message"] == "no file uploaded" and "field named file" in en.json()["hint"]
    not_a_form = c.post("/store/ingest?lang=vi", content=PLAN, headers={**AUTH, "Content-Type": "text/plain"})
    assert not_a_form.status_code == 415 and not_a_form.json()["message"] == "kiểu nội dung 'text/plain' không được nhận"
    not_json = c.post("/store/review?lang=vi", content=b"ids=x", headers={**AUTH, "Content-Type": "text/plain"})
    assert not_json.json()["message"] == "nội dung yêu cầu không phải JSON" and "đối tượng JSON" in not_json.json()["hint"]


#: the routes that take a POST and never write: a validation of the RDF posted (a SPARQL update, the one write of
#: /sparql, stays among the others)
READ_ONLY_POSTS = {"/validate"}
INSERT = "INSERT DATA { <http://example.org/s> <http://example.org/p> <http://example.org/o> }"


def _routes(app, method: str) -> list[str]:
    return [path for path, ops in app.openapi()["paths"].items() if method in ops]


def _ingested(store) -> tuple[str, str]:
    """A text of our own ingested through the app: its source id and a document key it names."""
    resp = client(store).post("/store/ingest", files=[("file", ("plan.txt", PLAN, "text/plain"))], headers=AUTH)
    assert resp.status_code == 200, resp.text
    (source,) = client(store).get("/review.json").json()["sources"]
    return source["id"], "120-KH/TU"


def _without_token(c: TestClient, url: str) -> list[int]:
    """What a POST to ``url`` answers in each kind of body a route may read (JSON, a plain form with a token field,
    a multipart upload), each with a guessed token and fields that would make a write if the route took them."""
    fields = {"decision": "accepted", "outcome": EX + "o", "target": EX + "t", "update": INSERT, "ids": ["f0"],
              "id": "f0", "status": "met", "engine": "rules", "change": 1}
    guess = {"Authorization": "Bearer guess"}
    return [c.post(url, json=fields, headers=guess).status_code,
            c.post(url, data={**{k: str(v) for k, v in fields.items()}, "token": "guess"}, headers=guess).status_code,
            c.post(url, data={"token": "guess"}, files=[("file", ("a.txt", PLAN, "text/plain"))],
                   headers=guess).status_code]


def test_every_route_that_takes_a_post_asks_for_the_token_and_writes_nothing_without_it(store):
    """Listed from the app itself, so that a write route added later is held to it too: with a wrong token each answers
    401 to the kind of body it reads (400 or 415 to another kind), and on a server started without a token 403; the
    store is as it was. A route that looked at its request first (a fact, a pair, a source) could write, or say what the store
    holds, for anyone."""
    source, _ = _ingested(store)
    before, sets = everything(store), len(history.change_sets(store))
    posts = [p for p in _routes(client(store).app, "post") if p not in READ_ONLY_POSTS]
    assert {"/sparql", "/store/load", "/store/review", "/review/{source}/decide"} <= set(posts)
    for path in posts:
        url = path.replace("{source}", source).replace("{number}", str(sets))  # (a change set's undo: the last one)
        got = _without_token(client(store), url)
        assert 401 in got and set(got) <= {400, 401, 415}, (path, got)
        off = _without_token(client(store, None), url)
        assert 403 in off and set(off) <= {400, 403, 415}, (path, off)
    assert everything(store) == before and len(history.change_sets(store)) == sets


def test_no_page_a_reader_opens_writes(store):
    """Every GET route of the app, opened without a token (a SPARQL update given as a GET parameter too), leaves the
    store as it was: a reader never triggers a write."""
    source, key = _ingested(store)
    before, sets = everything(store), len(history.change_sets(store))
    c = client(store)
    gets = _routes(c.app, "get")
    assert {"/doc/{key}", "/review/{source}", "/changes", "/queries/{name}"} <= set(gets)
    values = {"{key}": key, "{source}": source, "{name}": "targets", "{body_id}": "x", "{number}": str(sets),
              "{fid}": c.get(f"/review/{source}.json").json()["facts"][0]["id"]}
    for path in gets:
        url = path
        for name, value in values.items():
            url = url.replace(name, value)
        assert "{" not in url, f"give the test a value for {url}"
        status = c.get(url, params={"update": INSERT, "doc": key}).status_code
        assert status < 500, (url, status)
    assert everything(store) == before and len(history.change_sets(store)) == sets
