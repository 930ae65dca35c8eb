"""A reviewer's correction of a link's linked document or of a task's body, as ``kg.changes`` reads it (through
``kg.changes_pairs.changed``) and ``kg.changes_text`` says it: one item ``changed``, before -> after, not one line
removed and one added (polish30b)."""
from __future__ import annotations

from kg.changes import Filters, changes
from kg.changes_pairs import ITEM_ROUTES, changed
from kg.changes_text import item_text, moved_text
from kg.review import decide, queue
from ward_plan import ingest_ward_plan
from commune_plan import ingest_commune_plan


def item(kind: str, action: str, **fields) -> dict:
    base = {"kind": kind, "action": action, "document": "doc:a", "node": None, "target": None, "target_key": None,
            "body": None, "role": None, "was": None, "now": None}
    return {**base, **fields}


def paired(items: list[dict]) -> list[dict]:
    """The items as kg.changes pairs those it reads from the items alone (not from a change set's quads)."""
    return changed(items, ITEM_ROUTES)


def test_a_link_s_target_corrected_is_one_change(memory_store, monkeypatch, tmp_path):
    ingest_ward_plan(memory_store, monkeypatch, tmp_path, link=True)
    (fact,) = [e.item.id for e in queue(memory_store) if e.item.kind == "link"]
    decide(memory_store, [fact], "corrected", reviewer="Lan", changes={"to": "46-NQ/TW"})
    links = [i for i in changes(memory_store, Filters())["change_sets"][0]["items"] if i["kind"] == "link"]
    assert [(i["action"], i["key"], i["target_key"], i["was"], i["now"]) for i in links] == [
        ("changed", "08-KH/ĐU", "46-NQ/TW", {"to": "115-CTr/TU"}, {"to": "46-NQ/TW"})]
    assert item_text(links[0], "vi") + moved_text(links[0], "vi") == \
        "~ Liên kết triển khai: 08-KH/ĐU → 46-NQ/TW — Văn bản được liên kết: 115-CTr/TU → 46-NQ/TW"
    assert moved_text(links[0], "en") == " — Linked document: 115-CTr/TU → 46-NQ/TW"


def test_a_task_s_body_or_role_replaced_is_one_change_near_misses_stay_apart():
    old = item("assignment", "removed", node="task:1", body="Sở Tài chính", role="lead")
    new = item("assignment", "added", node="task:1", body="Sở Nội vụ", role="lead")
    (one,) = paired([old, new])
    assert (one["action"], one["body"], one["was"], one["now"]) == (
        "changed", "Sở Nội vụ", {"body": "Sở Tài chính"}, {"body": "Sở Nội vụ"})
    (role,) = paired([old, {**old, "action": "added", "role": "coordinate"}])
    assert (role["was"], role["now"]) == ({"role": "lead"}, {"role": "coordinate"})
    assert moved_text(role, "vi") == " — Vai trò: chủ trì → phối hợp"
    # near misses: two bodies added for one removed (which replaced which is not known), a body added to another
    # task, a link added with none removed: each stays as it was
    two = [old, new, {**new, "body": "Sở Xây dựng"}]
    assert paired(two) == two
    other = [old, {**new, "node": "task:2"}]
    assert paired(other) == other
    added = [item("link", "added", target="doc:b", target_key="1-KH/TU")]
    assert paired(added) == added


def test_what_a_moved_document_carries_is_not_listed_twice_and_its_bodies_change_role_by_role(
        memory_store, monkeypatch, tmp_path):
    """A reviewer places a commune's plan in its commune (a new node: the commune is in its address): /changes listed
    the plan's target, outcome and event once removed and once added in the same words, and its two bodies as two
    removed and two added. Now the plan's line says where it moved, and each body one change, before -> after."""
    ingest_commune_plan(memory_store, monkeypatch, tmp_path)
    (fact,) = [e.item.id for e in queue(memory_store) if e.item.kind == "document"]
    decide(memory_store, [fact], "corrected", reviewer="Lan", changes={"place": "xã Yên Minh, Tuyên Quang"})
    items = changes(memory_store, Filters())["change_sets"][0]["items"]
    said = sorted(item_text(i, "vi") + moved_text(i, "vi") for i in items)
    assert said == [
        "~ Phân công: 21-KH/ĐU · UBND xã Yên Minh (chủ trì) · mở lớp kỹ năng số — Cơ quan: UBND xã → UBND xã Yên Minh",
        "~ Phân công: 21-KH/ĐU · Ủy ban MTTQ xã Yên Minh (phối hợp) · mở lớp kỹ năng số"
        " — Cơ quan: Ủy ban MTTQ xã → Ủy ban MTTQ xã Yên Minh",
        "~ Văn bản: 21-KH/ĐU — Địa bàn: Tuyên Quang → Xã Yên Minh, Tuyên Quang"]
    # near miss: the ingest that brought the plan in lists each of its items once, as added
    first = changes(memory_store, Filters())["change_sets"][-1]["items"]
    assert sorted(i["kind"] for i in first) == ["assignment", "assignment", "document", "event", "outcome", "target"]


def test_only_twins_read_alike_are_left_out():
    from kg.changes_pairs import unchanged_left_out

    old = item("outcome", "removed", key="21-KH/ĐU", node="o:1", node_label="35% hộ đã dùng", value=35.0, unit="%")
    twin = {**old, "action": "added", "node": "o:2", "document": "doc:b"}
    assert unchanged_left_out([old, twin]) == []
    # near misses: another figure, a removal with no twin, two removals for one addition (one stays)
    other = {**twin, "value": 36.0}
    assert unchanged_left_out([old, other]) == [old, other]
    assert unchanged_left_out([old]) == [old]
    assert unchanged_left_out([old, {**old, "node": "o:3"}, twin]) == [{**old, "node": "o:3"}]
