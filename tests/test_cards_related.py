"""A document's card, its related documents (văn bản liên quan): one row a document, however many texts state its
link, with its sources counted; two documents of one number (in two provinces) a row each, each opening its own card.
Texts are our own."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from kg.cards import card_text, document_card
from kg.cli import main
from kg.ingest import ingest_paths
from kg.web import create_app
from test_browser import window
from test_web_support import ARTIFACTS, BROWSER_MARKS, running

PLAN = """Lạng Sơn triển khai Nghị quyết 46-NQ/TW
Ngày 15/4/2024, Ban Thường vụ Tỉnh ủy Lạng Sơn ban hành Chương trình số 115-CTr/TU thực hiện Nghị quyết số 46-NQ/TW \
ngày 20/12/2023 của Bộ Chính trị.
"""
REVIEW = """Hội Nông dân tỉnh Lạng Sơn sơ kết một năm
Ngày 20/5/2025, Hội Nông dân tỉnh Lạng Sơn tổ chức hội nghị sơ kết một năm thực hiện Chương trình số 115-CTr/TU của \
Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết số 46-NQ/TW của Bộ Chính trị.
"""
NEIGHBOUR = """Cao Bằng triển khai Nghị quyết 46-NQ/TW
Ngày 10/5/2024, Ban Thường vụ Tỉnh ủy Cao Bằng ban hành Chương trình số 115-CTr/TU thực hiện Nghị quyết số 46-NQ/TW \
ngày 20/12/2023 của Bộ Chính trị.
"""


def _ingested(store, tmp_path, texts: dict[str, str]):
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert ingest_paths(store, [str(tmp_path / name) for name in texts]).ok
    return store


@pytest.fixture
def two_texts(memory_store, tmp_path):
    return _ingested(memory_store, tmp_path, {"ke-hoach.txt": PLAN, "so-ket.txt": REVIEW})


def test_a_link_two_texts_state_is_one_row_with_its_sources_counted(two_texts):
    card = document_card(two_texts, "46-NQ/TW", "vi")
    (row,) = card["implemented_by"]
    assert (row["key"], row["source_count"], row["href"]) == ("115-CTr/TU", 2, "/doc/115-CTr/TU")
    assert "Chương trình 115-CTr/TU · Lạng Sơn · 2 nguồn" in card_text(card, "vi")
    assert "· 2 sources" in card_text(document_card(two_texts, "46-NQ/TW", "en"), "en")
    # seen from the other end too: the plan's card counts the sources of its link to the resolution
    (up,) = document_card(two_texts, "115-CTr/TU", "en")["implements"]
    assert (up["key"], up["source_count"]) == ("46-NQ/TW", 2)


def test_near_miss_a_link_one_text_states_counts_one(memory_store, tmp_path):
    (row,) = document_card(_ingested(memory_store, tmp_path, {"ke-hoach.txt": PLAN}), "46-NQ/TW", "en")["implemented_by"]
    assert row["source_count"] == 1


def test_two_documents_of_one_number_are_a_row_each_opening_its_own_card(memory_store, tmp_path):
    store = _ingested(memory_store, tmp_path, {"ke-hoach.txt": PLAN, "so-ket.txt": REVIEW, "cao-bang.txt": NEIGHBOUR})
    rows = document_card(store, "46-NQ/TW", "en")["implemented_by"]
    assert sorted((r["key"], r["place"], r["source_count"]) for r in rows) == [
        ("115-CTr/TU", "Cao Bằng", 1), ("115-CTr/TU", "Lạng Sơn", 2)]
    with TestClient(create_app(store)) as c:
        for r in rows:  # (the number alone asks which of the two is meant)
            assert r["href"].startswith("/doc/115-CTr/TU?iri=")
            opened = c.get(r["href"] + "&lang=en")
            assert opened.status_code == 200 and r["place"] in opened.text and "Which one" not in opened.text


def test_dkg_show_says_the_count(tmp_path):
    for name, text in (("a.txt", PLAN), ("b.txt", REVIEW)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    store = str(tmp_path / "store")
    assert CliRunner().invoke(main, ["--store", store, "ingest", str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]).exit_code == 0
    shown = CliRunner().invoke(main, ["--lang", "en", "--store", store, "show", "46-NQ/TW"]).output
    assert "Chương trình 115-CTr/TU · Lạng Sơn · 2 sources" in shown


@pytest.mark.parametrize("width", [1280, 400])
@pytest.mark.parametrize("lang", ["vi", "en"])
@BROWSER_MARKS[0]
@BROWSER_MARKS[1]
@BROWSER_MARKS[2]
def test_an_analyst_sees_one_row_and_its_sources_on_the_card(two_texts, tmp_path, width, lang):
    with running(create_app(two_texts)) as base, window(tmp_path, width) as page:
        page.goto(f"{base}/doc/46-NQ/TW?lang={lang}")
        rows = page.locator("#implemented_by li").all_inner_texts()
        assert len(rows) == 1 and ("· Lạng Sơn · 2 nguồn" if lang == "vi" else "· Lạng Sơn · 2 sources") in rows[0], rows
        page.locator("#implemented_by a.link-sources").click()
        # (the count leads to the links' evidence: the two texts' sentences)
        stated = page.locator("#link-sources li", has_text="46-NQ/TW").filter(has_text="115-CTr/TU")
        assert page.url.endswith("#link-sources") and stated.locator("blockquote, q").count() >= 2
        assert page.evaluate("() => document.documentElement.scrollWidth") <= width
        page.screenshot(path=str(ARTIFACTS / f"card-related-{lang}-{width}.png"), full_page=True)
