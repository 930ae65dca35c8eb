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
