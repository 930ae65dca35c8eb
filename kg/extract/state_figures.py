"""Figures that tell how things stand, no goal or result, read figure by figure in a clause kg.extract.quantities has
found a goal or a result in: a present state ('hiện có khoảng 308.000 ha') and what a place has ('xã có 14 thôn'), who
came to an occasion, a share of the present state ('chiếm 97%'), the shape of a text ('3 nhóm giải pháp'), a budget,
a support level and its cap, the value a change started from, a threshold, what is left to reach a goal, and a count
that names the subject ('kế hoạch vốn của 3 chương trình')."""
from __future__ import annotations

from kg.extract.counts import place_has, place_state_end
from kg.extract.excluded_figures import ORGANISED
from kg.extract.figures import Quantity
from kg.extract.goal_compare import named_goal_before
from kg.extract.quantity_cues import (
    AND_ABOVE, AT_OCCASION, COUNT_IN_SUBJECT, DONE_STATE, FROM_BEFORE, FUNDS_OF, GAP_AIM, GAP_LEFT, MONEY, OCCASION_WORD,
    OUT_STRONG, PERSONS, SHARE, SPENT_WITH, STRUCTURE_NOUN, SUPPORT_CAP, TALLY_STATE, TO_AFTER, TOOK_PART, WITH_NOW,
    budget_before, now_has,
)
from kg.extract.text import Segment, folded_pattern
from kg.facts import Outcome

# a pace after 'lần' (times): '/quý', 'mỗi tháng', 'một năm' (not 'lần so với năm 2020', a ratio)
# the members a body is made of: 'gồm 13 đồng chí', 'gồm có 9 ủy viên' (not those it reached or admitted)
_MEMBERS = folded_pattern(r"(?:đồng chí|ủy viên|thành viên)(?![a-z])")
_MADE_OF = folded_pattern(r"(?<![a-z])gồm(?:[ \t]+có)?[ \t]+(?:(?:khoảng|hơn|trên)[ \t]+)?$")
_HOW_OFTEN = folded_pattern(r"[ \t]*(?:/[ \t]*|(?:mỗi|một|trên)[ \t]+)(?:ngày|tuần|tháng|quý|năm)(?![a-z])")


class StateFigures:
    """The figures of one text's sentences that state how things stand, asked in reading order: ``sentence`` as each
    sentence's figures are first read, ``clause`` for each clause of it, then ``skips`` for each figure."""

    def __init__(self, p, fp: str, main_doc: str | None, support_cue: bool) -> None:
        self.p, self.t, self.f, self.fp, self.main_doc, self.support_cue = p, p.text, p.folded, fp, main_doc, support_cue
        self.s = Segment(0, 0)
        self.in_retro = self.results_lead = self.own_lead = self.spent = False
        self.now_end: int | None = None          # where the last present-state figure of the sentence ends
        self.budget_end: int | None = None       # where the sentence's last budget amount ends
        self.state_end: int | None = None        # where what a place has ends in the clause (place_state_end)

    def sentence(self, s: Segment, in_retro: bool, results_lead: bool, own_lead: bool, spent: bool) -> None:
        """Starts the sentence ``s``: whether it is about the past, under a lead-in to results, a goal lead-in with
        figures of its own, and a total said spent."""
        self.s, self.in_retro, self.results_lead, self.own_lead, self.spent = s, in_retro, results_lead, own_lead, spent
        self.now_end = self.budget_end = None

    def clause(self, c: Segment, s_target: bool) -> None:
        """Starts the clause ``c`` (what a place has is looked for where the sentence sets no goal)."""
        self.state_end = None if s_target else place_state_end(self.t, self.f, self.fp, c)

    def skips(self, c: Segment, q: Quantity, qs: list[Quantity], kind: str, c_strong: bool,
              prev_in_sentence: list[Quantity], outcomes: list[Outcome], allocated) -> bool:
        """Whether the figure ``q`` of the clause ``c`` (its figures ``qs``, read as ``kind``, 'target' or 'outcome')
        states how things stand; ``allocated``: the starts of the sums the clause sets aside."""
        p, t, f, fp, s, main_doc = self.p, self.t, self.f, self.fp, self.s, self.main_doc
        in_retro, results_lead, own_lead, spent, state_end = (
            self.in_retro, self.results_lead, self.own_lead, self.spent, self.state_end)

        if (kind == "target" or main_doc or not c_strong) \
                and (now_has(t, f, max(c.start, q.start - 110), q.start)
                     or (self.now_end is not None and WITH_NOW.fullmatch(fp, self.now_end, q.start))) \
                and not (kind == "outcome" and not main_doc and q.of is not None
                         and DONE_STATE.search(fp, q.end, min(c.end, q.end + 30))):
            # (a part of a whole that has reached a standard is a result: 'hiện có 102/129 xã đạt chuẩn')
            self.now_end = q.end
            return True            # 'hiện có khoảng 308.000 ha': the present figure, not a goal or result
        if state_end is not None and q.start < state_end and not q.pct and q.of is None and place_has(f, q):
            return True            # what a place has (place_state_end), no result (a share of it may be one)
        if kind == "outcome" and not in_retro and not results_lead and q.unit and PERSONS.match(f, q.end - len(q.unit)) \
                and (AT_OCCASION.match(f, s.start)
                     or (TOOK_PART.match(f, q.end) and OCCASION_WORD.search(f, f.rfind("\n", 0, s.start) + 1, q.start) and not ORGANISED.search(f, s.start, q.start))):
            # (not those that sessions counted before reached) 'Ngay sau lễ ra quân, hơn 400 cán bộ ... đã thu gom rác', '... tổ chức lễ ra quân. Hơn 500 đoàn viên
            # đã tham gia ...': who came to an occasion, no result
            return True
        if kind == "outcome" and not c_strong and not in_retro and SHARE.search(f, max(c.start, q.start - 20), q.start) \
                and not (prev_in_sentence and outcomes and outcomes[-1].span == p.span(prev_in_sentence[-1].start, prev_in_sentence[-1].end)) and not named_goal_before(t, f, c.start, q.start, q.end):
            return True            # 'doanh nghiệp nhỏ chiếm 97%': a share in the present state (not a result's: 'đạt 3.120, chiếm 11%'; nor a goal's: 'chỉ tiêu ... chiếm 45% ... không đạt')
        if (own_lead or kind == "target" or (kind == "outcome" and not c_strong)) and not q.pct and q.of is None \
                and (sn := STRUCTURE_NOUN.match(t, q.end - len(q.unit))) and not TALLY_STATE.match(f, sn.end()):
            # ('7 mục tiêu đạt và vượt' is a tally of goals in a state)
            return True            # '3 nhóm giải pháp', '5 nhiệm vụ trọng tâm': the shape of a text, no goal or result
        if q.start not in allocated and not q.pct and q.unit and MONEY.match(f, q.end - len(q.unit)) \
                and budget_before(t, f, max(c.start, q.start - 60), q.start, self.budget_end) \
                and not OUT_STRONG.search(fp, s.start, q.start) and not spent \
                and not (kind == "outcome" and SPENT_WITH.search(f, max(c.start, q.start - 40), q.start)):
            self.budget_end = q.end
            return True            # a budget or its part (see budget_before): no goal or result, unless said spent
        if self.support_cue and (q.pct or (q.unit and MONEY.match(f, q.end - len(q.unit)))) \
                and SUPPORT_CAP.search(f, s.start, s.end):
            return True            # a support level and its cap (SUPPORT_CAP)
        if FROM_BEFORE.search(f, max(c.start, q.start - 6), q.start) and TO_AFTER.match(f, q.end, c.end):
            return True            # the value a change started from
        if kind == "outcome" and not q.pct and FROM_BEFORE.search(f, max(c.start, q.start - 6), q.start) \
                and AND_ABOVE.match(f, q.end) and any(o.start < q.start for o in qs) \
                and f.count("(", c.start, q.start) <= f.count(")", c.start, q.start):
            return True            # a threshold of what an earlier figure counts (AND_ABOVE; in brackets, a goal's)
        if GAP_LEFT.search(f, max(c.start, q.start - 14), q.start) and GAP_AIM.match(f, q.end - len(q.unit or ""), c.end):
            return True            # what is left to reach a goal (see GAP_LEFT)
        if not q.pct and ((f[max(c.start, q.start - 4):q.start] == "cua " and COUNT_IN_SUBJECT.match(f, q.end, c.end))
                          or (q.unit and not MONEY.match(f, q.end - len(q.unit)) and FUNDS_OF.search(f, max(c.start, q.start - 16), q.start))):
            return True            # 'kế hoạch vốn của 3 chương trình là ...': the count names the subject
        if kind == "outcome" and q.unit and q.unit.startswith("lần") and _HOW_OFTEN.match(f, q.end - len(q.unit) + 3):
            return True            # how often the work was done ('sinh hoạt chuyên đề ít nhất 1 lần/quý'): a routine's
            # pace, a goal where a plan sets it, never a result
        if kind == "outcome" and not prev_in_sentence and q.unit and _MEMBERS.match(f, q.end - len(q.unit)) \
                and _MADE_OF.search(f, max(c.start, q.start - 16), q.start):
            # the size of a body set up ('Ban Chỉ đạo ..., gồm 13 đồng chí'): a state, point (p) (not a part of a count
            # before it: 'kết nạp 15 đảng viên, gồm 6 đồng chí nữ')
            return True
        return False
