"""The review queue's table of texts on a phone: read row by row (the site's ``stack`` tables), each count named by
its column, instead of a table whose pending and decided counts scrolled out of a 400 px window."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from kg.web import create_app
from test_review import hand_ingest  # noqa: F401 (a fixture)


def test_each_count_of_a_text_says_its_column(memory_store, hand_ingest):
    hand_ingest(memory_store)
    page = TestClient(create_app(memory_store)).get("/review", headers={"Accept": "text/html"}).text
    assert '<table class="review-sources stack">' in page
    labels = re.findall(r'<td class="num(?: none)?" data-label="([^"]+)">\d+</td>', page)
    assert labels == ["Dữ kiện", "Chờ duyệt", "Vi phạm", "Đã chấp nhận", "Đã sửa", "Đã loại"]
    # a count of none is marked, for a phone's one line of counts to leave it out (the facts' count never is)
    assert re.findall(r'<td class="num none" data-label="([^"]+)">0</td>', page) == ["Đã chấp nhận", "Đã sửa", "Đã loại"]


def test_the_correction_form_names_each_field_in_the_page_s_language_with_its_code_where_it_differs(memory_store, hand_ingest):
    from kg.i18n import REVIEW_FIELDS
    from kg.review import queue
    from kg.review.model import CORRECTABLE

    fields = {name for names in CORRECTABLE.values() for name in names}
    assert all(fields <= set(REVIEW_FIELDS[lang]) for lang in ("vi", "en"))  # none left as a bare code
    hand_ingest(memory_store)
    source = queue(memory_store)[0].item.source
    client = TestClient(create_app(memory_store, update_token="t"))  # (a read-only server shows no forms)
    page = client.get(f"/review/{source}", headers={"Accept": "text/html"}).text
    assert "<label>Địa bàn (place) <input" in page and "<label>Mã cơ quan ban hành (issuer_code) <input" in page
    # in English the name is the code, as `dkg review correct` takes it ('Issuer code' is issuer_code there): said once
    # ('Place', not 'Place (place)'); a name that is not the code keeps it ('Linked document (to)'), as every vi name does
    english = client.get(f"/review/{source}?lang=en", headers={"Accept": "text/html"}).text
    assert "<label>Place <input" in english and "<label>Issuer code <input" in english
    assert "(place)" not in english and "(issuer_code)" not in english


# a saved page of our own: its site's name and address in its markup
SAVED = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Huyện Thử Nghiệm sơ kết chương trình giảm nghèo</title>
<meta property="og:site_name" content="Báo Thử Nghiệm điện tử">
<meta property="article:published_time" content="2025-10-07T07:00:00+07:00">
<link rel="canonical" href="https://baothu.example/so-ket-giam-ngheo-77.html"></head><body>
<article><h1>Huyện Thử Nghiệm sơ kết chương trình giảm nghèo</h1>
<p>Ngày 6/10/2025, Huyện ủy Thử Nghiệm tổ chức hội nghị sơ kết Chương trình số 05-CTr/HU về giảm nghèo bền vững giai
đoạn 2021 - 2025.</p><p>Chương trình đặt mục tiêu đến năm 2025 giảm tỷ lệ hộ nghèo xuống dưới 4%.</p></article>
</body></html>"""


def test_a_text_s_review_page_and_the_list_name_its_publisher_and_link_the_page_it_was_saved_from(memory_store, tmp_path):
    from kg.ingest import ingest_paths

    page, plain = tmp_path / "giam-ngheo.html", tmp_path / "ghi-chep.txt"
    page.write_text(SAVED, encoding="utf-8")
    plain.write_text("Ngày 6/10/2025, Huyện ủy Thử Nghiệm ban hành Kế hoạch số 12-KH/HU về chuyển đổi số.\n",
                     encoding="utf-8")
    assert ingest_paths(memory_store, [str(page), str(plain)]).ok
    client = TestClient(create_app(memory_store))
    listed = client.get("/review.json").json()["sources"]
    saved = next(s for s in listed if s["name"] == "giam-ngheo.html")
    assert (saved["publisher"], saved["url"]) == ("Báo Thử Nghiệm điện tử", "https://baothu.example/so-ket-giam-ngheo-77.html")
    html = client.get(f"/review/{saved['id']}", headers={"Accept": "text/html"}).text
    about = re.search(r'<p class="muted" id="source-about">(.*?)</p>', html).group(1)
    assert 'giam-ngheo.html · <span class="publisher">Báo Thử Nghiệm điện tử</span> · <span class="date">07/10/2025</span>' in about
    assert '<a href="https://baothu.example/so-ket-giam-ngheo-77.html" rel="noopener noreferrer nofollow">Trang gốc</a>' in about
    assert ">Original page</a>" in client.get(f"/review/{saved['id']}?lang=en", headers={"Accept": "text/html"}).text
    assert "giam-ngheo.html · Báo Thử Nghiệm điện tử · " in client.get("/review", headers={"Accept": "text/html"}).text
    # near miss: a plain text names no publisher nor address, and its line says none
    other = next(s for s in listed if s["name"] == "ghi-chep.txt")
    about = re.search(r'id="source-about">(.*?)</p>', client.get(f"/review/{other['id']}", headers={"Accept": "text/html"}).text)
    assert about.group(1).startswith("ghi-chep.txt · <a href=") and "publisher" not in about.group(1)


def test_the_upload_form_offers_every_kind_of_file_an_ingest_reads(memory_store):
    from kg.ingest_folder import SUFFIXES

    page = TestClient(create_app(memory_store, update_token="t")).get("/review", headers={"Accept": "text/html"}).text
    accepted = re.search(r'<input type="file" name="file" multiple required accept="([^"]+)">', page).group(1)
    assert accepted.split(",") == list(SUFFIXES) and ".mhtml" in accepted and ".mht" in accepted
    assert "Tệp (.txt, .html, .mhtml, .pdf, .docx)" in page


def test_a_recorded_address_that_is_no_web_address_is_not_linked(memory_store, tmp_path, monkeypatch):
    """A source's record may come from elsewhere than a saved page (a loaded store): its address is a link only where
    it is an http(s) one, never a script's; near miss: the same text with a web address is linked."""
    import dataclasses

    import kg.ingest
    from kg.ingest import ingest_paths

    made = kg.ingest.source_info
    for name, url in (("a.txt", "javascript:alert(1)"), ("b.txt", "https://baothu.example/b.html")):
        monkeypatch.setattr(kg.ingest, "source_info", lambda *a, u=url, **k: dataclasses.replace(made(*a, **k), url=u))
        (tmp_path / name).write_text(f"Ngày 2/3/2025, Huyện ủy Thử Nghiệm ban hành Kế hoạch số {len(name)}{name[0]}-KH/HU "
                                     "về chuyển đổi số.\n", encoding="utf-8")
        assert ingest_paths(memory_store, [str(tmp_path / name)]).ok
    client = TestClient(create_app(memory_store))
    ids = {s["name"]: s["id"] for s in client.get("/review.json").json()["sources"]}
    script = client.get(f"/review/{ids['a.txt']}", headers={"Accept": "text/html"}).text
    assert "javascript:" not in script and "Trang gốc" not in script
    web = client.get(f"/review/{ids['b.txt']}", headers={"Accept": "text/html"}).text
    assert '<a href="https://baothu.example/b.html" rel="noopener noreferrer nofollow">Trang gốc</a>' in web
