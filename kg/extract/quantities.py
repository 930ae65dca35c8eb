"""Numeric targets and outcomes.

Each figure of a sentence (kg.extract.figures) is a target or an outcome by the sentence's modality
(kg.extract.modality): target markers (phấn đấu, mục tiêu, hằng năm, đến năm 2025 ...) make targets unless the
clause reports a past fact (đã, vượt, so với ...); outcome markers (đã, được, đạt, vượt, hoàn thành, thành lập mới,
kết nạp, huy động, đến nay ...) make outcomes. Sentences about awards or issuing a document, budgets, present states
and the structure of a text ('3 nhóm giải pháp') give neither."""
from __future__ import annotations

import re

from kg.extract.alternation import word_start
from kg.extract.figures import DIGIT, NUM, PLAN_PCT, SUBSET, TALLY_NOUN, Quantity, find_quantities
from kg.extract.goal_compare import compared_goal, goal_of_doc_at, is_goal_figure, sets_goal
from kg.extract.items import ClauseItems
from kg.extract.modality import (
    BARE_YEAR,
    RESULT_WORDS,
    RESULTS_LINE,
    RETRO_SENTENCE,
    ROMAN_LINE,
    SPECIFIC_LEAD,
    TARGET_CUE,
    goal_colon,
    goal_marked,
    goal_only_in_brackets,
    inside,
    is_line,
    new_masked,
    paragraph_frames,
    plain_line_under,
    past_marked,
    period_marks,
    period_of,
    report_results,
    results_sections,
    retro_sentence,
)
from kg.extract.numbers import parse_number
from kg.extract.tables import table_blocks, table_quantities
from kg.extract.text import Segment, clauses, folded_pattern, vi
from kg.facts import Outcome, Target

# ('so với thời điểm ban hành Nghị quyết' dates a comparison: no sentence about issuing a document; '6 ý kiến phát
# biểu' counts what was said at the meeting, '35 đồng chí được bầu' whom it elected)
_EXCLUDE = folded_pattern(r"(?<![a-z])(?:(?<!thời điểm )(?<!khi )ban hành (?:các )?(?:nghị quyết|chỉ thị|kết luận|quyết định|quy định|"
                          r"chương trình|kế hoạch|công văn|hướng dẫn|thông báo|đề án)|khen thưởng|bằng khen|giấy khen|biểu dương|"
                          r"truy cập|lượt xem|tổng số lượt|dự hội nghị|tham dự|trao tặng|kỷ niệm|ý kiến (?:phát biểu|thảo luận)|"
                          r"lượt phát biểu|được bầu|trúng cử|bầu(?= \d))(?![a-z])")
# bounds that only goals use ('ít nhất 1 lần/năm', 'thua lỗ dưới 5%' after a goal lead-in)
_BOUND = re.compile(word_start(r"(?<![a-z])(?:it nhat|toi thieu|khong duoi|khong it hon|toi da|khong vuot qua)[ \t]+\d"))
# a year ahead of the text ('vào năm 2025', 'đến cuối năm 2025')
_YEAR_AHEAD = re.compile(word_start(r"(?<![a-z])(?:den|vao|toi|trong|muc tieu|chi tieu)(?: het| cuoi)? nam (\d{4})(?![\d])"))
# a sentence opening on a past year ('Năm 2022, toàn tỉnh có ...'): the situation at that time
_YEAR_LEAD = re.compile(r"[ \t]*(?:(?:tinh )?(?:den|dau|cuoi|het|trong|rieng)[ \t]+)?(?:cuoi |dau |het )?nam (\d{4})[ \t]*,")
# the situation a new plan starts from: 'Hiện toàn tỉnh có khoảng 41.500 ha ...'
_BASELINE = re.compile(r"[ \t]*(?:hien nay|hien tai|hien|tinh den nay|den nay)[ \t]*,?[ \t]+(?:[^.;\n]{0,40}?)(?:co|hien co)[ \t]+(?:khoang|gan|tren|hon)?")
# ('thực hiện', 'phát hiện', 'thể hiện', 'xuất hiện', 'biểu hiện' are no 'hiện': 'vốn thực hiện Chương trình là 1.850 tỷ đồng')
_NOW_HAS = re.compile(r"(?<![a-z])(?<!thuc )(?<!phat )(?<!the )(?<!xuat )(?<!bieu )hien(?: nay| tai)?,?[ \t]+(?:[a-z]+[ \t]+){0,3}?(?:co|dat|la)[ \t]+(?:khoang[ \t]+|gan[ \t]+|tren[ \t]+|hon[ \t]+)?$")
# a figure joined to such a present figure by 'với' is the same present state: 'hiện có 109 cơ sở Hội với hơn 147.000
# hội viên', 'có 1.652 tổ chức cơ sở đảng với gần 226.000 đảng viên, sinh hoạt ở 10.418 chi bộ'
_WITH_NOW = re.compile(r"[ \t]*(?:,[ \t]*)?(?:voi|sinh hoat o|tren|o)[ \t]+(?:khoang[ \t]+|gan[ \t]+|tren[ \t]+|hon[ \t]+)?")
_ITEM = re.compile(vi(r"[ \t]*(?:\(\d{1,2}\)|\d{1,2}[.)][ \t]|[a-zđ]\)|[-+•–*][ \t])"))
_HAS_N = re.compile(r"[ \t]*(?:(?:toan|ca) (?:tinh|huyen|xa|thanh pho|nuoc) )?co[ \t]+\d")
_TOTAL = re.compile(word_start(rf"(?<![a-z])(?:trong|trong tong so|tren tong so|trong so)[ \t]+({NUM})[ \t]+([a-z]+(?: [a-z]+)?)(?![a-z])"))
_MONEY = re.compile(r"(?:ty|trieu|nghin|ngan)?[ \t]*dong(?![a-z])")
_SPEND = re.compile(r"(?<![a-z])(?:ho tro|chi|bo tri|giai ngan|dau tu|phan bo|cap|trich|danh)(?![a-z])")


# ('vận động' reports what people were won over to give: 'vận động hội viên hiến 12.500 m2 đất'; 'cuộc vận động' is
# the campaign's name)
# ('ước đạt' estimates what was reached; 'so với cùng kỳ' compares with the same months of the year before; 'tăng
# trưởng 2,8 tỷ đồng', 'nâng tổng nguồn vốn lên 39,6 tỷ đồng' say by how much or to what a sum grew)
_OUT_STRONG = re.compile(word_start(r"(?<![a-z])(?:da|dat duoc|vuot|uoc dat|so voi cung ky)(?![a-z])"))
_OUTCOME = re.compile(word_start(r"(?<![a-z])(?:da|dat|vuot|hoan thanh|ket qua|huy dong|(?<!cuoc )van dong|ket nap|(?<!duoc )thanh lap|den nay|hien nay|"
                      r"tang(?! (?:truong|cuong))|tang truong(?= \d)|nang tong(?: [a-z]+){0,3} len(?= \d)|giam(?! ngheo)|gap|co tong so|toan (?:tinh|huyen|xa)|"
                      # what a report says was done so far: 'giải ngân 3.120 tỷ đồng', 'ước thực hiện 4.560 tỷ đồng',
                      # 'lũy kế 5 năm, ...', 'tính đến ngày 30/11/2024, ...', '..., bằng 72,4% kế hoạch vốn'
                      r"giai ngan|uoc thuc hien|thuc hien duoc|luy ke|tinh den(?= ngay| het| thoi diem)|bang(?= \d[\d.,]*% (?:ke hoach|du toan|chi tieu|cung ky))|"
                      # what is still left undone: 'còn 3 chi bộ chưa xây dựng được mô hình'
                      r"con(?= \d[^;.\n]{0,60}?(?<![a-z])chua(?![a-z])))(?![a-z])"))
# 'hơn' is '>=' except in 'thấp hơn' (lower than); 'không thấp hơn' is '>=' again
_GE = re.compile(r"(?:(?<![a-z])(?:tu|it nhat|toi thieu|tren|(?<!thap )hon|khong duoi|khong it hon|khong thap hon))[ \t]+$")
_LE = re.compile(r"(?:(?<![a-z])(?:duoi|khong qua|toi da|khong vuot qua|(?<!khong )thap hon))[ \t]+$")


_v = folded_pattern       # diacritic patterns for the folded text (kg.extract.text)
# 'không để ... quá 3 ngày': an upper bound
_NOT_LET_OVER = _v(r"(?<![a-z])không để(?![a-z])[^;.]{0,60}?(?<![a-z])quá[ \t]+$")
# a season opening a sentence, by the year it began: 'Mùa khô 2022-2023, xâm nhập mặn làm thiệt hại 1.150 ha lúa'
_SEASON_LEAD = _v(r"[ \t]*mùa (?:khô|mưa|lũ|mưa lũ|mưa bão)(?: năm)? (\d{4})(?:[ \t]*[-–][ \t]*\d{4})?[ \t]*,")
# a whole that has so many of something ('Toàn tỉnh có trên 80% dân số sống ở nông thôn'), and the words that make
# such a count a result ('Toàn huyện có 13/30 xã đạt chuẩn', '1.236 mô hình được đăng ký')
_WHOLE_HAS = _v(r"[ \t]*toàn[ \t]+(?:tỉnh|huyện|xã|thành phố|phường|thị xã|quận)[ \t]+(?:hiện[ \t]+)?có[ \t]")
_DONE_STATE = _v(r"(?<![a-z])(?:đạt|được|đã|mới|hoàn thành)(?![a-z])")
# goals stated without the usual markers: 'Nghị quyết đề ra 12 chỉ tiêu, trong đó chỉ tiêu thu ngân sách ... là 400 tỷ',
# 'Kế hoạch năm 2024 giao: thu ngân sách 520 tỷ đồng; ...'
# (each branch opens on its words, so that _v compiles it to open on them)
_GOAL_STATED = _v(r"(?<![a-z])(?:đề ra(?![a-z])|đặt ra(?![a-z])|kế hoạch[^.;:\n]{0,30}?giao[ \t]*:|chỉ tiêu[^.;:\n]{0,30}?giao[ \t]*:"
                  r"|chỉ tiêu[^.;:\n\d]{0,60}?[ \t]là[ \t]+(?=\d))")
_ROUTINE = _v(r"(?<![a-z])(?:hằng năm|hàng năm|mỗi năm)(?![a-z])")
# a heading line that opens a list of goals, without a colon: 'Mục tiêu cụ thể đến năm 2027'
# ('Tầm nhìn đến năm 2045' heads the goals of a later horizon)
_GOAL_HEADING = _v(r"[ \t]*(?:(?:\d{1,2}|[ivx]{1,4}|[a-zđ])[.)][ \t]*)?(?:các[ \t]+)?(?:mục tiêu|chỉ tiêu|tầm nhìn(?= đến năm \d{4}))(?![a-z])"
                   r"[^.;!?\n]{0,90}$")
# the present state ('hiện có', 'chiếm 97%') is not a result unless a result verb says so
_SHARE = _v(r"(?<![a-z])chiếm[ \t]+(?:khoảng[ \t]+|gần[ \t]+|hơn[ \t]+|trên[ \t]+)?$")
# a figure that is the purpose of a task: 'khắc phục ... để đạt 20/20 tiêu chí'
_PURPOSE = _v(r"(?<![a-z])(?:để|nhằm|phấn đấu)[ \t]+(?:đạt|hoàn thành|có)[ \t]+(?:từ[ \t]+|trên[ \t]+)?$")
# read on the source text: folded, 'chương' (chapter) is 'chuồng' (a pen) and 'phần' is 'phân' (fertiliser)
_STRUCTURE_NOUN = re.compile(r"(?:nhóm|nhiệm vụ|giải pháp|nội dung|quan điểm|mục tiêu|khâu đột phá|đột phá|phần|chương|điều)"
                             r"(?![^\W\d_])", re.I)
_AVERAGE = _v(r"(?<![a-z])bình quân(?![a-z])")
# nouns that count people, each a name of the same whole ('lao động', 'người', 'đoàn viên' ...)
_PERSONS = _v(r"(?:lao động|người|lượt người|đảng viên|đoàn viên|hội viên|thanh niên|học sinh|cán bộ|công chức)(?![a-z])")
# ('Chương trình mục tiêu quốc gia' is a name: no aim)
_AIM = _v(r"(?<![a-z])(?:phấn đấu|(?<!chương trình )mục tiêu)(?![a-z])")
# money set aside or asked for, not yet spent: 'Kinh phí dự kiến cho năm 2026 là 3,2 tỷ đồng', 'tỉnh bố trí 18 tỷ đồng
# để hỗ trợ ...', 'Vốn đầu tư công năm 2024 được giao 412 tỷ đồng', 'Tổng vốn ngân sách các cấp giao năm 2023 là 96,4
# tỷ đồng', 'Đề nghị UBND tỉnh bổ sung 25 tỷ đồng' (not 'giao thông', 'giao dịch')
_BUDGET = _v(r"(?<![a-z])(?:kinh phí|dự kiến|bố trí|phân bổ|giao(?![ \t]*:|[ \t]+(?:thông|dịch|lưu|tiếp|nhiệm vụ))|bổ sung)(?![a-z])")


def _budget_before(t: str, f: str, a: int, b: int) -> bool:
    """A word of money set aside (_BUDGET) between ``a`` and ``b``; 'giáo' (giáo dục) folds like 'giao' (to assign),
    so that word is read on the source text."""
    return any(t[m.start():m.start() + 4].lower() != "giáo" for m in _BUDGET.finditer(f, a, b))


# the starting value of a change: 'giảm từ 8,5% (năm 2020) xuống còn 2,1%', 'tăng từ 45 lên 60 triệu đồng'
_FROM_BEFORE = _v(r"(?<![a-z])từ[ \t]+$")
_TO_AFTER = _v(r"(?:[^;\d]|(?<![\d])(?:19|20)\d\d(?!\d)){0,40}?(?<![a-z])(?:xuống|lên)(?:[ \t]+(?:còn|mức|đến|tới))?[ \t]+(?:dưới[ \t]+|trên[ \t]+|hơn[ \t]+|khoảng[ \t]+)?\d")
# the planned amount stated with 'là': 'kế hoạch vốn năm 2025 ... là 4.296,2 tỷ đồng', 'dự toán giao là ...'
_PLAN_IS = _v(r"(?<![a-z])(?:kế hoạch|dự toán)(?:[ \t]+vốn)?(?![a-z])[^,;:.()]{0,70}?[ \t](?:được giao[ \t]+)?là[ \t]+$")
# a count inside the subject of such a statement ('của 3 chương trình là ...') describes it: no figure of its own
_COUNT_IN_SUBJECT = _v(r"[^,;:.()\d]{0,40}?[ \t]là[ \t]+\d")
_PLAN_IN_BRACKETS = _v(r"\([ \t]*(?:kế hoạch|kh|chỉ tiêu|mục tiêu|dự toán)(?:[ \t]+(?:năm[ \t]+\d{4}|đề ra|giao|là))?[ \t]*:?[ \t]*"
                       r"(?:từ[ \t]+|trên[ \t]+|dưới[ \t]+|hơn[ \t]+)?$")
_SUBSET_NEXT = _v(r"[^\d,;.()]{0,60}?(?:,|(?<![a-z])và)[ \t]+(?:[a-z][^\d,;.()]{0,30}[ \t])?")
_SUBSET_NAMED = _v(r"(?<![a-z])trong đó(?:[ \t]+có)?[ \t]+[a-z][^\d,;.()]{0,40}[ \t]$")
_SUBSET_LEAD = _v(r"[ \t]*trong đó(?![a-z])")
# a sentence that opens on the whole of the result before it: 'Trong số hợp tác xã thành lập mới, 61 hợp tác xã ...'
_AMONG_LEAD = _v(r"[ \t]*trong số[ \t]+[a-z][^,;.\d]{0,60},")
# a meeting adopting a number of texts: what it did, not a result of a document
_ADOPTED = re.compile(word_start(r"(?<![a-z])thong qua[ \t]+(?:tong cong[ \t]+|tong so[ \t]+)?\d+[ \t]+(?:nghi quyet|de an|van ban|bao cao)(?![a-z])"))
_RANGE_TO = _v(r"[ \t]*(?:đến|tới|-|–)[ \t]*")
# a result and, after the rest of its phrase, its share of a plan: 'đạt 312 tỷ đồng, bằng 87% dự toán tỉnh giao',
# 'thành lập mới 12 hợp tác xã do phụ nữ làm chủ, đạt 120% chỉ tiêu Trung ương Hội giao', 'đạt 520 tỷ đồng, vượt 15%
# dự toán tỉnh giao'
_THEN_SHARE = _v(r"[^\d,;.()]{0,60},?[ \t]*(?:đạt|bằng|vượt)[ \t]+")
_BARE_PLAN_END = re.compile(r"[ \t]*(?:[,;.)]|$)")
# a tally of goals: 'Vượt 4 chỉ tiêu, đạt 1 chỉ tiêu, 3 chỉ tiêu đạt 70% đến 83%'; its lead-in
# 'Đối với 11 chỉ tiêu Trung ương Hội giao:' gives the total
_COUNTED = _v(r"(?:\d[ \t]*|các[ \t]+)(?:chỉ tiêu|tiêu chí)(?![a-z])")
# the verbs that set a number of goals: 'Nghị quyết đề ra 20 chỉ tiêu', 'Kế hoạch gồm 10 chỉ tiêu'
_GOALS_SET = _v(r"(?<![a-z])(?:đề ra|đặt ra|gồm|xác định|giao|với tổng số|với)[ \t]+$")
_GOALS_COUNT = _v(r"(?<![a-z])(?:đề ra|đặt ra|gồm|xác định)[ \t]+(\d{1,3})[ \t]+(?:chỉ tiêu|tiêu chí)(?![a-z])")
# what a tally is measured against: '8/10 chỉ tiêu đạt và vượt so với Nghị quyết ...'
_AGAINST = _v(r"(?<![a-z])so với[ \t]+")
_TALLY_LEAD_WORDS = re.compile(r"^[ \t]*(?:(?:trong đó|trong số đó|có)(?![^\W\d_])[ \t]*)+", re.I)


_SPECIFIC = _v(r"(?<![a-z])cụ thể(?![a-z])")
# the place a report is about, not what it reached: 'Dân số khoảng 1,25 triệu người', 'Diện tích tự nhiên 2.500 km2',
# 'Tỉnh gồm 9 huyện, 150 xã'
_BACKGROUND = _v(r"(?<![a-z])(?:dân số|diện tích tự nhiên|gồm|bao gồm|đơn vị hành chính)(?![a-z])")
# a sub-heading of a list of goals that gives their horizon alone: 'a) Đến năm 2025', 'b) Đến hết năm 2030:'
_BY_YEAR_HEADING = _v(r"[ \t]*(?:[a-zđ]|\d{1,2})[.)][ \t]*(?:đến|trong)[ \t]+(?:hết[ \t]+)?năm[ \t]+(\d{4})[ \t]*:?[ \t]*")
# awards said done over a span, 'đã' right before the award's verb ('đã biểu dương, khen thưởng'); the occasion that
# hands awards out ('dịp này', 'tại hội nghị', 'tặng bằng khen')
_AWARDED_SO_FAR = _v(r"(?<![a-z])đã[ \t]+(?:[a-z]+[ \t]*,[ \t]*)?(?:biểu dương|khen thưởng)")
_OCCASION = _v(r"(?<![a-z])(?:dịp|hội nghị|buổi lễ|lễ|trao|tặng|kỷ niệm)(?![a-z])")
# a year is no figure: 'Đối với 12 chỉ tiêu năm 2024:', '... Nghị quyết Tỉnh ủy năm 2023:'
_NUMBER_RUN = re.compile(r"\d+(?:[.,]\d+)*")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _no_figure(f: str, a: int, b: int, blocked) -> bool:
    """No number between ``a`` and ``b`` but years and those inside a date or a document's mention."""
    return all(blocked(m.start()) or _YEAR.fullmatch(m.group(0)) for m in _NUMBER_RUN.finditer(f, a, b))


def _part_of_blocked(f: str, a: int, b: int, blocked) -> bool:
    """'trong đó' between ``a`` and ``b`` follows a figure inside a document's mention and subject."""
    at = f.rfind("trong do", a, b)
    if at < 0 or not SUBSET.search(f, a, b) and not _SUBSET_NAMED.search(f, a, b):
        return False
    pos = at - 1
    while pos >= 0 and f[pos] in " \t,":
        pos -= 1
    # (the figure of the description: a digit inside the mention shortly before)
    return pos >= 0 and blocked(pos) and any(f[i].isdigit() and blocked(i) for i in range(max(0, pos - 30), pos))


# the time before the document or the span: 'trước năm 2021', 'trước đây', 'trước khi có Nghị quyết'
_BEFORE_THEN = _v(r"(?<![a-z])(?:trước năm[ \t]+(\d{4})(?!\d)|trước đây|trước khi (?:có|ban hành|thực hiện|triển khai))(?![a-z])")


def _count_passive(f: str, s: Segment) -> bool:
    """A clause of the sentence opens on a count that something was done to (_COUNT_PASSIVE): '1.500 hộ được hỗ trợ
    vay vốn, 120 nhà được xây mới' (not 'Chương trình ... ở 6 huyện được triển khai', where the count is no subject)."""
    for m in _COUNT_PASSIVE.finditer(f, s.start, s.end):
        before = f[s.start:m.start()].rstrip(" \t")
        if not before or before[-1] in ",;:" or _TIME_OPENING.fullmatch(before):
            return True
    return False


def _routine_only(fg: str, s: Segment) -> bool:
    """The sentence's only goal cues say how often ('hằng năm', 'mỗi năm')."""
    cues = list(TARGET_CUE.finditer(fg, s.start, s.end))
    return bool(cues) and all(_ROUTINE.match(fg, m.start()) for m in cues)


def _past_before(f: str, s: Segment, ref_year: int | None) -> bool:
    """The sentence speaks of the time before, up to a year not after the text's ('trước năm 2021', 'trước đây')."""
    m = _BEFORE_THEN.search(f, s.start, s.end)
    return m is not None and (m.group(1) is None or ref_year is None or int(m.group(1)) <= ref_year)


def _rates_only(fg: str, s: Segment) -> bool:
    """The sentence's only goal cues are averaged yearly rates ('bình quân hằng năm', 'bình quân mỗi năm')."""
    cues = list(TARGET_CUE.finditer(fg, s.start, s.end))
    return bool(cues) and all(_ROUTINE.match(fg, m.start()) and _AVERAGE.search(fg, max(s.start, m.start() - 25), m.start())
                              for m in cues)



# (or into what was done under it: 'Chương trình số 05-CTr/HU ... về phát triển đô thị, đến nay đã hoàn thành 7/12 dự án')
# (or into the main clause after it: '... về thực hiện Chỉ thị 36, địa phương đã triệt xóa 58 tụ điểm', '... về thực
# hiện Chương trình, toàn tỉnh có thêm 21 xã đạt chuẩn', '... nhà đại đoàn kết, năm 2024 huyện đã xóa 120 nhà tạm')
_SUBJECT_CUT = _v(r",[ \t]*(?:với|nhằm|trong đó|đồng thời|đến nay|tính đến|sau[ \t]+\d)(?![a-z])|(?<![a-z])mục tiêu(?![a-z])"
                  r"|,[ \t]*(?:toàn|cả)[ \t]+(?:tỉnh|huyện|thành phố|thị xã|quận|xã|phường|nước)(?![a-z])"
                  # ('..., năm 2024 huyện đã xóa 120 nhà tạm': a year opening the main clause)
                  r"|,[ \t]*(?:(?:trong|riêng|đến hết|đến cuối|tính đến)[ \t]+)?năm[ \t]+\d{4}(?!\d)[ \t]*,?[ \t]+(?=[a-z])"
                  r"|,[ \t]*(?:[a-z]+[ \t]+){0,4}?(?:đã|vừa|có thêm)[ \t]+(?=(?:[a-z]+[ \t]+){0,3}\d)")


def subject_end(p, mention) -> int:
    """End of a document mention with its subject ('Nghị quyết số 30a/2008/NQ-CP ... về Chương trình
    ... đối với 62 huyện nghèo'): figures up to there name the document. ``p``: the prepared text."""
    end = max(mention.end, mention.start)
    subj = mention.subject
    if subj and mention.tail_end:
        tail = subj[-24:]
        at = p.text.find(tail, mention.tail_end, mention.tail_end + len(subj) + 80)
        if at >= 0:
            # a subject read too far runs into the text's own goals ('..., với mục tiêu thu hút 120 người')
            cut = _SUBJECT_CUT.search(p.folded, mention.tail_end, at + len(tail))
            end = max(end, cut.start() if cut else at + len(tail))
    return end
# a state, not a result, in such a section: 'Huyện có diện tích tự nhiên hơn 548 km2, dân số khoảng 290.000 người'
_HAS = _v(r"(?<![a-z])có(?![a-z])")


# a count that something was done to: '1.500 hộ được hỗ trợ vay vốn' (not money or a plan handed down: 'được giao',
# 'được phân bổ', 'được bố trí'; nor those elected or honoured: 'được bầu', 'được tuyên dương')
_COUNT_PASSIVE = _v(rf"(?<![\d.,])(?:{NUM})[ \t]+[a-z][^,;:.()\d]{{0,40}}?[ \t]được[ \t]+(?!giao|phân bổ|bố trí|đề ra|dự kiến|bầu|mời|tuyên dương|vinh danh)[a-z]")
# a sentence set at an occasion ('Tại buổi lễ, ...', 'Ngay sau lễ ra quân, ...'), and people who took part in one
_AT_OCCASION = _v(r"[ \t]*(?:ngay[ \t]+)?(?:tại|sau|trong)[ \t]+(?:buổi[ \t]+lễ|buổi|lễ|hội nghị|ngày hội|chương trình)(?![a-z])")
_OCCASION_WORD = _v(r"(?<![a-z])(?:lễ|buổi|ra quân|ngày hội|hội thi|hội nghị)(?![a-z])")
_TOOK_PART = _v(r"[^,;.\d]{0,40}?(?<![a-z])(?:đã[ \t]+)?(?:tham gia|tham dự|có mặt|nhận quà)(?![a-z])")
# the time a sentence opens on before its subject: 'Năm nay', 'Năm 2024', 'Đến nay', 'Qua 5 năm'
_TIME_OPENING = _v(r"[ \t]*(?:năm nay|năm (?:19|20)\d\d|đến nay|(?:qua|sau|trong) \d{1,2} năm(?: qua)?)[ \t]*,?")
# the verb of an aim reached, right before the aim: 'đã hoàn thành (vượt) mục tiêu', 'đạt mục tiêu'
_AIM_REACHED = _v(r"(?<![a-z])(?:hoàn thành|đạt|vượt|thực hiện được)(?:[ \t]+(?:vượt|xong|và vượt))?(?:[ \t]+các)?[ \t]+$")
# the goals a document is issued with: 'ban hành Kế hoạch số 55-KH/HU với mục tiêu đến năm 2025 có 90% ...'
_AIM_AFTER_ISSUE = _v(r"[^;:.()]{0,80}?(?<![a-z])(?:với|nhằm|đặt)[ \t]+mục tiêu(?![a-z])")
# a clause that opens on the time so far reports what was reached: '...; đến nay tỷ lệ này đạt 85%'
_SO_FAR_LEAD = _v(r"[ \t]*(?:tính[ \t]+)?đến nay(?![a-z])")


def classify(p, sentences: list[Segment], blocked, doc_for, main_doc=None, ref_year: int | None = None,
             base_year: int | None = None, doc_in_year=None, doc_named_at=None,
             named_docs: list[str] | None = None, subject_doc=None, plan_before=None) -> tuple[list[Target], list[Outcome]]:
    """``ref_year``: the year of the text (years from it on are ahead); ``base_year``: the year of the
    plan the text presents (a sentence opening on an earlier year states the starting situation);
    ``subject_doc(pos)``: the document the figure's sentence says sets or counts it, which outranks the
    text's own plan and the document in context; ``plan_before(pos)``: the plan another level set named last
    before ``pos`` in its paragraph."""
    t, f = p.text, p.folded
    fp = past_marked(t, f) if len(t) == len(f) else f
    # for the cues of a goal and its period (only 'mỗi năm' among them folds like words with 'mới')
    fg = new_masked(t, f) if len(t) == len(f) and "moi nam" in f else f
    targets: list[Target] = []
    outcomes: list[Outcome] = []
    lead: list[str | None] | None = None        # a goal lead-in ending with ':' ('chỉ tiêu đến năm 2030:')
    results_lead = False                        # a lead-in to results ('Kết quả thực hiện các chỉ tiêu năm 2024:')
    results_secs = results_sections(f)
    report_body = report_results(f)
    if report_body is not None:
        results_secs.append(report_body)
    blocks = table_blocks(t)
    if blocks:
        t_targets, t_outcomes = table_quantities(p, blocks, doc_for, main_doc, ref_year, named_docs, results_secs)
        targets.extend(t_targets)
        outcomes.extend(t_outcomes)
    retro_paras, list_paras = paragraph_frames(f, p.paragraphs)
    goals_before = False        # the sentence before gave goals and no results: a list item after it goes on with them
    goals_whole: tuple[int | float, int] | None = None     # (count, end) of the goals a document set, said last
    heading_lead = False                        # the goals' lead-in is a heading line ('2. Các chỉ tiêu chủ yếu')
    last_kind: str | None = None                # what the last sentence with figures gave: 'target' or 'outcome'
    for s in sentences:
        n_t, n_o = len(targets), len(outcomes)
        was_goals, goals_before = goals_before, False
        if blocks and any(a <= s.start < b or a < s.end <= b for a, b, _ in blocks):
            continue
        in_retro = (bool(retro_paras) and inside(retro_paras, s.start)) or bool(RETRO_SENTENCE.match(f, s.start)) \
            or (main_doc is None and retro_sentence(f, s, ref_year))    # (in a plan, the past is its background)
        in_list = bool(list_paras) and inside(list_paras, s.start)
        is_item = bool(_ITEM.match(f, s.start))
        if lead is not None and not is_item and not (heading_lead and plain_line_under(t, s)):
            lead = None
        if lead is not None and ROMAN_LINE.match(f, s.start) and is_line(t, s):
            lead = None                         # 'III. NHIỆM VỤ, GIẢI PHÁP' closes the goals above it
        if results_lead and not is_item:
            results_lead = False
        stext = f[s.start:s.end].rstrip()
        ptext = fp[s.start:s.end]             # for the cues of a past result
        own_lead = False                      # a goal lead-in with figures of its own
        before_plan = False                   # the situation in a year before the text's plan
        if stext.endswith(":") and (TARGET_CUE.search(fg, s.start, s.end) or re.search(r"(?<![a-z])chi tieu(?![a-z])", stext)):
            if RESULT_WORDS.search(f, s.start, s.end) or (
                    results_secs and inside(results_secs, s.start) and not _SPECIFIC.search(f, s.start, s.end)
                    and not TARGET_CUE.search(fg, f.rfind("\n", 0, max(0, s.start - 1)) + 1, s.end)
                    and not (ref_year and any(int(y) > ref_year for y in _YEAR.findall(f, s.start, s.end)))):
                # ('Các chỉ tiêu chủ yếu:' in the body of a report of results lists what was reached; not after a
                # line of aims, nor 'Chỉ tiêu cụ thể:', the words of a list of goals)
                results_lead, lead = True, None     # its items are results
                continue
            lead, heading_lead = [period_of(fg, s.start, s.end)], False
            # a lead-in may state goals of its own before its list: '..., để phấn đấu năm 2024 giảm ít nhất 20% số
            # vụ cháy rừng, ..., Chủ tịch UBND tỉnh yêu cầu:'
            if not find_quantities(t, f, s, blocked):
                continue
            own_lead = True
        if stext.endswith(":") and len(stext) <= 80 and RESULT_WORDS.search(f, s.start, s.end) \
                and (not DIGIT.search(f, s.start, s.end) or (in_retro and not find_quantities(t, f, s, blocked))):
            # a short lead-in to results: 'Kết quả cụ thể:', 'Kết quả đạt được:', 'Sau 5 năm thực hiện, đạt được một số
            # kết quả nổi bật như sau:' (its '5 năm' is the span, no figure)
            results_lead, lead = True, None
            continue
        if (RESULTS_LINE.fullmatch(stext) and is_line(t, s)) or (SPECIFIC_LEAD.fullmatch(stext) and last_kind == "outcome"):
            # a heading line 'Kết quả đạt được' over its items; 'Cụ thể:' after results goes on with them
            results_lead, lead = True, None
            continue
        if SPECIFIC_LEAD.fullmatch(stext) and last_kind == "target" and targets:
            lead = [targets[-1].period]         # ... and after goals, with goals
            continue
        if _GOAL_HEADING.fullmatch(stext) and is_line(t, s) and not RESULT_WORDS.search(stext):
            if results_secs and inside(results_secs, s.start) and not _SPECIFIC.search(f, s.start, s.end) \
                    and not TARGET_CUE.search(fg, s.start, s.end) \
                    and not (ref_year and any(int(y) > ref_year for y in _YEAR.findall(f, s.start, s.end))):
                results_lead, lead = True, None     # '1. Các chỉ tiêu chủ yếu' under 'I. KẾT QUẢ ĐẠT ĐƯỢC' heads results
                continue
            lead = [period_of(fg, s.start, s.end)]     # a heading line opens the list as a colon would
            heading_lead = True                 # (and its list may be plain lines, no marks: see plain_line_under)
            continue
        if lead is not None and _BY_YEAR_HEADING.fullmatch(stext) and is_line(t, s):
            lead = [_BY_YEAR_HEADING.fullmatch(stext).group(1)]   # 'a) Đến năm 2025': the period of the items under it
            continue
        if not DIGIT.search(f, s.start, s.end):
            continue
        if in_retro:
            # a rate over the past span ('giảm bình quân hằng năm 2,97%') is a result, not a goal
            s_target = any(not _ROUTINE.match(fg, m.start()) for m in TARGET_CUE.finditer(fg, s.start, s.end))
        elif main_doc is None and lead is None and not in_list and not was_goals and _rates_only(fg, s) \
                and _OUTCOME.search(fp, s.start, s.end) \
                and not (ref_year and any(int(y) > ref_year for y in _YEAR.findall(f, s.start, s.end))):
            s_target = False    # 'Tỷ lệ hộ nghèo giảm bình quân hằng năm 1,5%' in a report: a rate reached, no goal
        else:
            s_target = goal_marked(fg, s, ref_year) or lead is not None or in_list
        if s_target and lead is None and not in_list and _routine_only(fg, s) and _past_before(f, s, ref_year):
            s_target = False    # 'trước năm 2021, huyện chỉ đón khoảng 20.000 lượt khách mỗi năm': how it used to be
        if not s_target and ref_year:
            s_target = any(int(m.group(1)) >= ref_year for m in _YEAR_AHEAD.finditer(f, s.start, s.end))
        if not s_target and main_doc and re.search(r"(?<![a-z])tro len(?![a-z])", stext) \
                and not _OUT_STRONG.search(ptext) \
                and not (ref_year and any(int(y.group(1)) < ref_year for y in BARE_YEAR.finditer(f, s.start, s.end))):
            s_target = True                     # a plan's goal: 'đạt từ 70% trở lên'
        if not s_target and _BOUND.search(f, s.start, s.end) and not _OUT_STRONG.search(ptext):
            s_target = True
        if not s_target and not in_retro and not _OUT_STRONG.search(ptext) and (
                _GOAL_STATED.search(f, s.start, s.end) or goal_colon(f, s)
                or (ref_year and any(int(y.group(1)) > ref_year for y in BARE_YEAR.finditer(f, s.start, s.end)))):
            s_target = True                     # 'Nghị quyết đề ra ...', 'Kế hoạch năm 2024 giao: ...', 'năm 2026 toàn tỉnh có ...'
        if not s_target and was_goals and is_item and not in_retro and not _OUT_STRONG.search(ptext):
            s_target = True                     # 'b) Về xã hội: giải quyết việc làm cho hơn 2.000 lao động' after goals
        s_outcome = bool(_OUTCOME.search(fp, s.start, s.end)) or in_retro or results_lead
        if not s_outcome and results_secs and inside(results_secs, s.start) and not _HAS.search(f, s.start, s.end) \
                and not _BACKGROUND.search(f, s.start, s.end):
            s_outcome = True                    # 'Giải quyết việc làm mới cho 3.950 lao động' under 'I. KẾT QUẢ ĐẠT ĐƯỢC'
        if s_outcome and not (in_retro or results_lead) \
                and (_WHOLE_HAS.match(f, s.start) or _BACKGROUND.search(f, s.start, s.end)) \
                and all(m.group(0).startswith("toan") for m in _OUTCOME.finditer(fp, s.start, s.end)) \
                and not _DONE_STATE.search(fp, s.start, s.end):
            s_outcome = False                   # 'Toàn tỉnh có hơn 370.000 ha đất có rừng': how things are, no result
        # the goal is named only in brackets after a result: the figures outside them are results
        bracket_goal = s_target and s_outcome and lead is None and not in_list and goal_only_in_brackets(fg, s, ref_year)
        goal_cmp = compared_goal(f, s) if (s_outcome or s_target) and lead is None and not in_list else None
        goal_cmp_doc = goal_fig_doc = None
        if goal_cmp is not None and doc_named_at is not None:
            # the document whose goal it is, named in it: '(Nghị quyết đề ra ...)', 'mục tiêu Kế hoạch 95 đề ra'
            # (not '(kế hoạch 80 hợp tác xã)', a plan named by no document)
            if not goal_cmp.group(1):
                goal_cmp_doc = doc_named_at(goal_cmp.end())
                # the goal's own figure may name its document after 'của': 'đạt 62% mục tiêu của Nghị quyết
                # (2.000 ha)' (the result measured against it keeps the document in context)
                of_doc = goal_of_doc_at(f, goal_cmp.end())
                goal_fig_doc = doc_named_at(of_doc) if of_doc is not None else None
            elif goal_cmp.group(1).endswith(("de ra", "dat ra", "giao")):
                goal_cmp_doc = doc_named_at(goal_cmp.start(1))
        if results_lead and not goal_marked(fg, s, ref_year):
            s_target = False
        if not s_outcome and not s_target and main_doc is None and _count_passive(f, s):
            s_outcome = True                    # '1.500 hộ được hỗ trợ vay vốn, 120 nhà được xây mới' reported
        if not s_outcome and main_doc is None and _HAS_N.match(f, s.start):
            s_outcome = True                    # 'Có 4 trường hợp ...' reported in a review
        if main_doc and not s_target and _BASELINE.match(f, s.start) and not _OUT_STRONG.search(ptext):
            continue                            # the starting situation of the plan the text issues
        yl = _YEAR_LEAD.match(f, s.start) or _SEASON_LEAD.match(f, s.start)
        if main_doc and yl and base_year and int(yl.group(1)) <= base_year and _WHOLE_HAS.match(f, yl.end()) \
                and not s_target and not _OUT_STRONG.search(ptext):
            continue                            # 'Năm 2022, toàn tỉnh có 214 hợp tác xã, tăng 19 ...': the plan's baseline
        if yl and base_year and (int(yl.group(1)) < base_year or (main_doc and int(yl.group(1)) == base_year and _HAS_N.match(f, yl.end()))) and not s_target and not _OUT_STRONG.search(ptext):
            # the situation before the plan, in a year past: what happened then is a result of no document of the
            # text ('Năm 2023, trên địa bàn tỉnh xảy ra 14 vụ cháy rừng, thiệt hại 46,2 ha')
            s_outcome, before_plan = True, True
        if not s_outcome and yl and (ref_year is None or int(yl.group(1)) < ref_year) and not s_target \
                and _MONEY.search(f, s.start, s.end) and _SPEND.search(f, s.start, s.end):
            s_outcome = True                    # 'Riêng năm 2022, ngân sách tỉnh hỗ trợ 163 tỷ đồng'
        if not s_outcome and yl and ref_year and int(yl.group(1)) < ref_year and not s_target and not main_doc \
                and not _HAS.search(f, yl.end(), s.end):
            # a page after the year it reports on: what was done then ('Năm 2024, tỉnh hỗ trợ xây mới 320 căn nhà'),
            # not how things stood ('Năm 2022, toàn tỉnh có 214 hợp tác xã')
            s_outcome = True
        if not (s_target or s_outcome):
            gc = _GOALS_COUNT.search(f, s.start, s.end)
            if gc is not None:
                goals_whole = (parse_number(gc.group(1)), gc.end())   # 'Kế hoạch gồm 10 chỉ tiêu.' (see _GOALS_SET)
            continue
        past_year = int(yl.group(1)) if yl and base_year and int(yl.group(1)) < base_year else None
        s_marks = period_marks(fg, s.start, s.end)
        s_period = s_marks[0][1] if s_marks else None     # the lead-in's period covers every item
        if lead is not None and lead[0] and s_period is None:
            s_period = lead[0]
        prev_in_sentence: list[Quantity] = []
        now_end: int | None = None          # where the last present-state figure of the sentence ends
        doc_of_whole: dict[int, str | None] = {}     # the document of each result of the sentence, by its start
        tally_total: int | float | None = None
        if goals_whole is not None and "\n" not in t[goals_whole[1]:s.start]:
            tally_total = goals_whole[0]    # 'Nghị quyết đề ra 22 chỉ tiêu. Sau 5 năm, có 18 chỉ tiêu đạt và vượt ...'
        goals_whole = None
        subset_of: tuple[int, int | float, str] | None = None     # (end, whole, unit head) of the last part
        adopted = False                     # the clause before counted the texts a session adopted
        for c in clauses(f, s):
            ex = _EXCLUDE.search(f, c.start, c.end)
            if ex is not None and not (prev_in_sentence and _SUBSET_LEAD.match(f, c.start)) \
                    and not (s_target and _BOUND.search(f, c.start, c.end)) \
                    and not (s_target and _AIM_AFTER_ISSUE.match(f, ex.end(), c.end)) \
                    and not ((in_retro or results_lead or (results_secs and inside(results_secs, s.start)))
                             and _AWARDED_SO_FAR.search(fp, max(c.start, ex.start() - 24), ex.end())
                             and not _OCCASION.search(f, s.start, s.end)):
                # an award is no result, but 'trong đó 44 gương ... được khen thưởng' is a part of one, and
                # 'mỗi năm có ít nhất 10 mô hình được biểu dương' a goal; issuing a plan 'với mục tiêu ...' sets goals;
                # a report's tally of awards over its span, among its results, is one ('5 năm qua, ...: + Các cấp đã
                # biểu dương, khen thưởng 215 tập thể'),
                # where the awards handed out at the occasion are not ('Nhân dịp này, UBND tỉnh đã khen thưởng ...')
                continue
            if _ADOPTED.search(f, c.start, c.end) or (adopted and _SUBSET_LEAD.match(f, c.start)):
                adopted = True          # 'Kỳ họp đã thông qua 21 nghị quyết, trong đó có 6 ...': the session's work
                continue
            adopted = False
            qs = find_quantities(t, f, c, blocked)
            # 'Nghị quyết ... về kế hoạch đầu tư công với tổng vốn 4.812 tỷ đồng, trong đó vốn ngân sách địa phương 2.970
            # tỷ đồng': a part of a figure that describes a document describes it too
            qs = [q for q in qs if not _part_of_blocked(f, max(c.start, q.start - 60), q.start, blocked)]
            if not qs:
                continue
            cs = _OUT_STRONG.search(fp, c.start, c.end)
            # 'phấn đấu ... vượt ít nhất 10% dự toán': the verb of an aim, not of a result
            c_strong = (cs is not None and not (cs.group(0) != "da" and _AIM.search(f, c.start, cs.start()))) \
                or bool(_SO_FAR_LEAD.match(f, c.start))
            if cs is not None and c_strong and not _SO_FAR_LEAD.match(f, c.start):
                # 'Hội nghị đã thảo luận, thống nhất mục tiêu đến năm 2030 đón 300.000 lượt khách': 'đã' tells the
                # meeting agreed on the aim; the figures after the aim are its goals
                # (not an aim reached, 'đã hoàn thành mục tiêu kết nạp 500 đảng viên', nor one followed by what was
                # done, '... mục tiêu thu hút 50.000 lượt khách và đã đón 62.000 lượt')
                aim = _AIM.search(f, cs.end(), c.end)
                c_strong = not (aim is not None and all(q.start > aim.start() for q in qs)
                                and not _AIM_REACHED.search(f, cs.start(), aim.start())
                                and not _OUT_STRONG.search(fp, aim.end(), c.end))
            c_out = bool(_OUTCOME.search(fp, c.start, c.end)) or in_retro
            if in_list and c_strong:
                c_strong = bool(re.search(r"(?<![a-z])da(?![a-z])", fp[c.start:c.end]))   # 'đạt' states a goal
            part_of_result = bool(prev_in_sentence) and len(outcomes) > n_o \
                and outcomes[-1].span == p.span(prev_in_sentence[-1].start, prev_in_sentence[-1].end) \
                and bool(_SUBSET_LEAD.match(f, c.start))
            if s_target and not c_strong and not part_of_result:
                kind = "target"
                marks = period_marks(fg, c.start, c.end)
            elif c_out or s_outcome or part_of_result:  # 'đã giải ngân 61.480 tỷ đồng; trong đó vốn sự nghiệp ...'

                kind = "outcome"
                period = None
            else:
                continue
            items: ClauseItems | None = None    # the clause's separators, read when a figure first asks
            for q in qs:
                if (kind == "target" or main_doc or not c_strong) \
                        and (_NOW_HAS.search(f, max(c.start, q.start - 30), q.start)
                             or (now_end is not None and _WITH_NOW.fullmatch(f, now_end, q.start))) \
                        and not (kind == "outcome" and not main_doc and q.of is not None
                                 and _DONE_STATE.search(fp, q.end, min(c.end, q.end + 30))):
                    # (a part of a whole that has reached a standard is a result: 'hiện có 102/129 xã đạt chuẩn')
                    now_end = q.end
                    continue            # 'hiện có khoảng 308.000 ha': the present figure, not a goal or result
                if kind == "outcome" and not in_retro and not results_lead and q.unit and _PERSONS.match(f, q.end - len(q.unit)) \
                        and (_AT_OCCASION.match(f, s.start)
                             or (_TOOK_PART.match(f, q.end) and _OCCASION_WORD.search(f, f.rfind("\n", 0, s.start) + 1, q.start))):
                    # 'Ngay sau lễ ra quân, hơn 400 cán bộ ... đã thu gom rác', '... tổ chức lễ ra quân. Hơn 500 đoàn viên
                    # đã tham gia ...': who came to an occasion, no result
                    continue
                if kind == "outcome" and not c_strong and not in_retro \
                        and _SHARE.search(f, max(c.start, q.start - 20), q.start):
                    continue            # 'doanh nghiệp nhỏ chiếm 97%': a share in the present state
                if (own_lead or (kind == "outcome" and not c_strong)) and not q.pct and q.of is None \
                        and _STRUCTURE_NOUN.match(t, q.end - len(q.unit)):
                    continue            # '3 nhóm giải pháp', '5 nhiệm vụ trọng tâm': the shape of a text, not a result
                if not q.pct and q.unit and _MONEY.match(f, q.end - len(q.unit)) \
                        and _budget_before(t, f, max(c.start, q.start - 60), q.start) \
                        and not _OUT_STRONG.search(fp, s.start, q.start):
                    continue            # a budget (see _BUDGET): neither a goal nor a result, unless said spent
                if _FROM_BEFORE.search(f, max(c.start, q.start - 6), q.start) and _TO_AFTER.match(f, q.end, c.end):
                    continue            # the value a change started from
                if not q.pct and f[max(c.start, q.start - 4):q.start] == "cua " and _COUNT_IN_SUBJECT.match(f, q.end, c.end):
                    continue            # 'kế hoạch vốn của 3 chương trình là ...': the count names the subject
                tally = not q.pct and TALLY_NOUN.match(f, q.end - len(q.unit)) if q.unit else None
                if items is None:
                    items = ClauseItems(t, f, c)
                ia, ib = items.bounds(q.start, q.end) if (tally or q.pct) else (c.start, c.end)
                if tally and ":" in f[q.end:min(c.end, q.end + 90)].split(",")[0].split(";")[0] \
                        and _no_figure(f, q.end, f.find(":", q.end), blocked):
                    tally_total = q.value   # 'Đối với 12 chỉ tiêu ...:': the whole the tally counts in
                    prev_in_sentence.append(q)
                    continue
                if q.pct and _COUNTED.search(f, ia, q.start):
                    continue            # '3 chỉ tiêu đạt 70% đến 83%': the range qualifies the count
                plan_doc = None
                pp = PLAN_PCT.match(f, q.end) if q.pct else None
                if pp:
                    q.unit = "% " + t[pp.start(1):pp.end(1)].lower()   # 'đạt 120% kế hoạch': a share of a plan
                    # 'đạt 120% kế hoạch HĐND huyện giao': the result belongs to the plan it is measured against
                    plan_doc = doc_named_at(q.end) if doc_named_at is not None else None
                    if plan_doc is None and plan_before is not None and _BARE_PLAN_END.match(f, pp.end()):
                        # 'đạt 114% chỉ tiêu' with no plan named: the plan another level set, named just before in
                        # its paragraph ('trong 14 chỉ tiêu Trung ương Đoàn giao, ...'); the result it measures is
                        # the one of its own clause
                        plan_doc = plan_before(q.start)
                        if plan_doc is not None and ("dự toán" in plan_doc.lower()) != (pp.group(1) == "du toan"):
                            plan_doc = None     # a budget estimate ('dự toán') measures no other kind of plan's figure
                    if plan_doc and outcomes and prev_in_sentence and outcomes[-1].document != plan_doc \
                            and outcomes[-1].span == p.span(prev_in_sentence[-1].start, prev_in_sentence[-1].end) \
                            and _THEN_SHARE.fullmatch(f, prev_in_sentence[-1].end, q.start):
                        outcomes[-1].document = plan_doc    # 'đạt 312 tỷ đồng, bằng 87% dự toán tỉnh giao': both
                        doc_of_whole[prev_in_sentence[-1].start] = plan_doc
                elif tally and doc_named_at is not None:
                    # '14/15 chỉ tiêu thi đua do Trung ương Hội giao': the count of goals another level set
                    named = doc_named_at(q.end - len(q.unit))
                    plan_doc = named if named and named.startswith("KH:") else None
                    against = _AGAINST.search(f, q.end, ib)
                    if plan_doc is None and against is not None:
                        plan_doc = doc_named_at(against.end())  # '8/10 chỉ tiêu đạt và vượt so với Nghị quyết Đại hội ...'
                if q.duration and kind != "target":
                    continue            # 'quá 3 ngày' outside a goal: how long something took, not a result
                if items is None:
                    items = ClauseItems(t, f, c)
                text = items.text(q.start, q.end)
                if kind == "outcome" and _PURPOSE.search(f, max(c.start, q.start - 24), q.start):
                    kind_q = "target"   # 'khắc phục các tiêu chí để đạt 20/20 tiêu chí': the aim of a task
                else:
                    kind_q = kind
                if kind_q == "target" and bracket_goal and f.count("(", s.start, q.start) <= f.count(")", s.start, q.start):
                    kind_q = "outcome"  # 'tăng bình quân 4,6%/năm (mục tiêu từ 4%/năm trở lên)': the goal is in brackets
                elif kind_q == "outcome" and _PLAN_IS.search(f, max(c.start, q.start - 90), q.start) \
                        and not in_retro:
                    kind_q = "target"   # 'Tổng kế hoạch vốn năm 2025 của 3 chương trình là 4.296,2 tỷ đồng'
                    marks = period_marks(fg, c.start, c.end)
                elif kind_q == "outcome" and _PLAN_IN_BRACKETS.search(f, max(s.start, q.start - 40), q.start):
                    kind_q = "target"   # 'ước đạt 3,1% (kế hoạch 7 - 7,5%)': the plan the result is set against
                    marks = period_marks(fg, c.start, c.end)
                if goal_cmp is not None:
                    if is_goal_figure(f, goal_cmp, q.start):
                        kind_q = "target"
                        marks = period_marks(fg, goal_cmp.start(), c.end)
                    elif q.end <= goal_cmp.start(1 if goal_cmp.group(1) else 2):
                        kind_q = "outcome"
                        plan_doc = plan_doc or goal_cmp_doc
                    elif s_outcome and not c_strong and c.start >= goal_cmp.end() and not TARGET_CUE.search(fg, c.start, c.end) \
                            and not sets_goal(t, goal_cmp.start()):
                        # a later clause of a result measured against a goal, with no goal word of its own, goes
                        # on with results: '...; 3 hợp tác xã liên kết được thành lập'
                        kind_q = "outcome"
                if kind_q == "target" and kind != "target":
                    marks = period_marks(fg, c.start, c.end)
                if tally:
                    noun = TALLY_NOUN.match(f, q.end - len(q.unit)).group(0)
                    before_w = _TALLY_LEAD_WORDS.sub("", t[ia:q.start]).split()
                    if any(w.lower() == "có" for w in before_w):     # ('năm 2024 có 17/19 chỉ tiêu ...': the time, no state)
                        before_w = before_w[len(before_w) - [w.lower() for w in before_w][::-1].index("có"):]
                    against = _AGAINST.search(f, q.end, ib)
                    after_w = t[q.end - len(q.unit) + len(noun):against.start() if against else ib].split()
                    # ('2 chỉ tiêu chưa đạt là tỷ lệ ...', '1 chỉ tiêu chưa đạt (tỷ lệ ...)': what follows names the
                    # goals, not their state)
                    after_w = after_w[:next((i for i, w in enumerate(after_w) if w.lower() == "là" or w.startswith("(")),
                                            len(after_w))]
                    status = " ".join((before_w if len(before_w) <= 3 else []) + after_w[:6]).strip(" ,;:.")
                    q.unit = t[q.end - len(q.unit):q.end - len(q.unit) + len(noun)] + (f" ({status.lower()})" if status else "")
                    if q.of is None and tally_total is not None and not SUBSET.search(f, max(0, q.start - 16), q.start) \
                            and not (prev_in_sentence and _SUBSET_LEAD.match(f, ia)):
                        q.of = tally_total  # (a part 'trong đó 15 chỉ tiêu vượt' is of the result before it)
                    elif q.of is not None:
                        tally_total = q.of  # '16/19 chỉ tiêu đạt và vượt, 3 chỉ tiêu không đạt': the rest count in 19
                if tally and q.of is None and (kind_q == "target" or (
                        _GOALS_SET.search(f, max(ia, q.start - 20), q.start) and not _DONE_STATE.search(fp, q.end, ib))):
                    # 'Nghị quyết đề ra 12 chỉ tiêu': the number of goals, not a goal nor a result; the whole the
                    # tallies after it count in, in its sentence and the next ones of its paragraph
                    tally_total = q.value
                    goals_whole = (q.value, q.end)
                    prev_in_sentence.append(q)
                    continue
                if kind_q == "target":
                    # the period written before the number in its item, else after it, else the sentence's
                    before_q = [pm for pm in marks if pm[0] < q.start]
                    after_q = [pm for pm in marks if pm[0] >= q.end]
                    period = before_q[-1][1] if before_q else (after_q[0][1] if after_q else s_period)
                    if period == "annual" and q.pct and _AVERAGE.search(f, max(c.start, q.start - 60), q.start):
                        period = "term"     # 'tăng bình quân hằng năm 12%': a rate averaged over the term
                    doc = ((goal_cmp_doc or goal_fig_doc) if goal_cmp is not None and q.start > goal_cmp.start() else None) \
                        or (subject_doc(q.start) if subject_doc is not None else None) or main_doc or doc_for(q.start)
                    comp = "="
                    before = f[max(0, q.start - 18):q.start]
                    if _GE.search(before):
                        comp = ">="
                    elif _LE.search(before) or _NOT_LET_OVER.search(f, c.start, q.start):
                        comp = "<="
                    if q.lower_bound:
                        comp = ">="         # a range keeps its lower bound: 'giải quyết việc làm cho 20.000 - 25.000 lao động'
                    if comp == "=":
                        after = f[q.end:min(c.end, q.end + 70)]
                        if re.match(r"[^\d;]{0,60}?(?<![a-z])tro len(?![a-z])", after) and _GE.search(before):
                            comp = ">="
                        elif re.match(r"[ \t]*tro len", after):
                            comp = ">="
                    if prev_in_sentence and targets and targets[-1].comparator == ">=" \
                            and _RANGE_TO.fullmatch(f, prev_in_sentence[-1].end, q.start) \
                            and targets[-1].span == p.span(prev_in_sentence[-1].start, prev_in_sentence[-1].end):
                        prev_in_sentence.append(q)
                        continue            # 'từ 70% đến 80%': a range keeps its lower bound with '>='
                    if comp == "=" and prev_in_sentence and targets and targets[-1].comparator != "=" \
                            and re.fullmatch(r"[ \t]*(?:,|va|,[ \t]*va)[ \t]*", f[prev_in_sentence[-1].end:q.start]):
                        comp = targets[-1].comparator   # 'ít nhất 420 hợp tác xã và 1.200 tổ hợp tác'
                    targets.append(Target(doc, text, q.value, q.unit or None, comp, period,
                                          span=p.span(q.start, q.end)))
                else:
                    of = q.of
                    head = q.unit.split(" ")[0].lower() if q.unit else ""
                    # 'trong đó ngân sách tỉnh 420 tỷ đồng': a part named between 'trong đó' and its figure
                    named_part = of is None and bool(head) and _SUBSET_NAMED.search(f, max(c.start, q.start - 50), q.start)
                    # (a share is no count: '100% cơ sở ..., trong đó trên 80% ...' has no whole of 100 items)
                    if of is None and not q.pct and (SUBSET.search(f, max(0, q.start - 16), q.start)
                                                     or (part_of_result and not DIGIT.search(f, c.start, q.start))
                                                     or named_part):
                        for pq in reversed(prev_in_sentence):
                            if head and pq.unit.lower().startswith(head) and (not named_part or pq.value > q.value):
                                of = pq.value
                                if pq.start in doc_of_whole and plan_doc is None:
                                    plan_doc = doc_of_whole[pq.start]   # a part is of the whole's document
                                break
                        else:
                            # a count of people named otherwise ('việc làm cho 3.950 lao động, trong đó 1.120 người ...')
                            pq = prev_in_sentence[-1] if prev_in_sentence else None
                            if pq is not None and not pq.pct and not q.pct and pq.value > q.value \
                                    and _PERSONS.match(f, pq.end - len(pq.unit)) and _PERSONS.match(f, q.end - len(q.unit)):
                                of = pq.value
                    elif of is None and subset_of is not None and head and subset_of[2] == head \
                            and _SUBSET_NEXT.fullmatch(f, subset_of[0], q.start):
                        of = subset_of[1]       # 'trong đó 88 xã ... và 17 xã ...': the next part of the same whole
                    elif of is None and head and not prev_in_sentence and n_o > 0 and _AMONG_LEAD.match(f, s.start):
                        # 'Trong số hợp tác xã thành lập mới, 61 hợp tác xã ...': a part of the last such whole before
                        whole = next((o for o in reversed(outcomes[max(0, n_o - 3):n_o])
                                      if o.unit and o.unit.lower().startswith(head) and o.of is None), None)
                        of = whole.value if whole is not None and whole.value > q.value else None
                    subset_of = (q.end, of, head) if of is not None and q.of is None else None
                    prev = outcomes[-1] if outcomes else None
                    if q.of is not None and prev is not None and prev.of is None and prev.value == q.value \
                            and prev.span[1] <= p.span(q.start, q.end)[0] \
                            and re.search(r"(?<![a-z])dat[ \t]+$", f[max(0, q.start - 12):q.start]) \
                            and prev_in_sentence and prev_in_sentence[-1].value == q.value:
                        prev.of = q.of          # '4 hợp tác xã, đạt 4/6 chỉ tiêu': one result, of 6
                        prev_in_sentence.append(q)
                        continue
                    if of is None and q.unit and not q.pct:
                        for tm in _TOTAL.finditer(f, s.start, q.start):
                            if t[tm.start():tm.start() + 5].lower() == "trồng":
                                continue    # (to plant, folded like 'trong')
                            tv = parse_number(tm.group(1))
                            if tv and tv > q.value and q.unit.lower().split(" ")[0] == t[tm.start(2):tm.end(2)].lower().split(" ")[0]:
                                of = tv         # 'trong 19 chỉ tiêu ..., có 15 chỉ tiêu đạt và vượt'
                    odoc = None if before_plan else \
                        plan_doc or (subject_doc(q.start) if subject_doc is not None else None) or doc_for(q.start)
                    if past_year is not None and doc_in_year is not None and plan_doc is None:
                        odoc = doc_in_year(odoc, past_year)     # a result cannot predate its document
                    outcomes.append(Outcome(odoc, text, q.value, q.unit or None, of,
                                            span=p.span(q.start, q.end)))
                    doc_of_whole[q.start] = odoc
                    if q.planned is not None:   # 'A/B': B is the goal A is measured against
                        targets.append(Target(odoc, text, q.planned, q.unit or None, "=", s_period,
                                              span=p.span(q.start, q.end)))
                prev_in_sentence.append(q)
        goals_before = len(targets) > n_t and len(outcomes) == n_o
        if len(targets) > n_t or len(outcomes) > n_o:
            last_kind = "outcome" if len(outcomes) > n_o else "target"
    return _without_headline_repeats(p, t, targets, outcomes)


# a line of breadcrumbs: short pieces joined by '>', '»' or '›'
_CRUMBS = re.compile(r"[ \t]*[^\n>»›.;:]{1,40}(?:[>»›][^\n>»›.;:]{1,40})+[ \t]*")
# a page's masthead in capitals ('BÁO CẦN THƠ') and its date line ('Thứ Bảy, 20/12/2025', '18/08/2023 - 19:56'); each
# word ends at a word's edge, so a long run of letters cannot be split between the repeats in many ways (backtracking)
_DATE_LINE = re.compile(r"[ \t]*(?:[^\W\d_]+(?![^\W\d_])[ \t]*){0,3},?[ \t]*\d{1,2}[/-]\d{1,2}[/-]\d{4}(?:[ \t]*[-,|][ \t]*\d{1,2}[:h]\d{2})?[ \t]*")


def _above_headline(t: str, a: int, b: int) -> bool:
    """The line ``a``..``b`` stands above a page's headline: blank, breadcrumbs, the masthead or the date line."""
    line = t[a:b].strip()
    masthead = len(line) <= 60 and not any(ch.islower() or ch.isdigit() for ch in line)
    # (a date line or a trail of breadcrumbs is short: a long first line is neither, and is not scanned for them)
    return not line or masthead or (b - a <= 200 and bool(_CRUMBS.fullmatch(t, a, b) or _DATE_LINE.fullmatch(t, a, b)))


def _without_headline_repeats(p, t: str, targets: list[Target], outcomes: list[Outcome]) -> tuple[list[Target], list[Outcome]]:
    """A figure of the headline that the body gives again is the body's fact, told twice: 'Lục Ngạn: 21/24 chỉ
    tiêu đạt và vượt' above '... 21/24 chỉ tiêu chủ yếu đạt và vượt ...'."""
    start = 0
    nl = t.find("\n")
    # the headline may stand under a page's masthead, date line, breadcrumbs ('Trang chủ > Tin tức') and blank lines
    while nl >= start and _above_headline(t, start, nl) and start < 400:
        start = nl + 1
        nl = t.find("\n", start)
    if nl <= start or not t[start:nl].strip() or t[start:nl].rstrip()[-1:] in ".;:" or nl - start > 250:
        return targets, outcomes
    head_end = p.span(nl, nl)[0]         # facts carry offsets in the source text
    body_values = {x.value for x in (*targets, *outcomes) if x.span[0] >= head_end}

    def keep(x) -> bool:
        return x.span[0] >= head_end or x.value not in body_values
    return [x for x in targets if keep(x)], [x for x in outcomes if keep(x)]

