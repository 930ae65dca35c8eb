"""kg.extract.own_approval: what a decision approves in its own heading or first article, the short name a text
declares, and the programme that opens a resolution's subject. Each is the approving document (tests/ANNOTATION.md
(b)); near misses keep the programme apart. Short texts of our own."""
from __future__ import annotations

from extract_helpers import link_rows

from kg.extract import extract

HEADER = ("ỦY BAN NHÂN DÂN  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH HÀ NAM  Độc lập - Tự do - Hạnh phúc\n"
          "Số: 512/QĐ-UBND  Hà Nam, ngày 4 tháng 3 năm 2026\n\nQUYẾT ĐỊNH\n")
BODY = ("\nCăn cứ Nghị quyết số 20/2025/NQ-HĐND ngày 9 tháng 12 năm 2025 của Hội đồng nhân dân tỉnh;\n\n"
        "Điều 1. Phê duyệt Đề án phát triển nghề mây tre đan tỉnh Hà Nam giai đoạn 2026 - 2030 (sau đây gọi tắt là "
        "Đề án).\nĐiều 2. UBND các xã trong vùng Đề án rà soát làng nghề, hỗ trợ người dân học nghề.\n")


def _keys(text: str) -> set[str]:
    return {d.key for d in extract(text).documents}


def test_the_da_an_a_decision_approves_in_its_heading_is_the_decision():
    keys = _keys(HEADER + "Phê duyệt Đề án phát triển nghề mây tre đan tỉnh Hà Nam giai đoạn 2026 - 2030\n" + BODY)
    assert keys == {"512/QĐ-UBND", "20/2025/NQ-HĐND"}


def test_the_first_article_alone_approves_it_too():
    # the heading says something else; 'Điều 1. Phê duyệt ...' is enough
    keys = _keys(HEADER + "Về một số nội dung phát triển làng nghề\n" + BODY)
    assert not any(k.startswith("ĐA:") for k in keys)
    assert "512/QĐ-UBND" in keys


def test_near_miss_a_da_an_named_in_another_decisions_text_stays_itself():
    # no heading of its own: a news line about a đề án that no decision named here approves
    text = ("Tỉnh đang triển khai Đề án phát triển nghề mây tre đan tỉnh Hà Nam giai đoạn 2026 - 2030. "
            "Đến nay đã có 12 làng nghề được công nhận.")
    assert "ĐA:phát triển nghề mây tre đan tỉnh Hà Nam giai đoạn 2026-2030" in _keys(text)


def test_after_a_declared_short_name_the_bare_word_reads_no_new_title():
    keys = _keys(HEADER + "Phê duyệt Đề án phát triển nghề mây tre đan tỉnh Hà Nam giai đoạn 2026 - 2030\n" + BODY)
    assert not any("rà soát làng nghề" in k for k in keys)


def test_near_miss_without_the_declaration_the_words_after_de_an_are_a_title():
    text = "Sở Nông nghiệp xây dựng Đề án rà soát làng nghề truyền thống, trình UBND tỉnh trong quý II."
    assert any(k.startswith("ĐA:rà soát làng nghề") for k in _keys(text))


def test_a_resolution_about_an_action_programme_carries_it():
    text = ("Chính phủ ban hành Nghị quyết số 07/NQ-CP ngày 15/01/2026 về Chương trình hành động thực hiện "
            "Nghị quyết số 68-NQ/TW ngày 4/5/2025 của Bộ Chính trị.")
    assert ("07/NQ-CP", "implements", "68-NQ/TW") in link_rows(text)
    assert not any(k.startswith("CTr:") for k in _keys(text))


def test_near_miss_a_letter_about_a_plan_does_not_carry_it():
    text = ("Sở Tư pháp có Công văn số 88/STP-VP ngày 15/01/2026 về Kế hoạch thực hiện Nghị quyết số 68-NQ/TW "
            "ngày 4/5/2025 của Bộ Chính trị.")
    rows = link_rows(text)
    assert not any(f == "88/STP-VP" for f, _, _ in rows)


RESOLUTION = ("ĐẢNG BỘ TỈNH BẮC NINH\nĐẢNG ỦY XÃ YÊN PHONG\nSố 11-NQ/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\n\nNGHỊ QUYẾT\n"
              "của Ban Chấp hành Đảng bộ xã về phát triển du lịch nông thôn năm 2026\n\n"
              "Thực hiện Kế hoạch số 40-KH/TU ngày 2/10/2025 của Ban Thường vụ Tỉnh ủy về phát triển du lịch, "
              "{who} thống nhất ban hành Nghị quyết về phát triển du lịch nông thôn năm 2026.\n\nI. TÌNH HÌNH\n"
              "Năm 2025, xã đón 12.000 lượt khách.\n")


def test_the_preamble_names_the_texts_own_resolution_by_its_subject():
    text = RESOLUTION.format(who="Ban Chấp hành Đảng bộ xã")
    assert _keys(text) == {"11-NQ/ĐU", "40-KH/TU"}
    assert ("11-NQ/ĐU", "implements", "40-KH/TU") in link_rows(text)


def test_near_miss_a_resolution_of_another_issuer_in_the_preamble_stays_its_own():
    text = RESOLUTION.format(who="Ban Thường vụ Tỉnh ủy")
    assert any(k.startswith("NQ:Ban Thường vụ Tỉnh ủy về phát triển du lịch") for k in _keys(text))


PLAN = ("ỦY BAN NHÂN DÂN\nXÃ TÂN HƯNG\nSố: 41/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Tân Hưng, ngày 2 tháng 10 năm 2025\n\nKẾ HOẠCH\nTriển khai Kế hoạch số 130/KH-UBND của UBND tỉnh\n\n"
        "Thực hiện Kế hoạch số 130/KH-UBND ngày 5/9/2025 của UBND tỉnh, UBND xã ban hành Kế hoạch như sau:\n"
        "I. MỤC TIÊU\nHoàn thành 100% nhiệm vụ được giao.\n{closing}\n")


def test_the_closing_formula_names_the_texts_own_plan():
    text = PLAN.format(closing="Trên đây là Kế hoạch triển khai thực hiện Kế hoạch 130 của UBND tỉnh trên địa bàn xã.")
    assert _keys(text) == {"41/KH-UBND", "130/KH-UBND"}


def test_near_miss_a_plan_named_in_the_body_with_a_title_of_its_own_stays_itself():
    text = PLAN.format(closing="Các thôn xây dựng Kế hoạch triển khai thực hiện Kế hoạch 130 của UBND tỉnh trên địa bàn thôn.")
    assert len(_keys(text)) == 3
