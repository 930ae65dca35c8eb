"""Documents that follow up an earlier one (tiếp theo, tiếp nối): a dispatch or a letter that opens 'Tiếp theo Công điện số
09/CĐ-TTg ngày ..., Thủ tướng Chính phủ yêu cầu ...' or 'Nhằm thực hiện ... và tiếp theo Công văn số 1520/UBND-KT, ...'
carries the earlier one on, which the contract's `continues` says (a later document that carries an earlier one on);
so does one named right before the cue ('Công điện số 15/CĐ-TTg ngày 7/12 tiếp theo Công điện số 09/CĐ-TTg')."""
from __future__ import annotations

import re
from bisect import bisect_left

from kg.extract.documents import DocumentFinder
from kg.extract.mention_model import Mention
from kg.extract.text import vi

# the cue, then a document at once ('giai đoạn tiếp theo', 'các bước tiếp theo' name no document after them); 'tiếp nối'
# says the same of a document that carries an earlier one on ('Chỉ thị số 10-CT/TU ..., tiếp nối Chỉ thị số 05-CT/TU')
_FOLLOWS = re.compile(vi(r"(?<![a-z])tiếp (?:theo|nối)[ \t]+"))
# a sentence that opens on a phrase naming what the text acts on ('Tiếp theo ...', 'Nhằm thực hiện ... và tiếp theo
# ...', 'Căn cứ ...; tiếp theo ...'): the cue in it is said of the document the main clause speaks for
_OPENING = re.compile(vi(r"[ \t\n]*(?:tiếp theo|nhằm|để|thực hiện|triển khai|căn cứ)(?![a-z])"))
# what joins the cue to the opening phrase before it: 'và', a comma or a semicolon
_JOINED = re.compile(vi(r"(?:[,;][ \t]*|(?<![a-z])và[ \t]+)$"))
# a document the main clause says was issued: '..., Bộ trưởng đã ký ban hành Công điện số 15/CĐ-BNNMT'
_ISSUED = re.compile(vi(r"(?:ban hành|ký)[ \t]+$"))


def follow_ups(df: DocumentFinder, sentences, own: str | None) -> list[tuple[str, Mention, int]]:
    """(subject, earlier document, subject's position) for every 'tiếp theo <document>' of the text: the subject is the
    document named right before the cue (only spaces or a comma between), else, where the cue is in the sentence's
    opening phrase, the document its main clause says was issued, else the text's own (``own``)."""
    f = df.f
    if "tiep theo" not in f and "tiep noi" not in f:
        return []
    keyed = [m for m in df.by_start()[0] if m.key and m.kind != "planned"]
    starts = [m.start for m in keyed]
    out: list[tuple[str, Mention, int]] = []
    for s in sentences:
        if f.find("tiep theo", s.start, s.end) < 0 and f.find("tiep noi", s.start, s.end) < 0:
            continue
        for c in _FOLLOWS.finditer(f, s.start, s.end):
            k = bisect_left(starts, c.end())
            if k == len(keyed) or keyed[k].start != c.end():
                continue
            earlier = keyed[k]
            before = keyed[bisect_left(starts, s.start):bisect_left(starts, c.start())]
            prev = before[-1] if before else None
            subject: tuple[str, int] | None = None
            after = max(prev.end, prev.tail_end) if prev else 0
            span = prev.subject_span if prev else None
            if span is not None and span[0] <= c.start() <= span[1]:
                # (its title read on over the cue: 'Chỉ thị số 10-CT/TU về phòng cháy, chữa cháy, tiếp nối Chỉ thị ...';
                # a comma closes the title before it)
                after = c.start() if f[after:c.start()].rstrip().endswith(",") else span[1]
            elif span is not None and span[0] >= after:
                after = max(after, span[1])
            if prev is not None and after <= c.start() and not f[after:c.start()].strip(" \t,"):
                # (a document of the opening list is no subject: 'Nhằm thực hiện Quyết định số 1245 và tiếp theo ...')
                if not _OPENING.match(f, s.start):
                    subject = (prev.key or "", prev.start)
            if subject is None and _OPENING.match(f, s.start) and (not f[s.start:c.start()].strip()
                                                                  or _JOINED.search(f, s.start, c.start())):
                end = max(earlier.end, earlier.tail_end)
                issued = next((m for m in keyed[bisect_left(starts, end):bisect_left(starts, s.end)]
                               if _ISSUED.search(f, max(0, m.start - 20), m.start)), None)
                subject = (issued.key or "", issued.start) if issued is not None else (own, c.start()) if own else None
            if subject is not None and subject[0] and subject[0] != earlier.key:
                out.append((subject[0], earlier, subject[1]))
    return out
