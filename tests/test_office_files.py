"""kg.office_files (and the title ``kg.extracting`` gives an office file): a department's report as its Word file is.

The Word files are built here with python-docx, from our own short texts."""

from __future__ import annotations

import datetime as dt
import io

import docx

from kg.extracting import extract_one, official_title, source_info
from kg.office_files import is_template_title, read_docx
from kg.sources import parse_source
from test_sources import add_table

SUBJECT = "Kết quả bước đầu triển khai Kế hoạch số 07-KH/ĐU ngày 3/11/2025 của Đảng ủy xã về dạy và học"
BODY = ["Thực hiện chỉ đạo của Đảng ủy xã, Trường Tiểu học Tân Lập báo cáo kết quả như sau:",
        "Đến ngày 20/11/2025, nhà trường đã tổ chức 14 buổi phụ đạo cho 45 học sinh lớp 5."]


def report(*, heading: bool = True, table: list[list[str]] | None = None, title: str = "Mẫu báo cáo") -> bytes:
    """A school's report: the heading table an official text opens with (the body's name and number on the left,
    the motto and the place-and-date line on the right), its kind line and subject, its body, a table."""
    document = docx.Document()
    document.core_properties.title = title
    if heading:
        left, right = document.add_table(rows=1, cols=2).rows[0].cells
        left.text = "UBND XÃ TÂN LẬP\nTRƯỜNG TIỂU HỌC TÂN LẬP\n\nSố: 35/BC-THTL"
        right.text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nTân Lập, ngày 21 tháng 11 năm 2025"
    document.add_paragraph("BÁO CÁO")
    document.add_paragraph(SUBJECT)
    for line in BODY:
        document.add_paragraph(line)
    if table:
        add_table(document, table)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_an_official_heading_table_reads_cell_by_cell():
    text, _ = read_docx("bao-cao.docx", report())
    lines = text.splitlines()
    # each cell's lines in turn, not "Số: 35/BC-THTL | CỘNG HÒA ..." (the first lines of two cells on one)
    assert lines[:6] == ["UBND XÃ TÂN LẬP", "TRƯỜNG TIỂU HỌC TÂN LẬP", "Số: 35/BC-THTL",
                         "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                         "Tân Lập, ngày 21 tháng 11 năm 2025"]
    assert not any("|" in line for line in lines)
    src = parse_source("bao-cao.docx", report())
    assert extract_one("bao-cao.docx", src.text, on=None, place=None, hints=src).date == dt.date(2025, 11, 21)


def test_a_table_of_figures_keeps_a_row_on_a_line():
    # near misses: three columns of figures, and two columns whose cells hold one line each
    figures = [["Chỉ tiêu", "Kế hoạch", "Thực hiện"], ["Học sinh được phụ đạo", "40", "45"]]
    text, _ = read_docx("bao-cao.docx", report(heading=False, table=figures))
    assert "Học sinh được phụ đạo | 40 | 45" in text.splitlines()
    pairs = [["Nội dung", "Kết quả"], ["Buổi phụ đạo", "14 buổi"]]
    text, _ = read_docx("bao-cao.docx", report(heading=False, table=pairs))
    assert "Buổi phụ đạo | 14 buổi" in text.splitlines()


def test_a_long_two_column_table_with_a_multi_line_cell_keeps_its_rows():
    # near miss: two columns like a heading's, but a table of figures in rows, one of whose cells holds two lines
    rows = [["Nội dung", "Kết quả"], ["Buổi phụ đạo", "14 buổi"], ["Học sinh được phụ đạo", "45 học sinh\nVượt kế hoạch"],
            ["Phòng học sửa chữa", "12 phòng"]]
    lines = read_docx("bao-cao.docx", report(heading=False, table=rows))[0].splitlines()
    assert "Buổi phụ đạo | 14 buổi" in lines and "Học sinh được phụ đạo | 45 học sinh Vượt kế hoạch" in lines


def test_a_multi_line_cell_of_a_wide_table_stays_on_its_row():
    # a figures table (three columns) whose note cell holds two lines: its row is still one line
    rows = [["Chỉ tiêu", "Thực hiện", "Ghi chú"], ["Phòng học sửa chữa", "12", "Xong trước khai giảng\nKinh phí xã"]]
    text, _ = read_docx("bao-cao.docx", report(heading=False, table=rows))
    assert "Phòng học sửa chữa | 12 | Xong trước khai giảng Kinh phí xã" in text.splitlines()


def _title(data: bytes, name: str = "bao-cao.docx") -> str | None:
    src = parse_source(name, data)
    facts = extract_one(name, src.text, on=None, place=None, hints=src)
    return source_info(name, src.text, facts, None, src).title


def test_a_report_is_cited_by_its_own_name_not_its_template_s():
    # the title property Word carried over from the template ("Mẫu báo cáo") named every figure's source
    assert parse_source("bao-cao.docx", report()).title == "Mẫu báo cáo"
    assert _title(report()) == "Báo cáo kết quả bước đầu triển khai Kế hoạch số 07-KH/ĐU ngày 3/11/2025 của Đảng ủy " \
                               "xã về dạy và học"


def test_a_kind_line_set_on_one_line_with_its_subject_names_the_text():
    # a PDF's layout sets "KẾ HOẠCH" and the subject's first line as one
    text = "ĐẢNG BỘ XÃ TÂN LẬP ĐẢNG CỘNG SẢN VIỆT NAM\nSố 07-KH/ĐU\nKẾ HOẠCH nâng cao chất lượng dạy và học\nNội dung"
    assert official_title(text) == "Kế hoạch nâng cao chất lượng dạy và học"


def test_an_office_file_without_a_kind_line_keeps_its_title_property():
    # near misses: a Word file that is an article (no kind line), and a kind word inside a sentence
    document = docx.Document()
    document.core_properties.title = "Trường Tiểu học Tân Lập phụ đạo học sinh lớp 5"
    for line in BODY:
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    assert _title(out.getvalue()) == "Trường Tiểu học Tân Lập phụ đạo học sinh lớp 5"
    assert official_title("Trường báo cáo kết quả phụ đạo cho Đảng ủy xã trong tháng 11") is None
    assert official_title("KẾ HOẠCH\nCÁC NHIỆM VỤ TRỌNG TÂM") is None


def _article(title: str) -> bytes:
    document = docx.Document()
    document.core_properties.title = title
    for line in ["Trường Tiểu học Tân Lập tổ chức phụ đạo cho học sinh lớp 5", *BODY]:
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_an_article_made_from_a_template_is_named_by_its_headline():
    # a reporter's Word file made from the newsroom's template keeps its title ("Mẫu tin bài"): every list of
    # sources named the article so
    assert is_template_title("Mẫu tin bài") and is_template_title("Mẫu số 02") and is_template_title("Template")
    assert _title(_article("Mẫu tin bài")) == "Trường Tiểu học Tân Lập tổ chức phụ đạo cho học sinh lớp 5"
    # near misses: a title of the file's own that opens on the word ("Mẫu giáo ...": a kindergarten) stays
    assert not is_template_title("Mẫu giáo Hoa Sen đón học sinh") and not is_template_title("Mẫu mực")
    # ... and a kind's word that only opens a longer one ("tin" of "tình")
    assert not is_template_title("Mẫu tình nguyện viên của phường")
    assert _title(_article("Mẫu giáo Hoa Sen đón học sinh")) == "Mẫu giáo Hoa Sen đón học sinh"
