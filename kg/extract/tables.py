"""Tables of targets and results, as pipe tables or flattened to lines.

A report's table survives text conversion in three shapes: a pipe (markdown) table
('| Chỉ tiêu (đơn vị) | 2026 | 2030 |'), lines whose cells are separated by tabs or runs of
spaces ('Thu ngân sách (tỷ đồng)    36.875    45.799    124%'), or single spaces under a header of
named columns ('TT Chỉ tiêu Đơn vị Kế hoạch 2024 Ước thực hiện 2024', '1 Tốc độ tăng trưởng GRDP % 7,0 7,36'). Either way the first row is the
header, the first cell of each other row the indicator (its unit in brackets), and the header
says what a column holds:
* a year ('2026', 'Năm 2030'): the goal for that year (years before the text's own year hold the
  starting situation and are left out);
* a plan ('Kế hoạch', 'Chỉ tiêu', 'Mục tiêu', 'KH'): a target; one that names the body that assigned it ('Chỉ tiêu
  Thủ tướng Chính phủ giao') holds that body's quotas, targets of its document where the text names one;
* a result ('Thực hiện', 'Kết quả', 'Ước thực hiện', 'TH', the cumulative 'Lũy kế 9 tháng'): an outcome;
* a ratio ('Tỷ lệ', 'So với kế hoạch', '%'): the share of the plan done, an outcome of its own
  beside the result (a report states both), and so is an assessment cell that gives one ('Đạt 95,9%').
"""
from __future__ import annotations

import datetime as _dt
import re
from typing import NamedTuple

from kg.extract.mention_model import DocInfo
from kg.extract.numbers import parse_number
from kg.extract.split_rows import Row, joined_rows
from kg.extract.stacked_tables import stacked_blocks
from kg.extract.text import FOLDED_WORD, clean_ws, fold_same_length
from kg.facts import Outcome, Target

_NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,12}(?:,\d+)?"
_TABLE_ROW = re.compile(r"^[ \t]*\|[^\n]*\|[ \t]*$", re.M)
_LINE = re.compile(r"^[^\n]*$", re.M)
# cells of a flattened row are separated by tabs or runs of two or more spaces
# (each branch opens on its character, which the engine's scan skips to)
_FLAT_SPLIT = re.compile(r"\t\t*|   *")
_TABLE_SEP = re.compile(r"[ \t|:\-–—]*")
# (a change may be written before the figure: 'giảm 1,5%' in a row of the poverty rate)
_CELL_NUM = re.compile(rf"[ \t]*(?:(?:giảm|tăng)[ \t]+)?(?P<cmp>≥|≤|>=|<=|>|<|(?:từ|trên|tối thiểu|ít nhất|không dưới|dưới|tối đa|không quá)[ \t]+)?[ \t]*"
                       # (a part of a whole, 'xã có điểm ... | 124/124', in a column of results: see table_quantities)
                       # (a range of a goal, '8 - 8,5', '1-1,5%': its lower bound, as the conventions keep it)
                       # (a footnote's mark after the figure, '96²', is no part of it)
                       rf"(?P<num>{_NUM})[¹²³⁴⁵⁶⁷⁸⁹⁰]*(?:[ \t]*/[ \t]*(?P<of>{_NUM})(?![ \t]*[%‰])|[ \t]*[-–][ \t]*(?P<hi>{_NUM}))?"
                       r"[ \t]*(?P<pct>[%‰](?:/[ \t]*năm)?)?"
                       # a unit written in the cell: '520 tỷ đồng', '1.500 đảng viên', per a time: '850 ha/năm'
                       r"(?:(?<![%‰])(?<!năm)[ \t]+(?P<unit>(?!trở lên)[^\W\d_]+(?:[ \t]+(?!trở lên)[^\W\d_]+){0,3}"
                       r"(?:/[ \t]*(?:năm|tháng|ngày))?))?"
                       r"[ \t]*(?P<tail>trở lên)?[ \t]*$")
# a row flattened with bars between its cells but none at its ends: 'Tỷ lệ hộ nghèo | dưới 4% | 3,12% | Vượt'
# (not bars inside brackets); a last cell left empty keeps its bar: '4 | Tỷ lệ hộ nghèo | % | 2,1 | 1,86 |'
_BAR_ROW = re.compile(r"^(?![^\n]*\([^()\n]*\|)[ \t]*[^|\n]+(?:\|[^|\n]+){2,}(?:\|[ \t]*)?$", re.M)
# its header given in brackets on the line before: 'Kết quả một số chỉ tiêu (Chỉ tiêu | Nghị quyết | Thực hiện):'
_BRACKET_HEADER = re.compile(r"\(([^()\n]*\|[^()\n]*)\)[ \t]*:?[ \t]*\n[ \t]*$")
# ... or its columns named in brackets with dashes between them, over numbered lines that give each indicator its
# cells the same way after a colon: 'Kết quả các chỉ tiêu (chỉ tiêu - thực hiện - đánh giá):', '2. Tỷ lệ hộ dùng nước
# sạch: 95% - 96,2% - Vượt.' (a cell may not hold a dash of its own: a range '8 - 8,5%' leaves its row's count wrong)
_DASH_HEADER = re.compile(r"\(([^()\n|:]+(?:[ \t][-–][ \t][^()\n|:]+){2,})\)[ \t]*:[ \t]*$", re.M)
# ... or its columns named in brackets with bars between them, its rows after the colon on the same line, ';' between
# them: 'Kết quả theo từng năm (Năm | Chỉ tiêu | Kết quả): 2022 | 45 | 58; 2023 | 50 | 61.' (a row may not hold a
# bracket or a colon of its own; it ends at the sentence's stop)
_INLINE_HEADER = re.compile(r"\(([^()\n:|]+(?:\|[^()\n:|]+){2,})\)[ \t]*:[ \t]*")
_INLINE_ROW = re.compile(r"[ \t]*([^;|()\n:]+?(?:\|[^;|()\n:]+?)+)[ \t]*(?=;|\.(?!\d)|$)", re.M)
_DASH_ROW = re.compile(r"[ \t]*(?:\d{1,2}[.)]|[-+•])?[ \t]*([^\n:|]{2,120}?):[ \t]*([^\n|]+?)[ \t.;]*$", re.M)
_DASH = re.compile(r"[ \t][-–][ \t]")
# an assessment cell that gives the share of the plan done: 'Đạt 95,9%', 'Vượt (112%)'
_ASSESS_CELL = re.compile(fold_same_length(r"[ \t]*(?:đạt|vượt|bằng)[ \t]+\(?[ \t]*") + rf"(?P<num>{_NUM})[ \t]*%[ \t]*\)?[ \t]*$")
_RESULTS_LEAD = re.compile(fold_same_length(r"(?<![a-z])(?:kết quả|đạt được|thực hiện được)(?![a-z])"))
_CELL_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
# the day a column of results is counted to: 'Thực hiện đến 31/10/2026', 'Ước thực hiện đến hết ngày 30/6/2025'
_DONE_TO_DAY = re.compile(fold_same_length(r"(?<![a-z])đến(?:[ \t]+hết)?(?:[ \t]+ngày)?[ \t]+")
                          + r"(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d\d)(?!\d)")
_GE_WORDS = ("≥", ">=", ">", "từ", "trên", "tối thiểu", "ít nhất", "không dưới")
_LE_WORDS = ("≤", "<=", "<", "dưới", "tối đa", "không quá")
# column roles, on the folded header cell (a ratio is tested first: 'Tỷ lệ so với kế hoạch (%)')
# ('So KH (%)', 'So CK': compared with the plan, with the same period; 'Đạt (%)': the share reached)
_RATIO_COL = re.compile(fold_same_length(r"^\s*(?:tỷ lệ|so với|so sánh|so[ \t]+(?:kh|ck|kế hoạch|chỉ tiêu|dự toán|cùng kỳ)(?![a-z])"
                                         r"|đạt[ \t]*\([ \t]*%|%|tỷ lệ %)"))
_PRIOR_COL = re.compile(fold_same_length(r"(?<![a-z])(?:cùng kỳ|ck|năm trước|so sánh|so với năm)(?![a-z])"))
_PLAN_COL = re.compile(fold_same_length(r"(?<![a-z])(?:kế hoạch|chỉ tiêu|mục tiêu|kh|giao|nghị quyết|dự toán)(?![a-z])"))
_UNIT_COL = re.compile(fold_same_length(r"^\s*(?:đvt|đơn vị tính|đơn vị)\s*$"))
_INDEX_COL = re.compile(fold_same_length(r"^\s*(?:tt|stt|số tt)\s*$"))
# ('Lũy kế 9 tháng', 'Cộng dồn từ đầu năm': what was done to date, summed over the periods)
_DONE_COL = re.compile(fold_same_length(r"(?<![a-z])(?:thực hiện|kết quả|đạt được|th|ước|ước thực hiện|giải ngân|lũy kế|luỹ kế"
                                        r"|cộng dồn)(?![a-z])"))

# a column named by a month, the months so far or a quarter alone ('Tháng 10/2026', '10 tháng 2026', 'Quý III/2026'): a
# report's figures for that span, done; its year is no plan's
_SPAN_COL = re.compile(fold_same_length(r"^\s*(?:tháng[ \t]+\d{1,2}(?:/\d{4})?|\d{1,2}[ \t]+tháng(?:[ \t]+(?:đầu|cuối)[ \t]+năm)?"
                                        r"|quý[ \t]+(?:[ivx]{1,3}|[1-4])(?:/\d{4})?)(?:[ \t]+(?:năm[ \t]+)?\d{4})?\s*$"))

Block = tuple[int, int, list[tuple[int, list[tuple[int, str]]]]]

# a table flattened with single spaces, as a page's text gives it cell after cell: a header line of column names, each
# opening with a capital ('TT Chỉ tiêu Đơn vị Kế hoạch 2024 Ước thực hiện 2024'), then rows that open on their number
# and close on their figures ('1 Tốc độ tăng trưởng GRDP % 7,0 7,36'; read on the source: the capitals)
_SPACED_COLUMN = re.compile(r"(?<![^\W\d_])(?:STT|TT|Năm|Chỉ tiêu|Đơn vị tính|Đơn vị|ĐVT|Kế hoạch|Ước thực hiện|Thực hiện|"
                            r"Kết quả|Mục tiêu|So với|Tỷ lệ)(?![^\W\d_])")
_SPACED_ROW = re.compile(r"[ \t]*\d{1,2}\.?[ \t]+\S[^\n|\t]*$")
_SPACED_FIG = re.compile(rf"[ \t]+({_NUM})(?=[ \t]|$)")
# the unit a row names before its figures, under a unit column: 'Tỷ lệ hộ nghèo giảm điểm % 3,0 3,4'
_ROW_UNIT = re.compile(r"[ \t]+(điểm %|%|‰|(?:tỷ|triệu|nghìn) đồng(?:/[^\W\d_]+)*|[^\W\d_]+)[ \t]*$")


def _spaced_blocks(t: str) -> list[list]:
    """Tables flattened with single spaces (see _SPACED_COLUMN): a header of at least three named columns opening on
    the index's, one of them a plan's or a result's, and the numbered rows right under it, as cells."""
    out = []
    for hm in _LINE.finditer(t):
        line = hm.group(0)
        if "\t" in line or "  " in line or "|" in line:
            continue            # (cells the other shapes read)
        cols = list(_SPACED_COLUMN.finditer(line))
        if len(cols) < 3 or cols[0].start() != len(line) - len(line.lstrip()) or cols[0].group(0) not in ("TT", "STT") \
                or not any(c.group(0) in ("Kế hoạch", "Ước thực hiện", "Thực hiện", "Kết quả", "Mục tiêu") for c in cols):
            continue
        bounds = [c.start() for c in cols] + [len(line)]
        header = [(hm.start() + a, line[a:b].strip()) for a, b in zip(bounds, bounds[1:])]
        unit_col = any(_UNIT_COL.search(fold_same_length(c)) for _, c in header)
        n_vals = len(header) - 2 - unit_col
        rows = [(hm.start(), hm.end(), header)]
        pos = hm.end() + 1
        while pos < len(t) and n_vals > 0:
            end = t.find("\n", pos)
            end = len(t) if end < 0 else end
            figs = list(_SPACED_FIG.finditer(t, pos, end))
            if not _SPACED_ROW.match(t, pos, end) or len(figs) < n_vals:
                break
            idx = re.match(r"[ \t]*\d{1,2}", t[pos:end])
            vals = figs[-n_vals:]
            cells = [(pos, idx.group(0) if idx else "")]
            label_end = vals[0].start()
            um = _ROW_UNIT.search(t, pos + len(cells[0][1]), label_end) if unit_col else None
            cells.append((pos + len(cells[0][1]), t[pos + len(cells[0][1]):um.start() if um else label_end]))
            if unit_col:
                cells.append((um.start(1), um.group(1)) if um else (label_end, ""))
            cells += [(v.start(1), v.group(1)) for v in vals]
            rows.append((pos, end, cells))
            pos = end + 1
        if len(rows) >= 2:
            out.append(rows)
    return out


# the blocks of the text asked about last: the figures' reader and the scope's column headings ask of the same text
_LAST_BLOCKS: list[tuple[str, list[Block]] | None] = [None]


def table_blocks(t: str, source: str | None = None) -> list[Block]:
    """Runs of table lines: (start, end, rows), each row (start, [(cell start, cell text)]). Read once a text (the
    text is held, so its id is not reused; read the blocks, do not change them). ``source``: the text before its
    wrapped lines were joined (``Prepared.source``, the same length), whose line breaks a table with one cell a line
    keeps (kg.extract.stacked_tables)."""
    last = _LAST_BLOCKS[0]
    if last is not None and last[0] is t:
        return last[1]
    out = _read_blocks(t, source if source is not None and len(source) == len(t) else t)
    _LAST_BLOCKS[0] = (t, out)
    return out


def _read_blocks(t: str, source: str) -> list[Block]:
    blocks: list[list] = []
    if "|" in t:
        _collect(_TABLE_ROW.finditer(t), t, blocks, _pipe_cells)
        bars: list = []
        # (a row split over two lines joined: kg.extract.split_rows)
        _collect(joined_rows(t, _BAR_ROW.finditer(t), _bar_cells), t, bars, _row_cells)
        for b in bars:
            hm = _BRACKET_HEADER.search(t, max(0, b[0][0] - 300), b[0][0])
            if hm:
                cells, pos = [], hm.start(1)
                for part in hm.group(1).split("|"):
                    cells.append((pos, part))
                    pos += len(part) + 1
                if len(cells) == len(b[0][2]):
                    b.insert(0, (hm.start(1), hm.end(1), cells))
            blocks.append(b)
    if "\t" in t or "  " in t:
        flat = (m for m in _LINE.finditer(t) if ("\t" in m.group(0) or "  " in m.group(0)) and "|" not in m.group(0)
                and len(_flat_cells(m)) >= 3)
        _collect(flat, t, blocks, _flat_cells)
    if "TT " in t:
        blocks.extend(_spaced_blocks(t))
    if " - " in t:
        blocks.extend(_dash_blocks(t))
    blocks.extend(stacked_blocks(t, source, _roles, _is_figure))
    if "|" in t and "):" in t:
        blocks.extend(_inline_blocks(t))
    out = []
    for b in blocks:
        # a table has a header and at least one row with a number in a cell after the first; a single row flattened
        # from one is a table when its figures are a plan, a result and the share of the one in the other
        if (len(b) >= 2 and any(_CELL_NUM.match(c) for _, _, cells in b[1:] for _, c in cells[1:])) \
                or (len(b) == 1 and share_roles(b[0][2])):
            out.append((b[0][0], b[-1][1], [(r[0], r[2]) for r in b]))
    return sorted(out)



def column_headings(t: str, source: str | None = None) -> set[int]:
    """Where the cells of each table's header row begin (past their blanks), but the first: a document's type word there
    names a column of figures ('Chỉ tiêu | Kế hoạch năm 2025 | Thực hiện', the planned ones), not a document
    (kg.extract.scope); the first column's name says what its rows are, documents maybe ('Chương trình | Vốn | ...')."""
    out = set()
    for _, _, rows in table_blocks(t, source):
        for at, cell in rows[0][1][1:]:
            out.add(at + len(cell) - len(cell.lstrip()))
    return out

def _is_figure(cell: str) -> bool:
    return _CELL_NUM.match(cell) is not None


def _split_cells(text: str, start: int, sep: str, step: int) -> list[tuple[int, str]]:
    """The cells of ``text`` (which begins at ``start``) split on ``sep`` (``step`` long), each with where it begins."""
    cells, pos = [], start
    for part in text.split(sep):
        cells.append((pos, part))
        pos += len(part) + step
    return cells


def _inline_blocks(t: str) -> list[list]:
    """Tables flattened into one sentence under a header in brackets (_INLINE_HEADER): each row after the colon,
    ';' between them, with as many cells as the header."""
    out = []
    for hm in _INLINE_HEADER.finditer(t):
        header = _split_cells(hm.group(1), hm.start(1), "|", 1)
        block, at = [(hm.start(1), hm.end(1), header)], hm.end()
        while (m := _INLINE_ROW.match(t, at)) is not None:
            cells = _split_cells(m.group(1), m.start(1), "|", 1)
            if len(cells) != len(header):
                break
            block.append((m.start(1), m.end(1), cells))
            if not t.startswith(";", m.end()):
                break
            at = m.end() + 1
        if len(block) > 1:
            out.append(block)
    return out


def _dash_blocks(t: str) -> list[list]:
    """Tables flattened with dashes under a header in brackets (_DASH_HEADER): the header's columns after the
    indicator's, and each line right under it whose cells after its colon are as many (_DASH_ROW)."""
    out = []
    for hm in _DASH_HEADER.finditer(t):
        header, pos = [(hm.start(1), "")], hm.start(1)
        for part in _DASH.split(hm.group(1)):
            header.append((pos, part))
            pos += len(part) + 3
        block, at = [(hm.start(1), hm.end(1), header)], hm.end() + 1
        while (m := _DASH_ROW.match(t, at)) is not None and m.end() > at:
            cells, pos = [(m.start(1), m.group(1))], m.start(2)
            for part in _DASH.split(m.group(2)):
                cells.append((pos, part))
                pos += len(part) + 3
            if len(cells) != len(header):
                break
            block.append((m.start(), m.end(), cells))
            at = m.end() + 1
        if len(block) > 1:
            out.append(block)
    return out


def _share_of(plan: float, done: float, share: float) -> bool:
    """``share`` is ``done`` as a percentage of ``plan`` (or, for a figure meant to fall, of ``plan`` in ``done``),
    to the rounding a report prints."""
    tol = max(0.6, share * 0.006)
    return (plan > 0 and abs(done / plan * 100 - share) <= tol) or (done > 0 and abs(plan / done * 100 - share) <= tol)


def share_roles(cells: list[tuple[int, str]]) -> dict[int, str]:
    """The roles of a row's cells when its last three figures are a plan, a result and the share of the plan done
    ('Thu ngân sách | 3.200 | 3.450 | 107,8%'), by the arithmetic of the three; else empty."""
    figs = []
    for i, (_, c) in enumerate(cells[1:], start=1):
        m = _CELL_NUM.match(c)
        v = parse_number(m.group("num")) if m else None
        if v is not None:
            figs.append((i, v, bool(m.group("pct"))))
    if len(figs) < 3:
        return {}
    (ia, a, pa), (ib, b, pb), (ic, r, _) = figs[-3:]
    if pa != pb or not _share_of(a, b, r):
        return {}
    return {ia: "plan", ib: "done", ic: "ratio"}


def _inferred_roles(rows: list[tuple[int, list[tuple[int, str]]]]) -> list[str | None] | None:
    """Column roles of a table without a header that says them, from the rows whose figures are a plan, a result
    and its share (see share_roles): the roles most of those rows agree on."""
    votes: dict[tuple, int] = {}
    for _, cells in rows:
        r = share_roles(cells)
        if r:
            k = tuple(sorted(r.items()))
            votes[k] = votes.get(k, 0) + 1
    if not votes:
        return None
    best = max(votes.items(), key=lambda kv: (kv[1], kv[0]))[0]
    width = max(len(cells) for _, cells in rows)
    roles: list[str | None] = [None] * width
    for i, role in best:
        if i < width:
            roles[i] = role
    return roles


def _collect(matches, t: str, blocks: list, cells_of) -> None:
    cur: list = []
    last_end = -1
    for m in matches:
        if cur and t[last_end:m.start()].strip():
            blocks.append(cur)
            cur = []
        cur.append((m.start(), m.end(), cells_of(m)))
        last_end = m.end()
    if cur:
        blocks.append(cur)


def _pipe_cells(m) -> list[tuple[int, str]]:
    line = m.group(0)
    cells = []
    pos = m.start() + line.index("|") + 1
    for part in line.strip().strip("|").split("|"):
        cells.append((pos, part))
        pos += len(part) + 1
    return cells


def _row_cells(r: Row) -> list[tuple[int, str]]:
    return r.cells


def _bar_cells(m) -> list[tuple[int, str]]:
    cells, pos = [], m.start()
    for part in m.group(0).split("|"):
        cells.append((pos, part))
        pos += len(part) + 1
    return cells


def _flat_cells(m) -> list[tuple[int, str]]:
    """A line's cells, split at tabs and runs of spaces, with their offsets in the text."""
    cells, pos = [], m.start()
    for sep in _FLAT_SPLIT.finditer(m.group(0)):
        a = m.start() + sep.start()
        if m.string[pos:a].strip():
            cells.append((pos, m.string[pos:a]))
        pos = m.start() + sep.end()
    if m.string[pos:m.end()].strip():
        cells.append((pos, m.string[pos:m.end()]))
    elif m.group(0).endswith("\t") and cells:
        cells.append((m.end(), ""))     # a last cell left empty keeps its tab: '4  Tỷ lệ che phủ rừng  %  61,5  61,6  '
    return cells


def _day(folded_cell: str) -> _dt.date | None:
    """The day a header cell says its column is counted to ('thuc hien den 31/10/2026'), or None."""
    m = _DONE_TO_DAY.search(folded_cell)
    try:
        return _dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1))) if m else None
    except ValueError:
        return None


def _roles(header: list[tuple[int, str]]) -> list[str | None]:
    """What each header cell's column holds: a year, 'plan', 'done', 'ratio' or None."""
    roles: list[str | None] = []
    for _, c in header:
        fc = fold_same_length(clean_ws(c))
        y = _CELL_YEAR.search(c)
        if _UNIT_COL.search(fc):
            roles.append("unit")
        elif _INDEX_COL.search(fc):
            roles.append("index")
        elif _RATIO_COL.search(fc):
            # (set against the year before, or a comparison that names no plan: a plain percentage)
            roles.append("change" if _PRIOR_COL.search(fc) and not _PLAN_COL.search(fc) else "ratio")
        elif _DONE_COL.search(fc):
            roles.append("done")
        elif _PLAN_COL.search(fc):
            roles.append("plan")
        elif _SPAN_COL.search(fc):
            roles.append("done")        # 'Tháng 10/2026', '10 tháng 2026': what a month or the months so far gave
        elif y:
            roles.append(y.group(1))
        else:
            roles.append(None)
    return roles


_NAME_FILLER = {"giai", "doan", "chuong", "trinh", "de", "an", "va"}


def _words(s: str) -> set[str]:
    return {w for w in FOLDED_WORD.findall(fold_same_length(s.lower())) if w not in _NAME_FILLER and not w.isdigit()}


class DocNames(NamedTuple):
    """The documents a table may name: ``names`` by key (a row's label gives one, :func:`row_document`) and ``issuers``,
    the key of the one document of the text each issuer issued, by the issuer's folded name (a column gives one)."""
    names: dict[str, str]
    issuers: dict[str, str]


def named_documents(docs: dict[str, DocInfo]) -> DocNames:
    """The documents a table's row may name, by key, with their names: one without a number by its key's
    description, and a decision by the programme or đề án it approved, its subject ('giảm nghèo bền vững' for
    '90/QĐ-TTg', tests/ANNOTATION.md (b)); and the documents a column may name by their issuers."""
    by_issuer: dict[str, list[str]] = {}
    for k, d in docs.items():
        if d.issuer and d.number is not None:
            by_issuer.setdefault(fold_same_length(clean_ws(d.issuer).lower()), []).append(k)
    return DocNames({k: k.partition(":")[2] if ":" in k else str(d.subject) for k, d in docs.items()
                     if ":" in k or (d.type == "QĐ" and d.subject)},
                    {w: ks[0] for w, ks in by_issuer.items() if len(ks) == 1})


def row_document(label: str, named_docs: DocNames | None) -> str | None:
    """The document whose name the row's label gives ('Giảm nghèo bền vững' for 'CTMTQG:giảm nghèo bền
    vững'; see :func:`named_documents`): all the label's words are the name's, or all the name's the label's."""
    lw = _words(label)
    if not lw or not named_docs:
        return None
    hits = []
    for k, name in named_docs.names.items():
        nw = _words(name)
        if len(nw) >= 2 and (lw <= nw or nw <= lw):
            hits.append(k)
    return hits[0] if len(hits) == 1 else None


# a column of the quotas another body assigned, naming that body: 'Chỉ tiêu Thủ tướng Chính phủ giao (căn)', 'Kế hoạch
# Bộ Xây dựng giao' (group 1; read on the folded header cell)
_ASSIGNED_COL = re.compile(fold_same_length(r"(?<![a-z])(?:chỉ tiêu|kế hoạch|mục tiêu|dự toán)[ \t]+(.+?)[ \t]+giao(?![a-z])"))


def column_document(header_cell: str, named_docs: DocNames | None) -> str | None:
    """The document of the body a plan column says assigned its figures (_ASSIGNED_COL), where the text names one
    document of that body: the quotas it set are that document's targets, not the text's own plan's."""
    m = _ASSIGNED_COL.search(fold_same_length(clean_ws(header_cell).lower()))
    return named_docs.issuers.get(m.group(1)) if m is not None and named_docs is not None else None


def table_quantities(p, blocks: list[Block], doc_for, main_doc=None,
                     ref_year: int | None = None, named_docs: DocNames | None = None,
                     results_spans: list[tuple[int, int]] | None = None) -> tuple[list[Target], list[Outcome]]:
    """Targets and outcomes of the tables' rows (see the module docstring); a row whose label names a
    document without a number (a programme, a đề án) is that document's. In a report's section of results
    (``results_spans``), the column of the text's own year holds what was reached that year."""
    targets: list[Target] = []
    outcomes: list[Outcome] = []
    for bstart, _, rows in blocks:
        header = None
        # the line that opens the table says it reports results ('Kết quả cho vay một số chương trình (...)'):
        # columns that name no plan and no year hold results
        results = bool(_RESULTS_LEAD.search(fold_same_length(p.text[p.text.rfind("\n", 0, bstart) + 1:bstart])))
        in_results = any(a <= bstart < b for a, b in results_spans or ())
        inferred = None
        header_cells: list[tuple[int, str]] = []
        for _rstart, cells in rows:
            if all(_TABLE_SEP.fullmatch(c) for _, c in cells):
                continue
            if header is None:
                header, header_cells = _roles(cells), cells
                if any(r not in (None, "index", "unit") for r in header[1:]):
                    continue
                # no header names a plan or a result: the rows' own arithmetic may (first row included)
                inferred = _inferred_roles(rows)
                header = inferred or [None] * len(cells)
            if len(cells) != len(header) and ("index" in header or "unit" in header):
                continue                    # a row that does not line up with a header of named columns
            first = 1 if header[0] == "index" else 0
            if first >= len(cells):
                continue
            label = clean_ws(cells[first][1])
            # (a row labelled by its year, under a 'Năm' column, gives that year's goals: '1 2025 1.420 1.540')
            by_year = bool(_CELL_YEAR.fullmatch(label)) and first < len(header_cells) \
                and fold_same_length(clean_ws(header_cells[first][1])).lower() == "nam"
            if not label or (_CELL_NUM.match(label) and not by_year):
                continue
            um = re.search(r"\(([^()]{1,30})\)[ \t]*$", label)
            unit = clean_ws(um.group(1)) if um else ("" if by_year else label)
            if "unit" in header and header.index("unit") < len(cells):
                unit = clean_ws(cells[header.index("unit")][1]) or unit   # 'ĐVT' column
            row_doc = row_document(label, named_docs)
            # (a plan's column may name its year, 'Kế hoạch năm 2027', and a result's column its day, 'Thực hiện đến
            # 31/10/2026': the goal's period and the day the result is counted to)
            # (one year only: 'Kế hoạch 2021 - 2025' is a term's, not a year's)
            col_year = [ys[0] if len(ys := _CELL_YEAR.findall(c)) == 1 else None for _, c in header_cells]
            col_day = [_day(fold_same_length(clean_ws(c).lower())) for _, c in header_cells]
            col_doc = [column_document(c, named_docs) if r == "plan" else None for (_, c), r in zip(header_cells, header)]
            measured = any(r in ("done", "ratio") for r in header)
            for i, (cpos, cell) in enumerate(cells[first + 1:], start=first + 1):
                if i < len(header) and header[i] in ("unit", "index"):
                    continue
                role = header[i] if i < len(header) else None
                m = _CELL_NUM.match(cell)
                if not m:
                    am = _ASSESS_CELL.match(fold_same_length(cell))
                    av = parse_number(am.group("num")) if am else None
                    if am and av is not None:
                        outcomes.append(Outcome(row_doc or doc_for(bstart), f"{label}: {clean_ws(cell)}", av, "% kế hoạch",
                                                None, span=p.span(cpos + am.start("num"), cpos + am.end("num"))))
                    continue
                v = parse_number(m.group("num"))
                of = parse_number(m.group("of")) if m.group("of") else None
                hi = parse_number(m.group("hi")) if m.group("hi") else None
                if v is None or (m.group("of") and (role != "done" or of is None or v > of)) \
                        or (m.group("hi") and (hi is None or hi <= v or role in ("done", "ratio", "change")
                                               or _CELL_YEAR.fullmatch(m.group("num")))):
                    continue            # (a range is a goal's: never a result, nor a span of years)
                unit_i = clean_ws(m.group("pct")) if m.group("pct") else ("%" if unit == "%" else (m.group("unit") or unit))
                if by_year and not unit_i and i < len(header_cells):
                    hu = re.search(r"\(([^()]{1,30})\)[ \t]*$", header_cells[i][1])   # 'Kế hoạch của tỉnh (căn)'
                    unit_i = clean_ws(hu.group(1)) if hu else ""
                span = p.span(cpos + m.start("num"), cpos + m.end("num"))
                # (a plan column beside what was done is the goal those results are measured against: the document
                # in context, as theirs; a table of goals alone is the text's own plan's)
                doc = row_doc or (doc_for(bstart) if measured else main_doc or doc_for(bstart))
                text = f"{label}: {clean_ws(cell)}"
                if role in ("done", "ratio", "change") or (role is None and results) \
                        or (in_results and ref_year is not None and role == str(ref_year)):
                    unit_o = {"ratio": "% kế hoạch", "change": "%"}.get(role or "", unit_i)
                    outcomes.append(Outcome(row_doc or doc_for(bstart), text, v, unit_o, of, span=span,
                                            as_of=col_day[i] if role == "done" and i < len(col_day) else None))
                    continue
                year = role if role not in (None, "plan") else (label if by_year else None)
                if year and ref_year and int(year) < ref_year and not (by_year and measured):
                    continue            # (a past year's plan is the starting situation, unless its result stands beside it)
                if role == "plan" and i < len(col_year):
                    year = col_year[i] or year
                cmp_ = (m.group("cmp") or "").strip()
                comp = ">=" if cmp_ in _GE_WORDS or m.group("tail") or hi else ("<=" if cmp_ in _LE_WORDS else "=")
                doc = (col_doc[i] if i < len(col_doc) else None) or doc
                targets.append(Target(doc, text + (f" ({year})" if year else ""), v, unit_i, comp, year, span=span))
    return targets, outcomes
