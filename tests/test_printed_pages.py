"""kg.printed_pages: a news page a browser printed to PDF is read as its article, with the site as publisher.

The pages are our own short texts, laid out as a browser prints a provincial paper's page: banner, menu and
breadcrumb, a date line, the headline, a share bar, the body, then tags, boxes of links and the footer."""

from __future__ import annotations

from test_sources import pdf_pages, titled_pdf

from kg.extracting import extract_one
from kg.printed_pages import printed_page, title_parts
from kg.sources import parse_source

SITE = "Báo Tuyên Quang điện tử"
HEADLINE = "Tuyên Quang triển khai Kế hoạch phát triển chè đặc sản đến năm 2027"
BODY = [
    "Ngày 8/4/2024, Ủy ban nhân dân tỉnh Tuyên Quang ban hành Kế hoạch số 71/KH-UBND thực hiện Nghị quyết số "
    "11-NQ/TU ngày 15/1/2024 của Ban Thường vụ Tỉnh ủy về phát triển cây chè.",
    "Theo Kế hoạch, đến năm 2027 toàn tỉnh có 600 ha chè đặc sản được chứng nhận.",
    "Sở Nông nghiệp và Phát triển nông thôn chủ trì hướng dẫn các huyện thực hiện Kế hoạch.",
]
ABOVE = ["Báo Tuyên Quang", "Thời sự", "Kinh tế", "Xã hội", "Tìm kiếm", "Trang chủ » Kinh tế"]
DATE_LINE = "Thứ Hai, 08/04/2024 09:15"
RELATED = ["Tin liên quan", "Huyện Sơn Dương khởi công cầu treo qua sông Phó Đáy",
           "Đọc nhiều nhất", "Giá chè búp tươi tăng nhẹ trong tháng Tư"]
FOOTER = [f"{SITE} - Cơ quan của Đảng bộ, chính quyền và nhân dân tỉnh Tuyên Quang",
          "Giấy phép số 45/GP-BTTTT. Tổng biên tập: Trần Văn Khánh",
          "© Bản quyền thuộc Báo Tuyên Quang."]


def page(*parts: list[str]) -> list[str]:
    return [line for part in parts for line in part]


def test_a_printed_page_is_its_article_and_its_site_the_publisher():
    lines = page(ABOVE, [DATE_LINE, HEADLINE, "Chia sẻ Facebook Zalo In bài"], BODY, ["Từ khóa: chè, Tuyên Quang"],
                 RELATED, FOOTER)
    src = parse_source("che.pdf", titled_pdf(lines, f"{HEADLINE} - {SITE}"))
    assert src.text.splitlines()[:2] == [DATE_LINE, HEADLINE]
    assert src.text.endswith(BODY[-1])
    assert (src.title, src.publisher, src.place) == (HEADLINE, SITE, "Tuyên Quang")
    facts = extract_one(src.name, src.text, on=None, place=None, hints=src)
    # the footer's licence was a document, and a related headline's district the text's place
    assert "45/GP-BTTTT" not in {d.key for d in facts.documents}
    assert "71/KH-UBND" in {d.key for d in facts.documents}
    assert (facts.place.province, facts.place.district) == ("Tuyên Quang", None)


def test_a_headline_the_print_broke_over_two_lines_and_a_footer_without_a_box_of_links():
    first, second = HEADLINE.split(" Kế hoạch ")
    lines = page(ABOVE, [first, f"Kế hoạch {second}", DATE_LINE], BODY, FOOTER)
    src = parse_source("che.pdf", titled_pdf(lines, f"{HEADLINE} | {SITE}"))
    assert src.text.splitlines() == [HEADLINE, DATE_LINE, *BODY]


def test_a_page_of_two_printed_pages_loses_the_boxes_and_footer_of_its_last():
    pages = [page(ABOVE, [HEADLINE], BODY[:2]), page(BODY[2:], RELATED, FOOTER)]
    src = parse_source("che.pdf", pdf_pages(pages, f"{HEADLINE} - {SITE}"))
    assert src.text.startswith(HEADLINE) and src.text.endswith(BODY[-1]) and "Sơn Dương" not in src.text


def test_near_misses_stay_as_they_were():
    # a body that names the paper, a building permit, and a tag-like word inside a sentence are the article's
    body = [*BODY, "Báo Tuyên Quang sẽ tiếp tục đưa tin về kết quả thực hiện.",
            "Giấy phép xây dựng nhà sơ chế chè được cấp trong tháng 5.", "Các từ khóa: chè sạch, chè hữu cơ."]
    src = parse_source("che.pdf", titled_pdf(page([HEADLINE], body), f"{HEADLINE} - {SITE}"))
    assert src.text.splitlines() == [HEADLINE, *body]
    # a title without a site's name, a headline not on the text's lines, a site's name as long as a headline
    for title in (HEADLINE, f"Báo cáo tháng Tư - {SITE}",
                  f"{HEADLINE} - một dòng rất dài gồm nhiều hơn mười chữ như một câu của bài báo này"):
        src = parse_source("che.pdf", titled_pdf(page(ABOVE, [HEADLINE], BODY, RELATED), title))
        assert "Tin liên quan" in src.text and src.publisher is None


def test_title_parts():
    assert title_parts(f"{HEADLINE} - {SITE}") == (HEADLINE, SITE)
    assert title_parts("Giai đoạn 2024 - 2026 - Báo Hà Giang") == ("Giai đoạn 2024 - 2026", "Báo Hà Giang")
    assert title_parts(HEADLINE) is None
    assert printed_page("\n".join(BODY), None) is None


def test_a_box_of_the_most_read_alone_ends_the_article():
    # no "Tin liên quan" box: the page's list of its most read articles is the first line after the body
    most_read = ["Đọc nhiều nhất", "Giá chè búp tươi tăng nhẹ trong tháng Tư", "Xem nhiều nhất",
                 "Huyện Sơn Dương khởi công cầu treo qua sông Phó Đáy"]
    src = parse_source("che.pdf", titled_pdf(page(ABOVE, [HEADLINE], BODY, most_read, FOOTER), f"{HEADLINE} - {SITE}"))
    assert src.text.splitlines() == [HEADLINE, *BODY]
    # near miss: the words inside a sentence of the body are the article's
    said = "Bài viết về chè đặc sản nằm trong mục đọc nhiều nhất của tháng."
    src = parse_source("che.pdf", titled_pdf(page([HEADLINE], [*BODY, said]), f"{HEADLINE} - {SITE}"))
    assert src.text.splitlines() == [HEADLINE, *BODY, said]
