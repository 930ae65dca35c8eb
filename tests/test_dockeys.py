"""kg.text.dockeys: a document's key as a reader names it, and whether a label says more than that name."""
from __future__ import annotations

import pytest

from kg.text.dockeys import key_name, label_adds, unnumbered_key


@pytest.mark.parametrize(("key", "name"), [
    ("KH:thực hiện Nghị quyết số 9-NQ/TW về hợp tác xã", "Kế hoạch thực hiện Nghị quyết số 9-NQ/TW về hợp tác xã"),
    ("NQ:Đại hội Đảng bộ huyện lần thứ XX", "Nghị quyết Đại hội Đảng bộ huyện lần thứ XX"),
    # the type said once where the description opens with it
    ("CL:chiến lược phát triển du lịch", "Chiến lược phát triển du lịch"),
    ("CTMTQG:giảm nghèo bền vững", "Chương trình mục tiêu quốc gia giảm nghèo bền vững"),
    ("Luật:Đất đai (18/1/2024)", "Luật Đất đai (18/1/2024)"),
    # a symbol, an unknown code, nothing: as they are
    ("12-KH/TU", "12-KH/TU"), ("ZZ:không rõ", "ZZ:không rõ"), ("", ""), (None, ""),
])
def test_an_unnumbered_document_is_named_by_its_type_and_description(key, name):
    assert key_name(key) == name


def test_a_label_that_repeats_the_name_adds_nothing():
    key = "KH:Ban Dân vận huyện thực hiện Nghị quyết số 9-NQ/TW về hợp tác xã"
    assert not label_adds("Ban Dân vận huyện thực hiện Nghị quyết số 9-NQ/TW về…", key)   # cut short
    assert not label_adds(key, key) and not label_adds(None, key)
    assert label_adds("Kế hoạch 12-KH/TU", "12-KH/TU")               # a symbol's label: shown as before
    assert label_adds("về phát triển hợp tác xã", "KH:thực hiện Nghị quyết số 9-NQ/TW")


@pytest.mark.parametrize(("key", "want"), [
    ("CTMTQG:Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2024", "CTMTQG:giảm nghèo bền vững"),
    ("CTMTQG:giảm nghèo bền vững quý I năm 2024", "CTMTQG:giảm nghèo bền vững"),
    ("CTMTQG:xây dựng nông thôn mới 6 tháng đầu năm 2025", "CTMTQG:xây dựng nông thôn mới"),
    ("CTMTQG:xây dựng nông thôn mới năm 2023 trên địa bàn huyện", "CTMTQG:xây dựng nông thôn mới"),
    # near misses: a programme's period is part of its name, and another type's year (a plan for a year) stays
    ("CTMTQG:xây dựng nông thôn mới giai đoạn 2021 - 2025", "CTMTQG:xây dựng nông thôn mới giai đoạn 2021-2025"),
    ("KH:thực hiện Chương trình giảm nghèo năm 2024", "KH:thực hiện Chương trình giảm nghèo năm 2024"),
    ("CTMTQG:năm 2024", "CTMTQG:năm 2024"),
])
def test_a_national_programme_is_keyed_without_the_year_or_place_it_is_carried_out_in(key, want):
    assert unnumbered_key(key) == want
