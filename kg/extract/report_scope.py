"""Whose results a report or an official text gives (kg.extract.scope finds the document in context; this
module owns what changes hands after that): the plan a report (báo cáo) answers, the document an official
text's own results belong to, and the results a review credits to a document issued only after it.

    report_doc = answered(docs, main_doc, links, title)       # while the scope is built
    reported_on(p, mentions, docs, main_doc)                   # what a report or a supervision is of (reviewed)
    issued_by_review(docs, review_date, up_of, outcomes)       # once facts are classified
    report_subject(docs, main_doc, report_doc, links, targets, outcomes)
    own_results(p, mentions, docs, main_doc, report_doc, links, targets, outcomes)
    assigned_amounts(p, mentions, docs, targets, outcomes)      # after those: a result's document is settled
    report_aims(p, sents, mentions, docs, main_doc, body, targets)   # last: the aims a report sets for itself
    reported_aims(p, sents, mentions, docs, year, targets)      # ... and those of a report a text names
"""
from __future__ import annotations

import datetime as _dt
import re
from bisect import bisect_right

from kg.extract.assigned_plans import plan_amount_at
from kg.extract.bodies import issuer_info
from kg.extract.document_dates import heading_number
from kg.extract.mention_model import DocInfo, Mention
from kg.extract.modality import report_title
from kg.extract.tables import table_blocks
from kg.extract.text import FOLDED_WORD, Prepared, Segment, fold_same_length, folded_pattern, line_matches

# what stands between a result and the share of a plan that measures it: 'đạt 46,8/39 tỷ đồng, bằng 120% ...'
_SHARE_NEXT = folded_pattern(r"[ \t]*,[ \t]*(?:và[ \t]+)?(?:đạt|bằng)[ \t]+")


def answered(docs: dict[str, DocInfo], main_doc: str | None, links, title: str, named: str | None = None) -> str | None:
    """Of the documents a People's Committee's report says it carries out, the one it answers: the one whose subject
    its title gives ('Tình hình thực hiện kế hoạch phát triển kinh tế - xã hội năm 2024' answers the council's
    'Nghị quyết ... về kế hoạch phát triển kinh tế - xã hội năm 2024', not the Party committee's resolution on the
    year's tasks named beside it), else the one the council of its level issued; None where one alone is named.
    ``named``: the document the title names, if one; the report answers the plan it says it carries out where that
    plan carries out the named one ('Kết quả thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2025
    ... Thực hiện Kế hoạch số 512/KH-UBND ... về thực hiện Chương trình ..., UBND xã báo cáo': tests/ANNOTATION.md (ak)
    rule 2, the plan's results)."""
    md = docs.get(main_doc) if main_doc else None
    if md is None or md.type != "BC":
        return named
    done = [docs[x.to] for x in links if x.from_ == main_doc and x.type == "implements" and x.to in docs]
    if not done:
        # a report that carries out nothing it names answers among those it is based on ('Căn cứ Nghị quyết số
        # 01/NQ-CP ...; Nghị quyết số 72/NQ-HĐND ... về Kế hoạch phát triển kinh tế - xã hội năm 2025, UBND tỉnh báo
        # cáo ...', 'Căn cứ Kế hoạch số 512/KH-UBND ... về thực hiện Chương trình ...'), chosen the same way
        done = [docs[x.to] for x in links if x.from_ == main_doc and x.type == "based_on" and x.to in docs]
    if named is not None:
        return next((d.key for d in done for x in links if x.from_ == d.key and x.type == "implements"
                     and x.to == named), named)
    if len(done) < 2:
        return None
    # (its subject's first words, in their order: 'nhiệm vụ năm 2024' is not in '... phương hướng nhiệm vụ năm 2025'; and
    # in the title's first part only: after a semicolon comes the way ahead, '...; nhiệm vụ, giải pháp chủ yếu 6 tháng
    # cuối năm 2025', whose words open the Government's resolution on the year's tasks named beside the council's)
    words = " " + " ".join(FOLDED_WORD.findall(title.split(";", 1)[0])) + " "
    by_title = [d for d in done if d.subject
                and " " + " ".join(FOLDED_WORD.findall(fold_same_length(d.subject))[:6]) + " " in words]
    if len(by_title) == 1:
        return by_title[0].key
    council = [d for d in done if d.issuer_code == "HĐND"]
    return council[0].key if len(council) == 1 and md.issuer_code == "UBND" else None


# on the results of carrying out a document: a report's subject ('Báo cáo số 45/BC-SNN về kết quả thực hiện Chương
# trình ...'; one on a year or a field names none) or a working session's ('làm việc với ... về tình hình triển khai
# thực hiện Nghị quyết', kg.extract.scope)
ON_RESULTS = folded_pattern(r"(?<![a-z])về[ \t]+(?:việc[ \t]+)?(?:kết quả|tình hình)[ \t]+(?:bước đầu[ \t]+|\d{1,2}[ \t]+năm[ \t]+)?"
                            r"(?:triển khai[ \t]+)?(?:tổ chức[ \t]+)?thực hiện(?![a-z])")
# a conference held to weigh how a document was carried out: 'hội nghị đánh giá kết quả thực hiện Chương trình ...',
# 'hội nghị đánh giá tình hình triển khai thực hiện Nghị quyết ...' (kg.extract.scope: it reviews that document as a
# sơ kết does, though the text does not call it one)
ASSESSES_RESULTS = folded_pattern(r"(?<![a-z])(?:hội nghị|họp)[ \t]+đánh giá[ \t]+(?:kết quả|tình hình)[ \t]+"
                                  r"(?:triển khai[ \t]+)?(?:tổ chức[ \t]+)?thực hiện(?![a-z])")
# (read right after a report's mention, up to the document it names)
_ON_CARRYING_OUT = re.compile(r"[ \t]*" + ON_RESULTS.pattern + r"[ \t]+")
# a supervision or an inspection done of how a document was carried out, read before its mention: 'Đoàn giám sát ... đã
# giám sát việc thực hiện Chỉ thị số 23-CT/TW', 'đã tiến hành kiểm tra, giám sát việc lãnh đạo, chỉ đạo, tổ chức thực
# hiện Nghị quyết ...' ('tổ chức giám sát việc thực hiện ...', a task still to do, says nothing done)
_SUPERVISED = folded_pattern(r"(?<![a-z])đã[ \t]+(?:tiến hành[ \t]+)?(?:(?:kiểm tra|giám sát)[ \t]*(?:,|và)[ \t]*)?"
                             r"(?:giám sát|kiểm tra)[ \t]+(?:chuyên đề[ \t]+)?(?:đối với[ \t]+[^,.;:\n]{1,70}?[ \t]+trong[ \t]+)?"
                             r"(?:việc[ \t]+)?(?:lãnh đạo[ \t]*,[ \t]*chỉ đạo[ \t]*(?:,|và)?[ \t]*)?"
                             r"(?:tổ chức[ \t]+)?(?:triển khai[ \t]+)?thực hiện[ \t]+$")


def without_weighed_reports(events, docs: dict[str, DocInfo]) -> None:
    """Leave out of each review's documents the report it weighed, where it reviews another document too: 'trên cơ sở
    xem xét Báo cáo số 210-BC/ĐU ... về kết quả sơ kết 3 năm thực hiện Nghị quyết số 12-NQ/TU, Ban Thường vụ Tỉnh ủy kết
    luận' reviews the resolution; the report is what the meeting read (its figures are the resolution's results)."""
    for e in events:
        kept = [k for k in e.reviews if k not in docs or docs[k].type != "BC"]
        if kept and len(kept) < len(e.reviews):
            e.reviews = kept


def reported_on(p: Prepared, mentions: list[Mention], docs: dict[str, DocInfo], main_doc: str | None) -> list[str]:
    """The documents a text reviews as the report or the supervision it is (tests/ANNOTATION.md (ak) rule 3): the one
    the report of the text says it gives the results of carrying out ('Sở ... vừa có Báo cáo số 45/BC-SNN về kết quả
    thực hiện Chương trình ...', the text's own report or the first it numbers), and the one a supervision or an
    inspection was done of ('Đoàn giám sát ... đã giám sát việc thực hiện Chỉ thị số 23-CT/TW'), in a report or in
    news whose first numbered document it is. Not a plan that will supervise, nor a report named in passing after
    other documents."""
    f = p.folded
    keyed = [(m, m.key) for m in mentions if m.key and m.kind != "planned"]
    out: list[str] = []
    first = next((m for m, _ in keyed if m.kind == "numbered"), None)
    for m, key in keyed:
        d = docs.get(key)
        if d is None or d.type != "BC" or (key != main_doc and m is not first):
            continue
        on = _ON_CARRYING_OUT.match(f, max(m.end, m.tail_end))
        what = next((k for o, k in keyed if on and o.start == on.end()), None)
        if what and what != key:
            out.append(what)
    md = docs.get(main_doc) if main_doc else None
    # (or the notice that concludes a supervision: 'THÔNG BÁO KẾT LUẬN GIÁM SÁT ... Đoàn giám sát ... đã giám sát
    # chuyên đề đối với Ban Thường vụ Đảng ủy xã ... trong việc lãnh đạo, chỉ đạo thực hiện Chỉ thị số 08-CT/TU')
    report = md is not None and md.type in ("BC", "TB")
    # (news, no official text, is of the supervision its first numbered document is named in)
    news = not report and not _numbered_in_heading(f, mentions, main_doc)
    out += [key for m, key in keyed if key != main_doc and (report or (news and m is first))
            and _SUPERVISED.search(f, max(0, m.start - 160), m.start)]
    return list(dict.fromkeys(out))


def report_subject(docs: dict[str, DocInfo], main_doc: str | None, report_doc: str | None, links, *facts,
                   letters: bool = True) -> None:
    """A report (báo cáo) sets no goals and reaches no results of its own: what it gives as its own belongs
    to the plan it reports on ('Thực hiện Kế hoạch số 35/KH-UBND ..., UBND huyện báo cáo kết quả như sau'): the one its
    title names (``report_doc``) before one it says it carries out, which may be only the mandate of its own work
    ('Thực hiện Nghị quyết ... về chương trình giám sát năm 2024, Đoàn giám sát đã ...').
    letters=False: not to the letter that asked for the report ('Thực hiện Công văn số 512-CV/HU ... về việc chuẩn bị
    báo cáo'), which sets no tasks."""
    md = docs.get(main_doc) if main_doc else None
    if md is None or md.type != "BC":
        return
    done = [x.to for x in links if x.from_ == main_doc and x.type == "implements"]
    to = report_doc if report_doc is not None else next(iter(done), None)
    if to is None:
        to = report_doc
    if to is None or (not letters and docs.get(to) is not None and docs[to].type == "CV"):
        return
    for xs in facts:
        for x in xs:
            if x.document == main_doc:
                x.document = to


def own_results(p: Prepared, mentions: list[Mention], docs: dict[str, DocInfo], main_doc: str | None,
                report_doc: str | None, links, targets, outcomes) -> None:
    """An official text (its own symbol in its heading) reaches no results of its own: those it reports belong to
    the document it implements, else to the one its title reports on, else to none ('Nghị quyết ... về kết quả
    thực hiện kế hoạch 5 năm 2021-2025' of a People's Council, a report on a plan that has no number). A report
    tied to no document sets no goals either."""
    own = main_doc
    md = docs.get(own) if own else None
    if md is None or not _numbered_in_heading(p.folded, mentions, own):
        return
    to = next((x.to for x in links if x.from_ == own and x.type == "implements"), None)
    if to is None and md.type == "BC":
        # a report that names one document as its basis and carries out none ('Căn cứ Nghị quyết số 05/NQ-HĐND ... về
        # nhiệm vụ ... 6 tháng cuối năm 2025, UBND phường báo cáo như sau:') reports on that one
        basis = {x.to for x in links if x.from_ == own and x.type == "based_on"}
        to = basis.pop() if len(basis) == 1 else None
    moved = set()
    for o in outcomes:
        if o.document == own:
            o.document = to or report_doc     # (or the one its title reports on)
            moved.add(o.span)
    rows = _moved_rows(p, moved) if moved and table_blocks(p.text, p.source) else []
    for t in targets:
        # the goal of an 'A/B' pair goes with its result, and a plan's cell with the results of its table's row
        # ('1 | Diện tích trồng rừng | ha | 1.200 | 310 | 1.050 | 87,5': what was done is measured against it)
        if t.document == own and (t.span in moved or any(a <= t.span[0] < b for a, b in rows)):
            t.document = to or report_doc
    if md.type == "BC" and to is None:
        for t in targets:
            if t.document == own:
                t.document = None


def _moved_rows(p: Prepared, moved: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans in the source of the tables' rows that hold a result in ``moved`` (spans of results in the source)."""
    out = []
    for _, _, rows in table_blocks(p.text, p.source):
        for start, _cells in rows:
            end = p.text.find("\n", start)
            a, b = p.span(start, len(p.text) if end < 0 else end)
            if any(a <= x < b for x, _ in moved):
                out.append((a, b))
    return out


def issued_by_review(docs: dict[str, DocInfo], review_date: _dt.date | None, up_of: dict[str, str],
                     outcomes) -> None:
    """A document issued after the review cannot have produced the review's results: such an
    outcome moves up the implementation chain."""
    if review_date is None:
        return
    for o in outcomes:
        k, seen = o.document, set()
        while k and k not in seen and (dk := docs.get(k)) and dk.date and dk.date > review_date:
            seen.add(k)
            k = up_of.get(k)
        if k and k != o.document:
            o.document = k


def assigned_amounts(p: Prepared, mentions: list[Mention], docs: dict[str, DocInfo], targets, outcomes) -> None:
    """A result said with the share of a plan another level set ('kết nạp 2.145/2.000 đoàn viên, đạt 107% chỉ tiêu
    Trung ương Đoàn giao'), tests/ANNOTATION.md (a): the planned amount of its 'A/B' pair is that plan's, a target of
    the assigning document as the share is its outcome; the result itself stays with the document reviewed. A plan
    named as set by the body that issued the result's own document is no other level's ('Thu ngân sách đạt 46,8/39
    tỷ đồng, bằng 120% dự toán HĐND phường giao' under the ward council's resolution): the share is that document's."""
    yardsticks = {k for k, d in docs.items() if k.startswith("KH:") and d.issuer}
    if not yardsticks:
        return
    _plan_amounts(p, mentions, docs, yardsticks, targets)
    _quota_amounts(p, yardsticks, targets)
    _margins(p, mentions, yardsticks, targets, outcomes)
    shares = [o for o in outcomes if o.document in yardsticks and (o.unit or "").startswith("%")]
    if not shares:
        return
    results = {o.span[1]: o for o in outcomes if o.document and o.document not in yardsticks}
    pair_goals = {t.span: t for t in targets}
    for sh in shares:
        # (the result ends right before the share's verb: find it by where that verb's run begins)
        head = fold_same_length(p.source[max(0, sh.span[0] - 12):sh.span[0]])
        m = next((m for i in range(len(head)) if (m := _SHARE_NEXT.fullmatch(head, i))), None)
        res = results.get(sh.span[0] - len(head) + m.start()) if m else None
        if res is None:
            continue
        own = docs.get(res.document)
        if own is not None and own.issuer and fold_same_length(own.issuer.lower()) \
                == fold_same_length(str(docs[sh.document].issuer).lower()):
            sh.document = res.document
        goal = pair_goals.get(res.span)
        if goal is not None and goal.document == res.document:
            goal.document = sh.document


def _plan_amounts(p: Prepared, mentions: list[Mention], docs: dict[str, DocInfo], yardsticks: set[str], targets) -> None:
    """'Tổng kế hoạch vốn năm 2023 huyện giao cho xã là 12 tỷ đồng': the amount of a plan another level set, named
    with it, is a target of that plan (tests/ANNOTATION.md (a), (z)), not of the document the paragraph reviews; but
    where the document in context was issued at the level that set the plan ('chỉ tiêu tỉnh giao' beside the
    province's numbered plan), it is that document's own figure and stays."""
    at_amount = {}
    for m in mentions:
        if m.key in yardsticks and m.yardstick and (a := plan_amount_at(p.folded, m.start)) is not None:
            at_amount[p.to_source(a)] = m.key
    for t in targets:
        key = at_amount.get(t.span[0])
        own = docs.get(t.document) if t.document else None
        if key is None or t.document == key or (own is not None and _same_level(own, str(docs[key].issuer))):
            continue
        t.document = key


# a quota another level gave with its amounts, in a year: 'năm 2025 BHXH tỉnh giao BHXH cơ sở Bảo Lộc chỉ tiêu phát
# triển 41.200 người ..., 9.800 người ... và tỷ lệ bao phủ BHYT 94,5% dân số'
_QUOTA_GIVEN = folded_pattern(r"(?<![a-z])năm[ \t]+((?:19|20)\d\d)[ \t]*,?[ \t]+(?:[a-z]+[ \t]+){1,4}?giao[ \t]+"
                              r"[^.;:\n\d]{2,60}?[ \t]chỉ tiêu(?![a-z])[^.;:\n\d]{0,40}?[ \t]\d")


def _quota_amounts(p: Prepared, yardsticks: set[str], targets) -> None:
    """'năm 2025 BHXH tỉnh giao BHXH cơ sở ... chỉ tiêu phát triển 41.200 người, ...': the amounts of a quota another
    level gave are targets of that quota (tests/ANNOTATION.md (a)), the one plan of that year the text's shares are
    measured by ('bằng 102% chỉ tiêu BHXH tỉnh giao'), not of the document the paragraph carries out."""
    f = p.folded
    if len(p.text) != len(p.source) or "giao" not in f:
        return          # (facts carry offsets in the source: read on the folded text where they line up)
    for t in targets:
        a = t.span[0]
        st = max(f.rfind("\n", 0, a), f.rfind(". ", 0, a)) + 1
        given = [m for m in _QUOTA_GIVEN.finditer(f, st, a + 1) if m.end() - 1 <= a]
        if not given:
            continue
        plans = [k for k in yardsticks if k.endswith(f" năm {given[-1].group(1)}")]
        if len(plans) == 1:
            t.document = plans[0]


# what stands between a margin and the plan it is over: 'vượt 12 điểm phần trăm so với kế hoạch tỉnh giao'
_OVER_PLAN = folded_pattern(r"[ \t]+so với[ \t]+$")
# the plan's own figure in brackets right after it: '... kế hoạch tỉnh giao năm 2024 (50%)'
_PLAN_FIGURE = folded_pattern(r"[^,;.()]{0,30}?\([ \t]*(?:(?:từ|trên|dưới|hơn|khoảng)[ \t]+)?(?=\d)")


def _margins(p: Prepared, mentions: list[Mention], yardsticks: set[str], targets, outcomes) -> None:
    """'vượt 12 điểm phần trăm so với kế hoạch tỉnh giao năm 2024 (50%)', 'vượt 12% so với chỉ tiêu Trung ương Đoàn
    giao': a margin over a plan another level set is an outcome of that plan, and the plan's figure in brackets after
    it a target of it (tests/ANNOTATION.md (a), (k)); the level reached before the margin stays where it is."""
    f = p.folded
    ends = {o.span[1]: o for o in outcomes}
    starts = {t.span[0]: t for t in targets}
    for m in mentions:
        if m.key not in yardsticks or not m.yardstick:
            continue
        over = _OVER_PLAN.search(f, max(0, m.start - 10), m.start)
        o = ends.get(p.to_source(over.start())) if over is not None else None
        if o is None:
            continue
        o.document = m.key
        fig = _PLAN_FIGURE.match(f, m.end)
        t = starts.get(p.to_source(fig.end())) if fig is not None else None
        if t is not None:
            t.document = m.key


def _same_level(doc: DocInfo, body: str) -> bool:
    """``doc`` was issued at the level of ``body`` ('tỉnh', 'HĐND huyện'): its issuer's name holds the body's words
    ('UBND tỉnh Gia Lai'), else, where the text names no issuer, its level is the body's ('thành phố' is no level of
    its own: a province's town or a city under the centre)."""
    fb = fold_same_length(body.lower())
    if doc.issuer:
        return re.search(rf"(?<![a-z]){re.escape(fb)}(?![a-z])", fold_same_length(doc.issuer.lower())) is not None
    return doc.level is not None and "thanh pho" not in fb and doc.level == issuer_info(body)[1]


def _numbered_in_heading(f: str, mentions: list[Mention], key: str | None) -> bool:
    """The text is the document ``key`` itself: its symbol stands in the text's heading."""
    return any(m.key == key and m.kind == "numbered" and heading_number(f, m.start, m.end) for m in mentions)


# the numbered heading of a report's part on the time ahead: 'II. NHIỆM VỤ NĂM 2024', 'Phần II. MỤC TIÊU, NHIỆM VỤ NĂM
# 2025', 'III. NHIỆM VỤ QUÝ IV/2025', '3. Nhiệm vụ, giải pháp thời gian tới:', 'II. CHỈ TIÊU CHỦ YẾU NĂM 2026' (a plan or
# its goals only with a time ahead: the year, group 1, after the report's own), or a part named in words on a line of its
# own above its title ('Phần thứ hai' over 'MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU NĂM 2025')
_AHEAD_PART = folded_pattern(r"^[ \t]*(?:(?:phần[ \t]+)?(?:[ivx]{1,4}|\d{1,2}|[a-d])[.)]|phần[ \t]+thứ[ \t]+(?:hai|ba|tư|bốn)"
                             r"[ \t]*(?:[.:\-–][ \t]*)?\n?)[ \t]*(?:các[ \t]+)?"
                             r"(?:(?:phương hướng|nhiệm vụ|mục tiêu)(?![a-z])|(?:kế hoạch|chỉ tiêu)(?:[ \t]+chủ yếu)?[ \t]+"
                             r"(?:năm[ \t]+(\d{4})|quý|(?:\d+[ \t]+)?tháng cuối năm|thời gian tới|năm tới)(?![a-z\d]))"
                             r"[^\n.:;]{0,100}:?[ \t]*$", re.M)
# ... not one of what was done or of the plan reported on: 'I. MỤC TIÊU, YÊU CẦU CỦA KẾ HOẠCH', 'II. NHIỆM VỤ ĐÃ THỰC HIỆN'
_NOT_AHEAD = folded_pattern(r"(?<![a-z])(?:yêu cầu|kết quả|đề ra|đã|của[ \t]+(?:kế hoạch|nghị quyết|chương trình|đề án|chỉ thị"
                            r"|kết luận|quyết định))(?![a-z])")
# a goal the body sets itself: 'Phấn đấu đến ngày 31/01/2026 giải ngân trên 95% kế hoạch vốn'
_STRIVE = folded_pattern(r"(?<![a-z])phấn đấu(?![a-z])")
_LETTER = re.compile(r"[a-z]")


def _strives_itself(f: str, start: int, end: int) -> bool:
    """Whether the stretch ``start:end`` of a sentence of a body's report says "phấn đấu" with no subject in its
    clause ('Năm 2026, phấn đấu ...': the report's body strives); a subject named before it ('Tỉnh phấn đấu ...' in a
    district's report) is whose goal it is, not the report's."""
    m = _STRIVE.search(f, start, end)
    if m is None:
        return False
    clause = max(start, *(f.rfind(c, start, m.start()) + 1 for c in ",;:"))
    return _LETTER.search(f, clause, m.start()) is None


# a sentence that opens on what its list is for: 'Để hoàn thành các chỉ tiêu còn lại của Nghị quyết số 08/NQ-HĐND, ...'
_PURPOSE_LEAD = folded_pattern(r"[ \t]*(?:-[ \t]*)?(?:để|nhằm)(?![a-z])[^.;:\n]*?,")


def report_aims(p: Prepared, sents: list[Segment], mentions: list[Mention], docs: dict[str, DocInfo],
                main_doc: str | None, body: int, targets) -> None:
    """The aims a report sets are its own (tests/ANNOTATION.md (an), regold25b): in a text that is the report (its
    symbol in its heading; ``body``: where its content begins), a goal under the heading of the part on the time
    ahead ('III. NHIỆM VỤ QUÝ IV: Phấn đấu thu ngân sách ... đạt 100% dự toán tỉnh giao') or one the report
    strives for ('Phấn đấu đến ngày 31/01/2026 giải ngân trên 95% kế hoạch vốn') is the report's, not the plan's
    it reports on. Not a goal its
    sentence gives as another document's ('Theo Kế hoạch số 40/KH-UBND, năm 2025 huyện phấn đấu ...'; a lead-in
    that names the plan only as its purpose, 'Để hoàn thành các chỉ tiêu còn lại của Nghị quyết số 08/NQ-HĐND, ...',
    gives it none),
    nor the amount of another level's quota (a)."""
    md = docs.get(main_doc) if main_doc else None
    if md is None or md.type != "BC" or not targets:
        return
    f = p.folded
    if not _numbered_in_heading(f, mentions, main_doc):
        return
    # (after the title, which may name the way ahead too: '...; phương hướng, nhiệm vụ năm 2026')
    title = report_title(f)
    ahead = next((m for m in line_matches(_AHEAD_PART, f, max(body, title[1] if title else 0))
                  if (not m.group(1) or md.date is None or int(m.group(1)) > md.date.year)
                  and not _NOT_AHEAD.search(f, m.start(), m.end())), None)
    ahead_at = ahead.start() if ahead is not None else len(f)
    starts = [s.start for s in sents]
    named = sorted(m.start for m in mentions if m.key and not m.yardstick and m.start >= body)
    for t in targets:
        pos = t.span[0]
        k = bisect_right(starts, pos) - 1
        if pos < body or k < 0 or t.document == main_doc:
            continue
        quota = t.document is not None and t.document.startswith("KH:") and (d := docs.get(t.document)) is not None \
            and d.issuer is not None
        if quota:
            continue
        s = sents[k]
        if pos < ahead_at and not _strives_itself(f, s.start, pos):
            continue
        lead = _PURPOSE_LEAD.match(f, s.start)
        free = lead.end() if lead else s.start
        if bisect_right(named, pos - 1) > bisect_right(named, free - 1):
            continue        # (its own sentence names the document it is the goal of)
        if lead and pos < free and bisect_right(named, free - 1) > bisect_right(named, pos - 1):
            continue        # (a goal the lead-in quotes as a document's: 'Để hoàn thành mục tiêu tăng trưởng 11% năm 2025
            #                 theo Nghị quyết số 615/NQ-HĐND, UBND tỉnh phấn đấu ...')
        t.document = main_doc


# a sentence that opens on what is left of the period a report covers: 'Đối với 6 tháng cuối năm, ...', 'Nhiệm vụ
# trọng tâm 6 tháng cuối năm 2023, ...', 'Những tháng còn lại của năm, ...', 'Từ nay đến cuối năm, ...', 'Trong quý IV,
# ...' (the year, group 1)
_REST_OF_PERIOD = folded_pattern(r"[ \t]*(?:-[ \t]*)?(?:(?:đối với|về|trong|cho)[ \t]+)?(?:(?:các[ \t]+)?nhiệm vụ"
                                 r"(?:[ \t]+trọng tâm)?(?:,?[ \t]+giải pháp)?[ \t]+)?(?:(?:\d{1,2}|sáu|ba|những|các)[ \t]+"
                                 r"tháng[ \t]+(?:cuối|còn lại của)[ \t]+năm|quý[ \t]+iv|từ nay đến[ \t]+(?:cuối|hết)[ \t]+năm)"
                                 r"(?:[ \t]+(?:năm[ \t]+)?(\d{4}))?[ \t]*,")


def reported_aims(p: Prepared, sents: list[Segment], mentions: list[Mention], docs: dict[str, DocInfo],
                  year: int | None, targets) -> None:
    """The aims a report named in a text sets for what is left of its period are the report's (tests/ANNOTATION.md
    (an), regold25b: the report is a document of the text), for its year: news of a session that heard 'Báo cáo số
    120/BC-UBND của UBND huyện' goes on 'Nhiệm vụ trọng tâm 6 tháng cuối năm, UBND huyện phấn đấu cấp thêm 450 giấy
    chứng nhận' (a paragraph opening on the rest of the period, naming no document of its own). Not where the one
    who strives is another than the report's issuer ('Tỉnh phấn đấu ...'), nor before any report is named
    (``report_aims`` reads a text that is the report itself). ``year``: the text's, where the report has no date."""
    reports = sorted((m.start, m.key) for m in mentions if m.type == "BC" and m.kind == "numbered" and m.key in docs)
    if not reports or not targets:
        return
    f = p.folded
    keys = {key for _, key in reports}
    named = sorted(m.start for m in mentions if m.key and not m.yardstick)
    starts = [s.start for s in sents]
    for t in targets:
        pos = t.span[0]
        k = bisect_right(starts, pos) - 1
        if k < 0:
            continue
        # (the paragraph's first sentence opens on the rest of the period; the goal's own sentence names no document)
        s = sents[k]
        while k > 0 and "\n" not in f[sents[k - 1].end:sents[k].start] and not _REST_OF_PERIOD.match(f, s.start):
            k -= 1
            s = sents[k]
        lead = _REST_OF_PERIOD.match(f, s.start)
        own = sents[bisect_right(starts, pos) - 1]
        if lead is None or bisect_right(named, own.end - 1) > bisect_right(named, own.start - 1):
            continue
        key = next((key for at, key in reversed(reports) if at < s.start), None)
        d = docs.get(key) if key else None
        if d is None or t.document in keys or not _strived_by(f, lead.end(), pos, d):     # (one a report has)
            continue
        quota = t.document is not None and t.document.startswith("KH:") and (q := docs.get(t.document)) is not None \
            and q.issuer is not None
        if quota:
            continue
        t.document = key
        if t.period is None:
            y = lead.group(1) or (d.date.year if d.date else year)
            t.period = str(y) if y else None


def _strived_by(f: str, start: int, end: int, report: DocInfo) -> bool:
    """Whether the goal at ``end`` after a lead-in ending at ``start`` is set by the report's issuer: its clause names no
    one before 'phấn đấu', or only words of that issuer ('UBND huyện phấn đấu ...' in a report of 'UBND huyện Tam Nông')."""
    m = _STRIVE.search(f, start, end)
    stop = m.start() if m is not None else start
    clause = max(start, *(f.rfind(c, start, stop) + 1 for c in ",;:"))
    words = set(FOLDED_WORD.findall(f, clause, stop))
    own = set(FOLDED_WORD.findall(fold_same_length(f"{report.issuer or ''} {report.issuer_code or ''}".lower())))
    return words <= own
