"""A national target programme named only as what a numbered decision approved is keyed by that decision
(kg.extract.programme_decisions): its node goes and its facts go to the decision. Short texts of our own."""
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
])
def test_programme_approved_by_a_decision_is_the_decision(text):
    facts = extract(text + RESULT)
    assert {d.key for d in facts.documents} == {DECISION}
    assert {o.document for o in facts.outcomes} == {DECISION}


@pytest.mark.parametrize("text, kept", [
    # no word of approval: the decision is only cited beside the programme
    pytest.param("Huyện triển khai Chương trình mục tiêu quốc gia phát triển lâm nghiệp bền vững giai đoạn 2023-2027 "
                 "(Quyết định số 412/QĐ-TTg ngày 8/4/2023 của Thủ tướng Chính phủ).", PROGRAMME, id="cited-in-brackets"),
    # a đề án keeps its own node beside the decision that approved it
    pytest.param("Huyện triển khai Đề án phát triển lâm nghiệp bền vững giai đoạn 2023-2027, được phê duyệt tại "
                 "Quyết định số 412/QĐ-TTg ngày 8/4/2023 của Thủ tướng Chính phủ.",
                 "ĐA:phát triển lâm nghiệp bền vững giai đoạn 2023-2027", id="de-an"),
])
def test_near_misses_keep_two_nodes(text, kept):
    facts = extract(text + RESULT)
    assert {d.key for d in facts.documents} == {kept, DECISION}
    assert {o.document for o in facts.outcomes} == {kept}


def test_a_programme_a_plan_carries_out_stays_a_node():
    text = ("Kế hoạch số 20/KH-UBND ngày 1/6/2023 của UBND huyện về thực hiện Chương trình mục tiêu quốc gia phát triển "
            "lâm nghiệp bền vững giai đoạn 2023-2027. Căn cứ Quyết định số 412/QĐ-TTg ngày 8/4/2023 của Thủ tướng Chính "
            "phủ phê duyệt Chương trình mục tiêu quốc gia phát triển lâm nghiệp bền vững giai đoạn 2023-2027." + RESULT)
    facts = extract(text)
    assert {d.key for d in facts.documents} == {"20/KH-UBND", PROGRAMME, DECISION}
    assert ("20/KH-UBND", "implements", PROGRAMME) in {(x.from_, x.type, x.to) for x in facts.links}
