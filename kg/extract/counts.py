"""Counts a sentence gives beside its goals and results: the whole a count of goals is of (in its sentence, or for the
goals left undone, in the tally before it), a counted 'mục tiêu', and what a place has; and the document a sentence
says is issued with its goals (kg.extract.quantities asks here)."""
from __future__ import annotations

import re

from kg.extract.excluded_figures import ORGANISED
from kg.extract.figures import NUM, Quantity
from kg.extract.numbers import parse_number
from kg.extract.quantity_cues import AIM, DONE_STATE, OUTCOME, TOTAL
from kg.extract.text import Segment, fold_same_length, folded_pattern
from kg.facts import Outcome

_v = folded_pattern

# the same whole named after the count, by 'tổng số' alone ('hoàn thành 3 chỉ tiêu, còn 1 chỉ tiêu chưa hoàn thành trong
# tổng số 14 chỉ tiêu thi đua'; a bare 'trong 2 năm' after a count is a time, not a whole)
_TOTAL_AFTER = _v(rf"(?<![a-z])(?:trong|trên)[ \t]+tổng[ \t]+số[ \t]+({NUM})[ \t]+([a-z]+)(?![a-z])")


def whole_named(t: str, f: str, s: Segment, q: Quantity) -> int | float | None:
    """The whole a count ``q`` is of, named in its sentence as a larger count of the same thing: before it ('trong 19
    chỉ tiêu ..., có 15 chỉ tiêu đạt và vượt'), or after it with 'tổng số' (_TOTAL_AFTER)."""
    head = q.unit.lower().split(" ")[0]
    for tm in (*TOTAL.finditer(f, s.start, q.start), *_TOTAL_AFTER.finditer(f, q.end, s.end)):
        if t[tm.start():tm.start() + 5].lower() == "trồng":
            continue    # (to plant, folded like 'trong')
        tv = parse_number(tm.group(1))
        if tv and tv > q.value and head == t[tm.start(2):tm.end(2)].lower().split(" ")[0]:
            return tv
    return None


_COUNT_END = re.compile(r"\d[ \t]+$")


def aim_between(f: str, a: int, b: int) -> bool:
    """An aim's word (AIM) between ``a`` and ``b`` that is no counted noun: 'Trong 9 mục tiêu của Chương trình, có 7 mục
    tiêu đạt' counts goals, where 'mục tiêu đến năm 2030 có 7 ...' sets one."""
    return any(not _COUNT_END.search(f, max(a, m.start() - 12), m.start()) for m in AIM.finditer(f, a, b))


# a clause that opens on a place and what it has, point (p) of our sets' conventions: 'xã có 14 thôn với khoảng 6.300 hộ
# dân', 'Huyện Tân Lạc có hơn 30.000 ha rừng' (a place's name between is capitalised in the source text; 'Toàn huyện
# có 310 hộ thoát nghèo, vượt 5% kế hoạch' counts what the whole reached, WHOLE_HAS's case)
_PLACE_HAS = _v(r"[ \t]*(?:tỉnh|huyện|xã|thành phố|phường|thị xã|quận)((?:[ \t]+[a-z]+){0,3}?)"
                r"[ \t]+(?:hiện[ \t]+)?có[ \t]+(?:khoảng[ \t]+|gần[ \t]+|trên[ \t]+|hơn[ \t]+)?\d")


# what a place is made of, counted with nothing after the noun: its villages, households, people, area ('xã có 11 thôn
# với khoảng 4.100 hộ dân'); more words after the noun say what came to them ('có 42 hộ thoát nghèo'), a result
_MAKEUP = _v(r"(?:thôn|bản|xóm|ấp|buôn|tổ dân phố|khu phố|khu dân cư|hộ|hộ dân|hộ gia đình|nhân khẩu|khẩu|người|dân số"
             r"|xã|phường|thị trấn|đơn vị hành chính|ha|km|km2)")


def place_has(f: str, q: Quantity) -> bool:
    """``q`` counts what a place is made of (_MAKEUP, the whole of its unit), not what came to some of it."""
    return bool(q.unit) and _MAKEUP.fullmatch(f, q.end - len(q.unit), q.end) is not None


def place_state_end(t: str, f: str, fp: str, c: Segment) -> int | None:
    """Where the part of the clause ``c`` that says what a place has ends (at its first comma), where no word of a
    result is in that part (OUTCOME, DONE_STATE): a state, not a result ('xã có 14 thôn', not 'xã có 14
    thôn đạt chuẩn văn hóa'); else None."""
    m = _PLACE_HAS.match(f, c.start, c.end)
    if m is None or not all(w[:1].isupper() for w in t[m.start(1):m.end(1)].split()):
        return None
    end = f.find(",", m.end(), c.end)
    end = c.end if end < 0 else end
    if DONE_STATE.search(fp, c.start, end) or OUTCOME.search(fp, c.start, end):
        return None
    return end


# a document the sentence says is issued, and the words of its goals after it: 'Đảng ủy xã ban hành Kế hoạch số
# 14-KH/ĐU ngày 10/9/2025 thực hiện Chương trình ..., phấn đấu đến năm 2028 có ...'
_ISSUES = _v(r"(?<![a-z])ban hành[ \t]+")
_GOAL_WORDS = _v(r"(?<![a-z])(?:phấn đấu|mục tiêu|chỉ tiêu)(?![a-z])")


def issued_goals_doc(f: str, start: int, at: int, doc_named_at) -> str | None:
    """The document the sentence from ``start`` says is issued before the goal at ``at`` with its goals' words between
    (the goals it sets, not those of the document it carries out), else None."""
    last = max(_ISSUES.finditer(f, start, at), key=lambda m: m.start(), default=None)
    if last is None or not _GOAL_WORDS.search(f, last.end(), at):
        return None
    return doc_named_at(last.end())


# a count of goals in a state, as kg.extract.quantities writes its unit ('chỉ tiêu (còn chưa đạt)'; 'còn' says it is the
# rest, and adds nothing to the state); the states of goals not reached
_TALLY_UNIT = re.compile(r"(chi tieu|muc tieu|tieu chi) \((?:con )?([^()]+)\)")
_UNREACHED = re.compile(r"(?<![a-z])(?:chua|khong)(?![a-z])")


def rest_of_tally(outcomes: list[Outcome]) -> list[Outcome]:
    """The goals left undone, counted after a tally with no whole of their own ('..., có 9/12 chỉ tiêu đạt và vượt.
    ... Còn 3 chỉ tiêu chưa đạt là ...'): they count in the whole of the last tally of the same goals and document
    before them. Where that tally already counted as many in that state ('7 chỉ tiêu vượt, 2 chỉ tiêu đạt, 3 chỉ tiêu
    chưa đạt. ... Còn 3 chỉ tiêu chưa đạt là ...') the count is said again, and kept once."""
    last: dict[tuple[str, str | None], tuple[int | float, set[tuple[float | None, str]]]] = {}
    dropped: set[int] = set()
    for o in sorted(outcomes, key=lambda o: o.span or (0, 0)):
        m = _TALLY_UNIT.fullmatch(fold_same_length((o.unit or "").lower()))
        if m is None:
            continue
        key, state = (m.group(1), o.document), m.group(2).strip()
        if o.of is not None:
            whole, counted = last.get(key, (o.of, set()))
            last[key] = (o.of, counted if whole == o.of else set())
            last[key][1].add((o.value, state))
        elif key in last and _UNREACHED.search(state):
            if (o.value, state) in last[key][1]:
                dropped.add(id(o))
            else:
                o.of = last[key][0]
    return [o for o in outcomes if id(o) not in dropped]


# a request or work set ahead ('đề nghị ... tổ chức 10 lớp', 'sẽ mở 4 lớp', 'mỗi chi hội ...'), matched on the source text:
# folded, 'cần' would be 'cán' (cán bộ) and 'mỗi' 'mới' or 'môi' (môi trường)
_ASKED_AHEAD = re.compile(r"(?<![^\W\d_])(?:đề nghị|yêu cầu|đề xuất|kiến nghị|cần|sẽ|tiếp tục|dự kiến|phải|phấn đấu|mỗi"
                          r"|hằng năm|hàng năm)(?![^\W\d_])", re.I)


def organised_count(t: str, f: str, s: Segment) -> bool:
    """The sentence ``s`` reports sessions a body held (ORGANISED) with nothing before it that asks for them: at a
    review the text reports, a result of the span reviewed, whether or not the sentence says 'đã'."""
    m = ORGANISED.search(f, s.start, s.end)
    return m is not None and not _ASKED_AHEAD.search(t, s.start, m.start())


def asked(t: str, s: Segment) -> bool:
    """The sentence ``s`` of the source text ``t`` asks for work or sets it ahead (_ASKED_AHEAD): a figure in it is no
    result told bare."""
    return _ASKED_AHEAD.search(t, s.start, s.end) is not None
