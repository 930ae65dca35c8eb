"""One key per document (kg.extract.documents, kg.extract.unnumbered): a symbol printed two ways in one text,
and a project named by the number of the decision that approved it. Short texts of our own."""
from __future__ import annotations

import csv

import pytest

from kg.extract import extract
from kg.resources import package_data


def keys(text: str) -> set[str]:
    return {d.key for d in extract(text + "\n").documents}


@pytest.mark.parametrize("text, want", [
    pytest.param("Thông báo số 27-TB/BCĐ35 ngày 3/4/2024 của Ban Chỉ đạo. Thực hiện Thông báo số 27-TB/BCĐ, các xã "
                 "rà soát hồ sơ.", {"27-TB/BCĐ35"}, id="issuer-with-and-without-its-number"),
    pytest.param("Kế hoạch số 45/KH-UBND ngày 12/3/2024 của UBND tỉnh. Thực hiện Kế hoạch số 45/KH-UBND-VX, các xã "
                 "rà soát hồ sơ.", {"45/KH-UBND"}, id="with-and-without-a-unit"),
    pytest.param("Quyết định số 06/QĐ-TTg ngày 6/1/2022 của Thủ tướng. Thực hiện Quyết định số 6/QĐ-TTg, các xã "
                 "rà soát hồ sơ.", {"06/QĐ-TTg"}, id="with-and-without-a-leading-zero"),
    # near misses: another issuer, another year, another date, or a third printing are other documents
    pytest.param("Thông báo số 27-TB/VPTU ngày 3/4/2024. Thực hiện Thông báo số 27-TB/BCĐ, các xã rà soát.",
                 {"27-TB/VPTU", "27-TB/BCĐ"}, id="near-miss-another-issuer"),
    pytest.param("Nghị quyết số 15/2023/NQ-HĐND của HĐND tỉnh và Nghị quyết số 15/2024/NQ-HĐND của HĐND tỉnh.",
                 {"15/2023/NQ-HĐND", "15/2024/NQ-HĐND"}, id="near-miss-another-year"),
    pytest.param("Kế hoạch số 45/KH-UBND ngày 12/3/2024 và Kế hoạch số 45/KH-UBND-VX ngày 1/4/2024 của UBND tỉnh.",
                 {"45/KH-UBND", "45/KH-UBND-VX"}, id="near-miss-another-date"),
    pytest.param("Kế hoạch số 45/KH-UBND, Kế hoạch số 45/KH-UBND-VX và Kế hoạch số 45/KH-UBND-KT của UBND tỉnh.",
                 {"45/KH-UBND", "45/KH-UBND-VX", "45/KH-UBND-KT"}, id="near-miss-three-printings"),
])
def test_one_symbol_printed_two_ways_is_one_document(text, want):
    assert keys(text) == want


def test_a_project_named_by_its_decisions_number_is_that_decision():
    got = keys("Thực hiện Quyết định số 06/QĐ-TTg ngày 6/1/2022 của Thủ tướng Chính phủ phê duyệt Đề án 06, tỉnh đã "
               "cấp 500.000 tài khoản. Đến nay, Đề án 06 đạt nhiều kết quả.")
    assert got == {"06/QĐ-TTg"}
    # with the Government as its issuer: the Prime Minister's decision of that number
    assert keys("Tỉnh triển khai Đề án 06 của Chính phủ. Quyết định số 06/QĐ-TTg ngày 6/1/2022 của Thủ tướng "
                "Chính phủ giao Bộ Công an chủ trì.") == {"06/QĐ-TTg"}


def test_a_project_named_by_its_number_after_its_title_in_brackets_is_the_titled_one():
    # the titled đề án, which the decision approved, is the decision (tests/ANNOTATION.md (b)); its title the subject
    docs = extract("Quyết định số 06/QĐ-TTg ngày 6/1/2022 phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư giai "
                   "đoạn 2022 - 2025 (Đề án 06). Tỉnh đã triển khai Đề án 06.").documents
    assert [(d.key, d.subject) for d in docs] == [("06/QĐ-TTg", "phát triển ứng dụng dữ liệu về dân cư giai đoạn 2022-2025")]


def test_near_miss_a_decision_of_the_same_number_that_approves_no_project():
    # a decision of another body that the text does not show approving a đề án is another document
    got = keys("Huyện triển khai Đề án 01 của Huyện ủy. Quyết định số 01/QĐ-UBND ngày 3/1/2024 của UBND huyện về "
               "khen thưởng.")
    assert "01/QĐ-UBND" in got and len(got) == 2


def test_near_miss_two_decisions_of_that_number():
    got = keys("Thực hiện Quyết định số 06/QĐ-TTg phê duyệt Đề án 06 và Quyết định số 06/QĐ-UBND của UBND tỉnh, "
               "tỉnh triển khai.")
    assert len(got) == 3


@pytest.mark.parametrize("text, want", [
    pytest.param("Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2020 - 2025 đề ra 5 nhiệm vụ. Sau 3 năm, "
                 "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX đã đi vào cuộc sống.",
                 {"NQ:Đại hội đại biểu Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2020-2025"}, id="without-dai-bieu-and-term"),
    pytest.param("Nghị quyết Đại hội XIII của Đảng. Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng đã xác "
                 "định.", {"NQ:Đại hội đại biểu toàn quốc lần thứ XIII"}, id="national-by-its-number"),
    # near misses: another congress number, another body, another term; the number alone is no province's
    pytest.param("Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIX. Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX đã đi vào "
                 "cuộc sống.", {"NQ:Đại hội Đảng bộ tỉnh lần thứ XIX", "NQ:Đại hội Đảng bộ tỉnh lần thứ XX"},
                 id="near-miss-another-number"),
    pytest.param("Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX. Nghị quyết Đại hội Đảng bộ huyện lần thứ XX đã đi vào "
                 "cuộc sống.", {"NQ:Đại hội Đảng bộ tỉnh lần thứ XX", "NQ:Đại hội Đảng bộ huyện lần thứ XX"},
                 id="near-miss-another-body"),
    pytest.param("Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIII. Nghị quyết Đại hội XIII của Đảng đã xác định.",
                 {"NQ:Đại hội Đảng bộ tỉnh lần thứ XIII", "NQ:Đại hội XIII"}, id="near-miss-national-and-provincial"),
])
def test_one_congress_resolution_worded_twice_is_one_document(text, want):
    assert keys(text) == want


def test_a_national_target_programme_is_keyed_by_its_subject_however_its_name_opens():
    got = keys("Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021-2025 được triển khai. Chương trình "
               "MTQG xây dựng nông thôn mới giai đoạn 2021 - 2025 đạt kết quả.")
    assert got == {"CTMTQG:xây dựng nông thôn mới giai đoạn 2021-2025"}


def test_a_national_programme_named_with_the_year_or_place_it_is_carried_out_in_is_the_programme():
    # a report names the programme with the year, quarter or place of its carrying out: the same programme, met on the
    # full name the text gives it
    got = keys("Tỉnh triển khai Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025. Kết quả thực "
               "hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững quý I năm 2024 được báo cáo.")
    assert got == {"CTMTQG:giảm nghèo bền vững giai đoạn 2021-2025"}
    got = keys("Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2023 trên địa bàn huyện đạt kết quả.")
    assert got == {"CTMTQG:xây dựng nông thôn mới"}
    # and by a shorter wording of its subject after its full name
    got = keys("Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi "
               "được triển khai. Vốn Chương trình mục tiêu quốc gia vùng đồng bào dân tộc thiểu số đã giải ngân hết.")
    assert got == {"CTMTQG:phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi"}


def test_near_miss_a_plan_for_a_year_keeps_its_year_and_two_periods_stay_two_programmes():
    # (the plan is the year's: its key keeps the year the programme's drops)
    got = keys("UBND huyện ban hành Kế hoạch thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2024.")
    assert "CTMTQG:giảm nghèo bền vững" in got
    assert any(k.startswith("KH:") and k.endswith("năm 2024") for k in got)
    got = keys("Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2016 - 2020 đã kết thúc. Chương trình mục tiêu "
               "quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025 được triển khai. Chương trình mục tiêu quốc gia giảm "
               "nghèo bền vững năm 2024 giải ngân chậm.")
    assert got == {"CTMTQG:giảm nghèo bền vững giai đoạn 2016-2020", "CTMTQG:giảm nghèo bền vững giai đoạn 2021-2025",
                   "CTMTQG:giảm nghèo bền vững"}        # (the year's programme, of neither period it can tell)


def test_a_committee_abbreviated_in_a_plans_wording_is_the_same_plan():
    got = keys("Chương trình hành động của Ban Chấp hành Đảng bộ tỉnh thực hiện Nghị quyết số 57-NQ/TW. Chương trình "
               "hành động của BCH Đảng bộ tỉnh thực hiện Nghị quyết 57-NQ/TW được triển khai.")
    assert len(got - {"57-NQ/TW"}) == 1


def test_a_strategys_name_ends_before_what_is_said_about_it():
    got = keys("Chiến lược phát triển nông nghiệp và nông thôn bền vững giai đoạn 2021-2030, tầm nhìn đến năm 2050. "
               "Chiến lược phát triển nông nghiệp và nông thôn bền vững giai đoạn 2021 - 2030 được triển khai.")
    assert got == {"CL:Chiến lược phát triển nông nghiệp và nông thôn bền vững giai đoạn 2021-2030, tầm nhìn đến năm 2050"}
    # near misses: words that fold like 'được' and 'đang' belong to the name
    assert keys("Triển khai Chiến lược phát triển dược liệu và bình đẳng giới đến năm 2030.") == {
        "CL:Chiến lược phát triển dược liệu và bình đẳng giới đến năm 2030"}


def test_a_projects_title_ends_before_its_results():
    got = keys("Đề án phát triển du lịch cộng đồng tỉnh giai đoạn 2024-2030 đạt kết quả tích cực.")
    assert got == {"ĐA:phát triển du lịch cộng đồng tỉnh giai đoạn 2024-2030"}
    # near miss: 'đạt chuẩn' is part of a title
    assert keys("Đề án xây dựng huyện Định Hóa đạt chuẩn nông thôn mới được triển khai.") == {
        "ĐA:xây dựng huyện Định Hóa đạt chuẩn nông thôn mới"}


@pytest.mark.parametrize("verb", ["ban hành kèm theo", "ban hành theo", "được phê duyệt tại"])
def test_a_projects_title_ends_before_the_decision_that_carries_it(verb):
    # the đề án is the decision that carries it (tests/ANNOTATION.md (b)); its title, cut there, is the subject
    docs = extract(f"Đề án phát triển du lịch cộng đồng giai đoạn 2024-2030 {verb} Quyết định số 1234/QĐ-UBND ngày "
                   "05/6/2023 của UBND tỉnh.").documents
    assert [(d.key, d.subject) for d in docs] == [("1234/QĐ-UBND", "phát triển du lịch cộng đồng giai đoạn 2024-2030")]


@pytest.mark.parametrize("text, want", [
    pytest.param("Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX. Nghị quyết Đại hội lần thứ XX Đảng bộ tỉnh đề ra 5 nhiệm vụ.",
                 {"NQ:Đại hội Đảng bộ tỉnh lần thứ XX"}, id="number-then-body"),
    pytest.param("Nghị quyết Đại hội đại biểu Đảng bộ huyện Lục Ngạn lần thứ XXIV, nhiệm kỳ 2020-2025. Nghị quyết Đại hội "
                 "XXIV đề ra 5 nhiệm vụ.", {"NQ:Đại hội đại biểu Đảng bộ huyện Lục Ngạn lần thứ XXIV, nhiệm kỳ 2020-2025"},
                 id="number-past-the-national-ones"),
    # near misses: the Party's congress of that number; two local congresses of that number
    pytest.param("Nghị quyết Đại hội Đảng bộ xã lần thứ XIII. Nghị quyết Đại hội lần thứ XIII của Đảng đề ra.",
                 {"NQ:Đại hội Đảng bộ xã lần thứ XIII", "NQ:Đại hội lần thứ XIII"}, id="near-miss-the-partys"),
    pytest.param("Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX và Nghị quyết Đại hội Đảng bộ huyện Lục Ngạn lần thứ XX. "
                 "Nghị quyết Đại hội lần thứ XX đề ra.", {"NQ:Đại hội Đảng bộ tỉnh lần thứ XX",
                                                          "NQ:Đại hội Đảng bộ huyện Lục Ngạn lần thứ XX",
                                                          "NQ:Đại hội lần thứ XX"}, id="near-miss-two-local-ones"),
])
def test_a_congress_named_by_its_number_alone(text, want):
    assert keys(text) == want


@pytest.mark.parametrize("text, want", [
    ("Hội nghị nhằm đưa Luật Thanh niên đi vào cuộc sống trên địa bàn.", "Luật:Thanh niên"),
    ("Đoàn xã phổ biến Luật Thanh niên tới đoàn viên, thanh niên.", "Luật:Thanh niên"),
    ("Tuyên truyền Luật Đất đai trên các nền tảng số.", "Luật:Đất đai"),
    ("Cán bộ học tập Luật Phòng, chống tham nhũng năm 2018.", "Luật:Phòng, chống tham nhũng"),
    ("Xã triển khai Luật Thực hiện dân chủ ở cơ sở.", "Luật:Thực hiện dân chủ ở cơ sở"),
    ("Sở tập huấn Luật Cán bộ, công chức và Luật Viên chức.", "Luật:Cán bộ, công chức"),
    ("Tuyên truyền Luật Đất đai, giúp người dân hiểu quyền lợi.", "Luật:Đất đai"),
])
def test_a_laws_name_ends_where_its_title_ends(text, want):
    # the words after a law's name that say where it goes or what is done with it are no part of it
    assert want in keys(text)


def test_near_miss_a_word_that_only_begins_like_an_ending_goes_on_the_name():
    # 'số' and 'đi' end a name ('Luật Đất đai số 31/2024/QH15'); 'sống' and 'điện' are words of their own
    got = keys("Huyện phổ biến Luật Ban hành văn bản quy phạm pháp luật; Luật Giao dịch điện tử.")
    assert "Luật:Ban hành văn bản quy phạm pháp luật" in got
    assert "Luật:Giao dịch điện tử" in got
    assert "Luật:Đất đai" not in keys("Đoàn viên đi tuyên truyền về đất đai, nhà ở và cuộc sống.")


def _law_name_pairs() -> list[dict[str, str]]:
    with package_data("law_name_pairs.csv").open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.mark.parametrize("row", _law_name_pairs(), ids=lambda r: r["after_comma"])
def test_each_pair_of_the_table_keeps_its_comma_inside_a_laws_name(row):
    # the table kg/data/law_name_pairs.csv is the rule: each of its pairs stays whole after 'Luật'
    assert row["pair"].endswith(", " + row["after_comma"])
    assert f"Luật:{row['pair']}" in keys(f"Xã phổ biến Luật {row['pair']} năm 2024, giúp người dân hiểu quyền lợi.")


def test_near_miss_a_comma_before_a_word_the_table_does_not_hold_ends_the_name():
    got = keys("Xã phổ biến Luật Đất đai, nhà ở cho người dân.")
    assert "Luật:Đất đai" in got
    assert not any(k.startswith("Luật:Đất đai,") for k in got)


def test_a_national_programmes_name_ends_where_its_figure_clause_opens():
    got = keys("Năm nay, Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và "
               "miền núi giải ngân đạt 81% kế hoạch vốn. Chương trình MTQG xây dựng nông thôn mới đạt 90,5%.")
    assert got == {"CTMTQG:phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi",
                   "CTMTQG:xây dựng nông thôn mới"}


def test_the_adverb_moi_before_a_programmes_figure_clause_is_no_word_of_its_name():
    got = keys("Chương trình mục tiêu quốc gia giảm nghèo bền vững mới giải ngân 40% kế hoạch vốn. Chương trình mục tiêu "
               "quốc gia xây dựng nông thôn mới đạt 90,5%.")
    # near miss: the 'mới' of 'nông thôn mới' is a word of that name
    assert got == {"CTMTQG:giảm nghèo bền vững", "CTMTQG:xây dựng nông thôn mới"}


def test_a_verb_or_a_year_inside_a_programmes_name_stays_in_it():
    # near miss: 'giảm nghèo' is a word of the name, and its span of years a part of it
    got = keys("Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025 giải ngân đạt 64%.")
    assert got == {"CTMTQG:giảm nghèo bền vững giai đoạn 2021-2025"}


@pytest.mark.parametrize("text, want", [
    pytest.param("Xã Tam Phúc triển khai Nghị quyết 57 về chuyển đổi số\n\nNgày 5/3/2025, Đảng ủy xã tổ chức hội nghị quán "
                 "triệt Nghị quyết 57 cho cán bộ, đảng viên.", {"57-NQ/TW"}, id="science-and-technology-resolution"),
    pytest.param("Doanh nghiệp hưởng lợi từ chính sách mới\n\nNghị quyết 68 về phát triển kinh tế tư nhân mở ra cơ hội "
                 "cho hộ kinh doanh.", {"68-NQ/TW"}, id="private-economy-resolution"),
    # near misses: an issuer named, a text on another matter, another day of issue
    pytest.param("HĐND tỉnh họp chuyên đề\n\nNghị quyết 57 của HĐND tỉnh về hỗ trợ chuyển đổi số được thông qua.",
                 {"57/NQ-HĐND"}, id="council-resolution"),
    pytest.param("Xã Tam Phúc họp dân\n\nThực hiện Nghị quyết 57, xã đã làm 12 km đường giao thông nông thôn.",
                 {"57-NQ"}, id="another-matter"),
    pytest.param("Xã Tam Phúc triển khai chuyển đổi số\n\nNghị quyết 57 ngày 10/7/2025 về chuyển đổi số đã được triển "
                 "khai.", {"57-NQ"}, id="another-day"),
])
def test_a_politburo_resolution_named_by_its_number_alone_is_keyed_as_the_central_one(text, want):
    # the shared README (§1.6): a short form is resolved by its context; news names these by number alone
    assert keys(text) == want


def test_a_short_form_inside_a_plans_title_is_the_document_named_before_whoever_the_plan_is_of():
    # 'Kế hoạch thực hiện Nghị quyết 57 của Tỉnh ủy': the issuer after the short form is the plan's
    news = ("Ngày 5/12/2025, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 215-KH/TU thực hiện Nghị quyết số 57-NQ/TW của Bộ "
            "Chính trị. ")
    assert keys(news + "Kế hoạch thực hiện Nghị quyết 57 của Tỉnh ủy đặt mục tiêu có 100 doanh nghiệp công nghệ số.") \
        == {"215-KH/TU", "57-NQ/TW"}
    # in other words: a programme's title, a resolution of a district committee named before
    text = ("Huyện ủy ban hành Nghị quyết số 05-NQ/HU về du lịch. Chương trình hành động triển khai Nghị quyết 05 của "
            "UBND huyện đặt mục tiêu đón 200.000 lượt khách.")
    assert "05-NQ/HU" in keys(text) and not any(k.startswith("05/NQ") for k in keys(text))
    # near miss: the same number with another issuer, outside any title, is another document
    assert "57-NQ/TU" in keys(news + "Thực hiện Nghị quyết 57 của Tỉnh ủy về nông nghiệp, các xã rà soát đất.")


# a short reference by type and number, its issuer a mass organisation's central committee (read as 'TW'), after the
# full symbol that prints the organisation after 'TW' (kg.extract.document_mentions._earlier_full)
CAMPAIGN = ("Tỉnh đoàn ra quân chiến dịch\n\nChiến dịch triển khai theo Kế hoạch số 52-KH/TĐTN-TNTH của Tỉnh đoàn, cụ thể hóa "
            "Kế hoạch số 210-KH/TWĐTN-TNTH ngày 2/4/2026 của Ban Bí thư Trung ương Đoàn.\n\n"
            "Sau 2 tháng, các đội hình đã hỗ trợ 8.300 lượt người dân, đạt 115% chỉ tiêu {short} giao.\n")


@pytest.mark.parametrize("short", ["Kế hoạch 210 của Trung ương Đoàn", "Kế hoạch số 210 của Ban Bí thư Trung ương Đoàn"])
def test_a_short_reference_whose_issuer_code_opens_the_full_symbol_s_is_that_document(short):
    assert keys(CAMPAIGN.format(short=short)) == {"52-KH/TĐTN-TNTH", "210-KH/TWĐTN-TNTH"}


def test_near_miss_a_short_reference_with_no_full_symbol_of_its_number_keeps_its_own_key():
    assert "211-KH/TW" in keys(CAMPAIGN.format(short="Kế hoạch 211 của Trung ương Đoàn"))
