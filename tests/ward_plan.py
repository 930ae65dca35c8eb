"""A ward's plan of our own, ingested with its facts given (the extractor left out): 08-KH/ĐU of the Party
committee of phường Đông Kinh (Lạng Sơn), issued on 10 September 2025, on the 2025 map; with ``link``, it
carries out 115-CTr/TU. Used by the tests of a reviewer moving it to another ward (/changes, the search)."""

from __future__ import annotations

import datetime as dt

from kg import ingest
from kg.facts import DocumentRef, Facts, Link, Place

ISSUER = "Ban Thường vụ Đảng ủy phường Đông Kinh"


def ingest_ward_plan(store, monkeypatch, tmp_path, *, link: bool = False) -> None:
    text = f"{ISSUER} ban hành Kế hoạch số 08-KH/ĐU thực hiện Chương trình số 115-CTr/TU."
    start = text.index("Kế hoạch")
    plan = DocumentRef(key="08-KH/ĐU", type="KH", number="08", issuer_code="ĐU", level="commune",
                       date=dt.date(2025, 9, 10), issuer=ISSUER, span=(start, start + 24))
    programme = DocumentRef(key="115-CTr/TU", type="CTr", number="115", issuer_code="TU", level="province",
                            span=(text.index("Chương"), len(text) - 1))
    monkeypatch.setattr(ingest, "extract_one", lambda name, body, on, place, hints=None: Facts(
        source=name, place=Place(province="Lạng Sơn"), text=body,
        documents=[plan, programme] if link else [plan],
        links=[Link(from_="08-KH/ĐU", type="implements", to="115-CTr/TU", span=(start, len(text) - 1))] if link else []))
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    assert ingest.ingest_paths(store, [str(path)]).ok
