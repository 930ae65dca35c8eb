"""The task table of a plan (Vietnamese: bảng phân công nhiệm vụ, phụ lục nhiệm vụ cụ thể): one row per task, with
columns for the task, its lead unit and its coordinating units, left by text conversion as lines with bars between the
cells, under a header that names the columns ('TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn
thành', '(Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn | Sản phẩm)', '| STT | Nội dung | ... |'). Each row
gives the units of its lead column a `lead` row and those of its coordinating column a `coordinate` row, the task
being the row's task cell. The cells may be divided by tabs instead of bars, or left one a line under a header of one
column name a line, each row opening on its number. The same columns flattened to labelled lines ('- Đơn vị chủ trì: Cục ...') are read with
the prose, in kg.extract.assignments, their units split as a cell's are (``cell_units``)."""
from __future__ import annotations

import re
from typing import NamedTuple

from kg.extract.bodies import may_start_body
from kg.extract.task_phrases import UNIT_WORDS
from kg.extract.task_subjects import PROPER
from kg.extract.text import clean_ws, folded_pattern, norm_body
from kg.facts import Assignment
from kg.text.symbols import fold

# a line of cells with bars between them (a markdown row's outer bars allowed), of three cells or more; or with tabs
# between them, as a table copied from a word processor or a web page leaves it (one tab a cell: two tabs in a row
# hold an empty cell)
_BAR_LINE = re.compile(r"^[ \t]*\(?[ \t]*\|?(?P<cells>[^|\n]+(?:\|[^|\n]*){2,}?)\|?[ \t]*\)?[ \t]*:?[ \t]*$", re.M)
_TAB_LINE = re.compile(r"^[ ]*(?P<cells>[^\t\n]+(?:\t[^\t\n]*){2,}?)[ ]*$", re.M)
_SEPARATORS = (("|", _BAR_LINE), ("\t", _TAB_LINE))
# (the columns as plans name them, with or without the word for a unit: 'Nhiệm vụ, giải pháp | Chủ trì | Phối hợp',
# 'Nội dung công việc | Cơ quan chủ trì thực hiện | Cơ quan phối hợp thực hiện')
# (and a goal's column, in a table of the goals each unit leads: 'Chỉ tiêu | Đơn vị tính | Năm 2026 | ... | Đơn vị chủ trì')
_TASK_HEAD = folded_pattern(r"[ \t]*(?:tên[ \t]+)?(?:nhiệm vụ(?:,?[ \t]+giải pháp)?|nội dung(?:[ \t]+(?:nhiệm vụ|công việc|"
                            r"thực hiện))?|công việc|hoạt động|chỉ tiêu)(?:[ \t]+(?:cụ thể|trọng tâm|chủ yếu))?[ \t]*$")
_LEAD_HEAD = folded_pattern(r"[ \t]*(?:" + UNIT_WORDS + r"[ \t]+(?:chủ trì|thực hiện|đầu mối)|chủ trì)(?:[ \t]+thực hiện)?"
                            r"[ \t]*$")
_COORD_HEAD = folded_pattern(r"[ \t]*(?:" + UNIT_WORDS + r"[ \t]+)?phối hợp(?:[ \t]+thực hiện)?[ \t]*$")
# a row's number in front of its task: '1. Xây dựng ...', '2) Rà soát ...'
_ITEM_NUMBER = re.compile(r"[ \t]*(?:\d{1,3}|[IVXLC]{1,5})[.)]?[ \t]+(?=[^\W\d_])")
# where a cell names another unit: a semicolon, or a comma before a capitalised name ('Sở Tài chính, Sở Nội vụ'; not
# the commas inside one name: 'Cục Hộ tịch, quốc tịch, chứng thực')
_UNIT_SEP = re.compile(r"[ \t]*;[ \t]*|[ \t]*,[ \t]*(?=[^\W\d_])")


class _Row(NamedTuple):
    start: int
    end: int


# (span of a unit, its role, the row as a clause, the row's task)
_Unit = tuple[tuple[int, int], str, _Row, str]


def _cells(m: re.Match, sep: str = "|") -> list[tuple[int, str]]:
    """(offset, text) of each cell of a line of cells with ``sep`` between them."""
    out = []
    at = m.start("cells")
    for cell in m.group("cells").split(sep):
        out.append((at, cell))
        at += len(cell) + 1
    return out


def cell_units(t: str, at: int, cell: str) -> list[tuple[int, int]]:
    """The units a body cell names, as spans of the text: one per part between semicolons, or between commas where
    each part opens on a body's proper name."""
    parts: list[tuple[int, int]] = []
    pos = 0
    for sep in _UNIT_SEP.finditer(cell):
        if sep.group(0).strip() == "," and not PROPER.match(cell, sep.end()):
            continue
        parts.append((pos, sep.start()))
        pos = sep.end()
    parts.append((pos, len(cell)))
    out = []
    for a, b in parts:
        a += len(cell[a:b]) - len(cell[a:b].lstrip())
        b -= len(cell[a:b]) - len(cell[a:b].rstrip())
        if b - a >= 3 and not cell[a:b].strip(" -–.").isdigit():
            out.append((at + a, at + b))
    return out


def table_tasks(p) -> list[_Unit]:
    """(span of the unit, role, the row as a clause, task) for each unit of each row of the text's task tables."""
    out: list[_Unit] = []
    for sep, line_rx in _SEPARATORS:
        if p.text.count(sep) >= 6:
            out.extend(_separated_tasks(p, sep, line_rx))
    if _STACKED_LEAD.search(p.folded):
        out.extend(_stacked_tasks(p))
    if "chu tri" in p.folded:
        out.extend(_bracketed_tasks(p))
    return out


# the same two columns written in brackets after a list item's task, as a plan lists its goals or tasks: '1. Kết nạp từ
# 800 hội viên mới trở lên. (Chủ trì: Ban Tổ chức; phối hợp: Hội CCB các xã, phường)', '(Cơ quan chủ trì: Sở Y tế)'
# (and the time after them, '; thời gian: năm 2026')
_BRACKETED = folded_pattern(r"\([ \t]*(?:" + UNIT_WORDS + r"[ \t]+)?chủ trì[ \t]*:[ \t]*(?P<lead>[^;:()\n]+?)"
                            r"(?:[ \t]*;[ \t]*(?:" + UNIT_WORDS + r"[ \t]+)?phối hợp[ \t]*:[ \t]*(?P<coordinate>[^:()\n]+?))?"
                            r"(?:[ \t]*;[ \t]*(?:thời gian|thời hạn|tiến độ)(?:[ \t]+[a-z]+){0,2}[ \t]*:[^:()\n]*?)?"
                            r"[ \t]*[.;]?[ \t]*\)[ \t.;]*$", re.M)
# (a list item: its number, letter or dash, then its task)
_LIST_ITEM = re.compile(r"[ \t]*(?:\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ]\)|[-+•–])[ \t]+(?=\S)")


def _bracketed_tasks(p) -> list[_Unit]:
    """``table_tasks`` for the list items that name their lead and coordinating units in brackets after the task; the
    units named by their proper names (a cell's units, ``cell_units``), the task the item's words before the bracket."""
    t, f = p.text, p.folded
    out: list[_Unit] = []
    for m in _BRACKETED.finditer(f):
        start = f.rfind("\n", 0, m.start()) + 1
        item = _LIST_ITEM.match(t, start, m.start())
        task = clean_ws(t[item.end():m.start()]).strip(" ,.;") if item else ""
        if not task:
            continue
        for role in ("lead", "coordinate"):
            if m.group(role):
                a, b = m.span(role)
                out.extend((span, role, _Row(start, m.end()), task) for span in cell_units(t, a, t[a:b])
                           if PROPER.match(t, span[0]) or may_start_body(f, span[0]))
    return out


def _separated_tasks(p, sep: str, line_rx: re.Pattern) -> list[_Unit]:
    """``table_tasks`` for the tables whose cells ``sep`` divides."""
    t, f = p.text, p.folded
    out: list[_Unit] = []
    lines = list(line_rx.finditer(f))
    i = 0
    while i < len(lines):
        head = _cells(lines[i], sep)
        cols = _columns(head)
        i += 1
        if "task" not in cols or "lead" not in cols:
            continue
        prev_end = lines[i - 1].end()
        number = None              # the last row's number, which the first row after a page break goes on from
        while True:
            split = _split_row(f, prev_end + 1, sep, len(head))
            if split:
                start, prev_end, cells = split
                while i < len(lines) and lines[i].start() < prev_end:
                    i += 1
            elif i < len(lines) and (f.count("\n", prev_end, lines[i].start()) <= 1 or (
                    number is not None and _page_break(f, prev_end, lines[i].start())
                    and _row_number(t, _cells(lines[i], sep), cols) == number + 1)):
                start, prev_end, cells = lines[i].start(), lines[i].end(), _cells(lines[i], sep)
                i += 1
            else:
                break
            if len(cells) == len(head):     # (not '|---|---|', the rule under a markdown header: its task cell is empty)
                out.extend(_row_tasks(t, cells, cols, _Row(start, prev_end)))
                number = _row_number(t, cells, cols)
    return out


def _split_row(f: str, at: int, sep: str, width: int) -> tuple[int, int, list[tuple[int, str]]] | None:
    """A row of ``width`` cells that a narrow column wrapped over two or three lines from ``at`` ('3 | Xây dựng cơ sở dữ
    liệu\n(giai đoạn 1) | Cục ... | Năm 2026'): the lines, none of them a row alone, blank or opening on a row's
    number, whose ``sep`` together divide ``width`` cells, each break inside a cell; its start, end and cells, or None
    where the line at ``at`` is a whole row, holds no ``sep`` or is no such row's first part."""
    end = f.find("\n", at)
    if end < 0 or at >= len(f) or f.count(sep, at, end) in (0, width - 1) or f[at:end].lstrip().startswith(sep):
        return None
    bars = f.count(sep, at, end)
    for _ in range(2):
        nxt = f.find("\n", end + 1)
        nxt = len(f) if nxt < 0 else nxt
        line = f[end + 1:nxt]
        if not line.strip() or line.count(sep) >= width - 1 or line.split(sep, 1)[0].strip(" \t.)").isdigit():
            return None         # (a blank line, a whole row, or the next row's number: two short rows stay apart)
        bars += line.count(sep)
        end = nxt
        if bars == width - 1:
            cells = []
            pos = at
            for cell in f[at:end].split(sep):
                cells.append((pos, cell))
                pos += len(cell) + 1
            return at, end, cells
        if bars > width - 1:
            return None
    return None


# what a page break leaves between two rows of a table printed on two pages, the header not repeated: blank lines and
# the page's number or running line ('Trang 3', '- 3 -', '3/5'), a few short lines at most
_PAGE_LINE = folded_pattern(r"[ \t]*(?:(?:trang[ \t]+)?[-–(]?[ \t]*\d{1,3}(?:[ \t]*/[ \t]*\d{1,3})?[ \t]*[-–)]?)?[ \t]*$")


def _page_break(f: str, a: int, b: int) -> bool:
    """Do the lines between offsets ``a`` and ``b`` of the folded text hold only what a page break leaves?"""
    lines = f[a:b].strip("\n").split("\n")
    return len(lines) <= 4 and all(_PAGE_LINE.match(x) for x in lines)


def _row_number(t: str, cells: list[tuple[int, str]], cols: dict[str, int]) -> int | None:
    """The number of a table's row: its first cell's where that is a number alone ('3', '3.'), else the number its task
    cell opens on ('3. Xây dựng ...'); None where it has none."""
    first = cells[0][1].strip(" \t.)")
    if first.isdigit():
        return int(first)
    at, cell = cells[cols["task"]]
    m = re.match(r"[ \t]*(\d{1,3})[.)]?[ \t]", cell)
    return int(m.group(1)) if m else None


def is_column_header(f: str, start: int, end: int) -> bool:
    """Is the sentence from ``start`` to ``end`` of the folded text a task table's header, its cells the columns' names
    ('STT | Nội dung | Cơ quan, đơn vị chủ trì | ...')? It gives no task, though a column's name reads like a body and
    its verb ('đơn vị chủ trì')."""
    for sep, line_rx in _SEPARATORS:
        if f.find(sep, start, end) >= 0:
            m = line_rx.match(f, f.rfind("\n", 0, start) + 1)
            if m and m.end() >= end - 1:
                cols = _columns(_cells(m, sep))
                return "task" in cols and "lead" in cols
    return False


def _columns(head: list[tuple[int, str]]) -> dict[str, int]:
    """The index of the task, lead and coordinating columns among a header's cells."""
    cols: dict[str, int] = {}
    for k, (_, cell) in enumerate(head):
        for name, rx in (("task", _TASK_HEAD), ("lead", _LEAD_HEAD), ("coordinate", _COORD_HEAD)):
            if name not in cols and rx.match(cell.strip(" \t()")):
                cols[name] = k
    return cols


def _row_tasks(t: str, cells: list[tuple[int, str]], cols: dict[str, int], clause: _Row) -> list[_Unit]:
    """(span of the unit, role, clause, task) for each unit of one row's lead and coordinating cells."""
    at, cell = cells[cols["task"]]
    if not cell.strip(" -–:"):
        return []
    number = _ITEM_NUMBER.match(t, at, at + len(cell))
    task = clean_ws(t[number.end() if number else at:at + len(cell)]).strip(" ,.;")
    out: list[_Unit] = []
    for role in ("lead", "coordinate"):
        if role in cols:
            at, cell = cells[cols[role]]
            out.extend((span, role, clause, task) for span in cell_units(t, at, t[at:at + len(cell)]))
    return out


# the same table with a cell a line, as a page's table is copied line by line: a header of one column name a line (the
# row number's first), then each row from a line holding its number alone ('1', '2.'), one line a cell; a row whose
# count of lines is not the header's (an empty cell left no line) cannot be aligned and is passed over
_STACKED_LEAD = re.compile(r"\n(?:(?:co quan|don vi)[ \t]+)?chu tri(?:[ \t]+thuc hien)?[ \t]*\n")
_NUMBER_HEAD = folded_pattern(r"[ \t]*(?:stt|tt|số thứ tự)[ \t]*$")
_OTHER_HEAD = folded_pattern(r"[ \t]*(?:(?:thời gian|thời hạn|tiến độ)(?:[ \t]+[^\W\d_]+){0,3}|(?:dự kiến[ \t]+)?(?:kết quả[ \t]*[/,]?[ \t]*)?"
                             r"sản phẩm(?:[ \t]+(?:dự kiến|đầu ra))?|kết quả|ghi chú|(?:nguồn[ \t]+)?kinh phí)[ \t]*$")
_NUMBER_LINE = re.compile(r"[ \t]*\d{1,3}[.)]?[ \t]*$")
# (folded: 'II', 'A.' alone on its line, or 'II. Nhóm nhiệm vụ về ...' with the group's title after it)
_GROUP_LINE = re.compile(r"[ \t]*(?:(?:[ivxl]{1,5}|[a-d])[.)]?[ \t]*|[ivxl]{1,5}[.)][ \t]+[^\n]*)$")


def _stacked_tasks(p) -> list[_Unit]:
    """``table_tasks`` for the tables left a cell a line."""
    t, f = p.text, p.folded
    out: list[_Unit] = []
    for lead in _STACKED_LEAD.finditer(f):
        # the header: the lead column's name and the names on the lines above it, up to the row number's
        at = lead.start() + 1           # (where the lead column's line starts)
        head = [(at, f[at:lead.end() - 1])]
        while at > 0:
            start = f.rfind("\n", 0, at - 1) + 1
            line = f[start:at - 1]
            if not (_NUMBER_HEAD.match(line) or _is_column_name(line)):
                break
            head.insert(0, (start, line))
            if _NUMBER_HEAD.match(line):
                break
            at = start
        if not _NUMBER_HEAD.match(head[0][1]):
            continue
        at = lead.end()
        while at < len(f):
            end = f.find("\n", at)
            end = len(f) if end < 0 else end
            if not _is_column_name(f[at:end]):
                break
            head.append((at, f[at:end]))
            at = end + 1
        cols = _columns(head)
        if "task" not in cols:
            continue
        for row in _stacked_rows(f, at, len(head)):
            out.extend(_stacked_row(t, row, head, cols))
    return out


def _next_line(f: str, at: int) -> tuple[int, str]:
    end = f.find("\n", at)
    end = len(f) if end < 0 else end
    return end, f[at:end]


def _stacked_rows(f: str, at: int, width: int) -> list[list[tuple[int, str]]]:
    """The rows of a table left a cell a line, from ``at`` under its header of ``width`` columns: each from a line
    holding its number alone; a group's row ('II' over the group's title, across the columns) has no task and is passed
    over; a blank line inside a row is an empty cell; the table ends at a line that opens no row after a full one."""
    rows: list[list[tuple[int, str]]] = []
    row: list[tuple[int, str]] | None = None
    grouped = False                 # (after a group's number: its title's lines until the next row)
    while at < len(f):
        end, line = _next_line(f, at)
        if _NUMBER_LINE.match(line) or _GROUP_LINE.match(line):
            if row:
                rows.append(row)
            row, grouped = ([(at, line)], False) if _NUMBER_LINE.match(line) else (None, True)
        elif row is not None and (line.strip() or len(row) < width):
            row.append((at, line))
        elif not line.strip():
            ahead = f[end + 1:].lstrip("\n")
            following = ahead[:ahead.find("\n")] if "\n" in ahead else ahead
            if not (_NUMBER_LINE.match(following) or _GROUP_LINE.match(following)):
                break
        elif not grouped:
            break
        at = end + 1
    if row:
        rows.append(row)
    return rows


def _stacked_row(t: str, row: list[tuple[int, str]], head: list[tuple[int, str]], cols: dict[str, int]) -> list[_Unit]:
    """The units of one row left a cell a line, where it has a line for each column."""
    if len(row) != len(head):
        return []
    return _row_tasks(t, row, cols, _Row(row[0][0], row[-1][0] + len(row[-1][1])))


def _is_column_name(line: str) -> bool:
    return any(rx.match(line.strip(" \t()")) for rx in (_TASK_HEAD, _LEAD_HEAD, _COORD_HEAD, _OTHER_HEAD))


def table_assignments(p, doc_for_clause, seen: dict) -> list[Assignment]:
    """The rows of the text's task tables as assignments, with the document each row sits in; ``seen`` holds the keys
    (folded body, role, document, reported) of the rows the prose gave, with the first task of each, and takes these."""
    out = []
    for unit_span, role, row, task in table_tasks(p):
        body = norm_body(p.text[unit_span[0]:unit_span[1]])
        doc = doc_for_clause(row)
        k = (fold(body), role, doc, False)
        if k not in seen:
            seen[k] = task
            out.append(Assignment(body, role, doc, task, span=p.span(unit_span[0], row.end)))
    return out
