"""kg.extract.excluded_figures: the clauses whose figures are neither goals nor results, each with a near miss. Texts
are our own."""
from __future__ import annotations

import pytest

from kg.extract import extract
from kg.extract.excluded_figures import excluded, may_ask_or_note
from kg.extract.text import prepare


def _folded(text: str) -> str:
    return prepare(text).folded


@pytest.mark.parametrize("clause, hidden_by", [
    # a share of the bodies that issued a plan is a result ...
    pytest.param("63/63 tỉnh, thành phố đã ban hành kế hoạch thực hiện", None, id="share-that-issued"),
    # ... but an award later in the same clause still makes its figures no result
    pytest.param("63/63 tỉnh đã ban hành kế hoạch, 12 tập thể được khen thưởng", "khen thuong", id="award-after-a-share"),
    # a rate of those elected measures the vote; how many a meeting elected is no figure of a goal or a result
    pytest.param("tỷ lệ nữ trúng cử đại biểu HĐND tỉnh đạt 31,5%", None, id="rate-of-those-elected"),
    pytest.param("có 9 đồng chí nữ trúng cử", "trung cu", id="count-elected"),
    # the kind of a meeting counted is no award; near miss: an award said after the meeting is still one
    pytest.param("huyện đã tổ chức 3 hội nghị biểu dương người tốt, việc tốt", None, id="kind-of-a-meeting"),
    pytest.param("tổ chức hội nghị tổng kết, biểu dương 12 tập thể", "bieu duong", id="award-after-a-meeting"),
    # the news after a document issued is not hidden by the issuing; near miss: the issuing itself, with the size of
    # what was issued
    pytest.param("thực hiện Nghị quyết số 9/NQ-CP của Chính phủ ban hành Chương trình hành động về tài chính công, năm "
                 "2025 Kho bạc tỉnh giao đơn vị chỉ tiêu mở 2.300 tài khoản", None, id="news-after-an-issuing"),
    pytest.param("UBND tỉnh ban hành Kế hoạch số 40/KH-UBND với 14 nhiệm vụ, năm nay tập trung vào 5 nhiệm vụ", "ban hanh",
                 id="the-issuing-itself"),
    # a page's visits are no result; near miss: points of access to the Internet set up in villages are one
    pytest.param("Số lượt truy cập: 12.345", "luot truy cap", id="page-visits"),
    pytest.param("Đang truy cập: 23", "truy cap", id="visitors-now"),
    pytest.param("đến nay mới có 9/13 thôn có điểm truy cập Internet miễn phí", None, id="access-points"),
    pytest.param("100% thôn đã có điểm truy cập wifi công cộng", None, id="wifi-points"),
])
def test_what_makes_a_clause_s_figures_neither_goal_nor_result(clause, hidden_by):
    f = _folded(clause)
    ex = excluded(f, 0, len(f))
    assert (ex.group(0)[:len(hidden_by)] if ex and hidden_by else ex) == hidden_by


def test_a_rate_of_those_elected_is_a_measure_of_the_vote():
    facts = extract("Kế hoạch số 12-KH/TU đặt mục tiêu tỷ lệ cử tri đi bầu đạt trên 98% và tỷ lệ nữ trúng cử "
                    "đại biểu HĐND tỉnh từ 35% trở lên.")
    assert sorted(t.value for t in facts.targets) == [35, 98]
    # near miss: how many a meeting elected is no figure of a goal or a result
    assert not extract("Đại hội đã bầu Ban Chấp hành khóa mới; 9 đồng chí nữ trúng cử.").outcomes


_VISITS = ("Thực hiện Nghị quyết số 22/NQ-HĐND ngày 5/1/2026 của HĐND tỉnh về chương trình giám sát năm 2026, {who} đã "
           "làm việc với UBND tỉnh, Sở Y tế và khảo sát thực tế tại 5 xã. Qua giám sát, toàn tỉnh đã cấp 4.300 thẻ bảo "
           "hiểm y tế cho người cận nghèo.\n")


def test_where_a_delegation_went_is_no_result():
    f = extract(_VISITS.format(who="Đoàn giám sát"))
    assert [o.value for o in f.outcomes] == [4300]


def test_near_miss_the_work_of_delegations_counted_is_a_result():
    # (a tally of delegations and the communes they covered: the work a supervision plan set, reported done)
    f = extract(_VISITS.format(who="4 đoàn giám sát"))
    assert 5 in [o.value for o in f.outcomes] and 4300 in [o.value for o in f.outcomes]


def test_those_who_attended_the_sessions_counted_are_the_people_they_reached():
    text = ("Hội Phụ nữ huyện Ea Súp tổng kết năm 2025\n\n08/01/2026\n\nNgày 7/1, Hội Liên hiệp Phụ nữ huyện tổ chức hội "
            "nghị tổng kết công tác Hội năm 2025.\n\nNăm 2025, các cấp Hội phát triển mới 210 hội viên. {}\n")
    facts = extract(text.format("Hội phối hợp tổ chức 19 buổi truyền thông về an toàn giao thông với hơn 1.500 lượt "
                                "người tham dự."))
    assert {19, 1500} <= {o.value for o in facts.outcomes}
    # near miss: those who attended the meeting the text reports are no result of anything
    facts = extract(text.format("Hội nghị có 120 đại biểu tham dự."))
    assert 120 not in {o.value for o in facts.outcomes}



_PRESS = ("Thu ngân sách 9 tháng đạt 4.200 tỷ đồng, bằng 71% dự toán.\n"
          "Hỏi (Báo Bắc Kạn): Còn 38 hộ chưa được hỗ trợ làm nhà, tỉnh xử lý thế nào?\n"
          "Đáp: Đến nay, tỉnh đã hỗ trợ 212 hộ làm nhà mới.\n")


def test_a_question_s_figures_are_neither_goal_nor_result():
    assert sorted(o.value for o in extract(_PRESS).outcomes) == [71, 212, 4200]
    # a question line's first sentence, ending on a full stop, is asked as well ('Hỏi: Xã tôi có 12 hộ ... . Xã có ...?')
    assert extract("Hỏi: Xã tôi có 12 hộ nghèo đã được hỗ trợ. Xã có được hỗ trợ thêm không?\n").outcomes == []


def test_a_question_s_label_in_capitals_or_small_letters_is_a_question_too():
    # the text is read sentence by sentence for questions wherever a line opens on a label, in any case
    head = "Sở Nội vụ tỉnh Bắc Kạn họp báo quý III/2025.\n\n"
    for label in ("PHÓNG VIÊN", "hỏi", "Pv"):
        text = head + label + ": Năm 2025 tỉnh đã tinh giản được 80% biên chế. Xin ông cho biết nguyên nhân.\n"
        assert extract(text).outcomes == [], label
        assert may_ask_or_note(_folded(text)), label
    # near miss: a text with no '?', no label at a line's start and no footnote's mark is not read for them
    assert not may_ask_or_note(_folded(head + "Năm 2025 tỉnh đã tinh giản được 80% biên chế, theo phóng viên: đạt.\n"))


def test_a_question_s_label_is_looked_for_at_line_starts_only():
    # the label opens the text's first line or a later one; tried only where a line starts (kg.extract.text.line_matches,
    # which refuses a pattern that does not open on '^' under re.M), not at every character
    assert may_ask_or_note(_folded("PV: Năm nay xã đạt 12 tiêu chí.\n"))
    assert may_ask_or_note(_folded("Xã họp dân.\n\t Câu hỏi 2 (ông Bình): xã đạt 12 tiêu chí.\n"))
    # near miss: the label inside a line, after other words, opens no question
    assert not may_ask_or_note(_folded("Xã họp dân, câu hỏi 2: xã đạt 12 tiêu chí.\n"))


def test_near_miss_a_statement_that_asks_nothing_keeps_its_figures():
    assert [o.value for o in extract("Xã tôi có 12 hộ nghèo đã được hỗ trợ.\n").outcomes] == [12]


_PDF = ("Số: 40/KH-UBND\nKẾ HOẠCH\nThực hiện Nghị quyết số 57-NQ/TW¹ của Bộ Chính trị\nI. MỤC TIÊU\n"
        "Đến năm 2030, xã có ít nhất 30 doanh nghiệp công nghệ số².\n"
        "────────\n¹ Nghị quyết số 57-NQ/TW ngày 22/12/2024.\n"
        "² Năm 2024, xã có 12 doanh nghiệp công nghệ số.\n")


def test_a_footnote_s_figures_are_neither_goal_nor_result():
    assert [(t.value, t.period) for t in extract(_PDF).targets] == [(30, "2030")]



_TEAMS = "Hai năm thực hiện Kế hoạch số 45-KH/TU của Ban Thường vụ Tỉnh ủy, toàn tỉnh đã đào tạo 1.100 kỹ sư.\n\n"


def test_a_view_given_after_cho_rang_reports_no_result():
    f = extract(_TEAMS + "Bà Trần Thị Mai, Trường Đại học Bách khoa, cho rằng nguồn nhân lực số phải tăng gấp 4 lần hiện "
                "nay.\n")
    assert [o.value for o in f.outcomes] == [1100]
    # near miss: what a department says was done ('cho biết') is a result
    f = extract(_TEAMS + "Sở Nội vụ cho biết số kỹ sư về công tác tại xã đã tăng gấp 2 lần năm trước.\n")
    assert sorted(o.value for o in f.outcomes) == [2, 1100]


def test_a_by_election_at_a_session_is_no_result():
    text = "Kỳ họp thứ 18 HĐND huyện xem xét tình hình thực hiện Nghị quyết số 12/NQ-HĐND. {}\n"
    assert extract(text.format("Tại kỳ họp, HĐND huyện đã bầu bổ sung 02 Ủy viên UBND huyện.")).outcomes == []
    # near miss: what was added with no vote ('bổ sung 01 trạm y tế') is a result
    assert [o.value for o in extract(text.format("Năm 2024, tỉnh đã bổ sung 01 trạm y tế cho xã vùng cao.")).outcomes] == [1]


def test_an_association_s_line_is_no_question_though_its_name_folds_as_the_label_does():
    from kg.extract.excluded_figures import asked
    from kg.extract.text import sentences

    def read(label: str) -> tuple[list[bool], list[float]]:
        text = ("Chiều 12/3/2025, Sở Nội vụ tỉnh họp báo về kết quả thực hiện Kế hoạch số 15-KH/UBND.\n"
                f"{label}: Năm 2024, toàn tỉnh đã giúp 120 hộ thoát nghèo.\n")
        p = prepare(text)
        return [asked(p.text, p.folded, s) for s in sentences(p.text)], [o.value for o in extract(text).outcomes]

    # 'Hội' (an association answering, whatever its case) folds as 'hỏi': its figure is a result told
    assert read("Hội (Liên hiệp Phụ nữ tỉnh)") == ([False, False], [120])
    assert read("HỘI") == ([False, False], [120])
    # near misses: a question's label, written with its mark or in a text typed without marks, takes it as given
    assert read("Hỏi (Báo Lạng Sơn)") == ([False, True], [])
    assert read("Hoi") == ([False, True], [])


def test_a_page_counter_of_visits_is_no_figure_but_access_as_a_thing_had_is():
    for counter in ("Số lượt truy cập: 2.341", "Lượt truy cập: 45.872", "trang có 1,2 triệu lượt truy cập",
                    "Đang truy cập: 25"):
        f = _folded(counter)
        assert excluded(f, 0, len(f)) is not None, counter
    for had in ("100% thôn có điểm truy cập wifi công cộng", "90% người dân truy cập Cổng dịch vụ công"):
        f = _folded(had)
        assert excluded(f, 0, len(f)) is None, had
    f = extract("Ngày 5/3/2026, Đảng ủy xã Bình An ban hành Kế hoạch số 27-KH/ĐU về chuyển đổi số.\nMục tiêu đến năm 2030\n"
                "1. 100% thôn có điểm truy cập wifi công cộng.\n2. 90% hộ gia đình có cáp quang.\n")
    assert sorted(t.value for t in f.targets) == [90, 100]
