"""``dkg ingest`` of one article in the files users have: the saved page, the PDF Chromium prints of it (its date line
and share bar kept), the page saved again under other menus, a Word file and a ``.txt`` of it, the article on another
site under its own credit and byline. One text is written; the report counts what was written, which files were
recognised as a text already there (and as which), and what was refused, in both languages and in its JSON. Another
article on the same event, sharing its title sentence and figures, stays a text of its own (the near miss)."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest
from click.testing import CliRunner
from test_ingest_same_words import word_file

from kg.cli import main
from kg.ingest import ingest_paths
from kg.ingest_report import IngestSummary

SITE = "Báo Tuyên Quang điện tử"
HEADLINE = "Hàm Yên triển khai Kế hoạch phát triển vùng cam sành đến năm 2030"
LEAD = ("Ngày 14/5/2025, Ban Thường vụ Huyện ủy Hàm Yên ban hành Kế hoạch số 88-KH/HU về phát triển vùng cam sành "
        "bền vững giai đoạn 2025 - 2030.")
BODY = [
    "Kế hoạch đặt mục tiêu đến năm 2030 toàn huyện có 9.500 ha cam, trong đó 3.000 ha đạt chứng nhận VietGAP.",
    "Phòng Nông nghiệp và Môi trường huyện chủ trì, phối hợp với các xã xây dựng bản đồ vùng trồng và hướng dẫn nông "
    "dân ghi nhật ký sản xuất.",
    "Ủy ban nhân dân các xã rà soát quỹ đất, vận động người dân chuyển những diện tích cam già cỗi sang trồng mới bằng "
    "giống sạch bệnh.",
]


def page(site: str, address: str, menu: list[str], credit: str, byline: str = "") -> str:
    """A provincial paper's page of the article: menu, date line, headline, share bar, body, a box of links, footer."""
    body = "".join(f"<p>{p}</p>" for p in [f"{credit} - {LEAD}", *BODY])
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{HEADLINE} - {site}</title>
<meta property="og:site_name" content="{site}">
<meta property="article:published_time" content="2025-05-14T16:20:00+07:00">
<link rel="canonical" href="{address}"></head><body>
<header><div>{site}</div><nav>{"".join(f'<a href="/{i}">{m}</a> ' for i, m in enumerate(menu))}</nav></header>
<main><div class="date">Thứ Tư, 14/05/2025 16:20</div><article><h1>{HEADLINE}</h1>
<div class="share">Chia sẻ <a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#">In bài</a></div>
{body}{f"<p><b>{byline}</b></p>" if byline else ""}</article>
<aside><h3>Tin cùng chuyên mục</h3><ul><li><a href="/x">Chiêm Hóa khởi công cầu treo bản Tát năm 2025</a></li>
<li><a href="/y">Sơn Dương tổng kết vụ chè xuân 2025</a></li></ul></aside></main>
<footer>Giấy phép số 45/GP-BTTTT. © Bản quyền thuộc {site}</footer></body></html>"""


@pytest.fixture(scope="module")
def copies(tmp_path_factory):
    """The one article in five files, the PDF printed from the page by Chromium as an analyst prints it."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if chromium is None:
        pytest.skip("no Chromium to print the page to PDF")
    folder = tmp_path_factory.mktemp("one-article") / "in"
    folder.mkdir()
    menu = ["Trang chủ", "Thời sự", "Kinh tế", "Xã hội"]
    (folder / "trang.html").write_text(page(SITE, "https://baotuyenquang.example/cam-sanh.html", menu, "(BTQ)"),
                                       encoding="utf-8")
    printed = folder / "trang.pdf"
    subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={printed}", (folder / "trang.html").as_uri()],
                   check=True, capture_output=True, timeout=120)
    (folder / "trang-luu-lai.html").write_text(
        page(SITE, "https://baotuyenquang.example/cam-sanh.html", ["Giới thiệu", "Văn hóa", "Du lịch"], "(BTQ)"),
        encoding="utf-8")
    (folder / "ban-word.docx").write_bytes(word_file([HEADLINE, f"(BTQ) - {LEAD}", *BODY]))
    (folder / "ban-chep.txt").write_text("\n\n".join([HEADLINE, f"(BTQ) - {LEAD}", *BODY]) + "\n", encoding="utf-8")
    return folder


def dkg(lang: str, *args: str):
    return CliRunner().invoke(main, ["--lang", lang, *args], catch_exceptions=False)


def sources(store) -> list[dict]:
    return json.loads(dkg("en", "--store", str(store), "review", "sources", "--format", "json").output)["sources"]


def test_one_article_in_five_files_is_one_text_and_the_report_counts_the_files(copies, tmp_path):
    store = tmp_path / "store"
    done = dkg("en", "--store", str(store), "ingest", str(copies))
    assert done.exit_code == 0, done.output
    assert "ingested 5 files: 1 text written" in done.output
    assert "; 4 the text of another file (named below)" in done.output
    # the PDF keeps the page's date line and share bar: the same article, kept as a page, which says more of it (the
    # page saved again, read first, says as much as the other)
    kept_as = copies / "trang-luu-lai.html"
    assert f"{copies / 'trang.pdf'} is the same article as {kept_as}, but for lines of its own" in done.output
    assert f"{copies / 'trang.html'} has the same words as {kept_as}" in done.output
    [kept] = sources(store)
    assert (kept["name"], kept["publisher"]) == ("trang-luu-lai.html", SITE)
    # ingested again: nothing written, each file said as what it is
    vi = dkg("vi", "--store", str(store), "ingest", str(copies))
    assert vi.exit_code == 0 and "đã nạp" not in vi.output
    assert ("không có gì mới: 5 tệp, không ghi gì; 1 tệp đã có trong kho đúng như vậy; 4 tệp là văn bản của một tệp "
            "khác (nêu dưới đây)") in vi.output
    assert f"{copies / 'trang.pdf'} là cùng một bài với " in vi.output
    assert len(sources(store)) == 1


def test_the_pdf_after_its_page_is_no_second_text(copies, tmp_path):
    store = str(tmp_path / "store")
    assert dkg("en", "--store", store, "ingest", str(copies / "trang.html")).exit_code == 0
    later = dkg("en", "--store", store, "ingest", str(copies / "trang.pdf"))
    assert "nothing new: 1 file, nothing written; 1 the text of another file" in later.output
    assert "is the same article as trang.html" in later.output
    assert [s["name"] for s in sources(store)] == ["trang.html"]


def test_the_article_on_another_site_under_its_own_credit_and_byline_is_the_same_text(copies, tmp_path):
    other = tmp_path / "bao-khac.html"
    other.write_text(page("Báo Hà Giang", "https://baohagiang.example/ham-yen-cam.html", ["Trang chủ", "Kinh tế"],
                          "(BHG)", byline="Hoàng Nam"), encoding="utf-8")
    store = str(tmp_path / "store")
    done = dkg("en", "--store", store, "ingest", str(copies / "trang.html"), str(other))
    assert "ingested 2 files: 1 text written" in done.output
    assert "as another site publishes it (Báo Hà Giang): one text, its facts read once" in done.output
    assert len(sources(store)) == 1


def test_near_miss_another_article_on_the_same_event_is_a_text_of_its_own(copies, tmp_path):
    report = tmp_path / "bai-khac.txt"
    report.write_text("\n".join([
        "Huyện Hàm Yên đặt mục tiêu 9.500 ha cam vào năm 2030", LEAD,
        "Theo ông Lê Văn Bình, Trưởng phòng Nông nghiệp và Môi trường, diện tích cam của huyện hiện đạt 8.200 ha, nhiều "
        "vườn đã già cỗi và nhiễm bệnh vàng lá.",
        "Huyện sẽ hỗ trợ giống sạch bệnh cho các hộ trồng mới, ưu tiên các xã Phù Lưu, Tân Thành và Bình Xa.", BODY[0],
    ]), encoding="utf-8")
    store = str(tmp_path / "store")
    done = dkg("en", "--store", store, "ingest", str(copies / "trang.html"), str(report))
    assert "ingested 2 files: 2 texts written" in done.output
    assert "same article" not in done.output and "same words" not in done.output and "nearly" not in done.output
    assert len(sources(store)) == 2


def test_the_report_s_json_counts_what_was_written_recognised_and_refused(copies, tmp_path, memory_store):
    (tmp_path / "rong.txt").write_text("", encoding="utf-8")
    summary = ingest_paths(memory_store, [str(copies / "trang.html"), str(copies / "trang.pdf"), str(tmp_path / "rong.txt")])
    d = summary.to_json()
    assert (d["files"], d["written"], d["known"], len(d["refused"])) == (3, 1, 1, 1)
    assert d["same"] == [{"file": str(copies / "trang.pdf"), "as": str(copies / "trang.html"), "listed": False,
                          "words": False}]
    assert d["text"].startswith("ingested 3 files: 1 text written, ")
    assert "; 1 the text of another file (named below); 1 refused" in d["text"].splitlines()[0]
    assert "; 1 tệp là văn bản của một tệp khác (nêu dưới đây); 1 tệp bị từ chối" in d["text_vi"].splitlines()[0]
    # read back (a client of `dkg serve`), the same report
    assert IngestSummary.from_json(d).to_text("vi") == d["text_vi"]
