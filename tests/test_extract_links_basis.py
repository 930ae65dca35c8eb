"""Links from lists of bases, reports weighed, purpose openers, carried and amended documents
(kg.extract.links basis_links, kg.extract.link_items item_list, kg.extract.documents carriers and reports).
Short texts of our own; each rule with its near misses."""
from __future__ import annotations

import pytest

from kg.extract import extract
from tests.extract_helpers import link_rows


def links(text: str) -> set[tuple[str, str, str]]:
    return {(x.from_, x.type, x.to) for x in extract(text).links}


def keys(text: str) -> set[str]:
    return {d.key for d in extract(text).documents}


PREAMBLE = (
    "Ngày 3/4/2023, UBND tỉnh Kon Tum ban hành Quyết định số 210/QĐ-UBND về việc phê duyệt kế hoạch trồng rừng.\n\n"
    "Quyết định được ban hành căn cứ Luật Lâm nghiệp ngày 15/11/2017; Nghị định số 156/2018/NĐ-CP ngày "
    "16/11/2018 của Chính phủ về quy định chi tiết thi hành Luật Lâm nghiệp; Nghị quyết số 07-NQ/TU ngày "
    "2/5/2021 của Tỉnh ủy về phát triển rừng và Kết luận số 19-KL/TU ngày 1/2/2022 của Tỉnh ủy về bảo vệ rừng.\n"
)


def test_every_item_of_a_basis_list_is_a_basis_of_the_document_issued():
    got = links(PREAMBLE)
    for to in ("Luật:Lâm nghiệp (15/11/2017)", "156/2018/NĐ-CP", "07-NQ/TU", "19-KL/TU"):
        assert ("210/QĐ-UBND", "based_on", to) in got


def test_a_law_cited_with_its_date_is_keyed_by_name_and_date():
    assert "Luật:Lâm nghiệp (15/11/2017)" in keys(PREAMBLE)


def test_a_law_named_inside_a_title_is_not_an_item():
    # 'về quy định chi tiết thi hành Luật Lâm nghiệp' is the decree's subject, not a second basis
    got = links(PREAMBLE)
    assert not any(to.startswith("Luật:Lâm nghiệp") and to != "Luật:Lâm nghiệp (15/11/2017)" for _, _, to in got)


def test_a_preamble_line_opening_with_can_cu_belongs_to_the_text_s_document():
    text = ("HĐND tỉnh Gia Lai thông qua Nghị quyết số 45/2024/NQ-HĐND về hỗ trợ học phí.\n"
            "Căn cứ Nghị định số 81/2021/NĐ-CP ngày 27/8/2021 của Chính phủ;\n"
            "Xét Tờ trình số 136/TTr-UBND ngày 2/3/2024 của UBND tỉnh, Báo cáo thẩm tra số 45/BCTT-VHXH của Ban Văn hóa - Xã hội.\n")
    got = links(text)
    assert ("45/2024/NQ-HĐND", "based_on", "81/2021/NĐ-CP") in got
    assert ("45/2024/NQ-HĐND", "based_on", "136/TTr-UBND") in got
    assert ("45/2024/NQ-HĐND", "based_on", "45/BCTT-VHXH") in got


def test_xem_xet_and_xet_thay_are_not_bases():
    text = ("Tỉnh ủy ban hành Kết luận số 88-KL/TU về du lịch. Ban Thường vụ xét thấy Nghị quyết số 05-NQ/TU "
            "còn hiệu lực.\n")
    assert not any(t == "based_on" for _, t, _ in links(text))


def test_reports_weighed_before_adoption_are_bases_keyed_by_their_issuer():
    text = ("Ngày 2/6/2023, Tỉnh ủy Bình Định ban hành Kết luận số 300-KL/TU về giao thông.\n\n"
            "Tại hội nghị, Ban Chấp hành Đảng bộ tỉnh đã thảo luận Tờ trình của Ban Thường vụ Tỉnh ủy cùng "
            "Báo cáo của Ban cán sự đảng UBND tỉnh và thống nhất kết luận.\n")
    got = links(text)
    assert ("300-KL/TU", "based_on", "TTr:Ban Thường vụ Tỉnh ủy") in got
    assert ("300-KL/TU", "based_on", "BC:Ban cán sự đảng UBND tỉnh") in got


def test_a_report_on_carrying_a_document_out_is_no_basis_of_it():
    # a sitting weighs how an earlier resolution went: the resolution is the report's subject, not built on it
    text = ("Kỳ họp xem xét Báo cáo của UBND tỉnh về tình hình thực hiện Nghị quyết số 64/NQ-HĐND ngày 8/12/2024 "
            "của HĐND tỉnh về kế hoạch phát triển kinh tế - xã hội năm 2025.\n")
    assert not any(k.startswith("BC:") for k in keys(text))
    assert not any(t == "based_on" for _, t, _ in links(text))
    # near miss: a report weighed before a resolution is adopted stays its basis
    text = ("Kỳ họp xem xét Báo cáo của UBND tỉnh về dự toán ngân sách năm 2026 và thông qua Nghị quyết số "
            "70/NQ-HĐND ngày 9/12/2025 về dự toán ngân sách năm 2026.\n")
    assert ("70/NQ-HĐND", "based_on", "BC:UBND tỉnh") in links(text)


def test_a_report_named_in_passing_is_no_document():
    text = "Ngày 2/6/2023, Tỉnh ủy ban hành Kết luận số 300-KL/TU. Báo cáo của Sở Tài chính cho thấy thu ngân sách tăng.\n"
    assert not any(k.startswith("BC:") for k in keys(text))


def test_a_bare_type_word_opening_a_clause_is_the_document_issued():
    text = ("Ngày 5/1/2022, UBND tỉnh ban hành Quyết định số 12/QĐ-UBND về việc ban hành quy chế. Quyết định "
            "số 12/QĐ-UBND thay thế các quy định trước.\n\n"
            "Đồng thời, Quyết định căn cứ Quyết định số 700/QĐ-UBND ngày 1/3/2019 của UBND tỉnh về quy hoạch.\n")
    got = links(text)
    assert ("12/QĐ-UBND", "based_on", "700/QĐ-UBND") in got
    assert not any(k.startswith("QĐ:") for k in keys(text))


def test_a_purpose_opener_links_the_text_s_document_to_each_listed_document():
    text = ("Kết luận 150-KL/TW về chuyển đổi số\n\n"
            "Nhằm thực hiện quyết liệt, hiệu quả các nhiệm vụ, giải pháp tại Kết luận số 140-KL/TW ngày 1/2/2025 "
            "của Bộ Chính trị về tổng kết Nghị quyết số 52-NQ/TW và Kết luận số 141-KL/TW ngày 2/2/2025 của Ban "
            "Bí thư, Bộ Chính trị yêu cầu các cấp ủy tập trung thực hiện.\n")
    got = links(text)
    assert ("150-KL/TW", "implements", "140-KL/TW") in got
    assert ("150-KL/TW", "implements", "141-KL/TW") in got
    assert not any(to == "52-NQ/TW" for a, _, to in got if a == "150-KL/TW")


def test_a_purpose_opener_prefers_the_document_the_sentence_issues():
    text = ("Tin địa phương\n\nĐể thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị, Ban Thường vụ "
            "Huyện ủy ban hành Kế hoạch số 31-KH/HU về chuyển đổi số.\n")
    assert ("31-KH/HU", "implements", "57-NQ/TW") in links(text)


def test_a_programme_carried_by_a_resolution_is_the_resolution():
    text = ("Ngày 5/5/2021, Chính phủ ban hành Nghị quyết số 50/NQ-CP kèm theo Chương trình hành động của Chính phủ "
            "thực hiện Nghị quyết số 39-NQ/TW ngày 15/1/2019 của Bộ Chính trị. Chương trình hành động ban hành kèm "
            "theo Nghị quyết được giao cho các bộ.\n")
    assert ("50/NQ-CP", "implements", "39-NQ/TW") in links(text)
    assert not any(k.startswith("CTr:") for k in keys(text))


def test_a_plan_issued_by_a_decision_is_the_decision():
    text = ("UBND tỉnh ban hành Quyết định số 90/QĐ-UBND ngày 1/2/2020 của UBND tỉnh về việc ban hành Kế hoạch thực "
            "hiện Quyết định số 45/QĐ-TTg ngày 3/1/2020 của Thủ tướng Chính phủ.\n")
    assert ("90/QĐ-UBND", "implements", "45/QĐ-TTg") in links(text)
    assert not any(k.startswith("KH:") for k in keys(text))


def test_an_amending_title_amends_what_it_names_but_not_what_is_nested():
    text = ("Ngày 2/8/2022, UBND tỉnh ban hành Quyết định số 400/QĐ-UBND về việc điều chỉnh, bổ sung một số nội dung "
            "của Quyết định số 120/QĐ-UBND ngày 1/3/2021 của UBND tỉnh về việc ban hành Kế hoạch thực hiện "
            "Nghị quyết số 11-NQ/TU.\n")
    got = links(text)
    assert ("400/QĐ-UBND", "amends", "120/QĐ-UBND") in got
    assert ("400/QĐ-UBND", "amends", "11-NQ/TU") not in got


def test_a_title_that_does_not_amend_gives_no_amends_link():
    text = "UBND tỉnh ban hành Quyết định số 400/QĐ-UBND về việc giao chỉ tiêu của Quyết định số 120/QĐ-UBND.\n"
    assert not any(t == "amends" for _, t, _ in links(text))


def test_tu_printed_with_u_horn_reads_the_issuer_level():
    text = ("Ngày 1/6/2022, Tỉnh ủy Phú Yên ban hành Kết luận số 77-KL/TƯ về cảng biển. Sau 5 năm thực hiện Nghị quyết "
            "05-NQ/TƯ của Tỉnh ủy (khóa XV), hạ tầng phát triển.\n")
    assert {"77-KL/TU", "05-NQ/TU"} <= keys(text)
    assert "12-NQ/TW" in keys("Bộ Chính trị ban hành Nghị quyết số 12-NQ/TƯ về quốc phòng.\n")


def test_a_state_number_with_a_letter_is_one_symbol():
    assert "30a/2008/NQ-CP" in keys("Chương trình theo Nghị quyết số 30a/2008/NQ-CP ngày 27/12/2008 của Chính phủ.\n")


def test_an_amending_law_is_a_document_that_amends_each_law_it_names():
    text = ("Quốc hội thông qua Luật sửa đổi, bổ sung một số điều của Luật Đầu tư công, Luật Ngân sách nhà nước và "
            "Luật Quy hoạch.\n")
    got = links(text)
    amending = {a for a, t, _ in got if t == "amends"}
    assert len(amending) == 1 and next(iter(amending)).startswith("Luật:sửa đổi, bổ sung")
    assert {to for _, t, to in got if t == "amends"} == {"Luật:Đầu tư công", "Luật:Ngân sách nhà nước", "Luật:Quy hoạch"}


def test_detailing_and_guiding_documents_guide():
    assert ("45/2025/NĐ-CP", "guides", "Luật:Đầu tư công") in links(
        "Chính phủ ban hành Nghị định số 45/2025/NĐ-CP quy định chi tiết một số điều của Luật Đầu tư công.\n")
    assert ("8/2025/TT-BTC", "guides", "45/2025/NĐ-CP") in links(
        "Bộ Tài chính ban hành Thông tư số 8/2025/TT-BTC hướng dẫn thi hành Nghị định số 45/2025/NĐ-CP.\n")


def test_a_law_name_ends_where_the_clause_goes_on():
    assert keys("Luật Quy hoạch có hiệu lực từ ngày 1/1/2019.\n") == {"Luật:Quy hoạch"}
    assert keys("Theo Luật Quy hoạch và các văn bản hướng dẫn, tỉnh lập quy hoạch.\n") == {"Luật:Quy hoạch"}
    assert keys("Theo Luật Bảo vệ và Phát triển rừng, tỉnh giao rừng.\n") == {"Luật:Bảo vệ và Phát triển rừng"}


def test_an_official_text_carries_out_what_its_title_line_and_opening_sentence_name():
    f = extract("HUYỆN ỦY TÂN KỲ\nSố 88-KH/HU\nTân Kỳ, ngày 03 tháng 4 năm 2024\n\nKẾ HOẠCH\n"
                "thực hiện Chỉ thị số 21-CT/TU ngày 1/3/2024 của Ban Thường vụ Tỉnh ủy\n\n"
                "Thực hiện Chỉ thị số 21-CT/TU và Kết luận số 14-KL/TW, Ban Thường vụ Huyện ủy xây dựng Kế hoạch như sau:\n")
    got = {(x.from_, x.type, x.to) for x in f.links}
    assert {("88-KH/HU", "implements", "21-CT/TU"), ("88-KH/HU", "implements", "14-KL/TW")} <= got


def test_news_opening_on_thuc_hien_links_nothing_to_the_first_document():
    # near miss: in a news text (no heading number) 'Thực hiện X, ...' does not make its first document implement X
    f = extract("Ban hành Kế hoạch số 88-KH/HU của Huyện ủy.\nThực hiện Chỉ thị số 21-CT/TU, các chi bộ đã tổ chức quán triệt.\n")
    assert not any(x.to == "21-CT/TU" for x in f.links)


def test_a_law_name_goes_on_after_va_in_lower_case_up_to_its_date():
    assert "Luật:Bảo vệ và phát triển rừng (3/12/2004)" in keys("Căn cứ Luật Bảo vệ và phát triển rừng ngày 3/12/2004.")
    # near miss: 'và các văn bản ...' after a law is no part of its name
    assert "Luật:Đất đai" in keys("Căn cứ Luật Đất đai và các văn bản hướng dẫn ngày 1/1/2024.")


def test_a_law_name_after_va_keeps_a_comma_of_a_pair_up_to_its_date():
    text = ("Triển khai Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ ngày 29/11/2024. Phổ biến Luật Phòng cháy, chữa "
            "cháy và cứu nạn, cứu hộ tới người dân.")
    assert keys(text) >= {"Luật:Phòng cháy, chữa cháy và cứu nạn, cứu hộ (29/11/2024)"}
    assert "Luật:Phòng cháy, chữa cháy" not in keys(text)
    # near miss: a comma before words of no pair ends the name ('và cứu nạn, tuyên truyền ...' lists tasks)
    assert "Luật:Phòng cháy, chữa cháy" in keys("Thực hiện Luật Phòng cháy, chữa cháy và cứu nạn, tuyên truyền ngày 5/3/2024.")


# ---------------------------------------------------------------- round 6: 'X này' in an official text, a news opener

def test_an_official_text_calls_itself_by_its_type_with_nay():
    text = ("ỦY BAN NHÂN DÂN\nSố: 03/CT-UBND\nBắc Kạn, ngày 05 tháng 3 năm 2024\nCHỈ THỊ\n"
            "Thực hiện Chỉ thị số 13-CT/TW ngày 12/01/2017 của Ban Bí thư, Chủ tịch UBND tỉnh yêu cầu các sở thực hiện.\n"
            "Chỉ thị này có hiệu lực kể từ ngày ký và thay thế Chỉ thị số 01/CT-UBND ngày 12/01/2023.\n")
    got = links(text)
    assert ("03/CT-UBND", "replaces", "01/CT-UBND") in got
    assert ("13-CT/TW", "replaces", "01/CT-UBND") not in got
    # near miss: in a news text (no heading number) 'Chỉ thị này' is still the one named last
    got = links("Tỉnh ủy có Chỉ thị số 13-CT/TU về rừng. Chỉ thị này thay thế Chỉ thị số 01-CT/TU.\n")
    assert ("13-CT/TU", "replaces", "01-CT/TU") in got


def test_a_news_sentence_opening_on_a_document_carried_out_by_the_one_issued():
    got = links("Chỉ thị số 21-CT/TW của Ban Bí thư về công tác phụ nữ.\n"
                "Triển khai Chỉ thị, Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 95-KH/TU ngày 5-4-2018.\n")
    assert ("95-KH/TU", "implements", "21-CT/TW") in got
    got = links("Nghị quyết số 20-NQ/TW của Hội nghị Trung ương 5.\n"
                "Để đưa Nghị quyết vào cuộc sống, Ban Thường vụ Tỉnh ủy ban hành Chương trình hành động số 62-CTr/TU.\n")
    assert ("62-CTr/TU", "implements", "20-NQ/TW") in got
    # near miss: no document issued in the sentence, no link (the text's first document is not its subject)
    got = links("Kế hoạch số 88-KH/HU của Huyện ủy.\nTriển khai Chỉ thị số 21-CT/TW, các chi bộ đã tổ chức quán triệt.\n")
    assert not any(x[2] == "21-CT/TW" for x in got)


def test_a_document_of_the_list_named_again_is_not_the_one_issued():
    text = ("ỦY BAN NHÂN DÂN\nSố: 98/KH-UBND\n"
            "Thực hiện Chương trình số 45-CTr/TU và Nghị quyết số 03/NQ-CP ngày 09/01/2025 của Chính phủ ban hành "
            "Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW, UBND tỉnh ban hành Kế hoạch như sau:\n")
    got = links(text)
    assert ("98/KH-UBND", "implements", "03/NQ-CP") in got and ("98/KH-UBND", "implements", "45-CTr/TU") in got
    assert ("03/NQ-CP", "implements", "45-CTr/TU") not in got


def test_dong_thoi_starts_a_second_act_not_a_link():
    # 'quán triệt X, đồng thời triển khai Y': X does not carry Y out; near miss: 'Y thực hiện X' still links
    text = ("Ngày 24/5/2024, Hội Nông dân tỉnh tổ chức hội nghị quán triệt Nghị quyết số 46-NQ/TW của Bộ Chính trị, "
            "đồng thời triển khai Kế hoạch số 71-KH/HNDT của Hội.")
    assert ("46-NQ/TW", "implements", "71-KH/HNDT") not in links(text)
    assert ("71-KH/HNDT", "implements", "46-NQ/TW") in links(
        "Hội Nông dân tỉnh ban hành Kế hoạch số 71-KH/HNDT thực hiện Nghị quyết số 46-NQ/TW của Bộ Chính trị.")


def test_va_then_a_cue_after_a_document_a_meeting_works_on_is_the_meetings_second_act():
    text = ("Sáng 15/9/2025, Đảng ủy phường tổ chức hội nghị quán triệt Nghị quyết số 57-NQ/TW của Bộ Chính trị về "
            "chuyển đổi số và triển khai Kế hoạch số 14-KH/ĐU của Đảng ủy phường.")
    assert ("57-NQ/TW", "implements", "14-KH/ĐU") not in links(text)
    # near miss: a plan whose own title says 'và triển khai' does carry the resolution out
    assert ("20-KH/ĐU", "implements", "57-NQ/TW") in links(
        "Đảng ủy phường ban hành Kế hoạch số 20-KH/ĐU về việc học tập và triển khai Nghị quyết số 57-NQ/TW của Bộ "
        "Chính trị.")


def test_a_comma_then_a_cue_after_a_document_a_meeting_works_on_is_the_meetings_second_act():
    text = ("Đảng ủy xã Tân Hòa quán triệt Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị, triển khai Kế "
            "hoạch số 14-KH/ĐU của Đảng ủy xã.")
    assert ("57-NQ/TW", "implements", "14-KH/ĐU") not in links(text)
    # near misses: a plan named with its own title after a comma still carries the resolution out, and so does one
    # whose title the comma goes on with
    assert ("14-KH/ĐU", "implements", "57-NQ/TW") in links(
        "Đảng ủy xã ban hành Kế hoạch số 14-KH/ĐU, thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị.")
    assert ("12/KH-MTTQ", "implements", "40-KH/HU") in links(
        "Ủy ban MTTQ huyện sơ kết 6 tháng thực hiện Kế hoạch số 12/KH-MTTQ về vận động ủng hộ Quỹ Vì người nghèo, "
        "triển khai Kế hoạch số 40-KH/HU của Huyện ủy.")


def test_a_bare_carrying_opener_links_the_plan_issued_to_the_document_named_before():
    text = ("Hội nghị sơ kết Nghị quyết số 19-NQ/TW của Ban Chấp hành Trung ương. Nghị quyết được ban hành ngày "
            "16/6/2022. Để cụ thể hóa, Huyện ủy đã ban hành Chương trình hành động số 21-CTr/HU ngày 5/12/2022.")
    assert ("21-CTr/HU", "implements", "19-NQ/TW") in links(text)
    # near miss: nothing issued in the sentence, no link
    assert not any(x[0] == "21-CTr/HU" for x in links(
        "Hội nghị sơ kết Nghị quyết số 19-NQ/TW của Ban Chấp hành Trung ương. Để cụ thể hóa, Huyện ủy đã lãnh đạo "
        "các chi bộ. Chương trình hành động số 21-CTr/HU được ký ngày 5/12/2022."))


_EFFECT = ("ỦY BAN NHÂN DÂN TỈNH HẢI DƯƠNG\nSố: 80/QĐ-UBND\nQUYẾT ĐỊNH\nVề việc ban hành Quy chế phối hợp\n\n"
           "Điều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp.\n"
           "Điều 2. Quyết định này có hiệu lực kể từ ngày 15 tháng 3 năm 2024 và thay thế Quyết định số 27/QĐ-UBND "
           "ngày 20 tháng 10 năm 2021 của Ủy ban nhân dân tỉnh.\n")


def test_a_date_of_effect_before_thay_the_does_not_hide_the_replacement():
    assert ("80/QĐ-UBND", "replaces", "27/QĐ-UBND") in links(_EFFECT)


def test_a_span_of_years_before_a_cue_still_ends_the_subject_clause():
    # near miss: 'sơ kết 5 năm thực hiện X' reviews X, the document named before is not what carries X out
    got = links("Ngày 3/4/2024, Huyện ủy ban hành Kế hoạch số 12-KH/HU về sơ kết 5 năm thực hiện Chỉ thị số "
                "05-CT/TW của Bộ Chính trị.\n")
    assert ("12-KH/HU", "implements", "05-CT/TW") not in got


_AMENDING_BASIS = ("ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH\nSố: 1528/QĐ-UBND\nQUYẾT ĐỊNH\nBan hành Kế hoạch phát triển công tác xã hội\n\n"
                   "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015; Luật sửa đổi, bổ sung một số điều của Luật "
                   "Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22/11/2019;\n"
                   "Căn cứ Quyết định số 112/QĐ-TTg ngày 22/01/2021 của Thủ tướng Chính phủ;\n")


def test_the_laws_an_items_title_amends_are_no_bases():
    got = {(a, typ, b) for a, typ, b in links(_AMENDING_BASIS) if a == "1528/QĐ-UBND"}
    assert ("1528/QĐ-UBND", "based_on", "112/QĐ-TTg") in got
    assert ("1528/QĐ-UBND", "based_on", "Luật:Tổ chức chính quyền địa phương (19/6/2015)") in got
    assert not any(b.startswith("Luật:Tổ chức Chính phủ") for _, _, b in got)
    assert len([b for _, _, b in got if b.startswith("Luật:")]) == 2      # the 2015 law and the amending one


def test_an_item_after_a_semicolon_following_an_amending_title_is_a_basis_again():
    # near miss: after ';' a new item starts, though the item before amended others
    text = _AMENDING_BASIS.replace(" ngày 22/11/2019;\n", " ngày 22/11/2019; Nghị định số 30/2020/NĐ-CP ngày 05/3/2020;\n")
    assert ("1528/QĐ-UBND", "based_on", "30/2020/NĐ-CP") in links(text)


def test_a_carrying_opener_over_a_list_links_the_plan_issued_to_every_item():
    got = links("Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về học tập và làm theo tư tưởng Hồ Chí Minh "
                "và Kế hoạch số 12-KH/TU của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Đảng ủy phường Hồng Quang đã ban hành "
                "Kế hoạch số 08-KH/ĐU.\n")
    assert {("08-KH/ĐU", "implements", "05-CT/TW"), ("08-KH/ĐU", "implements", "12-KH/TU")} <= got


def test_a_list_after_thuc_hien_that_runs_on_without_the_comma_links_nothing():
    # near miss: the list is what the plan is about, no main clause after a comma says a document was issued for it
    got = links("Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị và Kế hoạch số 12-KH/TU của Ban Thường vụ Tỉnh ủy là "
                "nhiệm vụ thường xuyên; Đảng ủy phường đã ban hành Kế hoạch số 08-KH/ĐU.\n")
    assert ("08-KH/ĐU", "implements", "12-KH/TU") not in got


def test_a_guidance_on_some_contents_of_a_programme_named_before_guides_it():
    got = links("Sáng 19/6, Ban Thường vụ Tỉnh ủy sơ kết 2 năm thực hiện Chương trình hành động số 28-CTr/TU của Tỉnh ủy. "
                "Ngay sau đó, Ban Tổ chức Tỉnh ủy có Hướng dẫn số 09-HD/BTCTU ngày 10/10/2022 hướng dẫn thực hiện một "
                "số nội dung của Chương trình.\n")
    assert ("09-HD/BTCTU", "guides", "28-CTr/TU") in got


def test_a_text_that_opens_on_its_preamble_has_no_subject_for_its_lists():
    # no heading, no document said to be issued: the first basis is no subject of the reports weighed after it
    text = ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Nghị định số 34/2016/NĐ-CP ngày "
            "14 tháng 5 năm 2016 của Chính phủ;\n"
            "Xét Tờ trình số 120/TTr-UBND ngày 20 tháng 11 năm 2023 của Ủy ban nhân dân tỉnh.\n")
    assert not any(t == "based_on" for _, t, _ in links(text))


def test_near_miss_the_same_lists_after_the_texts_own_heading_are_its_bases():
    text = ("HĐND tỉnh thông qua Nghị quyết số 61/2023/NQ-HĐND về phí.\n"
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Nghị định số 34/2016/NĐ-CP ngày "
            "14 tháng 5 năm 2016 của Chính phủ;\n"
            "Xét Tờ trình số 120/TTr-UBND ngày 20 tháng 11 năm 2023 của Ủy ban nhân dân tỉnh.\n")
    got = links(text)
    assert ("61/2023/NQ-HĐND", "based_on", "34/2016/NĐ-CP") in got
    assert ("61/2023/NQ-HĐND", "based_on", "120/TTr-UBND") in got


@pytest.mark.parametrize("opener", ["Quán triệt và triển khai thực hiện", "Học tập, quán triệt, thực hiện"])
def test_a_study_named_before_the_carrying_out_keeps_the_opener(opener):
    text = (f"{opener} Nghị quyết số 27-NQ/TW, Ban Thường vụ Thành ủy đã ban hành Kế hoạch số 101-KH/TU "
            "ngày 15/3/2023.")
    assert ("101-KH/TU", "implements", "27-NQ/TW") in links(text)


def test_near_miss_a_study_alone_carries_nothing_out():
    text = "Quán triệt Nghị quyết số 27-NQ/TW, Ban Thường vụ Thành ủy đã ban hành Kế hoạch số 101-KH/TU ngày 15/3/2023."
    assert ("101-KH/TU", "implements", "27-NQ/TW") not in links(text)


def test_a_report_listed_after_a_submission_with_its_issuer_is_a_basis_too():
    # the submission's issuer ends before 'và Báo cáo thẩm tra ...': the report is the list's next item
    text = ("Tại kỳ họp, HĐND tỉnh đã xem xét Tờ trình số 120/TTr-UBND của UBND tỉnh và Báo cáo thẩm tra số "
            "55/BC-KTNS của Ban Kinh tế - Ngân sách, thông qua Nghị quyết số 61/2023/NQ-HĐND về phí.")
    got = links(text)
    assert ("61/2023/NQ-HĐND", "based_on", "120/TTr-UBND") in got
    assert ("61/2023/NQ-HĐND", "based_on", "55/BC-KTNS") in got
    assert next(d.issuer for d in extract(text).documents if d.key == "120/TTr-UBND") == "UBND tỉnh"


def test_near_miss_a_report_heard_with_no_document_adopted_is_no_basis():
    text = "HĐND tỉnh đã xem xét Tờ trình số 120/TTr-UBND của UBND tỉnh và Báo cáo số 55/BC-KTNS của Ban Kinh tế."
    assert not any(t == "based_on" for _, t, _ in links(text))


def test_a_carrying_opener_cut_by_a_wrapped_line_still_links():
    text = ("Thực hiện Nghị quyết số 19-NQ/TW ngày\n16/6/2022 của Hội nghị Trung ương 5 khóa XIII, Huyện ủy ban hành "
            "Chương trình số 10-CTr/HU.")
    assert ("10-CTr/HU", "implements", "19-NQ/TW") in links(text)


_PREAMBLE_HEAD = "ĐẢNG ỦY XÃ TÂN PHÚ\nSố 12-KH/ĐU                Tân Phú, ngày 14 tháng 10 năm 2025\n\nKẾ HOẠCH\nphát triển rừng bền vững\n\n"


def test_an_official_preamble_goes_on_after_a_semicolon_and_issues_the_text_itself():
    # the bare 'Kế hoạch' the preamble issues is the text's own, not the plan of its type named before it
    f = extract(_PREAMBLE_HEAD + "Thực hiện Chỉ thị số 13-CT/TW ngày 12/1/2017 của Ban Bí thư về công tác quản lý rừng; "
                "tiếp tục thực hiện Kế hoạch số 310/KH-UBND ngày 2/6/2024 của Ủy ban nhân dân tỉnh, Ban Thường vụ Đảng "
                "ủy xã ban hành Kế hoạch như sau:\n\nI. MỤC ĐÍCH\n")
    got = {(x.from_, x.type, x.to) for x in f.links}
    assert {("12-KH/ĐU", "implements", "13-CT/TW"), ("12-KH/ĐU", "continues", "310/KH-UBND")} <= got
    assert ("310/KH-UBND", "implements", "13-CT/TW") not in got


def test_near_miss_a_semicolon_in_news_opens_no_preamble():
    # a news text has no document of its own: the clause after the semicolon links nothing to it
    f = extract("Thực hiện Chỉ thị số 13-CT/TW của Ban Bí thư; tiếp tục thực hiện Kế hoạch số 310/KH-UBND của UBND tỉnh, "
                "các xã đã trồng mới 120 ha rừng.\n")
    assert not any(x.type == "continues" for x in f.links)


def test_a_news_sentence_opening_on_a_basis_goes_on_after_a_semicolon_to_the_document_issued():
    f = extract("Căn cứ Nghị quyết số 31/NQ-HĐND ngày 8/12/2023 của HĐND tỉnh về kế hoạch năm 2024; triển khai Nghị quyết "
                "số 20-NQ/TU ngày 4/12/2023 của Ban Chấp hành Đảng bộ tỉnh, UBND tỉnh đã ban hành Quyết định số "
                "2101/QĐ-UBND giao chỉ tiêu kế hoạch năm 2024.\n")
    got = {(x.from_, x.type, x.to) for x in f.links}
    assert {("2101/QĐ-UBND", "based_on", "31/NQ-HĐND"), ("2101/QĐ-UBND", "implements", "20-NQ/TU")} <= got



def test_near_miss_news_going_on_after_a_semicolon_with_no_document_issued_links_nothing():
    # news has no document of its own: with none issued in the sentence, the clause after the semicolon has no subject
    f = extract("Căn cứ Nghị quyết số 31/NQ-HĐND của HĐND tỉnh; triển khai Nghị quyết số 20-NQ/TU của Tỉnh ủy, các xã "
                "đã trồng mới 120 ha rừng.\n")
    assert not f.links


_REQUESTED = ("ỦY BAN NHÂN DÂN TỈNH THÁI BÌNH\nSố: 21/2024/QĐ-UBND\nQUYẾT ĐỊNH\nVề giá dịch vụ thủy lợi\n\n"
              "Căn cứ Luật Thủy lợi ngày 19/6/2017;\n"
              "Theo đề nghị của Giám đốc Sở Tài chính tại Tờ trình số 88/TTr-STC ngày 5/6/2024.\n")


def test_the_submission_a_decision_answers_is_a_basis():
    # 'Theo đề nghị của <official> tại Tờ trình số ...': the request is read as 'Xét Tờ trình ...' (past 'Tài chính',
    # whose folded 'tai' is no 'tại')
    assert ("21/2024/QĐ-UBND", "based_on", "88/TTr-STC") in links(_REQUESTED)
    assert ("21/2024/QĐ-UBND", "based_on", "88/TTr-STC") in links(
        _REQUESTED.replace("Theo đề nghị của Giám đốc Sở Tài chính tại", "Xét đề nghị của Sở Tài chính tại"))


def test_near_miss_a_request_naming_no_document_links_nothing():
    text = _REQUESTED.replace("tại Tờ trình số 88/TTr-STC ngày 5/6/2024", "về giá dịch vụ")
    assert {b for _, t, b in links(text) if t == "based_on"} == {"Luật:Thủy lợi (19/6/2017)"}
    # and a document named after 'theo đề nghị' without 'tại' is what the request is about, no basis
    text = ("Tỉnh ủy ban hành Kết luận số 40-KL/TU. Theo đề nghị của Ban Tổ chức, Tỉnh ủy sửa đổi Quy định số 12-QĐ/TU.\n")
    assert not any(t == "based_on" for _, t, _ in links(text))


# a PDF's heading read as run-on lines: the title goes on into 'Căn cứ ...', or the whole heading is one line
RUN_ON_TITLE = (
    "TỈNH ỦY CAO BẰNG\n*\nSố 61-KH/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nCao Bằng, ngày 3 tháng 6 năm 2025\nKẾ HOẠCH\n"
    "thực hiện Nghị quyết số 68-NQ/TW ngày 4/5/2025 của Bộ Chính trị về phát triển kinh tế tư nhân Căn cứ "
    "Nghị quyết số 138/NQ-CP ngày 16/5/2025 của Chính phủ; căn cứ Kế hoạch số 40-KH/TU ngày 2/4/2025 của Tỉnh ủy về "
    "cải cách hành chính, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch như sau:\nI. MỤC TIÊU\n"
    "Đến năm 2030, toàn tỉnh có 3.000 doanh nghiệp.\n")
ONE_LINE_HEADING = (
    "UBND TỈNH ĐIỆN BIÊN Số: 215/KH-UBND CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc "
    "Điện Biên, ngày 9 tháng 6 năm 2025\nKẾ HOẠCH Triển khai Chương trình hành động số 31-CTr/TU ngày 2/5/2025 của "
    "Ban Chấp hành Đảng bộ tỉnh Căn cứ Nghị quyết số 90/NQ-CP ngày 5/4/2025 của Chính phủ, UBND tỉnh ban hành Kế "
    "hoạch như sau:\nI. MỤC TIÊU\nĐến năm 2027, 80% hồ sơ được xử lý trực tuyến.\n")


def test_a_title_run_on_into_the_basis_keeps_the_bases_on_the_text_s_own_document():
    got = links(RUN_ON_TITLE)
    assert {("61-KH/TU", "implements", "68-NQ/TW"), ("61-KH/TU", "based_on", "138/NQ-CP"),
            ("61-KH/TU", "based_on", "40-KH/TU")} <= got
    # the document the title carries out is not based on the plan's bases, nor is the plan carrying out its basis
    assert not {("68-NQ/TW", "based_on", "138/NQ-CP"), ("68-NQ/TW", "based_on", "40-KH/TU"),
                ("61-KH/TU", "implements", "40-KH/TU")} & got


def test_a_heading_read_as_one_line_keeps_its_own_document_and_its_links():
    got = links(ONE_LINE_HEADING)
    assert {("215/KH-UBND", "implements", "31-CTr/TU"), ("215/KH-UBND", "based_on", "90/NQ-CP")} <= got
    assert not any(k.startswith("KH:") for k in keys(ONE_LINE_HEADING))
    assert not {("31-CTr/TU", "based_on", "90/NQ-CP")} & got


@pytest.mark.parametrize("cue", ["theo tinh thần", "trên tinh thần"])
def test_a_plan_drawn_up_in_the_spirit_of_a_resolution_is_based_on_it(cue):
    text = (f"Ngày 5/9/2025, Huyện ủy Kỳ Sơn ban hành Kế hoạch số 71-KH/HU về chuyển đổi số. Kế hoạch được xây dựng {cue} "
            "Nghị quyết số 57-NQ/TW của Bộ Chính trị.")
    assert ("71-KH/HU", "based_on", "57-NQ/TW") in links(text)


def test_near_miss_in_a_spirit_that_names_no_document_links_nothing():
    text = ("Ngày 5/9/2025, Huyện ủy Kỳ Sơn ban hành Kế hoạch số 71-KH/HU về chuyển đổi số. Kế hoạch được xây dựng trên tinh "
            "thần đoàn kết, dân chủ, sau khi lấy ý kiến Nghị quyết số 57-NQ/TW của Bộ Chính trị.")
    assert not {x for x in links(text) if x[1] == "based_on"}


_LETTER = ("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU\nSố: 915/UBND-KT\nV/v {subject}\nLai Châu, ngày 4 tháng 6 năm 2026\n\n"
           "Kính gửi: UBND các xã, phường.\n\n{opening}, UBND tỉnh yêu cầu như sau:\n\n1. UBND các xã rà soát hồ sơ đất "
           "đai.\n")


def test_a_letters_subject_line_says_what_it_carries_out():
    got = links(_LETTER.format(subject="đẩy mạnh thực hiện Chỉ thị số 22/CT-TTg ngày 3/8/2025 của Thủ tướng Chính phủ",
                               opening="Để bảo đảm tiến độ"))
    assert ("915/UBND-KT", "implements", "22/CT-TTg") in got


def test_a_subject_line_that_reports_on_a_document_links_nothing():
    # near miss: reporting on a document is no link (tests/ANNOTATION.md (an), regold25b)
    got = links(_LETTER.format(subject="sơ kết 5 năm thực hiện Chỉ thị số 22/CT-TTg ngày 3/8/2025 của Thủ tướng Chính phủ",
                               opening="Để bảo đảm tiến độ"))
    assert not any(x[0] == "915/UBND-KT" and x[2] == "22/CT-TTg" for x in got)


def test_the_direction_a_letter_carries_out_is_the_document_it_is_given_in():
    got = links(_LETTER.format(subject="rà soát hồ sơ đất đai", opening="Thực hiện ý kiến chỉ đạo của Thủ tướng Chính phủ "
                               "tại Thông báo số 301/TB-VPCP ngày 2/5/2026 của Văn phòng Chính phủ"))
    assert ("915/UBND-KT", "implements", "301/TB-VPCP") in got


def test_a_direction_it_follows_is_a_letters_basis():
    got = links(_LETTER.format(subject="rà soát hồ sơ đất đai", opening="Thực hiện Nghị định số 102/2024/NĐ-CP ngày "
                               "30/7/2024 của Chính phủ; theo chỉ đạo của Ban Thường vụ Tỉnh ủy tại Kết luận số 41-KL/TU "
                               "ngày 20/5/2026"))
    assert ("915/UBND-KT", "implements", "102/2024/NĐ-CP") in got
    assert ("915/UBND-KT", "based_on", "41-KL/TU") in got


def test_a_document_news_says_was_issued_under_a_direction_carries_out_the_directions_letter():
    got = links("Sở Y tế triển khai tiêm chủng\n\nThực hiện chỉ đạo của UBND tỉnh tại Công văn số 3400/UBND-VX ngày "
                "1/12/2025, Sở Y tế ban hành Kế hoạch số 77/KH-SYT ngày 5/12/2025 về tiêm chủng mở rộng.\n")
    assert ("77/KH-SYT", "implements", "3400/UBND-VX") in got
    # in other words: the direction named as a view ('ý kiến chỉ đạo'), the plan named after 'xây dựng'
    got = links("Thực hiện ý kiến chỉ đạo của Ban Thường vụ Huyện ủy tại Thông báo số 120-TB/HU ngày 2/3/2026, Đảng ủy xã "
                "xây dựng Kế hoạch số 14-KH/ĐU về chuyển đổi số.\n")
    assert ("14-KH/ĐU", "implements", "120-TB/HU") in got
    # near miss: the direction's letter with no document issued after it links nothing
    got = links("Thực hiện chỉ đạo của UBND tỉnh tại Công văn số 3400/UBND-VX ngày 1/12/2025, các xã rà soát hộ nghèo.\n")
    assert not any(x[2] == "3400/UBND-VX" for x in got)


def test_a_direction_in_a_news_text_gives_the_text_no_basis():
    # near miss: only an official text speaks from its own document; news of a plan names no letter of its own
    got = links("Ngày 4/6/2026, UBND tỉnh ban hành Kế hoạch số 77/KH-UBND về đất đai. Theo chỉ đạo của Ban Thường vụ "
                "Tỉnh ủy tại Kết luận số 41-KL/TU ngày 20/5/2026, các xã rà soát hồ sơ đất đai.\n")
    assert not any(x[1] == "based_on" and x[2] == "41-KL/TU" for x in got)


def test_a_direction_named_in_a_sentence_of_the_body_is_no_basis():
    # near miss: only the preamble that opens the letter's content ('..., UBND tỉnh yêu cầu như sau:') gives its bases
    text = _LETTER.format(subject="rà soát hồ sơ đất đai", opening="Thực hiện Nghị định số 102/2024/NĐ-CP ngày 30/7/2024 "
                          "của Chính phủ; theo chỉ đạo của Ban Thường vụ Tỉnh ủy tại Kết luận số 41-KL/TU ngày 20/5/2026")
    got = links(text.replace("UBND tỉnh yêu cầu như sau:", "UBND tỉnh đã rà soát."))
    assert not any(x[1] == "based_on" and x[2] == "41-KL/TU" for x in got)


def test_a_basis_named_after_what_a_plan_carries_out_or_stands_on_is_the_plan_s():
    text = ("Kế hoạch số 09-KH/ĐU của Đảng ủy xã được ban hành nhằm cụ thể hóa Kế hoạch số 22-KH/HU của Huyện ủy, với "
            "trọng tâm là chuyển đổi số theo tinh thần Nghị quyết số 57-NQ/TW của Bộ Chính trị.")
    assert ("09-KH/ĐU", "based_on", "57-NQ/TW") in links(text)
    assert ("22-KH/HU", "based_on", "57-NQ/TW") not in links(text)
    text = ("Kế hoạch số 09-KH/ĐU của Đảng ủy xã bám sát Kế hoạch số 22-KH/HU của Huyện ủy và theo tinh thần Nghị quyết "
            "số 57-NQ/TW của Bộ Chính trị.")
    assert {("09-KH/ĐU", "based_on", "22-KH/HU"), ("09-KH/ĐU", "based_on", "57-NQ/TW")} <= links(text)
    assert ("22-KH/HU", "based_on", "57-NQ/TW") not in links(text)


def test_near_miss_a_basis_after_a_document_no_cue_names_is_that_document_s():
    text = ("Xã triển khai nhiều nhiệm vụ. Kế hoạch số 22-KH/HU của Huyện ủy được xây dựng theo tinh thần Nghị quyết số "
            "57-NQ/TW của Bộ Chính trị.")
    assert ("22-KH/HU", "based_on", "57-NQ/TW") in links(text)
    # near miss: a document named back by a later plan ('triển khai nghị quyết này') keeps the basis said of it before
    text = ("HĐND tỉnh thông qua Nghị quyết số 12/2026/NQ-HĐND ngày 4/3/2026 về thu hút nhân lực. Nghị quyết cũng căn cứ "
            "Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương.\n\nUBND tỉnh ban hành Kế hoạch số "
            "65/KH-UBND triển khai thực hiện nghị quyết này.")
    assert ("12/2026/NQ-HĐND", "based_on", "21-KL/TW") in links(text)
    assert ("65/KH-UBND", "based_on", "21-KL/TW") not in links(text)


def test_a_basis_listed_by_an_earlier_cue_is_no_subject_of_the_next():
    # 'Căn cứ A, xét B, HĐND ban hành C': B is C's basis, not A's (kg.extract.links basis_links)
    text = ("Kỳ họp thứ 9 HĐND tỉnh\n\nCăn cứ Luật Đầu tư công ngày 13/6/2019, xét Tờ trình số 77/TTr-UBND của UBND tỉnh, "
            "HĐND tỉnh ban hành Nghị quyết số 21/NQ-HĐND về kế hoạch đầu tư công năm 2026.\n")
    got = links(text)
    assert {("21/NQ-HĐND", "based_on", "77/TTr-UBND"), ("21/NQ-HĐND", "based_on", "Luật:Đầu tư công (13/6/2019)")} <= got
    assert not any(a.startswith("Luật:") for a, _, _ in got)
    # near miss: a document named before the cue and listed by none is still its subject
    text2 = ("Kỳ họp thứ 9 HĐND tỉnh\n\nNghị quyết số 21/NQ-HĐND được ban hành căn cứ Luật Đầu tư công ngày 13/6/2019, "
             "xét Tờ trình số 77/TTr-UBND của UBND tỉnh.\n")
    assert ("21/NQ-HĐND", "based_on", "77/TTr-UBND") in links(text2)


_FOLLOW_UP = ("Tiếp theo Công văn số 4720/BTC-NSNN ngày 05/8/2025 của Bộ Tài chính; thực hiện Công điện số 98/CĐ-TTg ngày "
              "12/9/2025 của Thủ tướng Chính phủ, Bộ Tài chính có ý kiến như sau:\n1. Rà soát các khoản chi.\n")


def test_a_letter_s_follow_up_then_a_semicolon_and_what_it_carries_out():
    rows = link_rows("BỘ TÀI CHÍNH\nSố: 512/BTC-NSNN\nHà Nội, ngày 3 tháng 10 năm 2025\nV/v rà soát chi thường xuyên\n\n"
                     + _FOLLOW_UP)
    assert ("512/BTC-NSNN", "continues", "4720/BTC-NSNN") in rows
    assert ("512/BTC-NSNN", "implements", "98/CĐ-TTg") in rows


def test_near_miss_a_news_page_quoting_the_opening_gives_the_page_no_link():
    rows = link_rows("BÁO TÀI CHÍNH\n4/10/2025\n\nBộ Tài chính đôn đốc rà soát chi\n\n" + _FOLLOW_UP)
    assert not any(typ == "implements" and to == "98/CĐ-TTg" for _, typ, to in rows)


def test_on_that_basis_and_a_named_document_the_plan_issued_rests_on_it():
    rows = link_rows("BÁO TÀI CHÍNH\n4/10/2025\n\nTỉnh triển khai chuyển đổi số\n\nBan Thường vụ Tỉnh ủy ban hành Chương "
                     "trình số 30-CTr/TU ngày 2/3/2025 thực hiện Nghị quyết số 57-NQ/TW. Trên cơ sở đó và Nghị quyết số "
                     "03/NQ-CP ngày 09/01/2025 của Chính phủ, UBND tỉnh ban hành Kế hoạch số 120/KH-UBND ngày 25/3/2025.\n")
    assert ("120/KH-UBND", "based_on", "03/NQ-CP") in rows


def test_near_miss_on_that_basis_alone_names_no_basis_document():
    rows = link_rows("BÁO TÀI CHÍNH\n4/10/2025\n\nTỉnh triển khai chuyển đổi số\n\nTrên cơ sở đó, UBND tỉnh ban hành Kế "
                     "hoạch số 120/KH-UBND ngày 25/3/2025 về chuyển đổi số.\n")
    assert not any(typ == "based_on" for _, typ, _ in rows)
