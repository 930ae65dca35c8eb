"""The documents a text is about (kg.extract.text_focus): its own document, read from its first paragraphs that name
documents. Short texts of our own."""
from __future__ import annotations

from kg.extract import extract, read_text
from kg.extract.text_focus import text_documents


def main_document(text: str) -> str | None:
    r = read_text(text, None)
    return text_documents(r.df.mentions, r.docs, r.p.folded, r.paras, r.p.text)[1]


# a sitting's news that cites a decision approving a đề án, then reports the resolution the sitting adopts
SITTING = ("Kỳ họp thứ Năm HĐND tỉnh chất vấn về trường học\n\n"
           "Ngày 8/11/2026, HĐND tỉnh Quảng Trị tiến hành phiên chất vấn. Ông Lê Văn Tư, Giám đốc Sở Giáo dục và Đào "
           "tạo cho biết, thực hiện Quyết định số 742/QĐ-UBND ngày 2/4/2025 của UBND tỉnh phê duyệt Đề án phát "
           "triển trường bán trú giai đoạn 2025 - 2030, đến nay đã xây 36 phòng ở cho học sinh.\n\n"
           "Kỳ họp đã thông qua Nghị quyết số 52/NQ-HĐND ngày 9/11/2026 về hoạt động chất vấn. HĐND tỉnh giao UBND "
           "tỉnh chỉ đạo Sở Giáo dục và Đào tạo hoàn thành việc sắp xếp trường bán trú trước ngày 30/6/2027.\n")


def test_a_project_a_cited_decision_approves_is_not_the_text_s_own_document():
    assert main_document(SITTING) == "52/NQ-HĐND"
    got = {(a.body, a.document) for a in extract(SITTING).assignments}
    assert ("Sở Giáo dục và Đào tạo", "52/NQ-HĐND") in got
    assert not any(doc == "742/QĐ-UBND" for _, doc in got)


def test_a_decision_the_text_says_was_issued_stays_its_own_document():
    text = ("Ngày 2/4/2025, UBND tỉnh ban hành Quyết định số 742/QĐ-UBND phê duyệt Đề án phát triển trường bán trú "
            "giai đoạn 2025 - 2030. Sở Giáo dục và Đào tạo chủ trì triển khai Đề án.\n")
    assert main_document(text) == "742/QĐ-UBND"
