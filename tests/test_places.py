"""Place knowledge from vietnamadminunits (offline), with a small alias table."""
import datetime as dt
import importlib.machinery
import importlib.util

import pytest

from kg.errors import DkgError
from kg.text import place_mentions, places


def test_lists_and_codes():
    legacy = places.legacy_provinces()
    new = places.provinces_2025()
    assert len(legacy) == 63 and len(new) == 34
    assert {p.name for p in legacy} >= {"Lạng Sơn", "Bến Tre", "Quảng Ngãi", "Hà Giang"}
    assert all(p.valid_to == dt.date(2025, 6, 30) for p in legacy)
    assert all(p.valid_from == dt.date(2025, 7, 1) for p in new)
    by_code = {p.code: p.name for p in new}
    assert by_code["86"] == "Vĩnh Long" and by_code["15"] == "Lào Cai"   # codes reused with new meanings
    assert {p.code: p.name for p in legacy}["15"] == "Yên Bái"


def test_districts():
    ds = places.districts_of("51")
    assert "Minh Long" in {d.name for d in ds}
    assert all(d.valid_to == dt.date(2025, 6, 30) and d.kind == "district" for d in ds)
    assert places.districts_of("Quảng Ngãi") == ds


def test_predecessors_and_the_province_the_reform_left_whole():
    # Vĩnh Long took over three old provinces, Lạng Sơn only itself; a 2025 province by its name or its code
    assert [p.name for p in places.predecessors_2025("Vĩnh Long")] == ["Bến Tre", "Trà Vinh", "Vĩnh Long"]
    assert [p.name for p in places.predecessors_2025("20")] == ["Lạng Sơn"]
    lang_son = places.lookup_province("Lạng Sơn", "2025")
    assert places.continued_province(lang_son.code) == places.lookup_province("Lạng Sơn").code
    # Huế was left whole (Thừa Thiên Huế became the city before the reform)
    assert places.continued_province(places.lookup_province("Huế", "2025").code) == places.lookup_province("Huế").code


def test_near_miss_a_merged_province_or_an_unknown_one_continues_none():
    # Lào Cai (15 on the 2025 map) took over Yên Bái (legacy 15) and the old Lào Cai: no one old province
    assert places.continued_province("15") is None
    assert {p.name for p in places.predecessors_2025("Lào Cai")} == {"Lào Cai", "Yên Bái"}
    assert places.predecessors_2025("Atlantis") == [] and places.continued_province("99") is None


def test_the_scheme_of_a_day():
    assert places.scheme_on(dt.date(2025, 7, 1)) == "2025"
    assert places.scheme_on(dt.date(2025, 6, 30)) == "legacy"
    assert places.scheme_on(None) == "legacy"


def test_province_of_district():
    assert places.province_of_district("Minh Long") == "Quảng Ngãi"
    assert places.province_of_district("huyện Giồng Trôm") == "Bến Tre"
    assert places.province_of_district("Châu Thành") is None            # many provinces have one
    assert places.province_of_district("Châu Thành", "Bến Tre") == "Bến Tre"
    assert places.province_of_district("Không Có") is None


def test_successor_2025():
    assert places.successor_2025("Bến Tre").name == "Vĩnh Long"
    assert places.successor_2025("Trà Vinh").name == "Vĩnh Long"
    assert places.successor_2025("Hà Giang").name == "Tuyên Quang"
    assert places.successor_2025("BR-VT").name == "Hồ Chí Minh"          # alias the package lacks
    assert places.successor_2025("Đắc Lắc").name == "Đắk Lắk"
    assert places.successor_2025("Hà Nội").name == "Hà Nội"
    assert places.successor_2025("83").name == "Vĩnh Long"               # legacy GSO code
    assert places.successor_2025("Atlantis") is None


def test_find_places():
    text = ("ỦY BAN NHÂN DÂN HUYỆN MINH LONG. Nông dân Lạng Sơn trồng na; Đoàn TNCS Hồ Chí Minh; "
            "thành phố Hồ Chí Minh; Khánh Hoà; Huyện ủy Bảo Thắng.")
    got = [(m.kind, m.name, m.province) for m in place_mentions.find_places(text)]
    assert ("district", "Minh Long", "Quảng Ngãi") in got
    assert ("province", "Lạng Sơn", "Lạng Sơn") in got
    assert ("province", "Khánh Hòa", "Khánh Hòa") in got
    assert ("district", "Bảo Thắng", "Lào Cai") in got
    assert sum(1 for k, n, _ in got if n == "Hồ Chí Minh") == 1      # not the youth union's name
    for m in place_mentions.find_places(text):
        assert text[m.start:m.end] == m.text


def test_repeated_lookups_agree():
    first = place_mentions.find_places("Ban Thường vụ Tỉnh ủy Lạng Sơn ban hành kế hoạch ở huyện Cao Lộc.")
    assert first
    for _ in range(20):
        assert place_mentions.find_places("Ban Thường vụ Tỉnh ủy Lạng Sơn ban hành kế hoạch ở huyện Cao Lộc.") == first


def test_find_communes_unique_names_only():
    got = place_mentions.find_communes("Đảng ủy xã Tà Xùa họp sơ kết; phường Tân Lập báo cáo.", "legacy")
    assert [(m.kind, m.name, m.province) for m in got] == [("commune", "Tà Xùa", "Sơn La")]
    # near misses: a name many provinces share, and 'thị xã' (a district, not a commune)
    assert place_mentions.find_communes("xã Tân Lập và thị xã Sa Pa", "legacy") == []


def test_find_communes_by_the_map_of_the_day():
    # 'Lũng Cú' lay in Hà Giang until the reform and in Tuyên Quang after it
    assert [m.province for m in place_mentions.find_communes("xã Lũng Cú", "legacy")] == ["Hà Giang"]
    assert [m.province for m in place_mentions.find_communes("xã Lũng Cú", "2025")] == ["Tuyên Quang"]
    # an undated text: the two maps agree through the merger, and the old province is given
    assert [m.province for m in place_mentions.find_communes("xã Lũng Cú", None)] == ["Hà Giang"]
    # 'Yên Thế' is in two provinces before the reform: an undated text gets nothing
    assert place_mentions.find_communes("xã Yên Thế", None) == []


def test_site_address_names_its_province():
    got = [(m.kind, m.name) for m in place_mentions.find_places("(Baolaichau.vn) - Sáng nay ... xem thêm tại sonla.gov.vn")]
    assert got == [("province", "Lai Châu"), ("province", "Sơn La")]
    # near misses: national sites, and a word that only ends like an address
    assert place_mentions.find_places("Theo nhandan.vn và baochinhphu.vn; tệp hanoi.vnx") == []


def test_a_province_in_capitals_after_a_dash_in_a_header():
    got = [(m.kind, m.name) for m in place_mentions.find_places("ĐẢNG BỘ HUYỆN BẢO LÂM - CAO BẰNG")]
    assert ("province", "Cao Bằng") in got
    # near miss: a dash between capitals that are no province's name
    assert place_mentions.find_places("TIN TỨC - SỰ KIỆN") == []


def test_find_places_names_of_lower_units():
    kinds = lambda t: [(m.kind, m.name, m.province) for m in place_mentions.find_places(t)]  # noqa: E731
    # a district of Quảng Bình that shares a province's name, and a commune of that name: no province
    assert kinds("Huyện ủy Quảng Ninh họp tại xã Quảng Ninh.") == [("district", "Quảng Ninh", "Quảng Bình")]
    # a provincial city is a district; a centrally run city is the province
    assert kinds("UBND thành phố Vinh") == [("district", "Vinh", "Nghệ An")]
    assert kinds("UBND thành phố Cần Thơ") == [("province", "Cần Thơ", "Cần Thơ")]
    # the committee of a province in capitals, and a headline opening on a province
    assert kinds("TỈNH ỦY BẾN TRE") == [("province", "Bến Tre", "Bến Tre")]
    assert kinds("ĐIỆN BIÊN: SƠ KẾT") == [("province", "Điện Biên", "Điện Biên")]
    assert kinds("TIN VẮN: SƠ KẾT") == []


def test_spellings_in_use():
    names = lambda t: [m.name for m in place_mentions.find_places(t)]  # noqa: E731
    assert names("tỉnh Bà Rịa – Vũng Tàu") == ["Bà Rịa - Vũng Tàu"]
    assert names("Tp. Hồ Chí Minh và Tp.HCM") == ["Hồ Chí Minh", "Hồ Chí Minh"]
    assert names("tỉnh Đăk Lăk, tỉnh Kontum") == ["Đắk Lắk", "Kon Tum"]
    assert names("Chủ tịch Hồ Chí Minh") == []           # the person, not the city


def test_unit_candidates_of_a_commune_in_its_district():
    pair, district = place_mentions.unit_candidates("xã Hòa Phú, huyện Châu Thành", "legacy")
    assert pair == frozenset({"Long An"}) and {"Long An", "Tây Ninh", "Bến Tre"} <= district
    # a name many provinces share alone: all of them
    assert len(place_mentions.unit_candidates("xã Hòa Phú", "legacy")[0]) > 2


def test_a_persons_name_that_ends_on_a_province_is_no_place():
    got = [m.name for m in place_mentions.find_places("Đồng chí Nguyễn Thái Bình, bà Lê Thị Hà Giang và ông Trần Hà Nam dự.")]
    assert got == []
    # near miss: after a body or a delegation, or after a comma, the name is the province
    got = [m.name for m in place_mentions.find_places("Tỉnh ủy Thái Bình, đoàn Hà Giang và phố Lê Lợi, Hà Nam.")]
    assert got == ["Thái Bình", "Hà Giang", "Hà Nam"]


def test_a_ward_named_with_a_number_after_the_reform():
    # 2025 wards such as 'Hà Giang 1' carry a number; the number is part of the name the map knows
    got = place_mentions.find_communes("Đảng ủy phường Hà Giang 1 tổ chức hội nghị sơ kết.", "2025")
    assert [(m.name, m.province) for m in got] == [("Hà Giang 1", "Tuyên Quang")]
    got = place_mentions.find_communes("Hội nghị diễn ra tại phường Hà Giang 2.", "2025")
    assert [(m.name, m.province) for m in got] == [("Hà Giang 2", "Tuyên Quang")]


def test_a_figure_after_a_commune_name_is_no_part_of_it():
    # near miss: 'xã Lũng Cú 15 hộ' names xã Lũng Cú, and a number the map does not know stays out of the name
    got = place_mentions.find_communes("Năm nay xã Lũng Cú 15 hộ thoát nghèo.", "2025")
    assert [(m.name, m.province) for m in got] == [("Lũng Cú", "Tuyên Quang")]
    assert place_mentions.find_communes("Đảng ủy phường Hà Giang 7 họp.", "2025") == []


def _spec_at(folder):
    """A package spec of vietnamadminunits whose files lie in ``folder``."""
    spec = importlib.machinery.ModuleSpec("vietnamadminunits", None, is_package=True)
    spec.submodule_search_locations = [str(folder)]
    return spec


def test_place_tables_missing_say_what_to_do(monkeypatch, tmp_path):
    # a package whose data folder lacks its database: an error naming the file and how to mend it
    (tmp_path / "data").mkdir()
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: _spec_at(tmp_path))
    places.provinces_2025.cache_clear()
    try:
        with pytest.raises(DkgError, match="no data file dataset.db") as err:
            places.provinces_2025()
        assert "reinstall" in (err.value.hint or "")
        # no package at all: the missing module is named (the CLI's install hint names it)
        monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None)
        with pytest.raises(ModuleNotFoundError) as gone:
            places.provinces_2025()
        assert gone.value.name == "vietnamadminunits"
    finally:
        monkeypatch.undo()
        places.provinces_2025.cache_clear()
    # near miss: the installed package's tables read as before
    assert len(places.provinces_2025()) == 34


def test_one_table_of_spellings_for_a_typed_name_and_for_running_text():
    # each spelling the package does not know is what a person may type and what the place finder reads in a text
    for spelling, name in places.SPELLINGS.items():
        assert places.lookup_province(spelling).name == name
        found = [m for m in place_mentions.find_places(f"Đoàn công tác làm việc tại {spelling} hôm qua.")
                 if m.kind == "province"]
        assert [(m.text, m.name) for m in found] == [(spelling, name)], spelling


def test_near_miss_a_spelling_typed_only_is_not_read_in_running_text():
    # 'BRVT' (no dash) is taken where a person types it, not in a sentence, where capitals are often other words
    assert places.lookup_province("brvt").name == "Bà Rịa - Vũng Tàu"
    assert [m for m in place_mentions.find_places("Ông BRVT phát biểu.") if m.kind == "province"] == []


def test_merger_2025_reads_a_merged_province_by_its_old_or_new_name_and_none_where_the_reform_left_it_whole():
    merger_2025 = places.merger_2025
    assert merger_2025("Bình Định") == merger_2025("gia lai") == (["Bình Định", "Gia Lai"], "Gia Lai")
    assert merger_2025("Vĩnh Phúc") == (["Hòa Bình", "Phú Thọ", "Vĩnh Phúc"], "Phú Thọ")
    assert merger_2025("Lạng Sơn") is None and merger_2025("Atlantis") is None


def test_a_commune_only_the_new_map_has():
    from kg.text.places import commune_only_on_new_map  # noqa: PLC0415
    assert commune_only_on_new_map("Hà Giang 1", "Tuyên Quang")          # a ward the reform made
    assert not commune_only_on_new_map("Mường Xén", "Nghệ An")            # (near miss: a commune of both maps)
    assert not commune_only_on_new_map("Hà Giang 1", "Nghệ An")           # (near miss: another province's)


def test_the_kind_word_settles_a_shared_commune_name():
    # on the 2025 map several provinces have a unit called 'Thuận Hóa'; only Huế's is a ward (phường)
    got = place_mentions.find_communes("Đảng ủy phường Thuận Hóa sơ kết 6 tháng.", "2025")
    assert [(m.name, m.province) for m in got] == [("Thuận Hóa", "Huế")]
    got = place_mentions.find_communes("UBND phường Tây Hồ ra kế hoạch.", "2025")
    assert [(m.name, m.province) for m in got] == [("Tây Hồ", "Hà Nội")]
    # near miss: 'xã Thuận Hóa' is a commune of more than one province: nothing
    assert place_mentions.find_communes("Đảng ủy xã Thuận Hóa sơ kết 6 tháng.", "2025") == []


@pytest.mark.parametrize("name", ["Vĩnh Yên", "Thành phố Vĩnh Yên", "xã Vĩnh Yên", "vinh yen"])
def test_a_district_of_the_old_map_is_said_gone_with_the_province_to_ask_for(name):
    """A journalist asked for the timeline of 'Vĩnh Yên' after 1 July 2025: the place index read it as the old city
    of Vĩnh Phúc, and the empty answer said nothing (newcomer30's walk). ('xã Vĩnh Yên' names no commune of today's
    map, so it too is the old city.)"""
    words = places.district_gone_words(name, lambda after: f"place={after}")
    assert words is not None and words.key == "note.district-gone"
    assert {k: v for k, v in words.details.items() if k not in ("communes", "before")} == {
        "place": "Thành phố Vĩnh Yên", "province": "Vĩnh Phúc", "option": "place=Phú Thọ"}
    # where its communes are and how to reach the old map, as the command line says them, or a /queries page
    assert (words.details["before"].key, places.district_gone_words(name, str, page=True).details["before"].key) == (
        "where.before-reform-cli", "where.before-reform-page")
    # the same note for a day the old map no longer held; none for a day it did
    assert places.district_gone_words(name, str, dt.date(2025, 7, 1)) is not None
    assert places.district_gone_words(name, str, dt.date(2025, 6, 30)) is None


@pytest.mark.parametrize(("name", "ward", "province", "district", "old_province"), [
    ("phường Vĩnh Yên", "Phường Vĩnh Yên", "Phú Thọ", "Thành phố Vĩnh Yên", "Vĩnh Phúc"),
    ("Phường  hoan kiem", "Phường Hoàn Kiếm", "Hà Nội", "Quận Hoàn Kiếm", "Hà Nội")])
def test_a_ward_of_today_read_as_an_old_district_is_said_so(name, ward, province, district, old_province):
    """review30: 'phường Hoàn Kiếm' (a ward of the 2025 map) was read as the old Quận Hoàn Kiếm, and the note said the
    district was gone as if the user had asked for it: the note says it is a ward of today's map, read as the old
    district, and names the ward's province to ask for."""
    assert places.ward_of_2025(name) == (ward, province)
    words = places.empty_place_words(name, lambda after: f"place={after}")
    assert words is not None and words.key == "note.ward-read-as-district"
    assert {k: v for k, v in words.details.items() if k != "communes"} == {
        "place": ward, "province": province, "district": district, "old_province": old_province,
        "option": f"place={province}"}
    assert places.empty_place_words(name, str, page=True).details["communes"].key == "where.communes-page"
    # the old map's day: the empty answer is the answer
    assert places.empty_place_words(name, str, dt.date(2025, 6, 30)) is None


@pytest.mark.parametrize("name", ["phường Nam Từ Liêm", "xã Hoàn Kiếm", "Hoàn Kiếm", "phường <b>Hoàn Kiếm</b>"])
def test_a_name_that_is_no_ward_of_today_keeps_the_district_note(name):
    """Near misses: no 2025 ward or commune of that kind and name (Nam Từ Liêm's wards took other names; Hoàn Kiếm is
    a ward, not a commune), no kind word, markup in the name: no ward note."""
    assert places.ward_of_2025(name) is None
    words = places.empty_place_words(name, str)
    assert words is None or words.key == "note.district-gone"


@pytest.mark.parametrize("name", ["Phú Thọ", "Bình Định", "Atlantis", "", None])
def test_no_district_note_for_a_province_or_a_name_that_is_none(name):
    """Near misses: a province (old or new: its own note, kg.text.places.merged_away_words) and an unknown name."""
    assert places.district_gone_words(name, str) is None


def test_a_province_by_its_code_padded_or_not_in_both_schemes():
    for scheme, provinces in (("legacy", places.legacy_provinces()), ("2025", places.provinces_2025())):
        for code in {p.code for p in provinces}:
            first = next(p for p in provinces if p.code == code)
            assert places.lookup_province(code, scheme) == first
            assert places.lookup_province(code.lstrip("0") or "0", scheme) == first
    # near miss: a code no province has
    assert places.lookup_province("99") is None and places.lookup_province("99", "2025") is None
    # the kind word before a code is dropped as before a name
    assert places.lookup_province("Tỉnh 51").name == "Quảng Ngãi"
