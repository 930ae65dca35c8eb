"""Lists of documents a cue opens: the items of a list after a cue ('căn cứ', 'thực hiện', 'xét' and the like),
each joined to the one before by a separator, passing over the documents named inside an item's own title."""
from __future__ import annotations

import re
from bisect import bisect_left

from kg.extract.documents import DocumentFinder
from kg.extract.mention_model import Mention
from kg.extract.text import vi

# what joins two items of such a list: ';', ',', 'và', 'cùng (với)', a repeated 'căn cứ'
_ITEM_SEP = re.compile(vi(r"(?:[;,]|(?<![a-z])(?:và|cùng(?:[ \t]+với)?))[ \t\n]*"
                          r"(?:(?:căn cứ(?:[ \t]+vào)?|xét|các)[ \t]+)?$"))
_LIST_REACH = 400
# a document named inside another's title: 'ban hành Kế hoạch thực hiện Quyết định số 297'
NESTED = re.compile(vi(r"(?:thực hiện|triển khai|tổng kết|sơ kết|phê duyệt|ban hành|hướng dẫn|cụ thể hóa)[ \t]+$"))

# what an item's title amends, named right after its type word: '(Luật) sửa đổi, bổ sung một số điều của <X> và <Y>'
_AMENDED_IN_TITLE = re.compile(vi(r"[ \t]*sửa đổi,?[ \t]+bổ sung(?:[ \t]+một số điều)?(?:[ \t]+(?:của|tại))?(?:[ \t]+các)?[ \t]*$"))
_TITLE_AND = re.compile(vi(r"[ \t]*(?:,|và)[ \t]*"))


def item_list(df: DocumentFinder, pos: int, end: int, keyed: list[Mention], starts: list[int]) -> list[Mention]:
    """The documents of a list that starts at ``pos`` and runs to ``end`` (a sentence end): the
    first mention and each later one joined to the previous item by a separator; a document named
    inside an item's own title ('... về việc ban hành Kế hoạch thực hiện Quyết định số 297') is not
    an item. ``keyed`` are the text's keyed mentions by position, ``starts`` their positions (looked up, not scanned:
    a text of many short sentences, each opening on a cue, would read every mention once per sentence)."""
    ms = keyed[bisect_left(starts, pos):bisect_left(starts, end)]
    if not ms or ms[0].start != pos:
        return []
    items = [ms[0]]
    last = max(ms[0].tail_end, ms[0].end)
    nested = False
    for m in ms[1:]:
        if m.start < last:
            continue
        if m.start - last > _LIST_REACH:
            break
        if _AMENDED_IN_TITLE.search(df.f, last, m.start) or (nested and _TITLE_AND.fullmatch(df.f, last, m.start)):
            # 'Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương':
            # the laws an item's title amends are no items of the list
            nested = True
            last = max(m.tail_end, m.end)
            continue
        nested = False
        if not _ITEM_SEP.search(df.f, last, m.start):
            # a document between, not joined to the list, ends it: 'Thực hiện Nghị quyết, Huyện ủy ban hành Kế hoạch số
            # 35 và Chương trình số 12' lists what was issued, not what was carried out (one named in an item's title,
            # 'Kết luận số 121-KL/TW ... về tổng kết Nghị quyết số 18-NQ/TW', is passed over)
            span = items[-1].subject_span
            if (span is None or not span[0] <= m.start < span[1]) and (
                    "," in df.f[last:m.start] or not NESTED.search(df.f, max(0, m.start - 30), m.start)):
                break
            continue
        if all(m.key != o.key for o in items):
            items.append(m)
        last = max(m.tail_end, m.end)
    return items


# a line that heads a list of legal bases with no document of its own: 'Căn cứ:', 'I. CĂN CỨ XÂY DỰNG KẾ HOẠCH', 'Căn
# cứ pháp lý', '1. Căn cứ ban hành', 'Căn cứ vào các văn bản sau:' (the words after 'căn cứ' are read only where the
# line closes on a colon or they name the kind of basis: 'Căn cứ tình hình thực tế' heads no list of documents)
_BASIS_HEADING = re.compile(vi(r"(?:^|\n)[ \t]*(?:(?:[ivx]{1,4}|\d{1,2}|[a-z])[.)][ \t]*)?(?:(?:những|các)[ \t]+)?"
                               r"căn cứ(?P<rest>[^\n:]{0,70}?)[ \t]*(?P<colon>:)?[ \t]*\n"))
_BASIS_KIND = re.compile(vi(r"[ \t]+(?:pháp lý|xây dựng|ban hành|để|vào)(?![a-z])"))
# what opens an item's line: a dash, a bullet, a number or a letter
_ITEM_MARK = re.compile(r"\s*(?:[-+*\u2022\u2013]|\d{1,2}[.)]|[a-z][.)])?[ \t]*")
_ITEMS_MAX = 30


def heading_bases(df: DocumentFinder) -> list[Mention]:
    """The documents listed one a line under a heading that says they are the text's legal bases ('Căn cứ:' then '-
    Luật ...;' '- Nghị quyết số ...;'): each line's documents (a list within the line too), until a line that opens
    on no document."""
    f = df.f
    if "can cu" not in f:
        return []
    keyed = [m for m in df.by_start()[0] if m.key and m.kind != "planned"]
    starts = [m.start for m in keyed]
    out: list[Mention] = []
    for h in _BASIS_HEADING.finditer(f):
        rest = h.group("rest")
        if not (h.group("colon") or not rest.strip() or _BASIS_KIND.match(rest)):
            continue
        if bisect_left(starts, h.start()) != bisect_left(starts, h.end()):
            continue            # ('Căn cứ Nghị quyết số 12/NQ-HĐND' on a line of its own is read by the cue in its sentence)
        at = h.end() - 1        # (the line feed that closes the heading)
        for _ in range(_ITEMS_MAX):
            mark = _ITEM_MARK.match(f, at)
            if mark is None or mark.end() >= len(f):
                break
            eol = f.find("\n", mark.end())
            eol = len(f) if eol < 0 else eol
            items = item_list(df, mark.end(), eol, keyed, starts)
            if not items:
                break
            out.extend(o for o in items if all(o.key != x.key for x in out))
            at = eol
    return out
