"""The review pages: sources with pending counts, a source's text with highlighted evidence and
its facts, JSON twins, decisions only with the update token, and hostile article text escaped."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from kg import ingest
from kg.facts import Assignment, DocumentRef, Facts, Place, Target
from kg.web import create_app
from page_markup import read
from kg.web.review import segments

TOKEN = "s3cret-token"
EVIL = '<script>alert("x")</script><img src=x onerror=alert(1)>'
TEXT = ("Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 12-KH/TU ngày 5/3/2024. " + EVIL + " "
        "Ban Dân vận Tỉnh ủy chủ trì theo dõi việc thực hiện. Phấn đấu kết nạp 1.500 hội viên mới.")


def span(word: str) -> tuple[int, int]:
    start = TEXT.index(word)
    return start, start + len(word)


def facts(text: str) -> Facts:
    return Facts(
        source="evil.txt", place=Place(province="Ninh Thuận"), text=text,
        documents=[DocumentRef(key="12-KH/TU", type="KH", number="12", issuer="Ban Thường vụ Tỉnh ủy",
                               issuer_code="TU", level="province", date=None, span=span("Kế hoạch số 12-KH/TU"))],
        assignments=[Assignment(body="Ban Dân vận Tỉnh ủy", role="lead", document="12-KH/TU",
                                task="theo dõi việc thực hiện", span=span("Ban Dân vận Tỉnh ủy chủ trì"))],
        targets=[Target(document=None, text="Phấn đấu kết nạp 1.500 hội viên mới", value=None, unit="hội viên",
                        comparator=">=", period="annual", span=span("kết nạp 1.500 hội viên"))],
    )


@pytest.fixture
def store(memory_store, monkeypatch, tmp_path):
    path = tmp_path / "evil.txt"
    path.write_text(TEXT, encoding="utf-8")
    monkeypatch.setattr(ingest, "extract_one", lambda name, text, on, place, hints=None: facts(text))
    monkeypatch.setenv("DKG_REVIEWER", "Trần Thị Cúc")
    assert ingest.ingest_paths(memory_store, [str(path)]).ok
    return memory_store


def client(store, token=None) -> TestClient:
    return TestClient(create_app(store, update_token=token))


def source_id(c: TestClient) -> str:
    (s,) = c.get("/review.json").json()["sources"]
    return s["id"]


def test_sources_page_lists_pending_counts(store):
    c = client(store)
    data = c.get("/review.json").json()["sources"]
    assert data[0]["pending"] == 3 and data[0]["violations"] == 1 and data[0]["name"] == "evil.txt"
    page = c.get("/review")
    assert page.status_code == 200 and "Duyệt dữ kiện" in page.text and f"/review/{data[0]['id']}" in page.text
    assert "Review facts" in c.get("/review?lang=en").text


def test_source_page_highlights_evidence_and_escapes_the_text(store):
    c = client(store)
    sid = source_id(c)
    page = c.get(f"/review/{sid}")
    assert page.status_code == 200
    parser = read(page.text)
    # the only script is our static file; the article's script and handler stay text
    assert [s.get("src", "").endswith("/static/review.js") for s in parser.scripts()] == [True]
    assert parser.handlers == []
    assert "&lt;script&gt;alert(" in page.text
    marks = re.findall(r'<mark class="k-(\w+) s-(\w+)" data-facts="([^"]+)">', page.text)
    assert {m[0] for m in marks} == {"document", "assignment", "target"}
    data = c.get(f"/review/{sid}.json").json()
    assert [f["kind"] for f in data["facts"]] == ["document", "assignment", "target"]  # reading order
    assert data["text"] == TEXT and data["can_write"] is False
    assert "dl-bodies" in page.text and '<option value="Ban Dân vận Tỉnh ủy">' in page.text
    assert '<option value="12-KH/TU">' in page.text


def test_pages_are_read_only_without_a_token(store):
    c = client(store)
    sid = source_id(c)
    assert 'id="upload-form"' not in c.get("/review").text  # no upload form either
    # near miss: with a token, /review offers the upload form, folded away once texts are listed
    listing = client(store, TOKEN).get("/review").text
    assert 'id="upload-form"' in listing and 'action="/review/upload"' in listing and "upload.js" in listing
    assert 'data-ingest="/store/ingest"' in listing and 'name="token"' in listing  # (the script's way and the plain form's)
    assert '<details class="upload" id="upload">' in listing
    page = c.get(f"/review/{sid}").text
    assert 'id="read-only"' in page and 'data-act="accepted"' not in page
    fid = c.get(f"/review/{sid}.json").json()["facts"][0]["id"]
    r = c.post(f"/review/{sid}/decisions", json={"ids": [fid], "decision": "rejected"})
    assert r.status_code == 403


def test_decisions_need_the_token_and_are_recorded_with_the_servers_reviewer(store):
    c = client(store, TOKEN)
    sid = source_id(c)
    assert 'data-act="accepted"' in c.get(f"/review/{sid}").text
    facts_ = c.get(f"/review/{sid}.json").json()["facts"]
    doc, task, goal = facts_
    body = {"ids": [doc["id"]], "decision": "rejected"}
    assert c.post(f"/review/{sid}/decisions", json=body).status_code == 401
    assert c.post(f"/review/{sid}/decisions", json=body, headers={"Authorization": "Bearer wrong"}).status_code == 401
    auth = {"Authorization": f"Bearer {TOKEN}"}
    assert c.post(f"/review/{sid}/decisions", json=body, headers=auth).status_code == 200
    r = c.post(f"/review/{sid}/decisions", headers=auth,
               json={"ids": [goal["id"]], "decision": "corrected", "set": {"value": "1500"}})
    assert r.status_code == 200 and r.json()["held"] == []
    after = {f["id"]: f for f in c.get(f"/review/{sid}.json").json()["facts"]}
    assert after[doc["id"]]["state"] == "rejected"
    assert after[goal["id"]]["state"] == "corrected" and after[goal["id"]]["violation"] is None
    assert after[goal["id"]]["decision"]["reviewer"] == "Trần Thị Cúc"
    # the time of a decision says its zone, as /changes does (it read as the reader's local time)
    at = after[goal["id"]]["decision"]["at"]
    day = f"{at[8:10]}/{at[5:7]}/{at[:4]}"  # day first on the Vietnamese page, ISO in the twin and the English page
    assert at.endswith("+00:00") and f"Trần Thị Cúc</span> · {day} {at[11:16]} UTC" in c.get(f"/review/{sid}").text
    assert f"Trần Thị Cúc</span> · {at[:10]} {at[11:16]} UTC" in c.get(f"/review/{sid}", params={"lang": "en"}).text
    # bad input: a clear error and nothing changed
    for bad in ({"ids": ["fnope"], "decision": "accepted"}, {"ids": [task["id"]], "decision": "maybe"},
                {"ids": [task["id"]], "decision": "corrected", "set": {"role": "boss"}}, ["not", "an", "object"]):
        r = c.post(f"/review/{sid}/decisions", json=bad, headers=auth)
        assert r.status_code in (400, 404) and r.json()["message"]
    assert c.get(f"/review/{sid}.json").json()["facts"] == list(after.values())


def test_unknown_sources_are_404(store):
    c = client(store)
    assert c.get("/review/0123456789abcdef").status_code == 404
    assert c.get("/review/not-hex.json").status_code == 404


def test_segments_cover_the_text_and_nest_innermost_first():
    entries = [{"id": "a", "kind": "target", "state": "pending", "evidence": {"start": 0, "end": 10}},
               {"id": "b", "kind": "document", "state": "accepted", "evidence": {"start": 2, "end": 5}}]
    segs = segments("0123456789xyz", entries)
    assert "".join(s["text"] for s in segs) == "0123456789xyz"
    assert [s["facts"] for s in segs] == [["a"], ["b", "a"], ["a"], []]
    assert segs[1]["kind"] == "document"


def test_a_target_is_assessed_from_the_page_and_both_statuses_show(store):
    c = client(store, TOKEN)
    sid = source_id(c)
    auth = {"Authorization": f"Bearer {TOKEN}"}
    goal = next(f for f in c.get(f"/review/{sid}.json").json()["facts"] if f["kind"] == "target")
    assert goal["assessable"] is False  # names no document: not in the graph, nothing to assess
    r = c.post(f"/review/{sid}/assessments", json={"id": goal["id"], "status": "partly"}, headers=auth)
    assert r.status_code == 400 and "not in the graph" in r.json()["message"]
    c.post(f"/review/{sid}/decisions", headers=auth,
           json={"ids": [goal["id"]], "decision": "corrected", "set": {"value": "1500"}})
    unassessed = c.get(f"/review/{sid}").text
    assert 'class="assess"' in unassessed
    # nothing chosen for the reviewer: the form opens on an empty choice it will not send ('Đạt' was preselected)
    assert '<select name="status" required><option value="" selected>— chọn —</option>' in unassessed
    r = c.post(f"/review/{sid}/assessments", json={"id": goal["id"], "status": "partly", "note": "<b>1.200</b>"},
               headers=auth)
    assert r.status_code == 200, r.text
    assert c.post(f"/review/{sid}/assessments", json={"id": goal["id"], "status": "partly"}).status_code == 401
    after = next(f for f in c.get(f"/review/{sid}.json").json()["facts"] if f["id"] == goal["id"])
    assert after["assessment"]["status"] == "partly" and after["assessment"]["note"] == "<b>1.200</b>"
    assert after["assessment"]["reviewer"] == "Trần Thị Cúc"  # (the server's reviewer: the shared token)
    page = c.get(f"/review/{sid}?lang=en").text
    assert "Partly attained" in page and "&lt;b&gt;1.200&lt;/b&gt;" in page
    assert '<option value="partly" selected>' in page and "— choose —" not in page  # assessed: its status chosen
    assert 'class="assess"' not in client(store).get(f"/review/{sid}").text  # read-only


@pytest.mark.parametrize("lang,name", [("vi", "căn cứ"), ("en", "based on")])
def test_a_link_is_named_in_the_pages_language(memory_store, monkeypatch, tmp_path, lang, name):
    from kg.facts import Link

    text = "Kế hoạch số 12-KH/TU ngày 5/3/2024 được ban hành căn cứ Nghị quyết số 08-NQ/TU."
    path = tmp_path / "basis.txt"
    path.write_text(text, encoding="utf-8")

    def linked(body: str) -> Facts:
        docs = [DocumentRef(key=k, type=k.split("-")[1].split("/")[0], number=k.split("-")[0], issuer="Tỉnh ủy",
                            issuer_code="TU", level="province", span=(body.index(k), body.index(k) + len(k)))
                for k in ("12-KH/TU", "08-NQ/TU")]
        return Facts(source="basis.txt", place=Place(province="Ninh Thuận"), text=body, documents=docs,
                     links=[Link(from_="12-KH/TU", to="08-NQ/TU", type="based_on", span=(0, len(body)))])

    monkeypatch.setattr(ingest, "extract_one", lambda n, t, on, place, hints=None: linked(t))
    assert ingest.ingest_paths(memory_store, [str(path)]).ok
    c = client(memory_store)
    data = c.get(f"/review/{source_id(c)}.json", params={"lang": lang}).json()
    (line,) = [f["line"] for f in data["facts"] if f["kind"] == "link"]
    assert line == f"12-KH/TU {name} 08-NQ/TU"


def test_a_card_s_sources_link_to_their_review_pages(store):
    c = client(store)
    sid = source_id(c)
    card = c.get("/doc/12-KH/TU.json").json()
    assert {s["review"] for s in card["sources"]} == {f"/review/{sid}"}
    page = c.get("/doc/12-KH/TU").text
    assert re.search(rf'<a class="src" href="/review/{sid}" title="Duyệt các dữ kiện lấy từ nguồn này">', page)
    assert f'href="/review/{sid}?lang=en"' in c.get("/doc/12-KH/TU?lang=en").text  # the page's language kept


@pytest.mark.parametrize("bad", [{"ids": "f1", "decision": "accepted"}, {"ids": [1], "decision": "accepted"},
                                 {"ids": [], "decision": "corrected", "set": {"value": 1500}}])
def test_both_ways_of_posting_a_decision_refuse_a_malformed_one_alike(store, bad):
    # the review page's route and /store/review check a decision's ids and corrections by one rule
    c = client(store, TOKEN)
    auth = {"Authorization": f"Bearer {TOKEN}"}
    page = c.post(f"/review/{source_id(c)}/decisions", json=bad, headers=auth)
    api = c.post("/store/review", json=bad, headers=auth)
    assert page.status_code == api.status_code == 400
    assert page.json()["message"] == api.json()["message"] != ""


@pytest.mark.parametrize(("lang", "hint"), [("vi", "ngày/tháng/năm"), ("en", "day/month/year")])
def test_an_undated_document_is_dated_day_first_and_the_day_is_shown_both_ways(store, lang, hint):
    """An analyst in Vietnam types 5/3/2024 for 5 March: the field says so in words (not the browser's
    mm/dd/yyyy of a date field), the decision stores 2024-03-05, and the field then shows 05/03/2024 (= 2024-03-05 on the English page)."""
    c = client(store, TOKEN)
    sid = source_id(c)
    doc = c.get(f"/review/{sid}.json").json()["facts"][0]
    assert doc["kind"] == "document" and doc["fact"]["date"] is None
    page = c.get(f"/review/{sid}", params={"lang": lang}).text
    assert 'type="date"' not in page and 'placeholder="dd/mm/yyyy"' in page and hint in page
    r = c.post(f"/review/{sid}/decisions", headers={"Authorization": f"Bearer {TOKEN}"},
               json={"ids": [doc["id"]], "decision": "corrected", "set": {"date": "5/3/2024"}})
    assert r.status_code == 200, r.text
    after = {f["id"]: f for f in c.get(f"/review/{sid}.json").json()["facts"]}
    assert after[doc["id"]]["fact"]["date"] == "2024-03-05"
    page = c.get(f"/review/{sid}", params={"lang": lang}).text
    # (the English page says the ISO form beside it: 05/03 reads as 5 May to an English reader; the Vietnamese
    # page shows the day as its readers write it, and nothing year first)
    assert 'name="date" value="05/03/2024"' in page
    assert ('= <span class="date">2024-03-05</span>' in page) == (lang == "en")
    # month first is no day here: refused with the forms, nothing changed
    r = c.post(f"/review/{sid}/decisions", headers={"Authorization": f"Bearer {TOKEN}"},
               json={"ids": [doc["id"]], "decision": "corrected", "set": {"date": "3/25/2024"}})
    assert r.status_code == 400 and "DD/MM/YYYY" in r.json()["message"]
    assert c.get(f"/review/{sid}.json").json()["facts"][0]["fact"]["date"] == "2024-03-05"


def test_a_fact_s_confidence_is_named_and_written_in_the_page_s_numbers(store):
    """Each fact's head showed a bare "0.85" (polish32): a figure an analyst could not name, with an English decimal
    point on a Vietnamese page. It is said "độ tin cậy 0,85" / "confidence 0.85"."""
    c = client(store)
    sid = source_id(c)
    shown = {lang: re.findall(r'<span class="conf"[^>]*>([^<]*)</span>', c.get(f"/review/{sid}?lang={lang}").text)
             for lang in ("vi", "en")}
    assert shown["vi"] and all(s.startswith("độ tin cậy ") for s in shown["vi"])
    assert all(s.startswith("confidence ") for s in shown["en"])
    assert not any("." in s for s in shown["vi"])  # (near miss: no English decimal point, "1.00", on a Vietnamese page)
    assert {s.split()[-1].replace(",", ".") for s in shown["vi"]} == {s.split()[-1] for s in shown["en"]}


@pytest.mark.parametrize("lang, day, other", [("vi", "05/03/2024", "2024-03-05"), ("en", "2024-03-05", "05/03/2024")])
def test_a_fact_s_line_says_its_day_as_the_page_s_language_writes_it(memory_store, monkeypatch, tmp_path, lang, day,
                                                                    other):
    """A fact's line on a Vietnamese review page said its day year first ("làm việc · 2023-08-18 · ..."), the one day
    of the page still in ISO: it is said day first there, ISO on the English page; the JSON twin keeps ISO."""
    import dataclasses  # noqa: PLC0415
    import datetime  # noqa: PLC0415

    path = tmp_path / "dated.txt"
    path.write_text(TEXT, encoding="utf-8")
    dated = facts(TEXT)
    dated.documents[0] = dataclasses.replace(dated.documents[0], date=datetime.date(2024, 3, 5))
    monkeypatch.setattr(ingest, "extract_one", lambda name, text, on, place, hints=None: dated)
    assert ingest.ingest_paths(memory_store, [str(path)]).ok
    c = client(memory_store)
    sid = source_id(c)
    line = next(f["line"] for f in c.get(f"/review/{sid}.json").json()["facts"] if f["kind"] == "document")
    assert "2024-03-05" in line  # (the twin: ISO)
    page = c.get(f"/review/{sid}", params={"lang": lang}).text
    lines = re.findall(r'<div class="line">(.*?)</div>', page)
    assert any(day in x for x in lines) and not any(other in x for x in lines), lines


def test_the_sources_list_is_paged_with_its_twin_and_escapes_a_hostile_headline(memory_store, tmp_path):
    """``/review`` listed every text on one page (a year of daily ingests is thousands): ``?page=`` and ``?size=``
    page it, the JSON twin the same, with how many pages and texts in all; a page past the last shows the last."""
    for n, title in enumerate(("Hội Nông dân xã họp tổng kết", EVIL + " Huyện đoàn sơ kết", "Tỉnh hội ra nghị quyết")):
        (tmp_path / f"t{n}.txt").write_text(f"{title}\n\nBan Thường vụ Tỉnh ủy ban hành Kế hoạch số {n + 3}-KH/TU "
                                            f"ngày 5/3/2024 về việc tổ chức đại hội.\n", encoding="utf-8")
    assert ingest.ingest_paths(memory_store, [str(tmp_path / f"t{n}.txt") for n in range(3)]).ok
    c = client(memory_store)
    whole = c.get("/review.json?sort=name").json()
    assert (whole["page"], whole["pages"], whole["total"]) == (1, 1, 3) and len(whole["sources"]) == 3
    second = c.get("/review.json?sort=name&size=2&page=2").json()
    assert (second["page"], second["pages"], second["size"]) == (2, 2, 2)
    assert [s["name"] for s in second["sources"]] == ["t2.txt"]
    assert c.get("/review.json?sort=name&size=2&page=9").json()["sources"] == second["sources"]
    first = c.get("/review?sort=name&size=2&lang=en").text
    assert "Texts 1–2 of 3" in first and 'href="/review?sort=name&amp;size=2&amp;page=2&amp;lang=en"' in first
    assert "previous page" not in first and EVIL not in first and "&lt;script&gt;alert(" in first
    last = c.get("/review?sort=name&size=2&page=2").text
    assert "Văn bản 3–3 trong 3" in last and "trang trước" in last and "trang sau" not in last
    # near miss: a list of one page says nothing of pages
    assert "Texts 1" not in c.get("/review?lang=en").text
    for bad in ("size=0", "page=x", "size=5000"):
        assert c.get(f"/review.json?{bad}").status_code == 400


def test_each_fact_carries_its_sentence_escaped_for_a_narrow_window(memory_store, monkeypatch, tmp_path):
    """On a phone the facts come before the text, each with its sentence (review.css shows it there only): the
    sentence is the article's words, which reach the page escaped."""
    path = tmp_path / "evil.txt"
    path.write_text(TEXT, encoding="utf-8")
    evil = (TEXT.index(EVIL), TEXT.index(EVIL) + len(EVIL))

    def hostile(text: str) -> Facts:
        found = facts(text)
        return Facts(source=found.source, place=found.place, text=text, documents=found.documents,
                     assignments=[Assignment(body="Ban Dân vận Tỉnh ủy", role="lead", document="12-KH/TU",
                                             task="theo dõi việc thực hiện", span=evil)])

    monkeypatch.setattr(ingest, "extract_one", lambda name, text, on, place, hints=None: hostile(text))
    assert ingest.ingest_paths(memory_store, [str(path)]).ok
    c = client(memory_store, TOKEN)
    page = c.get(f"/review/{source_id(c)}").text
    sentences = re.findall(r'<blockquote class="evidence">(.*?)</blockquote>', page, re.S)
    assert len(sentences) == 2 and any("&lt;script&gt;alert(" in s for s in sentences)
    assert EVIL not in page
    assert '<h2 class="review-text-title">' in page
