"""A table row split over two lines (dòng bảng bị ngắt), as text taken from a page or a PDF leaves a long indicator's
name: '3 | Tổng mức bán lẻ hàng hóa và doanh thu dịch' then 'vụ tiêu dùng | tỷ đồng | 210.000 | 103.300 | 112,4'.
The first line holds the row's number and the start of its name (one bar), the next the rest of the name and the
cells; joined, they give the row its full count of cells, and the rows after it stay in the table (a line that is no
row would end the table there). Read on the source text; offsets stay the source's."""
from __future__ import annotations

import re
from typing import NamedTuple

# a row's opening half: its number, then the start of the indicator's name, one bar between ('3 | Tổng mức bán lẻ')
_OPENING_HALF = re.compile(r"[ \t]*\d{1,2}[.)]?[ \t]*\|[^|\n]+")


class Row(NamedTuple):
    """A table line or two joined: where it starts and ends in the source, and its cells (start, text)."""
    at: int
    stop: int
    cells: list[tuple[int, str]]

    def start(self) -> int:
        return self.at

    def end(self) -> int:
        return self.stop


def joined_rows(t: str, matches, cells_of) -> list[Row]:
    """The rows ``matches`` found in ``t`` (each read by ``cells_of``), a row whose line before it is its opening half
    (_OPENING_HALF, the line right before with one bar) joined to that half when together they have as many cells as
    the row before them (the header or the last full row)."""
    rows: list[Row] = []
    for m in matches:
        cells = cells_of(m)
        start = m.start()
        if rows and start > 0:
            line_start = t.rfind("\n", 0, start - 1) + 1
            half = _OPENING_HALF.fullmatch(t, line_start, start - 1) if t[start - 1] == "\n" else None
            if half is not None and line_start > rows[-1].stop and len(cells) + 1 == len(rows[-1].cells):
                bar = t.index("|", line_start)
                first = (line_start, t[line_start:bar])
                name = (bar + 1, t[bar + 1:start - 1] + " " + cells[0][1])
                rows.append(Row(line_start, m.end(), [first, name, *cells[1:]]))
                continue
        rows.append(Row(start, m.end(), cells))
    return rows
