"""How a figure is measured (kg.extract.quantities): the plan a share or a count of goals is measured against ('đạt 120%
kế hoạch HĐND huyện giao', '14/15 chỉ tiêu thi đua do Trung ương Hội giao'), the state a count of goals is in ('3 chỉ
tiêu chưa đạt'), and the comparator of a goal ('ít nhất', 'không quá', 'trở lên')."""
from __future__ import annotations

import re

from kg.extract.figures import PLAN_PCT, TALLY_NOUN, Quantity
from kg.extract.quantity_cues import AGAINST, BARE_PLAN_END, GE, LE, NOT_LET_OVER, TALLY_LEAD_WORDS, doc_in_words_after
from kg.extract.text import Segment, folded_pattern


def measured_plan(t: str, f: str, q: Quantity, c: Segment, ib: int, tally, doc_named_at, plan_before) -> str | None:
    """The plan the share or the count of goals ``q`` of the clause ``c`` is measured against (``ib``: where the
    figure's item ends; ``tally``: the match of a count of goals' noun, if ``q`` is one); a share's unit becomes the
    plan's ('% kế hoạch'). ``doc_named_at(pos)`` and ``plan_before(pos)`` as kg.extract.quantities.classify takes them."""
    plan_doc = None
    pp = PLAN_PCT.match(f, q.end) if q.pct else None
    if pp:
        q.unit = "% " + t[pp.start(1):pp.end(1)].lower()   # 'đạt 120% kế hoạch': a share of a plan
        # 'đạt 120% kế hoạch HĐND huyện giao': the share is said of the plan another level set; the
        # amount before it ('đạt 520 tỷ đồng, vượt 15% ...') stays with the document reviewed
        plan_doc = doc_named_at(q.end) if doc_named_at is not None else None
        if plan_doc is None and plan_before is not None and BARE_PLAN_END.match(f, pp.end()) and not (f.startswith(" von", pp.end()) and doc_named_at is not None and doc_named_at(c.start)):
            # 'đạt 114% chỉ tiêu' with no plan named: the plan another level set, named just before in its
            # paragraph ('trong 14 chỉ tiêu Trung ương Đoàn giao, ...'); it measures its own clause's result
            plan_doc = plan_before(q.start)
            if plan_doc is not None and ("dự toán" in plan_doc.lower()) != (pp.group(1) == "du toan"):
                plan_doc = None     # a budget estimate ('dự toán') measures no other kind of plan's figure
    elif tally and doc_named_at is not None:
        # '14/15 chỉ tiêu thi đua do Trung ương Hội giao': the count of goals another level set
        named = doc_named_at(q.end - len(q.unit))
        plan_doc = named if named and named.startswith("KH:") else None
        against = AGAINST.search(f, q.end, ib)
        if plan_doc is None and against is not None:
            plan_doc = doc_named_at(against.end())  # '8/10 chỉ tiêu đạt và vượt so với Nghị quyết Đại hội ...'
        if plan_doc is None:
            plan_doc = doc_in_words_after(f, TALLY_NOUN.match(f, q.end - len(q.unit)).end(), ib, doc_named_at)
    return plan_doc


def tally_unit(t: str, f: str, q: Quantity, ia: int, ib: int) -> str:
    """The unit of a count of goals with the state it counts them in: 'chỉ tiêu (đạt và vượt)' (``ia``, ``ib``: the
    bounds of the figure's item)."""
    noun = TALLY_NOUN.match(f, q.end - len(q.unit)).group(0)
    before_w = TALLY_LEAD_WORDS.sub("", t[ia:q.start]).split()
    if any(w.lower() == "có" for w in before_w):     # ('năm 2024 có 17/19 chỉ tiêu ...': the time, no state)
        before_w = before_w[len(before_w) - [w.lower() for w in before_w][::-1].index("có"):]
    against = AGAINST.search(f, q.end, ib)
    after_w = t[q.end - len(q.unit) + len(noun):against.start() if against else ib].split()
    # ('2 chỉ tiêu chưa đạt là tỷ lệ ...', '1 chỉ tiêu chưa đạt (tỷ lệ ...)': what follows names the
    # goals, not their state)
    after_w = after_w[:next((i for i, w in enumerate(after_w) if w.lower().rstrip(":") in ("là", "gồm") or w.startswith("(")),
                            len(after_w))]
    status = " ".join((before_w if len(before_w) <= 3 else []) + after_w[:6]).strip(" ,;:.")
    return t[q.end - len(q.unit):q.end - len(q.unit) + len(noun)] + (f" ({status.lower()})" if status else "")


# a share's bound after the things it counts, before what they do: '80% chi đoàn trở lên được xếp loại vững mạnh', '90%
# hộ trở lên dùng nước sạch' (one or two words of the noun; not a grade's bound after a verb, 'đạt 90% đoàn viên xếp
# loại hoàn thành tốt nhiệm vụ trở lên')
_COUNTED_AND_ABOVE = folded_pattern(r"[ \t]+(?:(?!(?:đạt|được|xếp|hoàn|loại|từ|có|là)(?![a-z]))[a-z]+[ \t]+){1,2}trở lên(?![a-z])")


def goal_comparator(f: str, c: Segment, q: Quantity) -> str | None:
    """How the goal ``q`` of the clause ``c`` bounds what is to be reached: '>=' ('ít nhất', 'trở lên', a range's lower
    bound), '<=' ('không quá') or '='."""
    comp: str | None = "="
    before = f[max(0, q.start - 24):q.start]     # (the longest: 'không được vượt quá ')
    if GE.search(before):
        comp = ">="
    elif LE.search(before) or NOT_LET_OVER.search(f, c.start, q.start):
        comp = "<="
    if q.lower_bound:
        comp = ">="         # a range keeps its lower bound: 'giải quyết việc làm cho 20.000 - 25.000 lao động'
    if comp == "=":
        after = f[q.end:min(c.end, q.end + 70)]
        if re.match(r"[^\d;]{0,60}?(?<![a-z])tro len(?![a-z])", after) and GE.search(before):
            comp = ">="
        elif re.match(r"[ \t]*tro len", after) or (q.pct and _COUNTED_AND_ABOVE.match(after)):
            comp = ">="
    return comp
