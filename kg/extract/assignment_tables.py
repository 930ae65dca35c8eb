"""The task table of a plan (Vietnamese: bảng phân công nhiệm vụ, phụ lục nhiệm vụ cụ thể): one row per task, with
columns for the task, its lead unit and its coordinating units, left by text conversion as lines with bars between the
cells, under a header that names the columns ('TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn
thành', '(Nhiệm vụ | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn | Sản phẩm)', '| STT | Nội dung | ... |'). Each row
gives the units of its lead column a `lead` row and those of its coordinating column a `coordinate` row, the task
being the row's task cell. The same columns flattened to labelled lines ('- Đơn vị chủ trì: Cục ...') are read with
the prose, in kg.extract.assignments, their units split as a cell's are (``cell_units``)."""
from __future__ import annotations

import re
from typing import NamedTuple

from kg.extract.task_subjects import PROPER
from kg.extract.text import clean_ws, folded_pattern, norm_body
from kg.facts import Assignment
from kg.text.symbols import fold

# a line of cells with bars between them (a markdown row's outer bars allowed), of three cells or more
_BAR_LINE = re.compile(r"^[ \t]*\(?[ \t]*\|?(?P<cells>[^|\n]+(?:\|[^|\n]*){2,}?)\|?[ \t]*\)?[ \t]*:?[ \t]*$", re.M)
# (the columns as plans name them, with or without the word for a unit: 'Nhiệm vụ, giải pháp | Chủ trì | Phối hợp',
# 'Nội dung công việc | Cơ quan chủ trì thực hiện | Cơ quan phối hợp thực hiện')
_TASK_HEAD = folded_pattern(r"[ \t]*(?:tên[ \t]+)?(?:nhiệm vụ(?:,?[ \t]+giải pháp)?|nội dung(?:[ \t]+(?:nhiệm vụ|công việc|"
                            r"thực hiện))?|công việc|hoạt động)(?:[ \t]+(?:cụ thể|trọng tâm|chủ yếu))?[ \t]*$")
_LEAD_HEAD = folded_pattern(r"[ \t]*(?:(?:cơ quan|đơn vị)[ \t]+(?:chủ trì|thực hiện|đầu mối)|chủ trì)(?:[ \t]+thực hiện)?"
                            r"[ \t]*$")
_COORD_HEAD = folded_pattern(r"[ \t]*(?:(?:cơ quan|đơn vị)[ \t]+)?phối hợp(?:[ \t]+thực hiện)?[ \t]*$")
# a row's number in front of its task: '1. Xây dựng ...', '2) Rà soát ...'
_ITEM_NUMBER = re.compile(r"[ \t]*(?:\d{1,3}|[IVXLC]{1,5})[.)]?[ \t]+(?=[^\W\d_])")
# where a cell names another unit: a semicolon, or a comma before a capitalised name ('Sở Tài chính, Sở Nội vụ'; not
# the commas inside one name: 'Cục Hộ tịch, quốc tịch, chứng thực')
_UNIT_SEP = re.compile(r"[ \t]*;[ \t]*|[ \t]*,[ \t]*(?=[^\W\d_])")


class _Row(NamedTuple):
    start: int
    end: int


def _cells(m: re.Match) -> list[tuple[int, str]]:
    """(offset, text) of each cell of a bar line."""
    out = []
    at = m.start("cells")
    for cell in m.group("cells").split("|"):
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


def table_tasks(p) -> list[tuple[tuple[int, int], str, _Row, str]]:
    """(span of the unit, role, the row as a clause, task) for each unit of each row of the text's task tables."""
    t, f = p.text, p.folded
    if t.count("|") < 6:
        return []
    out: list[tuple[tuple[int, int], str, _Row, str]] = []
    lines = list(_BAR_LINE.finditer(f))
    i = 0
    while i < len(lines):
        head = _cells(lines[i])
        cols = {}
        for k, (_, cell) in enumerate(head):
            for name, rx in (("task", _TASK_HEAD), ("lead", _LEAD_HEAD), ("coordinate", _COORD_HEAD)):
                if name not in cols and rx.match(cell.strip(" \t()")):
                    cols[name] = k
        i += 1
        if "task" not in cols or "lead" not in cols:
            continue
        prev_end = lines[i - 1].end()
        while i < len(lines) and f.count("\n", prev_end, lines[i].start()) <= 1:
            row = lines[i]
            prev_end = row.end()
            i += 1
            cells = _cells(row)
            if len(cells) != len(head) or not cells[cols["task"]][1].strip(" -–:"):
                continue        # ('|---|---|': the rule under a markdown header)
            at, cell = cells[cols["task"]]
            number = _ITEM_NUMBER.match(t, at, at + len(cell))
            task = clean_ws(t[number.end() if number else at:at + len(cell)]).strip(" ,.;")
            clause = _Row(row.start(), row.end())
            for role in ("lead", "coordinate"):
                if role in cols:
                    at, cell = cells[cols[role]]
                    for span in cell_units(t, at, t[at:at + len(cell)]):
                        out.append((span, role, clause, task))
    return out


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
