import re

import pytest

from kg.extract import extract
from kg.extract.text import (MAX_SENTENCE, SENTENCE_END, Segment, fold_by_table, fold_same_length, folded_pattern, joined_wraps,
                             line_matches, paragraphs, prepare, run_on_breaks, sentence_ends, sentences, unwrapped)

LINES = "Thứ Hai, 15/04/2024\n\n  12/3/2023 tin\nx 1/1/2020\n3/3/2021 cuối"
DATE_AT_LINE_START = re.compile(r"^[ \t]*(\d{1,2})/(\d{1,2})/(\d{4})", re.M)


def spans(ms) -> list:
    return [(m.span(), m.groups()) for m in ms]


@pytest.mark.parametrize("start,end", [(0, None), (0, 40), (5, None), (20, None), (21, 40), (len(LINES), None)])
def test_line_matches_gives_what_finditer_gives(start, end):
    text = prepare(LINES).folded
    expected = spans(DATE_AT_LINE_START.finditer(text, start, len(text) if end is None else end))
    assert spans(line_matches(DATE_AT_LINE_START, text, start, end)) == expected
    assert expected or start >= 20        # the cases look at real matches, not only at none


@pytest.mark.parametrize("pattern", [
    DATE_AT_LINE_START,
    re.compile(r"^\s*(?:ii?|\d)[.)][ \t]*[^\n]{0,12}$", re.M),         # a space that runs over lines, an end of line
    re.compile(r"^(?<=\n)[a-z]+\n?", re.M),                            # a look behind the line start
    re.compile(r"^ \d + / \d+  # a verbose pattern", re.M | re.X),
])
def test_line_matches_gives_what_finditer_gives_from_every_start_to_every_end(pattern):
    text = "1/1/2024\n\nii. muc tieu\n  3. ket qua\nabc\n\n12/5 tin\n4)\nx 2/3/2020\n5/6/2021"
    found = 0
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 2):
            expected = spans(pattern.finditer(text, start, end))
            assert spans(line_matches(pattern, text, start, end)) == expected, (start, end)
            found += len(expected)
    assert found > 100


def test_line_matches_needs_a_line_anchored_pattern():
    with pytest.raises(ValueError, match="opening on"):
        list(line_matches(re.compile(r"\d+"), "12"))
    with pytest.raises(ValueError, match="re.M"):
        list(line_matches(re.compile(r"^\d+"), "12"))


def test_sentences_end_after_stops_quotes_dots_and_lines():
    # (a closing quote after the stop goes with the boundary, as it always has)
    text = 'Tỉnh đạt 95%. "Kết quả tốt." Huyện có 3 xã... Xã A\nDòng mới! 2025 là năm.'
    got = [text[s.start:s.end] for s in sentences(text)]
    assert got == ["Tỉnh đạt 95%.", '"Kết quả tốt.', "Huyện có 3 xã", "Xã A", "Dòng mới!", "2025 là năm."]


def test_folding_keeps_length_and_folds_vietnamese_letters():
    every = "".join(chr(cp) for cp in range(0x20, 0x3100)) + "\U0001F600"
    folded = fold_same_length(every)
    assert len(folded) == len(every)
    assert fold_same_length("Đồng Nai, ĐẢNG BỘ\u3000Ủy ban") == "dong nai, dang bo uy ban"
    assert fold_same_length("\u4e00\U0001F600") == "\u4e00\U0001F600"      # past the table: as written
    assert folded[ord("Ế") - 0x20] == "e" and folded[ord("ư") - 0x20] == "u"


def test_folding_by_bytes_gives_what_the_table_gives():
    # the Vietnamese letters and ASCII are folded through bytes; every other character, a NUL, a control character, a
    # final sigma or a character past the table, by the table, in place
    every = [chr(cp) for cp in range(0x3100)] + ["\u4e00", "\U0001F600", "\ud7ff"]
    for c in every:
        for s in (c, "Ấp " + c + " Σ", c + c + "đ"):
            assert fold_same_length(s) == fold_by_table(s)
    page = "“Đồng chí” NGUYỄN VĂN A – Bí thư\x07 Huyện ủy…\x00 ΟΔΟΣ 50‰ ẞ İ"
    assert fold_same_length(page) == fold_by_table(page)
    assert fold_same_length("“Đồng chí” – ΟΔΟΣ") == "“dong chi” – οδοσ"


def test_folded_pattern_matches_the_folded_text_and_keeps_escapes():
    # one helper for the diacritic cue patterns of dates, events and quantities; '\S' stays '\S' (': 7')
    cue = folded_pattern(r"(?<![a-z])(?:đã|vượt)\S*[ \t]+(\d+)")
    folded = prepare("Tỉnh Đã 12 chỉ tiêu, xvượt 5, VƯỢT: 7").folded
    assert [m.group(1) for m in cue.finditer(folded)] == ["12", "7"]      # 'xvượt' is no word 'vượt'
    assert folded_pattern(r"^ngày (\d+)", re.M).search("x\nngay 5").group(1) == "5"
    assert folded_pattern(r"^ngày (\d+)").search("x\nngay 5") is None


def test_sentences_and_paragraphs_are_split_once_per_text():
    text = "Tỉnh đạt 95%. Huyện có 3 xã.\n\nDòng mới! 2025 là năm."
    p = prepare(text)
    assert p.sentences == sentences(text) and p.paragraphs == paragraphs(text)
    assert p.sentences is p.sentences and p.paragraphs is p.paragraphs       # every stage reads the same split
    assert prepare("Một câu.").sentences == [sentences("Một câu.")[0]]        # another text, its own split



def test_the_split_made_to_unwrap_a_text_is_its_sentences_only_where_no_line_was_joined():
    kept = "Tỉnh đạt 95%.\nHuyện có 3 xã.\n- Dòng mới"                   # no wrapped line: the split is reused
    joined = "Huyện ủy ban hành Kế hoạch số 9-KH/HU ngày\n12/4/2021 về việc\ngiao chỉ tiêu.\nXã có 3 thôn."
    for text in (kept, joined, "Một câu không xuống dòng."):
        p = prepare(text)
        assert p.sentences == sentences(p.text)
    assert prepare(kept).text == kept and prepare(joined).text != joined
    assert [prepare(joined).text[s.start:s.end] for s in prepare(joined).sentences][-1] == "Xã có 3 thôn."

def test_a_sentence_cut_by_a_wrapped_line_is_joined_again_for_whole_sentence_readers():
    p = prepare("Thực hiện Chỉ thị số 05-CT/TW ngày\n15/5/2016 của Bộ Chính trị, Huyện ủy ban hành Kế hoạch số 9-KH/HU "
                "về việc học tập và làm theo\ntư tưởng, đạo đức của Bác.\nNgày 3/4/2024 khai mạc.")
    got = [p.text[s.start:s.end] for s in joined_wraps(p.text, p.sentences)]
    assert got[0].startswith("Thực hiện") and got[0].endswith("của Bác.")
    assert got[1] == "Ngày 3/4/2024 khai mạc."


def test_near_miss_headings_list_items_tables_and_capitalised_lines_stay_apart():
    # (a line that opens in capitals may be a new paragraph: it is not joined)
    text = ("KẾ HOẠCH\nthực hiện Nghị quyết số 12-NQ/TU\n1. Mục tiêu chung\na) Tăng thu ngân sách\n"
            "Chỉ tiêu | đơn vị\nxã | 12\nTin tức\n20/10/2025\nHuyện ủy ban hành\nKế hoạch số 9-KH/HU.")
    p = prepare(text)
    assert joined_wraps(p.text, p.sentences) == p.sentences


def test_a_wrapped_line_is_read_as_one_sentence_by_every_stage():
    # (a law library's copy breaks lines inside a sentence; the break becomes a space, the offsets stay)
    text = ("Căn cứ Quyết định số 77/QĐ-UBND\nngày 02 tháng 3 năm 2021 của Ủy ban nhân dân tỉnh về việc\n"
            "giao chỉ tiêu cho các huyện;\nXét Tờ\ntrình số 5/TTr-SNV ngày\n12/4/2021.")
    p = prepare(text)
    assert len(p.text) == len(text) and len(p.folded) == len(text)
    assert [p.text[s.start:s.end] for s in p.sentences] == [
        "Căn cứ Quyết định số 77/QĐ-UBND ngày 02 tháng 3 năm 2021 của Ủy ban nhân dân tỉnh về việc giao chỉ tiêu cho "
        "các huyện;", "Xét Tờ trình số 5/TTr-SNV ngày 12/4/2021."]


def test_line_breaks_that_end_a_line_of_its_own_stay():
    # a heading in capitals, a list item, a stop or colon at the end, a next line in capitals, a table, a blank line
    text = ("ỦY BAN NHÂN DÂN\nTỈNH BẮC NAM\nKẾ HOẠCH\nthực hiện Chỉ thị số 3-CT/TU\nMục tiêu:\nnâng cao chất lượng\n"
            "- tăng thu\n1. Mục đích\nHuyện ủy ban hành\nKế hoạch số 9.\nxã | 12\nhuyện | 3\nTin tức\n\nthêm")
    assert unwrapped(text) == text
    assert unwrapped("một dòng") == "một dòng"


# stops, quotes and spaces in every order that matters to a sentence end: a stop then a quote then a capital, three
# dots with and without a slash, a stop at the very end, a line break alone or after a stop, a stop before a lower-case
# word (no end), spaces before a stop, a stop right after a line break
ENDS = ('Tỉnh đạt 95%. "Kết quả tốt." Huyện có 3 xã... Xã A\nDòng mới! 2025 là năm. a.b .. x. y?  Z…(1) '
        'Đ!\n\nhết. ./.. \n. X.  \t“Y” 1... /. Ô.')


@pytest.mark.parametrize("text", [ENDS, ENDS[5:], ENDS[:-1], ".", "\n", "..", "... A", "a.\n", "", "x!“A"])
def test_sentence_ends_are_the_boundary_pattern_matches(text):
    assert [m.span() for m in sentence_ends(text)] == [m.span() for m in SENTENCE_END.finditer(text)]
    assert len(list(sentence_ends(ENDS))) >= 10        # the text has real ends, not only none


def test_a_run_past_the_longest_sentence_is_read_in_pieces_cut_after_a_comma():
    text = "đạt 12,5% kế hoạch, " * 1_000 + "hết."
    got = sentences(text)
    assert len(got) > 1 and all(s.end - s.start <= MAX_SENTENCE for s in got)
    assert got[0].start == 0 and got[-1].end == len(text)
    assert all(a.end == b.start for a, b in zip(got, got[1:]))          # nothing lost between pieces
    assert all(text[s.end - 2:s.end] == ", " for s in got[:-1])          # each cut after a comma
    # near misses: a long real sentence is one; a run with no comma is cut after a space
    long_one = "Huyện đạt " + "chỉ tiêu và " * 80 + "kết quả."
    assert sentences(long_one) == [Segment(0, len(long_one))]
    spaces = sentences("chữ " * 2_000)
    assert len(spaces) == 3 and all(text_.end - text_.start <= MAX_SENTENCE for text_ in spaces)


def test_a_title_run_on_into_its_basis_breaks_before_the_capitalised_basis():
    text = "về phát triển nghề muối Căn cứ Nghị định số 12/2024/NĐ-CP; căn cứ Quyết định số 5/QĐ-UBND"
    got = run_on_breaks(text)
    assert len(got) == len(text)
    assert got.split("\n") == ["về phát triển nghề muối", "Căn cứ Nghị định số 12/2024/NĐ-CP; căn cứ Quyết định số 5/QĐ-UBND"]
    assert [text[s.start:s.end] for s in prepare(text).sentences][-1].startswith("Căn cứ Nghị định")


@pytest.mark.parametrize("text", [
    "Đoàn viếng khu di tích Căn cứ Tỉnh ủy Hòa Bình",            # a place named 'Căn cứ', no document after it
    "Ủy ban xét, căn cứ Nghị định số 12/2024/NĐ-CP, quyết định",  # 'căn cứ' inside a sentence is not capitalised
    "Đã họp. Căn cứ Nghị định số 12/2024/NĐ-CP, tỉnh ban hành",   # a stop already ends the sentence before it
    "QUYẾT ĐỊNH:\nĐiều 1.",                                       # the enacting word, a colon after it
    "KẾ HOẠCH THỰC HIỆN NGHỊ QUYẾT SỐ 57-NQ/TW",                  # a title in capitals: one line, as printed
])
def test_near_miss_no_break_without_a_run_on_heading(text):
    assert run_on_breaks(text) == text


def test_a_heading_s_type_word_sharing_its_line_with_the_title_breaks_after_the_type_word():
    text = "Số: 8/KH-UBND\nKẾ HOẠCH Triển khai Đề án 06 trên địa bàn xã\nI. MỤC ĐÍCH"
    assert run_on_breaks(text).split("\n")[1:3] == ["KẾ HOẠCH", "Triển khai Đề án 06 trên địa bàn xã"]
    # (only in a heading: the same words far down a long text are left as they are)
    far = "x\n" * 800 + "KẾ HOẠCH Triển khai"
    assert run_on_breaks(far) == far


def test_a_one_clause_sentence_is_its_own_clause_and_a_semicolon_cuts_it():
    from kg.extract.text import clauses
    text = "UBND xã tổ chức 3 lớp tập huấn; Hội Nông dân vận động 120 hộ."
    one = Segment(0, text.index(";"))
    assert clauses(text, one) == [one] and clauses(text, one)[0] is one     # (frozen: no copy is needed)
    # near misses: a semicolon cuts the sentence in two; an empty stretch has no clause
    whole = Segment(0, len(text))
    assert [text[c.start:c.end] for c in clauses(text, whole)] == ["UBND xã tổ chức 3 lớp tập huấn",
                                                                   " Hội Nông dân vận động 120 hộ."]
    assert clauses(text, Segment(4, 4)) == []


def test_a_body_s_name_is_normalised_once_for_its_words():
    from kg.extract.text import norm_body
    norm_body.cache_clear()
    assert norm_body("  uỷ ban nhân dân  huyện, ") == "Ủy ban nhân dân huyện"
    assert norm_body("  uỷ ban nhân dân  huyện, ") == "Ủy ban nhân dân huyện" and norm_body.cache_info().hits == 1
    # near miss: other words are normalised anew
    assert norm_body("Hội Nông dân xã Hoà Bình") == "Hội Nông dân xã Hòa Bình" and norm_body.cache_info().misses == 2


def test_a_body_s_name_does_not_end_on_the_aspect_word_that_folds_as_dang():
    from kg.extract.text import norm_body
    norm_body.cache_clear()
    assert norm_body("UBND tỉnh đang") == "UBND tỉnh"
    # near miss: the Party's word ends a name ('tổ chức đảng', 'Ban Xây dựng Đảng')
    assert norm_body("tổ chức đảng") == "Tổ chức đảng"
    assert norm_body("Ban Xây dựng Đảng") == "Ban Xây dựng Đảng"


def test_a_footnote_s_mark_on_a_symbol_ends_the_symbol():
    # (prepare reads the mark as a space: the resolution's own link is read as without it)
    fx = extract("Số: 40/KH-UBND\nKẾ HOẠCH\nThực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị\nCăn cứ Nghị quyết số "
                 "71/NQ-CP ngày 1/4/2025 của Chính phủ ban hành Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW¹; "
                 "UBND xã ban hành Kế hoạch thực hiện như sau:\n")
    assert ("71/NQ-CP", "implements", "57-NQ/TW") in {(x.from_, x.type, x.to) for x in fx.links}


def test_near_miss_an_area_s_unit_keeps_its_exponent():
    fx = extract("Số: 40/KH-UBND\nKẾ HOẠCH\nI. MỤC TIÊU\nĐến năm 2030, xã trồng mới ít nhất 120 m² thảm cỏ.\n")
    assert [t.unit for t in fx.targets] == ["m² thảm cỏ"]
