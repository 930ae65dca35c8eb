"""The lead-in a sentence's figures are read under (kg.extract.quantities): a line ending on ':' that names goals
('Các chỉ tiêu chủ yếu đến năm 2030:') makes the items under it goals of its period, one that names results ('Kết quả
đạt được:') makes them results, and a heading line ('2. Các chỉ tiêu chủ yếu', 'a) Đến năm 2025') opens a list as a
colon would. The lead-in holds over the list's items and closes on a plain sentence or a Roman-numbered heading."""
from __future__ import annotations

import re

from kg.extract.figures import DIGIT, find_quantities
from kg.extract.literals import may_match
from kg.extract.modality import (
    RESULT_WORDS, RESULTS_LINE, ROMAN_LINE, SPECIFIC_LEAD, TARGET_CUE, inside, is_line, note_on_item_line, period_of,
    plain_line_under,
)
from kg.extract.quantity_cues import BY_YEAR_HEADING, GOAL_HEADING, GOALS_MET, SPECIFIC, YEAR
from kg.extract.text import Segment, folded_pattern
from kg.facts import Target

# a lead-in that only names indicators ('Một số chỉ tiêu chủ yếu:', 'Các chỉ tiêu chính theo Nghị quyết HĐND huyện như
# sau:', 'Cụ thể các chỉ tiêu như sau:'), no words that set them ('đề ra', 'giao', 'phấn đấu', 'cần đạt', a year ahead)
_BARE_INDICATORS_LEAD = folded_pattern(r"[ \t]*(?:(?:\d{1,2}|[a-zđ])[.)][ \t]*)?(?:cụ thể[ \t]+)?(?:một số|các|những)[ \t]+chỉ tiêu"
                                       r"(?:[ \t]+(?:chủ yếu|chính|cơ bản|quan trọng|kinh tế - xã hội))?"
                                       r"(?:[ \t]+(?:theo|của)[ \t]+(?:nghị quyết|kế hoạch)[^:;,.\d]{0,40}?)?"
                                       r"(?:[ \t]+(?:như sau|cụ thể))?[ \t]*:[ \t]*")
# a lowercase letter item of a list lettered a), b), ... h), i), k) ... u), v), x): no Roman numeral, which heads a part
_LETTER_ITEM = re.compile(r"[ \t]*[ivx]\)")


# the number of a heading a level down: '2.2.', '1.3', 'II.1.'
_SUB_NUMBER = re.compile(r"[ \t]*(?:\d{1,2}|[ivx]{1,4})\.\d{1,2}\.?[ \t]+(?=[a-z])")


class GoalLeads:
    """The lead-in in force over one text's sentences, read in order: ``lead`` holds the goals' period (a list of one,
    None where no goal lead-in holds), ``results_lead`` whether the items are results."""

    def __init__(self, t: str, f: str, fg: str, blocked, results_secs: list[tuple[int, int]], ref_year: int | None) -> None:
        self.t, self.f, self.fg, self.blocked, self.results_secs, self.ref_year = t, f, fg, blocked, results_secs, ref_year
        # (lines and cues most texts never hold: a text without their words is not scanned for them sentence by sentence)
        self.results_line_cue, self.specific_cue, self.goal_heading_cue = (
            may_match(x, f) for x in (RESULTS_LINE, SPECIFIC_LEAD, GOAL_HEADING))
        self.lead: list[str | None] | None = None   # a goal lead-in ending with ':' ('chỉ tiêu đến năm 2030:')
        self.results_lead = False       # a lead-in to results ('Kết quả thực hiện các chỉ tiêu năm 2024:')
        self.heading_lead = False       # the goals' lead-in is a heading line ('2. Các chỉ tiêu chủ yếu')

    def close(self, s: Segment, is_item: bool) -> None:
        """Ends the lead-ins the sentence ``s`` is no item of."""
        t, f = self.t, self.f
        if not is_item and (self.lead is not None or self.results_lead) and self._sub_heading(s):
            is_item = True                           # '2.2. Về xã hội' under '2. Các chỉ tiêu chủ yếu' divides, not ends
        if self.lead is not None and not is_item and not (self.heading_lead and plain_line_under(t, s)) \
                and not note_on_item_line(t, s):
            self.lead = None
        if self.lead is not None and ROMAN_LINE.match(f, s.start) and is_line(t, s) and not _LETTER_ITEM.match(t, s.start):
            self.lead = None                         # 'III. NHIỆM VỤ, GIẢI PHÁP' closes the goals above it
        if self.results_lead and not is_item:
            self.results_lead = False

    def _sub_heading(self, s: Segment) -> bool:
        """``s`` is a heading line a level down that groups the goals and gives none ('2.2. Về xã hội' under '2. Các
        chỉ tiêu chủ yếu', '2.1 Lĩnh vực kinh tế'): the lead-in holds over the items under it."""
        # (the line read whole: the sentences split it after its number, '2.2.' / 'Về xã hội')
        start = self.t.rfind("\n", 0, s.start) + 1
        end = self.t.find("\n", s.end)
        end = len(self.t) if end < 0 else end
        m = _SUB_NUMBER.match(self.f, start, end)
        return m is not None and end - start <= 80 and not DIGIT.search(self.f, m.end(), end)

    def _after_results(self, s: Segment, last_kind: tuple[str, int], para: int) -> bool:
        """A bare lead-in of indicators ('Một số chỉ tiêu chủ yếu:', 'Các chỉ tiêu chính như sau:') right after a paragraph
        of results, or in it, with no word that sets goals nor a year ahead: the figures of its items are what was
        reached (_BARE_INDICATORS_LEAD)."""
        f = self.f
        return last_kind[0] == "outcome" and para - 1 <= last_kind[1] <= para \
            and _BARE_INDICATORS_LEAD.fullmatch(f, s.start, s.end) is not None \
            and not TARGET_CUE.search(self.fg, s.start, s.end) \
            and not (self.ref_year and any(int(y) >= self.ref_year for y in YEAR.findall(f, s.start, s.end)))

    def read(self, s: Segment, stext: str, in_retro: bool, last_kind: tuple[str, int], targets: list[Target],
             para: int = -1) -> tuple[bool, bool]:
        """(skip, own): whether ``s`` is a lead-in whose figures are not read (its ``stext`` the folded words), and whether
        it is a goal lead-in with figures of its own (``last_kind``: what the last sentence with figures gave and its
        paragraph; ``para``: the paragraph of ``s``)."""
        t, f, fg, blocked, results_secs, ref_year = self.t, self.f, self.fg, self.blocked, self.results_secs, self.ref_year
        own_lead = False                      # a goal lead-in with figures of its own
        if stext.endswith(":") and (TARGET_CUE.search(fg, s.start, s.end) or re.search(r"(?<![a-z])chi tieu(?![a-z])", stext)):
            met = GOALS_MET.search(f, s.start, s.end)
            if RESULT_WORDS.search(f, s.start, s.end) or met or self._after_results(s, last_kind, para) or (
                    results_secs and inside(results_secs, s.start) and not SPECIFIC.search(f, s.start, s.end)
                    and not TARGET_CUE.search(fg, f.rfind("\n", 0, max(0, s.start - 1)) + 1, s.end)
                    and not (ref_year and any(int(y) > ref_year for y in YEAR.findall(f, s.start, s.end)))):
                # ('Các chỉ tiêu chủ yếu:' in the body of a report of results lists what was reached; not after a
                # line of aims, nor 'Chỉ tiêu cụ thể:', the words of a list of goals)
                self.results_lead, self.lead = True, None     # its items are results
                if not met:
                    return True, False
                # (the count of goals met is a result of its own, read as the items are)
            self.lead, self.heading_lead = [period_of(fg, s.start, s.end)], False
            # a lead-in may state goals of its own before its list: '..., để phấn đấu năm 2024 giảm ít nhất 20% số
            # vụ cháy rừng, ..., Chủ tịch UBND tỉnh yêu cầu:'
            if not find_quantities(t, f, s, blocked):
                return True, False
            own_lead = True
        if stext.endswith(":") and len(stext) <= 80 and RESULT_WORDS.search(f, s.start, s.end) \
                and (not DIGIT.search(f, s.start, s.end) or (in_retro and not find_quantities(t, f, s, blocked))):
            # a short lead-in to results: 'Kết quả cụ thể:', 'Kết quả đạt được:', 'Sau 5 năm thực hiện, đạt được một số
            # kết quả nổi bật như sau:' (its '5 năm' is the span, no figure)
            self.results_lead, self.lead = True, None
            return True, False
        if (self.results_line_cue and RESULTS_LINE.fullmatch(stext) and is_line(t, s)) \
                or (self.specific_cue and SPECIFIC_LEAD.fullmatch(stext) and last_kind[0] == "outcome"):
            # a heading line 'Kết quả đạt được' over its items; 'Cụ thể:' after results goes on with them
            self.results_lead, self.lead = True, None
            return True, False
        if self.specific_cue and SPECIFIC_LEAD.fullmatch(stext) and last_kind[0] == "target" and targets:
            self.lead = [targets[-1].period]         # ... and after goals, with goals
            return True, False
        if self.goal_heading_cue and GOAL_HEADING.fullmatch(stext) and is_line(t, s) and not RESULT_WORDS.search(stext):
            if results_secs and inside(results_secs, s.start) and not SPECIFIC.search(f, s.start, s.end) \
                    and not TARGET_CUE.search(fg, s.start, s.end) \
                    and not (ref_year and any(int(y) > ref_year for y in YEAR.findall(f, s.start, s.end))):
                self.results_lead, self.lead = True, None     # '1. Các chỉ tiêu chủ yếu' under 'I. KẾT QUẢ ĐẠT ĐƯỢC' heads results
                return True, False
            self.lead = [period_of(fg, s.start, s.end)]     # a heading line opens the list as a colon would
            self.heading_lead = True                 # (and its list may be plain lines, no marks: see plain_line_under)
            return True, False
        if self.lead is not None and BY_YEAR_HEADING.fullmatch(stext) and is_line(t, s):
            self.lead = [BY_YEAR_HEADING.fullmatch(stext).group(1)]   # 'a) Đến năm 2025': the period of the items under it
            return True, False
        return False, own_lead
