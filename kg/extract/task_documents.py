"""The document of an assignment's clause (Vietnamese: văn bản của nhiệm vụ): the text's own plan for what it
prescribes, a report the text names for what its issuer then asks, a document just issued for what it asks, the
document a reported meeting rolls out or reviews for what it then asks, else the first document the clause names or
the one in context. Split from kg.extract.assignments, which finds the bodies, roles and tasks."""
from __future__ import annotations

import re
from bisect import bisect_right

from kg.extract.alternation import word_start
from kg.extract.document_dates import heading_number
from kg.extract.literals import may_match
from kg.extract.mention_words import CHANGED_PARTS
from kg.extract.scope_close import ASKED_LIST
from kg.extract.text import FOLDED_WORD, fold_same_length, folded_pattern, vi

# for the document of a clause: one that reports what was done ('đã lãnh đạo ...', 'được triển khai');
# 'các nội dung được nêu', 'nhiệm vụ được giao' describe a task, they do not report one
_REPORTED_CLAUSE = re.compile(word_start(r"(?<![a-z])(?:da|duoc)(?![a-z])(?![ \t]+(?:neu|giao|de ra|xac dinh|phan cong|quy dinh|de nghi|yeu cau)(?![a-z]))"))
# 'để cán bộ nữ được đào tạo', 'tạo điều kiện cho hội viên được vay vốn': a passive in what a task is for reports nothing
# (read on the source: 'để' is no 'đề' of 'đề nghị')
_PURPOSE_PASSIVE = re.compile(r"(?i)(?<![^\W\d_])(?:để|nhằm|tạo điều kiện cho)(?:[ \t]+[^\W\d_]+){0,4}[ \t]+$")


# a document named as what a task spreads ('tuyên truyền Nghị quyết trên trang ...', 'quán triệt Nghị quyết') is the
# task's object, not the document the task carries out
_SPREAD_TAIL = (r"(?:[ \t]+(?:sâu sắc|sâu rộng|nghiêm túc|kịp thời|đầy đủ))?(?:[ \t]+(?:nội dung|tinh thần))?"
                r"(?:[ \t]+(?:của|về))?[ \t]+$")
_OBJECT_BEFORE = folded_pattern(r"(?<![a-z])(?:tuyên truyền|quán triệt|phổ biến|học tập|nghiên cứu)" + _SPREAD_TAIL)
# a document a task amends, adjusts, replaces or repeals ('hoàn thiện dự thảo Nghị định sửa đổi, bổ sung Nghị định số
# 35/2025/NĐ-CP', 'rà soát, điều chỉnh Kế hoạch số 88/KH-UBND cho phù hợp'): what the task changes, not the document it
# belongs to, which is the one that lists it or that its sentence names as its purpose (points (o) and (g))
_CHANGED_BEFORE = re.compile(vi(r"(?<![a-z])(?:(?:sửa đổi|điều chỉnh)(?:,?[ \t]+bổ sung)?|bổ sung|thay thế|bãi bỏ)(?:[ \t]+")
                             + CHANGED_PARTS + r")?[ \t]+$")
# a document a news text says bodies are to study, named in full ('tổ chức quán triệt sâu rộng Kết luận số 14-KL/TW đến
# cán bộ', 'hoàn thành việc học tập, quán triệt Nghị quyết Đại hội XIV'): studying it is the task's work on it, not on the
# local plan the meeting rolls out or on the document the studied one carries out
_STUDIED_BEFORE = folded_pattern(r"(?<![a-z])(?:quán triệt|học tập)" + _SPREAD_TAIL)
# a document a task keeps to ('sửa đổi cơ chế hỗ trợ ..., bám sát Chiến lược ... được phê duyệt tại Quyết định số
# 147/QĐ-TTg'): the yardstick of the task's work, not the document it belongs to (a basis, as kg.extract.links reads it)
_KEPT_TO_BEFORE = folded_pattern(r"(?<![a-z])bám sát(?:[ \t]+[^,.;:\n]{1,100}?)?[ \t]+$")
# the document a meeting rolls out, named in the meeting's sentence: 'hội nghị triển khai Kế hoạch số 96/KH-UBND',
# '..., đồng thời triển khai Kế hoạch số 65-KH/HNDT', 'tổng kết ... Chỉ thị 07 ... và triển khai Chỉ thị số 11-CT/TU'
_ROLLS_OUT = re.compile(vi(r"(?<![a-z])triển khai(?:[ \t]+thực hiện)?[ \t]+$"))


# a document the clause says was issued or drawn up: '(đã) ban hành Kế hoạch số 95-KH/TU', '(đã) ... xây dựng Chương trình
# hành động số 52-CTr/TU'
_ISSUED_BEFORE = re.compile(vi(r"(?<![a-z])(?:ban hành|ký ban hành|xây dựng)[ \t]+$"))

# a document an earlier task of the paragraph watches being carried out ('theo dõi, đôn đốc việc thực hiện Chương trình
# 190') or names as what its work belongs to ('bố trí vốn cho các công trình thuộc Kế hoạch 188'): that task's own, not
# the context of the tasks after it, which stay with what the meeting reviews (a lead-in's 'Để thực hiện Chương trình
# 38, ...' and a task's 'các chỉ tiêu của Chương trình 62' still carry on)
_FOLLOWED_UP = folded_pattern(r"(?P<watched>(?<![a-z])(?:(?:theo dõi|đôn đốc|kiểm tra|giám sát)(?:,?[ \t]+(?:và[ \t]+)?)?)+việc"
                              r"[ \t]+(?:tổ chức[ \t]+)?(?:triển khai[ \t]+)?thực hiện[ \t]+$)|(?<![a-z])thuộc[ \t]+$")
_WATCHES = folded_pattern(r"(?<![a-z])(?:theo dõi|đôn đốc|kiểm tra|giám sát)(?![a-z])")

# a paragraph a named report's issuer opens by handing out tasks: 'UBND huyện giao Phòng ...', 'Thời gian tới, Sở Dân tộc
# và Tôn giáo đề nghị UBND các xã ...' (after a lead-in of the time ahead, if any)
_GIVER_HEAD = folded_pattern(r"[ \t]*(?:(?:thời gian tới|trong thời gian tới|tới đây|đối với|trong|năm)[^,.;:\n]{0,40},[ \t]*)?"
                             r"(?P<giver>[^.;:\n]{2,60}?)[ \t]+(?:giao|đề nghị|yêu cầu|kiến nghị)(?![a-z])")


# the report itself as the one who asks, by its type word: 'Báo cáo kiến nghị UBND tỉnh chỉ đạo ...', 'Báo cáo giám sát đề
# nghị ...' (the last report named before)
_REPORT_ITSELF = folded_pattern(r"(?:theo[ \t]+)?báo cáo(?:[ \t]+(?:giám sát|thẩm tra|kết quả giám sát))?(?:[ \t]+(?:cũng|đã))?")


def _report_tasks(df, t_start, clause, reports, reported: bool) -> str | None:
    """The named report whose tasks for the time ahead the paragraph at ``t_start`` gives (tests/ANNOTATION.md (an): a
    report the text names, 'Theo Báo cáo số 215/BC-UBND của UBND huyện', 'Sở ... vừa có Báo cáo số 77/BC-SNV', is a
    document of the text, and what its issuer asks at the head of a later paragraph is its own): the last report named
    before, where the one who asks is named by that report's issuer's words alone, or by the report's own type word
    ('Báo cáo kiến nghị UBND tỉnh ...'). A speaker's conclusion ('Kết luận
    hội nghị, đồng chí ... đề nghị') is no report's. A clause that reports work ('đã') is the report's only in the
    sentence that asks ('đề nghị UBND các xã rà soát hồ sơ các công trình đã hoàn thành')."""
    f = df.f
    before = [x for x in reports if x[0] < t_start]
    if not before:
        return None
    m = _GIVER_HEAD.match(f, t_start, clause.end)
    if m is None or (reported and any(c in f[m.end():clause.start] for c in ".\n")):
        return None
    words = set(FOLDED_WORD.findall(m.group("giver")))
    at, key, own, head = before[-1]
    return key if head in words and words <= own or _REPORT_ITSELF.fullmatch(f, m.start("giver"), m.end("giver")) else None


def _named_reports(df) -> list[tuple[int, str, set[str], str]]:
    """(where, key, the words of its issuer, the first of them) for each numbered report the text names: the issuer
    its tail names ('Báo cáo số 215/BC-UBND của UBND huyện'), else the words of its sentence before it ('Sở Dân tộc và
    Tôn giáo tỉnh vừa có Báo cáo số ...'). One who asks must name that first word: 'HĐND tỉnh giao ...' is not the
    report of its 'Ban Văn hóa - Xã hội HĐND tỉnh'."""
    f = df.f
    out = []
    for m in df.mentions:
        if m.type != "BC" or m.kind != "numbered" or not m.key:
            continue
        start = max(f.rfind(c, 0, m.start) for c in ".;\n") + 1
        said = FOLDED_WORD.findall(fold_same_length(f"{m.issuer} {m.issuer_code or ''}".lower())) if m.issuer \
            else FOLDED_WORD.findall(f, start, m.start)
        if said:
            out.append((m.start, m.key, set(said), said[0]))
    return out

# what a document just issued asks, in the sentence that says it was issued: '..., Thành ủy đã ban hành Kế hoạch số
# 12-KH/TU ngày 15/8/2025, yêu cầu các đảng ủy xã ...' (its date or subject between)
_ISSUED_ASKS = re.compile(vi(r"[^.;:\n]{0,80}?,[ \t]*(?:trong đó[ \t]+)?(?:yêu cầu|giao|đề nghị)(?![a-z])"))


# a document as the subject that asks, at its sentence's opening: 'Kế hoạch giao Sở Xây dựng chủ trì ...', 'Chỉ thị số
# 05-CT/TU yêu cầu các cấp ủy ...' (read from the end of the mention)
_ASKS_AFTER = folded_pattern(r"[ \t]*(?:này[ \t]+)?(?:cũng[ \t]+)?(?:giao|yêu cầu|phân công|đề nghị)(?![a-z])")


def _subject_asks(df, sent_starts: list[int], clause) -> str | None:
    """The document its sentence opens on as the subject that asks for the clause ('UBND tỉnh ban hành Kế hoạch số 60 ...
    Kế hoạch giao Công an tỉnh chủ trì ...; ... Kế hoạch số 61 ... Kế hoạch giao Sở Xây dựng chủ trì ...'): each plan's
    tasks are its own, not the text's first plan's."""
    f = df.f
    k = bisect_right(sent_starts, clause.start) - 1
    if k < 0:
        return None
    st = sent_starts[k]
    m = min((m for m in df.mentions if st <= m.start < clause.end and m.key and m.kind != "planned"),
            key=lambda m: m.start, default=None)
    if m is None or f[st:m.start].strip(" \t\n-+•") or not _ASKS_AFTER.match(f, max(m.end, m.tail_end)):
        return None
    return m.key


def _issued_asks(df, clause) -> str | None:
    """The document the clause's sentence says was just issued, where the clause is what it asks ('đã ban hành Kế
    hoạch số 12-KH/TU ..., yêu cầu các đảng ủy xã đưa chỉ tiêu ... vào nghị quyết'): the task is that document's, not
    that of the one the sentence opens on carrying out."""
    f = df.f
    for m in df.mentions:
        if m.key and m.kind == "numbered" and clause.start <= m.start < clause.end \
                and _ISSUED_BEFORE.search(f, max(clause.start, m.start - 25), m.start) \
                and _ISSUED_ASKS.match(f, max(m.end, m.tail_end), clause.end):
            return m.key
    return None


def _carried_out_by(links) -> dict[str, set[str]]:
    """Document -> the documents that carry it out, directly or through others ('Chương trình 07-CTr/ĐU thực hiện Kế
    hoạch 96-KH/TU' on 'Nghị quyết 68-NQ/TW')."""
    down: dict[str, set[str]] = {}
    for x in links:
        if x.type == "implements" and x.from_ != x.to:
            down.setdefault(x.to, set()).add(x.from_)
    out: dict[str, set[str]] = {}
    for k in down:
        seen: set[str] = set()
        todo = list(down[k])
        while todo:
            d = todo.pop()
            if d not in seen and d != k:
                seen.add(d)
                todo.extend(down.get(d, ()))
        out[k] = seen
    return out


def superseded_by(links) -> dict[str, str]:
    """Document -> the document that replaces or amends it (thay thế, sửa đổi, bổ sung), for it and for what it
    carried out ('Nghị quyết này thay thế Nghị quyết số 20/NQ-CP ... ban hành Chương trình hành động thực hiện Nghị
    quyết số 20-NQ/TW'): both are the old text's history, named in passing, and a task set after them is the new
    one's. A document the new one itself carries out or builds on stays its own."""
    new_of: dict[str, str] = {}
    for x in links:
        if x.type in ("replaces", "amends") and x.from_ != x.to:
            new_of.setdefault(x.to, x.from_)
    if not new_of:
        return new_of
    own = {(x.from_, x.to) for x in links}
    out = dict(new_of)
    todo = list(new_of)
    while todo:
        old = todo.pop()
        for x in links:
            if x.from_ == old and x.type in ("implements", "continues") and x.to not in out \
                    and (out[old], x.to) not in own and x.to != out[old]:
                out[x.to] = out[old]
                todo.append(x.to)
    return out


def event_subjects(p, df, sentences, events, links=()) -> list[tuple[int, int, str, list[tuple[int, str]]]]:
    """(start and end of the meeting's sentence, the document it is about, the plans that carry it out named after
    it) for each meeting the text reports that names documents in that sentence: of those it reviews, the one that
    carries out another named with it ('Kế hoạch số 12-KH/ĐU ... thực hiện Nghị quyết'), then the one it rolls out
    (triển khai), then the first ('sơ kết 2 năm thực hiện Nghị quyết số 19-NQ/TW'). What the meeting then asks of
    bodies is about it, or, after a study session (quán triệt), about the plan that carries it out where the text
    names one after the meeting ('Cùng ngày, Ban Thường vụ ban hành Kế hoạch số 09-KH/ĐU thực hiện Nghị quyết')."""
    out: list[tuple[int, int, str, list[tuple[int, str]]]] = []
    carried = _carried_out_by(links)
    for e in events:
        if not e.reviews or e.span is None:
            continue
        s = next((x for x in sentences if p.to_source(x.start) <= e.span[0] < p.to_source(x.end)), None)
        if s is None:
            continue
        named = [m for m in df.mentions if s.start <= m.start < s.end and m.key in e.reviews and m.kind != "planned"]
        if not named:
            continue
        keys = {m.key for m in named}
        # (at a review, only where its sentence itself says which carries out which: 'tổng kết Chỉ thị số 42-CT/TW và Kế
        # hoạch số 196-KH/TU' side by side reviews the directive, the plan one way it was carried out; a study session
        # of a resolution and the plan that carries it out rolls the plan out)
        told = {x.from_ for x in links if x.type == "implements" and p.to_source(s.start) <= x.span[0] < p.to_source(s.end)}
        downstream = {k for k in keys if (e.type == "quán triệt" or k in told) and any(k in carried.get(o, ()) for o in keys)}
        ranked = sorted((m.key not in downstream, not _ROLLS_OUT.search(df.f, max(s.start, m.start - 30), m.start),
                         m.start, m.key) for m in named)
        key = ranked[0][3]
        plans = [(m.start, m.key) for m in df.mentions if m.start >= s.end and m.kind == "numbered"
                 and m.key in carried.get(key, ())] if e.type == "quán triệt" else []
        # (the plan at the end of the chain: 'Kế hoạch số 18-KH/ĐU ... cụ thể hóa Kế hoạch số 27-KH/TU ... thực hiện
        # Nghị quyết' is the commune's, that names the province's)
        plans = [(at, k) for at, k in plans if not carried.get(k, set()) & {k2 for _, k2 in plans}]
        out.append((s.start, s.end, key, plans))
    return sorted(out)


# how many lines before a task's a lead-in may stand (a list of a conclusion's tasks, each on its line, blank lines between)
_LEAD_IN_REACH = 16
# ... and how it closes: on the request that opens the list (kg.extract.scope_close.ASKED_LIST)


def doc_resolver(df, main_doc, context_doc, opening_doc=None, upstream=frozenset(), local_for=None, reviewed=(),
                 meetings=(), superseded=None):
    """Document of an assignment clause: the text's own issued plan for prescriptive clauses,
    else the first existing document named in the clause, else the document in context. At a review
    of X (``reviewed``), what a text without its own document asks next is about X, not about the local
    plan that carries X out. In a report of a meeting (``meetings``, from event_subjects) what bodies are
    asked to do after it is about the document the meeting rolls out or reviews (kết luận hội nghị ...), unless
    the clause, or one before it in its paragraph, names a document of its own ('giám sát việc thực hiện Chương
    trình', 'rà soát các chỉ tiêu của Chương trình 62'); what bodies are reported to have done after a review
    meeting goes the same way when the clause names no document. A task set, not reported, where the context is a
    document the text says is replaced or amended (``superseded``, from superseded_by) is the new document's."""
    carried_out = {v: k for k, v in (local_for or {}).items() if k in reviewed}
    official = any(m.key and heading_number(df.f, m.start, m.end) for m in df.mentions)
    if main_doc in carried_out and not official:
        main_doc = None         # a news text's plan issued long before the review it reports is not its own
    # a text about its own document, named before the meeting (the session that adopted it, 'Kết luận được đưa ra tại
    # phiên họp ...'), keeps its tasks; a plan named only after the meeting is background to what the meeting reviews
    first_main = min((m.start for m in df.mentions if main_doc and m.key == main_doc), default=len(df.f))
    meetings = [] if official else [x for x in meetings if x[0] < first_main]
    meeting_at = [x[0] for x in meetings]
    sent_starts = [x.start for x in df.sentences]
    f = df.f
    t = df.t
    # mentions that may name a task's own document (not what a task spreads), in order
    spread = may_match(_OBJECT_BEFORE, f)
    studied = may_match(_STUDIED_BEFORE, f)
    changed = may_match(_CHANGED_BEFORE, f)
    followed = may_match(_FOLLOWED_UP, f)
    kept_to = may_match(_KEPT_TO_BEFORE, f)
    reports = [] if official else _named_reports(df)
    own_named = [mn for mn in df.mentions if mn.key and mn.kind != "planned"
                 and not (spread and _OBJECT_BEFORE.search(f, max(0, mn.start - 40), mn.start))
                 and not (changed and _CHANGED_BEFORE.search(f, max(0, mn.start - 60), mn.start))
                 and not (kept_to and _KEPT_TO_BEFORE.search(f, max(0, mn.start - 110), mn.start))]

    def meeting_doc(clause, mi: int) -> str:
        """The document of a task asked after meeting ``mi``: named in its clause, else named earlier in its
        paragraph after the meeting's sentence, else the meeting's."""
        para_start = t.rfind("\n", 0, clause.start) + 1
        lo = max(para_start, meetings[mi][1])
        inside = [mn.key for mn in own_named if clause.start <= mn.start < clause.end]
        if inside:
            # ('thực hiện nghiêm Nghị quyết 19 và Chương trình 26': the local document carrying out the other)
            return local_for[inside[0]] if local_for and local_for.get(inside[0]) in inside else inside[0]
        # 'quán triệt sâu sắc Nghị quyết 19', 'tuyên truyền Nghị quyết số 19-NQ/TW' asked at the review of that very
        # document: the task is about it (spreading another document is not)
        spread_reviewed = [mn.key for mn in df.mentions if clause.start <= mn.start < clause.end and mn.key in reviewed]
        if spread_reviewed:
            return spread_reviewed[0]
        # (a watched document goes on to a task that watches too: '... giám sát việc thực hiện Chương trình. Ban Tổ chức
        # Huyện ủy theo dõi, đôn đốc các chi bộ')
        watches = followed and _WATCHES.search(f, clause.start, clause.end) is not None
        before = [mn.key for mn in own_named if lo <= mn.start < clause.start
                  and not (followed and (up := _FOLLOWED_UP.search(f, max(lo, mn.start - 60), mn.start))
                           and not (watches and up.group("watched")))]
        if before:
            # ('Kế hoạch số 45-KH/HU của Huyện ủy thực hiện Nghị quyết số 08-NQ/TU đề ra 4 nhóm nhiệm vụ. Theo đó, Phòng
            # Nông nghiệp ...': the tasks are the plan's the paragraph opens on, not those of the document it carries out)
            return next((mn.key for mn in own_named if lo <= mn.start < clause.start and mn.cue and mn.cue[0] == "implements"
                         and mn.key != before[-1] and before[-1] in {o.key for o in df.object_group(mn.cue[1])}), before[-1])
        lead = lead_in_doc(para_start, meetings[mi][1])
        if lead is not None:
            return lead
        plans = [k for at, k in meetings[mi][3] if at < clause.start]
        return plans[0] if plans else meetings[mi][2]

    def lead_in_doc(line_start: int, lo: int) -> str | None:
        """The document a lead-in line names for the list it opens on the lines after it, tests/ANNOTATION.md (g):
        'Kết luận hội nghị, để thực hiện thắng lợi các mục tiêu của Nghị quyết số 68-NQ/TW, Thủ tướng yêu cầu:' then a
        task on each line (the first line before ``line_start`` that ends with a colon, after ``lo``)."""
        end = line_start - 1
        for _ in range(_LEAD_IN_REACH):
            if end <= lo:
                return None
            start = t.rfind("\n", 0, end) + 1
            named = [mn.key for mn in own_named if start <= mn.start < end]
            if t[start:end].rstrip().endswith(":"):
                # (a speaker's request, not a table's or a section's heading: 'Kết quả một số chỉ tiêu (...):')
                return named[-1] if named and ASKED_LIST.search(f, start, end) else None
            if named:
                return None     # (a line between that names a document of its own: the list has ended)
            end = start - 1
        return None
    cache: dict[tuple[int, int], str | None] = {}

    def watched_local(clause) -> str | None:
        """The local plan that carries out the news text's central document, where the clause watches it being carried
        out ('Ủy ban Kiểm tra Tỉnh ủy tăng cường kiểm tra, giám sát việc thực hiện Chương trình hành động số 15-CTr/TU'
        in an interview on a year of the Politburo's resolution): the inspection is of that plan, not of the
        resolution the text is about."""
        local = local_for.get(main_doc) if local_for else None
        for mn in own_named:
            if clause.start <= mn.start < clause.end and mn.key == local and mn.kind == "numbered":
                up = _FOLLOWED_UP.search(f, max(clause.start, mn.start - 60), mn.start)
                if up is not None and up.group("watched"):
                    return local
        return None

    def _opens_on_bare_type(clause) -> bool:
        first = next((mn for mn in df.mentions if clause.start <= mn.start < clause.end and mn.key), None)
        return first is not None and first.kind == "resolved" and first.symbol is None and first.number is None

    def resolve(clause):
        k = (clause.start, clause.end)
        if k in cache:
            return cache[k]
        reported = any(not (f.startswith("duoc", m.start()) and _PURPOSE_PASSIVE.search(t, max(clause.start, m.start() - 40),
                                                                                            m.start()))
                       for m in _REPORTED_CLAUSE.finditer(f, clause.start, clause.end))
        doc = None
        if reports and not any(clause.start <= mn.start < clause.end for mn in own_named):
            doc = _report_tasks(df, t.rfind("\n", 0, clause.start) + 1, clause, reports, reported)
        if doc is None and not official:
            doc = _issued_asks(df, clause)
        if doc is None and opening_doc is not None:
            doc = opening_doc(clause.start)
        if doc is None and opening_doc is not None and _opens_on_bare_type(clause):
            # the opening phrase is the clause's own and names its document by the type word alone: 'Để thực hiện
            # Nghị quyết, Đảng ủy xã giao ...' (a document named in full there, 'Nhằm thực hiện Kết luận số 126-KL/TW,
            # Bộ Chính trị yêu cầu ...', leaves the tasks to the text's own)
            doc = opening_doc(max(clause.start, clause.end - 1))
        if doc is None and not official and studied:
            doc = next((mn.key for mn in df.mentions if clause.start <= mn.start < clause.end and mn.key
                        and mn.kind in ("numbered", "named") and _STUDIED_BEFORE.search(f, max(0, mn.start - 40), mn.start)),
                       None)
        mi = bisect_right(meeting_at, clause.start) - 1
        if doc is None and mi >= 0 and not reported:
            doc = meeting_doc(clause, mi)
        if doc is None and reported and opening_doc is not None:
            # what bodies did on the basis of the documents the sentence opens on: 'Theo Chỉ thị, thời gian qua, trên
            # cơ sở quán triệt và thực hiện Kết luận số 100 ..., các cấp ủy đã quan tâm lãnh đạo ...'
            doc = opening_doc(max(clause.start, clause.end - 1))
        if doc is None and reported and mi >= 0 and meetings[mi][2] in reviewed \
                and not any(clause.start <= mn.start < clause.end for mn in own_named):
            # what bodies did, reported at a review of X, is work on X ('5 năm qua Ban Thường vụ Huyện ủy đã lãnh đạo
            # ...'), not on the local plan the text names as background, unless its paragraph names a document before
            doc = meeting_doc(clause, mi)
        if doc is None and not (official and main_doc):
            # 'chủ trì tham mưu xây dựng Chương trình hành động thực hiện Nghị quyết số 68-NQ/TW':
            # the task is about the document the planned one is to implement (in a news text: the official text that
            # gives the task is its document, as any task it states, tests/ANNOTATION.md (am))
            inside = [mn for mn in df.mentions if clause.start <= mn.start < clause.end and mn.key]
            for mn in inside:
                # ('xây dựng quyết định thay thế Quyết định số 30/QĐ-UBND': the old decision is what the task
                # changes, not the document it carries out)
                if mn.kind == "planned" and mn.cue and mn.cue[0] not in ("amends", "replaces"):
                    objs = df.object_group(mn.cue[1])
                    # drafting it for a higher body ('tham mưu xây dựng ...') is a task about X even when
                    # the text's plan implements X too; 'chỉ đạo xây dựng kế hoạch thực hiện X' is not
                    if objs and objs[0].key != main_doc and (objs[0].key not in upstream or re.search(
                            r"(?<![a-z])tham muu(?![a-z])", f[clause.start:mn.start])):
                        doc = objs[0].key
                        break
        if doc is None and not official and followed and local_for and main_doc in local_for:
            doc = watched_local(clause)
        if doc is None and not official:
            doc = _subject_asks(df, sent_starts, clause)
        if doc is not None:
            cache[k] = doc
            return doc
        if main_doc and not reported:
            doc = main_doc
        if doc is None:
            named_at = [mn for mn in df.mentions if clause.start <= mn.start < clause.end and mn.key
                        and mn.kind not in ("planned",)
                        and not (changed and _CHANGED_BEFORE.search(f, max(clause.start, mn.start - 60), mn.start))
                        and not (kept_to and _KEPT_TO_BEFORE.search(f, max(clause.start, mn.start - 110), mn.start))]
            named = [mn.key for mn in named_at]
            if named:
                doc = named[0]
                # 'thực hiện nghiêm Nghị quyết 19 và Chương trình 26': the local document that carries out the
                # central one named with it is the task's; not where the clause reports issuing it ('Triển khai Chỉ
                # thị, Ban Thường vụ đã ban hành Kế hoạch số 95-KH/TU, đồng thời đã lãnh đạo ...': the work is the
                # directive's)
                local = local_for.get(doc) if local_for else None
                if local in named and not (reported and any(
                        mn.key == local and _ISSUED_BEFORE.search(f, max(clause.start, mn.start - 25), mn.start)
                        for mn in named_at)):
                    doc = local
        if doc is None:
            # (what bodies are said to have done before a news text names its own plan is no work on that plan: the
            # plan said issued further on, 'Trước mắt, UBND tỉnh đã ban hành Kế hoạch số 05/KH-UBND ...', came after it)
            own = main_doc if official or not reported or first_main < clause.start else None
            doc = own or context_doc(clause.start)
            if superseded and not reported and doc in superseded:
                doc = superseded[doc]
            if not main_doc and not reported and doc in carried_out:
                # (only where the context is the reviewed document itself, handed on to its local plan)
                last = max((m for m in df.mentions if m.key and m.start < clause.start), key=lambda m: m.start, default=None)
                if last is not None and last.key == carried_out[doc]:
                    doc = carried_out[doc]
        cache[k] = doc
        return doc
    return resolve
