"""Extraction stage: Vietnamese news / official text in, `facts` out (pure Python).

    from kg.extract import extract
    facts = extract(text, source="001.txt")
    facts.to_dict()           # the contract JSON
"""
from __future__ import annotations

import datetime as _dt
import re
from bisect import bisect_right

from kg.extract.assignments import doc_resolver, find_assignments
from kg.extract.dates import find_dates, text_date as _text_date
from kg.extract.documents import LIST_GAP, DocumentFinder, collect
from kg.extract.events import find_events
from kg.extract.links import find_links
from kg.extract.place import find_place
from kg.extract.quantities import classify
from kg.extract.text import paragraphs, prepare, sentences
from kg.facts import DocumentRef, Facts

__all__ = ["extract"]

_ISSUED_BEFORE = re.compile(r"(?:ban hanh|thong qua|phe duyet)[ \t]+$")
_LOCAL_LEVELS = {"province", "district", "commune"}
# a sentence that opens by naming the document it is about: 'Qua hơn 3 năm thực hiện Kết luận 21, ...',
# 'Để tiếp tục thực hiện hiệu quả Chỉ thị 40, ...', 'Sau 6 tháng triển khai Kế hoạch số 46-KH/TU, ...'
_OPENS_ON_DOC = re.compile(
    r"[ \t\n]*(?:(?:qua|sau|de|nham|trong|ket qua)(?:[ \t]+(?:hon|gan|gan|tron|nhung)?[ \t]*(?:\d{1,2}|mot|hai|ba|bon|nam|sau|muoi)"
    r"[ \t]+(?:nam|thang|quy))?[ \t]+(?:tiep tuc[ \t]+)?(?:trien khai[ \t]+)?(?:thuc hien|trien khai|quan triet)"
    r"(?:[ \t]+(?:co hieu qua|hieu qua|tot|nghiem tuc))?)[ \t]+")


def extract(text: str, *, source: str = "", date: _dt.date | None = None, place: str | None = None) -> Facts:
    p = prepare(text if isinstance(text, str) else "")
    tdate = date or _text_date(p.folded)
    dates = find_dates(p.folded, tdate.year if tdate else None)
    sents = sentences(p.text)
    paras = paragraphs(p.text)
    df = DocumentFinder(p, dates, sents)
    mentions = df.find()
    docs = collect(mentions, p)

    # the documents the text is about: those named in its first paragraph with documents
    focus: list[str] = []
    main_doc = None
    seen_paras = 0
    for para in paras:
        in_para = [m for m in mentions if para.start <= m.start < para.end and m.key]
        if not in_para:
            continue
        seen_paras += 1
        if not focus:
            focus = list(dict.fromkeys(m.key for m in in_para if m.kind in ("numbered", "alias", "resolved")))
        if main_doc is None:
            for m in in_para:
                if m.kind == "planned":
                    continue
                d = docs.get(m.key)
                if _ISSUED_BEFORE.search(p.folded, max(0, m.start - 30), m.start) and d and d.level != "central" \
                        and (d.level in _LOCAL_LEVELS or d.number is not None):
                    main_doc = m.key
                    break
        if seen_paras >= 2:
            break

    main_doc_end = 0
    if main_doc:
        main_doc_end = max((max(m.tail_end, m.end) for m in mentions if m.key == main_doc and m.kind != "resolved"),
                           default=0)
        main_doc_end = min((m.tail_end for m in mentions if m.key == main_doc and m.kind == "numbered"),
                           default=main_doc_end)

    # mention groups ('Nghị quyết 25, Kết luận 43 và Chương trình 43') for document context
    groups: list[tuple[int, str]] = []
    prev = None
    for m in sorted((m for m in mentions if m.key and m.kind != "planned"), key=lambda x: x.start):
        if prev is not None:
            end = max(prev.tail_end, prev.end)
            g = LIST_GAP.match(p.folded, end, m.start) if m.start >= end else None
            if g and g.end() == m.start and m.start - end <= 8:
                prev = m
                continue
        groups.append((m.start, m.key))
        prev = m
    gstarts = [g[0] for g in groups]

    links = find_links(df, focus, sents, own=main_doc or (focus[0] if focus else None))
    # documents the text's own plan implements: results and tasks in context belong to the plan
    upstream = {x.to for x in links if main_doc and x.from_ == main_doc}
    local_for: dict[str, str] = {}
    for x in links:
        a, b = docs.get(x.from_), docs.get(x.to)
        if a and b and b.level == "central" and a.level in _LOCAL_LEVELS and x.type in ("implements", "continues") \
                and a.number is not None:
            local_for.setdefault(x.to, x.from_)

    # a document cited as legal basis ('trên cơ sở Nghị định ...', 'căn cứ ...'): what the text says
    # next about goals and results is about the document built on it
    basis_of: dict[str, str] = {}
    for x in links:
        if x.type == "based_on":
            basis_of.setdefault(x.to, x.from_)

    # at a review of X, what X builds on (its basis, the document it implements) is context, not
    # the subject of the results
    events = find_events(df, dates, sents, tdate)
    reviewed = {k for e in events if e.type in ("sơ kết", "tổng kết") for k in e.reviews}
    review_dates = [e.date for e in events if e.type in ("sơ kết", "tổng kết") and e.date]
    review_date = max(review_dates) if review_dates else None
    if main_doc and review_date and docs.get(main_doc) and docs[main_doc].date and docs[main_doc].date > review_date:
        # a plan issued after the review the text reports: the review's results are not its own
        main_doc, main_doc_end, upstream = None, 0, set()
    for x in links:
        if x.from_ in reviewed and x.to not in reviewed and x.type in ("based_on", "implements", "continues") \
                and (x.type == "based_on" or (docs.get(x.from_) and docs[x.from_].level in _LOCAL_LEVELS)):
            basis_of.setdefault(x.to, x.from_)

    mention_at = {m.start: m for m in mentions if m.key and m.kind != "planned"}
    sent_starts = [x.start for x in sents]
    opener_cache: dict[int, tuple[str | None, int]] = {}

    para_starts = [x.start for x in paras]
    keyed = sorted((m.start, m.key) for m in mentions if m.key and m.kind != "planned")

    def own_opener(k: int) -> tuple[str | None, int]:
        if k not in opener_cache:
            st = sents[k].start
            m = _OPENS_ON_DOC.match(p.folded, st, min(sents[k].end, st + 90))
            mn = mention_at.get(m.end()) if m else None
            opener_cache[k] = (mn.key, mn.start) if mn is not None else (None, 0)
        return opener_cache[k]

    def opening_doc(pos: int) -> str | None:
        """The document a sentence names in its opening phrase (see _OPENS_ON_DOC); the following
        sentences of the same paragraph keep it until another document is named."""
        k = bisect_right(sent_starts, pos) - 1
        if k < 0:
            return None
        pi = bisect_right(para_starts, pos) - 1
        pstart = para_starts[pi] if pi >= 0 else 0
        for j in range(k, max(-1, k - 6), -1):
            if sents[j].start < pstart:
                break
            key, at = own_opener(j)
            if key and at < pos:
                i = bisect_right(keyed, (at, "\uffff"))
                while i < len(keyed) and keyed[i][0] < pos:
                    if keyed[i][1] != key:
                        return None
                    i += 1
                return key
        return None

    def context_doc(pos: int) -> str | None:
        named = opening_doc(pos)
        if named:
            return named
        k = bisect_right(gstarts, pos) - 1
        key = groups[k][1] if k >= 0 else (groups[0][1] if groups else None)
        if key in basis_of:
            key = basis_of[key]
        if key in upstream:
            return main_doc
        # a central document named in a local chain ('Kế hoạch số 94-KH/TU ... thực hiện Nghị quyết
        # số 20-NQ/TW'): results counted locally belong to the local document of that chain
        if key in local_for:
            return local_for[key]
        return key

    spans = sorted([(d.start, d.end) for d in dates] + [(m.start, max(m.end, m.start)) for m in mentions])
    sstarts = [a for a, _ in spans]

    def blocked(pos: int) -> bool:
        k = bisect_right(sstarts, pos) - 1
        while k >= 0 and spans[k][0] <= pos:
            if pos < spans[k][1]:
                return True
            k -= 1
            if k >= 0 and pos - spans[k][0] > 200:
                break
        return False

    md = docs.get(main_doc) if main_doc else None
    base_year = md.date.year if md is not None and md.date else None
    ref_year = tdate.year if tdate else base_year
    if ref_year is None:
        # no page date: the year of the first dated happening ('Ngày 10/1/2025, ... tổ chức ...')
        ref_year = next((d.date.year for d in dates if d.time_word and d.has_year
                         and not any(m.start <= d.start < max(m.tail_end, m.end) for m in mentions)), None)
    up_of: dict[str, str] = {}
    for x in links:
        if x.type in ("implements", "continues"):
            up_of.setdefault(x.from_, x.to)

    def doc_in_year(key: str | None, year: int) -> str | None:
        """The document of a result of ``year``: up the implementation chain to one issued by then
        (an undated document counts as issued in the year of the text's plan)."""
        k, seen = key, set()
        while k and k not in seen:
            seen.add(k)
            d = docs.get(k)
            y = d.date.year if d is not None and d.date else base_year
            if y is None or y <= year:
                return k
            k = up_of.get(k)
        return key

    targets, outcomes = classify(p, sents, blocked, context_doc, main_doc, ref_year=ref_year, base_year=base_year,
                                 doc_in_year=doc_in_year)
    if review_date is not None:
        # a document issued after the review cannot have produced the review's results
        for o in outcomes:
            k, seen = o.document, set()
            while k and k not in seen and docs.get(k) and docs[k].date and docs[k].date > review_date:
                seen.add(k)
                k = up_of.get(k)
            if k and k != o.document:
                o.document = k
    assignments = find_assignments(p, sents, df, doc_resolver(df, main_doc, context_doc, opening_doc, upstream), prescriptive_text=main_doc is not None,
                                   body_start=main_doc_end)
    pl = find_place(p.text, tdate, place, p.to_source)

    documents = [DocumentRef(d.key, d.type, d.number, d.issuer, d.issuer_code, d.level, d.date, d.subject,
                             d.system, list(d.mentions), span=d.span) for d in docs.values()]
    return Facts(source=source, place=pl, documents=documents, links=links, assignments=assignments,
                 targets=targets, outcomes=outcomes, events=events, text=p.source, date=tdate)
