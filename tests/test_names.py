"""kg.text.names: one spelling of a name (the tone placement; the place a name is scoped to left out)."""

from __future__ import annotations

import unicodedata

from kg.text.names import body_without_own_place, commune_in, district_in, new_tone, with_commune, without_own_place


def test_the_old_tone_placement_is_written_the_new_way():
    assert new_tone("Tỉnh uỷ Hoà Bình") == "Tỉnh ủy Hòa Bình"
    assert new_tone("UỶ BAN NHÂN DÂN") == "ỦY BAN NHÂN DÂN"
    assert new_tone("sức khoẻ, Thuý") == "sức khỏe, Thúy"
    assert new_tone(unicodedata.normalize("NFD", "Tỉnh uỷ")) == "Tỉnh ủy"  # (decomposed text too)
    # near misses: the u of 'qu' is no vowel, a tone already on the first vowel, a mark inside a word
    assert new_tone("quý, quà, quỳ") == "quý, quà, quỳ"
    assert new_tone("Tỉnh ủy Hòa Bình, thuở") == "Tỉnh ủy Hòa Bình, thuở"
    assert new_tone("hoàng, khoảng, tuyển") == "hoàng, khoảng, tuyển"


def test_a_place_is_taken_off_after_its_unit():
    assert (without_own_place("Đại hội đại biểu Đảng bộ tỉnh Ninh Bình lần thứ XXI", "Ninh Bình")
            == "Đại hội đại biểu Đảng bộ tỉnh lần thứ XXI")
    assert without_own_place("thực hiện Nghị quyết của Huyện ủy trên địa bàn huyện Văn Lãng", " Văn  Lãng") \
        == "thực hiện Nghị quyết của Huyện ủy trên địa bàn huyện"
    assert without_own_place("Đảng bộ Tỉnh Hoà Bình", "Hòa Bình") == "Đảng bộ Tỉnh"      # compared in one tone placement
    # near misses: a title's own words, a longer place that starts like it, a unit that would be left alone
    assert without_own_place("di tích Kinh thành Huế", "Huế") == "di tích Kinh thành Huế"
    assert without_own_place("Đảng bộ xã An Nghĩa Đông", "An Nghĩa") == "Đảng bộ xã An Nghĩa Đông"
    assert without_own_place("tỉnh Ninh Bình", "Ninh Bình") == "tỉnh Ninh Bình"
    assert without_own_place("Đảng bộ tỉnh Ninh Bình", None) == "Đảng bộ tỉnh Ninh Bình"


def test_a_body_s_place_is_taken_off_after_its_unit_or_off_the_end_of_a_longer_name():
    assert body_without_own_place("Ủy ban nhân dân tỉnh Lạng Sơn", "Lạng Sơn") == "Ủy ban nhân dân tỉnh"
    assert body_without_own_place("Quận ủy Hà Đông", "Hà Đông") == "Quận ủy"
    assert body_without_own_place("Tỉnh uỷ Hoà Bình", "Hòa Bình") == "Tỉnh ủy"
    assert body_without_own_place("Huyện ủy Văn Lãng tỉnh Lạng Sơn", "Lạng Sơn") == "Huyện ủy Văn Lãng tỉnh"
    assert (body_without_own_place("Đại hội đại biểu Đảng bộ tỉnh Ninh Bình lần thứ XXI", "Ninh Bình")
            == without_own_place("Đại hội đại biểu Đảng bộ tỉnh Ninh Bình lần thứ XXI", "Ninh Bình"))
    # near misses: the place elsewhere without its unit, a one-word remainder, another place, no place
    assert body_without_own_place("Huyện ủy Văn Lãng tỉnh Lạng Sơn", "Văn Lãng") == "Huyện ủy Văn Lãng tỉnh Lạng Sơn"
    assert body_without_own_place("UBND Lạng Sơn", "Lạng Sơn") == "UBND Lạng Sơn"
    assert body_without_own_place("Huyện ủy Văn Lãng", "Lạng Sơn") == "Huyện ủy Văn Lãng"
    assert body_without_own_place("Quận ủy", None) == "Quận ủy"


def test_the_commune_a_body_s_name_gives():
    assert commune_in("Đảng ủy xã Xuân Long") == "Xuân Long"
    assert commune_in("Ủy ban nhân dân xã Ia Hrung") == "Ia Hrung"
    assert commune_in("Đảng ủy thị trấn Đồng Đăng huyện Cao Lộc") == "Đồng Đăng"   # its district is not its name
    assert commune_in("Đảng ủy xã Hoà Bình") == "Hòa Bình"                          # in the new tone placement
    # near misses: no commune named, a district's or a province's name, no name at all
    assert commune_in("Đảng ủy xã") is None
    assert commune_in("Huyện ủy Cam Lộ") is None
    assert commune_in("Ban Thường vụ Tỉnh ủy Lạng Sơn") is None
    assert commune_in("Đảng ủy các xã trong huyện") is None
    assert commune_in(None) is None


def test_the_district_a_body_s_name_gives():
    assert district_in("Ban Thường vụ Huyện ủy Cam Lộ") == "Cam Lộ"
    assert district_in("UBND huyện Văn Lãng tỉnh Lạng Sơn") == "Văn Lãng"
    # near misses: no district named; a commune's name is not its district's
    assert district_in("Huyện ủy") is None
    assert district_in("Đảng ủy xã Xuân Long") is None
    assert district_in("Huyện ủy Xa Lạ") is None          # a name the map does not know
    assert district_in("Thị ủy Quảng Trị") is None        # the map reads the town's name as its province's


def test_a_commune_s_body_named_without_its_commune_is_named_with_it():
    assert with_commune("Hội Nông dân xã", "Gia Viễn") == "Hội Nông dân xã Gia Viễn"
    assert with_commune("Công an phường", "Minh Xuân") == "Công an phường Minh Xuân"
    assert with_commune("UBND thị trấn", "Tam Đảo") == "UBND thị trấn Tam Đảo"
    # (the unit's word as a heading writes it)
    assert with_commune("Hội Nông dân Xã", "Gia Viễn") == "Hội Nông dân Xã Gia Viễn"
    assert with_commune("Ủy ban nhân dân Đặc khu", "Phú Quốc") == "Ủy ban nhân dân Đặc khu Phú Quốc"


def test_near_miss_several_communes_a_commune_named_or_another_unit_stay_as_they_are():
    for name in ("UBND các xã", "Ủy ban nhân dân Các Xã", "Ủy ban nhân dân các xã, phường", "12 xã", "Hội Nông dân xã Gia Viễn",
                 "Hội Nông dân huyện", "Phòng Văn hóa - Xã hội", "Liên minh Hợp tác xã tỉnh"):
        assert with_commune(name, "Gia Viễn") == name
    assert with_commune("Hội Nông dân xã", None) == "Hội Nông dân xã"


def test_a_district_s_name_is_taken_off_after_a_district_s_unit_only():
    # 'thị trấn Tam Đảo' lay in 'huyện Tam Đảo': in the district, only the district's own name is its place
    assert body_without_own_place("UBND huyện Tam Đảo", "Tam Đảo", "district") == "UBND huyện"
    assert body_without_own_place("UBND thị trấn Tam Đảo", "Tam Đảo", "district") == "UBND thị trấn Tam Đảo"
    assert body_without_own_place("Huyện ủy Tam Đảo", "Tam Đảo", "district") == "Huyện ủy"
    # without the place's kind, as document keys are spelt, every unit as before
    assert body_without_own_place("UBND thị trấn Tam Đảo", "Tam Đảo") == "UBND thị trấn"
