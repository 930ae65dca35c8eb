"""The place a text reports on (kg.extract.place), by its name at the time of the text. Texts are our own."""
from __future__ import annotations

from kg.extract import extract


def test_hue_before_2025_is_thua_thien_hue():
    f = extract("Thứ Ba, 14/03/2023\nNgày 13/3, Tỉnh ủy Thừa Thiên Huế sơ kết Nghị quyết số 03-NQ/TU.\n")
    assert f.place.province == "Thừa Thiên Huế"


def test_hue_after_its_change_is_hue():
    # near miss: the city's own name from 1/1/2025
    f = extract("Thứ Ba, 11/03/2025\nNgày 10/3, Thành ủy Huế sơ kết Nghị quyết số 03-NQ/TU.\n")
    assert f.place.province == "Huế"


def test_an_undated_text_keeps_the_name_it_writes():
    assert extract("Tỉnh ủy Thừa Thiên Huế sơ kết Nghị quyết số 03-NQ/TU.\n").place.province == "Thừa Thiên Huế"
    assert extract("Thành ủy Huế sơ kết Nghị quyết số 03-NQ/TU.\n").place.province == "Huế"
