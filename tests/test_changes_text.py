"""How a change set is said on the command line (kg.changes_text): one of more than ``LISTED`` items (an ingest's,
a load's) as its counts by kind, a line a sign, with how many in all and how to list them, and the first texts it
came from; one of fewer items, or any with ``items``, an item a line."""

from __future__ import annotations

from kg.changes_text import LISTED, SOURCES_NAMED, to_text


def item(kind: str, n: int, action: str = "added") -> dict:
    return {"kind": kind, "action": action, "document": None, "node_label": f"{kind} {n}", "key": f"{n}-KH/TU",
            "href": None, "label": None, "level": None, "date": None, "node": None, "target": None,
            "target_key": None, "target_href": None, "value": None, "denominator": None, "unit": None,
            "comparator": None, "place": None, "was": None, "now": None, "body": None, "role": None}


def change_set(items: list[dict], texts: int = 1) -> dict:
    return {"id": 7, "iri": "urn:c7", "time": "2026-12-06T08:15:00", "command": "dkg ingest", "sources": [],
            "added": 0, "removed": 0, "graphs": [], "undoes": [], "derived_only": False, "by": None,
            "source_texts": [{"id": None, "title": f"Bài <số> {n}", "href": None, "file": f"b{n}.txt"}
                             for n in range(texts)],
            "items": items, "decisions": [], "undone_by": None}


def test_a_change_set_of_many_items_is_said_as_its_counts_by_kind():
    many = [item("document", n) for n in range(LISTED)] + [item("target", 1), item("assignment", 2, "removed")]
    data = {"filters": {}, "change_sets": [change_set(many, texts=SOURCES_NAMED + 3)]}
    vi = to_text(data, "vi").splitlines()
    assert vi[2] == f"  + thêm: Văn bản {LISTED} · Chỉ tiêu 1" and vi[3] == "  - bỏ: Phân công 1"
    assert vi[4].startswith(f"  {LISTED + 2} mục; xem từng mục: dkg changes --items")
    assert vi[1].endswith("và 3 nguồn khác") and "b5.txt" not in vi[1] and "b4.txt" in vi[1]
    assert not any("0-KH/TU" in line for line in vi)
    en = to_text(data, "en")
    assert "+ added: Document 10 · Target 1" in en and "12 items; each on a line" in en
    whole = to_text(data, "en", items=True).splitlines()
    assert sum(line.startswith("  + ") for line in whole) == LISTED + 1 and "and 3 more" not in whole[1]


def test_near_miss_a_change_set_of_few_items_lists_each():
    few = [item("document", n) for n in range(LISTED)]
    text = to_text({"filters": {}, "change_sets": [change_set(few)]}, "en")
    assert "items; each on a line" not in text and all(f"{n}-KH/TU" in text for n in range(LISTED))


def test_the_counts_are_the_page_s_and_the_command_s_alike_the_hint_the_command_s_alone():
    """``summary_lines`` is what /changes and ``dkg changes`` both say of a change set of many items; how to list each
    item (``--items``) is the command's own line."""
    from kg.changes_text import summary_lines

    many = [item("document", n) for n in range(LISTED)] + [item("target", 1)]
    assert summary_lines(many, "en") == [f"+ added: Document {LISTED} · Target 1"]
    text = to_text({"filters": {}, "change_sets": [change_set(many)]}, "en").splitlines()
    assert text[-2:] == [f"  + added: Document {LISTED} · Target 1", f"  {LISTED + 1} items; each on a line: dkg "
                         "changes --items (add --since DAY or --limit N to keep to fewer change sets)"]


def test_an_undo_names_the_change_sets_it_took_back():
    """A rollback's heading said "dkg rollback" and who sent it, not what it undid (newcomer39): it names them."""
    undo = {**change_set([item("target", 1, "removed")], texts=0), "command": "dkg rollback", "undoes": [4, 5],
            "by": "Trần Văn Bình"}
    data = {"filters": {}, "change_sets": [undo, change_set([item("document", 2)])]}
    vi, en = to_text(data, "vi").splitlines(), to_text(data, "en").splitlines()
    assert vi[0].endswith("dkg rollback · hoàn tác #4, #5 · người gửi: Trần Văn Bình")
    assert en[0].endswith("dkg rollback · undoes #4, #5 · sent by: Trần Văn Bình")
    assert "undoes" not in "\n".join(en[1:])  # (a change set that undid nothing says nothing of it: near miss)
