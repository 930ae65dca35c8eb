"""Documents without a number (văn bản không số): congress resolutions, đề án, programmes and plans named by
title, what approving decisions carry, reports and plans another level set ('kế hoạch tỉnh giao'). The passes
that tie a programme to the decision that approved it are in kg.extract.approving_decisions, those that merge the
wordings of one document in kg.extract.document_aliases. Part of DocumentFinder."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from kg.extract.bodies import body_regex, drafting_body, extend_name, issuer_info
from kg.extract.assigned_plans import assigned_plans
from kg.extract.approving_decisions import ApprovingDecisions
from kg.extract.document_dates import heading_number
from kg.extract.document_titles import title_end
from kg.extract.meeting_documents import ISSUED_JUST_BEFORE, goals_owner, issued_list_item, meeting_issuer, tasks_title
from kg.extract.mention_model import Mention, without_siblings
from kg.extract.numbered_mentions import NumberedMentions
from kg.extract.mention_words import CARRYING, CHANGES_NEXT, CLAUSE_OPENS, CUE_RE, TASKS_OF, advised_or_in_draft, link_type, reports_on_execution
from kg.extract.work_programmes import work_programmes
from kg.extract.text import clean_ws, fold_same_length, folded_pattern, letters, norm_body, vi

_THIS = re.compile(vi(r"[ \t]+này(?![a-z])"))

_CONGRESS_AFTER = re.compile(vi(r"[ \t]+đại hội(?![a-z])"))
# the level of the body a short congress name gives: 'Nghị quyết Đại hội (đại biểu) Đảng bộ xã ...'
_CONGRESS_UNIT = re.compile(vi(r"[ \t]+đại hội[ \t]+(?:đại biểu[ \t]+)?(?P<unit>đảng bộ[ \t]+(?:xã|phường|thị trấn|huyện|quận|thị xã"
                               r"|thành phố|tỉnh))(?![a-z])"))

# 'đã ban hành Nghị quyết về ...': a document issued, named by its subject
_ISSUED_ABOUT_TYPES = {"NQ", "CT", "KL", "CTr", "KH", "QĐ", "QC", "ĐA"}
_ABOUT = re.compile(vi(r"[ \t]+(?:về việc|về)[ \t]+"))
_OF = re.compile(vi(r"[ \t]+của[ \t]+"))
# a bare type word naming the document that set a goal: 'vượt mục tiêu Kế hoạch đề ra', 'các chỉ tiêu Nghị quyết giao'
_GOAL_OF_TYPE_BEFORE = re.compile(vi(r"(?<![a-z])(?:mục tiêu|chỉ tiêu)[ \t]+(?:của[ \t]+)?$"))
_SET_BY_TYPE_AFTER = re.compile(vi(r"[ \t]+(?:đã[ \t]+)?(?:đề ra|đặt ra|giao)(?![a-z])"))
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# a type word's owner named by one word that is no body's full name: 'Kế hoạch của Hội đề ra ...', 'Chương trình của
# Sở được ...' (a capitalised word, then the clause goes on in lower case); the issuer tail reads only full names
_SHORT_OWNER = re.compile(letters(r"[ \t]+của[ \t]+([{U}][{L}]*)(?=[ \t]+[{L}]|[ \t]*(?:[,;.:)\n]|$))"))
# a level for owner: 'Kế hoạch của tỉnh nhằm cụ thể hóa ...' beside the commune's own plan (not a place's
# name after it, 'của xã Hòa Bình', an issuer the tail reads; 'thị xã' and 'thành phố' are of more than one level)
_LEVEL_OWNER = re.compile(letters(r"[ \t]+của[ \t]+(tỉnh|huyện|quận|xã|phường)(?=[ \t]+[{L}]|[ \t]*(?:[,;.:)\n]|$))"))
# the body right before the verb that issued a document: 'Ban Thường vụ Hội Nông dân tỉnh ban hành Kế hoạch số ...'
_ISSUED_BY_BEFORE = re.compile(vi(r"([^,.;:()\n]{2,60}?)[ \t]+(?:(?:đã|vừa)[ \t]+)?(?:ký[ \t]+)?ban hành[ \t]+$"))

_PURPOSE = re.compile(r"[ \t,]+(?:de|nham)[ \t]+(?P<cue>tiep tuc (?:trien khai )?thuc hien|(?:trien khai )?thuc hien|cu the hoa)[ \t]+(?:co hieu qua[ \t]+)?")

_REPLACED_BEFORE = folded_pattern(r"(?<![a-z])(?:thay thế|thay cho)[ \t]+(?:cho[ \t]+)?$")
# a sentence that opens on what is carried out: '(Để) thực hiện Kết luận số ..., ...'
_OPENING_CUE = re.compile(vi(r"[ \t]*(?:(?:để|nhằm)[ \t]+)?(?P<cue>(?:tiếp tục[ \t]+)?(?:triển khai[ \t]+)?thực hiện|cụ thể hóa|triển khai)[ \t]+"))
_ISSUED_DONE = re.compile(vi(r"(?<![a-z])(?:đã|vừa)[ \t]+(?:ký[ \t]+)?ban hành[ \t]+(?:các[ \t]+)?$"))
_PLANNED_BEFORE = re.compile(r"(?:xay dung|ban hanh|trinh|de xuat|soan thao|tham muu ban hanh)[ \t]+(?:cac[ \t]+)?$")
# many units that issue a plan each ('98/124 xã, phường đã ban hành kế hoạch ...', 'các huyện xây dựng kế hoạch'):
# their own plans, none of the documents the text names
_UNITS_PLAN_EACH = re.compile(vi(r"(?<![a-z])(?:các|\d+(?:/\d+)?|100%)[ \t]+(?:xã|phường|huyện|quận|đơn vị|địa phương)"
                                 r"(?![a-z])[^.;:\n\d]{0,60}?(?:xây dựng|ban hành)[ \t]+$"))

_AS_FOLLOWS = re.compile(vi(r"(?:[ \t]+(?:thực hiện|triển khai))?[ \t]+như sau(?![a-z])"))
# (signing is issuing: 'Bộ trưởng vừa ký Quyết định số 1125/QĐ-BNNMT ...'; not a secretary, 'thư ký')
_BAN_HANH_BEFORE = re.compile(vi(r"(?:ban hành|(?<!thư )(?<![a-z])ký(?:[ \t]+ban hành)?|thông qua|phê duyệt)[ \t]+"
                                 r"(?:các[ \t]+)?$"))
_GENERIC_SUBJ = re.compile(r"(?<![a-z])(?:cac|moi|tung)[ \t]+(?:cap uy|dang|chi bo|huyen|don vi|dia phuong|co quan|so|hoi|to chuc|ban)")

# a document carried by a numbered one: 'Nghị quyết số 134/NQ-CP kèm theo Chương trình hành động ...',
# 'Quyết định số 857/QĐ-UBND ... về việc ban hành Kế hoạch ...', '... phê duyệt Kế hoạch ...'; and the reverse, 'Chương trình hành
# động ban hành kèm theo Nghị quyết số ...'
_CARRIES = re.compile(vi(r"[ \t,]*(?:(?:về việc|về)[ \t]+)?(?:ban hành[ \t]+(?:kèm theo[ \t]+)?|kèm theo[ \t]+|(?P<approves>phê duyệt)[ \t]+)$"))
_CARRIED_BY = re.compile(vi(r"(?:[ \t]+(?:được|đã được))?[ \t]+(?:ban hành[ \t]+)?kèm theo[ \t]+"))
# ... or named after its type word, then said approved by a decision, its owner between: 'Chương trình OCOP của tỉnh
# được phê duyệt tại Quyết định số ...' (the passive's subject is the programme; no clause ends before the verb)
_NAMED_CARRIED_BY = re.compile(vi(r"[ \t]+[^,.;:()\n]{1,60}?[ \t]+(?:được|đã được)[ \t]+(?:phê duyệt|ban hành)"
                                  r"[ \t]+(?:tại|theo|kèm theo)[ \t]+"))
_NAMED_CARRIED_TYPES = {"CTr", "ĐA", "CL", "KH"}
# an official text's own decision or resolution that carries what it issues: its heading ('QUYẾT ĐỊNH\nBan hành Kế
# hoạch ...') or its first article ('Điều 1. Ban hành kèm theo Quyết định này Kế hoạch ...'): the annex has no
# number of its own, so it is that document (a type word on the heading's line or after 'này' only)
_OWN_CARRIES = re.compile(vi(r"[ \t]*\n[ \t]*(?:về việc[ \t]+)?ban hành[ \t]+$|[ \t]+này[ \t]+$"))
_KEM_THEO_BEFORE = re.compile(vi(r"(?<![a-z])kèm theo[ \t]+$"))
# a bare type word that opens a clause and is its subject: 'Quyết định được ban hành căn cứ ...', 'Đồng thời, Quyết
# định căn cứ ...', 'Kế hoạch cũng căn cứ ...', after a list item's mark too ('1. Quyết định này thay thế ...')
_CLAUSE_OPENING, _ITEM_ONLY = (re.compile(r"[ \t\n]*(?:(?:\d{1,2}|[a-zđ])[.)][ \t]+)?" + x + "$") for x in (r"(?:[^,;.\n]{1,30},[ \t]*)?", ""))
_SUBJECT_VERB = re.compile(vi(r"[ \t]+(?:(?:được|đã được)[ \t]+(?:ban hành|xây dựng|thông qua)[ \t]+|cũng[ \t]+|còn[ \t]+|đã[ \t]+)?"
                              r"(?=căn cứ|xét|trên cơ sở|thực hiện|cụ thể hóa|hướng dẫn|thay thế|sửa đổi|nhằm)"))
# 'Theo Kế hoạch, ...', 'Để thực hiện Nghị quyết, ...' opening a sentence: what follows is about that document
_ACCORDING_OPENING = re.compile(vi(r"[ \t\n]*(?:[^,;.\n]{1,30},[ \t]*)?theo[ \t]+$"))    # ('Năm 2026, theo Kế hoạch số 02, ...')
_BY_THE_DOC = re.compile(vi(r"[ \t\n]*(?:theo|(?:(?:để|nhằm)[ \t]+)?(?:tiếp tục[ \t]+)?(?:triển khai[ \t]+)?(?:thực hiện|cụ thể hóa)|triển khai)[ \t]+$"))
# a cue just before a document: it is what the document named before it carries out, continues, replaces or
# builds on ('Kế hoạch ..., nhằm cụ thể hóa Kế hoạch số 1520/KH-UBND', 'tiếp tục thực hiện Nghị quyết 05')
_UPSTREAM_CUE_BEFORE = re.compile(vi(r"(?<![a-z])(?:thực hiện|cụ thể hóa|thay thế|trên cơ sở|căn cứ(?:[ \t]+vào)?)[ \t]+") + TASKS_OF + "$")
# the join to the next item of a list after a document's tail: ', ', ' và ', ' (cũ) cùng với '
_NEXT_ITEM = re.compile(vi(r"(?:[ \t]*\(cũ\))?[ \t]*(?:,|và|cùng|cùng với|,[ \t]*và)[ \t]*"))
_ISSUING_VERB = re.compile(vi(r"(?<![a-z])(?:ban hành|ký ban hành|thông qua)(?![a-z])"))

# what leads to a report that was weighed: 'xét', 'thảo luận', or the previous report of the list
_REPORT_LEAD = re.compile(vi(r"(?:(?<![a-z])(?:căn cứ|xét|thảo luận|xem xét|cho ý kiến|nghe|trên cơ sở)(?:[ \t]+(?:về|vào))?"
                             r"|[,;]|(?<![a-z])(?:và|cùng(?:[ \t]+với)?))[ \t]+(?:các[ \t]+)?$"))
_THAM_TRA = re.compile(vi(r"[ \t]+thẩm tra(?![a-z])"))


class UnnumberedDocuments(ApprovingDecisions):
    """Passes that find documents without a number and what approving decisions carry."""

    def _assigned_plans(self, out: list[Mention], used_types: set[int]) -> None:
        """Plans another level set (kg.extract.assigned_plans); work programmes carried out (kg.extract.work_programmes)."""
        out_new = assigned_plans(self.t, self.f, self.year) + work_programmes(self.t, self.f)
        out.extend(out_new)
        used_types.update(m.start for m in out_new)

    # ------------------------------------------------------------------ unnumbered references
    def _carried(self, s: int, e: int, code: str, known: "NumberedMentions") -> Mention | None:
        """The numbered document that carries the unnumbered one at ``s``..``e`` (see _CARRIES, _OWN_CARRIES)."""
        m = _OWN_CARRIES.search(self.f, max(0, s - 30), s) if known.own else None
        word = known.type_words.get(m.start()) if m else None
        if m and word and word[1] in known.own:
            heading = m.group(0).lstrip(" \t").startswith("\n")
            if (heading and self.t[word[0]:m.start()].isupper()) \
                    or (not heading and _KEM_THEO_BEFORE.search(self.f, max(0, word[0] - 20), word[0])):
                return known.own[word[1]]
        k = known.last_before(s)
        if k is not None:
            # not what a document carried out approves when the text carries one of that type of its own (upstream)
            m = _CARRIES.fullmatch(self.f, max(k.tail_end, k.end), s)
            if m and not (m.group("approves") and _UPSTREAM_CUE_BEFORE.search(self.f, max(0, k.start - 40), k.start)
                          and known.carries_own(code)):
                return k
            if k.subject_span and k.subject_span[0] <= s < k.subject_span[1] \
                    and _CARRIES.fullmatch(self.f, k.subject_span[0], s):
                return k            # '... về việc ban hành Kế hoạch ...' read as the subject
        m = _CARRIED_BY.match(self.f, e) or (_NAMED_CARRIED_BY.match(self.f, e) if code in _NAMED_CARRIED_TYPES else None)
        if m:
            return known.at(m.end())
        return None

    def _reports(self, type_hits, used_types) -> None:
        """Unnumbered reports weighed before a document is adopted: 'thảo luận Tờ trình của Ban
        Thường vụ Tỉnh ủy cùng Báo cáo của Ban cán sự đảng UBND tỉnh', 'Xét Tờ trình của UBND tỉnh,
        Báo cáo thẩm tra của Ban Kinh tế - Ngân sách': keyed ``TYPE:issuer``."""
        t, f = self.t, self.f
        for s, e, code in type_hits:
            if s in used_types or code not in ("TTr", "BC") or not t[s].isupper():
                continue
            if not _REPORT_LEAD.search(f, max(0, s - 40), s) or reports_on_execution(f, e):
                continue
            th = _THAM_TRA.match(f, e)
            if th:
                code, e = "BCTT", th.end()
            mn = Mention(s, e, code, None, None, kind="named")
            self.parse_tail(mn)
            if not mn.issuer:
                continue
            mn.key = f"{code}:{norm_body(mn.issuer)}"
            mn.explicit_issuer = True
            mn.issuer_code, mn.issuer_level, _ = issuer_info(mn.issuer)
            self.mentions.append(mn)
            used_types.add(s)

    def _after_congress(self, s: int, known: list[Mention]) -> bool:
        """A bare 'Nghị quyết' at ``s`` whose paragraph named the congress's resolution before it, with no numbered
        resolution named between: 'Sau 2 năm thực hiện Nghị quyết Đại hội, ... đạt 8,6% (Nghị quyết đề ra 9%)' speaks of
        the congress's, not of a numbered one another paragraph named."""
        j = self.f.rfind("nghi quyet dai hoi", self.f.rfind("\n", 0, s) + 1, s)
        return j >= 0 and not any(j < k.start < s and k.type == "NQ" and ":" not in (k.key or ":") for k in known)

    def _unnumbered(self, type_hits, used_types) -> None:
        t, f = self.t, self.f
        self._reports(type_hits, used_types)
        known = [m for m in self.mentions if m.key]
        taken = {m.start for m in known if m.kind == "resolved"}     # (a sitting's resolution cited again by subject)
        numbered = NumberedMentions(known, f, type_hits)
        carried: dict[str, dict[str | None, set[str | None]]] = {}  # type -> carrier key -> objects of the carried document
        for s, e, code in type_hits:
            if s in used_types or s in taken or not t[s].isupper():
                continue
            k = self._carried(s, e, code, numbered)
            if k is not None:
                mn = Mention(s, e, code, None, None, kind="resolved", key=k.key)
                self.parse_tail(mn)
                mn.issuer = None
                self.mentions.append(mn)
                known.append(mn)
                used_types.add(s)
                if mn.cue:
                    carried.setdefault(code, {}).setdefault(k.key, set()).update(
                        o.key for o in self.object_group(mn.cue[1]))
        # the keyed documents of each type and the sentences, by position (looked up, not scanned, once a type word)
        by_type: dict[str | None, list[Mention]] = {}
        for k in sorted(known, key=lambda x: x.start):
            by_type.setdefault(k.type, []).append(k)
        type_starts = {code: [k.start for k in ks] for code, ks in by_type.items()}
        sent_starts = [x.start for x in self.sentences]
        links_of: dict[str | None, set[str | None]] = {}
        for mn in known:
            if mn.cue:
                for o in self.object_group(mn.cue[1]):
                    links_of.setdefault(mn.key, set()).add(o.key)
        for s, e, code in sorted(type_hits, reverse=True):
            if s in used_types or s in taken or code in ("CL", "CTMTQG", "BC", "HP"):
                continue
            opens_change = bool(CLAUSE_OPENS.search(f, max(0, s - 4), s) and CHANGES_NEXT.match(f, e))
            if not t[s].isupper() and ((not _PLANNED_BEFORE.search(f, max(0, s - 30), s) and not opens_change)
                                       or _UNITS_PLAN_EACH.search(f, max(0, s - 90), s)):
                continue
            # words of the title that belong to the type ("Chương trình hành động")
            mn = Mention(s, e, code, None, None, kind="resolved")
            self.parse_tail(mn)
            if not mn.cue and _PLANNED_BEFORE.search(f, max(0, s - 30), s):
                # 'ban hành Nghị quyết chuyên đề về ... để tiếp tục thực hiện Nghị quyết số 26-NQ/TW'
                pm = _PURPOSE.search(f, e, min(len(f), e + 180))
                if pm and not re.search(r"[;.\n]", f[e:pm.start()]) and not any(e <= k.start < pm.start() for k in known):
                    mn.cue = (link_type(pm.group("cue")), pm.end())
            if _ISSUED_DONE.search(f, max(0, s - 30), s) and not (mn.cue and self.object_group(mn.cue[1])):
                # 'Thực hiện Kết luận số 61-KL/TW ..., Ban Thường vụ Tỉnh ủy đã ban hành kế hoạch triển khai trên địa
                # bàn' (its own cue names nothing): the plan issued carries out what its sentence opens on (point (aj))
                op = _OPENING_CUE.match(f, self._sentence_of(s).start)
                group = self.object_group(op.end()) if op else []
                if group and not any(max(x.end for x in group) <= k.start < s for k in known):
                    mn.cue, opening_cue = (link_type(op.group("cue")), op.end()), t[op.start("cue"):op.end("cue")]
            objects = self.object_group(mn.cue[1]) if mn.cue else []
            # 'Kế hoạch của Hội' beside the province's plan: only a document its owner issued, never another's
            owner = None if mn.issuer else _SHORT_OWNER.match(t, e)
            if not objects and self._issued_about(mn, s, e, code, known):
                continue
            if not objects and not mn.issuer and _PLANNED_BEFORE.search(f, max(0, s - 30), s) and _AS_FOLLOWS.match(f, e):
                # an official text's preamble: '..., Ban Thường vụ Đảng ủy xã ban hành Kế hoạch như sau:' is the text's
                # own document, not the one of its type the preamble named before
                own = next((k for k in known if k.type == code and k.start < s and heading_number(f, k.start, k.end)), None)
                if own is not None:
                    mn.key = own.key
                    self.mentions.append(mn)
                    continue
            if not objects and not mn.issuer:
                # 'quán triệt Nghị quyết Đại hội ... lần thứ I và Kế hoạch số 12-KH/ĐU thực hiện Nghị quyết': a bare
                # type word names the one document of its type its own sentence named before it
                i = bisect_right(sent_starts, s) - 1
                ks, starts = by_type.get(code, []), type_starts.get(code, [])
                here = {k.key for k in ks[bisect_left(starts, self.sentences[i].start if i >= 0 else 0):bisect_left(starts, s)]
                        if (owner is None or self._issued_by_owner(k, owner.group(1))) and not k.yardstick}   # (not a quota: '... bằng 104% chỉ tiêu Bộ Công an giao; 38/53 nhiệm vụ của Kế hoạch')
                if len(here) == 1:
                    mn.key = here.pop()
                    self.mentions.append(mn)
                    continue
            bare_nq = code == "NQ" and not objects and not mn.issuer and not any(
                k.type == "NQ" and k.kind in ("numbered", "alias") for k in known)
            if code == "NQ" and (_CONGRESS_AFTER.match(f, e) or bare_nq or (not objects and not mn.issuer and self._after_congress(s, known))):
                # 'Nghị quyết Đại hội' (short for the congress resolution named in full elsewhere): never a numbered one;
                # a bare 'Nghị quyết' where the text names no numbered one is that congress resolution too
                # (a bare 'Nghị quyết' reads back only: 'đạt 128% chỉ tiêu Nghị quyết' before 'Đại hội xác định ...' is the
                # term before's)
                congress = {k.key for k in known if k.kind == "named" and k.type == "NQ" and k.key
                            and "dai hoi" in fold_same_length(k.key.lower()) and (k.start < s or bool(_CONGRESS_AFTER.match(f, e)))}
                unit = _CONGRESS_UNIT.match(f, e)
                if len(congress) > 1 and unit:
                    # 'Nghị quyết Đại hội Đảng bộ xã' beside the province's congress: the one of that level
                    congress = {k for k in congress if f" {unit.group('unit')} " in f" {fold_same_length(k.lower())} "}
                # (else, after the congress the text reports adopted its resolution, that one: not the last term's)
                adopted = {k.key for k in known if k.kind == "named" and k.start < s and f.startswith("dai hoi", k.start)}
                congress = congress & adopted if len(congress) > 1 and len(congress & adopted) == 1 else congress
                if len(congress) > 1:
                    # (two wordings of one congress, its headline's and its lead's with the term: one resolution,
                    # keyed by the longer wording once aliases are merged)
                    longer = self.congress_wordings(congress)
                    one = {longer.get(k, k) for k in congress}
                    congress = one if len(one) == 1 else congress
                if len(congress) == 1:
                    mn.key = congress.pop()
                    self.mentions.append(mn)
                continue
            # (not one the text names as replaced: '... phê duyệt Kế hoạch ..., thay thế Kế hoạch số 88/KH-UBND. Kế hoạch đặt
            # mục tiêu ...' speaks of the new plan)
            cands = [k for k in known if k.type == code and k.kind in ("numbered", "alias") and k.key and ":" not in k.key
                     and not _REPLACED_BEFORE.search(f, max(0, k.start - 16), k.start)] or [
                k for k in known if k.type == code and k.kind == "resolved" and k.key and ":" not in k.key]   # (b): carried by a decision
            if len({k.key for k in cands}) > 1 and all(k.kind == "resolved" for k in cands):
                # (each of two decisions carries a plan of the type: the bare word names neither, but where one carries
                # out all the others, the local programme approved to carry out the national one, that one)
                cands = [k for k in cands if all(o.key == k.key or o.key in links_of.get(k.key, ()) for o in cands)]
            if not cands and code in ("ĐA", "CTr"):
                cands = [k for k in known if k.type == code and k.kind == "named"]
            if mn.issuer:
                code_i, _, _ = issuer_info(mn.issuer)
                if code_i:
                    cands = [k for k in cands if k.key and (k.key.endswith("/" + code_i) or f"-{code_i}" in k.key)]
            elif owner:
                cands = [k for k in cands if self._issued_by_owner(k, owner.group(1))]
            elif level_owner := _LEVEL_OWNER.match(t, e):
                cands = [k for k in cands if k.issuer_level == issuer_info(level_owner.group(1))[1]]
            keys: Sequence[str | None] = sorted({k.key for k in cands if k.key})
            if objects:
                okeys = {o.key for o in objects}
                # (never one its own cue names: 'Chương trình nhằm triển khai Nghị quyết số 57-NQ/TW và Chương trình số
                # 88-CTr/TWĐTN ... thực hiện Nghị quyết 57' is not programme 88 carrying out itself)
                keys = [k for k in keys if okeys & links_of.get(k, set()) and k not in okeys]
                # the same programme named again where a numbered document carries it
                same = [k for k, objs in carried.get(code, {}).items() if okeys & objs]
                if len(same) == 1:
                    keys = same
                if not keys and self._in_headline(s):
                    # (not a plan that carries out other documents than the headline's, itself or through the one it
                    # carries out: 'Kế hoạch số 175/KH-UBND thực hiện Chương trình số 06-CTr/TU về thực hiện Kết luận
                    # số 121-KL/TW' under 'Tỉnh ban hành Kế hoạch thực hiện Kết luận 121-KL/TW')
                    # (a bare type word after its cue is read by now: 'Kế hoạch số 14-KH/ĐU ... thực hiện Nghị quyết')
                    carries = {k.key: links_of.get(k.key, set()) | ({o.key for o in self.object_group(k.cue[1])} if k.cue else set())
                               for k in cands}
                    carries = {k: objs.union(*(links_of.get(o, set()) for o in objs)) for k, objs in carries.items()}
                    keys = self._headline_numbered([k for k in cands if not carries[k.key] or okeys & carries[k.key]])
            if len(keys) != 1 and not _PLANNED_BEFORE.search(f, max(0, s - 30), s):
                # 'Kế hoạch cũng căn cứ ...', 'Đồng thời, Quyết định căn cứ ...' opening a clause: the
                # document of that type the text says was issued, else the one named last
                sent = self._sentence_of(s)
                if (_CLAUSE_OPENING.fullmatch(f, sent.start, s) and (_SUBJECT_VERB.match(f, e) or (
                        _ITEM_ONLY.fullmatch(f, sent.start, s) and e + 1 < len(t) and t[e] == " " and t[e + 1].islower()))) \
                        or (_BY_THE_DOC.fullmatch(f, sent.start, s) and f.startswith(",", e)) or opens_change:
                    # (not one named as what another of its type carries out: the plan that implements it is meant)
                    up = self._upstream_of_type(code, type_hits, s)
                    before = [k for k in cands if k.start < s and k.key not in up] or [k for k in cands if k.start < s]
                    issued = [k for k in before if _BAN_HANH_BEFORE.search(f, max(0, k.start - 30), k.start)]
                    # the subject of the sentence before, of the same type: 'Nghị quyết số 18/2023/NQ-HĐND sửa đổi
                    # ... Nghị quyết có hiệu lực từ ...', else the one it says was issued: '... ban hành Chương trình số
                    # 61-CTr/TĐTN-TG. Chương trình nhằm triển khai ...' (not the first of its type the text says was issued)
                    prev = next((x for x in reversed(self.sentences) if x.end <= sent.start), None)
                    last = [k for k in before if prev.start <= k.start < prev.end] if prev is not None else []
                    opened = [k for k in last if any(x.fullmatch(f, prev.start, k.start) for x in (_CLAUSE_OPENING, _ACCORDING_OPENING))] or (
                        [k for k in last if k in issued] if len({k.key for k in last if k in issued}) == 1 else [])
                    if opened:
                        issued = opened[:1]
                    # an official text calls itself by its type: 'Chỉ thị này có hiệu lực ... và thay thế ...'
                    itself = [k for k in before if heading_number(f, k.start, k.end)]
                    if itself and _THIS.match(f, e):
                        keys = [itself[0].key]
                    elif issued or before:
                        keys = [min(issued, key=lambda k: k.start).key if issued else max(before, key=lambda k: k.start).key]
            if len(keys) != 1 and not objects and _GOAL_OF_TYPE_BEFORE.search(f, max(0, s - 12), s) \
                    and _SET_BY_TYPE_AFTER.match(f, e):
                # 'vượt mục tiêu Kế hoạch đề ra': the goal's document is the one of its type its paragraph named last
                para_start = f.rfind("\n", 0, s) + 1
                before = [k for k in cands if para_start <= k.start < s]
                if before:
                    keys = [max(before, key=lambda k: k.start).key]
            if len(keys) == 1 or len(keys) > 1 and not objects and not mn.issuer and (keys := self.reported_on(cands)):
                mn.key = keys[0]
                self.mentions.append(mn)
                continue
            if not objects or mn.cue is None:
                continue
            planned = bool(_PLANNED_BEFORE.search(f, max(0, s - 30), s))
            sent = self._sentence_of(s)
            clause_start = max(sent.start, f.rfind(";", sent.start, s) + 1, f.rfind(",", sent.start, s) + 1 if mn.cue[1] < s else 0)
            if planned and _GENERIC_SUBJ.search(f, clause_start, s):
                continue            # "các cấp ủy ... xây dựng Kế hoạch": one generic plan per unit
            if planned and not t[s].isupper() and mn.cue[0] not in ("amends", "replaces") \
                    and not _ISSUED_DONE.search(f, max(0, s - 30), s):
                # 'giao UBND tỉnh xây dựng kế hoạch thực hiện Kết luận': a plan still to be drafted, written as a common
                # noun, is no document yet (point (j)); one said issued ('đã ban hành kế hoạch thực hiện ...', point
                # (aj)) or named by its title ('xây dựng Kế hoạch thực hiện Nghị quyết số ...') keeps its key and links
                continue
            mn.draft = mn.cue[0] in CARRYING and advised_or_in_draft(f, s)    # ('tham mưu xây dựng Kế hoạch ...', point (j))
            issuer = drafting_body(t, f, clause_start, s, planned=planned)
            if not planned and not t[s].isupper():
                continue
            if not planned and mn.cue[0] in ("amends", "replaces") and code != "Luật":
                # 'Đồng thời, Nghị quyết bãi bỏ Nghị quyết số 102/2022/NQ-HĐND', 'Kế hoạch thay thế Quyết định số ...': a
                # change is made by a document the text has named, not by one the change would name (a law is named
                # by its title: 'Luật sửa đổi, bổ sung một số điều của Luật ...')
                continue
            if mn.issuer:
                issuer = norm_body(mn.issuer)       # 'Kế hoạch của Đảng đoàn ...': the title's own issuer
            c = CUE_RE.match(f, mn.tail_end)
            if mn.cue[1] < s:
                cue_txt = opening_cue.lower()
            elif c is not None and c.end() == mn.cue[1]:
                cue_txt = t[c.start("cue"):c.end("cue")]
            else:
                cue_txt = clean_ws(t[mn.tail_end:mn.cue[1]]).strip(" ,")
                cue_txt = re.sub(r"^(?:về việc|về|để|nhằm)\s+", "", cue_txt, flags=re.I)
            extra = clean_ws(t[s:e]).split(" ", 2)[2:] if len(t[s:e].split()) > 2 else []
            if issuer and mn.cue[0] in CARRYING:
                objects = without_siblings(objects, code, issuer_info(issuer)[0])
            parts = ([issuer] if issuer else []) + extra + [cue_txt, " và ".join(self.render(o) for o in objects)]
            desc = clean_ws(" ".join(p for p in parts if p))
            mn.key = f"{code}:{desc}"
            mn.kind = "planned" if planned else "named"
            mn.issuer = issuer
            if issuer:
                c2, lv, _ = issuer_info(issuer)
                mn.issuer_code, mn.issuer_level = c2, lv
            self.mentions.append(mn)
            known.append(mn)
        self._named_by_year()

    def _issued_by_owner(self, k: Mention, owner: str) -> bool:
        """Whether the body that issued ``k`` (its issuer tail, its own short owner 'Kế hoạch số 7-KH/HNDT của Hội',
        else the body before the verb that issued it) has the word ``owner`` in its name, as itself ('Hội' is in 'Hội
        Nông dân tỉnh', not in 'Hội đồng nhân dân')."""
        name = k.issuer
        if not name:
            own = _SHORT_OWNER.match(self.t, max(k.end, k.tail_end))
            m = _ISSUED_BY_BEFORE.search(self.f, max(0, k.start - 80), k.start) if own is None else None
            name = own.group(1) if own else (self.t[m.start(1):m.end(1)] if m else "")
        return re.search(rf"(?<![^\W\d_]){re.escape(owner)}(?![^\W\d_])(?![ \t]+đồng)", name) is not None

    def _headline_numbered(self, cands: list[Mention]) -> list[str]:
        """The numbered document a headline names by its title ('Ban Thường vụ Huyện ủy ban hành Kế hoạch thực hiện
        Chỉ thị số 35-CT/TW' over a text on Kế hoạch số 150-KH/HU): the text's own (its heading's number), else the one
        document of the type that the text names as no object of a cue ('Thực hiện Kế hoạch số 41-KH/TU, ...') nor
        before the verb that issues another."""
        own = {k.key for k in cands if k.key and heading_number(self.f, k.start, k.end)}
        if len(own) == 1:
            return sorted(own)
        free = [k for k in cands if not _UPSTREAM_CUE_BEFORE.search(self.f, max(0, k.start - 40), k.start)]
        if len({k.key for k in free}) != 1:
            # ('Để cụ thể hóa Nghị quyết số 29-NQ/TW và Chương trình số 45-CTr/TU của Tỉnh ủy, Ban Thường vụ Thành ủy
            # đã ban hành Chương trình số 30-CTr/TU': not one named before the issuing verb of its sentence)
            free = [k for k in free if not _ISSUING_VERB.search(self.f, k.end, self._sentence_of(k.start).end)]
        keys = {k.key for k in free if k.key}
        return sorted(keys) if len(keys) == 1 else []

    def _upstream_of_type(self, code: str, type_hits, s: int) -> set[str]:
        """Keys of documents of type ``code`` named before ``s`` as what a document of the same type, named earlier
        in the same sentence, carries out, continues, replaces or builds on (see _UPSTREAM_CUE_BEFORE)."""
        out: set[str] = set()
        prev_end = -1       # where the last one taken ends: the next item of its list ('thay thế A (cũ) cùng B') too
        for m in sorted(self.mentions, key=lambda x: x.start):
            if m.start >= s or m.type != code or not m.key:
                continue
            listed, prev_end = prev_end >= 0 and bool(_NEXT_ITEM.fullmatch(self.f, prev_end, m.start)), -1
            if not listed and not _UPSTREAM_CUE_BEFORE.search(self.f, max(0, m.start - 90), m.start):
                continue
            sent = self._sentence_of(m.start)
            if any(sent.start <= hs < m.start and hc == code for hs, _, hc in type_hits):
                out.add(m.key)
                prev_end = max(m.end, m.tail_end)
        return out

    def _issued_about(self, mn: Mention, s: int, e: int, code: str, known: list[Mention]) -> bool:
        """'Ban Thường vụ Tỉnh ủy đã ban hành Nghị quyết về phát triển kinh tế tư nhân ... đến năm 2030': a document
        the text says a body issued, with a subject but no number, keyed ``TYPE:<body> về <subject>``."""
        t, f = self.t, self.f
        if not t[s].isupper() or code not in _ISSUED_ABOUT_TYPES:
            return False
        v = ISSUED_JUST_BEFORE.search(f, max(0, s - 30), s) or issued_list_item(f, s, e)
        if not v:
            # 'báo cáo tình hình thực hiện Nghị quyết của HĐND huyện về kế hoạch ... năm 2023': named by its issuer
            # and subject, with no number and none of its kind named with one (kg.extract.unnumbered.UnnumberedDocuments._unnumbered)
            a = _ABOUT.match(f, mn.tail_end) if mn.issuer and mn.tail_end > e and _OF.match(f, e) else None
            issuer = norm_body(mn.issuer) if mn.issuer else ""
            if a is None and not issuer and _GOAL_OF_TYPE_BEFORE.search(f, max(0, s - 16), s):
                a, issuer = goals_owner(t, f, e)    # 'chỉ tiêu của Nghị quyết HĐND huyện về nhiệm vụ năm 2024'
            by = issuer_info(issuer)[0]
            if a is None or not by or any(k.type == code and k.kind in ("numbered", "alias") and k.key
                                          and (k.key.endswith("/" + by) or f"-{by}" in k.key) for k in known):
                return False        # (where one of its kind by that issuer has a number, the wording names that one)
        else:
            sent = self._sentence_of(s)
            clause_start = max(sent.start, f.rfind(";", sent.start, v.start()) + 1, f.rfind(",", sent.start, v.start()) + 1)
            bm = list(body_regex().finditer(f, clause_start, v.start() + 1))
            held, mn.date = (None, mn.date) if bm else meeting_issuer(t, f, clause_start, v.start(), self.dates)   # 'Hội nghị đã thông qua Nghị quyết ...'
            a = _ABOUT.match(f, e) or (tasks_title(f, e) if held else None)
            if not (bm or held) or not a:
                return False
            issuer = held or norm_body(t[bm[-1].start():extend_name(t, bm[-1].end(), v.start())])
        if not issuer_info(issuer)[0]:
            return False
        end = title_end(t, f, a.end())
        subject = clean_ws(t[a.end():end]).strip(" ,")
        if len(subject) < 8:
            return False
        mn.key = f"{code}:{issuer} về {subject}"
        mn.kind, mn.issuer, mn.subject, mn.end, mn.tail_end = "named", issuer, subject, end, end
        (mn.issuer_code, mn.issuer_level, _), mn.explicit_issuer = issuer_info(issuer), True
        # (the same subject in its first words and the same years: the plan of 2023 is not the one of 2024)
        same = [k for k in known if k.type == code and k.subject and fold_same_length(k.subject)[:40] == fold_same_length(subject)[:40]
                and set(_YEAR.findall(k.subject)) == set(_YEAR.findall(subject))]
        if same:
            mn.key, mn.kind = same[0].key, "resolved"      # the numbered document named with that subject
        self.mentions.append(mn)
        known.append(mn)
        return True
