"""kg.extract.joint_reviews: a joint review's result to the reviewed document whose title's thing it counts. Texts are
our own."""
from __future__ import annotations

from kg.extract import extract

_REVIEW = ("Huyện ủy Tân Lạc sơ kết 3 năm thực hiện hai nghị quyết\n\n12/09/2024\n\nNgày 11/9, Ban Thường vụ Huyện ủy Tân "
           "Lạc tổ chức hội nghị sơ kết 3 năm thực hiện Nghị quyết số 39-NQ/TU ngày 2/6/2021 của Ban Thường vụ Tỉnh ủy về "
           "phát triển giao thông nông thôn và Nghị quyết số 41-NQ/TU ngày 5/8/2021 của Ban Thường vụ Tỉnh ủy về nâng cao "
           "chất lượng hoạt động của các hợp tác xã nông nghiệp.\n\nTheo báo cáo, sau 3 năm, toàn huyện cứng hóa 86 km "
           "đường giao thông nông thôn; {second}.\n")


def _placed(second: str) -> list[tuple[float | int | None, str | None]]:
    return [(o.value, o.document) for o in extract(_REVIEW.format(second=second)).outcomes]


def test_a_result_counting_the_thing_of_the_second_title_goes_to_it():
    assert _placed("thành lập mới 12 hợp tác xã nông nghiệp") == [(86, "39-NQ/TU"), (12, "41-NQ/TU")]


def test_near_misses_stay_with_the_first_reviewed():
    # a count of a shorter thing than the title's, and a result its own sentence ties to a document (rule 1)
    assert _placed("thành lập mới 12 hợp tác xã") == [(86, "39-NQ/TU"), (12, "39-NQ/TU")]
    assert _placed("theo Nghị quyết số 39-NQ/TU, thành lập mới 12 hợp tác xã nông nghiệp") == [(86, "39-NQ/TU"),
                                                                                              (12, "39-NQ/TU")]
