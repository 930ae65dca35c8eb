"""Cues of what a sentence states: a goal (mục tiêu) or a result (kết quả).

The period of a goal ('hằng năm', 'đến năm 2025', 'nhiệm kỳ'), paragraphs and sentences that look back over a past
span ('Qua 3 năm, ...'), lists and headings of goals, sections of results, and the words that fold like a cue of a
result without being one. kg.extract.quantities weighs them."""
from __future__ import annotations

import re

from kg.extract.alternation import word_start
from kg.extract.literals import may_match, may_match_in
from kg.extract.text import Segment, fold_same_length, folded_pattern, line_matches
from kg.text.symbols import DIGIT_FIRST

# ('bảo đảm 100% hộ ...', 'đảm bảo tỷ lệ tiêm phòng đạt trên 80%': what an order ensures; not 'an sinh xã hội được bảo
# đảm', a state a review reports; what is demanded, 'Kế hoạch yêu cầu mỗi xã ...', not a requirement met, 'đáp ứng yêu
# cầu'; what will be done, 'huyện sẽ thành lập 12 hợp tác xã', 'Từ nay đến cuối năm, ...', not 'chia sẻ' nor the river
# 'Sê San', which fold alike; a goal a body registers, 'đăng ký chỉ tiêu kết nạp 50 hội viên'; not a crop's class,
# 'cây hằng năm' (annual crops), which says nothing of how often)
TARGET_CUE = re.compile(word_start(r"(?<![a-z])(?:phan dau|(?<!chuong trinh )muc tieu|(?<!cay )hang nam|moi nam|den nam \d{4}|den het nam \d{4}|den (?:het|cuoi) nhiem ky|"
                                     r"chi tieu (?:phan dau|de ra cho)|dang ky chi tieu|phai dat|can dat|du kien|(?<!duoc )(?:bao dam|dam bao)(?![ \t]*[,;.:)])|"
                                     r"(?<!dat )(?<!dap ung )(?<!theo )(?<!vuot )(?<!dung )(?<!cac )(?<!nhung )yeu cau(?! (?:ve|cua|dat ra|nhiem vu)(?![a-z]))|"
                                     r"(?<!chia )(?<!san )se(?= [a-z])(?! san(?![a-z]))|tu nay den)(?![a-z])"))
# the goal cues of the sentences asked about last, by (start, end): the goal readers of a sentence each scan it for them
# (one slot, replaced whole when another text is asked about; the text is held, so its id is not reused)
_CUES_ASKED: list[tuple[str, dict[tuple[int, int], tuple[re.Match, ...]]] | None] = [None]


def goal_cues(f: str, s: Segment) -> tuple[re.Match, ...]:
    """``TARGET_CUE``'s matches in the sentence ``s`` of ``f``, as ``finditer`` gives them, scanned once a sentence."""
    kept = _CUES_ASKED[0]
    if kept is None or kept[0] is not f:
        kept = _CUES_ASKED[0] = (f, {})
    cues = kept[1].get((s.start, s.end))
    if cues is None:
        cues = kept[1][s.start, s.end] = tuple(TARGET_CUE.finditer(f, s.start, s.end))
    return cues


# words that fold like a cue of a result: 'đa', 'đà', 'tối đa' like 'đã'; 'đất' (land) like 'đạt'; 'giám' (giám
# sát, giám đốc) like 'giảm'; 'gặp' like 'gấp'; 'tầng' like 'tăng'. The cues of a result read a copy of the
# folded text where these are masked
# (written to start on a set of first letters, which the regex engine scans for quickly; word edges are
# tested after the match)
_LOOKALIKE = re.compile(r"[đĐgGtT](?:(?<=[đĐ])(?:[aàáảạAÀÁẢẠ]|[ấẤ][tT])|(?<=[gG])(?:[iI][áÁ][mM]|[ặẶ][pP])|(?<=[tT])[ầẦ][nN][gG])")


def _mask_words(t: str, f: str, rx: re.Pattern) -> str:
    """``f`` with each whole word of ``t`` that ``rx`` finds masked at its second letter (same length)."""
    parts: list[str] = []
    last = 0
    n = len(t)
    for m in rx.finditer(t):
        a, b = m.start(), m.end()
        if (a > 0 and t[a - 1].isalpha()) or (b < n and t[b].isalpha()):
            continue
        parts += (f[last:a + 1], "_")       # (the text between the masks is copied in slices, not letter by letter)
        last = a + 2
    if not parts:
        return f
    parts.append(f[last:])
    return "".join(parts)


# the same words as the folded text writes them, each a whole word: every word ``_LOOKALIKE`` masks stands here as one
# (no character that is not a letter folds to one), so the text as written is read only where the folded one holds
# such a word, not at each 't' and 'g' of it
_LOOKALIKE_FOLDED = folded_pattern(r"(?<![a-z])(?:đa|đất|giám|gặp|tầng)(?![a-z])")


def past_marked(t: str, f: str) -> str:
    """``f`` (``t`` folded, of the same length, as ``Prepared.folded``) with the words of ``t`` that only look like a
    cue of a result masked (same length)."""
    parts: list[str] = []
    last = 0
    n = len(t)
    for m in _LOOKALIKE_FOLDED.finditer(f):
        a, b = m.start(), m.end()
        if _LOOKALIKE.fullmatch(t, a, b) is None or (a > 0 and t[a - 1].isalpha()) or (b < n and t[b].isalpha()):
            continue
        parts += (f[last:a + 1], "_")
        last = a + 2
    if not parts:
        return f
    parts.append(f[last:])
    return "".join(parts)


# 'mới' (new) folds like 'mỗi' (each): 'trồng rừng mới năm 2024' is no 'mỗi năm'
_NEW = re.compile(r"[mM][ớỚ][iI]")


def new_masked(t: str, f: str) -> str:
    """``f`` with each word 'mới' of ``t`` masked (same length), for the cues of a goal ('mỗi năm')."""
    return _mask_words(t, f, _NEW)
_PERIOD_YEAR = re.compile(word_start(r"(?<![a-z])(?:den|trong|vao|toi|muc tieu|chi tieu)(?: het| cuoi)? nam (\d{4})"))
# a year a goal is set for ('năm 2025'), not the base year of the prices a figure is measured in ('theo giá so sánh năm
# 2010', 'giá cố định năm 2010'): that year is no period, and a plan of 2021 is not looking back to it
BARE_YEAR = folded_pattern(r"(?<![a-z])(?<!giá so sánh )(?<!giá cố định )năm (20\d\d)(?![\d/-])")
_ANNUAL = re.compile(word_start(r"(?<![a-z])(?:(?<!cay )hang nam|moi nam|binh quan[^.;]{0,30}/ ?nam|lan ?/ ?nam)(?![a-z])"))
_TERM = re.compile(word_start(r"(?<![a-z])(?:nhiem ky|ca nhiem ky)(?![a-z])"))
# the term of the bodies an election fills ('cuộc bầu cử đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031'): a goal for the
# election itself has no period of its own (point (s) of our sets' annotation conventions), and the term is not one
_ELECTED_TERM = folded_pattern(r"(?<![a-z])bầu cử(?![a-z])[^.;:\n]{0,160}$")


def _terms(f: str, a: int, b: int) -> list[int]:
    """Where a term of office marks a period between ``a`` and ``b`` (not the term of those an election fills)."""
    if not may_match(_TERM, f):              # (a term of office: few texts name one)
        return []
    return [m.start() for m in _TERM.finditer(f, a, b) if not _ELECTED_TERM.search(f, max(0, m.start() - 160), m.start())]


_v = folded_pattern       # diacritic patterns for the folded text (kg.extract.text)


def period_of(f: str, a: int, b: int) -> str | None:
    """The period a goal between ``a`` and ``b`` is set for: 'annual', a year, 'term' or None."""
    if _ANNUAL.search(f, a, b):
        return "annual"
    py = _PERIOD_YEAR.search(f, a, b)
    if py:
        return py.group(1)
    if _terms(f, a, b):
        return "term"
    return None


# the words before a year compared with or counted from
_YEAR_COMPARED_BEFORE = folded_pattern(r"(?<![a-z])(?:so với|từ|như|bằng|cuối|đầu)[ \t]+$")


# a school year, a crop year or a growing season, named by its years ('năm học 2025 - 2026', 'niên vụ 2025-2026', 'vụ
# Đông Xuân 2025 - 2026'; kg.extract.quantity_cues's SEASON_LEAD reads the same words)
SEASON_WORDS = r"năm học|niên vụ|niên khóa|vụ[ \t]+(?:đông xuân|hè thu|thu đông|mùa|chiêm)"
# ... across two calendar years: a goal set for it is to be reached when it ends, in its second year (group 1)
_SPAN_YEAR = folded_pattern(r"(?<![a-z])(?:" + SEASON_WORDS + r")[ \t]+(?:năm[ \t]+)?20\d\d[ \t]*-[ \t]*(20\d\d)(?![\d/-])")


def period_marks(f: str, a: int, b: int) -> list[tuple[int, str]]:
    """Every mark of a period between ``a`` and ``b``, as (position, period), in order; a span across two years
    (``_SPAN_YEAR``) marks the year it ends, unless it is one compared with ('so với năm học 2024 - 2025')."""
    marks = [(m.start(), "annual") for m in _ANNUAL.finditer(f, a, b)]
    marks += [(m.start(), m.group(1)) for m in _PERIOD_YEAR.finditer(f, a, b)] if may_match_in(_PERIOD_YEAR, f, a, b) else []
    marks += [(i, "term") for i in _terms(f, a, b)]
    marks += [(m.start(), m.group(1)) for m in BARE_YEAR.finditer(f, a, b)
              if not _YEAR_COMPARED_BEFORE.search(f[max(0, m.start() - 8):m.start()])]
    marks += [(m.start(), m.group(1)) for m in _SPAN_YEAR.finditer(f, a, b)
              if not _YEAR_COMPARED_BEFORE.search(f[max(0, m.start() - 8):m.start()])] if may_match_in(_SPAN_YEAR, f, a, b) else []
    return sorted(marks)


_DIGIT = re.compile(DIGIT_FIRST)
_LEAD_COMMA = re.compile(r"[ \t]*,")
_ITEM_OPENS = re.compile(r"[,;:]|(?<![a-z])va(?![a-z])")


def figure_period(f: str, marks: list[tuple[int, str]], q_start: int, q_end: int, fig_ends: list[int],
                  default: str | None) -> str | None:
    """The period of a goal's figure at ``q_start``..``q_end`` among its clause's ``marks``: the one written before it,
    else after it, else ``default``. A mark right after an earlier figure of the clause (``fig_ends``: its figures'), with
    no separator between them and one after it, is said of that figure: '100% người dân được khám ít nhất một lần mỗi năm và 100% ...'
    ('mỗi năm' is how often, in the goal before), where '..., đến năm 2030 đạt 100% ...' opens an item of its own."""
    prev_end = max((e for e in fig_ends if e <= q_start), default=None)
    before = [pm for pm in marks if pm[0] < q_start
              and not (prev_end is not None and pm[0] >= prev_end and not _ITEM_OPENS.search(f, prev_end, pm[0])
                       and _ITEM_OPENS.search(f, pm[0], q_start))]
    after = [pm for pm in marks if pm[0] >= q_end]
    return before[-1][1] if before else (after[0][1] if after else default)


def run_period(f: str, marks: list[tuple[int, str]], s_start: int, c_start: int, default: str | None) -> str | None:
    """The year a clause naming none goes on with (``marks``: its sentence's): the year that opened the latest clause
    before it as a lead-in, 'đến năm 2030,' before any figure of that clause ('đến năm 2027, ...; đến năm 2030, ...;
    tuổi thọ đạt 76 tuổi': 2030; not a deadline that closes a clause, '... trước năm 2028;', nor a base year, 'giá so
    sánh năm 2010'); else ``default``."""
    for pos, _ in reversed(marks):
        lead = _PERIOD_YEAR.match(f, pos) if pos < c_start else None
        if lead is None or not _LEAD_COMMA.match(f, lead.end()):
            continue
        opened = max(f.rfind(";", s_start, pos), f.rfind(":", s_start, pos), s_start)
        if not _DIGIT.search(f, opened, pos):
            return lead.group(1)
    return default


# a paragraph that reports on a past span opens with it: 'Trong 5 năm qua, ...', 'Qua nửa nhiệm kỳ, ...',
# 'Sau 3 năm thực hiện ...'; its figures are results, and 'hằng năm' there is a rate, not a goal
_RETRO = _v(r"[ \t]*(?:trong|qua|sau)[ \t]+(?:hơn[ \t]+|gần[ \t]+|nửa[ \t]+|tròn[ \t]+)?"
            r"(?:(?:\d{1,2}|một|hai|ba|bốn|năm)[ \t]+(?:năm|tháng)|nhiệm kỳ)"
            r"(?:[ \t]+(?:qua|vừa qua|triển khai|thực hiện)(?![a-z])|[ \t]*,)"
            # 'Trong 6 tháng đầu năm, ...', '9 tháng đầu năm 2024, ...', 'Quý I, ...': a report of the months past
            r"|[ \t]*(?:trong[ \t]+)?(?:(?:\d{1,2}|sáu|chín)[ \t]+tháng[ \t]+đầu[ \t]+năm(?:[ \t]+\d{4})?|quý[ \t]+[ivx]{1,3}(?:[ \t]+năm[ \t]+\d{4})?)[ \t]*,"
            # 'Chín tháng năm 2025, ...', 'Bốn tháng hoạt động theo mô hình mới, ...': the months run so far
            r"|[ \t]*(?:\d{1,2}|hai|ba|bốn|sáu|bảy|tám|chín|mười)[ \t]+tháng[ \t]+"
            r"(?:năm[ \t]+\d{4}|(?:hoạt động|vận hành|triển khai|thực hiện)(?![a-z])[^,.;\n\d]{0,40}?)[ \t]*,"
            # 'Nhiệm kỳ qua, ...', '5 năm qua, ...': the span named first, without 'trong'
            r"|[ \t]*(?:nửa[ \t]+)?(?:nhiệm kỳ|(?:\d{1,2}|hai|ba|bốn|năm)[ \t]+năm)[ \t]+(?:qua|vừa qua)[ \t]*,"
            # 'Từ năm 2021 đến nay, ...', 'Từ đầu nhiệm kỳ đến nay, ...', 'Từ khi triển khai Chỉ thị đến nay, ...': the span
            # from a start already past up to the text
            r"|[ \t]*từ[ \t]+(?:đầu[ \t]+nhiệm kỳ|(?:đầu[ \t]+)?năm[ \t]+\d{4}|khi[ \t][^,.;\n\d]{0,80}?)[ \t]+(?:đến|tới)[ \t]+nay[ \t]*,")
# the same span opening a sentence after the report it comes from: 'Theo báo cáo sơ kết, sau 10 năm, ...'
RETRO_SENTENCE = re.compile(fold_same_length(r"[ \t]*(?:theo[ \t]+báo cáo|báo cáo[^,.;\n]{0,40}?cho (?:thấy|biết))[^,.;\n]{0,30}?,")
                            + "(?:" + _RETRO.pattern + ")")
# goals listed after a colon inside the sentence: 'Nghị quyết xác định chỉ tiêu: tỷ lệ ... đạt 85%', the colon after
# the word that opens the list ('Kế hoạch xác định 3 chỉ tiêu chủ yếu, gồm: ...', '... các chỉ tiêu như sau: ...'); not
# a report on them ('Kết quả thực hiện các chỉ tiêu: ...'); the list's years may come before the colon ('các chỉ tiêu
# nhiệm kỳ 2025 - 2030: ...')
_GOAL_COLON = _v(r"(?<![a-z])chỉ tiêu(?:[ \t]+[a-z]+){0,4}(?:[ \t]*(?:20\d\d|[-–]))*(?:[ \t]*,?[ \t]*(?:bao gồm|gồm|cụ thể|như sau))?[ \t]*:")
_GOAL_STATE = _v(r"(?<![a-z])(?:đạt|vượt)(?![a-z])")
# (and how far the goals got, or an estimate of it: 'Tình hình thực hiện các chỉ tiêu năm 2025:', 'Ước thực hiện các chỉ
# tiêu cả năm:', where a list of goals would open on 'thực hiện' alone: 'Chỉ tiêu thực hiện năm 2026:')
RESULT_WORDS = _v(r"(?<![a-z])(?:kết quả|đạt được|thực hiện được|đánh giá|tình hình thực hiện|ước thực hiện)(?![a-z])")
# 'đến (hết) năm X' is a goal's horizon only when X is not already past
_BY_YEAR = _v(r"đến(?: hết)? năm (\d{4})")
# a list of goals: a heading 'I. Về kinh tế (11 chỉ tiêu):' at the start of the paragraph, or a
# paragraph ending '... hệ thống chỉ tiêu chủ yếu như sau.' before it; its items are numbered
_LIST_HEAD = _v(r"[ \t]*(?:[ivx]{1,4}[.)][ \t]*)?[^.:\n]{0,60}(?:chỉ tiêu|(?<!chương trình )mục tiêu)[^.:\n]{0,40}:")
_LIST_LEAD = _v(r"(?:chỉ tiêu|(?<!chương trình )mục tiêu)[^.\n]{0,80}(?::|như sau[ \t]*[.:]?)[ \t]*$")
_NUM_ITEM = re.compile(r"(?:^|[ \t:;.])\d{1,2}\.[ \t]")
_SENTENCE_GAP = re.compile(r"[.!?][ \t]+(?=[^\W\d_])")


# a line that opens on a short label of its own and a colon, with no figure nor sentence before it: 'Phong trào "Tuổi
# trẻ sáng tạo": ...', 'Về kinh tế: ...'
_LABEL_LINE = _v(r"[ \t]*(?:[-+•–*][ \t]*)?[a-z\"“][^:.;!?\n\d]{2,60}:[ \t]*(?=[a-z])")
# ... one that heads what is to be done or aimed at, not what was done
_AHEAD_LABEL = _v(r"(?<![a-z])(?:nhiệm vụ|phương hướng|mục tiêu|chỉ tiêu|giải pháp|kế hoạch|thời gian tới|sắp tới|đề nghị|"
                  r"kiến nghị|đề xuất|yêu cầu|hạn chế|tồn tại|khó khăn)(?![a-z])")


def paragraph_frames(f: str, paras: list[Segment]) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """(retrospective paragraphs, goal-list paragraphs) as (start, end) spans."""
    retro, lists = [], []
    prev_lead = False
    prev_end = -1
    lists_cue = may_match(_LIST_HEAD, f) or may_match(_LIST_LEAD, f)    # (a text without goals holds no such list)
    for para in paras:
        if _RETRO.match(f, para.start):
            retro.append((para.start, para.end))
        elif retro and retro[-1][1] == prev_end and (label := _LABEL_LINE.match(f, para.start, para.end)) \
                and not _AHEAD_LABEL.search(f, para.start, label.end()):
            # a line of the span's results under a label of its own, right after them ('Phong trào "Nông dân thi đua":
            # các hội làm mới 46 công trình ...'): the span goes on over it
            retro.append((para.start, para.end))
        else:
            # a later sentence of the paragraph may open the span ('Hội hiện có 41 cơ sở. Sau 10 năm thực hiện Chỉ
            # thị, ...'): the paragraph reports on it from there on
            at = next((m.end() for m in _SENTENCE_GAP.finditer(f, para.start, para.end) if _RETRO.match(f, m.end())), None)
            if at is not None:
                retro.append((at, para.end))
        prev_end = para.end
        if not lists_cue:
            continue
        # (the list's words looked for in the paragraph first: most paragraphs name no goals)
        head = _LIST_HEAD.match(f, para.start, min(para.end, para.start + 120)) \
            if may_match_in(_LIST_HEAD, f, para.start, para.end) else None
        if head and RESULT_WORDS.search(f, head.start(), head.end()):
            head = None                 # 'Kết quả thực hiện các chỉ tiêu:' heads results
        if (head or prev_lead) and _NUM_ITEM.search(f, para.start, para.end):
            lists.append((para.start, para.end))
        lead_m = _LIST_LEAD.search(f, para.start, para.end) if may_match_in(_LIST_LEAD, f, para.start, para.end) else None
        prev_lead = bool(lead_m) and not RESULT_WORDS.search(f, para.start, para.end)
    return retro, lists


def _results_words(*more: str) -> str:
    """'kết quả' and the words that may qualify it in a heading of results ('đạt được', 'chủ yếu', then ``more``):
    the one source of the section headings here and of RESULTS_LINE."""
    return r"kết quả(?:[ \t]+(?:" + "|".join(("đạt được", "chủ yếu", *more)) + "))?"


# a report's section of results, under a numbered heading line ('I. KẾT QUẢ ĐẠT ĐƯỢC', 'I. Kết quả thực hiện'), up
# to the next heading of its rank ('II. NHIỆM VỤ TRỌNG TÂM ...')
_RESULTS_HEADING = re.compile(fold_same_length(r"^[ \t]*([ivx]{1,4}|\d{1,2})[.)][ \t]*" + _results_words()
                                               # ('1. Kết quả thực hiện Chỉ thị số 12-CT/HU về ...': a symbol's digits)
                                               + r"(?:[ \t]+thực hiện[^.\n]{0,120}|[^.\d\n]{0,60})$"), re.M)
# a line opening on a Roman numeral, 'II. ': ROMAN_LINE at a line's start, _ROMAN_HEADING to find one
ROMAN_LINE = re.compile(r"[ \t]*[ivx]{1,4}[.)][ \t]")
_ROMAN_HEADING = re.compile("^" + ROMAN_LINE.pattern, re.M)
_NUMBER_HEADING = re.compile(r"^[ \t]*\d{1,2}[.)][ \t]", re.M)


# the situation over a span that has passed, heading a report's section the same way: 'I. TÌNH HÌNH KINH TẾ - XÃ HỘI 6
# THÁNG ĐẦU NĂM 2025', '1. Tình hình thực hiện nhiệm vụ năm 2024' (not 'I. TÌNH HÌNH CHUNG', which names no span)
_SITUATION_HEADING = re.compile(fold_same_length(r"^[ \t]*([ivx]{1,4}|\d{1,2})[.)][ \t]*tình hình(?![a-z])[^.\d\n]{0,80}"
                                                 r"(?:\d{1,2}[ \t]+tháng|năm[ \t]+\d{4}|quý[ \t]+[ivx]{1,3})[^.\n]{0,40}$"), re.M)


# a conclusion's or a review's section of strengths, under its own heading line ('1. Ưu điểm', 'a) Những ưu điểm', 'Ưu
# điểm:'): what it lists was done, so its figures are results and its 'bảo đảm', 'hằng năm' say how, not what is aimed at
_STRENGTHS_HEADING = re.compile(fold_same_length(r"^[ \t]*(?:(?:[ivx]{1,4}|\d{1,2}|[a-zđ])[.)][ \t]*)?(?:những[ \t]+)?ưu điểm"
                                                 r"(?:[ \t]*(?:,|và)[ \t]*(?:kết quả(?:[ \t]+đạt được)?|thành tích))?[ \t]*:?[ \t]*$"),
                                re.M)
# the next heading of an outline, numbered or lettered: '2. Hạn chế, khuyết điểm', 'b) ...', 'II. ...'
_OUTLINE_HEADING = re.compile(r"^[ \t]*(?:[ivx]{1,4}|\d{1,2}|[a-zđ])[.)][ \t]", re.M)


def strengths_sections(f: str) -> list[tuple[int, int]]:
    """The sections of the folded text ``f`` headed as strengths (_STRENGTHS_HEADING), as (start, end) spans: to the
    next heading of the outline, or to the text's end."""
    if "uu diem" not in f:
        return []
    out = []
    for m in line_matches(_STRENGTHS_HEADING, f):
        nxt = _OUTLINE_HEADING.search(f, m.end())
        out.append((m.end(), nxt.start() if nxt else len(f)))
    return out


def results_sections(f: str) -> list[tuple[int, int]]:
    """The sections of results (see _RESULTS_HEADING, _SITUATION_HEADING) as (start, end) spans."""
    out = []
    heads = list(line_matches(_RESULTS_HEADING, f)) if "ket qua" in f else []
    if "tinh hinh" in f:
        heads = sorted(heads + list(line_matches(_SITUATION_HEADING, f)), key=lambda m: m.start())
    for m in heads:
        nxt = (_ROMAN_HEADING if m.group(1)[0] in "ivx" else _NUMBER_HEADING).search(f, m.end())
        out.append((m.end(), nxt.start() if nxt else len(f)))
    return out


# a report's title that names what it reports on ('Kết quả thực hiện Kế hoạch số 35/KH-UBND ...', 'Tình hình thực hiện
# kế hoạch phát triển kinh tế - xã hội năm 2024', 'Báo cáo sơ kết 3 năm triển khai Chương trình ...'), near the top
_REPORT_TITLE = re.compile(fold_same_length(r"^[ \t]*(?:báo cáo[ \t]+)?(?:kết quả|tình hình|sơ kết|tổng kết)"
                                            r"(?:[ \t]+[^\n.;:]{1,30}?)?[ \t]+(?:thực hiện|triển khai)(?![a-z])[^\n]*$"), re.M)
# where the report turns to what comes next: a heading line of the way ahead, the tasks or the proposals
# ('II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025', 'III. Kiến nghị', 'Nhiệm vụ trọng tâm thời gian tới')
_AHEAD_HEADING = re.compile(fold_same_length(r"^[ \t]*(?:(?:[ivx]{1,4}|\d{1,2}|[a-zđ])[.)][ \t]*)?(?:các[ \t]+)?"
                                             r"(?:phương hướng|nhiệm vụ|mục tiêu|giải pháp|kiến nghị|đề xuất|dự kiến)"
                                             r"(?![a-z])[^\n.]{0,120}$"), re.M)
_TITLE_REACH = 800


# the text last asked about and its title: the scope and the figures' classifier both ask, once a text each
# (one tuple, replaced whole: safe where threads extract side by side)
_LAST_TITLE: tuple[str | None, tuple[int, int] | None] = (None, None)


def report_title(f: str) -> tuple[int, int] | None:
    """(start of the title, start of the body) of a report whose title says it reports results ('Kết quả thực hiện
    ...', see _REPORT_TITLE); else None."""
    global _LAST_TITLE
    last = _LAST_TITLE
    if last[0] is f:
        return last[1]
    title = next(line_matches(_REPORT_TITLE, f, 0, _TITLE_REACH), None)
    found = None
    if title is not None:
        # (a title runs on over its next lines, 'phương hướng nhiệm vụ năm 2025' among them: the body opens after a blank line)
        gap = f.find("\n\n", title.end(), title.end() + 300)
        found = title.start(), (gap + 2 if gap >= 0 else title.end())
    _LAST_TITLE = (f, found)
    return found


def report_results(f: str) -> tuple[int, int] | None:
    """The body of a report whose title says it reports results ('Kết quả thực hiện ...'), from the end of the title's
    paragraph to the first heading of what comes next (see _AHEAD_HEADING), as (start, end); else None."""
    title = report_title(f)
    if title is None:
        return None
    start = title[1]
    ahead = next(line_matches(_AHEAD_HEADING, f, start), None)
    # (a section under a heading of the first rank says itself what it holds: 'I. KẾT QUẢ ĐẠT ĐƯỢC' is a section of
    # results of its own, 'I. TÌNH HÌNH CHUNG' is none)
    first = next(line_matches(_ROMAN_HEADING, f, start), None)
    ends = [m.start() for m in (ahead, first) if m is not None]
    return start, min(ends, default=len(f))


# a sentence opening on a span of years that has run out by the text's year: 'Giai đoạn 2021-2025, ...'
_PAST_SPAN_LEAD = _v(r"[ \t]*(?:trong[ \t]+)?giai đoạn[ \t]+(?:19|20)\d\d[ \t]*[-–][ \t]*((?:19|20)\d\d)[ \t]*,")


def retro_sentence(f: str, s: Segment, ref_year: int | None) -> bool:
    """The sentence itself opens on a past span ('Qua 3 năm, ...', 'Trong nhiệm kỳ, ...', see _RETRO), or on a span of
    years that ends by the text's year."""
    if _RETRO.match(f, s.start):
        return True
    m = _PAST_SPAN_LEAD.match(f, s.start) if ref_year else None
    return m is not None and ref_year is not None and int(m.group(1)) <= ref_year


def year_passed(f: str, cue: re.Match, ref_year: int | None) -> bool:
    """The goal cue ``cue`` names a year before the text's ('đến hết năm 2024' in a text of 2025): it looks back."""
    y = _BY_YEAR.search(f, cue.start(), cue.end())
    return bool(y and ref_year and int(y.group(1)) < ref_year)


def goal_marked(f: str, s: Segment, ref_year: int | None) -> bool:
    """A goal marker in the sentence, but one naming a year passed (year_passed)."""
    return any(not year_passed(f, m, ref_year) for m in goal_cues(f, s))


def goal_only_in_brackets(f: str, s: Segment, ref_year: int | None) -> bool:
    """Every goal marker of the sentence stands in brackets."""
    ms = goal_cues(f, s)
    return bool(ms) and all(f.count("(", s.start, m.start()) > f.count(")", s.start, m.start()) for m in ms)


def goal_colon(f: str, s: Segment) -> bool:
    """Goals listed after a colon inside the sentence (see _GOAL_COLON)."""
    m = _GOAL_COLON.search(f, s.start, s.end) if may_match(_GOAL_COLON, f) else None
    # (nor a tally of goals by their state: '3 chỉ tiêu không đạt gồm: ...')
    return bool(m) and not RESULT_WORDS.search(f, s.start, m.start()) and not _GOAL_STATE.search(m.group(0))


def is_line(t: str, s: Segment) -> bool:
    """The sentence is a whole line of its own."""
    return (s.start == 0 or t[s.start - 1] == "\n") and (s.end >= len(t) or t[s.end:s.end + 1] == "\n")


def inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """``pos`` lies in one of ``spans``."""
    return any(a <= pos < b for a, b in spans)


# a lead-in that says only 'in detail' ('Cụ thể:', 'Cụ thể như sau:'): its list goes on with what was said before it
SPECIFIC_LEAD = _v(r"[ \t]*(?:cụ thể|trong đó)(?:[ \t]+như sau)?[ \t]*:")
# a heading line of results without a colon: 'Kết quả đạt được', '2. Những kết quả chủ yếu'
RESULTS_LINE = _v(r"[ \t]*(?:(?:\d{1,2}|[a-zđ])[.)][ \t]*)?(?:những[ \t]+|các[ \t]+)?" + _results_words("nổi bật") + r"[ \t]*")


def plain_line_under(t: str, s: Segment) -> bool:
    """The sentence is a whole line right under the line before it (no blank line between): under a heading of goals
    ('2. Các chỉ tiêu chủ yếu đến năm 2030'), such lines are its items even without marks."""
    return is_line(t, s) and s.start >= 2 and t[s.start - 2] != "\n"


def note_on_item_line(t: str, s: Segment) -> bool:
    """The sentence is a note in brackets that ends the line of the item before it, with no figure: '1. Kết nạp từ 500
    hội viên mới trở lên. (Chủ trì: Ban Tổ chức; phối hợp: Hội các xã)'. It says who carries the item out and closes no
    list of goals (a bracket that opens a line of its own, or holds a figure, is read as any sentence)."""
    head = t[t.rfind("\n", 0, s.start) + 1:s.start]
    return t.startswith("(", s.start) and head.strip() != "" and not _DIGIT.search(t, s.start, s.end)


# a rate's bound after a verb of results is a goal's wording: 'đạt từ 80% trở lên', 'vượt từ 5% trở lên so với dự toán'
# (not a rate reached, 'đạt 80%', nor a bound of stars a result may hold, 'đạt từ 3 sao trở lên')
_RATE_BOUND = _v(r"(?<![a-z])(?:đạt|vượt|tăng|giảm)[ \t]+từ[ \t]+\d[\d.,]*[ \t]*%(?:/năm)?[ \t]+trở[ \t]+lên(?![a-z])")


def rate_bound(f: str, start: int, end: int, at: bool = False) -> bool:
    """A rate's bound (_RATE_BOUND) in ``f[start:end]``, or, with ``at``, one that begins at ``start``. Most
    sentences hold no 'trở lên': the pattern is not run on them."""
    if f.find("tro len", start, end) < 0:
        return False
    return bool(_RATE_BOUND.match(f, start, end) if at else _RATE_BOUND.search(f, start, end))
