"""A reviewer's correction of a link's type or of a document's issue date, as ``kg.changes`` reads it and
``kg.changes_text`` says it: one item ``changed``, before -> after, in ``dkg changes``, on /changes, in its JSON
twin and its feed.

A link corrected from "implements" to "based on" was listed as the removal of the implementation link alone (the
new type was no item), and a date corrected as two lines, the old date removed and the new one added (polish30)."""
from __future__ import annotations

from click.testing import CliRunner
from fastapi.testclient import TestClient

from kg.changes import Filters, changes
from kg.changes_text import item_text, moved_text, to_text
from kg.cli import main
from kg.review import decide, queue
from kg.store import Store
from kg.web import create_app
from ward_plan import ingest_ward_plan


def fact_of(store, kind: str) -> str:
    (fact,) = [e.item.id for e in queue(store) if e.item.kind == kind
               and (kind != "document" or e.item.fact["key"] == "08-KH/ĐU")]
    return fact


def test_a_link_s_type_corrected_is_one_change_old_type_to_new(memory_store, monkeypatch, tmp_path):
    ingest_ward_plan(memory_store, monkeypatch, tmp_path, link=True)
    decide(memory_store, [fact_of(memory_store, "link")], "corrected", reviewer="Lan", changes={"type": "based_on"})
    (item,) = changes(memory_store, Filters())["change_sets"][0]["items"]
    assert (item["kind"], item["action"], item["key"], item["target_key"]) == ("link", "changed", "08-KH/ĐU", "115-CTr/TU")
    assert (item["was"], item["now"]) == ({"type": "implements"}, {"type": "based_on"})
    assert item_text(item, "vi") + moved_text(item, "vi") == \
        "~ Liên kết (căn cứ): 08-KH/ĐU → 115-CTr/TU — Loại: thực hiện → căn cứ"
    assert moved_text(item, "en") == " — Type: implements → based on"
    # and back: "based on" corrected to "guides", a link of a type that is no item of its own, is said as well
    decide(memory_store, [fact_of(memory_store, "link")], "corrected", reviewer="An", changes={"type": "guides"})
    (item,) = changes(memory_store, Filters())["change_sets"][0]["items"]
    assert (item["action"], item["was"], item["now"]) == ("changed", {"type": "based_on"}, {"type": "guides"})
    assert moved_text(item, "en") == " — Type: based on → guides"
    # (listed under the type it has now, not the implementation link it no longer is: polish31)
    assert item_text(item, "en") == "~ Link (guides): 08-KH/ĐU → 115-CTr/TU"
    # near miss: a link rejected is the removal of the link, no change of type
    decide(memory_store, [fact_of(memory_store, "link")], "corrected", reviewer="An", changes={"type": "implements"})
    (item,) = changes(memory_store, Filters())["change_sets"][0]["items"]
    assert item_text(item, "en") == "~ Implementation link: 08-KH/ĐU → 115-CTr/TU"  # (near miss: back to implements)
    decide(memory_store, [fact_of(memory_store, "link")], "rejected", reviewer="An")
    (item,) = changes(memory_store, Filters())["change_sets"][0]["items"]
    assert (item["kind"], item["action"], item["was"]) == ("link", "removed", None)


def test_a_document_s_date_corrected_is_one_line_before_and_after(memory_store, monkeypatch, tmp_path):
    ingest_ward_plan(memory_store, monkeypatch, tmp_path)
    decide(memory_store, [fact_of(memory_store, "document")], "corrected", reviewer="Lan", changes={"date": "2025-09-12"})
    (item,) = changes(memory_store, Filters())["change_sets"][0]["items"]
    assert (item["kind"], item["action"], item["key"], item["date"]) == ("issued", "changed", "08-KH/ĐU", None)
    assert (item["was"], item["now"]) == ({"date": "2025-09-10"}, {"date": "2025-09-12"})
    assert item_text(item, "vi") + moved_text(item, "vi") == "~ Ngày ban hành: 08-KH/ĐU — Ngày: 2025-09-10 → 2025-09-12"
    assert moved_text(item, "en") == " — Date: 2025-09-10 → 2025-09-12"


def test_the_cli_the_page_its_json_twin_and_the_feed_say_the_same_corrections(tmp_path, monkeypatch):
    folder = tmp_path / "store"
    store = Store.open(folder)
    ingest_ward_plan(store, monkeypatch, tmp_path, link=True)
    decide(store, [fact_of(store, "link")], "corrected", reviewer="Lan", changes={"type": "based_on"})
    decide(store, [fact_of(store, "document")], "corrected", reviewer="Lan", changes={"date": "2025-09-12"})
    data = changes(store, Filters.of(province="Lạng Sơn"))
    store.close()
    for lang in ("vi", "en"):
        printed = CliRunner().invoke(main, ["--lang", lang, "--store", str(folder), "changes", "--province", "Lạng Sơn"])
        assert printed.exit_code == 0 and printed.output == to_text(data, lang)
    said = to_text(data, "en").splitlines()
    assert "  ~ Link (based on): 08-KH/ĐU → 115-CTr/TU — Type: implements → based on" in said
    assert "  ~ Issue date: 08-KH/ĐU — Date: 2025-09-10 → 2025-09-12" in said
    assert not [line for line in said[:said.index("  ~ Issue date: 08-KH/ĐU — Date: 2025-09-10 → 2025-09-12")]
                if line.startswith(("  + Issue date", "  - Issue date", "  - Implementation link"))]
    client = TestClient(create_app(Store.open(folder, read_only=True)))
    assert client.get("/changes.json", params={"province": "Lạng Sơn"}).json() == data
    page = client.get("/changes", params={"province": "Lạng Sơn", "lang": "en"}).text
    assert "Type: <del>implements</del> → <ins>based on</ins>" in page and "~ Link (based on): <a href=" in page
    # (a day kept whole on a phone; near miss: a type is no day)
    assert 'Date: <del class="date">2025-09-10</del> → <ins class="date">2025-09-12</ins>' in page
    feed = client.get("/changes.atom", params={"province": "Lạng Sơn"}).text
    assert "Loại: thực hiện → căn cứ" in feed and "Ngày: 2025-09-10 → 2025-09-12" in feed
    assert "~ Liên kết (căn cứ): 08-KH/ĐU" in feed and ": 1 liên kết (căn cứ)</title>" in feed
    client.app.state.store.close()
