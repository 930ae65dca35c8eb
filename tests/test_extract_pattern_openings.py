"""Patterns rewritten to open on their first characters (speed: the regex engine skips to them) match as the forms
they replace: each old form is kept here as it was written, and both are asked the same questions of short texts of
our own, near misses among them, and of random texts made of the patterns' own pieces."""
import random
import re

import pytest

from kg.extract import assignment_cues, damage, document_mentions, documents, figures, goal_compare, links, modality
from kg.extract import quantity_cues, tables
from kg.extract.text import fold_same_length, folded_pattern, letters, vi


def answers(rx: re.Pattern, text: str) -> list:
    """What the pattern says of ``text``: its matches, and a match, a search and a search up to each place."""
    def seen(m: re.Match | None):
        return None if m is None else (m.span(), m.groups())

    out: list = [[seen(m) for m in rx.finditer(text)]]
    for i in range(len(text) + 1):
        out += [seen(rx.match(text, i)), seen(rx.search(text, i)), seen(rx.search(text, 0, i))]
    return out


def random_texts(pieces: list[str], n: int = 150, seed: int = 34) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 9))) for _ in range(n)]


def _branches(pattern: str) -> list[str]:
    """The top-level branches of a pattern (escapes and classes read as one character)."""
    out, depth, start, i = [], 0, 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 1
        elif c == "[":
            i = pattern.index("]", i + 2)
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    return out + [pattern[start:]]


_GROUP = re.compile(r"\(\?(?::|P<\w+>)")
# one character, an escaped one or a class, with no repeat after it
_CHARACTER = re.compile(r"(?:[^\\()\[?*+{|]|\\.|\[(?:\\.|[^\]\\])+\])(?![*+?{])")


def opens_on_characters(pattern: str) -> bool:
    """Every branch opens on a character (or on a group whose branches all do): the engine then skips to the set of
    those characters instead of trying each position."""
    for branch in _branches(pattern):
        head = _GROUP.match(branch)
        if head is None:
            if not _CHARACTER.match(branch):
                return False
            continue
        depth, i = 1, head.end()
        while depth:
            c = branch[i]
            if c == "\\":
                i += 1
            elif c == "[":
                i = branch.index("]", i + 2)
            depth += {"(": 1, ")": -1}.get(c, 0)
            i += 1
        if branch[i:i + 1] in ("?", "*", "{") or not opens_on_characters(branch[head.end():i - 1]):
            return False
    return True


def same(new: re.Pattern, old: re.Pattern, texts: list[str], pieces: list[str]) -> None:
    assert opens_on_characters(new.pattern), new.pattern[:60]
    assert not opens_on_characters(old.pattern), old.pattern[:60]
    for t in texts + random_texts(pieces):
        assert answers(new, t) == answers(old, t), t
    assert any(new.search(t) for t in texts) and any(not new.search(t) for t in texts)


SPACES = [" ", "  ", "\t", " \t", ",", ", ", ";", ".", "\n", "x", "a", "1", "12"]

FOLDED = [
    # (module's pattern, the form it replaces as written before, texts (folded), pieces of random texts)
    (links._TRAILING_CARRY,
     re.compile(vi(r"[ \t,]+(?:để|nhằm)[ \t]+(?P<cue>(?:tiếp tục[ \t]+)?(?:cụ thể hóa,?[ \t]+)?(?:triển khai[ \t]+)?"
                   r"(?:thực hiện|triển khai|cụ thể hóa))(?:[ \t]+(?:có hiệu quả|hiệu quả|nghiêm túc|đồng bộ))?"
                   r"(?:[ \t]+(?:trên|tại|ở)[ \t]+(?:địa bàn|địa phương|cơ sở)(?:[ \t]+(?:tỉnh|huyện|thị xã|thành phố"
                   r"|xã|phường|thị trấn))?)?[ \t]*[.;]?[ \t]*$")),
     ["ban hanh ke hoach so 7 de trien khai thuc hien.", "huyen uy ra ke hoach, nham cu the hoa tai dia ban huyen",
      "de thuc hien tot hon nua cong tac nay", "ke hoach de trien khai thuc hien nghi quyet"],
     SPACES + ["de", "nham", "thuc hien", "trien khai", "cu the hoa", "tai", "dia ban", "huyen", "hieu qua"]),
    (assignment_cues.DUTY_OPENS, folded_pattern(r"[ \t]*[,;][ \t]*|[ \t]+và[ \t]+"),
     ["so tai chinh chu tri ; tong hop bao cao", "chu tri va  bao cao", "tong hop, bao cao", "vao bao cao"],
     SPACES + ["va", "vao", "bao cao"]),
    (quantity_cues._SUBJECT_CUT,
     folded_pattern(r",[ \t]*(?:với|nhằm|trong đó|đồng thời|đến nay|tính đến|sau[ \t]+\d)(?![a-z])|(?<![a-z])mục tiêu(?![a-z])"
                    r"|[ \t]+với[ \t]+tổng[ \t]+(?:số[ \t]+)?(?:vốn|thu|chi|kinh phí|mức)(?![a-z])"
                    r"|,[ \t]*\d"
                    r"|,[ \t]*(?:toàn|cả)[ \t]+(?:tỉnh|huyện|thành phố|thị xã|quận|xã|phường|nước)(?![a-z])"
                    r"|,[ \t]*(?:(?:trong|riêng|đến hết|đến cuối|tính đến)[ \t]+)?năm[ \t]+\d{4}(?!\d)[ \t]*,?[ \t]+(?=[a-z])"
                    r"|,[ \t]*(?:[a-z]+[ \t]+){0,4}?(?:đã|vừa|có thêm)[ \t]+(?=(?:[a-z]+[ \t]+){0,3}\d)"),
     ["ke hoach dau tu cong nam 2026 voi tong von 300 ty dong", "ve nong thon moi, den nay da co 7 xa",
      "ve muc tieu giam ngheo", "hai muc tieuchi, nam muc", "ve duong,\tvoi\ttong so thu 12", "covoi tong von"],
     SPACES + ["voi", "tong", "von", "so", "muc tieu", "den nay", "nam 2024", "da", "toan", "tinh"]),
    (document_mentions._SUBJECT_PREDICATE,
     re.compile(vi(r"[ \t]*:|[ \t]+(?:đã[ \t]+|bước đầu[ \t]+|cơ bản[ \t]+)?(?:đạt(?:[ \t]+được)?[ \t]+(?:nhiều[ \t]+|những[ \t]+)?"
                   r"(?:kết quả|hiệu quả)|được[ \t]+(?:triển khai|thực hiện|quán triệt|cụ thể hóa|các cấp)|đi vào cuộc sống"
                   r"|tạo(?:[ \t]+sự)?[ \t]+chuyển biến|phát huy hiệu quả|có hiệu lực)(?![a-z])")),
     ["ve chuyen doi so  da dat nhieu ket qua", "ve an ninh :", "ve y te duoc trien khai", "ve y te duocc trien khai",
      "ve du lich co hieu luc tu nay", "ve du lich co hieu lucx"],
     SPACES + [":", "da", "dat", "duoc", "ket qua", "trien khai", "co hieu luc", "tao su chuyen bien"]),
    (document_mentions._JOINED_BEFORE, re.compile(vi(r"(?:,|(?<![a-z])(?:và|cùng(?:[ \t]+với)?))[ \t]*$")),
     ["nghi quyet so 12 va ", "chi thi 05 cung", "chi thi 05 cung voi ", "ke hoach 7,  ", "nghi quyet so 12 xva",
      "tu va cung", "xcung voi"],
     SPACES + ["va", "cung", "xva", "so"]),
    (figures._PER_UNIT, re.compile(r"(?:(?<![a-z])(?:tren|moi|cho)[ \t]+|/[ \t]*)$"),
     ["so bac si tren ", "7 nguoi / ", "hoc sinh moi\t", "xtren ", "cho"],
     SPACES + ["tren", "moi", "cho", "/", "xmoi"]),
    (damage._CASES,
     folded_pattern(r"(?<![a-z])\d[\d.,]*[ \t]+ca[ \t]+(?:mắc|bệnh|nhiễm|sốt|sởi|tay chân miệng|dương tính|tử vong)(?![a-z])"),
     ["ghi nhan 86 ca sot xuat huyet", "1.200 ca mac soi", "x86 ca sot", "86 ca sotx", "12 cay"],
     SPACES + ["ca", "mac", "sot", "benh", "tu vong", "1.2", "x", "٣"]),
]


def _old_subject_clause_end() -> re.Pattern:
    r"""The clause end as written before: its opening '(?:,[ \t]*|[ \t]+và[ \t]+)' before the listed document, and its other
    branches (the module's own, read off the new pattern after the three branches that replace that opening)."""
    listed = letters(document_mentions._LISTED_DOCUMENT)
    opening = rf",[ \t]*{listed}| [ \t]*và[ \t]+{listed}|\t[ \t]*và[ \t]+{listed}"
    assert document_mentions._SUBJECT_CLAUSE_END.pattern.startswith(opening)
    rest = document_mentions._SUBJECT_CLAUSE_END.pattern[len(opening):]
    return re.compile(rf"(?:,[ \t]*|[ \t]+và[ \t]+){listed}" + rest)


SOURCE = [
    (document_mentions._SUBJECT_CLAUSE_END, _old_subject_clause_end(),
     ["về phát triển du lịch và Kế hoạch số 12", "về dân vận,  đồng thời", "về đất đai  và các Nghị quyết",
      "về y tế và Kế hoạchs", "về giáo dục vàKế hoạch"],
     SPACES + ["và", "các", "Kế hoạch", "Nghị quyết", "văn bản", "đồng thời", "đã", "UBND", "s"]),
    (documents._AGENCY_BEFORE,
     re.compile(r"(?<![^\W\d_])(?:Sở|Bộ|Phòng|Vụ|Cục|Ban|Trung tâm|Tài chính[ \t]*[-–])[ \t]+$"),
     ["giao Sở ", "phối hợp với Phòng Tài chính - ", "Phòng Tài chính – ", "cơ Sở ", "xBan ", "Ban", "Trung tâm\t"],
     SPACES + ["Sở", "Bộ", "Ban", "Phòng", "Trung tâm", "Tài chính", "-", "–", "cơ", "đ"]),
    (figures._ITEM_REF_BEFORE, re.compile(r"(?<![^\W\d_])[Mm]ục[ \t]*:?[ \t]*$"),
     ["tại Mục ", "theo mục: ", "ở mức ", "hạng mục ", "mục"],
     SPACES + ["Mục", "mục", "mức", ":", "hạng"]),
    (figures._COMPONENT_BEFORE, re.compile(r"(?<![^\W\d_])(?:[Tt]iểu dự án|Dự án)[ \t]+$"),
     ["thuộc Dự án ", "Tiểu dự án\t", "các dự án ", "xDự án ", "tiểu dự án "],
     SPACES + ["Dự án", "dự án", "Tiểu dự án", "tiểu dự án", "x"]),
    (assignment_cues.ASSIGNED_TO,
     re.compile(r"(?<![^\W\d_])(?:[Gg]iao|[Pp]hân công)(?:[ \t]+trách nhiệm)?(?:[ \t]+cho)?[ \t]*:?[ \t]*$"),
     ["UBND tỉnh giao ", "Phân công trách nhiệm cho: ", "giáo ", "bàn giao ", "xgiao", "phân công"],
     SPACES + ["giao", "Giao", "phân công", "Phân công", "trách nhiệm", "cho", ":", "bàn", "giáo"]),
    (tables._FLAT_SPLIT, re.compile(r"\t+| {2,}"),
     ["STT\tChỉ tiêu   Đơn vị\t\t2024", "một ô duy nhất", "Kế hoạch  Thực hiện"],
     SPACES + ["   ", "\t\t", "ô"]),
    (figures._CLOCK_BEFORE, re.compile(r"(?<![\d.,/:])\d{1,2}[:h]$"),
     ["lúc 04:", "sáng 8h", "1.04:", "123:", "8 h", "٣h"],
     SPACES + ["0", "04", "8", "h", ":", ".", "/", "٣", "x"]),
]

DIGITS = [(figures.DIGIT, "figures.DIGIT"), (modality._DIGIT, "modality._DIGIT"), (goal_compare._DIGIT, "goal_compare._DIGIT")]


@pytest.mark.parametrize("new, old, texts, pieces", FOLDED, ids=lambda x: None)
def test_a_folded_pattern_opening_on_its_characters_matches_as_before(new, old, texts, pieces):
    same(new, old, [fold_same_length(t) for t in texts], pieces)


@pytest.mark.parametrize("new, old, texts, pieces", SOURCE, ids=lambda x: None)
def test_a_pattern_on_the_source_opening_on_its_characters_matches_as_before(new, old, texts, pieces):
    same(new, old, texts, pieces)


@pytest.mark.parametrize("rx, name", DIGITS)
def test_a_digit_search_opens_on_a_range_and_finds_what_backslash_d_finds(rx, name):
    digit = re.compile(r"\d")
    assert rx.pattern != digit.pattern, name
    for t in ["năm 2025", "không có số", "٣ và ۵", "x", "", "Ａ１２"]:
        assert answers(rx, t) == answers(digit, t), (name, t)
