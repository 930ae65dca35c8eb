"""The cue words and phrases assignments are read by (kg.extract.assignments): directive words ('giao', 'yêu cầu',
'đề nghị', 'phân công'), the reported 'đã', the lead-ins before a subject, the remit between a subject and its verbs,
headings and list items; and the small tests on the source text that go with them. Patterns only and text tests: the
clauses are read in kg.extract.assignment_clauses. May import kg.extract.alternation, text and kg.text."""
from __future__ import annotations

import re
from bisect import bisect_right

from kg.extract.recommendations import supervision_recommends
from kg.extract.text import folded_pattern, letters, vi

# a list item's marker ('- ', '+ ', '1. ', 'a) ') before its subject: '- Sở Tài chính: chủ trì ...'
# ('là cơ quan thường trực, chủ trì ...': the item's role as the standing office, then its task; 'theo dõi' is no 'theo đó')
LEADIN = re.compile(vi(r"[ \t\n]*(?:(?:[-+•–*]|\d{1,2}[.)]|[a-z]\))[ \t]+)?(?:là (?:cơ quan|đơn vị) (?:thường trực|đầu mối)(?: [a-z]+){0,5}?[ \t]*,[ \t]*|"
                       r"(?:theo đó|đồng thời|ngoài ra|trên cơ sở đó|qua đó|vì vậy|do đó|mặt khác|bên cạnh đó|"
                       r"cùng với đó|tiếp theo|cụ thể|trong thời gian tới|thời gian tới)(?![a-z])[ \t]*,?[ \t]*"
                       # the label of a plan's part on the line of its first task: '2. Tổ chức thực hiện: Phòng Tài chính -
                       # Kế hoạch chủ trì, ...', 'Phân công nhiệm vụ: ...'
                       r"|(?:tổ chức thực hiện|phân công (?:thực hiện|nhiệm vụ|trách nhiệm))[ \t]*:[ \t]*"
                       # an answer's label in a Q&A, before what the one who answers says: 'Đáp (ông ..., Giám đốc Sở
                       # Xây dựng): Sở sẽ ...', 'Trả lời: ...'
                       r"|(?:đáp|trả lời)(?:[ \t]*\([^()\n]{1,120}\))?[ \t]*:[ \t]*)?"))
SUBJECT_COLON = re.compile(r"[ \t]*:[ \t]*")
DIRECTIVE = folded_pattern(r"(?<![a-z])(?:giao(?: trách nhiệm)?(?: cho)?|yêu cầu|(?:đề|kiến) nghị|phân công|chỉ đạo)[ \t]*[:,]?[ \t]+")
# verbs that hand a task to the bodies after them ('chỉ đạo các xã lập danh sách'); 'hướng dẫn các chi bộ thực hiện quy
# trình' is the guiding body's own task, the bodies it guides are its object
# ('Đảng ủy UBND tỉnh lãnh đạo UBND tỉnh chỉ đạo ...': a party committee leads the body it stands over to act)
# ('qua giám sát, Thường trực HĐND huyện kiến nghị UBND huyện chỉ đạo ...': a supervision's recommendation asks as 'đề nghị')
CAUSATIVE = {"chi dao", "yeu cau", "de nghi", "kien nghi", "giao", "lanh dao"}
# what closes the task of a body that has already done it, as a review reports it (the facts' convention)
REPORTED_MARK = " (reported)"
# a body charged with a task does it itself (Vietnamese: có / chịu trách nhiệm + its task: 'UBND các xã chịu trách nhiệm
# rà soát hộ nghèo'); the boilerplate "chịu trách nhiệm thi hành Quyết định này" and "chịu trách nhiệm trước ..." hold
# officials to account, no task
ANSWERS_FOR = {"co trach nhiem", "chiu trach nhiem"}
ACCOUNT_ONLY = folded_pattern(r"[ \t]+(?:trước|thi hành)(?![a-z])")
# answering to someone about a work names the work as the body's task ('UBND các huyện chịu trách nhiệm trước Chủ tịch UBND
# tỉnh về tiến độ giải phóng mặt bằng': lead, point (h) of our sets' annotation conventions); 'trước ... nếu để xảy ra
# ...' names a failure
ANSWERS_ABOUT = folded_pattern(r"[ \t]+trước[ \t]+[^,;.\n]{3,60}?[ \t]+về[ \t]+(?=[a-z])")
REPORTING = {"dinh ky", "tong hop", "bao cao", "de xuat", "thuong xuyen", "kip thoi", "tiep tuc", "da", "se", "som"}
# a body's duty to report at fixed times ('...; tổng hợp, báo cáo kết quả trước ngày 15/12 hằng năm', '..., báo cáo kết
# quả hằng tháng', '... và báo cáo UBND huyện trước ngày 20 hằng tháng'): the time words that may open it, its verbs,
# and the word that makes it recurring; one report by a day ('báo cáo trước ngày 15/4/2025') is the last step of the
# task before it. 'báo cáo viên' is a person. Compiling what others report ('tổng hợp, báo cáo') is a watching task of
# its own; a body's report on its own work is no task (point (y) of our conventions) and stays in the task it closes.
REPORT_DUTY = folded_pattern(r"(?:(?:định kỳ|hằng (?:năm|quý|tháng|tuần)|trước ngày [0-9/]+(?: tháng [0-9]+)?)[ \t,]+)*"
                             r"(?P<compiles>tổng hợp,?[ \t]+(?:[^,;.\n]{0,60}?[ \t,]+)?)?báo cáo(?![a-z]|[ \t]+viên)")
RECURRING = folded_pattern(r"(?<![a-z])(?:định kỳ|hằng (?:năm|quý|tháng|tuần|ngày)|[0-9]+ tháng một lần)(?![a-z])")
# what opens such a duty inside a clause: a comma, a semicolon or 'và'
# (written to open on its first characters, which the engine's scan skips to: one branch a first character)
DUTY_OPENS = folded_pattern(r",[ \t]*|;[ \t]*| [ \t]*[,;][ \t]*|\t[ \t]*[,;][ \t]*| [ \t]*và[ \t]+|\t[ \t]*và[ \t]+")
# a body whose own task is to follow the work up reports as part of it ('chủ trì theo dõi, đôn đốc ...; hằng năm tổng
# hợp, báo cáo Chính phủ' is one task)
FOLLOWS_UP = folded_pattern(r"(?<![a-z])(?:theo dõi|đôn đốc)(?![a-z])")
FAR_CUE = re.compile(vi(r"(?<![a-z])(?:kiểm tra|giám sát|theo dõi|đôn đốc|thanh tra|chủ trì|lãnh đạo|chỉ đạo)(?![a-z])"))
# the body right after 'giao' / 'phân công' is given the task as its own (read on the source: 'giáo' is no 'giao')
# (written to open on its first characters, which the engine's scan skips to: each word checks the character before it
# once it is read)
ASSIGNED_TO = re.compile(r"(?:G(?<![^\W\d_]G)iao|g(?<![^\W\d_]g)iao|P(?<![^\W\d_]P)hân công|p(?<![^\W\d_]p)hân công)"
                         r"(?:[ \t]+trách nhiệm)?(?:[ \t]+cho)?[ \t]*:?[ \t]*$")
# how far before a subject that word is looked for (the widest look before a subject: ``DIRECTED_BEFORE`` looks 12 back)
BEFORE_SUBJECT = 24
# (opens on the set of its first characters, which a scan skips to: a comma and spaces, or spaces)
AT_THE_SAME_TIME = re.compile(vi(r"[, \t](?:(?<=,)[ \t]+|(?<=[ \t])[ \t]*)(?:đồng thời|và đồng thời)[ \t]+"))
# (not 'được giao': the tasks or remit a body was given, 'theo chức năng, nhiệm vụ được giao', 'hoàn thành nhiệm vụ được
# giao', say what it is to do, not what it did)
REPORTED = folded_pattern(r"(?<![a-z])(?:đã|được(?![ \t]+giao(?![a-z])))(?![a-z])")
# ('đơn vị chủ trì, phối hợp', 'cơ quan chủ trì': the noun of a plan's lead unit, no name before a verb: 'Chỉ tiêu phân kỳ
# và đơn vị chủ trì, phối hợp tại Phụ lục kèm theo')
UNKNOWN_LEAD = re.compile(letters(r"(?P<name>[{U}][^\W\d_]*(?:[ \t]+[^\W\d_]+){1,9}?)(?<![Đđ]ơn vị)(?<![Cc]ơ quan)[ \t]+"
                                  r"(?=chủ trì(?:,)?[ \t]+phối hợp)"))
# the agent of a passive ('Hội nghị do đồng chí ... chủ trì'): read on the source, 'do' is no 'đó' or 'đỏ'
AGENT = re.compile(r"(?<![^\W\d_])do(?![^\W\d_])")
MID_LEAD = folded_pattern(r"(?<=[ \t])chủ trì,?[ \t]+phối hợp với(?![a-z])")
# a share of the bodies that opens a list ('100% chi bộ, đảng bộ cơ sở ...', '42/45 cơ quan, đơn vị ...'): a measure, a
# target or a result, not an opening phrase before the subject
MEASURED = re.compile(r"\d+(?:[.,]\d+)?(?:[ \t]*%|/\d+[ \t]+[a-z])")


# 'chủ trì, phối hợp với ' right before the partners' names (nothing else between the role and them)
LEAD_WITH_PARTNERS = folded_pattern(r"chủ trì[ \t]*,?[ \t]*(?P<partner>phối hợp (?:với|cùng)|cùng)[ \t]+$")


NO_DEFAULT = {"ban hanh", "giao", "yeu cau", "de nghi", "kien nghi", "phan cong", "chi dao", "to chuc"}
# ... but organising work, not a meeting, is a task of the body's own: 'Trung tâm Dịch vụ nông nghiệp tổ chức tập huấn
# kỹ thuật cho nông dân', '... tổ chức diễn tập phương án chữa cháy' (where a body is asked or a plan's tasks run on)
ORGANISES_WORK = folded_pattern(r"(?<![a-z])tổ chức[ \t]+(?:các[ \t]+)?(?:lớp[ \t]+)?(?:tập huấn|bồi dưỡng|đào tạo|diễn tập|tuần tra"
                                r"|truy quét|đối thoại|thu gom|cưỡng chế|khám sàng lọc|tiêm chủng|cấp phát)(?![a-z])")
# a cell's meetings a body is told to hold ('lãnh đạo các chi bộ thôn tổ chức sinh hoạt chuyên đề'): its part, as studying
# is (point (ai) of our conventions), not a task of its own
HOLDS_CELL_MEETINGS = folded_pattern(r"tổ chức[ \t]+sinh hoạt(?![a-z])")
# ... and so is a conference to study a document that bodies directed or named in the plural hold ('Các đảng ủy trực thuộc
# tổ chức hội nghị học tập, quán triệt Nghị quyết ...'); one body's own conference is the event the text reports (ai)
HOLDS_STUDY = folded_pattern(r"tổ chức[ \t]+hội nghị[ \t]+(?:học tập|quán triệt)(?![a-z])")


def holds_meetings(f: str, at: int, subjects: list[tuple[int, int]], directed: bool) -> bool:
    """Does the chain at ``at`` hold a cell's meetings, or a study conference of bodies directed or named in the plural
    (``subjects``: their spans in the folded text ``f``)?"""
    return HOLDS_CELL_MEETINGS.match(f, at) is not None or HOLDS_STUDY.match(f, at) is not None and (
        directed or any(f.startswith("cac ", a) for a, _ in subjects))


# a reported role right after a subject: '(trong tỉnh) đã (quan tâm|tập trung) lãnh đạo, chỉ đạo'; a partner named
# with it, 'Triển khai Kế hoạch ..., 15 năm qua, Hội Nông dân huyện đã phối hợp với Ngân hàng Chính sách xã hội huyện
# quản lý ...' (both bodies coordinate)
MID_REPORTED = folded_pattern(r"(?<=[ \t])đã[ \t]+(?:(?:quan tâm|tập trung|chủ động|tích cực)[ \t]+)?"
                              r"(?=(?:lãnh đạo|chỉ đạo|chủ trì|triển khai|tổ chức|ban hành|phối hợp với)(?![a-z]))")
# a time adverbial between a directive word and the bodies it names; with no comma after it, only before 'các' or a
# capitalised name (``bodies_follow``)
# ('đề nghị trong tháng 11, UBND xã ...', 'đề nghị trong đợt cao điểm, ...': a month, quarter or campaign, up to its comma)
TIME_ADVERB = re.compile(vi(r"(?:trong[ \t]+)?(?:thời gian tới(?:[ \t]+đây)?|năm \d{4}|những năm (?:tới|tiếp theo)|"
                            r"từ nay đến cuối (?:năm|nhiệm kỳ)|giai đoạn tới|(?:tháng|quý|đợt|dịp)[ \t][^,;.:\n]{1,40}(?=,))"
                            r"(?:[ \t]*,[ \t]*|[ \t]+)"))
# what the tasks are for, between a directive word and the bodies it names (a closing speech's 'đề nghị thời gian tới,
# để thực hiện thắng lợi Nghị quyết số 05-NQ/TU, các sở ...', 'yêu cầu, để tiếp tục thực hiện hiệu quả Nghị quyết ...,
# các đơn vị ...'): the bodies come after it, and the document it names
# stays in the clause for the tasks' document (tests/ANNOTATION.md (g))
PURPOSE_ADVERB = folded_pattern(r"[ \t]*:?[ \t]*(?:để|nhằm)[ \t]+(?:tiếp tục[ \t]+)?(?:thực hiện|triển khai|hoàn thành)(?![a-z])"
                                r"[^,;:.\n]{3,160},[ \t]*")
REPORTED_ROLE = folded_pattern(r"(?<![a-z])da(?![a-z])")
# a time phrase after an opening one: '..., sau 5 năm, ', '..., trong nhiệm kỳ qua, '
TIME_PHRASE = folded_pattern(r"(?:sau|trong|qua|từ|đến|những năm|giai đoạn|thời gian)(?![a-z])[^,;.\n]{0,40},[ \t]*")
# the bodies' remit between them and their verbs: '... căn cứ chức năng, nhiệm vụ được giao ...', '... theo thẩm quyền ...',
# '... căn cứ Kế hoạch này ...'
# ('Sở Thông tin và Truyền thông là cơ quan đầu mối, chủ trì ...', 'Ban Thanh niên Trường học là đơn vị thường trực,
# chủ trì ...', '- Sở Nông nghiệp và Môi trường: cơ quan đầu mối, chủ trì ...': its standing, then its task; 'Sở Lao động
# - Thương binh và Xã hội là cơ quan chủ trì Chương trình, phối hợp với ...': its role named as a noun, then its task;
# 'là cơ quan chủ trì tham mưu, phối hợp với ...' goes on in verbs, the body's own task; 'Bộ Công an là cơ quan chủ quản
# Chương trình, chủ trì ...': the programme's owner, then its task)
REMIT = re.compile(vi(r"[ \t]*,?[ \t]*(?:(?:căn cứ(?:[ \t]+vào)?|theo|trong phạm vi|thực hiện theo)[ \t]+(?:đúng[ \t]+)?"
                      r"(?:(?:chức năng(?:,?[ \t]+(?:và[ \t]+)?nhiệm vụ)?|nhiệm vụ)(?:,?[ \t]+(?:và[ \t]+)?quyền hạn)?|thẩm quyền|(?:nội dung[ \t]+)?(?:kế hoạch|"
                      r"quyết định|chỉ thị|nghị quyết|chương trình|hướng dẫn|công văn)(?:[ \t]+này)?)"
                      r"(?:[ \t]+(?:được (?:giao|phân công)|của mình|của (?:đơn vị|ngành|cơ quan|địa phương)(?:[ \t]+mình)?))?"
                      r"|(?:là[ \t]+)?(?:cơ quan|đơn vị)[ \t]+(?:đầu mối|thường trực|chủ quản|chủ trì(?![ \t]+(?:tham mưu|thực hiện|triển khai"
                      r"|tổ chức|xây dựng|hướng dẫn|theo dõi)(?![a-z])))(?:[ \t]+[a-z]+){0,5}?(?=[ \t]*,)"
                      r"|là (?:đầu mối|thường trực)(?:[ \t]+[a-z]+){0,5}?(?=[ \t]*,))[ \t]*,?[ \t]*"))


# a body reporting its own work: '<body> cho biết(,) đã ...'
SAYS = folded_pattern(r"[ \t]+cho biết[ \t]*,?[ \t]*")
# (and the duty named after the hand-over word: 'Sở Nội vụ được giao nhiệm vụ chủ trì ...', 'được phân công trách nhiệm')
ASKED = re.compile(vi(r"[ \t]+được[ \t]+(?:đề nghị|yêu cầu|giao|phân công)[ \t]+(?:(?:nhiệm vụ|trách nhiệm)[ \t]+)?"))
OWN_PLAN_FOLLOWS = re.compile(vi(r"xây dựng[ \t]+(?:kế hoạch|chương trình)(?:[ \t]+[a-z]+){0,8}?[ \t]+như sau[ \t]*:"))
# (the co-organiser's name may run on past the chain: 'phối hợp với Hội LHPN (LHPN) tỉnh tổ chức hội nghị ...')
HOLDS_MEETING = re.compile(vi(r"[^.;:\n]{0,40}?(?<![a-z])tổ chức[ \t]+(?:hội nghị|hội thảo|lễ|buổi|cuộc|đại hội|tọa đàm)(?![a-z])"))
# funding a work ('cân đối, bố trí kinh phí ...', 'bảo đảm kinh phí', 'bố trí 350 triệu đồng'): the body told to fund it
# leads it, the owner of the money; the units' counterpart resources ('bố trí nguồn lực đối ứng'), a budget set aside
# to entrust ('dành ngân sách ...') and staff placed ('bố trí lực lượng') are no funding of the work
FUNDS = folded_pattern(r"(?:(?:xem xét|thẩm định|kịp thời),?[ \t]+)?(?:cân đối,?[ \t]+)?(?:bố trí|bảo đảm|đảm bảo|cân đối|dành)"
                       r"(?:[ \t]+(?:đủ|tối thiểu|ít nhất))?[ \t]+(?:kinh phí|vốn|ngân sách|[0-9][0-9.,]*[ \t]+(?:triệu|tỷ)[ \t]+đồng)"
                       r"(?![a-z])")
# concretising a document into the body's own programme ('cụ thể hóa Kế hoạch thành chương trình hành động', 'khẩn
# trương cụ thể hóa các nghị quyết vừa thông qua', 'sớm xây dựng chương trình hành động thực hiện Nghị quyết') is
# drafting it, as 'xây dựng kế hoạch' is: the body asked to do it leads it
DRAFTS_OWN_PLAN = folded_pattern(r"(?:(?:tiếp tục|khẩn trương|sớm|kịp thời|chủ động),?[ \t]+)?(?:cụ thể hóa|cụ thể hoá"
                                 r"|xây dựng chương trình hành động)(?![a-z])")
# chairing a meeting is the event a text reports, no task ('Chủ tịch UBND xã chủ trì cuộc họp với các ngành')
CHAIRS_MEETING = folded_pattern(r"[ \t]+(?:cuộc họp|buổi họp|phiên họp|kỳ họp|buổi làm việc|hội nghị)(?![a-z])")
# the head of a body named by office ('Chủ tịch UBND các xã', 'Giám đốc Sở Tài chính', 'Thủ trưởng các cơ quan'): a
# chair's chỉ thị holds the head answerable for the task, which he leads
OFFICIAL = folded_pattern(r"(?:chủ tịch|giám đốc|thủ trưởng|người đứng đầu|bí thư)(?![a-z])")
# the closing line of a decision or chỉ thị that names the heads who carry it out ('Giám đốc các sở; Chủ tịch UBND các
# huyện chịu trách nhiệm thi hành Quyết định này', '... tổ chức thực hiện nghiêm túc./.'): a formula, no task; naming
# the text itself ('Yêu cầu các cấp ủy, tổ chức đảng nghiêm túc thực hiện Chỉ thị này.') it is one whoever is named
CLOSING = folded_pattern(r"(?:chịu trách nhiệm thi hành|(?:tổ chức )?thực hiện nghiêm(?: túc)?"
                         r"|nghiêm túc (?:tổ chức )?(?:triển khai )?thực hiện)"
                         r"(?P<this>[ \t]+(?:quyết định|chỉ thị|kế hoạch|thông báo|nghị quyết|kết luận|chương trình) này)?"
                         r"[ \t]*(?:[./;\n]|$)")
# a letter's closing words of courtesy, asking care for the whole of it and naming no work: 'Bộ ... đề nghị Ủy ban nhân
# dân các tỉnh quan tâm, chỉ đạo thực hiện./.', 'Đề nghị các đơn vị quan tâm, phối hợp thực hiện.', 'Yêu cầu các cơ quan,
# đơn vị nghiêm túc triển khai thực hiện./.' (no task)
CARE_CLOSING = folded_pattern(r"(?:quan tâm|nghiêm túc)(?:[ \t]*,?[ \t]*(?:chỉ đạo|phối hợp|triển khai|tổ chức|thực hiện))*[ \t./]*$")
# (an urgent letter's 'khẩn trương thực hiện các nội dung sau:', 'quyết liệt triển khai các nhiệm vụ sau:' too)
TASKS_FOLLOW = re.compile(vi(r"(?:(?:tập trung|tiếp tục|khẩn trương|quyết liệt|chủ động|nghiêm túc)[ \t]+)?(?:thực hiện|làm|triển khai)"
                             r"(?:[ \t]+(?:tốt|có hiệu quả|nghiêm túc|ngay))?"
                             r"[ \t]+(?:các|một số|những)[ \t]+(?:nhiệm vụ|nội dung|giải pháp)"
                             r"(?:[ \t]+(?:trọng tâm|chủ yếu|cụ thể))?[ \t]+(?:sau|như sau)[ \t]*:?[ \t]*$"))
# 'Hội' alone before its verbs ('Hội đã phối hợp ...', 'Hội cũng ...'), and an association's full name ('Hội Nông dân ...')
# (and a department: 'Sở sẽ chủ trì, ...' after 'Đáp (ông ..., Phó Giám đốc Sở Xây dựng):', the one named last)
BARE_ASSOCIATION = re.compile(letters(r"(?P<head>Hội|Sở)[ \t]+(?=[{L}])"))
ASSOCIATION_NAME = re.compile(letters(r"(?<![{L}{U}])(?P<head>Hội|Sở)[ \t]+(?=[{U}])"))
COMMA_BREAK = re.compile(r",[ \t]+")
WORD_START = re.compile(r"(?<![a-z0-9])[a-z0-9]")
DEADLINE = folded_pattern(r"(?:hoàn thành|xong)[ \t]+(?:trong|trước|chậm nhất|vào)(?![a-z])")
HEADING_END = re.compile(r"[ \t]*:[ \t]*")
SPACE = re.compile(r"[ \t]+")
# a plan's task heading that names its bodies as the holders of the duties under it (trách nhiệm / nhiệm vụ của): '1.
# Trách nhiệm của Sở Tài chính:', '2. Nhiệm vụ cụ thể của UBND các xã, phường' (the bodies after 'của' are its subjects,
# as after 'Đối với' in a report's recommendations)
# (a heading only: its bodies close the line or its colon does; 'Trách nhiệm của UBND các xã trong việc này chưa cao'
# judges, it hands nothing over)
DUTY_OF = folded_pattern(r"(?:trách nhiệm|nhiệm vụ)(?:[ \t]+cụ thể)?[ \t]+của[ \t]+")
_DUTY_HEADING_CLOSE = re.compile(r"[ \t]*(?::|\.?[ \t]*$)")

NUMBERED = re.compile(r"[ \t]*(?:\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ]\))[ \t]+")
# (or a lettered one, 'a) Xây dựng kế hoạch ...', under a line that names only its bodies: '4. UBND các xã, phường:')
ITEM_LINE = re.compile(r"[ \t]*(?:[+\-•–]|[a-zđ]\))[ \t]+")
TASK_WORD = re.compile(letters(r"[ \t]+[{L}]"))
PURPOSE_SUBJECT = folded_pattern(r"(?<![a-z])(?:để|nhằm để)[ \t]+")
CHARGE = folded_pattern(r"(?<![a-z])giao nhiệm vụ cho[ \t]+")
# the Party's committees and organisations named side by side: 'các cấp ủy, tổ chức đảng (trực thuộc Tỉnh ủy)' (two
# rows, the qualifier on both), and the organisations' words where the second name starts
PARTY_PAIR = folded_pattern(r"(?:các[ \t]+)?cấp ủy(?:[ \t]+đảng)?[ \t]*,[ \t]*(?:các[ \t]+)?tổ chức (?:cơ sở )?đảng(?:[ \t]+[a-z]+){0,5}")
PARTY_ORGS = folded_pattern(r"(?:các[ \t]+)?tổ chức (?:cơ sở )?đảng(?![a-z])")
# 'các cấp' after a list: every level, which 'các cấp ủy' already says
ALL_LEVELS = folded_pattern(r"(?:ở[ \t]+)?các cấp")
# the verb of directing right before the bodies directed ('... xã đã chỉ đạo các thôn rà soát ...')
DIRECTED_BEFORE = folded_pattern(r"chỉ đạo[ \t]+$")
# a speaker directing the bodies present: 'đề nghị các đảng đoàn ...', 'yêu cầu ...', 'lưu ý ...'
SPEAKER_DIRECTS = folded_pattern(r"(?<![a-z])(?:đề nghị|yêu cầu|lưu ý|chỉ đạo)(?![a-z])[ \t]*")


def reported_between(t: str, f: str, a: int, b: int) -> bool:
    """'đã' between a and b, in lower case: a capitalised 'Đa' is a name's ('Trường THPT Hòa Đa', 'xã Đa Phước')."""
    return any(t[m.start()].islower() for m in REPORTED_ROLE.finditer(f, a, b))


def paragraph_index(t: str):
    breaks = [m.start() for m in re.finditer(r"\n", t)]

    def index(pos: int) -> int:
        return bisect_right(breaks, pos)
    return index


def is_directive_word(t: str, m) -> bool:
    """'giao' (to assign), not 'giáo' of 'Ban Tuyên giáo' or 'giáo dục', which fold alike; 'kiến nghị' where a
    supervision recommends (kg.extract.recommendations), not where voters or firms petition."""
    if m.group(0).startswith("kien nghi"):
        return supervision_recommends(t, m.start())
    if not m.group(0).startswith("giao"):
        return True
    return t[m.start():m.start() + 4].lower() == "giao"


def directs_between(t: str, f: str, a: int, b: int) -> bool:
    """Does a verb that hands a task on stand between ``a`` and ``b`` ('Chính phủ giao Bộ ...'), not the 'giáo' of a name
    read up to its role ('Cục Nhà giáo và Cán bộ quản lý giáo dục chủ trì, ...')?"""
    return any(is_directive_word(t, m) for m in DIRECTIVE.finditer(f, a, b))


def in_quote(t: str, start: int, pos: int) -> bool:
    """Is ``pos`` inside a quotation opened after ``start`` (a sentence's start)? A quotation that opens the sentence is
    a speaker's own words, reported before the speaker is named ('"Chúng tôi giao Sở Y tế chủ trì ...", ông ... cho
    biết'): what it hands over is handed over, so it does not count; one opened mid-sentence names a slogan or a title."""
    seg = t[start:pos]
    lead = len(seg) - len(seg.lstrip(' \t\n-–•*'))
    if seg[lead:lead + 1] in ('"', "“"):
        seg = seg[lead + 1:]
    return seg.count("“") > seg.count("”") or seg.count('"') % 2 == 1


def unquoted(task: str) -> str:
    """A task as the quotation that opened its sentence words it: up to the quotation's close, without the speaker named
    after it ('xây dựng kho dữ liệu", ông ... cho biết' is 'xây dựng kho dữ liệu')."""
    cut = min((i for i in (task.find("”") if task.count("“") < task.count("”") else -1,
                           task.find('"') if task.count('"') % 2 == 1 else -1) if i >= 0), default=-1)
    return task[:cut].rstrip(" ,.;") if cut > 0 else task


def report_duty_at(f: str, pos: int, end: int) -> bool:
    """Whether a duty to compile and report at fixed times opens at ``pos`` of the folded text (within ``end``): its
    verbs, and a word of recurrence before the next semicolon."""
    m = REPORT_DUTY.match(f, pos, end)
    if not m or not m.group("compiles"):
        return False
    stop = f.find(";", pos, end)
    return RECURRING.search(f, pos, end if stop < 0 else stop) is not None


def report_duty_after(f: str, start: int, end: int) -> tuple[int, int] | None:
    """(where its opening comma or 'và' stands, where it opens) of the first duty to compile and report at fixed times
    inside f[start:end]; None where there is none."""
    for m in DUTY_OPENS.finditer(f, start, end):
        if report_duty_at(f, m.end(), end):
            return m.start(), m.end()
    return None


# a measured result a review states: a figure set against a plan, a quota or an earlier year ('đạt 75% so với kế
# hoạch', 'vượt 12% so với kế hoạch', 'tăng 3,1% so với năm 2023', 'đạt 18,2%, vượt chỉ tiêu Kế hoạch đề ra'); a bare
# count of what a body did ('vận động được 18,6 tỷ đồng') measures nothing against anything
MEASURED_RESULT = folded_pattern(
    r"(?<![a-z])(?:(?:đạt|vượt|bằng|tăng|giảm)(?:[ \t]+thêm)?[ \t]+[0-9][0-9.,]*[ \t]*(?:%|lần|điểm phần trăm)?"
    r"[ \t]+(?:so với|kế hoạch|chỉ tiêu|dự toán)|vượt[ \t]+(?:mức[ \t]+)?(?:chỉ tiêu|kế hoạch))(?![a-z])")
# what makes such a figure a goal or an order: 'phấn đấu tăng 10% so với năm 2024', 'yêu cầu ... đạt 100% kế hoạch'
GOAL_OR_ORDER = folded_pattern(r"(?<![a-z])(?:phấn đấu|mục tiêu|đến năm|đến hết năm|yêu cầu|đề nghị|giao|cần|phải|bảo đảm"
                               r"|đảm bảo|hoàn thành)(?![a-z])")


def states_result(t: str, f: str, a: int, b: int) -> bool:
    """Whether f[a:b] (a clause, from its subject on) states a measured result and asks for none: what a review says a
    body reached ('Các địa phương đã hỗ trợ xây mới 1.126 căn nhà, đạt 75% so với kế hoạch') is an outcome, no task."""
    return MEASURED_RESULT.search(f, a, b) is not None and not any(
        is_directive_word(t, m) for m in GOAL_OR_ORDER.finditer(f, a, b))


# a Party inspection's tally that a review states ('các cấp ủy đã kiểm tra 1.245 tổ chức đảng và 3.870 đảng viên', 'giám
# sát chuyên đề 1.015 tổ chức đảng'): how many were inspected, a figure of the period's work, not a task of the body that
# inspected (a goal is worded otherwise: 'kiểm tra ít nhất 30% tổ chức đảng', 'mỗi năm kiểm tra 100% chi bộ')
INSPECTION_TALLY = folded_pattern(r"[ \t]*(?:đã[ \t]+)?(?:tiến hành[ \t]+)?(?:kiểm tra|giám sát)(?:,?[ \t]+(?:và[ \t]+)?giám sát)?"
                                  r"(?:[ \t]+chuyên đề)?(?:[ \t]+(?:đối với|được))?[ \t]+[0-9][0-9.]*[ \t]+"
                                  r"(?:tổ chức (?:cơ sở )?đảng|đảng viên|chi bộ|cấp ủy|đảng bộ)(?![a-z])")
# ... unless another body had it do the inspecting ('Ban Thường vụ Tỉnh ủy đã lãnh đạo, chỉ đạo các cấp ủy kiểm tra 1.245
# tổ chức đảng ...'): the directed body's part in a chain the review reports
_DIRECTED_BEFORE_BODY = folded_pattern(r"(?<![a-z])(?:chỉ đạo|lãnh đạo|giao|yêu cầu|đề nghị)[ \t]+$")
# ... or the time ahead, where a count is the work planned ('Thời gian tới, Ủy ban Kiểm tra sẽ kiểm tra 12 tổ chức đảng')
_AHEAD = folded_pattern(r"(?<![a-z])(?:sẽ|thời gian tới|tới đây|sắp tới|năm tới|tiếp tục|phấn đấu|dự kiến|kế hoạch)(?![a-z])")


def result_not_task(t: str, f: str, span: tuple[int, int], role: str, clause, task_start: int) -> bool:
    """Whether the row of the body at ``span``, whose task starts at ``task_start`` in ``clause``, states a result and
    no task: a body named before, carried into a clause that states a measured result ('Huyện ủy, UBND huyện đã chỉ
    đạo ...; hỗ trợ nhà ở cho 412 hộ, vượt 12% so với kế hoạch'), or an inspection's tally (INSPECTION_TALLY) said of
    the body itself, asked of nobody and not of the time ahead."""
    if span[1] <= clause.start and role != "lead" and states_result(t, f, clause.start, clause.end):
        return True
    return role == "monitor" and INSPECTION_TALLY.match(f, task_start, clause.end) is not None \
        and _DIRECTED_BEFORE_BODY.search(f, max(0, span[0] - 16), span[0]) is None \
        and not any(is_directive_word(t, m) for m in GOAL_OR_ORDER.finditer(f, clause.start, clause.end)) \
        and _AHEAD.search(f, max(f.rfind("\n", 0, clause.start) + 1, clause.start - 160), clause.end) is None


def bodies_follow(f: str, t: str, adv: re.Match) -> bool:
    """Whether bodies may follow a time adverbial matched by TIME_ADVERB: after a comma, or before 'các' or a capitalised
    name ('đề nghị thời gian tới Sở Tài chính ...'); not before a verb ('đề nghị thời gian tới tiếp tục ...')."""
    end = adv.end()
    return "," in adv.group(0) or f.startswith("cac ", end) or (end < len(t) and t[end].isupper())


def asked_heading(P, start: int, end: int) -> list[tuple[int, int]]:
    """The bodies a line up to ``end`` (from ``start``) asks or hands over to, right before the colon that closes it:
    the '-' items under 'Chủ tịch UBND tỉnh yêu cầu các sở, ngành:' or 'Đồng chí Bí thư đề nghị Đảng ủy các xã:' are
    their tasks, whoever is speaking; none where the asking is reported done ('đã yêu cầu các xã:'). An urgent
    letter's 'đề nghị UBND các tỉnh khẩn trương thực hiện các nội dung sau:' asks the same of them."""
    asks = [m for m in DIRECTIVE.finditer(P.f, start, end) if is_directive_word(P.t, m)]
    if not asks or REPORTED.search(P.f, start, asks[-1].start()):
        return []
    bl, last = P.body_list(asks[-1].end(), end)
    if not bl:
        return []
    return bl if HEADING_END.fullmatch(P.f, last, end) or tasks_listed_next(P.f, last, end) else []


def tasks_listed_next(f: str, at: int, end: int) -> bool:
    """Do the words from ``at`` to ``end`` of the folded text only point, before a colon, at the tasks listed under the
    line ('... Ủy ban nhân dân các tỉnh khẩn trương thực hiện các nội dung sau:')? The bodies named before them are
    asked those tasks, as by '... Ủy ban nhân dân các tỉnh:'."""
    gap = SPACE.match(f, at, end)
    return gap is not None and f[at:end].rstrip().endswith(":") and TASKS_FOLLOW.match(f, gap.end(), end) is not None


def duty_heading(P, at: int, end: int) -> re.Match | None:
    """The 'Trách nhiệm của' / 'Nhiệm vụ của' that opens at ``at`` a heading naming the bodies of the duties under it or
    after its colon, up to ``end``; None elsewhere."""
    m = DUTY_OF.match(P.f, at, end)
    if m is None:
        return None
    bl, last = P.body_list(m.end(), end)
    return m if bl and _DUTY_HEADING_CLOSE.match(P.f, last, end) else None
