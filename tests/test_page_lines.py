"""A saved page's date line outside the article text the boilerplate remover keeps (kg.page_lines), read for a page
whose markup gives no date, by the date-line rule a ``.txt`` is read by. Small pages of our own, with the lines that
must not be taken: the site's top bar, menus, a share bar, related articles with their own days, a sidebar, the
footer."""
from __future__ import annotations

import datetime as dt

import pytest

from kg.extract.dates import text_date
from kg.extract.text import fold_same_length
from kg.page_lines import article_lines, date_line_day
from kg.sources import parse_source

BODY = ("<p>Sáng 11/3, Hội Nông dân xã Tân Hòa tổ chức hội nghị sơ kết một năm thực hiện Kế hoạch số 15-KH/HND về "
        "phong trào nông dân thi đua sản xuất, kinh doanh giỏi.</p>"
        "<p>Toàn xã có 320 hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp, vượt 12% so với kế hoạch đề ra.</p>"
        "<p>Hội nghị đề ra nhiệm vụ năm tới: vận động hội viên ứng dụng khoa học kỹ thuật vào sản xuất nông nghiệp.</p>")


def page(above: str = "", below: str = "", after: str = "", top: str = "Thứ Bảy, 05/12/2026", head: str = "") -> str:
    """A commune portal's page: the site's header with today's date and a menu, the article's block (a date line
    above or below the headline, a share bar, the body, a line after it), related articles with their days, a
    sidebar and a footer with dates of their own."""
    return ("<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'><title>Nông dân thi đua sản xuất giỏi - Cổng xã"
            "</title>" + head + "</head><body>"
            "<header class='site'><div class='bar'>" + top + "</div><nav><ul><li><a href='/'>Trang chủ</a></li>"
            "<li><a href='/tin'>Tin tức</a></li></ul></nav></header>"
            "<div class='wrap'><div class='col-main'><div class='box'>" + above +
            "<h1 class='t'>Nông dân thi đua sản xuất giỏi</h1>" + below +
            "<div class='share'><a href='#'>Facebook</a> <a href='#'>Zalo</a></div>"
            "<div class='content'>" + BODY + "</div>" + after +
            "<div class='more'><p><a href='/c'>Ra quân làm thủy lợi</a> - 20/02/2024</p></div>"
            "<div class='rel'><h3>Tin liên quan</h3><ul><li><a href='/a'>Hội nghị tập huấn khuyến nông</a> (02/03/2024)"
            "</li><li><a href='/b'>Gieo cấy lúa xuân</a> <span>20/02/2024</span></li></ul><p>15/02/2024</p></div>"
            "</div></div><aside><p>Thứ Tư, 01/01/2025</p></aside></div>"
            "<footer><p>Bản quyền thuộc UBND xã. Cập nhật: 04/12/2026</p></footer></body></html>")


def day_of(html: str) -> dt.date | None:
    return parse_source("trang.html", html.encode("utf-8")).date


@pytest.mark.parametrize("where, line, day", [
    ("above", "<div class='x'>Thứ Ba, 12/03/2024 - 08:15</div>", dt.date(2024, 3, 12)),
    ("above", "<div class='x'><a href='/tin'>Tin hoạt động</a> | 12/03/2024</div>", dt.date(2024, 3, 12)),
    ("below", "<p class='y'><span>Cập nhật: 12/03/2024</span></p>", dt.date(2024, 3, 12)),
    ("below", "<div><span>Minh Anh</span> - <span>08:15, 12/03/2024</span></div>", dt.date(2024, 3, 12)),
    ("after", "<div class='z'>Cập nhật ngày 13/3/2024</div>", dt.date(2024, 3, 13)),
])
def test_a_page_without_a_date_in_its_markup_takes_the_date_line_around_its_article(where, line, day):
    html = page(**{where: line})
    assert day_of(html) == day
    # the same rule as the page's lines saved as text
    src = parse_source("trang.html", html.encode("utf-8"))
    assert text_date(fold_same_length("\n".join(article_lines(html, src.title, src.text)))) == day


def test_near_miss_the_site_s_bar_related_articles_a_sidebar_and_the_footer_date_no_page():
    # today's date in the site's bar, related articles' days (listed, after a link, under a heading), a sidebar's and
    # the footer's: none is the article's
    html = page()
    assert day_of(html) is None
    src = parse_source("trang.html", html.encode("utf-8"))
    assert all("2024" not in line and "2025" not in line and "2026" not in line
               for line in article_lines(html, src.title, src.text))


def test_near_miss_a_date_in_the_site_s_bar_inside_the_article_s_block_is_not_next_to_the_headline():
    # a page laid out without a header element: the bar and the menu sit in the block that holds the article
    html = page(above="<div class='bar'>Thứ Bảy, 05/12/2026</div><div>Chính trị</div><div>Kinh tế</div>", top="")
    assert day_of(html) is None


def test_near_miss_the_markup_s_date_wins_over_the_date_line():
    html = page(above="<div>Thứ Ba, 12/03/2024 - 08:15</div>",
                head="<meta property='article:published_time' content='2024-03-14T07:00:00+07:00'>")
    assert day_of(html) == dt.date(2024, 3, 14)


def test_a_page_whose_article_cannot_be_found_has_no_date_line():
    assert date_line_day("<html><body><p>Thứ Ba, 12/03/2024</p></body></html>", None, "Một đoạn khác.") is None
    assert date_line_day("<html><body><h1>Tiêu đề của bài</h1><p>Thứ Ba, 12/03/2024</p></body></html>", "Tiêu đề của bài",
                         "") is None
    # a broken page is read as a browser reads it, and nothing raises
    assert date_line_day("<h1>Tiêu đề của bài<p>Thứ Ba, 12/03/2024<div><p>Nội dung bài viết", "Tiêu đề của bài",
                         "Nội dung bài viết") == dt.date(2024, 3, 12)


def test_near_miss_a_site_s_name_set_as_a_heading_in_its_header_is_no_headline():
    # the site's name in an <h1> beside today's date, and the title naming the site: the article's headline is its h1
    html = page(above="<div>Thứ Ba, 12/03/2024 - 08:15</div>", top="Thứ Bảy, 05/12/2026</div><h1><a href='/'>Cổng xã</a></h1><div>")
    assert day_of(html) == dt.date(2024, 3, 12)
    # without a headline of the article's own, nothing: the lines by the site's name are the site's
    assert day_of(html.replace("<h1 class='t'>Nông dân thi đua sản xuất giỏi</h1>", "")) is None
