"""The words of a document mention (đề cập văn bản): the type words ('Nghị quyết', 'Kế hoạch' ...), the cues of a
link between two documents ('triển khai thực hiện', 'sửa đổi, bổ sung', 'căn cứ') and the link type each names, the
back-references ('hai nghị quyết trên') and what joins the items of a list. Folded patterns; imports no other
documents module."""
from __future__ import annotations

import re

from kg.extract.alternation import word_start

TYPE_WORDS = [
    ("chuong trinh muc tieu quoc gia", "CTMTQG"), ("chuong trinh mtqg", "CTMTQG"), ("chuong trinh hanh dong", "CTr"), ("chuong trinh", "CTr"),
    ("ke hoach hanh dong", "KH"), ("ke hoach", "KH"), ("nghi quyet lien tich", "NQLT"), ("nghi quyet", "NQ"),
    ("nghi dinh", "NĐ"), ("chi thi", "CT"), ("ket luan", "KL"), ("quyet dinh", "QĐ"), ("quy dinh", "QĐ"),
    ("quy che", "QC"), ("cong van", "CV"), ("huong dan", "HD"), ("thong bao ket luan", "TB"),
    ("thong bao", "TB"), ("thong tri", "TT"), ("thong tu lien tich", "TTLT"), ("thong tu", "TT"),
    ("de an", "ĐA"), ("to trinh", "TTr"), ("bao cao", "BC"), ("luat", "Luật"), ("hien phap", "HP"),
    ("chien luoc", "CL"), ("cong dien", "CĐ"),
]
TYPE_CODE = dict(TYPE_WORDS)
TYPE_RE = re.compile(word_start(r"(?<![a-z])(?:" + "|".join(w for w, _ in TYPE_WORDS) + r")(?![a-z])"))

# the parts of a document a change names before the document (sửa đổi / bãi bỏ / đình chỉ một phần): 'một số điều của',
# 'khoản 2 Điều 5', 'điểm a khoản 1 Điều 3 và Điều 7 của', 'Phụ lục II ban hành kèm theo'
_PART = r"(?:(?:diem [a-z] )?(?:khoan \d+ )?dieu \d+[a-z]?|(?:diem [a-z] )?khoan \d+|phu luc(?: [ivx\d]+)?)"
CHANGED_PARTS = (r"(?:(?:mot so|cac) (?:dieu|khoan|noi dung)|(?:mot phan|toan bo)|" + _PART + r"(?:(?:,| va) " + _PART + r")*)"
                 r"(?: (?:cua|tai|ban hanh kem theo))?")
# the words of a link cue (folded): what the document after them is to the one before
CUE_WORDS = (
    r"tiep tuc (?:trien khai )?thuc hien|cu the hoa,? (?:trien khai )?thuc hien|(?:trien khai )?thuc hien|"
    r"cu the hoa|the che hoa|huong dan(?: thuc hien| thi hanh)?(?: (?:mot so )?(?:dieu|noi dung)(?: cua)?)?|"
    r"quy dinh chi tiet(?: thi hanh)?(?: mot so dieu(?: va bien phap thi hanh)?(?: cua)?)?|"
    # ('điều chỉnh, bổ sung Nghị quyết số 12/NQ-HĐND': the wording of a council that revises its own plan; 'điều chỉnh'
    # alone is also what a rule governs: only with 'bổ sung')
    r"(?:sua doi(?:,? bo sung)?|dieu chinh,? bo sung)(?: " + CHANGED_PARTS + r")?(?: cac)?|thay the|thay cho|"
    # a repeal or a suspension, whole or in part, ends what it names: replaces (the contract has no repeal type)
    # ('ngừng' alone is also 'không ngừng': only with what it stops)
    r"(?:bai bo|(?:dinh chi|tam dung|tam ngung)(?: (?:viec )?(?:hieu luc thi hanh|thi hanh|hieu luc))?"
    r"|ngung (?:hieu luc thi hanh|thi hanh|hieu luc))(?: " + CHANGED_PARTS + r")?|"
    r"can cu(?: vao)?|tren co so|theo tinh than|trien khai")
# how a document is to be carried out, between the cue and the document: 'thực hiện (có) hiệu quả', 'nghiêm túc và hiệu quả'
MANNER = r"(?:(?:co hieu qua|hieu qua|day du|nghiem tuc|quyet liet|dong bo|tot)[ \t]*,?[ \t]+(?:va[ \t]+)?){0,3}"
# (a title may name the study of what it carries out first: 'Kế hoạch ... về việc học tập, quán triệt, tuyên truyền và
# triển khai thực hiện Nghị quyết ...')
CUE_RE = re.compile(
    r"[ \t]*,?[ \t]*(?:(?:ve viec[ \t]+|ve[ \t]+|de[ \t]+|nham[ \t]+(?:muc dich[ \t]+)?)"
    r"(?:(?:hoc tap|quan triet|tuyen truyen|pho bien)(?:[ \t]*,[ \t]*|[ \t]+va[ \t]+|[ \t]+)){0,4})?"
    r"(?P<cue>" + CUE_WORDS + r")[ \t]+" + MANNER
)
# a back-reference to documents named before: 'hai nghị quyết nói trên', 'chương trình này'
BACKREF_RE = re.compile(
    r"(?:(?P<n>hai|ba|bon|nam|cac|0?[2-5])[ \t]+)?(?P<type>nghi quyet|chi thi|ket luan|quyet dinh|quy dinh|"
    r"chuong trinh(?: hanh dong)?|ke hoach|de an|huong dan|nghi dinh|van ban)(?:[ \t]+(?:cua (?:bo chinh tri|ban bi thu|"
    r"trung uong|tinh uy|huyen uy)))?[ \t]+(?P<dem>noi tren|neu tren|tren|nay|do|vua neu)(?![a-z])")
# (the next of a list may repeat 'số' without its type word: 'Nghị quyết số 18-NQ/TW, số 19-NQ/TW')
LIST_GAP = re.compile(r"[ \t]*(?:,|va|,[ \t]*va)?[ \t]*(?:va[ \t]+)?(?:so[ \t]+)?$")

# the link types of carrying a document out, whose objects are seldom of the subject's own kind and issuer (what a
# document amends or replaces often is: 'thay thế Quyết định số 12/2018/QĐ-UBND và Quyết định số 30/2019/QĐ-UBND')
CARRYING = ("implements", "continues")


def link_type(cue: str) -> str:
    if cue.startswith("tiep tuc"):
        return "continues"
    if cue.startswith(("sua doi", "dieu chinh")):
        return "amends"
    if cue.startswith(("thay the", "thay cho", "bai bo", "dinh chi", "tam dung", "tam ngung", "ngung")):
        return "replaces"
    if cue.startswith(("huong dan", "quy dinh chi tiet")):
        return "guides"
    if cue.startswith(("can cu", "tren co so", "theo tinh than")):
        return "based_on"
    return "implements"
