"""A meeting's later items that review or study a document (Vietnamese: các nội dung của hội nghị), read by
kg.extract.events: a study session whose sentence goes on to a review after a semicolon ('... tổ chức hội nghị quán
triệt Nghị quyết Đại hội ...; tổng kết Nghị quyết số 18-NQ/TW ...') holds that review as well, and a sentence that
opens on the meeting and lists what it did ('Hội nghị đã đánh giá ...; sơ kết 2 năm thực hiện Nghị quyết số 10-NQ/TU
...') names a review of the meeting's day. Each item takes the documents named in it, up to the next semicolon. (The
review first and a study after it is kg.extract.events' own 'đồng thời quán triệt'.)"""
from __future__ import annotations

import re

from kg.extract.text import vi

_KIND = {"so ket": "sơ kết", "tong ket": "tổng kết", "quan triet": "quán triệt"}
# an item of review after a semicolon, or after 'đồng thời' or 'và', that names what it reviews: a span of years
# carried out or a document's type word ('tổng kết Nghị quyết số 18-NQ/TW', 'sơ kết 5 năm thực hiện Chỉ thị ...'),
# not the usual close of a year's work ('; tổng kết công tác năm 2025')
_REVIEW_ITEM = re.compile(vi(r"(?:;[ \t]*(?:đồng thời[ \t]+)?|,?[ \t]+(?:đồng thời|và)[ \t]+)(?P<kind>sơ kết|tổng kết)[ \t]+"
                             r"(?=(?:\d{1,2}[ \t]+năm[ \t]+)?(?:(?:việc[ \t]+)?(?:triển khai[ \t]+)?thực hiện[ \t]+)?"
                             r"(?:nghị quyết|chỉ thị|kết luận|quyết định|kế hoạch|chương trình|đề án|quy định)(?![a-z]))"))
# a sentence that opens on the meeting reported and tells what it did: 'Hội nghị đã ...', 'Tại hội nghị, ...'
_MEETING_OPENS = re.compile(vi(r"[ \t]*(?:tại[ \t]+)?(?:hội nghị|kỳ họp)(?:[ \t]+này)?[ \t]*,?[ \t]+(?:đã|cũng|còn)(?![a-z])"))
# a study item listed after a semicolon in such a sentence ('...; quán triệt Kết luận số 05-KL/TW')
_STUDY_ITEM = re.compile(vi(r";[ \t]*(?:đồng thời[ \t]+)?(?P<kind>quán triệt)(?![a-z])"))


def review_after_study(f: str, pos: int, end: int) -> tuple[str, int] | None:
    """(kind, where its item starts) of a review a study session's sentence holds after ``pos``, or None."""
    if "so ket" not in f[pos:end] and "tong ket" not in f[pos:end]:
        return None
    m = _REVIEW_ITEM.search(f, pos, end)
    return (_KIND[m.group("kind")], m.start()) if m else None


def agenda_item(f: str, start: int, end: int) -> tuple[str, int, int] | None:
    """(kind, start, end) of the first review or study item of a sentence from ``start`` to ``end`` that opens on the
    meeting reported ('Hội nghị đã ...; sơ kết ...'), the item ending at the next semicolon; None where there is none."""
    if ";" not in f[start:end] or not _MEETING_OPENS.match(f, start):
        return None
    m = _REVIEW_ITEM.search(f, start, end) or _STUDY_ITEM.search(f, start, end)
    if m is None:
        return None
    stop = f.find(";", m.end(), end)
    return _KIND[m.group("kind")], m.start(), stop if stop >= 0 else end


def split_documents(mentions, start: int, end: int, split: int, after: bool) -> list[str]:
    """The keys of the documents named from ``start`` to ``end``, after ``split`` (``after``) or before it: a study's
    and a review's of one sentence."""
    return [mn.key for mn in mentions if mn.key and start <= mn.start < end and (mn.start >= split) == after]
