"""Who decided, and why, in the history: ``/changes``, its JSON twin, its feed and ``dkg changes`` name the reviewer
and the reason of each decision a change set recorded (a fact's, a tie's, a target's assessment), escaped: a
reviewer's reason is untrusted text."""

from __future__ import annotations

import datetime as dt
import json

import feedparser
import lxml.html
from click.testing import CliRunner
from fastapi.testclient import TestClient

from kg import ingest
from kg.changes import Filters, changes
from kg.cli import main
from kg.facts import DocumentRef, Facts, Place, Target
from kg.review import decide, queue
from kg.review.ledger import copied, write_assessment
from kg.store import Store, history, payloads, undo
from kg.web import create_app
from test_review_ties import DATA, MEMBERS_O, MEMBERS_T
from test_web_support import cli_and_json_twin

HOSTILE = 'sai số <script>alert("x")</script><img src=x onerror=alert(1)> & ]]>'
WHO = "Lê <b>Văn</b> An"
TEXT = ("Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 31-KH/TU ngày 02/4/2025. "
        "Phấn đấu đến năm 2026 có 120 hợp tác xã kiểu mới.")


def _ingested(tmp_path, monkeypatch, text: str = TEXT) -> str:
    """A folder store with one text of our own (``text``: a plan and its target), its facts as an extractor would
    read them."""
    def read(name: str, text: str) -> Facts:
        start = text.index("Kế hoạch số")
        doc = DocumentRef(key="31-KH/TU", type="KH", number="31", issuer_code="TU", level="province",
                          date=dt.date(2025, 4, 2), span=(start, start + 22))
        sentence = text.split(". ")[1].rstrip(".")
        return Facts(source=name, place=Place(province="Lạng Sơn"), text=text, documents=[doc], targets=[Target(
            document="31-KH/TU", text=sentence, value=120, unit="hợp tác xã kiểu mới",
            span=(text.index(sentence), text.index(sentence) + len(sentence)))])

    monkeypatch.setattr(ingest, "extract_one", lambda name, text, on, place, hints=None: read(name, text))
    (tmp_path / "kh.txt").write_text(text, encoding="utf-8")
    folder = str(tmp_path / "store")
    store = Store.from_cli(folder, write=True)
    try:
        assert ingest.ingest_paths(store, [str(tmp_path / "kh.txt")]).ok
    finally:
        store.close()
    return folder


def _new_version(tmp_path, store) -> int:
    """Ingest a new version of the text of :func:`_ingested` (its old line kept, a heading added: a text it would not
    replace) into ``store``, whose ingest copies the decisions on its facts; the number of that change set."""
    (tmp_path / "kh.txt").write_text("Bản cập nhật\n" + TEXT, encoding="utf-8")
    assert ingest.ingest_paths(store, [str(tmp_path / "kh.txt")]).ok
    return history.change_sets(store)[-1].number


def _fact(store, kind: str) -> str:
    (fact,) = [e.item.id for e in queue(store) if e.item.kind == kind]
    return fact


def test_a_rejection_names_its_reviewer_and_reason_escaped_on_the_page_the_twin_the_feed_and_the_cli(tmp_path, monkeypatch):
    folder = _ingested(tmp_path, monkeypatch)
    store = Store.from_cli(folder, write=True)
    try:
        decide(store, [_fact(store, "target")], "rejected", reviewer=WHO, reason=HOSTILE)
        web = TestClient(create_app(store))
        latest = web.get("/changes.json").json()["change_sets"][0]
        (said,) = latest["decisions"]
        assert {k: v for k, v in said.items() if k != "facts"} == {"kind": "fact", "state": "rejected", "reviewer": WHO, "reason": HOSTILE, "count": 1, "replaced_reviewer": None, "replaced_state": None}
        assert [(i["kind"], i["action"]) for i in latest["items"]] == [("target", "removed")]
        page = web.get("/changes").text
        assert "<script>alert" not in page and "<img src=x" not in page and "<b>Văn</b>" not in page
        tree = lxml.html.fromstring(page)
        (line,) = tree.xpath(f"//section[@id='change-{latest['id']}']//p[@class='decision']")
        assert line.xpath("string(.//strong)") == WHO and line.xpath("string(.//q)") == HOSTILE
        assert "đã loại 1 dữ kiện" in line.text_content()
        assert not tree.xpath("//script[contains(., 'alert')]") and not tree.xpath("//img[@src='x']")
        feed = feedparser.parse(web.get("/changes.atom").content)
        assert not feed.bozo and HOSTILE in feed.entries[0].summary and WHO in feed.entries[0].summary
    finally:
        store.close()
    text = CliRunner().invoke(main, ["--lang", "vi", "--store", folder, "changes", "--limit", "1"])
    assert text.exit_code == 0, text.output
    assert f"  Người duyệt: {WHO} — đã loại 1 dữ kiện — lý do: {HOSTILE}" in text.stdout.splitlines()
    cli, twin = cli_and_json_twin(folder, ["changes"], "/changes.json", {})
    assert cli == twin and cli["change_sets"][0]["decisions"][0]["reason"] == HOSTILE


def test_a_tie_and_an_assessment_name_who_and_why(tmp_path):
    path = tmp_path / "m.trig"
    path.write_text(DATA, encoding="utf-8")
    folder = str(tmp_path / "store")
    run = CliRunner()
    assert run.invoke(main, ["--store", folder, "load", str(path)]).exit_code == 0
    got = run.invoke(main, ["--store", folder, "review", "tie", MEMBERS_O, MEMBERS_T, "--reason", "cùng nói kết nạp",
                            "--reviewer", "Cúc"])
    assert got.exit_code == 0, got.output
    store = Store.from_cli(folder, write=True)
    try:
        (latest, *_) = changes(store, Filters())["change_sets"]
        assert latest["decisions"] == [{"kind": "tie", "state": "accepted", "reviewer": "Cúc", "reason": "cùng nói kết nạp",
                                        "count": 1, "replaced_reviewer": None,
                                        "replaced_state": None, "facts": []}]
        write_assessment(store, "f-members", MEMBERS_T, "partly", "mới đạt <i>một phần</i>", "Đào", dt.datetime.now(dt.timezone.utc))
        (latest, *_) = changes(store, Filters())["change_sets"]
        assert latest["items"] == [] and latest["decisions"] == [
            {"kind": "assessment", "state": "partly", "reviewer": "Đào", "reason": "mới đạt <i>một phần</i>", "count": 1,
             "replaced_reviewer": None, "replaced_state": None, "facts": []}]
        # a change set that changed nothing a filter sees names no province's document: shown without filters only
        assert all(c["id"] != latest["id"] for c in changes(store, Filters.of(doc="7-CTr/TU"))["change_sets"])
    finally:
        store.close()
    text = run.invoke(main, ["--lang", "en", "--store", folder, "changes", "--limit", "2"]).stdout
    assert "  Reviewer: Đào — assessed as partly attained 1 target — reason: mới đạt <i>một phần</i>" in text
    assert "  Reviewer: Cúc — accepted 1 outcome–target pair — reason: cùng nói kết nạp" in text


def test_many_decisions_alike_are_one_line_and_an_ingest_s_copies_of_decisions_are_not_the_reviewer_s(tmp_path, monkeypatch):
    folder = _ingested(tmp_path, monkeypatch)
    store = Store.from_cli(folder, write=True)
    try:
        facts = [e.item.id for e in queue(store)]
        assert len(facts) == 2
        decide(store, facts, "accepted", reviewer="An")
        (latest, *_) = changes(store, Filters())["change_sets"]
        assert [{k: v for k, v in d.items() if k != "facts"} for d in latest["decisions"]] == [
            {"kind": "fact", "state": "accepted", "reviewer": "An", "reason": None, "count": 2,
             "replaced_reviewer": None, "replaced_state": None}]
        assert sorted(f["id"] for f in latest["decisions"][0]["facts"]) == sorted(facts)
    finally:
        store.close()
    # a corrected version of the text: the ingest copies the decisions to its facts, the reviewer took none again
    store = Store.from_cli(folder, write=True)
    try:
        again = _new_version(tmp_path, store)
        assert len(copied(payloads.read_payload(store, again).added)) == 2  # (the ingest did copy both)
        # it changed nothing a page lists and recorded no reviewer's decision: /changes does not list it
        assert changes(store, Filters(), only=again)["change_sets"] == []
    finally:
        store.close()
    shown = json.loads(CliRunner().invoke(main, ["--store", folder, "changes", "--format", "json"]).stdout)["change_sets"]
    assert again not in [c["id"] for c in shown] and shown[0]["decisions"][0]["reviewer"] == "An"


def test_an_undone_decision_still_names_its_reviewer_whose_only_copy_the_undo_took_out(tmp_path, monkeypatch):
    """fix39r: the second decision of a reviewer records no new copy of their name (the store held it); an undo of
    both took out the only copy, and /changes said "Người duyệt: —" for the second."""
    folder = _ingested(tmp_path, monkeypatch)
    store = Store.from_cli(folder, write=True)
    try:
        decide(store, [_fact(store, "document")], "accepted", reviewer=WHO)
        first = history.change_sets(store)[-1].number
        decide(store, [_fact(store, "target")], "rejected", reviewer=WHO, reason="trùng")
        undo.rollback(store, first, cascade=True)
        web = TestClient(create_app(store))
        sets = web.get("/changes.json").json()["change_sets"]
        assert [(s["id"], [d["reviewer"] for d in s["decisions"]]) for s in sets if s["decisions"]] == \
            [(first + 1, [WHO]), (first, [WHO])]
        tree = lxml.html.fromstring(web.get("/changes").text)
        lines = tree.xpath("//p[@class='decision']")
        assert len(lines) == 2 and all(line.xpath("string(.//strong)") == WHO for line in lines)
    finally:
        store.close()
