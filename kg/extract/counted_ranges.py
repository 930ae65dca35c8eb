"""A range that qualifies what a count counts (khoảng giá trị của đối tượng được đếm): in '9 xã đạt từ 15 đến 18 tiêu
chí' the result is the 9 communes; '15 đến 18 tiêu chí' says how far each of them got, no figure reached of its own. A
range with no count before it is the level reached ('năng suất lúa đạt từ 60 đến 65 tạ/ha'). Ranges of percentages
after a count of goals ('3 chỉ tiêu đạt từ 78% đến 92%') are read by kg.extract.quantities with COUNTED. Patterns are
written in Vietnamese and folded when compiled (kg.extract.text.folded_pattern)."""
from __future__ import annotations

from kg.extract.text import folded_pattern

# a count of things, then its verb of state, then the range's 'từ': '9 xã đạt từ ', '12/15 thôn có từ ', '4 hợp tác xã
# đều đạt từ ' (a few words of the thing counted; no comma, so a clause before it does not count; a count ends on a
# digit, so an item's number is none: '6. Hằng năm có từ 5 - 7 sáng chế')
_COUNT_BEFORE_RANGE = folded_pattern(r"(?<![\d/.,])\d(?:[\d.,]*\d)?(?:/\d(?:[\d.,]*\d)?)?[ \t]+(?:[a-z]+[ \t]+){1,5}?"
                                     r"(?:(?:đều|cùng)[ \t]+)?(?:đạt|có)[ \t]+(?:được[ \t]+)?từ[ \t]+$")


def qualifies_count(f: str, item_start: int, figure_start: int) -> bool:
    """The range opening at ``figure_start`` in the folded text ``f`` follows a count of things and its verb of state
    in the same item (from ``item_start``): it qualifies the things counted, it is no result of its own."""
    return "tu" in f[max(item_start, figure_start - 4):figure_start] \
        and _COUNT_BEFORE_RANGE.search(f, item_start, figure_start) is not None
