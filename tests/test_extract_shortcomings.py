"""A report's section of shortcomings (hạn chế) and the shortfall a new document sets out from give no outcomes
(kg.extract.shortcomings). Texts are our own."""
from __future__ import annotations

import datetime as _dt

import pytest

from kg.extract import extract
from kg.extract.shortcomings import shortcoming_sections, without_shortcomings
from kg.extract.text import fold_same_length
from kg.facts import Outcome


def _outcomes(text: str) -> list[float]:
    return sorted(o.value for o in extract(text, date=_dt.date(2026, 1, 8)).outcomes)


_SUPERVISION = """ỦY BAN KIỂM TRA HUYỆN ỦY
Số: 45-BC/UBKTHU

BÁO CÁO
Kết quả giám sát việc thực hiện Chỉ thị số 12-CT/HU của Ban Thường vụ Huyện ủy

I. KẾT QUẢ GIÁM SÁT
1. Ưu điểm
Các chi bộ được giám sát đã tổ chức học tập Chỉ thị; 18/20 hợp tác xã đã ký hợp đồng tiêu thụ nông sản.
2. Hạn chế, khuyết điểm
Còn 2 hợp tác xã chưa ký hợp đồng tiêu thụ; 5 hộ nợ quá hạn với tổng số tiền 300 triệu đồng.

II. KIẾN NGHỊ
Đề nghị Đảng ủy các xã chỉ đạo khắc phục các hạn chế nêu trên.
"""


def test_figures_under_a_heading_of_shortcomings_are_no_outcomes():
    assert _outcomes(_SUPERVISION) == [18]


def test_the_same_figures_under_the_results_heading_stay():
    # near miss: without the heading of shortcomings the lines are the section of results going on
    text = _SUPERVISION.replace("2. Hạn chế, khuyết điểm\n", "")
    assert 300 in _outcomes(text)


def test_a_level_reached_under_the_heading_of_shortcomings_stays():
    # how far the work got, said as short of the plan's goal: a result all the same
    text = _SUPERVISION.replace("Còn 2 hợp tác xã chưa ký hợp đồng tiêu thụ;",
                                "Đến tháng 9, mới có 14/20 hợp tác xã (đạt 70%) áp dụng truy xuất nguồn gốc;")
    assert _outcomes(text) == [14, 18, 70]


def test_near_miss_what_is_left_wrong_after_a_level_is_no_outcome():
    text = _SUPERVISION.replace("Còn 2 hợp tác xã chưa ký hợp đồng tiêu thụ;",
                                "Mới có 14/20 hợp tác xã áp dụng truy xuất nguồn gốc, còn 6 hợp tác xã chưa ký hợp đồng;")
    assert _outcomes(text) == [14, 18]


def test_what_a_heading_of_shortcomings_is():
    f = fold_same_length("1. Ưu điểm\nTốt.\n2. Tồn tại, hạn chế\nChậm.\n3. Nguyên nhân\nÍt vốn.\n")
    (start, end), = shortcoming_sections(f)
    assert f[start:end].strip() == "cham."
    # near miss: a sentence that opens on the word is no heading
    assert shortcoming_sections(fold_same_length("Hạn chế được chỉ ra là vốn còn ít.\n")) == []


_NEW_PLAN = """Xã Hòa Bình ban hành Kế hoạch chuyển đổi số năm 2026

Ngày 5/1/2026, UBND xã Hòa Bình ban hành Kế hoạch số 07/KH-UBND về chuyển đổi số năm 2026.

Sau nửa năm vận hành mô hình mới, tỷ lệ người dân dùng chữ ký số mới đạt 23%.

Kế hoạch đặt mục tiêu đến hết năm 2026, ít nhất 60% người dân trưởng thành dùng chữ ký số.
"""


def test_the_shortfall_a_new_plan_sets_out_from_is_no_outcome():
    assert _outcomes(_NEW_PLAN) == []
    turned = _NEW_PLAN.replace("Sau nửa năm vận hành mô hình mới,",
                               "Thời gian qua, xã đã có nhiều cố gắng; tuy vậy,")
    assert _outcomes(turned) == []


def test_what_an_earlier_plan_achieved_stays_beside_its_shortfall():
    # near miss: the sentence reports work done under an earlier plan, the low rate with it
    text = _NEW_PLAN.replace("Sau nửa năm vận hành mô hình mới, tỷ lệ",
                             "Thực hiện Kế hoạch số 88/KH-UBND của UBND tỉnh, xã đã cấp 1.500 chữ ký số; tỷ lệ")
    assert _outcomes(text) == [23, 1500]


def test_how_far_carrying_out_an_earlier_document_got_stays_its_result():
    # the sentence says it measures an earlier plan's carrying out, and the level is tied to that plan, not the new one
    text = _NEW_PLAN.replace("Sau nửa năm vận hành mô hình mới, tỷ lệ",
                             "Qua theo dõi việc thực hiện Kế hoạch số 88/KH-UBND của UBND tỉnh, đến nay tỷ lệ")
    assert _outcomes(text) == [23]
    # in other words: the plan named first, the count of places short of it
    text = _NEW_PLAN.replace("Sau nửa năm vận hành mô hình mới, tỷ lệ người dân dùng chữ ký số mới đạt 23%.",
                             "Triển khai Kế hoạch số 88/KH-UBND của UBND tỉnh, đến ngày 30/11/2025 mới có 4/12 thôn "
                             "có điểm phục vụ chữ ký số.")
    assert _outcomes(text) == [4]
    # near miss: a shortfall with no earlier document carried out stays the new plan's starting point
    assert _outcomes(_NEW_PLAN.replace("Sau nửa năm vận hành mô hình mới,", "Đến nay,")) == []


def test_a_plan_issued_long_before_the_text_keeps_its_shortfall():
    # near miss: a page on how a plan of the year before went; its low rate is a result of that plan
    text = _NEW_PLAN.replace("Ngày 5/1/2026", "Ngày 5/1/2025").replace("năm 2026.", "năm 2025.", 1)
    assert 23 in _outcomes(text)


# the losses a new document opens on (point (u) of our conventions)

_DIRECTIVE = ("HUYỆN ỦY ĐỒNG SƠN\nSố 15-CT/HU\nCHỈ THỊ\nvề tăng cường công tác phòng cháy, chữa cháy rừng\n\n"
              "Qua 5 năm thực hiện Chỉ thị số 13-CT/TW ngày 12/01/2017 của Ban Bí thư, nhận thức của Nhân dân về bảo vệ "
              "rừng có chuyển biến; toàn huyện trồng mới 2.100 ha rừng. {}\n\n"
              "Ban Thường vụ Huyện ủy yêu cầu các cấp ủy thực hiện tốt các nội dung sau:\n"
              "1. Phấn đấu đến năm 2026 tỷ lệ che phủ rừng đạt 40%.\n")


def test_near_miss_losses_a_report_gives_after_carrying_out_a_document_stay():
    # no document issued: the fires of the season are what carrying out the directive achieved
    text = ("Thực hiện Chỉ thị số 04/CT-UBND ngày 10/01/2025 của Chủ tịch UBND tỉnh, mùa khô vừa qua toàn tỉnh xảy ra "
            "3 vụ cháy rừng, giảm 6 vụ so với mùa khô trước. Tuy vậy, vẫn còn tình trạng đốt nương; xảy ra 2 vụ cháy "
            "rừng, thiệt hại 4 ha.\n")
    assert sorted(o.value for o in extract(text).outcomes) == [2, 3, 4, 6]


_PLAN = ("ỦY BAN NHÂN DÂN XÃ TÂN LẬP\nSố: 21/KH-UBND\nKẾ HOẠCH\nPhòng cháy, chữa cháy rừng mùa khô năm 2025-2026\n\n"
         "I. TÌNH HÌNH\n{}\n\nII. MỤC TIÊU\nPhấn đấu diện tích rừng bị cháy dưới 2 ha.\n")


_OPENING = ("UBND TỈNH HÒA AN\nSố: 05/CT-UBND\nCHỈ THỊ\nVề phòng cháy, chữa cháy rừng năm 2026\n\n{} Để chủ động "
            "ứng phó, Chủ tịch UBND tỉnh yêu cầu các sở, ngành thực hiện tốt các nội dung sau:\n"
            "1. Không để xảy ra cháy rừng lớn.\n")


@pytest.mark.parametrize("frame, clause, kept", [
    # among the shortcomings after the results of the document carried out
    (_DIRECTIVE, "Tuy vậy, tình trạng phá rừng vẫn còn; riêng năm 2024 trên địa bàn xảy ra 5 vụ cháy rừng, làm thiệt "
                 "hại 12,5 ha.", [2100]),
    # the 'Tình hình' section of a new plan, no shortcoming word and no document carried out named (what was done
    # stays a result, tied to no document)
    (_PLAN, "Mùa khô 2024-2025, trên địa bàn xã xảy ra 4 vụ cháy rừng, làm thiệt hại 6,5 ha rừng trồng; lực lượng "
            "kiểm lâm đã xử lý 3 trường hợp đốt thực bì trái phép.", [3]),
    # the opening paragraph of a new directive
    (_OPENING, "Năm 2025, trên địa bàn tỉnh xảy ra 11 vụ cháy rừng, thiệt hại 19 ha, giảm 4 vụ so với năm 2024.", []),
])
def test_losses_that_prompt_a_new_document_are_no_outcome(frame: str, clause: str, kept: list[float]):
    # point (u) of our conventions: the situation a new document sets out from
    assert sorted(o.value for o in extract(frame.format(clause)).outcomes) == kept


def test_near_miss_a_new_plans_losses_under_a_document_it_names_as_carried_out_stay():
    # the same section, but the fires are said as what carrying out a named directive gave: its outcomes
    text = _PLAN.format("Thực hiện Chỉ thị số 04/CT-UBND ngày 10/01/2024 của Chủ tịch UBND huyện, mùa khô 2024-2025 "
                        "trên địa bàn xã xảy ra 2 vụ cháy rừng, giảm 3 vụ so với mùa khô trước.")
    assert sorted((o.value, o.document) for o in extract(text).outcomes) == [(2, "04/CT-UBND"), (3, "04/CT-UBND")]


def test_the_starting_shortfall_read_on_the_folded_text_handed_in_as_on_its_own():
    """A caller that has the text folded hands it in; the losses kept and dropped are the same either way."""
    text = ("Tuy vậy, tình trạng phá rừng vẫn còn; riêng năm 2024 xảy ra 5 vụ cháy rừng. "
            "Năm 2024 trồng mới 300 ha rừng.")
    a = text.index("xảy ra")
    b = text.index("trồng mới")
    losses = [Outcome("KH:rừng", "xảy ra 5 vụ cháy rừng", 5, span=(a, a + 21)),
              Outcome("KH:rừng", "trồng mới 300 ha rừng", 300, span=(b, b + 21))]
    alone = without_shortcomings(text, "KH:rừng", losses, [])
    assert [o.value for o in alone] == [300]
    assert without_shortcomings(text, "KH:rừng", losses, [], folded=fold_same_length(text)) == alone


def test_a_loss_said_to_go_on_before_a_new_directive_is_no_outcome():
    # tied to the directive carried out before, but said as harm that goes on: the new directive's starting point
    kept = extract(_DIRECTIVE.format("Trên địa bàn huyện vẫn xảy ra 3 vụ cháy rừng, thiệt hại 7 ha.")).outcomes
    assert sorted(o.value for o in kept) == [2100]


def test_near_miss_a_loss_said_as_what_carrying_out_the_old_directive_gave_stays():
    text = _DIRECTIVE.format("Trên địa bàn huyện đã xảy ra 3 vụ cháy rừng, thiệt hại 7 ha.")
    assert sorted(o.value for o in extract(text).outcomes) == [3, 7, 2100]


_HEADED_PLAN = ("ỦY BAN NHÂN DÂN XÃ HÒA BÌNH\nSố: 07/KH-UBND\nKẾ HOẠCH\nChuyển đổi số năm 2026\n\nI. THỰC TRẠNG\n"
                "Qua một năm thí điểm, tỷ lệ người dân dùng chữ ký số mới đạt 23%.\n\nII. MỤC TIÊU\n"
                "Đến hết năm 2026, ít nhất 60% người dân trưởng thành dùng chữ ký số.\n")


def test_an_undated_plans_own_text_drops_its_starting_shortfall():
    # no date anywhere: the heading numbers the plan, so the text is the plan itself
    assert [o.value for o in extract(_HEADED_PLAN).outcomes] == []


def test_near_miss_an_undated_page_on_the_plan_keeps_the_shortfall():
    # the same lines on a page that reports on the plan, with no heading of its own: no document issued
    text = _HEADED_PLAN.replace("ỦY BAN NHÂN DÂN XÃ HÒA BÌNH\nSố: 07/KH-UBND\nKẾ HOẠCH\nChuyển đổi số năm 2026",
                                "Kết quả thực hiện Kế hoạch số 07/KH-UBND của UBND xã Hòa Bình về chuyển đổi số")
    assert [o.value for o in extract(text).outcomes] == [23]


_STUDY = ("Ngày 12/9/2025, Ban Thường vụ Huyện ủy Tân Kỳ tổ chức hội nghị {what} Nghị quyết số 57-NQ/TW ngày "
          "22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ.\n\n"
          "Phát biểu tại hội nghị, đồng chí Bí thư Huyện ủy nêu rõ, hiện toàn huyện vẫn còn 14 xã chưa có cán bộ "
          "phụ trách chuyển đổi số; tỷ lệ hồ sơ trực tuyến mới đạt 38%. Đồng chí đề nghị phấn đấu đến năm 2026 có "
          "100% xã có cán bộ phụ trách chuyển đổi số.\n")


def test_at_a_conference_studying_a_document_the_shortfall_it_starts_from_is_no_result():
    facts = extract(_STUDY.format(what="học tập, quán triệt"))
    assert not facts.outcomes
    assert [t.value for t in facts.targets] == [100]
    # near miss: a review of the same document keeps what the shortfall reports
    facts = extract(_STUDY.format(what="sơ kết 1 năm thực hiện"))
    assert {o.value for o in facts.outcomes} == {14, 38}
