"""Attribution by scope (kg.extract.scope, doc_resolver): a fact belongs to the document its
sentence or text is about, not to the last symbol named. Short texts of our own."""
from __future__ import annotations

from kg.extract import extract, read_text
from kg.extract.scope import text_documents


def docs_of(text: str) -> dict[str, set[str | None]]:
    out: dict[str, set[str | None]] = {}
    for a in extract(text).assignments:
        out.setdefault(a.body, set()).add(a.document)
    return out


CENTRAL = ("Kết luận 200-KL/TW về khoa học\n\n"
           "Ban Bí thư vừa có Kết luận số 200-KL/TW về phát triển khoa học.\n\n"
           "Nhằm thực hiện quyết liệt, hiệu quả các nhiệm vụ, giải pháp tại Kết luận số 180-KL/TW ngày 2/1/2025 của Bộ "
           "Chính trị và Kết luận số 181-KL/TW ngày 3/1/2025 của Ban Bí thư, Ban Bí thư yêu cầu các cấp ủy tập trung "
           "làm tốt các nội dung được nêu.\n")


def test_a_central_document_reported_as_just_issued_is_the_text_s_own():
    r = read_text(CENTRAL, None)
    focus, main_doc, central = text_documents(r.df.mentions, r.docs, r.p.folded, r.paras)
    assert main_doc is None and central == "200-KL/TW"


def test_tasks_after_a_purpose_opener_belong_to_the_text_s_document_not_the_one_implemented():
    assert docs_of(CENTRAL)["Các cấp ủy"] == {"200-KL/TW"}


def test_a_central_document_only_cited_is_not_the_text_s_own():
    text = ("Tỉnh ủy tổ chức hội nghị.\n\nTheo Kết luận số 180-KL/TW của Bộ Chính trị, các cấp ủy tập trung "
            "thực hiện.\n")
    r = read_text(text, None)
    assert text_documents(r.df.mentions, r.docs, r.p.folded, r.paras)[2] is None


PLAN = ("Ngày 2/3/2024, Ban Thường vụ Huyện ủy ban hành Kế hoạch số 40-KH/HU thực hiện Nghị quyết số 09-NQ/TU "
        "của Tỉnh ủy về du lịch.\n\n{opener} Nghị quyết số 09-NQ/TU, huyện tổ chức hội nghị triển khai. Ban Tuyên "
        "giáo Huyện ủy chủ trì tuyên truyền. Các chi bộ tập trung vận động nhân dân.\n")


def test_a_paragraph_opening_on_a_review_of_the_implemented_document_keeps_that_document():
    got = docs_of(PLAN.format(opener="Qua 2 năm thực hiện"))
    assert got["Các chi bộ"] == {"09-NQ/TU"}


def test_a_review_sentence_opening_on_a_document_keeps_it():
    text = ("Huyện ủy tổ chức hội nghị sơ kết.\n\nQua 3 năm thực hiện Chỉ thị số 12-CT/HU của Huyện ủy, các chi bộ "
            "đã tổ chức 40 buổi tuyên truyền.\n")
    assert docs_of(text).get("Các chi bộ", {"12-CT/HU"}) == {"12-CT/HU"}


def test_a_fact_before_any_document_is_named_has_no_document():
    text = ("Hội Nông dân tỉnh đã vượt 4 chỉ tiêu, đạt 90% kế hoạch năm.\n\n"
            "Thời gian tới, các hội tham gia thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới.\n")
    f = extract(text)
    assert f.outcomes and all(o.document is None for o in f.outcomes)
