"""A programme approved by a numbered decision ('Quyết định số ... phê duyệt Chương trình ...') is a document
without a number of its own: it is keyed by its own title (``TYPE:description``, the shared articles' conventions
and the facts contract), and the decision that approved it is a document of its own. The programme's results go to
the programme. Short texts of our own."""
from __future__ import annotations

import pytest

from kg.extract import extract

PROGRAMME = "CTMTQG:phát triển lâm nghiệp bền vững giai đoạn 2023-2027"
DECISION = "412/QĐ-TTg"
RESULT = " Đến nay, huyện trồng mới 1.200 ha rừng.\n"


@pytest.mark.parametrize("text", [
    pytest.param("Huyện triển khai Quyết định số 412/QĐ-TTg ngày 8/4/2023 của Thủ tướng Chính phủ phê duyệt Chương trình "
                 "mục tiêu quốc gia phát triển lâm nghiệp bền vững giai đoạn 2023-2027.", id="decision-then-programme"),
    pytest.param("Huyện triển khai Chương trình mục tiêu quốc gia phát triển lâm nghiệp bền vững giai đoạn 2023-2027, "
                 "được phê duyệt tại Quyết định số 412/QĐ-TTg ngày 8/4/2023 của Thủ tướng Chính phủ.",
                 id="programme-then-decision"),
    # (near miss of the approval: the decision only cited beside the programme, in brackets)
    pytest.param("Huyện triển khai Chương trình mục tiêu quốc gia phát triển lâm nghiệp bền vững giai đoạn 2023-2027 "
                 "(Quyết định số 412/QĐ-TTg ngày 8/4/2023 của Thủ tướng Chính phủ).", id="cited-in-brackets"),
])
def test_programme_approved_by_a_decision_keeps_its_own_title(text):
    facts = extract(text + RESULT)
    docs = {d.key: d for d in facts.documents}
    assert set(docs) == {PROGRAMME, DECISION}
    assert docs[PROGRAMME].number is None
    assert {o.document for o in facts.outcomes} == {PROGRAMME}


def test_the_programme_is_dated_by_the_decision_that_approved_it():
    text = ("Huyện triển khai Chương trình mục tiêu quốc gia phát triển lâm nghiệp bền vững giai đoạn 2023-2027, "
            "được phê duyệt tại Quyết định số 412/QĐ-TTg ngày 8/4/2023 của Thủ tướng Chính phủ." + RESULT)
    docs = {d.key: d for d in extract(text).documents}
    assert docs[PROGRAMME].date == docs[DECISION].date
    assert str(docs[DECISION].date) == "2023-04-08"


def test_a_de_an_approved_by_a_decision_keeps_its_own_title_too():
    text = ("Huyện triển khai Đề án phát triển lâm nghiệp bền vững giai đoạn 2023-2027, được phê duyệt tại "
            "Quyết định số 412/QĐ-TTg ngày 8/4/2023 của Thủ tướng Chính phủ." + RESULT)
    facts = extract(text)
    kept = "ĐA:phát triển lâm nghiệp bền vững giai đoạn 2023-2027"
    assert {d.key for d in facts.documents} == {kept, DECISION}
    assert {o.document for o in facts.outcomes} == {kept}


def test_a_programme_a_plan_carries_out_stays_a_node():
    text = ("Kế hoạch số 20/KH-UBND ngày 1/6/2023 của UBND huyện về thực hiện Chương trình mục tiêu quốc gia phát triển "
            "lâm nghiệp bền vững giai đoạn 2023-2027. Căn cứ Quyết định số 412/QĐ-TTg ngày 8/4/2023 của Thủ tướng Chính "
            "phủ phê duyệt Chương trình mục tiêu quốc gia phát triển lâm nghiệp bền vững giai đoạn 2023-2027." + RESULT)
    facts = extract(text)
    assert {d.key for d in facts.documents} == {"20/KH-UBND", PROGRAMME, DECISION}
    assert ("20/KH-UBND", "implements", PROGRAMME) in {(x.from_, x.type, x.to) for x in facts.links}


def test_a_decision_alone_is_the_only_node():
    # near miss: no programme's title, only the decision's number and subject
    text = ("Huyện triển khai Quyết định số 412/QĐ-TTg ngày 8/4/2023 của Thủ tướng Chính phủ về phát triển lâm "
            "nghiệp." + RESULT)
    assert {d.key for d in extract(text).documents} == {DECISION}


@pytest.mark.parametrize("text, key", [
    # a programme named by the number of the Prime Minister's decision, which names no title
    pytest.param("Huyện thực hiện Chương trình theo Quyết định số 412/QĐ-TTg ngày 8/4/2023. Xã đã trồng mới 80 ha "
                 "rừng thuộc Chương trình 412.", DECISION, id="decision-only"),
    # ... and with the title the decision approved: the short name is that programme
    pytest.param("Huyện triển khai Quyết định số 412/QĐ-TTg ngày 8/4/2023 của Thủ tướng Chính phủ phê duyệt Chương trình "
                 "mục tiêu quốc gia phát triển lâm nghiệp bền vững giai đoạn 2023-2027. Xã đã trồng mới 80 ha rừng "
                 "thuộc Chương trình 412.", PROGRAMME, id="titled"),
])
def test_a_programme_named_by_its_decision_s_number(text, key):
    keys = {d.key for d in extract(text).documents}
    assert key in keys
    assert not any(k.startswith("412-") for k in keys)


def test_a_programme_numbered_like_a_local_decision_stays_apart():
    # near miss: the decision of that number is a province's, which approves no national programme
    text = ("UBND tỉnh ban hành Quyết định số 412/QĐ-UBND ngày 8/4/2023 về giá đất. Tỉnh ủy triển khai Chương trình "
            "412 về chuyển đổi số.")
    keys = {d.key for d in extract(text).documents}
    assert "412/QĐ-UBND" in keys
    assert len(keys) == 2           # the programme is not taken for the decision
