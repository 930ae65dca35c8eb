"""The document of the tasks a document named in a news text gives: a report's, for the time ahead (tests/ANNOTATION.md
(an)): the report is a document of the text, and what its issuer asks at the head of a later paragraph is its own, not
the plan or resolution it reports on; a speaker's conclusion, or another body's request, stays with (g). And what a
document the sentence says was just issued asks is that document's. Texts are our own."""
from __future__ import annotations

import pytest

from kg.extract import extract


def _docs(text: str) -> dict[tuple[str, str], str | None]:
    return {(a.body, a.role): a.document for a in extract(text).assignments}


_SESSION = ("Sáng 5/7, HĐND huyện Phù Yên khai mạc kỳ họp thứ tám, xem xét tình hình thực hiện Nghị quyết số 30/NQ-HĐND "
            "ngày 18/12/2023 của HĐND huyện về kế hoạch phát triển kinh tế - xã hội năm 2024.\n\n"
            "Theo Báo cáo số 140/BC-UBND của UBND huyện, 6 tháng đầu năm tổng thu ngân sách đạt 54% dự toán.\n\n")
_NEWS = ("Sở Văn hóa, Thể thao và Du lịch tỉnh vừa có Báo cáo số 52/BC-SVHTTDL về kết quả thực hiện Kế hoạch số "
         "40/KH-UBND ngày 2/3/2024 của UBND tỉnh. Năm 2024, toàn tỉnh đón 1,2 triệu lượt khách.\n\n")


@pytest.mark.parametrize("text, report", [
    pytest.param(_SESSION + "UBND huyện giao Phòng Tài chính - Kế hoạch chủ trì đôn đốc thu ngân sách. Phòng Nông "
                            "nghiệp và Phát triển nông thôn hướng dẫn nông dân gieo cấy đúng lịch thời vụ.",
                 "140/BC-UBND", id="issuer-by-its-tail"),
    pytest.param(_NEWS + "Thời gian tới, Sở Văn hóa, Thể thao và Du lịch đề nghị UBND các xã, phường rà soát các điểm "
                         "du lịch cộng đồng đã được công nhận.", "52/BC-SVHTTDL", id="issuer-before-the-report"),
    pytest.param(_SESSION + "Báo cáo kiến nghị UBND huyện chỉ đạo Phòng Tài chính - Kế hoạch đôn đốc thu ngân sách. Đề "
                            "nghị Hội Nông dân huyện phối hợp hướng dẫn nông dân gieo cấy đúng lịch thời vụ.",
                 "140/BC-UBND", id="the-report-itself"),
])
def test_what_the_issuer_of_a_named_report_asks_is_the_report_s(text, report):
    docs = _docs(text)
    assert docs and set(docs.values()) == {report}


@pytest.mark.parametrize("head", [
    "Kết luận kỳ họp, đồng chí Chủ tịch HĐND huyện đề nghị",     # a speaker's conclusion: (g)
    "Báo chí đề nghị",                                           # the press, no report's type word alone
    "HĐND huyện giao",                                           # another body than the report's issuer
])
def test_near_miss_another_who_asks_leaves_the_task_to_the_resolution(head):
    docs = _docs(_SESSION + f"{head} Phòng Tài chính - Kế hoạch chủ trì đôn đốc thu ngân sách.")
    assert docs and set(docs.values()) == {"30/NQ-HĐND"}


def test_near_miss_work_reported_after_the_asking_sentence_stays_with_the_plan():
    docs = _docs(_NEWS + "Thời gian tới, Sở Văn hóa, Thể thao và Du lịch đề nghị UBND các xã, phường rà soát các điểm du "
                         "lịch cộng đồng. Trong năm, Trung tâm Xúc tiến du lịch đã tổ chức 12 đoàn khảo sát thực hiện Kế "
                         "hoạch số 40/KH-UBND.")
    assert docs[("UBND các xã, phường", "lead")] == "52/BC-SVHTTDL"
    assert docs.get(("Trung tâm Xúc tiến du lịch", "lead"), "40/KH-UBND") == "40/KH-UBND"


def test_near_miss_a_council_is_not_the_committee_of_its_own_whose_report_it_weighed():
    # the council's words are all in its committee's name, but not that name's first word
    docs = _docs("Ngày 9/7, HĐND tỉnh thông qua Nghị quyết số 21/2024/NQ-HĐND về hỗ trợ học phí, trên cơ sở xem xét "
                 "Báo cáo thẩm tra số 64/BC-VHXH của Ban Văn hóa - Xã hội HĐND tỉnh.\n\n"
                 "HĐND tỉnh giao UBND tỉnh hướng dẫn các trường miễn học phí cho học sinh.")
    assert docs[("UBND tỉnh", "lead")] == "21/2024/NQ-HĐND"


# What a document the sentence says was just issued asks is that document's, not the one the sentence opens on
# carrying out.
_ISSUED = ("Nhiều địa phương triển khai Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.\n\n"
           "Thực hiện Nghị quyết 57, Huyện ủy Bảo Lâm đã ban hành Kế hoạch số 31-KH/HU ngày 2/6/2025, {ask} các chi bộ "
           "đưa chỉ tiêu chuyển đổi số vào nghị quyết hằng năm.")


@pytest.mark.parametrize("ask", ["yêu cầu", "trong đó giao"])
def test_what_a_document_just_issued_asks_is_its_own(ask):
    assert _docs(_ISSUED.format(ask=ask))[("Các chi bộ", "lead")] == "31-KH/HU"


def test_near_miss_a_request_in_a_sentence_that_issues_nothing_goes_to_the_resolution():
    text = _ISSUED.replace("đã ban hành Kế hoạch số 31-KH/HU ngày 2/6/2025, {ask}", "yêu cầu")
    assert _docs(text)[("Các chi bộ", "lead")] == "57-NQ/TW"
