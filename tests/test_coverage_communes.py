"""The coverage query's communes (from the package's map, which the graph does not hold), each with the commune
documents of the cascade minted there: after the reform of 1 July 2025 a province's communes, wards and special zones
after its row; before it, the communes, wards and towns of each district after the district's row."""

from __future__ import annotations

import datetime as dt

import pytest

from kg import ingest
from kg.facts import DocumentRef, Facts, Link, Place
from kg.i18n import units_covered_said
from kg.queries import run
from kg.text.places import COMMUNE_KINDS, DISTRICT_KINDS, communes_2025, communes_legacy, district_kind, districts_of

#: the kinds of a row under a province or a district: commune, ward, town, special zone
UNDER = set(COMMUNE_KINDS.values())
#: the kinds of a district-level unit's row: huyện, quận, thị xã, thành phố
DISTRICTS = set(DISTRICT_KINDS.values())

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
    communes = [r for r in rows if r["kind"] in UNDER]
    assert len(communes) == len(communes_2025("08")) > 100 and all(r["unit"] is None for r in communes)
    (covered,) = [r for r in communes if r["status"] == "covered"]
    assert (covered["name"], covered["province"], covered["documents"]) == ("Phường Minh Xuân", "Tuyên Quang", "7-KH/ĐU")
    assert covered["implementations"] == 1 and covered["first_date"] == dt.date(2025, 9, 5)
    # each row of its own kind, as the map's full name says it (a phường is a ward, not a xã)
    assert all(r["kind"] == next(k for w, k in COMMUNE_KINDS.items() if r["name"].startswith(w + " "))
               for r in communes)
    assert covered["kind"] == "ward" and {"commune", "ward"} <= {r["kind"] for r in communes}
    assert communes[-1] is covered  # those without a document first, as the query lists its units


def test_a_commune_document_whose_commune_is_not_known_counts_for_no_commune(ingested):
    store = ingested("Đảng ủy xã")  # names no commune, nor does the text's place
    rows = run(store, "coverage", {"doc": "57-NQ/TW", "date": "2025-12-01", "place": "Tuyên Quang"}).rows
    assert rows[0]["status"] == "covered"
    assert {r["status"] for r in rows if r["kind"] in UNDER} == {"none"}


def test_no_commune_rows_without_a_place(ingested):
    store = ingested("Đảng ủy phường Minh Xuân")
    every = run(store, "coverage", {"doc": "57-NQ/TW", "date": "2025-12-01"}).rows
    assert len(every) == 34 and {r["kind"] for r in every} == {"province"}
    before = run(store, "coverage", {"doc": "57-NQ/TW", "date": "2025-06-30"}).rows
    assert len(before) == 63 and {r["kind"] for r in before} == {"province"}


LEGACY = ("Đảng ủy xã Xuân Long ban hành Kế hoạch số 7-KH/ĐU ngày 5/3/2025 và Đảng ủy xã Hồng Phong ban hành Kế hoạch "
          "số 8-KH/ĐU ngày 6/3/2025 thực hiện Kế hoạch số 12-KH/TU ngày 10/2/2025 của Ban Thường vụ Tỉnh ủy về thực "
          "hiện Nghị quyết số 57-NQ/TW.")


def _legacy_facts() -> Facts:
    """Lạng Sơn before the reform: the province's plan and two communes' (xã Hồng Phong is a name two districts have)."""
    def span(words: str) -> tuple[int, int]:
        return LEGACY.index(words), LEGACY.index(words) + len(words)
    docs = [DocumentRef(key="57-NQ/TW", type="NQ", number="57", issuer="Bộ Chính trị", issuer_code="TW", level="central",
                        date=dt.date(2024, 12, 22), span=span("Nghị quyết số 57-NQ/TW")),
            DocumentRef(key="12-KH/TU", type="KH", number="12", issuer="Ban Thường vụ Tỉnh ủy", issuer_code="TU",
                        level="province", date=dt.date(2025, 2, 10), span=span("Kế hoạch số 12-KH/TU"))]
    links = [Link(from_="12-KH/TU", type="implements", to="57-NQ/TW", span=span("thực hiện Nghị quyết"))]
    for key, commune, day in (("7-KH/ĐU", "Xuân Long", 5), ("8-KH/ĐU", "Hồng Phong", 6)):
        docs.append(DocumentRef(key=key, type="KH", number=key.split("-")[0], issuer=f"Đảng ủy xã {commune}",
                                issuer_code="ĐU", level="commune", date=dt.date(2025, 3, day),
                                span=span(f"Kế hoạch số {key}")))
        links.append(Link(from_=key, type="implements", to="12-KH/TU", span=span("thực hiện Kế hoạch")))
    return Facts(source="legacy.txt", place=Place(province="Lạng Sơn"), text=LEGACY, documents=docs, links=links)


def test_before_the_reform_each_district_s_communes_follow_its_row(memory_store, monkeypatch, tmp_path):
    (tmp_path / "legacy.txt").write_text(LEGACY, encoding="utf-8")
    monkeypatch.setattr(ingest, "extract_one", lambda name, text, on, place, hints=None: _legacy_facts())
    assert ingest.ingest_paths(memory_store, [str(tmp_path / "legacy.txt")]).ok
    rows = run(memory_store, "coverage", {"doc": "57-NQ/TW", "date": "2025-06-30", "place": "Lạng Sơn"}).rows
    districts = {d.code: d for d in districts_of("20")}
    assert rows[0]["kind"] == "province" and rows[0]["documents"] == "12-KH/TU; 7-KH/ĐU; 8-KH/ĐU"
    assert len(rows) == 1 + len(districts) + len(communes_legacy("20"))
    # each commune right after the row of its district, and every commune of the old map once
    district = None
    seen = []
    for r in rows[1:]:
        if r["kind"] in DISTRICTS:
            district = r["code"]
        else:
            assert r["kind"] in UNDER and r["unit"] is None and district in districts
            seen.append((r["code"], district))
    assert sorted(seen) == sorted((c[0], c[4]) for c in communes_legacy("20"))
    # a town (thị trấn) of the old map is said as one
    assert {r["kind"] for r in rows if r["name"].startswith("Thị trấn ")} == {"town"}
    covered = [(r["name"], r["documents"], r["first_date"]) for r in rows if r["kind"] in UNDER and r["status"] == "covered"]
    # xã Xuân Long (Cao Lộc) has its plan; two districts have a xã Hồng Phong: the IRI does not say which, neither counts
    assert covered == [("Xã Xuân Long", "7-KH/ĐU", dt.date(2025, 3, 5))]
    assert dict(seen)[next(r["code"] for r in rows if r.get("name") == "Xã Xuân Long")] == "183"  # huyện Cao Lộc
    after = run(memory_store, "coverage", {"doc": "57-NQ/TW", "date": "2025-12-01", "place": "Lạng Sơn"}).rows
    assert not DISTRICTS & {r["kind"] for r in after}
    assert {r["status"] for r in after if r["kind"] in UNDER} == {"none"}  # the 2025 map's communes: none minted there


def test_a_district_asked_for_lists_its_own_communes_only(memory_store, monkeypatch, tmp_path):
    (tmp_path / "legacy.txt").write_text(LEGACY, encoding="utf-8")
    monkeypatch.setattr(ingest, "extract_one", lambda name, text, on, place, hints=None: _legacy_facts())
    assert ingest.ingest_paths(memory_store, [str(tmp_path / "legacy.txt")]).ok
    rows = run(memory_store, "coverage", {"doc": "57-NQ/TW", "date": "2025-06-30", "place": "huyện Cao Lộc"}).rows
    assert [r["kind"] for r in rows[:2]] == ["province", "district"]
    assert sorted(r["code"] for r in rows[2:]) == sorted(c[0] for c in communes_legacy("20") if c[4] == "183")


def test_the_coverage_page_names_a_commune_s_kind(ingested):
    from fastapi.testclient import TestClient

    from kg.web import create_app

    store = ingested("Đảng ủy phường Minh Xuân")
    page = TestClient(create_app(store)).get("/queries/coverage", params={
        "doc": "57-NQ/TW", "date": "2025-12-01", "place": "Tuyên Quang", "lang": "en"}, headers={"Accept": "text/html"}).text
    assert "Phường Minh Xuân" in page and ">Commune<" in page and ">commune<" not in page and ">ward<" not in page
    # a ward (phường) said as one, in both languages; near miss: a xã stays a commune
    row = page[page.index("Phường Minh Xuân"):]
    assert ">Ward<" in row[:row.index("</tr>")]
    vi = TestClient(create_app(store)).get("/queries/coverage", params={
        "doc": "57-NQ/TW", "date": "2025-12-01", "place": "Tuyên Quang"}, headers={"Accept": "text/html"}).text
    row = vi[vi.index("Phường Minh Xuân"):]
    assert ">Phường<" in row[:row.index("</tr>")] and ">Xã<" in vi


def test_each_district_level_unit_is_of_its_own_kind_in_both_languages(memory_store, monkeypatch, tmp_path):
    """Coverage called every district-level unit "Huyện": thành phố Lạng Sơn (a city of the province) is none, nor is a
    quận or a thị xã. Each row has its unit's own kind from the map, said in the reader's language (polish30)."""
    from fastapi.testclient import TestClient

    from kg.web import create_app

    (tmp_path / "legacy.txt").write_text(LEGACY, encoding="utf-8")
    monkeypatch.setattr(ingest, "extract_one", lambda name, text, on, place, hints=None: _legacy_facts())
    assert ingest.ingest_paths(memory_store, [str(tmp_path / "legacy.txt")]).ok
    params = {"doc": "57-NQ/TW", "date": "2025-06-30", "place": "Lạng Sơn"}
    kinds = {r["name"]: r["kind"] for r in run(memory_store, "coverage", params).rows if r["kind"] in DISTRICTS}
    assert len(kinds) == len(districts_of("20"))
    assert (kinds["Thành phố Lạng Sơn"], kinds["Huyện Cao Lộc"]) == ("city", "district")
    for lang, city, huyen in (("vi", ">Thành phố<", ">Huyện<"), ("en", ">City (thành phố)<", ">District<")):
        page = TestClient(create_app(memory_store)).get("/queries/coverage", params={**params, "lang": lang},
                                                        headers={"Accept": "text/html"}).text
        row = page[page.index("Thành phố Lạng Sơn"):]
        assert city in row[:row.index("</tr>")]
        row = page[page.index("Huyện Cao Lộc"):]  # near miss: a huyện stays one
        assert huyen in row[:row.index("</tr>")]
    # a quận and a thị xã of Hà Nội, by the map's type; a code the map does not know is a district
    hanoi = {d.full_name: district_kind(d.code) for d in districts_of("01")}
    assert (hanoi["Quận Ba Đình"], hanoi["Thị xã Sơn Tây"], hanoi["Huyện Ba Vì"]) == ("urban-district", "district-town",
                                                                                      "district")
    assert district_kind("999") == "district"


def test_the_units_with_a_document_are_counted_under_the_table_and_on_the_page(ingested):
    """An analyst reporting how many of the province's communes have a plan counted 124 rows by hand. The count is in
    the JSON's ``meta.units`` (by level, and by kind within it), a line under `dkg query`'s table and above the page's
    table, in the reader's language."""
    from fastapi.testclient import TestClient

    from kg.web import create_app

    store = ingested("Đảng ủy phường Minh Xuân")
    params = {"doc": "57-NQ/TW", "date": "2025-12-01", "place": "Tuyên Quang"}
    table = run(store, "coverage", params)
    wards = sum(1 for r in table.rows if r["kind"] == "ward")
    communes = sum(1 for r in table.rows if r["kind"] == "commune")
    assert table.meta["units"] == {"commune": {"covered": 1, "units": wards + communes,
                                              "kinds": {"commune": [0, communes], "ward": [1, wards]}}}
    said = f"Đơn vị cấp xã đã có văn bản triển khai: 1/{wards + communes} (Xã 0/{communes}; Phường 1/{wards})"
    assert units_covered_said(table.meta["units"], "vi") == [said]
    assert table.render("table", lang="vi").rstrip().endswith(said)
    page = TestClient(create_app(store)).get("/queries/coverage", params={**params, "lang": "en"},
                                             headers={"Accept": "text/html"}).text
    assert (f"Commune-level units with an implementing document: 1/{wards + communes} (Commune 0/{communes}; "
            f"Ward 1/{wards})") in page
    # near misses: without a place no unit under a province is listed, so nothing is counted
    every = run(store, "coverage", {"doc": "57-NQ/TW", "date": "2025-12-01"})
    assert "units" not in every.meta and units_covered_said(every.meta.get("units"), "vi") == []
    assert "Đơn vị cấp" not in every.render("table", lang="vi")


def test_before_the_reform_districts_and_communes_are_counted_apart(memory_store, monkeypatch, tmp_path):
    (tmp_path / "legacy.txt").write_text(LEGACY, encoding="utf-8")
    monkeypatch.setattr(ingest, "extract_one", lambda name, text, on, place, hints=None: _legacy_facts())
    assert ingest.ingest_paths(memory_store, [str(tmp_path / "legacy.txt")]).ok
    units = run(memory_store, "coverage", {"doc": "57-NQ/TW", "date": "2025-06-30", "place": "Lạng Sơn"}).meta["units"]
    assert units["district"]["units"] == len(districts_of("20")) and units["district"]["covered"] == 0
    assert units["commune"] == {**units["commune"], "covered": 1, "units": len(communes_legacy("20"))}
    assert list(units["district"]["kinds"]) == ["district", "city"]  # the map's order: huyện before thành phố
    (district, commune) = units_covered_said(units, "en")
    assert district.startswith("District-level units with an implementing document: 0/11 (District 0/10; City")
    assert commune.startswith(f"Commune-level units with an implementing document: 1/{len(communes_legacy('20'))} (")
