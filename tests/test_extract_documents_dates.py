"""Dates of documents (the tails of kg.extract.document_mentions, kg.extract.document_dates): a date in
brackets after the symbol, the passive
'được <cơ quan> ban hành ngày ...', and a date that belongs to another document's tail.
Short texts of our own."""
from __future__ import annotations

import datetime as dt

import pytest

from kg.extract import extract


def dated(text: str) -> dict[str, dt.date | None]:
    return {d.key: d.date for d in extract(text).documents}


def test_a_date_in_brackets_after_the_symbol_is_the_documents():
    got = dated("Thực hiện Chỉ thị 07-CT/TU (ngày 3/9/2023) của Ban Thường vụ Tỉnh ủy, Sở Y tế ban hành "
                "Kế hoạch 41/KH-SYT (ngày 20/10/2023).\n")
    assert got["07-CT/TU"] == dt.date(2023, 9, 3)
    assert got["41/KH-SYT"] == dt.date(2023, 10, 20)


def test_the_issuer_after_a_bracketed_date_is_still_read():
    facts = extract("Quán triệt Nghị quyết 11-NQ/TU (ngày 8/1/2022) của Tỉnh ủy về chuyển đổi số.\n")
    doc = next(d for d in facts.documents if d.key == "11-NQ/TU")
    assert doc.issuer == "Tỉnh ủy"


def test_a_bracketed_date_is_not_lent_to_the_next_document():
    # near miss: the date in brackets is 07-CT/TU's; the plan issued in the same sentence has none of its own
    got = dated("Thực hiện Chỉ thị 07-CT/TU (ngày 3/9/2023) của Tỉnh ủy, Sở Y tế đã ban hành Kế hoạch 41/KH-SYT.\n")
    assert got["07-CT/TU"] == dt.date(2023, 9, 3)
    assert got["41/KH-SYT"] is None


def test_the_passive_issue_gives_issuer_and_date():
    facts = extract("Chương trình số 19-CTr/TU được Ban Chấp hành Đảng bộ tỉnh ban hành ngày 6/12/2021 về kinh tế biển.\n")
    doc = next(d for d in facts.documents if d.key == "19-CTr/TU")
    assert doc.date == dt.date(2021, 12, 6)
    assert doc.issuer == "Ban Chấp hành Đảng bộ tỉnh"


def test_a_passive_without_an_issuing_verb_gives_no_date():
    # near miss: 'được các cấp ủy triển khai ngày ...' is not the issue of the document
    got = dated("Nghị quyết số 19-NQ/TU được các cấp ủy triển khai ngày 6/12/2021 tại hội trường.\n")
    assert got["19-NQ/TU"] is None


def test_a_passive_without_the_issuer_still_gives_the_date():
    assert dated("Chỉ thị số 04-CT/TU được ban hành ngày 9/2/2022 về phòng chống thiên tai.\n")["04-CT/TU"] \
        == dt.date(2022, 2, 9)


def test_a_qualifier_between_the_type_word_and_the_number():
    facts = extract("Ngày 9/2/2022, Ban Thường vụ Tỉnh ủy ban hành Nghị quyết chuyên đề số 04-NQ/TU về du lịch.\n")
    doc = next(d for d in facts.documents if d.key == "04-NQ/TU")
    assert doc.date == dt.date(2022, 2, 9) and doc.issuer == "Ban Thường vụ Tỉnh ủy"


def test_a_short_reference_in_the_passive_is_the_document_named_before():
    # 'Nghị quyết 194 được HĐND tỉnh ban hành ...' after the full symbol: one document, not a second '194/NQ-HĐND'
    got = dated("Đoàn giám sát làm việc về Nghị quyết số 194/2019/NQ-HĐND ngày 12/12/2019 của HĐND tỉnh về chính "
                "sách dân tộc.\n\nNghị quyết 194 được HĐND tỉnh ban hành trên cơ sở Nghị quyết số 88/2019/QH14 "
                "của Quốc hội.\n")
    assert "194/NQ-HĐND" not in got
    assert got["194/2019/NQ-HĐND"] == dt.date(2019, 12, 12)


def test_a_short_reference_by_another_issuer_stays_its_own_document():
    # near miss: the same type and number passed by another body is another document
    got = dated("Đoàn giám sát làm việc về Nghị quyết số 194/2019/NQ-HĐND ngày 12/12/2019 của HĐND tỉnh.\n\n"
                "Nghị quyết 194 được Ban Thường vụ Tỉnh ủy ban hành ngày 3/3/2020 về chuyển đổi số.\n")
    assert "194/2019/NQ-HĐND" in got and "194-NQ/TU" in got


def test_a_short_reference_with_another_date_stays_its_own_document():
    # near miss: same issuer, but the passive gives a date the full symbol does not have
    got = dated("Đoàn giám sát làm việc về Nghị quyết số 194/2019/NQ-HĐND ngày 12/12/2019 của HĐND tỉnh.\n\n"
                "Nghị quyết 194 được HĐND tỉnh ban hành ngày 3/3/2021 về chuyển đổi số.\n")
    assert got["194/2019/NQ-HĐND"] == dt.date(2019, 12, 12)
    assert got.get("194/NQ-HĐND") == dt.date(2021, 3, 3)


def test_a_leading_date_with_other_issuing_verbs():
    # 'ký', 'thông qua' and 'đã có' issue a document as 'ban hành' does
    got = dated("Ngày 9/5/2022, UBND huyện ký Quyết định số 812/QĐ-UBND về quy hoạch chợ.\n"
                "Ngày 14/7/2022, HĐND huyện thông qua Nghị quyết số 27/NQ-HĐND về đầu tư công.\n"
                "Trước đó, ngày 2/3/2022, Sở Tài chính đã có Công văn số 301/STC-QLG gửi các huyện.\n")
    assert got["812/QĐ-UBND"] == dt.date(2022, 5, 9)
    assert got["27/NQ-HĐND"] == dt.date(2022, 7, 14)
    assert got["301/STC-QLG"] == dt.date(2022, 3, 2)


def test_a_leading_date_without_an_issuing_verb_is_not_the_documents():
    # near miss: the meeting's date, not the resolution's ('có ý kiến về' is no issuing)
    got = dated("Ngày 9/5/2022, hội nghị đã thảo luận và có ý kiến về Nghị quyết số 27/NQ-HĐND.\n")
    assert got["27/NQ-HĐND"] is None


def test_a_date_set_off_by_commas_opens_the_next_clause():
    got = dated("Thực hiện Chỉ thị số 31-CT/TU, ngày 6/9/2023, Đảng ủy xã ban hành Kế hoạch số 12-KH/ĐU.\n")
    assert got["31-CT/TU"] is None
    assert got["12-KH/ĐU"] == dt.date(2023, 9, 6)
    # near miss: the date right after the symbol is the document's, though a clause follows
    got = dated("Thực hiện Chỉ thị số 31-CT/TU ngày 6/9/2023, Đảng ủy xã ban hành Kế hoạch số 12-KH/ĐU.\n")
    assert got["31-CT/TU"] == dt.date(2023, 9, 6) and got["12-KH/ĐU"] is None


def test_the_heading_of_an_official_text_dates_its_number():
    got = dated("ỦY BAN NHÂN DÂN HUYỆN ĐÔNG ANH\nSố: 77/KH-UBND\nĐông Anh, ngày 04 tháng 3 năm 2024\n"
                "KẾ HOẠCH\nTriển khai Chỉ thị số 31-CT/TU\n")
    assert got["77/KH-UBND"] == dt.date(2024, 3, 4)
    assert got["31-CT/TU"] is None
    # near miss: a 'Số ...' opening a sentence of prose, and a later date after a comma, are no heading
    got = dated("Số 77/KH-UBND của UBND huyện nêu các nhiệm vụ. Tại hội nghị, ngày 04/3/2024 được chọn làm mốc.\n")
    assert got["77/KH-UBND"] is None


def test_a_later_sentence_on_the_bare_type_word_dates_the_document():
    got = dated("Huyện đoàn triển khai Kế hoạch số 33-KH/HĐ của Ban Thường vụ Huyện đoàn. "
                "Kế hoạch được ký ban hành ngày 2 tháng 8 năm 2024.\n")
    assert got["33-KH/HĐ"] == dt.date(2024, 8, 2)
    # near miss: another type word dates nothing here, and a dated document keeps its own date
    got = dated("Huyện đoàn triển khai Kế hoạch số 33-KH/HĐ ngày 1/8/2024 của Ban Thường vụ Huyện đoàn. "
                "Kế hoạch được ký ban hành ngày 2 tháng 8 năm 2024. Chỉ thị được ký ngày 5 tháng 8 năm 2024.\n")
    assert got["33-KH/HĐ"] == dt.date(2024, 8, 1)


def test_a_later_sentence_without_duoc_or_with_a_date_the_page_completes():
    got = dated("Thứ Ba, 9/4/2024\nBan Thường vụ Huyện ủy vừa ban hành Chỉ thị số 08-CT/HU về phòng chống thiên tai. "
                "Chỉ thị ký ngày 5/4.\n")
    assert got["08-CT/HU"] == dt.date(2024, 4, 5)
    # near miss: without the page's date, 'ngày 5/4' has no year and dates nothing
    got = dated("Ban Thường vụ Huyện ủy vừa ban hành Chỉ thị số 08-CT/HU về phòng chống thiên tai. Chỉ thị ký ngày 5/4.\n")
    assert got["08-CT/HU"] is None


def test_a_sentence_on_van_ban_dates_the_document_named_before():
    got = dated("Sở Nội vụ triển khai Kế hoạch số 71/KH-SNV về cải cách hành chính. Văn bản được ký ngày 3/6/2024.\n")
    assert got["71/KH-SNV"] == dt.date(2024, 6, 3)
    # near miss: 'văn bản' inside a sentence is not its subject
    got = dated("Sở Nội vụ triển khai Kế hoạch số 71/KH-SNV và gửi văn bản ký ngày 3/6/2024 tới các xã.\n")
    assert got["71/KH-SNV"] is None


def test_a_relative_clause_with_ma_gives_issuer_and_date():
    got = dated("Theo Kế hoạch số 19-KH/ĐU mà Đảng ủy xã vừa ban hành ngày 14/5/2024, các chi bộ sinh hoạt chuyên đề.\n")
    assert got["19-KH/ĐU"] == dt.date(2024, 5, 14)


def test_documents_passed_the_same_day_take_the_meetings_date():
    text = ("Thứ Bảy, 14/12/2024\nChiều 13/12, HĐND tỉnh bế mạc kỳ họp thứ 22. Các nghị quyết được thông qua cùng ngày. "
            "Tại Nghị quyết số 40/NQ-HĐND, HĐND tỉnh đề ra chỉ tiêu tăng trưởng 8%. Kỳ họp cũng thông qua Nghị quyết "
            "số 15/2024/NQ-HĐND, thay thế Nghị quyết số 09/2021/NQ-HĐND của HĐND tỉnh.\n")
    got = dated(text)
    assert got["40/NQ-HĐND"] == dt.date(2024, 12, 13)
    assert got["15/2024/NQ-HĐND"] == dt.date(2024, 12, 13)
    # near miss: a resolution whose symbol carries another year was not passed that day
    assert got["09/2021/NQ-HĐND"] is None
    # near miss: without 'cùng ngày' the meeting's date is not lent to the resolutions
    got = dated(text.replace("Các nghị quyết được thông qua cùng ngày. ", ""))
    assert got["40/NQ-HĐND"] is None


def test_passed_the_same_day_with_the_day_given_and_not_the_day_it_takes_effect():
    text = ("Tại kỳ họp, HĐND tỉnh thông qua Nghị quyết số 51/NQ-HĐND về đầu tư công. Nghị quyết có hiệu lực từ "
            "ngày 01/01/2025. Các nghị quyết được thông qua cùng ngày 6/12/2024.\n")
    assert dated(text)["51/NQ-HĐND"] == dt.date(2024, 12, 6)
    # near miss: without the day after 'cùng ngày', the day it takes effect is not lent either
    assert dated(text.replace(" cùng ngày 6/12/2024", " cùng ngày"))["51/NQ-HĐND"] is None


def test_the_heading_date_after_the_national_motto():
    text = ("ỦY BAN NHÂN DÂN\nHUYỆN CƯ JÚT\nSố: 77/BC-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\n\nCư Jút, ngày 04 tháng 11 năm 2024\n\nBÁO CÁO\nKết quả thực hiện ...\n")
    assert dated(text)["77/BC-UBND"] == dt.date(2024, 11, 4)


# ---------------------------------------------------------------- round 6: headings, issue after the subject, later sentences

def test_the_heading_place_may_be_abbreviated_hyphenated_or_carry_its_unit():
    for place in ("TP. Hồ Chí Minh", "Phan Rang - Tháp Chàm", "xã Đồng Văn"):
        text = (f"ỦY BAN NHÂN DÂN\nSố: 45/KH-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                f"{place}, ngày 05 tháng 3 năm 2024\n\nKẾ HOẠCH\n")
        assert dated(text)["45/KH-UBND"] == dt.date(2024, 3, 5), place
    # a flattened two-column heading with '|' between its columns
    assert dated("ĐẢNG ỦY XÃ ĐỒNG VĂN | ĐẢNG CỘNG SẢN VIỆT NAM\nSố 12-KH/ĐU | Đồng Văn, ngày 15 tháng 10 năm 2025\n"
                 "KẾ HOẠCH\n")["12-KH/ĐU"] == dt.date(2025, 10, 15)
    # near miss: a sentence of prose with a comma before 'ngày' is no place line
    got = dated("ỦY BAN NHÂN DÂN\nSố: 45/KH-UBND\nTheo lịch của các xã, ngày 05/3/2024 là hạn chót.\n")
    assert got["45/KH-UBND"] is None


def test_the_issue_stated_after_the_subject_dates_the_document():
    for tail in (", ký ngày 5/3/2024.", " (ban hành ngày 5/3/2024).", ", được ký ban hành vào ngày 5/3/2024."):
        facts = extract("Ban Thường vụ Tỉnh ủy vừa ban hành Kế hoạch số 45-KH/TU về chuyển đổi số" + tail + "\n")
        doc = next(d for d in facts.documents if d.key == "45-KH/TU")
        assert doc.date == dt.date(2024, 3, 5), tail
        assert doc.subject == "chuyển đổi số"
    # near misses: a date inside the subject without an issuing verb, and the issue of another document named between
    assert dated("Tỉnh ủy ban hành Kế hoạch số 45-KH/TU về tổ chức lễ kỷ niệm ngày 30/4/2025.\n")["45-KH/TU"] is None
    got = dated("Tỉnh ủy có Kế hoạch số 45-KH/TU về thực hiện Quyết định số 12/QĐ-UBND, ký ngày 5/3/2024.\n")
    assert got["45-KH/TU"] is None


def test_a_later_sentence_after_a_connective_or_naming_its_signer():
    base = "Ban Thường vụ Tỉnh ủy vừa ban hành Kế hoạch số 45-KH/TU về chuyển đổi số. "
    for later in ("Theo đó, kế hoạch được ký ban hành ngày 5/3/2024.", "Văn bản do đồng chí Phó Bí thư ký ngày 5/3/2024.",
                  "Ngày 5/3/2024, kế hoạch được ký ban hành."):
        assert dated(base + later + "\n")["45-KH/TU"] == dt.date(2024, 3, 5), later
    # near misses: the day the plan is carried out, and a connective in mid-sentence
    assert dated(base + "Ngày 5/3/2024, kế hoạch được triển khai tới các chi bộ.\n")["45-KH/TU"] is None
    assert dated(base + "Các chi bộ, theo đó, kế hoạch được ký ngày 5/3/2024.\n")["45-KH/TU"] is None


def test_several_resolutions_passed_on_a_day_given_after_them():
    text = ("Kỳ họp thông qua Nghị quyết số 55/NQ-HĐND về kế hoạch năm 2024 và Nghị quyết số 56/NQ-HĐND về dự toán. "
            "Nghị quyết có hiệu lực từ ngày 1/1/2024.\n")
    for later in ("Các nghị quyết nêu trên đều được thông qua ngày 8/12/2023.",
                  "Hai nghị quyết được HĐND tỉnh thông qua tại phiên bế mạc ngày 8/12/2023."):
        got = dated(text + later + "\n")
        assert got["55/NQ-HĐND"] == got["56/NQ-HĐND"] == dt.date(2023, 12, 8), later
    # near miss: the day they take effect is not the day they were passed
    got = dated(text + "Các nghị quyết này có hiệu lực từ ngày 1/1/2024.\n")
    assert got["55/NQ-HĐND"] is None and got["56/NQ-HĐND"] is None


def test_documents_listed_after_a_dated_issuing_verb_share_its_date():
    got = dated("Ngày 8/12/2023, Ban Thường vụ Tỉnh ủy ban hành Nghị quyết số 09-NQ/TU về du lịch và "
                "Kế hoạch số 10-KH/TU.\n")
    assert got["09-NQ/TU"] == got["10-KH/TU"] == dt.date(2023, 12, 8)
    # near miss: a document the issued one carries out is not issued that day, nor one listed after it
    got = dated("Ngày 8/12/2023, UBND tỉnh ban hành Kế hoạch số 45/KH-UBND thực hiện Nghị quyết số 09-NQ/TU "
                "và Chỉ thị số 10-CT/TU.\n")
    assert got["45/KH-UBND"] == dt.date(2023, 12, 8)
    assert got["09-NQ/TU"] is None and got["10-CT/TU"] is None


def test_a_decision_that_issued_the_programme_named_before_dates_it():
    text = ("UBND tỉnh ban hành Kế hoạch số 54/KH-UBND thực hiện Chương trình “Chăm sóc dinh dưỡng 1.000 ngày đầu đời”. "
            "Kế hoạch thực hiện Quyết định số 1896/QĐ-TTg ngày 25/12/2019 của Thủ tướng Chính phủ ban hành Chương trình "
            "nói trên.\n")
    facts = extract(text)
    prog = next(d for d in facts.documents if d.key.startswith("CTr:"))
    assert prog.date == dt.date(2019, 12, 25)
    assert next(d for d in facts.documents if d.key == "1896/QĐ-TTg").issuer == "Thủ tướng Chính phủ"
    # near miss: without the back reference the programme keeps no date
    facts = extract(text.replace("ban hành Chương trình nói trên", "về dinh dưỡng"))
    assert next(d for d in facts.documents if d.key.startswith("CTr:")).date is None


def test_the_heading_names_the_level_of_the_texts_own_document():
    facts = extract("ỦY BAN NHÂN DÂN\nHUYỆN YÊN THÀNH\nSố: 512/BC-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                    "Yên Thành, ngày 10 tháng 12 năm 2024\nBÁO CÁO\n")
    assert next(d for d in facts.documents if d.key == "512/BC-UBND").level == "district"
    # near miss: the national motto's 'XÃ HỘI' on the line above is no commune, and a heading without a unit keeps
    # the level its code gives
    facts = extract("ỦY BAN NHÂN DÂN          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 77/KH-UBND\n"
                    "Yên Bái, ngày 08 tháng 5 năm 2024\nKẾ HOẠCH\n")
    assert next(d for d in facts.documents if d.key == "77/KH-UBND").level != "commune"



# rounds 7 and 8: one row a rule or its near miss: (text, the documents' dates expected)
ISSUE_DATES = [
    pytest.param("Hội Cựu chiến binh tỉnh triển khai Kế hoạch số 21-KH/CCB. Kế hoạch của Hội được ký ngày 9/5/2024.",
                 {"21-KH/CCB": dt.date(2024, 5, 9)}, id="later-sentence-names-the-owner"),
    pytest.param("Tỉnh rà soát việc thi hành Luật Thủ đô số 39/2024/QH15. Luật được Quốc hội thông qua ngày 28/6/2024.",
                 {"39/2024/QH15": dt.date(2024, 6, 28)}, id="later-sentence-names-the-body-that-passed-it"),
    # near miss: a sentence on the plan that does not state its issue dates nothing
    pytest.param("Hội Cựu chiến binh tỉnh triển khai Kế hoạch số 21-KH/CCB. Kế hoạch của Hội được quán triệt ngày 9/5/2024.",
                 {"21-KH/CCB": None}, id="later-sentence-without-the-issue"),
    pytest.param("Huyện ủy ban hành Chương trình số 07-CTr/HU; chương trình được ký ngày 3/10/2023.",
                 {"07-CTr/HU": dt.date(2023, 10, 3)}, id="clause-after-a-semicolon"),
    # near miss: the review of the programme after the semicolon is not its issue
    pytest.param("Huyện ủy ban hành Chương trình số 07-CTr/HU; chương trình được sơ kết ngày 3/10/2024.",
                 {"07-CTr/HU": None}, id="clause-after-a-semicolon-on-its-review"),
    pytest.param("Kế hoạch số 88/KH-UBND về cải cách hành chính được UBND huyện ban hành ngày 14/2/2024.",
                 {"88/KH-UBND": dt.date(2024, 2, 14)}, id="subject-then-duoc-body-issued"),
    # near miss: carried out on a day is not issued on it
    pytest.param("Kế hoạch số 88/KH-UBND về cải cách hành chính được UBND huyện triển khai ngày 14/2/2024.",
                 {"88/KH-UBND": None}, id="subject-then-duoc-body-carried-out"),
    pytest.param("Kế hoạch số 61/KH-UBND về phòng chống hạn mặn do UBND tỉnh ban hành ngày 2/2/2024 được triển khai.",
                 {"61/KH-UBND": dt.date(2024, 2, 2)}, id="subject-then-do-body-issued"),
    pytest.param("Kế hoạch số 61/KH-UBND về phòng chống hạn mặn mà UBND tỉnh vừa ban hành ngày 2/2/2024 nêu rõ.",
                 {"61/KH-UBND": dt.date(2024, 2, 2)}, id="subject-then-ma-body-issued"),
    # near miss: a meeting the body held on a day is not the plan's issue
    pytest.param("Kế hoạch số 61/KH-UBND về phòng chống hạn mặn do UBND tỉnh tổng kết ngày 2/2/2025.",
                 {"61/KH-UBND": None}, id="subject-then-do-body-reviewed"),
    pytest.param("Thực hiện Chỉ thị số 15-CT/TU của Tỉnh ủy “Về tăng cường phòng chống dịch bệnh” ngày 7/3/2023, "
                 "các huyện rà soát.", {"15-CT/TU": dt.date(2023, 3, 7)}, id="date-after-a-quoted-subject"),
    # near miss: a date set off by commas that opens the next clause
    pytest.param("Thực hiện Chỉ thị số 15-CT/TU của Tỉnh ủy “Về tăng cường phòng chống dịch bệnh”, ngày 7/3/2023, "
                 "Huyện ủy đã ban hành Kế hoạch số 9-KH/HU.", {"15-CT/TU": None}, id="quoted-subject-then-a-clause"),
    pytest.param("Chỉ thị số 15-CT/TU về phòng chống dịch, ban hành ngày 7/3/2023, được các huyện triển khai.",
                 {"15-CT/TU": dt.date(2023, 3, 7)}, id="issue-set-off-by-commas"),
    pytest.param("Thực hiện Quyết định số 131/QĐ-TTg của Thủ tướng Chính phủ phê duyệt Đề án hỗ trợ học sinh vùng "
                 "khó khăn giai đoạn 2022-2025 (ký ngày 9/2/2022), Sở Giáo dục triển khai.",
                 {"131/QĐ-TTg": dt.date(2022, 2, 9)}, id="decision-dated-after-what-it-approved"),
    # near miss: a decision not approving what follows it takes nothing from it
    pytest.param("Thực hiện Quyết định số 131/QĐ-TTg của Thủ tướng Chính phủ và Đề án hỗ trợ học sinh vùng "
                 "khó khăn giai đoạn 2022-2025 (ký ngày 9/2/2022), Sở Giáo dục triển khai.",
                 {"131/QĐ-TTg": None}, id="decision-beside-a-dated-de-an"),
    pytest.param("ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\n|\nSố:\n41/KH-UBND\n|\nLạng Sơn, ngày 12 tháng 3 năm 2024\n|\n"
                 "KẾ HOẠCH\nThực hiện Chỉ thị số 31-CT/TU", {"41/KH-UBND": dt.date(2024, 3, 12)},
                 id="heading-label-on-a-line-of-its-own"),
    # near miss: a number on a line of its own after a line of prose is no heading
    pytest.param("Các nhiệm vụ nêu tại văn bản số:\n41/KH-UBND\nLạng Sơn, ngày 12 tháng 3 năm 2024",
                 {"41/KH-UBND": None}, id="number-after-prose"),
    pytest.param("ỦY BAN NHÂN DÂN\nTỈNH BẾN TRE\n|\nSố: 52/KH-UBND\n|\nBến Tre, ngày\n09 tháng 5 năm 2023\n|\n"
                 "KẾ HOẠCH\nCăn cứ Kế hoạch số 17/KH-UBND ngày\n20/01/2023 của Ủy ban nhân dân tỉnh về chuyển đổi số.",
                 {"52/KH-UBND": dt.date(2023, 5, 9), "17/KH-UBND": dt.date(2023, 1, 20)}, id="line-wrapped-after-ngay"),
    # near miss: a paragraph break after 'ngày' ends the tail
    pytest.param("Căn cứ Kế hoạch số 17/KH-UBND ngày\n\n20/01/2023 các xã báo cáo.", {"17/KH-UBND": None},
                 id="paragraph-break-after-ngay"),
    pytest.param("Kỳ họp đã thông qua Nghị quyết số 27/2023/NQ-HĐND về học phí. Nghị quyết được HĐND tỉnh khóa X, "
                 "kỳ họp thứ 15 thông qua ngày 8/12/2023 và có hiệu lực từ ngày 1/1/2024.",
                 {"27/2023/NQ-HĐND": dt.date(2023, 12, 8)}, id="council-term-and-sitting"),
    # near miss: the council considering it, and the day it takes effect, are not its date
    pytest.param("Kỳ họp đã thông qua Nghị quyết số 27/2023/NQ-HĐND về học phí. Nghị quyết được HĐND tỉnh khóa X, "
                 "kỳ họp thứ 15 xem xét, có hiệu lực từ ngày 1/1/2024.", {"27/2023/NQ-HĐND": None},
                 id="council-considering-and-in-force"),
    pytest.param("Thông tin văn bản\n- Số hiệu: 64/2021/QĐ-UBND\n- Loại văn bản: Quyết định\n- Ngày ban hành: 02-11-2021",
                 {"64/2021/QĐ-UBND": dt.date(2021, 11, 2)}, id="law-library-record"),
    # near miss: the day it takes effect is another field
    pytest.param("Thông tin văn bản\n- Số hiệu: 64/2021/QĐ-UBND\n- Loại văn bản: Quyết định\n- Ngày có hiệu lực: 02-11-2021",
                 {"64/2021/QĐ-UBND": None}, id="law-library-record-in-force"),
    pytest.param("Sở Y tế ban hành Kế hoạch số 30/KH-SYT thực hiện Kế hoạch số 11-KH/TU của Tỉnh ủy. "
                 "Kế hoạch được ký ngày 6/6/2024.", {"30/KH-SYT": dt.date(2024, 6, 6), "11-KH/TU": None},
                 id="later-sentence-dates-the-one-issued"),
    pytest.param("Huyện ủy ban hành Nghị quyết số 08-NQ/HU về du lịch, cụ thể hóa Nghị quyết số 82-NQ/TW. "
                 "Nghị quyết được ban hành ngày 6/6/2024.", {"08-NQ/HU": dt.date(2024, 6, 6), "82-NQ/TW": None},
                 id="later-sentence-not-the-one-carried-out"),
    # near miss: named in a sentence of its own, the last one is the one the sentence goes on about
    pytest.param("Huyện ủy quán triệt Nghị quyết số 82-NQ/TW. Huyện ủy triển khai Nghị quyết số 08-NQ/HU. "
                 "Nghị quyết được ban hành ngày 6/6/2024.", {"08-NQ/HU": dt.date(2024, 6, 6), "82-NQ/TW": None},
                 id="later-sentence-after-sentences-of-their-own"),
    pytest.param("Thứ Hai, 15/01/2024\nTỉnh triển khai Nghị quyết số 15/2023/NQ-HĐND ngày 8/12 của HĐND tỉnh.",
                 {"15/2023/NQ-HĐND": dt.date(2023, 12, 8)}, id="day-and-month-take-the-symbols-year"),
    # near miss: a symbol without a year leaves the page's year
    pytest.param("Thứ Hai, 15/01/2024\nTỉnh triển khai Nghị quyết số 15/NQ-HĐND ngày 8/1 của HĐND tỉnh.",
                 {"15/NQ-HĐND": dt.date(2024, 1, 8)}, id="day-and-month-take-the-pages-year"),
    pytest.param("Thực hiện các Nghị quyết số 26-NQ/TW, số 27-NQ/TW ngày 19/5/2018 của Ban Chấp hành Trung ương.",
                 {"26-NQ/TW": dt.date(2018, 5, 19), "27-NQ/TW": dt.date(2018, 5, 19)}, id="list-repeating-so"),
    pytest.param("Thực hiện Nghị quyết số 26-NQ/TW, Nghị quyết số 27-NQ/TW cùng ngày 19/5/2018 của Ban Chấp hành "
                 "Trung ương.", {"26-NQ/TW": dt.date(2018, 5, 19), "27-NQ/TW": dt.date(2018, 5, 19)},
                 id="list-sharing-cung-ngay"),
    # near miss: the first one's own issuer between them ends the list
    pytest.param("Thực hiện Nghị quyết số 26-NQ/TW của Ban Chấp hành Trung ương, số 27-NQ/TW ngày 19/5/2018.",
                 {"26-NQ/TW": None}, id="list-broken-by-an-issuer"),
    # round 8
    pytest.param("Nghị quyết 57-NQ/TW do Tổng Bí thư Tô Lâm ký ban hành ngày 22/12/2024 về khoa học, công nghệ.",
                 {"57-NQ/TW": dt.date(2024, 12, 22)}, id="signer-right-after-the-symbol"),
    pytest.param("Kế hoạch số 45/KH-UBND được Chủ tịch UBND tỉnh ký ngày 12/3/2024.",
                 {"45/KH-UBND": dt.date(2024, 3, 12)}, id="passive-signer-right-after-the-symbol"),
    # near miss: the body that held a review after the symbol is no signer, its day no issue date
    pytest.param("Nghị quyết 57-NQ/TW do Ban Thường vụ Tỉnh ủy tổ chức sơ kết ngày 22/12/2025.",
                 {"57-NQ/TW": None}, id="reviewed-by-not-signed-by"),
    # near miss: a symbol and its signer in another sentence
    pytest.param("Tỉnh triển khai Nghị quyết 57-NQ/TW. Do Chủ tịch UBND tỉnh ký ngày 22/12/2025, Kế hoạch có hiệu lực.",
                 {"57-NQ/TW": None}, id="signer-in-the-next-sentence"),
    pytest.param("Nghị quyết số 57-NQ/TW được ký ban hành ngày 22/12/2024.", {"57-NQ/TW": dt.date(2024, 12, 22)},
                 id="signed-and-issued-in-one-verb"),
    pytest.param("Nghị quyết số 57-NQ/TW đã được ký ban hành vào ngày 22/12/2024.",
                 {"57-NQ/TW": dt.date(2024, 12, 22)}, id="signed-and-issued-with-vao"),
    # a page copied without the spaces around 'ngày'
    pytest.param("Căn cứ Thông báo số 70-TB/TWngày 06 tháng 01 năm 2012 của Ban Bí thư.",
                 {"70-TB/TW": dt.date(2012, 1, 6)}, id="symbol-glued-to-ngay"),
    pytest.param("Căn cứ Chỉ thị số 45-CT/TW ngày22 tháng 7 năm 2010 của Bộ Chính trị.",
                 {"45-CT/TW": dt.date(2010, 7, 22)}, id="ngay-glued-to-the-day"),
    # near miss: a number glued to another word is no date
    pytest.param("Căn cứ Chỉ thị số 45-CT/TW, mã22/7/2010 của Bộ Chính trị.", {"45-CT/TW": None},
                 id="other-word-glued-to-the-day"),
    pytest.param("Ngày 8/12/2023, UBND tỉnh ra Quyết định số 1234/QĐ-UBND phê duyệt đề án.",
                 {"1234/QĐ-UBND": dt.date(2023, 12, 8)}, id="authority-ra-a-decision"),
    pytest.param("Ngày 8/12/2023, Huyện ủy có Công văn số 123-CV/HU gửi các chi bộ.",
                 {"123-CV/HU": dt.date(2023, 12, 8)}, id="committee-co-a-letter"),
    # near misses: 'có' after a place counts documents; 'có ý kiến về' is no issue
    pytest.param("Ngày 8/12/2023, toàn tỉnh có Quyết định số 1234/QĐ-UBND phê duyệt đề án.",
                 {"1234/QĐ-UBND": None}, id="place-co-is-no-issue"),
    pytest.param("Ngày 8/12/2023, Huyện ủy có ý kiến về Công văn số 123-CV/HU.", {"123-CV/HU": None},
                 id="an-opinion-on-a-letter-is-no-issue"),
    # a day and month without a year after the page's date are of the year before
    pytest.param("Thứ Hai, 15/01/2024\nNgày 20/12, UBND tỉnh ban hành Kế hoạch số 45/KH-UBND về chuyển đổi số.",
                 {"45/KH-UBND": dt.date(2023, 12, 20)}, id="issued-before-the-page-in-the-year-before"),
    pytest.param("Thứ Hai, 15/01/2024\nUBND tỉnh ban hành Kế hoạch số 45/KH-UBND ngày 20/12 về chuyển đổi số.",
                 {"45/KH-UBND": dt.date(2023, 12, 20)}, id="tail-before-the-page-in-the-year-before"),
    # near miss: one before the page's date keeps its year
    pytest.param("Thứ Hai, 15/01/2024\nNgày 12/1, UBND tỉnh ban hành Kế hoạch số 45/KH-UBND về chuyển đổi số.",
                 {"45/KH-UBND": dt.date(2024, 1, 12)}, id="issued-before-the-page-in-its-year"),
    pytest.param("Ngày 22/12/2024, Bộ Chính trị ra Nghị quyết 57-NQ/TW về khoa học, công nghệ.",
                 {"57-NQ/TW": dt.date(2024, 12, 22)}, id="politburo-ra-a-resolution"),
    # a date between two commas' worth of clause, the second comma left out: it opens the clause of the new plan
    pytest.param("Thực hiện Nghị quyết số 57-NQ/TW, ngày 15/3/2025 Tỉnh ủy đã ban hành Kế hoạch số 20-KH/TU.",
                 {"57-NQ/TW": None, "20-KH/TU": dt.date(2025, 3, 15)}, id="date-opens-a-clause-without-its-comma"),
    # near misses: the document's own issuer, subject or passive after its date
    pytest.param("Thực hiện Nghị quyết số 12-NQ/TU, ngày 10/1/2024 của Tỉnh ủy về chuyển đổi số đã có kết quả.",
                 {"12-NQ/TU": dt.date(2024, 1, 10)}, id="date-then-its-issuer"),
    pytest.param("Quán triệt Nghị quyết số 12-NQ/TU, ngày 10/1/2024 được ban hành.",
                 {"12-NQ/TU": dt.date(2024, 1, 10)}, id="date-then-its-passive"),
    # an official heading flattened with its place-date line above the number
    pytest.param("ỦY BAN NHÂN DÂN\nTỈNH YÊN BÁI\nYÊN BÁI, ngày 08 tháng 5 năm 2024\nSố: 102/KH-UBND\nKẾ HOẠCH\n"
                 "Thực hiện Nghị quyết số 57-NQ/TW.", {"102/KH-UBND": dt.date(2024, 5, 8), "57-NQ/TW": None},
                 id="place-date-line-above-the-number"),
    # near miss: a date in a sentence above the number is no place-date line
    pytest.param("Sáng 8/5/2024, Tỉnh ủy họp, ngày 08 tháng 5 năm 2024\nSố: 102/KH-UBND\nKẾ HOẠCH\nThực hiện Nghị "
                 "quyết số 57-NQ/TW.", {"102/KH-UBND": None}, id="sentence-above-the-number"),
]


@pytest.mark.parametrize("text, want", ISSUE_DATES)
def test_issue_dates_of_rounds_7_and_8(text, want):
    got = dated(text + "\n")
    assert {k: got.get(k, "missing") for k in want} == want


NOTICE = ("THÔNG BÁO KẾT LUẬN\ncủa Ban Thường vụ Huyện ủy về công tác phòng chống lụt bão\nSố 88-TB/HU\n\n"
          "Ngày 02/8/2024, Ban Thường vụ Huyện ủy họp nghe báo cáo công tác phòng chống lụt bão.\n\n"
          "Nơi nhận:\n- Các chi bộ, đảng bộ,\n- Lưu Văn phòng.\n\n{foot}T/M BAN THƯỜNG VỤ\n")


def test_the_place_date_line_at_the_foot_dates_the_heading_number():
    got = dated(NOTICE.format(foot="Mường Lát, ngày 06 tháng 8 năm 2024\n"))
    assert got["88-TB/HU"] == dt.date(2024, 8, 6)
    # near misses: the meeting's day in the body is not on a line of its own; two such lines leave it open
    assert dated(NOTICE.format(foot=""))["88-TB/HU"] is None
    two = NOTICE.format(foot="Mường Lát, ngày 06 tháng 8 năm 2024\nMường Lát, ngày 07 tháng 8 năm 2024\n")
    assert dated(two)["88-TB/HU"] is None


@pytest.mark.parametrize("text, key", [
    ("Ngày 5/4/2024, Huyện ủy ban hành Nghị quyết số 12-NQ/TU năm 2021 về phát triển kinh tế.", "12-NQ/TU"),
    ("Tại hội nghị ngày 20/10/2022, Tỉnh ủy đã thông qua Nghị quyết số 08-NQ/TU về du lịch và Kế hoạch số "
     "30-KH/TU năm 2021 của Tỉnh ủy.", "30-KH/TU"),
    ("Ngày 3/3/2024, UBND tỉnh ban hành Quyết định số 14/2023/QĐ-UBND về giá đất.", "14/2023/QĐ-UBND"),
])
def test_a_date_later_than_the_year_a_document_is_named_by_is_not_its(text, key):
    # the year after the symbol, or in a state symbol, is the document's: a later day is another act's
    assert dated(text)[key] is None


def test_near_miss_a_date_in_the_year_the_document_is_named_by_is_kept():
    got = dated("Ngày 20/12/2021, Tỉnh ủy ban hành Nghị quyết số 12-NQ/TU năm 2021 về chuyển đổi số. Kết quả thực "
                "hiện Nghị quyết số 05-NQ/TU ngày 10/1/2020 của Tỉnh ủy năm 2023 đạt khá.")
    assert got["12-NQ/TU"] == dt.date(2021, 12, 20)
    # ('năm 2023' after the issuer is the year of the results; an earlier issue date stands)
    assert got["05-NQ/TU"] == dt.date(2020, 1, 10)


def test_near_miss_the_year_of_the_carrying_out_leaves_an_earlier_date():
    got = dated("Nghị quyết số 09-NQ/TU ngày 3/5/2021 của Tỉnh ủy. Kết quả thực hiện Nghị quyết số 09-NQ/TU năm "
                "2023 đạt khá.")
    assert got["09-NQ/TU"] == dt.date(2021, 5, 3)


@pytest.mark.parametrize("date_line", ["Tin ngày 14.05.2024", "Tin ngày 14/05/2024"])
def test_a_date_line_the_text_does_not_read_as_its_own_dates_no_document_below_it(date_line):
    # the line's date is not taken for the page's, so 'Ngày 10/5' has no year: the plan's date is left out
    text = date_line + "\nTỉnh ủy triển khai kế hoạch\nNgày 10/5, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 41-KH/TU.\n"
    docs = {d.key: d for d in extract(text).documents}
    assert docs["41-KH/TU"].date is None


@pytest.mark.parametrize("date_line", ["Tin ngày 14/05/2024 - 08:30", "Tin ngày 14.05.2024 - 08:30",
                                       "Tin ngày 14-05-2024 - 08:30", "Tin | ngày 14 tháng 5 năm 2024 - 08:30"])
def test_a_page_s_date_line_dates_the_text_in_every_form_of_its_day(date_line):
    # (the day with dots or dashes, or in words after the section's bar, is the day with slashes: the year of 'Ngày 10/5')
    text = date_line + "\nTỉnh ủy triển khai kế hoạch\nNgày 10/5, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 41-KH/TU.\n"
    facts = extract(text)
    assert facts.date == dt.date(2024, 5, 14)
    assert {d.key: d for d in facts.documents}["41-KH/TU"].date == dt.date(2024, 5, 10)


def test_a_full_date_opening_the_sentence_still_dates_the_document():
    # near miss: the date stands in the sentence, not on a line of its own
    text = "Tỉnh ủy triển khai kế hoạch\nNgày 10.05.2024, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 41-KH/TU.\n"
    docs = {d.key: d for d in extract(text).documents}
    assert docs["41-KH/TU"].date == dt.date(2024, 5, 10)


@pytest.mark.parametrize("said", ["Kế hoạch mang ngày 14/5/2024.", "Kế hoạch này mang ngày 14/5/2024.",
                                  "Kế hoạch có ngày ban hành 14/5/2024.", "Văn bản mang ngày 14/5/2024."])
def test_the_date_a_document_bears_stated_in_the_next_sentence_is_its_issue(said):
    got = dated(f"Ban Thường vụ Huyện ủy vừa ban hành Kế hoạch số 58-KH/HU về phát triển du lịch cộng đồng. {said}\n")
    assert got["58-KH/HU"] == dt.date(2024, 5, 14)


def test_a_text_word_after_a_comma_dates_the_document_before_it():
    got = dated("Hội nghị đánh giá việc thực hiện Kế hoạch số 31-KH/HU của Ban Thường vụ Huyện ủy, văn bản được ký "
                "ngày 9 tháng 8 năm 2022 để triển khai Chỉ thị trong toàn Đảng bộ.\n")
    assert got["31-KH/HU"] == dt.date(2022, 8, 9)


def test_near_miss_a_date_a_document_bears_is_not_one_it_mentions():
    # 'mang' without 'ngày' after it: no date stated; the page's own date stays out of the document
    got = dated("Ban Thường vụ Huyện ủy vừa ban hành Kế hoạch số 58-KH/HU về du lịch. Kế hoạch mang ý nghĩa quan "
                "trọng, đến ngày 30/6/2024 phải hoàn thành khảo sát.\n")
    assert got["58-KH/HU"] is None


@pytest.mark.parametrize("body", ["Ban Chấp hành Đảng bộ phường", "Ban Chấp hành Đảng bộ xã Tân Lập",
                                  "Ban Chấp hành Đảng bộ thị trấn"])
def test_a_commune_party_committee_named_as_its_executive_is_read_with_the_date_after_it(body):
    text = (f"Đảng ủy tổ chức hội nghị quán triệt Chương trình hành động số 07-CTr/ĐU của {body} "
            "(ban hành ngày 4/10/2025) thực hiện Nghị quyết số 57-NQ/TW.\n")
    doc = next(d for d in extract(text).documents if d.key == "07-CTr/ĐU")
    assert (doc.issuer, doc.date, doc.level) == (body, dt.date(2025, 10, 4), "commune")


def test_a_mention_whose_tail_runs_onto_the_next_line_keeps_its_date_issuer_and_subject():
    # (hard-wrapped lines, as a law library's copy gives them; a line that ends on a stop is not run on)
    facts = extract("Căn cứ Quyết định số 77/QĐ-UBND\nngày 02 tháng 3 năm 2021 của Ủy ban nhân dân tỉnh về việc\n"
                    "giao chỉ tiêu cho các huyện giai\nđoạn 2021-2025;\nNgày 5/5/2021, Sở ban hành Kế hoạch số 8/KH-SNV.\n"
                    "ngày hội được tổ chức sau đó.\n")
    doc = next(d for d in facts.documents if d.key == "77/QĐ-UBND")
    assert doc.date == dt.date(2021, 3, 2) and doc.issuer == "Ủy ban nhân dân tỉnh"
    assert doc.subject == "giao chỉ tiêu cho các huyện giai đoạn 2021-2025"
    assert next(d for d in facts.documents if d.key == "8/KH-SNV").date == dt.date(2021, 5, 5)
