"""Assignments: which body does what about which document.

Patterns (cue verbs from the project's cue list):
* '<bodies> <verbs> ...'               subject list at the start of a sentence
* '... giao/yêu cầu/đề nghị/phân công <bodies> <verbs> ...'
* '<X> chủ trì, phối hợp với <Y, Z> ...' -> X lead, Y and Z coordinate
* '<X> ... chỉ đạo <bodies> <verbs>'  -> X by its own verbs, the bodies by theirs
* 'giao A <task>; B <task>', 'A <task>, B <task>' -> B has a task of its own (the hand-over goes on to B)
* '<X> <task>, báo cáo kết quả hằng tháng' -> X by its task, and X monitor for the report at fixed times
Coordinated bodies ('A, B và C') give one row each; a body with verbs of two roles in two
clauses ('lãnh đạo, chỉ đạo ...; kiểm tra, giám sát ...') gets one row per role. The role of a
verb chain is the strongest in it: lead (chủ trì, lãnh đạo, chỉ đạo, tham mưu, phụ trách) >
monitor (kiểm tra, giám sát, theo dõi, đôn đốc, thanh tra) > participate (tuyên truyền, vận động,
tham gia ...)."""
from __future__ import annotations

import re

from kg.extract.assignment_gate import gives_no_task, may_leave
from kg.extract.assignment_clauses import (
    party_pair,
    reported_directing,
    after_colon,
    past_remit,
    association_named,
    directing_subject, asks_everyone, handed_anew, partners_after, partners_later, joined_lists,
    executes_resolutions, goes_on,
    hands_tasks_over,
    leading_verbs,
    subject_before,
    subject_parts,
)
from kg.extract.assignment_cues import (
    AGENT,
    ACCOUNT_ONLY,
    ANSWERS_ABOUT,
    ANSWERS_FOR,
    ASKED,
    ASSIGNED_TO,
    AT_THE_SAME_TIME,
    BEFORE_SUBJECT,
    REPORTED_MARK,
    CAUSATIVE,
    CHAIRS_MEETING,
    CHARGE,
    DIRECTED_BEFORE,
    DRAFTS_OWN_PLAN,
    CLOSING,
    DEADLINE,
    DIRECTIVE,
    FAR_CUE,
    FOLLOWS_UP,
    FUNDS,
    HEADING_END,
    holds_meetings,
    HOLDS_MEETING, ITEM_LINE,
    LEAD_WITH_PARTNERS,
    LEADIN,
    MEASURED,
    MID_LEAD,
    MID_REPORTED,
    NO_DEFAULT, ORGANISES_WORK,
    NUMBERED,
    OFFICIAL,
    OWN_PLAN_FOLLOWS,
    PURPOSE_ADVERB, PURPOSE_SUBJECT,
    REPORTED,
    REPORTED_ROLE,
    REPORTING,
    SAYS,
    SPEAKER_DIRECTS,
    SUBJECT_COLON,
    TASK_WORD,
    TASKS_FOLLOW,
    TIME_ADVERB,
    TIME_PHRASE,
    UNKNOWN_LEAD,
    bodies_follow,
    in_quote, unquoted,
    is_directive_word, directs_between,
    paragraph_index,
    report_duty_after,
    report_duty_at,
    reported_between,
    result_not_task,
)
from kg.extract.assignment_tables import cell_units, table_assignments
from kg.extract.bodies import VILLAGE_UNITS, all_above, asks_above, may_start_body
from kg.extract.literals import may_match, may_match_in
from kg.extract.recommendations import ADDRESSED, recommendation_sections
from kg.extract.task_phrases import (
    ASKS_LIST, CELL_END,
    LED_BY, MEETING_WORD, PARTNERS_AFTER_LEAD, PAST_OPENER,
    ROLE_LABEL, SAME_LEVEL, STANDING,
)
from kg.extract.task_subjects import PROPER, VSEP, Parser
from kg.extract.task_verbs import KEEPS_UP, MONITOR_VERBS, VERB_RE, carries_out_document, own_task, own_work, role_of
from kg.extract.text import clauses, clean_ws, folded_pattern, norm_body
from kg.facts import Assignment
from kg.extract.short_names import without_short_names
from kg.text.symbols import fold

VILLAGES = re.compile(VILLAGE_UNITS)


# 'và' next
_AND_NEXT = folded_pattern(r"[ \t]*và[ \t]+")


def find_assignments(p, sentences, df, doc_for_clause, prescriptive_text: bool = False,
                     body_start: int = 0, own_level: str | None = None, leave_early: bool = True) -> list[Assignment]:
    """body_start: offset where the text's own prescriptive content begins (after its headline and
    lead); subjects before it are not given default roles. own_level: the level of the official text's
    own document (its heading number), whose 'Đề nghị' to bodies above it asks, and assigns nothing; None
    where the text is not an official one. leave_early: sentences that cannot give an assignment are left
    unread (kg.extract.assignment_gate); False reads every one, with the same rows."""
    p = without_short_names(p)      # (a body's bracketed short name cuts no clause: 'Sở Văn hóa, ... (VH,TT&DL) chủ trì')
    P = Parser(p)
    f, t = p.folded, p.text
    out: list[Assignment] = []
    seen: dict[tuple[str, str, str | None, bool], str | None] = {}
    read: set[tuple[tuple[int, int], int]] = set()

    aliases: dict[tuple[int, int], str] = {}      # a subject that stands for a body named before ('Hội' for its name)
    # (the cues most texts never hold are not looked for in each clause)
    also_cue, charge_cue, speaker_cue, partners_cue = (may_match(x, f) for x in (AT_THE_SAME_TIME, CHARGE,
                                                                                 SPEAKER_DIRECTS, MID_LEAD))

    def add(span, role, clause, task_start, directive_doc=None, reported=False, worded: str | None = None):
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

    def shared_task(coord, cstart, clause) -> str | None:
        """The task of 'A chủ trì, phối hợp với B, C <task>': '<task>', one task that A leads and B and C
        coordinate (the role words and the partners' names are not part of it). None where the clause is
        not worded so."""
        if not coord or not LEAD_WITH_PARTNERS.match(f, cstart, coord[0][0]):
            return None
        return clean_ws(t[coord[-1][1]:clause.end]).strip(" ,.;") or None

    def partner_task(subjects, coord, cstart, clause, verb: str | None = None) -> str | None:
        """The task of B in 'A phối hợp với B <task>' as B does it: 'phối hợp với A <task>' (B's words would name B
        coordinating with itself; ``verb`` for the words of 'A đã chủ trì, phối hợp với B'). None where the partners
        do not follow the verb in one run."""
        if not coord or not subjects or not cstart <= coord[0][0]:
            return None
        verb = verb or clean_ws(t[cstart:coord[0][0]]).strip(" ,")
        rest = clean_ws(t[coord[-1][1]:clause.end]).strip(" ,.;")
        names = ", ".join(aliases.get(s) or norm_body(t[s[0]:s[1]]) for s in subjects)
        return " ".join(x for x in (verb, names, rest) if x) or None

    def predicate(subjects, pos, clause, directive: bool, depth: int = 0, fallback: bool = False,
                  reported: bool = False, directed: bool = False, given: bool = False):
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
        if closing and closing.group("this"):
            return cend         # ('Yêu cầu ... nghiêm túc thực hiện Chỉ thị này.': the text's closing formula)
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
            if role is not None:
                for s in subjects:
                    add(s, role, clause, cstart, reported=reported,
                        worded=clean_ws(t[cstart:duty[0] if duty else cut]).strip(" ,.;") if duty or then else None)
                    if duty:
                        add(s, "monitor", clause, duty[1])
                for b, at in then:      # 'A <task>, phối hợp với B <task>': A by its verbs, then A and B coordinate
                    add(b, "coordinate", clause, at, reported=reported)
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
        # causative: '... chỉ đạo <bodies> <verbs>'
        # ('đã lãnh đạo, chỉ đạo các cấp ủy xây dựng kế hoạch': the pair is read as one verb, its last word counts)
        if depth <= 2 and verbs and (verbs[-1].split(", ")[-1] in CAUSATIVE):
            objs, last = P.directed_list(re.match(r"[ \t]*:?[ \t]*", f[cend:cend + 8]).end() + cend, clause.end)
            if objs and not asks_above(t, f, objs, own_level, clause.start, cend):    # (a request upward asks, gives none)
                if HEADING_END.fullmatch(f, last, clause.end):
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

    carried: list[tuple[int, int]] = []      # the last sentence's subjects, for 'Phối hợp ...' after it
    directed_heading: list[list[tuple[int, int]] | None] = [None]   # the bodies a heading line directs, before its ':'
    carried_directive = heading_directive = False
    # the subjects of a line that ends on ':' ('1. Sở ... chủ trì, phối hợp với ...:'), for the '+' items under it
    heading: list[tuple[int, int]] = []
    speaker_directs = False                  # a speaker's 'đề nghị ...' goes on over the next sentences
    task_run = False                         # the paragraph's sentences before gave tasks, none reported
    bare_heading = False                     # the heading line has no colon
    para_of = paragraph_index(t)
    recommends, last_para = recommendation_sections(t, f), -1
    past_sentence = [False]                  # the sentence opens on a time gone by: what it says bodies did is reported
    for si, s in enumerate(sentences):
        past_sentence[0] = bool(PAST_OPENER.match(f, s.start, s.end))
        para = para_of(s.start)
        if para != last_para:
            # (under a numbered heading line with no colon, a line of prose that opens on a verb is its task too:
            # '4. UBND các xã, thị trấn' / 'Xây dựng kế hoạch ...')
            # ('3. UBND các xã' / 'Căn cứ chức năng, nhiệm vụ, tổ chức thực hiện ...': its remit, then its verbs)
            under = bool(heading) and (bool(ITEM_LINE.match(t, s.start)) or (
                bare_heading and t[s.start:s.start + 1].isupper() and after_colon(f, s.start) is not None))
            carried = heading if under else []
            carried_directive = heading_directive if under else carried_directive
            if not under:
                heading = []
            if speaker_directs and REPORTED.search(f, s.start, s.end):
                speaker_directs = False
            last_para, task_run = para, False
        if gives_no_task(t, s) or leave_early and not (speaker_directs or task_run or (carried and carried_directive) or (
                prescriptive_text and s.end > body_start)) and may_leave(t, f, sentences, si, para_of):
            carried, carried_directive = [], False      # (as read: no subject, nothing directs; ``may_leave``)
            continue
        lead_in = LEADIN.match(f, s.start)
        hb, hlast = P.body_list(lead_in.end(), s.end) if lead_in else ([], s.start)
        asks = DIRECTIVE.match(f, lead_in.end()) if lead_in and not hb else None
        # '1. Đối với UBND tỉnh' in a report's recommendations: asked as by 'Đề nghị UBND tỉnh'
        addressed = ADDRESSED.match(f, lead_in.end()) if lead_in and not hb and not asks and recommends(s.start) else None
        if addressed:
            hb, hlast = P.body_list(addressed.end(), s.end)
        if asks and is_directive_word(t, asks):
            # '4. Đề nghị Ủy ban MTTQ và các đoàn thể huyện:' asks the bodies for the '-' items under it
            hb, hlast = P.body_list(asks.end(), s.end)
            if own_level and asks.group(0).startswith(("de nghi", "kien nghi")) and all_above(t, hb, own_level):
                hb = []             # (a request to a higher level is no task the text gives)
        while hb and f.startswith(";", hlast):
            # a heading's groups of bodies, one after another: '2. Các sở, ban, ngành; UBND các huyện, thị xã'
            more, more_last = P.body_list(VSEP.match(f, hlast + 1).end(), s.end)
            if not more:
                break
            hb, hlast = hb + more, more_last
        bare = bool(hb) and not f[hlast:s.end].strip() and bool(NUMBERED.match(t, s.start)) \
            and f[s.end:s.end + 1] in ("\n", "")
        if hb and (HEADING_END.fullmatch(f, hlast, s.end) or bare):
            # a line that names only its bodies ('1. Sở Nông nghiệp và Phát triển nông thôn:', or a numbered line
            # without the colon, '1. Phòng Văn hóa và Thông tin'): the '-' items under it are their tasks
            heading = carried = hb
            bare_heading = bare
            heading_directive = carried_directive = (prescriptive_text and s.start >= body_start) or speaker_directs \
                or bool(asks) or bool(addressed)
            continue
        cls = [part for c in joined_lists(P, clauses(f, s)) for part in subject_parts(P, c)]
        subjects: list[tuple[int, int]] = []
        directive, handled_until, n_sentence = False, s.start, len(out)
        hands_over = False          # a clause before has handed tasks over to named bodies ('giao A ...; B ...')
        for ci, c in enumerate(cls):
            n_before = len(out)
            lead = LEADIN.match(f, c.start)
            pos = lead.end() if lead else c.start
            if ci == 0 and addressed:
                pos = addressed.end()       # ('3. Đối với Phòng Y tế: kiểm tra định kỳ ...')
            if ci == 0 and carried and not P.body_list(pos, c.end)[0]:
                pos = after_colon(f, pos) or pos      # (a remit before the verbs of the line under a heading)
            if ci == 0 and carried and VERB_RE.match(f, pos) and goes_on(P, pos, c.end, carried_directive) \
                    and not P.body_list(pos, c.end)[0]:
                # a sentence that goes on with the previous subject: '... Phối hợp các cơ quan theo dõi ...'
                subjects = carried
                directive = carried_directive
                handled_until = predicate(subjects, pos, c, directive)
                continue
            label = ROLE_LABEL.match(f, pos, c.end)
            if label:
                # a table's column flattened into prose: 'Cơ quan chủ trì: Sở Tư pháp', 'Đơn vị phối hợp: UBND các xã'
                role = "coordinate" if label.group("role") == "phoi hop" else role_of([label.group("role")])
                # (the cell runs to the end of its line, its units split as a table's are: 'Đơn vị phối hợp: Vụ Kế
                # hoạch - Tài chính; Sở Y tế các tỉnh, thành phố.')
                line_end = t.find("\n", label.end())
                line_end = len(t) if line_end < 0 else line_end
                # (or at the next column's label on the same line: 'Cơ quan chủ trì: Sở Nội vụ. Cơ quan phối hợp: ...')
                cell_end = CELL_END.search(t, label.end(), line_end)
                line_end = cell_end.start() if cell_end else line_end
                for unit in cell_units(t, label.end(), t[label.end():line_end]):
                    # (a unit the list reader reads whole keeps its reading: 'các sở, ngành liên quan và UBND các xã')
                    bl, last = P.body_list(*unit)
                    if not bl or f[last:unit[1]].strip(" .,;"):
                        # (a unit it does not read whole counts where it opens on a body's name: 'Sở Y tế các tỉnh,
                        # thành phố', not 'chưa xác định')
                        bl = [unit] if PROPER.match(t, unit[0]) or may_start_body(f, unit[0]) else []
                    for o in bl:
                        add(o, role, c, c.end)
                continue
            # (departments named after one plural head: 'Các sở: Nội vụ, Tài chính, Tư pháp phối hợp ...')
            shared, shared_last = P.shared_head(pos, c.end)
            for a_, b_, name in shared:
                aliases[(a_, b_)] = name
            bl, last = ([(a_, b_) for a_, b_, _ in shared], shared_last) if shared else P.body_list(pos, c.end)
            if not bl:
                named = association_named(P, pos, c.end)
                if named:
                    bl, last = [(pos, pos + 3)], pos + 3
                    aliases[(pos, pos + 3)] = named
            if not bl and ci == 0:
                # an opening adverbial phrase, or two: 'Trên cơ sở kết quả tổng kết, <bodies> ...', 'Báo cáo cho biết, sau
                # 5 năm, <bodies> đã ...'
                comma = f.find(",", pos, min(c.end, pos + 80))
                if comma > 0 and not DIRECTIVE.search(f, pos, comma + 2) and not MEASURED.match(f, pos):   # ('yêu cầu, ...')
                    at = VSEP.match(f, comma).end()
                    bl, last = P.body_list(at, c.end)
                    span = TIME_PHRASE.match(f, at, c.end) if not bl else None
                    if span:        # (a second phrase only when it gives a time: not a list's next name)
                        bl, last = P.body_list(span.end(), c.end)
            last = past_remit(f, last) if bl else last
            says = SAYS.match(f, last) if bl else None
            if says and REPORTED_ROLE.match(f, says.end()) and VERB_RE.match(f, says.end()):
                last = says.end()           # 'Sở Xây dựng cho biết đã phối hợp với ...': what it reports it did
            colon = SUBJECT_COLON.match(f, last) if bl else None
            if colon and after_colon(f, colon.end()) is not None:
                # '- Sở Tài chính: Chủ trì, phối hợp ...': the item's subject; '3. Các chi, đảng bộ trực thuộc: Căn cứ
                # Kế hoạch này, xây dựng ...': its remit, then its verbs
                last = after_colon(f, colon.end()) or colon.end()
            elif colon:
                # 'Các cơ quan, đơn vị: Công an huyện, Ban Chỉ huy Quân sự huyện ... phối hợp ...': the bodies named
                inner, inner_last = P.body_list(colon.end(), c.end)
                if inner and VERB_RE.match(f, VSEP.match(f, inner_last).end()):
                    bl, last = inner, inner_last
            asked = ASKED.match(f, last) if bl else None
            if asked and VERB_RE.match(f, asked.end()):
                # 'Ủy ban MTTQ Việt Nam được đề nghị tăng cường giám sát ...': asked as by 'đề nghị <bodies>'
                subjects, directive = bl, True
                handled_until = predicate(subjects, asked.end(), c, True)
            elif bl and VERB_RE.match(f, VSEP.match(f, last).end()):
                if len(bl) == 1 and role_of(leading_verbs(P, last, c.end)) is None:
                    # a name that goes on in lower-case words that fold like verbs, up to its role: 'Ban Quản lý dự án
                    # Đầu tư xây dựng tỉnh chủ trì, phối hợp với ...'
                    um = UNKNOWN_LEAD.match(t, pos, min(c.end, pos + 90))
                    # never past a verb that hands the task on ('Chính phủ giao Bộ Kế hoạch và Đầu tư chủ trì ...')
                    if um and um.end("name") > last and not re.search(r"[,;:]", t[last:um.end("name")]) \
                            and not directs_between(t, f, last, um.end("name")):
                        bl, last = [(bl[0][0], um.end("name"))], um.end("name")
                subjects = bl
                directive = (directive and ci > 0) or (prescriptive_text and c.start >= body_start
                                                       and not REPORTED.search(f, c.start, c.end)) \
                    or ((speaker_directs or task_run) and not REPORTED.search(f, c.start, c.end)) or (ci == 0 and bool(addressed))
                handled_until = predicate(subjects, last, c, directive, given=hands_over and ci > 0)
            elif not bl and t[pos:pos + 1].isupper() and may_start_body(f, pos) \
                    and t.find("chủ trì", pos, min(c.end, pos + 90)) >= 0 \
                    and UNKNOWN_LEAD.match(t, pos, min(c.end, pos + 90)) \
                    and not directs_between(t, f, pos, UNKNOWN_LEAD.match(t, pos, min(c.end, pos + 90)).end()):
                # a body the gazetteer does not know, named right before 'chủ trì, phối hợp':
                # 'Ban đại diện HĐQT NHCSXH huyện chủ trì, phối hợp với ...' (the words are looked for before the scan)
                um = UNKNOWN_LEAD.match(t, pos, min(c.end, pos + 90))
                subjects = [(pos, um.end("name"))]
                directive = prescriptive_text and c.start >= body_start
                handled_until = predicate(subjects, um.end("name"), c, directive)
            elif bl and ci == 0 and not REPORTED.search(f, last, min(c.end, last + 60)):
                # the cue further on: 'Ủy ban Kiểm tra Huyện ủy đưa nội dung này vào chương trình
                # kiểm tra, giám sát'
                v = FAR_CUE.search(f, last, min(c.end, last + 70))
                # (a capitalised cue is a name's: '... làm Trưởng Ban Chỉ đạo')
                if v and "," not in f[last:v.start()] and not VERB_RE.search(f, last, v.start()) and t[v.start()].islower():
                    subjects = bl
                    directive = prescriptive_text and c.start >= body_start
                    handled_until = predicate(subjects, v.start(), c, directive)
            elif subjects and ci > 0:
                handled_until = predicate(subjects, pos, c, directive)
            if handled_until <= c.start and (found := directing_subject(P, t, f, c)):    # '..., năm tới UBND huyện chỉ đạo ...'
                subjects, handled_until = found[0], predicate(found[0], found[1], c, directive)
            # directives inside the clause: 'đề nghị các sở ...', 'phân công 55 sở ...'
            for d in DIRECTIVE.finditer(f, max(c.start, handled_until), c.end):
                if d.start() < handled_until or in_quote(t, s.start, d.start()) or not is_directive_word(t, d) or (
                        d.group(0).startswith("chi dao") and reported_directing(P, t, f, c, d.start())):
                    continue
                at = d.end()
                for _ in range(2):
                    # 'đề nghị thời gian tới, các cấp ủy, chính quyền cần ...', 'đề nghị: để thực hiện thắng lợi
                    # Nghị quyết ..., thời gian tới, các sở ...'
                    adv = TIME_ADVERB.match(f, at, c.end)
                    if adv is None or not bodies_follow(f, t, adv):
                        adv = PURPOSE_ADVERB.match(f, at, c.end)
                    if adv:
                        at = adv.end()
                objs, last2 = P.body_list(at, c.end)
                if objs and asks_above(t, f, objs, own_level, s.start, d.start()):
                    continue            # an official text's request to a higher level is no task it gives
                if objs:
                    last2 = past_remit(f, last2)     # 'đề nghị các sở, ngành theo chức năng, nhiệm vụ phối hợp ...'
                    colon2 = SUBJECT_COLON.match(f, last2)
                    if colon2 and after_colon(f, colon2.end()) is not None:
                        last2 = after_colon(f, colon2.end()) or colon2.end()   # 'Đề nghị Ủy ban MTTQ huyện: Tuyên truyền ...'
                    v = VERB_RE.match(f, VSEP.match(f, last2).end())
                    if not v:
                        continue
                    subjects = objs
                    directive = True
                    handled_until = predicate(objs, last2, c, True)
            if len(out) == n_before:
                # a subject after an opening phrase, reporting what it did: '..., các cấp ủy, chính quyền
                # trong tỉnh đã quan tâm lãnh đạo, chỉ đạo ...'; 'ngay từ đầu nhiệm kỳ Đảng ủy xã đã tập trung
                # lãnh đạo ...'
                for rm in MID_REPORTED.finditer(f, c.start, c.end):
                    bl2 = subject_before(P, t, f, c, rm.start())
                    if bl2:
                        subjects = bl2
                        handled_until = predicate(bl2, rm.start(), c, False)
                        break
            if len(out) == n_before:
                # 'để Chính phủ, các bộ ... tập trung chỉ đạo, tổ chức thực hiện': the bodies a purpose names
                for pm in PURPOSE_SUBJECT.finditer(f, c.start, c.end) if may_match_in(PURPOSE_SUBJECT, f, c.start, c.end) else ():
                    if t[pm.start():pm.start() + 2].lower() not in ("để", "nh") or not may_start_body(f, pm.end()):
                        continue            # 'để', not 'đề' of 'đề nghị', 'vấn đề'
                    objs, last4 = P.body_list(pm.end(), c.end)
                    if objs and VERB_RE.match(f, VSEP.match(f, last4).end()):
                        subjects = objs
                        handled_until = predicate(objs, last4, c, True)
                        break
            # a task and its lead after it: 'Xây dựng cơ sở dữ liệu dân cư do Công an tỉnh chủ trì, ...' (not the chair
            # of a meeting: 'Hội nghị do UBND tỉnh chủ trì'), whoever else the clause names
            for am in (LED_BY.finditer(f, c.start, c.end) if f.find("chu tri", c.start, c.end) >= 0 else ()):
                objs, last5 = P.body_list(am.end(), c.end)
                if objs and re.match(r"[ \t]*chu tri(?![a-z])", f[last5:last5 + 12]) \
                        and not MEETING_WORD.search(f, c.start, am.start()):
                    worded = clean_ws(t[c.start:am.start()]).strip(" ,.;-") or None
                    for o in objs:
                        add(o, "lead", c, c.start, worded=worded)
                    if (pm := PARTNERS_AFTER_LEAD.match(f, last5, c.end)) is not None:
                        for o in P.partner_list(pm.end(), c.end)[0]:
                            add(o, "coordinate", c, c.start, worded=worded)
                    break
            if len(out) == n_before and charge_cue:
                # 'giao nhiệm vụ cho BCH và lãnh đạo địa phương': charged with the tasks that follow
                for gm in CHARGE.finditer(f, c.start, c.end):
                    if not is_directive_word(t, gm):
                        continue
                    objs, _ = P.body_list(gm.end(), c.end)
                    for o in objs:
                        add(o, "lead", c, gm.start())
            if len(out) == n_before and partners_cue:
                # '<goal>, X chủ trì, phối hợp với A, B và C ...': the lead named after a comma mid-clause
                for cm in MID_LEAD.finditer(f, c.start, c.end):
                    a = f.rfind(",", c.start, cm.start())
                    if a < 0:
                        continue
                    a = VSEP.match(f, a).end()
                    if not t[a:a + 1].isupper() or not may_start_body(f, a) or AGENT.search(t, c.start, a):
                        continue        # ('Hội nghị do đồng chí ..., Phó Bí thư ... chủ trì, phối hợp với ...': who chaired it)
                    bl2, last3 = P.body_list(a, cm.start())
                    if not (bl2 and not f[last3:cm.start()].strip()):
                        um = UNKNOWN_LEAD.match(t, a, cm.end())
                        if not um or directs_between(t, f, a, um.end()):
                            continue
                        bl2, last3 = [(a, um.end("name"))], um.end("name")
                    subjects = bl2
                    directive = prescriptive_text and c.start >= body_start
                    handled_until = predicate(bl2, last3, c, directive)
                    break
            handed = hands_tasks_over(P, c) if len(out) > n_before else None     # (the later clauses are handed or asked)
            hands_over, directive = hands_over or handed == "given", directive or handed == "asked"
        if len(out) > n_sentence and speaker_cue and any(P.body_list(VSEP.match(f, m.end()).end(), s.end)[0]
                                         for m in SPEAKER_DIRECTS.finditer(f, s.start, s.end)):
            speaker_directs = True     # 'đề nghị <bodies> ...', not 'đáp ứng yêu cầu nhiệm vụ'
        elif (asks_list := ASKS_LIST.search(f, max(s.start, s.end - 24), s.end)) and is_directive_word(t, asks_list):
            speaker_directs = True     # 'đồng chí ... đề nghị:' asks the bodies of the '-' items under it

        # (a paragraph of tasks goes on in a sentence whose task has no cue: '... Các chi bộ cụ thể hóa chỉ tiêu.')
        task_run = task_run or asks_everyone(t, f, s) or (len(out) > n_sentence and not past_sentence[0]
                                and not any((a.task or "").endswith(REPORTED_MARK) for a in out[n_sentence:]))
        carried = subjects
        carried_directive = directive or speaker_directs
        if subjects and t[s.start:s.end].rstrip().endswith(":"):
            heading, heading_directive = directed_heading[0] or subjects, carried_directive
        directed_heading[0] = None
    # (``predicate`` calls itself through its closure's cell: a reference cycle that would keep every object of this
    # text alive until the cyclic collector ran; emptying the cell lets them go when the call returns)
    predicate = None  # type: ignore[assignment]
    out.extend(table_assignments(p, doc_for_clause, seen))     # a plan's task table
    return out
