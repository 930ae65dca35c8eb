"""Figures: a Vietnamese number with its unit (số liệu).

A figure is a number (1.500, 111,9, 34/55) followed by '%', '‰' or a unit noun phrase. A range ('20.000 - 25.000
lao động') is read as its upper bound, marked as a range; 'A/B' of an amount ('45.799/36.875 tỷ đồng') is achieved
over planned, of a count ('34/55 xã') a part of a whole. Durations ('10 năm qua'), years, item numbers '(3)',
document numbers, references, ratings, a programme's component ('Dự án 1') and the whole country's figure set beside
the text's own for contrast are not figures. Whether a figure is a goal or a result is decided in
kg.extract.quantities."""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.alternation import word_start
from kg.extract.goal_compare import goal_before_bracket, opens_compared_goal
from kg.extract.literals import may_match
from kg.extract.numbers import parse_number
from kg.extract.text import Segment, clauses, fold_same_length, folded_pattern, letters, vi
from kg.text.symbols import DIGIT_FIRST

NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,12}(?:,\d+)?"
# (a figure as _QTY finds it: the check of the character before stands behind its first digit, so that a scan
# skips to the digits)
_NUM_CHECKED = DIGIT_FIRST + r"(?<![\w.,/%‰-]\d)(?:\d{0,2}(?:\.\d{3})+(?:,\d+)?|\d{0,11}(?:,\d+)?)"
_QTY_TAIL = (
    rf"(?:[ \t]?/[ \t]?(?P<den>{NUM}))?(?P<pct>[ \t]?[%‰](?:/[ \t]?(?:nam|thang|quy))?)?"
    # ('0,8%/dưới 1%': the plan's bound before its figure; '9,2%/KH 8,5%': the plan's word)
    rf"(?:(?<=[%‰])/[ \t]?(?:(?:kh|ke hoach)[ \t]+)?(?:(?P<pcmp>duoi|tren|khong qua|toi da|toi thieu)[ \t]+)?(?P<pden>{NUM})[ \t]?[%‰])?"
    # a footnote mark glued to a percentage ('dưới 24%1'): not part of the number
    rf"(?:(?<=[%‰])\d{{1,2}}(?=[^\w]|$))?(?![\w/]|[.,]\d)")
_PLAN_BOUND = {"duoi": "<=", "khong qua": "<=", "toi da": "<=", "tren": ">=", "toi thieu": ">="}
_QTY_BODY = rf"(?P<num>{NUM})" + _QTY_TAIL
_QTY = re.compile(rf"(?P<num>{_NUM_CHECKED})" + _QTY_TAIL)
# the upper bound of a range, read where the lower bound's separator ends ('8-8,5%', '20.000 - 25.000 lao động')
_QTY_UPPER = re.compile(_QTY_BODY)
# (the check of the character before stands behind each word, word_start: the engine skips to the words' first letters)
_BEFORE_SKIP = re.compile(word_start(
    r"(?<![a-z])(?:so|(?<!hang )(?<!moi )(?<!quan )nam|khoa|lan thu|thu|dieu|khoan|giai doan|nhiem ky|quy|thang|ngay|phong|tap|trang|"
    r"trung uong|tw|hoi nghi|luot truy cap|luot xem|dien thoai|hotline|tuan|ngay \d{1,2}/\d{1,2} (?:va|hoac)|"
    # a road's number is its name: 'đường vành đai 3', 'Quốc lộ 1', 'đường tỉnh 315'; so is a ward's or a hamlet's:
    # 'phường 5 cũ', 'ấp 3'
    r"vanh dai|quoc lo|tinh lo|huyen lo|duong tinh|duong huyen|phuong|khu pho|to dan pho|khom|ap|xom|(?<!nong )thon|"
    # so is the size of a ranked group a thing belongs to: 'thuộc nhóm 100 bệnh viện hàng đầu', 'vào top 10 tỉnh'; and a
    # steering committee's number: 'Ban Chỉ đạo 389 tỉnh chủ trì ...' (named for the decision that set it up)
    r"nhom|top|ban chi dao)[ \t]*:?[ \t]*$"))
# where what follows took place, opening its clause: 'Tuy vậy, tại 3 thôn vùng cao, sóng điện thoại chập chờn', 'Qua 10
# năm, tại 25 tỉnh biên giới đã có ...', 'Tính đến ngày 30/6, trên địa bàn 3 phường cũ ...': the places are the frame,
# no figure (not the places a verb reached: 'hoàn thành ở 41/58 xã', 'lồng ghép ... ở 65 trường'; nor a share of the
# places, which counts them: 'Đến nay, tại 41/58 xã đã có ...')
_PLACE_FRAME = folded_pattern(r"[,.;:\n][ \t]*(?:(?:tuy vậy|tuy nhiên|riêng|trong đó)[ \t]*,?[ \t]*)?(?:tại|ở|trên địa bàn)[ \t]+$")
# the hour of a clock time, whose minutes are no figure: '04:30 GMT+7', 'lúc 8h30'
# (written to open on its first characters, which the engine's scan skips to: a digit, then the character before it)
_CLOCK_BEFORE = re.compile(DIGIT_FIRST + r"(?<![\d.,/:]\d)\d?[:h]$")
# a bound that qualifies the things a share or a tally before it counts: '100% tỉnh đoàn tổ chức ít nhất 1 diễn đàn',
# '3/4 cụm công nghiệp đã lấp đầy trên 70% diện tích', '8/10 huyện giải ngân dưới 30%'
_BOUND_BEFORE = folded_pattern(r"(?<![a-z])(?:ít nhất|tối thiểu|trên|dưới|hơn)[ \t]+$")
# what may stand between the share and that bound: the things counted and what they do, with the places of a list
# of them after commas ('100% tỉnh, thành đoàn tổ chức ...', '8/10 huyện, thành phố giải ngân ...'), and no other
# clause: the bound after a comma opens a figure of its own ('100% xã đạt chuẩn, trên 80% hộ ...'), and so does one
# after another noun ('..., tỷ lệ hộ nghèo dưới 2%')
_QUALIFIED_GAP = folded_pattern(r"(?:[ \t]+[a-z]+)*(?:[ \t]*,[ \t]*(?:thành phố|thị xã|thị trấn|thành đoàn|phường|xã|thôn|tổ dân phố|khu phố"
                                r"|bản|ấp|quận|huyện|tỉnh)(?![a-z]))*(?:[ \t]+(?:[a-z]+[ \t]+)*[a-z]+)?[ \t]*$")
# ... nor a joined figure, another rate, nor the end of a change ('từ 40% lên trên 65%', 'giảm từ 5% xuống dưới 3%')
# ... nor the same result's amount after "với" or "tương ứng" ('giải ngân được 85% kế hoạch vốn với hơn 2.000 tỷ đồng')
_OWN_FIGURE_GAP = folded_pattern(r"(?<![a-z])(?:và|hoặc|trong đó|tỷ lệ|lên|xuống|còn|đến|tới|với|tương ứng|tương đương)(?![a-z])")
# people recruited, put forward or helped, and households helped: 'kết nạp 31/40 đảng viên', 'giới thiệu 356/400 đoàn
# viên ưu tú', 'đã hỗ trợ làm nhà ở cho 1.932/2.000 hộ' count done against a quota, not a part of a whole as '34/55 xã'
# (read on the unit's source words, and on the folded text before the figure: the verb, then at most four words)
_RECRUITED = re.compile(r"(?:hộ|người|đảng viên|đoàn viên|hội viên|đồng chí|lao động|học viên)(?![^\W\d_])", re.I)
_RECRUIT_BEFORE = folded_pattern(r"(?<![a-z])(?:kết nạp|giới thiệu|hỗ trợ)(?:[ \t]+[a-z]+){0,4}[ \t]+$")
# the number of things a goal counts, reached so far against it: 'số hợp tác xã thành lập mới đạt 12/15 hợp tác
# xã' (group 1: what is counted, which the unit after the pair names again; not a state counted: 'số xã đạt chuẩn')
_COUNT_REACHED = folded_pattern(r"(?<![a-z])số[ \t]+((?:(?!đạt(?![a-z]))[a-z]+[ \t]+){1,8})đạt[ \t]+$")
# ... but places are counted against all the places there are: 'số xã có hợp tác xã đạt 34/55 xã' is 34 of the 55
# communes (read on the unit's source words: 'xã' alone, not 'hợp tác xã')
_PLACE_UNIT = re.compile(r"(?:xã|phường|thị trấn|thị xã|huyện|quận|tỉnh|thành phố|thôn|bản|ấp|xóm|tổ dân phố|khu phố|làng|buôn)"
                         r"(?![^\W\d_])", re.I)
# (but a frequency is the norm the share is held to, a goal of its own: '100% cơ sở được kiểm tra ít nhất 1 lần/năm')
_FREQUENCY = folded_pattern(r"[ \t]*lần[ \t]*(?:/|mỗi|một|trong)[ \t]*(?:năm|quý|tháng|tuần)(?![a-z])")
# a figure inside a quoted name is part of the name: 'chi bộ "4 tốt"', '"3 sạch"' (read on the source: the marks)
_QUOTE_OPEN = re.compile(r'["“][^"“”\n]{0,30}$')
_QUOTE_CLOSE = re.compile(r'[^"“”\n\d]{1,20}["”]')
# words of _BEFORE_SKIP whose sense there has diacritics ('thứ', 'năm', 'khoản', 'quý', 'ngày', 'tuần', 'phòng', 'tập',
# 'điều', 'tháng', 'khóa'): written without them in the source they are other words
_SKIP_WITH_MARKS = frozenset({"thu", "nam", "khoan", "quy", "ngay", "tuan", "phong", "tap", "dieu", "thang", "khoa"})
# a word before a number that skips it in one spelling only: 'phường 5' names a ward, 'ngân sách địa phương 1.340 tỷ
# đồng' is an amount ('phương' folds like 'phường'); 'nhóm 100 bệnh viện' a ranked group, 'xuất khẩu nhôm 20.000 tấn' an amount
_SKIP_SPELLED = {"phuong": "phường", "nhom": "nhóm"}
# a bracket that opens on the result of the subject before it: 'tỷ lệ ... bảo hiểm y tế (đạt 96,2%/KH 95%)'
_RESULT_BRACKET = folded_pattern(r"\([ \t]*(?:ước[ \t]+|mới[ \t]+)?đạt[ \t]+")
_COUNT_BEFORE = re.compile(r"(?<![\d.,/])\d[\d.,]*[ \t]+$")
# a figure in the name of a project a list gives an amount of ('- Dự án trường tiểu học, nhà học 2 tầng 8 phòng: 4,5 tỷ
# đồng'): it describes the project, no goal nor result; the amount after the colon is the item's figure
_PROJECT_NAME_BEFORE = folded_pattern(r"(?:^|\n)[ \t]*(?:[-+•*][ \t]*|[a-zđ\d]{1,2}[.)][ \t]*)?(?:dự án|công trình|hạng mục|gói thầu)"
                                      r"(?![a-z])[^:;\n]*$")
_AMOUNT_OF_ITEM = folded_pattern(r"[^:;\n]{0,60}:[ \t]*\d[\d.,]*[ \t]*(?:tỷ|triệu|nghìn)[ \t]+đồng")
_TERM_THEN_COUNT = re.compile(fold_same_length(r"(?<![a-z])nhiệm kỳ[ \t]*$"))
# 'mục 3' (item 3) is a reference, 'ở mức 58,4%' (at the level of) is not: they fold alike, so read on the source
# (written to open on its first characters, which the engine's scan skips to: each word checks the character before it
# once it is read; so too the next two)
_ITEM_REF_BEFORE = re.compile(r"[Mm](?<![^\W\d_][Mm])ục[ \t]*:?[ \t]*$")
# a component of a programme is named by its number: 'Dự án 1 hỗ trợ nhà ở ...', 'Tiểu dự án 2'
# (read on the source: the capital marks the name; a small whole number only, not 'dự án 1.200 căn hộ')
_COMPONENT_BEFORE = re.compile(r"(?:T(?<![^\W\d_]T)iểu dự án|t(?<![^\W\d_]t)iểu dự án|D(?<![^\W\d_]D)ự án)[ \t]+$")
_COMPONENT_NUMBER = re.compile(r"\d{1,2}")
# a unit named with its number, then its role: 'Công ty Thủy điện Sông Đà 3 chủ trì, phối hợp ...', 'Đội Quản lý thị
# trường số 2 phối hợp ...' (the number closes a capitalised name; 'giảm 3 chủ trương' has no name before it)
_NAMED_UNIT_BEFORE = re.compile(letters(r"[{U}][^\W\d_]*(?:[ \t]+số)?[ \t]+$"))
_ROLE_AFTER = folded_pattern(r"[ \t]+(?:chủ trì|phối hợp|tham mưu|phụ trách)(?![a-z])")
# sessions a day or a week say how schooling is organised ('dạy học 2 buổi/ngày'), the mode a goal's share is of
# ('70% học sinh tiểu học được học 2 buổi/ngày'): no goal nor result of their own
_SESSIONS_PER = folded_pattern(r"[ \t]+buổi[ \t]?/[ \t]?(?:ngày|tuần)(?![a-z])")
# how many people a place has, right after 'dân số' ('Thành phố sau hợp nhất có dân số trên 4,6 triệu người'): its size, point
# (p) of our sets' conventions, no result (not a rate of it, 'tỷ lệ tăng dân số tự nhiên 0,92%', nor a goal with words
# between, 'quy mô dân số đến năm 2030 khoảng 1,5 triệu người'); and the points a meeting is linked to ('hội nghị được kết
# nối trực tuyến tới 99 điểm cầu'): who took part in it, no result of anything (point (ag)'s near miss)
_STATE_BEFORE = folded_pattern(r"(?<![a-z])(?:(?<!tăng )dân số(?:[ \t]+hiện)?(?:[ \t]+(?:là|khoảng|trên|hơn|gần|chừng))?"
                               r"|kết nối(?:[ \t]+trực tuyến)?[ \t]+(?:tới|đến|với)(?:[ \t]+các)?(?:[ \t]+(?:gần|hơn|trên))?)[ \t]+$")
_LINKED_POINTS = folded_pattern(r"[ \t]+điểm cầu(?![a-z])")
# a threshold in the subject of a rate, before the rate's own figure: 'Tỷ lệ doanh nghiệp có từ 25 lao động trở lên có
# tổ chức công đoàn đạt 62%' (the 25 says which firms are counted; not the goal 'tỷ lệ ... đạt từ 70% trở lên')
_RATE_SUBJECT_FROM = folded_pattern(r"(?<![a-z])tỷ lệ(?![a-z])[^\d,;:.()]{1,60}?(?<![a-z])từ[ \t]+$")
_AND_ABOVE_THEN_RATE = folded_pattern(r"[^\d,;:.()]{0,40}?(?<![a-z])trở lên(?![a-z])[^\d,;:.()]{1,60}?\d[\d.,]*[ \t]*%")
# the level a thing started from, said as 'only' then and set against the level now in the same sentence: 'Trước năm
# 2022, cả xã chỉ có khoảng 40 hộ làm homestay, nay đã là 96 hộ', 'Năm 2020, toàn huyện chỉ có 12 hợp tác xã; đến nay có
# 45' (point (r) of tests/ANNOTATION.md: the starting level is no result; the level now is)
_THEN_ONLY = folded_pattern(r"(?<![a-z])(?:trước năm[ \t]+\d{4}|năm[ \t]+\d{4}|trước đây|đầu nhiệm kỳ)[ \t]*,?(?:[^;.\n\d](?!nay))"
                            r"{0,60}?(?<![a-z])(chỉ)(?:[ \t]+có)?(?:[ \t]+(?:khoảng|gần|hơn|trên|đạt))?[ \t]+$")
_NOW_AFTER = folded_pattern(r"[^.\n]{0,120}?[,;][^.\n]{0,30}?(?<![a-z])(?:nay|đến nay|hiện nay|hiện)(?![a-z])")
# the whole country's figure set beside the text's own for contrast, point (f) of our sets' annotation conventions:
# 'Cùng thời gian đó, tỷ lệ lao động qua đào tạo của cả nước tăng thêm 2,5%', 'Tỷ lệ giải quyết tin báo của toàn lực
# lượng cùng thời điểm là 91,2%', '..., trong khi cả nước là 40,1%'. The country named in the figure's own part of the
# clause (after its last comma), after 'của' with the same span named in the clause ('cùng kỳ', not 'so với cùng kỳ':
# a change), or after 'trong khi'. Not 'Cả nước có 95% xã ...' (a national text's result)
_NATION = r"(?:cả nước|toàn quốc|toàn lực lượng(?![ \t]+công an[ \t]+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)(?![a-z])))(?![a-z])"
_NATION_CONTRAST = folded_pattern(rf"(?<![a-z])(?:(của)|trong khi(?:[ \t]+đó)?,?)[ \t]+{_NATION}[^,;:]*$")
_SAME_SPAN = folded_pattern(r"(?<![a-z])(?<!so với )(?<!với )cùng[ \t]+(?:kỳ|giai đoạn|thời gian|thời điểm)(?![a-z])")
DIGIT = re.compile(DIGIT_FIRST)
# what is said of the thing counted between its noun and the figure: 'đang hoạt động', 'có liên kết với doanh
# nghiệp', 'chưa có đảng viên'
_COUNTED_QUALIFIER = (r"(?:[ \t]+(?:đang|hiện|đã|được|của|trên|toàn|có|chưa|không|chuyển)(?![a-z])[^,;:.()\d]{0,40}?)?")
# 'Tổng số <what is counted> [đang hoạt động] là <figure>', 'số <what is counted> [có liên kết ...] đạt <figure>' with
# nothing after the figure: group 1 is the unit ('số' alone is checked on the source text: folded, 'so' is also
# 'so với')
# (the people it is counted per may follow the noun: 'số giường bệnh trên 1 vạn dân đạt 28,5', 'số giường bệnh/10.000 dân là
# 32'; group 2, the figure's unit then says per what)
_COUNTED_BEFORE = re.compile(fold_same_length(r"(?<![a-z])(?:tổng số|số lượng|số)[ \t]+([a-z]+(?:[ \t]+[a-z]+){0,2}?)"
                                              r"(?:[ \t]*(?:trên|/)[ \t]*(?:1[ \t]+)?((?:vạn|nghìn|1\.000|10\.000|100\.000)[ \t]+dân))?"
                                              + _COUNTED_QUALIFIER + r"[ \t]+(?:là|đạt|lên)[ \t]+$"))
# the kind of what is counted, after its head, part of the unit: 'số hợp tác xã nông nghiệp kiểu mới làm ăn hiệu quả' (words
# only, up to the 'tăng' or 'giảm' that begins the change)
_KIND_WORDS = r"(?:[ \t]+(?!(?:tăng|giảm|đã)(?![a-z]))[a-z]+){0,8}?"
# 'số <what is counted> tăng từ <figure> lên <figure>' with nothing after the last: a level before and after, whose
# unit is named before both (point (r) of our sets' annotation conventions: the later level is the result)
# (two things counted together: 'số hợp tác xã, hộ kinh doanh chuyển lên doanh nghiệp tăng từ 12 lên 31')
_CHANGED_COUNT_BEFORE = re.compile(fold_same_length(r"(?<![a-z])(?:tổng số|số lượng|số)[ \t]+([a-z]+(?:[ \t]+[a-z]+){0,2}?"
                                                    r"(?:[ \t]*,[ \t]*[a-z]+(?:[ \t]+[a-z]+){0,2}?)?" + _KIND_WORDS + ")"
                                                    + _COUNTED_QUALIFIER + r"[ \t]+"
                                                    r"(?:đã[ \t]+)?(?:tăng|giảm)[ \t]+từ[ \t]+\d[\d.,]*(?:[ \t]+[a-z]+){0,3}?"
                                                    r"[ \t]+(?:(?:lên|xuống)(?:[ \t]+(?:còn|mức))?|còn)[ \t]+$"))
# 'số' (number of) written on the source text, where 'so' (so với) folds alike
_NUMBER_OF = re.compile(r"(?:tổng số|số lượng|số)(?![^\W\d_])", re.I)
# a rank among provinces or units, before steps up or down it: 'xếp thứ 15/63, tăng 8 bậc', 'thứ hạng tăng 3 bậc'
_RANK_BEFORE = re.compile(fold_same_length(r"(?<![a-z])(?:xếp thứ|xếp hạng|đứng thứ|thứ hạng|vị trí thứ)(?![a-z])"))
# (read on the source text: folded, 'trồng' (to plant: 'trồng 1.200 ha rừng') is 'trong')
_AMONG = re.compile(word_start(r"(?<![^\W\d_])(?:trong|trong tổng số|trên tổng số|trong số)[ \t]+$"), re.I)
# (written to open on its first characters, which the engine's scan skips to: each word checks the character before it once it is read)
_PER_UNIT = re.compile(vi(r"(?:trên(?<![a-z]trên)[ \t]+|mỗi(?<![a-z]mỗi)[ \t]+|cho(?<![a-z]cho)[ \t]+|/[ \t]*)$"))
# ... and the people a rate counts per ('Số bác sĩ trên 10.000 dân đạt 12 bác sĩ')
# (the rate's own figure follows: 'hỗ trợ trên 10.000 dân' is a count)
_PER_PEOPLE = re.compile(r"[ \t]+dan(?![a-z])[^,;.\d]{0,20}?\d")
# (a scale word after the figure makes it an amount, bounded: 'đón trên 1 triệu lượt khách' is no denominator)
# ('trên 1 vạn dân', 'trên 1 triệu dân' still divide)
_SCALE_WORD = re.compile(vi(r"[ \t]+(?:triệu|nghìn|ngàn|tỷ)(?![a-z])(?![ \t]+dân(?![a-z]))"))
# ... or after the figure it divides: '12 bác sĩ trên 10.000 dân', '30 giường bệnh/10.000 dân'
_PEOPLE_END = re.compile(vi(r"[ \t]+dân(?![a-z])"))
# (a unit of area or volume keeps its power: 'm2 đất', 'km2', 'm3 nước')
_WORD = re.compile(r"[“\"][^”\"\n]{1,40}[”\"]|[^\W\d_]+(?:(?<=[mM])[23](?!\d))?(?:-[^\W\d_]+)?")
_UNIT_STOP = {"trở", "được", "đạt", "tham", "đăng", "với", "là", "trong", "của", "và", "tại", "cho", "để", "nhằm",
              "theo", "trên", "từ", "đến", "khi", "thì", "đã", "sẽ", "có", "gồm", "như", "bằng", "so", "vào", "ở",
              "thuộc", "mỗi", "hoặc", "hay", "nhưng", "song", "góp", "tăng", "giảm", "vượt", "bảo", "đảm", "mà",
              # a negation opens what is said of the thing counted: '3 xã chưa có vùng chăn nuôi', '2 chỉ tiêu không đạt'
              "chưa", "không",
              # the way of a change opens its end: 'giảm từ 6 xuống còn 2', 'tăng từ 45 lên 60', 'giảm từ 320 còn 115'
              "xuống", "lên", "còn"}
# a year after the unit dates the count: '2 triệu lượt khách năm 2024'
_YEAR_AFTER = re.compile(r"[ \t]+\d{4}(?!\d)")
# a bound with its figure after it opens a figure of its own, no word of the unit before it: '8/10 huyện giải ngân
# dưới 30%' (but '12 hộ dưới chuẩn nghèo'; 'trên' ends a unit always, above)
_BOUND_AHEAD = re.compile(r"(?:dưới|hơn|ít nhất|tối thiểu)[ \t]+\d", re.I)
# 'gấp 1,8 lần': a ratio, whatever it is compared with after it
_TIMES_BEFORE = re.compile(vi(r"(?<![a-z])gấp[ \t]+$"))
# the price a sum per unit is ('giá bán', 'giá thu mua'; not 'giá trị sản xuất ... 420 triệu đồng/ha'), read on the
# source text: 'gia' folds like 'gia' of 'tham gia', 'quốc gia'
_PRICE_BEFORE = re.compile(r"(?<!\w)giá(?! trị)(?!\w)[^.;\n]{0,40}$", re.I)
_DURATION = {"năm", "tháng", "ngày", "tuần", "giờ", "phút", "giây", "quý", "kỳ", "h", "tuổi"}
# (folded by vi alone: it is searched for at the end of a short window before a figure, where opening on its
# words as _v would make it gains nothing)
SUBSET = re.compile(vi(r"(?<![a-z])trong đó(?: có)?[ \t]+(?:từ[ \t]+)?$"))


@dataclass
class Quantity:
    start: int
    end: int
    value: int | float
    of: int | float | None
    unit: str
    pct: bool
    planned: int | float | None = None      # B of an achieved/target pair 'A/B'
    planned_cmp: str = "="                  # its bound: '<=' in '0,8%/dưới 1%', '>=' in '96%/trên 95%'
    lower_bound: bool = False               # the lower end of a range ('20.000 - 25.000 lao động')
    duration: bool = False                  # a bounded span of time ('không quá 3 ngày'): only ever a goal


_v = folded_pattern       # diacritic patterns for the folded text (kg.extract.text)

# a bound before a span of time makes it a goal's figure: 'kéo dài quá 3 ngày', 'trong thời hạn tối đa 5 ngày'
# ('dưới 5 tuổi' is an age group, so 'dưới' is no such bound)
# (read on the source text: folded, 'qua' (through: 'Qua 3 năm') is 'quá')
# a span of life measured: 'Tuổi thọ trung bình đạt 75,5 tuổi', 'số năm sống khỏe tối thiểu 68 năm' (a figure, no age
# group nor how long something took)
_LIFE_SPAN = _v(r"(?<![a-z])(?:tuổi thọ|số năm sống)(?![a-z])[^,;:.()\d]{0,50}$")
_SPAN_BOUND = re.compile(r"(?<![^\W\d_])(?:quá|tối đa|không vượt quá)[ \t]+$", re.I)
# ... or cut down to, the level reached (a result as much as a goal): 'thời gian thông quan giảm còn 25 phút'
_CUT_TO = re.compile(r"(?<![^\W\d_])(?:giảm|rút ngắn)(?:[ \t]+xuống)?(?:[ \t]+còn)?[ \t]+$", re.I)
# units of amount or measure: 'A/B' of these is achieved/target ('45.799/36.875 tỷ đồng'), not part
# of a whole ('34/55 xã')
MEASURE = _v(r"(?:tỷ|triệu|nghìn|ngàn)?[ \t]*(?:đồng|usd)|tỷ(?![a-z])|triệu(?![a-z])|tấn|ha(?![a-z])|km|m2|m3|kg|lít|kwh")
# nouns that count items of a list of goals: a count of them in brackets is a heading's tally
TALLY_NOUN = _v(r"(?:chỉ tiêu|mục tiêu|tiêu chí|nhiệm vụ|giải pháp|nội dung)(?![a-z])")


# a whole after a part: '12 trên tổng số 15 chỉ tiêu', '18 trong số 22 xã', '3 trong tổng số 14 chỉ tiêu', and
# 'trên' or 'trong' alone between two bare counts, 'có 15 trên 38 xã đạt chuẩn', '34 trong 55 xã' (group 1: see
# _bare_whole); group 2 is the whole
_OF_WHOLE_AFTER = re.compile(fold_same_length(rf"[ \t]+(?:trên[ \t]+tổng số|(trên|trong)|trong(?:[ \t]+tổng)?[ \t]+số)"
                                              rf"[ \t]+({NUM})(?![\d.,])"))


# a unit of money or measure, whole ('tỷ đồng', 'triệu USD', 'ha', 'nghìn tấn'): nothing after it is part of the unit
# (an area or volume in m2 or m3 keeps what it measures: '8.000 m2 đất')
_MEASURE_UNIT = re.compile(r"(?:(?:tỷ|triệu|nghìn|ngàn)[ \t]+)?(?:đồng|USD)|(?:(?:nghìn|ngàn|triệu)[ \t]+)?"
                           r"(?:ha|tấn|km|kg|lít|kWh)|ngày công", re.I)


# nouns that open on 'đồng' and count people or things, not money (checked from the word 'đồng' itself)
_DONG_NOUN = re.compile(r"đồng[ \t]+(?:chí|hồ|bào|phục|nghiệp|đội)(?![^\W\d_])", re.I)


# (read on the source text: the nouns after a comma, up to 'trở lên', with no figure or verb of a result between)
_LISTED_TO_BOUND = re.compile(r",[ \t]*((?:[^\W\d_]+[ \t]+){1,4}?[^\W\d_]+)(?=[ \t]+trở[ \t]+lên(?![^\W\d_]))", re.I)


# a fixed term of law and administration that the five-word bound must not cut: '46 dự thảo văn bản quy phạm pháp
# luật' counts drafts of legal documents, not of 'văn bản quy'
_FIXED_TERM = re.compile(r"(?<![^\W\d_])(?:quy phạm pháp luật|thủ tục hành chính|đơn vị hành chính|"
                         r"sự nghiệp công lập|cơ sở dữ liệu|dịch vụ công trực tuyến|"
                         # (the village team of the national digital-transformation programme)
                         r"tổ công nghệ số cộng đồng)(?![^\W\d_])", re.I)
# 'thành lập' with its object after the thing counted is what it did, not part of it: '21/28 thôn thành lập tổ ...'
# counts villages (but 'hợp tác xã thành lập mới' counts the new cooperatives)
_SET_UP_AFTER = re.compile(r"thành[ \t]+lập(?![ \t]+mới)(?![^\W\d_])", re.I)
# one or two words more, then the end of the clause
_PHRASE_CLOSES = re.compile(r"((?:[ \t]+[^\W\d_]+){1,2})(?=[ \t]*(?:[,;.:)]|\n|$))")


def _unit_words(t: str, pos: int) -> tuple[list[str], int]:
    """The words of the unit that starts at ``pos`` (up to five, or seven where the phrase then ends its clause, to
    the first word that begins a predicate) and where they end."""
    words: list[str] = []
    start = pos
    for w in _WORD.finditer(t, pos, min(len(t), pos + 80)):
        gap = t[pos:w.start()]
        if gap.strip() or "\n" in gap:
            break                       # (a line ends the unit: a headline's figure takes no word of the next line)
        lw = w.group(0).lower()
        if lw in _UNIT_STOP or (lw == "năm" and _YEAR_AFTER.match(t, w.end())) or _BOUND_AHEAD.match(t, w.start()) \
                or (words and _SET_UP_AFTER.match(t, w.start())):
            if lw == "thuộc" and words and words[-1].lower() == "trực":
                words.pop()             # 'đảng bộ trực thuộc': affiliated, not part of what is counted
            break
        words.append(w.group(0))
        pos = w.end()
        # a sum or a measure ends the unit: '1.200 tỷ đồng xây dựng nông thôn mới' (but '35 đồng chí' counts comrades,
        # '18.400 đồng hồ' meters, '3.500 đồng bào' people: 'đồng' is a word of another noun, not the currency)
        if _MEASURE_UNIT.fullmatch(" ".join(words)) and not (len(words) == 1 and _DONG_NOUN.match(t, pos - 4)):
            break
        if len(words) >= 5:
            term = next((m for m in _FIXED_TERM.finditer(t, start, pos + 30) if m.start() < pos < m.end()), None)
            if term is not None:
                words += t[pos:term.end()].split()
                pos = term.end()
                break
            # five words at most, but a noun phrase that closes its clause within two more is taken whole: '7 tổ
            # chức hội liên hiệp thanh niên;' (a cut would split 'thanh niên'), not '... tham gia ...'
            rest = _PHRASE_CLOSES.match(t, pos)
            if rest is not None and not _UNIT_STOP.intersection(rest.group(1).lower().split()):
                words += rest.group(1).split()
                pos = rest.end(1)
            break
    # a list of the things counted, closed by the bound: 'từ 1.000 hội viên nông dân, lao động nông thôn trở lên'
    more = _LISTED_TO_BOUND.match(t, pos) if words and len(words) < 5 else None
    if more is not None:
        words[-1] += ","
        words += more.group(1).split()
        pos = more.end(1)
    return words, pos


# what a rate is per, after its unit and a slash (a word from a short list, so that 'xã/phường' stays two things)
_PER_WHAT = re.compile(r"[ \t]?/[ \t]?(ha|người|hộ|năm|tháng|ngày|kg|tấn|lít|km|km2|m2|m3|sào|con|lượt)(?![^\W_])", re.I)
# the separator of a range's bounds ('8-8,5%', '20.000 đến 25.000')
_RANGE_SEP = _v(r"[ \t]*(?:-|–|đến(?![a-z])|tới(?![a-z]))[ \t]*(?=\d)")
# a plan named after a figure, what it is a share of: 'đạt 120% kế hoạch', '45.000 ha/40.000 ha kế hoạch'
PLAN_PCT = _v(r"[ \t]*(?:(?:so với|theo)[ \t]+)?(kế hoạch|chỉ tiêu|dự toán)(?![a-z])")
# the second half of 'A ha/B ha': the slash and B, before the unit written again; the plan's word may come first,
# 'đạt 24.600 ha/mục tiêu 22.000 ha', 'đạt 48 hợp tác xã/kế hoạch 40 hợp tác xã' (group 2: then B is the plan's)
_UNIT_PAIR = re.compile(rf"[ \t]*/[ \t]*((?:muc tieu|ke hoach|kh|chi tieu)[ \t]+)?({NUM})[ \t]+")


def _range_upper(f: str, m: re.Match, end: int) -> tuple[re.Match | None, int | float | None]:
    """A bare number followed by '-', '–', 'đến' or 'tới' and a larger number with its unit: the range's upper
    bound (its match carries the unit) and the lower bound's value; (None, None) otherwise."""
    if m.group("den") or m.group("pct"):
        return None, None
    r = _RANGE_SEP.match(f, m.end(), end)
    if not r:
        return None, None
    hi = _QTY_UPPER.match(f, r.end(), end)
    lo = parse_number(m.group("num"))
    if not hi or hi.group("den") or lo is None:
        return None, None
    hv = parse_number(hi.group("num"))
    if hv is None or hv <= lo:
        return None, None
    return hi, lo


# a count of goals written in words, as a report's tally may be: 'Ba chỉ tiêu không đạt gồm: ...' (read on the source
# text: folded, 'sáu' (six) is 'sau' (after); 'năm' (five) is left out, it is also the year: 'cả năm chỉ tiêu ...')
_WORD_NUMBERS = {"hai": 2, "ba": 3, "bốn": 4, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
_WORD_TALLY = re.compile(r"(?<![^\W\d_])(" + "|".join(_WORD_NUMBERS) + r")[ \t]+(chỉ tiêu)(?![^\W\d_])", re.I)


# a growth said as a multiple in words, as speech says it: 'tăng gấp đôi so với năm 2020', 'tăng gấp ba lần' (a ratio in
# 'lần', as 'gấp 2 lần' is; 'cao gấp đôi so với ...' compares two things, no growth; read on the source text)
_WORD_TIMES = {"đôi": 2, "hai": 2, "ba": 3, "bốn": 4}
_GROWN_TIMES = re.compile(r"(?<![^\W\d_])tăng[ \t]+gấp[ \t]+(" + "|".join(_WORD_TIMES) + r")(?:[ \t]+lần)?(?![^\W\d_])", re.I)


def has_figure(t: str, a: int, b: int) -> bool:
    """A digit between ``a`` and ``b``, or a count of goals or a growth in words (_WORD_TALLY, _GROWN_TIMES)."""
    return bool(DIGIT.search(t, a, b) or (may_match(_WORD_TALLY, t) and _WORD_TALLY.search(t, a, b))
                or (t.find("gấp", a, b) >= 0 and _GROWN_TIMES.search(t, a, b)))


# a number that is a year ('từ 2021 đến 2025')
_YEAR_NUMBER = re.compile(r"(?:19|20)\d\d")


def _bare_whole(f: str, part: str, value: int | float, whole: int | float | None, at: int) -> bool:
    """'trên' alone between a bare number and a count (what is counted after it): the part and its whole ('có 15 trên
    38 xã đạt chuẩn'), where 'trên' is otherwise a bound ('có trên 38 xã'). Not when the number before it is a year
    ('đến 2030 trên 50 xã': the bound of a goal dated by it) or more than the count, nor before an amount or measure
    ('trên 10 tỷ đồng'), nor a rate per people ('12 trên 10.000 dân')."""
    return whole is not None and isinstance(value, int) and value <= whole and not _YEAR_NUMBER.fullmatch(part) \
        and not MEASURE.match(f, at + 1) and not _PEOPLE_END.match(f, at)


def _national_contrast(f: str, start: int, at: int) -> bool:
    """The figure at ``at`` is the whole country's, set beside the text's own (_NATION_CONTRAST)."""
    m = _NATION_CONTRAST.search(f, max(start, at - 160), at)
    return m is not None and (m.group(1) is None or bool(_SAME_SPAN.search(f, start, at)))


class ClauseFigures:
    """The figures of each clause of a text (``find_quantities`` with the text's ``blocked``), found once and read by
    every step of the figure reader that asks (read, do not change) until the step that reads them as goals and
    results takes them (``take``): that step sets a figure's unit and whole as it goes."""

    def __init__(self, t: str, f: str, blocked) -> None:
        self.t, self.f, self.blocked = t, f, blocked
        self._known: dict[tuple[int, int], list[Quantity]] = {}

    def of(self, c: Segment) -> list[Quantity]:
        known = self._known.get((c.start, c.end))
        if known is None:
            known = self._known[(c.start, c.end)] = find_quantities(self.t, self.f, c, self.blocked)
        return known

    def take(self, c: Segment) -> list[Quantity]:
        """The figures of clause ``c`` for the step that may change them: a step that asks for them after it finds
        them afresh, as it did before they were kept."""
        known = self._known.pop((c.start, c.end), None)
        return find_quantities(self.t, self.f, c, self.blocked) if known is None else known

    def none_in(self, s: Segment) -> bool:
        """Whether no clause of sentence ``s`` holds a figure."""
        return not any(self.of(c) for c in clauses(self.f, s))


def _skipped_state(t: str, f: str, a: int, m: re.Match) -> bool:
    """The figure ``m`` at ``a`` is a place's population, a meeting's linked points (_STATE_BEFORE), a level a thing
    started from (_THEN_ONLY) or the threshold in a rate's subject (_RATE_SUBJECT_FROM): no figure of its own. (The
    words are checked on the source ``t`` where folding joins two: 'dẫn số' (a guidance's number) and 'dân số', 'chi'
    (to spend) and 'chỉ'.)"""
    if f.find("dan so", max(0, a - 30), a) >= 0 or f.startswith(" diem cau", m.end()):
        st = _STATE_BEFORE.search(f, max(0, a - 40), a)
        if st is not None and (t[st.start():st.start() + 6].lower() == "dân số" or _LINKED_POINTS.match(f, m.end())):
            return True
    if f.endswith("chi ", 0, a) or f.find(" chi ", max(0, a - 16), a) >= 0:
        th = _THEN_ONLY.search(f, max(0, a - 110), a)
        if th is not None and t[th.start(1):th.start(1) + 3].lower() == "chỉ" and _NOW_AFTER.match(f, m.end()) is not None:
            return True
    return not m.group("pct") and f.endswith("tu ", 0, a) and _RATE_SUBJECT_FROM.search(f, max(0, a - 80), a) is not None \
        and _AND_ABOVE_THEN_RATE.match(f, m.end()) is not None


def find_quantities(t: str, f: str, seg: Segment, blocked) -> list[Quantity]:
    out = []
    if len(t) == len(f) and may_match(_WORD_TALLY, t):
        out = [Quantity(m.start(), m.end(), _WORD_NUMBERS[m.group(1).lower()], None, m.group(2), False)
               for m in _WORD_TALLY.finditer(t, seg.start, seg.end) if not blocked(m.start())]
    skip_to = -1
    # (the country's words looked for once a clause: most name none, and their figures need no look back)
    nation = any(f.find(w, seg.start, seg.end) >= 0 for w in ("ca nuoc", "toan quoc", "toan luc luong"))
    for m in _QTY.finditer(f, seg.start, seg.end):
        a = m.start()
        if blocked(a) or a < skip_to:
            continue
        low: int | float | None = None
        hi, low = _range_upper(f, m, seg.end)
        if hi is not None:
            if _YEAR_NUMBER.fullmatch(m.group("num")):
                continue                   # 'từ 2021 đến 2025': years
            skip_to = hi.end()
            m = hi                         # the unit, percentage and end are the upper bound's
        before = f[max(0, a - 24):a]
        sk = _BEFORE_SKIP.search(before)
        if sk is not None and sk.group(0).startswith(("trung uong", "tw")) and MEASURE.match(f, m.end() + 1):
            sk = None                      # 'ngân sách Trung ương 420 tỷ đồng': an amount, not a plenum's number
        elif sk is not None:
            w0 = sk.group(0).split()[0].rstrip(":")
            at = max(0, a - 24) + sk.start()
            if w0 in _SKIP_WITH_MARKS and t[at:at + len(w0)].lower() == w0:
                sk = None                  # 'thu 45 tỷ đồng' (to collect), 'nam 500 người' (men), 'khoan 12 giếng' (to drill)
            elif w0 in _SKIP_SPELLED and t[at:at + len(w0)].lower() != _SKIP_SPELLED[w0]:
                sk = None
            elif w0 == "nam" and m.group("pct"):
                sk = None                  # 'kế hoạch cả năm 8%': a percentage numbers no year
            elif sk.group(0).rstrip().endswith(":") and _COUNT_BEFORE.search(f, max(0, at - 16), at):
                sk = None                  # 'nhà văn hóa 2 tầng 8 phòng: 4,5 tỷ đồng': the word counted, then the item's amount
        if (sk is not None and not (_TERM_THEN_COUNT.search(before) and "." in m.group("num"))) \
                or _ITEM_REF_BEFORE.search(t, max(0, a - 12), a) or _CLOCK_BEFORE.search(before) \
                or (_COMPONENT_BEFORE.search(t, max(0, a - 14), a) and _COMPONENT_NUMBER.fullmatch(m.group("num"))
                    and not m.group("pct")) or (nation and _national_contrast(f, seg.start, a)) \
                or (not m.group("pct") and _SESSIONS_PER.match(f, m.end())) \
                or _skipped_state(t, f, a, m) \
                or (_COMPONENT_NUMBER.fullmatch(m.group("num")) and _ROLE_AFTER.match(f, m.end())
                    and _NAMED_UNIT_BEFORE.search(t, max(0, a - 24), a)) \
                or (not m.group("pct") and not m.group("den") and _PLACE_FRAME.search(f, max(0, a - 40), a)):
            continue                       # (but 'chỉ tiêu cả nhiệm kỳ 1.000 đảng viên' counts over a term)
        if f[m.end():m.end() + 1] == ")" and f[a - 1:a] == "(" and not (m.group("pct") and goal_before_bracket(f, seg.start, a - 1)):
            continue                       # ('(3)' numbers an item; '... chỉ tiêu Nghị quyết (70%)' is the goal's figure)
        if _QUOTE_OPEN.search(t, max(seg.start, a - 31), a) and _QUOTE_CLOSE.match(t, m.end()):
            continue                       # 'được công nhận đạt "chi bộ 4 tốt"': a name
        if _AMOUNT_OF_ITEM.match(f, m.end()) \
                and _PROJECT_NAME_BEFORE.search(f, max(0, a - 160), a):
            continue                       # (a project's name in a list of amounts, _PROJECT_NAME_BEFORE)
        if out and (out[-1].pct or out[-1].of is not None) and _BOUND_BEFORE.search(f, max(0, a - 14), a) \
                and _QUALIFIED_GAP.fullmatch(f, out[-1].end, _BOUND_BEFORE.search(f, max(0, a - 14), a).start()) \
                and not _FREQUENCY.match(f, m.end()) \
                and not _OWN_FIGURE_GAP.search(f, out[-1].end, a):
            continue                       # 'trên 85% cơ sở Hội tổ chức ít nhất 2 buổi': what the share counts
        if _AMONG.search(t, max(0, a - 24), a):
            continue                       # 'trong 12 chỉ tiêu': the total the result is counted in
        v = low if low is not None else parse_number(m.group("num"))
        if v is None:
            continue
        den = parse_number(m.group("den")) if m.group("den") else None
        pct = bool(m.group("pct"))
        planned = parse_number(m.group("pden")) if m.group("pden") else None
        in_paren = f.count("(", seg.start, a) > f.count(")", seg.start, a)
        unit, uend = "", m.end()
        duration = False
        if pct:
            unit = m.group("pct").strip()[0] + ("/" + t[m.end("pct") - len(m.group("pct").split("/")[-1].strip()):m.end("pct")].strip()
                          if "/" in m.group("pct") else "")
        else:
            words, pos = _unit_words(t, m.end())
            whole = _OF_WHOLE_AFTER.match(f, m.end()) if not words and den is None else None
            if whole is not None and whole.group(1) == "trong" and t[whole.start(1):whole.end(1)].lower() != "trong":
                whole = None            # ('trồng' folds like 'trong': '12 hộ trồng 50 ha' is no part of a whole)
            if whole is not None:
                # '12 trên tổng số 15 chỉ tiêu': a part and its whole, the unit after the whole
                words, pos = _unit_words(t, whole.end())
                den = parse_number(whole.group(2)) if words else None
                if whole.group(1) and not _bare_whole(f, m.group("num"), v, den, whole.end()):
                    words, pos, den = [], m.end(), None   # 'trên' there is the bound of the count after it
                elif whole.group(1):
                    skip_to = whole.end()      # (the whole is no figure of its own, as after 'trên tổng số')
            if not words:
                # the thing counted named before the figure: 'Tổng số hợp tác xã đang hoạt động là 742'
                cs = _COUNTED_BEFORE.search(f, max(seg.start, a - 80), a)
                if cs is None or DIGIT.search(f, cs.end(2) if cs.group(2) else cs.start(), a) \
                        or not _NUMBER_OF.match(t, cs.start()):
                    cs = _CHANGED_COUNT_BEFORE.search(f, max(seg.start, a - 100), a)
                    if cs is None or not _NUMBER_OF.match(t, cs.start()):
                        continue
                words = t[cs.start(1):cs.end(1)].split()
                if cs.re is _COUNTED_BEFORE and cs.group(2):
                    words[-1] += "/" + t[cs.start(2):cs.end(2)]     # 'bác sĩ/vạn dân'
            life = words[0].lower() in ("tuổi", "năm") and _LIFE_SPAN.search(f, max(seg.start, a - 60), a) is not None
            cut = _CUT_TO.search(t, max(0, a - 24), a) is not None
            if words[0].lower() in _DURATION and words[1:2] not in (["công"], ["hội"]) and not life \
                    and (words[0].lower() == "tuổi" or not (cut or _SPAN_BOUND.search(t, max(0, a - 24), a))):
                # ('5.000 ngày công' counts days of work given, '4 ngày hội việc làm' fairs: no span of time)
                continue                   # a span of time, unless bounded: 'kéo dài quá 3 ngày', 'tối đa 5 ngày'
            duration = words[0].lower() in _DURATION and words[1:2] not in (["công"], ["hội"]) and not life and not cut
            if words[0].lower() == "lần" and _TIMES_BEFORE.search(f, max(0, a - 12), a):
                words, pos = words[:1], m.end() + 1 + len(words[0])   # 'gấp 1,8 lần giai đoạn trước': the ratio alone
            if words[-1].lower() == "đồng" and _PER_WHAT.match(t, pos) and _PRICE_BEFORE.search(t, max(seg.start, a - 50), a):
                continue                   # a price, the market's: 'giá thu mua khoảng 12.000 - 18.000 đồng/kg'
            if words[0].lower() == "sao":
                # stars rate what is named before them, they count nothing: 'đạt 3 sao', 'OCOP từ 3 sao trở lên',
                # '8 khách sạn 3 sao'
                continue
            if words[0].lower() == "bậc" and _RANK_BEFORE.search(f, max(seg.start, a - 80), a):
                # steps up or down a ranking: 'xếp thứ 15/63, tăng 8 bậc' compares with others, like the rank itself
                # (point (q) of our sets' annotation conventions)
                continue
            if words[0][:1].isupper() and not words[0].startswith(("“", '"')) and words[0] not in ("HTX", "HND", "CCB"):
                # '2020 Ban ...', '550 Tổng số ...': a capitalised word right after a bare number
                if len(words[0]) > 3:
                    continue
            # a rate keeps what it is per: '62 tạ/ha', '85,6 triệu đồng/người', '1.200 tấn/năm'
            for _ in range(2):          # ('triệu đồng/người/năm')
                per = _PER_WHAT.match(t, pos)
                if per is None:
                    break
                words[-1] += "/" + per.group(1)
                pos = per.end()
            unit = " ".join(words)
            uend = pos
            pair = _UNIT_PAIR.match(f, pos) if den is None else None
            measure = pair is not None and bool(MEASURE.match(f, m.end() + 1))
            if pair is not None and f.startswith(f[m.end() + 1:m.end() + 1 + len(words[0])], pair.end()) \
                    and (measure or pair.group(1) or PLAN_PCT.match(f, pair.end() + len(words[0]))):
                # 'đạt 45.000 ha/40.000 ha kế hoạch', 'hỗ trợ 1.932 hộ/2.000 hộ kế hoạch': the unit written twice,
                # achieved over planned; a measure below its plan keeps it as the whole (as 'A/B tỷ đồng' below)
                planned = parse_number(pair.group(2))
                den = planned if measure and planned is not None and v <= planned else None
                if pair.group(1):
                    skip_to = pair.end()        # (the plan's figure after its word is no figure of its own)
            elif pair is not None and not pair.group(1) and len(words) == 1 and _PLACE_UNIT.fullmatch(unit) \
                    and t[pair.end():pair.end() + len(unit)].lower() == unit.lower():
                # '34 xã/55 xã': the places written twice, a part of all of them
                whole_n = parse_number(pair.group(2))
                if whole_n is not None and v <= whole_n:
                    den, uend = whole_n, pair.end() + len(unit)
                uend = pair.end() + len(words[0])
        if den is None and not pct and _PER_UNIT.search(before) and not _SCALE_WORD.match(f, m.end()) \
                and (v == 1 or (v in (100, 1000, 10000, 100000) and (_PER_PEOPLE.match(f, m.end())
                                                                      or (out and _PEOPLE_END.match(f, m.end()))))):
            continue                       # 'trên 1 ha', 'mỗi 1 hộ', 'trên 10.000 dân': a per-unit denominator
        if not pct and den is None and _YEAR_NUMBER.fullmatch(m.group("num")):
            continue
        if in_paren and (not out or TALLY_NOUN.match(f, a + len(m.group(0)) + 1)) and not SUBSET.search(before) \
                and not opens_compared_goal(f, f.rfind("(", seg.start, a)) \
                and not goal_before_bracket(f, seg.start, f.rfind("(", seg.start, a)) \
                and not _RESULT_BRACKET.fullmatch(f, f.rfind("(", seg.start, a), a):
            # a figure in brackets before the clause's own figure qualifies its subject ('trẻ có
            # cân nặng thấp (dưới 2.500 gram) dưới 5%'); one after it restates it ('50% số xã (8 xã)'); a part
            # of the whole before it is a result of its own ('21/24 chỉ tiêu đạt (trong đó 15 chỉ tiêu vượt)'), and a goal
            # the result is measured against is a goal ('(chỉ tiêu cả nhiệm kỳ 1.000 đảng viên)', see kg.extract.goal_compare);
            # but a bracket that opens on 'đạt' gives the result itself (_RESULT_BRACKET)
            continue
        if den is not None and MEASURE.match(f, m.end() + 1):
            # an amount or measure over another is achieved/target ('thu ngân sách 45.799/36.875 tỷ đồng'); below
            # the plan it is also the share done of it, so it keeps its denominator ('giải ngân 1.260/1.500 tỷ
            # đồng'); a count is a part of a whole only ('34/55 xã')
            planned = den
            if v > den:
                den = None
        elif den is not None and not pct and v > den:
            planned, den = den, None    # a count over a smaller one is done over planned ('kết nạp 1.230/1.100 hội viên')
        elif den is not None and not pct and ((_RECRUITED.match(unit) and _RECRUIT_BEFORE.search(f, max(0, a - 40), a)) or (PLAN_PCT.match(f, uend) and not TALLY_NOUN.match(fold_same_length(unit.lower())))):
            planned, den = den, None    # people recruited or helped have no whole, only a quota: 'kết nạp 31/40 đảng viên'; nor what is counted against the plan named after it, 'giảm 58/62 hộ nghèo theo kế hoạch'
        elif den is not None and not pct and (cr := _COUNT_REACHED.search(f, max(0, a - 80), a)) is not None \
                and cr.group(1).startswith(fold_same_length(unit.lower())) and not _PLACE_UNIT.match(unit):
            planned, den = den, None    # the number of what a goal counts, reached so far (_COUNT_REACHED)
        out.append(Quantity(a, uend, v, den, unit, pct, planned, _PLAN_BOUND.get(m.group("pcmp") or "", "="),
                            lower_bound=low is not None, duration=duration))
    if len(t) == len(f) and t.find("gấp", seg.start, seg.end) >= 0:
        out += [Quantity(m.start(1), m.end(), _WORD_TIMES[m.group(1).lower()], None, "lần", False)
                for m in _GROWN_TIMES.finditer(t, seg.start, seg.end) if not blocked(m.start())]
    return sorted(out, key=lambda q: q.start)     # (the counts in words first)
