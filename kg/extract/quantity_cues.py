"""The cues of numeric targets and outcomes (kg.extract.quantities weighs them).

The words and shapes that mark a sentence, a clause or the text right around a figure: bounds and years ahead that
only goals have, the verbs of a result, the present state, budgets, the parts of a whole ('trong đó'), tallies of
goals, awards and occasions; and the small tests on a sentence built from them (only yearly cues, a time before
the plan, a count that something was done to). Patterns are written in Vietnamese and folded when compiled
(kg.extract.text.folded_pattern), but for those read on the source text."""
from __future__ import annotations

import re

from kg.extract.figures import MEASURE, NUM, SUBSET, Quantity
from kg.extract.literals import may_match_in
from kg.extract.modality import ROMAN_LINE, SEASON_WORDS, TARGET_CUE, goal_cues, is_line, retro_sentence
from kg.extract.text import Segment, folded_pattern, vi

_v = folded_pattern       # diacritic patterns for the folded text (kg.extract.text)

# bounds that only goals use ('ít nhất 1 lần/năm', 'thua lỗ dưới 5%' after a goal lead-in)
BOUND = _v(r"(?<![a-z])(?:ít nhất|tối thiểu|không dưới|không (?:ít|thấp) hơn|tối đa|không (?:được )?vượt(?: quá)?)[ \t]+\d")
# a year ahead of the text ('vào năm 2025', 'đến cuối năm 2025')
YEAR_AHEAD = _v(r"(?<![a-z])(?:đến|vào|tới|trong|mục tiêu|chỉ tiêu)(?: hết| cuối)? năm (\d{4})(?![\d])")
# a sentence opening on a past year ('Năm 2022, toàn tỉnh có ...'): the situation at that time
YEAR_LEAD = re.compile(r"[ \t]*(?:(?:tinh )?(?:den|dau|cuoi|het|trong|rieng)[ \t]+)?(?:cuoi |dau |het )?nam (\d{4})[ \t]*,")
# the situation a new plan starts from: 'Hiện toàn tỉnh có khoảng 41.500 ha ...'
BASELINE = re.compile(r"[ \t]*(?:hien nay|hien tai|hien|tinh den nay|den nay)[ \t]*,?[ \t]+(?:[^.;\n]{0,40}?)(?:co|hien co)[ \t]+(?:khoang|gan|tren|hon)?")
# ... or the date or school year a new plan's figures stand at, before the plan (point (ah)): 'Theo số liệu của Sở
# Y tế, đến hết tháng 3/2025, toàn tỉnh có ...', 'Năm học 2023 - 2024, tỷ lệ học sinh ...'; the year is
# group 1 (a month or day, in the plan's year or before) or group 2 (a school year's first, before the plan's year)
BASELINE_AT = _v(r"[ \t]*(?:theo (?:số liệu|báo cáo|kết quả rà soát|rà soát|thống kê)(?![a-z])[^,.;:\n\d]{0,60},[ \t]*)?"
                 r"(?:(?:tính[ \t]+)?đến[ \t]+(?:hết[ \t]+|cuối[ \t]+)?(?:tháng[ \t]+\d{1,2}(?:/|[ \t]+năm[ \t]+)|ngày[ \t]+\d{1,2}/\d{1,2}/)(\d{4})"
                 r"|năm học[ \t]+(\d{4})[ \t]*-[ \t]*\d{4})(?!\d)")
_WORD_AT = re.compile(r"(?<![a-z0-9])[a-z0-9]")     # (where a mention may begin)


def baseline_at(f: str, start: int, end: int, base_year: int, doc_named_at) -> bool:
    """The sentence ``f[start:end]`` opens on a time before the plan of ``base_year`` (BASELINE_AT) and names no
    document (``doc_named_at(pos)``: the one whose mention begins there) whose carrying out its figures would report."""
    m = BASELINE_AT.match(f, start, end)
    if m is None or not (int(m.group(1)) <= base_year if m.group(1) else int(m.group(2)) < base_year):
        return False
    return doc_named_at is None or not any(doc_named_at(w.start()) for w in _WORD_AT.finditer(f, start, end))


# ('thực hiện', 'phát hiện', 'thể hiện', 'xuất hiện', 'biểu hiện' are no 'hiện': 'vốn thực hiện Chương trình là 1.850 tỷ đồng')
# ('hiện khoảng 12.000 ha': an estimate of the present with no verb is one too; 'hiện còn 2.310 hộ nghèo' what is left)
NOW_HAS = _v(r"(?<![a-z])(?:(?<!thực )(?<!phát )(?<!thể )(?<!xuất )(?<!biểu )hiện(?: nay| tại)?,?[ \t]+"
                        r"(?:[a-z]+[ \t]+){0,3}?(?:(có|đạt|là|còn)[ \t]+(?:khoảng[ \t]+|gần[ \t]+|trên[ \t]+|hơn[ \t]+)?"
                        r"|khoảng[ \t]+)"
                        # (what a body is managing, with or without 'hiện': 'Hội đang quản lý dư nợ ủy thác ... 1.640 tỷ đồng';
                        # not a fund's total under management, among a year's results: 'nguồn quỹ đang quản lý 9,6 tỷ đồng')
                        r"|(?<!quỹ )(?<!vốn )đang[ \t]+quản lý[ \t]+(?:[^\d,;:.()]{0,80}?[ \t])?(?:khoảng[ \t]+|gần[ \t]+|trên[ \t]+|hơn[ \t]+)?)$")


def now_has(t: str, f: str, start: int, end: int) -> bool:
    """NOW_HAS ends at ``end``, its 'hiện' read on the source text ``t`` where it lines up with ``f`` (no name that folds
    the same: 'phường Phố Hiến đạt 98%'); what is left undone ('hiện còn 3 xã chưa đạt', OUTCOME's 'còn') is a result."""
    m = NOW_HAS.search(f, start, end)
    while m is not None and len(t) == len(f) and f.startswith("hien", m.start()) and t[m.start():m.start() + 4].lower() != "hiện":
        m = NOW_HAS.search(f, m.start() + 1, end)   # ('xã Văn Hiền hiện có': the next one may be)
    return m is not None and not (m.group(1) == "con" and OUTCOME.match(f, m.start(1)))


# a figure joined to such a present figure by 'với' is the same present state: 'hiện có 109 cơ sở Hội với hơn 147.000
# hội viên', 'có 1.652 tổ chức cơ sở đảng với gần 226.000 đảng viên, sinh hoạt ở 10.418 chi bộ'
# (and so is one that gives its size, or the next item of the same list: 'hiện có 6 khu công nghiệp, rộng hơn 2.600 ha',
# 'hiện có hơn 32.000 nhân khẩu, 46 tổ dân phố')
WITH_NOW = _v(r"(?:[ \t]+(?!(?:đạt|vượt|tăng|giảm|hoàn thành|chiếm|so với)(?![a-z]))[a-z_]+){0,4}?[ \t]*(?:,[ \t]*)?(?:(?:với|sinh hoạt ở|trên|ở|rộng|dài|diện tích|(?:tổng )?chiều dài|sản lượng(?: hằng năm| mỗi năm)?|trong đó)[ \t]+|(?<=,)|(?<=,[ \t]))"
              r"(?:khoảng[ \t]+|gần[ \t]+|trên[ \t]+|hơn[ \t]+)?")
ITEM = re.compile(vi(r"[ \t]*(?:\(\d{1,2}\)|\d{1,2}[.)][ \t]|[a-zđ]\)|[-+•–*][ \t])"))
HAS_N = _v(r"[ \t]*(?:(?:toàn|cả) (?:tỉnh|huyện|xã|thành phố|nước) )?có[ \t]+\d")
TOTAL = _v(rf"(?<![a-z])(?:trong|trong tổng số|trên tổng số|trong số)[ \t]+({NUM})[ \t]+([a-z]+(?: [a-z]+)?)(?![a-z])")
MONEY = re.compile(r"(?:ty|trieu|nghin|ngan)?[ \t]*dong(?![a-z])")
SPEND = re.compile(r"(?<![a-z])(?:ho tro|chi|bo tri|giai ngan|dau tu|phan bo|cap|trich|danh)(?![a-z])")


# ('vận động' reports what people were won over to give: 'vận động hội viên hiến 12.500 m2 đất'; 'cuộc vận động' is
# the campaign's name; 'thành lập X ở 100% thôn' says where a task sets X up, not that it was: '92/92 xã thành lập X' was)
# ('hoàn thành trước ngày 31/10/2025' is a request's deadline; 'ước đạt' estimates what was reached; 'so với cùng kỳ' compares with the same months of the year before; 'tăng
# trưởng 2,8 tỷ đồng', 'nâng tổng nguồn vốn lên 39,6 tỷ đồng' say by how much or to what a sum grew)
# ('không vượt', 'không được vượt', 'vượt quá 3 ha' set a cap, no result; see LE)
# ('đã qua đào tạo' says which workers are counted, trained ones: no verb of a result; 'hiện đạt 43,8%', 'mới đạt 7 tổ', 'mới có 1.900 ha' (only so much so far), 'tỷ lệ này đạt 96,8%' a level reached now, after a goal in the sentence, where 'cơ sở mới đạt chuẩn' counts new ones and 'nông thôn mới có' is the programme's name)
OUT_STRONG = _v(r"(?<![a-z])(?:đã(?! qua đào tạo)|đạt được|thực hiện được|(?<!không )(?<!không được )vượt(?! quá (?:mức )?\d)|ước đạt|so với cùng kỳ|(?<!thôn )mới (?:đạt|có)(?= (?:khoảng |gần |hơn |trên )?\d)|(?<!thực )hiện đạt(?= (?:khoảng |gần |hơn |trên )?\d)|này đạt(?= (?:khoảng |gần |hơn |trên )?\d))(?![a-z])")
OUTCOME = _v(r"(?<![a-z])(?:đã(?! qua đào tạo)|đạt|(?<!không )(?<!không được )vượt(?! quá (?:mức )?\d)|(?<!thôn )mới có(?= (?:khoảng |gần |hơn |trên )?\d)|hoàn thành(?! (?:trước|chậm nhất) (?:ngày|tháng|quý))|kết quả|huy động|(?<!cuộc )vận động|kết nạp|(?<!được )thành lập(?![^;,.:\d]{1,60}?(?<![a-z])(?:ở|tại)[ \t]+\d)|đến nay|hiện nay|"
             r"tăng(?! (?:trưởng|cường))|tăng trưởng(?= \d)|nâng tổng(?: [a-z]+){0,3} lên(?= \d)|giảm(?! nghèo)|gấp|có tổng số|toàn (?:tỉnh|huyện|xã)|"
             # what a report says was done so far: 'giải ngân 3.120 tỷ đồng', 'ước thực hiện 4.560 tỷ đồng',
             # 'lũy kế 5 năm, ...', 'tính đến ngày 30/11/2024, ...', '..., bằng 72,4% kế hoạch vốn'
             r"giải ngân|ước thực hiện|thực hiện được|lũy kế|tính đến(?= ngày| hết| thời điểm)|bằng(?= \d[\d.,]*% (?:so với )?(?:kế hoạch|dự toán|chỉ tiêu|cùng kỳ))|"
             # what is still left undone: 'còn 3 chi bộ chưa xây dựng được mô hình'
             r"còn(?= \d[^;.\n]{0,60}?(?<![a-z])chưa(?![a-z]))|"
             # a verb then 'được' and its amount, what the work managed: 'xây dựng được 34 mô hình', 'thu gom được 46
             # tấn' (not what a person or household receives: 'mỗi hộ được 30 kg gạo'); the word before is checked
             # after 'được', so that every branch opens on its word and the engine skips to where one stands
             r"(?<!ho )(?<!nguoi )(?<!khau )được(?<=[a-z] được)(?= (?:khoảng |gần |hơn |trên )?\d))(?![a-z])")
# a sentence that opens on the plan it reads from: 'Theo Kế hoạch số 31-KH/HU ..., huyện hỗ trợ 180 nhà' (what the plan
# sets out to do, told in the present)
PER_PLAN = _v(r"[ \t]*theo[ \t]+(?:các[ \t]+)?(?:kế hoạch|nghị quyết|chương trình|đề án|chỉ thị|kết luận)(?![a-z])")
# ... told of the present ('hiện có', 'đang'), a state, not what the plan sets ('thực hiện', 'thể hiện' are no 'hiện')
PRESENT_WORD = _v(r"(?<![a-z])(?:(?<!thực )(?<!phát )(?<!thể )(?<!xuất )(?<!biểu )hiện|đang)(?![a-z])")


def per_plan(f: str, fp: str, s: Segment) -> bool:
    """Sentence ``s`` opens on 'Theo Kế hoạch ...' and says no result nor a present state anywhere (OUTCOME on ``fp``,
    the copy with lookalikes masked): its figures are what the plan sets, goals. Near miss: 'Theo Kế hoạch số 96,
    tỉnh đã tổ chức 420 lớp' reports results; 'Theo Chương trình, phường hiện có 12 chợ và 600 hộ kinh doanh' a state."""
    return PER_PLAN.match(f, s.start) is not None and OUTCOME.search(fp, s.start, s.end) is None \
        and PRESENT_WORD.search(f, s.start, s.end) is None


# 'hơn' is '>=' except in 'thấp hơn' (lower than); 'không thấp hơn' is '>=' again
GE = _v(r"(?:(?<![a-z])(?:từ|ít nhất|tối thiểu|trên|(?<!thấp )hơn|không dưới|không ít hơn|không thấp hơn))[ \t]+$")
LE = _v(r"(?:(?<![a-z])(?:dưới|không quá|tối đa|không (?:được )?vượt(?: quá)?|(?<!không )thấp hơn))[ \t]+$")

# 'không để ... quá 3 ngày': an upper bound
NOT_LET_OVER = _v(r"(?<![a-z])không để(?![a-z])[^;.]{0,60}?(?<![a-z])quá[ \t]+$")
# a season, school year or crop year opening a sentence, by the year it began: 'Mùa khô 2022-2023, xâm nhập mặn ...', 'Năm học 2023 - 2024, ...'
SEASON_LEAD = _v(r"[ \t]*(?:mùa (?:khô|mưa|lũ|mưa lũ|mưa bão)|" + SEASON_WORDS + r")(?: năm)? (\d{4})(?:[ \t]*[-–][ \t]*\d{4})?[ \t]*,")
# a whole that has so many of something ('Toàn tỉnh có trên 80% dân số sống ở nông thôn'), and the words that make
# such a count a result ('Toàn huyện có 13/30 xã đạt chuẩn', '1.236 mô hình được đăng ký')
WHOLE_HAS = _v(r"[ \t]*toàn[ \t]+(?:tỉnh|huyện|xã|thành phố|phường|thị xã|quận)[ \t]+(?:hiện[ \t]+)?có[ \t]")
DONE_STATE = _v(r"(?<![a-z])(?:đạt|được|đã|mới|hoàn thành)(?![a-z])")
# goals stated without the usual markers: 'Nghị quyết đề ra 12 chỉ tiêu, trong đó chỉ tiêu thu ngân sách ... là 400 tỷ',
# 'Kế hoạch năm 2024 giao: thu ngân sách 520 tỷ đồng; ...', and the amount another level assigned, its year and a verb
# allowed ('chỉ tiêu tỉnh giao cho xã năm 2025 là xóa 214 căn'; each branch opens on its words, for _v)
GOAL_STATED = _v(r"(?<![a-z])(?:đề ra(?![a-z])|đặt ra(?![a-z])|(?:nghị quyết|kế hoạch|chương trình|đề án|đại hội)[^.;:\n\d]{0,30}?[ \t]xác định(?![a-z])|kế hoạch[^.;:\n]{0,30}?giao[ \t]*:|chỉ tiêu[^.;:\n]{0,30}?giao[ \t]*:"
                 # (a quota given with its amounts: 'BHXH tỉnh giao BHXH cơ sở Bảo Lộc chỉ tiêu phát triển 41.200 người')
                 r"|giao[ \t]+[^.;:\n\d]{2,60}?[ \t]chỉ tiêu[^.;:\n\d]{0,40}?[ \t](?=\d)"
                 r"|chỉ tiêu[^.;:\n\d]{0,60}?[ \t]là[ \t]+(?=\d)|chỉ tiêu[^.;:\n\d]{0,40}?[ \t]giao(?:[ \t][^.;:\n\d]{0,40}?[ \t]năm[ \t]+\d{4})?[ \t]+là[ \t]+(?:[a-z]+[ \t]+)?(?=\d))")
ROUTINE = _v(r"(?<![a-z])(?:hằng năm|hàng năm|mỗi năm)(?![a-z])")
# in a sentence of results over a span, how often a thing was done ('hằng năm') or what the work secured ('được tổ chức
# lại với 12.460 đồng chí, bảo đảm tỷ lệ 1,4% dân số; ... đạt 98,6%') is no goal
PAST_NOT_GOAL = _v(r"(?<![a-z])(?:hằng năm|hàng năm|mỗi năm|bảo đảm|đảm bảo)(?![a-z])")
# a heading line that opens a list of goals, without a colon: 'Mục tiêu cụ thể đến năm 2027'
# ('Tầm nhìn đến năm 2045' heads the goals of a later horizon)
GOAL_HEADING = _v(r"[ \t]*(?:(?:\d{1,2}|[ivx]{1,4}|[a-zđ])[.)][ \t]*)?(?:các[ \t]+)?(?:mục tiêu|chỉ tiêu|tầm nhìn(?= đến năm \d{4}))(?![a-z])"
                  r"[^.;!?\n]{0,90}$")
# the present state ('hiện có', 'chiếm 97%') is not a result unless a result verb says so
SHARE = _v(r"(?<![a-z])chiếm[ \t]+(?:khoảng[ \t]+|gần[ \t]+|hơn[ \t]+|trên[ \t]+)?$")
# what is left to reach a goal: '(chỉ tiêu 90%), như vậy còn 4 điểm phần trăm phải phấn đấu' (no goal of its own)
GAP_LEFT = _v(r"(?<![a-z])còn[ \t]+(?:khoảng[ \t]+|gần[ \t]+)?$")
GAP_AIM = _v(r"[^,;.\d]{0,30}?(?<![a-z])(?:phải|cần|nữa để)[ \t]+(?:phấn đấu|đạt|hoàn thành)(?![a-z])")
# a figure that is the purpose of a task: 'khắc phục ... để đạt 20/20 tiêu chí'
PURPOSE = _v(r"(?<![a-z])(?:để|nhằm|phấn đấu)[ \t]+(?:đạt|hoàn thành|có)[ \t]+(?:từ[ \t]+|trên[ \t]+)?$")
# what is left of the work, which a request asks to be done: 'đôn đốc 12 căn còn lại hoàn thành đúng hạn', 'đề nghị ...
# hoàn thành 100% số nhà còn lại trước ngày 30/11/2025' (the request's word before the figure in its sentence); what is
# left said begun or under way is reported ('chỉ đạo đẩy nhanh tiến độ, 20 căn còn lại đang thi công')
_LEFT_OVER = _v(r"[^\d,;.:()]{0,40}?(?<![a-z])còn lại(?![a-z])(?![ \t]+(?:đã|đang)(?![a-z]))")
_ASKED = _v(r"(?<![a-z])(?:đề nghị|yêu cầu|giao|chỉ đạo|đôn đốc|đẩy nhanh)(?![a-z])")
_DEADLINE = _v(r"(?<![a-z])(?:trước|chậm nhất|đến)[ \t]+(?:ngày|tháng)[ \t]+\d")


def left_to_do(f: str, s_start: int, q_start: int, num_end: int, c_end: int) -> bool | None:
    """The figure (its number ending at ``num_end``) counts what is left that a request asks done: a goal where a
    deadline follows it in its clause (True), else nothing (False); None where it is no such figure."""
    m = _LEFT_OVER.match(f, num_end, c_end)
    if m is None or not _ASKED.search(f, s_start, q_start):
        return None
    return _DEADLINE.search(f, m.end(), c_end) is not None


# read on the source text: folded, 'chương' (chapter) is 'chuồng' (a pen) and 'phần' is 'phân' (fertiliser)
STRUCTURE_NOUN = re.compile(r"(?:nhóm|nhiệm vụ|giải pháp|nội dung|quan điểm|mục tiêu|khâu đột phá|đột phá|phần|chương|điều)"
                            r"(?![^\W\d_])", re.I)
AVERAGE = _v(r"(?<![a-z])bình quân(?![a-z])")
# nouns that count people, each a name of the same whole ('lao động', 'người', 'đoàn viên' ...)
PERSONS = _v(r"(?:lao động|người|lượt người|đảng viên|đoàn viên|hội viên|thanh niên|học sinh|cán bộ|công chức)(?![a-z])")
# people's part named by address ('96 hội viên ..., trong đó 71 chị'), on the unit's words: folded 'chị' is 'chỉ tiêu'
ADDRESSED = re.compile(r"(?:chị|đồng chí|em)(?![^\W\d_])", re.I)
# ('Chương trình mục tiêu quốc gia' is a name: no aim)
AIM = _v(r"(?<![a-z])(?:phấn đấu|(?<!chương trình )mục tiêu)(?![a-z])")
# money set aside or asked for, not yet spent: 'Kinh phí dự kiến cho năm 2026 là 3,2 tỷ đồng', 'Dự toán chi năm 2026 là
# 58 tỷ đồng' (a spending estimate, not a goal), 'tỉnh bố trí 18 tỷ đồng
# để hỗ trợ ...', 'Vốn đầu tư công năm 2024 được giao 412 tỷ đồng', 'Tổng vốn ngân sách các cấp giao năm 2023 là 96,4
# tỷ đồng', 'Đề nghị UBND tỉnh bổ sung 25 tỷ đồng' (not 'giao thông', 'giao dịch')
_BUDGET = _v(r"(?<![a-z])(?:kinh phí|dự kiến|dự toán chi|bố trí|phân bổ|giao(?![ \t]*[:(]|[ \t]+(?:thông|dịch|lưu|tiếp|nhiệm vụ))|bổ sung)(?![a-z])")


# the sum a result was done with, after it: '14 doanh nghiệp được hỗ trợ ... với tổng kinh phí 9,6 tỷ đồng' (spent, point (z)
# of our sets' conventions, where a budget word alone says set aside)
SPENT_WITH = _v(r"(?<![a-z])với[ \t]+(?:tổng[ \t]+)?(?:kinh phí|số tiền|giá trị)[ \t]+(?:(?:khoảng|gần|hơn|trên|là)[ \t]+)?$")


# money paid out (giải ngân) and its share: the plan's words after the share name what it is measured against, and
# the amount after them is what was paid ('giải ngân được 85% kế hoạch vốn được giao với hơn 2.000 tỷ đồng'; not
# 'Giải ngân vốn đầu tư công: kế hoạch vốn được giao 2.000 tỷ đồng', no share)
_DISBURSED = _v(r"(?<![a-z])giải ngân(?![a-z])[^:;%]*\d[ \t]?%[^:;]*$")


def budget_before(t: str, f: str, a: int, b: int, whole_end: int | None = None) -> bool:
    """A word of money set aside (_BUDGET) between ``a`` and ``b``, with no payment (_DISBURSED) before it there;
    'giáo' (giáo dục) folds like 'giao' (to assign), so that word is read on the source text. Or the figure at ``b``
    is the first part, after 'trong đó', of a budget amount that ends at ``whole_end``."""
    if whole_end is not None and PART_OF_WHOLE.fullmatch(f, whole_end, b):
        return True
    return any(t[m.start():m.start() + 4].lower() != "giáo" and not _DISBURSED.search(f, a, m.start())
               for m in _BUDGET.finditer(f, a, b))



# the level a rate came down to: 'Tỷ lệ hộ nghèo còn 4,12%'
_DOWN_TO = _v(r"(?<![a-z])còn[ \t]+(?:dưới[ \t]+|khoảng[ \t]+)?$")
# where the part of a clause that holds a figure begins: after a comma or an opening bracket
_PART_START = re.compile(r"[,(][^,(]*$")


# a goal a result is measured against ('so với mục tiêu', 'vượt chỉ tiêu'), and an aim set ('phấn đấu'): after the
# first a list of results goes on, after the second a sentence's figures are tasks and aims
_MEASURED_AGAINST = _v(r"(?<![a-z])(?:so với|theo|vượt|đạt|bằng)[ \t]+(?:các[ \t]+)?(?:mục tiêu|chỉ tiêu)(?![a-z])")
_STRIVE = _v(r"(?<![a-z])phấn đấu(?![a-z])")


def goal_named_after(fg: str, fp: str, s: Segment, c: Segment, q_start: int, q_end: int, report: bool = False) -> bool:
    """A result said before the goal it is measured by, in the sentence's later words: 'Tỷ lệ lao động qua đào tạo đạt
    31,5%, mục tiêu trên 35%', '(đạt 93%, mục tiêu 100%)', 'còn 4,12%, chưa đạt mức Nghị quyết đề ra'. Every goal marker of the sentence comes after the figure,
    in a later part of its clause, and a result's verb stands before it in its part (not 'Đến năm 2025 đạt 45%', whose
    marker comes first). In a ``report`` (a text that issues no document) the clauses are the items of a list of
    results: a clause with no marker of its own goes on with results before a later clause's result measured against
    a goal ('Toàn tỉnh có thêm 31 xã đạt chuẩn; thu nhập đạt 48,2/52 triệu đồng so với mục tiêu'), but not before a
    goal set or an aim ('hoàn thành 9 trường; hằng năm bồi dưỡng ...', '...; phấn đấu đến năm 2025 ...': tasks and
    aims); and a marker in an earlier clause is that clause's ('vượt 15% so với mục tiêu; toàn tỉnh có 31 cơ sở (mục
    tiêu 25 cơ sở)')."""
    first = s.start
    stop = c.end
    if report:
        first = c.start
        if not TARGET_CUE.search(fg, s.start, c.end) and not GOAL_STATED.search(fg, s.start, c.end) \
                and _MEASURED_AGAINST.search(fg, c.end, s.end) and not _STRIVE.search(fg, c.end, s.end):
            stop = s.end
    cues = [m.start() for m in TARGET_CUE.finditer(fg, first, stop)] + [m.start() for m in GOAL_STATED.finditer(fg, first, stop)]
    # the marker after a comma or a bracket of the figure's own clause ('đạt 2.500 đảng viên mỗi năm' is a yearly goal,
    # and a later clause of a list may set goals of its own: '...; hằng năm bồi dưỡng ...'); a marker in a bracket
    # closed before the figure is another item's ('(đạt 93%, mục tiêu 100%) và ... (đạt 31,5%, ...'), and so is one
    # before a ';' ('vượt 12% so với mục tiêu; toàn tỉnh có 30 khu du lịch (mục tiêu 24 khu)', in a text of any kind)
    if not any(a >= q_end and (a >= c.end or _PART_START.search(fg, q_end, a)) for a in cues) \
            or any(a < q_end and fg.find(")", a, q_start) < 0 and fg.find(";", a, q_start) < 0 for a in cues):
        return False
    part = _PART_START.search(fg, c.start, q_start)
    return OUTCOME.search(fp, part.start() if part else c.start, q_start + 1) is not None \
        or _DOWN_TO.search(fg, max(c.start, q_start - 12), q_start) is not None     # (+1: a lookahead sees the digit)

def part_of_result_before(f: str, fg: str, prev_end: int, q_start: int) -> bool:
    """The figure at ``q_start`` is a part ('trong đó 36 hợp tác xã ...') of the result that ends at ``prev_end`` in its
    clause, with no goal's word in the part that opens on 'trong đó': 'đạt 87/60 hợp tác xã theo mục tiêu của Đề án,
    trong đó 36 hợp tác xã có sản phẩm OCOP' (a part of what was done is done; 'phấn đấu ... 50 hợp tác xã, trong đó 20
    ...' has no result before it)."""
    return SUBSET.search(f, max(prev_end, q_start - 16), q_start) is not None and ";" not in f[prev_end:q_start] \
        and not TARGET_CUE.search(fg, max(prev_end, f.rfind(",", prev_end, q_start)), q_start)


# the starting value of a change: 'giảm từ 8,5% (năm 2020) xuống còn 2,1%', 'tăng từ 45 lên 60 triệu đồng'
# a policy's support level, with its cap: 'mức hỗ trợ tối đa 25% tổng vốn đầu tư', 'Hỗ trợ một lần tối đa 200 triệu
# đồng/hợp tác xã', 'hỗ trợ 100% chi phí đào tạo, không quá 40 triệu đồng': the amounts of a rule, neither goals nor results
SUPPORT_CAP = _v(r"(?<![a-z])(?:mức hỗ trợ|hỗ trợ[^.;\n]{0,40}?[ \t](?:tối đa|không quá)[ \t]+\d)")
# a sentence told of the occasion itself: 'Dịp này, 9 tập thể ... được tặng bằng khen', 'Nhân dịp này, huyện dành 2,5 tỷ
# đồng hỗ trợ ...', 'Dịp này, Thường trực Huyện ủy tặng quà 6 gia đình': gifts and awards of the day, no goal or result
AT_THIS_OCCASION = _v(r"[ \t]*(?:nhân[ \t]+)?dịp này[ \t]*,")
# the state a tally of goals is in, after its noun: 'chỉ tiêu đạt và vượt', 'chỉ tiêu chưa đạt', '(tiêu chí) không đạt'
TALLY_STATE = _v(r"[ \t]+(?:[a-z]+[ \t]+){0,2}?(?:đã[ \t]+)?(?:đạt(?![ \t]+ra)|vượt|chưa đạt|không đạt|hoàn thành|chưa hoàn thành)(?![a-z])")
# a count of goals given an assessment, not a result, after its noun: 'chỉ tiêu có khả năng đạt', 'chỉ tiêu đúng tiến độ',
# 'chỉ tiêu chậm tiến độ', 'chỉ tiêu khó đạt' (point (m) of our sets' annotation conventions: an interim review's
# forecast); 'chỉ tiêu đạt', 'chỉ tiêu chưa đạt' are results and stay
# ('đang triển khai đúng tiến độ', 'đang triển khai, dự kiến hoàn thành', 'dự báo khó đạt': the same, work or forecast named)
TALLY_ASSESSED = _v(r"[ \t]+(?:đang[ \t]+)?(?:(?:triển khai|thực hiện),?[ \t]+)?(?:(?:dự báo|dự kiến|được đánh giá)[ \t]+)?"
                    r"(?:(?:không[ \t]+)?có[ \t]+khả[ \t]+năng|khó[ \t]+(?:đạt|hoàn thành)|(?<=dự kiến[ \t])(?:sẽ[ \t]+)?(?:đạt|hoàn thành)"
                    r"|(?<=dự báo[ \t])(?:sẽ[ \t]+)?(?:đạt|hoàn thành)|sẽ[ \t]+(?:đạt|hoàn thành)"
                    # ('2 chỉ tiêu còn chậm so với tiến độ': the same pace, said at more length)
                    r"|(?:còn[ \t]+)?(?:đúng|chậm|kịp|bảo đảm|đảm bảo|(?:đạt|bảo đảm)(?:[ \t]+yêu[ \t]+cầu)?)(?:[ \t]+so[ \t]+với)?"
                    r"[ \t]+tiến[ \t]+độ)(?![a-z])")
# a forecast of the term's end before the count: 'dự kiến đến cuối nhiệm kỳ có 18/20 chỉ tiêu đạt' (not 'ước đạt', how a
# year's report gives its results before the year closes)
_TALLY_FORECAST = _v(r"(?<![a-z])(?:dự kiến|dự báo)[ \t]+(?:đến|tới)[ \t]+(?:cuối|hết)[ \t]+(?:nhiệm kỳ|giai đoạn)[^.;:\n]{0,40}$")


def assessed_tally(f: str, noun_end: int, clause_start: int, at: int) -> bool:
    """The count of goals at ``at`` (its noun ending at ``noun_end``) is an assessment, not a result: TALLY_ASSESSED
    after it, or a forecast of the term's end before it in its clause."""
    return TALLY_ASSESSED.match(f, noun_end) is not None or _TALLY_FORECAST.search(f, max(clause_start, at - 80), at) is not None


FROM_BEFORE = _v(r"(?<![a-z])từ[ \t]+$")
# the floor of a threshold that qualifies what is counted, after 'từ' and the figure's unit: '31 cơ sở lưu trú từ 3 sao
# trở lên', '100% tàu cá từ 15 m trở lên' (alone in its clause it is a goal's floor: 'kết nạp từ 500 hội viên trở lên')
AND_ABOVE = _v(r"[ \t]+trở[ \t]+lên(?![a-z])")
# the words anywhere in a sentence
AND_ABOVE_WORDS = _v(r"(?<![a-z])trở lên(?![a-z])")
# the later level after a figure 'từ' opens, which makes that figure the level a change started from: 'tăng từ 140 lên
# 212', 'giảm từ 6,5% xuống còn 2,1%', and 'còn' alone in the same clause ('giảm từ 5,2% (năm 2020) còn 2,1%')
TO_AFTER = _v(r"(?:(?:[^;\d]|(?<![\d])(?:19|20)\d\d(?!\d)){0,40}?(?<![a-z])(?:xuống|lên)(?:[ \t]+(?:còn|mức|đến|tới))?"
              r"|(?:[^;,\d]|(?<![\d])(?:19|20)\d\d(?!\d)){0,40}?(?<![a-z])còn)[ \t]+(?:dưới[ \t]+|trên[ \t]+|hơn[ \t]+|khoảng[ \t]+)?\d")
# what a review says was spent in all, at its sentence's opening: 'Tổng kinh phí thực hiện Chương trình giai đoạn 2021 -
# 2025 là 52,6 tỷ đồng', 'Sau 3 năm thực hiện Kế hoạch, tổng kinh phí thực hiện là 18 tỷ đồng' (point (z); not an
# estimate: 'tổng kinh phí thực hiện dự kiến ...'), and what it says was raised: 'Tổng kinh phí huy động thực hiện
# Chương trình năm 2025 là 25,4 tỷ đồng', 'tổng nguồn vốn đã huy động là ...' (money raised in the period's work)
SPENT_TOTAL = _v(r"(?:[-+•][ \t]*)?(?:[^.;:\n]{0,80}?,[ \t]*)?tổng[ \t]+(?:kinh phí(?:[ \t]+đã)?[ \t]+(?:huy động[ \t]+)?thực hiện|"
                 r"(?:kinh phí|nguồn vốn|vốn|nguồn lực)(?:[ \t]+đã)?[ \t]+huy động)(?![a-z])"
                 r"(?![^.;\n]{0,60}?(?<![a-z])dự kiến)")
# the planned amount stated with 'là': 'kế hoạch vốn năm 2025 ... là 4.296,2 tỷ đồng', 'dự toán giao là ...'
PLAN_IS = _v(r"(?<![a-z])(?:kế hoạch|dự toán)(?:[ \t]+vốn)?(?![a-z])[^,;:.()]{0,70}?[ \t](?:được giao[ \t]+)?là[ \t]+$")
# a count inside the subject of such a statement ('của 3 chương trình là ...') describes it: no figure of its own
COUNT_IN_SUBJECT = _v(r"[^,;:.()\d]{0,40}?[ \t]là[ \t]+\d")
# ... and so does a count right after the funds it is the subject of: 'tổng vốn 3 chương trình mục tiêu quốc gia được
# giao 512 tỷ đồng', 'kinh phí của 2 dự án'
FUNDS_OF = _v(r"(?<![a-z])(?:vốn|kinh phí)(?:[ \t]+của)?[ \t]+$")
PLAN_IN_BRACKETS = _v(r"\([ \t]*(?:kế hoạch|kh|chỉ tiêu|mục tiêu|dự toán)(?:[ \t]+(?:năm[ \t]+\d{4}|đề ra|giao|là))?[ \t]*:?[ \t]*"
                      r"(?:từ[ \t]+|trên[ \t]+|dưới[ \t]+|hơn[ \t]+)?$")
SUBSET_NEXT = _v(r"(?:[^\d,;.()]|\d[ \t]+sao(?![a-z])){0,60}?(?:,|(?<![a-z])và)[ \t]+(?:[a-z][^\d,;.()]{0,30}[ \t])?")
# (a part's stars are no figure: '... 2.380 sản phẩm 4 sao và 98 sản phẩm 5 sao'; the part's name may hold commas
# and a bracketed word: 'trong đó hoàn thành, bàn giao 211 nhà', 'trong đó khu vực tỉnh Quảng Nam (cũ) 1.204 người')
SUBSET_NAMED = _v(r"(?<![a-z])trong đó(?:[ \t]+có)?[ \t]+[a-z](?:[^\d;.()]|\([^\d;.()]{1,12}\)){0,50}[ \t]$")
SUBSET_LEAD = _v(r"[ \t]*trong đó(?![a-z])")
# from a whole to its first part: '1.386 tỷ đồng, trong đó chi đầu tư phát triển ' (read up to the part's figure)
PART_OF_WHOLE = _v(r"[ \t]*[,;]?[ \t]*trong đó(?![a-z])[^\d,;.()]{0,60}")
# the whole right before its part, whatever it counts: '1.146 mô hình kinh tế, trong đó có 187 doanh nghiệp'
_WHOLE_THEN_PART = _v(r"[ \t]*[,;]?[ \t]*trong đó(?:[ \t]+có)?[ \t]+$")


def whole_of_part(f: str, q: Quantity, before: list[Quantity], goals: set[int], named: bool) -> Quantity | None:
    """The whole that the part ``q`` after 'trong đó' is counted in, among the figures ``before`` it in its sentence:
    the last one of the same thing (larger, where the part is named: 'trong đó ngân sách tỉnh 420 tỷ đồng'), but no
    goal (their starts ``goals``) the result is set against ('đạt 13.860 ha, bằng 92,4% mục tiêu ... là 15.000 ha; trong đó 1.120 ha ...'); else
    a count of people named otherwise ('3.950 lao động, trong đó 1.120 người'), or the count right before 'trong đó'
    ('1.146 mô hình kinh tế, trong đó có 187 doanh nghiệp'; not an amount over a count, nor people over things)."""
    head = q.unit.split(" ")[0].lower() if q.unit else ""
    for pq in reversed(before):
        if head and pq.unit.lower().startswith(head) and (not named or pq.value > q.value) and pq.start not in goals:
            return pq
    if not before:
        return None
    pq = before[-1]
    if pq.pct or q.pct or pq.value <= q.value:
        return None
    if PERSONS.match(f, pq.end - len(pq.unit)) and (PERSONS.match(f, q.end - len(q.unit)) or ADDRESSED.match(q.unit)):
        return pq
    # (an amount is no whole of a count, nor people of households: '3.950 lao động, trong đó 1.120 hộ')
    same_kind = bool(MEASURE.match(f, pq.end - len(pq.unit))) == bool(MEASURE.match(f, q.end - len(q.unit))) \
        and not PERSONS.match(f, pq.end - len(pq.unit)) and not PERSONS.match(f, q.end - len(q.unit))
    return pq if same_kind and pq.of is None and _WHOLE_THEN_PART.fullmatch(f, pq.end, q.start) else None
# a sentence that opens on the whole of the result before it: 'Trong số hợp tác xã thành lập mới, 61 hợp tác xã ...'
AMONG_LEAD = _v(r"[ \t]*trong số[ \t]+[a-z][^,;.\d]{0,60},")
# a meeting adopting a number of texts: what it did, not a result of a document (the National Assembly's laws too:
# 'Quốc hội đã thông qua 18 luật và 21 nghị quyết')
ADOPTED = _v(r"(?<![a-z])thông qua[ \t]+(?:tổng cộng[ \t]+|tổng số[ \t]+)?\d+[ \t]+"
            r"(?:nghị quyết|đề án|văn bản|báo cáo|luật|dự án luật|bộ luật|pháp lệnh)(?![a-z])")
RANGE_TO = _v(r"[ \t]*(?:đến|tới|-|–)[ \t]*")
# a plan's word that ends its clause, naming no plan: 'đạt 114% chỉ tiêu.', 'đạt 45,6% kế hoạch vốn.' (the capital's plan;
# not where the clause opens on a programme: 'Chương trình ... đạt 72,5% kế hoạch vốn' is of the programme's own)
BARE_PLAN_END = _v(r"(?:[ \t]+vốn)?[ \t]*(?:[,;.)]|$)")
# a tally of goals: 'Vượt 4 chỉ tiêu, đạt 1 chỉ tiêu, 3 chỉ tiêu đạt 70% đến 83%'; its lead-in
# 'Đối với 11 chỉ tiêu Trung ương Hội giao:' gives the total
COUNTED = _v(r"(?:\d[ \t]*|các[ \t]+)(?:chỉ tiêu|tiêu chí)(?![a-z])")
# the verbs that set a number of goals: 'Nghị quyết đề ra 20 chỉ tiêu', 'Kế hoạch gồm 10 chỉ tiêu'
GOALS_SET = _v(r"(?<![a-z])(?:đề ra|đặt ra|gồm|xác định|giao|với tổng số|với)[ \t]+$")
# (and a plan said issued with its goals: 'ban hành Kế hoạch số 21-KH/HND ngày 5/3/2024 với 6 chỉ tiêu cụ thể')
GOALS_COUNT = _v(r"(?<![a-z])(?:đề ra|đặt ra|gồm|xác định|ban hành[^.;:\n]{0,90}?[ \t]với)[ \t]+(\d{1,3})[ \t]+(?:chỉ tiêu|tiêu chí)(?![a-z])")
# what a tally is measured against: '8/10 chỉ tiêu đạt và vượt so với Nghị quyết ...'
AGAINST = _v(r"(?<![a-z])so với[ \t]+")
# a lead-in that counts the goals already met before it lists them: 'Sau 6 tháng, có 9/11 chỉ tiêu đạt và vượt
# Nghị quyết, cụ thể:', 'hoàn thành 12/14 chỉ tiêu, trong đó:' (its items are what was reached, not goals)
GOALS_MET = _v(r"\d+[ \t]*/[ \t]*\d+[ \t]+(?:chỉ tiêu|tiêu chí)(?:[ \t]+[a-z]+){0,3}?[ \t]+(?:đã[ \t]+)?(?:đạt|vượt|hoàn thành)(?![a-z])"
               r"|(?<![a-z])(?:đạt|vượt|hoàn thành)(?:[ \t]+(?:và[ \t]+)?vượt)?(?:[ \t]+mức)?[ \t]+\d+[ \t]*/[ \t]*\d+[ \t]+(?:chỉ tiêu|tiêu chí)(?![a-z])")
# the goal an achieved/target pair is set against, named with its document after it: '48,2/52 triệu đồng/người/năm so
# với mục tiêu của Chương trình hành động' (read from the pair's end)
PAIR_GOAL_OF = _v(r"[^,;.()\d]{0,40}?(?<![a-z])so với[ \t]+(?:các[ \t]+)?(?:mục tiêu|chỉ tiêu)[ \t]+(?:của|theo)[ \t]+")
# the verb right before a goal's achieved/target pair: '(đạt 3/6 hợp tác xã)'
REACHED_BEFORE = _v(r"(?<![a-z])(?:đạt|mới đạt|chỉ đạt)[ \t]+$")
TALLY_LEAD_WORDS = re.compile(r"^[ \t]*(?:(?:trong đó|trong số đó|có)(?![^\W\d_])[ \t]*)+", re.I)


SPECIFIC = _v(r"(?<![a-z])cụ thể(?![a-z])")
# the place a report is about, not what it reached: 'Dân số khoảng 1,25 triệu người', 'Diện tích tự nhiên 2.500 km2',
# 'Tỉnh gồm 9 huyện, 150 xã'
# (and the size of a unit after a merger: 'Sau hợp nhất với tỉnh Kon Tum (cũ), toàn tỉnh có hơn 1.300 cơ sở giáo dục';
# and the state the year started from: 'Đầu năm, toàn tỉnh có 21.120 hộ nghèo', not '6 tháng đầu năm, ...')
BACKGROUND = _v(r"(?<![a-z])(?:dân số|diện tích tự nhiên|gồm|bao gồm|đơn vị hành chính|sau (?:khi )?(?:hợp nhất|sáp nhập)"
                r"|(?<!từ )(?<!tháng )(?<!quý )đầu năm(?=[ \t]*,))(?![a-z])")
# a sub-heading of a list of goals that gives their horizon alone: 'a) Đến năm 2025', 'b) Đến hết năm 2030:'
BY_YEAR_HEADING = _v(r"[ \t]*(?:[a-zđ]|\d{1,2})[.)][ \t]*(?:đến|trong)[ \t]+(?:hết[ \t]+)?năm[ \t]+(\d{4})[ \t]*:?[ \t]*")
# awards said done over a span, 'đã' right before the award's verb ('đã biểu dương, khen thưởng'), its passive with or
# without the awarding body ('318 tập thể, 742 cá nhân được các cấp khen thưởng', '... được UBND huyện khen thưởng') or
# a party committee or people's committee as its subject ('Ban Thường vụ Huyện ủy khen thưởng 21 tập thể'); the occasion that hands
# awards out ('dịp này', 'tại hội nghị', 'tặng bằng khen')
AWARDED_SO_FAR = _v(r"(?<![a-z])(?:đã|được(?:[ \t]+[a-z]+){0,5}?|(?:các cấp|(?:tỉnh|huyện|thành|quận|thị|đảng) ủy(?:[ \t]+[a-z]+){0,2}?"
                    r"|ubnd(?:[ \t]+[a-z]+){0,2}?))[ \t]+(?:[a-z]+[ \t]*,[ \t]*)?(?:biểu dương|khen thưởng)")
OCCASION = _v(r"(?<![a-z])(?:dịp|hội nghị|buổi lễ|lễ|trao|tặng|kỷ niệm)(?![a-z])")
# a year is no figure: 'Đối với 12 chỉ tiêu năm 2024:', '... Nghị quyết Tỉnh ủy năm 2023:'
_NUMBER_RUN = re.compile(r"\d+(?:[.,]\d+)*")
YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


# the words between a tally of goals and the document named after it: '15/18 chỉ tiêu Nghị quyết Đại hội ...', '7/10 chỉ
# tiêu ngành giao trong Kế hoạch năm 2024 của Sở', '7/10 chỉ tiêu đạt và vượt Nghị quyết 12', 'chỉ tiêu theo Nghị quyết số ...'
_TALLY_DOC_GAP = re.compile(r"[a-z \t]{0,70}")
_BLANKS = re.compile(r"[ \t]+")


def doc_in_words_after(f: str, at: int, end: int, doc_named_at) -> str | None:
    """The document named after ``at`` with words only between, before ``end``: after a tally of goals' noun, or
    after a compared goal's words ('vượt chỉ tiêu cả năm mà Kế hoạch 30 đề ra (25 doanh nghiệp)')."""
    stop = _TALLY_DOC_GAP.match(f, at, end).end()
    for w in _BLANKS.finditer(f, at, stop):
        key = doc_named_at(w.end())
        if key is not None:
            return key
    return None


def no_figure(f: str, a: int, b: int, blocked) -> bool:
    """No number between ``a`` and ``b`` but years and those inside a date or a document's mention."""
    return all(blocked(m.start()) or YEAR.fullmatch(m.group(0)) for m in _NUMBER_RUN.finditer(f, a, b))


def part_of_blocked(f: str, a: int, b: int, blocked) -> bool:
    """'trong đó' between ``a`` and ``b`` follows a figure inside a document's mention and subject."""
    at = f.rfind("trong do", a, b)
    if at < 0 or not SUBSET.search(f, a, b) and not SUBSET_NAMED.search(f, a, b):
        return False
    pos = at - 1
    while pos >= 0 and f[pos] in " \t,":
        pos -= 1
    # (the figure of the description: a digit inside the mention shortly before)
    return pos >= 0 and blocked(pos) and any(f[i].isdigit() and blocked(i) for i in range(max(0, pos - 30), pos))


# the time before the document or the span: 'trước năm 2021', 'trước đây', 'trước khi có Nghị quyết'
_BEFORE_THEN = _v(r"(?<![a-z])(?:trước năm[ \t]+(\d{4})(?!\d)|trước đây|trước khi (?:có|ban hành|thực hiện|triển khai))(?![a-z])")


def count_passive(f: str, s: Segment) -> bool:
    """A clause of the sentence opens on a count that something was done to (_COUNT_PASSIVE): '1.500 hộ được hỗ trợ
    vay vốn, 120 nhà được xây mới' (not 'Chương trình ... ở 6 huyện được triển khai', where the count is no subject)."""
    for m in _COUNT_PASSIVE.finditer(f, s.start, s.end) if may_match_in(_COUNT_PASSIVE, f, s.start, s.end) else ():
        before = f[s.start:m.start()].rstrip(" \t")
        if not before or before[-1] in ",;:" or _TIME_OPENING.fullmatch(before):
            return True
    return False


def routine_only(fg: str, s: Segment) -> bool:
    """The sentence's only goal cues say how often ('hằng năm', 'mỗi năm')."""
    cues = goal_cues(fg, s)
    return bool(cues) and all(ROUTINE.match(fg, m.start()) for m in cues)


def past_before(f: str, s: Segment, ref_year: int | None) -> bool:
    """The sentence speaks of the time before, up to a year not after the text's ('trước năm 2021', 'trước đây')."""
    m = _BEFORE_THEN.search(f, s.start, s.end)
    return m is not None and (m.group(1) is None or ref_year is None or int(m.group(1)) <= ref_year)


def rates_only(fg: str, s: Segment) -> bool:
    """The sentence's only goal cues are averaged yearly rates ('bình quân hằng năm', 'bình quân mỗi năm')."""
    cues = goal_cues(fg, s)
    return bool(cues) and all(ROUTINE.match(fg, m.start()) and AVERAGE.search(fg, max(s.start, m.start() - 25), m.start())
                              for m in cues)


# a state, not a result, in such a section: 'Huyện có diện tích tự nhiên hơn 548 km2, dân số khoảng 290.000 người'
HAS = _v(r"(?<![a-z])có(?![a-z])")


# a count that something was done to: '1.500 hộ được hỗ trợ vay vốn' (not money or a plan handed down: 'được giao',
# 'được phân bổ', 'được bố trí'; nor those elected or honoured: 'được bầu', 'được tuyên dương')
_COUNT_PASSIVE = _v(rf"(?<![\d.,])(?:{NUM})[ \t]+[a-z][^,;:.()\d]{{0,40}}?[ \t]được[ \t]+(?!giao|phân bổ|bố trí|đề ra|dự kiến|bầu|mời|tuyên dương|vinh danh)[a-z]")
# a sentence set at an occasion ('Tại buổi lễ, ...', 'Ngay sau lễ ra quân, ...'), and people who took part in one
AT_OCCASION = _v(r"[ \t]*(?:ngay[ \t]+)?(?:tại|sau|trong)[ \t]+(?:buổi[ \t]+lễ|buổi|lễ|hội nghị|ngày hội|chương trình)(?![a-z])")
OCCASION_WORD = _v(r"(?<![a-z])(?:lễ|buổi|ra quân|ngày hội|hội thi|hội nghị)(?![a-z])")
TOOK_PART = _v(r"[^,;.\d]{0,40}?(?<![a-z])(?:đã[ \t]+)?(?:tham gia|tham dự|có mặt|nhận quà)(?![a-z])")
# the time a sentence opens on before its subject: 'Năm nay', 'Năm 2024', 'Đến nay', 'Qua 5 năm'
_TIME_OPENING = _v(r"[ \t]*(?:năm nay|năm (?:19|20)\d\d|đến nay|(?:qua|sau|trong) \d{1,2} năm(?: qua)?)[ \t]*,?")
# the verb of an aim reached, right before the aim: 'đã hoàn thành (vượt) mục tiêu', 'đạt mục tiêu'
AIM_REACHED = _v(r"(?<![a-z])(?:hoàn thành|đạt|vượt|thực hiện được)(?:[ \t]+(?:vượt|xong|và vượt))?(?:[ \t]+các)?[ \t]+$")
# the goals a document is issued with: 'ban hành Kế hoạch số 55-KH/HU với mục tiêu đến năm 2025 có 90% ...', '... với các
# chỉ tiêu chủ yếu: ...' (its date may be in brackets; the aim 'xác định', 'phấn đấu': '(ngày 12/6/2020), xác định mục tiêu')
AIM_AFTER_ISSUE = _v(r"(?:[^;:.()]|\([^();:]{0,40}\)){0,80}?(?<![a-z])(?:(?:với|nhằm|đặt|xác định)[ \t]+mục tiêu|phấn đấu"
                    r"|với[ \t]+(?:các[ \t]+)?chỉ tiêu(?:[ \t]+chủ yếu)?[ \t]*:)(?![a-z])")
# a clause that opens on the time so far, or on an estimate to the year's end, reports: 'đến nay', 'Dự ước cả năm, ...'
SO_FAR_LEAD = _v(r"[ \t]*(?:(?:tính[ \t]+)?đến nay|(?:dự )?ước(?: tính| thực hiện)? (?:đến (?:hết|cuối) năm|cả năm))(?![a-z])")


# the plan of a year or span ahead, named as what a resolution, a plan or a session sets: 'Nghị quyết về kế hoạch phát
# triển kinh tế - xã hội năm 2026', 'quyết nghị các chỉ tiêu chủ yếu năm 2026', 'phương hướng, nhiệm vụ năm 2026'
# ('kế hoạch năm tới': the year after the text's; not the horizon of a plan under way, 'chỉ tiêu đến năm 2025')
_AHEAD_PLAN = _v(r"(?<![a-z])(?:kế hoạch|nhiệm vụ|chỉ tiêu|mục tiêu|phương hướng)(?![a-z])[^.;:()\n]{0,80}?(?<![a-z])"
                 r"(?<!đến )(?<!tới )(?<!hết )(?<!cuối )(?:năm[ \t]+(\d{4})|giai đoạn[ \t]+(\d{4})[ \t]*[-–][ \t]*\d{4}|năm[ \t]+(tới))"
                 r"(?![\da-z])")
# a session adopting the plan: 'Kỳ họp đã thông qua Nghị quyết ...' ('đã' there reports no result)
_ADOPTING = _v(r"[ \t]+(?:biểu quyết[ \t]+)?(?:thông qua|quyết nghị|thống nhất|ban hành)(?![a-z])")
# a year named as the time a sentence is about ('năm 2025'), not as the base of a comparison ('so với năm 2025')
_YEAR_NAMED = _v(r"(?<![a-z])(?<!so với )(?<!từ )năm[ \t]+((?:19|20)\d\d)(?![\d/-])")
# the words of a report, beside a result's verbs (OUT_STRONG): 'ước tăng 7,6%', 'kết quả', 'theo báo cáo', 'năm qua'
_REPORTED = _v(r"(?<![a-z])(?<!quy )(?<!hiệp )(?:ước|kết quả|đánh giá|báo cáo|cho biết|cùng kỳ|năm qua|vừa qua)(?![a-z])")


def _looks_back(f: str, s: Segment, ref_year: int) -> bool:
    """The sentence names a year up to ``ref_year`` as its time, holds the words of a report (_REPORTED) or opens on
    a span looked back on ('Qua 3 năm, ...'): it opens no stretch about the year ahead, and closes one."""
    return any(int(y) <= ref_year for y in _YEAR_NAMED.findall(f, s.start, s.end)) \
        or bool(_REPORTED.search(f, s.start, s.end)) or retro_sentence(f, s, ref_year)


def _ahead_opening(f: str, s: Segment, ref_year: int) -> tuple[int, str] | None:
    """(where, year): the sentence, which does not look back (``_looks_back``, asked by the caller), names the plan of
    a year after ``ref_year`` (_AHEAD_PLAN, or it opens on such a year: 'Năm 2026, ...') and no result's verb but a
    session's adopting ('đã thông qua'); else None."""
    named = _ahead_named(f, s, ref_year)
    # (the verbs are looked for only where the plan is named: most sentences name none)
    if named is None or any(m.group(0) != "da" or not _ADOPTING.match(f, m.end()) for m in OUT_STRONG.finditer(f, s.start, s.end)):
        return None
    return named


def _ahead_named(f: str, s: Segment, ref_year: int) -> tuple[int, str] | None:
    """(where, year): the first naming in the sentence of the plan of a year after ``ref_year``, or its opening on
    such a year; else None."""
    for m in _AHEAD_PLAN.finditer(f, s.start, s.end):
        if m.group(3):
            return m.start(), str(ref_year + 1)
        if int(m.group(1) or m.group(2)) > ref_year:
            return m.start(), (m.group(1) or "term")
    yl = YEAR_LEAD.match(f, s.start)
    return (s.start, yl.group(1)) if yl is not None and int(yl.group(1)) > ref_year else None


def _result_verb(f: str, fp: str, s: Segment) -> bool:
    """A result's verb in the sentence, not in an aim ('phấn đấu vượt ...')."""
    cs = OUT_STRONG.search(fp, s.start, s.end)
    return cs is not None and not AIM.search(f, s.start, cs.start())


def ahead_frames(t: str, f: str, fp: str, sents: list[Segment], ref_year: int | None) -> list[tuple[int, int, str]]:
    """The stretches of text about the plan of a year ahead of the text's (kế hoạch năm tới), as (start, end, period:
    its year, or 'term' for a span of years): from where a sentence names that plan to the first sentence after it
    that looks back or reports (_looks_back, _result_verb) or a heading line of a new section. There, 'đạt 72%'
    states a goal, as in a council's resolution on next year's plan. The headline opens none: a page's title may
    name the year ahead over a report on the year past. ``fp``: the folded text with the look-alikes of a result's
    verbs masked (kg.extract.modality.past_marked)."""
    if ref_year is None:
        return []
    frames: list[tuple[int, int, str]] = []
    start: tuple[int, str] | None = None
    head_end = t.find("\n")
    for s in sents:
        opens = s.start > head_end >= 0
        if start is None:
            # (outside a stretch only an opening counts, and a sentence that looks back opens none: the plan is
            # looked for first, as most sentences name none)
            at = _ahead_opening(f, s, ref_year) if opens else None
            if at is not None and _looks_back(f, s, ref_year):
                at = None
            back = False
        else:
            back = _looks_back(f, s, ref_year)
            at = _ahead_opening(f, s, ref_year) if opens and not back else None
        if at is not None:
            start = at if start is None else start
        elif start is not None and (back or _result_verb(f, fp, s) or (ROMAN_LINE.match(f, s.start) and is_line(t, s))):
            frames.append((start[0], s.start, start[1]))
            start = None
    if start is not None:
        frames.append((start[0], len(f), start[1]))
    return frames


# where a document's subject ends and the text's own words begin: its goals ('..., với mục tiêu thu hút 120 người')
# (or into what was done under it: 'Chương trình số 05-CTr/HU ... về phát triển đô thị, đến nay đã hoàn thành 7/12 dự án')
# (or into the main clause after it: '... về thực hiện Chỉ thị 36, địa phương đã triệt xóa 58 tụ điểm', '... về thực
# hiện Chương trình, toàn tỉnh có thêm 21 xã đạt chuẩn', '... nhà đại đoàn kết, năm 2024 huyện đã xóa 120 nhà tạm')
# (or into the next figure of a list of results: '... về nhiệm vụ năm 2024 đạt và vượt kế hoạch, 2 chỉ tiêu không đạt')
# (written to open on its first characters, which the engine's scan skips to: each branch opens on one character)
_SUBJECT_CUT = folded_pattern(r",[ \t]*(?:với|nhằm|trong đó|đồng thời|đến nay|tính đến|sau[ \t]+\d)(?![a-z])|mục tiêu(?<![a-z]mục tiêu)(?![a-z])"
                              # (the amount the document sets, with no comma: '... về kế hoạch đầu tư công năm 2026 với
                              # tổng vốn 3.260 tỷ đồng')
                              r"| [ \t]*với[ \t]+tổng[ \t]+(?:số[ \t]+)?(?:vốn|thu|chi|kinh phí|mức)(?![a-z])"
                              r"|\t[ \t]*với[ \t]+tổng[ \t]+(?:số[ \t]+)?(?:vốn|thu|chi|kinh phí|mức)(?![a-z])"
                              r"|,[ \t]*\d"
                              r"|,[ \t]*(?:toàn|cả)[ \t]+(?:tỉnh|huyện|thành phố|thị xã|quận|xã|phường|nước)(?![a-z])"
                              # ('..., năm 2024 huyện đã xóa 120 nhà tạm': a year opening the main clause)
                              r"|,[ \t]*(?:(?:trong|riêng|đến hết|đến cuối|tính đến)[ \t]+)?năm[ \t]+\d{4}(?!\d)[ \t]*,?[ \t]+(?=[a-z])"
                              r"|,[ \t]*(?:[a-z]+[ \t]+){0,4}?(?:đã|vừa|có thêm)[ \t]+(?=(?:[a-z]+[ \t]+){0,3}\d)")


# a goal of the document named before it: 'mục tiêu của Kế hoạch 118 về xây dựng 12 tổ hợp tác ...' (what follows names the
# goal, not the document's title)
_GOAL_OF_BEFORE = folded_pattern(r"(?<![a-z])(?:mục tiêu|chỉ tiêu)(?:[ \t]+[a-z]+){0,2}?[ \t]+(?:của|theo)[ \t]+$")


def subject_end(p, mention) -> int:
    """End of a document mention with its subject ('Nghị quyết số 30a/2008/NQ-CP ... về Chương trình
    ... đối với 62 huyện nghèo'): figures up to there name the document. ``p``: the prepared text."""
    end = max(mention.end, mention.start)
    subj = mention.subject
    if subj and mention.tail_end and not _GOAL_OF_BEFORE.search(p.folded, max(0, mention.start - 30), mention.start):
        tail = subj[-24:]
        at = p.text.find(tail, mention.tail_end, mention.tail_end + len(subj) + 80)
        if at >= 0:
            # a subject read too far runs into the text's own goals ('..., với mục tiêu thu hút 120 người')
            cut = _SUBJECT_CUT.search(p.folded, mention.tail_end, at + len(tail))
            end = max(end, cut.start() if cut else at + len(tail))
    return end
