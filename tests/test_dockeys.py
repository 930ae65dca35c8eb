"""kg.text.dockeys: a document's key as a reader names it, and whether a label says more than that name."""
from __future__ import annotations

import pytest

from kg.text.dockeys import document_key, key_name, label_adds, unnumbered_key


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
    ("CTMTQG:xây dựng nông thôn mới 9 tháng đầu năm", "CTMTQG:xây dựng nông thôn mới"),     # (the year the text's)
    ("CTMTQG:xây dựng nông thôn mới năm 2023 trên địa bàn huyện", "CTMTQG:xây dựng nông thôn mới"),
    # near misses: a programme's period is part of its name, and another type's year (a plan for a year) stays
    ("CTMTQG:xây dựng nông thôn mới giai đoạn 2021 - 2025", "CTMTQG:xây dựng nông thôn mới giai đoạn 2021-2025"),
    ("KH:thực hiện Chương trình giảm nghèo năm 2024", "KH:thực hiện Chương trình giảm nghèo năm 2024"),
    ("CTMTQG:năm 2024", "CTMTQG:năm 2024"),
    ("CTMTQG:xây dựng nông thôn mới năm", "CTMTQG:xây dựng nông thôn mới năm"),
])
def test_a_national_programme_is_keyed_without_the_year_or_place_it_is_carried_out_in(key, want):
    assert unnumbered_key(key) == want


def test_a_label_in_another_spelling_of_the_key_adds_nothing():
    """A document without a number keeps the label of each wording ('Nghị quyết số 46-NQ/TW'), and its one key is
    spelt as document_key spells it ('Nghị quyết 46-NQ/TW'): the same words, not shown again."""
    key = "KH:Đảng đoàn Hội Nông dân tỉnh thực hiện Nghị quyết 46-NQ/TW"
    assert not label_adds("Đảng đoàn Hội Nông dân tỉnh thực hiện Nghị quyết số 46-NQ/TW", key)
    assert not label_adds("hành động thực hiện Nghị quyết số 46-NQ/TW", key)
    # near miss: words the key does not say
    assert label_adds("Đảng đoàn Hội Nông dân tỉnh thực hiện Nghị quyết số 47-NQ/TW", key)


PLAN = "KH:Đảng đoàn Hội Nông dân tỉnh thực hiện Nghị quyết 46-NQ/TW"


@pytest.mark.parametrize("key", [
    "KH:thực hiện Nghị quyết số 46-NQ/TW",                                    # the issuer beside the key
    "KH:của Đảng đoàn Hội Nông dân tỉnh thực hiện Nghị quyết số 46-NQ/TW",    # in it, after 'của'
    "KH:Đảng đoàn hội nông dân tỉnh về thực hiện Nghị quyết 46-NQ/TW",        # in it, in other letters
    "KH:hành động thực hiện Nghị quyết 46-NQ/TW",                             # 'Kế hoạch hành động thực hiện'
    "KH:Đảng đoàn HND tỉnh hành động thực hiện Nghị quyết 46-NQ/TW",
])
def test_a_plan_named_by_what_it_carries_out_is_keyed_with_its_issuer_first(key):
    assert document_key(key, "Đảng đoàn Hội Nông dân tỉnh") == PLAN


def test_near_misses_of_the_issuer_first():
    # no issuer known, a title, the issuer said further on, a symbol: as unnumbered_key spells them
    assert document_key("KH:thực hiện Nghị quyết 46-NQ/TW") == "KH:thực hiện Nghị quyết 46-NQ/TW"
    assert document_key("ĐA:phát triển du lịch cộng đồng", "UBND tỉnh") == "ĐA:phát triển du lịch cộng đồng"
    assert document_key("KH:thực hiện Nghị quyết 46-NQ/TW của Tỉnh đoàn", "Tỉnh đoàn") \
        == "KH:thực hiện Nghị quyết 46-NQ/TW của Tỉnh đoàn"
    assert document_key("46-NQ/TW", "Bộ Chính trị") == "46-NQ/TW"
    # two bodies, two keys; 'hành động' that is no part of the type's name stays
    assert document_key("KH:thực hiện Nghị quyết 46-NQ/TW", "Tỉnh đoàn") != document_key(
        "KH:thực hiện Nghị quyết 46-NQ/TW", "Hội Liên hiệp Phụ nữ tỉnh")
    assert document_key("KH:tháng hành động vì an toàn thực phẩm") == "KH:tháng hành động vì an toàn thực phẩm"


def test_one_key_for_spellings_of_a_title():
    assert document_key("CL:Chiến lược quốc gia về bình đẳng giới, giai đoạn 2011-2020") \
        == document_key("CL:Chiến lược quốc gia về bình đẳng giới giai đoạn 2011-2020")
    assert document_key("NQ:Đại hội Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2020 - 2025") \
        == "NQ:Đại hội Đảng bộ tỉnh lần thứ XX nhiệm kỳ 2020-2025"
    assert document_key("KH:Tỉnh uỷ thực hiện hoà giải") == "KH:Tỉnh ủy thực hiện hòa giải"
    # near misses: a comma before other words, the u of 'qu', a tone before a consonant stay
    assert document_key("ĐA:giống, vật nuôi giai đoạn 2021-2025") == "ĐA:giống, vật nuôi giai đoạn 2021-2025"
    assert document_key("KH:thi đua quý I hoàn thành") == "KH:thi đua quý I hoàn thành"


def test_a_document_s_own_place_is_left_out_of_its_key():
    own = document_key("NQ:Đại hội đại biểu Đảng bộ tỉnh Ninh Bình lần thứ XXI", "Đại hội đại biểu Đảng bộ tỉnh Ninh Bình "
                       "lần thứ XXI", place="Ninh Bình")
    assert own == document_key("NQ:Đại hội đại biểu Đảng bộ tỉnh lần thứ XXI", "Đại hội đại biểu Đảng bộ tỉnh lần thứ XXI",
                               place="Ninh Bình") == "NQ:Đại hội đại biểu Đảng bộ tỉnh lần thứ XXI"
    # near misses: a commune's name in a district's text, another province, a name after no unit's word
    assert document_key("NQ:Đại hội Đảng bộ xã Chợ Đồn lần thứ I", place="Bạch Thông") \
        == "NQ:Đại hội Đảng bộ xã Chợ Đồn lần thứ I"
    assert document_key("KH:thực hiện Nghị quyết của Tỉnh ủy Thanh Hóa", place="Ninh Bình") \
        == "KH:thực hiện Nghị quyết của Tỉnh ủy Thanh Hóa"
    assert document_key("ĐA:du lịch Ninh Bình", place="Ninh Bình") == "ĐA:du lịch Ninh Bình"


def test_key_spellings_give_the_value_its_symbol_key_and_the_one_unnumbered_key():
    from kg.text.dockeys import document_key, key_spellings

    assert key_spellings("46-NQ/TW") == ["46-NQ/TW"]
    assert key_spellings("140/2017/nđ-cp") == ["140/2017/nđ-cp", "140/2017/NĐ-CP"]
    facts_key = "KH:thực hiện bình đẳng giới, giai đoạn 2011-2020"
    assert key_spellings(facts_key) == [facts_key, document_key(facts_key)] != [facts_key]
    assert key_spellings("không phải văn bản")[0] == "không phải văn bản"
