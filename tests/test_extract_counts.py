"""kg.extract.counts: the whole a count of goals is of, a counted 'mục tiêu', what a place has; each with its near
misses. Texts are our own."""
from __future__ import annotations

from kg.extract import extract


def _of(text: str) -> dict:
    return {o.value: o.of for o in extract(text).outcomes}


def test_the_whole_of_a_tally_named_after_it_with_tong_so():
    # the whole comes after the counts, in their sentence, as 'trong tổng số N' of the same noun
    got = _of("Năm 2025, Hội đã hoàn thành vượt 7 chỉ tiêu, hoàn thành 4 chỉ tiêu, còn 1 chỉ tiêu chưa hoàn thành "
              "trong tổng số 12 chỉ tiêu thi đua.")
    assert (got[7], got[4], got[1]) == (12, 12, 12)
    assert _of("Đến nay, xã đã giải quyết 45 đơn trên tổng số 50 đơn.")[45] == 50
    # near misses: a bare 'trong N năm' after a count is a time; another noun's total is no whole of it
    assert _of("Huyện đã kết nạp 320 hội viên trong 3 năm.")[320] is None
    assert _of("Năm 2025, xã đã hoàn thành 6 chỉ tiêu trong tổng số 40 hộ được khảo sát.")[6] is None


def test_a_plan_issued_with_a_count_of_goals_gives_the_whole_of_the_next_tally():
    got = _of("Ban Thường vụ Huyện đoàn ban hành Kế hoạch số 14-KH/HĐT ngày 3/2/2025 với 9 chỉ tiêu cụ thể. "
              "Sau một năm, có 5 chỉ tiêu vượt, 4 chỉ tiêu đạt.")
    assert (got[5], got[4]) == (9, 9)
    # near miss: 'với' after no issued plan counts no goals ('với 9 chỉ tiêu' here is how many were graded)
    got = _of("Hội nghị đánh giá với 9 chỉ tiêu được chấm điểm. Sau một năm, có 5 chỉ tiêu vượt, 4 chỉ tiêu đạt.")
    assert (got[5], got[4]) == (None, None)


def test_a_tally_of_goals_may_count_muc_tieu():
    facts = extract("Qua 4 năm thực hiện Đề án, trong 8 mục tiêu cụ thể của Đề án, huyện có 6 mục tiêu đạt và vượt, "
                    "2 mục tiêu chưa đạt.")
    assert {(o.value, o.of) for o in facts.outcomes} == {(6, 8), (2, 8)}
    assert not facts.targets
    # near misses: goals counted with no state are the shape of a plan; an aim set before a count keeps it a goal
    facts = extract("Đề án đề ra 3 mục tiêu, 5 nhiệm vụ trọng tâm.")
    assert not facts.outcomes and not facts.targets
    facts = extract("Mục tiêu đến năm 2030, huyện có 6 xã đạt chuẩn nông thôn mới nâng cao.")
    assert [t.value for t in facts.targets] == [6] and not facts.outcomes


def test_what_a_place_has_opening_a_clause_is_no_result():
    facts = extract("Sau một năm, tỷ lệ hồ sơ nộp trực tuyến của xã đạt 52%; xã có 11 thôn với khoảng 4.100 hộ dân.")
    assert [o.value for o in facts.outcomes] == [52]
    facts = extract("Huyện Bắc Sơn có trên 31.000 ha rừng, năm 2025 đã trồng mới 420 ha.")
    assert [o.value for o in facts.outcomes] == [420]
    # near misses: a count in a state reached, a share, and the next item after a comma are results; a goal stays one
    assert [o.value for o in extract("Năm 2025, xã có 9 thôn đạt chuẩn văn hóa.").outcomes] == [9]
    assert [o.value for o in extract("Năm 2025, huyện có 12/14 xã hoàn thành.").outcomes] == [12]
    assert [o.value for o in extract("Xã có 11 thôn, 8 thôn đạt chuẩn văn hóa.").outcomes] == [8]
    assert [t.value for t in extract("Đến năm 2030, toàn tỉnh có 50 hợp tác xã kiểu mới.").targets] == [50]


def test_goals_after_a_document_said_issued_are_that_document_s():
    text = ("Ngày 10/11/2025, Đảng ủy phường tổ chức sơ kết Chương trình số 12-CTr/TU ngày 3/4/2023 của Ban Thường vụ "
            "Tỉnh ủy về xây dựng đô thị văn minh.\n\nSau khi sắp xếp, Đảng ủy phường ban hành Kế hoạch số 05-KH/ĐU ngày "
            "01/8/2025 triển khai thực hiện Chương trình, phấn đấu đến năm 2027 có ít nhất 20 tuyến phố văn minh.\n")
    assert [(t.value, t.document) for t in extract(text).targets] == [(20, "05-KH/ĐU")]
    # a bracketed date and 'xác định mục tiêu' after the issued plan still set its goals
    text = ("Cập nhật ngày 21/6/2024\n\nĐể cụ thể hóa Nghị quyết, UBND huyện đã ban hành Kế hoạch số 88/KH-UBND (ngày "
            "30/9/2019), xác định mục tiêu đến năm 2024 toàn huyện có 4.000 ha rừng trồng gỗ lớn.\n")
    assert [(t.value, t.document) for t in extract(text).targets] == [(4000, "88/KH-UBND")]
    # near miss: with no goal's word after the issued plan, a goal of the programme named later stays the programme's
    text = ("Ngày 10/11/2025, Đảng ủy phường tổ chức sơ kết Chương trình số 12-CTr/TU ngày 3/4/2023 của Ban Thường vụ "
            "Tỉnh ủy về xây dựng đô thị văn minh.\n\nĐảng ủy phường ban hành Kế hoạch số 05-KH/ĐU ngày 01/8/2025 triển "
            "khai thực hiện Chương trình. Chương trình số 12-CTr/TU đặt mục tiêu đến năm 2027 có 20 tuyến phố văn minh.\n")
    assert [(t.value, t.document) for t in extract(text).targets] == [(20, "12-CTr/TU")]


def test_a_place_has_only_what_it_is_made_of_counted_with_nothing_after():
    # in a results report, a count with words after its noun says what came to it: a result, as before the rule
    head = ("BÁO CÁO\nKết quả thực hiện Nghị quyết số 07-NQ/HU về giảm nghèo năm 2025\n\n"
            "Năm 2025, tỷ lệ hộ nghèo của huyện giảm còn 6,2%. ")
    facts = extract(head + "Xã Phú Lộc có 57 hộ thoát nghèo, vượt 4% kế hoạch.\n")
    assert sorted(o.value for o in facts.outcomes) == [4, 6.2, 57]
    # near misses: villages, households and area counted whole are what the place is made of
    facts = extract(head + "Xã Phú Lộc có 9 thôn với khoảng 2.800 hộ dân.\n")
    assert [o.value for o in facts.outcomes] == [6.2]
    facts = extract(head + "Thị xã Nghĩa Lộ có khoảng 3.500 ha đất nông nghiệp, năm 2025 đã chuyển đổi 120 ha sang cây "
                           "ăn quả.\n")
    assert sorted(o.value for o in facts.outcomes) == [6.2, 120]


def test_goals_after_a_plan_said_issued_are_its_own_where_the_text_reviews_the_programme_it_carries_out():
    # the title names the programme under review, which the goals would otherwise be given to
    text = ("Xã An Hòa sơ kết giữa kỳ Chương trình xây dựng nông thôn mới kiểu mẫu\n\nThứ Tư, 12/11/2025 - 09:10\n\n"
            "Ngày 12/11, Đảng ủy xã An Hòa tổ chức hội nghị sơ kết giữa kỳ việc thực hiện Chương trình số 15-CTr/TU ngày "
            "4/6/2023 của Ban Thường vụ Tỉnh ủy về xây dựng nông thôn mới kiểu mẫu giai đoạn 2023 - 2027.\n\n"
            "Sau khi sáp nhập, Đảng ủy xã ban hành Kế hoạch số 07-KH/ĐU ngày 10/8/2025 triển khai thực hiện Chương trình "
            "trên địa bàn xã mới, phấn đấu đến năm 2027 có ít nhất 12 thôn đạt chuẩn kiểu mẫu; tỷ lệ hộ dùng nước sạch "
            "đạt trên 95%.\n\nQua hơn 2 năm thực hiện Chương trình, xã đã xây dựng 9 thôn kiểu mẫu.\n")
    assert sorted((t.value, t.document) for t in extract(text).targets) == [(12, "07-KH/ĐU"), (95, "07-KH/ĐU")]


def _goal_counts(text: str) -> list[tuple]:
    return sorted((o.document, o.value, o.of) for o in extract(text).outcomes if (o.unit or "").startswith("chỉ tiêu"))


def test_the_goals_left_undone_after_a_tally_count_in_its_whole():
    text = ("Hội nghị sơ kết giữa nhiệm kỳ thực hiện Nghị quyết số 12-NQ/HU. Theo báo cáo, đến nay có 9/12 chỉ tiêu đạt và "
            "vượt. Sản lượng lương thực đạt 41.000 tấn. Còn 3 chỉ tiêu chưa đạt là tỷ lệ che phủ rừng, số doanh nghiệp "
            "thành lập mới và tỷ lệ đô thị hóa.")
    assert _goal_counts(text) == [("12-NQ/HU", 3, 12), ("12-NQ/HU", 9, 12)]
    # near miss: a count of goals reached after the tally is no rest of it, and takes no whole from it
    reached = text.replace("Còn 3 chỉ tiêu chưa đạt là", "Năm 2025 có 3 chỉ tiêu đạt sớm là")
    assert ("12-NQ/HU", 3, 12) not in _goal_counts(reached)


def test_the_goals_left_undone_said_again_are_kept_once():
    text = ("Sơ kết 3 năm thực hiện Nghị quyết số 21-NQ/TU, Nghị quyết đề ra 12 chỉ tiêu, đến nay có 7 chỉ tiêu vượt, "
            "2 chỉ tiêu đạt, 3 chỉ tiêu chưa đạt. Cụ thể:\n\nCòn 3 chỉ tiêu chưa đạt là tỷ lệ che phủ rừng, số doanh "
            "nghiệp thành lập mới và tỷ lệ đô thị hóa.")
    assert _goal_counts(text) == [("21-NQ/TU", 2, 12), ("21-NQ/TU", 3, 12), ("21-NQ/TU", 7, 12)]
    # near miss: the goals left undone of another document take no whole from this tally
    other = text.replace("Còn 3 chỉ tiêu", "Đối với Kế hoạch số 05-KH/UBND của UBND tỉnh, còn 3 chỉ tiêu")
    assert ("05-KH/UBND", 3, None) in _goal_counts(other)


def test_the_rest_of_a_tally_counts_in_its_whole_as_written():
    # the goals left undone take the whole of the tally before them, a whole number as a whole number (a compiled
    # build once wrote 12.0 where the interpreter writes 12); a whole with a decimal mark stays a decimal
    rest = "Còn 3 chỉ tiêu chưa đạt là chỉ tiêu về kết nạp hội viên, quỹ hỗ trợ và mô hình."
    got = {o.value: o.of for o in extract("Năm 2025, Hội có 9/12 chỉ tiêu đạt và vượt kế hoạch. " + rest).outcomes}
    assert got == {9: 12, 3: 12} and type(got[3]) is int
    got = {o.value: o.of for o in extract("Năm 2025, Hội có 9/12,5 chỉ tiêu đạt. " + rest).outcomes}
    assert type(got[3]) is float and got[3] == 12.5
    # near miss: no tally before the rest, so it counts in no whole
    assert {o.value: o.of for o in extract("Năm 2025, Hội đã cố gắng. " + rest).outcomes}.get(3) is None


_REVIEW_NEWS = ("Hội Nông dân huyện Đông Sơn tổng kết công tác năm 2025\n\nCập nhật ngày 22/12/2025\n\n"
                "Ngày 20/12, Ban Thường vụ Hội Nông dân huyện tổ chức hội nghị tổng kết công tác Hội năm 2025.\n\n"
                "Năm 2025, Ban Thường vụ Hội Nông dân huyện ban hành Kế hoạch số 07-KH/HND ngày 10/01/2025 về công tác "
                "Hội. Các cơ sở Hội kết nạp 420 hội viên mới. {}\n")


def test_sessions_held_are_results_of_the_span_a_review_reports():
    # point (ag): the sessions a body held in the year reviewed, and the people they reached, with no 'đã'
    facts = extract(_REVIEW_NEWS.format("Hội Nông dân huyện phối hợp với Trung tâm Khuyến nông mở 18 lớp tập huấn kỹ "
                                        "thuật cho 1.100 lượt hội viên.\n\nCác chi hội tổ chức 64 buổi sinh hoạt "
                                        "chuyên đề."))
    got = {(o.value, o.document) for o in facts.outcomes}
    assert {(18, "07-KH/HND"), (1100, "07-KH/HND"), (64, "07-KH/HND")} <= got
    # near misses: a request at the meeting sets work to do; the same sessions in a text that reports no review
    facts = extract(_REVIEW_NEWS.format("Đồng chí Phó Bí thư Huyện ủy đề nghị Hội tổ chức 20 lớp dạy nghề cho nông "
                                        "dân."))
    assert 20 not in {o.value for o in facts.outcomes}
    facts = extract("Kế hoạch số 07-KH/HND ngày 10/01/2026 của Hội Nông dân huyện về công tác Hội năm 2026.\n\n"
                    "Hội Nông dân huyện phối hợp với Trung tâm Khuyến nông mở 18 lớp tập huấn kỹ thuật.")
    assert 18 not in {o.value for o in facts.outcomes}


def test_a_figure_told_bare_after_results_at_a_review_goes_on_with_them_though_the_text_names_its_plan():
    # the review's plan is named ('ban hành Kế hoạch số 07-KH/HND'): a bare figure after the results of its paragraph is
    # still one of them
    facts = extract(_REVIEW_NEWS.format('Quỹ "Tấm lòng vàng" của Hội hỗ trợ xây mới 12 nhà cho hội viên nghèo.'))
    assert (12, "07-KH/HND") in {(o.value, o.document) for o in facts.outcomes}
    # near miss: a request after the results, with no verb of its own, is no result
    facts = extract(_REVIEW_NEWS.format("Hội cần hỗ trợ xây mới 15 nhà cho hội viên nghèo."))
    assert 15 not in {o.value for o in facts.outcomes}
