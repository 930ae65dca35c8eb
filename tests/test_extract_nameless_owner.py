"""An owner with no name after 'của' is no issuer (kg.extract.document_mentions, _NAMELESS_OWNER): 'kế hoạch của địa
phương' in a plan's task is the locality's own plan, whichever it is, and must not rename the plan's issuer; a named
owner still is one. Texts are our own."""
from __future__ import annotations

import pytest

from kg.extract import extract

_HEAD = ("ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ\nSố: 40/KH-UBND\n\nKẾ HOẠCH\nPhát triển thương mại điện tử năm 2026\n\n"
         "1. Sở Công Thương chủ trì tổ chức hội chợ trực tuyến.\n")


@pytest.mark.parametrize("owner", ["địa phương", "các địa phương", "đơn vị", "cơ quan, đơn vị"])
def test_a_nameless_owner_leaves_the_heading_issuer(owner):
    text = _HEAD + f"2. UBND các xã xây dựng kế hoạch của {owner} và mở gian hàng số cho hộ kinh doanh.\n"
    doc = next(d for d in extract(text).documents if d.key == "40/KH-UBND")
    assert doc.issuer == "UBND tỉnh Phú Thọ"


def test_near_miss_a_named_owner_is_an_issuer():
    text = "Sở Công Thương triển khai Kế hoạch số 12/KH-UBND ngày 3/2/2026 của UBND huyện Thanh Ba về chợ phiên.\n"
    doc = next(d for d in extract(text).documents if d.key == "12/KH-UBND")
    assert doc.issuer == "UBND huyện Thanh Ba"
