"""The phrases around a task's bodies and verbs in plans and reports (Vietnamese: cách viết giao việc): who leads a task
named before them ('... do Công an tỉnh chủ trì'), a table's column of bodies flattened into prose ('Cơ quan chủ trì:'),
a standing office, a directive word closing its line, a time to come between the bodies and their verbs, a sentence
that opens on a time gone by. Read by kg.extract.assignments."""
from __future__ import annotations

import re

from kg.extract.text import folded_pattern
from kg.text.symbols import letters

# a task and its lead after it: '... do Công an tỉnh chủ trì'; the words of a meeting, whose chair leads no task
LED_BY = folded_pattern(r"(?<![a-z])do[ \t]+(?=[^\W\d_])")
# ... and its partners after the lead's role: '... do Công an tỉnh chủ trì, phối hợp với Sở Tư pháp thực hiện', '... do
# Trung tâm Y tế chủ trì cùng Hội Chữ thập đỏ tổ chức'
PARTNERS_AFTER_LEAD = folded_pattern(r"[ \t]*chủ trì[ \t]*,?[ \t]*(?:phối hợp|cùng)(?:[ \t]+với)?[ \t]+")
MEETING_WORD = folded_pattern(r"(?<![a-z])(?:hội nghị|hội thảo|tọa đàm|buổi|lễ|cuộc|phiên|kỳ họp|đoàn|chương trình)(?![a-z])")
# a time to come between the bodies and their verbs: 'UBND huyện trong năm 2025 tập trung ...', or each year's: 'UBND
# xã hằng năm trích một phần ngân sách ...'
TIME_AFTER_BODIES = folded_pattern(r"[ \t]+(?:trong[ \t]+)?(?:thời gian tới(?:[ \t]+đây)?|năm \d{4}|những năm tới|giai đoạn tới"
                                   r"|hằng năm|hàng năm"
                                   r"|từ nay đến cuối (?:năm|nhiệm kỳ))[ \t]*,?[ \t]*(?:sẽ[ \t]+)?")
# the occasion a speaker names between the bodies asked and their verbs: 'Tôi đề nghị các cấp ủy, chính quyền, khi triển
# khai Nghị quyết, phải bố trí ...' (one clause between commas, on carrying a document out)
WHEN_CARRYING_OUT = folded_pattern(r"[ \t]*,[ \t]*khi[ \t]+(?:tổ chức[ \t]+)?(?:thực hiện|triển khai|quán triệt|cụ thể hóa)"
                                   r"[^,;.\n]{1,80},[ \t]*")
# a sentence opening on a time gone by: 'Những năm qua, ...', 'Thời gian qua, ...', 'Qua 3 năm thực hiện Kết luận, ...',
# 'Trong 3 năm, ...' (not 'Trong 3 năm tới')
PAST_OPENER = folded_pattern(r"[ \t]*(?:(?:những năm|thời gian|nhiệm kỳ|năm|giai đoạn)(?: vừa)? qua"
                             r"|(?:trong|sau|qua) (?:\d{1,2}|hai|ba|bốn|năm|mười) năm(?: qua)?(?: (?:triển khai )?thực hiện[^,;.\n]{0,120})?)"
                             r"[ \t]*,")
# the label of a plan table's column of bodies: 'Cơ quan chủ trì:', 'Đơn vị phối hợp:'
# (the word for a unit may be both, 'Cơ quan, đơn vị chủ trì:', 'Cơ quan/đơn vị phối hợp:', as a table's column is named;
# or none before the lead's and the partners' roles, 'Chủ trì: Sở Y tế; phối hợp: ...')
UNIT_WORDS = r"(?:co quan|don vi)(?:[ \t]*[,/][ \t]*(?:co quan|don vi))?"
ROLE_LABEL = re.compile(r"(?:" + UNIT_WORDS + r"[ \t]+|(?=(?:chu tri|phoi hop)[ \t]*:))"
                        r"(?P<role>chu tri|phoi hop|theo doi|kiem tra|giam sat)(?:[ \t]+thuc hien)?[ \t]*:[ \t]*")
_OTHER_ROLE = {"chu tri": re.compile(r"(?<![a-z])phoi hop(?:[ \t]+thuc hien)?[ \t]*:"),
               "phoi hop": re.compile(r"(?<![a-z])chu tri(?:[ \t]+thuc hien)?[ \t]*:")}


def labelled_role(f: str, label: re.Match) -> bool:
    """Is ``label`` (a ``ROLE_LABEL`` match in the folded text) a column of a task's bodies read with the prose? Not in a
    bracket after a task, which kg.extract.assignment_tables reads ('... (Chủ trì: Ban Kinh tế; phối hợp: ...)'). A label
    with its word for a unit is; a bare 'Chủ trì:' or 'Phối hợp:' only beside the other one, on its line or the line
    before or after ('Chủ trì: Sở Y tế; phối hợp: ...'), not a meeting's chair ('Chủ trì: đồng chí ..., Phó Chủ tịch')."""
    line = f.rfind("\n", 0, label.start()) + 1
    if f.rfind("(", line, label.start()) > f.rfind(")", line, label.start()):
        return False
    if not f.startswith(label.group("role"), label.start()):
        return True
    a = f.rfind("\n", 0, max(0, f.rfind("\n", 0, label.start()))) + 1
    b = f.find("\n", f.find("\n", label.end()) + 1)
    return _OTHER_ROLE[label.group("role")].search(f, a, len(f) if b < 0 else b) is not None


# where such a column's cell ends when the next column follows on its line: a full stop before a capital, or a stop or
# semicolon before the next label ('Cơ quan chủ trì: Sở Nội vụ. Cơ quan phối hợp: Sở Tài chính; thời gian: quý III');
# not the stop of a city's short title ('UBND TP. Vinh'), nor the semicolon between two units of one cell
CELL_END = re.compile(letters(r"(?<!TP)\.[ \t]+(?=[{U}])|[.;][ \t]*(?=[{U}{L}][^.:;\n]{0,40}:)"))
# a directive word that closes its line on a colon, naming the bodies in the items under it
ASKS_LIST = folded_pattern(r"(?<![a-z])(?:giao|yêu cầu|đề nghị|chỉ đạo|lưu ý)[ \t]*:[ \t]*$")
# the standing body of a task is its lead, whatever verbs follow ('Giao Văn phòng Tỉnh ủy là đầu mối, tổng hợp kết quả',
# 'Sở Lao động - Thương binh và Xã hội là cơ quan chủ trì Chương trình, phối hợp với Sở Tài chính ...', '- Sở Nông nghiệp
# và Môi trường: cơ quan đầu mối, ...')
STANDING = folded_pattern(r"(?<![a-z])(?:là (?:(?:cơ quan|đơn vị) )?(?:đầu mối|thường trực)|(?:là|:)[ \t]*(?:cơ quan|đơn vị) "
                          r"(?:đầu mối|thường trực|chủ trì))(?![a-z])")
# a partner named by its level being the subject's: 'Ủy ban MTTQ các xã phối hợp với UBND cùng cấp ...'
SAME_LEVEL = folded_pattern(r"[ \t]+cùng cấp(?![a-z])")
