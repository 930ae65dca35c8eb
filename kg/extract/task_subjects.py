"""The bodies a task names one after another (Vietnamese: chủ thể của nhiệm vụ) and the verb chain after them. Split
from kg.extract.assignments, which turns them into rows."""
from __future__ import annotations

import re

from kg.extract.bodies import BODY_MODIFIERS, body_regex, may_start_body
from kg.extract.literals import may_match
from kg.extract.short_names import ShortNames
from kg.extract.task_verbs import VERB_RE
from kg.extract.text import folded_pattern, letters
from kg.text.symbols import UPPER

BODY_SEP = re.compile(r"[ \t]*(?:,[ \t]*(?:va[ \t]+)?|va[ \t]+|&[ \t]*)")
# a list of bodies joined by semicolons before their shared verbs ('Sở Tài chính; Sở Xây dựng bố trí kinh phí'): only
# before a body's capital (a clause after a semicolon is read on its own, kg.extract.assignment_clauses.joined_lists)
_SEMI_SEP = re.compile(r"[ \t]*;[ \t]*")
VSEP = re.compile(r"[ \t]*(?:,[ \t]*|va[ \t]+)?")
_BLANKS = re.compile(r"[ \t]*")
_WITH = re.compile(r"[ \t]*(?:voi[ \t]+)?")
_AND_WORD = re.compile(r"[ \t]va[ \t]")
_BARE_COMMITTEE = re.compile(r"(?:cac )?(?:huyen|thanh|quan|thi|dang|tinh) uy$")
# the committees of a province's districts, towns and cities named by their kinds after one 'các': one addressee
# ('các huyện ủy, thị ủy, thành ủy nhân rộng mô hình ...'), as point (w) of our conventions keeps such a list whole
_UNIT_COMMITTEES = re.compile(r"cac (?:huyen|thanh|quan|thi) uy(?:, (?:huyen|thanh|quan|thi) uy)*$")
_UNIT_COMMITTEE = re.compile(r"(?:huyen|thanh|quan|thi) uy(?![a-z])")
PROPER = re.compile(r"(?:Sở|Bộ|Vụ|Ban|Hội|Liên minh|Liên đoàn|Trung tâm|Trường|Văn phòng|Ủy ban|Uỷ ban|Công an|Đài|Báo|Viện|"
                   r"Chi cục|Chi nhánh|Cục|Phòng|Trạm|Tổng cục|Câu lạc bộ|Hiệp hội|Quỹ|Ngân hàng|Bệnh viện|Kho bạc|Thanh tra|Đội|Hạt|Hợp tác xã|"
                   r"Tòa án|Viện kiểm sát|Bộ Chỉ huy|Ban Chỉ huy|"
                   # the State's firms and the investigating office named as partners: 'phối hợp với Viễn thông Phú Thọ',
                   # 'Công ty Điện lực Quảng Trị', 'lãnh đạo Cơ quan Cảnh sát điều tra Công an tỉnh'
                   r"Viễn thông|Điện lực|Công ty|Tổng công ty|Cơ quan)[ \t]+(?:và[ \t]+)?[{U}][^\W\d_]*"
                   # an inspectorate named by its level alone: 'chỉ đạo Thanh tra tỉnh, Công an tỉnh phối hợp ...' (in
                   # capitals: 'thanh tra tình hình' is an act)
                   r"|Thanh tra[ \t]+(?:tỉnh|thành phố|huyện|xã|phường)(?![^\W\d_])"
                   # the tax offices since 2025, by their level: 'phối hợp với Thuế cơ sở', 'Thuế tỉnh'
                   r"|Thuế[ \t]+(?:tỉnh|thành phố|cơ sở(?:[ \t]+\d{1,2})?)(?![^\W\d_])".replace("{U}", UPPER))
_CAP_AFTER = re.compile(letters(r"(?:[ \t][{U}][^\W\d_]{0,10}){1,4}"))
_DASH_NAME = re.compile(letters(r"[ \t]*[-–][ \t]*[{U}][{L}]*"))
_LEVEL_AFTER = re.compile(BODY_MODIFIERS + r"{1,3}")
_NAME_WORD = re.compile(r"[ \t]+([^\W\d_]+)")
_DIRECTION_OF = re.compile(r"(?:chi dao|lanh dao)[ \t]+cua(?![a-z])")
_WHOSE = re.compile(r"[ \t]+cua(?![a-z])")
# the field a name ends on, right before the body's 'chủ trì': 'Cục Cảnh sát điều tra tội phạm về ma túy chủ trì, ...'
_FIELD_THEN_LEAD = re.compile(r"(?P<field>về(?:[ \t]+[^\W\d_]+){1,4}?)(?=[ \t]+chủ trì(?![^\W\d_]))")
# one plural head for the departments named after it, and where a name of the list may end
_SHARED_HEAD = re.compile(r"[Cc]ác[ \t]+[Ss]ở[ \t]*:?[ \t]+(?=[{U}])".replace("{U}", UPPER))
_NAME_BOUNDARY = re.compile(r"(?:,[ \t]+|[ \t]+và[ \t]+|[ \t]+(?=[^\W\d_]))")
# a steering committee named by its field in lower case, up to its level (never past its role or its partner: 'Ban Chỉ
# đạo tỉnh chủ trì, phối hợp với Công an tỉnh mở ...' names two bodies)
_STEERING = folded_pattern(r"ban chỉ đạo(?: (?:và )?(?!(?:chủ trì|phối hợp|với|của)(?![a-z]))[a-z]+,?){1,18}? "
                           r"(?:tỉnh|huyện|xã|phường|thành phố)(?![a-z])")
_PLURAL_UNITS = folded_pattern(r"(?<![a-z])các (?:xã|phường|thị trấn|huyện) [a-z]")
_JOINT_OFFICE = re.compile(r"[ \t]+va[ \t]+(?:hdnd|ubnd|hoi dong nhan dan|uy ban nhan dan)(?![a-z])")
_NAME_STOP = {"của", "với", "các", "để", "về", "trong", "tại", "cho", "theo", "có", "đã", "sẽ", "và", "là", "được", "tiếp",
              "những", "thì", "khi", "nhằm", "từ", "đến", "trên", "dưới", "sau", "trước", "cần", "phải"}
# a word that would end a name (a stop word, a verb of the chain) but makes a compound noun with the name's word before it:
# 'Phòng Hậu cần - Kỹ thuật', 'Cục Hậu cần' (logistics, not the modal 'cần')
_NAME_COMPOUNDS = {"cần": "hậu"}


def _in_compound(t: str, w: re.Match[str]) -> bool:
    """The word ``w`` makes a compound noun with the word before it, and so goes on with the name."""
    before = _NAME_COMPOUNDS.get(w.group(1).lower())
    return before is not None and t[max(0, w.start(1) - len(before) - 1):w.start(1)].strip().lower() == before


# lower-case action words that end a proper name ('Ngân hàng Chính sách xã hội giải ngân cho ...'): the
# name's own lower-case words are nouns ('Sở Nông nghiệp và Phát triển nông thôn')
# (read on the source, with its diacritics: 'Ban Phong trào' is a name, 'trào' is no 'trao'; 'Văn phòng Đăng ký đất đai'
# registers, it signs nothing)
_NAME_VERB = re.compile(r"(?:giải ngân|cho vay|khảo sát|trao|tặng|thăm|mở|(?<!Đăng )ký|tiếp nhận|bàn giao|thu hồi|cấp|tuần tra|"
                        r"truy quét|ra quân|diễn tập|làm việc|chúc mừng|tổ chức|triển khai|thực hiện|xây dựng|triệt phá|"
                        r"đấu tranh|ngăn chặn|lập|quan trắc|nạo vét|nhân rộng|phủ sóng)(?![^\W\d_])")
# nouns of names that fold like a verb of the chain: 'Sở Dân tộc và Tôn giáo' ('giáo' is no 'giao')
_NAME_NOUNS = {"giáo"}
_MANAGES = re.compile(r"(?:quan ly|chi dao)$")
_SOCIETY = folded_pattern(r"xã hội(?![a-z])")
# the heads of the bodies, listed with them: 'Các cấp ủy, tổ chức đảng, người đứng đầu cơ quan, đơn vị lãnh đạo ...', or
# first with the bodies they head: 'Người đứng đầu cấp ủy các cấp trực tiếp chỉ đạo ...', 'người đứng đầu chính quyền địa
# phương trực tiếp đối thoại với doanh nghiệp ...' (alone, 'người đứng đầu chịu trách nhiệm' holds a person to account
# and names no body's task)
# (the armed forces' commanders likewise, listed with their committees: 'cấp ủy, chỉ huy các cơ quan, đơn vị tiếp tục
# quán triệt ...'; 'chỉ huy' without the units after it is the verb, to command)
_HEAD_OF = folded_pattern(r"(?:người đứng đầu|chỉ huy(?= (?:các )?(?:cơ quan|đơn vị)(?![a-z])))"
                          r"(?: (?:các )?(?:cấp ủy|cơ quan|đơn vị|địa phương|chính quyền|tổ chức)"
                          r"(?:, (?:cấp ủy|cơ quan|đơn vị|địa phương|chính quyền))*(?: các cấp| địa phương)?)?(?![a-z])")
_HEAD_FIRST = len("nguoi dung dau")
_NOT_BODY_AFTER = re.compile(r"[ \t]*(?:cua|trong|ve|tai)(?![a-z])")
# which of the units a plural names are meant, written between the units and their verbs: 'Các huyện ủy, thị ủy, thành
# ủy có khu, điểm du lịch trọng điểm cụ thể hóa ...', 'UBND các huyện, thành phố có tỷ lệ giải ngân thấp phải ...'
# (Vietnamese: định ngữ 'có ...'); a count ('có 12 xã'), a document ('có văn bản', 'có kế hoạch') or a duty ('có trách
# nhiệm') after 'có' is the clause's own verb, not a qualifier
_HAS_QUALIFIER = folded_pattern(r"[ \t]+có[ \t]+(?!(?:văn bản|kế hoạch|công văn|ý kiến|báo cáo|trách nhiệm|nhiệm vụ|"
                                r"thể|nhiều|một|các|những|hơn|trên|gần|khoảng|đủ|được)(?![a-z]))(?=[a-z])")
_MODAL = folded_pattern(r"(?:phải|cần)(?![a-z])")
# the units of a plural ('các huyện', 'các xã, phường', 'huyện ủy, thị ủy, thành ủy')
_PLURAL_BODY = folded_pattern(r"(?<![a-z])các [a-z]")
# the bare levels of an association ('các cấp Hội'), a body only as the next of the bodies a call lists after a
# semicolon: 'đề nghị Hội LHPN tỉnh phối hợp ...; các cấp Hội tuyên truyền, vận động hội viên ...' (elsewhere they report
# the association's results, 'các cấp Hội đã hỗ trợ 1.246 ý tưởng', and bodies.py leaves them out of the gazetteer;
# right after 'đề nghị' they were tried too, and lost a row through the role of 'tiếp tục quán triệt', which our
# gold writes both ways)
_ASSOCIATION_LEVELS = folded_pattern(r"các cấp hội(?![a-z])(?![ \t]+(?:đã|đều|còn)(?![a-z]))")
# the members of a committee asked one by one, right after the word that asks them: 'Tôi đề nghị mỗi đồng chí Tỉnh ủy
# viên trực tiếp theo dõi ...', 'yêu cầu các đồng chí bí thư cấp ủy ...' (a body as the text words it; elsewhere 'đồng chí'
# names a person)
_MEMBERS = folded_pattern(r"(?:mỗi|từng|các) đồng chí (?:(?:tỉnh|huyện|thành|đảng|cấp) ủy viên|ủy viên ban thường vụ"
                          r"(?: (?:tỉnh|huyện|thành|đảng) ủy)?|bí thư (?:cấp ủy|chi bộ|đảng ủy)(?: các cấp| cơ sở)?)(?![a-z])")
_CALLED = re.compile(r";[ \t]+$")
_CALL_CUE = folded_pattern(r"(?<![a-z])(?:đề nghị|yêu cầu|giao)(?![a-z])")
# ... and right after the word that asks or directs them ('đề nghị các cấp Hội tiếp tục đổi mới ...', 'đã chỉ đạo các
# cấp Hội đẩy mạnh phong trào ...'): those levels are the bodies asked, not the association reporting its results
_ASKED_JUST_BEFORE = folded_pattern(r"(?<![a-z])(?:đề nghị|yêu cầu|chỉ đạo|giao)[ \t]+$")
# the bodies a directing verb names that the gazetteer lacks or names only in part: 'chỉ đạo các ngân hàng thương mại đơn
# giản hóa thủ tục', 'chỉ đạo hợp tác xã vận động nông dân', 'chỉ đạo chi Hội, tổ Hội lồng ghép ...', 'chỉ đạo các chi bộ khu
# dân cư tiếp tục vận động ...': a word for an organisation first, its qualifiers, then the task's verb in lower case
# (not 'lực lượng': a body's own forces it directs are no second body, point (aa))
_ORG_WORD = folded_pattern(r"(?:các[ \t]+)?(?:ngành|ngân hàng|tổ chức tín dụng|hợp tác xã|chi hội|tổ hội|chi đoàn|chi bộ)"
                           r"(?![a-z])")
_ORG_NEXT = re.compile(r",[ \t]+(?=" + _ORG_WORD.pattern.removeprefix("(?<![a-z])") + ")")
_QUALIFIER_WORD = re.compile(r"[ \t]+([a-z]+)(?![a-z])")
# a partner the gazetteer lacks, named after 'phối hợp với' by a word for an organisation ('phối hợp với nhà trường tổ
# chức ...', 'phối hợp với các cục, vụ liên quan hoàn thiện ...', 'phối hợp với các ngành đôn đốc ...') or by a proper
# name of two capitalised words or more ('phối hợp với Viettel Lâm Đồng triển khai ...'), up to the task's verb
_PARTNER_WORD = folded_pattern(r"(?:các[ \t]+)?(?:ngành|nhà trường|cục|vụ|doanh nghiệp|lực lượng)(?![a-z])")
_PERSON = folded_pattern(r"(?:nhân dân|người|đồng chí|ông|bà|chủ tịch|giám đốc|bí thư|trưởng|phó)(?![a-z])")
_CAP_WORD = re.compile(r"[{U}][^\W\d_]*(?=[ \t])".replace("{U}", UPPER))
_NEXT_WORD = re.compile(r"(?:,[ \t]+|[ \t]+)([^\W\d_]+)")
# a body's own units before their verbs: 'Các chi bộ trực thuộc tổ chức sinh hoạt ...', 'các cơ sở Đoàn trực thuộc duy
# trì ...' (the body names no committee after 'trực thuộc': the verb follows)
_UNDER_IT = re.compile(r"[ \t]+truc thuoc(?=[ \t]+[a-z])")
# a role named as a noun among what a plan settles for each task, not a body: 'xác định rõ nội dung, đơn vị chủ trì, đơn
# vị phối hợp, thời hạn hoàn thành', 'nhiệm vụ, cơ quan chủ trì, thời hạn và sản phẩm' (the next word is another such
# noun, where a body's own task would go on in verbs)
_ROLE_NOUN = folded_pattern(r"(?:các[ \t]+)?(?:đơn vị|cơ quan)[ \t]+(?:chủ trì|phối hợp)(?:[ \t]+thực hiện)?"
                            r"(?:,[ \t]*|[ \t]+và[ \t]+)(?:đơn vị|cơ quan|thời hạn|thời gian|sản phẩm|tiến độ|lộ trình|"
                            r"kinh phí|kết quả)(?![a-z])")


def _after_and(t: str, f: str, at: int) -> int | None:
    """After 'và' (ending at ``at``) inside a name: the end of the capitalised word that carries the name on ('Sở Kế
    hoạch và Đầu tư'), None where a body of its own starts there."""
    nxt = _NAME_WORD.match(t, at)
    return nxt.end() if nxt and _name_goes_on(t, f, nxt.start(1)) else None


_LEVEL_WORDS = ("tỉnh", "huyện", "xã", "phường", "thành", "thị")


def _name_words(t: str, f: str, b: int, end: int, levels_end: bool = False) -> int:
    """Where the words of a name that go on from ``b`` end: up to a stop word, a lower-case verb of the chain, or (with
    ``levels_end``) a level word; past 'và' only where a capitalised word carries the name on ('Phòng Kinh tế, Hạ tầng
    và Đô thị'), not where a body of its own starts ('Phòng Văn hóa - Thông tin và Công an phường')."""
    for _ in range(6):
        w = _NAME_WORD.match(t, b)
        if not w or w.end() > end:
            break
        if w.group(1).lower() == "và":
            on = _after_and(t, f, w.end())
            if on is None or on > end:
                break
            b = on
            continue
        if _in_compound(t, w):
            b = w.end()
            continue
        if w.group(1).lower() in _NAME_STOP or lower_verb(t, f, w.start(1)) or (levels_end and w.group(1) in _LEVEL_WORDS):
            break
        b = w.end()
    return b


def lower_verb(t: str, f: str, pos: int) -> bool:
    """A verb of the chain starts at pos, written in lower case: inside a body's name a capitalised word is a name's
    ('Ban Quản lý dự án', 'xã Đa Phước', 'huyện Giao Thủy'), though it folds like 'quản lý', 'đã', 'giao'."""
    return t[pos:pos + 1].islower() and bool(VERB_RE.match(f, pos))


def _name_goes_on(t: str, f: str, pos: int) -> bool:
    """A capitalised word after 'và' inside a name goes on with it ('Sở Kế hoạch và Đầu tư') unless it starts a body of
    its own ('Phòng Văn hóa - Thông tin và Công an phường'); 'Xã hội' (society) is a noun, not a commune
    ('Phòng Lao động - Thương binh và Xã hội huyện')."""
    if not t[pos:pos + 1].isupper():
        return False
    # (a word that may open a body opens one only where a body's name is read there: 'Công an phường' does, 'Công nghệ'
    # of 'Bộ Khoa học và Công nghệ' does not)
    return _SOCIETY.match(f, pos) is not None or (
        not (may_start_body(f, pos) and body_regex().match(f, pos)) and not PROPER.match(t, pos))

# opening a column or page of a paper, whose subject the word after it names ('mở chuyên mục tuyên truyền về ...')
_OPENS_COLUMN = {"mo chuyen muc", "mo chuyen trang"}


class Parser:
    def __init__(self, p, names: ShortNames | None = None):
        self.p, self.t, self.f = p, p.text, p.folded
        self.names = names          # the short names the text defines for its bodies (read before their brackets went)
        self._bodies: dict[tuple[int, int], tuple[list[tuple[int, int]], int]] = {}
        self._chains: dict[tuple[int, int], tuple[list[str], list[tuple[int, int]], int, int]] = {}
        # (asked of every body read: the text names no plural's units one by one where the words are not in it)
        self._plural_units = may_match(_PLURAL_UNITS, self.f)

    def body_list(self, pos: int, end: int) -> tuple[list[tuple[int, int]], int]:
        """The bodies named one after another from ``pos`` (a list of spans) and where the list ends. A
        stretch is read once per text: the sentence loop asks again for the same (pos, end)."""
        known = self._bodies.get((pos, end))
        if known is None:
            known = self._bodies[(pos, end)] = self._read_bodies(pos, end)
        return list(known[0]), known[1]

    def _read_bodies(self, pos: int, end: int) -> tuple[list[tuple[int, int]], int]:
        f, t = self.f, self.t
        items: list[tuple[int, int]] = []
        rx = body_regex()
        while pos < end:
            head_of = _HEAD_OF.match(f, pos, end) if items or f.startswith("nguoi dung dau ", pos) else None
            if head_of and (items or head_of.end() > pos + _HEAD_FIRST):
                items.append((pos, head_of.end()))
                sep = BODY_SEP.match(f, head_of.end())
                if not sep:
                    pos = head_of.end()
                    break
                pos = sep.end()
                continue
            if not items and f.startswith("cac cap hoi", pos):
                levels = _ASSOCIATION_LEVELS.match(f, pos, end)
                opened = max(f.rfind(".", 0, pos), f.rfind("\n", 0, pos)) + 1
                if levels and not body_regex().match(f, pos) and (
                        (_CALLED.search(f, max(0, pos - 12), pos) and _CALL_CUE.search(f, opened, pos))
                        or _ASKED_JUST_BEFORE.search(f, max(0, pos - 12), pos)):
                    items.append((pos, levels.end()))
                    pos = levels.end()
                    break
            members = _MEMBERS.match(f, pos, end) if not items else None
            if members and _ASKED_JUST_BEFORE.search(f, max(0, pos - 12), pos):
                items.append((pos, members.end()))
                pos = members.end()
                break
            short = self.names.form_end(t, pos, end) if self.names else None
            if short is not None and not (may_start_body(f, pos) and rx.match(f, pos)) and not PROPER.match(t, pos):
                items.append((pos, short))          # 'BQLDA chủ trì ...': a short name the text gave the body
                s = BODY_SEP.match(f, short)
                if not s:
                    pos = short
                    break
                pos = s.end()
                continue
            if not may_start_body(f, pos) and not PROPER.match(t, pos) or _ROLE_NOUN.match(f, pos, end):
                break
            m = rx.match(f, pos)
            pe = self.proper(pos, end)
            if (not m or m.end() > end) and pe is None:
                break
            a = pos
            b = m.end() if (m and m.end() <= end) else pos
            if pe is not None and pe > b and not (m and _AND_WORD.search(f, a, b)):
                # (a name the gazetteer reads past its 'và' ends where the gazetteer says: 'Sở Khoa học và Công nghệ hướng
                # dẫn các xã ...' goes on in the task's words, whatever verb the list lacks)
                b = pe
            steer = _STEERING.match(f, a, end) if f.startswith("ban chi dao", a, b) else None
            if steer and lower_verb(t, f, VSEP.match(f, steer.end()).end()):
                b = steer.end()     # 'Ban Chỉ đạo phát triển khoa học, công nghệ, ... tỉnh theo dõi ...': its field, its level
            # a proper name in capitals right after ('Huyện ủy Minh Long', 'UBND tỉnh Lạng Sơn')
            # (a capitalised word is a name's even where it folds like a verb: 'huyện Đà Bắc', 'thành phố Cần Thơ')
            nm = _CAP_AFTER.match(t, b, min(end, b + 40))
            if nm:
                b = self._inner_proper(nm.start(), nm.end(), end)
                lv = _LEVEL_AFTER.match(f, b, end)
                if lv:
                    b = lv.end()        # 'Đảng đoàn MTTQ Việt Nam tỉnh': the level after the name
            # a compound name with a dash: 'Ban Tổ chức - Kiểm tra Tỉnh đoàn', 'Phòng Văn hóa - Xã hội'
            dm = _DASH_NAME.match(t, b, min(end, b + 80))
            if dm:
                # (the level ends the name: 'Phòng Văn hóa - Thông tin huyện')
                b = _name_words(t, f, dm.end(), end, levels_end=True)
                lv = _LEVEL_AFTER.match(f, b, end)
                if lv:
                    b = lv.end()
            if _NOT_BODY_AFTER.match(f, b) and f[b:b + 5].strip().startswith("cua"):
                # 'vai trò của X' is not a subject; but 'X của tỉnh' keeps X
                pass
            if self._plural_units and _PLURAL_UNITS.search(f, a, b):
                # the units a plural names one by one: 'UBND các phường Ninh Diêm, Ninh Thủy, Ninh Hải'
                while t[b:b + 2] == ", " and not may_start_body(f, b + 2) and not PROPER.match(t, b + 2):
                    nm2 = _CAP_AFTER.match(t, b + 1, min(end, b + 40))
                    if not nm2:
                        break
                    b = nm2.end()
            if f.startswith("van phong", a):
                # one office of two bodies: 'Văn phòng HĐND và UBND phường', 'Văn phòng Đoàn ĐBQH và HĐND tỉnh'
                joint = _JOINT_OFFICE.match(f, b, end)
                if joint:
                    b = joint.end()
                    lv = _LEVEL_AFTER.match(f, b, end)
                    if lv:
                        b = lv.end()
            if "truc thuoc" in f[a:b]:
                while items and (_BARE_COMMITTEE.fullmatch(f[items[-1][0]:items[-1][1]])
                                 or _UNIT_COMMITTEES.fullmatch(f, items[-1][0], items[-1][1])):
                    a = items.pop()[0]
            # a proper name with a comma inside: 'Báo và Phát thanh, Truyền hình Quảng Trị', 'Chi cục Chăn nuôi, Thú y và
            # Thủy sản' (a word that only opens a body's name, 'Thú' as 'Thủ tướng' does, starts no body of the list)
            while t[b:b + 2] == ", " and b + 2 < end and t[b + 2:b + 3].isupper() and PROPER.match(t, a) \
                    and not (may_start_body(f, b + 2) and rx.match(f, b + 2)) and not PROPER.match(t, b + 2) \
                    and not (self.names and self.names.form_end(t, b + 2, end)):
                w = _NAME_WORD.match(t, b + 1)
                if not w or w.end() > end:
                    break
                b = _name_words(t, f, w.end(), end)     # 'Phòng Kinh tế, Hạ tầng và Đô thị'
            if items and _UNIT_COMMITTEE.match(f, a) and _UNIT_COMMITTEES.fullmatch(f, items[-1][0], items[-1][1]):
                a = items.pop()[0]
            b = self._qualified(a, self.names.name_end(t, f, a, b, end) if self.names else b, end)
            items.append((a, b))
            s = BODY_SEP.match(f, b)
            if s is None and (semi := _SEMI_SEP.match(f, b, end)) and t[semi.end():semi.end() + 1].isupper() \
                    and may_start_body(f, semi.end()):
                s = semi
            if not s:
                pos = b
                break
            pos = s.end()
        last = items[-1][1] if items else pos
        return items, last

    def directed_list(self, pos: int, end: int) -> tuple[list[tuple[int, int]], int]:
        """The bodies a directing verb names from ``pos`` and where they end: the gazetteer's list, else (or where no
        verb follows that list) a body it lacks, named by a word for an organisation (``unnamed_directed``)."""
        bl, last = self.body_list(pos, end)
        if not bl or not VERB_RE.match(self.f, VSEP.match(self.f, last).end()):
            unnamed = self.unnamed_directed(pos, end)
            if unnamed:
                return [unnamed], unnamed[1]
        return bl, last

    def unnamed_directed(self, pos: int, end: int) -> tuple[int, int] | None:
        """The span of a body named after a directing verb by a word for an organisation and up to four qualifiers,
        where the task's verb in lower case follows it (``_ORG_WORD``); None where no verb follows."""
        t, f = self.t, self.f
        m = _ORG_WORD.match(f, pos, end)
        if m is None:
            return None
        b = m.end()
        for _ in range(6):
            nxt = _ORG_NEXT.match(f, b, end)
            if nxt:
                m = _ORG_WORD.match(f, nxt.end(), end)
                if m is None:
                    return None
                b = m.end()
                continue
            if lower_verb(t, f, b + 1) and f[b:b + 1] == " ":
                return pos, b
            lv = _LEVEL_AFTER.match(f, b, end)
            if lv:
                b = lv.end()    # the place a known body's name may end on too: '... tín dụng trên địa bàn', '... tỉnh'
                continue
            w = _QUALIFIER_WORD.match(f, b, end)
            # (read on the source: 'cổ phần' is no 'có')
            if w is None or t[w.start(1)].isupper() or t[w.start(1):w.end(1)].lower() in _NAME_STOP | {"việc"}:
                return None
            b = w.end()
        return None

    def partner_list(self, pos: int, end: int) -> tuple[list[tuple[int, int]], int]:
        """The partners named after 'phối hợp với' from ``pos`` and where they end: the gazetteer's list, going on with (or
        made of) one partner it lacks where the task's verb follows that one (``_PARTNER_WORD``, a proper name)."""
        bl, last = self.body_list(pos, end)
        if bl and VERB_RE.match(self.f, VSEP.match(self.f, last).end()):
            return bl, last
        at = VSEP.match(self.f, last).end() if bl else pos
        if bl and at == last:
            return bl, last
        unnamed = self._unnamed_partner(at, end)
        return (bl + [unnamed], unnamed[1]) if unnamed else (bl, last)

    def _unnamed_partner(self, pos: int, end: int) -> tuple[int, int] | None:
        t, f = self.t, self.f
        m = _PARTNER_WORD.match(f, pos, end)
        if m is None:
            caps = 0
            b = pos
            while (c := _CAP_WORD.match(t, b, end)) is not None:
                caps, b = caps + 1, c.end() + 1
            if caps < 2 or _PERSON.match(f, pos) or may_start_body(f, pos):
                return None
            b -= 1
        else:
            b = m.end()
        for _ in range(5):
            if f[b:b + 1] == " " and lower_verb(t, f, b + 1):
                return pos, b
            w = _NEXT_WORD.match(t, b, end)
            if w is None or w.group(1).lower() in _NAME_STOP or lower_verb(t, f, w.start(1)):
                return None
            b = w.end()
        return None

    def _qualified(self, a: int, b: int, end: int) -> int:
        """Where a body that a qualifier narrows ends: after 'trực thuộc' or a plural's 'có ...' clause, where a verb of
        the chain follows it (a modal first: 'có tỷ lệ giải ngân thấp phải xác định ...'), else at ``b``."""
        t, f = self.t, self.f
        under = _UNDER_IT.match(f, b, end)
        if under and lower_verb(t, f, under.end() + 1):
            return under.end()
        has = _HAS_QUALIFIER.match(f, b, end) if _PLURAL_BODY.search(f, a, b) else None
        if has is None or lower_verb(t, f, has.start() + 1):
            return b
        # up to seven words of the qualifier, none a figure; it ends before a modal, else before the first verb
        q = has.end()
        ends: list[int] = []
        for _ in range(8):
            w = re.compile(r"[ \t]*([^\W\d_]+),?").match(t, q, end) if q < end else None
            if w is None:
                return b
            if _MODAL.match(f, w.start(1)):
                return q if q > has.end() else b
            if not ends and q > has.end() and lower_verb(t, f, w.start(1)):
                ends.append(q)
            q = w.end()
        return ends[0] if ends else b

    def shared_head(self, pos: int, end: int) -> tuple[list[tuple[int, int, str]], int]:
        """Departments named after one plural head ('Các sở: Nội vụ, Tài chính, Tư pháp', 'Các Sở Y tế, Giáo dục và
        Đào tạo'): (start, end, full name) of each, and where the list ends; each name with its head must be a known
        body's (which also tells 'Giáo dục và Đào tạo' from two names), else nothing."""
        t, f = self.t, self.f
        m = _SHARED_HEAD.match(t, pos, end)
        if not m:
            return [], pos
        rx = body_regex()
        items: list[tuple[int, int, str]] = []
        q = m.end()
        while q < end and t[q:q + 1].isupper():
            stops = [x.start() for x in _NAME_BOUNDARY.finditer(t, q, min(end, q + 60))] + [min(end, q + 60)]
            known = [e for e in sorted(set(stops), reverse=True)
                     if rx.fullmatch(" ".join(f"so {f[q:e]}".split()))]
            if not known:
                return [], pos
            e = known[0]
            items.append((q, e, f"Sở {t[q:e]}"))
            sep = BODY_SEP.match(f, e)
            if not sep or not t[sep.end():sep.end() + 1].isupper():
                break
            q = sep.end()
        last = items[-1][1] if items else pos
        if len(items) < 2 or not lower_verb(t, f, VSEP.match(f, last).end()):
            return [], pos
        return items, last

    def _inner_proper(self, a: int, b: int, end: int) -> int:
        """End of the capitalised words ``a``..``b`` after a body's head, read on to the end of the office they name
        where one starts among them: 'Đảng ủy Bộ Y tế', 'Công đoàn Bộ Khoa học và Công nghệ' (the office's name goes on in
        lower case, 'tế', 'học', past the capitalised run)."""
        for w in _NAME_WORD.finditer(self.t, a, b):
            if PROPER.match(self.t, w.start(1)):
                inner = self.proper(w.start(1), end)
                return max(b, inner) if inner is not None else b
        return b

    def proper(self, pos: int, end: int) -> int | None:
        """End of a proper body name at pos: 'Sở Kế hoạch và Đầu tư', 'Liên minh Hợp tác xã tỉnh'."""
        t, f = self.t, self.f
        m = PROPER.match(t, pos)
        if not m or m.end() > end:
            return None
        b = m.end()
        prev_cap = True
        for _ in range(10):
            w = _NAME_WORD.match(t, b)
            if not w or w.end() > end:
                break
            word = w.group(1)
            low = word.lower()
            if low == "các" and _MANAGES.search(f, pos, b):
                b = w.end()     # what a board manages or directs is in its name: 'Ban Quản lý các khu công nghiệp tỉnh'
                continue
            if low == "và":
                on = _after_and(t, f, w.end())
                if on is not None:
                    b = on
                    continue
                break
            if low == "về":
                tail = _FIELD_THEN_LEAD.match(t, w.start(1), end)
                if tail:
                    b = tail.end("field")      # 'Cục Cảnh sát điều tra tội phạm về ma túy chủ trì': its field, then its role
                break
            if _in_compound(t, w):
                b = w.end()
                continue
            if (low in _NAME_STOP or (lower_verb(t, f, w.start(1)) and low not in _NAME_NOUNS)
                    or (word[:1].islower() and _NAME_VERB.match(t, w.start(1)))) \
                    and not (prev_cap and _DASH_NAME.match(t, w.end())):
                break           # (a word before a dash and a capital goes on with the name: 'Phòng Hậu cần - Kỹ thuật')
            b = w.end()
            if low in ("ủy", "uỷ") and prev_cap:
                break                   # '... Huyện ủy', '... Tỉnh ủy' ends the name
            if word in ("tỉnh", "huyện"):       # (not "Tỉnh" of "Ban Kiểm tra Tỉnh đoàn")
                nxt = _NAME_WORD.match(t, b)
                if nxt and nxt.group(1)[:1].islower():
                    break               # the level ends the name: 'Kho bạc Nhà nước tỉnh đẩy nhanh ...'
            prev_cap = word[:1].isupper()
        return b

    def _in_headline(self, pos: int) -> bool:
        """pos lies on a line of its own that closes without punctuation (a headline, not a sentence of prose)."""
        a = self.t.rfind("\n", 0, pos) + 1
        b = self.t.find("\n", pos)
        line = self.t[a:(b if b >= 0 else len(self.t))].strip()
        return bool(line) and line[-1] not in ".;:!?…,"

    def chain(self, pos: int, end: int) -> tuple[list[str], list[tuple[int, int]], int, int]:
        """Leading verb chain from pos: (verbs, coordinating bodies after 'phối hợp với', start, end). Read once per
        text: a clause's verbs are asked for before its predicate reads them again."""
        known = self._chains.get((pos, end))
        if known is None:
            known = self._chains[(pos, end)] = self._read_chain(pos, end)
        return list(known[0]), list(known[1]), known[2], known[3]

    def _read_chain(self, pos: int, end: int) -> tuple[list[str], list[tuple[int, int]], int, int]:
        f = self.f
        verbs: list[str] = []
        coord: list[tuple[int, int]] = []
        start = None
        while pos < end:
            s = VSEP.match(f, pos)
            q = s.end() if s else pos
            m = VERB_RE.match(f, q)
            if not m or m.end() > end:
                break
            if m.group(0).startswith("ban hanh ") and (self.t[m.start() + 9:m.start() + 10].isupper()
                                                      or self._in_headline(m.start())):
                # 'ban hành Kế hoạch thực hiện ...' or a headline line 'Ban Thường vụ Huyện ủy ban hành kế hoạch
                # phát triển du lịch' names a document, the text's own: its news, not a task
                break
            if start is not None and self.t[m.start():m.start() + 1].isupper():
                break       # a capitalised word after the first verb names a document: 'ban hành Hướng dẫn số 12-HD/BTGTU'
            if _DIRECTION_OF.match(f, m.start()):
                break       # a noun: 'bài phát biểu chỉ đạo của đồng chí ...' gives no direction
            if start is None and _WHOSE.match(f, m.end()) and m.group(0).count(" ") < 2:
                # a verb whose doer follows is a noun: 'giới thiệu ý kiến chỉ đạo của đồng chí Bí thư' (not a verb with
                # its object, whose owner follows: 'xây dựng chương trình hành động của UBND tỉnh')
                break
            if start is None:
                start = m.start()
            v = m.group(0)
            if v in ("phoi hop cung", "phoi hop chat che voi"):
                # 'phối hợp cùng Sở ...', 'phối hợp chặt chẽ với Sở ...' name their partners as 'phối hợp với' does
                v = "phoi hop voi"
            partners = v == "cung" and verbs[-1:] == ["chu tri"]     # 'Sở Y tế chủ trì cùng Sở Tài chính ...'
            verbs.append(v)
            pos = m.end()
            if v in _OPENS_COLUMN and f.startswith(" ", pos) and VERB_RE.match(f, pos + 1):
                break       # 'mở chuyên mục tuyên truyền ...': the column's subject, no second act of the body's
            if v == "cung" and len(verbs) == 1:
                # 'UBND các xã cùng (với) Đoàn Thanh niên xã rà soát ...': the bodies after it, where a verb follows them,
                # are partners in the subject's work
                at = _WITH.match(f, pos).end()
                bl, last = self.body_list(at, end)
                if bl and VERB_RE.match(f, VSEP.match(f, last).end()):
                    coord.extend(bl)
                    pos = last
            if v in ("phoi hop voi", "tham muu cho", "phoi hop", "giup") or partners:
                # ('giúp Ban Thường vụ theo dõi, kiểm tra ...': the body helped is no partner, the verbs after it are
                # the helper's task)
                at = _BLANKS.match(f, pos).end()
                bl, last = self.partner_list(at, end) if v == "phoi hop voi" else self.body_list(at, end)
                if v not in ("tham muu cho", "giup"):
                    coord.extend(bl)   # 'phối hợp (với) Sở Nông nghiệp, các địa phương ...'
                if bl:
                    pos = last
        return verbs, coord, (start if start is not None else pos), pos

