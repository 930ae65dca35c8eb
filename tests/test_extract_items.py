"""The items of a clause around its figures (kg.extract.items). Texts are our own."""
from __future__ import annotations

from kg.extract.items import MAX_QUOTE, ClauseItems, quote_of_figure
from kg.extract.text import Segment, prepare


def _items(text: str) -> tuple[ClauseItems, str]:
    p = prepare(text)
    return ClauseItems(p.text, p.folded, Segment(0, len(p.text))), p.text


def test_bounds_stop_at_commas_and_at_va_before_a_number():
    ci, t = _items("vượt 2 chỉ tiêu, đạt 4 chỉ tiêu và 3 chỉ tiêu chưa đạt")
    a, b = ci.bounds(t.index("4"), t.index("4") + 10)
    assert t[a:b].strip() == "đạt 4 chỉ tiêu"
    # (the figure right after 'và' keeps 'và' in its item: see the last test)
    a, b = ci.bounds(t.index("3"), t.index("3") + 10)
    assert t[a:b].strip() == "đạt 4 chỉ tiêu và 3 chỉ tiêu chưa đạt"


def test_near_miss_va_before_a_word_is_no_cut():
    ci, t = _items("đạt 4 chỉ tiêu và vượt kế hoạch")
    assert ci.bounds(t.index("4"), t.index("4") + 10) == (0, len(t))


def test_text_runs_from_the_item_opening_to_the_end_of_the_figure_s_phrase():
    ci, t = _items("Chỉ tiêu: (1) thu ngân sách 320 tỷ đồng; (2) tạo việc làm cho 900 lao động (vượt kế hoạch)")
    assert ci.text(t.index("320"), t.index("320") + 11) == "(1) thu ngân sách 320 tỷ đồng"
    assert ci.text(t.index("900"), t.index("900") + 12) == "(2) tạo việc làm cho 900 lao động"


def test_a_figure_standing_where_va_reads_its_digit_sees_no_cut_before_it():
    # 'và' counts as a cut only when the digit after it lies before the figure asked about
    ci, t = _items("12 xã và 3 thị trấn")
    assert ci.bounds(t.index("3"), t.index("3") + 1)[0] == 0
    assert ci.bounds(t.index("3") + 2, len(t))[0] == t.index("và") + 2


def test_near_miss_va_glued_to_the_word_before_is_no_cut():
    # ('và' is a cut only as a word of its own: here its letters end the name before it)
    ci, t = _items("12 xã Gò Vava 3 thị trấn")
    assert ci.bounds(t.index("3") + 2, len(t))[0] == 0
    ci, t = _items("12 xã Gò Va và 3 thị trấn")
    assert ci.bounds(t.index("3") + 2, len(t))[0] == t.index("và") + 2



def test_a_long_clause_is_quoted_from_its_end_so_the_quote_holds_its_figure():
    work = ", ".join(f"giúp {w} sửa nhà, hỗ trợ vốn, tặng quà, trao học bổng" for w in
                     ("hộ nghèo", "hộ cận nghèo", "người cao tuổi", "trẻ mồ côi", "gia đình chính sách"))
    ci, t = _items(f"Hội Chữ thập đỏ huyện đã vận động các nhà hảo tâm {work}, tổng số tiền 2,4 tỷ đồng")
    at = t.index("2,4")
    quote = ci.text(at, at + 11)
    assert len(quote) <= MAX_QUOTE and quote.endswith("2,4 tỷ đồng") and quote.split()[0] in t.split()
    # near miss: a short clause is quoted whole, from its first word
    assert quote_of_figure("Hội đã vận động được 2,4 tỷ đồng") == "Hội đã vận động được 2,4 tỷ đồng"


def _opens_as_scanned(f: str, c: Segment) -> list[int]:
    """Where an item opens, by one scan of the clause with the text's start as a branch of the pattern (what the reader
    did before it gave the start itself)."""
    import re
    opens = re.compile(r"\(\d{1,2}\)|[;:]|^").finditer(f, c.start, c.end)
    return [m.start() if m.group(0).startswith("(") else m.end() for m in opens]


def test_the_text_s_first_character_opens_an_item_as_a_scan_with_a_start_anchor_gives():
    for text in ("(1) thu ngân sách 320 tỷ đồng; (2) 900 lao động", "; 12 xã", "Chỉ tiêu: 3 xã", "(a) 3 xã", ""):
        p = prepare(text)
        for c in (Segment(0, len(p.folded)), Segment(0, 0), Segment(min(1, len(p.folded)), len(p.folded))):
            ci = ClauseItems(p.text, p.folded, c)
            assert ci._open_at == _opens_as_scanned(p.folded, c), (text, c)
    # the start opens an item whether or not a mark stands there, and a clause that starts later has no such item
    p = prepare("(1) 320 tỷ đồng")
    assert ClauseItems(p.text, p.folded, Segment(0, len(p.text)))._open_at == [0]
    assert ClauseItems(p.text, p.folded, Segment(1, len(p.text)))._open_at == []


def _text_of(sentence: str, figure: str) -> str:
    ci, t = _items(sentence)
    return ci.text(t.index(figure), t.index(figure) + len(figure))


def test_the_words_that_open_a_sentence_before_its_figure_are_left_out_of_the_text():
    assert _text_of("Báo cáo tại hội nghị cho biết, sau 6 tháng, toàn tỉnh đã giảm 58 phòng chuyên môn", "58") \
        == "toàn tỉnh đã giảm 58 phòng chuyên môn"
    assert _text_of("Thực hiện Chương trình số 12/CTr-UBND, tỷ lệ trường đạt chuẩn của huyện tăng 6,5%", "6,5%") \
        == "tỷ lệ trường đạt chuẩn của huyện tăng 6,5%"
    assert _text_of("Theo đánh giá của Ủy ban Kiểm tra Huyện ủy, các chi bộ đã giám sát 214 đảng viên", "214") \
        == "các chi bộ đã giám sát 214 đảng viên"


def test_near_miss_a_goal_s_year_a_heading_or_a_lead_holding_the_figure_stays():
    assert _text_of("Đến năm 2030, 100% xã đạt chuẩn nông thôn mới", "100%") == "Đến năm 2030, 100% xã đạt chuẩn nông thôn mới"
    assert _text_of("Về thu ngân sách, ước đạt 1.200 tỷ đồng", "1.200") == "Về thu ngân sách, ước đạt 1.200 tỷ đồng"
    # (the lead must end before the figure: 'Theo kế hoạch 500 tỷ đồng' names the figure itself)
    assert _text_of("Theo kế hoạch 500 tỷ đồng, đã giải ngân", "500").startswith("Theo kế hoạch 500 tỷ đồng")


def test_a_merged_place_s_old_or_new_mark_does_not_end_the_phrase():
    ci, t = _items("100% thủ tục hành chính của huyện Tân Lạc (cũ) được thực hiện trực tuyến")
    assert ci.text(0, 4) == t
    ci, t = _items("95% hộ dân của xã Yên Lạc (sau sáp nhập) có nước sạch; 80% hộ có nhà vệ sinh")
    assert ci.text(0, 3) == "95% hộ dân của xã Yên Lạc (sau sáp nhập) có nước sạch"


def test_near_miss_any_other_bracket_still_ends_it():
    ci, t = _items("tạo việc làm cho 900 lao động (vượt kế hoạch) trong năm")
    assert ci.text(t.index("900"), t.index("900") + 12) == "tạo việc làm cho 900 lao động"
    ci, t = _items("100% xã của huyện (cũ 12 xã) được công nhận")
    assert ci.text(0, 4) == "100% xã của huyện"
