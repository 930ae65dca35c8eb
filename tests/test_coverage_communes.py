"""The coverage query after the reform of 1 July 2025: a province's communes, wards and special zones (from the
package's map, which the graph does not hold) each with the commune documents of the cascade minted there."""

from __future__ import annotations

import datetime as dt

import pytest

from kg import ingest
from kg.facts import DocumentRef, Facts, Link, Place
from kg.queries import run
from kg.text.places import communes_2025

TEXT = ("Đảng ủy phường Minh Xuân ban hành Kế hoạch số 7-KH/ĐU ngày 5/9/2025 thực hiện Kế hoạch số 12-KH/TU "
        "ngày 15/8/2025 của Ban Thường vụ Tỉnh ủy về thực hiện Nghị quyết số 57-NQ/TW.")


def _span(words: str) -> tuple[int, int]:
    return TEXT.index(words), TEXT.index(words) + len(words)


def _facts(commune_issuer: str) -> Facts:
    return Facts(source="plan.txt", place=Place(province="Tuyên Quang"), text=TEXT, documents=[
        DocumentRef(key="57-NQ/TW", type="NQ", number="57", issuer="Bộ Chính trị", issuer_code="TW", level="central",
                    date=dt.date(2024, 12, 22), span=_span("Nghị quyết số 57-NQ/TW")),
        DocumentRef(key="12-KH/TU", type="KH", number="12", issuer="Ban Thường vụ Tỉnh ủy", issuer_code="TU",
                    level="province", date=dt.date(2025, 8, 15), span=_span("Kế hoạch số 12-KH/TU")),
        DocumentRef(key="7-KH/ĐU", type="KH", number="7", issuer=commune_issuer, issuer_code="ĐU", level="commune",
                    date=dt.date(2025, 9, 5), span=_span("Kế hoạch số 7-KH/ĐU"))],
        links=[Link(from_="12-KH/TU", type="implements", to="57-NQ/TW", span=_span("thực hiện Nghị quyết")),
               Link(from_="7-KH/ĐU", type="implements", to="12-KH/TU", span=_span("thực hiện Kế hoạch"))])


@pytest.fixture
def ingested(memory_store, monkeypatch, tmp_path):
    def run_with(issuer: str):
        (tmp_path / "plan.txt").write_text(TEXT, encoding="utf-8")
        monkeypatch.setattr(ingest, "extract_one", lambda name, text, on, place, hints=None: _facts(issuer))
        assert ingest.ingest_paths(memory_store, [str(tmp_path / "plan.txt")]).ok
        return memory_store
    return run_with


def test_a_province_s_communes_follow_it_with_the_commune_documents_minted_there(ingested):
    store = ingested("Đảng ủy phường Minh Xuân")
    rows = run(store, "coverage", {"doc": "57-NQ/TW", "date": "2025-12-01", "place": "Tuyên Quang"}).rows
    assert [r["kind"] for r in rows[:1]] == ["province"] and rows[0]["documents"] == "12-KH/TU; 7-KH/ĐU"
    communes = [r for r in rows if r["kind"] == "commune"]
    assert len(communes) == len(communes_2025("08")) > 100 and all(r["unit"] is None for r in communes)
    (covered,) = [r for r in communes if r["status"] == "covered"]
    assert (covered["name"], covered["province"], covered["documents"]) == ("Phường Minh Xuân", "Tuyên Quang", "7-KH/ĐU")
    assert covered["implementations"] == 1 and covered["first_date"] == dt.date(2025, 9, 5)
    assert communes[-1] is covered  # those without a document first, as the query lists its units


def test_a_commune_document_whose_commune_is_not_known_counts_for_no_commune(ingested):
    store = ingested("Đảng ủy xã")  # names no commune, nor does the text's place
    rows = run(store, "coverage", {"doc": "57-NQ/TW", "date": "2025-12-01", "place": "Tuyên Quang"}).rows
    assert rows[0]["status"] == "covered"
    assert {r["status"] for r in rows if r["kind"] == "commune"} == {"none"}


def test_no_commune_rows_before_the_reform_nor_without_a_place(ingested):
    store = ingested("Đảng ủy phường Minh Xuân")
    before = run(store, "coverage", {"doc": "57-NQ/TW", "date": "2025-06-30", "place": "Tuyên Quang"}).rows
    assert "commune" not in {r["kind"] for r in before}
    every = run(store, "coverage", {"doc": "57-NQ/TW", "date": "2025-12-01"}).rows
    assert len(every) == 34 and {r["kind"] for r in every} == {"province"}


def test_the_coverage_page_names_a_commune_s_kind(ingested):
    from fastapi.testclient import TestClient

    from kg.web import create_app

    store = ingested("Đảng ủy phường Minh Xuân")
    page = TestClient(create_app(store)).get("/queries/coverage", params={
        "doc": "57-NQ/TW", "date": "2025-12-01", "place": "Tuyên Quang", "lang": "en"}, headers={"Accept": "text/html"}).text
    assert "Phường Minh Xuân" in page and ">Commune<" in page and ">commune<" not in page
