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


def test_a_commune_page_names_only_its_commune():
    text = "Thứ Sáu, 14/11/2025\nChiều 13/11, Đảng ủy xã Tà Xùa sơ kết việc thực hiện Kế hoạch số 12-KH/ĐU.\n"
    assert extract(text).place.province == "Sơn La"
    # near miss: a commune name shared by many provinces says nothing
    assert extract(text.replace("Tà Xùa", "Tân Lập")).place.province is None


def test_the_province_named_outweighs_a_commune_elsewhere():
    text = ("Thứ Hai, 3/3/2025\nTỉnh ủy Lai Châu học tập kinh nghiệm xây dựng nông thôn mới của xã Tà Xùa.\n"
            "Tỉnh ủy Lai Châu giao các huyện triển khai.\n")
    assert extract(text).place.province == "Lai Châu"


def test_the_site_address_gives_the_province():
    text = "(Baolaichau.vn) - Sáng 12/5, Ban Thường vụ Tỉnh ủy sơ kết Chỉ thị số 05-CT/TU.\n"
    assert extract(text).place.province == "Lai Châu"
