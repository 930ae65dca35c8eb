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
    labels = re.findall(r'<td class="num" data-label="([^"]+)">\d+</td>', page)
    assert labels == ["Dữ kiện", "Chờ duyệt", "Vi phạm", "Đã chấp nhận", "Đã sửa", "Đã loại"]


def test_the_correction_form_names_each_field_in_the_page_s_language_with_its_code(memory_store, hand_ingest):
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
    assert "<label>Place (place) <input" in client.get(f"/review/{source}?lang=en", headers={"Accept": "text/html"}).text
