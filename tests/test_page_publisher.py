"""A portal that names itself only in its logo and its footer is the page's publisher (kg.page_publisher), where the
page's metadata and title name none; a portal named in the article's words is no publisher. Pages of our own."""
from __future__ import annotations

from pathlib import Path

from kg.page_publisher import portal_publisher
from kg.sources import parse_source, read_source

PORTAL = Path(__file__).parent / "fixtures" / "newcomer33b" / "cong-tinh.html"


def test_a_portal_s_page_is_published_by_the_portal_its_logo_and_footer_name():
    src = read_source(str(PORTAL))
    # (the logo in capitals, named as the footer writes it; the province its name carries is the page's place)
    assert (src.publisher, src.place) == ("Cổng Thông tin điện tử tỉnh Hà Tĩnh", "Hà Tĩnh")
    assert "Bản quyền" not in src.text and "CỔNG THÔNG TIN" not in src.text


def _page(body: str, head: str = "") -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


def test_a_footer_s_owner_names_the_page_where_no_portal_is_named():
    footer = '<div class="site-footer">CƠ QUAN CHỦ QUẢN: UBND XÃ THỬ ĐÔNG Chịu trách nhiệm: Nguyễn Văn A</div>'
    assert portal_publisher(_page(footer)) == "UBND Xã Thử Đông"
    footer = '<footer>Bản quyền thuộc về Sở Giáo dục và Đào tạo tỉnh Thử. Địa chỉ: số 2 đường Thử</footer>'
    assert portal_publisher(_page(footer)) == "Sở Giáo dục và Đào tạo tỉnh Thử"
    logo = '<a class="logo" href="/"><img src="l.png" alt="Trang thông tin điện tử xã Thử Tây"></a>'
    assert portal_publisher(_page(logo)) == "Trang thông tin điện tử xã Thử Tây"


def test_a_portal_s_own_name_wins_over_its_owner_s_in_one_footer():
    footer = ("<footer>Trang thông tin điện tử xã Thử Nam. Cơ quan chủ quản: UBND xã Thử Nam. Địa chỉ: thôn Thử"
              "</footer>")
    assert portal_publisher(_page(footer)) == "Trang thông tin điện tử xã Thử Nam"


def test_near_misses_a_portal_in_the_article_s_words_and_a_page_with_its_site_s_name():
    article = ("<article><h1>Tỉnh thử sơ kết một năm thực hiện nghị quyết về giáo dục</h1><p>Bài viết đã đăng trên Cổng "
               "Thông tin điện tử tỉnh Hà Tĩnh hôm qua.</p></article><div class='footer'>Liên hệ quảng cáo</div>")
    assert portal_publisher(_page(article)) is None
    # a footer whose owner is no body's or paper's name
    assert portal_publisher(_page("<footer>Bản quyền thuộc về Tòa soạn. Địa chỉ: số 2 đường Thử</footer>")) is None
    # a page whose metadata name its site keeps that name
    named = PORTAL.read_text(encoding="utf-8").replace(
        "<title>", '<meta property="og:site_name" content="Báo Thử Điện tử"><title>', 1)
    assert parse_source(PORTAL.name, named.encode("utf-8")).publisher == "Báo Thử Điện tử"
