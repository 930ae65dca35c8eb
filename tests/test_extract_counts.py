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
