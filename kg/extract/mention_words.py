"""The words of a document mention (đề cập văn bản): the type words ('Nghị quyết', 'Kế hoạch' ...), the cues of a
link between two documents ('triển khai thực hiện', 'sửa đổi, bổ sung', 'căn cứ') and the link type each names, the
back-references ('hai nghị quyết trên') and what joins the items of a list. Patterns written in Vietnamese and folded
when compiled (they match the folded text); imports no other documents module."""
from __future__ import annotations

import re

from kg.extract.alternation import word_start
from kg.extract.text import letters, vi

# (written in Vietnamese, folded by ``vi`` to match the folded text)
TYPE_WORDS = [(vi(words), code) for words, code in (
    ("chương trình mục tiêu quốc gia", "CTMTQG"), ("chương trình mtqg", "CTMTQG"), ("chương trình hành động", "CTr"),
    ("chương trình", "CTr"), ("kế hoạch hành động", "KH"), ("kế hoạch", "KH"), ("nghị quyết liên tịch", "NQLT"),
    ("nghị quyết", "NQ"), ("nghị định", "NĐ"), ("chỉ thị", "CT"), ("kết luận", "KL"), ("quyết định", "QĐ"),
    ("quy định", "QĐ"), ("quy chế", "QC"), ("công văn", "CV"), ("hướng dẫn", "HD"), ("thông báo kết luận", "TB"),
    ("thông báo", "TB"), ("thông tri", "TT"), ("thông tư liên tịch", "TTLT"), ("thông tư", "TT"),
    ("đề án", "ĐA"), ("tờ trình", "TTr"), ("báo cáo", "BC"), ("luật", "Luật"), ("hiến pháp", "HP"),
    ("chiến lược", "CL"), ("công điện", "CĐ"),
)]
TYPE_CODE = dict(TYPE_WORDS)
TYPE_RE = re.compile(word_start(r"(?<![a-z])(?:" + "|".join(w for w, _ in TYPE_WORDS) + r")(?![a-z])"))

# the parts of a document a change names before the document (sửa đổi / bãi bỏ / đình chỉ một phần): 'một số điều của',
# 'khoản 2 Điều 5', 'điểm a khoản 1 Điều 3 và Điều 7 của', 'Phụ lục II ban hành kèm theo'
_PART = vi(r"(?:(?:điểm [a-z] )?(?:khoản \d+ )?điều \d+[a-z]?|(?:điểm [a-z] )?khoản \d+|phụ lục(?: [ivx\d]+)?)")
CHANGED_PARTS = (vi(r"(?:(?:một số|các) (?:điều|khoản|nội dung)|(?:một phần|toàn bộ)|") + _PART
                 + vi(r"(?:(?:,| và) ") + _PART + r")*)" + vi(r"(?: (?:của|tại|ban hành kèm theo))?"))
# the words of a link cue (folded): what the document after them is to the one before
CUE_WORDS = vi(
    # (a document that takes over another's still-valid parts: 'kế thừa và tiếp tục thực hiện các nội dung còn phù hợp
    # của Chương trình số 25-CTr/TU', as a merged province's new programme says of the former provinces')
    r"(?:kế thừa,? (?:và )?)?tiếp tục (?:triển khai )?thực hiện|cụ thể hóa,? (?:triển khai )?thực hiện|(?:triển khai )?thực hiện|"
    # (a plan that carries out a law: 'Kế hoạch ... triển khai thi hành Luật Đất đai')
    r"triển khai thi hành|"
    # (and the part guided or detailed, named before the document: 'quy định chi tiết khoản 3 Điều 5 Nghị định số ...')
    # ('hướng dẫn triển khai Nghị định số ...': how to roll it out is guidance too)
    r"cụ thể hóa|thể chế hóa|hướng dẫn(?: triển khai(?: thực hiện| thi hành)?"
    r"| thực hiện| thi hành)?(?: ") + CHANGED_PARTS + vi(
    r"| (?:một số )?(?:điều|nội dung)(?: của)?)?|quy định chi tiết(?: thi hành)?(?: ") + CHANGED_PARTS + vi(
    r"| một số điều(?: và biện pháp thi hành)?(?: của)?)?|"
    # ('điều chỉnh, bổ sung Nghị quyết số 12/NQ-HĐND': the wording of a council that revises its own plan; 'điều chỉnh'
    # alone is also what a rule governs: only with 'bổ sung')
    r"(?:sửa đổi(?:,? bổ sung)?|điều chỉnh,? bổ sung)(?: ") + CHANGED_PARTS + vi(r")?(?: các)?|thay thế|thay cho|"
    # a repeal or a suspension, whole or in part, ends what it names: replaces (the contract has no repeal type)
    # ('ngừng' alone is also 'không ngừng': only with what it stops)
    r"(?:bãi bỏ|(?:đình chỉ|tạm dừng|tạm ngưng)(?: (?:việc )?(?:hiệu lực thi hành|thi hành|hiệu lực))?"
    r"|ngừng (?:hiệu lực thi hành|thi hành|hiệu lực))(?: ") + CHANGED_PARTS + vi(r")?|"
    r"căn cứ(?: vào)?|trên cơ sở|(?:theo|trên) tinh thần|triển khai")
# how a document is to be carried out, between the cue and the document: 'thực hiện (có) hiệu quả', 'nghiêm túc và hiệu quả'
# (and the year a plan covers, named before what it carries out: 'Kế hoạch triển khai năm 2025 Đề án ...')
MANNER = vi(r"(?:năm[ \t]+\d{4}[ \t]+)?(?:(?:có hiệu quả|hiệu quả|đầy đủ|nghiêm túc|nghiêm|quyết liệt|đồng bộ|kịp thời|tốt)[ \t]*,?[ \t]+(?:và[ \t]+)?){0,3}")
# A named as what a meeting works on ('quán triệt Nghị quyết 57 ...', 'tổng kết 1 năm thực hiện Chỉ thị 07 ...'), then
# 'và <cue> B' or ', <cue> B': the cue is the meeting's second act, not A's ('... và triển khai Kế hoạch số 14-KH/ĐU')
ACTED_ON = re.compile(vi(r"(?<![a-z])(?:sơ kết|tổng kết|quán triệt|thực hiện|học tập)(?:[ \t]+\d+[ \t]+(?:năm|tháng))?"
                         r"(?:[ \t]+(?:thực hiện|triển khai))?[ \t]+$"))
# the parts of the document carried out named before it: 'cụ thể hóa các nhiệm vụ, giải pháp của Nghị quyết ...',
# '... các mục tiêu nêu tại Kết luận ...' (the document is still what is carried out)
TASKS_OF = vi(r"(?:(?:các|những)[ \t]+(?:nhiệm vụ|giải pháp|nội dung|mục tiêu|quan điểm|chủ trương)(?:[ \t,]+(?:và[ \t]+)?"
              r"(?:nhiệm vụ|giải pháp|nội dung|mục tiêu|quan điểm))*"
              # (the parts still to be carried on: 'các nội dung còn phù hợp của', 'các nhiệm vụ chưa hoàn thành của')
              r"(?:[ \t]+(?:còn phù hợp|còn hiệu lực|chưa hoàn thành|còn dang dở))?"
              r"[ \t]+(?:(?:nêu|đề ra)[ \t]+)?(?:tại|của|trong)[ \t]+"
              # (the goals a merged unit's council carries on, named by their field and year: 'tiếp tục thực hiện các chỉ
              # tiêu phát triển kinh tế - xã hội năm 2025 theo Nghị quyết số 41/NQ-HĐND, ...')
              r"|(?:các|những)[ \t]+chỉ tiêu(?:[ \t]+(?:-|[a-z0-9]+)){0,10}?[ \t]+(?:theo|của|tại)[ \t]+)?")
# (a title may name the study of what it carries out first: 'Kế hoạch ... về việc học tập, quán triệt, tuyên truyền và
# triển khai thực hiện Nghị quyết ...')
# (a decision setting up the steering committee that carries a document out carries it out itself: 'Quyết định số
# 20-QĐ/TU về việc thành lập (kiện toàn) Ban Chỉ đạo thực hiện Nghị quyết số 71-NQ/TW ...')
STEERING_BODY = vi(r"(?:(?:thành lập|kiện toàn|củng cố)(?:[ \t]*,[ \t]*|[ \t]+và[ \t]+|[ \t]+)){1,3}"
                   r"(?:ban chỉ đạo|tổ chỉ đạo|tổ công tác)[ \t]+")
# ('Kế hoạch 72 đồng thời cụ thể hóa Nghị quyết số 07-NQ/HU': a second document the same one carries out; not after a
# semicolon: '... quán triệt Nghị quyết ...; đồng thời triển khai Chương trình số 03' is a meeting's second act)
CUE_RE = re.compile(
    vi(r"(?:[ \t]+đồng thời(?![a-z]))?"
       r"[ \t]*,?[ \t]*(?:(?:về việc[ \t]+|về[ \t]+|để[ \t]+|nhằm[ \t]+(?:mục đích[ \t]+)?)"
       r"(?:(?:học tập|quán triệt|tuyên truyền|phổ biến)(?:[ \t]*,[ \t]*|[ \t]+và[ \t]+|[ \t]+)){0,4}")
    + r"(?:" + STEERING_BODY + r")?)?"
    + r"(?P<cue>" + CUE_WORDS + r")[ \t]+" + MANNER + TASKS_OF
)
# a back-reference to documents named before: 'hai nghị quyết nói trên', 'chương trình này', and 'cả hai nghị quyết' at
# the end of its clause (with 'cả' the number says which, no demonstrative needed)
BACKREF_RE = re.compile(vi(
    r"(?:(?P<both>cả[ \t]+)?(?P<n>hai|ba|bốn|năm|các|0?[2-5])[ \t]+)?(?P<type>nghị quyết|chỉ thị|kết luận|quyết định|quy định|"
    r"chương trình(?: hành động)?|kế hoạch|đề án|hướng dẫn|nghị định|văn bản)(?:[ \t]+(?:của (?:bộ chính trị|ban bí thư|"
    r"trung ương|tỉnh ủy|huyện ủy)))?(?:[ \t]+(?P<dem>nói trên|nêu trên|trên|này|đó|vừa nêu)(?![a-z])"
    r"|(?(both)[ \t]*(?=[.;,\n]|$)|(?!)))"))
# ... or by their count alone, closing the clause: 'Kế hoạch số 85-KH/TU ... thực hiện ba Nghị quyết.' (the count says which
# were meant: the last three named; not 'các', which may be any)
COUNTED_BACKREF = re.compile(vi(r"(?P<n>hai|ba|bốn|0?[2-4])[ \t]+(?P<type>nghị quyết|chỉ thị|kết luận|quyết định|chương trình"
                                r"|kế hoạch|đề án)[ \t]*(?:[.;:]|\n|$)"))
# a type word in lower case that opens a clause after a semicolon and changes another document: '...; kế hoạch thay thế
# Kế hoạch số 162/KH-UBND ...' names the document of the clause before, as 'Kế hoạch' opening a sentence would
CLAUSE_OPENS = re.compile(r";[ \t]*$")
CHANGES_NEXT = re.compile(vi(r"(?:[ \t]+này)?[ \t]+(?:thay thế|sửa đổi|bãi bỏ)(?![a-z])"))
# (the next of a list may repeat 'số' without its type word: 'Nghị quyết số 18-NQ/TW, số 19-NQ/TW')
LIST_GAP = re.compile(vi(r"[ \t]*(?:,|và|,[ \t]*và)?[ \t]*(?:và[ \t]+)?(?:số[ \t]+)?$"))

# the link types of carrying a document out, whose objects are seldom of the subject's own kind and issuer (what a
# document amends or replaces often is: 'thay thế Quyết định số 12/2018/QĐ-UBND và Quyết định số 30/2019/QĐ-UBND')
CARRYING = ("implements", "continues")

# who approved it, named between 'được' and the verb: 'được Thủ tướng Chính phủ phê duyệt tại Quyết định số ...'
_APPROVER = r"(?:(?:thủ tướng|chính phủ|ubnd|ủy ban nhân dân|hđnd|bộ trưởng|bộ|tỉnh|thành phố|chủ tịch)[ \t]+){0,4}"
# what joins a programme or đề án named by its title to the decision that approved or issued it: '... (Quyết định số
# 263/QĐ-TTg)', '..., được phê duyệt tại Quyết định số ...', '... ban hành kèm theo Quyết định số ...', and the same
# words in brackets ('... (phê duyệt tại Quyết định số 90/QĐ-TTg ...)')
APPROVED_BY = re.compile(vi(r"[ \t”\"]*(?:\([^()\n]{0,30}\)[ \t]*)?(?:\([ \t]*(?:(?:được[ \t]+)?(?:ban hành|phê duyệt)[ \t]+"
                            r"(?:(?:theo|tại|kèm theo)[ \t]+)?)?|,?[ \t]*(?:(?:được[ \t]+" + _APPROVER + r")?(?:ban hành|phê duyệt)[ \t]+)?"
                            r"(?:theo|tại|kèm theo)[ \t]+)"))


def link_type(cue: str) -> str:
    if cue.startswith(("tiep tuc", "ke thua")):
        return "continues"
    if cue.startswith(("sua doi", "dieu chinh")):
        return "amends"
    if cue.startswith(("thay the", "thay cho", "bai bo", "dinh chi", "tam dung", "tam ngung", "ngung")):
        return "replaces"
    if cue.startswith(("huong dan", "quy dinh chi tiet")):
        return "guides"
    if cue.startswith(("can cu", "tren co so", "theo tinh than", "tren tinh than")):
        return "based_on"
    return "implements"

# a capital after a year that follows a type word with no 'số': the next column of a table's header
NEXT_COLUMN = re.compile(letters(r" [{U}]"))
# the words after a type word that give only its period: 'đến năm 2025', 'giai đoạn 2021 - 2025', 'năm 2024'
PERIOD_ONLY = re.compile(vi(r"[ \t]*(?:(?:đến|trong)[ \t]+)?(?:năm|giai đoạn|nhiệm kỳ|thời kỳ)[ \t]+(?:19|20)\d\d"
                             r"(?:[ \t]*[-–][ \t]*(?:19|20)\d\d)?[ \t,]*"))

# a đề án still to be drafted, named after the verb that drafts it where a request or a task list asks for it: 'giao Sở ...
# tham mưu xây dựng Đề án ...', 'đề nghị UBND tỉnh chủ trì xây dựng Đề án ...', '1. Xây dựng Đề án ...' opening a plan's
# task or a table's cell; one said drafted ('đã xây dựng Đề án ...') is a document, and so is one a body simply 'xây
# dựng' (which may say it has one)
_DRAFTING_BEFORE = re.compile(vi(r"(?<![a-z])(?P<advise>(?:nghiên cứu|tham mưu)[ \t]+)?(?:xây dựng|soạn thảo|hoàn thiện dự thảo)"
                                 r"[ \t]+$"))
_DONE_BEFORE = re.compile(vi(r"(?<![a-z])(?:đã|vừa)(?:[ \t]+(?:được|chỉ đạo|tham mưu))?[ \t]+$"))
_TASK_OPENS = re.compile(r"(?:^|\n|\|)[ \t|]*(?:(?:\d{1,2}|[a-z])[.)]?|[-+•])?[ \t|]*$")
# (the ask may open a list after its colon: 'đồng chí Bí thư yêu cầu: Đảng ủy UBND tỉnh lãnh đạo UBND tỉnh xây dựng Đề án ...')
_ASKS = re.compile(vi(r"(?<![a-z])(?:giao|đề nghị|yêu cầu|chủ trì|phân công)(?![a-z])(?:[ \t]*:)?[^.;:\n]*$"))
# a draft put before a meeting for its views: 'cho ý kiến vào dự thảo Đề án ...', 'Dự thảo Đề án đặt mục tiêu ...' (not
# one a meeting adopts: 'thông qua dự thảo Đề án')
_DRAFT_BEFORE = re.compile(vi(r"(?<![a-z])dự thảo[ \t]+$"))
_ADOPTED_BEFORE = re.compile(vi(r"(?<![a-z])(?:thông qua|ban hành|phê duyệt)[ \t]+$"))


def to_be_drafted(f: str, s: int) -> bool:
    """The type word at ``s`` of the folded text ``f`` names a document a request or a task asks to be drafted: no
    document yet (point (j) of our sets' annotation conventions)."""
    d = _DRAFT_BEFORE.search(f, max(0, s - 12), s)
    if d is not None and not _ADOPTED_BEFORE.search(f, max(0, d.start() - 16), d.start()):
        return True
    m = _DRAFTING_BEFORE.search(f, max(0, s - 40), s)
    if m is None or _DONE_BEFORE.search(f, max(0, m.start() - 16), m.start()):
        return False
    return bool(m.group("advise") or _TASK_OPENS.search(f, max(0, m.start() - 12), m.start())
                or _ASKS.search(f, max(0, m.start() - 160), m.start()))


# a plan or programme a body is to draft as another's adviser, or is drafting now: 'giao Văn phòng Tỉnh ủy tham mưu xây
# dựng Chương trình hành động ...', 'Sở Nội vụ đang hoàn thiện dự thảo Kế hoạch ...'. Not 'tham mưu Ban
# Thường vụ ban hành Kết luận để ...' (the shared corpus's 003 keys it), nor a body that itself 'xây dựng Kế hoạch' (001)
# ('xây dựng, trình Chính phủ ban hành Chương trình hành động ...': a body asked to draft it and put it to the one that
# issues it)
_ADVISED_OR_IN_DRAFT = re.compile(vi(
    r"(?<![a-z])(?:tham mưu(?:[ \t]+cho)?[ \t]+(?:xây dựng|soạn thảo)"
    r"|(?:xây dựng|soạn thảo)[ \t]*,[ \t]*trình[ \t]+[^.;:,\n]{2,50}?[ \t]+ban hành"
    r"|đang[ \t]+(?:xây dựng|soạn thảo|hoàn thiện)(?:[ \t]+dự thảo)?|(?:xây dựng|soạn thảo|hoàn thiện)[ \t]+dự thảo)[ \t]+$"))


def advised_or_in_draft(f: str, s: int) -> bool:
    """The type word at ``s`` of the folded text ``f`` names a plan a body is to draft as an adviser or is drafting now:
    no document yet (point (j)); one said done ('đã tham mưu xây dựng Chương trình ...') is a document."""
    m = _ADVISED_OR_IN_DRAFT.search(f, max(0, s - 90), s)
    return m is not None and not _DONE_BEFORE.search(f, max(0, m.start() - 16), m.start())


# a report on how a document has been carried out, read at a sitting ('xem xét Báo cáo của UBND tỉnh về tình hình thực
# hiện Nghị quyết số 85/NQ-HĐND ...'): an account of that document, no draft's basis
_ON_EXECUTION = re.compile(vi(r"(?:[ \t]+của[ \t]+[^.;:\n]{1,60}?)?[ \t]+(?:về[ \t]+)?(?:tình hình|kết quả)[ \t]+"
                              r"(?:triển khai[ \t]+)?thực hiện(?![a-z])"))


def reports_on_execution(f: str, e: int) -> bool:
    """Whether the report whose type word ends at ``e`` (folded text ``f``) is an account of carrying a document out."""
    return _ON_EXECUTION.match(f, e) is not None
