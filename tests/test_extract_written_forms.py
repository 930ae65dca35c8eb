"""kg.extract.written_forms: one form for a dash, a quote, a full day and a spaced thousand, the length kept; and the
facts read through it."""
from __future__ import annotations

import pytest

from kg.extract import extract
from kg.extract.written_forms import one_form


@pytest.mark.parametrize(("written", "one"), [
    ("các tổ chức chính trị – xã hội", "các tổ chức chính trị - xã hội"),
    ("“Dân vận khéo” — phong trào ‘xanh’", '"Dân vận khéo" - phong trào \'xanh\''),
    ("Cập nhật 15.10.2025 - 08:40", "Cập nhật 15/10/2025 - 08:40"),
    ("ngày 05-3-2024 tại hội trường", "ngày 05/3/2024 tại hội trường"),
    ("hỗ trợ 1 500 hộ, giải ngân 12 345 678 đồng", "hỗ trợ 1.500 hộ, giải ngân 12.345.678 đồng"),
    ("đạt 2 350,5 tấn", "đạt 2.350,5 tấn"),
])
def test_each_thing_is_written_in_its_one_form_and_the_length_stays(written, one):
    out = one_form(written)
    assert out == one and len(out) == len(written)


@pytest.mark.parametrize("text", [
    "Quyết định số 12-QĐ/TU, mục 1.2.3, giai đoạn 2021-2025",    # a symbol, a section, a span of years
    "ngày 35.13.2024 không có",                                  # no such day
    "phiên bản 1.2.2024.5",                                      # a longer run of figures and dots
    "thôn 3 120 hộ, Điều 2 100 triệu",                           # a label's number before an amount
    "năm 2025 100 hộ, điện thoại 0203 812 345",                   # four figures, a leading zero
    "hỗ trợ 1.500 hộ ngày 5/3/2025",                             # the one form already
])
def test_near_miss_what_is_not_another_form_stays(text):
    assert one_form(text) == text


def test_a_text_with_nothing_to_change_is_the_same_object():
    text = "Ngày 5/3/2025, UBND xã hỗ trợ 1.500 hộ."
    assert one_form(text) is text


def test_a_figure_with_spaced_thousands_is_read_as_the_dotted_one():
    dotted = "Năm 2024, toàn huyện hỗ trợ 1.500 hộ thoát nghèo, đạt 120% kế hoạch."
    spaced = dotted.replace("1.500", "1 500")
    assert [o.value for o in extract(spaced).outcomes] == [o.value for o in extract(dotted).outcomes]
    assert 1500 in [o.value for o in extract(spaced).outcomes]


def test_a_typeset_dash_in_a_list_of_bodies_gives_the_same_tasks():
    plain = ("Kế hoạch số 15-KH/HU ngày 3/5/2024 của Huyện ủy. Giao Ủy ban MTTQ huyện và các tổ chức chính trị - xã hội "
             "huyện phối hợp tuyên truyền, vận động nhân dân thực hiện kế hoạch.")
    bodies = sorted(a.body for a in extract(plain).assignments)
    assert bodies and sorted(a.body for a in extract(plain.replace(" - ", " – ")).assignments) == bodies


def test_a_page_s_date_line_with_dots_dates_the_text():
    page = ("Tin tức > Hoạt động\n15.10.2025 - 08:40\n"
            "Ngày 14/10, Huyện ủy tổ chức hội nghị sơ kết 2 năm thực hiện Nghị quyết số 05-NQ/TU của Tỉnh ủy.\n")
    assert extract(page).date.isoformat() == "2025-10-15"
    assert extract(page.replace("15.10.2025", "15/10/2025")).date.isoformat() == "2025-10-15"


def test_a_day_parted_by_marks_is_looked_for_only_where_a_mark_and_a_year_stand(monkeypatch):
    import kg.extract.written_forms as forms

    def refuse(text):
        raise AssertionError("the days' substitution ran on a text that cannot hold a parted day")
    monkeypatch.setattr(forms, "_days", refuse)
    # dots and dashes, but none before a year: figures, a span of years written with a slash, a symbol
    assert one_form("Hỗ trợ 1.500 hộ - giai đoạn 2021/2025, Quyết định số 12-QĐ/UBND.") \
        == "Hỗ trợ 1.500 hộ - giai đoạn 2021/2025, Quyết định số 12-QĐ/UBND."
    monkeypatch.undo()
    assert one_form("Cập nhật 15.10.2025") == "Cập nhật 15/10/2025"


def test_the_gates_hold_every_match_of_what_they_gate():
    # (random texts of the pieces a day and a thousand are made of: wherever the substitution's pattern matches, its
    # gate does too, so the gate never hides a form)
    import random

    from kg.extract.written_forms import _DAY_PARTED, _SPACED_GROUP, _YEAR_AFTER_MARK
    from kg.text.symbols import DIGIT_FIRST
    import re
    spaced_as_before = re.compile(DIGIT_FIRST + r" \d{3}")
    rng = random.Random(41)
    pieces = ["1", "5", "0", "20", "19", "25", "2025", ".", "-", " ", "/", "a", "ngày ", "\n", "٣"]
    for _ in range(3000):
        s = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 14)))
        if _DAY_PARTED.search(s):
            assert _YEAR_AFTER_MARK.search(s), s
        assert bool(_SPACED_GROUP.search(s)) == bool(spaced_as_before.search(s)), s


def test_every_typeset_mark_is_replaced_and_nothing_else():
    marks = "–—‐‑“”„‘’"
    text = "A" + "x".join(marks) + " ạ – đ"
    out = one_form(text)
    assert len(out) == len(text) and not any(m in out for m in marks)
    assert out == "A-x-x-x-x\"x\"x\"x'x' ạ - đ"
