"""A fact's own page (kg.web.facts): what it says, the article's sentence behind it (a hostile one stays text), its
source, confidence and review; an address that stays the same across restarts and a second ingest; reached from the
document card and the cascade."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from fastapi.testclient import TestClient

from kg import ingest
from kg.i18n import format_number
from kg.facts import Assignment, DocumentRef, Facts, Link, Place
from kg.web import create_app
from page_markup import HTML, read

TOKEN = "to-ken-of-lan"
#: An article of our own whose sentence with the assignment carries markup that must stay text.
HOSTILE = 'Phòng Nội vụ <b onmouseover="alert(1)">chủ trì</b> rà soát hồ sơ <script>steal()</script> cán bộ'
TEXT = ("Phú Yên rà soát hồ sơ cán bộ\n\nỦy ban nhân dân tỉnh Phú Yên ban hành Kế hoạch số 7-KH/UBND ngày 2/4/2024 để thực hiện Chỉ thị số "
        "05-CT/TU. " + HOSTILE + ". Các xã báo cáo trước ngày 30/6/2024.")


def span(words: str) -> tuple[int, int]:
    return TEXT.index(words), TEXT.index(words) + len(words)


def facts(text: str) -> Facts:
    return Facts(
        source="dong-xuan.txt", place=Place(province="Phú Yên"), text=text,
        documents=[DocumentRef(key="7-KH/UBND", type="KH", number="7", issuer="UBND tỉnh Phú Yên",
                               issuer_code="UBND", level="province", date=dt.date(2024, 4, 2), span=span("Kế hoạch số 7-KH/UBND"))],
        links=[Link(from_="7-KH/UBND", to="05-CT/TU", type="implements", span=span("thực hiện Chỉ thị số 05-CT/TU"))],
        assignments=[Assignment(body="Phòng Nội vụ", role="lead", document="7-KH/UBND", task="rà soát hồ sơ cán bộ",
                                span=span(HOSTILE))],
    )


def ingest_ours(store, folder, patch: pytest.MonkeyPatch):
    """``store`` with TEXT ingested from ``folder``, read as :func:`facts` says (the extractor patched out by ``patch``)."""
    path = folder / "dong-xuan.txt"
    path.write_text(TEXT, encoding="utf-8")
    patch.setattr(ingest, "extract_one", lambda name, text, on, place, hints=None: facts(text))
    patch.setenv("DKG_REVIEWER", "Lê Văn Tâm")
    assert ingest.ingest_paths(store, [str(path)]).ok
    store.text_path = path  # (for the test that ingests it again)
    return store


@pytest.fixture
def store(memory_store, monkeypatch, tmp_path):
    return ingest_ours(memory_store, tmp_path, monkeypatch)


def client(store, token=None) -> TestClient:
    return TestClient(create_app(store, update_token=token))


def fact_of(c: TestClient, kind: str) -> dict:
    (source,) = c.get("/review.json").json()["sources"]
    return next(f for f in c.get(f"/review/{source['id']}.json").json()["facts"] if f["kind"] == kind)


def test_a_fact_s_page_says_the_fact_its_sentence_source_and_review(store):
    c = client(store)
    f = fact_of(c, "assignment")
    page = c.get(f"/fact/{f['id']}")
    assert page.status_code == 200
    # the hostile sentence stays text: no script, no handler, its markup shown escaped
    parser = read(page.text)
    assert parser.scripts() == [] and parser.handlers == []
    assert "&lt;script&gt;steal()&lt;/script&gt;" in page.text and "&lt;b onmouseover=" in page.text
    # the evidence marked inside the sentence, with the text around it
    (marked,) = re.findall(r"<mark>(.*?)</mark>", page.text, re.S)
    assert marked.startswith("Phòng Nội vụ &lt;b") and "Ủy ban nhân dân" in page.text
    assert "Phân công" in page.text and "Chờ duyệt" in page.text and f"<dd>{format_number(f['confidence'])}</dd>" in page.text
    assert f'href="/review/{f["source"]}#fact-{f["id"]}"' in page.text and 'href="/doc/7-KH/UBND"' in page.text
    assert "Chưa ai duyệt dữ kiện này." in page.text
    # its JSON twin, linked from the page
    assert f'href="/fact/{f["id"]}.json"' in page.text
    d = c.get(f"/fact/{f['id']}.json").json()
    assert d["kind"] == "assignment" and d["state"] == "pending" and d["documents"] == ["7-KH/UBND"]
    assert HOSTILE in d["context"]["sentence"] and d["source_about"]["name"] == "dong-xuan.txt"
    assert d["nodes"] and d["cite"].endswith(f"/fact/{f['id']}") and d["confidence"] == f["confidence"]
    # in English: its words and its links in English
    en = c.get(f"/fact/{f['id']}?lang=en").text
    assert "Assignment" in en and "No one has reviewed this fact yet." in en and 'href="/doc/7-KH/UBND?lang=en"' in en


def test_the_address_stays_the_same_after_a_restart_and_a_second_ingest(store):
    fid = fact_of(client(store), "assignment")["id"]
    assert client(store).get(f"/fact/{fid}.json").json()["id"] == fid  # a new app over the same store
    assert ingest.ingest_paths(store, [str(store.text_path)]).ok
    c = client(store)
    assert fact_of(c, "assignment")["id"] == fid and c.get(f"/fact/{fid}").status_code == 200


def test_a_decision_shows_on_the_fact_s_page(store):
    c = client(store, TOKEN)
    f = fact_of(c, "link")
    r = c.post(f"/review/{f['source']}/decisions", json={"ids": [f["id"]], "decision": "rejected", "reason": "sai <i>số</i>"},
               headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 200, r.text
    page = c.get(f"/fact/{f['id']}").text
    assert "Đã loại" in page and "Lê Văn Tâm" in page and "sai &lt;i&gt;số&lt;/i&gt;" in page
    assert "Dữ kiện này chưa vào đồ thị" in page  # (a rejected fact is no node)
    assert c.get(f"/fact/{f['id']}.json").json()["history"][0]["state"] == "rejected"


@pytest.mark.parametrize("fid", ["f000000000000", "F0123456789AB", "f12", "f0123456789abz", "f0123456789ab%3Cb%3E"])
def test_an_address_that_names_no_fact_says_what_to_do_in_the_reader_s_language(store, fid):
    c = client(store)
    page = c.get(f"/fact/{fid}", headers=HTML)
    assert page.status_code == 404 and "trên trang của mỗi bài, mã của từng dữ kiện dẫn tới trang của nó" in page.text
    assert "every fact&#39;s id leads to its own page" in c.get(f"/fact/{fid}?lang=en", headers=HTML).text
    assert "<b>" not in page.text
    answer = c.get(f"/fact/{fid}.json")
    assert answer.status_code == 404 and "dkg review list" in answer.json()["hint"]


def test_the_review_page_links_each_fact_s_page(store):
    c = client(store)
    f = fact_of(c, "assignment")
    assert re.search(f'<a class="fact-page" href="/fact/{f["id"]}"[^>]*><code>{f["id"]}</code></a>',
                     c.get(f"/review/{f['source']}").text)


def test_the_card_and_the_cascade_link_the_pages_of_their_facts(store):
    c = client(store)
    assignment, link = fact_of(c, "assignment"), fact_of(c, "link")
    card = c.get("/doc/7-KH/UBND").text
    assert f'href="/fact/{assignment["id"]}"' in card and f'href="/fact/{link["id"]}"' in card
    assert f'href="/fact/{assignment["id"]}?lang=en"' in c.get("/doc/7-KH/UBND?lang=en").text
    data = c.get("/graph/05-CT/TU.json").json()
    (edge,) = data["edges"]
    assert edge["facts"] == [f"/fact/{link['id']}"]
    nodes = {n["key"]: n["facts"] for n in data["nodes"]}
    assert nodes["7-KH/UBND"] == [f"/fact/{fact_of(c, 'document')['id']}"]
    assert nodes["05-CT/TU"] == []  # (a document no text stated as a fact of its own: nothing to cite)
    assert f'/fact/{link["id"]}' in c.get("/graph/05-CT/TU").text  # (in the page's data, for its side panel)


def test_a_corrected_fact_shows_both_lines_and_who_corrected_it(store):
    c = client(store, TOKEN)
    f = fact_of(c, "assignment")
    r = c.post(f"/review/{f['source']}/decisions", json={"ids": [f["id"]], "decision": "corrected",
                                                        "set": {"body": "Sở Nội vụ"}},
               headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 200, r.text
    page = c.get(f"/fact/{f['id']}").text
    line = re.search(r'<dd class="line">(.*?)</dd>', page, re.S).group(1)
    extracted = re.search(r'<dd class="muted extracted">(.*?)</dd>', page, re.S).group(1)
    assert line.startswith("Sở Nội vụ") and extracted.startswith("Phòng Nội vụ") and "Đã sửa" in page
    # a fact as extracted (no correction) has one line only: the near miss
    assert 'class="muted extracted"' not in c.get(f"/fact/{fact_of(c, 'link')['id']}").text


def test_the_nodes_a_fact_became_are_named_with_their_address_kept_as_a_tooltip(store):
    c = client(store, TOKEN)
    doc = fact_of(c, "document")
    d = c.get(f"/fact/{doc['id']}.json").json()
    (node,) = d["node_names"]
    assert node["iri"] == d["nodes"][0] and node["href"] == "/doc/7-KH/UBND" and "7-KH/UBND" in node["name"]
    page = c.get(f"/fact/{doc['id']}").text
    nodes = page.split('class="nodes"')[1].split("</ul>")[0]
    assert f'<a href="/doc/7-KH/UBND" title="{node["iri"]}">{node["name"]}</a>' in nodes and "<code>" not in nodes
    # a task by its kind and its words, which a reviewer's correction made hostile: escaped, the address a tooltip
    task = fact_of(c, "assignment")
    evil = '<img src=x onerror="alert(1)"> rà soát'
    r = c.post(f"/review/{task['source']}/decisions", headers={"Authorization": f"Bearer {TOKEN}"},
               json={"ids": [task["id"]], "decision": "corrected", "set": {"task": evil}})
    assert r.status_code == 200, r.text
    (named,) = c.get(f"/fact/{task['id']}.json").json()["node_names"]
    assert named["kind"] == "Nhiệm vụ" and named["name"] == evil and named["href"] is None
    nodes = c.get(f"/fact/{task['id']}").text.split('class="nodes"')[1].split("</ul>")[0]
    assert evil not in nodes and "&lt;img src=x onerror=" in nodes
    assert f'<span class="kind">Nhiệm vụ</span>: <span class="node" title="{named["iri"]}">' in nodes
    assert "Task" in c.get(f"/fact/{task['id']}?lang=en").text.split('class="nodes"')[1].split("</ul>")[0]


def test_a_link_s_node_is_named_by_what_it_says_not_by_its_digest(store):
    """A link between two documents becomes a statement (rdf:Statement) with no label: its page named it by the
    digest its address ends in ('33a3cc1657fbc99b'); now by its kind and what it says, in the reader's language."""
    c = client(store, TOKEN)
    link = fact_of(c, "link")
    (node,) = c.get(f"/fact/{link['id']}.json").json()["node_names"]
    assert (node["kind"], node["name"]) == ("Liên kết", "7-KH/UBND thực hiện 05-CT/TU")
    assert node["iri"].rsplit("/", 1)[-1] not in node["name"]
    (node,) = c.get(f"/fact/{link['id']}.json", params={"lang": "en"}).json()["node_names"]
    assert (node["kind"], node["name"]) == ("Link", "7-KH/UBND implements 05-CT/TU")
    # near miss: a document's node keeps its own name and kind
    (doc,) = c.get(f"/fact/{fact_of(c, 'document')['id']}.json").json()["node_names"]
    assert doc["kind"] != "Liên kết" and "7-KH/UBND" in doc["name"]


def test_an_event_without_a_day_says_so_and_how_to_date_it(memory_store, monkeypatch, tmp_path):
    from kg.facts import Event

    def events(text: str) -> Facts:
        said = facts(text)
        # a meeting the text does not date, and one a correction left with no type: a blank label
        said.events = [Event(type="hội nghị", reviews=["05-CT/TU"], span=span("Các xã báo cáo")),
                       Event(type="", date=dt.date(2024, 6, 30), span=span("trước ngày 30/6/2024"))]
        return said

    path = tmp_path / "hoi-nghi.txt"
    path.write_text(TEXT, encoding="utf-8")
    monkeypatch.setattr(ingest, "extract_one", lambda name, text, on, place, hints=None: events(text))
    assert ingest.ingest_paths(memory_store, [str(path)]).ok
    c = client(memory_store)
    (source,) = c.get("/review.json").json()["sources"]
    undated, dated = sorted((f for f in c.get(f"/review/{source['id']}.json").json()["facts"] if f["kind"] == "event"),
                            key=lambda f: f["fact"]["date"] or "")
    page = c.get(f"/fact/{undated['id']}").text
    # the day's row: none yet, and where a reviewer gives it (the form of the article's page, or the command)
    assert '<strong class="undated">chưa có ngày</strong>' in page
    assert f"dkg review correct {undated['id']} --set date=" in page
    assert f'class="date-it" href="/review/{source["id"]}#fact-{undated["id"]}"' in page
    (node,) = c.get(f"/fact/{undated['id']}.json").json()["node_names"]
    assert node["name"] == "Hội nghị 05-CT/TU" and node["undated"] is True
    assert "no date yet" in c.get(f"/fact/{undated['id']}?lang=en").text
    # near miss: a dated event says its day, in the reader's writing, and no "no date"; its blank label is named by its
    # kind, not by the end of its address
    shown = c.get(f"/fact/{dated['id']}").text
    assert '<span class="date">30/06/2024</span>' in shown and "chưa có ngày" not in shown
    (node,) = c.get(f"/fact/{dated['id']}.json").json()["node_names"]
    assert node["undated"] is False and node["name"] == "Hội nghị" and node["iri"].rsplit("/", 1)[1] not in node["name"]


def test_a_correction_s_fields_are_said_in_the_reader_s_words_not_as_codes(store):
    """A fact's history says what a correction changed, field by field, as ``/changes`` says a field (one rule,
    kg.changes_text.fields_said): a role, a level and a link's type in words ('chủ trì → phối hợp'); it said the codes
    the form stores ('lead → coordinate', 'province → commune', 'implements → based_on') on a Vietnamese page."""
    c = client(store, TOKEN)

    def changed(kind: str, sets: dict, lang: str = "vi") -> list[list[str]]:
        f = fact_of(c, kind)
        r = c.post(f"/review/{f['source']}/decisions", headers={"Authorization": f"Bearer {TOKEN}"},
                   json={"ids": [f["id"]], "decision": "corrected", "set": sets})
        assert r.status_code == 200, r.text
        (h,) = c.get(f"/fact/{f['id']}.json", params={"lang": lang}).json()["history"]
        return h["changed"]

    # (a body is said as it was typed: the near miss of a field with no words of its own)
    assert changed("assignment", {"role": "coordinate", "body": "Sở Nội vụ"}) == [
        ["Cơ quan", "Phòng Nội vụ", "Sở Nội vụ"], ["Vai trò", "chủ trì", "phối hợp"]]
    assert changed("document", {"level": "xã"}) == [["Cấp", "Tỉnh", "Xã"]]
    (link,) = changed("link", {"type": "based_on"})
    assert link[1:] == ["thực hiện", "căn cứ"]
    page = c.get(f"/fact/{fact_of(c, 'link')['id']}").text
    assert "<del>thực hiện</del> → <ins>căn cứ</ins>" in page and "implements" not in page
