"""kg.saved_pages (and the lead of kg.page_lines): pages as a journalist saved them, read as their reader sees them.

The pages are our own, in ``tests/fixtures/newcomer33/``; the MHTML files are built here from our own markup."""

from __future__ import annotations

import datetime as dt
import quopri
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.extracting import extract_one
from kg.ingest_folder import input_files
from kg.saved_pages import is_mhtml, mhtml_page
from kg.sources import parse_source

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "newcomer33"
ADDRESS = "https://baomiendoi.example/xa-tan-lap-hop-ban-ke-hoach-nam-hoc-moi-1234.html"


def _fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def mhtml(markup: bytes, *, address: str = ADDRESS, part_type: str = "text/html") -> bytes:
    """A page saved as "Webpage, Single File", as Chromium writes one: headers, then the page's part in
    quoted-printable and a style sheet's part."""
    boundary = "----MultipartBoundary--Xy12Ab34Cd----"
    head = (f"From: <Saved by Blink>\r\nSnapshot-Content-Location: {address}\r\n"
            "Subject: =?utf-8?Q?X=C3=A3_T=C3=A2n_L=E1=BA=ADp?=\r\nDate: Tue, 2 Sep 2025 09:00:00 +0700\r\n"
            f"MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"{boundary}\"\r\n"
            f"\r\n\r\n--{boundary}\r\nContent-Type: {part_type}\r\nContent-Transfer-Encoding: quoted-printable\r\n"
            f"Content-Location: {address}\r\n\r\n")
    body = quopri.encodestring(markup).replace(b"\n", b"\r\n")
    tail = (f"\r\n--{boundary}\r\nContent-Type: text/css\r\nContent-Location: cid:css@mhtml.blink\r\n\r\n"
            f"body {{ margin: 0px; }}\r\n--{boundary}--\r\n")
    return head.encode("ascii") + body + tail.encode("ascii")


# --- a page saved as one file (MHTML) ---------------------------------------------------------------------------

def test_a_page_saved_as_one_file_is_read_by_its_page_part():
    src = parse_source("trang.mhtml", mhtml(_fixture("hop-lien-ket.html")))
    assert src.kind == "html"
    assert "Ủy ban nhân dân xã chủ trì, phối hợp với các trường sửa chữa 12 phòng học" in src.text
    assert "=C3" not in src.text and "MultipartBoundary" not in src.text   # (not read as text, as it was)
    assert src.url == ADDRESS                    # the address it was saved from: the page gives no canonical one
    assert src.date == dt.date(2025, 9, 2)       # its date line, as in the page saved as .html


def test_a_mime_file_without_a_page_is_refused_with_what_to_do():
    with pytest.raises(InputError) as info:
        parse_source("anh.mhtml", mhtml(b"GIF89a", part_type="image/gif"))
    assert "MHTML" in info.value.message and "HTML only" in info.value.hint


def test_a_text_that_speaks_of_mime_is_no_saved_page():
    # near miss: a text (a developer's note pasted to a .txt) whose lines name the header further down
    text = ("Ghi chú về cách lưu trang.\n" * 3 + "Content-Type: multipart/related là kiểu của tệp MHTML.\n").encode()
    assert not is_mhtml(text)
    assert parse_source("ghi-chu.txt", text).kind == "text"
    assert mhtml_page(mhtml(_fixture("hop-lien-ket.html")))[1] == ADDRESS


def test_a_saved_from_header_that_is_no_address_gives_none():
    # the header is the file's to say: encoded, it may hold a line break and markup; the page is read all the same
    src = parse_source("trang.mhtml", mhtml(_fixture("hop-lien-ket.html"), address="=?utf-8?q?https://a.example/x=0A=3Cb=3E?="))
    assert src.url is None and "sửa chữa 12 phòng học" in src.text


def test_a_single_file_nested_deeper_than_a_browser_writes_is_refused_with_what_to_do():
    # (Python's parser of MIME messages recurses once a level: thousands of levels are no saved page, and must not
    # stop a folder's ingest with a RecursionError)
    levels = 3000
    nested = "".join(f"--b{i}\r\nContent-Type: multipart/related; boundary=\"b{i + 1}\"\r\n\r\n" for i in range(levels))
    data = ("From: <Saved by Blink>\r\nContent-Type: multipart/related; boundary=\"b0\"\r\n\r\n" + nested
            + f"--b{levels}\r\nContent-Type: text/html\r\n\r\n<p>Trang</p>\r\n").encode()
    assert mhtml_page(data) is None
    with pytest.raises(InputError) as info:
        parse_source("sau.mhtml", data)
    assert "MHTML" in info.value.message


def test_a_folder_s_single_file_pages_are_ingested_not_passed_over(tmp_path):
    (tmp_path / "trang.mhtml").write_bytes(mhtml(_fixture("hop-lien-ket.html")))
    (tmp_path / "trang-cu.mht").write_bytes(mhtml(_fixture("hop-lien-ket.html")))
    (tmp_path / "anh.png").write_bytes(b"\x89PNG\r\n")
    assert [Path(p).name for p in input_files([str(tmp_path)])] == ["trang-cu.mht", "trang.mhtml"]


# --- a page laid out in a table -------------------------------------------------------------------------------------

def test_a_page_laid_out_in_a_table_gives_its_article_not_its_menu_or_footer():
    src = parse_source("bang-bo-cuc.htm", _fixture("bang-bo-cuc.htm"))
    assert "Ủy ban nhân dân huyện giao Phòng Giáo dục và Đào tạo chủ trì" in src.text
    for boilerplate in ("TRANG CHỦ", "Giấy phép số 77/GP-BTTTT", "tuyển 5 cộng tác viên", "\\|", "120 suất học bổng"):
        assert boilerplate not in src.text
    # its date line, lost in one cell's run of words while the page was read as a table
    assert extract_one("bang-bo-cuc.htm", src.text, on=None, place=None, hints=src).date == dt.date(2025, 11, 14)
    assert [d.key for d in extract_one("bang-bo-cuc.htm", src.text, on=None, place=None, hints=src).documents] == [
        "21-KH/HU"]                                # not the site's licence
    # the lead, set in a block of its own above the body and in bold, is kept, before the body
    lead = "Sáng 13/11, Ban Thường vụ Huyện ủy Đông Sơn tổ chức hội nghị triển khai Kế hoạch số 21-KH/HU"
    assert lead in src.text
    assert src.text.index(lead) < src.text.index("Theo kế hoạch, đến năm 2030")
    assert src.publisher == "Báo Miền Đồi"


def test_a_table_of_figures_in_an_article_stays_a_table():
    # near miss: a table whose cells hold figures, not a page's blocks
    page = ("<html><head><title>Kết quả năm học 2024 - 2025 của các trường trên địa bàn</title></head><body><article>"
            "<h1>Kết quả năm học 2024 - 2025 của các trường trên địa bàn</h1>"
            "<p>Sở Giáo dục và Đào tạo công bố kết quả năm học của các trường trên địa bàn tỉnh như sau.</p>"
            "<table><tr><td>Chỉ tiêu</td><td>Kế hoạch</td><td>Thực hiện</td></tr>"
            "<tr><td>Trường đạt chuẩn</td><td>60%</td><td>62%</td></tr></table>"
            "<p>Các trường tiếp tục rà soát cơ sở vật chất trước năm học mới.</p></article></body></html>")
    text = parse_source("bang-so-lieu.html", page.encode()).text
    assert "| Trường đạt chuẩn | 60% | 62% |" in text


def test_a_table_of_figures_whose_cells_wrap_a_div_stays_a_table():
    # near miss: a site's editor wraps each cell's figure in a <div>; one div a cell is no page's block
    page = ("<html><head><title>Kết quả năm học 2024 - 2025 của các trường trên địa bàn</title></head><body><article>"
            "<h1>Kết quả năm học 2024 - 2025 của các trường trên địa bàn</h1>"
            "<p>Sở Giáo dục và Đào tạo công bố kết quả năm học của các trường trên địa bàn tỉnh như sau.</p>"
            "<table><tr><td><div>Chỉ tiêu</div></td><td><div>Kế hoạch</div></td><td><div>Thực hiện</div></td></tr>"
            "<tr><td><div>Trường đạt chuẩn</div></td><td><div>60%</div></td><td><div>62%</div></td></tr></table>"
            "<p>Các trường tiếp tục rà soát cơ sở vật chất trước năm học mới.</p></article></body></html>")
    assert "| Trường đạt chuẩn | 60% | 62% |" in parse_source("bang-div.html", page.encode()).text


def test_a_page_laid_out_in_a_table_whose_article_cell_holds_two_blocks_gives_its_article():
    # the article's cell holds the headline's block and the body's, side by side (no list, no heading)
    page = ("<html><head><title>Xã Tân Lập làm đường giao thông nông thôn</title></head><body><table>"
            "<tr><td><a href='/'>TRANG CHỦ</a> | <a href='/tin'>TIN TỨC</a> | <a href='/vb'>VĂN BẢN</a></td></tr>"
            "<tr><td><div class='tieude'>Xã Tân Lập làm đường giao thông nông thôn</div>"
            "<div class='noidung'><p>Năm 2025, xã Tân Lập đã làm mới 4,5 km đường giao thông nông thôn bằng vốn ngân "
            "sách và vốn nhân dân đóng góp.</p><p>Ủy ban nhân dân xã giao các thôn rà soát những tuyến đường còn lại, "
            "báo cáo trước ngày 30/11/2025.</p></div></td></tr>"
            "<tr><td>Giấy phép số 12/GP-STTTT. Trưởng ban biên tập: Nguyễn Văn Bình</td></tr></table></body></html>")
    text = parse_source("bang-hai-khoi.htm", page.encode()).text
    assert "đã làm mới 4,5 km đường" in text and "TRANG CHỦ" not in text and "12/GP-STTTT" not in text


# --- a labelled box of links to other articles ------------------------------------------------------------------------

def test_a_box_of_links_under_a_label_in_words_is_left_out():
    src = parse_source("hop-lien-ket.html", _fixture("hop-lien-ket.html"))
    assert "sửa chữa 12 phòng học" in src.text
    for other in ("Tin cùng chuyên mục", "9 tuyến đường", "30 phần quà"):
        assert other not in src.text


def test_a_label_over_words_that_are_no_links_keeps_the_words():
    # near miss: "Xem thêm" over a paragraph of the article's own: only links go
    page = ("<html><head><title>Xã Tân Lập sửa chữa phòng học trước năm học mới</title></head><body><article>"
            "<h1>Xã Tân Lập sửa chữa phòng học trước năm học mới</h1>"
            "<p>Ủy ban nhân dân xã chủ trì, phối hợp với các trường sửa chữa 12 phòng học trước ngày khai giảng.</p>"
            "<div><div>Xem thêm</div><p>Kinh phí sửa chữa do ngân sách xã bảo đảm, tổng cộng 1,2 tỷ đồng cho cả 12 "
            "phòng học của bốn trường.</p></div></article></body></html>")
    text = parse_source("xem-them.html", page.encode()).text
    assert "tổng cộng 1,2 tỷ đồng" in text


# --- a lead the boilerplate remover left out --------------------------------------------------------------------------

_LEAD = "Đảng ủy xã Tân Lập vừa ban hành Kế hoạch số 07-KH/ĐU ngày 3/11/2025 về nâng cao chất lượng dạy và học."


def _with_lead(lead_block: str) -> bytes:
    return (f"<html><head><title>Xã Tân Lập ban hành kế hoạch nâng cao chất lượng dạy và học</title></head><body>"
            f"<nav><a href='/'>Trang chủ</a></nav><div class='detail'>"
            f"<h1>Xã Tân Lập ban hành kế hoạch nâng cao chất lượng dạy và học</h1>"
            f"<div class='meta'>Thứ Hai, 03/11/2025 | 08:00</div>{lead_block}"
            "<div class='content'><p>Kế hoạch đặt mục tiêu đến năm 2027 có 100% học sinh lớp 5 đạt chuẩn kiến thức, "
            "kỹ năng theo chương trình mới.</p><p>Ủy ban nhân dân xã chủ trì, phối hợp với các trường tổ chức phụ "
            "đạo cho học sinh yếu.</p></div></div><footer><p>Cổng thông tin xã Tân Lập</p></footer></body></html>"
            ).encode()


def test_a_lead_set_apart_without_a_paragraph_is_put_back_after_the_headline():
    text = parse_source("sapo.html", _with_lead(f"<div class='sapo'>{_LEAD}</div>")).text
    lines = text.splitlines()
    assert _LEAD in lines
    assert lines.index(_LEAD) < next(i for i, x in enumerate(lines) if x.startswith("Kế hoạch đặt mục tiêu"))
    assert "Thứ Hai, 03/11/2025" not in text       # a date line is no lead


def test_a_lead_the_remover_kept_is_not_said_twice():
    # near miss: a lead in a paragraph, which the remover keeps
    text = parse_source("sapo-p.html", _with_lead(f"<div class='sapo'><p>{_LEAD}</p></div>")).text
    assert text.count("Kế hoạch số 07-KH/ĐU") == 1


# a portal's page that names itself only in its footer and dates itself only in a line over its headline, whose lead
# sits apart from the body, laid out in a table with a box of links to other articles: every reader of a page runs
PORTAL_PAGE = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Xã Thử Bắc triển khai kế hoạch chuyển đổi số năm 2026</title></head><body>
<table><tr><td><div>Trang chủ</div><div>Tin tức</div></td></tr><tr><td>
<div class="news"><p>Thứ Năm, 12/02/2026 09:15</p><h1>Xã Thử Bắc triển khai kế hoạch chuyển đổi số năm 2026</h1>
<div class="sapo">Ủy ban nhân dân xã Thử Bắc vừa tổ chức hội nghị triển khai kế hoạch chuyển đổi số năm 2026 với
sự tham dự của cán bộ các thôn.</div>
<div class="content"><p>Theo Kế hoạch số 15/KH-UBND, đến hết năm 2026 xã phấn đấu có 90% hồ sơ thủ tục hành chính được
giải quyết trực tuyến toàn trình.</p><p>Ủy ban nhân dân xã giao công chức văn phòng chủ trì, phối hợp với các thôn
hướng dẫn người dân cài đặt ứng dụng định danh điện tử.</p></div>
<div><b>Các tin khác:</b> <a href="/a">Xã Thử Bắc ra quân làm đường ngày 3/1/2026</a>
<a href="/b">Hội nghị cán bộ chủ chốt ngày 5/1/2026</a></div></div></td></tr></table>
<footer>Cổng Thông tin điện tử xã Thử Bắc. Địa chỉ: thôn Một, xã Thử Bắc.</footer></body></html>"""


def test_a_saved_page_is_parsed_once_and_that_tree_handed_to_each_of_its_readers(monkeypatch):
    """The remover, the lead and the date line around the article, and the portal's footer all read the one tree
    ``parsed_page`` made (an ingest parsed the same page up to five times); near miss: what each reader finds is what
    it found reading the markup itself."""
    import sys

    import lxml.html
    import trafilatura

    ours, parsed = [], []
    markup_parse = lxml.html.document_fromstring

    def counted(*args, **kwargs):  # a parse asked for by a module of ours
        if sys._getframe(1).f_globals.get("__name__", "").startswith("kg."):
            ours.append(sys._getframe(1).f_globals["__name__"])
        return markup_parse(*args, **kwargs)

    library_load = trafilatura.load_html

    def loaded(*args, **kwargs):
        parsed.append(1)
        return library_load(*args, **kwargs)

    monkeypatch.setattr(lxml.html, "document_fromstring", counted)
    monkeypatch.setattr(trafilatura, "load_html", loaded)
    src = parse_source("thu-bac.html", PORTAL_PAGE.encode())
    assert (ours, len(parsed)) == ([], 1)
    assert src.publisher == "Cổng Thông tin điện tử xã Thử Bắc"
    assert src.date == dt.date(2026, 2, 12)
    assert src.text.startswith("Theo Kế hoạch số 15/KH-UBND, đến hết năm 2026")
    assert "Các tin khác" not in src.text and "ra quân làm đường" not in src.text and "Trang chủ" not in src.text
    # the same readers given the markup (each parses it) find the same
    from kg.page_lines import date_line_day
    from kg.page_publisher import portal_publisher

    assert portal_publisher(PORTAL_PAGE) == src.publisher
    assert date_line_day(PORTAL_PAGE, "Xã Thử Bắc triển khai kế hoạch chuyển đổi số năm 2026", src.text) == src.date
