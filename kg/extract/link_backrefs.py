"""Links stated of a document named back by its type word alone at the opening of a sentence, as a report or a
commentary says what a document sets out: 'Kế hoạch nêu rõ, tiếp tục thực hiện Nghị định 140/2017/NĐ-CP ...', 'Nghị
quyết xác định tiếp tục thực hiện Nghị quyết số 05-NQ/HU ...' (the document of that type named last before continues
the ones listed)."""
from __future__ import annotations

import re
from bisect import bisect_left

from kg.extract.documents import DocumentFinder
from kg.extract.link_items import item_list
from kg.extract.mention_model import Mention
from kg.extract.mention_words import TYPE_CODE
from kg.extract.text import vi

_STATED = re.compile(vi(r"[ \t\n]*(?P<type>nghị quyết|kế hoạch|chương trình hành động|chương trình|chỉ thị|kết luận|đề án)"
                        r"[ \t]+(?:cũng[ \t]+)?(?:nêu rõ|xác định|đề ra|chỉ rõ|nhấn mạnh|khẳng định)[ \t]*[,:]?[ \t]*"
                        r"(?:(?:cần|phải)[ \t]+)?tiếp tục[ \t]+(?:triển khai[ \t]+)?thực hiện[ \t]+"))


def stated_continuations(df: DocumentFinder, sentences) -> list[tuple[str, Mention, Mention]]:
    """(subject, object, subject's mention) for every 'continues' link such a sentence states."""
    f = df.f
    if "tiep tuc" not in f:
        return []
    keyed = [m for m in df.by_start()[0] if m.key and m.kind != "planned"]
    starts = [m.start for m in keyed]
    out: list[tuple[str, Mention, Mention]] = []
    for s in sentences:
        m = _STATED.match(f, s.start, s.end)
        if m is None:
            continue
        code = TYPE_CODE.get(m.group("type"))
        sub = next((x for x in reversed(keyed[:bisect_left(starts, s.start)]) if x.type == code), None)
        if sub is None or not sub.key:
            continue
        key = sub.key
        out.extend((key, o, sub) for o in item_list(df, m.end(), s.end, keyed, starts) if o.key != sub.key)
    return out
