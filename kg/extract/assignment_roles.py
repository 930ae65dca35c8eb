"""The roles a clause gives the bodies it names (kg.extract.assignments reads the sentences and calls it per clause).

``ClauseRoles.predicate`` reads the verb chain after a clause's subjects: 'A chủ trì, phối hợp với B ...' gives A the lead
and B the coordination, a causative verb ('chỉ đạo A ...') hands the task on to the bodies it directs, and a reported
act is marked as done. ``add`` keeps one row per body, role, document and state of the task; the readers share the
text's rows, the bodies' aliases and the heading's directed bodies with the sentence loop that owns them."""
from __future__ import annotations

import re

from kg.extract.assignment_clauses import (
    party_pair,
    past_remit,
    handed_anew, partners_after, partners_later, executes_resolutions,
)
from kg.extract.assignment_cues import (
    ACCOUNT_ONLY,
    ANSWERS_ABOUT,
    ANSWERS_FOR,
    ASSIGNED_TO,
    AT_THE_SAME_TIME,
    BEFORE_SUBJECT,
    REPORTED_MARK,
    CARE_CLOSING,
    CAUSATIVE,
    CHAIRS_MEETING,
    DIRECTED_BEFORE,
    DRAFTS_OWN_PLAN,
    CLOSING,
    DEADLINE,
    FOLLOWS_UP,
    FUNDS,
    HEADING_END,
    holds_meetings,
    HOLDS_MEETING, LEAD_WITH_PARTNERS,
    NO_DEFAULT, ORGANISES_WORK,
    OFFICIAL,
    OWN_PLAN_FOLLOWS,
    REPORTING,
    TASK_WORD,
    TASKS_FOLLOW,
    tasks_listed_next,
    unquoted,
    report_duty_after,
    report_duty_at,
    reported_between,
    result_not_task,
)
from kg.extract.bodies import VILLAGE_UNITS, asks_above
from kg.extract.second_roles import PARTED, joints
from kg.extract.task_phrases import (
    SAME_LEVEL, STANDING,
)
from kg.extract.task_subjects import VSEP, Parser
from kg.extract.task_verbs import KEEPS_UP, MONITOR_VERBS, carries_out_document, own_task, own_work, role_of
from kg.extract.text import clean_ws, folded_pattern, norm_body
from kg.facts import Assignment
from kg.text.symbols import fold

VILLAGES = re.compile(VILLAGE_UNITS)

# what stands between a causative verb and the bodies it directs: a colon, or the 'cho' of 'giao cho'
_DIRECTED_OPENS = re.compile(r"[ \t]*:?[ \t]*(?:(?<=giao )cho[ \t]+)?")


# 'và' next
_AND_NEXT = folded_pattern(r"[ \t]*và[ \t]+")


class ClauseRoles:
    """The rows of one text's clauses, as the sentence loop of ``find_assignments`` asks for them: ``out``, ``seen``,
    ``read``, ``aliases``, ``past_sentence`` and ``directed_heading`` are that loop's own containers, read and filled
    here."""

    def __init__(self, p, parser: Parser, doc_for_clause, own_level: str | None, also_cue: bool,
                 out: list[Assignment], seen: dict[tuple[str, str, str | None, bool], str | None],
                 read: set[tuple[tuple[int, int], int]], aliases: dict[tuple[int, int], str], past_sentence: list[bool],
                 directed_heading: list[list[tuple[int, int]] | None]) -> None:
        self.p, self.P, self.t, self.f = p, parser, p.text, p.folded
        self.doc_for_clause, self.own_level, self.also_cue = doc_for_clause, own_level, also_cue
        self.out, self.seen, self.read, self.aliases = out, seen, read, aliases
        self.past_sentence, self.directed_heading = past_sentence, directed_heading

    def add(self, span, role, clause, task_start, directive_doc=None, reported=False, worded: str | None = None):
        aliases, doc_for_clause, f, out, p, past_sentence, read, seen, t = (
            self.aliases, self.doc_for_clause, self.f, self.out, self.p, self.past_sentence, self.read, self.seen, self.t)
        body = aliases.get(span) or norm_body(t[span[0]:span[1]])
        if len(body) < 3 or role is None:
            return
        doc = doc_for_clause(clause)
        task = unquoted(worded or clean_ws(t[task_start:clause.end]).strip(" ,.;"))[:300] or None
        done = bool(task) and (reported or past_sentence[0]
                               or reported_between(t, f, max(clause.start, span[1]), task_start + 3))
        if result_not_task(t, f, span, role, clause, task_start):
            return      # a result a review states of the body, no task of it (kg.extract.assignment_cues)
        # (what a body did and what it is asked next are two tasks; so are two hand-overs to it, 'giao A ...; giao A ...')
        k = (fold(body), role, doc, done)
        if k in seen and (seen[k] == task or not handed_anew(f, clause.start, span[0])) or (span, task_start) in read:
            return      # (and one body's words read twice, as directed and again as asked, give the first reading's row)
        seen.setdefault(k, task)
        read.add((span, task_start))
        if task and done:
            task += REPORTED_MARK      # what a body did, as a review reports it ('đã lãnh đạo, chỉ đạo ...')
        out.append(Assignment(body, role, doc, task, span=p.span(span[0], clause.end)))

    def shared_task(self, coord, cstart, clause) -> str | None:
        """The task of 'A chủ trì, phối hợp với B, C <task>': '<task>', one task that A leads and B and C
        coordinate (the role words and the partners' names are not part of it). None where the clause is
        not worded so."""
        f, t = self.f, self.t
        if not coord or not LEAD_WITH_PARTNERS.match(f, cstart, coord[0][0]):
            return None
        return clean_ws(t[coord[-1][1]:clause.end]).strip(" ,.;") or None

    def partner_task(self, subjects, coord, cstart, clause, verb: str | None = None) -> str | None:
        """The task of B in 'A phối hợp với B <task>' as B does it: 'phối hợp với A <task>' (B's words would name B
        coordinating with itself; ``verb`` for the words of 'A đã chủ trì, phối hợp với B'). None where the partners
        do not follow the verb in one run."""
        aliases, t = self.aliases, self.t
        if not coord or not subjects or not cstart <= coord[0][0]:
            return None
        verb = verb or clean_ws(t[cstart:coord[0][0]]).strip(" ,")
        rest = clean_ws(t[coord[-1][1]:clause.end]).strip(" ,.;")
        names = ", ".join(aliases.get(s) or norm_body(t[s[0]:s[1]]) for s in subjects)
        return " ".join(x for x in (verb, names, rest) if x) or None

    def predicate(self, subjects, pos, clause, directive: bool, depth: int = 0, fallback: bool = False,
                        reported: bool = False, directed: bool = False, given: bool = False):
        P, aliases, also_cue, directed_heading, f, own_level, t = (
            self.P, self.aliases, self.also_cue, self.directed_heading, self.f, self.own_level, self.t)
        add, partner_task, predicate, shared_task = self.add, self.partner_task, self.predicate, self.shared_task
        aliases.update(party_pair(t, f, subjects))
        verbs, coord, cstart, cend = P.chain(pos, clause.end)
        # the bodies a reported act directed did reported work too: 'đã lãnh đạo, chỉ đạo các huyện ủy xây dựng ...'
        reported = reported or bool(verbs and reported_between(t, f, pos, cstart + 3))
        if coord:                   # no body coordinates with itself
            own = {fold(norm_body(t[a:b])) for a, b in subjects}
            coord = [b for b in coord if fold(norm_body(t[b[0]:b[1]])) not in own]
            if subjects and coord and (same := SAME_LEVEL.match(f, coord[-1][1])):
                # 'A các xã phối hợp với UBND cùng cấp': the partner named as the text words it (ANNOTATION (ab)), not
                # with A's level words put in; 'cùng cấp' is part of its name, no word of the task
                partner = (coord[-1][0], same.end())
                aliases[partner] = norm_body(t[coord[-1][0]:same.end()])
                coord = coord[:-1] + [partner]
        role = "participate" if carries_out_document(verbs, f, cend, directed, directive) else role_of(verbs)
        names = set(verbs)
        if TASKS_FOLLOW.match(f, cstart, clause.end) or DEADLINE.match(f, cstart, clause.end):
            # ('...; hoàn thành trong quý III/2025' is the deadline of the task before, no task of its own)
            return cend         # 'tập trung thực hiện tốt các nhiệm vụ sau:' points at the tasks listed next, is none itself
        if depth == 0 and (OWN_PLAN_FOLLOWS.match(f, cstart) or (
                "phoi hop voi" in names and "chu tri" not in names and not directive
                and HOLDS_MEETING.match(f, coord[-1][1] if coord else cend))):
            # '... xây dựng Kế hoạch thực hiện như sau:' is the text's own issue; 'A phối hợp với B tổ chức hội nghị
            # ...' the event the text reports: neither is a task ('chủ trì, phối hợp ... tổ chức lễ ra quân' in a plan
            # is one)
            return cend
        closing = CLOSING.match(f, cstart)
        if closing and closing.group("this") or CARE_CLOSING.match(f, cstart, clause.end):
            return cend         # ('Yêu cầu ... nghiêm túc thực hiện Chỉ thị này.', '... quan tâm, chỉ đạo thực hiện./.')
        if subjects and all(OFFICIAL.match(f, a) for a, _ in subjects) and (closing or (
                set(verbs) <= ANSWERS_FOR and ACCOUNT_ONLY.match(f, cend) and not ANSWERS_ABOUT.match(f, cend))):
            # ('Giám đốc các sở ... chịu trách nhiệm thi hành Quyết định này./.', 'Thủ trưởng các đơn vị chịu trách nhiệm
            # trước Chủ tịch UBND tỉnh ...': held to account, no task)
            return cend
        if depth == 0 and names == {"chu tri"} and not coord and CHAIRS_MEETING.match(f, cend):
            return cend         # ('Chủ tịch UBND xã chủ trì cuộc họp ...': who chaired the meeting)
        # (the standing named between the body and these verbs, not in a clause before: '... là cơ quan thường trực, chủ
        # trì ...; định kỳ hằng tuần tổng hợp, báo cáo UBND tỉnh' reports as any body does)
        standing = bool(subjects) and STANDING.search(f, subjects[-1][1], pos) is not None \
            and f.find(";", subjects[-1][1], pos) < 0
        if "chu tri" in names or (standing and coord and "phoi hop voi" in names):
            # ('A là cơ quan chủ trì Chương trình, phối hợp với B, C <task>': the standing office leads what it
            # does with its partners)
            task = shared_task(coord, cstart, clause) or (clean_ws(t[coord[-1][1]:clause.end]).strip(" ,.;") or None
                                                          if "chu tri" not in names else None)
            for s in subjects:
                add(s, "lead", clause, cstart, reported=reported, worded=task)
            turned = task or partner_task(subjects, coord, cstart, clause, "phối hợp với")
            for b in coord:
                add(b, "coordinate", clause, cstart, reported=reported, worded=turned)
            for b, at in [] if coord else partners_after(P, subjects, cend, clause.end):
                add(b, "coordinate", clause, at, reported=reported)     # 'A chủ trì X, phối hợp với B Y': both
        elif "phoi hop voi" in names or ("phoi hop" in names and role not in ("lead",)):
            for s in subjects:
                add(s, "coordinate", clause, cstart, reported=reported)
            turned = partner_task(subjects, coord, cstart, clause)
            for b in coord:
                add(b, "coordinate", clause, cstart, reported=reported, worded=turned)
            for b, at in partners_after(P, [], cend, clause.end):
                add(b, "coordinate", clause, at, reported=reported)     # 'A phối hợp với B X, phối hợp với C Y': C too
        else:
            if role is None and verbs and standing:
                role = "lead"
            if role is None and ANSWERS_FOR & set(verbs) and (set(verbs) - REPORTING - ANSWERS_FOR or (
                    verbs[-1] in ANSWERS_FOR and TASK_WORD.match(t, cend) and not ACCOUNT_ONLY.match(f, cend))):
                # 'Sở Tài chính có trách nhiệm cân đối, bố trí kinh phí ...', 'UBND các huyện chịu trách nhiệm giải phóng
                # mặt bằng ...': the task is its own
                role = "lead"
            if role is None and verbs and verbs[-1] in ANSWERS_FOR and ANSWERS_ABOUT.match(f, cend):
                role = "lead"       # 'chịu trách nhiệm trước Chủ tịch UBND tỉnh về tiến độ ...': the work it answers for
            if role is None and directed and not reported and own_task(verbs) and not holds_meetings(f, cstart, subjects, directed) \
                    and not (set(verbs) & KEEPS_UP and not own_work(verbs, f, cstart, cend)):
                # a directive's 'chỉ đạo Chi cục Kiểm lâm rà soát ...', a conclusion's 'yêu cầu Đảng ủy xã lãnh đạo UBND xã
                # tập trung giải ngân ...': the body directed or led does a task of its own itself, and takes part where it
                # is only to study or carry out a document (point (aa)); a report of what a body directed others to do
                # is their taking part
                role = "lead"
            if role is None and (directive or directed) and not reported and holds_meetings(f, cstart, subjects, directed):
                role = "participate"    # 'các chi bộ thôn tổ chức sinh hoạt chuyên đề ...' asked: its part (point (ai))
            if role is None and subjects and set(verbs) - REPORTING and all(VILLAGES.match(f, a) for a, _ in subjects) \
                    and (depth > 0 or DIRECTED_BEFORE.search(f, max(0, subjects[0][0] - 12), subjects[0][0])):
                # 'UBND xã (đã) chỉ đạo các thôn rà soát ...', '... cho biết xã đã chỉ đạo các thôn ...': the villages, the
                # chain's last link, do the work themselves (point (x) of our conventions)
                role = "lead"
            if role is None and depth > 0 and reported and set(verbs) - REPORTING - NO_DEFAULT:
                # '(đã) chỉ đạo 17 tổ chức cơ sở đảng làm điểm': what a report says a body directed others to do is their
                # taking part, and a task of their own their lead ('đã chỉ đạo UBND thị xã xây dựng 2 đề án', (aa))
                role = "lead" if own_task(verbs) and not holds_meetings(f, cstart, subjects, directed) else "participate"
            if role is None and given and not reported and set(verbs) - REPORTING:
                # 'giao A chủ trì ...; B chỉnh trang đô thị': the hand-over goes on over the sentence's later clauses
                role = "lead"
            if role is None and directive and (fallback or set(verbs) - REPORTING) and not (
                    set(verbs) & NO_DEFAULT and not fallback and not ORGANISES_WORK.search(f, cstart, cend + 30)) \
                    or role is None and directive and verbs and verbs[-1] == "tiep tuc" and TASK_WORD.match(t, cend):
                # a task of the body's own with no cue leads it, whether or not a body directs it; keeping up or carrying
                # out work takes part (point (af)): 'đề nghị các bộ, ngành tiếp tục tháo gỡ vướng mắc ...', 'quan tâm ...'
                role = "lead" if not reported and own_work(verbs, f, cstart, cend) else "participate"
            if role in (None, "participate") and verbs and subjects and set(verbs) - REPORTING \
                    and ASSIGNED_TO.search(t, max(0, subjects[0][0] - BEFORE_SUBJECT), subjects[0][0]):
                role = "lead"       # 'giao UBND tỉnh tổ chức triển khai ...': a task of its own, given to it
            if role == "participate" and subjects and (all(OFFICIAL.match(f, a) for a, _ in subjects) or FUNDS.match(
                    f, cstart) or DRAFTS_OWN_PLAN.match(f, cstart) or (directive and executes_resolutions(f, subjects, verbs))):
                # 'Chủ tịch UBND các xã khẩn trương rà soát ...': the head answers for it; 'Sở Tài chính cân đối, bố trí
                # kinh phí ...': the owner of the money leads the funding; 'UBND tỉnh cụ thể hóa Kế hoạch thành chương
                # trình hành động': it drafts its own
                role = "lead"
            duty = None
            if subjects and not reported and (directive or given or role is not None) \
                    and not FOLLOWS_UP.search(f, max(subjects[-1][1], clause.start - 400), cstart):
                if role is None and set(verbs) <= REPORTING and report_duty_at(f, VSEP.match(f, pos).end(), clause.end):
                    # '...; Văn phòng UBND tỉnh tổng hợp, báo cáo kết quả hằng quý': compiling reports at fixed times is
                    # watching
                    role = "monitor"
                elif role is not None and not set(verbs) & MONITOR_VERBS:
                    # 'hướng dẫn các xã nộp hồ sơ; hằng tháng tổng hợp, báo cáo UBND tỉnh': a second task, watching
                    duty = report_duty_after(f, cend, clause.end)
            then, cut = partners_later(P, subjects, cend, clause.end) if role not in (None, "coordinate") and not duty else ([], 0)
            # ('tham gia giám sát và vận động Nhân dân ...': a second task of the other role, kg.extract.second_roles)
            second = None
            for joint, at in joints(f, cend, cstart + 1, clause.end) if role in PARTED and subjects and not duty and not then else ():
                first, role2 = role_of(P.chain(cstart, joint)[0]), role_of(P.chain(at, clause.end)[0])
                if first in PARTED and role2 in PARTED and first != role2:
                    role, second, cut = first, (at, role2), joint
                    break
            if role is not None:
                for s in subjects:
                    add(s, role, clause, cstart, reported=reported,
                        worded=clean_ws(t[cstart:duty[0] if duty else cut]).strip(" ,.;") if duty or then or second else None)
                    if duty:
                        add(s, "monitor", clause, duty[1])
                for b, at in then:      # 'A <task>, phối hợp với B <task>': A by its verbs, then A and B coordinate
                    add(b, "coordinate", clause, at, reported=reported)
                turned = partner_task(subjects, coord, cstart, clause) if verbs[:1] == ["cung"] else None
                for b in coord if turned else ():
                    add(b, "coordinate", clause, cstart, reported=reported, worded=turned)  # 'A cùng B <task>': B works with A
            # '... tham gia giám sát, đồng thời tuyên truyền, vận động ...', '... đã ban hành Kế hoạch số 95-KH/TU, đồng
            # thời đã lãnh đạo, chỉ đạo ...': a second task with a role of its own
            also = AT_THE_SAME_TIME.search(f, cend, clause.end) if also_cue and (role is not None or verbs) else None
            if also:
                verbs2, _, cstart2, _ = P.chain(also.end(), clause.end)
                role2 = role_of(verbs2)
                if role2 is not None and role2 != role:
                    reported2 = reported or bool(reported_between(t, f, also.end(), cstart2 + 3))
                    for s in subjects:
                        add(s, role2, clause, cstart2, reported=reported2)
            elif second:
                for s in subjects:
                    add(s, second[1], clause, second[0], reported=reported)
        # causative: '... chỉ đạo <bodies> <verbs>'
        # ('đã lãnh đạo, chỉ đạo các cấp ủy xây dựng kế hoạch': the pair is read as one verb, its last word counts)
        # ('Ủy ban nhân dân tỉnh giao cho Sở ... chủ trì ...': the bodies after the 'cho' of a hand-over)
        if depth <= 2 and verbs and (verbs[-1].split(", ")[-1] in CAUSATIVE):
            objs, last = P.directed_list(_DIRECTED_OPENS.match(f, cend, cend + 8).end(), clause.end)
            if objs and not asks_above(t, f, objs, own_level, clause.start, cend):    # (a request upward asks, gives none)
                if HEADING_END.fullmatch(f, last, clause.end) or tasks_listed_next(f, last, clause.end):
                    # '2. Đảng ủy UBND tỉnh lãnh đạo UBND tỉnh:': the items under the line are the tasks of the body
                    # it directs ('- Chỉ đạo Sở Công Thương kiểm tra ...')
                    directed_heading[0] = objs
                predicate(objs, past_remit(f, last), clause, True, depth + 1, reported=reported,
                          directed=directive and verbs[-1].split(", ")[-1] in ("chi dao", "lanh dao"))
                return last
        # '... phụ trách và <bodies> <verbs>'
        m = _AND_NEXT.match(f[cend:cend + 6])
        if depth <= 1 and m and verbs:
            objs, last = P.body_list(cend + m.end(), clause.end)
            if objs:
                predicate(objs, last, clause, directive, depth + 1, fallback=True)
        return cend
