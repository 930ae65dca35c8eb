"""kg.extract.split_rows: a table row split over two lines is joined. Texts are our own."""
from __future__ import annotations

from kg.extract import extract
from kg.extract.split_rows import joined_rows

_HEAD = ("Thứ Hai, 14/07/2025\n\nKết quả 6 tháng thực hiện Kế hoạch số 15/KH-UBND\n"
         "TT | Chỉ tiêu | ĐVT | Kế hoạch năm | Thực hiện 6 tháng | So KH (%)\n"
         "1 | Trồng rừng tập trung | ha | 400 | 260 | 65,0\n")


def _outcomes(rows: str) -> list[float]:
    return sorted(o.value for o in extract(_HEAD + rows).outcomes)


def test_a_row_split_over_two_lines_keeps_its_cells_and_the_rows_after_it():
    rows = ("2 | Số hộ được hỗ trợ cải tạo nhà ở và công\ntrình vệ sinh | hộ | 500 | 320 | 64,0\n"
            "3 | Nhà văn hóa thôn được sửa chữa | nhà | 12 | 9 | 75,0\n")
    assert _outcomes(rows) == [9, 64, 65, 75, 260, 320]
    # other words: another indicator and unit of several words, the name broken inside a phrase
    assert _outcomes("2 | Kim ngạch xuất khẩu hàng nông\nlâm thủy sản | triệu USD | 800 | 410 | 51,3\n"
                     "3 | Số hợp tác xã thành lập mới | hợp tác xã | 20 | 12 | 60,0\n") == [12, 51.3, 60, 65, 260, 410]


def test_near_miss_a_line_of_prose_between_rows_is_not_joined():
    # (the line before has one bar but opens on no row number: a note, not the opening half of a row)
    t = "TT | Chỉ tiêu | ĐVT | KH\nGhi chú | số liệu ước\nTrồng rừng | ha | 400\n"
    head, row = t.index("TT"), t.index("Trồng")
    rows = joined_rows(t, [_Match(t, head, t.index("\n")), _Match(t, row, len(t) - 1)], _cells)
    assert [r.start() for r in rows] == [head, row] and len(rows[1].cells) == 3
    # the same rows with a numbered opening half are joined
    t2 = t.replace("Ghi chú | số liệu ước", "1 | Trồng rừng tập")
    rows = joined_rows(t2, [_Match(t2, head, t2.index("\n")), _Match(t2, t2.index("Trồng rừng |"), len(t2) - 1)], _cells)
    assert len(rows[1].cells) == 4 and rows[1].cells[1][1] == " Trồng rừng tập Trồng rừng "


class _Match:
    def __init__(self, t: str, a: int, b: int) -> None:
        self.t, self.a, self.b = t, a, b

    def start(self) -> int:
        return self.a

    def end(self) -> int:
        return self.b


def _cells(m: _Match) -> list[tuple[int, str]]:
    out, pos = [], m.a
    for part in m.t[m.a:m.b].split("|"):
        out.append((pos, part))
        pos += len(part) + 1
    return out
