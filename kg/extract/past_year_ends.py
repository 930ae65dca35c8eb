"""The end of a year already past, named in a sentence (thời điểm cuối năm đã qua): 'đến cuối năm 2025, tỷ lệ hộ nghèo
còn 3,1%', 'hết năm 2024, toàn huyện có 12/15 xã đạt chuẩn' in a page of 2026 say where things stood when that year
closed, a result, even with no verb of one ('còn', 'có'). The same words with the text's own year or a later one
('đến cuối năm 2026, tỷ lệ hộ nghèo còn dưới 3%') set a goal, which kg.extract.quantities reads from its cues. Patterns
are written in Vietnamese and folded when compiled (kg.extract.text.folded_pattern)."""
from __future__ import annotations

from kg.extract.text import folded_pattern

# 'cuối năm 2025', 'hết năm 2024' (after 'đến', 'tính đến', 'tới' or alone); a year's span ('năm 2024 - 2025') is
# a school or crop year, not its end
_YEAR_END = folded_pattern(r"(?<![a-z])(?:cuối|hết)[ \t]+năm[ \t]+(\d{4})(?![\d/])(?![ \t]*[-–][ \t]*\d)")


def past_year_end(f: str, start: int, end: int, ref_year: int | None) -> bool:
    """The folded text ``f[start:end]`` names the end of a year before ``ref_year``, the text's year (None: not
    known, and no year is taken as past)."""
    if ref_year is None or ("cuoi nam" not in f[start:end] and "het nam" not in f[start:end]):
        return False
    return any(int(m.group(1)) < ref_year for m in _YEAR_END.finditer(f, start, end))
