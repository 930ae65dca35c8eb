"""kg.extract.modality: the cues of goal and result that a sentence's place in the text gives. Texts are our own."""
from __future__ import annotations

import datetime as dt

from extract_helpers import figure_values
from kg.extract import extract
from kg.extract.modality import new_masked, note_on_item_line, past_marked, rate_bound, report_title, results_sections
from kg.extract.text import fold_same_length, prepare

REVIEW = ("Ngày 20/12/2024, Huyện ủy tổ chức hội nghị tổng kết công tác năm 2024.\n\n"
          "1. Kết quả thực hiện Chỉ thị số 12-CT/HU về giao thông nông thôn\n"
          "Nhân dân hiến 8.000 m2 đất làm đường.\n\n"
          "2. Nhiệm vụ năm 2025\nNhân dân hiến 5.000 m2 đất làm đường.\n")


def test_a_results_heading_may_name_its_document_by_symbol():
    p = prepare(REVIEW)
    [(a, b)] = results_sections(p.folded)
    assert p.text[a:b].strip() == "Nhân dân hiến 8.000 m2 đất làm đường."
    # the figure under it is a result of that document; the one under the next heading is none
    assert [(o.value, o.document) for o in extract(REVIEW).outcomes] == [(8000, "12-CT/HU")]


def test_near_miss_a_numbered_sentence_on_results_is_no_heading():
    p = prepare("Ngày 20/12/2024, Huyện ủy họp.\n\n1. Kết quả thực hiện đạt 95% kế hoạch.\nNhân dân hiến 8.000 m2 đất.\n")
    assert results_sections(p.folded) == []


def test_a_paragraph_opening_on_the_term_just_past_looks_back():
    text = ("Sáng 12/6/2025, Đảng bộ xã tổ chức đại hội.\n\nNhiệm kỳ qua, Đảng bộ xã lãnh đạo phát triển kinh tế. "
            "Tỷ lệ hộ nghèo còn 1,2%.\n")
    assert [o.value for o in extract(text).outcomes] == [1.2]
    # near miss: the term ahead opens no look back; without a result verb the figure is neither
    ahead = "Sáng 12/6/2025, Đảng bộ xã tổ chức đại hội.\n\nNhiệm kỳ tới, Đảng bộ xã tập trung phát triển kinh tế. " \
            "Tỷ lệ hộ nghèo còn 1,2%.\n"
    assert extract(ahead).outcomes == []


def test_look_alike_words_are_masked_at_their_second_letter_only():
    p = prepare("Tối đa 5 ha đất, tầng 2; Giám đốc đã đạt; rừng mới, mỗi năm; Đấtx")
    masked = past_marked(p.text, p.folded)
    assert len(masked) == len(p.folded)
    assert masked == "toi d_ 5 ha d_t, t_ng 2; g_am doc da dat; rung moi, moi nam; datx"     # 'đã', 'đạt' stay
    assert new_masked(p.text, p.folded) == p.folded.replace("rung moi", "rung m_i")
    assert past_marked("Tỉnh đã đạt", "tinh da dat") == "tinh da dat"      # nothing to mask: the text as given


def test_what_an_order_ensures_is_a_goal():
    head = "ỦY BAN NHÂN DÂN TỈNH BÌNH AN\nSố: 12/CT-UBND\nCHỈ THỊ\nVề công tác phòng, chống dịch bệnh\n\n"
    f = extract(head + "1. Giao Sở Nông nghiệp chủ trì, bảo đảm tỷ lệ tiêm phòng vắc xin đạt trên 85% tổng đàn.\n"
                "2. UBND các xã bảo đảm 100% hộ nuôi được hướng dẫn trước ngày 30/10/2026.\n")
    assert sorted(t.value for t in f.targets) == [85, 100] and not f.outcomes
    # near miss: what a review says was ensured ('được bảo đảm') is no goal
    f = extract("BÁO CÁO\nKết quả nhiệm kỳ 2020 - 2025 của Đảng bộ xã Bình An\n\n"
                "An sinh xã hội được bảo đảm, tỷ lệ hộ nghèo giảm bình quân hằng năm 2,1%.\n")
    assert not f.targets


def test_a_goal_for_an_election_has_no_period_from_the_term_it_fills():
    # point (s) of our conventions: the term of the bodies elected is not the goal's period
    f = extract("Thực hiện Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị về lãnh đạo cuộc bầu cử đại biểu Quốc "
                "hội và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031, Tỉnh ủy đề ra mục tiêu tỷ lệ cử tri đi bầu đạt trên 98%.\n")
    assert [(t.value, t.period) for t in f.targets] == [(98, None)]


def test_a_goal_for_a_term_keeps_the_term_as_its_period():
    # near miss: no election; the term is the span the goal is set for
    f = extract("Nghị quyết số 09-NQ/TU ngày 5/1/2021 của Tỉnh ủy đề ra mục tiêu trong nhiệm kỳ 2020 - 2025 kết nạp "
                "5.000 đảng viên mới.\n")
    assert [(t.value, t.period) for t in f.targets] == [(5000, "term")]


def test_report_title_read_once_a_text_and_again_for_another():
    """The title is kept for the text last asked about (the scope and the classifier both ask); another text, even
    one equal to it, is read afresh."""
    report = "BÁO CÁO\nKết quả thực hiện Kế hoạch số 12/KH-UBND năm 2024\n\nNăm 2024, toàn tỉnh đạt 95%."
    news = "Tỉnh ủy ban hành Kế hoạch số 12-KH/TU.\n\nCác sở triển khai thực hiện kế hoạch."
    f_report, f_news = fold_same_length(report), fold_same_length(news)
    assert report_title(f_report) == (8, 59)
    assert report_title(f_report) == (8, 59)
    assert report_title(f_news) is None
    assert report_title(fold_same_length(report)) == (8, 59)
    assert report_title(f_news) is None


def test_a_rates_bound_after_a_verb_of_results():
    f = prepare("Thu ngân sách hằng năm vượt từ 7% trở lên so với dự toán.").folded
    assert rate_bound(f, 0, len(f)) and rate_bound(f, f.index("vuot"), len(f), at=True)
    # near misses: a rate reached, a bound of stars that a result can hold, and a bound that begins elsewhere
    for text in ("Tỷ lệ hồ sơ nộp trực tuyến đạt 85%.", "Tỉnh có 240 sản phẩm đạt từ 3 sao trở lên."):
        f = prepare(text).folded
        assert not rate_bound(f, 0, len(f))
    f = prepare("Thu ngân sách hằng năm vượt từ 7% trở lên so với dự toán.").folded
    assert not rate_bound(f, 0, len(f), at=True)


def test_goal_cues_are_the_pattern_scan_of_the_sentence():
    from kg.extract.modality import TARGET_CUE, goal_cues
    from kg.extract.text import Segment, fold_same_length
    f = fold_same_length("Phấn đấu đến năm 2030 đạt mục tiêu. Hằng năm bảo đảm 100%. Kết quả đạt 90%.")
    for s in (Segment(0, 35), Segment(36, 58), Segment(59, len(f)), Segment(0, len(f))):
        want = [m.span() for m in TARGET_CUE.finditer(f, s.start, s.end)]
        assert [m.span() for m in goal_cues(f, s)] == want
        assert [m.span() for m in goal_cues(f, s)] == want       # asked again: the same
    assert goal_cues(f, Segment(0, 35)) and not goal_cues(f, Segment(59, len(f)))
    g = fold_same_length("Mục tiêu năm 2030.")                  # another text of the same spans: its own cues
    assert [m.group(0) for m in goal_cues(g, Segment(0, len(g)))] == ["muc tieu"]


def _goal_periods(text: str) -> list[tuple[float, str | None]]:
    return [(g.value, g.period) for g in extract(text).targets]


def test_each_goal_takes_the_year_of_its_own_clause():
    # the clause with no year goes on with the year that opened the clause before it, not the sentence's first
    text = ("Kế hoạch số 8-KH/UBND đặt mục tiêu đến năm 2027, 95% trường học có nhân viên y tế; đến năm 2030, 90% hộ gia "
            "đình được tư vấn dinh dưỡng; tỷ lệ bao phủ bảo hiểm y tế đạt 98%.")
    assert sorted(_goal_periods(text)) == [(90, "2030"), (95, "2027"), (98, "2030")]


def test_how_often_inside_a_goal_is_no_period_of_the_goal_after_it():
    # 'mỗi năm' right after the first goal says how often; the second goal after 'và' keeps its clause's year
    text = ("Chương trình số 6-CTr/TU đặt mục tiêu đến năm 2030, 85% người cao tuổi được khám sức khỏe ít nhất hai lần mỗi "
            "năm và 70% xã có câu lạc bộ dưỡng sinh.")
    assert dict(_goal_periods(text))[70] == "2030"


def test_near_miss_a_year_after_a_figure_is_that_figures():
    # near miss: a year written after a figure, without a separator, is said of it; the next figure takes its own
    text = "Kế hoạch số 4-KH/UBND phấn đấu tỷ lệ hộ dùng nước sạch đạt 60% vào năm 2026 và 80% vào năm 2028."
    assert sorted(_goal_periods(text)) == [(60, "2026"), (80, "2028")]


def test_near_miss_a_year_after_a_figure_does_not_open_the_next_clause():
    # near miss: '... trong năm 2026' closes its goal; the clause after it goes on with the lead-in's year
    text = ("Kế hoạch số 5-KH/UBND đặt mục tiêu đến năm 2030, 100% xã có kế hoạch hành động trong năm 2026; 75% người dân "
            "có hồ sơ sức khỏe điện tử.")
    assert dict(_goal_periods(text))[75] == "2030"


def test_near_miss_the_year_between_a_result_and_its_goal_is_the_goals():
    # near miss: 'đến năm 2025' after a result's share and before the goal it names ('là ...', no separator) is the goal's
    text = ("Báo cáo số 3-BC/ĐU: so với mục tiêu Nghị quyết, tỷ lệ hộ có nước sạch đã đạt 92% mục tiêu đến năm 2025 là "
            "80% số hộ.")
    assert dict(_goal_periods(text)).get(80) == "2025"


def test_near_miss_a_deadline_closing_a_clause_or_a_base_year_is_no_lead():
    # near miss: 'trước năm 2028' closes its own goal and 'giá so sánh năm 2010' is a base year; neither carries on
    text = ("Nhiệm kỳ 2025 - 2030, Đại hội phấn đấu: xã đạt chuẩn nông thôn mới nâng cao trước năm 2028; giá trị sản xuất "
            "(giá so sánh năm 2010) tăng bình quân 8%/năm; 95% chi bộ hoàn thành tốt nhiệm vụ.")
    assert dict(_goal_periods(text)).get(95) != "2028"


def test_the_base_year_of_prices_is_no_period_of_a_goal():
    # 'giai đoạn 2021-2025 ... (theo giá so sánh năm 2010)': the prices' base year is not the year the goal is set for
    text = ("Kế hoạch số 14-KH/TU ngày 2/4/2021 của Ban Thường vụ Tỉnh ủy.\n\nPhấn đấu tốc độ tăng trưởng giá trị sản "
            "xuất nông nghiệp giai đoạn 2021-2025 đạt 4,5% (theo giá so sánh năm 2010); tổng vốn đầu tư đạt 900 tỷ đồng "
            "(giá cố định năm 2010).")
    assert dict(_goal_periods(text)).get(4.5) != "2010" and dict(_goal_periods(text)).get(900) != "2010"
    # the year the goal is set for, written before the prices' base year, is its period (it took 2010)
    text = ("Kế hoạch số 14-KH/TU ngày 2/4/2021 của Ban Thường vụ Tỉnh ủy.\n\nĐến năm 2025, tổng vốn đầu tư toàn xã hội "
            "giai đoạn 2021 - 2025 (giá so sánh năm 2010) đạt 50.000 tỷ đồng.")
    assert _goal_periods(text) == [(50000, "2025")]


def test_near_miss_a_goal_set_for_2010_keeps_its_year():
    # near miss: in a text about 2010, 'đến năm 2010' and 'năm 2010' are the goal's year, prices or none
    text = ("Kế hoạch số 21-KH/TU ngày 5/1/2008 của Ban Thường vụ Tỉnh ủy.\n\nPhấn đấu đến năm 2010, tỷ lệ hộ nghèo "
            "giảm còn 10%; năm 2010 có 60% xã đạt chuẩn văn hóa (giá so sánh năm 1994 không đổi).")
    assert dict(_goal_periods(text)) == {10: "2010", 60: "2010"}


def test_a_school_or_crop_year_gives_its_goals_the_year_it_ends():
    text = ("Ngày 3/9/2025, Phòng Giáo dục và Đào tạo huyện Mai Sơn ban hành Kế hoạch số 45/KH-PGDĐT về nhiệm vụ năm học"
            " 2025 - 2026.\n\nNăm học 2025 - 2026, ngành giáo dục huyện phấn đấu có thêm 3 trường đạt chuẩn quốc gia."
            "\n\nNiên vụ 2025-2026, huyện phấn đấu tái canh 500 ha cà phê; vụ Đông Xuân 2025 - 2026 gieo cấy 900 ha lúa.")
    assert sorted(_goal_periods(text)) == [(3, "2026"), (500, "2026"), (900, "2026")]


def test_near_miss_a_task_named_with_two_years_or_a_school_year_compared_with_is_no_span():
    # 'nhiệm vụ năm 2025 - 2026' is no season; the school year compared with is not the goal's
    text = ("Ngày 3/9/2025, UBND huyện Mai Sơn ban hành Kế hoạch số 46/KH-UBND về nhiệm vụ năm 2025 - 2026.\n\n"
            "Phấn đấu tỷ lệ học sinh lên lớp đạt trên 98%, tăng so với năm học 2024 - 2025.")
    assert _goal_periods(text) == [(98, None)]


def test_each_achieved_and_planned_pair_takes_the_year_written_before_it():
    # 'năm 2023 giải ngân A/B; năm 2024 giải ngân C/D': D is 2024's plan, not the sentence's first year's
    text = ("UBND huyện Tân Phú có Báo cáo số 88/BC-UBND về kết quả thực hiện Chương trình mục tiêu quốc gia giảm nghèo "
            "bền vững.\n\nQua các năm, năm 2022 giải ngân 45/60 tỷ đồng; năm 2023 giải ngân 52/70 tỷ đồng.")
    assert sorted(_goal_periods(text)) == [(60, "2022"), (70, "2023")]


_VETERANS_PLAN = ("Số: 05-KH/HND  Lai Châu, ngày 10 tháng 01 năm 2026\n\nKẾ HOẠCH\nCông tác Hội Nông dân năm 2026\n\n"
                  "II. CÁC CHỈ TIÊU CHỦ YẾU\n1. Kết nạp từ 500 hội viên mới trở lên.{}\n"
                  "2. Có trên 80% chi hội đạt loại khá, vững mạnh.\n3. Giúp 60 hộ hội viên thoát nghèo.\n")


def test_a_note_in_brackets_ending_an_item_s_line_keeps_the_list_of_goals_open():
    f = extract(_VETERANS_PLAN.format(" (Chủ trì: Ban Tổ chức; phối hợp: Hội Nông dân các xã)"))
    assert sorted(t.value for t in f.targets) == [60, 80, 500] and not f.outcomes
    p = prepare("1. Kết nạp từ 500 hội viên mới trở lên. (Chủ trì: Ban Tổ chức)\n(Kết quả năm 2025: 450 hội viên)")
    notes = [s for s in p.sentences if note_on_item_line(p.text, s)]
    assert [p.text[s.start:s.end].strip() for s in notes] == ["(Chủ trì: Ban Tổ chức)"]


_PLAN = ("Ngày 10/3/2025, Ban Thường vụ Huyện ủy ban hành Kế hoạch số 45-KH/HU về phát triển kinh tế tập thể.\n\n")


def _values(body: str) -> tuple[list, list]:
    return figure_values(_PLAN + body + "\n")


def test_a_goals_lead_in_may_close_on_gom_or_nhu_sau_before_its_colon():
    # the verbs of results in the list ('thành lập mới') state what the goals are
    assert _values("Kế hoạch xác định 3 chỉ tiêu chủ yếu, gồm: thành lập mới 25 hợp tác xã; kết nạp 300 thành "
                   "viên; doanh thu bình quân đạt 5 tỷ đồng/hợp tác xã.") == ([5, 25, 300], [])
    assert _values("Kế hoạch đưa ra các chỉ tiêu như sau: thành lập mới 25 hợp tác xã, kết nạp 300 thành viên.") \
        == ([25, 300], [])


def test_near_miss_a_lead_in_to_results_or_to_goals_met_closing_on_gom_lists_results():
    assert _values("Kết quả thực hiện các chỉ tiêu chủ yếu, gồm: thành lập mới 26 hợp tác xã; kết nạp 320 thành "
                   "viên.") == ([], [26, 320])
    assert _values("Sau 5 năm, trong 4 chỉ tiêu có 3 chỉ tiêu đạt, gồm: thành lập mới 26 hợp tác xã.")[0] == []


def test_what_a_document_or_an_official_demands_is_a_goal():
    assert _values("Kế hoạch yêu cầu mỗi xã thành lập 2 hợp tác xã.") == ([2], [])
    assert _values("Kết luận hội nghị, đồng chí Bí thư Huyện ủy yêu cầu các chi bộ quán triệt Kế hoạch đến 100% "
                   "đảng viên.") == ([100], [])


def test_near_miss_a_requirement_met_is_no_demand():
    # 'đáp ứng yêu cầu', 'đạt yêu cầu': the noun, after a result
    review = "Ngày 12/11/2025, Huyện ủy tổng kết Kế hoạch số 45-KH/HU.\n\n"
    assert extract(review + "Sau 5 năm, huyện đã thành lập mới 26 hợp tác xã, đáp ứng yêu cầu của Kế hoạch.\n"
                   ).targets == []
    got = extract(review + "Sau 5 năm, huyện thành lập mới 26 hợp tác xã, đạt yêu cầu đề ra.\n")
    assert got.targets == [] and [o.value for o in got.outcomes] == [26]


def test_what_will_be_done_is_a_goal_not_a_result():
    assert _values("Theo đó, huyện sẽ thành lập mới 12 hợp tác xã.") == ([12], [])
    assert _values("Theo Kế hoạch, các xã sẽ kết nạp thêm 300 thành viên.") == ([300], [])
    assert _values("Từ nay đến cuối năm, huyện tập trung kết nạp 150 thành viên.") == ([150], [])


def test_near_miss_the_time_past_and_sharing_report_results():
    review = "Ngày 12/11/2025, Huyện ủy tổng kết Kế hoạch số 45-KH/HU.\n\n"
    got = extract(review + "Thời gian qua, huyện thành lập mới 12 hợp tác xã.\n")
    assert got.targets == [] and [o.value for o in got.outcomes] == [12]
    # 'chia sẻ' folds like 'sẽ'
    got = extract(review + "Sau 5 năm, các hợp tác xã đã chia sẻ kinh nghiệm với 120 hộ.\n")
    assert got.targets == [] and [o.value for o in got.outcomes] == [120]


def test_the_lookalikes_are_masked_where_a_scan_of_the_text_as_written_masks_them():
    # (past_marked reads the text as written only where the folded text holds one of the words: the same masks as a
    # scan of every 't', 'g' and 'đ' of the text as written, on random texts of the words, their near spellings, capitals
    # and what may stand beside them)
    import random

    from kg.extract.modality import _LOOKALIKE

    def every_letter(t: str, f: str) -> str:
        out = list(f)
        for m in _LOOKALIKE.finditer(t):
            a, b = m.start(), m.end()
            if not ((a > 0 and t[a - 1].isalpha()) or (b < len(t) and t[b].isalpha())):
                out[a + 1] = "_"
        return "".join(out)

    rng = random.Random(41)
    pieces = ["đà", "Đá", "đã", "đạ", "đất", "ĐẤT", "đạt", "đát", "giám", "GIÁM", "giảm", "gặp", "gấp", "tầng", "Tầng",
              "tăng", "x", " ", "-", "1", "\n", "ở", "ß", "İ"]
    for _ in range(3000):
        t = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        f = fold_same_length(t)
        assert past_marked(t, f) == every_letter(t, f), t


_PLAN_NEWS = ("Thứ Ba, 10/02/2026\nĐảng ủy xã Yên Lạc ban hành Kế hoạch số 31-KH/ĐU về chuyển đổi số giai đoạn 2026 - 2030, "
              "phấn đấu đến năm 2030 có 90% hồ sơ được xử lý trực tuyến.\n\n{}\n")


def test_a_year_passed_in_a_paragraph_looking_back_makes_no_goal():
    # a paragraph opening on the span of carrying out an earlier plan: its later clause, with no verb of its own, goes
    # on reporting what was reached by a year already past
    f = extract(_PLAN_NEWS.format("Sau 6 tháng thực hiện Kế hoạch số 46-KH/HU của Huyện ủy, đến hết năm 2025 xã đã "
                                  "hoàn thành 7/10 chỉ tiêu; tỷ lệ hộ dùng ví điện tử đạt 61,5%."))
    assert sorted(o.value for o in f.outcomes) == [7, 61.5] and [t.value for t in f.targets] == [90]
    # near miss: the year still ahead in the same paragraph sets a goal
    f = extract(_PLAN_NEWS.format("Sau 6 tháng thực hiện Kế hoạch số 46-KH/HU của Huyện ủy, xã đã hoàn thành 7/10 chỉ "
                                  "tiêu; đến hết năm 2027 tỷ lệ hộ dùng ví điện tử đạt 75%."))
    assert [o.value for o in f.outcomes] == [7] and sorted(t.value for t in f.targets) == [75, 90]


_CONCLUSION = ("Ngày 18/11/2025, Ủy ban Kiểm tra Huyện ủy giám sát Đảng ủy xã Phú Lộc về việc thực hiện Kế hoạch số "
               "08-KH/ĐU của Đảng ủy xã về chuyển đổi số và kết luận như sau:\n\n{}\n"
               "2. Hạn chế, khuyết điểm\n- Một số thôn chưa có tổ công nghệ số.\n\n"
               "3. Kiến nghị\nĐảng ủy xã tiếp tục chỉ đạo thực hiện Kế hoạch.\n")


def test_a_conclusion_s_strengths_report_results():
    body = ("1. Ưu điểm\nĐảng ủy xã đã kịp thời ban hành văn bản chỉ đạo; 14/14 chi bộ tổ chức học tập chuyên đề đúng "
            "kế hoạch, bảo đảm chất lượng.")
    f = extract(_CONCLUSION.format(body))
    assert [(o.value, o.of) for o in f.outcomes] == [(14, 14)] and not f.targets
    # near miss: the same words under no heading of strengths, 'bảo đảm' after the count, state what is to be ensured
    f = extract(_CONCLUSION.format(body.replace("1. Ưu điểm", "1. Yêu cầu").replace("đã kịp thời ban hành văn bản chỉ "
                                                                                      "đạo", "kịp thời chỉ đạo")))
    assert not f.outcomes


def test_goals_after_a_colon_may_name_their_term_before_it():
    congress = "Đại hội đại biểu Đảng bộ xã Bình An lần thứ I, nhiệm kỳ 2025 - 2030 diễn ra ngày 20/7/2025. "
    for lead in ("Đại hội xác định các chỉ tiêu nhiệm kỳ 2025 - 2030:", "Đại hội thông qua các chỉ tiêu chủ yếu nhiệm kỳ 2025-2030:"):
        f = extract(congress + lead + " kết nạp từ 60 đảng viên trở lên; 100% chi bộ hoàn thành tốt nhiệm vụ.\n")
        assert sorted(t.value for t in f.targets) == [60, 100] and not f.outcomes, lead
    # near miss: a report on the goals is no list of them
    f = extract("Ngày 5/12/2025, Đảng ủy xã Bình An sơ kết Nghị quyết số 02-NQ/ĐU. Kết quả thực hiện các chỉ tiêu nhiệm kỳ "
                "2025 - 2030: kết nạp 31 đảng viên; 90% chi bộ hoàn thành tốt nhiệm vụ.\n")
    assert not f.targets


def test_the_end_of_a_term_ahead_is_a_goals_horizon():
    f = extract("Ngày 12/3/2026, Huyện ủy Bình An ban hành Kế hoạch số 45-KH/HU về xây dựng nông thôn mới. Đến hết "
                "nhiệm kỳ 2025 - 2030, 100% xã đạt chuẩn nông thôn mới nâng cao.\n")
    assert [t.value for t in f.targets] == [100] and not f.outcomes


def test_a_lead_in_on_how_far_the_goals_got_heads_results():
    text = ("Báo cáo số 122/BC-UBND tình hình năm 2025.\nTình hình thực hiện các chỉ tiêu chủ yếu năm 2025:\n"
            "1. Thu nhập bình quân đầu người 68 triệu đồng.\n2. Tỷ lệ lao động qua đào tạo 70,5%.")
    f = extract(text, date=dt.date(2025, 12, 20))
    assert (sorted(t.value for t in f.targets), sorted(o.value for o in f.outcomes)) == ([], [68, 70.5])
    # an estimate of the year said the same way
    est = text.replace("Tình hình thực hiện các chỉ tiêu", "Ước thực hiện các chỉ tiêu")
    assert sorted(o.value for o in extract(est, date=dt.date(2025, 12, 20)).outcomes) == [68, 70.5]
    # near miss: a list of the goals for the year ahead stays goals
    plan = text.replace("Tình hình thực hiện các chỉ tiêu chủ yếu năm 2025", "Các chỉ tiêu chủ yếu năm 2026")
    assert sorted(t.value for t in extract(plan, date=dt.date(2025, 12, 20)).targets) == [68, 70.5]


def test_a_goal_a_body_registers_is_a_goal():
    day = dt.date(2026, 3, 10)
    text = "Năm 2026, Hội Liên hiệp Phụ nữ tỉnh đăng ký chỉ tiêu hỗ trợ 500 phụ nữ khởi nghiệp."
    assert [t.value for t in extract(text, date=day).targets] == [500]
    other = "Đoàn Thanh niên huyện đăng ký chỉ tiêu thành lập 10 câu lạc bộ khởi nghiệp."
    assert [t.value for t in extract(other, date=day).targets] == [10]
    # near miss: the registered goal passed, with what was done
    done = "Năm 2025, Hội đã vượt chỉ tiêu đăng ký, hỗ trợ 620 phụ nữ khởi nghiệp."
    f = extract(done, date=dt.date(2025, 12, 20))
    assert (f.targets, [o.value for o in f.outcomes]) == ([], [620])
