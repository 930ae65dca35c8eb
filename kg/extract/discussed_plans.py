"""The plan of the year's tasks a meeting discusses before it is issued (Vietnamese: cho ý kiến vào dự thảo kế hoạch):
'Ban Chấp hành Đảng bộ xã ... tổ chức hội nghị ..., đánh giá kết quả thực hiện Nghị quyết số 03-NQ/ĐU ... và cho ý kiến
vào Kế hoạch thực hiện nhiệm vụ năm 2026'. The plan has no number yet but a title and the body that holds the meeting:
it is a document of its own, keyed ``TYPE:<title> của <body>``, whose goals the text then lists ('Năm 2026, Đảng bộ xã đề
ra 18 chỉ tiêu, trong đó ...', kg.extract.scope). A plan discussed in lower case ('thảo luận kế hoạch năm 2026'), or one
no body is said to hold the meeting on, is none. Read by kg.extract.documents."""
from __future__ import annotations

from kg.extract.meeting_documents import meeting_holder
from kg.extract.mention_model import Mention
from kg.extract.text import clean_ws, folded_pattern

_DISCUSSED = folded_pattern(r"(?<![a-z])(?:cho ý kiến|góp ý|thảo luận)(?:[ \t]+(?:vào|về|đối với))?[ \t]+(?:dự thảo[ \t]+)?"
                            r"(?P<word>kế hoạch|chương trình công tác|nghị quyết)[ \t]+(?P<title>(?:lãnh đạo[ \t]+)?"
                            r"(?:thực hiện[ \t]+)?(?:nhiệm vụ|phương hướng)(?![a-z])[^.;:,\n]{0,50}?(?<![a-z])năm[ \t]+\d{4})(?!\d)")
_TYPES = {"ke hoach": "KH", "chuong trinh cong tac": "CTr", "nghi quyet": "NQ"}


def discussed_plans(t: str, f: str) -> list[Mention]:
    """The plans of a year's tasks the meetings of the text discuss, named by title (see the module's docstring)."""
    if "cho y kien" not in f and "gop y" not in f and "thao luan" not in f:
        return []
    out = []
    for m in _DISCUSSED.finditer(f):
        s = m.start("word")
        holder = meeting_holder(t, f, m.start()) if t[s].isupper() else None
        if holder is None:
            continue
        code = _TYPES[m.group("word")]
        title = clean_ws(t[m.start("title"):m.end("title")])
        mn = Mention(s, m.end(), code, None, None, kind="named", key=f"{code}:{title} của {holder[0]}")
        mn.tail_end, mn.subject, mn.issuer = m.end(), title, holder[0]
        out.append(mn)
    return out
