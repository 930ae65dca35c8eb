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
    reported_directing,
    after_colon,
    past_remit,
    association_named,
    directing_subject, asks_everyone, joined_lists,
    goes_on,
    hands_tasks_over,
    leading_verbs,
    subject_before,
    subject_parts,
)
from kg.extract.assignment_cues import (
    asked_heading,
    duty_heading,
    AGENT,
    ASKED,
    AT_THE_SAME_TIME,
    REPORTED_MARK,
    CHARGE,
    DIRECTIVE,
    FAR_CUE,
    HEADING_END,
    ITEM_LINE,
    LEADIN,
    MEASURED,
    MID_LEAD,
    MID_REPORTED,
    NUMBERED,
    TASKS_FOLLOW,
    PURPOSE_ADVERB, PURPOSE_SUBJECT,
    REPORTED,
    REPORTED_ROLE,
    SAYS,
    SPEAKER_DIRECTS,
    SUBJECT_COLON,
    TIME_ADVERB,
    TIME_PHRASE,
    UNKNOWN_LEAD,
    bodies_follow,
    in_quote, is_directive_word, directs_between,
    paragraph_index,
)
from kg.extract.assignment_tables import cell_units, is_column_header, table_assignments
from kg.extract.bodies import all_above, asks_above, may_start_body
from kg.extract.field_labels import field_label_end
from kg.extract.literals import may_match, may_match_in
from kg.extract.recommendations import ADDRESSED, recommendation_sections
from kg.extract.task_phrases import (
    ASKS_LIST, CELL_END,
    LED_BY, MEETING_WORD, PARTNERS_AFTER_LEAD, PAST_OPENER,
    ROLE_LABEL, labelled_role,
)
from kg.extract.task_subjects import PROPER, VSEP, Parser
from kg.extract.task_verbs import VERB_RE, role_of
from kg.extract.text import clauses, clean_ws
from kg.facts import Assignment
from kg.extract.assignment_roles import ClauseRoles
from kg.extract.short_names import ShortNames, without_short_names


def find_assignments(p, sentences, df, doc_for_clause, prescriptive_text: bool = False,
                     body_start: int = 0, own_level: str | None = None, leave_early: bool = True) -> list[Assignment]:
    """body_start: offset where the text's own prescriptive content begins (after its headline and
    lead); subjects before it are not given default roles. own_level: the level of the official text's
    own document (its heading number), whose 'Đề nghị' to bodies above it asks, and assigns nothing; None
    where the text is not an official one. leave_early: sentences that cannot give an assignment are left
    unread (kg.extract.assignment_gate); False reads every one, with the same rows."""
    names = ShortNames(p.text)
    p = without_short_names(p, names)      # (a body's bracketed short name cuts no clause: 'Sở Văn hóa, ... (VH,TT&DL) chủ trì')
    P = Parser(p, names)
    f, t = p.folded, p.text
    out: list[Assignment] = []
    seen: dict[tuple[str, str, str | None, bool], str | None] = {}
    read: set[tuple[tuple[int, int], int]] = set()

    aliases: dict[tuple[int, int], str] = {}      # a subject that stands for a body named before ('Hội' for its name)
    # (the cues most texts never hold are not looked for in each clause)
    also_cue, charge_cue, speaker_cue, partners_cue = (may_match(x, f) for x in (AT_THE_SAME_TIME, CHARGE,
                                                                                 SPEAKER_DIRECTS, MID_LEAD))
    directed_heading: list[list[tuple[int, int]] | None] = [None]   # the bodies a heading line directs, before its ':'
    past_sentence = [False]                  # the sentence opens on a time gone by: what it says bodies did is reported
    roles = ClauseRoles(p, P, doc_for_clause, own_level, also_cue, out, seen, read, aliases, past_sentence, directed_heading)
    add, predicate = roles.add, roles.predicate

    carried: list[tuple[int, int]] = []      # the last sentence's subjects, for 'Phối hợp ...' after it
    carried_directive = heading_directive = False
    # the subjects of a line that ends on ':' ('1. Sở ... chủ trì, phối hợp với ...:'), for the '+' items under it
    heading: list[tuple[int, int]] = []
    speaker_directs = False                  # a speaker's 'đề nghị ...' goes on over the next sentences
    task_run = False                         # the paragraph's sentences before gave tasks, none reported
    bare_heading = False                     # the heading line has no colon
    numbered_tasks = False                   # the heading line asks bodies the tasks numbered under it
    para_of = paragraph_index(t)
    recommends, last_para = recommendation_sections(t, f), -1
    for si, s in enumerate(sentences):
        past_sentence[0] = bool(PAST_OPENER.match(f, s.start, s.end))
        para = para_of(s.start)
        if para != last_para:
            # (under a numbered heading line with no colon, a line of prose that opens on a verb is its task too:
            # '4. UBND các xã, thị trấn' / 'Xây dựng kế hoạch ...')
            # ('3. UBND các xã' / 'Căn cứ chức năng, nhiệm vụ, tổ chức thực hiện ...': its remit, then its verbs)
            # ('đề nghị UBND các tỉnh khẩn trương thực hiện các nội dung sau:' / '1. Chỉ đạo ...': numbered items too)
            under = bool(heading) and (bool(ITEM_LINE.match(t, s.start)) or (
                bare_heading and t[s.start:s.start + 1].isupper() and after_colon(f, s.start) is not None)
                or (numbered_tasks and bool(NUMBERED.match(t, s.start))))
            carried = heading if under else []
            carried_directive = heading_directive if under else carried_directive
            if not under:
                heading = []
            if speaker_directs and REPORTED.search(f, s.start, s.end):
                speaker_directs = False
            last_para, task_run = para, False
        if gives_no_task(t, s) or is_column_header(f, s.start, s.end) or leave_early and not (speaker_directs or task_run or (carried and carried_directive) or (
                prescriptive_text and s.end > body_start)) and may_leave(t, f, sentences, si, para_of):
            carried, carried_directive = [], False      # (as read: no subject, nothing directs; ``may_leave``)
            continue
        lead_in = LEADIN.match(f, s.start)
        hb, hlast = P.body_list(lead_in.end(), s.end) if lead_in else ([], s.start)
        asks = DIRECTIVE.match(f, lead_in.end()) if lead_in and not hb else None
        # '1. Đối với UBND tỉnh' in a report's recommendations: asked as by 'Đề nghị UBND tỉnh'
        # ('1. Trách nhiệm của Sở Tài chính:' in a plan: its duties, as the bodies after 'Đối với' are asked)
        addressed = ((ADDRESSED.match(f, lead_in.end()) if recommends(s.start) else None)
                     or duty_heading(P, lead_in.end(), s.end)) if lead_in and not hb and not asks else None
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
            bare_heading, numbered_tasks = bare, False
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
            if label and not labelled_role(f, label):
                continue            # (a bracket's label, which the table reader reads; a meeting's chair)
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
            if not bl and ci == 0 and (field := field_label_end(
                    P, not t[t.rfind("\n", 0, s.start) + 1:s.start].strip(), pos, c.end)) is not None:
                bl, last = P.body_list(field, c.end)        # 'Về nhân lực: Sở Nội vụ chủ trì ...': the field, then its subject
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
            numbered_tasks = directed_heading[0] is not None and bool(TASKS_FOLLOW.search(f, max(s.start, s.end - 80), s.end))
        if not (subjects and heading_directive) and t[s.start:s.end].rstrip().endswith(":") \
                and (asked_bodies := asked_heading(P, s.start, s.end)) \
                and not (own_level and all_above(t, asked_bodies, own_level)):
            # ('Chủ tịch UBND tỉnh yêu cầu các sở, ngành:' in a news page: the items under it are asked of them; a
            # request to a higher level asks, it gives none)
            heading, heading_directive = asked_bodies, True
            numbered_tasks = bool(TASKS_FOLLOW.search(f, max(s.start, s.end - 80), s.end))
        directed_heading[0] = None
    out.extend(table_assignments(p, doc_for_clause, seen))     # a plan's task table
    return out
