"""kg.extract.programme_money: a sum of the programme named by the bare word. Texts are our own."""
from __future__ import annotations

from kg.extract import extract

_REVIEW = ("Huyện Mường Tè tổng kết Chương trình giảm nghèo\n\n20/11/2025\n\nNgày 18/11, UBND huyện Mường Tè tổ chức hội "
           "nghị tổng kết Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025.{other} Thực hiện Kế "
           "hoạch số 41/KH-UBND ngày 2/4/2022 của UBND huyện triển khai Chương trình, huyện đã hỗ trợ 86 mô hình sinh "
           "kế, giải ngân 212 tỷ đồng {money}.\n")
_PROGRAMME = "CTMTQG:giảm nghèo bền vững giai đoạn 2021-2025"


def _placed(other: str, money: str) -> list[tuple[float | int | None, str | None]]:
    return [(o.value, o.document) for o in extract(_REVIEW.format(other=other, money=money)).outcomes]


def test_the_bare_word_gives_the_sum_to_the_one_programme_named_before():
    assert _placed("", "vốn Chương trình") == [(86, "41/KH-UBND"), (212, _PROGRAMME)]


def test_near_misses_leave_the_sum_with_the_plan():
    # other money, a programme named by its own name, two programmes named before
    assert _placed("", "vốn sự nghiệp") == [(86, "41/KH-UBND"), (212, "41/KH-UBND")]
    assert _placed("", "vốn Chương trình Sữa học đường") == [(86, "41/KH-UBND"), (212, "41/KH-UBND")]
    other = " Huyện cũng thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới."
    assert _placed(other, "vốn Chương trình") == [(86, "41/KH-UBND"), (212, "41/KH-UBND")]


def test_an_allocation_for_the_programme_is_its_target():
    text = ("Sở Nông nghiệp ban hành kế hoạch năm 2024\n\n05/02/2024\n\nCăn cứ Quyết định số 318/QĐ-TTg ngày 8/3/2022 "
            "của Thủ tướng Chính phủ phê duyệt Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - "
            "2025, Sở Nông nghiệp ban hành Kế hoạch số 12/KH-SNN thực hiện năm 2024. Tổng vốn ngân sách tỉnh bố trí "
            "cho Chương trình năm 2024 là 640 tỷ đồng; phấn đấu có thêm 9 xã đạt chuẩn nông thôn mới.\n")
    facts = extract(text)
    assert [(t.value, t.document) for t in facts.targets if t.unit == "tỷ đồng"] == [(640, "318/QĐ-TTg")]


def test_the_programme_the_bare_word_was_read_as_wins_over_two_keys_named_before():
    # near miss of the rule's 'one programme named before': the programme named by its title (a key of its own) and by
    # its number (the decision's); the bare word, read as the decision's, keeps the sum there
    text = ("Sơ kết 3 năm thực hiện Chương trình 1719 trên địa bàn huyện Mường Lát\n\n10/04/2024\n\nNgày 8/4, UBND huyện "
            "Mường Lát tổ chức hội nghị sơ kết 3 năm thực hiện Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội "
            "vùng đồng bào dân tộc thiểu số và miền núi giai đoạn 2021-2030 (Chương trình 1719). Chương trình được Thủ "
            "tướng Chính phủ phê duyệt tại Quyết định số 1719/QĐ-TTg ngày 14/10/2021.\n\nSau 3 năm, huyện được giao 180,5 "
            "tỷ đồng vốn Chương trình, đã giải ngân 150,2 tỷ đồng.\n")
    facts = extract(text)
    assert [(t.value, t.document) for t in facts.targets] == [(180.5, "1719/QĐ-TTg")]
