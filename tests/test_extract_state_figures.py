"""kg.extract.state_figures: figures that tell how things stand or how work is done, no result. Texts are our own."""
from __future__ import annotations

from kg.extract import extract

_REVIEW = ("Ngày 9/12/2025, Đảng ủy xã Tân Lập sơ kết 1 năm thực hiện Nghị quyết số 04-NQ/ĐU về nâng cao chất lượng "
           "sinh hoạt chi bộ.\n\n{}\n")


def test_how_often_the_work_was_done_is_no_result():
    f = extract(_REVIEW.format("Đến nay, 14/14 chi bộ đã sinh hoạt chuyên đề ít nhất 1 lần/quý."))
    assert [(o.value, o.of) for o in f.outcomes] == [(14, 14)] and not f.targets
    # other words: the pace said with 'mỗi' after the sessions counted
    f = extract(_REVIEW.format("Năm 2025, các chi bộ đã tổ chức 86 buổi sinh hoạt, đối thoại với đoàn viên 2 lần mỗi quý."))
    assert [o.value for o in f.outcomes] == [86] and not f.targets
    # near miss: times counted as a ratio of a past level, or as events held, are results
    f = extract(_REVIEW.format("Năm 2025, số đảng viên được kết nạp tăng 1,5 lần so với năm 2024; xã đã tổ chức 3 lần "
                               "diễn tập phòng cháy."))
    assert sorted(o.value for o in f.outcomes) == [1.5, 3]
    # near miss: the same pace set by a plan is a goal
    f = extract(_REVIEW.format("Nghị quyết yêu cầu mỗi chi bộ sinh hoạt chuyên đề ít nhất 1 lần/quý."))
    assert [t.value for t in f.targets] == [1] and not f.outcomes


def test_the_members_a_body_is_made_of_are_no_result():
    f = extract(_REVIEW.format("Năm 2025, Đảng ủy xã đã thành lập Tổ giúp việc về chuyển đổi số, gồm 9 đồng chí."))
    assert not f.outcomes
    # other words: the members named after 'gồm có'
    assert not extract(_REVIEW.format("Đến nay, xã đã kiện toàn Ban Chỉ đạo, gồm có 11 ủy viên.")).outcomes
    # near miss: a part of a count reported before it, said with 'gồm', is a result
    f = extract(_REVIEW.format("Năm 2025, Đảng ủy xã đã kết nạp 15 đảng viên, gồm 6 đồng chí nữ."))
    assert sorted(o.value for o in f.outcomes) == [6, 15]
