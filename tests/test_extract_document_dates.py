"""Issue dates stated away from the symbol (kg.extract.document_dates, kg.extract.dates): a sentence that opens on
'Cùng ngày,', the resolutions a council's sitting passes, a day and month written in words ('ngày mùng 6 tháng
10'). Each rule with its near misses; short texts of our own."""
from __future__ import annotations

import datetime as dt

import pytest

from kg.extract import extract
from kg.extract.dates import find_dates
from kg.extract.text import fold_same_length

PAGE = "Thứ Ba, 14/10/2025 | 09:12\n\n"


def dated(text: str) -> dict[str, dt.date | None]:
    return {d.key: d.date for d in extract(text).documents}


# one row a rule or its near miss: (the text after the page's date line, the documents' days expected)
SITTING = ("Ngày 10/10, HĐND huyện Yên Lạc khóa XX tổ chức Kỳ họp thứ 18 (kỳ họp chuyên đề).\n\n"
           "Kỳ họp đã xem xét, thông qua 4 nghị quyết. Nghị quyết số 45/NQ-HĐND về điều chỉnh kế hoạch đầu tư công "
           "năm 2025. Nghị quyết số 46/NQ-HĐND sửa đổi Nghị quyết số 12/2024/NQ-HĐND.\n")
STATED_AWAY = [
    pytest.param("Ngày 10/10, Huyện ủy tổ chức hội nghị học tập Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị.\n\n"
                 "Cùng ngày, Ban Thường vụ Huyện ủy ban hành Kế hoạch số 31-KH/HU thực hiện Chỉ thị số 45-CT/TW.\n",
                 {"31-KH/HU": dt.date(2025, 10, 10), "45-CT/TW": dt.date(2025, 4, 14)}, id="same-day-as-the-sentence-before"),
    pytest.param("Sáng 9/10, Đảng ủy xã Tân Lập họp phiên thường kỳ. Chiều cùng ngày, Đảng ủy xã đã ban hành "
                 "Kế hoạch số 12-KH/ĐU về chuyển đổi số.\n", {"12-KH/ĐU": dt.date(2025, 10, 9)}, id="afternoon-of-the-same-day"),
    # near miss: 'Sau đó,' does not say the same day
    pytest.param("Ngày 10/10, Huyện ủy tổ chức hội nghị học tập chuyên đề.\n\n"
                 "Sau đó, Ban Thường vụ Huyện ủy ban hành Kế hoạch số 31-KH/HU về chuyển đổi số.\n", {"31-KH/HU": None},
                 id="no-same-day-words"),
    # near miss: the only day before is the issue day of the directive, in its tail, not a day the text reports
    pytest.param("Huyện ủy tổ chức hội nghị học tập Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị.\n\n"
                 "Cùng ngày, Ban Thường vụ Huyện ủy ban hành Kế hoạch số 31-KH/HU thực hiện Chỉ thị.\n", {"31-KH/HU": None},
                 id="same-day-after-a-day-only-in-a-documents-tail"),
    pytest.param("Ngày 10/10, Huyện ủy tổ chức hội nghị chuyên đề.\n\nCùng ngày, Ban Thường vụ Huyện ủy ban hành Kế hoạch "
                 "số 31-KH/HU và Kế hoạch số 32-KH/HU về chuyển đổi số.\n",
                 {"31-KH/HU": dt.date(2025, 10, 10), "32-KH/HU": dt.date(2025, 10, 10)}, id="listed-with-the-one-issued-that-day"),
    # the resolutions a council's sitting passes take the sitting's day; near miss: 12/2024/NQ-HĐND, amended at the
    # sitting, was passed in 2024
    pytest.param(SITTING, {"45/NQ-HĐND": dt.date(2025, 10, 10), "46/NQ-HĐND": dt.date(2025, 10, 10),
                           "12/2024/NQ-HĐND": None}, id="passed-at-the-sitting"),
    # near miss: the sitting heard reports; the resolution is only named
    pytest.param("Ngày 10/10, HĐND huyện Yên Lạc tổ chức Kỳ họp thứ 18.\n\nKỳ họp đã xem xét 4 báo cáo. Nghị quyết số "
                 "45/NQ-HĐND về kế hoạch đầu tư công được đánh giá.\n", {"45/NQ-HĐND": None}, id="sitting-passing-none"),
    pytest.param("Thực hiện Nghị quyết số 30/NQ-HĐND về kế hoạch năm 2025, ngày 10/10, HĐND huyện tổ chức Kỳ họp thứ 18. Kỳ "
                 "họp đã thông qua 2 nghị quyết.\n", {"30/NQ-HĐND": None}, id="resolution-named-before-the-sitting"),
    pytest.param("Ngày 10/10, HĐND huyện Yên Lạc tổ chức Kỳ họp thứ 18. Kỳ họp đã thông qua 4 nghị quyết. Nghị quyết số "
                 "45/NQ-HĐND cụ thể hóa Nghị quyết số 57-NQ/TW của Bộ Chính trị.\n",
                 {"45/NQ-HĐND": dt.date(2025, 10, 10), "57-NQ/TW": None}, id="central-resolution-named-after-the-sitting"),
    pytest.param("Tỉnh ủy triển khai Chương trình hành động số 18-CTr/TU. Chương trình do Ban Thường vụ Tỉnh ủy ký ban hành "
                 "ngày mùng 6 tháng 10.\n", {"18-CTr/TU": dt.date(2025, 10, 6)}, id="day-in-words-after-mung"),
]


@pytest.mark.parametrize("text, days", STATED_AWAY)
def test_an_issue_day_stated_away_from_the_symbol(text, days):
    got = dated(PAGE + text)
    assert {key: got.get(key, "absent") for key in days} == days


def test_day_and_month_in_words_need_a_time_word_and_no_cut_year():
    f = fold_same_length
    assert [d.date for d in find_dates(f("Sáng mồng 2 tháng 9, tỉnh tổ chức lễ."), 2025)] == [dt.date(2025, 9, 2)]
    assert [d.date for d in find_dates(f("ngày 6 tháng 10."), 2025)] == [dt.date(2025, 10, 6)]
    # near misses: a span of months ('trong 6 tháng 10 ngày' has no time word), a year cut off ('6 tháng 10 năm nay')
    assert find_dates(f("trong 6 tháng 10 ngày đầu năm"), 2025) == []
    assert find_dates(f("ngày 6 tháng 10 năm nay"), 2025) == []
    # without the text's year a day and month stay unread
    assert find_dates(f("ngày mùng 6 tháng 10."), None) == []


def issuers(text: str) -> dict[str, str | None]:
    return {d.key: d.issuer for d in extract(text).documents}


def test_a_date_before_the_issuer_is_not_a_count_of_bodies():
    # the year that ends 'ngày 5/8/2019' stands just before the committee's name: it is not '2019 Huyện ủy'
    got = issuers(PAGE + "Ngày 5/8/2019 Huyện ủy Cam Lộ đã ra Kế hoạch số 48-KH/HU về thực hiện Chỉ thị số 05-CT/TW.\n")
    assert got["48-KH/HU"] == "Huyện ủy Cam Lộ"
    assert dated(PAGE + "Ngày 5/8/2019 Huyện ủy Cam Lộ đã ra Kế hoạch số 48-KH/HU.\n")["48-KH/HU"] == dt.date(2019, 8, 5)
    # near miss: a number standing alone before bodies still counts them, and a date with a comma stays a date
    bodies = [a.body for a in extract(PAGE + "Huyện ủy giao 12 chi bộ thực hiện Kế hoạch số 48-KH/HU.\n").assignments]
    assert any(b.startswith("12 chi bộ") for b in bodies), bodies
    got = issuers(PAGE + "Ngày 5/8/2019, Huyện ủy Cam Lộ ban hành Kế hoạch số 48-KH/HU.\n")
    assert got["48-KH/HU"] == "Huyện ủy Cam Lộ"


# --- the day a text speaks (text_day): its page's date line, else its own place-and-date line ---------------------

HEADING = ("ỦY BAN NHÂN DÂN\nHUYỆN KIM SƠN\nSố: 58/BC-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
           "Độc lập - Tự do - Hạnh phúc\nKim Sơn, ngày 14 tháng 11 năm 2024\n\nBÁO CÁO\n")
BODY = ("Kết quả thực hiện Kế hoạch số 31-KH/UBND về chuyển đổi số\n"
        "Ngày 15/4, UBND huyện tổ chức hội nghị sơ kết. Toàn huyện đã cấp 1.200 chữ ký số.\n")


def test_an_official_text_saved_as_text_is_dated_by_its_place_and_date_line():
    facts = extract(HEADING + BODY)
    assert facts.date == dt.date(2024, 11, 14)
    # its own document and the text speak on one day, and a day without its year takes the text's
    assert {d.key: d.date for d in facts.documents}["58/BC-UBND"] == dt.date(2024, 11, 14)
    assert [e.date for e in facts.events] == [dt.date(2024, 4, 15)]


def test_a_heading_flattened_on_one_line_by_a_pdf_reads_the_same():
    # a PDF's reading joins the number and the place-date column with one space
    flat = HEADING.replace("Số: 58/BC-UBND\n", "").replace("Kim Sơn, ngày", "Số: 58/BC-UBND Kim Sơn, ngày")
    facts = extract(flat + BODY)
    assert facts.date == dt.date(2024, 11, 14)
    assert {d.key: d.date for d in facts.documents}["58/BC-UBND"] == dt.date(2024, 11, 14)


@pytest.mark.parametrize("place", ["Cư M'gar", "Ia H’Drai", "Đắk R'lấp"])
def test_a_place_spelt_with_an_apostrophe_dates_the_heading(place):
    # names of the Central Highlands keep an apostrophe inside a word; the line is still the place and the date
    text = HEADING.replace("Kim Sơn", place) + BODY
    assert {d.key: d.date for d in extract(text).documents}["58/BC-UBND"] == dt.date(2024, 11, 14)
    flat = HEADING.replace("Số: 58/BC-UBND\n", "").replace("Kim Sơn, ngày", f"Số: 58/BC-UBND {place}, ngày")
    assert {d.key: d.date for d in extract(flat.replace("Kim Sơn", place) + BODY).documents}["58/BC-UBND"] \
        == dt.date(2024, 11, 14)


def test_near_miss_an_apostrophe_joins_no_prose_into_a_place():
    # a quoted word in prose before the date is no place name: the line goes on as a sentence
    text = "Tin hoạt động\nPhong trào 'Dân vận khéo', ngày 14 tháng 11 năm 2024, được tổng kết.\n" + BODY
    assert extract(text).date is None


def test_a_heading_without_a_number_is_dated_by_its_place_and_date_line_alone():
    assert extract(HEADING.replace("Số: 58/BC-UBND\n", "") + BODY).date == dt.date(2024, 11, 14)


def test_near_miss_a_place_and_date_line_that_goes_on_as_a_sentence_dates_no_text():
    text = "Tin hoạt động\nKim Sơn, ngày 14 tháng 11 năm 2024, UBND huyện họp phiên thường kỳ.\n" + BODY
    assert extract(text).date is None


def test_near_miss_a_quoted_document_s_place_and_date_line_in_the_middle_dates_no_text():
    # a news text that copies another document's heading below its own lede is not that document
    lede = "Huyện Kim Sơn đẩy mạnh chuyển đổi số trong cơ quan nhà nước. " * 10
    text = lede + "\nDưới đây là toàn văn báo cáo.\n\n" + HEADING + BODY
    facts = extract(text)
    assert facts.date is None
    assert [e.date for e in facts.events] == [None]      # 'Ngày 15/4' has no year to take


def test_near_miss_a_page_with_both_lines_speaks_on_its_date_line():
    # the page published the report later than it was signed: the page's date line is the day it speaks
    facts = extract("Thứ Sáu, 22/11/2024 | 08:15\n\n" + HEADING + BODY)
    assert facts.date == dt.date(2024, 11, 22)
    assert {d.key: d.date for d in facts.documents}["58/BC-UBND"] == dt.date(2024, 11, 14)


def test_a_heading_s_date_column_with_its_place_left_blank_dates_the_text():
    for column in ("ngày 14 tháng 11 năm 2024", "……, ngày 14 tháng 11 năm 2024"):
        heading = f"ỦY BAN NHÂN DÂN HUYỆN        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 58/BC-UBND               {column}\n\nBÁO CÁO\n"
        assert extract(heading + BODY).date == dt.date(2024, 11, 14), column


def test_near_miss_a_date_after_a_heading_number_in_prose_is_not_its_column():
    # one space: the number line goes on as a sentence, not a column; nothing else dates the text
    text = "Số: 58/BC-UBND ngày 14 tháng 11 năm 2024 của UBND huyện được gửi các xã\n\n" + BODY
    assert extract(text).date is None


def test_near_miss_a_table_row_s_date_before_a_bar_is_no_page_header():
    # a flattened table's heading names the day its figures reach: the report is dated by its own heading
    table = "(Chỉ tiêu | Mục tiêu năm 2024 | Thực hiện đến 31/10/2024 | Tỷ lệ %)\nChữ ký số | 1.500 | 1.200 | 80\n"
    assert extract(HEADING + BODY + table).date == dt.date(2024, 11, 14)


def test_a_byline_s_date_alone_between_bars_is_the_page_s_date():
    # a portal's byline: publisher | date | views; the date is its own cell, no table's words before it
    byline = "Hội Nông dân tỉnh Yên Bái | 12/03/2024 | Lượt xem: 845\n\n"
    assert extract("Nông dân Yên Bái thi đua sản xuất giỏi\n\n" + byline + "Sáng 11/3, Hội tổ chức hội nghị.\n").date \
        == dt.date(2024, 3, 12)


# --- a place-and-date line without 'ngày', and one below a long heading without a number ---------------------------

UNNUMBERED = ("ĐẢNG BỘ TỈNH NGHỆ AN\nĐẢNG ỦY XÃ HƯNG NGUYÊN NAM\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
              "Độc lập - Tự do - Hạnh phúc\n")


def test_a_place_and_date_line_without_the_word_for_day_dates_the_text():
    for line, day in (("Nghệ An, 5 tháng 3 năm 2024", dt.date(2024, 3, 5)), ("Hà Nội, 05/3/2024", dt.date(2024, 3, 5))):
        assert extract(UNNUMBERED + line + "\n\nBÁO CÁO\n" + BODY).date == day, line
        # and beside a heading's number, as a signed line under it
        numbered = UNNUMBERED.replace("CỘNG", "Số: 58/BC-ĐU\nCỘNG")
        assert extract(numbered + line + "\n\nBÁO CÁO\n" + BODY).date == day, line


def test_near_miss_a_place_and_date_without_the_word_for_day_in_a_sentence_dates_no_text():
    text = "Tin hoạt động\nHà Nội, 05/3/2024 là ngày khai mạc hội nghị tập huấn của ngành.\n" + BODY
    assert extract(text).date is None


def test_a_place_and_date_line_below_a_long_heading_without_a_number_dates_the_text():
    # a title of several lines pushes the line past the heading's first 400 characters
    title = ("KẾ HOẠCH\nTriển khai thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá\n"
             "phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia\n"
             "trên địa bàn xã Hưng Nguyên Nam trong giai đoạn 2025 - 2030, tầm nhìn đến năm 2045\n"
             "(Ban hành kèm theo Quyết định của Ban Chấp hành Đảng bộ xã về chương trình công tác năm)\n")
    text = UNNUMBERED + "-----\n" + title + "-----\nNghệ An, ngày 20 tháng 8 năm 2025\n\n" + BODY
    assert text.find("Nghệ An, ngày") > 400
    assert extract(text).date == dt.date(2025, 8, 20)


def test_near_miss_a_quoted_document_s_place_and_date_line_after_a_lede_in_the_first_lines_dates_no_text():
    # one line of prose opens the text: the heading below it is another document's, quoted, however near the top
    lede = ("Đảng ủy xã Hưng Nguyên Nam vừa có văn bản gửi các chi bộ về việc tổ chức học tập nghị quyết "
            "trong toàn Đảng bộ xã, nội dung như sau:\n")
    text = lede + "-" * 400 + "\n" + UNNUMBERED + "Nghệ An, ngày 20 tháng 8 năm 2025\n\n" + BODY
    assert extract(text).date is None


def test_heading_number_answers_again_as_first_asked():
    from kg.extract.document_dates import heading_number
    from kg.extract.text import fold_same_length
    f = fold_same_length("ỦY BAN NHÂN DÂN\nSố: 98/KH-UBND\nThực hiện Kế hoạch số 12/KH-UBND ngày 5/3/2024.")
    a = f.index("98/")
    b = f.index("12/")
    first = [heading_number(f, a, a + 10), heading_number(f, b, b + 10)]
    assert first == [True, False]
    other = fold_same_length("Số: 98/KH-UBND nói trên")       # another text: its own answer, not the one kept
    assert heading_number(other, 4, 14) is False
    assert [heading_number(f, a, a + 10), heading_number(f, b, b + 10)] == first


def test_a_heading_read_as_one_line_numbers_its_text_before_the_national_motto():
    from kg.extract.document_dates import heading_number
    f = fold_same_length("UBND TỈNH ĐIỆN BIÊN Số: 215/KH-UBND CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập")
    a = f.index("215/")
    assert heading_number(f, a, a + len("215/KH-UBND"))
    # near misses: prose that cites a number before other words, and a number in a sentence far down
    prose = fold_same_length("Thực hiện Kế hoạch số 215/KH-UBND của tỉnh, xã đã ...")
    b = prose.index("215/")
    assert not heading_number(prose, b, b + len("215/KH-UBND"))
    far = fold_same_length("x " * 300 + "\n" + "Số: 215/KH-UBND CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    c = far.index("215/")
    assert not heading_number(far, c, c + len("215/KH-UBND"))
