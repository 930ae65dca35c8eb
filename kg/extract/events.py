"""Events: review conferences (sơ kết / tổng kết), study sessions (quán triệt), working sessions
(làm việc) and other conferences. An event needs a dated sentence with an organising verb or an
event noun ('Sáng 25/9/2023, Huyện ủy tổ chức Hội nghị sơ kết, tổng kết ...'); an undated
'Hội nghị tổng kết ...' headline merges into the dated event of the same type. 'sơ kết, tổng
kết' gives one event per type; reviewed documents are split by the phrase that names them."""
from __future__ import annotations

import re

from kg.extract.bodies import body_regex, extend_name
from kg.extract.text import norm_body
from kg.facts import Event

_TYPE = re.compile(r"(?<![a-z])(so ket|tong ket|quan triet|lam viec)(?![a-z])")
_EVENT_VERB = re.compile(r"(?<![a-z])(?:to chuc|hoi nghi|dien ra|khai mac|hop|chu tri hoi nghi|lam viec voi)(?![a-z])")
_HEADLINE = re.compile(r"(?<![a-z])hoi nghi[ \t]+(?:truc tuyen[ \t]+)?(?P<types>(?:(?:so ket|tong ket|quan triet)(?:,?[ \t]*(?:va[ \t]+)?)?){1,2})")
_REVIEW_SPAN = re.compile(r"(?:qua|sau|trong)?[ \t]*\d{1,2}[ \t]+nam[ \t]+(?:trien khai[ \t]+)?thuc hien[ \t]+$|\n[ \t]*(?:ve[ \t]+(?:viec[ \t]+)?thuc hien[ \t]+)?$")
_ALSO = re.compile(r"[ \t]*(?:(?:dip nay|nhan dip nay|cung tai hoi nghi|tai hoi nghi nay|tai hoi nghi|cung trong dip nay|"
                   r"trong chuong trinh hoi nghi)[ \t]*,?[ \t]*)?(?:hoi nghi[ \t]+)?(?:cung|dong thoi|con|da)?[ \t]*"
                   r"(?:tien hanh[ \t]+|to chuc[ \t]+)?(so ket|tong ket|quan triet)(?![a-z])")
# a second review of the same meeting further on: '..., đồng thời sơ kết 3 năm thực hiện ...'
_AND_ALSO = re.compile(r"(?:,[ \t]*|[ \t]+)(?:dong thoi|va|ket hop)[ \t]+(?:to chuc[ \t]+)?(so ket|tong ket)(?![a-z])")
# a deadline, not the day of an event: 'hoàn thành trước ngày 30/6/2025', 'chậm nhất ngày ...'
_DEADLINE = re.compile(r"(?<![a-z])(?:truoc|cham nhat(?: la)?|han|han cuoi|den het|xong truoc)[ \t]+(?:ngay[ \t]+)?$")
_PAST_REF = re.compile(r"(?<![a-z])(?:sau|truoc|tai|tu|qua)[ \t]+$")
_TYPE_NAME = {"so ket": "sơ kết", "tong ket": "tổng kết", "quan triet": "quán triệt", "lam viec": "làm việc"}


def find_events(df, dates, sentences, text_date=None) -> list[Event]:
    f, t = df.f, df.t
    events: list[Event] = []
    dated_sents = {}
    tails = [(mn.start, max(mn.tail_end, mn.end)) for mn in df.mentions]
    for d in dates:
        if d.time_word and not any(a <= d.start < b for a, b in tails) \
                and not _DEADLINE.search(f, max(0, d.start - 24), d.start):
            dated_sents.setdefault(_sent_index(sentences, d.start), d)
    for si, s in enumerate(sentences):
        d = dated_sents.get(si)
        if d is None:
            continue
        v = _EVENT_VERB.search(f, s.start, s.end)
        while v and _PAST_REF.search(f, max(s.start, v.start() - 8), v.start()):
            v = _EVENT_VERB.search(f, v.end(), s.end)   # 'Sau hội nghị, ...': the meeting named before
        if not v:
            continue
        window_end = min(s.end, v.end() + 60)
        types = [m for m in _TYPE.finditer(f, v.start(), window_end)]
        if not types:
            if "hoi nghi" in f[v.start():v.end()] or re.match(r"[ \t]+(?:cac )?hoi nghi(?![a-z])", f[v.end():v.end() + 16]):
                types = []
                kinds = ["hội nghị"]
            else:
                continue
        else:
            kinds = []
            for m in types:
                k = _TYPE_NAME[m.group(1)]
                if k not in kinds:
                    kinds.append(k)
            if kinds[0] in ("sơ kết", "tổng kết"):
                for m in _AND_ALSO.finditer(f, window_end, s.end):
                    k = _TYPE_NAME[m.group(1)]
                    if k not in kinds:
                        kinds.append(k)
        org = None
        bm = None
        for bm_ in body_regex().finditer(f, d.end, v.start()):
            bm = bm_
        if bm is not None:
            org = norm_body(t[bm.start():extend_name(t, bm.end(), v.start())])
        reviews = [mn.key for mn in df.mentions if s.start <= mn.start < s.end and mn.key]
        for k in kinds:
            events.append(Event(k, d.date, org, list(dict.fromkeys(reviews)), span=df.p.span(s.start, s.end)))
    # 'Dịp này, hội nghị cũng quán triệt Kết luận số 01-KL/TW': a second item of the dated event
    for si, s in enumerate(sentences):
        if si in dated_sents or not events:
            continue
        m = _ALSO.match(f, s.start)
        if not m:
            continue
        prev = [e for e in events if e.span and e.span[0] <= df.p.span(s.start, s.end)[0] and e.date]
        if not prev:
            continue
        base = prev[-1]
        k = _TYPE_NAME[m.group(1)]
        if any(e.type == k and e.date == base.date for e in events):
            continue
        reviews = [mn.key for mn in df.mentions if s.start <= mn.start < s.end and mn.key]
        events.append(Event(k, base.date, base.organizer, list(dict.fromkeys(reviews)), span=df.p.span(s.start, s.end)))
    # undated headline conferences
    for m in _HEADLINE.finditer(f):
        for tm in _TYPE.finditer(m.group("types")):
            k = _TYPE_NAME[tm.group(1)]
            if not any(e.type == k for e in events):
                events.append(Event(k, None, None, [], span=df.p.span(m.start(), m.end())))
    _split_reviews(df, events)
    return events


def _sent_index(sentences, pos):
    for i, s in enumerate(sentences):
        if s.start <= pos < s.end:
            return i
    return -1


def _split_reviews(df, events) -> None:
    """With a 'sơ kết' and a 'tổng kết' on the same day, documents named after 'tổng kết N năm
    thực hiện' go to the tổng kết, other reviewed documents ('Qua 05 năm triển khai thực hiện X',
    'Về thực hiện X') to the sơ kết."""
    f = df.f
    by_type = {e.type: e for e in events}
    reviewed: list[str] = []
    final: list[str] = []
    for mn in df.mentions:
        if not mn.key:
            continue
        lead = f[max(0, mn.start - 60):mn.start]
        if _REVIEW_SPAN.search(lead):
            before = f[max(0, mn.start - 200):mn.start].split(".")[-1]
            if before.rfind("tong ket") > before.rfind("so ket"):
                final.append(mn.key)
            else:
                reviewed.append(mn.key)
    if "tổng kết" in by_type and "sơ kết" in by_type and by_type["tổng kết"].date == by_type["sơ kết"].date:
        tk, sk = by_type["tổng kết"], by_type["sơ kết"]
        tk.reviews = list(dict.fromkeys(final)) or tk.reviews
        sk.reviews = [k for k in dict.fromkeys(reviewed) if k not in tk.reviews]
    else:
        for e in events:
            if e.type in ("sơ kết", "tổng kết") and not e.reviews:
                e.reviews = list(dict.fromkeys(final + reviewed))
