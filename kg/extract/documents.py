"""Document mentions: symbols, 'TYPE số N' references with their tails (date, issuer, term,
subject), shared-head lists, short-form aliases ('Nghị quyết 25'), descriptive references
resolved to a known document ('Chương trình hành động của Ban Thường vụ Tỉnh ủy'), named
unnumbered documents ('Nghị quyết Đại hội ... lần thứ XXI', 'Chiến lược ...') and planned ones
('giao ... tham mưu ban hành Kết luận để tiếp tục thực hiện Nghị quyết số 08-NQ/TU')."""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field, replace

from kg.extract.alternation import word_start
from kg.extract.bodies import body_regex, extend_name, is_party_code, issuer_info, level_of_code
from kg.extract.dates import DateMention
from kg.extract.text import Prepared, Segment, clean_ws, fold_same_length, letters, norm_body, vi
from kg.text.dockeys import unnumbered_key
from kg.text.doctypes import type_name
from kg.text.symbols import Symbol, find_symbols

TYPE_WORDS = [
    ("chuong trinh muc tieu quoc gia", "CTMTQG"), ("chuong trinh hanh dong", "CTr"), ("chuong trinh", "CTr"),
    ("ke hoach hanh dong", "KH"), ("ke hoach", "KH"), ("nghi quyet lien tich", "NQLT"), ("nghi quyet", "NQ"),
    ("nghi dinh", "NĐ"), ("chi thi", "CT"), ("ket luan", "KL"), ("quyet dinh", "QĐ"), ("quy dinh", "QĐ"),
    ("quy che", "QC"), ("cong van", "CV"), ("huong dan", "HD"), ("thong bao ket luan", "TB"),
    ("thong bao", "TB"), ("thong tri", "TT"), ("thong tu lien tich", "TTLT"), ("thong tu", "TT"),
    ("de an", "ĐA"), ("to trinh", "TTr"), ("bao cao", "BC"), ("luat", "Luật"), ("hien phap", "HP"),
    ("chien luoc", "CL"), ("cong dien", "CĐ"),
]
_TYPE_CODE = dict(TYPE_WORDS)
_TYPE_RE = re.compile(word_start(r"(?<![a-z])(?:" + "|".join(w for w, _ in TYPE_WORDS) + r")(?![a-z])"))
_NUM_AFTER = re.compile(r"[ \t]*(?:so[ \t]*:?[ \t]*)?(\d{1,5})(?![\d/]|[.,]\d|-[a-z])")
# a plan set by another level, named after a figure measured against it: '... đạt 120% kế hoạch HĐND huyện giao',
# '99% kế hoạch tỉnh giao', 'bằng 87% dự toán tỉnh giao', '14/15 chỉ tiêu thi đua do Trung ương Hội giao', 'đạt 94%
# kế hoạch tăng trưởng tín dụng Thủ tướng Chính phủ giao' (the plan's word, a few words of what it is about, the
# body that set it and 'giao')
_ASSIGNED_PLAN = re.compile(vi(r"(?P<plan>kế hoạch|chỉ tiêu|dự toán)(?P<about>(?:[ \t]+[a-z]+){0,5}?)[ \t]+(?:do[ \t]+)?"
                               r"(?P<body>(?:hđnd|ubnd|hội đồng nhân dân|ủy ban nhân dân|tỉnh|huyện|xã|phường|thành phố|"
                               r"cấp trên|trung ương hội|trung ương|tỉnh hội|huyện hội|thủ tướng chính phủ|chính phủ)"
                               r"(?:[ \t]+(?:tỉnh|huyện|xã|phường|thành phố|thị xã))?)[ \t]+giao(?![a-z])"))
# the figure before such a plan is a result measured against it: a share ('104%') or a part of it ('14/15')
_RESULT_BEFORE_PLAN = re.compile(r"(?:[%‰]|\d/[\d.,]*\d)[ \t]$")
# the measure a plan's percentage is of: 'thu ngân sách đạt 120% ...' (the words before 'đạt' in its clause)
_MEASURED = re.compile(vi(r"(?:^|[,;:.\n][ \t]*)(?P<what>[a-zđ][^,;:.\n\d%]{2,60}?)[ \t]+(?:đạt|bằng)[ \t]+[^,;:.\n]*$"))
_YEAR_IN = re.compile(vi(r"(?<![a-z])năm[ \t]+((?:19|20)\d\d)(?!\d)"))
# between the type word and the symbol: 'Báo cáo thẩm tra số ...', 'Nghị quyết chuyên đề số ...'
_SYM_GAP = re.compile(vi(r"(?:[ \t]+(?:thẩm tra|chuyên đề))?[ \t]*(?:số[ \t]*:?[ \t]*)?$"))

_DATE_LEAD = re.compile(r"[ \t]*[,(]?[ \t]*(?:(?:(?:da[ \t]+)?duoc[ \t]+)?(?:ban hanh|ky|thong qua)[ \t]+)?(?:vao[ \t]+)?(?:ngay[ \t]*)?")
# a date in brackets closes with its bracket: 'Nghị quyết 09-NQ/TU (ngày 15/4/2024) của Tỉnh ủy'
_DATE_CLOSE = re.compile(r"[ \t]*\)")
# the issuer and date in the passive: 'Nghị quyết số 09-NQ/TU được Ban Chấp hành Đảng bộ tỉnh ban hành ngày 15/4/2024'
# (and in a relative clause: 'Kế hoạch số 45-KH/TU mà Tỉnh ủy vừa ban hành ngày 12/3/2024')
_PASSIVE_BY = re.compile(vi(r"[ \t]*,?[ \t]*(?:(?:đã[ \t]+)?được|mà)[ \t]+"))
_PASSIVE_ISSUE = re.compile(vi(r"[ \t]+(?:(?:vừa|đã|mới)[ \t]+)?(?:ký[ \t]+)?(?:ban hành|thông qua|ký)(?![a-z])"))
_CUA = re.compile(r"[ \t]*,?[ \t]*(?:cua|do)[ \t]+")
_ISSUER_STOP = re.compile(
    r"[ \t](?:ve|khoa|khoa|khia|ngay|nham|de|thuc hien|trien khai|tiep tuc|cu the hoa|can cu|tren co so|theo tinh than|quy dinh|phe duyet|tai|da|duoc|tu|nam|gan voi|doi voi|cho|sau|trong|"
    r"va (?:cac |hai |ba )?(?:nghi quyet|chi thi|ket luan|quyet dinh|quy dinh|chuong trinh|ke hoach|cong van|huong dan|de an|thong bao))(?![a-z])|[,;.()“”\"\n:–]"
)
_KHOA = re.compile(r"[ \t]*,?[ \t]*\(?[ \t]*(?:khoa|khia)[ \t]+([ivxlc]{1,6})(?![a-z])[ \t]*\)?")
_SUBJ = re.compile(r"[ \t]*,?[ \t]*(?:(?:ve viec|ve)[ \t]+[“\"]?|[“\"](?:ve[ \t]+)?)")
_SUBJ_STOP = re.compile(r"[”\"]|;|\.(?:\s|$)|\n")

CUE_RE = re.compile(
    r"[ \t]*,?[ \t]*(?:ve viec[ \t]+|ve[ \t]+|de[ \t]+|nham[ \t]+(?:muc dich[ \t]+)?)?"
    r"(?P<cue>tiep tuc (?:trien khai )?thuc hien|cu the hoa,? (?:trien khai )?thuc hien|(?:trien khai )?thuc hien|"
    r"cu the hoa|the che hoa|huong dan(?: thuc hien| thi hanh)?(?: mot so dieu cua)?|quy dinh chi tiet(?: thi hanh)?(?: mot so dieu(?: va bien phap thi hanh)?(?: cua)?)?|sua doi,? bo sung(?: mot so dieu cua)?(?: cac)?|thay the|bai bo|"
    r"can cu(?: vao)?|tren co so|theo tinh than|trien khai)[ \t]+(?:co hieu qua[ \t]+|day du[ \t]+|nghiem tuc[ \t]+|tot[ \t]+)?"
)
# a back-reference to documents named before: 'hai nghị quyết nói trên', 'chương trình này'
BACKREF_RE = re.compile(
    r"(?:(?P<n>hai|ba|bon|nam|cac|0?[2-5])[ \t]+)?(?P<type>nghi quyet|chi thi|ket luan|quyet dinh|quy dinh|"
    r"chuong trinh(?: hanh dong)?|ke hoach|de an|huong dan|nghi dinh|van ban)(?:[ \t]+(?:cua (?:bo chinh tri|ban bi thu|"
    r"trung uong|tinh uy|huyen uy)))?[ \t]+(?P<dem>noi tren|neu tren|tren|nay|do|vua neu)(?![a-z])")
_BACKREF_N = {"hai": 2, "ba": 3, "bon": 4, "nam": 5, "2": 2, "3": 3, "4": 4, "5": 5, "02": 2, "03": 3, "04": 4, "05": 5}
# a short list sharing the head of a reference ('Nghị quyết 18, 19', 'Chỉ thị số 05 và 06')
_SHARED_NUM = re.compile(r"[ \t]*(?:,[ \t]*va|,|va)[ \t]+(?:so[ \t]*)?(\d{1,4})(?=[ \t]*(?:[,;.)\n]|$)|[ \t]+(?:va|cua|khoa|ve|ngay|nham|de|thuc hien|da|duoc|la)(?![a-z]))")
_BARE_TYPE = re.compile(r"(nghi quyet|chi thi|ket luan)(?=[ \t]*(?:[.;,\n]|$|cua (?:bo chinh tri|ban bi thu|trung uong|ban chap hanh trung uong)))")
LIST_GAP = re.compile(r"[ \t]*(?:,|va|,[ \t]*va)?[ \t]*(?:va[ \t]+)?$")

_NAMED_DH = re.compile(
    r"(?:nghi quyet|nq) (?:cua )?(?P<body>dai hoi(?: dai bieu)?(?: [a-z]+){0,5}? (?:lan thu [ivxlc\d]{1,6}|khoa [ivxlc]{1,6}|[ivxlc]{1,6})"
    r"(?:,? nhiem ky \d{4} ?- ?\d{4})?)(?![a-z])")
# the number line of an official text's heading ('Số: 102/KH-UBND') and the place-date line after it
_NUMBER_LABEL = re.compile(vi(r"[ \t]*số[ \t]*:?[ \t]*"))
_HEADING_NUMBER_END = re.compile(r"[ \t]*(?:\n|$)| {2,}|\t")
_PLACE_DATE_LEAD = re.compile(letters(r"[ \t]*[{U}][^\W\d_]*(?:[ \t]+[^\W\d_]+){0,4},[ \t]*ngày[ \t]+"))


def heading_number(f: str, start: int, end: int) -> bool:
    """The document at ``start``..``end`` is the number of an official text's heading: 'Số: 98/KH-UBND'
    alone on a line (or before a wide gap) among the text's first lines."""
    line_start = f.rfind("\n", 0, start) + 1
    return line_start < 400 and bool(_NUMBER_LABEL.fullmatch(f, line_start, start)) \
        and bool(_HEADING_NUMBER_END.match(f, end))


# a sentence opening on a bare type word and stating its date: 'Kế hoạch được ký ban hành ngày 15 tháng 10 năm 2025'
_TYPE_STATED_DATE = re.compile(vi(r"(?:[ \t]+(?:này|nói trên|trên))?[ \t]+(?:(?:đã|vừa)[ \t]+)?(?:được[ \t]+)?(?:ký[ \t]+)?"
                                  r"(?:ban hành|thông qua|ký)(?:[ \t]+vào)?[ \t]+ngày[ \t]+"))
# the same, with the generic word for an official text: 'Văn bản (này) được ký ngày 12/3/2024'
_TEXT_WORD_OPENS = re.compile(vi(r"văn bản(?![a-z])"))
# the day a text takes effect or applies from is not its date
_IN_FORCE_FROM = re.compile(vi(r"(?:hiệu lực|áp dụng|thi hành)(?:[ \t]+[a-z]+){0,2}?[ \t]+từ[ \t]+(?:ngày[ \t]+)?$"))
# documents passed on the day of the meeting the sentence before dates: 'Chiều 8/12, HĐND tỉnh bế mạc kỳ họp ...
# Các nghị quyết được thông qua cùng ngày'
_SAME_DAY = re.compile(word_start(vi(r"(?<![a-z])(?:nghị quyết|quyết định|kết luận|chỉ thị)[ \t]+(?:đều[ \t]+)?"
                          r"(?:đã[ \t]+)?(?:được[ \t]+)?(?:thông qua|ban hành|ký)[ \t]+(?:ngay[ \t]+)?(?:trong|cùng)[ \t]+ngày(?![a-z])")))
# a decision named right after the programme it approved: ' (Quyết định số ...', ' theo Quyết định ...',
# '" (Đề án 939) ban hành theo Quyết định ...'
_APPROVED_TYPES = {"CTMTQG", "ĐA", "CL", "CTr"}
_BRACKET_OPEN = re.compile(r"[ \t”\"]*\([ \t]*")
_BRACKET_CLOSE = re.compile(r"[ \t]*\)")
_APPROVED_BY = re.compile(vi(r"[ \t”\"]*(?:\([^()\n]{0,30}\)[ \t]*)?(?:\(|,?[ \t]*(?:(?:được[ \t]+)?(?:ban hành|phê duyệt)[ \t]+)?"
                             r"(?:theo|tại|kèm theo)[ \t]+)"))
_CONGRESS_AFTER = re.compile(vi(r"[ \t]+đại hội(?![a-z])"))
# the national target programmes, named by their subject after 'Chương trình' (with or without 'mục tiêu quốc gia')
_NATIONAL_PROGRAMME = re.compile(vi(
    r"[ \t]+(?P<name>xây dựng nông thôn mới|giảm nghèo bền vững|phát triển (?:kinh tế - xã hội|kinh tế-xã hội|kt-xh|kt - xh)"
    r"[ \t]+vùng đồng bào(?:[ \t]+(?:dân tộc thiểu số|dtts)(?:[ \t]+và[ \t]+miền núi)?)?)"
    r"(?:,?[ \t]+giai đoạn[ \t]+\d{4}[ \t]*[-–][ \t]*\d{4})?(?![a-z])"))
# a date set off by commas before a clause with its own act opens that clause ('Thực hiện Nghị quyết số 12-NQ/TU,
# ngày 20/4/2024, Huyện ủy ban hành Kế hoạch ...'): it is not the tail of the document before it; without the
# first comma ('Nghị quyết số 12-NQ/TU ngày 10/1/2024, Huyện ủy ban hành ...') it is
_DATE_OPENS_CLAUSE = re.compile(vi(r"[ \t]*,[ \t]*[^,.;:()\n]{2,70}?[ \t](?:đã[ \t]+|vừa[ \t]+)?(?:ban hành|ký|thông qua|tổ chức|"
                                   r"triển khai|phê duyệt|khai mạc|diễn ra|có|ra)(?![a-z])"))
# '<body> (đã) ban hành / ký (ban hành) / thông qua / (đã|vừa) ra / (đã|vừa) có <document>' (the endings: a cheap test first)
_ISSUE_ENDINGS = ("ban hanh", " ky", "thong qua", " ra", " co")
_ISSUE_VERB = re.compile(vi(r"[ \t]+(?:đã[ \t]+|vừa[ \t]+)?(?:ký[ \t]+ban hành|ký|ban hành|thông qua"
                            r"|(?<=đã )(?:ra|có)|(?<=vừa )(?:ra|có))[ \t]*$"))
# 'đã ban hành Nghị quyết về ...': a document issued, named by its subject
_ISSUED_ABOUT_TYPES = {"NQ", "CT", "KL", "CTr", "KH", "QĐ", "QC", "ĐA"}
_ISSUED_JUST_BEFORE = re.compile(vi(r"(?:đã|vừa)[ \t]+(?:ký[ \t]+)?(?:ban hành|thông qua)[ \t]+$"))
_ABOUT = re.compile(vi(r"[ \t]+(?:về việc|về)[ \t]+"))
# where an unquoted subject ('về ...') gives way: another document of a list, a new clause
_SUBJECT_CLAUSE_END = re.compile(letters(
    r"(?:,[ \t]*|[ \t]+và[ \t]+)(?:các[ \t]+)?(?:Nghị quyết|Chỉ thị|Kết luận|Quyết định|Quy định|Kế hoạch|Chương trình|"
    r"Luật|Nghị định|Thông tư|Đề án|Công văn|Hướng dẫn|Thông báo)(?![{L}])"
    r"|,[ \t]*(?:đồng thời|trong đó|qua đó|góp phần|theo đó|từ đó)(?![{L}])"
    r"|,[ \t]*(?:Ban|Ủy ban|UBND|HĐND|Tỉnh ủy|Huyện ủy|Thành ủy|Bộ|Chính phủ|Thủ tướng|Sở|Đảng ủy|MTTQ)(?![{L}])[^,.;\n]{0,60}?"
    r"[ \t](?:đã|vừa|sẽ|ban hành|yêu cầu|đề nghị|giao|chỉ đạo|tổ chức)(?![{L}])"))
# where an unquoted subject gives way to what is said about the document: its results, its course, a colon
_SUBJECT_PREDICATE = re.compile(vi(
    r"[ \t]*:|[ \t]+(?:đã[ \t]+|bước đầu[ \t]+|cơ bản[ \t]+)?(?:đạt(?:[ \t]+được)?[ \t]+(?:nhiều[ \t]+|những[ \t]+)?(?:kết quả|hiệu quả)"
    r"|được[ \t]+(?:triển khai|thực hiện|quán triệt|cụ thể hóa|các cấp)|đi vào cuộc sống|tạo(?:[ \t]+sự)?[ \t]+chuyển biến"
    r"|phát huy hiệu quả|có hiệu lực)(?![a-z])"))
# a clause after a comma that reports a figure: 'về phát triển vùng cây ăn quả, diện tích vải thiều đạt 7.650 ha'
_SUBJECT_FIGURE_CLAUSE = re.compile(vi(r",[ \t]+[^,;.:\n]{0,80}?(?<![a-z])(?:đạt|tăng|giảm|vượt|còn|có)[ \t]+"
                                       r"(?:được[ \t]+|khoảng[ \t]+|trên[ \t]+|hơn[ \t]+)?\d"))
_WORD = re.compile(r"[a-z0-9]+")
_ASKS = re.compile(vi(r"(?<![a-z])(?:yêu cầu|đề nghị|giao|chỉ đạo)[ \t]+"))
_TITLE_MIN_WORDS = 5        # words of the description
# words a shortened wording may add or drop ('đến năm 2030' for 'giai đoạn 2025-2030', 'tỉnh ...')
_TITLE_FILLER = {"den", "nam", "giai", "doan", "tinh", "huyen", "xa", "va", "cua", "tren", "dia", "ban", "tam", "nhin",
                 "dinh", "huong", "thoi", "ky", "o"}
# a committee's resolution on the year's tasks: 'NQ Tỉnh ủy năm 2023', 'Nghị quyết Huyện ủy năm 2024'
_NAMED_ANNUAL = re.compile(vi(r"(?:nghị quyết|nq)(?:[ \t]*\(nq\))?[ \t]+(?P<body>(?:tỉnh|huyện|thành|quận|thị|đảng) ủy)"
                              r"[ \t]+năm[ \t]+(?P<year>(?:19|20)\d\d)(?![\d])"))
# the abbreviation news uses for a resolution ('NQ Đại hội Đảng bộ tỉnh khóa XI', 'NQ 68')
_NQ_ABBREVIATION = re.compile(r"NQ(?![\w/-])")     # (the character before is checked where it is used)
_NAMED_TW = re.compile(r"nghi quyet (?:hoi nghi )?(?P<body>(?:ban chap hanh )?trung uong (?:lan thu )?\d{1,2},? khoa (?P<term>[ivxlc]{1,6}))(?![a-z])")
_PURPOSE = re.compile(r"[ \t,]+(?:de|nham)[ \t]+(?P<cue>tiep tuc (?:trien khai )?thuc hien|(?:trien khai )?thuc hien|cu the hoa)[ \t]+(?:co hieu qua[ \t]+)?")
_NAMED_CL = re.compile(
    r"(?P<body>(?:chien luoc|chuong trinh muc tieu quoc gia|de an)[ \t]+[^,;.()\n“”\"]{3,120}?"
    r"(?:,?[ \t]+(?:giai doan|den nam|tam nhin|thoi ky)[ \t]+[\d ,\-–a-z]{4,40}?)*)(?=[;.()\n“”\"]|,(?![ \t]+(?:giai doan|den nam|tam nhin))|$|"
    r"[ \t]+(?:nham|de)[ \t]+(?:thuc hien|dat|bao dam|dam bao|gop phan)(?![a-z])|"
    r"[ \t]+(?:va|cung|kem theo)[ \t]+(?:cac[ \t]+)?(?:nghi quyet|chi thi|ket luan|quyet dinh|chuong trinh|ke hoach|de an|huong dan|"
    r"cong van|thong bao|nghi dinh|luat)(?![a-z]))")
_NAMED_LAW = re.compile(letters(r"Luật(?:[ \t]+(?:[{U}][^\W\d_]*)(?:[ \t]+(?:(?!và(?![^\W\d_]))[{L}][^\W\d_]*|và(?=[ \t]+[{U}])|[{U}][^\W\d_]*)){0,6}?)(?=[ \t]*(?:[,;.()\n]|năm \d{4}|số|của|ngày|$)|[ \t]+và[ \t]+(?:(?![{U}])|(?:các[ \t]+)?(?:Luật|Bộ luật|Nghị|Quyết|Chỉ|Thông|Hiến))"
                        r"|[ \t]+(?:quy định|có|được|đã|sẽ|là|đang|tại|theo|với|cho|trong|về|nhằm|để|hiện hành)(?![{L}]))"))
# a law's name that goes on after 'và' in lower case up to its date or number: 'Luật Bảo vệ và phát triển rừng năm 2004'
_LAW_NAME_TAIL = re.compile(r"[ \t]+và(?:[ \t]+(?!và\b|các\b|những\b)[^\W\d_A-ZĐ]+){1,4}(?=[ \t]+(?:ngày[ \t]+\d|năm[ \t]+\d{4}|số[ \t]))")
_PLANNED_BEFORE = re.compile(r"(?:xay dung|ban hanh|trinh|de xuat|soan thao|tham muu ban hanh)[ \t]+(?:cac[ \t]+)?$")
_ISSUER_FOR = re.compile(r"cho[ \t]+$")
_BAN_HANH_BEFORE = re.compile(r"(?:ban hanh|ky ban hanh|thong qua|phe duyet)[ \t]+(?:cac[ \t]+)?$")
_GENERIC_SUBJ = re.compile(r"(?<![a-z])(?:cac|moi|tung)[ \t]+(?:cap uy|dang|chi bo|huyen|don vi|dia phuong|co quan|so|hoi|to chuc|ban)")


# '<body> (đã) ban hành <document>' just before a mention: the body that issued it
_ISSUED_BY = re.compile(vi(r"(?P<body>(?:tỉnh|huyện|thành|quận|thị|đảng) ủy[^,.;\n]{0,40}?|ban chấp hành đảng bộ[^,.;\n]{0,40}?)"
                           r"[ \t]+(?:đã[ \t]+)?(?:ký[ \t]+)?ban hành[ \t]+$"))
# a document carried by a numbered one: 'Nghị quyết số 134/NQ-CP kèm theo Chương trình hành động ...',
# 'Quyết định số 857/QĐ-UBND ... về việc ban hành Kế hoạch ...'; and the reverse, 'Chương trình hành
# động ban hành kèm theo Nghị quyết số ...'
_CARRIES = re.compile(vi(r"[ \t,]*(?:(?:về việc|về)[ \t]+)?(?:ban hành[ \t]+(?:kèm theo[ \t]+)?|kèm theo[ \t]+)$"))
_CARRIED_BY = re.compile(vi(r"(?:[ \t]+(?:được|đã được))?[ \t]+(?:ban hành[ \t]+)?kèm theo[ \t]+"))
# a bare type word that opens a clause and is its subject: 'Quyết định được ban hành căn cứ ...',
# 'Đồng thời, Quyết định căn cứ ...', 'Kế hoạch cũng căn cứ ...'
_CLAUSE_OPENING = re.compile(vi(r"(?:[^,;.\n]{1,30},[ \t]*)?$"))
_SUBJECT_VERB = re.compile(vi(r"[ \t]+(?:(?:được|đã được)[ \t]+(?:ban hành|xây dựng|thông qua)[ \t]+|cũng[ \t]+|còn[ \t]+|đã[ \t]+)?"
                              r"(?=căn cứ|xét|trên cơ sở|thực hiện|cụ thể hóa|hướng dẫn|thay thế|sửa đổi)"))
# where an issuer's name gives way to the next clause: 'cùng', or 'và' before a lower-case word
_ISSUER_CLAUSE = re.compile(r"[ \t]+(cùng|và)[ \t]+")
# what leads to a report that was weighed: 'xét', 'thảo luận', or the previous report of the list
_REPORT_LEAD = re.compile(vi(r"(?:(?<![a-z])(?:căn cứ|xét|thảo luận|xem xét|cho ý kiến|nghe|trên cơ sở)(?:[ \t]+(?:về|vào))?"
                             r"|[,;]|(?<![a-z])(?:và|cùng(?:[ \t]+với)?))[ \t]+(?:các[ \t]+)?$"))
_THAM_TRA = re.compile(vi(r"[ \t]+thẩm tra(?![a-z])"))
# a title that changes the documents it names: '... về việc điều chỉnh, bổ sung một số chỉ tiêu của Đề án ...'
AMENDING_SUBJECT = re.compile(vi(r"(?:việc[ \t]+)?(?:sửa đổi|điều chỉnh)(?:,?[ \t]+bổ sung)?(?![a-z])"))


# a document type followed by its quoted title
_TITLED_TYPES = {"CTr", "ĐA", "CL", "CTMTQG", "KH"}
_QUOTED_TITLE = re.compile(r"[ \t]*[“\"]([^”\"\n]{4,200})[”\"]")
# a title that starts right after the type word: a lower-case word that is not a determiner or verb
_TITLE_OPENS = re.compile(letters(r"[ \t]+(?!(?:số|này|nói|trên|đó|của|được|đã|do|sẽ|là|và|cũng|với|theo|trong|nhằm|gồm|có|"
                             r"đề ra|đặt ra|bảo đảm|đảm bảo|đạt|về|cho|tại|để|các|những)(?![{L}]))[{L}]"))
# where such a title ends: punctuation, or a word that begins the rest of the clause
# (matched on the text itself, not the folded copy: 'dược liệu' must not read as 'được')
_TITLE_STOP = re.compile((
    r"[;()\n“”\"]|\.(?!\d)|:"
    r"|[ \t]+(?:được|đã|đang|sẽ|là|tại|theo|gồm|góp phần|cũng|do|với|và (?:các|những)|của (?:ubnd|hđnd|tỉnh ủy|huyện ủy|ban))(?![^\W\d_])"
    r"|,[ \t]*(?:ban hành|được|đã|góp phần|đồng thời|trong đó|qua đó|tạo|giúp|bảo đảm|đảm bảo|với|là|các|những|nhằm|để|sau|khi"
    # a new clause whose subject is the place: '... giai đoạn 2021-2025, toàn xã đã trồng mới 320 ha'
    r"|toàn (?:xã|huyện|tỉnh|thị xã|thành phố|quận|phường|ngành)|đến nay|tính đến|hiện nay|bước đầu|nhờ đó)(?![^\W\d_])"),
    re.IGNORECASE)
_TITLE_REACH = 220


def title_end(t: str, f: str, a: int) -> int:
    """Where the title of a named document that starts at ``a`` ends (also at a comma followed by
    a capital letter, which starts a new clause with its own subject)."""
    lim = min(len(f), a + _TITLE_REACH)
    m = _TITLE_STOP.search(t, a, lim)
    b = m.start() if m else lim
    k = t.find(",", a, b)
    while k != -1:
        nxt = t[k + 1:k + 3].strip()
        if nxt[:1].isupper():
            return k
        k = t.find(",", k + 1, b)
    return b


@dataclass
class Mention:
    start: int
    end: int
    type: str | None = None
    number: str | None = None
    symbol: Symbol | None = None
    tail_end: int = 0
    issuer: str | None = None
    issuer_code: str | None = None
    issuer_level: str | None = None
    term: str | None = None
    date: _dt.date | None = None
    subject: str | None = None
    key: str | None = None
    kind: str = "numbered"        # numbered | named | resolved | planned
    cue: tuple[str, int] | None = None   # (link type, position of the first object)
    explicit_issuer: bool = False
    yardstick: bool = False       # a plan another level set, named only as what a figure is measured against
    subject_span: tuple[int, int] | None = None
    approves: "Mention | None" = None    # the programme or đề án this decision approved


@dataclass
class DocInfo:
    key: str
    type: str | None
    number: str | None
    issuer: str | None = None
    issuer_code: str | None = None
    level: str | None = None
    date: _dt.date | None = None
    subject: str | None = None
    system: str | None = None
    span: tuple[int, int] = (0, 0)
    mentions: list[tuple[int, int]] = field(default_factory=list)


def link_type(cue: str) -> str:
    if cue.startswith("tiep tuc"):
        return "continues"
    if cue.startswith("sua doi"):
        return "amends"
    if cue.startswith(("thay the", "bai bo")):
        return "replaces"
    if cue.startswith(("huong dan", "quy dinh chi tiet")):
        return "guides"
    if cue.startswith(("can cu", "tren co so", "theo tinh than")):
        return "based_on"
    return "implements"


# the terms of the Central Committee by their first day (domain README §2.1)
_CENTRAL_TERMS = [(_dt.date(2001, 4, 22), "IX"), (_dt.date(2006, 4, 25), "X"), (_dt.date(2011, 1, 19), "XI"),
                  (_dt.date(2016, 1, 28), "XII"), (_dt.date(2021, 2, 1), "XIII"), (_dt.date(2026, 1, 23), "XIV")]


class DocumentFinder:
    def __init__(self, p: Prepared, dates: list[DateMention], sentences: list[Segment], year: int | None = None):
        self.year = year            # the text's year, for plans named by what they set ('KH:... năm 2018')
        self.p = p
        self.t = p.text
        self.f = p.folded
        self.date_at = {d.start: d for d in dates}
        self.dates = dates
        self.sentences = sentences
        self.mentions: list[Mention] = []

    # ------------------------------------------------------------------ tails
    def _date_at(self, pos: int) -> tuple[_dt.date | None, int]:
        m = _DATE_LEAD.match(self.f, pos)
        if m:
            d = self.date_at.get(m.end())
            if d is not None and (m.end() - pos) <= 24 \
                    and not ("," in m.group(0) and _DATE_OPENS_CLAUSE.match(self.f, d.end)):
                end = d.end
                if "(" in self.f[pos:m.end()]:
                    c = _DATE_CLOSE.match(self.f, end)
                    end = c.end() if c else end
                return d.date, end
        return None, pos

    def _passive_issue(self, pos: int) -> tuple[str | None, _dt.date | None, int]:
        """'... được <body> ban hành (ngày D)': the issuer and the date of a document named before its issuer."""
        m = _PASSIVE_BY.match(self.f, pos)
        if not m:
            return None, None, pos
        b = body_regex().match(self.f, m.end())
        if not b:
            return None, None, pos
        iv = _PASSIVE_ISSUE.search(self.f, b.end(), min(len(self.f), b.end() + 60))
        if not iv or re.search(r"[,;.()\n]", self.f[b.end():iv.start()]):
            return None, None, pos
        name = norm_body(self.t[m.end():iv.start()])
        if issuer_info(name)[0] is None:
            return None, None, pos
        d, end = self._date_at(iv.end())
        return name, d, (end if d else iv.end())

    def _issuer_at(self, pos: int) -> tuple[str | None, int]:
        m = _CUA.match(self.f, pos)
        if not m:
            return None, pos
        a = m.end()
        lim = min(len(self.f), a + 90)
        # 'từ' ends an issuer, 'Đầu tư' ('Sở Kế hoạch và Đầu tư') does not: both fold to 'tu'
        stop = next((x for x in _ISSUER_STOP.finditer(self.f, a, lim)
                     if self.f[x.start() + 1:x.end()] != "tu" or self.t[x.start() + 1:x.end()].lower() == "từ"), None)
        b = stop.start() if stop else lim
        raw = self.t[a:b]
        cut = next((c for c in _ISSUER_CLAUSE.finditer(raw)
                    if c.group(1) == "cùng" or raw[c.end():c.end() + 1].islower()), None)
        if cut:
            raw = raw[:cut.start()]         # 'của Ban Thường vụ Tỉnh ủy cùng Báo cáo ...', '... và thống nhất'
            b = a + len(raw)
        raw = raw.strip()
        if not raw:
            return None, pos
        code, level, _ = issuer_info(raw)
        if code is None and not body_regex().match(self.f, a):
            return None, pos
        return raw, a + len(self.t[a:b].rstrip())

    def parse_tail(self, mn: Mention) -> None:
        pos = mn.end
        d, pos2 = self._date_at(pos)
        if d:
            mn.date, pos = d, pos2
        iss, pos2 = self._issuer_at(pos)
        if iss:
            mn.issuer, pos = iss, pos2
            mn.explicit_issuer = True
            k = _KHOA.match(self.f, pos)
            if k:
                mn.term = k.group(1).upper()
                pos = k.end()
            if mn.date is None:
                d, pos2 = self._date_at(pos)
                if d:
                    mn.date, pos = d, pos2
        else:
            k = _KHOA.match(self.f, pos)
            if k:
                mn.term = k.group(1).upper()
                pos = k.end()
            elif mn.date is None:
                iss, d, pos2 = self._passive_issue(pos)
                if iss:
                    mn.issuer, mn.date, pos = iss, d, pos2
                    mn.explicit_issuer = True
        mn.tail_end = pos
        s = _SUBJ.match(self.f, pos)
        if s and s.end() > pos:
            a = s.end()
            stop = _SUBJ_STOP.search(self.f, a, min(len(self.f), a + 300))
            b = stop.start() if stop else min(len(self.f), a + 300)
            if not stop and b < len(self.f) and not self.f[b].isspace():
                b = max(self.f.rfind(" ", a, b), a)   # a title cut at the cap ends on a whole word
            if self.f[s.end() - 1] not in "“\"":
                # an unquoted title ends where the next document or clause begins
                c = _SUBJECT_CLAUSE_END.search(self.t, a, b)
                if c:
                    b = c.start()
                c = _SUBJECT_PREDICATE.search(self.f, a, b) or _SUBJECT_FIGURE_CLAUSE.search(self.f, a, b)
                if c:
                    b = c.start()   # '... về phát triển rừng đạt kết quả tích cực: trồng mới ...'

            subj = clean_ws(self.t[a:b]).strip(" ,")
            if len(subj) > 3:
                mn.subject = subj
                mn.subject_span = (a, b)
        c = CUE_RE.match(self.f, pos)
        if c:
            mn.cue = (link_type(c.group("cue")), c.end())

    # ------------------------------------------------------------------ passes
    def find(self) -> list[Mention]:
        t, f = self.t, self.f
        syms = find_symbols(t)
        sym_spans = [(a, b) for a, b, _ in syms]
        type_hits = [(m.start(), m.end(), _TYPE_CODE[m.group(0)]) for m in _TYPE_RE.finditer(f)]
        type_hits += [(m.start(), m.end(), "NQ") for m in _NQ_ABBREVIATION.finditer(t)
                      if m.start() == 0 or not (t[m.start() - 1].isalnum() or t[m.start() - 1] in "/-_")]
        type_hits.sort()
        type_end = {e: (s, code) for s, e, code in type_hits}
        used_types: set[int] = set()
        out: list[Mention] = []
        # 1. symbols (with the type word in front when there is one)
        for a, b, sym in syms:
            start = a
            for back in range(max(0, a - 24), a):
                if back in type_end and _SYM_GAP.match(f, back, a) and _SYM_GAP.match(f, back, a).end() == a:
                    start = type_end[back][0]
                    used_types.add(start)
                    break
            mn = Mention(start, b, sym.type, sym.number, sym, key=sym.key, issuer_code=sym.issuer)
            out.append(mn)
        # 2. plans another level set; TYPE số N without a symbol; named documents
        self._assigned_plans(out, used_types)
        for s, e, code in type_hits:
            if s in used_types:
                continue
            if code == "Luật" and t[s].isupper():
                m = _NAMED_LAW.match(t, s)
                if m:
                    # 'Luật Trồng trọt số 31/2018/QH14': the law is keyed by its symbol
                    g = re.match(r"[ \t]*(?:số[ \t]*:?[ \t]*)?", t[m.end():m.end() + 12])
                    at = m.end() + g.end()
                    sm = next((x for x in out if x.symbol is not None and x.start == at), None)
                    if sm is not None:
                        sm.start, sm.type = s, "Luật"
                        used_types.add(s)
                        continue
                if m and not _NUM_AFTER.match(f, e):
                    # keyed by its name without the type word, and its date once the tail is read
                    law_end = m.end()
                    tail = _LAW_NAME_TAIL.match(t, law_end)
                    if tail:
                        law_end = tail.end()    # 'Luật Phòng cháy và chữa cháy ngày 29/6/2001': the name goes on
                    body = clean_ws(t[m.start():law_end]).split(" ", 1)
                    name = body[1] if len(body) > 1 else body[0]
                    out.append(Mention(s, law_end, "Luật", None, None, kind="named", key=f"Luật:{name}"))
                    used_types.add(s)
                    continue
            if code in ("NQ",) and t[s].isupper():
                m = _NAMED_DH.match(f, s) or _NAMED_TW.match(f, s)
                if m and re.search(r"(?<![a-z])(?:cac|nhung|hai|ba|bon)[ \t]+$", f[max(0, s - 8):s]):
                    used_types.add(s)       # 'các Nghị quyết Trung ương 6 khóa XII': several documents, named elsewhere
                    continue
                a = _NAMED_ANNUAL.match(f, s)
                if a and not m:
                    body = norm_body(t[a.start("body"):a.end("body")])
                    mn = Mention(s, a.end(), "NQ", None, None, kind="named", key=f"NQ:{body} năm {a.group('year')}")
                    mn.issuer = body
                    out.append(mn)
                    used_types.add(s)
                    continue
                if m:
                    body = clean_ws(t[m.start("body"):m.end("body")])
                    mn = Mention(s, m.end(), "NQ", None, None, kind="named", key=f"NQ:{body}")
                    mn.issuer = body.split(",")[0] if body.lower().startswith("đại hội") else "Ban Chấp hành Trung ương"
                    if m.groupdict().get("term"):
                        mn.term = m.group("term").upper()
                    out.append(mn)
                    used_types.add(s)
                    continue
            if code == "CTr" and t[s].isupper():
                ntp = _NATIONAL_PROGRAMME.match(f, e)
                if ntp:
                    # 'Chương trình xây dựng nông thôn mới giai đoạn 2021 - 2025': a national target programme
                    # named without 'mục tiêu quốc gia'
                    out.append(Mention(s, ntp.end(), "CTMTQG", None, None, kind="named",
                                       key=f"CTMTQG:{clean_ws(t[ntp.start('name'):ntp.end()])}"))
                    used_types.add(s)
                    continue
            q = _QUOTED_TITLE.match(t, e) if code in _TITLED_TYPES and t[s].isupper() else None
            if q:
                # 'Chương trình “Chăm sóc dinh dưỡng 1.000 ngày đầu đời ...”': the quoted title is the name
                out.append(Mention(s, q.end(), code, None, None, kind="named",
                                   key=f"{code}:{clean_ws(q.group(1)).strip(' ,.')}"))
                used_types.add(s)
                continue
            if code == "ĐA" and t[s].isupper() and not _NUM_AFTER.match(f, e) and _TITLE_OPENS.match(t, e):
                # 'Đề án di dời dân cư, giải phóng mặt bằng ... được triển khai': the title runs to the
                # first word that starts the rest of the clause
                b = title_end(t, f, e)
                body = clean_ws(t[e:b]).strip(" ,")
                if len(body) >= 8:
                    out.append(Mention(s, b, code, None, None, kind="named", key=f"{code}:{body}"))
                    used_types.add(s)
                    continue
            named_da = code == "ĐA" and re.search(r"(?:phe duyet|ban hanh|xay dung)[ \t]+$", f[max(0, s - 14):s]) \
                and not _NUM_AFTER.match(f, e)
            if (code in ("CL", "CTMTQG") or named_da) and t[s].isupper() and not f[max(0, s - 12):s].endswith("chinh sach, "):
                m = _NAMED_CL.match(f, s)
                if m:
                    body = clean_ws(t[m.start("body"):m.end("body")]).rstrip(" ,")
                    if code == "ĐA":
                        body = body.split(" ", 2)[2] if len(body.split(" ")) > 2 else body
                    out.append(Mention(s, m.end(), code, None, None, kind="named", key=f"{code}:{body}"))
                    used_types.add(s)
                    continue
            m = _NUM_AFTER.match(f, e)
            if m and not any(x <= m.start(1) < y for x, y in sym_spans):
                after = f[m.end(1):m.end(1) + 8]
                if re.match(r"[ \t]*(?:nam|%|‰|/|[-–][ \t]*\d|,\d|den[ \t]+\d)", after):
                    continue        # 'kế hoạch năm', '(kế hoạch 7 - 7,5%)': a figure of the plan, not its number
                out.append(Mention(s, m.end(1), code, m.group(1), None))
                used_types.add(s)
                pos = m.end(1)
                while True:
                    n = _SHARED_NUM.match(f, pos)
                    if not n or any(x <= n.start(1) < y for x, y in sym_spans):
                        break
                    out.append(Mention(n.start(1), n.end(1), code, n.group(1), None))
                    pos = n.end(1)
        out.sort(key=lambda x: x.start)
        for mn in out:
            self.parse_tail(mn)
            if mn.kind == "named" and mn.type == "Luật" and mn.date is not None:
                # 'Luật Tổ chức chính quyền địa phương ngày 19/6/2015' -> 'Luật:Tổ chức ... (19/6/2015)'
                mn.key = f"{mn.key} ({mn.date.day}/{mn.date.month}/{mn.date.year})"
            self._local_tu(mn)
        self._keys(out)
        self._plenum_aliases(out)
        self._dates_from_context(out)
        self._dates_stated_after(out, type_hits)
        self._approving_decisions(out)
        self.mentions = out
        self._unnumbered(type_hits, used_types)
        for mn in self.mentions:
            if mn.key and mn.symbol is None and ":" in mn.key:
                mn.key = unnumbered_key(mn.key)     # one spelling per document (kg.identity)
        self._shortened_titles()
        self.mentions.sort(key=lambda x: x.start)
        return self.mentions

    def _local_tu(self, mn: Mention) -> None:
        """'Kết luận số 445-KL/TƯ của Tỉnh ủy': a page that prints 'TƯ' for a provincial or district
        committee's symbol; the issuer named in the tail or just before ('Tỉnh ủy ... ban hành')
        decides the code."""
        sym = mn.symbol
        if sym is None or sym.system != "party" or sym.issuer != "TW" or "Ư" not in self.t[mn.start:mn.end].upper():
            return
        level = issuer_info(mn.issuer)[1] if mn.issuer else None
        if level is None:
            b = _ISSUED_BY.search(self.f, max(0, mn.start - 80), mn.start)
            level = issuer_info(self.t[b.start("body"):b.end("body")])[1] if b else None
        code = {"province": "TU", "district": "HU"}.get(level or "")
        if code:
            mn.symbol = replace(sym, issuer=code)
            mn.key, mn.issuer_code = mn.symbol.key, code

    def _shortened_titles(self) -> None:
        """A named document cited again by the first words of its title ('Đề án đẩy mạnh phát
        triển kinh tế - xã hội, ... ở 6 huyện miền núi' after the full title with its period), or a
        project by a shorter wording of its title, is the same document: keyed by the longest title."""
        named = sorted({mn.key for mn in self.mentions if mn.kind == "named" and mn.key and ":" in mn.key},
                       key=len, reverse=True)
        words = {k: set(_WORD.findall(fold_same_length(k.split(":", 1)[1]))) - _TITLE_FILLER for k in named}
        longer: dict[str, str] = {}
        for i, k in enumerate(named):
            for full in named[:i]:
                if len(words[k]) < _TITLE_MIN_WORDS and not k.startswith("Luật:"):
                    break           # too generic to say which longer title it shortens (a law's name is not)
                if full.startswith(k) and not full[len(k)].isalnum():
                    longer[k] = longer.get(full, full)
                    break
                # a headline's shortened wording of a project's title: all its words in the full title
                if k.split(":", 1)[0] == full.split(":", 1)[0] == "ĐA" and words[k] <= words[full]:
                    longer[k] = longer.get(full, full)
                    break
        for mn in self.mentions:
            if mn.key in longer:
                mn.key = longer[mn.key]

    def _keys(self, ms: list[Mention]) -> None:
        # issuers shared by a list ("Nghị quyết số 18, Nghị quyết số 19 của BCH TW")
        for i in range(len(ms) - 2, -1, -1):
            a, b = ms[i], ms[i + 1]
            if a.symbol is not None and b.symbol is not None and a.symbol.issuer != b.symbol.issuer:
                continue            # 'Luật ... số 31/2018/QH14 và Quyết định số 255/QĐ-TTg của Thủ tướng'
            if a.issuer is None and b.issuer and LIST_GAP.match(self.f, a.tail_end, b.start) \
                    and LIST_GAP.match(self.f, a.tail_end, b.start).end() == b.start:
                a.issuer, a.term = b.issuer, b.term
                if a.date is None and b.date is not None and b.symbol is not None and a.symbol is not None \
                        and a.type == b.type:
                    a.date = b.date
        for mn in ms:
            if mn.issuer:
                code, level, _ = issuer_info(mn.issuer)
                mn.issuer_level = level
                if mn.symbol is None:
                    mn.issuer_code = code
            elif mn.symbol is not None:
                mn.issuer_level = level_of_code(mn.symbol.issuer)
        by_tn: dict[tuple[str, str], list[Mention]] = {}
        for mn in ms:
            if mn.number:
                by_tn.setdefault((mn.type or "", mn.number.lstrip("0")), []).append(mn)
        for mn in ms:
            if mn.key or mn.kind != "numbered":
                continue
            if mn.explicit_issuer and mn.issuer_code:
                full = self._earlier_full(mn, by_tn)
                if full is not None:
                    # 'Nghị quyết số 194/2019/NQ-HĐND ... Nghị quyết 194 được HĐND tỉnh ban hành ...': the short
                    # reference whose issuer agrees with the full symbol named before is that document
                    mn.key = full.key or self._build_key(full)
                    mn.kind = "alias"
                    continue
                mn.key = self._build_key(mn)
                continue
            # alias: the same type and number with a known key elsewhere in the text
            same = [o for o in by_tn.get((mn.type or "", (mn.number or "").lstrip("0")), [])
                    if o is not mn and (o.symbol is not None or (o.explicit_issuer and o.issuer_code))]
            if same:
                prev = [o for o in same if o.start < mn.start]
                ref = prev[-1] if prev else same[0]
                mn.key = ref.key or self._build_key(ref)
                mn.kind = "alias"
                continue
            mn.key = self._build_key(mn)

    def _plenum_aliases(self, ms: list[Mention]) -> None:
        """'Nghị quyết Trung ương 7 khóa X' is the one central NQ of term X named in the text (the
        term of a central NQ from its tail, the words after it, or its date)."""
        terms: dict[int, str] = {}
        for i, o in enumerate(ms):
            if o.symbol is None or o.type != "NQ" or o.symbol.issuer != "TW":
                continue
            if o.term:
                terms[id(o)] = o.term
                continue
            a = max(o.end, o.tail_end)
            b = min(len(self.f), a + 120, ms[i + 1].start if i + 1 < len(ms) else len(self.f))
            k = re.search(r"^[^.;\n]*?(?<![a-z])(?:khoa|khia)[ \t]+([ivx]{1,5})(?![a-z])", self.f[a:b])
            if k and "trung uong" in self.f[a:a + k.start(1)]:
                terms[id(o)] = k.group(1).upper()
            elif o.date is not None:
                for start, term in _CENTRAL_TERMS:
                    if o.date >= start:
                        terms[id(o)] = term
        for i, mn in enumerate(ms):
            if mn.kind != "named" or not mn.key.startswith("NQ:") or not mn.term or "đại hội" in mn.key.lower():
                continue
            # 'Nghị quyết Trung ương 7 khóa X (Nghị quyết số 26-NQ/TW)'
            nxt = ms[i + 1] if i + 1 < len(ms) else None
            if nxt is not None and nxt.symbol is not None and nxt.type == "NQ" \
                    and re.fullmatch(r"[ \t]*[(,–-][ \t]*", self.f[mn.end:nxt.start]):
                mn.key = nxt.key
                mn.kind = "resolved"
                terms.setdefault(id(nxt), mn.term)
                continue
            keys = {o.key for o in ms if id(o) in terms and terms[id(o)] == mn.term}
            if len(keys) == 1:
                mn.key = keys.pop()
                mn.kind = "resolved"

    @staticmethod
    def _earlier_full(mn: Mention, by_tn: dict[tuple[str, str], list[Mention]]) -> Mention | None:
        """The last document named before mn with a full symbol of mn's type, number and issuer code, when mn
        is a bare number ('Nghị quyết 194 của HĐND tỉnh') and its date, if any, does not contradict it."""
        if mn.symbol is not None:
            return None
        same = [o for o in by_tn.get((mn.type or "", (mn.number or "").lstrip("0")), [])
                if o is not mn and o.start < mn.start and o.symbol is not None and o.symbol.issuer == mn.issuer_code
                and (mn.date is None or o.date is None or o.date == mn.date)]
        return same[-1] if same else None

    @staticmethod
    def _build_key(mn: Mention) -> str:
        if mn.symbol is not None:
            return mn.symbol.key
        code = mn.issuer_code
        t = mn.type or "?"
        if code is None:
            return f"{mn.number}-{t}"
        if is_party_code(code):
            return f"{mn.number}-{t}/{code}"
        return f"{mn.number}/{t}-{code}"

    def _rekey(self, mn: Mention, code: str, ms: list[Mention]) -> None:
        old = mn.key
        mn.issuer_code = code
        mn.key = self._build_key(mn)
        for o in ms:
            if o.key == old:
                o.key = mn.key

    def _assigned_plans(self, out: list[Mention], used_types: set[int]) -> None:
        """'thu ngân sách đạt 120% kế hoạch HĐND huyện giao', 'bằng 87% dự toán tỉnh giao': the plan another level
        set, a document without a number, named by the body that set it and what it measures: the words before
        'đạt / bằng' in the figure's clause, else the plan's own words ('KH:HĐND huyện giao thu ngân sách năm
        2018', 'KH:Trung ương Hội giao chỉ tiêu thi đua năm 2024'); the year is the clause's, else the text's."""
        t, f = self.t, self.f
        for pm in _ASSIGNED_PLAN.finditer(f):
            s = pm.start()
            if not _RESULT_BEFORE_PLAN.search(f, max(0, s - 16), s):
                continue        # 'đối với 11 chỉ tiêu Trung ương Hội giao:' counts the goals, it measures no result
            what = _MEASURED.search(f, max(0, s - 120), s)
            ym = _YEAR_IN.search(f, max(f.rfind(". ", 0, s), f.rfind("\n", 0, s)) + 1, s)
            year = ym.group(1) if ym else (str(self.year) if self.year else None)
            body = norm_body(t[pm.start("body"):pm.end("body")])
            about = clean_ws(t[what.start("what"):what.end("what")]) if what \
                else clean_ws(t[pm.start("plan"):pm.end("about")]).lower()
            mn = Mention(s, pm.end(), "KH", None, None, kind="named",
                         key=f"KH:{body} giao {about}" + (f" năm {year}" if year else ""))
            mn.issuer = body
            mn.yardstick = True
            out.append(mn)
            used_types.add(s)

    def _header_date(self, mn: Mention) -> _dt.date | None:
        """The heading of an official text: 'Số: 102/KH-UBND' and, on its line or the next ones, the place
        and date of issue 'Yên Bái, ngày 08 tháng 5 năm 2024'."""
        if not heading_number(self.f, mn.start, mn.end):
            return None
        for d in self.dates:
            # (the national motto's two lines and blank lines may stand between them)
            if not (mn.end <= d.start < mn.end + 250 and d.has_year) or self.f.count("\n", mn.end, d.start) > 7:
                continue
            # the place stands alone before the date: at the start of its line or after a wide gap
            a = max(self.t.rfind("\n", 0, d.start) + 1, self.t.rfind("  ", 0, d.start) + 2, self.t.rfind("\t", 0, d.start) + 1)
            if _PLACE_DATE_LEAD.fullmatch(self.t, a, d.start):
                return d.date
        return None

    def _approving_decisions(self, ms: list[Mention]) -> None:
        """'Chương trình xây dựng nông thôn mới ... (Quyết định số 263/QĐ-TTg ngày 22/02/2022)', 'Đề án ... ban
        hành theo Quyết định số 939/QĐ-TTg ngày 30/6/2017': the decision that approved a programme, đề án or
        strategy dates it, and what is said after both is about the programme."""
        ordered = sorted((m for m in ms if m.key), key=lambda m: m.start)
        # a short name in brackets right after a named programme or đề án is that one: '"Hỗ trợ phụ nữ khởi
        # nghiệp ..." (Đề án 939)'
        for a, b in zip(ordered, ordered[1:]):
            if a.kind == "named" and a.type in _APPROVED_TYPES and b.kind == "numbered" and b.symbol is None \
                    and b.type == a.type and _BRACKET_OPEN.fullmatch(self.f, max(a.end, a.tail_end), b.start) \
                    and _BRACKET_CLOSE.match(self.f, b.end):
                b.key, b.kind, b.number = a.key, "alias", None
                b.end = b.tail_end = _BRACKET_CLOSE.match(self.f, b.end).end()
        ordered = [m for m in ordered if m.kind != "alias" or m.number is not None]
        for a, b in zip(ordered, ordered[1:]):
            if a.kind != "named" or a.type not in _APPROVED_TYPES or b.kind != "numbered" or b.type != "QĐ":
                continue
            if _APPROVED_BY.fullmatch(self.f, max(a.end, a.tail_end), b.start):
                b.approves = a
                if a.date is None:
                    a.date = b.date

    def _dates_stated_after(self, ms: list[Mention], type_hits) -> None:
        """'... Kế hoạch số 12-KH/ĐU của Ban Chấp hành Đảng bộ xã. Kế hoạch được ký ban hành ngày 15 tháng 10
        năm 2025': a sentence that opens on the bare type word dates the last document of that type named
        before it, when that one has no date of its own."""
        f = self.f
        for s, e, code in type_hits:
            if s > 0 and not (f[s - 1] == "\n" or (f[s - 1] in " \t" and f[max(0, s - 4):s].rstrip()[-1:] in ".!?")):
                continue                # not the opening of a sentence
            m = _TYPE_STATED_DATE.match(f, e)
            d = self.date_at.get(m.end()) if m else None
            if d is None:
                continue                # (a date without its year has one only when the page's date gives it)
            before = [mn for mn in ms if mn.kind == "numbered" and mn.type == code and mn.end <= s
                      and s - mn.end <= 600]
            if before and before[-1].date is None:
                before[-1].date = d.date
        for w in _TEXT_WORD_OPENS.finditer(f):
            s = w.start()
            if s > 0 and not (f[s - 1] == "\n" or (f[s - 1] in " \t" and f[max(0, s - 4):s].rstrip()[-1:] in ".!?")):
                continue
            m = _TYPE_STATED_DATE.match(f, w.end())
            d = self.date_at.get(m.end()) if m else None
            before = [mn for mn in ms if mn.kind == "numbered" and mn.end <= s and s - mn.end <= 600]
            if d is not None and before and before[-1].date is None:
                before[-1].date = d.date
        self._passed_the_same_day(ms)

    def _passed_the_same_day(self, ms: list[Mention]) -> None:
        """'Chiều 8/12, HĐND tỉnh bế mạc kỳ họp thứ 19. Các nghị quyết được thông qua cùng ngày ...': the
        documents of that type named in the text without a date of their own, whose symbol carries no other
        year, take the day of the meeting (the last date the text gave before the sentence)."""
        f = self.f
        for m in _SAME_DAY.finditer(f):
            # the day given right after ('... thông qua cùng ngày 8/12/2023'), else the last one before that is
            # not the day a text takes effect ('có hiệu lực từ ngày 01/01/2024')
            d = self.date_at.get(m.end() + len(f[m.end():m.end() + 3]) - len(f[m.end():m.end() + 3].lstrip()))
            if d is None:
                d = next((x for x in reversed(self.dates) if x.end <= m.start() and m.start() - x.end <= 400
                          and x.time_word and not _IN_FORCE_FROM.search(f, max(0, x.start - 40), x.start)), None)
            if d is None:
                continue
            code = next((c for w, c in _TYPE_CODE.items() if f.startswith(w, m.start())), None)
            for mn in ms:
                if mn.kind != "numbered" or mn.type != code or mn.date is not None or mn.issuer_code is None:
                    continue
                year = re.search(r"/((?:19|20)\d\d)/", mn.key or "")
                if year is None or int(year.group(1)) == d.date.year:
                    mn.date = d.date

    def _dates_from_context(self, ms: list[Mention]) -> None:
        """'Ngày 15/4/2024, Ban Thường vụ Tỉnh ủy đã ban hành Chương trình số 115-CTr/TU'."""
        for mn in ms:
            if mn.kind not in ("numbered",):
                continue
            if mn.date is None and mn.start < 400:
                mn.date = self._header_date(mn)
            lead = self.f[max(0, mn.start - 130):mn.start]
            if not lead.rstrip().endswith(_ISSUE_ENDINGS) or not _ISSUE_VERB.search(lead):
                continue
            if mn.issuer is None:
                # '<body> (đã) ban hành / đã ra <document>': the body is the issuer
                bh = _ISSUE_VERB.search(lead)
                bms = list(body_regex().finditer(self.f, max(0, mn.start - 130), mn.start - len(bh.group(0)) + 1)) if bh else []
                if bms and bms[-1].end() >= mn.start - len(bh.group(0)) - 40:
                    b = bms[-1]
                    name = norm_body(self.t[b.start():extend_name(self.t, b.end(), mn.start - len(bh.group(0)))])
                    if issuer_info(name)[0]:
                        mn.issuer = name
                        mn.issuer_level = issuer_info(name)[1]
                        if mn.symbol is None and mn.kind == "numbered" and mn.key == f"{mn.number}-{mn.type}":
                            # 'Ban Thường vụ Tỉnh ủy đã ra Chỉ thị số 17': the issuer completes the key
                            self._rekey(mn, issuer_info(name)[0], ms)
            if mn.date is not None:
                continue
            # a date read into another document's tail ('Nghị quyết 09-NQ/TU (ngày 15/4/2024)') is that document's
            cands = [d for d in self.dates if mn.start - 130 <= d.start < mn.start and d.time_word
                     and not any(o is not mn and o.start < d.start and o.tail_end >= d.end for o in ms)]
            if cands:
                d = cands[-1]
                between = self.f[d.end:mn.start]
                if not re.search(r"[.;]|(?:nghi quyet|chi thi|ket luan|chuong trinh|ke hoach|quyet dinh) so", between):
                    mn.date = d.date

    # ------------------------------------------------------------------ unnumbered references
    def _carried(self, s: int, e: int, known: list[Mention]) -> Mention | None:
        """The numbered document that carries the unnumbered one at ``s``..``e`` (see _CARRIES)."""
        before = [k for k in known if k.kind == "numbered" and max(k.tail_end, k.end) <= s]
        if before:
            k = max(before, key=lambda x: x.start)
            if _CARRIES.fullmatch(self.f, max(k.tail_end, k.end), s):
                return k
            if k.subject_span and k.subject_span[0] <= s < k.subject_span[1] \
                    and _CARRIES.fullmatch(self.f, k.subject_span[0], s):
                return k            # '... về việc ban hành Kế hoạch ...' read as the subject
        m = _CARRIED_BY.match(self.f, e)
        if m:
            return next((k for k in known if k.start == m.end() and k.kind == "numbered"), None)
        return None

    def _reports(self, type_hits, used_types) -> None:
        """Unnumbered reports weighed before a document is adopted: 'thảo luận Tờ trình của Ban
        Thường vụ Tỉnh ủy cùng Báo cáo của Ban cán sự đảng UBND tỉnh', 'Xét Tờ trình của UBND tỉnh,
        Báo cáo thẩm tra của Ban Kinh tế - Ngân sách': keyed ``TYPE:issuer``."""
        t, f = self.t, self.f
        for s, e, code in type_hits:
            if s in used_types or code not in ("TTr", "BC") or not t[s].isupper():
                continue
            if not _REPORT_LEAD.search(f, max(0, s - 40), s):
                continue
            th = _THAM_TRA.match(f, e)
            if th:
                code, e = "BCTT", th.end()
            mn = Mention(s, e, code, None, None, kind="named")
            self.parse_tail(mn)
            if not mn.issuer:
                continue
            mn.key = f"{code}:{norm_body(mn.issuer)}"
            mn.explicit_issuer = True
            mn.issuer_code, mn.issuer_level, _ = issuer_info(mn.issuer)
            self.mentions.append(mn)
            used_types.add(s)

    def _unnumbered(self, type_hits, used_types) -> None:
        t, f = self.t, self.f
        self._reports(type_hits, used_types)
        known = [m for m in self.mentions if m.key]
        carried: dict[str, dict[str, set[str]]] = {}     # type -> carrier key -> objects of the carried document
        for s, e, code in type_hits:
            if s in used_types or not t[s].isupper():
                continue
            k = self._carried(s, e, known)
            if k is not None:
                mn = Mention(s, e, code, None, None, kind="resolved", key=k.key)
                self.parse_tail(mn)
                mn.issuer = None
                self.mentions.append(mn)
                used_types.add(s)
                if mn.cue:
                    carried.setdefault(code, {}).setdefault(k.key, set()).update(
                        o.key for o in self.object_group(mn.cue[1]))
        links_of: dict[str, set[str]] = {}
        for mn in known:
            if mn.cue:
                for o in self.object_group(mn.cue[1]):
                    links_of.setdefault(mn.key, set()).add(o.key)
        for s, e, code in sorted(type_hits, reverse=True):
            if s in used_types or code in ("CL", "CTMTQG", "BC", "HP"):
                continue
            if not t[s].isupper() and not _PLANNED_BEFORE.search(f, max(0, s - 30), s):
                continue
            # words of the title that belong to the type ("Chương trình hành động")
            mn = Mention(s, e, code, None, None, kind="resolved")
            self.parse_tail(mn)
            if not mn.cue and _PLANNED_BEFORE.search(f, max(0, s - 30), s):
                # 'ban hành Nghị quyết chuyên đề về ... để tiếp tục thực hiện Nghị quyết số 26-NQ/TW'
                pm = _PURPOSE.search(f, e, min(len(f), e + 180))
                if pm and not re.search(r"[;.\n]", f[e:pm.start()]) \
                        and not any(e <= k.start < pm.start() for k in known):
                    mn.cue = (link_type(pm.group("cue")), pm.end())
            objects = self.object_group(mn.cue[1]) if mn.cue else []
            if not objects and self._issued_about(mn, s, e, code, known):
                continue
            bare_nq = code == "NQ" and not objects and not mn.issuer and not any(
                k.type == "NQ" and k.kind in ("numbered", "alias") for k in known)
            if code == "NQ" and (_CONGRESS_AFTER.match(f, e) or bare_nq):
                # 'Nghị quyết Đại hội' (short for the congress resolution named in full elsewhere): never a numbered one;
                # a bare 'Nghị quyết' where the text names no numbered one is that congress resolution too
                congress = {k.key for k in known if k.kind == "named" and k.type == "NQ" and k.key
                            and "dai hoi" in fold_same_length(k.key.lower())}
                if len(congress) == 1:
                    mn.key = congress.pop()
                    self.mentions.append(mn)
                continue
            cands = [k for k in known if k.type == code and k.kind in ("numbered", "alias") and k.key and ":" not in k.key]
            if not cands and code == "ĐA":
                cands = [k for k in known if k.type == code and k.kind == "named"]
            if mn.issuer:
                code_i, _, _ = issuer_info(mn.issuer)
                if code_i:
                    cands = [k for k in cands if k.key.endswith("/" + code_i) or f"-{code_i}" in k.key]
            keys = sorted({k.key for k in cands})
            if objects:
                okeys = {o.key for o in objects}
                keys = [k for k in keys if okeys & links_of.get(k, set())]
                # the same programme named again where a numbered document carries it
                same = [k for k, objs in carried.get(code, {}).items() if okeys & objs]
                if len(same) == 1:
                    keys = same
            if len(keys) != 1 and not _PLANNED_BEFORE.search(f, max(0, s - 30), s):
                # 'Kế hoạch cũng căn cứ ...', 'Đồng thời, Quyết định căn cứ ...' opening a clause: the
                # document of that type the text says was issued, else the one named last
                sent = self._sentence_of(s)
                if _CLAUSE_OPENING.fullmatch(f, sent.start, s) and (_SUBJECT_VERB.match(f, e) or (
                        not f[sent.start:s].strip() and e + 1 < len(t) and t[e] == " " and t[e + 1].islower())):
                    before = [k for k in cands if k.start < s]
                    issued = [k for k in before if _BAN_HANH_BEFORE.search(f, max(0, k.start - 30), k.start)]
                    if issued or before:
                        keys = [min(issued, key=lambda k: k.start).key if issued else max(before, key=lambda k: k.start).key]
            if len(keys) == 1:
                mn.key = keys[0]
                self.mentions.append(mn)
                continue
            if not objects:
                continue
            planned = bool(_PLANNED_BEFORE.search(f, max(0, s - 30), s))
            sent = self._sentence_of(s)
            clause_start = max(sent.start, f.rfind(";", sent.start, s) + 1)
            if planned and _GENERIC_SUBJ.search(f, clause_start, s):
                continue            # "các cấp ủy ... xây dựng Kế hoạch": one generic plan per unit
            issuer = None
            m_for = re.search(r"(?:cho|tham muu)[ \t]+(.{3,80}?)[ \t]+ban hanh[ \t]+$", f[clause_start:s])
            if m_for:
                a = clause_start + m_for.start(1)
                bm = body_regex().match(f, a)
                if bm:
                    issuer = norm_body(t[a:bm.end()])
            if issuer is None and planned:
                # '... yêu cầu Ban cán sự đảng UBND tỉnh lãnh đạo xây dựng chương trình ...': the body
                # asked to draft it, not the one asking
                asked = list(_ASKS.finditer(f, clause_start, s))
                bm = body_regex().search(f, asked[-1].end() if asked else clause_start, s)
                if bm:
                    issuer = norm_body(t[bm.start():bm.end()])
            if not planned and not t[s].isupper():
                continue
            if mn.issuer:
                issuer = norm_body(mn.issuer)       # 'Kế hoạch của Đảng đoàn ...': the title's own issuer
            c = CUE_RE.match(f, mn.tail_end)
            if c is not None and c.end() == mn.cue[1]:
                cue_txt = t[c.start("cue"):c.end("cue")]
            else:
                cue_txt = clean_ws(t[mn.tail_end:mn.cue[1]]).strip(" ,")
                cue_txt = re.sub(r"^(?:về việc|về|để|nhằm)\s+", "", cue_txt, flags=re.I)
            extra = clean_ws(t[s:e]).split(" ", 2)[2:] if len(t[s:e].split()) > 2 else []
            parts = ([issuer] if issuer else []) + extra + [cue_txt, " và ".join(self.render(o) for o in objects)]
            desc = clean_ws(" ".join(p for p in parts if p))
            mn.key = f"{code}:{desc}"
            mn.kind = "planned" if planned else "named"
            mn.issuer = issuer
            if issuer:
                c2, lv, _ = issuer_info(issuer)
                mn.issuer_code, mn.issuer_level = c2, lv
            self.mentions.append(mn)
            known.append(mn)

    def _issued_about(self, mn: Mention, s: int, e: int, code: str, known: list[Mention]) -> bool:
        """'Ban Thường vụ Tỉnh ủy đã ban hành Nghị quyết về phát triển kinh tế tư nhân ... đến năm
        2030': a document the text says a body issued, with a subject but no number, keyed
        ``TYPE:<body> về <subject>``."""
        t, f = self.t, self.f
        if not t[s].isupper() or code not in _ISSUED_ABOUT_TYPES:
            return False
        v = _ISSUED_JUST_BEFORE.search(f, max(0, s - 30), s)
        if not v:
            return False
        sent = self._sentence_of(s)
        clause_start = max(sent.start, f.rfind(";", sent.start, s) + 1, f.rfind(",", sent.start, v.start()) + 1)
        bm = list(body_regex().finditer(f, clause_start, v.start() + 1))
        a = _ABOUT.match(f, e)
        if not bm or not a:
            return False
        b = bm[-1]
        issuer = norm_body(t[b.start():extend_name(t, b.end(), v.start())])
        if not issuer_info(issuer)[0]:
            return False
        end = title_end(t, f, a.end())
        subject = clean_ws(t[a.end():end]).strip(" ,")
        if len(subject) < 8:
            return False
        mn.key = f"{code}:{issuer} về {subject}"
        mn.kind, mn.issuer, mn.subject, mn.end, mn.tail_end = "named", issuer, subject, end, end
        mn.issuer_code, mn.issuer_level, _ = issuer_info(issuer)
        mn.explicit_issuer = True
        same = [k for k in known if k.type == code and k.subject and fold_same_length(k.subject)[:40] == fold_same_length(subject)[:40]]
        if same:
            mn.key, mn.kind = same[0].key, "resolved"      # the numbered document named with that subject
        self.mentions.append(mn)
        known.append(mn)
        return True

    def render(self, mn: Mention) -> str:
        if mn.key and mn.key.startswith("Luật:"):
            return "Luật " + mn.key.split(":", 1)[1]
        if mn.key and ":" in mn.key:
            return mn.key.split(":", 1)[1]
        return f"{type_name(mn.type)} số {mn.key}"

    def _sentence_of(self, pos: int) -> Segment:
        for s in self.sentences:
            if s.start <= pos < s.end:
                return s
        return Segment(0, len(self.t))

    def backref(self, pos: int, exclude: str | None = None) -> list[Mention]:
        """'(hai) nghị quyết nói trên / này' at ``pos``: the last one (or N) documents of that type
        named before it (any type for 'văn bản'; all of them for 'các')."""
        m = BACKREF_RE.match(self.f, pos)
        if not m:
            return []
        word = m.group("type")
        code = None if word == "van ban" else _TYPE_CODE.get(word, _TYPE_CODE.get(word.split(" hanh")[0]))
        n = m.group("n")
        want = 99 if n == "cac" else _BACKREF_N.get(n or "", 1)
        picked: list[Mention] = []
        keys: set[str] = set()
        for mn in sorted(self.mentions, key=lambda x: x.start, reverse=True):
            if mn.start >= pos or not mn.key or mn.kind == "planned" or mn.key == exclude or mn.key in keys:
                continue
            if code is not None and mn.type != code:
                continue
            keys.add(mn.key)
            picked.append(mn)
            if len(picked) >= want:
                break
        if n and n != "cac" and len(picked) < want:
            return []
        return sorted(picked, key=lambda x: x.start)

    def objects_at(self, pos: int, subject: str | None = None) -> list[Mention]:
        """The documents a cue ending at ``pos`` points to: a list of mentions or a back-reference."""
        return self.object_group(pos) or self.backref(pos, subject) or self.bare_type(pos, subject)

    def bare_type(self, pos: int, subject: str | None = None) -> list[Mention]:
        """'... thực hiện Nghị quyết.' (the type word alone, no number or name): the central
        documents of that type named before it."""
        m = _BARE_TYPE.match(self.f, pos)
        if not m:
            return []
        code = _TYPE_CODE.get(m.group(1))
        picked: dict[str, Mention] = {}
        for mn in self.mentions:
            if mn.start >= pos or not mn.key or mn.kind == "planned" or mn.key == subject or mn.type != code:
                continue
            if mn.symbol is not None and level_of_code(mn.symbol.issuer) == "central":
                picked.setdefault(mn.key, mn)
        return list(picked.values())

    def object_group(self, pos: int) -> list[Mention]:
        """The coordinated list of mentions that starts at ``pos``."""
        first = next((m for m in self.mentions if m.start == pos and m.key), None)
        if first is None:
            return []
        group = [first]
        cur = first
        for m in sorted(self.mentions, key=lambda x: x.start):
            if m.start <= cur.start or not m.key:
                continue
            if m.cue is not None and m.start > first.start:
                break               # a parallel item with its own object ("CTr 17 về thực hiện NQ 11, CTr 18 về ...")
            end = max(cur.tail_end, cur.end)
            g = LIST_GAP.match(self.f, end, m.start)
            if m.start >= end and g and g.end() == m.start and (m.start - end) <= 8:
                group.append(m)
                cur = m
            elif m.start > end and m.symbol is not None and m.start - end <= 200 \
                    and re.search(r"(?:,|(?<![a-z])va)[ \t]*$", self.f[end:m.start]) \
                    and not re.search(r"[;.\n]|(?<![a-z])(?:thuc hien|trien khai|cu the hoa|tiep tuc)(?![a-z])", self.f[end:m.start]):
                # 'Quyết định số 340/QĐ-TTg ... phê duyệt X và Nghị định 193/2013/NĐ-CP': a second
                # full symbol after the first one's own subject still belongs to the list
                group.append(m)
                cur = m
            elif m.start > end and m.kind == "named" and m.symbol is None \
                    and re.search(r"(?:phe duyet|ve|ban hanh|quy dinh)[ \t]+$", self.f[max(0, m.start - 14):m.start]) \
                    and not re.search(r"[;.\n]", self.f[end:m.start]):
                continue            # the subject of the previous item ('phê duyệt Chiến lược ...')
            elif m.start > end:
                break
        return group


def collect(mentions: list[Mention], p: Prepared) -> dict[str, DocInfo]:
    """One DocInfo per key; the first mention that carries a field wins."""
    docs: dict[str, DocInfo] = {}
    typed: set[str] = set()  # keys whose type was read from their own symbol
    for mn in sorted(mentions, key=lambda x: x.start):
        if not mn.key:
            continue
        d = docs.get(mn.key)
        if mn.kind == "numbered" and mn.symbol is not None and mn.type and mn.key not in typed:
            # the symbol states the type ('134/NQ-CP' is a Nghị quyết), whatever an earlier mention
            # resolved to it was called ('Chương trình hành động' carried by that resolution)
            typed.add(mn.key)
            if d is not None:
                d.type = mn.type
        if d is None:
            sym = mn.symbol
            system = sym.system if sym else ("party" if is_party_code(mn.issuer_code) else (
                "state" if mn.issuer_code else None))
            number = mn.number if mn.kind != "named" and mn.kind != "planned" else None
            d = DocInfo(mn.key, mn.type, number, system=system, span=p.span(mn.start, mn.end))
            if sym is not None:
                d.issuer_code = sym.issuer if sym.system == "party" or sym.type else sym.issuer
            docs[mn.key] = d
        d.mentions.append(p.span(mn.start, mn.end))
        if d.issuer is None and mn.issuer:
            d.issuer = norm_body(mn.issuer + (f" khóa {mn.term}" if mn.term and "kh" not in mn.issuer.lower() else ""))
        if d.issuer_code is None and mn.issuer_code and mn.kind != "named":
            d.issuer_code = mn.issuer_code
        if d.level is None:
            d.level = mn.issuer_level or level_of_code(d.issuer_code)
        if d.date is None and mn.date is not None:
            d.date = mn.date
        if d.subject is None and mn.subject:
            d.subject = mn.subject
    for d in docs.values():
        if d.type in ("CL", "CTMTQG") and d.level is None:
            d.level = "central"
        if d.level is None and d.issuer_code:
            d.level = level_of_code(d.issuer_code)
        if d.number is None and d.key and ":" not in d.key:
            d.number = d.key.split("-")[0].split("/")[0]
    return docs
