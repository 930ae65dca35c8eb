"""Results measured against a goal in the same sentence (so sánh với mục tiêu): 'đạt 8,1%/năm (Nghị quyết đề ra
8,5-9%/năm)', 'bằng 89% mục tiêu', 'cao hơn 0,5% so với mục tiêu'. Where the goal begins, which figures after it are
the goal's own, and the document named with it; kg.extract.quantities decides the kinds from these. Patterns are
written in Vietnamese with diacritics and folded when compiled; they read the folded text unless said."""
from __future__ import annotations

import re

from kg.extract.modality import TARGET_CUE
from kg.extract.numbers import parse_number
from kg.extract.text import Segment, folded_pattern
from kg.text.symbols import DIGIT_FIRST

_DIGIT = re.compile(DIGIT_FIRST)
_v = folded_pattern       # diacritic patterns for the folded text (kg.extract.text)


# a bracket that opens on a result before the goal, set off by a comma: '(mới đạt 58%, kế hoạch 70%)'
_RESULT_IN_BRACKET = r"\([^(),;]{0,40}?\d[\d.,]*[ \t]*(?:%|‰|[a-z]+)?[ \t]*,"
# a result and then the goal it is measured against, in the same sentence: 'đạt 8,1%/năm (Nghị quyết đề ra
# 8,5-9%/năm)', 'bằng 89% mục tiêu đến năm 2025 là 70 triệu đồng', 'vượt mục tiêu mỗi năm giảm trên 3%', 'kết nạp 612
# đảng viên (chỉ tiêu cả nhiệm kỳ 1.000 đảng viên)', 'đạt 19,8%, chưa đạt mục tiêu Kế hoạch 95 đề ra', 'cao hơn 0,5% so với mục tiêu'. Group 'noun'
# is where the goal begins: figures before it are results, figures after it in the same stretch are the goal's
_COMPARED_GOAL = _v(r"(?:\(|" + _RESULT_IN_BRACKET + r")[ \t]*((?:nghị quyết|kế hoạch|chương trình|quyết định|chỉ thị|đề án)[ \t]+(?:đề ra|đặt ra|giao)"
                    r"|mục tiêu|chỉ tiêu|kế hoạch|kh"
                    # the document's word alone before its goal's figure: '(Nghị quyết 6,5%/năm)', '(Nghị quyết dưới 3%)',
                    # '(Nghị quyết: 8,5%)' (not a number of its own: '(Nghị quyết 09-NQ/TU)')
                    r"|(?:nghị quyết|chương trình|đề án)(?=[ \t]*:?[ \t]+(?:(?:dưới|trên|từ|hơn|ít nhất|tối thiểu)[ \t]+)?"
                    r"\d[\d.,]*[ \t]*(?:%|‰|[a-z])))(?![a-z])"
                    # (or a multiple of the goal: 'gấp 1,3 lần mục tiêu')
                    # (the margin may be a count or an amount before 'so với': 'vượt 450 ha so với mục tiêu ...')
                    # (or 'so với' after how far off, the margin left unsaid: 'mới đạt 28%, thấp xa so với mục tiêu 50%')
                    r"|(?<![a-z])(?:(?:(?:vượt|chưa đạt|không đạt|bằng|đạt|cao hơn|thấp hơn)[ \t]+|(?:thấp|cao|xa|kém|chậm)[ \t]+(?=so với[ \t]))"
                    r"(?:\d[\d.,]*[ \t]*(?:%[ \t]+|(?:[a-z]+[ \t]+){1,3}(?=so với)))?"
                    r"|gấp[ \t]+\d[\d.,]*[ \t]+lần[ \t]+)(?:so với[ \t]+)?"
                    r"(mục tiêu|chỉ tiêu"
                    # a plan with its figure in brackets after it: 'vượt 12% so với kế hoạch (240 hộ)', 'đạt 42,5% diện tích
                    # Kế hoạch đề ra cho giai đoạn 2024-2025 (20.000 ha)'
                    r"|(?<=% )(?:[a-z]+[ \t]+){0,2}?(?:kế hoạch|dự toán)(?=[^,;()]{0,80}\([ \t]*(?:từ[ \t]+|trên[ \t]+|dưới[ \t]+)?\d)"
                    # ... or right after the verb that measures against it: 'vượt kế hoạch đề ra (3,5%)', 'đạt dự toán (12 tỷ)'
                    r"|(?:(?<=vượt )|(?<=đạt )|(?<=bằng )|(?<=hơn ))(?:kế hoạch|dự toán)"
                    r"(?=[^,;()\d]{0,60}\([ \t]*(?:từ[ \t]+|trên[ \t]+|dưới[ \t]+)?\d)"
                    r"|(?<=so với )(?:kế hoạch|dự toán)(?=[^,;()]{0,80}\([ \t]*(?:từ[ \t]+|trên[ \t]+|dưới[ \t]+)?\d)"
                    # ... or its figure right after it: 'đạt 75% so với kế hoạch 1.500 căn'
                    r"|(?<=so với )(?:kế hoạch|dự toán)(?=[ \t]+\d[\d.,]*[ \t]*(?:%|[a-z]))(?![a-z]))(?![a-z])")
# the same goal set off by a comma after a result, its figure after 'là': 'đạt 92 triệu đồng, nghị quyết đề ra là 90
# triệu đồng' (group 1, as in brackets)
_COMPARED_AFTER_COMMA = _v(r",[ \t]*((?:nghị quyết|kế hoạch|chương trình|đề án)[ \t]+(?:đề ra|đặt ra|giao)[ \t]+là)(?=[ \t]+\d)")
# what lies between such a goal (out of brackets) and its figure says it is the goal's: 'là', 'đề ra', its period
_GOAL_FIGURE_GAP = _v(r"(?:[^,;()\d]|(?<![\d.,])\d{4}(?![\d.,%]))*?(?<![a-z])(?:là|đề ra|đặt ra|mỗi năm|hằng năm|hàng năm|đến năm[ \t]+\d{4})"
                      r"(?:[^,;()\d]|(?<![\d.,])\d{4}(?![\d.,%]))*$")
# the document a goal is of, after its word: 'mục tiêu của Nghị quyết'
_GOAL_OF_DOC = _v(r"[ \t]+(?:của|theo)[ \t]+")
# 'đặt mục tiêu' sets a goal where 'đạt mục tiêu' reaches one: the folded text spells both 'dat', so this is
# read on the text itself
_SETS_WORD = re.compile(r"đặt(?![^\W\d_])", re.IGNORECASE)
# (or the document whose goal it is, named after the figure: 'thấp hơn mục tiêu 35% của Nghị quyết')
_SET_AFTER = _v(r"[^,;()]{0,50}?(?<![a-z])(?:đề ra|đặt ra|giao)(?![a-z])|[^,;()]{0,30}?(?<![a-z])(?:của|theo)[ \t]+"
                r"(?:nghị quyết|kế hoạch|chương trình|đề án|chỉ thị|quyết định|kết luận)(?![a-z])")
_GOAL_FIGURE_GAP_BRACKET = _v(r"(?:[^,;()\d]|(?<![\d.,])\d{4}(?![\d.,%]))*$")
# a goal's figure alone in brackets after the goal's words and its document: 'vượt 7% mục tiêu Nghị quyết (5.200 ha)',
# 'chưa đạt chỉ tiêu của Kế hoạch 40 (từ 25% trở lên)', 'thấp hơn chỉ tiêu Nghị quyết (70%)'
_GOAL_FIGURE_IN_BRACKETS = _v(r"[^,;()]{0,80}\([ \t]*(?:(?:từ|trên|dưới|hơn|khoảng|ít nhất|tối thiểu)[ \t]+)?$")


def compared_goal(f: str, s: Segment) -> re.Match | None:
    """The goal a result of sentence ``s`` is measured against (see _COMPARED_GOAL), where a figure comes before it."""
    if f.find(" la ", s.start, s.end) >= 0:
        for m in _COMPARED_AFTER_COMMA.finditer(f, s.start, s.end):
            if _DIGIT.search(f, s.start, m.start()):
                return m
    # (most sentences have neither a bracket nor a goal's word: skip the pattern for them)
    if f.find("(", s.start, s.end) < 0 and f.find(" tieu", s.start, s.end) < 0 and f.find("so voi ", s.start, s.end) < 0:
        return None
    for m in _COMPARED_GOAL.finditer(f, s.start, s.end):
        if _DIGIT.search(f, s.start, m.start()) and not _goal_label(f, m):
            return m
    return None


def _goal_label(f: str, m: re.Match) -> bool:
    """The bracket ``m`` opens names a goal and holds no figure: it says what the figure before it is, a goal ('Đến năm
    2027, kết nạp mới 1.500 hội viên (chỉ tiêu cả nhiệm kỳ)'), not a goal that figure is measured against ('kết nạp 612
    đảng viên (chỉ tiêu 1.000 đảng viên)' is one)."""
    if f[m.start()] != "(":
        return False
    close = f.find(")", m.start())
    return close > 0 and _DIGIT.search(f, m.start(), close) is None


# a goal named after its own figure, as what that figure is: '1.500 hội viên là chỉ tiêu kết nạp của cả nhiệm kỳ', '20
# hợp tác xã mới là mục tiêu huyện đặt ra' (up to three words of the unit before 'là'; not set off by a comma, which says
# what a result was, 'đạt 105%, là chỉ tiêu vượt cao nhất'; not a count of goals, '1 chỉ tiêu chưa đạt là chỉ tiêu ...')
_AS_GOAL = r"(?:[ \t]+(?!(?:chỉ|mục|đạt|vượt|chưa|không|đã)(?![a-z]))[a-z]+){0,3}?[ \t]+là[ \t]+(?:(?:một|những|các)[ \t]+)?(?:chỉ tiêu|mục tiêu)(?![a-z])"
_NAMED_AS_GOAL = _v(_AS_GOAL)
# ... a figure and its unit so named, in a sentence (not a count of goals)
_FIGURE_NAMED_AS_GOAL = _v(r"(?<![\d.,])\d[\d.,]*[ \t]*(?:%|(?!chỉ tiêu|mục tiêu)[a-z]+)" + _AS_GOAL)
_GOAL_COUNT_UNIT = _v(r"[\d.,]+[ \t]*(?:chỉ tiêu|mục tiêu)(?![a-z])")


def named_as_goal(f: str, q_start: int, q_end: int) -> bool:
    """The figure at ``q_start``..``q_end`` (its unit included) is said to be a goal by the words right after it
    (_NAMED_AS_GOAL): a target, whatever verb came before it."""
    return f.find(" la ", q_end, q_end + 40) >= 0 and _NAMED_AS_GOAL.match(f, q_end) is not None \
        and _GOAL_COUNT_UNIT.match(f, q_start) is None


def names_goal_after_figure(f: str, s: Segment) -> bool:
    """Sentence ``s`` names one of its figures a goal right after it (_NAMED_AS_GOAL): a sentence of goals though it
    has no marker of one ('1.500 hội viên mới là chỉ tiêu Kế hoạch giao cho các chi hội')."""
    return f.find(" la ", s.start, s.end) >= 0 and f.find(" tieu", s.start, s.end) >= 0 \
        and _FIGURE_NAMED_AS_GOAL.search(f, s.start, s.end) is not None


def is_goal_figure(f: str, goal: re.Match, q_start: int) -> bool:
    """The figure at ``q_start`` is the value of the compared goal ``goal`` (inside its brackets, or after its
    'là', 'đề ra' or period, with no comma or bracket between), or of a later goal of the sentence that another
    result before it is measured against, in a later clause ('kết nạp 12.600 hội viên, vượt 26% chỉ tiêu Nghị quyết;
    tỷ lệ hộ hội viên được vay vốn đạt 72,4%, vượt chỉ tiêu đề ra (70%)')."""
    if _is_figure_of(f, goal, q_start):
        return True
    later = None
    if f.find(";", goal.end(), q_start) >= 0:
        for m in _COMPARED_GOAL.finditer(f, f.rfind(";", goal.end(), q_start) + 1, q_start):
            if _DIGIT.search(f, goal.end(), m.start()):
                later = m
                break
    return later is not None and _is_figure_of(f, later, q_start)


def _is_figure_of(f: str, goal: re.Match, q_start: int) -> bool:
    if goal.group(1):
        return q_start >= goal.end() and bool(_GOAL_FIGURE_GAP_BRACKET.match(f, goal.end(), q_start))
    if q_start >= goal.end() and _GOAL_FIGURE_IN_BRACKETS.fullmatch(f, goal.end(), q_start):
        return True
    if q_start >= goal.end() and not f[goal.end():q_start].strip():
        # the figure right after the goal's word, the document that set it after the figure: 'vượt mục tiêu 60% Nghị
        # quyết đề ra'; or the plan's own figure after 'so với kế hoạch': 'đạt 75% so với kế hoạch 1.500 căn'
        return bool(_SET_AFTER.match(f, q_start)) or f.endswith("so voi ", 0, goal.start(2)) or _goal_after_rate(f, goal, q_start) \
            or _goal_after_count(f, goal, q_start)
    return q_start >= goal.end() and bool(_GOAL_FIGURE_GAP.match(f, goal.end(), q_start))


# a rate reached right before the verb that measures it against its goal: 'tỷ lệ cán bộ nữ đạt 27,4%, vượt chỉ tiêu 25%',
# a yearly one too: 'bình quân đạt 4,1%/năm, vượt mục tiêu 3,5%/năm'
_RATE_BEFORE_VERB = _v(r"(\d[\d.,]*)[ \t]*%(?:/[ \t]*năm)?[ \t]*,?[ \t]*$")
_PCT_FIGURE = re.compile(r"(\d[\d.,]*)[ \t]*%")
# what says the figure is a margin over another time, not the goal's: 'vượt mục tiêu 4% so với năm trước'
_MARGIN_AFTER = _v(r"(?:/[ \t]*năm)?[ \t]+so với(?![a-z])")
# the verbs that say the rate is above its goal, and below it
_ABOVE, _BELOW = ("vuot", "cao hon"), ("chua", "khong", "thap hon")


def _goal_after_rate(f: str, goal: re.Match, q_start: int) -> bool:
    """The percentage at ``q_start``, right after 'vượt / cao hơn / chưa đạt / không đạt / thấp hơn chỉ tiêu' (or
    'mục tiêu'), is the goal a rate reached just before the verb is set against: the rate is above it after 'vượt',
    'cao hơn', below it after the others ('đạt 27,4%, vượt chỉ tiêu 25%', 'mới đạt 18%, thấp hơn mục tiêu 25%'). Not
    a margin over a plan ('đạt 125%, vượt chỉ tiêu 25%': no rate is over 100%), nor where a count is reached ('kết nạp
    125 đảng viên, vượt chỉ tiêu 25%'), nor a margin over another time ('vượt mục tiêu 4% so với năm trước')."""
    rate = _RATE_BEFORE_VERB.search(f, max(0, goal.start() - 30), goal.start())
    fig = _PCT_FIGURE.match(f, q_start)
    if rate is None or fig is None or goal.group(2) not in ("chi tieu", "muc tieu") \
            or _MARGIN_AFTER.match(f, fig.end()):
        return False
    reached, set_at = parse_number(rate.group(1)), parse_number(fig.group(1))
    if reached is None or set_at is None or reached > 100:
        return False
    verb = f[goal.start():goal.start(2)]
    return reached > set_at if verb.startswith(_ABOVE) else reached < set_at if verb.startswith(_BELOW) else False


# a count reached right before 'chưa đạt / không đạt chỉ tiêu': 'mới đạt 5 hợp tác xã, chưa đạt chỉ tiêu 9 hợp tác xã' (group 1 the
# count, group 2 its unit's first word)
_COUNT_BEFORE_VERB = _v(r"(?<![\d.,])(\d[\d.,]*)[ \t]+([a-z]+)(?:[ \t]+[a-z]+){0,3}[ \t]*,?[ \t]*$")
_COUNT_FIGURE = re.compile(r"(\d[\d.,]*)[ \t]+([a-z]+)")


def _goal_after_count(f: str, goal: re.Match, q_start: int) -> bool:
    """The count at ``q_start``, right after 'chưa đạt / không đạt chỉ tiêu', is the goal a count of the same things
    reached just before the verb falls short of: 'số hợp tác xã kiểu mới mới đạt 5 hợp tác xã, chưa đạt chỉ tiêu 9 hợp
    tác xã' (9 is above 5 and counts hợp tác xã too); after 'vượt mục tiêu / chỉ tiêu' it is the goal exceeded where
    it is more than half the count reached ('có 10.650 ha chè, vượt mục tiêu 10.500 ha'), the margin where it is not
    ('kết nạp 125 đảng viên, vượt chỉ tiêu 25 đảng viên': a goal of 100 more than doubled is rare). Not a count of other
    things, nor one not above (below, after 'vượt') the count reached."""
    above = f.startswith("vuot", goal.start())
    if not (above or (goal.group(2) == "chi tieu" and f.startswith(("chua", "khong"), goal.start()))):
        return False
    reached = _COUNT_BEFORE_VERB.search(f, max(0, goal.start() - 50), goal.start())
    fig = _COUNT_FIGURE.match(f, q_start)
    if reached is None or fig is None or reached.group(2) != fig.group(2):
        return False
    got, set_at = parse_number(reached.group(1)), parse_number(fig.group(1))
    if got is None or set_at is None:
        return False
    return got / 2 < set_at < got if above else got < set_at


# a clause that turns from the plan to what was done by now, after a comma: ', đến nay ...', ', tính đến hết tháng 9 ...'
_SO_FAR_AFTER_COMMA = _v(r",[ \t]*(?:tính[ \t]+)?(?:đến nay|đến (?:hết|cuối)[ \t]+(?:tháng|quý|năm|ngày)|sau \d{1,2} (?:tháng|năm))(?![a-z])")


def goal_clause_before(t: str, f: str, fg: str, c_start: int, q, goal: re.Match) -> bool:
    """The figure ``q`` stands in a clause of its own before the compared goal ``goal``, set off from it by ';' or by a
    comma that turns to what was done by now (_SO_FAR_AFTER_COMMA), whose own words before the figure set a goal
    (TARGET_CUE on the goals' folded copy ``fg``) or name the plan's figure (named_goal_before, on the text ``t``):
    'đến năm 2025 nguồn vốn phải đạt 12 tỷ đồng; đến nay nguồn vốn đã đạt 9 tỷ đồng, bằng 75% mục tiêu', 'chỉ tiêu
    năm nay là 300 hộ, đến nay có 270 hộ, đạt 90% chỉ tiêu' (12 and 300 are the goals the shares measure, not
    results). Not a figure of the goal's own clause ('đến nay đạt 9 tỷ đồng, bằng 75% mục tiêu năm 2025')."""
    if f.find(";", q.end, goal.start()) < 0 and _SO_FAR_AFTER_COMMA.search(f, q.end, goal.start()) is None:
        return False
    return TARGET_CUE.search(fg, c_start, q.start) is not None or named_goal_before(t, f, c_start, q.start, q.end)


def after_goal_part(f: str, goal: re.Match, c: Segment, q_start: int) -> int | None:
    """Where the part of clause ``c`` that holds the figure at ``q_start`` begins, where that part comes after the goal
    ``goal`` and the goal's own figure: the clause itself when it begins after the goal, else the last comma after a
    figure of the goal's stretch ('đạt 92 triệu đồng, nghị quyết đề ra là 90 triệu đồng, gấp 1,4 lần so với đầu nhiệm
    kỳ': the multiple goes on with the result); None where the figure is in the goal's stretch."""
    if c.start >= goal.end():
        return c.start
    k = f.rfind(", ", goal.end(), q_start)
    return k if k >= 0 and _DIGIT.search(f, goal.end(), k) and f.count("(", goal.end(), k) <= f.count(")", goal.end(), k) \
        else None


def plan_word_at(goal: re.Match) -> int:
    """Where the goal's own word begins ('kế hoạch' of 'so với kế hoạch', past the nouns before it)."""
    g = goal.group(2) or ""
    at = max(g.rfind("ke hoach"), g.rfind("du toan"))
    return goal.start(2) + at if at >= 0 else goal.end()


# a goal's words right before a bracket: 'vượt chỉ tiêu Kế hoạch đề ra (12%)', 'thấp hơn chỉ tiêu Nghị quyết (70%)'
# (not a count of goals: '19/23 chỉ tiêu đạt và vượt (11 chỉ tiêu kinh tế)')
_GOAL_BEFORE_BRACKET = _v(r"(?<![a-z])(?<!\d )(?:mục tiêu|chỉ tiêu|kế hoạch|dự toán)(?![a-z])[^,;()]{0,80}$")


def goal_before_bracket(f: str, start: int, pos: int) -> bool:
    """The bracket at ``pos`` follows a goal's words in its stretch from ``start`` (its figure is the goal's, kept)."""
    return pos >= 0 and _GOAL_BEFORE_BRACKET.search(f, max(start, pos - 100), pos) is not None


def opens_compared_goal(f: str, pos: int) -> bool:
    """A compared goal begins at ``pos`` (a bracket: '(chỉ tiêu cả nhiệm kỳ 1.000 đảng viên)')."""
    return pos >= 0 and _COMPARED_GOAL.match(f, pos) is not None


def goal_of_doc_at(f: str, pos: int) -> int | None:
    """Where the document a goal is of is named, after 'của' or 'theo' at ``pos`` ('mục tiêu của Nghị quyết')."""
    m = _GOAL_OF_DOC.match(f, pos)
    return m.end() if m else None


def sets_goal(t: str, pos: int) -> bool:
    """'đặt' (sets) at ``pos`` of the source text, not 'đạt' (reaches)."""
    return _SETS_WORD.match(t, pos) is not None


# a goal named before its own figure in a report's clause (chỉ tiêu / mục tiêu ... N): 'đặt chỉ tiêu kết nạp 40 đảng
# viên', 'chỉ tiêu tỉnh giao cho xã năm 2025 là xóa 214 căn', 'trong đó có chỉ tiêu ít nhất 360 xã đạt chuẩn', 'mục tiêu
# của Kế hoạch 118 về xây dựng 12 tổ hợp tác', 'xác định mục tiêu đến năm 2024 toàn huyện có 6.000 ha'
_GOAL_NOUN = _v(r"(?<![a-z])(?:chỉ tiêu|mục tiêu)(?![a-z])"
               # (or a document said to set what follows: 'Kế hoạch 14/KH-UBND của xã đề ra huy động 800 ngày công')
               r"|(?<![a-z])(?:kế hoạch|nghị quyết|chương trình|chỉ thị|đề án|kết luận|quyết định)(?![a-z])[^,;:()\n.]{0,50}?"
               # (or gives a place its share, named after it: 'Kế hoạch năm nay giao xã trồng 80 ha'; not 'giao thông',
               # 'giao dịch', nor a plan named as what a share measures, 'đạt 120% kế hoạch huyện giao và 99% ...')
               r"(?<![a-z])(?:đề ra|đặt ra|giao(?=[ \t]+(?!(?:thông|dịch|lưu|tiếp|nhận|nộp|và|với|là)(?![a-z]))[a-z])"
               # (or sets its figure with 'đặt' alone, which folds as 'đạt' does and is told apart as written: 'Nghị
               # quyết đặt 36 giường, ngành mới đạt 34,2 giường')
               r"|đặt(?![ \t]+(?:hàng|tên|cọc|lịch)(?![a-z])))(?![a-z])")
# ... not a count of goals ('5 chỉ tiêu'), nor a goal reached or measured against ('đạt mục tiêu', 'vượt chỉ tiêu',
# 'so với mục tiêu'); read on the source text, where 'đạt' (reaches) and 'đặt' (sets) differ
_REACHED_GOAL = re.compile(r"(?:\d[\d.,/]*|(?<![^\W\d_])(?:đạt|vượt|hoàn thành|so với|bằng|hơn|theo|với|các|những))"
                           r"[ \t]+$", re.I)
# ... nor where a result's verb stands between the goal's words and the figure ('chỉ tiêu thu ngân sách đạt 120 tỷ
# đồng', 'mục tiêu ... mới đạt 7 tổ'), nor a comma, bracket or another figure (a year or a document's number may)
_RESULT_IN_GAP = re.compile(r"(?<![^\W\d_])(?:đã|đạt|vượt|hoàn thành|ước|còn|lên|xuống)(?![^\W\d_])", re.I)
# ... nor a verb with 'được' right before the figure, what was done: 'chỉ tiêu phát triển đảng viên năm 2024 kết nạp
# được 12 đảng viên' (but 'được giao', assigned, names the goal: 'chỉ tiêu được giao ... là kết nạp 20 đảng viên')
_DONE_BEFORE = re.compile(r"(?<![^\W\d_])được[ \t]+$", re.I)
_GAP_NUMBER = re.compile(r"\d[\d.,]*")
_DOC_WORD_BEFORE = re.compile(r"(?:kế hoạch|nghị quyết|chương trình|quyết định|chỉ thị|đề án|kết luận|số|năm)[ \t]+$", re.I)


# ... unless the result comes after the goal's figure, which then is the level set: 'chỉ tiêu tỷ lệ hộ dùng nước sạch
# đạt trên 90% mới đạt 82%', or a verdict on the goal closes its words: 'chỉ tiêu tỷ trọng kinh tế số đạt 10% GRDP khó
# đạt' (read on the source text after the figure)
_RESULT_AFTER = re.compile(r"[ \t]*,?[ \t]*(?:(?:nhưng|song)[ \t]+)?(?:mới|chỉ)(?:[ \t]+chỉ)?[ \t]+đạt(?![^\W\d_])"
                           r"|[^,;:()\d\n]{0,60}?(?<![^\W\d_])(?:không|chưa|khó)[ \t]+(?:đạt|hoàn thành)(?![^\W\d_])", re.I)


# a quota a place or a sector is given, its figure right after what it is to do: 'tỉnh Nghệ An được Thủ tướng Chính phủ
# giao hoàn thành 1.420 căn', 'huyện được giao chỉ tiêu kết nạp 120 đảng viên' (not 'đã được giao', done: 'đã được giao
# 540 ha rừng cho 45 hộ', nor a household given land)
_QUOTA_GIVEN = _v(r"(?<![a-z])(?:tỉnh|huyện|xã|phường|thị xã|thị trấn|thành phố|địa phương|ngành|đơn vị|"
                  # (or a mass organisation or a party cell: 'hội được giao kế hoạch kết nạp 40 hội viên')
                  r"hội|chi hội|đoàn|chi đoàn|công đoàn|chi bộ|đảng bộ)(?![a-z])"
                  r"(?:[ \t]+[^\s,;:.()\d]+){0,3}?[ \t]+(?<!đã )được[ \t]+(?:[^\s,;:.()\d]+[ \t]+){0,5}?giao[ \t]+"
                  r"(?:(?:chỉ tiêu|kế hoạch)[ \t]+)?(?:(?:hoàn thành|thực hiện|xây dựng|xây mới|phát triển|kết nạp|trồng mới|trồng|"
                  r"giải quyết việc làm cho|đào tạo|hỗ trợ|xóa|thành lập|tuyển)[ \t]+)?(?:(?:ít nhất|tối thiểu|trên|hơn)[ \t]+)?$")


def named_goal_before(t: str, f: str, start: int, pos: int, end: int | None = None) -> bool:
    """The figure at ``pos`` (ending at ``end``) is the value of a goal named before it in its clause from ``start``
    (see _GOAL_NOUN), or a quota given to a place (_QUOTA_GIVEN): a target, even in a sentence of results."""
    lo = max(start, pos - 100)
    if _QUOTA_GIVEN.search(f, lo, pos):
        return True
    last = None
    for m in _GOAL_NOUN.finditer(f, lo, pos):
        if not m.group(0).endswith("dat") or sets_goal(t, m.end() - 3):    # (not 'Kế hoạch vốn đạt ...')
            last = m
    if last is None or _REACHED_GOAL.search(t, max(0, last.start() - 16), last.start()):
        return False
    gap = t[last.end():pos]
    if re.search(r"[,;:()\n]", gap) or _DONE_BEFORE.search(gap) or (
            _RESULT_IN_GAP.search(gap) and (end is None or _RESULT_AFTER.match(t, end) is None)):
        return False
    return all(_DOC_WORD_BEFORE.search(t, max(0, last.end() + n.start() - 16), last.end() + n.start())
               for n in _GAP_NUMBER.finditer(gap))


# a thing counted that 'đã được' describes: 'phấn đấu hỗ trợ 100% số hộ nghèo đã được rà soát' (those reviewed)
_DONE_PARTICIPLE = _v(r"đã[ \t]+được[ \t]+[a-z]")


def counted_done(f: str, cs_start: int, qs) -> bool:
    """The 'đã' at ``cs_start`` opens 'đã được ...' after a figure of the clause (``qs``): it says which things the
    figure counts, not that a result was reached (an aim before the figure keeps it a goal)."""
    return _DONE_PARTICIPLE.match(f, cs_start) is not None and any(q.end <= cs_start for q in qs)


# the capital of a programme or plan stated with 'là' (vốn ... là N), its disbursement reported right after it:
# 'vốn đầu tư phát triển là 812 tỷ đồng, đã giải ngân 389 tỷ đồng', 'vốn năm 2023 được kéo dài sang năm 2024 là 96 tỷ
# đồng, đến nay đã giải ngân ...' (point (z) of tests/ANNOTATION.md: the sum the spending is measured against). A year
# may stand in the words between, no other figure; not capital raised or spent ('tổng vốn huy động là 50 tỷ đồng')
_CAPITAL_IS = _v(r"(?<![a-z])vốn(?![a-z])(?:(?!(?<![a-z])(?:huy động|đã)(?![a-z]))(?:[^,;:.()\d]|(?<!\d)\d{4}(?!\d))){0,70}?[ \t]là[ \t]+$")
_THEN_DISBURSED = _v(r"[ \t]*[,;][ \t]*(?:[^,;:.()\d]{0,20}?[ \t])?giải ngân(?![a-z])")


def capital_disbursed(f: str, start: int, q_start: int, q_end: int) -> bool:
    """The amount ``q_start``..``q_end`` of the clause from ``start`` is capital given to a programme, whose
    disbursement the next words report (_CAPITAL_IS, _THEN_DISBURSED): a target, though its sentence reports results."""
    return f.endswith("dong", q_start, q_end) and _THEN_DISBURSED.match(f, q_end) is not None \
        and _CAPITAL_IS.search(f, max(start, q_start - 90), q_start) is not None


# the document that set a goal, named after the goal's figure by 'mà ... đề ra' in its clause: 'Chỉ tiêu 100% xã có
# nhà văn hóa mà Chương trình số 12-CTr/HU đề ra đã hoàn thành' (words only between the figure and 'mà', commas
# too: 'cấp tỉnh, cấp huyện')
_SET_BY_AFTER = _v(r"[^;:()\d]{0,80}?(?<![a-z])mà[ \t]+(?=[^,;:()]{0,60}?(?<![a-z])(?:đề ra|đặt ra)(?![a-z]))")


def goal_set_by_after(f: str, q_end: int, end: int, doc_named_at) -> str | None:
    """The document a goal's figure ending at ``q_end`` is said to be set by, after it and before ``end``
    (_SET_BY_AFTER), else None."""
    m = _SET_BY_AFTER.match(f, q_end, end)
    return doc_named_at(m.end()) if m is not None else None
