"""kg.extract.quantities: targets and outcomes in wordings our development texts rarely use (the year a page reports
on as it closes, what is left that a request names). Each rule with its near miss; texts are our own."""
from __future__ import annotations

from kg.extract import closing_year
from extract_helpers import figure_values as _values

_REVIEW = ("Ngày 12/11/2025, Huyện ủy Tân Phú tổ chức hội nghị tổng kết 5 năm thực hiện Kế hoạch số 45-KH/HU của Ban "
           "Thường vụ Huyện ủy về phát triển kinh tế tập thể.\n\n")
_PLAN = "Ngày 10/3/2025, Ban Thường vụ Huyện ủy Tân Phú ban hành Kế hoạch số 45-KH/HU về phát triển kinh tế tập thể.\n\n"


def test_the_year_a_late_page_reports_on_is_the_years_work():
    assert _values(_REVIEW + "Trong năm 2025, huyện kết nạp 320 hội viên.\n") == ([], [320])
    # a date line in December, no review date
    dated = "Thứ Tư, 17/12/2025 - 16:20\n\nHội Nông dân huyện tổng kết công tác Hội. Trong năm 2025, các cấp Hội kết nạp 1.200 hội viên.\n"
    assert _values(dated) == ([], [1200])


def test_near_miss_the_same_year_early_on_a_later_year_or_a_goal_word_look_ahead():
    assert _values(_PLAN + "Trong năm 2025, huyện kết nạp 320 hội viên.\n") == ([320], [])
    assert _values(_REVIEW + "Trong năm 2026, huyện kết nạp 320 hội viên.\n") == ([320], [])
    assert _values(_REVIEW + "Trong năm 2025, huyện phấn đấu kết nạp 320 hội viên.\n") == ([320], [])


def test_closing_year_needs_the_day_in_the_years_last_quarter():
    import datetime as dt
    assert closing_year(dt.date(2025, 10, 1), 2025) and not closing_year(dt.date(2025, 9, 30), 2025)
    assert not closing_year(dt.date(2026, 11, 1), 2025) and not closing_year(None, 2025)


def test_what_is_left_that_a_request_names_is_no_goal_without_a_deadline():
    assert _values(_REVIEW + "HĐND xã yêu cầu UBND xã đẩy nhanh tiến độ 2 công trình còn lại.\n") == ([], [])
    # near miss: with a deadline it is a goal
    assert _values(_REVIEW + "HĐND xã yêu cầu UBND xã hoàn thành 2 công trình còn lại trước ngày 31/12/2025.\n") == ([2], [])


def test_and_above_on_a_grade_of_what_is_counted_sets_no_goal():
    # an interview on a programme that has closed, on a page that also tells of the new year's plan: the count of
    # rated farms is a level reached, though their grade is bounded ('từ 2 sao trở lên')
    text = ("Thứ Hai, 12/01/2026 08:20\n\nPV: Thưa ông, Chương trình đã đạt được những kết quả nào?\n\n"
            "Ông Lê Văn Tâm: Chương trình phát triển chăn nuôi giai đoạn 2021 - 2025 được UBND huyện phê duyệt tại Quyết "
            "định số 812/QĐ-UBND ngày 05/3/2021. Đến hết năm 2025, có 5/8 chỉ tiêu vượt. Toàn huyện có 46 trang trại đạt từ "
            "2 sao trở lên.\n\nPV: Năm 2026, ngành sẽ làm gì?\n\nÔng Lê Văn Tâm: UBND huyện đã ban hành Kế hoạch số "
            "04/KH-UBND ngày 06/01/2026 về phát triển chăn nuôi năm 2026, phấn đấu có thêm 10 trang trại.\n")
    assert _values(text) == ([10], [5, 46])
    # near miss: the bound on the count itself is the plan's goal
    assert _values(text.replace("có 46 trang trại đạt từ 2 sao trở lên", "có từ 46 trang trại trở lên")) == ([10, 46], [5])
