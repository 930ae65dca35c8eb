"""kg.extract.quantity_cues: the cues of goals and results, each with a near miss. Texts are our own."""
from __future__ import annotations

import datetime as _dt

from kg.extract import extract
from kg.extract.modality import past_marked
from kg.extract.quantity_cues import (
    BOUND, GOAL_STATED, HAS_N, NOW_HAS, OUT_STRONG, OUTCOME, SEASON_LEAD, SPENT_TOTAL, TOTAL, WITH_NOW, YEAR_AHEAD, ahead_frames, budget_before,
    now_has, routine_only,
)
from kg.extract.text import Segment, prepare


def _folded(text: str) -> str:
    return prepare(text).folded


def test_a_bound_before_a_number_is_a_goals_cue():
    assert BOUND.search(_folded("Mỗi chi bộ sinh hoạt chuyên đề ít nhất 2 lần/năm."))
    assert BOUND.search(_folded("Tỷ lệ hộ nghèo không vượt quá 3%."))
    # near miss: a bound with no number after it, and the words inside a longer word
    assert not BOUND.search(_folded("Cần tối thiểu hóa thủ tục."))
    assert not BOUND.search(_folded("Đơn vị tối đa hóa lợi ích 5 nhóm."))


def test_a_floor_said_as_not_lower_is_a_goals_cue():
    assert BOUND.search(_folded("Duy trì độ che phủ rừng không thấp hơn 63%."))
    assert extract("Kế hoạch số 41/KH-UBND được ban hành. Duy trì độ che phủ rừng không thấp hơn 63%.").targets[0].comparator == ">="
    # near miss: a comparison with a lower figure, no bound ('thấp hơn' without 'không')
    assert not BOUND.search(_folded("Tỷ lệ hộ nghèo thấp hơn 2% so với năm trước."))


def test_a_year_ahead_gives_its_year():
    m = YEAR_AHEAD.search(_folded("Phấn đấu đến hết năm 2030 có 12 xã đạt chuẩn."))
    assert m is not None and m.group(1) == "2030"
    # near miss: a year with no lead word before 'năm'
    assert YEAR_AHEAD.search(_folded("Sản lượng năm 2030 ước 12 tấn.")) is None


def test_the_verbs_of_a_result():
    assert OUTCOME.search(_folded("Huyện đã hỗ trợ 40 hộ."))
    assert OUTCOME.search(_folded("Còn 2 thôn chưa có nhà văn hóa."))
    assert OUT_STRONG.search(_folded("Doanh thu tăng 8% so với cùng kỳ."))
    # near misses: 'tăng cường' strengthens, 'cuộc vận động' names a campaign, 'giảm nghèo' is a programme's field
    assert not OUTCOME.search(_folded("Tăng cường kiểm tra 5 chợ."))
    assert not OUTCOME.search(_folded("Hưởng ứng cuộc vận động 3 nội dung."))
    assert not OUTCOME.search(_folded("Chương trình giảm nghèo 4 xã."))
    # 'còn' counts what is left only when 'chưa' follows
    assert not OUTCOME.search(_folded("Còn 2 thôn ở vùng cao."))


def test_a_verb_then_duoc_and_an_amount_is_what_the_work_managed():
    assert OUTCOME.search(_folded("Các xã xây dựng được 34 mô hình."))
    assert OUTCOME.search(_folded("Hợp tác xã bán được hơn 2.000 tấn nông sản."))
    review = "Ngày 12/11/2025, Huyện ủy tổng kết Kế hoạch số 45-KH/HU.\n\n"
    assert [o.value for o in extract(review + "Năm 2025, các hợp tác xã xây dựng được 34 mô hình liên kết.\n").outcomes] == [34]
    # near misses: what a household or a person receives, 'được' with no amount after it, and an aim
    assert not OUTCOME.search(_folded("Mỗi hộ được 30 kg gạo mỗi tháng."))
    assert not OUTCOME.search(_folded("Mỗi xã được hỗ trợ 2 mô hình."))
    got = extract(review + "Phấn đấu mỗi năm xây dựng được 2 mô hình liên kết.\n")
    assert [t.value for t in got.targets] == [2] and got.outcomes == []


def test_the_result_cues_open_on_their_words():
    # (every branch opens on its letters, the checks of the words before it behind them: the engine skips to where a
    # cue's first letter stands instead of trying each position; a branch opening on a check keeps the whole pattern
    # as written)
    assert not OUTCOME.pattern.startswith("(?<")
    # the branch 'được' with the word before it checked behind its letters matches where it did with the check in front
    import random
    import re
    as_written = re.compile(r"(?<![a-z])(?:(?<=[a-z] )(?<!ho )(?<!nguoi )(?<!khau )duoc(?= (?:khoang |gan |hon |tren )?\d))(?![a-z])")
    only_duoc = re.compile(r"(?<![a-z])(?:(?<!ho )(?<!nguoi )(?<!khau )duoc(?<=[a-z] duoc)(?= (?:khoang |gan |hon |tren )?\d))(?![a-z])")
    rng = random.Random(41)
    pieces = ["duoc", " ", "ho ", "nguoi ", "khau ", "xay dung ", "3", "hon ", "x", "aduoc"]
    for _ in range(3000):
        s = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        assert [m.span() for m in as_written.finditer(s)] == [m.span() for m in only_duoc.finditer(s)], s


def test_a_whole_that_has_and_what_joins_it():
    p = prepare("Toàn huyện có 52 chi bộ với khoảng 1.900 đảng viên.")
    assert HAS_N.match(p.folded)
    assert WITH_NOW.match(p.folded, p.text.index(" với"))
    # near miss: a word of a result follows the count, not a joining word (the count's own words may come first)
    q = prepare("Toàn huyện có 52 chi bộ, tăng 4 chi bộ.")
    assert not WITH_NOW.fullmatch(q.folded, q.text.index(" chi bộ"), q.text.index("4"))
    # near miss: 'có' with no number after it
    assert not HAS_N.match(_folded("Toàn huyện có nhiều chi bộ."))


def test_a_total_a_count_is_taken_in():
    m = TOTAL.search(_folded("Trong tổng số 15 chỉ tiêu, có 12 chỉ tiêu đạt."))
    assert m is not None and (m.group(1), m.group(2)) == ("15", "chi tieu")


def test_only_yearly_goal_cues():
    p = prepare("Hằng năm tổ chức 2 hội thi.")
    assert routine_only(p.folded, Segment(0, len(p.text)))
    p = prepare("Phấn đấu hằng năm tổ chức 2 hội thi.")
    assert not routine_only(p.folded, Segment(0, len(p.text)))


def _ahead(text: str, ref_year: int = 2025) -> list[str]:
    """The stretches about the plan of a year ahead, as text."""
    p = prepare(text)
    frames = ahead_frames(p.text, p.folded, past_marked(p.text, p.folded), p.sentences, ref_year)
    return [p.text[a:b].strip() for a, b, _ in frames]


_HEAD = "Tin kỳ họp\n\n"


def test_a_plan_for_the_year_ahead_frames_the_sentences_after_it_up_to_a_report():
    text = (_HEAD + "Kỳ họp đã thông qua Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm 2026. Tỷ lệ che phủ rừng "
            "đạt 70%.\n\nTỷ lệ đô thị hóa đạt 31%. Năm 2025, tỷ lệ che phủ rừng đạt 69%.")
    assert _ahead(text) == ["kế hoạch phát triển kinh tế - xã hội năm 2026. Tỷ lệ che phủ rừng đạt 70%.\n\n"
                            "Tỷ lệ đô thị hóa đạt 31%."]


def test_no_stretch_for_a_plan_under_way_a_year_past_a_report_or_a_headline():
    # near misses: the horizon of a plan issued before ('chỉ tiêu đến năm 2026'), the text's own year, a report
    # beside the year ahead, a year past named in the sentence, and the headline
    assert _ahead(_HEAD + "Huyện đã ban hành kế hoạch, xác định 10 chỉ tiêu đến năm 2026. Xã A đạt 12 tiêu chí.") == []
    assert _ahead(_HEAD + "Kỳ họp thông qua kế hoạch năm 2025. Xã A đạt 12 tiêu chí.") == []
    assert _ahead(_HEAD + "Theo báo cáo, kế hoạch năm 2026 được chuẩn bị. Xã A đạt 12 tiêu chí.") == []
    assert _ahead(_HEAD + "Tổng kết năm 2025, triển khai nhiệm vụ năm 2026. Xã A đạt 12 tiêu chí.") == []
    assert _ahead("Thông qua kế hoạch năm 2026\n\nNăm nay, xã A đạt 12 tiêu chí.") == []


def test_a_stretch_ends_at_a_sentence_of_results_or_a_new_section():
    assert _ahead(_HEAD + "Nhiệm vụ năm 2026: xã A đạt 12 tiêu chí. Thu ngân sách ước đạt 9 tỷ đồng.") == [
        "Nhiệm vụ năm 2026: xã A đạt 12 tiêu chí."]
    assert _ahead(_HEAD + "Nhiệm vụ năm 2026: xã A đạt 12 tiêu chí.\nII. KIẾN NGHỊ\nXã B đạt 10 tiêu chí.") == [
        "Nhiệm vụ năm 2026: xã A đạt 12 tiêu chí."]


def test_next_year_said_in_words_is_the_year_after_the_texts():
    p = prepare(_HEAD + "Hội nghị bàn kế hoạch năm tới. Xã A đạt 12 tiêu chí.")
    frames = ahead_frames(p.text, p.folded, past_marked(p.text, p.folded), p.sentences, 2025)
    assert [x[2] for x in frames] == ["2026"]
    # near miss: 'năm sau' (the year after, in 'năm sau cao hơn năm trước') opens none
    assert _ahead(_HEAD + "Chỉ tiêu năm sau cao hơn năm trước. Xã A đạt 12 tiêu chí.") == []


def test_the_present_figure_with_or_without_a_verb():
    for text in ("Diện tích chè của xã hiện khoảng ", "Huyện hiện có khoảng ", "Hiện nay toàn xã có "):
        f = _folded(text)
        assert NOW_HAS.search(f, 0, len(f)), text
    # near miss: 'thực hiện' is no 'hiện', and an estimate after a result's verb is a result
    for text in ("Vốn thực hiện khoảng ", "Sản lượng chè ước đạt khoảng "):
        f = _folded(text)
        assert not NOW_HAS.search(f, 0, len(f)), text


def test_a_name_that_folds_to_hien_is_no_present_figure():
    text = "Các xã có tỷ lệ cao: xã Tân Hội đạt 99,5%, phường Phố Hiến đạt 99,2%, xã Văn Hiền đạt 98,7%."
    p = prepare(text)
    for figure in ("99,2", "98,7"):
        at = p.text.index(figure)
        assert not now_has(p.text, p.folded, at - 30, at), figure
    assert sorted(o.value for o in extract(text).outcomes) == [98.7, 99.2, 99.5]
    # near miss: 'hiện' itself still says the present state
    p = prepare("Xã Văn Hiền hiện có 12 thôn.")
    assert now_has(p.text, p.folded, 0, p.text.index("12"))


def test_trained_workers_are_counted_not_reported_done():
    # 'đã qua đào tạo' names which workers a goal counts: no verb of a result
    f = _folded("lao động trong ngành không thấp hơn 20.000 người, trong đó tối thiểu 45% đã qua đào tạo")
    assert OUT_STRONG.search(f) is None and OUTCOME.search(f) is None
    # near miss: 'đã' before another verb still reports what was done
    f = _folded("trong đó 45% đã có việc làm")
    assert OUT_STRONG.search(f) is not None


def test_a_share_of_bodies_that_issued_their_plans_is_a_result():
    from kg.extract import extract
    lead = "Sau 3 năm thực hiện Chỉ thị số 21-CT/TU, "
    got = extract(lead + "63/63 tỉnh, thành phố đã ban hành kế hoạch thực hiện.").outcomes
    assert [(o.value, o.of) for o in got] == [(63, 63)]
    got = extract(lead + "đã có 152/160 chi bộ ban hành nghị quyết chuyên đề.").outcomes
    assert [(o.value, o.of) for o in got] == [(152, 160)]
    # near miss: a body issuing one plan with so many groups of tasks gives no figure
    assert extract(lead + "UBND tỉnh ban hành Kế hoạch số 77/KH-UBND với 14 nhóm nhiệm vụ.").outcomes == []
    # near miss: a date before the issuing is no share
    assert extract(lead + "ngày 28/7, UBND tỉnh ban hành kế hoạch triển khai.").outcomes == []


def test_a_units_size_after_a_merger_is_background():
    from kg.extract.quantity_cues import BACKGROUND
    assert BACKGROUND.search(_folded("Sau hợp nhất với tỉnh Kon Tum (cũ), toàn tỉnh có hơn 1.300 cơ sở giáo dục."))
    assert BACKGROUND.search(_folded("Sau khi sáp nhập, xã có 7.842 hộ."))
    # near miss: 'hợp nhất' naming what was merged is no size ('đã hợp nhất 3 trường')
    assert not BACKGROUND.search(_folded("Huyện đã hợp nhất 12 trường tiểu học."))


def test_the_state_a_year_started_from_is_background():
    from kg.extract.quantity_cues import BACKGROUND
    assert BACKGROUND.search(_folded("Đầu năm, toàn tỉnh có 21.120 hộ nghèo."))
    # near misses: the first months of the year, and a span from its start, report what was done in them
    assert not BACKGROUND.search(_folded("6 tháng đầu năm, toàn tỉnh có thêm 3 xã đạt chuẩn."))
    assert not BACKGROUND.search(_folded("Từ đầu năm, toàn tỉnh có thêm 3 xã đạt chuẩn."))


def _of(text: str) -> dict:
    from kg.extract import extract
    return {o.value: o.of for o in extract(text).outcomes}


def test_a_part_after_trong_do_is_of_the_result_before_it():
    # the part's name may hold a comma or a bracketed word
    assert _of("Năm 2024, huyện đã khởi công 140/150 nhà, trong đó hoàn thành, bàn giao 96 nhà.")[96] == 140
    assert _of("Đến nay, tỉnh đã chi trả cho 910 người, trong đó khu vực huyện Sơn Tây (cũ) 260 người.")[260] == 910
    # the count right before 'trong đó' is the whole of another noun's count
    assert _of("Đến nay, hội viên đã làm chủ 520 mô hình kinh tế, trong đó có 64 hợp tác xã.")[64] == 520
    # the whole is the result, not the goal it is measured against in the same sentence
    text = "Qua 3 năm, diện tích chè VietGAP đạt 2.300 ha, bằng 92% mục tiêu đến năm 2025 là 2.500 ha; trong đó 400 ha đạt hữu cơ."
    assert _of(text)[400] == 2300


def test_near_miss_no_whole_of_another_kind_or_after_a_comma_clause():
    # an amount is no whole of a count, and a figure further back than the one before 'trong đó' is none of another noun
    assert _of("Năm 2024, tỉnh đã giải ngân 500 tỷ đồng, trong đó có 30 công trình hoàn thành.")[30] is None
    assert _of("Đến nay, huyện đã hỗ trợ 300 hộ vay vốn, đạt 90%, trong đó có 40 hợp tác xã.")[40] is None


def _budget_before_figure(text: str, figure: str) -> bool:
    p = prepare(text)
    at = p.text.index(figure)
    return budget_before(p.text, p.folded, 0, at)


def test_a_plans_words_after_a_paid_share_are_no_budget():
    # the amount after the share of the plan paid out is what was paid
    assert not _budget_before_figure("Tỉnh giải ngân được 85% kế hoạch vốn được giao với hơn 2.000 tỷ đồng.", "2.000")
    # near misses: money assigned, with no share paid before the plan's words, is set aside
    assert _budget_before_figure("Kế hoạch vốn được giao để giải ngân năm 2025 là 2.000 tỷ đồng.", "2.000")
    assert _budget_before_figure("Giải ngân vốn đầu tư công: kế hoạch vốn được giao 2.000 tỷ đồng.", "2.000")
    assert _budget_before_figure("Tỉnh giải ngân năm 2025, kế hoạch vốn giao 2.000 tỷ đồng.", "2.000")


def test_a_date_or_school_year_before_the_plan_opens_its_baseline():
    from kg.extract.quantity_cues import baseline_at
    f = _folded("Theo số liệu của Sở Tài chính, đến hết tháng 5/2025, toàn tỉnh có 9.120 doanh nghiệp.")
    assert baseline_at(f, 0, len(f), 2025, None)
    f = _folded("Năm học 2024 - 2025, tỷ lệ trường đạt chuẩn quốc gia đạt 64%.")
    assert baseline_at(f, 0, len(f), 2025, None)
    # near misses: a date after the plan's year, a school year that starts in it, a document named in the sentence
    f = _folded("Đến hết tháng 6/2026, toàn tỉnh có 9.500 doanh nghiệp.")
    assert not baseline_at(f, 0, len(f), 2025, None)
    f = _folded("Năm học 2025 - 2026, tỷ lệ trường đạt chuẩn quốc gia đạt 66%.")
    assert not baseline_at(f, 0, len(f), 2025, None)
    f = _folded("Đến hết tháng 5/2025, thực hiện Kế hoạch 12, toàn tỉnh có 9.120 doanh nghiệp.")
    assert not baseline_at(f, 0, len(f), 2025, lambda pos: "12/KH-UBND" if f.startswith("ke hoach 12", pos) else None)


def test_a_new_plans_figures_at_a_date_before_it_are_its_baseline():
    from kg.extract import extract
    head = ("UBND tỉnh ban hành Kế hoạch số 77/KH-UBND ngày 20/6/2025 về phát triển doanh nghiệp. Kế hoạch phấn đấu "
            "đến năm 2030 toàn tỉnh có 20.000 doanh nghiệp.\n\n")
    facts = extract(head + "Theo số liệu của Sở Tài chính, đến hết tháng 5/2025, toàn tỉnh có 9.120 doanh nghiệp; 5 tháng "
                           "đầu năm thành lập mới 640 doanh nghiệp.")
    assert [t.value for t in facts.targets] == [20000] and not facts.outcomes
    facts = extract(head + "Năm học 2024 - 2025, tỷ lệ trường đạt chuẩn quốc gia đạt 64%.")
    assert not facts.outcomes
    # near miss: what was said done by then is a result ('đã'), as is a figure of the year after the plan's
    facts = extract(head + "Đến hết tháng 5/2025, tỉnh đã hỗ trợ 640 doanh nghiệp.")
    assert [o.value for o in facts.outcomes] == [640]


def test_what_is_left_that_a_request_asks_done_is_no_result():
    from kg.extract import extract
    done = "Đến nay, xã đã hoàn thành 48 căn nhà cho hộ nghèo. "
    facts = extract(done + "UBND huyện giao UBND xã đôn đốc 12 căn còn lại hoàn thành đúng hạn.")
    assert [o.value for o in facts.outcomes] == [48] and not facts.targets
    # with a deadline after it, what is left is a goal of the request
    facts = extract(done + "Thường trực Huyện ủy đề nghị Đảng ủy xã hoàn thành 100% số nhà còn lại trước ngày 30/11/2025.")
    assert [o.value for o in facts.outcomes] == [48]
    assert [(t.value, t.unit) for t in facts.targets] == [(100, "%")]
    # near misses: what is left said as a result, with no request before it, stays one; a request's figure that is
    # not what is left is read as before
    facts = extract(done + "Trong đó, 12 căn còn lại đã khởi công.")
    assert sorted(o.value for o in facts.outcomes) == [12, 48]
    from kg.extract.quantity_cues import left_to_do
    f = _folded("UBND huyện giao UBND xã đôn đốc 12 căn còn lại hoàn thành đúng hạn.")
    n = f.index("12") + 2
    assert left_to_do(f, 0, n - 2, n, len(f)) is False
    f = _folded("UBND huyện giao UBND xã hoàn thành 12 căn trước ngày 30/11/2025.")
    assert left_to_do(f, 0, f.index("12"), f.index("12") + 2, len(f)) is None


def test_near_miss_what_is_left_said_begun_or_under_way_is_reported_after_a_request_too():
    from kg.extract import extract
    done = "Đến nay, xã đã hoàn thành 48 căn nhà cho hộ nghèo. "
    for state in ("đang thi công", "đã khởi công"):
        facts = extract(done + f"UBND huyện chỉ đạo đẩy nhanh tiến độ, hiện 12 căn còn lại {state}.")
        assert sorted(o.value for o in facts.outcomes) == [12, 48] and not facts.targets, state
    # (the request's own figure, with nothing said of it, is still none)
    facts = extract(done + "UBND huyện chỉ đạo đẩy nhanh tiến độ 12 căn còn lại.")
    assert [o.value for o in facts.outcomes] == [48]


def test_a_bound_rate_is_a_goal_in_a_report_and_in_a_list_of_goals():
    from kg.extract import extract
    head = "Chương trình số 14-CTr/TU của Tỉnh ủy xác định đến năm 2030 kinh tế số chiếm 25% GRDP. "
    facts = extract(head + "Riêng năm 2026, tỷ lệ hồ sơ nộp trực tuyến đạt từ 85% trở lên.")
    assert [(t.value, t.comparator) for t in facts.targets if t.value == 85] == [(85, ">=")] and not facts.outcomes
    facts = extract("Đại hội thông qua Nghị quyết với các chỉ tiêu: thu ngân sách hằng năm vượt từ 7% trở lên so với "
                    "dự toán huyện giao; 100% thôn có nhà văn hóa.")
    assert sorted(t.value for t in facts.targets) == [7, 100] and not facts.outcomes
    # near miss: the rate a review reports reached stays a result
    facts = extract(head + "Năm 2025, tỷ lệ hồ sơ nộp trực tuyến đạt 86,5%, vượt 6% so với kế hoạch.")
    assert 86.5 in [o.value for o in facts.outcomes] and 86.5 not in [t.value for t in facts.targets]


def test_an_amount_another_level_assigned_is_a_goal():
    from kg.extract import extract
    head = "UBND xã Hòa Phú sơ kết thực hiện Kế hoạch số 88/KH-UBND ngày 2/3/2025 của UBND tỉnh về xóa nhà tạm. "
    facts = extract(head + "Theo báo cáo, chỉ tiêu tỉnh giao cho xã năm 2025 là xóa 126 căn nhà tạm.")
    assert [(t.value, t.period) for t in facts.targets] == [(126, "2025")] and not facts.outcomes
    facts = extract(head + "Chỉ tiêu Thủ tướng Chính phủ giao các địa phương năm 2025 là 9.000 căn.")
    assert [t.value for t in facts.targets] == [9000]
    # near miss: the result measured against the assigned amount is no goal
    facts = extract(head + "Đến nay, xã đã hoàn thành 96 căn, đạt 76% chỉ tiêu tỉnh giao.")
    assert not facts.targets and sorted(o.value for o in facts.outcomes) == [76, 96]


def test_an_amount_in_brackets_after_a_plan_another_level_set_is_no_budget():
    assert not _budget_before_figure("Quỹ vận động được 52 tỷ đồng, đạt 104% chỉ tiêu Trung ương giao (50 tỷ đồng).", "50 tỷ")
    # near miss: money said assigned right before it is set aside
    assert _budget_before_figure("Năm 2025, tỉnh giao 50 tỷ đồng cho các huyện.", "50 tỷ")
    from kg.extract import extract
    facts = extract("Ủy ban MTTQ tỉnh tổng kết Kế hoạch số 21/KH-MTTQ. Quỹ các cấp vận động được 52 tỷ đồng, đạt 104% "
                    "chỉ tiêu Trung ương giao (50 tỷ đồng).")
    assert [(t.value, t.document) for t in facts.targets] == [(50, next(o.document for o in facts.outcomes if o.value == 104))]


def test_a_document_issued_with_its_main_goals_after_a_colon_sets_them():
    from kg.extract import extract
    facts = extract("Hội nghị Ban Chấp hành Đảng bộ xã Tân Lập thống nhất ban hành Nghị quyết về nhiệm vụ năm 2026 với các "
                    "chỉ tiêu chủ yếu: thu nhập bình quân đầu người đạt 60 triệu đồng trở lên; kết nạp ít nhất 8 đảng viên.")
    assert sorted(t.value for t in facts.targets) == [8, 60] and not facts.outcomes
    # near miss: goals named with no colon to list them after: the issuing still gives no figure
    facts = extract("Hội nghị Ban Chấp hành Đảng bộ xã Tân Lập thống nhất ban hành Nghị quyết về nhiệm vụ năm 2026 với các "
                    "chỉ tiêu, giải pháp trọng tâm cho 12 thôn.")
    assert not facts.targets and not facts.outcomes


def test_a_review_s_total_spent_is_a_result_with_its_parts_by_source():
    assert SPENT_TOTAL.match(_folded("Sau 5 năm thực hiện Đề án, tổng kinh phí thực hiện là 24 tỷ đồng."))
    f = extract("Sau 5 năm thực hiện Chương trình, tỷ lệ hộ nghèo giảm còn 2,1%. Tổng kinh phí thực hiện Chương trình "
                "giai đoạn 2021 - 2025 là 24,6 tỷ đồng, trong đó ngân sách tỉnh 15,2 tỷ đồng.")
    assert sorted(o.value for o in f.outcomes) == [2.1, 15.2, 24.6] and not f.targets
    # near misses: an estimate is a goal's sum, and in a new plan's text the total is no result either
    assert not SPENT_TOTAL.match(_folded("Tổng kinh phí thực hiện dự kiến là 24 tỷ đồng."))
    g = extract("Số: 12/KH-UBND\n\nKẾ HOẠCH\nPhát triển hợp tác xã giai đoạn 2026 - 2030\n\n"
                "Tổng kinh phí thực hiện Kế hoạch là 24,6 tỷ đồng.\n")
    assert not g.outcomes


def test_a_review_s_total_raised_is_a_result_with_its_parts_by_source():
    assert SPENT_TOTAL.match(_folded("Năm 2025, tổng kinh phí huy động xây dựng nông thôn mới là 19,8 tỷ đồng."))
    f = extract("Xã Đông Lâm tổng kết năm 2025 thực hiện Chương trình xây dựng nông thôn mới. Tổng nguồn vốn huy động "
                "thực hiện Chương trình năm 2025 là 19,8 tỷ đồng; trong đó ngân sách tỉnh 7,5 tỷ đồng, Nhân dân đóng "
                "góp 3,1 tỷ đồng.")
    assert sorted(o.value for o in f.outcomes) == [3.1, 7.5, 19.8] and not f.targets
    # (also as an item of a list)
    assert SPENT_TOTAL.match(_folded("- Tổng kinh phí thực hiện năm 2025 là 7,4 tỷ đồng."))
    # near misses: a sum still to be raised ('dự kiến'), and the same words in a new plan, are a goal's sum
    assert not SPENT_TOTAL.match(_folded("Tổng nguồn vốn huy động dự kiến là 19,8 tỷ đồng."))
    g = extract("Số: 14/KH-UBND\n\nKẾ HOẠCH\nXây dựng nông thôn mới giai đoạn 2026 - 2030\n\n"
                "Tổng nguồn vốn huy động thực hiện Kế hoạch là 120 tỷ đồng.\n")
    assert not g.outcomes and [t.value for t in g.targets] == [120]


_PLAN = "Ngày 5/3/2025, Ban Thường vụ Huyện ủy ban hành Kế hoạch số 12-KH/HU về phát triển nông nghiệp.\n\n"


def test_what_is_left_now_is_a_present_figure():
    f = _folded("Toàn huyện hiện còn ")
    assert NOW_HAS.search(f, 0, len(f))
    text = _PLAN + "Toàn huyện hiện còn 2.310 hộ nghèo, chiếm 5,2% tổng số hộ. Kế hoạch phấn đấu đến năm 2027 giảm 900 hộ nghèo.\n"
    facts = extract(text)
    assert facts.outcomes == []
    assert [t.value for t in facts.targets] == [900]
    # near miss: what is left undone, counted in a review, is a result
    review = "Sơ kết 3 năm thực hiện Nghị quyết số 05-NQ/HU, toàn huyện đã có 12 xã đạt chuẩn; hiện còn 3 xã chưa đạt chuẩn.\n"
    assert 3 in [o.value for o in extract(review).outcomes]


def test_a_present_figure_with_its_own_words_then_its_size_or_yield():
    # the present figure's words ('đã hoạt động', 'đất trồng lúa') then, after a comma, its size or its yield
    for gap in (" đã hoạt động, rộng hơn ", " đất trồng lúa, sản lượng hằng năm trên ", " cây ăn quả, chiều dài "):
        assert WITH_NOW.fullmatch(past_marked(gap, _folded(gap))), gap
    text = (_PLAN + "Huyện hiện có 4 cụm công nghiệp đã hoạt động, rộng hơn 180 ha. Hiện toàn huyện có khoảng 9.500 ha "
            "đất trồng lúa, sản lượng hằng năm trên 62.000 tấn. Kế hoạch phấn đấu đến năm 2027 có thêm 2 cụm công nghiệp.\n")
    facts = extract(text)
    assert facts.outcomes == []
    assert [t.value for t in facts.targets] == [2]
    # near misses: words of a result or a comparison between say what came to the present figure
    for gap in (" xã đạt chuẩn, ", " hợp tác xã, tăng ", " ha, so với "):
        assert not WITH_NOW.fullmatch(past_marked(gap, _folded(gap))), gap


def test_a_season_school_year_or_crop_year_leads_a_sentence_by_the_year_it_began():
    for lead in ("Mùa khô 2023-2024, ", "Năm học 2024 - 2025, ", "Niên vụ 2024-2025, ", "Vụ Đông Xuân 2024 - 2025, "):
        m = SEASON_LEAD.match(_folded(lead + "toàn tỉnh có 310 ha."))
        assert m is not None and m.group(1) in ("2023", "2024")
    # near miss: the school year inside the sentence, not its lead; a school year named by no year
    assert SEASON_LEAD.match(_folded("Toàn tỉnh trong năm học 2024 - 2025, có 310 trường.")) is None
    assert SEASON_LEAD.match(_folded("Năm học mới, toàn tỉnh có 310 trường.")) is None


_MANAGED = ("Sơ kết 2 năm thực hiện Kế hoạch số 31-KH/HND của Hội Nông dân tỉnh. Năm 2025, các cấp Hội kết nạp 640 hội "
            "viên. {sentence}\n")


def test_what_a_body_is_managing_and_its_parts_are_the_present_state():
    f = extract(_MANAGED.format(sentence="Hiện Hội đang quản lý dư nợ ủy thác của Ngân hàng Chính sách xã hội 812 tỷ "
                                         "đồng, trong đó 95 tỷ đồng cho vay hộ nghèo, với hơn 14.000 hộ vay."))
    assert [o.value for o in f.outcomes] == [640]


def test_near_miss_a_fund_s_total_under_management_among_results_is_one():
    f = extract(_MANAGED.format(sentence="Quỹ Hỗ trợ nông dân tăng 2,1 tỷ đồng; tổng nguồn quỹ đang quản lý 18,4 tỷ "
                                         "đồng."))
    assert 18.4 in [o.value for o in f.outcomes]

def test_a_deadline_after_hoan_thanh_is_no_result_s_cue():
    # a request's deadline ('hoàn thành trước ngày ...') says when the work is due, not that it was done
    assert not OUTCOME.search(_folded("Các chi bộ quán triệt đến 100% đảng viên, hoàn thành trước ngày 31/10/2025."))
    assert not OUTCOME.search(_folded("Các xã lập hồ sơ, hoàn thành chậm nhất ngày 15/10/2025."))
    # near miss: work reported done ('hoàn thành 12 công trình') keeps the cue
    assert OUTCOME.search(_folded("Các xã hoàn thành 12 công trình giao thông."))


def test_a_quota_given_with_its_amounts_states_goals():
    f = prepare("Năm 2025, Kho bạc tỉnh giao Kho bạc khu vực Bắc chỉ tiêu mở 2.300 tài khoản.").folded
    assert GOAL_STATED.search(f) is not None
    # near miss: a task given with no quota named
    f = prepare("UBND tỉnh giao Sở Tài chính bố trí 12 tỷ đồng cho chương trình.").folded
    assert GOAL_STATED.search(f) is None


def test_what_follows_a_goal_of_a_named_plan_is_the_goal_not_the_plans_title():
    text = ("Huyện Tân Phú sơ kết 2 năm thực hiện Kế hoạch số 30/KH-UBND\n\nThứ Ba, 10/6/2025\n\nNgày 9/6, UBND huyện tổ "
            "chức hội nghị sơ kết 2 năm thực hiện Kế hoạch số 30/KH-UBND ngày 2/3/2023 của UBND huyện về phát triển hợp tác "
            "xã.\n\nSau 2 năm, toàn huyện thành lập mới 14 hợp tác xã. Riêng mục tiêu của Kế hoạch về xây dựng 10 chuỗi "
            "liên kết tiêu thụ nông sản mới đạt 6 chuỗi.\n")
    facts = extract(text)
    assert (10, "30/KH-UBND") in {(t.value, t.document) for t in facts.targets}
    assert (6, "30/KH-UBND") in {(o.value, o.document) for o in facts.outcomes}
    # near miss: a plan named with its subject, no goal before it: a figure of its title names the plan
    facts = extract(text.replace("Riêng mục tiêu của Kế hoạch về xây dựng 10 chuỗi liên kết tiêu thụ nông sản mới đạt 6 "
                                 "chuỗi.", "Huyện triển khai Kế hoạch về xây dựng 10 chuỗi liên kết tiêu thụ nông sản."))
    assert 10 not in {x.value for x in [*facts.targets, *facts.outcomes]}


def test_the_sum_a_result_was_done_with_is_spent_not_set_aside():
    head = ("Chiều 4/3/2026, Ban Thường vụ Huyện ủy tổ chức hội nghị sơ kết 6 tháng thực hiện Kế hoạch số 21-KH/HU ngày "
            "2/8/2025 của Huyện ủy. ")
    facts = extract(head + "Sau 6 tháng, 23 hộ được hỗ trợ chuyển đổi giống cây trồng với tổng kinh phí 1,4 tỷ đồng.")
    assert {(o.value, o.document) for o in facts.outcomes} == {(23, "21-KH/HU"), (1.4, "21-KH/HU")}
    # near misses: a sum set aside with no result before it, and the same words in a plan's goal, are no result
    facts = extract(head + "Sau 6 tháng, huyện bố trí kinh phí 1,4 tỷ đồng cho việc chuyển đổi giống cây trồng.")
    assert 1.4 not in {o.value for o in facts.outcomes}
    facts = extract("Kế hoạch số 21-KH/HU ngày 2/8/2025 của Huyện ủy đặt mục tiêu đến năm 2027 hỗ trợ 40 hộ chuyển đổi "
                    "giống cây trồng với tổng kinh phí 2 tỷ đồng.")
    assert 2 not in {o.value for o in facts.outcomes}


def test_a_share_of_the_bare_ke_hoach_von_is_of_the_capital_quota_named_before():
    # point (a): the share goes to the quota the paragraph named; the amount spent stays with the reviewed document
    text = ("Thực hiện Nghị quyết số 04-NQ/ĐU ngày 10/7/2025 của Đảng ủy xã, thu ngân sách đạt 9,8 tỷ đồng. Tổng kế hoạch "
            "vốn đầu tư công năm 2025 huyện giao cho xã là 24 tỷ đồng; đến ngày 30/9, xã đã giải ngân 12 tỷ đồng, đạt 50% "
            "kế hoạch vốn.")
    docs = {o.value: o.document for o in extract(text).outcomes}
    assert docs[12] == "04-NQ/ĐU" and docs[50] is not None and docs[50].startswith("KH:")
    # near miss: with no quota named before it, the share stays with the reviewed document
    text = ("Thực hiện Nghị quyết số 04-NQ/ĐU ngày 10/7/2025 của Đảng ủy xã, đến ngày 30/9, xã đã giải ngân 12 tỷ đồng, "
            "đạt 50% kế hoạch vốn.")
    assert {o.value: o.document for o in extract(text).outcomes} == {12: "04-NQ/ĐU", 50: "04-NQ/ĐU"}


def test_a_share_of_ke_hoach_von_said_of_a_programme_is_the_programme_s():
    # the clause opens on the programme: its own capital plan, not the quota named before in the paragraph
    text = ("Đến ngày 20/11/2025 tỉnh giải ngân được 1.900 tỷ đồng, đạt 64% kế hoạch vốn Thủ tướng Chính phủ giao; "
            "Chương trình mục tiêu quốc gia giảm nghèo bền vững đạt 58% kế hoạch vốn.")
    docs = {o.value: o.document for o in extract(text).outcomes}
    assert docs[64].startswith("KH:") and docs[58] == "CTMTQG:giảm nghèo bền vững"


_HOUSING = ("Ngày 4/4/2025, Hội Liên hiệp Phụ nữ huyện họp bàn về nhà ở cho hộ nghèo.\n\nTheo Kế hoạch số 31-KH/HU ngày "
            "5/9/2024 của Ban Thường vụ Huyện ủy về hỗ trợ nhà ở cho hộ nghèo năm 2025, huyện {} 180 nhà, gồm xây mới 120 "
            "nhà và sửa chữa 60 nhà.\n")


def test_a_sentence_that_opens_on_the_plan_and_reports_nothing_gives_the_plan_s_goals():
    f = extract(_HOUSING.format("hỗ trợ"))
    assert sorted((t.value, t.document, t.period) for t in f.targets) == [
        (60, "31-KH/HU", "2025"), (120, "31-KH/HU", "2025"), (180, "31-KH/HU", "2025")]
    assert not f.outcomes
    # near misses: the same sentence said done ('đã hỗ trợ') reports results; a state the plan describes is no goal
    f = extract(_HOUSING.format("đã hỗ trợ"))
    assert sorted(o.value for o in f.outcomes) == [60, 120, 180] and not f.targets
    f = extract("Theo Chương trình số 12-CTr/UBND, phường hiện có 14 chợ truyền thống và hơn 600 hộ kinh doanh.\n")
    assert not f.targets


_TOURISM = ("Ban Thường vụ Tỉnh ủy vừa ban hành Kết luận số 320-KL/TU ngày 20/3/2024 về tiếp tục thực hiện Nghị quyết số "
            "09-NQ/TU ngày 25/6/2019 của Ban Chấp hành Đảng bộ tỉnh về phát triển du lịch.\n\n{}\n")


def test_a_goal_marker_before_a_semicolon_is_its_own_clause_s_in_a_text_that_issues_a_document():
    f = extract(_TOURISM.format("Qua 5 năm thực hiện Nghị quyết, doanh thu du lịch vượt 12% so với mục tiêu; toàn tỉnh có "
                                "30 khu du lịch (mục tiêu 24 khu)."))
    assert [(t.value, t.document) for t in f.targets] == [(24, "09-NQ/TU")]
    assert sorted(o.value for o in f.outcomes) == [12, 30]
    # near miss: a goal's words before the figure in its own part keep it a goal
    f = extract(_TOURISM.format("Mục tiêu đến năm 2030, toàn tỉnh có 40 khu du lịch (bảo đảm mỗi xã có ít nhất 1 điểm)."))
    assert 40 in {t.value for t in f.targets} and not f.outcomes


def test_only_so_much_so_far_is_a_result():
    # 'mới có N' (only N so far) reports a level reached, as 'mới đạt' does, a goal later in the sentence too
    assert OUTCOME.search(_folded("Diện tích chè hữu cơ mới có 320 ha.")) and OUT_STRONG.search(_folded("Xã mới có 3/12 thôn."))
    review = "Ngày 12/11/2025, Huyện ủy tổng kết Kế hoạch số 45-KH/HU.\n\n"
    got = extract(review + "Diện tích chè hữu cơ của huyện mới có 320 ha.\n")
    assert [(o.value, o.document) for o in got.outcomes] == [(320, "45-KH/HU")] and not got.targets
    got = extract(review + "Đến nay mới có 4/15 xã có chợ đạt chuẩn, trong khi Kế hoạch đặt mục tiêu mỗi xã có 1 chợ đạt chuẩn.\n")
    assert [(o.value, o.of) for o in got.outcomes] == [(4, 15)] and [t.value for t in got.targets] == [1]
    # near misses: the programme's name before 'có', the word 'mỗi' that folds alike, 'mới' with no figure after 'có'
    assert not OUTCOME.search(_folded("Xã nông thôn mới có 12 thôn."))
    assert not OUTCOME.search(_folded("Mỗi xã có 12 thôn."))
    assert not OUTCOME.search(_folded("Sản phẩm mới có chất lượng cao."))
    assert not extract(review + "Xã nông thôn mới có 12 thôn và 4.000 hộ dân.\n").outcomes


def test_a_share_of_the_plan_said_against_it_is_a_result():
    text = "Thực hiện Kế hoạch số 30/KH-UBND, năm 2025 huyện trồng mới 420 ha rừng, bằng 95% so với kế hoạch năm."
    assert sorted(o.value for o in extract(text, date=_dt.date(2026, 1, 10)).outcomes) == [95, 420]
    assert OUTCOME.search(_folded("thu ngân sách bằng 58% so với dự toán"))
    # near miss: a share of something else is no share of the plan
    assert not OUTCOME.search(_folded("diện tích rừng bằng 40% so với diện tích tự nhiên"))


_PLAN_HEAD = "ỦY BAN NHÂN DÂN TỈNH BÌNH AN\nSố: 30/KH-UBND\nKẾ HOẠCH\nPhòng cháy, chữa cháy rừng năm 2026\n\nI. MỤC TIÊU\n"
_REVIEW_HEAD = "Ngày 8/12/2025, UBND huyện Bình An tổ chức sơ kết Kế hoạch số 30/KH-UBND về phát triển kinh tế tập thể. "


def test_a_cap_said_with_a_negated_vuot_is_a_goal():
    # 'không vượt', 'không được vượt quá', 'không để ... vượt quá', 'không quá' set a ceiling: no result's 'vượt'
    for line in ("Diện tích rừng bị cháy không vượt quá 3 ha.", "Tỷ lệ nợ xấu không vượt 3%.",
                 "Không để diện tích rừng bị cháy vượt quá 3 ha.", "Thời gian xử lý hồ sơ không được vượt quá 3 ngày.",
                 "Tỷ lệ tăng dân số tự nhiên không quá 3%."):
        f = extract(_PLAN_HEAD + line + "\n")
        assert [(t.value, t.comparator) for t in f.targets] == [(3, "<=")] and not f.outcomes, line
    assert BOUND.search(_folded("Tỷ lệ nợ xấu không được vượt 2%."))
    assert not OUT_STRONG.search(_folded("Diện tích rừng bị cháy vượt quá 3 ha."))


def test_near_miss_vuot_said_of_a_result_stays_one():
    f = extract(_REVIEW_HEAD + "Năm 2025, huyện thành lập mới 12 hợp tác xã, vượt 2 hợp tác xã so với kế hoạch.\n")
    assert sorted(o.value for o in f.outcomes) == [2, 12] and not f.targets
    assert OUT_STRONG.search(_folded("Thu ngân sách vượt quá dự toán."))


def test_thuc_hien_duoc_is_a_result_beside_a_goal():
    f = extract(_REVIEW_HEAD + "Chỉ tiêu kết nạp đảng viên giai đoạn này là 90 đồng chí, thực hiện được 76 đồng chí.\n")
    assert [t.value for t in f.targets] == [90] and [o.value for o in f.outcomes] == [76]
    # near miss: the goal alone
    f = extract(_REVIEW_HEAD + "Chỉ tiêu kết nạp đảng viên giai đoạn này là 90 đồng chí.\n")
    assert [t.value for t in f.targets] == [90] and not f.outcomes


def test_a_document_or_a_congress_that_xac_dinh_states_goals():
    congress = "Đại hội đại biểu Đảng bộ xã Bình An lần thứ I, nhiệm kỳ 2025 - 2030 diễn ra ngày 20/7/2025. "
    f = extract(congress + "Nghị quyết Đại hội xác định giá trị sản xuất bình quân mỗi năm tăng từ 8% đến 10%.\n")
    assert [t.value for t in f.targets] == [8] and not f.outcomes
    assert GOAL_STATED.search(_folded("Kế hoạch của huyện xác định đến năm 2030 có 60 hợp tác xã."))
    # near miss: what an inspection found is no goal
    assert not GOAL_STATED.search(_folded("Đoàn kiểm tra xác định 12 hộ vi phạm."))


def test_a_part_of_people_named_by_address_is_of_the_people_before_it():
    assert _of("Năm 2025, Hội Phụ nữ xã giới thiệu 40 hội viên ưu tú cho Đảng xem xét, trong đó 28 chị đã được kết nạp.")[28] == 40
    # in other words: members of the youth union, the part called comrades, 'có' after 'trong đó'
    text = "Qua 3 năm, các chi đoàn giới thiệu 150 đoàn viên cho chi bộ bồi dưỡng, trong đó có 96 đồng chí được kết nạp."
    assert _of(text)[96] == 150
    # near miss: folded, 'chị' is 'chỉ' and 'chi': a count of goals or of party cells is no part of the people
    assert _of("Năm 2025, huyện kết nạp 400 hội viên mới, trong đó 3 chi hội được thành lập.").get(3) is None


def test_a_result_said_again_against_its_goal_is_one_result():
    from kg.extract import extract
    f = extract("Thực hiện Kế hoạch số 15-KH/ĐTN, các cơ sở Đoàn giới thiệu 300 đoàn viên ưu tú cho Đảng, trong đó có "
                "210 đồng chí được kết nạp, đạt 210/200 đảng viên theo kế hoạch.")
    assert sorted(o.value for o in f.outcomes) == [210, 300] and [t.value for t in f.targets] == [200]
    # near miss: another figure after 'đạt' is a result of its own
    f = extract("Thực hiện Kế hoạch số 15-KH/ĐTN, năm 2025 kết nạp 210 đảng viên, đạt 70/80 chi bộ có đảng viên mới.")
    assert 70 in [o.value for o in f.outcomes] and 210 in [o.value for o in f.outcomes]
