"""A joint programme or set of rules two bodies sign (Vietnamese: ký kết chương trình phối hợp, quy chế phối hợp), named
by its title: 'Hội Nông dân tỉnh và Sở Nông nghiệp và Môi trường đã ký kết Chương trình phối hợp hỗ trợ nông dân chuyển
đổi số giai đoạn 2026-2030. Theo đó, Sở ... chủ trì ...'. The signed text is a document of its own, without a number,
keyed ``TYPE:<title>`` and issued by the bodies that signed it; what the text then says each body does is its tasks.
A programme named by its partner only ('ký kết chương trình phối hợp với Sở Nội vụ') has no title and is none: the
news names the signing, not a document. Read by kg.extract.documents."""
from __future__ import annotations

import re

from kg.extract.dates import DateMention
from kg.extract.document_titles import title_end
from kg.extract.meeting_documents import meeting_day, meeting_holder
from kg.extract.mention_model import Mention
from kg.extract.text import clean_ws, folded_pattern, norm_body

# the signing verb, then the capitalised type word and 'phối hợp' (checked on the source for the capital)
_SIGNED = folded_pattern(r"(?<![a-z])ký(?:[ \t]+kết)?[ \t]+(?P<word>chương trình|quy chế)[ \t]+phối hợp[ \t]+(?!với(?![a-z]))")
_TYPES = {"chuong trinh": "CTr", "quy che": "QC"}
# the bodies that signed, before the verb in its clause: 'Hội Nông dân tỉnh và Sở Nông nghiệp và Môi trường đã '
_SIGNERS = re.compile(r"([^,.;:\n]{4,120}?)[ \t]+(?:(?:đã|vừa|cùng)[ \t]+)*$")
# a title long enough to name the programme (its words after 'phối hợp'), not a bare 'phối hợp thực hiện'
_MIN_TITLE = 12


def signed_programmes(t: str, f: str, dates: list[DateMention]) -> list[Mention]:
    """The programmes and rules the text says were signed, named by their titles (see the module's docstring); one
    signed at the meeting the text reports ('Tại hội nghị, ... đã ký kết ...') is dated by the day the meeting was held."""
    if "ky ket" not in f and "ky chuong trinh" not in f and "ky quy che" not in f:
        return []
    out = []
    for m in _SIGNED.finditer(f):
        s = m.start("word")
        if not t[s].isupper():
            continue
        end = title_end(t, f, m.end())
        title = clean_ws(t[s + len(m.group("word")):end]).strip(" ,")
        if len(title) - len("phối hợp") < _MIN_TITLE:
            continue
        code = _TYPES[m.group("word")]
        mn = Mention(s, end, code, None, None, kind="named", key=f"{code}:{title}")
        mn.tail_end, mn.subject = end, title
        line = max(f.rfind("\n", 0, m.start()), f.rfind(",", 0, m.start()), f.rfind(".", 0, m.start())) + 1
        signers = _SIGNERS.search(t, line, m.start())
        if signers is not None:
            mn.issuer = norm_body(signers.group(1).strip())
        if (held := meeting_holder(t, f, m.start())) is not None:
            mn.date = meeting_day(f, held[1], dates)
        out.append(mn)
    return out
