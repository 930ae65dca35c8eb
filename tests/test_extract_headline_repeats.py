"""kg.extract.headline_repeats: a share of a plan that no document holds takes the plan of the text's other shares of the
same word. Texts are our own."""
from __future__ import annotations

from kg.extract import extract
from kg.extract.headline_repeats import outside_related_pages, related_pages
from kg.extract.text import prepare
from kg.facts import Outcome

_MARGIN = ("Hội Nông dân huyện Đông Sơn: Kết nạp hội viên vượt 8% chỉ tiêu\n\n"
           "Ngày 5/1/2026, Hội Nông dân huyện Đông Sơn tổng kết năm 2025. Thực hiện Nghị quyết số 05-NQ/HND ngày "
           "2/1/2025, năm 2025 các cơ sở Hội kết nạp 1.080 hội viên, bằng 108% chỉ tiêu {who}; thành lập 12 tổ hội "
           "nghề nghiệp.\n")


def test_a_headline_margin_is_of_the_plan_the_body_s_share_is_measured_by():
    facts = extract(_MARGIN.format(who="Hội Nông dân tỉnh giao"))
    got = {o.value: o.document for o in facts.outcomes}
    assert got[8] == got[108] and got[8].startswith("KH:Hội Nông dân tỉnh giao")
    assert got[1080] == "05-NQ/HND"


def test_a_headline_margin_stays_unplaced_where_the_body_s_shares_name_two_plans():
    facts = extract(_MARGIN.format(who="Hội Nông dân tỉnh giao, bằng 104% chỉ tiêu của Nghị quyết số 05-NQ/HND"))
    assert {o.value: o.document for o in facts.outcomes}[8] is None



_TALLY_PAGE = ("BÁO BẮC SƠN\nTrang chủ > Kinh tế\n{date}\n\nHợp tác xã Bắc Sơn: Vượt 7/10 chỉ tiêu sau 5 năm\n\n"
               "Ngày 5/1/2026, UBND huyện Bắc Sơn tổng kết 5 năm thực hiện Kế hoạch số 45/KH-UBND. Sau 5 năm, huyện có "
               "7/10 chỉ tiêu vượt, 3 chỉ tiêu đạt.\n")


def test_a_headline_under_a_date_line_with_its_time_after_a_space_repeats_the_body():
    # the date line's time after a space ('Thứ Hai, 12/01/2026 07:45') stands above the headline, as after a dash
    for date in ("Thứ Hai, 12/01/2026 07:45", "Thứ Hai, 12/01/2026 - 07:45"):
        assert sorted((o.value, o.of) for o in extract(_TALLY_PAGE.format(date=date)).outcomes) == [(3, 10), (7, 10)]
    # near miss: a first line of words and a figure is no date line; the headline under it stays unread as one
    got = extract(_TALLY_PAGE.format(date="Tin nổi bật 12 bài viết"))
    assert sorted((o.value, o.of) for o in got.outcomes) == [(3, 10), (7, 10), (7, 10)]


_RELATED = ("Xã Tân Lập ra quân làm đường giao thông nông thôn\n\n"
            "Sáng 3/3/2026, xã Tân Lập ra quân làm 2,5 km đường bê tông.\n\n"
            "Tin liên quan:\n- Huyện Yên Sơn làm 40 km đường trong năm 2025\n\n"
            "Người dân góp 300 ngày công.\n")


def _at(word: str) -> Outcome:
    at = _RELATED.index(word)
    return Outcome(None, word, 1, None, span=(at, at + len(word)))


def test_the_lists_of_other_pages_are_read_once_and_handed_to_each_step():
    p = prepare(_RELATED)
    related = related_pages(p)
    (a, b), = related
    assert _RELATED[a:b].startswith("Tin liên quan:") and _RELATED[a:b].endswith("năm 2025")
    assert outside_related_pages(related, [_at("2,5 km"), _at("40 km"), _at("300 ngày")]) == [_at("2,5 km"),
                                                                                             _at("300 ngày")]
    # (the state is the caller's: another text read in between changes nothing of this one's)
    assert related_pages(prepare("Tin khác:\n- Một tin khác\n")) != related and related_pages(p) == related


def test_a_related_word_inside_a_sentence_opens_no_list():
    # near miss: 'liên quan' said in a sentence is not a list's heading
    text = "Các tin liên quan đến xã Tân Lập: làm 40 km đường.\n"
    assert related_pages(prepare(text)) == ()
    assert outside_related_pages((), [_at("40 km")]) == [_at("40 km")]


_ANNEX = ("UBND TỈNH NGHỆ AN\nSố: 3200/QĐ-UBND\n\nQUYẾT ĐỊNH\nPhê duyệt Đề án phát triển cây dược liệu giai đoạn 2026 - "
          "2030\n\nĐiều 1. Phê duyệt Đề án với mục tiêu đến năm 2030: diện tích cây dược liệu toàn tỉnh đạt 4.000 ha trở lên; "
          "có ít nhất 10 sản phẩm OCOP dược liệu.\n\nPHỤ LỤC: CHỈ TIÊU THEO NĂM\nChỉ tiêu | Đơn vị | 2026 | 2028 | 2030\n"
          "Diện tích cây dược liệu | ha | 2.000 | 3.000 | {last}\n")


def test_an_annex_cell_repeating_a_goal_the_articles_state_is_that_goal_once():
    f = extract(_ANNEX.format(last="4.000"))
    assert sorted((t.value, t.period) for t in f.targets if t.unit and t.unit.startswith("ha")) == [
        (2000, "2026"), (3000, "2028"), (4000, "2030")]
    assert [t.comparator for t in f.targets if t.value == 4000] == [">="]     # (the words' goal is kept)
    # near miss: a last cell other than the stated goal is a goal of its own
    f = extract(_ANNEX.format(last="4.200"))
    assert {4000, 4200} <= {t.value for t in f.targets}


# a page of our own: the article, a list of other pages' headlines and the site's footer, each naming a document
_PAGE = ("Huyện Bảo Yên sơ kết Chương trình số 09-CTr/HU\n"
         "Ngày 3/6/2025, Huyện ủy Bảo Yên sơ kết 2 năm thực hiện Chương trình số 09-CTr/HU. Năm 2024, toàn huyện "
         "trồng mới 320 ha rừng, đạt 106% kế hoạch.\n"
         "Tin liên quan\n"
         "Sơ kết 3 năm thực hiện Nghị quyết số 21-NQ/TU về phát triển du lịch\n"
         "Tỷ lệ hộ nghèo giảm còn 2,4%\n"
         "Bản quyền thuộc về Báo điện tử của tỉnh. Giấy phép số 85/GP-BTTTT do Bộ Thông tin và Truyền thông cấp.\n")


def test_another_page_s_headline_and_the_site_s_footer_name_no_document_of_the_text():
    facts = extract(_PAGE)
    assert {d.key for d in facts.documents} == {"09-CTr/HU"}
    assert {o.document for o in facts.outcomes} == {"09-CTr/HU"} and 2.4 not in {o.value for o in facts.outcomes}
    # (the footer alone, with no list of other pages above it)
    footer_only = _PAGE.replace("Tin liên quan\n", "").replace("Sơ kết 3 năm thực hiện Nghị quyết số 21-NQ/TU về phát "
                                                               "triển du lịch\nTỷ lệ hộ nghèo giảm còn 2,4%\n", "")
    assert {d.key for d in extract(footer_only).documents} == {"09-CTr/HU"}


def test_near_miss_an_article_s_own_licence_sentence_is_read():
    # (a licence the article reports on opens a sentence, not a footer: 'Giấy phép xây dựng ...')
    text = _PAGE.split("Tin liên quan")[0] + ("Giấy phép xây dựng nhà máy được cấp theo Quyết định số 1250/QĐ-UBND "
                                              "ngày 2/5/2025 của UBND tỉnh.\n")
    assert "1250/QĐ-UBND" in {d.key for d in extract(text).documents}
    spans = related_pages(prepare(text))
    assert spans == ()


def test_a_line_of_share_buttons_under_the_byline_leaves_the_page_s_date_on_its_last_line():
    body = ("Ngày 14/12, Huyện ủy Cao Lãnh tổ chức hội nghị tổng kết công tác năm. Năm 2023, toàn huyện kết nạp "
            "120 đảng viên.\n\nThanh Tâm - Báo Đồng Tháp\n15/12/2023\n")
    assert extract(body).date.isoformat() == "2023-12-15"
    for share in ("Chia sẻ: Facebook Zalo In bài viết\n", "Chia sẻ  Facebook  Twitter  Email\nCỡ chữ A- A A+\n"):
        facts = extract(body + share)
        assert facts.date is not None and facts.date.isoformat() == "2023-12-15"
        assert [e.date.isoformat() for e in facts.events if e.date] == ["2023-12-14"]


def test_near_miss_a_sentence_on_sharing_is_the_article_s():
    text = "Chia sẻ kinh nghiệm xây dựng nông thôn mới, xã Tân Phú đạt 19/19 tiêu chí.\n"
    assert related_pages(prepare(text)) == ()


def test_a_page_s_date_under_its_byline_stays_its_date_above_a_long_footer():
    body = ("Ngày 14/12, Huyện ủy Cao Lãnh tổ chức hội nghị tổng kết công tác năm.\n\nThanh Tâm - Báo Đồng Tháp\n"
            "15/12/2023\n")
    footer = ("Chia sẻ: Facebook Zalo\nTin liên quan\n" + "Xã Mỹ Hiệp ra quân làm đường giao thông nông thôn\n" * 6
              + "Bản quyền thuộc về Báo điện tử của tỉnh. Ghi rõ nguồn khi phát hành lại thông tin từ website này.\n")
    assert extract(body + footer).date.isoformat() == "2023-12-15"


_SITE_PAGE = ("{site}\nKinh tế | 12/01/2026\n\nHợp tác xã Bắc Sơn: 7/10 chỉ tiêu vượt sau 5 năm\n\n"
              "Ngày 5/1/2026, UBND huyện Bắc Sơn tổng kết 5 năm thực hiện Kế hoạch số 45/KH-UBND. Kết quả, cả "
              "7/10 chỉ tiêu đều vượt, 3 chỉ tiêu đạt.\n")


def test_a_site_s_or_a_place_s_name_in_words_stands_above_the_headline():
    for site in ("Báo Bắc Sơn", "Lạng Sơn", "Cổng thông tin điện tử tỉnh Lạng Sơn"):
        assert sorted((o.value, o.of) for o in extract(_SITE_PAGE.format(site=site)).outcomes) == [(3, 10), (7, 10)]
    # near miss: a first line of a sentence's words is no site's name; the headline under it stays unread as one
    got = extract(_SITE_PAGE.format(site="Báo cáo của huyện Bắc Sơn"))
    assert sorted((o.value, o.of) for o in got.outcomes) == [(3, 10), (7, 10), (7, 10)]


def test_a_headline_result_the_body_does_not_repeat_is_of_the_body_s_document():
    text = ("Tỉnh đoàn Bắc Sơn: 14/15 chỉ tiêu công tác Đoàn năm 2025 đạt và vượt\n\n"
            "Năm 2025, các cấp bộ Đoàn triển khai Kế hoạch số 112-KH/TĐTN của Ban Thường vụ Tỉnh đoàn. Kết quả, "
            "toàn tỉnh kết nạp 4.862 đoàn viên mới; thành lập 35 đội hình thanh niên tình nguyện.\n")
    got = {o.value: o.document for o in extract(text).outcomes}
    assert got == {14: "112-KH/TĐTN", 4862: "112-KH/TĐTN", 35: "112-KH/TĐTN"}
    # near miss: a body whose results are of two documents in equal parts gives the headline's none
    two = text.replace("thành lập 35", "thực hiện Kế hoạch số 20-KH/TU, thành lập 35")
    assert {o.value: o.document for o in extract(two).outcomes}[14] is None


_SUBHEADED = ("Hội nghị giao ban quý III của tỉnh Bắc Sơn\n\nChiều 9/10, UBND tỉnh Bắc Sơn họp giao ban.\n\n"
              "{sub}\nTheo Kế hoạch số 12/KH-UBND, đến ngày 30/9 toàn tỉnh giải ngân được 3.120 tỷ đồng, đạt 58,5% "
              "kế hoạch.\n\nCác sở đã giải quyết 1.200 hồ sơ.\n")


def test_a_subheading_s_result_that_the_paragraph_under_it_gives_is_told_once():
    got = sorted(o.value for o in extract(_SUBHEADED.format(sub="Giải ngân vốn đầu tư công mới đạt 58,5%")).outcomes)
    assert got == [58.5, 1200, 3120]
    # in other words: the amount in the subheading, the paragraph after a blank line
    text = _SUBHEADED.format(sub="Đã giải ngân 3.120 tỷ đồng\n")
    assert sorted(o.value for o in extract(text).outcomes) == [58.5, 1200, 3120]
    # near miss: a figure the paragraph under it does not give stays the subheading's own
    got = sorted(o.value for o in extract(_SUBHEADED.format(sub="Đã khởi công 14 công trình trọng điểm")).outcomes)
    assert got == [14, 58.5, 1200, 3120]
