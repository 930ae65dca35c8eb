"""Reading a clause for assignments (kg.extract.assignments): where its subject ends and its verbs start, a clause
split where a comma opens a new subject with verbs of its own, the bodies right before a reported verb, an
association named before and then called 'Hội'. Works on kg.extract.task_subjects' Parser and the cues of
kg.extract.assignment_cues."""
from __future__ import annotations

import re

from kg.extract.assignment_cues import (
    ALL_LEVELS,
    ASSOCIATION_NAME,
    BARE_ASSOCIATION,
    COMMA_BREAK,
    DIRECTIVE,
    LEADIN,
    MID_REPORTED,
    NO_DEFAULT,
    PARTY_ORGS,
    PARTY_PAIR,
    REMIT,
    REPORTING,
    SPEAKER_DIRECTS,
    TIME_ADVERB,
    WORD_START,
    is_directive_word,
)
from kg.extract.bodies import may_start_body
from kg.extract.task_phrases import STANDING, TIME_AFTER_BODIES, WHEN_CARRYING_OUT
from kg.extract.task_subjects import PROPER, VSEP, lower_verb
from kg.extract.task_verbs import CARRIES_OUT, CHAIN_FILLER, FILLERS, PACE, VERB_RE, role_of
from kg.extract.text import Segment, clean_ws, fold_same_length, folded_pattern, norm_body, vi


def leading_verbs(P, pos: int, end: int) -> list[str]:
    return P.chain(pos, end)[0]


def goes_on(P, pos: int, end: int, asked: bool) -> bool:
    """A sentence that opens on verbs goes on with the last one's subject: verbs with a role ('Phối hợp các cơ quan theo
    dõi ...'), or, after a request, task verbs ('đề nghị các đảng đoàn ... Tập trung thực hiện tốt công tác ...')."""
    verbs = leading_verbs(P, pos, end)
    return role_of(verbs) is not None or (asked and bool(set(verbs) - REPORTING - NO_DEFAULT - CHAIN_FILLER - FILLERS))


def subject_before(P, t: str, f: str, c, at: int) -> list[tuple[int, int]]:
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


def reported_directing(P, t: str, f: str, c, at: int) -> bool:
    """Is the 'chỉ đạo' at ``at`` the verb of a body the clause reports directing others ('..., 5 năm qua Ban Thường vụ
    Huyện ủy đã lãnh đạo, chỉ đạo các cấp ủy đưa ...')? The reported subject's reading gives both bodies their rows;
    read as a request, the directing body would have none."""
    # (the pattern looks ahead at the verb, so the search runs past ``at``: 'đã chỉ đạo' ends right where 'chỉ đạo' starts)
    for rm in MID_REPORTED.finditer(f, max(c.start, at - 30), min(c.end, at + 12)):
        if rm.end() <= at and re.fullmatch(vi(r"(?:lãnh đạo,?[ \t]+(?:và[ \t]+)?)?"), f[rm.end():at]) and subject_before(P, t, f, c, rm.start()):
            return True
    return False


# a hand-over right before a body's name: 'giao Sở Y tế ...', 'đề nghị UBND huyện ...', 'phân công cho ...'
_HANDED_BEFORE = folded_pattern(r"(?<![a-z])(?:giao|phân công|đề nghị|yêu cầu)(?:[ \t]+trách nhiệm)?(?:[ \t]+cho)?[ \t]*:?[ \t]*$")


def handed_anew(f: str, clause_start: int, body_start: int) -> bool:
    """Is the body at ``body_start`` handed a task by a word of its own ('..., đồng thời giao Sở Văn hóa, Thể thao và Du
    lịch chủ trì tổ chức lớp bồi dưỡng ...')? A second hand-over to a body that already has a row of the same role and
    document is a second task, not the first one told again; a body only named again as a subject is not handed anew."""
    return _HANDED_BEFORE.search(f, max(clause_start, body_start - 24), body_start) is not None


def hands_tasks_over(P, c) -> str | None:
    """How the clause hands tasks over to the bodies it names: "given" ('giao <bodies>', 'phân công <bodies>'), "asked"
    ('Thủ tướng yêu cầu <bodies> ...', 'đề nghị <bodies> ...': what the clauses after it give the bodies they name is
    asked too, 'yêu cầu các bộ, ngành đẩy nhanh ...; Bộ Tài chính rà soát ...'), else None."""
    for m in DIRECTIVE.finditer(P.f, c.start, c.end):
        if m.group(0).startswith(("giao", "phan cong")) and is_directive_word(P.t, m) \
                and P.body_list(m.end(), c.end)[0]:
            return "given"
    return "asked" if asks_bodies(P, c.start, c.end) else None


# a second task a lead body does with partners, after a comma: 'Phòng Kinh tế xã chủ trì hướng dẫn hộ kinh doanh, phối hợp
# với Trung tâm Phục vụ hành chính công xã rút ngắn thời gian giải quyết hồ sơ'
_THEN_PARTNERS = folded_pattern(r",[ \t]*(?:đồng thời[ \t]+)?phối hợp(?:[ \t]+chặt chẽ)?[ \t]+với[ \t]+")


def partners_after(P, subjects: list[tuple[int, int]], end: int, clause_end: int) -> list[tuple[tuple[int, int], int]]:
    """The coordinate rows of a second task after the end of a lead's chain (``end``), each body with where the task
    starts: 'A chủ trì X, phối hợp với B, C Y' gives A (``subjects``), B and C a row for Y; none where no partners with
    their verbs follow."""
    m = _THEN_PARTNERS.search(P.f, end, clause_end)
    partners, last = P.body_list(m.end(), clause_end) if m is not None else ([], end)
    v = VSEP.match(P.f, last).end() if partners else end
    return [(b, v) for b in [*subjects, *partners]] if partners and VERB_RE.match(P.f, v) else []


_LEADS_BETWEEN = folded_pattern(r"(?<![a-z])chủ trì(?![a-z])")


def _directs_next(P, at: int, end: int) -> bool:
    """Bodies with verbs of their own open the words at ``at``: the body a verb directs ('chỉ đạo các xã rà soát'), not
    a task's object that merely starts as a body's head word folds ('phong trào thi đua' is no 'Phòng')."""
    bodies, last = P.body_list(at, end)
    return bool(bodies) and VERB_RE.match(P.f, VSEP.match(P.f, last).end()) is not None


def partners_later(P, subjects: list[tuple[int, int]], end: int, clause_end: int) -> tuple[list[tuple[tuple[int, int], int]], int]:
    """``partners_after`` for a body whose first task is not led ('các cấp Hội tiếp tục đẩy mạnh phong trào thi đua,
    phối hợp với Ngân hàng Chính sách xã hội quản lý tốt nguồn vốn ủy thác'), with where that first task ends (the comma
    before 'phối hợp'; ``end`` where there are no partners)."""
    rows = partners_after(P, subjects, end, clause_end)
    m = _THEN_PARTNERS.search(P.f, end, clause_end) if rows else None
    if m is None or _LEADS_BETWEEN.search(P.f, end, m.start()) or _directs_next(P, VSEP.match(P.f, end).end(), m.start()):
        # ('lãnh đạo UBND tỉnh chủ trì, phối hợp với ...', 'chỉ đạo các xã rà soát, phối hợp với ...': the partners are
        # those of the body directed, which its own clause reads)
        return [], end
    return rows, m.start()


# (what a department says it has done, 'Sở đã tổ chức 18 hội chợ ...', is its report's results: no task)
_DONE = folded_pattern(r"(?:đã|vừa)(?![a-z])")


def association_named(P, pos: int, end: int) -> str | None:
    """'Hội đã phối hợp với ...' at pos: the association a report names in full before ('Hội Nông dân tỉnh ...') and then
    calls 'Hội', when a verb of the chain follows; None where no full name comes before ('Hội nghị' is no subject). So
    for a department called 'Sở' after its name (the one named last: an answer's speaker's, 'Đáp (bà ..., Giám đốc Sở
    Y tế): Sở sẽ ...'), unless it says what it has done ('Sở đã ...')."""
    m = BARE_ASSOCIATION.match(P.t, pos, end)
    if not m or not VERB_RE.match(P.f, m.end()) or (m.group("head") == "Sở" and _DONE.match(P.f, m.end())):
        return None
    for n in reversed(list(ASSOCIATION_NAME.finditer(P.t, 0, pos))):
        if n.group("head") != m.group("head"):
            continue
        b = P.proper(n.start(), pos)
        if b is not None and b > n.end():
            return norm_body(P.t[n.start():b])
    return None


# the short name a letter gives the bodies it addresses, in brackets after them: 'đề nghị Ủy ban nhân dân các tỉnh,
# thành phố trực thuộc Trung ương (sau đây gọi chung là UBND cấp tỉnh) quan tâm chỉ đạo ...'
_SHORT_NAME = folded_pattern(r"[ \t]*\((?:sau đây|dưới đây)?[ \t]*(?:được[ \t]+)?gọi[ \t]+(?:chung[ \t]+|tắt[ \t]+)?là[^()\n]{1,60}\)[ \t]*")
# ... or the short name alone, before the words of a standing office: 'Sở Nông nghiệp và Môi trường (Sở NN&MT) là cơ quan
# thường trực, ...' (before a verb a bracket may say anything of the bodies: '(có diện tích lúa lớn)')
_BARE_SHORT_NAME = re.compile(r"[ \t]*\([^()\n]{1,30}\)[ \t]*")


def past_remit(f: str, at: int) -> int:
    """Where a subject's verbs start: past the short name it is given, its remit ('Các sở, ngành căn cứ chức năng, nhiệm vụ được giao xây dựng ...')
    and a time to come or a recurring one ('Hội Nông dân huyện thời gian tới tiếp tục vận động ...', 'UBND tỉnh hằng
    năm bố trí ...') where verbs follow them; else ``at``."""
    bare = _BARE_SHORT_NAME.match(f, at)
    if bare and STANDING.match(f, bare.end()):
        at = bare.end()
    for cue in (_SHORT_NAME, REMIT, TIME_AFTER_BODIES, WHEN_CARRYING_OUT):
        m = cue.match(f, at)
        if m and VERB_RE.match(f, m.end()):
            at = m.end()
    return at


def after_colon(f: str, at: int) -> int | None:
    """Where the verbs start after a subject's colon: right there (0, the colon's end will do), or after the remit that
    opens the item ('Căn cứ Kế hoạch này, xây dựng ...'); None where no verb follows."""
    remit = REMIT.match(f, at)
    if remit and remit.end() > at and VERB_RE.match(f, remit.end()):
        return remit.end()      # (before the verbs: 'căn cứ' opens on 'cần' folded)
    return 0 if VERB_RE.match(f, at) else None


def asks_bodies(P, lo: int, hi: int) -> bool:
    """Between ``lo`` and ``hi`` a speaker asks bodies: 'Chủ tịch UBND tỉnh đề nghị UBND các huyện ...', 'Thủ tướng
    yêu cầu các bộ, ngành ...' (the bodies asked, not the speaker, are the subject of what follows)."""
    for d in SPEAKER_DIRECTS.finditer(P.f, lo, hi):
        if P.f.startswith(("de nghi", "yeu cau"), d.start()) and P.body_list(d.end(), hi)[0]:
            return True
    return False


def subject_parts(P, c) -> list:
    """A clause split where a comma opens a new subject with its own verbs: 'Giao Sở Tài chính bố trí kinh phí, Sở Nội
    vụ hướng dẫn thực hiện' is two tasks of two bodies. Only after a part that has a subject of its own (bodies or a
    hand-over word at its start), and never inside a list of bodies ('phối hợp với Sở Tài chính, Sở Nội vụ ...')."""
    f, t = P.f, P.t
    lead = LEADIN.match(f, c.start)
    head = lead.end() if lead else c.start
    parts = []
    start = c.start
    for m in COMMA_BREAK.finditer(f, c.start, c.end):
        at = m.end()
        if not t[at:at + 1].isupper() or not (may_start_body(f, at) or PROPER.match(t, at)):
            continue
        bl, last = P.body_list(at, c.end)
        v = VSEP.match(f, last).end() if bl else at
        if not bl or not lower_verb(t, f, v):
            continue
        if not (P.body_list(head, m.start())[0] or DIRECTIVE.match(f, head) or asks_bodies(P, head, m.start())) \
                or ends_body(P, head, m.start()):
            continue
        parts.append(Segment(start, m.start()))
        start = head = at
    parts.append(Segment(start, c.end))
    return parts


def joined_lists(P, cls: list) -> list:
    """The clauses of a sentence, a clause that names only bodies joined to the next when that one opens on bodies and
    their verbs: 'Sở Tài chính; Sở Xây dựng bố trí kinh phí' is one list of two bodies with one task (the list reads
    the semicolon between them, kg.extract.task_subjects)."""
    out: list = []
    for c in cls:
        prev = out[-1] if out else None
        if prev is not None and _bodies_only(P, prev):
            bl, last = P.body_list(VSEP.match(P.f, c.start).end(), c.end)
            if bl and lower_verb(P.t, P.f, VSEP.match(P.f, last).end()):
                out[-1] = Segment(prev.start, c.end)
                continue
        out.append(c)
    return out


def _bodies_only(P, c) -> bool:
    lead = LEADIN.match(P.f, c.start)
    bl, last = P.body_list(lead.end() if lead else c.start, c.end)
    return bool(bl) and not P.f[last:c.end].strip(" \t")


def ends_body(P, lo: int, k: int) -> bool:
    """A body's name ends right at k (the comma after it separates the names of a list)."""
    for w in WORD_START.finditer(P.f, max(lo, k - 80), k):
        bl, _ = P.body_list(w.start(), k)
        if bl and bl[-1][1] == k:
            return True
    return False


# a party committee's boards (Vietnamese: các ban của cấp ủy) named by their remit alone, and the committee named after
# the last of a list of them: 'Ban Tuyên giáo và Ban Dân vận Tỉnh ủy', 'Ban Tổ chức, Ủy ban Kiểm tra Huyện ủy'
_BOARD = folded_pattern(r"(?:ban (?:tuyên giáo|dân vận|tổ chức|nội chính|kinh tế|chính sách,? chiến lược|đối ngoại)"
                        r"|ủy ban kiểm tra|văn phòng)")
_COMMITTEE = folded_pattern(r"[ \t]+(?:(?:tỉnh|thành|huyện|thị|quận) ủy|đảng ủy)(?![a-z])[^,;.]*")
_LIST_SEP = folded_pattern(r"[ \t]*(?:,|và|,[ \t]*và)[ \t]*")


def party_pair(t: str, f: str, spans: list[tuple[int, int]]) -> dict[tuple[int, int], str]:
    """'các cấp ủy, tổ chức đảng (trực thuộc Huyện ủy)' names two parts of the Party, one row each (point (w) of our
    conventions, as the shared gold writes them): the qualifier after the second ('trực thuộc Huyện ủy') covers the
    first too, and is given to it by name ('Các cấp ủy trực thuộc Huyện ủy'); 'các cấp' adds nothing to 'các cấp ủy'.
    So does the committee after the last of a list of its boards ('Ban Tuyên giáo và Ban Dân vận Tỉnh ủy': 'Ban Tuyên
    giáo Tỉnh ủy'), not after a body of another kind ('Ban Tuyên giáo và Sở Văn hóa tỉnh'). The names of the earlier
    spans of such lists that differ from their own words."""
    names: dict[tuple[int, int], str] = {}
    for (a, b), (c, d) in zip(spans, spans[1:]):
        if PARTY_PAIR.fullmatch(f, a, d) and (org := PARTY_ORGS.match(f, c)):
            tail = clean_ws(t[org.end():d]).strip(" ,")
            if tail and not ALL_LEVELS.fullmatch(fold_same_length(tail)):
                names[(a, b)] = f"{norm_body(t[a:b])} {tail}"
    owner = None        # the committee of the list read from its end, while its spans are boards
    for (a, b), (c, d) in reversed(list(zip(spans, spans[1:]))):
        board = _BOARD.match(f, c)
        if board and _COMMITTEE.fullmatch(f, board.end(), d):
            owner = clean_ws(t[board.end():d])
        if owner is not None and _LIST_SEP.fullmatch(f, b, c) and _BOARD.fullmatch(f, a, b):
            names[(a, b)] = f"{norm_body(t[a:b])} {owner}"
        else:
            owner = None
    return names



# the people's committee a council hands its resolutions to (Vietnamese: cơ quan tổ chức thực hiện nghị quyết), asked at
# the session's close to carry them out: 'đề nghị UBND tỉnh khẩn trương triển khai các nghị quyết vừa thông qua', 'UBND
# tỉnh khẩn trương triển khai thực hiện, bảo đảm ...': their executor leads them (point (ae)), where a body another
# directs takes part in what it carries out ((aa)); a text about a council's session only
_PEOPLES_COMMITTEE = folded_pattern(r"(?:ubnd|ủy ban nhân dân)(?: (?:tỉnh|huyện|xã|phường|thị trấn|thành phố|thị xã|đặc khu))?")
_COUNCIL_SESSION = folded_pattern(r"(?<![a-z])(?:kỳ họp|bế mạc)(?![a-z])[^.\n]{0,120}?(?<![a-z])(?:hđnd|hội đồng nhân dân)(?![a-z])"
                                  r"|(?<![a-z])(?:hđnd|hội đồng nhân dân)(?![a-z])[^.\n]{0,120}?(?<![a-z])(?:kỳ họp|bế mạc)(?![a-z])")


def executes_resolutions(f: str, subjects: list[tuple[int, int]], verbs: list[str]) -> bool:
    """Are ``subjects`` a council's people's committee asked only to carry out (triển khai, thực hiện) what the council
    passed, in a text that reports the council's session?"""
    steps = set(verbs) - CHAIN_FILLER - PACE
    return bool(steps) and steps <= CARRIES_OUT - {"quan triet", "hoc tap", "to chuc quan triet", "to chuc hoc tap",
                                                   "tham gia", "lam diem"} \
        and all(_PEOPLES_COMMITTEE.fullmatch(f, a, b) for a, b in subjects) and _COUNCIL_SESSION.search(f) is not None


# a body directing or leading other bodies, mid-clause: '<A> chỉ đạo <B> chủ trì ...', '<A> lãnh đạo <B> ...'
_DIRECTS = folded_pattern(r"(?<=[ \t])(?:lãnh đạo|chỉ đạo)[ \t]+")


def directing_subject(P, t: str, f: str, c) -> tuple[list[tuple[int, int]], int] | None:
    """The body that directs or leads others in a clause whose opening named no subject, and where its verb starts:
    '..., đồng chí Chủ tịch lưu ý, năm tới UBND xã chỉ đạo Ban Văn hóa chủ trì ...', 'yêu cầu, để thực hiện ...,
    Đảng ủy UBND tỉnh lãnh đạo Sở Công Thương ...' (Vietnamese: chỉ đạo, lãnh đạo). The directing body gets its row
    with the bodies it directs, as where it opens the sentence. None where no body stands right before such a verb
    with bodies and their verbs after it, or where that body is handed the task ('giao A chỉ đạo B ...', read with
    the hand-over); a body reported to have directed ('đã chỉ đạo') is read by MID_REPORTED."""
    for m in _DIRECTS.finditer(f, c.start, c.end):
        objs, last = P.body_list(m.end(), c.end)
        if not objs or not VERB_RE.match(f, VSEP.match(f, last).end()):
            continue
        subjects = subject_before(P, t, f, c, m.start())
        # (a body handed the task right before it is read with the hand-over, and so is the chain it opens: 'giao UBND
        # tỉnh chỉ đạo các sở ...', 'yêu cầu A lãnh đạo B chỉ đạo C ...')
        if not subjects or any(d.end() == subjects[0][0] and is_directive_word(t, d)
                               for d in DIRECTIVE.finditer(f, max(c.start, subjects[0][0] - 30), subjects[0][0])):
            return None
        return subjects, m.start()
    return None


def asks_everyone(t: str, f: str, s) -> bool:
    """Does sentence ``s`` hold a request that names no body, its verbs right after it ('đồng chí Chủ tịch đề nghị
    năm tới đẩy mạnh thực hiện Kế hoạch ...'; Vietnamese: yêu cầu, đề nghị, lưu ý)? The bodies of the sentences after it in
    its paragraph are the ones asked ('Các chi bộ tổ chức học tập ...'); a request that names its bodies is read with them."""
    for m in SPEAKER_DIRECTS.finditer(f, s.start, s.end):
        if f.startswith("chi dao", m.start()) or not t[m.start()].islower() or f.endswith("da ", 0, m.start()):
            continue        # ('đã chỉ đạo tổ chức học tập ...': a body's own directing, reported)
        at = m.end()
        adv = TIME_ADVERB.match(f, at, s.end)
        at = adv.end() if adv else at
        if VERB_RE.match(f, at) and not f.startswith(("yeu cau", "de nghi"), at):
            return True
    return False
