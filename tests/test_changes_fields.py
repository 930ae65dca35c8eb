"""What a reviewer's correction changed on a node it keeps (``kg.changes``' items ``changed`` with ``was`` and ``now``),
said by ``kg.changes_text`` in ``dkg changes``, on /changes, in its JSON twin and its feed, and kept by the province
filter where the document is the province's.

A correction of a report's issuer and subject (newcomer29's walk: the letterhead's issuer and subject were not read,
an analyst gave them on the review page) was a change set that /changes listed by its decision only, with no line
saying what changed, and ``--province`` left it out."""
from __future__ import annotations

import datetime as dt

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from kg import ingest
from kg.changes import Filters, changes
from kg.changes_text import item_text, moved_text, moved_words, to_text
from kg.cli import main
from kg.facts import DocumentRef, Event, Facts, Outcome, Place
from kg.review import decide, queue
from kg.store import Store
from kg.web import create_app
from test_web_support import ARTIFACTS, CHROMIUM

#: a department's report of our own: its letterhead's issuer and subject left unread, a result and a meeting
TEXT = ("SỞ Y TẾ\nSố: 27/BC-SYT\nBÁO CÁO\nSau 6 tháng, 85 trạm y tế xã đã dùng bệnh án điện tử.\n"
        "Ngày 20/8/2025, Sở tổ chức sơ kết Báo cáo số 27/BC-SYT.")
HOSTILE = 'Kết quả <script>alert("x")</script> & ]]>'


def ingest_report(store, monkeypatch, tmp_path) -> None:
    start = TEXT.index("Số")
    said = TEXT.index("85")
    meeting = TEXT.index("Ngày 20")
    monkeypatch.setattr(ingest, "extract_one", lambda name, body, on, place, hints=None: Facts(
        source=name, place=Place(province="Ninh Bình"), text=body,
        documents=[DocumentRef(key="27/BC-SYT", type="BC", number="27", issuer_code="SYT", level="province",
                               date=dt.date(2025, 8, 12), span=(start, start + 12))],
        outcomes=[Outcome(document="27/BC-SYT", text="85 trạm y tế xã đã dùng bệnh án điện tử", value=85,
                          unit="trạm", span=(said, TEXT.index(".", said)))],
        events=[Event(type="sơ kết", date=dt.date(2025, 8, 20), organizer="Sở Nội vụ", reviews=["27/BC-SYT"],
                      span=(meeting, len(body) - 1))]))
    path = tmp_path / "bao-cao.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert ingest.ingest_paths(store, [str(path)]).ok


def fact_of(store, kind: str) -> str:
    (fact,) = [e.item.id for e in queue(store) if e.item.kind == kind]
    return fact


def test_a_document_s_issuer_and_subject_corrected_say_what_they_were_and_are(memory_store, monkeypatch, tmp_path):
    ingest_report(memory_store, monkeypatch, tmp_path)
    decide(memory_store, [fact_of(memory_store, "document")], "corrected", reviewer="Lan",
           changes={"issuer": "Sở Y tế", "subject": "Kết quả chuyển đổi số ngành y tế"})
    (item,) = changes(memory_store, Filters())["change_sets"][0]["items"]
    assert (item["kind"], item["action"], item["key"]) == ("document", "changed", "27/BC-SYT")
    assert item["was"] == {"issuer": None, "subject": None}
    assert item["now"] == {"issuer": "Sở Y tế", "subject": "Kết quả chuyển đổi số ngành y tế"}
    assert item_text(item, "vi") + moved_text(item, "vi") == \
        "~ Văn bản: 27/BC-SYT — Cơ quan ban hành: — → Sở Y tế; Trích yếu: — → Kết quả chuyển đổi số ngành y tế"
    assert moved_text(item, "en") == " — Issuer: — → Sở Y tế; Subject: — → Kết quả chuyển đổi số ngành y tế"
    # a second reviewer gives another issuer: what it was is the first one's
    decide(memory_store, [fact_of(memory_store, "document")], "corrected", reviewer="An", changes={"issuer": "Sở Nội vụ"})
    (item,) = changes(memory_store, Filters())["change_sets"][0]["items"]
    assert moved_words(item, "vi") == [("Cơ quan ban hành", "Sở Y tế", "Sở Nội vụ")]
    # near miss: the ingest that brought the report in lists it as added, with no fields said
    first = changes(memory_store, Filters())["change_sets"][-1]["items"]
    assert [(i["kind"], i["action"], i["was"], i["now"]) for i in first if i["kind"] == "document"] == [
        ("document", "added", None, None)]


def test_the_province_filter_keeps_a_correction_of_its_province_s_document(memory_store, monkeypatch, tmp_path):
    ingest_report(memory_store, monkeypatch, tmp_path)
    decide(memory_store, [fact_of(memory_store, "document")], "corrected", reviewer="Lan",
           changes={"subject": "Kết quả chuyển đổi số ngành y tế"})
    kept = changes(memory_store, Filters.of(province="Ninh Binh"))["change_sets"]
    assert [[(i["kind"], i["action"]) for i in c["items"]] for c in kept][0] == [("document", "changed")]
    assert kept[0]["decisions"][0]["reviewer"] == "Lan"
    # near miss: another province's filter leaves it out, and so does a level the document is not of
    assert not changes(memory_store, Filters.of(province="Lạng Sơn"))["change_sets"]
    assert not [c for c in changes(memory_store, Filters.of(level="commune"))["change_sets"] if c["items"]]


def test_the_cli_the_page_its_json_twin_and_the_feed_say_the_same_change(tmp_path, monkeypatch):
    folder = tmp_path / "store"
    store = Store.open(folder)
    ingest_report(store, monkeypatch, tmp_path)
    decide(store, [fact_of(store, "document")], "corrected", reviewer="Lan", changes={"subject": HOSTILE})
    data = changes(store, Filters.of(province="Ninh Bình"))
    said = to_text(data, "vi")
    store.close()
    printed = CliRunner().invoke(main, ["--lang", "vi", "--store", str(folder), "changes", "--province", "Ninh Bình"])
    assert printed.exit_code == 0 and printed.output == said
    assert f"  ~ Văn bản: 27/BC-SYT: Báo cáo 27/BC-SYT — Trích yếu: — → {HOSTILE}" in said.splitlines()
    client = TestClient(create_app(Store.open(folder, read_only=True)))
    assert client.get("/changes.json", params={"province": "Ninh Bình"}).json() == data
    page = client.get("/changes", params={"province": "Ninh Bình"}).text
    assert "Trích yếu: <del>—</del> → <ins>Kết quả &lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; ]]&gt;</ins>" in page
    assert "<script>alert" not in page
    english = client.get("/changes", params={"province": "Ninh Bình", "lang": "en"}).text
    assert "Subject: <del>—</del> → <ins>Kết quả &lt;script&gt;" in english
    assert f"Trích yếu: — → {HOSTILE}" in client.get("/changes.atom", params={"province": "Ninh Bình"}).text \
        .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    client.app.state.store.close()


def test_an_outcome_s_unit_and_an_event_s_organiser_corrected_are_said_before_and_after(memory_store, monkeypatch,
                                                                                       tmp_path):
    """Their nodes' addresses do not hold them (an outcome's is its document, words and figure; an event's its type,
    day and documents): the corrections changed the graph and /changes said nothing."""
    ingest_report(memory_store, monkeypatch, tmp_path)
    decide(memory_store, [fact_of(memory_store, "outcome")], "corrected", reviewer="Lan",
           changes={"unit": "trạm y tế xã"})
    (item,) = changes(memory_store, Filters())["change_sets"][0]["items"]
    assert item_text(item, "vi") + moved_text(item, "vi") == \
        "~ Kết quả: 27/BC-SYT · 85 trạm y tế xã · 85 trạm y tế xã đã dùng bệnh án điện tử — Đơn vị: trạm → trạm y tế xã"
    decide(memory_store, [fact_of(memory_store, "event")], "corrected", reviewer="Lan", changes={"organizer": "Sở Y tế"})
    (item,) = changes(memory_store, Filters.of(doc="27/BC-SYT"))["change_sets"][0]["items"]
    assert (item["kind"], item["action"], item["date"]) == ("event", "changed", "2025-08-20")
    assert moved_text(item, "en") == " — Organiser: Sở Nội vụ → Sở Y tế"
    # a correction that changes the node (the outcome's figure is in its address) is one change too, by the fact
    # whose node it was and is (polish31b; a line removed and one added before)
    decide(memory_store, [fact_of(memory_store, "outcome")], "corrected", reviewer="Lan", changes={"value": "86"})
    latest = changes(memory_store, Filters())["change_sets"][0]["items"]
    assert [(i["action"], i["value"], i["was"]) for i in latest] == [("changed", 86.0, {"value": "85"})]


@pytest.mark.parametrize("width", [1280, 400])
@pytest.mark.browser
@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium)")
def test_a_change_set_s_heading_reads_on_a_phone(tmp_path, monkeypatch, width):
    """At 400 px each change set's heading (number, time, command and the analyst who sent it, at h2 size) took four
    to five lines (newcomer29's walk): the heading now says what and who, in at most two lines at 400 px and one
    at 1280, its time on a line of its own below; the page keeps the window's width, and the correction's line
    says what changed."""
    from test_browser import window
    from test_web_support import running

    from kg.changes import REVIEW_PAGE
    from kg.store import history

    store = Store.open(None)
    ingest_report(store, monkeypatch, tmp_path)
    store.agent, store.analyst = history.served_agent(REVIEW_PAGE), "Nguyễn Thị Lan"
    decide(store, [fact_of(store, "document")], "corrected", reviewer="Nguyễn Thị Lan",
           changes={"issuer": "Sở Y tế", "subject": "Kết quả chuyển đổi số ngành y tế"})
    with running(create_app(store)) as url, window(tmp_path, width) as page:
        page.goto(url + "/changes")
        # each line count: the text's height (padding aside) over the line's
        heads = page.evaluate("""() => [...document.querySelectorAll('section h2.change-set')].map(h => {
            const lines = (e) => { const s = getComputedStyle(e);
                return (e.clientHeight - parseFloat(s.paddingTop) - parseFloat(s.paddingBottom)) / parseFloat(s.lineHeight); };
            return [h.textContent, lines(h), h.getBoundingClientRect().right, lines(h.nextElementSibling)]; })""")
        assert heads[0][0] == "#2 · trang duyệt dữ kiện (qua máy chủ dkg serve) · người gửi: Nguyễn Thị Lan"
        assert all(lines <= (2.2 if width == 400 else 1.2) and right <= width and when <= 1.2
                   for _, lines, right, when in heads), heads
        assert page.evaluate("() => document.documentElement.scrollWidth") == width
        assert "Cơ quan ban hành: — → Sở Y tế" in page.locator("li.changed").inner_text()
        page.screenshot(path=str(ARTIFACTS / f"changes-{width}.png"), full_page=True)


def test_a_correction_on_a_node_it_keeps_links_the_fact_corrected(memory_store, monkeypatch, tmp_path):
    """An analyst who reads a wrong correction on /changes goes to its fact in one click: a document corrected in
    place (its issuer) made no node anew, and its line linked no fact."""
    ingest_report(memory_store, monkeypatch, tmp_path)
    doc = fact_of(memory_store, "document")
    decide(memory_store, [doc], "corrected", reviewer="Lan", changes={"issuer": "Sở Y tế"})
    (item,) = changes(memory_store, Filters())["change_sets"][0]["items"]
    assert (item["action"], item["fact"]) == ("changed", doc)
    page = TestClient(create_app(memory_store)).get("/changes").text
    assert f'href="/fact/{doc}"' in page.split('id="change-')[1]  # (the newest change set's own section)
    # near miss: the ingest's change set, which added the document, links it as before (its node was made then)
    first = changes(memory_store, Filters())["change_sets"][-1]["items"]
    assert next(i for i in first if i["kind"] == "document")["fact"] == doc
