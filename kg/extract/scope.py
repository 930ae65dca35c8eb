"""Which document a fact belongs to (its scope): the text's own document, the documents its lead
names, and for any offset the document its sentence, paragraph or mention list is about.

    scope = Scope.build(p, df, docs, links, events, sents, paras, tdate)
    scope.context_doc(pos)      # the document in context at ``pos`` (or None)
    scope.opening_doc(pos)      # the document its sentence names in its opening phrase

A fact is not given the last symbol named before it: a sentence that opens on a document
('Qua 3 năm thực hiện Kết luận 21, ...') keeps it for the rest of its paragraph; a document cited
as a basis or implemented by the text's own plan hands its facts to the document built on it; a
review's results stay with the documents issued by then (kg.extract.report_scope moves them, and a report's
or an official text's own results, once facts are classified)."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from kg.extract.bodies import body_regex
from kg.extract.level_paragraphs import own_level_doc
from kg.extract.quantity_cues import ITEM
from kg.extract.scope_goals import goal_named_with, own_plan_of, year_plan_goal
from kg.extract.scope_close import SET_APART, item_closed, past_span, same_section
from kg.extract.scope_index import ScopeIndex
from kg.extract.section_plans import measured_against, under_heading
from kg.extract.scope_quotes import in_quoted
from kg.extract.review_plans import (last_plan_carrying_out, measured_earlier, reviewed_by_type_word, share_of_plan,
                                     tied_in_clause)
from kg.extract.text import Segment, fold_same_length, folded_pattern
from kg.extract.text_focus import ISSUED_BEFORE, LOCAL_LEVELS

# a count over the whole country, not a local one
_NATIONWIDE = folded_pattern(r"(?<![a-z])(?:cả nước|toàn quốc)(?![a-z])")
# a sentence that opens by naming the document it is about: 'Qua hơn 3 năm thực hiện Kết luận 21, ...', 'Để tiếp tục
# thực hiện hiệu quả Chỉ thị 40, ...', 'Sau 6 tháng triển khai Kế hoạch số 46-KH/TU, ...' (a short lead-in before it:
_OPENS_ON_DOC = folded_pattern(
    # 'Theo Chỉ thị, thời gian qua, trên cơ sở quán triệt và thực hiện ...', 'Báo cáo tại hội nghị cho biết, ...')
    r"[ \t\n]*(?:(?:theo|báo cáo)[ \t]+[^,.;\n]{1,40},[ \t]*)?(?:(?:thời gian qua|những năm qua|thời gian vừa qua)[ \t]*,[ \t]*)?"
    r"(?:trên cơ sở[ \t]+(?:quán triệt(?:[ \t]+và|,)[ \t]+)?(?:thực hiện|triển khai)"
    r"|(?:(?:qua|sau|để|nhằm|trong|kết quả)(?:[ \t]+(?:hơn|gần|gắn|tròn|những)?[ \t]*(?:\d{1,2}|một|hai|ba|bốn|năm|sáu|mười)"
    r"[ \t]+(?:năm|tháng|quý))?[ \t]+)?(?:tiếp tục[ \t]+)?(?:triển khai[ \t]+)?(?:thực hiện|triển khai|quán triệt|thi hành)"
    r"(?:[ \t]+(?:có hiệu quả|hiệu quả|tốt|nghiêm túc))?"
    # a paragraph set apart for one document: 'Riêng Kế hoạch số 12-KH/TU ..., ', 'Đối với Chương trình 05-CTr/HU, ' (or a goal)
    r"|" + SET_APART + r"|(?:riêng|đối với)(?:[ \t]+việc[ \t]+(?:thực hiện|triển khai))?)[ \t]+")
_BARE_OPENER = folded_pattern(r"[ \t\n]*(?:tiếp tục[ \t]+)?(?:thực hiện|triển khai|quán triệt)(?![a-z])")
_YEAR_PLAN = folded_pattern(r"(?<![a-z])kế hoạch phát triển kinh tế[ \t]*-?[ \t]*xã hội(?:[ \t]+năm[ \t]+\d{4})?(?![a-z])")
# a clause about a document again ('...; đến nay kế hoạch đã hỗ trợ 96 hộ'): the types that carry out or review others,
# fewer than NUMBERED_TYPE_WORDS on purpose (a clause on 'hướng dẫn' or 'báo cáo' is no document's again)
_TYPE_WORD = folded_pattern(r"(?<![a-z])(?:nghị quyết|chỉ thị|kết luận|kế hoạch|chương trình|đề án|quyết định)(?![a-z])")
# the goals the document is issued with, listed after a colon: 'thông qua Nghị quyết ... với các chỉ tiêu: ...; ...'
_GOALS_LEAD = folded_pattern(r"(?<![a-z])với[ \t]+(?:các[ \t]+)?(?:mục tiêu|chỉ tiêu)[^.;:\n]{0,40}:")
_COMMA = re.compile(r",[ \t]+")
# a document cited in passing at the opening of a sentence: 'Theo Kết luận số 14-KL/TW của Bộ Chính trị, ...'
_CITED_BY_THE_WAY = folded_pattern(r"[ \t\n]*(?:theo|căn cứ|trên cơ sở)[ \t]+[^.;\n]{0,40}?(?=\S*$)")
# a document as the subject of its sentence, setting goals: 'Nghị quyết đề ra mục tiêu ...', 'Kế hoạch đặt chỉ tiêu ...',
# or requiring what has a figure: 'Chỉ thị yêu cầu ... chỉ đạo 100% thôn ký cam kết' (read after the mention and its subject)
# (or the horizon of its goals straight after the verb: 'Chương trình số 47 xác định đến năm 2030 kinh tế số chiếm 25%')
_SETS_GOALS = folded_pattern(r"[ \t]*,?[ \t]*(?:cũng[ \t]+|đã[ \t]+)?(?:(?:đề ra|đặt ra|xác định|đặt|nêu)[ \t]+"
                             r"(?:các[ \t]+|những[ \t]+)?(?:\d+[ \t]+)?(?:mục tiêu|chỉ tiêu)|yêu cầu"
                             r"|(?:đề ra|đặt ra|xác định)[ \t]+(?:từ nay[ \t]+)?đến[ \t]+(?:hết[ \t]+)?năm[ \t]+\d{4}"
                             # (or the quota it gives a body: 'Chương trình 05-CTr/TU giao xã Hòa Bình chỉ tiêu ...')
                             r"|giao(?:[ \t]+cho)?[ \t]+[^.,;:\n]{1,50}?[ \t]+(?:chỉ tiêu|mục tiêu))(?![a-z])")
_CLAUSE_COMMA = re.compile(r",")
# a sentence that opens on the document it follows or carries out, then an aim no document issued after it sets
_ACCORDING_TO = folded_pattern(r"[ \t\n]*(?:\d{1,2}\.[^.:;\n]{1,60}:[ \t]*)?(?:(?:trong[ \t]+)?năm[ \t]+\d{4}[ \t]*,[ \t]*)?(?:theo|(?:để[ \t]+)?(?:tiếp tục[ \t]+)?thực hiện)[ \t]+")
# a sentence (after a list item's label: '4. Xây dựng nông thôn mới: ') that opens on what it carries out
_CARRIED_OUT_FIRST = folded_pattern(r"[ \t\n]*(?:[-+•][ \t]*)?(?:\d{1,2}\.[^.:;\n]{1,60}:[ \t]*)?(?:để[ \t]+)?(?:tiếp tục[ \t]+)?"
                                    r"(?:thực hiện|triển khai)[ \t]+")
# ... and one that names it by the way at its opening, for that aim alone (Scope._cited_for_aim)
_CITED_FOR = folded_pattern(r"[ \t\n]*(?:cũng[ \t]+)?theo[ \t]+")
_AIM_AFTER = folded_pattern(r"[ \t]*,(?:(?!ban hành)[^.\n])*?(?<![a-z])(?:phấn đấu|đặt mục tiêu|đến năm \d{4})(?![a-z\d])")
# a document as the subject of its sentence, weighing what was done: 'Kết luận đánh giá, qua 5 năm, ...'
_ASSESSES = folded_pattern(r"[ \t]*(?:cũng[ \t]+)?(?:đánh giá|nhận định|nhận xét)(?![a-z])")
# the document an amending or replacing one took the place of, called old: 'chính sách cũ', 'quy định cũ'
# (its own words, not a list of types: 'chính sách' is none, and a 'kết luận' is not amended or replaced)
_OLD_ONE = folded_pattern(r"(?<![a-z])(?:chính sách|quy định|nghị quyết|chỉ thị|kế hoạch|quyết định|đề án|chương trình)"
                          r"[ \t]+(?:trước đây[ \t]+|trước[ \t]+)?cũ(?![a-z])")
# the whole a tally of goals is counted in, named with its document: 'trong 17 chỉ tiêu của Nghị quyết, có 5
# chỉ tiêu đã đạt', 'Đối với 12 chỉ tiêu của Kế hoạch số 20-KH/TU: vượt 4 chỉ tiêu, ...'
_GOALS_OF = folded_pattern(r"(?<![a-z])(?:trong|trong tổng số|trong số|đối với)[ \t]+\d{1,3}[ \t]+(?:(?:chỉ tiêu|mục tiêu|tiêu chí)"
                           r"(?:[ \t]+(?:chủ yếu|cơ bản|chính|cụ thể))?[ \t]+(?:của|theo|tại|trong)[ \t]+)?$")
# a document taken to people, the figure saying to how many: 'quán triệt Nghị quyết tới 100% tổ chức cơ sở đảng',
# 'học tập, phổ biến Chỉ thị đến hơn 12.000 đảng viên': the reach is that document's result, as it is named
_SPREAD = r"(?:quán triệt|học tập|phổ biến|tuyên truyền|triển khai|thông tin)"
_SPREAD_BEFORE = folded_pattern(rf"(?<![a-z]){_SPREAD}(?:[ \t]*(?:,|và)[ \t]*{_SPREAD})*[ \t]+$")
_SPREAD_TO = folded_pattern(r"[ \t]+(?:tới|đến|cho)[ \t]+(?:(?:gần|hơn|trên|khoảng)[ \t]+)?")


class Scope(ScopeIndex):
    """The scope queries over the index (``Scope.build`` builds one a text)."""

    def _own_opener(self, k: int) -> tuple[str | None, int]:
        if k not in self._opener:
            st = self.sents[k].start
            m = _OPENS_ON_DOC.match(self.p.folded, st, min(self.sents[k].end, st + 90))
            mn = self._mention_at.get(m.end()) if m else None
            key = mn.key if mn is not None else None
            at = mn.start if mn is not None else 0
            if m and mn is None and self.reviewed:      # ('Sau 8 năm thực hiện Đề án, ...')
                key, at = reviewed_by_type_word(self.p.folded, m.end(), self.mentions, self.reviewed), m.end()
            if key in self.local_for and _BARE_OPENER.match(self.p.folded, st):
                # a central document carried out, with no span or purpose before it ('Thực hiện Chỉ thị số 42-CT/TW,
                # ...'): the local plan of its chain takes it, as for a document named in the sentence (context_doc)
                key = None
            self._opener[k] = (key, at) if key else (None, 0)
        return self._opener[k]

    def _opening_end(self, at: int, end: int) -> int:
        """Where the opening phrase of a sentence ends: at the comma before its subject ('..., các cấp ủy đã ...')."""
        f = self.p.folded
        for m in _COMMA.finditer(f, at, end):
            if body_regex().match(f, m.end()):
                return m.start()
        return at

    def opening_doc(self, pos: int) -> str | None:
        """The document a sentence names in its opening phrase (see _OPENS_ON_DOC); the following
        sentences of the same paragraph keep it until another document is named."""
        k = bisect_right(self._sent_starts, pos) - 1
        if k < 0:
            return None
        pi = bisect_right(self._para_starts, pos) - 1
        pstart = self._para_starts[pi] if pi >= 0 else 0
        for j in range(k, max(-1, k - 6), -1):
            if self.sents[j].start < pstart:
                break
            key, at = self._own_opener(j)
            if key and at < pos:
                # the rest of a list it opens ('Kết luận 100, Kế hoạch 25 và Kết luận 111, các cấp ủy đã ...') is
                # the same opening; a document named after the list ends it
                g = bisect_right(self._gstarts, at) - 1
                list_end = self._gstarts[g + 1] if 0 <= g < len(self._gstarts) - 1 else len(self.p.folded)
                if j == k:
                    list_end = max(list_end, self._opening_end(at, self.sents[j].end))
                i = bisect_right(self._keyed, (at, "\uffff"))
                while i < len(self._keyed) and self._keyed[i][0] < pos:
                    # (the document the opening one carries out, named in its sentence, does not end it: 'Thực hiện Kế hoạch
                    # số 15-KH/ĐU ..., được ban hành để thực hiện Nghị quyết ...', nor another level's plan, a yardstick)
                    if self._keyed[i][1] != key and (j > k or self._keyed[i][0] >= list_end) \
                            and not self._mention_at[self._keyed[i][0]].yardstick \
                            and not (self._keyed[i][0] < self.sents[j].end and self.up_of.get(key) == self._keyed[i][1]):
                        return None
                    i += 1
                return key
        return None

    def context_doc(self, pos: int) -> str | None:
        """The document in context at ``pos``: a plan its clause ties it to (kg.extract.review_plans), the one its sentence
        opens on, else the list of mentions before it, handed on to the document built on it where the text says so."""
        if self.quoted and in_quoted(self.quoted, pos):
            return self.amended         # (the amended document's new wording, quoted by the text that amends it)
        k = bisect_right(self._sent_starts, pos) - 1
        if k >= 0 and (tied := tied_in_clause(self.p.folded, pos, self.sents[k].end, self._starts, self._mention_at)):
            return tied
        if self.reviewed and k >= 0 and (measured := measured_earlier(self.p.folded, self.sents[k].start, pos, self._starts,
                                                                       self._mention_at)):
            return measured
        if self._headings and (first := self._section_opening(pos)) is not None:
            return self._in_context(first)
        return tied if self.reviewed and (tied := self._tied_plan(pos)) else self._in_context(pos)

    def _section_opening(self, pos: int) -> int | None:
        """Where the first document named in the first sentence of a section ends, where ``pos`` stands in the section's
        heading (kg.extract.scope_close.section_headings): a heading sums up its section ('Đường giao thông nông thôn hoàn
        thành 64%' over 'Đề án ... phê duyệt tại Quyết định số 25/QĐ-UBND, đến nay đã làm 640 km'), its figure is about
        what the section is about, not the document the section before named; None elsewhere."""
        pi = bisect_right(self._para_starts, pos) - 1
        h = bisect_left(self._headings, pi)
        if pi < 0 or h == len(self._headings) or self._headings[h] != pi or pi + 1 >= len(self.paras):
            return None
        start = self.paras[pi + 1].start
        ks = bisect_right(self._sent_starts, start) - 1
        end = min(self.paras[pi + 1].end, self.sents[ks].end) if ks >= 0 else self.paras[pi + 1].end
        i = bisect_right(self._keyed, (start, ""))
        if i == len(self._keyed) or self._keyed[i][0] >= end:
            return None
        mn = self._mention_at[self._keyed[i][0]]
        return max(mn.end, mn.tail_end)

    def _in_context(self, pos: int) -> str | None:
        """context_doc without the ties of a figure's own clause (an earlier item of a list is asked here)."""
        named = self.opening_doc(pos) or own_level_doc(self.p, self.sents, self._sent_starts, self._para_starts,
                                                       self._keyed, self.docs, self.reviewed, pos)
        if named:
            return named
        k = bisect_right(self._gstarts, pos) - 1
        if k >= 0 and (item := item_closed(self.p.folded, self.paras, self._para_starts, self.groups[k][0], pos)) is not None:
            return self._in_context(item)       # named inside an earlier item of the list, kg.extract.scope_close
        if k >= 0 and (cited := self._cited_for_aim(self.groups[k][0], pos)) is not None:
            return self._in_context(cited)
        if k < 0:
            # nothing named yet: a document named later is not this fact's, but for the one document a review
            # conference reviews ('5 năm qua, toàn tỉnh đã cải tạo 1.200 ha chè ... Đó là kết quả được nêu tại hội
            # nghị sơ kết 5 năm thực hiện Nghị quyết số 09-NQ/TU')
            return self.reviewed_alone if self.main_doc is None else None
        key = self._year_plan_in_list(k) or self.groups[k][1]
        if self._headed_by(key, self.groups[k][0], pos):
            return key      # (a report's section under a heading that names the document its results are of, (ak) 2)
        if self.report_doc and key != self.report_doc and self._section_on_plan(key, self.groups[k][0], pos):
            return key      # (the section opens on the plan's goals: its later paragraphs go on with the plan, (ak) 2)
        if self.report_doc and (key == self.report_doc or self._said_in_a_paragraph_before(self.groups[k][0], pos)):
            # (the document a report answers keeps its results, though the report also says a plan was built on it)
            return self.report_doc
        if self.reviewed and key not in self.reviewed and self._instrument(self.groups[k][0], pos):
            return self._central_first(self._reviewed_before(pos), pos)
        if key in self.reviewed[1:] and self._last_named_before_paragraph(key, pos) and not self._nationwide(pos) \
                and not self._named_in_sentence(key, pos):
            # (a review of two documents, or of one and the local plan carrying it out: a new paragraph that names none
            # is the first one's; one whose sentence names the later one again, if only as the goal its figure falls
            # short of, 'đạt 62%, trong khi Nghị quyết số 46 đặt mục tiêu 65%', stays that one's)
            return self.reviewed[0]
        if (answers := self.report_doc or self._own_report()) and key != answers \
                and (d := self.docs.get(key)) is not None and d.level == "central" and self._cited_as_basis(self.groups[k][0], pos):
            # (a national programme a local report's item says it carries out: what the item counts is the reported
            # document's work; a local đề án so named keeps its own)
            return answers
        if key in self.basis_of:
            key = self.basis_of[key]
        if key in self.old_of and self._says_old(pos):
            return self.old_of[key]
        # (not one the text's own replaces or amends: 'Ba năm thực hiện Chỉ thị số 09-CT/TU, ... đã bắt giữ 3.418 vụ' in
        # the directive that replaces it are the old directive's results)
        if (key in self.upstream or self._in_preamble(self.groups[k][0])) and key not in self.reviewed \
                and self.main_doc is not None and (self.main_doc, key) not in self.old_pairs \
                and self._first_named.get(self.main_doc, pos) < pos and not past_span(self.p.folded, self._sent_starts, pos):
            return self.main_doc
        # a central document named in a local chain ('Kế hoạch số 94-KH/TU ... thực hiện Nghị quyết
        # số 20-NQ/TW'): results counted locally belong to the local document of that chain
        # (once the text has named the local one: a plan named only after the figures is not theirs)
        if key in self.local_for and self._first_named.get(self.local_for[key], pos) < pos \
                and not self._nationwide(pos):
            local = self.local_for[key]
            # (at a review of the central document, a local one said issued for it in an earlier sentence is its
            # instrument: 'thực hiện Quyết định số 06/QĐ-TTg ..., Tỉnh ủy đã ban hành Chỉ thị số 16-CT/TU ... Đến nay,
            # toàn tỉnh đã cấp ...' are the reviewed decision's results)
            if key in self.reviewed and local not in self.reviewed and (
                    (self._issued_earlier(local, pos, key) and self.docs[local].type not in ("KH", "CTr"))
                    or self._last_named_before_paragraph(local, pos)):
                # (or named in an earlier paragraph, unless measured against it, _tied_plan; a plan issued for it goes on
                # with its paragraph's results: 'ban hành Kế hoạch số 52-KH/HU ... Kết quả, 100% ...')
                return key
            if key in self.reviewed and local in self.reviewed and self.reviewed[0] == key:
                # (a conference that reviews the central document first and the local plan beside it: what is not
                # tied to the plan is the central one's, 'sơ kết 1 năm thực hiện Nghị quyết số 46-NQ/TW ..., Chương
                # trình hành động số 61-CTr/TU ... và Kế hoạch số 132-KH/HU ... về thực hiện Nghị quyết')
                return key
            return local
        return key

    def _central_first(self, key: str, pos: int) -> str:
        """At a review of a central document and the local programme carrying it out, both named in a paragraph before
        ``pos`` ('sơ kết 1 năm thực hiện Nghị quyết số 46-NQ/TW ... và Chương trình hành động số 45-CTr/TU ... thực hiện
        Nghị quyết'), what the reviewing body reports after its own instrument is the central one's, as for a figure in
        its chain (context_doc); the programme keeps what its own paragraph says of it."""
        first = self.reviewed[0]
        if key == first or self.local_for.get(first) != key or not self._last_named_before_paragraph(key, pos):
            return key
        # (named last beside the central one, in the lead that lists what is reviewed: not where a paragraph measured
        # results against its goals, 'Đối chiếu với các chỉ tiêu của Kế hoạch 132, có 6/9 chỉ tiêu đã đạt')
        i = bisect_right(self._keyed, (pos, "")) - 1
        while i >= 0 and self._keyed[i][1] != key:
            i -= 1
        return first if i >= 0 and self._named_in_sentence(first, self._keyed[i][0]) else key

    def _item_of_lead(self, pa: int, pp: int) -> bool:
        """Paragraph ``pa`` ends on a colon and every paragraph after it up to ``pp`` is an item of a list ('- ...')."""
        f, lead = self.p.folded, self.paras[pa]
        return f[lead.start:lead.end].rstrip().endswith(":") and pp - pa <= 12 \
            and all(ITEM.match(f, self.paras[i].start) for i in range(pa + 1, pp + 1))

    def _own_report(self) -> str | None:
        """The text's own document where it is a report of a local body, else None."""
        d = self.docs.get(self.main_doc) if self.main_doc else None
        return d.key if d is not None and d.type == "BC" and d.level in LOCAL_LEVELS else None

    def _cited_as_basis(self, at: int, pos: int) -> bool:
        """The mention at ``at`` is what the opening clause of the sentence of ``pos`` says is carried out, and ``pos``
        stands in a later clause of it with no subject naming that document again: '4. Xây dựng nông thôn mới: thực
        hiện Chương trình mục tiêu quốc gia ..., năm 2024 có thêm 3 xã đạt chuẩn' in a report on the year's resolution
        (the work done is the reported document's; 'Thực hiện Kế hoạch số 12, Kế hoạch đã hỗ trợ ...' stays the plan's)."""
        ks = bisect_right(self._sent_starts, at) - 1
        mn = self._mention_at.get(at)
        if mn is None or ks < 0 or ks != bisect_right(self._sent_starts, pos) - 1:
            return False
        f = self.p.folded
        if not _CARRIED_OUT_FIRST.fullmatch(f, self.sents[ks].start, at):
            return False
        comma = f.find(",", max(mn.end, mn.tail_end), pos)
        return comma >= 0 and not _TYPE_WORD.search(f, comma, pos)

    def _cited_for_aim(self, at: int, pos: int) -> int | None:
        """The start of the sentence that names the document at ``at`` only to give its aim ('Theo Kế hoạch số 12/KH-UBND
        ..., tỉnh phấn đấu đến năm 2027 ...'), where ``pos`` stands in a later paragraph: the citation ends with its
        paragraph, and what follows is about the document in context before it; else None."""
        ks = bisect_right(self._sent_starts, at) - 1
        if ks < 0 or bisect_right(self._para_starts, at) == bisect_right(self._para_starts, pos):
            return None
        f, st = self.p.folded, self.sents[ks].start
        mn = self._mention_at.get(at)
        if mn is None or not _CITED_FOR.fullmatch(f, st, at) \
                or _AIM_AFTER.search(f, max(mn.end, mn.tail_end), self.sents[ks].end) is None:
            return None
        return st

    def _tied_plan(self, pos: int) -> str | None:
        """At a review, the local plan that carries out the reviewed document, where the clause of ``pos`` or the
        first clause of its paragraph measures a result against that plan's goal by the bare word ('Sau 1 năm, các cấp
        Hội đã kết nạp mới 8.640 hội viên, đạt 108% kế hoạch, ...'): the plan named last before ``pos``."""
        k = bisect_right(self._sent_starts, pos) - 1
        pi = bisect_right(self._para_starts, pos) - 1
        if k < 0 or pi < 0:
            return None
        f, sent, para = self.p.folded, self.sents[k], self.paras[pi]
        if not share_of_plan(f, sent.start, sent.end, pos):
            k0 = bisect_right(self._sent_starts, para.start) - 1
            first = self.sents[k0] if k0 >= 0 else sent
            # (the paragraph opens on a result measured so, and names no document before ``pos``)
            if first.start < para.start or not share_of_plan(f, first.start, first.end, first.start) \
                    or any(not self._mention_at[at].yardstick for at, _ in
                           self._keyed[bisect_right(self._keyed, (para.start, "")):bisect_right(self._keyed, (pos, ""))]):
                return None
        return last_plan_carrying_out(self._keyed[:bisect_right(self._keyed, (pos, ""))], self.docs, self.up_of,
                                      self.reviewed)

    def _headed_by(self, key: str, at: int, pos: int) -> bool:
        """In a report (or a text of no document of its own), the mention of ``key`` at ``at`` stands in a numbered heading
        line and ``pos`` in its section ('I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU GIAO TẠI QUYẾT ĐỊNH SỐ 4870/QĐ-UBND' over a
        table of them): the section's figures are that document's, not the report's own or the plan it answers. Not a
        central document a local plan of the text carries out (its chain decides)."""
        md = self.docs.get(self.main_doc) if self.main_doc else None
        if (md is not None and md.type != "BC") or key == self.main_doc or key in self.local_for:
            return False
        pa, pp = bisect_right(self._para_starts, at) - 1, bisect_right(self._para_starts, pos) - 1
        return pa >= 0 and under_heading(self.p.folded, self.paras, pa, pp)

    def _section_on_plan(self, key: str, at: int, pos: int) -> bool:
        """The mention of local plan ``key`` at ``at`` opens a section (the first sentence of the first paragraph under a
        heading) with a result measured against its goals ('II. KẾT QUẢ\nNăm 2025, phường hoàn thành 15/20 chỉ tiêu Kế
        hoạch số 18/KH-UBND đề ra.'), and ``pos`` stands in a later paragraph of that section."""
        d = self.docs.get(key)
        pa, pp = bisect_right(self._para_starts, at) - 1, bisect_right(self._para_starts, pos) - 1
        if d is None or d.level not in LOCAL_LEVELS or pa < 1 or pa == pp or (pa - 1) not in self._headings \
                or not same_section(self._headings, pa, pp):
            return False
        ks = bisect_right(self._sent_starts, at) - 1
        return ks >= 0 and self.sents[ks].start <= self.paras[pa].start + 2 \
            and measured_against(self.p.folded, self.sents[ks].start, at)

    def _named_in_sentence(self, key: str, pos: int) -> bool:
        """``key`` is named anywhere in the sentence of ``pos`` (named in passing too)."""
        k = bisect_right(self._sent_starts, pos) - 1
        if k < 0:
            return False
        i = bisect_left(self._starts, self.sents[k].start)
        while i < len(self._starts) and self._starts[i] < self.sents[k].end:
            if self._mention_at[self._starts[i]].key == key:
                return True
            i += 1
        return False

    def _last_named_before_paragraph(self, key: str, pos: int) -> bool:
        """``key`` was last named before ``pos`` in an earlier paragraph, one that ends a statement."""
        i = bisect_right(self._keyed, (pos, "")) - 1
        while i >= 0 and self._keyed[i][1] != key:
            i -= 1
        pa = bisect_right(self._para_starts, self._keyed[i][0]) - 1 if i >= 0 else -1
        # (a paragraph that leads into a list, 'Kết quả cụ thể:', goes on over its items)
        return pa >= 0 and pa != bisect_right(self._para_starts, pos) - 1 and self._ends_statement(self.paras[pa])

    def goal_doc(self, pos: int) -> str | None:
        """The document in context for a goal: as context_doc, but a document the text says was replaced or amended,
        or one such a document carried out ('Nghị quyết này thay thế Nghị quyết số 20/NQ-CP ... thực hiện Nghị quyết số
        20-NQ/TW ...'), sets no goals any more: the one that replaced it does (unless the sentence speaks of the old one)."""
        key = self.context_doc(pos)
        if self.quoted and key == self.amended and in_quoted(self.quoted, pos):
            return key
        new = next((a for a, old in sorted(self.old_pairs) if key in (old, self.up_of.get(old))
                    and self._first_named.get(a, pos) < pos), None) if self.old_pairs else None
        return new if new is not None and not self._says_old(pos) else own_plan_of(
            self.mentions, self.up_of, key, self.paras, self.sents, pos) or key

    def _in_preamble(self, at: int) -> bool:
        """The mention at ``at`` stands in the sentence that opens the text's own content: '..., theo chỉ đạo của Ban
        Thường vụ Thành ủy tại Kết luận số 25-KL/TU, UBND thành phố có ý kiến như sau:' (what it cites is what the text
        carries out, as a document it says it implements). Not in a report: what it reports on is named there ('báo
        cáo kết quả thực hiện Kế hoạch số 9/KH-UBND như sau:'), see report_scope."""
        md = self.docs.get(self.main_doc) if self.main_doc else None
        ks = bisect_right(self._sent_starts, at) - 1
        return ks >= 0 and md is not None and md.type != "BC" and self.p.folded[self.sents[ks].start:self.sents[ks].end].rstrip().endswith("nhu sau:")

    def _year_plan_in_list(self, g: int) -> str | None:
        """The council's resolution on the year's socio-economic plan in the list of group ``g`` beside other documents
        ('thực hiện Nghị quyết số 30-NQ/HU ... và Nghị quyết số 45/NQ-HĐND ... về kế hoạch phát triển kinh tế - xã hội
        năm 2024, UBND huyện đã ...'): the year's figures are measured against that plan, not the list's first."""
        if g in self._year_plans:
            return self._year_plans[g]
        start = self._gstarts[g]
        end = self._gstarts[g + 1] if g + 1 < len(self._gstarts) else len(self.p.folded)
        i = bisect_right(self._keyed, (start, ""))
        named = set()
        while i < len(self._keyed) and self._keyed[i][0] < end:
            named.add(self._keyed[i][1])
            i += 1
        plans = [k for k in named if (d := self.docs.get(k)) is not None and d.issuer_code == "HĐND" and d.subject
                 and _YEAR_PLAN.search(fold_same_length(d.subject))]
        self._year_plans[g] = plans[0] if len(plans) == 1 and len(named) > 1 else None
        return self._year_plans[g]

    def _nationwide(self, pos: int) -> bool:
        """The sentence of ``pos`` counts over the whole country before it ('Cả nước đã có 20 di sản ...'): no
        local document's result."""
        k = bisect_right(self._sent_starts, pos) - 1
        return k >= 0 and bool(_NATIONWIDE.search(self.p.folded, self.sents[k].start, pos))

    def _issued_earlier(self, key: str, pos: int, reviewed: str) -> bool:
        """``key`` was last named before ``pos`` as just issued ('đã ban hành Chỉ thị số 16-CT/TU'), or with the
        ``reviewed`` document it carries out named after it in its sentence ('Tỉnh ủy đã xây dựng Chương trình hành
        động số 21-CTr/TU để thực hiện Nghị quyết'), in an earlier sentence of the same paragraph."""
        i = bisect_right(self._keyed, (pos, "")) - 1
        while i >= 0 and self._keyed[i][1] != key:
            i -= 1
        if i < 0:
            return False
        at = self._keyed[i][0]
        ks = bisect_right(self._sent_starts, at)
        if ks == bisect_right(self._sent_starts, pos) or bisect_right(self._para_starts, at) != bisect_right(self._para_starts, pos):
            return False
        end = self.sents[ks - 1].end
        j = i + 1
        while j < len(self._keyed) and self._keyed[j][0] < end and self._keyed[j][1] != reviewed:
            j += 1
        return bool(ISSUED_BEFORE.search(self.p.folded, max(0, at - 30), at)) \
            or (j < len(self._keyed) and self._keyed[j][0] < end)

    def _said_in_a_paragraph_before(self, at: int, pos: int) -> bool:
        """The mention at ``at`` stands in a paragraph before the one of ``pos`` that is a statement of its own (it
        ends on a full stop): in a report on the document of its title, what that paragraph said of another document
        ('Thực hiện Nghị quyết số 12/2023/NQ-HĐND ..., đã hỗ trợ 1.200 hộ.') ends with it; a heading line that names a
        document ('2. Thực hiện Đề án ...') goes on over the lines under it."""
        pa = bisect_right(self._para_starts, at) - 1
        if pa < 0 or pa == bisect_right(self._para_starts, pos) - 1:
            return False
        # (its own sentence may end the statement while the paragraph goes on to the report's lead: '..., UBND tỉnh
        # đã ban hành Quyết định số 1890/QĐ-UBND giao chỉ tiêu. UBND tỉnh báo cáo kết quả như sau:')
        ks = bisect_right(self._sent_starts, at) - 1
        return self._ends_statement(self.paras[pa]) or (ks >= 0 and self._ends_statement(self.sents[ks]))

    def _ends_statement(self, seg: Segment) -> bool:
        """``seg`` ends on a full stop or a semicolon (read from its end: a long stretch is not copied)."""
        f = self.p.folded
        i = seg.end - 1
        while i > seg.start and f[i].isspace():
            i -= 1
        return f[i] in ".;"

    def _says_old(self, pos: int) -> bool:
        """The sentence of ``pos`` speaks of the old rule before it: 'chính sách cũ đã hỗ trợ 1.245 hộ'."""
        k = bisect_right(self._sent_starts, pos) - 1
        return k >= 0 and bool(_OLD_ONE.search(self.p.folded, self.sents[k].start, pos))

    def subject_doc(self, pos: int) -> str | None:
        """The document a figure's sentence says sets it or counts it, in its own words, taken as it is
        named (not handed down a chain to the text's own plan): the sentence (after an item's mark: '2. ') opens on the
        document and goes on 'đề ra mục tiêu ...' (_SETS_GOALS), or the figure's whole is 'trong 17 chỉ tiêu của Nghị quyết'
        (_GOALS_OF) before it in the sentence, or the figure is one the document is said to set or whose goals' words
        name it last (scope_goals), or how far the document was taken ('quán triệt Nghị quyết tới 100% ...', _SPREAD_TO)."""
        if self.quoted and in_quoted(self.quoted, pos):
            return self.amended         # (the new wording the text quotes sets it for the document it amends)
        k = bisect_right(self._sent_starts, pos) - 1
        if k < 0:
            return None
        assessed = self._assessed(k, pos)
        if assessed:
            return assessed
        if self.main_doc is None and (year_plan := year_plan_goal(self.p.folded, self.sents[k].start, pos, self._year_task_plans())):
            return year_plan        # ('Năm 2026, Đảng bộ xã đề ra 18 chỉ tiêu' beside the plan of the year's tasks discussed)
        f = self.p.folded
        st = self.sents[k].start
        i = bisect_right(self._keyed, (st, ""))
        while i < len(self._keyed) and self._keyed[i][0] < pos:
            at, key = self._keyed[i]
            mn = self._mention_at[at]
            if (not f[st:at].strip(" \t\n-+•–") or ITEM.fullmatch(f, st, at)) and (
                    _SETS_GOALS.match(f, max(mn.end, mn.tail_end)) or self._sets_goals_later(max(mn.end, mn.tail_end), pos)):
                return key
            if goal_named_with(f, st, at, max(mn.end, mn.tail_end), pos) \
                    and (i + 1 == len(self._keyed) or self._keyed[i + 1][0] > pos):
                return key      # ('(Kế hoạch đề ra 2 chi bộ)', 'hoàn thành các chỉ tiêu của Kế hoạch, trong đó ... 70%')
            if _GOALS_OF.search(f, max(st, at - 60), at) or (_ACCORDING_TO.fullmatch(f, st, at)
                                                              and _AIM_AFTER.match(f, max(mn.end, mn.tail_end), pos)):
                return key      # ('Theo Kế hoạch 9-KH/ĐU, năm 2026 xã phấn đấu ...', '..., đến năm 2026, ...': its goal)
            if self.main_doc is None and _SPREAD_TO.fullmatch(f, max(mn.end, mn.tail_end), pos) \
                    and _SPREAD_BEFORE.search(f, max(st, at - 60), at):
                # (in the text's own plan, how far to take a document is the plan's goal)
                return key
            i += 1
        return None

    def _year_task_plans(self) -> dict[str, str]:
        """The plans and resolutions of the text without a number, by key, with their folded subjects."""
        if self._task_plans is None:
            self._task_plans = {k: fold_same_length(d.subject) for k, d in self.docs.items()
                                if d.number is None and d.subject and d.type in ("KH", "NQ", "CTr")}
        return self._task_plans

    def _assessed(self, k: int, pos: int) -> str | None:
        """The document a later one weighs, where a sentence of the paragraph of ``pos`` (sentence ``k``) opens on that
        later one assessing ('Kết luận số 318 ... tiếp tục thực hiện Nghị quyết 09. ... Kết luận đánh giá, qua 5 năm, du
        lịch vượt 4 chỉ tiêu ...'): what it found done is the weighed document's, until another document is named."""
        i = bisect_right(self._keyed, (pos, "")) - 1
        if i < 0:
            return None
        at, key = self._keyed[i]
        up = self.up_of.get(key)
        j = bisect_right(self._sent_starts, at) - 1
        if up is None or j < 0 or bisect_right(self._para_starts, at) != bisect_right(self._para_starts, pos) or j > k:
            return None
        mn = self._mention_at.get(at)
        f = self.p.folded
        if mn is None or f[self.sents[j].start:at].strip(" \t\n-+•–") or not _ASSESSES.match(f, max(mn.end, mn.tail_end)):
            return None
        return up

    def _sets_goals_later(self, after: int, pos: int) -> bool:
        """The verb of a sentence that opens on a document comes after clauses set off by commas, with no
        subject of its own: 'Chỉ thị số 11-CT/TU được ký ngày 25/3/2024, thay thế Chỉ thị số 07-CT/TU, đặt mục
        tiêu ...' (the document named inside such a clause sets nothing)."""
        return any(_SETS_GOALS.match(self.p.folded, c.start()) for c in _CLAUSE_COMMA.finditer(self.p.folded, after, pos))

    def _instrument(self, at: int, pos: int) -> bool:
        """The document named at ``at`` was issued to carry out the reviewed one, or cited by the way ('UBND tỉnh
        đã ban hành Kế hoạch số 88/KH-UBND ...', 'Theo Kết luận số 14-KL/TW, ...'), in a sentence before ``pos``,
        or was named in an earlier paragraph:
        the figures of a review's later sentences are the reviewed document's results, not that document's."""
        ks = bisect_right(self._sent_starts, at) - 1
        if ks < 0:
            return False
        if (mn := self._mention_at.get(at)) is not None and mn.key in self.own_goals:
            return False        # (a plan issued with goals of its own is no mere instrument: kg.extract.review_plans)
        f = self.p.folded
        if ks == bisect_right(self._sent_starts, pos) - 1:
            # (in the same sentence, a clause of its own after a semicolon: 'Tỉnh ủy đã ban hành Chương trình hành động
            # số 52-CTr/TU; sau 10 năm, toàn tỉnh đã tinh giản 2.140 biên chế', unless that clause is about the document
            # again: '...; đến nay kế hoạch đã hỗ trợ 96 hộ')
            semi = f.rfind(";", at, pos)
            return semi >= 0 and bool(ISSUED_BEFORE.search(f, max(0, at - 30), at)) \
                and not _TYPE_WORD.search(f, semi, pos) and not _GOALS_LEAD.search(f, at, semi)
        pa, pp = bisect_right(self._para_starts, at) - 1, bisect_right(self._para_starts, pos) - 1
        if pa != pp:
            # named in an earlier paragraph: a new paragraph of a review is about what it reviews, but for one under
            # the same heading of a body read section by section ('Cấp xã: ...', kg.extract.scope_close), or an item
            # of the list its line leads into ('Các chỉ tiêu so với mục tiêu Chương trình hành động đề ra:')
            return not same_section(self._headings, pa, pp) and not self._item_of_lead(pa, pp)
        if mn is not None and mn.key and self.up_of.get(mn.key) in self.reviewed and self.docs[mn.key].type in ("KH", "CTr"):
            return False        # (a plan said issued to carry out the reviewed one goes on with its paragraph, (ak) rule 2)
        return bool(ISSUED_BEFORE.search(f, max(0, at - 30), at)
                    or _CITED_BY_THE_WAY.match(f, self.sents[ks].start, at + 1))
