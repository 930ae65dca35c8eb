"""Laws named inside an amending law's title (kg.extract.laws): the date after the title is the amending law's; the
laws it names are keyed as the text names them elsewhere, or by their name alone. Short texts of our own."""
from __future__ import annotations

import datetime as dt

from kg.extract import extract

_PREAMBLE = ("ỦY BAN NHÂN DÂN TỈNH NAM ĐỊNH\nSố: 30/2024/QĐ-UBND\nQUYẾT ĐỊNH\nVề hỗ trợ phát triển chăn nuôi\n\n"
             "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ "
             "chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22/11/2019;\n"
             "Căn cứ Luật Chăn nuôi ngày 19/11/2018;\n")
_AMENDING = ("Luật:sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương "
             "(22/11/2019)")


def _facts(text: str):
    f = extract(text)
    return {d.key: d for d in f.documents}, {(x.from_, x.type, x.to) for x in f.links}


def test_the_date_after_an_amending_title_is_the_amending_law_s():
    docs, _ = _facts(_PREAMBLE)
    assert docs[_AMENDING].date == dt.date(2019, 11, 22)
    assert "Luật:Tổ chức chính quyền địa phương (22/11/2019)" not in docs


def test_a_law_the_title_names_is_the_one_the_text_cites_with_its_own_date():
    docs, links = _facts(_PREAMBLE)
    assert (_AMENDING, "amends", "Luật:Tổ chức chính quyền địa phương (19/6/2015)") in links
    assert (_AMENDING, "amends", "Luật:Tổ chức Chính phủ") in links
    assert docs["Luật:Tổ chức Chính phủ"].date is None


def test_near_miss_a_law_cited_only_in_the_title_keeps_its_name_alone():
    docs, links = _facts(_PREAMBLE.replace("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015; ", "Căn cứ "))
    assert (_AMENDING, "amends", "Luật:Tổ chức chính quyền địa phương") in links
    assert not any(k.startswith("Luật:Tổ chức chính quyền địa phương (") for k in docs)


def test_near_miss_a_law_dated_after_a_semicolon_keeps_its_own_date():
    # 'Luật Chăn nuôi ngày 19/11/2018' is an item of its own, not a law an amending title names
    docs, links = _facts(_PREAMBLE)
    assert docs["Luật:Chăn nuôi (19/11/2018)"].date == dt.date(2018, 11, 19)
    assert ("30/2024/QĐ-UBND", "based_on", "Luật:Chăn nuôi (19/11/2018)") in links


_NUMBERED = ("Trung ương Đoàn ban hành Kế hoạch số 217-KH/TWĐTN-BTN về thực hiện Luật Thanh niên số 57/2020/QH14.\n\n"
             "Luật Thanh niên được Quốc hội thông qua ngày 16/6/2020, thay thế Luật Thanh niên năm 2005.\n")


def test_a_law_named_again_by_its_name_is_the_numbered_one():
    docs, links = _facts(_NUMBERED)
    assert docs["57/2020/QH14"].date == dt.date(2020, 6, 16)
    assert not any(k.startswith("Luật:Thanh niên (") for k in docs)
    assert ("57/2020/QH14", "replaces", "Luật:Thanh niên năm 2005") in links


def test_near_miss_a_law_of_another_year_is_another_law():
    # 'năm 2005' and a date of another year name the law the numbered one replaced or an older one
    docs, _ = _facts(_NUMBERED)
    assert "Luật:Thanh niên năm 2005" in docs
    docs, _ = _facts(_NUMBERED.replace("thông qua ngày 16/6/2020", "thông qua ngày 29/11/2005"))
    assert "Luật:Thanh niên (29/11/2005)" in docs and "57/2020/QH14" in docs
    # a year the span runs from is no year of the law's name
    docs, _ = _facts("Thực hiện Luật Đất đai năm 2013 đến nay, huyện đã giao đất cho 300 hộ.\n")
    assert set(docs) == {"Luật:Đất đai"}


def test_a_law_named_by_its_year_is_told_apart_by_it_only_from_another_of_its_name():
    # alone, the year is no part of its key (one law of that name in the text)
    docs, _ = _facts("Cán bộ học tập Luật Phòng, chống tham nhũng năm 2018.\n")
    assert set(docs) == {"Luật:Phòng, chống tham nhũng"}
    # with its full date elsewhere, the same law
    docs, _ = _facts("Căn cứ Luật Đất đai ngày 29/11/2013;\n\nSau 10 năm thi hành Luật Đất đai năm 2013, tỉnh đã giao đất.\n")
    assert set(docs) == {"Luật:Đất đai (29/11/2013)"}


_SMALL_FIRMS = ("Tiêu chí được quy định tại Điều 4 Luật Hỗ trợ doanh nghiệp nhỏ và vừa số 04/2017/QH14 và Điều 5 Nghị "
                "định số 80/2021/NĐ-CP ngày 26/8/2021 của Chính phủ quy định chi tiết một số điều của Luật Hỗ trợ doanh "
                "nghiệp nhỏ và vừa.")


def test_a_law_whose_name_goes_on_after_va_in_lower_case_is_keyed_by_its_number():
    # (named in full before its number, then again by its name alone: one law)
    docs, links = _facts(_SMALL_FIRMS)
    assert "04/2017/QH14" in docs and not any(k.startswith("Luật:") for k in docs)
    assert ("80/2021/NĐ-CP", "guides", "04/2017/QH14") in links


def test_near_miss_another_law_whose_name_opens_the_same_is_not_the_numbered_one():
    text = ("Căn cứ Luật Bảo vệ và phát triển rừng số 29/2004/QH11; căn cứ Luật Bảo vệ và kiểm dịch thực vật ngày "
            "25/11/2013.")
    docs, _ = _facts(text)
    assert "29/2004/QH11" in docs
    assert any(k.startswith("Luật:Bảo vệ và kiểm dịch thực vật") for k in docs)
