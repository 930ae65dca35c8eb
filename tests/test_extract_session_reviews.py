"""A sitting that considers how documents were carried out (kg.extract.session_reviews): the figures of a later section
that names no document are the first considered one's, not the last one named. Short texts of our own."""
from __future__ import annotations

from kg.extract import read_text
from kg.extract.session_reviews import session_reviewed
from extract_helpers import outcome_documents as outcome_docs


def considered(text: str) -> list[str]:
    r = read_text(text, None)
    return session_reviewed(r.p, r.df.mentions)


_SITTING = ("Chiều 9/12/2025, HĐND huyện Yên Lạc tổ chức phiên chất vấn tại kỳ họp thứ 20. Kỳ họp xem xét tình hình "
            "thực hiện Nghị quyết số 52/NQ-HĐND ngày 15/12/2024 về kế hoạch phát triển kinh tế - xã hội năm 2025 và "
            "kết quả 5 năm thực hiện Nghị quyết số 11/NQ-HĐND về kế hoạch phát triển kinh tế - xã hội 5 năm 2021 - 2025.\n\n"
            "Y tế cơ sở: còn thiếu bác sĩ\n\n"
            "Trả lời chất vấn, Trưởng phòng Y tế cho biết số bác sĩ trên 1 vạn dân đạt 9,5, trong khi Nghị quyết số "
            "11/NQ-HĐND đặt mục tiêu 11 bác sĩ.\n\n"
            "Thu ngân sách vượt dự toán\n\n"
            "Trưởng phòng Tài chính - Kế hoạch cho biết đến ngày 30/11/2025, huyện đã thu ngân sách 412 tỷ đồng, đạt 108% "
            "dự toán.\n")


def test_a_section_naming_none_goes_to_the_first_document_the_sitting_considers():
    docs = outcome_docs(_SITTING)
    assert docs[412] == "52/NQ-HĐND"
    assert docs[9.5] == "11/NQ-HĐND"     # (its own sentence names the five-year resolution as the goal it falls short of)


def test_in_other_words_a_conference_considering_reports_on_two_plans():
    text = ("Sáng 12/12/2025, Hội nghị Ban Chấp hành Đảng bộ xã Tân Phú xem xét báo cáo kết quả thực hiện Kế hoạch số "
            "30-KH/ĐU ngày 2/1/2025 về nhiệm vụ năm 2025 và tình hình thực hiện Kế hoạch số 14-KH/ĐU về chuyển đổi số.\n\n"
            "Chuyển đổi số\n\n"
            "Đến nay, toàn xã đã kích hoạt 1.240 tài khoản định danh điện tử theo Kế hoạch số 14-KH/ĐU.\n\n"
            "Nông nghiệp\n\n"
            "Năm 2025, toàn xã đã trồng mới 35 ha cây ăn quả, đạt 110% kế hoạch.\n")
    assert considered(text) == ["30-KH/ĐU", "14-KH/ĐU"]
    docs = outcome_docs(text)
    assert docs[35] == "30-KH/ĐU" and docs[1240] == "14-KH/ĐU"


def test_near_miss_a_sitting_that_passes_resolutions_reviews_none():
    text = ("Chiều 9/12/2025, kỳ họp thứ 20 HĐND huyện Yên Lạc xem xét, thông qua Nghị quyết số 60/NQ-HĐND về kế hoạch "
            "phát triển kinh tế - xã hội năm 2026 và Nghị quyết số 61/NQ-HĐND về dự toán ngân sách năm 2026.\n")
    assert considered(text) == []
