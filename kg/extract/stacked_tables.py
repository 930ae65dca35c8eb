"""Tables whose cells stand one per line, as a PDF's or a web page's table comes out when its text is copied.

A report's table of indicators often reaches us with every cell on a line of its own: first the column names
('STT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch 2024', 'Thực hiện 2024'), then each row's cells in the same order, one line
each ('1', 'Tỷ lệ hộ nghèo', '%', '0,9', '0,82'). Nothing but the count of the column names says where a row
ends, so a block is read only where the header names a column of results and every row under it fills each
column of figures with a figure. The blocks have the shape of ``kg.extract.tables``' (the header first), which
gives the columns their roles; this module only finds the cells.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from kg.extract.text import fold_same_length

# a column of results named alone on its line ('Thực hiện 2024', 'Ước TH 2024', 'Giải ngân (tỷ đồng)', 'Lũy kế')
_DONE_HEADER = re.compile(fold_same_length(r"^(?:ước[ \t]+)?(?:thực hiện|th|kết quả|giải ngân|lũy kế|luỹ kế)(?![a-z])"
                                           r"[^\n.;:!?]{0,30}$"), re.M)
# (the first words of those lines, as the text writes them: a text with none is not read)
_DONE_STARTS = ("\nThực hiện", "\nTH", "\nƯớc", "\nKết quả", "\nGiải ngân", "\nLũy kế", "\nLuỹ kế")
# a column's name: a short line with a letter, not closing a sentence
_HEADER_LINE = re.compile(r"[ \t]*(?=[^\n]*[^\W\d_])[^\n]{1,40}?(?<![.;:!?])[ \t]*")
_INDEX_CELL = re.compile(r"[ \t]*(?:\d{1,3}|[IVX]{1,4})\.?[ \t]*")
# the most header lines read back and on from the column of results
_MAX_COLUMNS = 8

Lines = list[tuple[int, int]]


def _lines_around(t: str, at: int) -> tuple[Lines, int]:
    """The header-like lines next to each other around the line starting at ``at``, and that line's index among them."""
    before: Lines = []
    s = at
    while len(before) < _MAX_COLUMNS and s > 0:
        ps = t.rfind("\n", 0, s - 1) + 1
        if not _HEADER_LINE.fullmatch(t, ps, s - 1):
            break
        before.append((ps, s - 1))
        s = ps
    before.reverse()
    after: Lines = []
    s = at
    while len(after) < _MAX_COLUMNS and s < len(t):
        e = t.find("\n", s)
        e = len(t) if e < 0 else e
        if not _HEADER_LINE.fullmatch(t, s, e):
            break
        after.append((s, e))
        s = e + 1
    return before + after, len(before)


def _fits(cell: str, role: str | None, is_label: bool, is_figure: Callable[[str], bool]) -> bool:
    """``cell`` can stand in its column: a row's number, a label or a unit that is no figure, a figure under a
    column of figures; any words under another column of words (an assessment, 'Đạt', 'Vượt')."""
    if role == "index":
        return bool(_INDEX_CELL.fullmatch(cell))
    if role in (None, "unit"):
        return not (is_label or role == "unit") or not is_figure(cell)
    return is_figure(cell)


def _rows(t: str, start: int, roles: list[str | None], is_figure: Callable[[str], bool]) -> list:
    """The rows from ``start`` on, each as many lines as ``roles``, while each fills its columns of figures."""
    rows = []
    label = next((i for i, r in enumerate(roles) if r is None), None)
    pos = start
    while pos < len(t):
        cells = []
        at = pos
        for _ in roles:
            e = t.find("\n", at)
            e = len(t) if e < 0 else e
            cells.append((at, t[at:e]))
            at = e + 1
            if at > len(t):
                break
        if len(cells) < len(roles) or any(not c.strip() for _, c in cells):
            break
        if not all(_fits(c, role, i == label, is_figure) for i, ((_, c), role) in enumerate(zip(cells, roles))):
            break
        rows.append((pos, at - 1, cells))
        pos = at
    return rows


def _with_breaks(t: str, source: str) -> str:
    """``t`` with a line break wherever ``source`` (the same length) has one: the text's written forms, the source's
    lines (a line a wrap joined to the next, 'tỷ đồng' / '30', is a cell of its own here)."""
    if t.count("\n") == source.count("\n"):
        return t
    chars = list(t)
    at = source.find("\n")
    while at != -1:
        chars[at] = "\n"
        at = source.find("\n", at + 1)
    return "".join(chars)


def stacked_blocks(text: str, source: str, roles_of: Callable[[list[tuple[int, str]]], list[str | None]],
                   is_figure: Callable[[str], bool]) -> list[list]:
    """Tables with one cell a line: header then rows, as lists of (start, end, cells), read on ``text`` by the lines of
    ``source`` (the same length, before wrapped lines were joined). ``roles_of`` names a header's columns' roles
    ('plan', 'done', 'ratio', 'unit', 'index', a year, None for a label); ``is_figure``: a cell holds a figure."""
    if not any(w in source for w in _DONE_STARTS):
        return []
    t = _with_breaks(text, source)
    f = fold_same_length(t)
    out: list[list] = []
    taken = -1
    for m in _DONE_HEADER.finditer(f):
        if m.start() < taken or (m.start() > 0 and f[m.start() - 1] != "\n"):
            continue
        lines, done_at = _lines_around(t, m.start())
        best: list = []
        score = 0
        for a in range(done_at + 1):
            for b in range(max(done_at, a + 2), len(lines)):
                header = [(s, t[s:e]) for s, e in lines[a:b + 1]]
                roles = roles_of(header)
                label = int(roles[0] == "index")
                if "done" not in roles[label + 1:] or roles[label] in ("index", "unit", "done"):
                    continue        # (a column of labels first, after the rows' numbers; one of results at least)
                roles = [*roles[:label], None, *roles[label + 1:]]     # ('Chỉ tiêu' names the labels' column here)
                rows = _rows(t, lines[b][1] + 1, roles, is_figure)
                if len(rows) >= 2 and len(rows) * len(roles) > score:
                    best, score = [(lines[a][0], lines[b][1], header)] + rows, len(rows) * len(roles)
        if best:
            out.append(best)
            taken = best[-1][1]
    return out
