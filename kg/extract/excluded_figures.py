"""Figures that are neither goals nor results (kg.extract.quantities skips their clause): the issuing of a document,
awards, page views, who attended or was elected at a meeting, what a body asks another to consider, where a delegation
went; and a question asked or a footnote (kg.extract hands no such sentence to kg.extract.quantities). Patterns are written in Vietnamese and folded when compiled (kg.extract.text.folded_pattern)."""
from __future__ import annotations

import re

from kg.extract.text import FOOTNOTE_MARKS, folded_pattern, line_matches

_v = folded_pattern       # diacritic patterns for the folded text (kg.extract.text)

# ('so với thời điểm ban hành Nghị quyết' dates a comparison: no sentence about issuing a document; '6 ý kiến phát
# biểu' counts what was said at the meeting, '35 đồng chí được bầu' whom it elected ('bầu bổ sung 02 Ủy viên' too), '180 đại biểu chính thức' who came
# to a congress, 'bầu Ban Chấp hành gồm 31 đồng chí' the size of the committee elected, 'sự có mặt của 90 hội viên' who
# came; the kind of a meeting counted, 'tổ chức 2 hội nghị biểu dương điển hình', is what was organised, no award;
# a page's counter of visits, 'Lượt truy cập: 45.872', '1,2 triệu lượt truy cập', 'thống kê truy cập', is no figure of the news, where access
# as a thing had, '100% thôn có điểm truy cập wifi', 'người dân truy cập Cổng dịch vụ công', is one)
EXCLUDE = folded_pattern(r"(?<![a-z])(?:(?<!thời điểm )(?<!khi )ban hành (?:các )?(?:nghị quyết|chỉ thị|kết luận|quyết định|quy định|"
                         r"chương trình|kế hoạch|công văn|hướng dẫn|thông báo|đề án)|(?<!hội nghị )(?<!lễ )(?:khen thưởng|biểu dương)|bằng khen|giấy khen|"
                         r"(?:lượt|thống kê) truy cập|truy cập(?:(?<=\d truy cập)|(?=[ \t]*:))|lượt xem|tổng số lượt|dự (?:hội nghị|đại hội|kỳ họp)|tham dự|đại biểu chính thức|trao tặng|kỷ niệm|ý kiến (?:phát biểu|thảo luận)|"
                         r"lượt phát biểu|được bầu|trúng cử|bầu(?: bổ sung)?(?= \d)|bầu (?:ra )?(?:ban chấp hành|ban thường vụ|ủy ban kiểm tra|đoàn đại biểu)|"
                         r"sự có mặt|"
                         # what a body asks another to consider: 'Xã kiến nghị huyện xem xét cấp thêm 3 máy bơm'
                         r"(?:đề nghị|kiến nghị|đề xuất)(?![a-z])[^.;\n]{0,60}?(?<![a-z])xem xét)(?![a-z])")
# sessions a body held, counted (point (ag) of our sets' conventions): 'tổ chức 96 buổi sinh hoạt chính trị', 'mở 12 lớp
# tập huấn', 'phối hợp tổ chức được 45 hội nghị'; those who attended them ('... với hơn 2.300 lượt người tham dự') are
# the people they reached, not a meeting's attendance
ORGANISED = _v(r"(?<![a-z])(?:tổ chức|mở)(?:[ \t]+được)?[ \t]+(?:(?:gần|hơn|trên|khoảng)[ \t]+)?\d[\d.,]*[ \t]+"
               r"(?:lớp|buổi|cuộc|đợt|hội nghị|hội thảo|hội thi|phiên|chuyến|diễn đàn|tọa đàm)(?![a-z])")
# a share of the bodies that issued their own plan is a result, not the issuing of a document: '63/63 tỉnh, thành phố đã
# ban hành kế hoạch', 'có 238/241 cấp ủy cơ sở ban hành nghị quyết chuyên đề' (not 'UBND tỉnh ban hành Kế hoạch số ...
# với 14 nhóm nhiệm vụ', nor '3 nghị quyết được ban hành')
_ISSUERS_SHARE = _v(r"(?<![\d/.,])(\d+)/(\d+)[ \t]+(?:[a-z]+,?[ \t]+){1,6}?(?:\([^()]{0,40}\)[ \t]+)?(?:(?:đã|đều|cũng)[ \t]+){0,2}$")
# the sentence's own news after the document issued it carries out: '... thực hiện Nghị quyết số 125/NQ-CP ... ban hành
# Chương trình hành động ..., năm 2025 BHXH tỉnh giao ... chỉ tiêu phát triển 41.200 người' (a year opening a clause)
_MAIN_AFTER_ISSUE = _v(r",[ \t]*(?:trong[ \t]+)?năm[ \t]+(?:19|20)\d\d[ \t]*,?[ \t]+(?=[a-z])")
# a rate of those elected measures the vote, it names nobody a meeting elected: 'tỷ lệ nữ trúng cử đại biểu HĐND tỉnh
# đạt 31,5%', 'tỷ lệ trúng cử'
_RATE_OF = _v(r"(?<![a-z])tỷ lệ(?:[ \t]+[a-z]+){0,3}?[ \t]+$")


# where a delegation went, the bodies and places it worked with or visited: 'Đoàn giám sát đã làm việc với UBND tỉnh, ...
# và khảo sát thực tế tại 8 xã', 'giám sát trực tiếp tại UBND 4 huyện và 3 sở', 'xem xét báo cáo của UBND tỉnh và 26
# huyện' (its itinerary, no result of the document it supervises; not what it found, in a clause of its own; nor the
# work of delegations counted, '3 đoàn giám sát đã làm việc tại 14 xã', a tally of a supervision plan's results)
_VISITED = _v(r"(?<![a-z])(?:làm việc|khảo sát|giám sát|xem xét báo cáo)(?:[ \t]+(?:thực tế|trực tiếp))?[ \t]+(?:tại|với|của)(?![a-z])")
_DELEGATION = _v(r"(?<![a-z])(?<!\d )đoàn[ \t]+(?:giám sát|kiểm tra|khảo sát|công tác)(?![a-z])[^.;\n]{0,240}$")


# a document named with the sum it allocates, after its subject: 'Nghị quyết số 21/NQ-HĐND về kế hoạch đầu tư công năm
# 2026 với tổng vốn 3.260 tỷ đồng' (point (z)); issuing it does not make the sum no fact
DOC_SUM_LEAD = folded_pattern(r"(?<![a-z])(?:nghị quyết|quyết định|kế hoạch|đề án|chương trình)(?![a-z])[^.;:\n]{0,120}?"
                              r"(?<![a-z])về(?![a-z])[^.;:\n]{0,120}?(?<![a-z])với[ \t]+tổng[ \t]+(?:số[ \t]+)?"
                              r"(?:vốn|thu|chi|kinh phí|mức đầu tư)(?![a-z])")


def excluded(f: str, start: int, end: int) -> re.Match | None:
    """What in the clause ``f[start:end]`` makes its figures neither targets nor outcomes (EXCLUDE, or a delegation's
    visits: _VISITED after _DELEGATION in its sentence), unless it is those who attended sessions counted before it,
    the issuing of plans by a share of the bodies counted or of a document with the sum it allocates, or a rate of
    those elected."""
    ex = EXCLUDE.search(f, start, end)
    if ex is None and (v := _VISITED.search(f, start, end)) is not None \
            and _DELEGATION.search(f, max(0, v.start() - 260), v.start()) is not None:
        return v
    if ex is not None and ex.group(0) == "tham du" and ORGANISED.search(f, start, ex.start()):
        return excluded(f, ex.end(), end)      # (who attended the sessions counted before: the people they reached)
    if ex is not None and ex.group(0) == "trung cu" and _RATE_OF.search(f, max(start, ex.start() - 40), ex.start()):
        return excluded(f, ex.end(), end)      # (a rate of those elected measures the vote)
    if ex is not None and ex.group(0).startswith("ban hanh"):
        share = _ISSUERS_SHARE.search(f, start, ex.start())
        if (share is not None and int(share.group(1)) <= int(share.group(2))) or DOC_SUM_LEAD.search(f, ex.start(), end):
            return excluded(f, ex.end(), end)  # (excused: what else in the clause may exclude it)
        if (main := _MAIN_AFTER_ISSUE.search(f, ex.end(), end)) is not None:
            return excluded(f, main.end(), end)     # (the issuing was the lead-in of the sentence's own news)
    return ex


# a line of an interview or a Q&A that a question opens: 'Hỏi (Báo Lạng Sơn): ...', 'PV: ...', 'Câu hỏi 3: ...'
# (the label its group: 'hỏi' folds as 'Hội' does, an association's name that opens a line too, 'Hội Nông dân tỉnh: ...',
# told apart on the words as written by ``asked``)
_ASKED_BY = folded_pattern(r"[ \t]*(hỏi|pv|phóng viên|câu hỏi(?:[ \t]+\d{1,2})?)(?:[ \t]*\([^()\n]{0,60}\))?[ \t]*:")


# ... looked for once in a whole text, at any line's start (what ``asked`` tries at its sentence's line; tried at line
# starts only, kg.extract.text.line_matches: a search of a pattern opening on '^' tries every character)
_ASKED_LINE = re.compile(r"^(?:" + _ASKED_BY.pattern + ")", re.M)


def may_ask_or_note(f: str) -> bool:
    """The folded text ``f`` may hold a question or a footnote (asked, in_footnote): most texts hold neither, and are
    not read sentence by sentence for them. It holds one wherever either finds one: a '?', a line a question's label
    opens in any case ('PHÓNG VIÊN:', 'hỏi:'), a footnote's mark."""
    return "?" in f or any(c in f for c in FOOTNOTE_MARKS) or next(line_matches(_ASKED_LINE, f), None) is not None


def asked(t: str, f: str, sentence) -> bool:
    """The sentence of the text ``t`` (``f`` folded, of the same length) is a question (it ends on '?', or its line
    opens on a question's label): a figure there is what the asker takes as given, neither goal nor result of a
    document."""
    if f[sentence.start:sentence.end].rstrip().endswith("?"):
        return True
    m = _ASKED_BY.match(f, f.rfind("\n", 0, sentence.start) + 1)
    # the label's 'hoi' as the text writes it: 'hỏi' (or bare, in a text typed without marks), never 'hội' nor 'hồi'
    return m is not None and all(word in ("hỏi", "hoi") for word, folded in
                                 zip(t[m.start(1):m.end(1)].lower().split(), m.group(1).split()) if folded == "hoi")


def in_footnote(f: str, sentence) -> bool:
    """The sentence stands on a footnote's line, which opens on its mark ('² Theo số liệu của Chi cục Thống kê, năm 2024
    ...'): a source or a starting figure set apart from the text, neither goal nor result the text states."""
    head = f[f.rfind("\n", 0, sentence.start) + 1:sentence.start + 1].lstrip(" \t")
    return head != "" and head[0] in FOOTNOTE_MARKS


# a view someone gives ('Bà ..., Trường Đại học ..., cho rằng nguồn nhân lực số phải tăng gấp 4 lần hiện nay'), the
# figures after it
_OPINION = _v(r"(?<![a-z])cho rằng(?![a-z])")


def without_opinions(p, sentences, outcomes: list) -> list:
    """The outcomes but those said after 'cho rằng' in their sentence: what a speaker or an expert thinks must happen or
    holds true is their view, no result the text reports (a goal a document sets, named in the view, stays a target:
    '... cho rằng kinh phí của nhiều tỉnh chưa đạt mức 3% như Nghị quyết đề ra'). Near miss: 'HĐND tỉnh nhận định có
    14/20 chỉ tiêu đạt' reports a tally. ``p``: the prepared text, whose folded copy is read and whose ``span`` maps
    its offsets to the source's, as the outcomes' spans are."""
    f = p.folded
    if "cho rang" not in f:
        return outcomes
    views = [p.span(m.end(), s.end) for s in sentences if (m := _OPINION.search(f, s.start, s.end)) is not None]
    return [o for o in outcomes if not (o.span and any(a <= o.span[0] < b for a, b in views))]
