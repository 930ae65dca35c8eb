"""What an official text's own articles change: a numbered clause of an article ('Điều 5. Hiệu lực thi hành / 2. Bãi
bỏ Nghị quyết số 21/2023/NQ-HĐND ...') that repeals or replaces a whole document says the text's own document
`replaces` it, and one that amends it (sửa đổi, bổ sung) `amends` it. A repeal of some of its parts ('Bãi bỏ khoản 2
Điều 3 Nghị quyết số ...') ends no document and gives no link; a plan's numbered tasks (no article) are tasks
(tests/ANNOTATION.md (o)). A document the text says goes out of force when its own one comes in ('Quyết định số
22/2021/QĐ-UBND hết hiệu lực kể từ ngày Quyết định này có hiệu lực') is replaced by it too."""
from __future__ import annotations

import re
from bisect import bisect_left

from kg.extract.document_dates import heading_number
from kg.extract.documents import DocumentFinder
from kg.extract.link_items import item_list
from kg.extract.mention_model import Mention
from kg.extract.mention_words import CHANGED_PARTS, link_type
from kg.extract.text import vi

# an article's heading at a line's start: 'Điều 5.', 'Điều 2:'
_ARTICLE = re.compile(vi(r"(?:^|\n)[ \t]*điều[ \t]+\d{1,3}[ \t]*[.:]"))
# a heading that closes the articles: a section of an annex ('II. NHIỆM VỤ'), the annex's own line ('(Ban hành kèm theo
# Quyết định số ...)', 'Phụ lục'), whose numbered items are tasks
_NOT_ARTICLE = re.compile(vi(r"\n[ \t]*(?:[ivx]{1,5}\.|\(?ban hành kèm theo|phụ lục)"))
# a clause numbered in it ('2.', 'b)') that opens on the change
_CHANGE_CLAUSE = re.compile(vi(r"[ \t]*(?:\d{1,2}[.)]|[a-zđ]\))[ \t]+(?P<cue>bãi bỏ|thay thế|sửa đổi,?[ \t]+bổ sung(?:[ \t]+"
                               + CHANGED_PARTS + r")?)[ \t]+"))


def article_changes(df: DocumentFinder, sentences, own: str | None) -> list[tuple[str, Mention]]:
    """(link type, document changed) for each such clause of the text's own articles, where ``own`` is the document
    its heading numbers."""
    f = df.f
    if own is None or "dieu " not in f:
        return []
    articles = [m.start() for m in _ARTICLE.finditer(f)]
    keyed = [m for m in df.by_start()[0] if m.key and m.kind != "planned"]
    if not articles or not any(m.key == own and heading_number(f, m.start, m.end) for m in keyed):
        return []
    starts = [m.start for m in keyed]
    out: list[tuple[str, Mention]] = []
    for s in sentences:
        c = _CHANGE_CLAUSE.match(f, s.start, s.end)
        if c is None or f.rfind("\n", 0, s.start) + 1 < s.start - 1:
            continue        # (no change, or not at a line's start)
        k = bisect_left(articles, s.start)
        if k == 0 or _NOT_ARTICLE.search(f, articles[k - 1], s.start) or any(
                line.strip() and line.isupper() for line in df.t[articles[k - 1]:s.start].splitlines()[1:]):
            continue        # (before the first article, an annex's item after the articles, or a line in capitals
            # heading another part)
        typ = link_type(c.group("cue"))
        out.extend((typ, o) for o in item_list(df, c.end(), s.end, keyed, starts) if o.key != own)
    return out


# what follows a document that ends when the text's own one starts: '... hết hiệu lực (thi hành) kể từ ngày Quyết định
# này có hiệu lực (thi hành)', after its date and issuer or after the next documents of a list ('Quyết định số
# 12/2019/QĐ-UBND và Quyết định số 30/2020/QĐ-UBND hết hiệu lực ...'); the same words ending on a date of their own
# name no link (the own document may only announce what another ended)
_ENDS_WITH_OWN = re.compile(vi(r"[^.;:\n]{0,200}?[ \t,](?:(?:sẽ|đều)[ \t]+)?(?:hết|chấm dứt)[ \t]+hiệu lực"
                               r"(?:[ \t]+thi hành)?[ \t]+(?:kể[ \t]+)?từ[ \t]+(?:ngày|khi)[ \t]+"
                               r"(?:quyết định|nghị quyết|chỉ thị|thông tư|nghị định|quy định|văn bản)[ \t]+này[ \t]+"
                               r"(?:bắt đầu[ \t]+)?có[ \t]+hiệu lực"))


# an official letter calls itself 'văn bản này' or 'công văn này' where other texts use their type word ('Chỉ thị này
# thay thế ...', read with the bare type words): 'Văn bản này thay thế Văn bản số 2503/UBND-NNMT ngày 22/8/2025 ...' (the
# number alone is the mention where 'văn bản' names no type)
_LETTER_REPLACES = re.compile(vi(r"(?:^|[.;:\n])[ \t]*(?:văn bản|công văn)[ \t]+này[ \t]+(?:[^.;:\n]{0,60}?[ \t,]và[ \t]+)?"
                                 r"thay thế[ \t]+(?:văn bản[ \t]+(?:số[ \t]+)?)?"))


def ended_by_own(df: DocumentFinder, own: str | None) -> list[Mention]:
    """The documents the text says go out of force when its own document ``own`` comes into force, or that its own
    letter says it replaces (it replaces them)."""
    f = df.f
    if own is None:
        return []
    replaced = [o for m in (_LETTER_REPLACES.finditer(f) if "thay the" in f else ())
                for o in df.object_group(m.end(), True) if o.key and o.key != own]
    if "het hieu luc" not in f and "cham dut hieu luc" not in f:
        return replaced
    return replaced + [m for m in df.by_start()[0] if m.key and m.kind in ("numbered", "named") and m.key != own
                       and _ENDS_WITH_OWN.match(f, m.end) is not None]
