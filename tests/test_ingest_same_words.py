"""kg.ingest: the same words in two files (a saved page and the Word file made of it) are one text, kept from the
file that says more of it (its page's address, publisher, day), and the report says so."""

from __future__ import annotations

import io
import json

import docx
import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.ingest_report import IngestSummary

HEADLINE = "Hà Giang triển khai Kế hoạch trồng rừng gỗ lớn năm 2024"
BODY = [
    "Ngày 2/2/2024, Ủy ban nhân dân tỉnh Hà Giang ban hành Kế hoạch số 33/KH-UBND về trồng rừng gỗ lớn.",
    "Theo Kế hoạch, năm 2024 toàn tỉnh trồng mới 1.200 ha rừng gỗ lớn.",
    "Sở Nông nghiệp và Phát triển nông thôn chủ trì hướng dẫn các huyện thực hiện Kế hoạch.",
]
SITE = "Báo Hà Giang"
PAGE = f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{HEADLINE} - {SITE}</title>
<meta property="og:site_name" content="{SITE}">
<meta property="article:published_time" content="2024-02-03T07:00:00+07:00">
<link rel="canonical" href="https://baohagiang.example/trong-rung-go-lon.html">
</head><body><nav><a href="/">Trang chủ</a> <a href="/kinh-te">Kinh tế</a></nav>
<article><h1>{HEADLINE}</h1>
{"".join(f"<p>{p}</p>" for p in BODY)}
</article><footer>Bản quyền thuộc {SITE}</footer></body></html>
"""


def single_file(page: str, address: str) -> bytes:
    """The page saved as one file (MHTML), as a browser's "Webpage, Single File" saves it, with the address it was
    saved from."""
    from email.message import EmailMessage

    message = EmailMessage()
    message["Snapshot-Content-Location"] = address
    message.make_related()
    message.add_related(page, subtype="html", charset="utf-8")
    return message.as_bytes()


def word_file(paragraphs: list[str]) -> bytes:
    document = docx.Document()
    for p in paragraphs:
        document.add_paragraph(p)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@pytest.fixture
def files(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "trang.html").write_text(PAGE, encoding="utf-8")
    # the Word file made of the page: its words alone, no address, publisher nor day
    (tmp_path / "in" / "a-ban-word.docx").write_bytes(word_file([HEADLINE, *BODY]))
    return tmp_path


def dkg(*args: str):
    return CliRunner().invoke(main, ["--lang", "en", *args], catch_exceptions=False)


def sources(store) -> list[dict]:
    return json.loads(dkg("--store", str(store), "review", "sources", "--format", "json").output)["sources"]


def test_a_folder_with_a_page_and_its_word_file_keeps_the_page(files):
    store = files / "store"
    done = dkg("--store", str(store), "ingest", str(files / "in"))
    assert done.exit_code == 0
    # the Word file is read first (its name sorts first); the page, which says more of the text, is kept
    assert "a-ban-word.docx has the same words as " in done.output and "trang.html: one text" in done.output
    [kept] = sources(store)
    assert (kept["name"], kept["publisher"], kept["published"]) == ("trang.html", SITE, "2024-02-03")


def test_of_three_files_the_one_that_says_most_is_kept_and_named_by_each_other(files):
    store = files / "store"
    # the page without its address; its single-file save gives the address it was saved from
    (files / "in" / "trang.html").write_text(PAGE.replace('<link rel="canonical"', '<link rel="x"'), encoding="utf-8")
    (files / "in" / "trang.mhtml").write_bytes(single_file(PAGE.replace('<link rel="canonical"', '<link rel="x"'),
                                                           "https://baohagiang.example/luu.html"))
    done = dkg("--store", str(store), "ingest", str(files / "in"))
    said = [line for line in done.output.splitlines() if "same words" in line]
    assert len(said) == 2 and all(line.endswith("kept as " + str(files / "in" / "trang.mhtml") + " (the file that says "
                                                "more of it: its page's address, publisher, day; or as much, and read "
                                                "first)") for line in said), said
    [kept] = sources(store)
    assert (kept["name"], kept["url"]) == ("trang.mhtml", "https://baohagiang.example/luu.html")


def test_a_word_file_ingested_after_its_page_leaves_the_page_s_record(files):
    store = files / "store"
    assert dkg("--store", str(store), "ingest", str(files / "in" / "trang.html")).exit_code == 0
    done = CliRunner().invoke(main, ["--lang", "vi", "--store", str(store), "ingest", str(files / "in" / "a-ban-word.docx")])
    assert "không có gì mới: 1 tệp, không ghi gì; 1 tệp là văn bản của một tệp khác" in done.output
    assert "a-ban-word.docx có cùng lời văn với trang.html: là một văn bản" in done.output
    [kept] = sources(store)
    assert (kept["name"], kept["publisher"], kept["url"]) == ("trang.html", SITE,
                                                              "https://baohagiang.example/trong-rung-go-lon.html")


def test_a_page_ingested_after_its_word_file_takes_its_place(files):
    store = files / "store"
    assert dkg("--store", str(store), "ingest", str(files / "in" / "a-ban-word.docx")).exit_code == 0
    done = dkg("--store", str(store), "ingest", str(files / "in" / "trang.html"))
    assert "trang.html has the same words as a-ban-word.docx, ingested before: one text, listed as " in done.output
    [kept] = sources(store)
    assert (kept["name"], kept["publisher"]) == ("trang.html", SITE)


def test_near_misses_other_words_and_the_same_file_again_say_nothing(files):
    store = files / "store"
    (files / "in" / "a-ban-word.docx").write_bytes(word_file([HEADLINE, *BODY[:2]]))  # a shorter text: other words
    done = dkg("--store", str(store), "ingest", str(files / "in"))
    assert "same words" not in done.output and len(sources(store)) == 2
    again = dkg("--store", str(store), "ingest", str(files / "in" / "trang.html"))
    assert "same words" not in again.output and "nothing new: 1 file, nothing written; 1 already in the store" in again.output


def test_the_report_s_json_keeps_the_same_words():
    summary = IngestSummary(files=2, loaded=2, same=[("a.docx", "a.html", False)])
    back = IngestSummary.from_json(summary.to_json())
    assert back.same == summary.same
    assert "a.docx has the same words as a.html" in back.to_text()


def test_a_file_that_gave_way_is_not_named_as_one_placed_for_want_of_a_day(tmp_path):
    """A Word file read first, without a day, is named as placed on the old map for want of one; the page read
    after it, with the same words and its day, takes its place: the report no longer names the Word file so."""
    headline = "Lạng Sơn triển khai Kế hoạch trồng rừng gỗ lớn"
    body = ["Ủy ban nhân dân tỉnh Lạng Sơn ban hành Kế hoạch số 33/KH-UBND về trồng rừng gỗ lớn.",
            "Sở Nông nghiệp và Phát triển nông thôn chủ trì hướng dẫn các huyện thực hiện Kế hoạch."]
    page = PAGE.replace(HEADLINE, headline).replace("".join(f"<p>{p}</p>" for p in BODY),
                                                    "".join(f"<p>{p}</p>" for p in body))
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "trang.html").write_text(page, encoding="utf-8")
    (tmp_path / "in" / "a-ban-word.docx").write_bytes(word_file([headline, *body]))
    done = dkg("--store", str(tmp_path / "store"), "ingest", str(tmp_path / "in"))
    assert "a-ban-word.docx has the same words as " in done.output
    assert "no date was read" not in done.output
    # near miss: the Word file alone is named so
    alone = dkg("--store", str(tmp_path / "alone"), "ingest", str(tmp_path / "in" / "a-ban-word.docx"))
    assert "a-ban-word.docx: no date was read, so it is placed on the map before 1 July 2025 (Lạng Sơn)" in alone.output


def test_of_two_files_that_say_as_much_one_ingest_keeps_the_first_and_a_later_ingest_the_last(tmp_path):
    words = "\n".join([HEADLINE, *BODY]) + "\n"
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(words, encoding="utf-8")
    dkg("--store", str(tmp_path / "one"), "ingest", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"))
    assert [s["name"] for s in sources(tmp_path / "one")] == ["a.txt"]
    dkg("--store", str(tmp_path / "two"), "ingest", str(tmp_path / "a.txt"))
    later = dkg("--store", str(tmp_path / "two"), "ingest", str(tmp_path / "b.txt"))
    assert "b.txt has the same words as a.txt, ingested before: one text, listed as " in later.output
    assert [s["name"] for s in sources(tmp_path / "two")] == ["b.txt"]


@pytest.mark.parametrize("order", ["page first", "word file first"])
def test_an_ingest_of_several_batches_keeps_the_file_that_says_more_across_them(files, memory_store, order):
    """One ingest whose files fall in two batches (a large folder) keeps the page, as one batch does."""
    from kg.ingest import ingest_paths

    page, word = str(files / "in" / "trang.html"), str(files / "in" / "a-ban-word.docx")
    summary = ingest_paths(memory_store, [page, word] if order == "page first" else [word, page], batch_size=1)
    # one text written (the Word file's, read first, rewritten as the page's), the other file named as its text
    assert summary.ok and summary.loaded == 1 and summary.known == 1
    # the page read first or second, the Word file gives way to it
    assert [(f.rsplit("/", 1)[-1], other.rsplit("/", 1)[-1], now) for f, other, now in summary.same] == [
        ("a-ban-word.docx", "trang.html", False)]
    _, rows = memory_store.select("SELECT ?p WHERE { ?s a <https://w3id.org/directive-kg/ontology#Source> ; "
                                  "<https://w3id.org/directive-kg/ontology#publisher> ?p }")
    assert [r["p"].value for r in rows] == [SITE]


def test_of_two_files_that_say_as_much_in_two_batches_of_one_ingest_the_first_is_kept(tmp_path, memory_store):
    from kg.ingest import ingest_paths

    words = "\n".join([HEADLINE, *BODY]) + "\n"
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(words, encoding="utf-8")
    summary = ingest_paths(memory_store, [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")], batch_size=1)
    assert summary.loaded == 1 and [(f.rsplit("/", 1)[-1], o, now) for f, o, now in summary.same] == [
        ("b.txt", "a.txt", False)]


def test_a_report_summed_over_uploads_keeps_each_upload_s_same_words():
    # (`dkg ingest` on a store a server runs on sends its texts in parts and sums their reports: kg.client)
    total = IngestSummary()
    total.add(IngestSummary(files=1, loaded=1, same=[("a.docx", "a.html", False)]))
    total.add(IngestSummary(files=1, loaded=1))
    total.add(IngestSummary(files=1, loaded=1, same=[("b.html", "b.docx", True)]))
    assert total.same == [("a.docx", "a.html", False), ("b.html", "b.docx", True)]
    assert "b.html has the same words as b.docx, ingested before" in total.to_text()


@pytest.mark.parametrize("order", ["page first", "text first"])
def test_an_ingest_of_several_batches_keeps_the_page_over_its_words_spaced_otherwise(files, memory_store, order):
    """The page's words in a ``.txt`` with blank lines between its paragraphs (kg.ingest_twins), in another batch of
    the same ingest: the page is kept, whichever is read first."""
    from kg.ingest import ingest_paths

    (files / "in" / "bai.txt").write_text("\n\n".join([HEADLINE, *BODY]) + "\n", encoding="utf-8")
    page, text = str(files / "in" / "trang.html"), str(files / "in" / "bai.txt")
    summary = ingest_paths(memory_store, [page, text] if order == "page first" else [text, page], batch_size=1)
    assert summary.ok and len(summary.same) == 1
    _, rows = memory_store.select("SELECT ?p WHERE { ?s a <https://w3id.org/directive-kg/ontology#Source> ; "
                                  "<https://w3id.org/directive-kg/ontology#publisher> ?p }")
    assert [r["p"].value for r in rows] == [SITE]
