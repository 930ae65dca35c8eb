"""The size of a place (quy mô của một địa bàn) said beside a result: its natural area ('có diện tích tự nhiên 4.500
ha'), the people living there ('với 12.300 nhân khẩu'), the units it is made of when their people follow ('có 24
thôn với hơn 19.800 nhân khẩu') and the former units it was merged from after the 2025 reform ('Đảng bộ 3 xã cũ đã
lãnh đạo ...', 'hình thành từ 4 phường và 3 xã cũ', '5 xã trước sáp nhập'). Point (p) of our sets' conventions makes these the place's description, no result;
a sentence that goes on to a result ('..., năm 2025 xã đã xây 3 trường học') keeps that result. A count of people
helped is a result ('hỗ trợ gạo cho 3.500 nhân khẩu'): the people are a size only after 'có' or 'với'. Patterns are
written in Vietnamese with diacritics and folded when compiled."""
from __future__ import annotations

from kg.extract.text import fold_same_length, folded_pattern

# the figure's approximation words, between the size's words and the figure
_ABOUT = r"(?:[ \t]+(?:là|khoảng|hơn|trên|gần|chừng|rộng|rộng hơn))*[ \t]+$"
# right before the figure: 'diện tích tự nhiên (khoảng) ', 'có diện tích ' (then a figure in km²), 'với (hơn) ' or
# 'có (hơn) ', 'có [its area] N <units> với|và (hơn) ' (then a figure of people: 'với' alone may join people a work reached, 'giúp
# 120 hộ với 450 nhân khẩu thoát nghèo')
_AREA_BEFORE = folded_pattern(r"(?<![a-z])diện tích tự nhiên(?:[ \t]+(?:là|của (?:xã|phường|huyện|tỉnh)))?" + _ABOUT)
_SQUARE_AREA_BEFORE = folded_pattern(r"(?<![a-z])(?:có|với)[ \t]+(?:tổng[ \t]+)?diện tích" + _ABOUT)
_KM2_AFTER = folded_pattern(r"[\d.,]*[ \t]*(?:km2|km²|ki-lô-mét vuông)")
_HAS_BEFORE = folded_pattern(r"(?<![a-z])(?<!đã )có(?:(?:[ \t]+[a-z]+){0,4}?[ \t]+\d[\d.,]*(?:[ \t]+[^\s,;.]+){1,3}?[ \t]+(?:với|và))?"
                             + _ABOUT)
# after the figure: the people ('nhân khẩu'), or the units then 'với' and the people ('24 thôn với hơn 19.800 nhân khẩu');
# not people something was done to ('đã có 120 hộ với 450 nhân khẩu được hỗ trợ', '... nhân khẩu thoát nghèo')
_PEOPLE_AFTER = folded_pattern(r"[\d.,]*[ \t]+(?:[a-z]+[ \t]+){0,3}?(?:với[ \t]+(?:(?:hơn|gần|khoảng|trên)[ \t]+)?"
                               r"\d[\d.,]*[ \t]+)?nhân khẩu(?![a-z])(?![ \t]*(?:được|đã|thoát|tham gia|hưởng|nhận)(?![a-z]))")
# after the figure: former units ('3 xã cũ', '4 phường và 3 xã cũ', '2 xã, thị trấn trước khi sáp nhập'); a figure
# after 'cũ' or 'trước sáp nhập' ('xã cũ có 12 thôn') is not one, nor a share ('12/15 xã cũ đạt chuẩn')
_UNIT = r"(?:xã|phường|thị trấn|huyện|quận|thị xã|tỉnh|thành phố|đơn vị(?: hành chính)?)"
_FORMER_AFTER = folded_pattern(rf"[\d.,]*[ \t]+{_UNIT}(?:(?:,|[ \t]+và)[ \t]+(?:\d+[ \t]+)?{_UNIT})?[ \t]+"
                               r"(?:cũ|trước(?:[ \t]+khi)?[ \t]+(?:sáp nhập|hợp nhất|sắp xếp))(?![a-z])")
# former units that reached something are counted as a result ('8 xã cũ đã đạt chuẩn nông thôn mới'), unless the count
# names a body ('Đảng bộ 3 xã cũ đạt được ...', 'Ủy ban nhân dân 3 phường cũ ban hành')
_REACHED_NEXT = folded_pattern(r"[ \t]*(?:(?:đã|đều|cùng)[ \t]+)?(?:đạt|hoàn thành|được công nhận)(?![a-z])")
_BODY_BEFORE = folded_pattern(r"(?<![a-z])(?:đảng bộ|ủy ban nhân dân|ubnd|hội đồng nhân dân|hđnd|chính quyền|mặt trận)[ \t]+$")
# how far around a figure the words are read
_BEFORE, _AFTER = 60, 60


def place_size(text: str, start: int) -> bool:
    """The figure at ``start`` of ``text`` gives the size of a place (see the module's docstring)."""
    after = fold_same_length(text[start:start + _AFTER])
    former = _FORMER_AFTER.match(after) if " cu" in after or "truoc" in after else None
    if former is not None:
        return not _REACHED_NEXT.match(after, former.end()) \
            or _BODY_BEFORE.search(fold_same_length(text[max(0, start - 30):start])) is not None
    lo = max(0, start - _BEFORE)
    before = fold_same_length(text[lo:start])
    if "dien tich" in before:
        if _AREA_BEFORE.search(before):
            return True
        if _SQUARE_AREA_BEFORE.search(before) and _KM2_AFTER.match(after):
            return True
    if "co" in before and _HAS_BEFORE.search(before):
        return "nhan khau" in after and _PEOPLE_AFTER.match(after) is not None
    return False


def without_place_sizes(text: str, outcomes: list) -> list:
    """The outcomes but the sizes of places (place_size); ``text``: the source the outcomes' spans point into."""
    return [o for o in outcomes if not (o.span and place_size(text, o.span[0]))]
