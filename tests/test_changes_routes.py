"""Every way ``kg.changes`` says "what changed, before -> after" is the one rule of ``kg.changes_pairs``, given its
things in order (a date, a link's type, a document moved and its links, a link's linked document, a task's body, a
task's bodies role by role, a node that stays, a node made anew by its fact): each correction of ours below is one
item ``changed`` and nothing else, and together they walk every route the rule is given, so that a route left out of the list (or one added without a correction that walks it)
fails here, not in a reader's /changes (polish31)."""
from __future__ import annotations

import datetime as dt

import pytest

from kg import changes as changes_module
from kg import ingest
from kg.changes import Filters, changes
from kg.changes_pairs import changed
from kg.facts import Assignment, DocumentRef, Facts, Link, Outcome, Place
from kg.review import decide, queue
from commune_plan import ingest_commune_plan
from ward_plan import ingest_ward_plan

#: a province's plan of our own: it carries out a programme, gives a department a task and reports a result;
#: a rule it does not carry out is named beside it
TEXT = ("Tỉnh ủy ban hành Kế hoạch số 31-KH/TU ngày 02/3/2026 thực hiện Chương trình số 7-CTr/TU. "
        "Giao Sở Xây dựng chủ trì sửa chữa nhà văn hóa thôn. Đến nay 40 nhà văn hóa đã được sửa chữa. "
        "Quy định số 9-QĐ/TU vẫn giữ hiệu lực.")


def _span(words: str) -> tuple[int, int]:
    start = TEXT.index(words)
    return start, start + len(words)


def ingest_plan(store, monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(ingest, "extract_one", lambda name, body, on, place, hints=None: Facts(
        source=name, place=Place(province="Lạng Sơn"), text=body,
        documents=[DocumentRef(key="31-KH/TU", type="KH", number="31", issuer_code="TU", level="province",
                               date=dt.date(2026, 3, 2), span=_span("Kế hoạch số 31-KH/TU")),
                   DocumentRef(key="7-CTr/TU", type="CTr", number="7", issuer_code="TU", level="province",
                               span=_span("Chương trình số 7-CTr/TU")),
                   DocumentRef(key="9-QĐ/TU", type="QĐ", number="9", issuer_code="TU", level="province",
                               span=_span("Quy định số 9-QĐ/TU"))],
        links=[Link(from_="31-KH/TU", type="implements", to="7-CTr/TU", span=_span("thực hiện Chương trình"))],
        assignments=[Assignment(body="Sở Xây dựng", role="lead", document="31-KH/TU", task="sửa chữa nhà văn hóa thôn",
                                span=_span("Giao Sở Xây dựng chủ trì"))],
        outcomes=[Outcome(document="31-KH/TU", text="40 nhà văn hóa đã được sửa chữa", value=40, unit="nhà",
                          span=_span("40 nhà văn hóa"))]))
    path = tmp_path / "ke-hoach.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert ingest.ingest_paths(store, [str(path)]).ok


#: (what is ingested, the fact corrected, the correction, the one item said: its kind and what it says changed)
CASES = [
    ("plan", "document", {"date": "2026-03-05"}, ("issued", {"date": "2026-03-02"})),
    ("plan", "link", {"type": "căn cứ"}, ("link", {"type": "implements"})),
    ("ward", "document", {"place": "phường Tam Thanh, Lạng Sơn"}, ("document", {"place": "Phường Đông Kinh, Lạng Sơn"})),
    ("plan", "link", {"to": "9-QĐ/TU"}, ("link", {"to": "7-CTr/TU"})),
    ("plan", "assignment", {"role": "phối hợp"}, ("assignment", {"role": "lead"})),
    ("plan", "document", {"issuer": "Ban Thường vụ Tỉnh ủy"}, ("document", {"issuer": None})),
    ("plan", "outcome", {"unit": "công trình"}, ("outcome", {"unit": "nhà"})),
    ("plan", "outcome", {"value": "45"}, ("outcome", {"value": "40"})),
]


@pytest.fixture
def routes_walked(monkeypatch):
    """The routes (by their place in the list ``kg.changes`` gives the rule) that paired something."""
    walked: set[int] = set()
    given: list[int] = []

    def spy(items, routes):
        given.append(len(routes))
        for n, route in enumerate(routes):
            before, items = items, changed(items, [route])
            if items != before:
                walked.add(n)
        return items

    monkeypatch.setattr(changes_module, "changed", spy)
    return walked, given


def test_each_route_of_the_one_rule_is_walked_by_a_correction_said_once(memory_store, monkeypatch, tmp_path, routes_walked):
    walked, given = routes_walked
    for n, (what, kind, correction, (said, was)) in enumerate(CASES):
        store = memory_store if n == 0 else type(memory_store).open(None)
        folder = tmp_path / str(n)
        folder.mkdir()
        if what == "ward":
            ingest_ward_plan(store, monkeypatch, folder, link=True)
        else:
            ingest_plan(store, monkeypatch, folder)
        fact = next(e.item.id for e in queue(store) if e.item.kind == kind
                    and (kind != "document" or e.item.fact["key"] in ("31-KH/TU", "08-KH/ĐU")))
        decide(store, [fact], "corrected", reviewer="Lan", changes=correction)
        items = changes(store, Filters())["change_sets"][0]["items"]
        assert [(i["kind"], i["action"], i["was"]) for i in items] == [(said, "changed", was)], (correction, items)
    # a commune's plan moved to its commune: its task's two bodies, renamed, are paired role by role
    store, folder = type(memory_store).open(None), tmp_path / "commune"
    folder.mkdir()
    ingest_commune_plan(store, monkeypatch, folder)
    (fact,) = [e.item.id for e in queue(store) if e.item.kind == "document"]
    decide(store, [fact], "corrected", reviewer="Lan", changes={"place": "xã Yên Minh, Tuyên Quang"})
    items = changes(store, Filters())["change_sets"][0]["items"]
    assert sorted((i["kind"], i["action"], tuple(i["was"])) for i in items) == [
        ("assignment", "changed", ("body",)), ("assignment", "changed", ("body",)), ("document", "changed", ("place",))]
    assert walked == set(range(max(given))), "a route of kg.changes_pairs no correction here walks: add its case"


def test_near_miss_an_item_no_route_pairs_stays_added_and_removed():
    """A target's figure corrected makes another node of no key of its own: no route of the items alone pairs it (the
    fact it is, read from the change set's review queue, does: ``kg.changes_pairs.by_fact``)."""
    base = {"document": "doc:a", "key": "1-KH/TU", "node": None, "target": None, "target_key": None, "body": None,
            "role": None, "was": None, "now": None}
    items = [{**base, "kind": "target", "action": "removed", "node": "t:1"},
             {**base, "kind": "target", "action": "added", "node": "t:2"}]
    assert changed(items, changes_module.ITEM_ROUTES) == items
