"""Corrections an analyst makes every day, each said on /changes as one change before -> after or as what it did
(polish31b), read from the reviewed facts the change set's nodes are (``kg.changes_facts``):

- a correction that makes a node anew (a target's figure is in its address) is one item ``changed`` by the fact whose
  node it was and is, not a line removed and one added;
- a province's plan given a district's place keeps its province in the graph: the change of place is said, with the
  place the graph keeps and what to do;
- a correction that does not validate takes the node out of the graph: it is said held back (quarantined), not
  deleted, with why and where it waits.

Each with the words ``dkg changes``, the page, its JSON twin and the feed say; the texts are our own."""
from __future__ import annotations

import datetime as dt

from click.testing import CliRunner
from fastapi.testclient import TestClient

from kg import changes as kg_changes
from kg import ingest
from kg.changes import Filters, changes
from kg.cli import main
from kg.facts import Assignment, DocumentRef, Facts, Link, Place, Target
from kg.review import decide, queue
from kg.store import Store
from kg.web import create_app

#: a province's plan of our own, with a target, carrying out a programme
TEXT = ("Tỉnh ủy ban hành Kế hoạch số 12-KH/TU thực hiện Chương trình số 4-CTr/TU. "
        "Phấn đấu đến năm 2027 kết nạp 1.500 hội viên mới.")


def _span(words: str) -> tuple[int, int]:
    start = TEXT.index(words)
    return start, start + len(words)


def ingest_plan(store, monkeypatch, tmp_path, issued: dt.date = dt.date(2024, 5, 6)) -> None:
    monkeypatch.setattr(ingest, "extract_one", lambda name, body, on, place, hints=None: Facts(
        source=name, place=Place(province="Lạng Sơn"), text=body,
        documents=[DocumentRef(key="12-KH/TU", type="KH", number="12", issuer_code="TU", level="province",
                               date=issued, span=_span("Kế hoạch số 12-KH/TU")),
                   DocumentRef(key="4-CTr/TU", type="CTr", number="4", issuer_code="TU", level="province",
                               span=_span("Chương trình số 4-CTr/TU"))],
        links=[Link(from_="12-KH/TU", type="implements", to="4-CTr/TU", span=_span("thực hiện Chương trình"))],
        targets=[Target(document="12-KH/TU", text="kết nạp 1.500 hội viên mới", value=1500, unit="hội viên",
                        comparator=">=", period="2027", span=_span("kết nạp 1.500 hội viên mới"))]))
    path = tmp_path / "ke-hoach.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert ingest.ingest_paths(store, [str(path)]).ok


def fact_of(store, kind: str, key: str | None = None) -> str:
    (fact,) = [e.item.id for e in queue(store) if e.item.kind == kind and (key is None or e.item.fact["key"] == key)]
    return fact


def said_everywhere(folder, lang: str) -> tuple[list[str], dict, str, str]:
    """The newest change set as ``dkg changes`` prints it (its item lines), and /changes.json, /changes, the feed."""
    printed = CliRunner().invoke(main, ["--lang", lang, "--store", str(folder), "changes", "--limit", "1"])
    assert printed.exit_code == 0, printed.output
    client = TestClient(create_app(Store.open(folder, read_only=True)))
    params = {"limit": "1", "lang": lang}
    try:
        return ([line.strip() for line in printed.output.splitlines() if line.startswith("  ") and line[2] in "+-~"],
                client.get("/changes.json", params=params).json(), client.get("/changes", params=params).text,
                client.get("/changes.atom", params=params).text)
    finally:
        client.app.state.store.close()


def test_a_target_s_figure_corrected_is_one_change_before_and_after(tmp_path, monkeypatch):
    folder = tmp_path / "store"
    store = Store.open(folder)
    ingest_plan(store, monkeypatch, tmp_path)
    decide(store, [fact_of(store, "target")], "corrected", reviewer="Lan", changes={"value": "1200"})
    (item,) = changes(store, Filters())["change_sets"][0]["items"]
    store.close()
    assert (item["kind"], item["action"], item["was"], item["now"]) == ("target", "changed", {"value": "1500"},
                                                                         {"value": "1200"})
    lines, data, page, feed = said_everywhere(folder, "en")
    assert lines == ["~ Target: 12-KH/TU · ≥ 1,200 hội viên · kết nạp 1.500 hội viên mới — Value: 1,500 → 1,200"]
    assert data["change_sets"][0]["items"] == [item]
    assert "Value: <del>1,500</del> → <ins>1,200</ins>" in page
    assert "Value: 1,500 → 1,200" in feed and "1 target" in feed
    lines, _, page, _ = said_everywhere(folder, "vi")
    assert lines == ["~ Chỉ tiêu: 12-KH/TU · ≥ 1.200 hội viên · kết nạp 1.500 hội viên mới — Giá trị: 1.500 → 1.200"]
    # near miss: a target a reviewer rejects is removed, no node made anew: one line removed, as before
    store = Store.open(folder)
    decide(store, [fact_of(store, "target")], "rejected", reviewer="Lan")
    assert [(i["kind"], i["action"], i["was"]) for i in changes(store, Filters())["change_sets"][0]["items"]] == \
        [("target", "removed", None)]
    store.close()


def test_a_province_s_plan_given_a_district_s_place_says_the_change_and_the_place_the_graph_keeps(tmp_path,
                                                                                                  monkeypatch):
    """The correction changed only the review record: /changes listed its decision alone (nothing with a filter)."""
    folder = tmp_path / "store"
    store = Store.open(folder)
    ingest_plan(store, monkeypatch, tmp_path)
    decide(store, [fact_of(store, "document", "12-KH/TU")], "corrected", reviewer="Lan",
           changes={"place": "huyện Cao Lộc, Lạng Sơn"})
    (change,) = changes(store, Filters.of(province="Lạng Sơn"))["change_sets"][:1]
    (item,) = change["items"]
    store.close()
    assert (item["kind"], item["action"], item["key"], item["was"], item["now"], item["kept"]) == \
        ("document", "changed", "12-KH/TU", {"place": "Lạng Sơn"}, {"place": "Cao Lộc, Lạng Sơn"}, "Lạng Sơn")
    lines, data, page, feed = said_everywhere(folder, "vi")
    assert lines == ["~ Văn bản: 12-KH/TU: Kế hoạch 12-KH/TU — Địa bàn: Lạng Sơn → Cao Lộc, Lạng Sơn — đồ thị vẫn "
                     "giữ địa bàn Lạng Sơn: văn bản cấp tỉnh áp dụng cho cả tỉnh (và bản đồ từ 1/7/2025 không còn cấp "
                     "huyện); muốn đặt văn bản ở huyện, sửa cả cấp của văn bản"]
    assert data["change_sets"][0]["items"] == [item]
    assert '<span class="held">đồ thị vẫn giữ địa bàn Lạng Sơn' in page and "đồ thị vẫn giữ địa bàn Lạng Sơn" in feed
    lines, _, page, _ = said_everywhere(folder, "en")
    assert lines[0].endswith("— the graph keeps the place Lạng Sơn: a province's document applies to the whole "
                             "province (and the map from 1 July 2025 has no districts); to place it in the district, "
                             "correct its level too")
    # near miss: its level corrected to district, the place given moves it (a change of place the graph took)
    store = Store.open(folder)
    decide(store, [fact_of(store, "document", "12-KH/TU")], "corrected", reviewer="Lan", changes={"level": "huyện"})
    items = changes(store, Filters())["change_sets"][0]["items"]
    store.close()
    assert [(i["kind"], i["action"], i["was"], "kept" in i) for i in items if i["kind"] == "document"] == \
        [("document", "changed", {"place": "Lạng Sơn", "level": "province"}, False)]


def test_a_correction_held_back_says_so_and_where_it_waits(tmp_path, monkeypatch):
    """A plan's type corrected to one its number does not carry does not validate: its node left the graph, and
    /changes said it removed, as if deleted."""
    folder = tmp_path / "store"
    store = Store.open(folder)
    ingest_plan(store, monkeypatch, tmp_path)
    fact = fact_of(store, "document", "12-KH/TU")
    decide(store, [fact], "corrected", reviewer="Lan", changes={"type": "CTr"})
    items = changes(store, Filters())["change_sets"][0]["items"]
    store.close()
    assert [(i["kind"], i["action"], i["held"]["fact"]) for i in items] == [("document", "removed", fact),
                                                                            ("link", "removed", fact)]
    assert items[0]["held"]["href"].startswith("/review/")
    lines, data, page, feed = said_everywhere(folder, "en")
    assert lines[0].startswith("- Document: 12-KH/TU (2024-05-06): Kế hoạch 12-KH/TU — held back (quarantined), not "
                               "deleted, as the corrected fact does not validate: dkg:typeCode")
    assert lines[0].endswith(f"; see `dkg review show {fact}`, or `dkg review list --held`")
    assert lines[1] == ("- Implementation link: 12-KH/TU → 4-CTr/TU — held back (quarantined) with its document, not "
                        f"deleted; see `dkg review show {fact}`, or `dkg review list --held`")
    assert data["change_sets"][0]["items"] == items
    assert f'<a href="{items[0]["held"]["href"]}?lang=en#fact-{fact}">open the review page</a>' in page
    assert "held back (quarantined), not deleted" in feed and f"#fact-{fact})" in feed
    lines, _, page, _ = said_everywhere(folder, "vi")
    assert "— giữ lại (cách ly), chưa bị xóa, vì dữ kiện đã sửa không hợp lệ: " in lines[0]
    assert ">mở trang duyệt</a>" in page
    # near miss: the plan rejected leaves the graph for good: removed, with no word of being held
    store = Store.open(folder)
    decide(store, [fact], "rejected", reviewer="Lan")
    assert all("held" not in i for c in changes(store, Filters())["change_sets"][:1] for i in c["items"])
    store.close()


def test_a_fact_moved_to_another_document_is_listed_under_both(tmp_path, monkeypatch):
    """/changes?doc=12-KH/TU listed nothing of the plan's target a reviewer moved to the programme: the change took it
    away from the plan, so it concerns the plan too."""
    folder = tmp_path / "store"
    store = Store.open(folder)
    ingest_plan(store, monkeypatch, tmp_path)
    decide(store, [fact_of(store, "target")], "corrected", reviewer="Lan", changes={"document": "4-CTr/TU"})
    for key in ("12-KH/TU", "4-CTr/TU"):
        (item,) = changes(store, Filters.of(doc=key, limit=1))["change_sets"][0]["items"]
        assert (item["kind"], item["action"], item["key"], item["was"]) == ("target", "changed", "4-CTr/TU",
                                                                            {"document": "12-KH/TU"})
    store.close()
    printed = CliRunner().invoke(main, ["--lang", "en", "--store", str(folder), "changes", "--doc", "12-KH/TU",
                                        "--limit", "1"])
    assert "~ Target: 4-CTr/TU · ≥ 1,500 hội viên · kết nạp 1.500 hội viên mới — Document: 12-KH/TU → 4-CTr/TU" \
        in printed.output
    # near miss: a document the change neither took the target from nor gave it to lists none of it
    store = Store.open(folder)
    assert changes(store, Filters.of(doc="9-KH/TU"))["change_sets"] == []
    store.close()


def shared_task(monkeypatch, text: str, number: str, task: str, bodies: tuple[str, str], issued: dt.date) -> None:
    """The extractor reads ``text`` as the province's plan number-KH/TU giving ``task`` to two bodies, the first to lead
    and the second to coordinate: one task's node the two share."""
    key = f"{number}-KH/TU"
    monkeypatch.setattr(ingest, "extract_one", lambda name, body, on, place, hints=None: Facts(
        source=name, place=Place(province="Lạng Sơn"), text=body,
        documents=[DocumentRef(key=key, type="KH", number=number, issuer_code="TU", level="province", date=issued,
                               span=(text.index("Kế"), text.index(key) + len(key)))],
        assignments=[Assignment(body=who, role=role, document=key, task=task,
                                span=(text.index(who), text.index(who) + len(who)))
                     for who, role in zip(bodies, ("lead", "coordinate"))]))


def test_a_task_s_words_a_later_change_took_away_are_said_as_the_decision_saw_them(tmp_path, monkeypatch):
    """Two bodies share a task's node: a correction of one body's task takes only its role from the node, and once the
    other body is rejected the node is gone; the first change then said "Task: — → ...", the words known to neither
    the change set nor the store."""
    text = "Tỉnh ủy ban hành Kế hoạch số 7-KH/TU. Giao Sở Y tế chủ trì, Sở Nội vụ phối hợp mua sắm thiết bị."
    shared_task(monkeypatch, text, "7", "mua sắm thiết bị", ("Sở Y tế", "Sở Nội vụ"), dt.date(2024, 5, 6))
    path = tmp_path / "ke-hoach.txt"
    path.write_text(text, encoding="utf-8")
    folder = tmp_path / "store"
    store = Store.open(folder)
    assert ingest.ingest_paths(store, [str(path)]).ok
    lead, other = sorted((e.item.fact["role"] != "lead", e.item.id) for e in queue(store) if e.item.kind == "assignment")
    decide(store, [lead[1]], "corrected", reviewer="Lan", changes={"task": "sửa chữa thiết bị"})
    decide(store, [other[1]], "rejected", reviewer="Lan")
    (item,) = changes(store, Filters())["change_sets"][1]["items"]
    store.close()
    assert (item["action"], item["was"], item["now"]) == ("changed", {"task": "mua sắm thiết bị"},
                                                          {"task": "sửa chữa thiết bị"})
    printed = CliRunner().invoke(main, ["--lang", "en", "--store", str(folder), "changes", "--limit", "2"])
    assert "~ Assignment: 7-KH/TU · Sở Y tế (lead) · sửa chữa thiết bị — Task: mua sắm thiết bị → sửa chữa thiết bị" \
        in printed.output and "—  →" not in printed.output and "— →" not in printed.output
    # without a decision that saw them (a change set of no reviewer's), the words are left out, not said "—"
    monkeypatch.setattr(kg_changes, "earlier_facts", lambda payload: {})
    store = Store.open(folder)
    (item,) = changes(store, Filters())["change_sets"][1]["items"]
    store.close()
    assert (item["action"], item["was"], item["body"], item["node_label"]) == ("changed", {}, "Sở Y tế",
                                                                               "sửa chữa thiết bị")


def test_two_bodies_of_one_task_corrected_in_turn_to_the_same_words_each_list_their_change(tmp_path, monkeypatch):
    """Left from polish31b: two bodies share a task's node, each corrected in turn to the same new words; the second
    change set was seen listing no item (its decision alone). Checked in round 32: each lists its body's change, in
    either order, on the page and in its JSON twin; kept here so that it stays so. The page's feed link is named for
    a reader ("trình đọc tin"), not "Atom" alone."""
    text = "Tỉnh ủy ban hành Kế hoạch số 8-KH/TU. Giao Sở Công Thương chủ trì, Sở Tài chính phối hợp rà soát chợ."
    shared_task(monkeypatch, text, "8", "rà soát chợ", ("Sở Công Thương", "Sở Tài chính"), dt.date(2024, 7, 1))
    for first in ("lead", "coordinate"):
        path = tmp_path / first / "ke-hoach.txt"
        path.parent.mkdir()
        path.write_text(text, encoding="utf-8")
        folder = tmp_path / first / "store"
        store = Store.open(folder)
        assert ingest.ingest_paths(store, [str(path)]).ok
        order = sorted((e.item.fact["role"] != first, e.item.id, e.item.fact["body"])
                       for e in queue(store) if e.item.kind == "assignment")
        for _, fact, _ in order:
            decide(store, [fact], "corrected", reviewer="Hà", changes={"task": "kiểm tra chợ"})
        sets = changes(store, Filters())["change_sets"]
        store.close()
        # newest first: the second correction's body, then the first's, each its one change of words
        assert [[(i["action"], i["body"], i["was"], i["now"]) for i in c["items"]] for c in sets[:2]] == [
            [("changed", body, {"task": "rà soát chợ"}, {"task": "kiểm tra chợ"})] for _, _, body in reversed(order)]
        _, twin, page, _ = said_everywhere(folder, "vi")
        assert [i["body"] for i in twin["change_sets"][0]["items"]] == [order[1][2]] and order[1][2] in page
        assert "trình đọc tin (Atom)</a>" in page and ">Atom</a>" not in page
