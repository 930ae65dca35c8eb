"""Events: the year from the page's own date line or an unambiguous headline, meetings written as
'họp', 'phiên họp', 'tổ chức công bố', undated meetings kept with a null date, the chair as
organiser. Texts are our own."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from kg.extract import extract
from kg.extract.dates import context_year, text_date
from kg.extract.text import fold_same_length

CORPUS = Path(__file__).parent / "corpus" / "texts"


def _ev(text: str) -> list[tuple]:
    return [(e.type, e.date) for e in extract(text).events]


def test_page_date_lines():
    for line, want in [("Thứ Ba, 16/04/2024 09:15", dt.date(2024, 4, 16)),
                       ("Cập nhật: 05/07/2025", dt.date(2025, 7, 5)),
                       ("Cập nhật ngày 3/8/2023", dt.date(2023, 8, 3)),
                       ("Đăng ngày 15/09/2025", dt.date(2025, 9, 15)),
                       ("21-09-2019 - 10:02", dt.date(2019, 9, 21)),
                       # after a section label and a bar, or after an update time with the weekday
                       ("Thời sự | Thứ Sáu, 17/05/2024", dt.date(2024, 5, 17)),
                       ("Tin hoạt động | 24/10/2025", dt.date(2025, 10, 24)),
                       ("Cập nhật lúc 16:40, Thứ Sáu, 22/8/2025", dt.date(2025, 8, 22)),
                       ("Cập nhật lúc 15:20, Thứ Tư, 18/12/2024 (GMT+7)", dt.date(2024, 12, 18))]:
        assert text_date(fold_same_length(line + "\n\nTiêu đề bài viết")) == want, line
    # near miss: a date in running text is not the page's date
    assert text_date(fold_same_length("Ngày 3/2/2024, Tỉnh ủy ban hành kế hoạch.")) is None


def test_year_of_a_short_date_comes_from_the_date_line():
    text = "Cập nhật: 05/07/2025\n\nNgày 4/7, Huyện ủy Mường Tè tổ chức hội nghị sơ kết Chỉ thị số 05-CT/TW."
    assert ("sơ kết", dt.date(2025, 7, 4)) in _ev(text)


def test_without_a_year_the_event_keeps_a_null_date():
    # no date line: the day is known, the year is not, so the date is not guessed
    evs = extract("Chiều 4/7, Huyện ủy Mường Tè tổ chức hội nghị sơ kết Chỉ thị số 05-CT/TW.").events
    assert [(e.type, e.date) for e in evs] == [("sơ kết", None)]


def test_a_congress_headline_dates_its_own_term():
    text = ("Đại hội đại biểu Đảng bộ xã Tân Hòa lần thứ I, nhiệm kỳ 2025 – 2030\n\n"
            "Sáng 12/8, Đảng bộ xã Tân Hòa tổ chức Đại hội đại biểu lần thứ I.")
    assert context_year(fold_same_length(text)) == 2025
    assert ("hội nghị", dt.date(2025, 8, 12)) in _ev(text)
    # near miss: a term named in passing further down gives no year
    assert context_year(fold_same_length("Tin tức\n\n" + "Nội dung. " * 60 + "Đại hội nhiệm kỳ 2020 - 2025.")) is None


def test_meetings_written_as_hop_and_cong_bo():
    assert ("hội nghị", dt.date(2019, 9, 21)) in _ev(
        "Chiều ngày 21/9/2019, Ban Chấp hành Đảng bộ xã Yên Lập đã họp đánh giá kết quả 9 tháng.")
    assert ("hội nghị", dt.date(2025, 7, 5)) in _ev(
        "Cập nhật: 05/07/2025\n\nNgày 5/7, tỉnh Điện Biên tổ chức công bố các nghị quyết sắp xếp đơn vị hành chính.")
    assert ("hội nghị", dt.date(2023, 3, 2)) in _ev(
        "Kết luận được thông qua tại phiên họp ngày 2/3/2023 của Ban Thường vụ Tỉnh ủy.")


def test_hop_of_phoi_hop_and_a_meeting_as_issuer_are_not_events():
    assert _ev("Ngày 2/3/2023, Sở Nội vụ phối hợp với Sở Tài chính rà soát biên chế.") == []
    assert _ev("Ngày 2/3/2023, Tỉnh ủy ban hành Kết luận số 45-KL/TU của Hội nghị lần thứ năm Ban Chấp hành "
               "Đảng bộ tỉnh.") == []


def test_undated_meeting_enters_with_a_null_date_and_its_organiser():
    f = extract("Ban Thường vụ Tỉnh ủy vừa có buổi làm việc với Ban Thường vụ Huyện ủy Phú Lương.")
    assert [(e.type, e.date, e.organizer) for e in f.events] == [("làm việc", None, "Ban Thường vụ Tỉnh ủy")]
    # near miss: a meeting only planned is not reported as held
    assert extract("Ban Thường vụ Tỉnh ủy sẽ làm việc với các huyện trong quý tới.").events == []


def test_the_chair_is_the_organiser():
    f = extract("Sáng 3/4/2024, Phó Bí thư Tỉnh ủy - Chủ tịch UBND tỉnh chủ trì buổi làm việc với Sở Tài chính.")
    assert [(e.type, e.organizer) for e in f.events] == [("làm việc", "Phó Bí thư Tỉnh ủy")]


def test_time_first_date_lines_and_sang_nay():
    assert text_date(fold_same_length("08:30 | 15/04/2024\n\nTiêu đề")) == dt.date(2024, 4, 15)
    text = "Cập nhật: 16/04/2024\n\nSáng nay (15/4), Huyện ủy tổ chức hội nghị sơ kết Nghị quyết số 12-NQ/HU."
    assert ("sơ kết", dt.date(2024, 4, 15)) in _ev(text)


def test_a_meeting_named_before_dien_ra():
    assert ("hội nghị", dt.date(2025, 7, 29)) in _ev("Đại hội đại biểu Đảng bộ xã Tân Hòa lần thứ I diễn ra ngày 29/7/2025.")
    # near miss: a training course opening is not a meeting
    assert _ev("Ngày 3/5/2024, tại hội trường, UBND huyện khai mạc lớp bồi dưỡng.") == []


def test_date_lines_in_brackets_and_in_words():
    assert text_date(fold_same_length("(Thứ Hai, 15/04/2024)\n\nTiêu đề")) == dt.date(2024, 4, 15)
    assert text_date(fold_same_length("Thứ hai, ngày 15 tháng 4 năm 2024\n\nTiêu đề")) == dt.date(2024, 4, 15)


def test_a_planned_or_routine_meeting_is_not_reported_as_held():
    assert extract("Ban Thường vụ Huyện ủy tổ chức hội nghị sơ kết vào quý IV năm 2025.").events == []
    assert extract("Ban Thường vụ Huyện ủy định kỳ tổ chức hội nghị giao ban hằng quý.").events == []


# ---------------------------------------------------------------- date lines with a time first, month in words

def test_a_date_line_with_the_time_before_the_date():
    assert text_date(fold_same_length("Cập nhật: 07:40 ngày 03/10/2023\nNội dung.\n")) == dt.date(2023, 10, 3)
    assert text_date(fold_same_length("Cập nhật lúc 7h40, 03/10/2023\nNội dung.\n")) == dt.date(2023, 10, 3)


def test_a_date_line_with_the_month_in_words():
    assert text_date(fold_same_length("Thứ Ba, 3 tháng 10, 2023\nNội dung.\n")) == dt.date(2023, 10, 3)
    assert text_date(fold_same_length("Thứ Ba, 3 tháng 10 năm 2023\nNội dung.\n")) == dt.date(2023, 10, 3)


def test_a_time_alone_on_the_first_line_gives_no_date():
    # near miss: '07:40 | 3 tháng 10' has no year
    assert text_date(fold_same_length("Cập nhật: 07:40 ngày 03/10\nNội dung.\n")) is None


# ---------------------------------------------------------------- a review held by a body, without 'hội nghị'

def test_a_body_reviewing_without_the_word_conference_is_an_event():
    f = extract("Thứ Sáu, 11/10/2024\nSáng 10/10, Ban Thường vụ Huyện ủy Krông Pa tổng kết 10 năm thực hiện Chỉ thị "
                "số 08-CT/HU về xây dựng tổ chức đảng trong doanh nghiệp.\n")
    assert [(e.type, e.date, e.organizer, e.reviews) for e in f.events] == [
        ("tổng kết", dt.date(2024, 10, 10), "Ban Thường vụ Huyện ủy Krông Pa", ["08-CT/HU"])]


def test_a_place_name_that_folds_to_se_does_not_make_a_review_planned():
    f = extract("Thứ Sáu, 11/10/2024\nSáng 10/10, Huyện ủy Chư Sê sơ kết 3 năm thực hiện Nghị quyết số 03-NQ/HU.\n")
    assert [(e.type, e.date) for e in f.events] == [("sơ kết", dt.date(2024, 10, 10))]


def test_a_planned_review_or_a_plan_for_one_is_no_event():
    # near misses: 'sẽ sơ kết' is planned; 'Kế hoạch sơ kết ...' names a plan, no body holds a review
    assert _ev("Thứ Sáu, 11/10/2024\nNgày 10/10, Huyện ủy cho biết sẽ sơ kết 3 năm thực hiện Nghị quyết số "
               "03-NQ/HU vào tháng 12.\n") == []
    assert _ev("Thứ Sáu, 11/10/2024\nNgày 10/10, Huyện ủy ban hành Kế hoạch sơ kết 3 năm thực hiện Nghị quyết số "
               "03-NQ/HU.\n") == []


def test_the_working_days_of_a_session_make_no_working_session():
    f = extract("Chiều 8/12/2023, HĐND huyện bế mạc kỳ họp thứ 12 sau 2 ngày làm việc.")
    assert [e.type for e in f.events] == ["hội nghị"]
    # near miss: a body that works with another holds a working session
    g = extract("Sáng 8/12/2023, Ban Thường vụ Huyện ủy làm việc với Đảng ủy xã Tân Lập.")
    assert [e.type for e in g.events] == ["làm việc"]


# ---------------------------------------------------------------- round 6: the organiser as the whole subject, split reviews

def test_the_organiser_is_the_subject_before_the_verb_not_the_last_body_in_it():
    f = extract("Ngày 14-7-2023, Ban Chấp hành Đảng bộ huyện Chương Mỹ tổ chức hội nghị sơ kết giữa nhiệm kỳ.\n")
    assert [e.organizer for e in f.events] == ["Ban Chấp hành Đảng bộ huyện Chương Mỹ"]
    f = extract("Sáng 24/8/2023, Ban Dân vận Tỉnh ủy phối hợp với Hội Liên hiệp Phụ nữ (LHPN) tỉnh tổ chức hội nghị "
                "sơ kết 5 năm thực hiện Chỉ thị số 21-CT/TW.\n")
    assert [e.organizer for e in f.events] == ["Ban Dân vận Tỉnh ủy"]
    f = extract("Chiều 17/10/2024, tại Hà Nội, Ủy ban Dân tộc tổ chức hội nghị sơ kết 3 năm thực hiện Quyết định số "
                "1719/QĐ-TTg.\n")
    assert [e.organizer for e in f.events] == ["Ủy ban Dân tộc"]
    # near miss: a phrase, not a name, before the verb ('đoàn công tác của ... do ... làm trưởng đoàn') is not taken whole
    f = extract("Chiều 11/11/2025, đoàn công tác của Ban Thường vụ Tỉnh ủy do đồng chí Phó Bí thư làm trưởng đoàn đã "
                "làm việc với Đảng ủy phường.\n")
    assert all(e.organizer is None or "đoàn công tác" not in e.organizer for e in f.events)


def test_a_second_review_after_dong_thoi_takes_the_document_it_names():
    f = extract("Chiều 19/12/2025, Thành đoàn tổ chức hội nghị tổng kết công tác Đoàn năm 2025, đồng thời sơ kết 10 năm "
                "thực hiện Chỉ thị số 42-CT/TW ngày 24/3/2015 của Ban Bí thư.\n")
    ev = {e.type: e.reviews for e in f.events}
    assert ev == {"tổng kết": [], "sơ kết": ["42-CT/TW"]}
    # near miss: the document named after 'tổng kết N năm thực hiện' far back in the sentence stays with the tổng kết
    f = extract("Sáng 25/9/2023, Huyện ủy tổ chức hội nghị tổng kết, sơ kết các nghị quyết. Hội nghị đã thông qua Báo cáo "
                "tổng kết 10 năm thực hiện Nghị quyết số 25-NQ/TW ngày 3/6/2013 của Ban Chấp hành Trung ương về tăng "
                "cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới và 05 năm thực hiện "
                "Kết luận số 43-KL/TW ngày 7/1/2019 của Ban Bí thư.\n")
    ev = {e.type: e.reviews for e in f.events}
    assert ev["tổng kết"] == ["25-NQ/TW", "43-KL/TW"]


def test_a_document_named_as_what_the_reviewed_one_carries_out_is_not_reviewed():
    f = extract("Sáng 14/8/2024, Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết 1 năm thực hiện Chương trình hành động số "
                "45-CTr/TU của Tỉnh ủy thực hiện Nghị quyết số 29-NQ/TW ngày 17/11/2022 của Ban Chấp hành Trung ương.\n")
    assert [(e.type, e.reviews) for e in f.events] == [("sơ kết", ["45-CTr/TU"])]
    f = extract("Sáng 10/10/2025, Đảng ủy phường tổ chức hội nghị quán triệt Kế hoạch số 05-KH/ĐU ngày 3/10/2025 của Đảng ủy "
                "phường về tiếp tục thực hiện Nghị quyết số 57-NQ/TW.\n")
    assert [(e.type, e.reviews) for e in f.events] == [("quán triệt", ["05-KH/ĐU"])]


def test_near_miss_two_documents_reviewed_side_by_side_stay():
    # a review of both ('... Nghị quyết số 25-NQ/TW và Kết luận số 43-KL/TW'), and a second review of the plan after the
    # first document ('..., đồng thời đánh giá kết quả thực hiện Kế hoạch số 02-KH/ĐU')
    f = extract("Sáng 25/9/2023, Huyện ủy tổ chức hội nghị tổng kết 10 năm thực hiện Nghị quyết số 25-NQ/TW và 5 năm thực "
                "hiện Kết luận số 43-KL/TW của Ban Bí thư.\n")
    assert [(e.type, e.reviews) for e in f.events] == [("tổng kết", ["25-NQ/TW", "43-KL/TW"])]
    f = extract("Sáng 2/10/2025, Đảng ủy xã tổ chức hội nghị sơ kết 3 tháng thực hiện Nghị quyết số 57-NQ/TW, đồng thời "
                "đánh giá kết quả thực hiện Kế hoạch số 02-KH/ĐU của Đảng ủy xã.\n")
    assert sorted(k for e in f.events for k in e.reviews) == ["02-KH/ĐU", "57-NQ/TW"]


def test_a_labelled_date_line_gives_a_short_date_its_year():
    text = "Thời sự | Thứ Sáu, 17/05/2024\n\nNgày 16/5, Tỉnh ủy tổ chức hội nghị sơ kết Chỉ thị số 05-CT/TW."
    assert ("sơ kết", dt.date(2024, 5, 16)) in _ev(text)


def test_near_miss_a_bar_in_a_breadcrumb_or_after_a_long_phrase_dates_nothing():
    assert text_date(fold_same_length("Trang chủ | Tin tức | Chính trị\n\nTiêu đề bài viết")) is None
    # more than a section's label before the bar: a sentence of the body, not a date line
    line = "Huyện ủy tổ chức hội nghị quán triệt nghị quyết cho cán bộ chủ chốt | 3/2/2024"
    assert text_date(fold_same_length(line + "\n\nTiêu đề")) is None
    # a label and a bar before a date that a sentence goes on from
    assert text_date(fold_same_length("Tin tức | 3/2/2024 Tỉnh ủy ban hành kế hoạch\n\nTiêu đề")) is None


def test_a_study_session_after_dong_thoi_is_an_event_of_its_own_with_what_it_names():
    f = extract("Ngày 24/6/2021, Ban Thường vụ Huyện ủy tổ chức hội nghị tổng kết 5 năm thực hiện Chỉ thị số 05-CT/TW "
                "ngày 15/5/2016 của Bộ Chính trị, đồng thời quán triệt Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính "
                "trị.\n")
    ev = {e.type: (e.date, e.reviews) for e in f.events}
    assert ev == {"tổng kết": (dt.date(2021, 6, 24), ["05-CT/TW"]), "quán triệt": (dt.date(2021, 6, 24), ["01-KL/TW"])}


def test_near_miss_a_study_session_named_first_takes_no_second_event():
    # 'quán triệt' before the review is the meeting's own type; nothing after 'đồng thời' adds one
    f = extract("Ngày 24/6/2021, Huyện ủy tổ chức hội nghị quán triệt Kết luận số 01-KL/TW, đồng thời triển khai "
                "Kế hoạch số 12-KH/HU.\n")
    assert [e.type for e in f.events] == ["quán triệt"]


def test_a_launch_of_field_work_is_no_meeting_but_a_ceremony_of_announcement_is():
    assert _ev("Sáng 18/10/2025, UBND phường tổ chức lễ ra quân chỉnh trang đô thị.\n") == []
    assert _ev("Sáng 18/10/2025, UBND phường tổ chức lễ công bố quyết định thành lập phường.\n") == \
        [("hội nghị", dt.date(2025, 10, 18))]


def test_study_conferences_asked_of_bodies_are_tasks_but_one_a_body_holds_is_an_event():
    # a guidance's bodies asked to hold their study conferences: tasks (rows), no one meeting of the text's
    head = "Ban Tuyên giáo Huyện ủy ban hành Hướng dẫn số 05-HD/BTGHU về học tập Nghị quyết số 11-NQ/TU.\n"
    assert _ev(head + "Các đảng ủy xã tổ chức hội nghị quán triệt Nghị quyết cho cán bộ chủ chốt.\n") == []
    assert _ev(head + "- Cấp xã: Các đảng ủy tổ chức hội nghị quán triệt Nghị quyết cho đảng viên.\n") == []
    assert _ev(head + "Đề nghị Đảng ủy xã Tân Phú tổ chức hội nghị quán triệt Nghị quyết cho đảng viên.\n") == []
    # near miss: the one conference a named body holds
    assert _ev(head + "Ban Thường vụ Huyện ủy tổ chức hội nghị quán triệt Nghị quyết cho cán bộ chủ chốt.\n") == \
        [("quán triệt", None)]


def test_a_plans_own_study_conference_to_come_is_an_event():
    head = "Thứ Hai, 02/03/2026 08:00\n\nBan Thường vụ Huyện ủy ban hành Kế hoạch số 41-KH/HU về phát triển đảng viên.\n"
    assert _ev(head + "Kế hoạch sẽ được quán triệt tại hội nghị cán bộ chủ chốt toàn huyện sáng 9/3.\n") == \
        [("quán triệt", dt.date(2026, 3, 9))]
    assert _ev(head + "Hội nghị quán triệt Kế hoạch tổ chức xong trước ngày 31/3/2026.\n") == [("quán triệt", None)]
    # near misses: a meeting named before ('tại hội nghị' after another verb), a review planned with a deadline
    assert _ev(head + "Kế hoạch đã được thông qua tại hội nghị Ban Thường vụ sáng 27/2.\n") == []
    assert _ev(head + "Hội nghị sơ kết Kế hoạch tổ chức xong trước ngày 31/12/2026.\n") == []


def test_a_festival_opened_is_no_meeting_but_a_ceremony_opened_is():
    assert _ev("Sáng 12/2/2026, huyện Đồng Xuân khai mạc lễ hội cầu ngư năm 2026.\n") == []
    assert _ev("Sáng 12/2/2026, UBND huyện Đồng Xuân tổ chức lễ hội xuân tại quảng trường huyện.\n") == []
    assert _ev("Sáng 12/2/2026, huyện Đồng Xuân khai mạc lễ kỷ niệm 50 năm thành lập huyện.\n") == \
        [("hội nghị", dt.date(2026, 2, 12))]


def test_a_second_session_on_the_same_day_takes_the_day_of_the_meeting_before():
    text = ("Cập nhật: 12/11/2025\n\nChiều 11/11, đoàn công tác của Ban Thường vụ Tỉnh ủy đã làm việc với Đảng ủy phường "
            "Hoa Lư. Phường được thành lập từ ngày 1/7/2025. Trước đó, sáng cùng ngày, đoàn đã đến thăm, làm việc tại "
            "phường Phủ Lý.\n")
    assert _ev(text) == [("làm việc", dt.date(2025, 11, 11)), ("làm việc", dt.date(2025, 11, 11))]


def test_near_miss_same_day_without_a_meeting_or_working_somewhere_undated_is_no_event():
    text = ("Cập nhật: 12/11/2025\n\nChiều 11/11, đoàn công tác của Ban Thường vụ Tỉnh ủy đã làm việc với Đảng ủy phường "
            "Hoa Lư. Cùng ngày, phường tiếp nhận 40 hồ sơ. Nhiều cán bộ làm việc tại bộ phận một cửa.\n")
    assert _ev(text) == [("làm việc", dt.date(2025, 11, 11))]


def test_near_miss_a_posting_to_work_somewhere_on_a_day_is_no_working_session():
    text = ("Cập nhật: 12/11/2025\n\nNgày 10/11, đồng chí Nguyễn Văn A được điều động về làm việc tại Văn phòng Tỉnh ủy.\n")
    assert _ev(text) == []
    text = ("Cập nhật: 12/11/2025\n\nSáng 10/11, Ban Thường vụ Tỉnh ủy đến thăm và làm việc tại xã Mai Hạ.\n")
    assert _ev(text) == [("làm việc", dt.date(2025, 11, 10))]


def test_the_cheap_test_of_a_review_span_loses_no_match():
    # kg.extract.events tests the end of the words before a document before it scans them with its pattern: every
    # stretch the pattern matches must pass that test (near misses: no space after 'thực hiện', a word after it)
    from kg.extract import events
    leads = ["qua 05 nam trien khai thuc hien ", "sau 3 nam thuc hien \n", "tong ket 10 nam thuc hien\t",
             "ket qua.\n", "ket qua.\n  ", "ket qua\n ve viec thuc hien ", "\n ve thuc hien \n"]
    near = ["5 nam thuc hien", "5 nam thuc hien nghiem", "thuc hien cac ", "ve viec thuc hien "]
    assert all(events._review_span_before(x) for x in leads) and not any(events._review_span_before(x) for x in near)
    folded = [fold_same_length(p.read_text(encoding="utf-8")) for p in sorted(CORPUS.glob("*.txt"))]
    windows = [f[max(0, i - 60):i] for f in folded for i in range(len(f))]
    found = [w for w in windows if events._REVIEW_SPAN.search(w)]
    assert len(found) > 5                       # the check sees real matches
    assert [w for w in found if not events._review_span_before(w)] == []


def test_a_day_and_month_on_a_page_without_a_year_gives_a_null_date():
    text = ("Tin hoạt động\n\nNgày 9/4, đồng chí Phó Chủ tịch UBND tỉnh có buổi làm việc với Sở Y tế về công tác khám "
            "chữa bệnh.\n")
    events = extract(text).events
    assert [(e.type, e.date) for e in events] == [("làm việc", None)]
    assert "UBND tỉnh" in (events[0].organizer or "") and "buổi" not in (events[0].organizer or "")


def test_the_same_meeting_takes_the_year_of_the_date_line():
    # near miss: the page's own date line gives the year
    text = ("Cập nhật: 10/04/2025\n\nNgày 9/4, đồng chí Phó Chủ tịch UBND tỉnh có buổi làm việc với Sở Y tế về công tác "
            "khám chữa bệnh.\n")
    assert _ev(text) == [("làm việc", dt.date(2025, 4, 9))]


def test_a_yearless_deadline_is_no_meeting_day():
    # near miss: 'trước ngày 30/6' on a page without a year is when a task is due, no meeting
    text = "Tin hoạt động\n\nHội nghị sơ kết của các xã tổ chức xong trước ngày 30/6.\n"
    assert all(e.date is None for e in extract(text).events)


def test_a_meeting_on_the_same_day_takes_the_day_of_the_one_before():
    first = "Sáng 3/4/2024, Huyện ủy tổ chức hội nghị sơ kết Nghị quyết số 12-NQ/HU. "
    got = _ev(first + "Chiều cùng ngày, Huyện ủy tổ chức hội nghị quán triệt Chỉ thị số 05-CT/TW.")
    assert got == [("sơ kết", dt.date(2024, 4, 3)), ("quán triệt", dt.date(2024, 4, 3))]
    # near miss: a text that never says 'cùng ngày' lends no day
    got = _ev(first + "Chiều hôm sau, Huyện ủy tổ chức hội nghị quán triệt Chỉ thị số 05-CT/TW.")
    assert got == [("sơ kết", dt.date(2024, 4, 3)), ("quán triệt", None)]


def test_the_day_a_document_was_signed_stated_after_it_is_no_meeting():
    text = ("Thứ Hai, 18/3/2024\n\nSáng 15/3, Ban Thường vụ Hội Nông dân tỉnh tổ chức hội nghị sơ kết 5 năm thực hiện "
            "Chỉ thị số 18-CT/TW. Hội nghị đồng thời đánh giá việc thực hiện Kế hoạch số 40-KH/TU của Ban Thường vụ "
            "Tỉnh ủy, văn bản được ký ngày 2 tháng 8 năm 2019 để triển khai Chỉ thị.\n")
    assert _ev(text) == [("sơ kết", dt.date(2024, 3, 15))]


def test_near_miss_the_day_a_council_passed_a_resolution_is_its_sitting():
    # 'thông qua ngày' at a council's sitting: the sitting is a meeting (hội nghị)
    text = ("Cập nhật: 20/7/2024\n\nNghị quyết này đã được HĐND tỉnh khóa XIII, Kỳ họp thứ 18 thông qua ngày 12 tháng "
            "7 năm 2024.\n")
    assert ("hội nghị", dt.date(2024, 7, 12)) in _ev(text)


def test_a_review_named_before_the_body_that_held_it_is_dated_by_its_day():
    text = ("Thứ Bảy, 17/08/2024\n\nTại hội nghị sơ kết 2 năm thực hiện Nghị quyết số 12-NQ/TU do Ban Thường vụ Huyện ủy "
            "tổ chức ngày 14/8, đồng chí Bí thư Huyện ủy đề nghị các xã nhân rộng mô hình.\n")
    got = extract(text).events
    assert [(e.type, e.date, e.organizer) for e in got] == [("sơ kết", dt.date(2024, 8, 14), "Ban Thường vụ Huyện ủy")]


def test_near_miss_a_body_that_organises_a_campaign_holds_no_review():
    # 'do ... tổ chức' after a campaign, no review conference named before it: no review event
    text = ("Thứ Bảy, 17/08/2024\n\nPhong trào ra quân làm sạch bờ biển do Đoàn Thanh niên xã tổ chức ngày 14/8 thu hút "
            "300 đoàn viên.\n")
    assert not [e for e in extract(text).events if e.type == "sơ kết"]


def test_a_meetings_day_without_a_year_takes_the_year_of_the_document_it_carries_out():
    opening = ("Thực hiện Kế hoạch số 96/KH-UBND ngày 26/02/2024 của UBND thành phố về vệ sinh môi trường, ngày {day} "
               "Chủ tịch UBND xã chủ trì cuộc họp với các ngành.")
    assert _ev(opening.format(day="11/3")) == [("hội nghị", dt.date(2024, 3, 11))]
    # near misses: a day before the document's (the next year, or later: unknown) and two years named before it
    assert _ev(opening.format(day="11/1")) == [("hội nghị", None)]
    two = ("Thực hiện Kế hoạch số 96/KH-UBND ngày 26/02/2024 và Nghị quyết số 12/NQ-HĐND ngày 10/12/2023, ngày 11/3 "
           "Chủ tịch UBND xã chủ trì cuộc họp với các ngành.")
    assert _ev(two) == [("hội nghị", None)]
    # the document named after the day gives it no year
    after = "Ngày 11/3, Chủ tịch UBND xã chủ trì cuộc họp triển khai Kế hoạch số 96/KH-UBND ngày 26/02/2024."
    assert _ev(after) == [("hội nghị", None)]


def test_the_same_review_again_after_dong_thoi_on_a_document_is_a_second_event():
    # one conference, two purposes: the work area first (no document), then the review of the document
    f = extract("Thứ Sáu, 14/07/2023 - 15:02\n\nSáng 13/7, Ban Thường vụ Tỉnh Đoàn tổ chức hội nghị sơ kết công tác "
                "Đoàn 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2023; đồng thời sơ kết 8 năm thực hiện Chỉ "
                "thị số 42-CT/TW ngày 24/3/2015 của Ban Bí thư.\n")
    assert [(e.type, e.date, e.reviews) for e in f.events] == [
        ("sơ kết", dt.date(2023, 7, 13), []), ("sơ kết", dt.date(2023, 7, 13), ["42-CT/TW"])]
    # 'đồng thời đánh giá kết quả thực hiện <document>' is that review too
    f = extract("Ngày 2/10/2025, Đảng ủy xã tổ chức hội nghị sơ kết 3 tháng vận hành chính quyền hai cấp; đồng thời đánh "
                "giá kết quả thực hiện Kế hoạch số 02-KH/ĐU ngày 10/7/2025 của Đảng ủy xã.\n")
    assert [(e.type, e.reviews) for e in f.events] == [("sơ kết", []), ("sơ kết", ["02-KH/ĐU"])]


def test_near_miss_a_second_review_of_documents_after_documents_is_one_event():
    # the first review names a document already: one review of both
    f = extract("Ngày 26/3/2024, Tỉnh ủy tổ chức hội nghị sơ kết 5 năm thực hiện Chỉ thị số 21-CT/TW, đồng thời đánh giá "
                "việc thực hiện Kế hoạch số 96-KH/TU.\n")
    assert [(e.type, e.reviews) for e in f.events] == [("sơ kết", ["21-CT/TW", "96-KH/TU"])]
    # 'đồng thời đánh giá' a work area with no 'thực hiện' after it is no review of its own
    f = extract("Ngày 26/3/2024, Tỉnh ủy tổ chức hội nghị sơ kết công tác quý I, đồng thời đánh giá tình hình an ninh "
                "theo Kế hoạch số 96-KH/TU.\n")
    assert [e.type for e in f.events] == ["sơ kết"]


def test_a_meetings_day_without_a_year_takes_the_year_of_the_latest_document_it_reviews():
    text = ("Ngày 2/10, Đảng ủy xã tổ chức hội nghị sơ kết 3 tháng vận hành chính quyền hai cấp; đồng thời đánh giá kết "
            "quả thực hiện Kế hoạch số 02-KH/ĐU ngày 10/7/2025 của Đảng ủy xã về thực hiện Nghị quyết số 57-NQ/TW ngày "
            "22/12/2024 của Bộ Chính trị.\n")
    assert {e.date for e in extract(text).events} == {dt.date(2025, 10, 2)}


def test_near_miss_a_review_of_years_or_a_day_before_the_document_keeps_a_null_date():
    # 'sơ kết 5 năm thực hiện' a resolution of 2020: the meeting may be any year after it
    text = ("Ngày 15/4, Huyện ủy tổ chức hội nghị sơ kết 5 năm thực hiện Nghị quyết số 05-NQ/HU ngày 10/3/2020 của "
            "Huyện ủy.\n")
    assert [e.date for e in extract(text).events] == [None]
    # a day and month before the document's: the year after it, or later still
    text = "Ngày 2/5, Đảng ủy xã tổ chức hội nghị đánh giá kết quả thực hiện Kế hoạch số 02-KH/ĐU ngày 10/7/2025.\n"
    assert all(e.date is None for e in extract(text).events)
    # a meeting that carries a document out is not dated by it
    text = "Ngày 2/10, Đảng ủy xã tổ chức hội nghị triển khai Kế hoạch số 02-KH/ĐU ngày 10/7/2025.\n"
    assert all(e.date is None for e in extract(text).events)


def test_the_room_a_meeting_is_held_in_and_the_members_of_its_organiser_are_not_its_organiser():
    ev = extract("Sáng ngày 5/3/2025, tại phòng họp số 2, Ban Thường vụ Đảng ủy phường An Lạc tổ chức hội nghị giao ban.\n").events
    assert [(e.type, e.organizer) for e in ev] == [("hội nghị", "Ban Thường vụ Đảng ủy phường An Lạc")]
    ev = extract("Ngày 9/4/2025, Khối thi đua số 3, gồm các xã: Tân An, Tân Bình và Tân Hòa đã tổ chức hội nghị ký kết "
                 "giao ước thi đua.\n").events
    assert [e.organizer for e in ev] == [None]
    # near miss: a body that holds its meeting in its own hall, named after the date, is the organiser
    ev = extract("Ngày 9/4/2025, Huyện đoàn Tân Phú tổ chức hội nghị tại hội trường huyện.\n").events
    assert [e.organizer for e in ev] == ["Huyện đoàn Tân Phú"]


# one review conference with a second purpose named (point (ac) of tests/ANNOTATION.md): a 'hội nghị' event of the same
# day and organiser beside the review, that takes what is named after the second purpose's words

def _events(text: str) -> list[tuple]:
    return [(e.type, e.date, e.organizer, e.reviews) for e in extract(text).events]


def test_a_review_that_launches_a_campaign_is_two_events():
    text = ("Thứ Năm, 14/11/2024 | 09:10\n\nChiều 13/11, Hội Liên hiệp Phụ nữ huyện Đô Lương tổ chức hội nghị tổng kết "
            "đợt thi đua 'Phụ nữ chung tay xây dựng nông thôn mới' năm 2024 và phát động đợt thi đua năm 2025.")
    evs = _events(text)
    assert [e[:2] for e in evs] == [("tổng kết", dt.date(2024, 11, 13)), ("hội nghị", dt.date(2024, 11, 13))]
    assert evs[0][2] == evs[1][2] == "Hội Liên hiệp Phụ nữ huyện Đô Lương"


def test_a_review_that_rolls_out_a_named_document_splits_what_it_reviews():
    text = ("Cập nhật: 06/03/2025\n\nNgày 5/3, Ban Thường vụ Huyện ủy Tân Kỳ tổ chức hội nghị tổng kết 2 năm thực hiện "
            "Chỉ thị số 09-CT/HU về phòng, chống cháy rừng và triển khai Chỉ thị số 21-CT/HU năm 2025.")
    evs = _events(text)
    assert [(e[0], e[3]) for e in evs] == [("tổng kết", ["09-CT/HU"]), ("hội nghị", ["21-CT/HU"])]


def test_a_signing_told_at_the_conference_is_its_second_event():
    text = ("Cập nhật: 20/12/2025\n\nNgày 19/12, Hội Cựu chiến binh tỉnh tổ chức hội nghị tổng kết công tác Hội năm 2025."
            "\n\nTại hội nghị, Hội Cựu chiến binh tỉnh và Ngân hàng Chính sách xã hội tỉnh đã ký kết Chương trình phối "
            "hợp giai đoạn 2026 - 2030.")
    assert [e[:2] for e in _events(text)] == [("tổng kết", dt.date(2025, 12, 19)), ("hội nghị", dt.date(2025, 12, 19))]


def test_a_resolution_adopted_by_the_conference_gives_no_event_and_keeps_its_tasks():
    # point (al), regold23: adopting a document at the meeting is no purpose of its own; the adopted resolution is still a
    # document, and the conclusion's tasks go to it
    text = ("Cập nhật: 28/12/2024\n\nNgày 27/12, Ban Chấp hành Đảng bộ xã Yên Hòa tổ chức hội nghị tổng kết thực hiện "
            "Nghị quyết số 21-NQ/ĐU ngày 29/12/2023 về nhiệm vụ năm 2024.\n\nHội nghị thống nhất ban hành Nghị quyết về "
            "nhiệm vụ năm 2025 với các chỉ tiêu chủ yếu.\n\nĐồng chí Bí thư Đảng ủy xã đề nghị các chi bộ lãnh đạo đảng "
            "viên thực hiện Nghị quyết năm 2025.")
    facts = extract(text)
    assert [(e.type, e.date, e.reviews) for e in facts.events] == [("tổng kết", dt.date(2024, 12, 27), ["21-NQ/ĐU"])]
    new = [d.key for d in facts.documents if d.key.startswith("NQ:")]
    assert len(new) == 1 and "2025" in new[0]
    # the conclusion's 'Nghị quyết năm 2025' is the adopted resolution, not the reviewed one of 2024
    assert {a.document for a in facts.assignments if a.body.lower() == "các chi bộ"} == {new[0]}


def test_the_usual_second_half_of_a_year_end_review_is_no_second_event():
    # near misses: 'triển khai nhiệm vụ năm 2025' names nothing; ', triển khai Kế hoạch số 55' after a plan's
    # description says what that plan carries out; a study session that adopts a plan is one event
    year_end = ("Cập nhật: 21/12/2024\n\nNgày 20/12, Hội Nông dân tỉnh tổ chức hội nghị tổng kết công tác Hội năm 2024, "
                "triển khai nhiệm vụ năm 2025.")
    plan_said = ("Cập nhật: 19/03/2025\n\nChiều 18/3, Ủy ban MTTQ Việt Nam huyện tổ chức hội nghị sơ kết 5 tháng thực hiện "
                 "Kế hoạch số 21/KH-MTTQ ngày 25/10/2024 về xóa nhà tạm, triển khai Kế hoạch số 55-KH/HU của Ban Thường "
                 "vụ Huyện ủy.")
    study = ("Cập nhật: 19/08/2023\n\nChiều 18/8, Ban Thường vụ Huyện ủy tổ chức hội nghị quán triệt Nghị quyết số "
             "09-NQ/TU.\n\nTại hội nghị, Ban Thường vụ Huyện ủy đã thống nhất ban hành Kế hoạch thực hiện Nghị quyết.")
    for want, text in (("tổng kết", year_end), ("sơ kết", plan_said), ("quán triệt", study)):
        assert [e[0] for e in _events(text)] == [want], text  # (each text's one event, of its own type)


def test_a_byline_that_ends_on_the_date_dates_the_page():
    for line, want in [("Thu Trang | 09:40 | 05/08/2025", dt.date(2025, 8, 5)),
                       ("Quang Minh - 16:05, 30/10/2025", dt.date(2025, 10, 30)),
                       ("Đà Lạt, 14/02/2024", dt.date(2024, 2, 14))]:
        assert text_date(fold_same_length("Tiêu đề bài viết\n\n" + line + "\n\nNội dung bài viết.")) == want, line
    # near misses: a sentence, a document's number or a credit line before the date is no byline
    for line in ("Ngày 3/2/2024, Tỉnh ủy ban hành kế hoạch.", "Kế hoạch số 12, 15/03/2025", "Tin, ảnh: Thu Trang - 12/3/2024"):
        assert text_date(fold_same_length("Tiêu đề bài viết\n\n" + line + "\n\nNội dung bài viết.")) is None, line
    text = "Tiêu đề bài viết\n\nThu Trang | 09:40 | 05/08/2025\n\nChiều 4/8, Huyện ủy tổ chức hội nghị sơ kết Chỉ thị số 05-CT/TU."
    assert ("sơ kết", dt.date(2025, 8, 4)) in _ev(text)


def test_a_byline_with_a_time_before_ngay_or_with_a_place_dates_the_page():
    line = "Lê Hoa - 08:15 ngày 12/11/2025"
    assert text_date(fold_same_length("Tiêu đề bài viết\n\n" + line + "\n\nNội dung bài viết.")) == dt.date(2025, 11, 12)
    # at the foot of the page, the byline that names the place before the date
    foot = "Tiêu đề bài viết\n\nSáng 11/11, Huyện ủy tổ chức hội nghị sơ kết Chỉ thị số 05-CT/TU.\n\nLê Hoa - Lào Cai, ngày 12/11/2025\n"
    assert text_date(fold_same_length(foot)) == dt.date(2025, 11, 12)
    assert ("sơ kết", dt.date(2025, 11, 11)) in _ev(foot)


def test_near_miss_a_last_line_that_goes_on_after_its_date_or_a_credit_dates_nothing():
    for last in ("Hội nghị kết thúc, ngày 12/11/2025 các xã bắt đầu rà soát.", "Tin, ảnh: Lê Hoa - 12/11/2025"):
        assert text_date(fold_same_length("Tiêu đề bài viết\n\nNội dung bài viết.\n\n" + last + "\n")) is None, last



def test_a_date_line_among_the_last_lines_of_a_long_page_dates_it():
    # under the credit, past the head the date lines are looked for in ('Đăng ngày' / 'Cập nhật' at the foot)
    body = "Tiêu đề bài viết\n\n" + "Chiều 31/10, Đảng ủy xã tổ chức hội nghị giao ban công tác tháng 10.\n" * 30
    for foot, want in [("Tin, ảnh: Thu Hà\nĐăng ngày 01/11/2025", dt.date(2025, 11, 1)),
                       ("Cập nhật: 02/11/2025 09:00\nTin, ảnh: Thu Hà", dt.date(2025, 11, 2))]:
        assert text_date(fold_same_length(body + "\n" + foot + "\n")) == want, foot
    # near miss: the same line above the last ten lines is in the body (a quoted page's), not the page's foot
    assert text_date(fold_same_length(body + "Đăng ngày 01/11/2025\n" + "Các thôn triển khai nhiệm vụ tháng 11.\n" * 11)) \
        is None

def test_a_council_s_sitting_is_held_by_the_council_its_sentence_names():
    news = ("Thứ Bảy, 7/12/2024\nChiều 6/12, Kỳ họp thứ 21 HĐND tỉnh Phú Yên khóa VIII đã bế mạc sau 3 ngày làm việc.\n")
    assert [(e.type, e.organizer) for e in extract(news).events] == [("hội nghị", "HĐND tỉnh Phú Yên")]
    special = ("Thứ Sáu, 18/4/2025\nSáng 17/4, tại kỳ họp chuyên đề, HĐND huyện Mường Tè đã thông qua Nghị quyết số "
               "12/NQ-HĐND về đầu tư công.\n")
    assert [e.organizer for e in extract(special).events] == ["HĐND huyện Mường Tè"]
    closing = ("HỘI ĐỒNG NHÂN DÂN\nTỈNH PHÚ YÊN\nSố: 40/2024/NQ-HĐND\nPhú Yên, ngày 6 tháng 12 năm 2024\n\nNGHỊ QUYẾT\n"
               "Về phí tham quan\n\nĐiều 1. Mức phí là 20.000 đồng.\nNghị quyết này đã được HĐND tỉnh Phú Yên khóa VIII, "
               "Kỳ họp thứ 21 thông qua ngày 6 tháng 12 năm 2024.\n")
    assert [e.organizer for e in extract(closing).events] == ["HĐND tỉnh Phú Yên"]


def test_near_miss_a_sitting_whose_organiser_is_written_before_it_keeps_that_organiser():
    text = ("Thứ Hai, 9/12/2024\nSáng 8/12, Thường trực HĐND tỉnh Phú Yên tổ chức phiên họp chuẩn bị Kỳ họp thứ 21 HĐND "
            "tỉnh.\n")
    assert [e.organizer for e in extract(text).events] == ["Thường trực HĐND tỉnh Phú Yên"]
    # a sitting with no council named keeps no organiser
    assert [e.organizer for e in extract("Thứ Bảy, 7/12/2024\nChiều 6/12, kỳ họp thứ 21 đã bế mạc.\n").events] == [None]


_YEAR_END = ("Thứ Sáu, 27/12/2024\nNgày 26/12, Ban Chấp hành Đảng bộ xã Tà Xùa tổ chức hội nghị tổng kết thực hiện "
             "Nghị quyết số 05-NQ/ĐU về nhiệm vụ năm 2024. {after}\n")


def test_a_document_the_conference_adopts_is_no_second_purpose():
    # point (al), regold23 (it replaced regold22's reading of (ac)): adopting a document gives no event of its own
    f = extract(_YEAR_END.format(after="Hội nghị đã thông qua Nghị quyết số 09-NQ/ĐU về nhiệm vụ năm 2025."))
    assert [(e.type, e.reviews) for e in f.events] == [("tổng kết", ["05-NQ/ĐU"])]
    study = ("Thứ Sáu, 18/8/2023\nNgày 17/8, Ban Thường vụ Huyện ủy tổ chức hội nghị quán triệt Nghị quyết số 09-NQ/TU. "
             "Tại hội nghị, Ban Thường vụ Huyện ủy đã thông qua Kế hoạch số 40-KH/HU.\n")
    assert [e.type for e in extract(study).events] == ["quán triệt"]
    # near miss: a launch told in a later sentence is still a second purpose
    launch = _YEAR_END.format(after="Tại hội nghị, Ban Thường vụ đã phát động đợt thi đua năm 2025.")
    assert [e.type for e in extract(launch).events] == ["tổng kết", "hội nghị"]


def test_near_miss_adopting_the_review_s_report_or_conclusion_is_no_second_purpose():
    for after in ("Hội nghị đã thông qua Báo cáo tổng kết 5 năm thực hiện Nghị quyết số 05-NQ/ĐU.",
                  "Hội nghị đã thông qua thông báo kết luận của hội nghị."):
        assert [e.type for e in extract(_YEAR_END.format(after=after)).events] == ["tổng kết"]


def test_a_meeting_held_over_several_days_is_dated_by_its_first():
    assert _ev("Trang tin phường - Cập nhật: 12/09/2025 10:15\n\nĐại hội đại biểu Đảng bộ phường lần thứ I họp từ ngày 8 "
               "đến ngày 10/9/2025, với 96 đại biểu.\n") == [("hội nghị", dt.date(2025, 9, 8))]
    # a span written with the month once, the page's date at its foot under the byline
    assert _ev("Trong 2 ngày 20 và 21/11, HĐND xã tổ chức kỳ họp thứ ba.\n\nPhóng viên thường trú\n22/11/2024\n") \
        == [("hội nghị", dt.date(2024, 11, 20))]


def test_near_miss_one_day_and_a_date_in_the_body_are_no_span_nor_date_line():
    # one day keeps its date; a full date that ends a sentence mid-text dates no page
    assert _ev("Ngày 31/7/2025, Đảng ủy xã tổ chức hội nghị sơ kết 6 tháng.\n") == [("sơ kết", dt.date(2025, 7, 31))]
    assert text_date(fold_same_length("Hội nghị sơ kết.\nKế hoạch ban hành ngày 15/12/2023.\nTheo đó, các xã triển khai.\n")) \
        is None


def test_an_online_conference_takes_its_purpose_after_how_it_is_held():
    # the purpose comes after the conference's form ('trực tiếp kết hợp trực tuyến đến 312 điểm cầu'), more than a
    # few words after the verb
    text = ("Sáng 26/6/2025, Ban Thường vụ Tỉnh ủy tổ chức hội nghị trực tiếp kết hợp trực tuyến đến 312 điểm cầu cấp "
            "xã để học tập, quán triệt và triển khai thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị.")
    assert [e[0] for e in _ev(text)] == ["quán triệt"]
    text = "Chiều 3/3/2025, Huyện ủy tổ chức hội nghị trực tuyến sơ kết 2 năm thực hiện Chỉ thị số 21-CT/TW."
    assert [e[0] for e in _ev(text)] == ["sơ kết"]


def test_a_purpose_far_after_the_verb_without_the_form_is_not_read():
    # near miss: other words between the verb and a study, not how the meeting is held, keep a plain conference
    text = ("Sáng 26/6/2025, Ban Thường vụ Tỉnh ủy tổ chức hội nghị gặp mặt cán bộ hưu trí tiêu biểu của tỉnh nhân dịp "
            "kỷ niệm ngày thành lập Đảng bộ tỉnh, sau đó các đại biểu cùng quán triệt Nghị quyết số 57-NQ/TW.")
    assert [e[0] for e in _ev(text)] == ["hội nghị"]


def test_the_date_line_forms_the_source_reader_read_are_read_by_text_date():
    # the forms kg.sources.date_line read before text_date became the one reader: a dash or bullet before the weekday
    # or the label, a colon or dash after the weekday, 'Xuất bản' and 'Đăng lúc', spaces around the date's marks
    lead = "\nNội dung bài viết về chuyển đổi số của tỉnh.\n"
    for line in ("- Thứ Hai, 15/04/2024", "– Cập nhật ngày 15/04/2024", "Thứ Hai: 15/04/2024", "Xuất bản: 15/04/2024",
                 "Xuất bản ngày 15/04/2024", "Đăng lúc 15/04/2024", "Cập nhật 15 / 04 / 2024"):
        assert text_date(fold_same_length("Tiêu đề bài viết\n" + line + lead)) == dt.date(2024, 4, 15), line
    # near misses: a bulleted event, a count after 'Xuất bản', a sentence after 'Đăng lúc', a deadline after a bullet
    for line in ("- 15/04/2024, UBND tỉnh tổ chức hội nghị sơ kết", "Xuất bản 15 đầu sách về chuyển đổi số",
                 "Đăng lúc sáng nay, 15/04/2024 có 30 hộ", "• Đăng ký trước ngày 15/04/2024"):
        assert text_date(fold_same_length("Tiêu đề bài viết\n" + line + lead)) is None, line


def test_a_meeting_named_after_tai_with_its_day_is_the_one_reported():
    text = ("Thực hiện Chương trình số 07-CTr/TU ngày 12/8/2025 của Tỉnh ủy, tại hội nghị ngày 5/11/2025, Ban Chấp hành "
            "Đảng bộ phường thống nhất thông qua Đề án phát triển kinh tế ban đêm giai đoạn 2026 - 2030.")
    f = extract(text)
    assert [(e.type, e.date) for e in f.events] == [("hội nghị", dt.date(2025, 11, 5))]
    assert "07-CTr/TU" not in f.events[0].reviews          # (carried out by the sentence, not reviewed by the meeting)
    # near misses: a meeting named before ('Tại hội nghị, ...'), and one to come
    assert _ev("Tại hội nghị, ngày 19/12/2025 Ban Chấp hành Đảng bộ xã đã thống nhất các chỉ tiêu.") == []
    assert _ev("Nghị quyết sẽ được thông qua tại hội nghị ngày 30/12/2025 của Ban Chấp hành Đảng bộ xã.") == []
    # and a title that names the meeting the text then reports: one meeting
    title = ("Thông báo kết luận của Thường trực Huyện ủy tại hội nghị ngày 3/6/2025\n\nNgày 3/6/2025, Thường trực Huyện ủy "
             "tổ chức hội nghị giao ban quý II.")
    assert _ev(title) == [("hội nghị", dt.date(2025, 6, 3))]


def test_a_congress_held_in_its_formal_sitting_is_a_meeting():
    text = ("Ngày 14/8/2025, Đảng bộ xã Tân Lập long trọng tổ chức phiên chính thức Đại hội đại biểu Đảng bộ xã lần "
            "thứ I, nhiệm kỳ 2025 - 2030.")
    assert [(e.type, e.date) for e in extract(text).events] == [("hội nghị", dt.date(2025, 8, 14))]


def test_near_miss_a_sitting_of_a_board_is_no_congress():
    # 'phiên' alone before another word ('phiên giao dịch', a trading session) holds no meeting
    text = "Ngày 14/8/2025, Sở Công Thương tổ chức phiên giao dịch hàng nông sản cho 40 hợp tác xã."
    assert extract(text).events == []


def test_a_date_line_alone_in_brackets_after_a_bare_ngay_or_with_the_month_in_words():
    for line in ("(14/03/2023)", "(14/3/2023 - 09:15)", "Ngày 14 tháng 03 năm 2023 | 08:40", "Ngày 14/03/2023 - 08:40",
                 "14 Tháng 3, 2023"):
        assert text_date(fold_same_length(line + "\n\nTiêu đề bài viết\n")) == dt.date(2023, 3, 14), line
    text = "Cập nhật\n\n(14/03/2023)\n\nSáng 12/3, Huyện ủy Mường Lát tổ chức hội nghị sơ kết Nghị quyết số 05-NQ/HU."
    assert ("sơ kết", dt.date(2023, 3, 12)) in _ev(text)


def test_near_miss_a_sentence_opening_on_its_day_is_no_date_line():
    # the day of what it reports, with the sentence going on after it
    assert text_date(fold_same_length("Ngày 14/3/2023, Huyện ủy ban hành kế hoạch.\n\nNội dung.\n")) is None
    assert text_date(fold_same_length("Ngày 14 tháng 3 năm 2023 Huyện ủy họp.\n\nNội dung.\n")) is None
    # (a bare 'Ngày' with no time after it: an official text's date line with no place, read by its own rule)
    assert text_date(fold_same_length("Ngày 14 tháng 3 năm 2023\n\nNội dung.\n")) is None


def test_a_place_s_name_ending_on_tu_is_no_past_reference_before_the_verb():
    # (kg.extract.events: 'từ', 'sau', 'tại' before the verb name a meeting held before, unless a capitalised name ends on it)
    text = ("Đảng ủy xã học tập chuyên đề\n\n25/06/2025 08:00\n\nNgày 24/6, Đảng ủy xã Ea Tu tổ chức hội nghị quán triệt "
            "Chỉ thị số 05-CT/TW của Bộ Chính trị.\n")
    assert [(e.type, e.date, e.organizer) for e in extract(text).events] == [
        ("quán triệt", dt.date(2025, 6, 24), "Đảng ủy xã Ea Tu")]
    # near miss: 'Sau hội nghị, ...' opens on the meeting named before: no second meeting and no organiser from it
    text2 = text.replace(" của Bộ Chính trị.\n", " của Bộ Chính trị. Sau hội nghị, các chi bộ tổ chức học tập.\n")
    assert [(e.type, e.organizer) for e in extract(text2).events] == [("quán triệt", "Đảng ủy xã Ea Tu")]


_REVIEWED_ON_10_3 = ("Báo Lào Cai\n12/03/2025\n\nNgày 10/3, Ban Thường vụ Huyện ủy Bảo Thắng tổ chức hội nghị sơ kết 2 năm "
                     "thực hiện Kế hoạch số 45-KH/HU ngày 1/3/2023 của Huyện ủy về chuyển đổi số.\n\n")


def test_the_meeting_named_again_by_its_kind_and_day_is_one_event():
    text = _REVIEWED_ON_10_3 + ("Tại hội nghị ngày 10/3, các đại biểu đã thảo luận nhiều giải pháp. Hội nghị diễn ra sáng "
                                "10/3 tại Trung tâm Hội nghị huyện với 200 đại biểu.\n")
    assert _ev(text) == [("sơ kết", dt.date(2025, 3, 10))]


def test_near_miss_a_second_meeting_held_the_same_day_and_one_of_another_day_are_events():
    text = _REVIEWED_ON_10_3 + ("Cũng trong ngày 10/3, Huyện ủy tổ chức hội nghị triển khai nhiệm vụ chuyển đổi số năm "
                                "2025. Ngày 11/3, hội nghị cán bộ chủ chốt huyện diễn ra tại Trung tâm Hội nghị huyện.\n")
    assert _ev(text) == [("sơ kết", dt.date(2025, 3, 10)), ("hội nghị", dt.date(2025, 3, 10)),
                         ("hội nghị", dt.date(2025, 3, 11))]
