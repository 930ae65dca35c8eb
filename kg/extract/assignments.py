"""Assignments: which body does what about which document.

Patterns (cue verbs from the project's cue list):
* '<bodies> <verbs> ...'               subject list at the start of a sentence
* '... giao/yêu cầu/đề nghị/phân công <bodies> <verbs> ...'
* '<X> chủ trì, phối hợp với <Y, Z> ...' -> X lead, Y and Z coordinate
* '<X> ... chỉ đạo <bodies> <verbs>'  -> X by its own verbs, the bodies by theirs
* 'giao A <task>; B <task>', 'A <task>, B <task>' -> B has a task of its own (the hand-over goes on to B)
Coordinated bodies ('A, B và C') give one row each; a body with verbs of two roles in two
clauses ('lãnh đạo, chỉ đạo ...; kiểm tra, giám sát ...') gets one row per role. The role of a
verb chain is the strongest in it: lead (chủ trì, lãnh đạo, chỉ đạo, tham mưu, phụ trách) >
monitor (kiểm tra, giám sát, theo dõi, đôn đốc, thanh tra) > participate (tuyên truyền, vận động,
tham gia ...)."""
from __future__ import annotations

import re
from bisect import bisect_right

from kg.extract.alternation import word_start
from kg.extract.bodies import issuer_info, may_start_body
from kg.extract.literals import may_match
from kg.extract.task_phrases import ASKS_LIST, LED_BY, MEETING_WORD, PAST_OPENER, ROLE_LABEL, STANDING, TIME_AFTER_BODIES
from kg.extract.task_subjects import PROPER, VSEP, Parser, lower_verb
from kg.extract.task_verbs import CHAIN_FILLER, FILLERS, VERB_RE, role_of
from kg.extract.text import Segment, clauses, clean_ws, folded_pattern, letters, norm_body, vi
from kg.facts import Assignment
from kg.text.symbols import fold

# a list item's marker ('- ', '+ ', '1. ', 'a) ') before its subject: '- Sở Tài chính: chủ trì ...'
# ('là cơ quan thường trực, chủ trì ...': the item's role as the standing office, then its task; 'theo dõi' is no 'theo đó')
_LEADIN = re.compile(r"[ \t\n]*(?:(?:[-+•–*]|\d{1,2}[.)]|[a-z]\))[ \t]+)?(?:la co quan (?:thuong truc|dau moi)(?: [a-z]+){0,5}?[ \t]*,[ \t]*|"
                     r"(?:theo do|dong thoi|ngoai ra|tren co so do|qua do|vi vay|do do|mat khac|ben canh do|"
                     r"cung voi do|tiep theo|cu the|trong thoi gian toi|thoi gian toi)(?![a-z])[ \t]*,?[ \t]*)?")
_SUBJECT_COLON = re.compile(r"[ \t]*:[ \t]*")
_DIRECTIVE = re.compile(word_start(r"(?<![a-z])(?:giao(?: trach nhiem)?(?: cho)?|yeu cau|de nghi|phan cong|chi dao)[ \t]*:?[ \t]+"))
# verbs that hand a task to the bodies after them ('chỉ đạo các xã lập danh sách'); 'hướng dẫn các chi bộ thực hiện quy
# trình' is the guiding body's own task, the bodies it guides are its object
# ('Đảng ủy UBND tỉnh lãnh đạo UBND tỉnh chỉ đạo ...': a party committee leads the body it stands over to act)
_CAUSATIVE = {"chi dao", "yeu cau", "de nghi", "giao", "lanh dao"}
# a body charged with a task does it itself (Vietnamese: có trách nhiệm; the boilerplate "chịu trách nhiệm thi hành" holds
# officials to account)
_ANSWERS_FOR = {"co trach nhiem"}
_REPORTING = {"dinh ky", "tong hop", "bao cao", "de xuat", "thuong xuyen", "kip thoi", "tiep tuc", "da", "se", "som"}
_FAR_CUE = re.compile(r"(?<![a-z])(?:kiem tra|giam sat|theo doi|don doc|thanh tra|chu tri|lanh dao|chi dao)(?![a-z])")
# the body right after 'giao' / 'phân công' is given the task as its own (read on the source: 'giáo' is no 'giao')
_ASSIGNED_TO = re.compile(r"(?<![^\W\d_])(?:[Gg]iao|[Pp]hân công)(?:[ \t]+trách nhiệm)?(?:[ \t]+cho)?[ \t]*:?[ \t]*$")
# (opens on the set of its first characters, which a scan skips to: a comma and spaces, or spaces)
_AT_THE_SAME_TIME = re.compile(vi(r"[, \t](?:(?<=,)[ \t]+|(?<=[ \t])[ \t]*)(?:đồng thời|và đồng thời)[ \t]+"))
_REPORTED = re.compile(word_start(r"(?<![a-z])(?:da|duoc)(?![a-z])"))
_UNKNOWN_LEAD = re.compile(letters(r"(?P<name>[{U}][^\W\d_]*(?:[ \t]+[^\W\d_]+){1,9}?)[ \t]+(?=chủ trì(?:,)?[ \t]+phối hợp)"))
# the agent of a passive ('Hội nghị do đồng chí ... chủ trì'): read on the source, 'do' is no 'đó' or 'đỏ'
_AGENT = re.compile(r"(?<![^\W\d_])do(?![^\W\d_])")
_MID_LEAD = re.compile(word_start(r"(?<=[ \t])chu tri,?[ \t]+phoi hop voi(?![a-z])"))
# a share of the bodies that opens a list ('100% chi bộ, đảng bộ cơ sở ...', '42/45 cơ quan, đơn vị ...'): a measure, a
# target or a result, not an opening phrase before the subject
_MEASURED = re.compile(r"\d+(?:[.,]\d+)?(?:[ \t]*%|/\d+[ \t]+[a-z])")


# 'chủ trì, phối hợp với ' right before the partners' names (nothing else between the role and them)
_LEAD_WITH_PARTNERS = folded_pattern(r"chủ trì[ \t]*,?[ \t]*(?P<partner>phối hợp (?:với|cùng)|cùng)[ \t]+$")


_NO_DEFAULT = {"ban hanh", "giao", "yeu cau", "de nghi", "phan cong", "chi dao", "to chuc"}


_LEVEL_RANK = {"commune": 0, "district": 1, "province": 2, "central": 3}


def _above(level: str | None, own: str) -> bool:
    return level in _LEVEL_RANK and own in _LEVEL_RANK and _LEVEL_RANK[level] > _LEVEL_RANK[own]


def find_assignments(p, sentences, df, doc_for_clause, prescriptive_text: bool = False,
                     body_start: int = 0, own_level: str | None = None) -> list[Assignment]:
    """body_start: offset where the text's own prescriptive content begins (after its headline and
    lead); subjects before it are not given default roles. own_level: the level of the official text's
    own document (its heading number), whose 'Đề nghị' to bodies above it asks, and assigns nothing; None
    where the text is not an official one."""
    P = Parser(p)
    f, t = p.folded, p.text
    out: list[Assignment] = []
    seen: set[tuple[str, str, str | None, bool]] = set()

    aliases: dict[tuple[int, int], str] = {}      # a subject that stands for a body named before ('Hội' for its name)
    # (the cues most texts never hold are not looked for in each clause)
    also_cue, charge_cue, speaker_cue, partners_cue = (may_match(x, f) for x in (_AT_THE_SAME_TIME, _CHARGE,
                                                                                 _SPEAKER_DIRECTS, _MID_LEAD))

    def add(span, role, clause, task_start, directive_doc=None, reported=False, worded: str | None = None):
        body = aliases.get(span) or norm_body(t[span[0]:span[1]])
        if len(body) < 3 or role is None:
            return
        doc = doc_for_clause(clause)
        task = (worded or clean_ws(t[task_start:clause.end]).strip(" ,.;"))[:300] or None
        done = bool(task) and (reported or past_sentence[0]
                               or _reported_between(t, f, max(clause.start, span[1]), task_start + 3))
        # (what a body did and what it is asked to do next are two tasks, even in one role about one document)
        k = (fold(body), role, doc, done)
        if k in seen:
            return
        seen.add(k)
        if task and done:
            task += " (reported)"      # what a body did, as a review reports it ('đã lãnh đạo, chỉ đạo ...')
        out.append(Assignment(body, role, doc, task, span=p.span(span[0], clause.end)))

    def shared_task(coord, cstart, clause) -> str | None:
        """The task of 'A chủ trì, phối hợp với B, C <task>': '<task>', one task that A leads and B and C
        coordinate (the role words and the partners' names are not part of it). None where the clause is
        not worded so."""
        if not coord or not _LEAD_WITH_PARTNERS.match(f, cstart, coord[0][0]):
            return None
        return clean_ws(t[coord[-1][1]:clause.end]).strip(" ,.;") or None

    def predicate(subjects, pos, clause, directive: bool, depth: int = 0, fallback: bool = False,
                  reported: bool = False, directed: bool = False, given: bool = False):
        verbs, coord, cstart, cend = P.chain(pos, clause.end)
        # the bodies a reported act directed did reported work too: 'đã lãnh đạo, chỉ đạo các huyện ủy xây dựng ...'
        reported = reported or bool(verbs and _reported_between(t, f, pos, cstart + 3))
        if coord:                   # no body coordinates with itself
            own = {fold(norm_body(t[a:b])) for a, b in subjects}
            coord = [b for b in coord if fold(norm_body(t[b[0]:b[1]])) not in own]
        role = role_of(verbs)
        names = set(verbs)
        if _TASKS_FOLLOW.match(f, cstart, clause.end) or _DEADLINE.match(f, cstart, clause.end):
            # ('...; hoàn thành trong quý III/2025' is the deadline of the task before, no task of its own)
            return cend         # 'tập trung thực hiện tốt các nhiệm vụ sau:' points at the tasks listed next, is none itself
        if depth == 0 and (_OWN_PLAN_FOLLOWS.match(f, cstart) or (
                "phoi hop voi" in names and "chu tri" not in names and not directive
                and _HOLDS_MEETING.match(f, coord[-1][1] if coord else cend))):
            # '... xây dựng Kế hoạch thực hiện như sau:' is the text's own issue; 'A phối hợp với B tổ chức hội nghị
            # ...' the event the text reports: neither is a task ('chủ trì, phối hợp ... tổ chức lễ ra quân' in a plan
            # is one)
            return cend
        if "chu tri" in names:
            task = shared_task(coord, cstart, clause)
            for s in subjects:
                add(s, "lead", clause, cstart, reported=reported, worded=task)
            for b in coord:
                add(b, "coordinate", clause, cstart, reported=reported, worded=task)
        elif "phoi hop voi" in names or ("phoi hop" in names and role not in ("lead",)):
            for s in subjects:
                add(s, "coordinate", clause, cstart, reported=reported)
            for b in coord:
                add(b, "coordinate", clause, cstart, reported=reported)
        else:
            if role is None and verbs and subjects and STANDING.search(f, subjects[-1][1], pos):
                role = "lead"
            if role is None and _ANSWERS_FOR & set(verbs) and set(verbs) - _REPORTING - _ANSWERS_FOR:
                role = "lead"       # 'Sở Tài chính có trách nhiệm cân đối, bố trí kinh phí ...': the task is its own
            if role is None and directed and not reported and set(verbs) - _REPORTING:
                # an official directive's 'chỉ đạo Chi cục Kiểm lâm rà soát ...': the body directed does the task itself (a
                # report of what a body directed others to do is their taking part)
                role = "lead"
            if role is None and depth > 0 and reported and set(verbs) - _REPORTING - _NO_DEFAULT:
                # '(đã) chỉ đạo 17 tổ chức cơ sở đảng làm điểm': what a report says a body directed others to do is their
                # taking part
                role = "participate"
            if role is None and given and not reported and set(verbs) - _REPORTING:
                # 'giao A chủ trì ...; B chỉnh trang đô thị': the hand-over goes on over the sentence's later clauses
                role = "lead"
            if role is None and directive and (fallback or set(verbs) - _REPORTING) and not (set(verbs) & _NO_DEFAULT
                                                                                           and not fallback):
                role = "participate"
            if role is None and directive and verbs and verbs[-1] == "tiep tuc" and _TASK_WORD.match(t, cend):
                role = "participate"    # 'đề nghị các bộ, ngành tiếp tục tháo gỡ vướng mắc ...': a task named by its own verb
            if role in (None, "participate") and verbs and subjects and set(verbs) - _REPORTING \
                    and _ASSIGNED_TO.search(t, max(0, subjects[0][0] - 24), subjects[0][0]):
                role = "lead"       # 'giao UBND tỉnh tổ chức triển khai ...': a task of its own, given to it
            if role is not None:
                for s in subjects:
                    add(s, role, clause, cstart, reported=reported)
            # '... tham gia giám sát, đồng thời tuyên truyền, vận động ...', '... đã ban hành Kế hoạch số 95-KH/TU, đồng
            # thời đã lãnh đạo, chỉ đạo ...': a second task with a role of its own
            also = _AT_THE_SAME_TIME.search(f, cend, clause.end) if also_cue and (role is not None or verbs) else None
            if also:
                verbs2, _, cstart2, _ = P.chain(also.end(), clause.end)
                role2 = role_of(verbs2)
                if role2 is not None and role2 != role:
                    reported2 = reported or bool(_reported_between(t, f, also.end(), cstart2 + 3))
                    for s in subjects:
                        add(s, role2, clause, cstart2, reported=reported2)
        # causative: '... chỉ đạo <bodies> <verbs>'
        # ('đã lãnh đạo, chỉ đạo các cấp ủy xây dựng kế hoạch': the pair is read as one verb, its last word counts)
        if depth == 0 and verbs and (verbs[-1].split(", ")[-1] in _CAUSATIVE):
            objs, last = P.body_list(re.match(r"[ \t]*:?[ \t]*", f[cend:cend + 8]).end() + cend, clause.end)
            if objs:
                predicate(objs, last, clause, True, depth + 1, reported=reported,
                          directed=directive and own_level is not None and verbs[-1].split(", ")[-1] == "chi dao")
                return last
        # '... phụ trách và <bodies> <verbs>'
        m = re.match(r"[ \t]*va[ \t]+", f[cend:cend + 6])
        if depth <= 1 and m and verbs:
            objs, last = P.body_list(cend + m.end(), clause.end)
            if objs:
                predicate(objs, last, clause, directive, depth + 1, fallback=True)
        return cend

    carried: list[tuple[int, int]] = []      # the last sentence's subjects, for 'Phối hợp ...' after it
    carried_directive = False
    # the subjects of a line that ends on ':' ('1. Sở ... chủ trì, phối hợp với ...:'), for the '+' items under it
    heading: list[tuple[int, int]] = []
    heading_directive = False
    speaker_directs = False                  # a speaker's 'đề nghị ...' goes on over the next sentences
    bare_heading = False                     # the heading line has no colon
    para_of = _paragraph_index(t)
    last_para = -1
    past_sentence = [False]                  # the sentence opens on a time gone by: what it says bodies did is reported
    for s in sentences:
        past_sentence[0] = bool(PAST_OPENER.match(f, s.start, s.end))
        para = para_of(s.start)
        if para != last_para:
            # (under a numbered heading line with no colon, a line of prose that opens on a verb is its task too:
            # '4. UBND các xã, thị trấn' / 'Xây dựng kế hoạch ...')
            # ('3. UBND các xã' / 'Căn cứ chức năng, nhiệm vụ, tổ chức thực hiện ...': its remit, then its verbs)
            under = bool(heading) and (bool(_ITEM_LINE.match(t, s.start)) or (
                bare_heading and t[s.start:s.start + 1].isupper() and _after_colon(f, s.start) is not None))
            carried = heading if under else []
            carried_directive = heading_directive if under else carried_directive
            if not under:
                heading = []
            if speaker_directs and _REPORTED.search(f, s.start, s.end):
                speaker_directs = False
            last_para = para
        lead_in = _LEADIN.match(f, s.start)
        hb, hlast = P.body_list(lead_in.end(), s.end) if lead_in else ([], s.start)
        asks = _DIRECTIVE.match(f, lead_in.end()) if lead_in and not hb else None
        if asks and _is_directive_word(t, asks):
            # '4. Đề nghị Ủy ban MTTQ và các đoàn thể huyện:' asks the bodies for the '-' items under it
            hb, hlast = P.body_list(asks.end(), s.end)
            if own_level and asks.group(0).startswith("de nghi") \
                    and all(_above(issuer_info(norm_body(t[a:b]))[1], own_level) for a, b in hb):
                hb = []             # (a request to a higher level is no task the text gives)
        while hb and f.startswith(";", hlast):
            # a heading's groups of bodies, one after another: '2. Các sở, ban, ngành; UBND các huyện, thị xã'
            more, more_last = P.body_list(VSEP.match(f, hlast + 1).end(), s.end)
            if not more:
                break
            hb, hlast = hb + more, more_last
        bare = bool(hb) and not f[hlast:s.end].strip() and bool(_NUMBERED.match(t, s.start)) \
            and f[s.end:s.end + 1] in ("\n", "")
        if hb and (_HEADING_END.fullmatch(f, hlast, s.end) or bare):
            # a line that names only its bodies ('1. Sở Nông nghiệp và Phát triển nông thôn:', or a numbered line
            # without the colon, '1. Phòng Văn hóa và Thông tin'): the '-' items under it are their tasks
            heading = carried = hb
            bare_heading = bare
            heading_directive = carried_directive = (prescriptive_text and s.start >= body_start) or speaker_directs \
                or bool(asks)
            continue
        cls = [part for c in clauses(f, s) for part in _subject_parts(P, c)]
        subjects: list[tuple[int, int]] = []
        directive = False
        handled_until = s.start
        n_sentence = len(out)
        hands_over = False          # a clause before has handed tasks over to named bodies ('giao A ...; B ...')
        for ci, c in enumerate(cls):
            n_before = len(out)
            lead = _LEADIN.match(f, c.start)
            pos = lead.end() if lead else c.start
            if ci == 0 and carried and not P.body_list(pos, c.end)[0]:
                pos = _after_colon(f, pos) or pos      # (a remit before the verbs of the line under a heading)
            if ci == 0 and carried and VERB_RE.match(f, pos) and _goes_on(P, pos, c.end, carried_directive) \
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
                for o in P.body_list(label.end(), c.end)[0]:
                    add(o, role, c, c.end)
                continue
            # (departments named after one plural head: 'Các sở: Nội vụ, Tài chính, Tư pháp phối hợp ...')
            shared, shared_last = P.shared_head(pos, c.end)
            for a_, b_, name in shared:
                aliases[(a_, b_)] = name
            bl, last = ([(a_, b_) for a_, b_, _ in shared], shared_last) if shared else P.body_list(pos, c.end)
            if not bl:
                named = _association_named(P, pos, c.end)
                if named:
                    bl, last = [(pos, pos + 3)], pos + 3
                    aliases[(pos, pos + 3)] = named
            if not bl and ci == 0:
                # an opening adverbial phrase, or two: 'Trên cơ sở kết quả tổng kết, <bodies> ...', 'Báo cáo cho biết, sau
                # 5 năm, <bodies> đã ...'
                comma = f.find(",", pos, min(c.end, pos + 80))
                if comma > 0 and not _DIRECTIVE.search(f, pos, comma) and not _MEASURED.match(f, pos):
                    at = VSEP.match(f, comma).end()
                    bl, last = P.body_list(at, c.end)
                    span = _TIME_PHRASE.match(f, at, c.end) if not bl else None
                    if span:        # (a second phrase only when it gives a time: not a list's next name)
                        bl, last = P.body_list(span.end(), c.end)
            remit = _REMIT.match(f, last) if bl else None
            if remit and VERB_RE.match(f, remit.end()):
                last = remit.end()          # 'Các sở, ngành căn cứ chức năng, nhiệm vụ được giao xây dựng kế hoạch ...'
            when = TIME_AFTER_BODIES.match(f, last) if bl else None
            if when and VERB_RE.match(f, when.end()):
                last = when.end()           # 'Hội Nông dân huyện thời gian tới tiếp tục vận động ...'
            says = _SAYS.match(f, last) if bl else None
            if says and _REPORTED_ROLE.match(f, says.end()) and VERB_RE.match(f, says.end()):
                last = says.end()           # 'Sở Xây dựng cho biết đã phối hợp với ...': what it reports it did
            colon = _SUBJECT_COLON.match(f, last) if bl else None
            if colon and _after_colon(f, colon.end()) is not None:
                # '- Sở Tài chính: Chủ trì, phối hợp ...': the item's subject; '3. Các chi, đảng bộ trực thuộc: Căn cứ
                # Kế hoạch này, xây dựng ...': its remit, then its verbs
                last = _after_colon(f, colon.end()) or colon.end()
            elif colon:
                # 'Các cơ quan, đơn vị: Công an huyện, Ban Chỉ huy Quân sự huyện ... phối hợp ...': the bodies named
                inner, inner_last = P.body_list(colon.end(), c.end)
                if inner and VERB_RE.match(f, VSEP.match(f, inner_last).end()):
                    bl, last = inner, inner_last
            asked = _ASKED.match(f, last) if bl else None
            if asked and VERB_RE.match(f, asked.end()):
                # 'Ủy ban MTTQ Việt Nam được đề nghị tăng cường giám sát ...': asked as by 'đề nghị <bodies>'
                subjects, directive = bl, True
                handled_until = predicate(subjects, asked.end(), c, True)
            elif bl and VERB_RE.match(f, VSEP.match(f, last).end()):
                if len(bl) == 1 and role_of(_leading_verbs(P, last, c.end)) is None:
                    # a name that goes on in lower-case words that fold like verbs, up to its role: 'Ban Quản lý dự án
                    # Đầu tư xây dựng tỉnh chủ trì, phối hợp với ...'
                    um = _UNKNOWN_LEAD.match(t, pos, min(c.end, pos + 90))
                    # never past a verb that hands the task on ('Chính phủ giao Bộ Kế hoạch và Đầu tư chủ trì ...')
                    if um and um.end("name") > last and not re.search(r"[,;:]", t[last:um.end("name")]) \
                            and not _DIRECTIVE.search(f, last, um.end("name")):
                        bl, last = [(bl[0][0], um.end("name"))], um.end("name")
                subjects = bl
                directive = (directive and ci > 0) or (prescriptive_text and c.start >= body_start
                                                       and not _REPORTED.search(f, c.start, c.end)) \
                    or (speaker_directs and not _REPORTED.search(f, c.start, c.end))
                handled_until = predicate(subjects, last, c, directive, given=hands_over and ci > 0)
            elif not bl and t[pos:pos + 1].isupper() and may_start_body(f, pos) \
                    and t.find("chủ trì", pos, min(c.end, pos + 90)) >= 0 \
                    and _UNKNOWN_LEAD.match(t, pos, min(c.end, pos + 90)) \
                    and not _DIRECTIVE.search(f, pos, _UNKNOWN_LEAD.match(t, pos, min(c.end, pos + 90)).end()):
                # a body the gazetteer does not know, named right before 'chủ trì, phối hợp':
                # 'Ban đại diện HĐQT NHCSXH huyện chủ trì, phối hợp với ...' (the words are looked for before the scan)
                um = _UNKNOWN_LEAD.match(t, pos, min(c.end, pos + 90))
                subjects = [(pos, um.end("name"))]
                directive = prescriptive_text and c.start >= body_start
                handled_until = predicate(subjects, um.end("name"), c, directive)
            elif bl and ci == 0 and not _REPORTED.search(f, last, min(c.end, last + 60)):
                # the cue further on: 'Ủy ban Kiểm tra Huyện ủy đưa nội dung này vào chương trình
                # kiểm tra, giám sát'
                v = _FAR_CUE.search(f, last, min(c.end, last + 70))
                # (a capitalised cue is a name's: '... làm Trưởng Ban Chỉ đạo')
                if v and "," not in f[last:v.start()] and not VERB_RE.search(f, last, v.start()) and t[v.start()].islower():
                    subjects = bl
                    directive = prescriptive_text and c.start >= body_start
                    handled_until = predicate(subjects, v.start(), c, directive)
            elif subjects and ci > 0:
                handled_until = predicate(subjects, pos, c, directive)
            # directives inside the clause: 'đề nghị các sở ...', 'phân công 55 sở ...'
            for d in _DIRECTIVE.finditer(f, max(c.start, handled_until), c.end):
                if _in_quote(t, s.start, d.start()) or not _is_directive_word(t, d):
                    continue
                at = d.end()
                adv = _TIME_ADVERB.match(f, at, c.end)
                if adv:
                    at = adv.end()      # 'đề nghị thời gian tới, các cấp ủy, chính quyền cần ...'
                objs, last2 = P.body_list(at, c.end)
                if objs and own_level and d.group(0).startswith("de nghi") \
                        and all(_above(issuer_info(norm_body(t[a:b]))[1], own_level) for a, b in objs):
                    continue            # an official text's request to a higher level is no task it gives
                if objs:
                    remit = _REMIT.match(f, last2)
                    if remit and VERB_RE.match(f, remit.end()):
                        last2 = remit.end()     # 'đề nghị các sở, ngành theo chức năng, nhiệm vụ phối hợp ...'
                    colon2 = _SUBJECT_COLON.match(f, last2)
                    if colon2 and _after_colon(f, colon2.end()) is not None:
                        last2 = _after_colon(f, colon2.end()) or colon2.end()   # 'Đề nghị Ủy ban MTTQ huyện: Tuyên truyền ...'
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
                for rm in _MID_REPORTED.finditer(f, c.start, c.end):
                    bl2 = _subject_before(P, t, f, c, rm.start())
                    if bl2:
                        subjects = bl2
                        handled_until = predicate(bl2, rm.start(), c, False)
                        break
            if len(out) == n_before:
                # 'để Chính phủ, các bộ ... tập trung chỉ đạo, tổ chức thực hiện': the bodies a purpose names
                for pm in _PURPOSE_SUBJECT.finditer(f, c.start, c.end):
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
                    for o in objs:
                        add(o, "lead", c, c.start, worded=clean_ws(t[c.start:am.start()]).strip(" ,.;-") or None)
                    break
            if len(out) == n_before and charge_cue:
                # 'giao nhiệm vụ cho BCH và lãnh đạo địa phương': charged with the tasks that follow
                for gm in _CHARGE.finditer(f, c.start, c.end):
                    if not _is_directive_word(t, gm):
                        continue
                    objs, _ = P.body_list(gm.end(), c.end)
                    for o in objs:
                        add(o, "lead", c, gm.start())
            if len(out) == n_before and partners_cue:
                # '<goal>, X chủ trì, phối hợp với A, B và C ...': the lead named after a comma mid-clause
                for cm in _MID_LEAD.finditer(f, c.start, c.end):
                    a = f.rfind(",", c.start, cm.start())
                    if a < 0:
                        continue
                    a = VSEP.match(f, a).end()
                    if not t[a:a + 1].isupper() or not may_start_body(f, a) or _AGENT.search(t, c.start, a):
                        continue        # ('Hội nghị do đồng chí ..., Phó Bí thư ... chủ trì, phối hợp với ...': who chaired it)
                    bl2, last3 = P.body_list(a, cm.start())
                    if not (bl2 and not f[last3:cm.start()].strip()):
                        um = _UNKNOWN_LEAD.match(t, a, cm.end())
                        if not um or _DIRECTIVE.search(f, a, um.end()):
                            continue
                        bl2, last3 = [(a, um.end("name"))], um.end("name")
                    subjects = bl2
                    directive = prescriptive_text and c.start >= body_start
                    handled_until = predicate(bl2, last3, c, directive)
                    break
            hands_over = hands_over or (len(out) > n_before and _hands_over(P, c))
        if len(out) > n_sentence and speaker_cue and any(P.body_list(VSEP.match(f, m.end()).end(), s.end)[0]
                                         for m in _SPEAKER_DIRECTS.finditer(f, s.start, s.end)):
            speaker_directs = True     # 'đề nghị <bodies> ...', not 'đáp ứng yêu cầu nhiệm vụ'
        elif (asks_list := ASKS_LIST.search(f, max(s.start, s.end - 24), s.end)) and _is_directive_word(t, asks_list):
            speaker_directs = True     # 'đồng chí ... đề nghị:' asks the bodies of the '-' items under it

        carried = subjects
        carried_directive = directive or speaker_directs
        if subjects and t[s.start:s.end].rstrip().endswith(":"):
            heading, heading_directive = subjects, carried_directive
    return out


# a reported role right after a subject: '(trong tỉnh) đã (quan tâm|tập trung) lãnh đạo, chỉ đạo'
_MID_REPORTED = re.compile(word_start(r"(?<=[ \t])da[ \t]+(?:(?:quan tam|tap trung|chu dong|tich cuc)[ \t]+)?"
                                      r"(?=(?:lanh dao|chi dao|chu tri|trien khai|to chuc|ban hanh)(?![a-z]))"))
# a time adverbial between a directive word and the bodies it names
_TIME_ADVERB = re.compile(vi(r"(?:trong[ \t]+)?(?:thời gian tới(?:[ \t]+đây)?|năm \d{4}|những năm (?:tới|tiếp theo)|"
                             r"từ nay đến cuối (?:năm|nhiệm kỳ)|giai đoạn tới)(?:[ \t]*,[ \t]*|[ \t]+(?=các[ \t]))"))
_REPORTED_ROLE = folded_pattern(r"(?<![a-z])da(?![a-z])")
# the bodies' remit between them and their verbs: '... căn cứ chức năng, nhiệm vụ được giao ...', '... theo thẩm quyền ...',
# '... căn cứ Kế hoạch này ...'
# ('Sở Thông tin và Truyền thông là cơ quan đầu mối, chủ trì ...': its standing, then its task)
# a time phrase after an opening one: '..., sau 5 năm, ', '..., trong nhiệm kỳ qua, '
_TIME_PHRASE = folded_pattern(r"(?:sau|trong|qua|từ|đến|những năm|giai đoạn|thời gian)(?![a-z])[^,;.\n]{0,40},[ \t]*")
_REMIT = re.compile(vi(r"[ \t]*,?[ \t]*(?:(?:căn cứ(?:[ \t]+vào)?|theo|trong phạm vi|thực hiện theo)[ \t]+(?:đúng[ \t]+)?"
                       r"(?:chức năng,?[ \t]+nhiệm vụ(?:,?[ \t]+(?:và[ \t]+)?quyền hạn)?|thẩm quyền|(?:nội dung[ \t]+)?(?:kế hoạch|"
                       r"quyết định|chỉ thị|nghị quyết|chương trình|hướng dẫn|công văn)(?:[ \t]+này)?)"
                       r"(?:[ \t]+(?:được giao|của mình|của (?:đơn vị|ngành|cơ quan|địa phương)(?:[ \t]+mình)?))?"
                       r"|là (?:cơ quan )?(?:đầu mối|thường trực)(?:[ \t]+[a-z]+){0,5}?(?=[ \t]*,))[ \t]*,?[ \t]*"))


def _reported_between(t: str, f: str, a: int, b: int) -> bool:
    """'đã' between a and b, in lower case: a capitalised 'Đa' is a name's ('Trường THPT Hòa Đa', 'xã Đa Phước')."""
    return any(t[m.start()].islower() for m in _REPORTED_ROLE.finditer(f, a, b))
# a body reporting its own work: '<body> cho biết(,) đã ...'
_SAYS = folded_pattern(r"[ \t]+cho biết[ \t]*,?[ \t]*")
_ASKED = re.compile(r"[ \t]+duoc[ \t]+(?:de nghi|yeu cau|giao|phan cong)[ \t]+")
_OWN_PLAN_FOLLOWS = re.compile(vi(r"xây dựng[ \t]+(?:kế hoạch|chương trình)(?:[ \t]+[a-z]+){0,8}?[ \t]+như sau[ \t]*:"))
# (the co-organiser's name may run on past the chain: 'phối hợp với Hội LHPN (LHPN) tỉnh tổ chức hội nghị ...')
_HOLDS_MEETING = re.compile(vi(r"[^.;:\n]{0,40}?(?<![a-z])tổ chức[ \t]+(?:hội nghị|hội thảo|lễ|buổi|cuộc|đại hội|tọa đàm)(?![a-z])"))
_TASKS_FOLLOW = re.compile(vi(r"(?:(?:tập trung|tiếp tục)[ \t]+)?(?:thực hiện|làm|triển khai)(?:[ \t]+(?:tốt|có hiệu quả|nghiêm túc))?"
                              r"[ \t]+(?:các|một số|những)[ \t]+(?:nhiệm vụ|nội dung|giải pháp)"
                              r"(?:[ \t]+(?:trọng tâm|chủ yếu|cụ thể))?[ \t]+(?:sau|như sau)[ \t]*:?[ \t]*$"))
# 'Hội' alone before its verbs ('Hội đã phối hợp ...', 'Hội cũng ...'), and an association's full name ('Hội Nông dân ...')
_BARE_ASSOCIATION = re.compile(letters(r"Hội[ \t]+(?=[{L}])"))
_ASSOCIATION_NAME = re.compile(letters(r"(?<![{L}{U}])Hội[ \t]+(?=[{U}])"))
_COMMA_BREAK = re.compile(r",[ \t]+")
_WORD_START = re.compile(r"(?<![a-z0-9])[a-z0-9]")
_DEADLINE = folded_pattern(r"(?:hoàn thành|xong)[ \t]+(?:trong|trước|chậm nhất|vào)(?![a-z])")
_HEADING_END = re.compile(r"[ \t]*:[ \t]*")
_NUMBERED = re.compile(r"[ \t]*(?:\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ]\))[ \t]+")
_ITEM_LINE = re.compile(r"[ \t]*[+\-•–][ \t]+")
_TASK_WORD = re.compile(letters(r"[ \t]+[{L}]"))
_PURPOSE_SUBJECT = re.compile(word_start(r"(?<![a-z])(?:de|nham de)[ \t]+"))
_CHARGE = re.compile(word_start(r"(?<![a-z])giao nhiem vu cho[ \t]+"))
# a speaker directing the bodies present: 'đề nghị các đảng đoàn ...', 'yêu cầu ...', 'lưu ý ...'
_SPEAKER_DIRECTS = re.compile(word_start(r"(?<![a-z])(?:de nghi|yeu cau|luu y|chi dao)(?![a-z])[ \t]*"))


def _leading_verbs(P, pos: int, end: int) -> list[str]:
    return P.chain(pos, end)[0]


def _goes_on(P, pos: int, end: int, asked: bool) -> bool:
    """A sentence that opens on verbs goes on with the last one's subject: verbs with a role ('Phối hợp các cơ quan theo
    dõi ...'), or, after a request, task verbs ('đề nghị các đảng đoàn ... Tập trung thực hiện tốt công tác ...')."""
    verbs = _leading_verbs(P, pos, end)
    return role_of(verbs) is not None or (asked and bool(set(verbs) - _REPORTING - _NO_DEFAULT - CHAIN_FILLER - FILLERS))


def _subject_before(P, t: str, f: str, c, at: int) -> list[tuple[int, int]]:
    """The bodies that end right before ``at`` and start after a comma, or with a capital letter,
    within the clause ('..., các cấp ủy, chính quyền trong tỉnh đã ...')."""
    lo = max(c.start, at - 160)
    starts = [m.end() for m in re.finditer(r",[ \t]*", f[lo:at])]
    cands = [lo + x for x in starts]
    cands += [lo + m.start() for m in re.finditer(r"(?<=[ \t])[^\W\d_]", t[lo:at]) if t[lo + m.start()].isupper()]
    if c.start >= lo:
        cands.append(c.start)
    for a in sorted(set(cands)):
        if not may_start_body(f, a):
            continue
        bl, last = P.body_list(a, at)
        if bl and not f[last:at].strip(" \t,"):
            return bl
    return []


def _paragraph_index(t: str):
    breaks = [m.start() for m in re.finditer(r"\n", t)]

    def index(pos: int) -> int:
        return bisect_right(breaks, pos)
    return index


def _is_directive_word(t: str, m) -> bool:
    """'giao' (to assign), not 'giáo' of 'Ban Tuyên giáo' or 'giáo dục', which fold alike."""
    if not m.group(0).startswith("giao"):
        return True
    return t[m.start():m.start() + 4].lower() == "giao"


def _hands_over(P, c) -> bool:
    """The clause hands tasks over to the bodies it names: 'giao <bodies>', 'phân công <bodies>'."""
    for m in _DIRECTIVE.finditer(P.f, c.start, c.end):
        if m.group(0).startswith(("giao", "phan cong")) and _is_directive_word(P.t, m) \
                and P.body_list(m.end(), c.end)[0]:
            return True
    return False


def _association_named(P, pos: int, end: int) -> str | None:
    """'Hội đã phối hợp với ...' at pos: the association a report names in full before ('Hội Nông dân tỉnh ...') and then
    calls 'Hội', when a verb of the chain follows; None where no full name comes before ('Hội nghị' is no subject)."""
    m = _BARE_ASSOCIATION.match(P.t, pos, end)
    if not m or not VERB_RE.match(P.f, m.end()):
        return None
    for n in reversed(list(_ASSOCIATION_NAME.finditer(P.t, 0, pos))):
        b = P.proper(n.start(), pos)
        if b is not None and b > n.end():
            return norm_body(P.t[n.start():b])
    return None


def _after_colon(f: str, at: int) -> int | None:
    """Where the verbs start after a subject's colon: right there (0, the colon's end will do), or after the remit that
    opens the item ('Căn cứ Kế hoạch này, xây dựng ...'); None where no verb follows."""
    remit = _REMIT.match(f, at)
    if remit and remit.end() > at and VERB_RE.match(f, remit.end()):
        return remit.end()      # (before the verbs: 'căn cứ' opens on 'cần' folded)
    return 0 if VERB_RE.match(f, at) else None


def _subject_parts(P, c) -> list:
    """A clause split where a comma opens a new subject with its own verbs: 'Giao Sở Tài chính bố trí kinh phí, Sở Nội
    vụ hướng dẫn thực hiện' is two tasks of two bodies. Only after a part that has a subject of its own (bodies or a
    hand-over word at its start), and never inside a list of bodies ('phối hợp với Sở Tài chính, Sở Nội vụ ...')."""
    f, t = P.f, P.t
    lead = _LEADIN.match(f, c.start)
    head = lead.end() if lead else c.start
    parts = []
    start = c.start
    for m in _COMMA_BREAK.finditer(f, c.start, c.end):
        at = m.end()
        if not t[at:at + 1].isupper() or not (may_start_body(f, at) or PROPER.match(t, at)):
            continue
        bl, last = P.body_list(at, c.end)
        v = VSEP.match(f, last).end() if bl else at
        if not bl or not lower_verb(t, f, v):
            continue
        if not (P.body_list(head, m.start())[0] or _DIRECTIVE.match(f, head)) or _ends_body(P, head, m.start()):
            continue
        parts.append(Segment(start, m.start()))
        start = head = at
    parts.append(Segment(start, c.end))
    return parts


def _ends_body(P, lo: int, k: int) -> bool:
    """A body's name ends right at k (the comma after it separates the names of a list)."""
    for w in _WORD_START.finditer(P.f, max(lo, k - 80), k):
        bl, _ = P.body_list(w.start(), k)
        if bl and bl[-1][1] == k:
            return True
    return False


def _in_quote(t: str, start: int, pos: int) -> bool:
    seg = t[start:pos]
    return seg.count("“") > seg.count("”") or seg.count('"') % 2 == 1
