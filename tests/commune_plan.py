"""A commune's plan of our own with a task of two bodies, a target, an outcome and its launch, placed in the
province (the text names its commune's committee only as "Đảng ủy xã"): a reviewer moving it to its commune renames
both bodies (newcomer31's /changes case; used by the tests of kg.changes and kg.changes_pairs)."""

from __future__ import annotations

import datetime as dt

from kg import ingest
from kg.facts import Assignment, DocumentRef, Event, Facts, Outcome, Place, Target


def ingest_commune_plan(store, monkeypatch, tmp_path) -> None:
    text = ("Đảng ủy xã triển khai Kế hoạch số 21-KH/ĐU; giao UBND xã chủ trì, phối hợp với Ủy ban MTTQ xã mở lớp "
            "kỹ năng số. Xã phấn đấu 70% hộ dùng ví điện tử; hiện 35% hộ đã dùng.")
    plan = text.index("Kế hoạch")
    task = (text.index("UBND"), text.index(". Xã"))
    monkeypatch.setattr(ingest, "extract_one", lambda name, body, on, place, hints=None: Facts(
        source=name, place=Place(province="Tuyên Quang"), text=body, date=dt.date(2025, 10, 6),
        documents=[DocumentRef(key="21-KH/ĐU", type="KH", number="21", issuer_code="ĐU", level="commune",
                               span=(plan, plan + 20))],
        assignments=[Assignment(body="UBND xã", role="lead", document="21-KH/ĐU", task="mở lớp kỹ năng số", span=task),
                     Assignment(body="Ủy ban MTTQ xã", role="coordinate", document="21-KH/ĐU", task="mở lớp kỹ năng số",
                                span=task)],
        targets=[Target(document="21-KH/ĐU", text="70% hộ dùng ví điện tử", value=70, unit="%",
                        span=(text.index("70%"), text.index("; hiện")))],
        outcomes=[Outcome(document="21-KH/ĐU", text="35% hộ đã dùng", value=35, unit="%",
                          span=(text.index("35%"), len(text) - 1))],
        events=[Event(type="conference", date=dt.date(2025, 10, 3), reviews=["21-KH/ĐU"], span=(0, plan + 20))]))
    path = tmp_path / "xa.txt"
    path.write_text(text, encoding="utf-8")
    assert ingest.ingest_paths(store, [str(path)]).ok
