"""The level a result is set beside (mức so sánh): a wider area's average, named after 'cao hơn', 'thấp hơn', 'so với'
or a contrast ('trong khi', 'còn') with its own figure ('đạt 72%, thấp hơn mức bình quân cả nước là 87%', 'cao hơn bình
quân chung của tỉnh: 64%', 'đạt 8,1%, trong khi bình quân vùng là 6,9%'). That figure is the country's, the
province's or the region's, no result of the document the text follows; the text's own figure before it stays a result.
A figure in brackets after such words is no figure already (kg.extract.figures); this reads the forms without brackets.
Patterns are written in Vietnamese with diacritics and folded when compiled."""
from __future__ import annotations

from kg.extract.text import fold_same_length, folded_pattern

# the comparison and the wider area's average, right before the figure: 'thấp hơn mức bình quân cả nước là ', 'cao hơn
# nhiều so với bình quân của vùng Đồng bằng sông Hồng, ', 'so với mức trung bình toàn tỉnh (khoảng ' (the area's name may
# run to a few words; no figure, full stop or semicolon between); or the average set against the text's own figure by a
# contrast: 'trong khi bình quân vùng Tây Nguyên là ', 'còn mức trung bình cả nước là '
_AVERAGE_BEFORE = folded_pattern(
    r"(?<![a-z])(?:cao hơn|thấp hơn|so với|gần bằng|bằng|trong khi(?:[ \t]+đó)?,?|còn)(?:[ \t]+(?:nhiều|khá|hẳn))?(?:[ \t]+so với)?[ \t]+(?:mức[ \t]+)?"
    r"(?:bình quân|trung bình)(?:[ \t]+chung)?(?:[ \t]+(?:của|toàn))?[ \t]+"
    r"(?:cả nước|toàn quốc|(?:tỉnh|thành phố|vùng|khu vực|huyện)(?![a-z])[^\d,;.()\n]{0,50}?)"
    r"[ \t]*(?:là|(?:chỉ[ \t]+|mới[ \t]+)?(?:đạt|là)|ở mức|:|,)?[ \t]*(?:(?:khoảng|gần|hơn|trên)[ \t]+)?$")
# how far back the comparison's words are looked for
_REACH = 120


def compared_level(text: str, start: int) -> bool:
    """The figure at ``start`` of ``text`` is the wider area's level a result is set beside (_AVERAGE_BEFORE)."""
    lo = max(0, start - _REACH)
    window = fold_same_length(text[lo:start])
    return ("binh quan" in window or "trung binh" in window) and _AVERAGE_BEFORE.search(window) is not None


def without_compared_levels(text: str, outcomes: list) -> list:
    """The outcomes but the wider areas' levels they are set beside (compared_level); ``text``: the source the
    outcomes' spans point into."""
    return [o for o in outcomes if not (o.span and compared_level(text, o.span[0]))]
