"""A section that opens on a result measured against a local plan's goals (kg.extract.section_plans): in a report on the
national scheme the plan carries out, the section's later figures are the plan's. Short texts of our own."""
from __future__ import annotations

from kg.extract.section_plans import measured_against
from kg.extract.text import fold_same_length
from extract_helpers import outcome_documents as outcome_docs


def _report(opening: str) -> str:
    return ("ỦY BAN NHÂN DÂN\nXÃ AN PHÚ\nSố: 88/BC-UBND                    An Phú, ngày 10 tháng 12 năm 2025\n\nBÁO CÁO\n"
            "Kết quả thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2025\n\n"
            "I. CÔNG TÁC CHỈ ĐẠO\nThực hiện Quyết định số 263/QĐ-TTg ngày 22/02/2022 của Thủ tướng Chính phủ phê duyệt "
            "Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025, UBND xã ban hành Kế hoạch số "
            "45/KH-UBND ngày 3/3/2025 thực hiện Chương trình năm 2025.\n\n"
            "II. KẾT QUẢ THỰC HIỆN\n" + opening + "\n\n"
            "Đường giao thông nông thôn được cứng hóa | 12,5 | 10 | 125\n\n"
            "Xã đã hỗ trợ 46 hộ phát triển sản xuất.\n\n"
            "III. NHIỆM VỤ NĂM 2026\nPhấn đấu năm 2026 có thêm 2 thôn đạt chuẩn nông thôn mới kiểu mẫu.\n")


def test_a_section_opening_on_a_plans_tally_gives_its_later_figures_to_the_plan():
    docs = outcome_docs(_report("Năm 2025, xã hoàn thành 17/19 chỉ tiêu Kế hoạch số 45/KH-UBND đề ra."))
    assert docs[46] == "45/KH-UBND"
    # in other words: a share of the plan's goal opens the section
    docs = outcome_docs(_report("Năm 2025, toàn xã làm mới 8 km đường, đạt 110% chỉ tiêu Kế hoạch số 45/KH-UBND."))
    assert docs[46] == "45/KH-UBND"


def test_near_miss_a_section_naming_the_plan_without_measuring_against_it():
    docs = outcome_docs(_report("Kế hoạch số 45/KH-UBND đề ra 19 chỉ tiêu, chia thành 4 nhóm nhiệm vụ."))
    assert docs[46] != "45/KH-UBND"


def test_measured_against_reads_a_tally_or_a_share_right_before_the_plan():
    for sentence, yes in (("xã hoàn thành 17/19 chỉ tiêu Kế hoạch số 45", True),
                          ("trong 19 chỉ tiêu chủ yếu của Kế hoạch số 45", True),
                          ("kết nạp 80 hội viên, đạt 105% kế hoạch của Kế hoạch số 45", True),
                          ("theo 19 chỉ tiêu đã đề ra, thực hiện Kế hoạch số 45", False),
                          ("Kế hoạch số 12 đề ra 19 chỉ tiêu, Kế hoạch số 45", False)):
        f = fold_same_length(sentence)
        assert measured_against(f, 0, f.index("ke hoach so 45")) is yes, sentence


_HEADED = ("UBND HUYỆN KIM SƠN\nPHÒNG KINH TẾ\nSố: 52/BC-PKT                    Kim Sơn, ngày 2 tháng 7 năm 2026\n\nBÁO CÁO\n"
           "Sơ kết 6 tháng đầu năm thực hiện nhiệm vụ năm 2026\n\nThực hiện Quyết định số 910/QĐ-UBND ngày 22/12/2025 của UBND "
           "huyện về giao chỉ tiêu năm 2026; Kế hoạch số 07/KH-PKT ngày 10/01/2026 của Phòng Kinh tế về thực hiện nhiệm vụ "
           "năm 2026, Phòng Kinh tế báo cáo như sau:\n\n"
           "{heading}\n"
           "Chỉ tiêu | Kế hoạch năm | Thực hiện 6 tháng\nDiện tích lúa chất lượng cao (ha) | 4.200 | 3.950\n\n"
           "II. KẾT QUẢ THỰC HIỆN KẾ HOẠCH SỐ 07/KH-PKT\nPhòng đã tổ chức 6 lớp tập huấn cho nông dân.\n")


def test_a_heading_that_names_a_document_gives_its_section_to_it():
    text = _HEADED.format(heading="I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU GIAO TẠI QUYẾT ĐỊNH SỐ 910/QĐ-UBND")
    assert outcome_docs(text)[3950] == "910/QĐ-UBND"
    assert outcome_docs(text)[6] == "07/KH-PKT"
    # in other words: an arabic-numbered heading in sentence case
    text = _HEADED.format(heading="1. Kết quả thực hiện chỉ tiêu tại Quyết định số 910/QĐ-UBND")
    assert outcome_docs(text)[3950] == "910/QĐ-UBND"


def test_near_miss_a_heading_naming_no_document_leaves_the_section_to_the_context():
    text = _HEADED.format(heading="I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU")
    assert outcome_docs(text)[3950] != "910/QĐ-UBND"
    # (a statement numbered like a heading, naming the decision, ends on a full stop: no heading)
    text = _HEADED.format(heading="1. Các chỉ tiêu được giao tại Quyết định số 910/QĐ-UBND.")
    assert outcome_docs(text)[3950] != "910/QĐ-UBND"
