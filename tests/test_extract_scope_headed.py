"""An official text's own document (kg.extract.scope, kg.extract.text_focus.heading_key): the document its heading
numbers ('Số 31-KL/HU') keeps the tasks its text gives, though it is dated after the meeting it names (a conclusion or a
notice adopted at a review); news of a review gives a plan issued after it none of the review's tasks. Short texts of
our own."""
from __future__ import annotations

from extract_helpers import task_documents as docs_of


# an official conclusion, dated after the meeting that reviewed the resolution and adopted it
_CONCLUSION = ("HUYỆN ỦY NAM ĐÀN\n*\nSố 31-KL/HU                    Nam Đàn, ngày 22 tháng 5 năm 2026\n\nKẾT LUẬN\n"
               "của Ban Thường vụ Huyện ủy về sơ kết 3 năm thực hiện Nghị quyết số 08-NQ/HU ngày 2/3/2023\n\n"
               "Tại hội nghị ngày 15/5/2026, trên cơ sở xem xét Báo cáo số 88-BC/ĐU ngày 8/5/2026 của Đảng ủy UBND huyện, "
               "Ban Thường vụ Huyện ủy kết luận như sau:\n"
               "1. UBND huyện chủ trì rà soát quy hoạch vùng trồng cam.\n"
               "2. Ban Tuyên giáo và Dân vận Huyện ủy tuyên truyền các mô hình trồng cam hiệu quả.\n")


def test_an_official_text_keeps_its_own_document_after_the_meeting_it_names():
    assert docs_of(_CONCLUSION) == {"UBND huyện": {"31-KL/HU"}, "Ban Tuyên giáo và Dân vận Huyện ủy": {"31-KL/HU"}}
    # in other words: a standing board's notice of the conclusions of a working session held days before
    text = ("BAN THƯỜNG VỤ TỈNH ỦY\nSố: 140-TB/TU                    Lào Cai, ngày 10 tháng 6 năm 2026\n\nTHÔNG BÁO\n"
            "kết luận của Ban Thường vụ Tỉnh ủy về sơ kết 2 năm thực hiện Chỉ thị số 05-CT/TU\n\n"
            "Ngày 4/6/2026, Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết 2 năm thực hiện Chỉ thị số 05-CT/TU. "
            "Ban Thường vụ Tỉnh ủy giao Sở Nội vụ chủ trì rà soát biên chế các xã.\n")
    assert docs_of(text) == {"Sở Nội vụ": {"140-TB/TU"}}


def test_near_miss_news_of_a_review_gives_a_plan_issued_after_it_none_of_its_tasks():
    text = ("Ngày 15/5/2026, Ban Thường vụ Huyện ủy Nam Đàn tổ chức hội nghị sơ kết 3 năm thực hiện Nghị quyết số "
            "08-NQ/HU ngày 2/3/2023. Hội nghị yêu cầu UBND huyện chủ trì rà soát quy hoạch vùng trồng cam. Ngày "
            "22/5/2026, Huyện ủy ban hành Kế hoạch số 40-KH/HU về trồng cam.\n")
    assert docs_of(text) == {"UBND huyện": {"08-NQ/HU"}}
