"""Facts without a document or a date enter the graph (attached to their source and, for outcomes,
to their meeting) instead of the quarantine; every extracted fact carries a confidence in [0, 1] in
the facts JSON and in RDF. Texts are our own."""
from __future__ import annotations

import pyoxigraph as ox

from kg.extract import extract
from kg.ingest import ingest_paths
from kg.rdf.build import SourceInfo, build_graph
from kg.validate import validate
from kg.rdf.vocab import DKG, RDF

# no document named, and a working session whose year no line of the page gives
UNDATED = ("Ban Thường vụ Huyện ủy vừa có buổi làm việc với Đảng ủy xã Tân Lập.\n\n"
           "Tại buổi làm việc, Đảng ủy xã báo cáo: 6 tháng đầu năm, xã đã kết nạp 12 đảng viên mới; "
           "vượt 3 chỉ tiêu, đạt 5 chỉ tiêu.\n\n"
           "Ban Thường vụ Huyện ủy đề nghị Đảng ủy xã chủ trì, phối hợp với Ủy ban MTTQ xã rà soát hộ nghèo.")
# a document, a symbol and cue words in the same sentence
STATED = ("Ngày 5/3/2024, Huyện ủy ban hành Kế hoạch số 12-KH/HU thực hiện Nghị quyết số 46-NQ/TW. "
          "Kế hoạch giao Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với Hội Nông dân huyện tuyên truyền.")


def test_extracted_facts_carry_a_confidence_in_the_json():
    d = extract(STATED).to_dict()
    items = [x for k in ("documents", "links", "assignments", "targets", "outcomes", "events") for x in d[k]]
    assert items and all(0.0 <= x["confidence"] <= 1.0 for x in items)
    docs = {x["key"]: x["confidence"] for x in d["documents"]}
    assert docs["12-KH/HU"] >= 0.9                       # a printed symbol
    lead = [a for a in d["assignments"] if a["role"] == "lead"]
    assert lead and lead[0]["confidence"] >= 0.8          # 'giao ... chủ trì' in the sentence


def test_scope_and_position_lower_the_confidence():
    f = extract(UNDATED)
    (ev,) = [e for e in f.events if e.type == "làm việc"]
    assert ev.date is None and ev.confidence < 0.7        # an undated meeting
    stated = extract(STATED)
    assert max(e.confidence for e in f.events) < min(d.confidence for d in stated.documents if d.number)


def test_facts_without_a_document_or_a_date_validate():
    f = extract(UNDATED)
    assert f.outcomes and all(o.document is None for o in f.outcomes)
    assert any(e.date is None for e in f.events)
    g = build_graph(f, SourceInfo(id="undated", name="undated.txt", title="Làm việc với xã Tân Lập"))
    report = validate(g)
    assert report.conforms, report.to_text("en")
    # each outcome is tied to its source and to the meeting it was reported at
    for o in g.subjects(RDF.type, DKG.Outcome):
        assert g.value(o, DKG.extractedFrom) is not None
        assert (g.value(o, DKG.reportedAt), RDF.type, DKG.WorkingSession) in g
    confidences = [c.toPython() for c in g.objects(None, DKG.confidence)]
    assert confidences and all(0 <= float(c) <= 1 for c in confidences)


def test_ingest_keeps_them_out_of_the_quarantine(memory_store, tmp_path):
    path = tmp_path / "lam-viec-tan-lap.txt"
    path.write_text(UNDATED, encoding="utf-8")
    summary = ingest_paths(memory_store, [str(path)])
    assert summary.ok and summary.loaded == 1 and not summary.quarantined
    _, rows = memory_store.select(
        f"SELECT ?o ?e WHERE {{ ?o a <{DKG.Outcome}> ; <{DKG.reportedAt}> ?e . ?e a <{DKG.WorkingSession}> }}")
    assert rows
    _, rows = memory_store.select(f"SELECT ?x WHERE {{ ?x <{DKG.confidence}> ?c }}")
    assert rows
    assert isinstance(rows[0]["x"], ox.NamedNode)
