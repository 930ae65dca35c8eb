"""kg.sources: a plain text's closing credit line ('Nguồn: Báo Phú Thọ') names its publisher, as an HTML page's
metadata does. Texts are our own."""
from __future__ import annotations

import pytest

from kg.sources import credit_line, parse_source

NEWS = "Sáng 12/11/2025, Ủy ban nhân dân tỉnh tổ chức hội nghị triển khai Kế hoạch số 31/KH-UBND.\n\n"


def test_the_closing_credit_line_is_the_publisher_with_its_province():
    src = parse_source("tin.txt", (NEWS + "Nguồn: Báo Phú Thọ\n").encode())
    assert (src.publisher, src.place) == ("Báo Phú Thọ", "Phú Thọ")
    # a national publisher: the publisher, no province
    src = parse_source("tin.txt", (NEWS + "Nguồn: Ban Tuyên giáo và Dân vận Trung ương.").encode())
    assert (src.publisher, src.place) == ("Ban Tuyên giáo và Dân vận Trung ương", None)
    assert src.text.endswith("Trung ương."), "the line stays in the text"


@pytest.mark.parametrize("text", [
    "Nguồn: Báo Phú Thọ\n" + NEWS,                             # not the last line: a table's or a quote's source
    NEWS + "Nguồn: ngân sách tỉnh 120 tỷ đồng",                # funds, with a figure
    NEWS + "nguồn: báo phú thọ",                               # no name: it opens on no capital letter
    NEWS + "Nguồn vốn thực hiện do ngân sách tỉnh bảo đảm.",   # no colon: a sentence of the text
])
def test_near_misses_credit_no_one(text):
    assert credit_line(text) is None
    assert parse_source("tin.txt", text.encode()).publisher is None
