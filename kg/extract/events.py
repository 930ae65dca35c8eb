"""Events: review conferences (sơ kết / tổng kết), study sessions (quán triệt), working sessions
(làm việc) and other conferences. An event needs a dated sentence with an organising verb or an
event noun ('Sáng 25/9/2023, Huyện ủy tổ chức Hội nghị sơ kết, tổng kết ...'); an undated
'Hội nghị tổng kết ...' headline merges into the dated event of the same type. 'sơ kết, tổng
kết' gives one event per type; reviewed documents are split by the phrase that names them."""
from __future__ import annotations

import datetime as _dt
import re
from bisect import bisect_right

from kg.extract.alternation import word_start
from kg.extract.bodies import body_regex, extend_name
from kg.extract.dates import SPAN_FIRST_DAY, DateMention, find_dates, on_date_line, relative_days
from kg.extract.event_organisers import MEMBERS, SITTING, chair, council, discussed_sitting, organiser_clause, skip_brackets
from kg.extract.event_years import year_after_document, year_of_reviewed, year_of_same_day
from kg.extract.literals import may_match, may_match_in
from kg.extract.meeting_days import day_told_next
from kg.extract.meeting_items import agenda_item, review_after_study, split_documents
from kg.extract.text import folded_pattern, norm_body, vi
from kg.facts import Event

_v = folded_pattern       # diacritic patterns for the folded text (kg.extract.text)

_TYPE = re.compile(word_start(r"(?<![a-z])(so ket|tong ket|quan triet|lam viec)(?![a-z])"))
# ('làm việc tại' only after a visit's verb, 'đến thăm, làm việc tại': 'về làm việc tại' is a posting)
_EVENT_VERB = re.compile(word_start(r"(?<![a-z])(?:to chuc|hoi nghi|dien ra|khai mac|hop|chu tri hoi nghi|lam viec voi"
                                    r"|(?:den|tham)[ \t,]+(?:(?:va|tham)[ \t,]+)?lam viec tai)(?![a-z])"))
# a sentence dated by the day of the one before it: 'Trước đó, sáng cùng ngày, đoàn đã đến thăm, làm việc tại ...'
_SAME_DAY = _v(r"(?<![a-z])(?:(?:sáng|trưa|chiều|tối)[ \t]+)?cùng ngày(?![a-z])")
# what 'tổ chức' holds when it is a meeting: 'tổ chức công bố ...', 'tổ chức Đại hội ...', 'tổ chức lễ ...'
# ('lễ ra quân' launches field work, a clean-up or a campaign, and 'lễ hội' is a festival: no meeting)
# ('tổ chức phiên chính thức Đại hội ...', 'phiên trù bị': one sitting of a congress is its meeting)
# ('tổ chức (buổi) họp báo', 'tổ chức cuộc họp': a press conference or a meeting, held as the verb 'họp' alone would be)
_MEETING_AFTER = re.compile(vi(r"[ \t]+(?:các[ \t]+)?(?:phiên[ \t]+(?:chính thức|trù bị|khai mạc|bế mạc|thứ (?:nhất|hai))[ \t]+"
                               r"(?:của[ \t]+)?(?=đại hội|hội nghị|kỳ họp))?(?:hội nghị|lễ(?![ \t]+(?:ra quân|hội(?![a-z])))|buổi lễ(?![ \t]+ra quân)"
                               r"|đại hội|công bố|phiên họp|cuộc họp|(?:buổi[ \t]+|cuộc[ \t]+)?họp báo|kỳ họp)(?![a-z])"))
# the meeting named as the subject of 'diễn ra' / 'khai mạc': 'Đại hội đại biểu Đảng bộ xã ... diễn ra ngày ...'
_MEETING_BEFORE = re.compile(word_start(r"(?<![a-z])(?:dai hoi|hoi nghi|ky hop|phien hop)(?![a-z])"))
# an undated meeting the text reports: '<body> vừa có buổi làm việc với ...', '<body> tổ chức hội nghị quán triệt ...'
_UNDATED = re.compile(r"[ \t]*(?:vua|da)?[ \t]*(?:co|to chuc)[ \t]+(?:buoi|cuoc|hoi nghi)(?![a-z])")
# ... after words that say only that it was lately: 'Vừa qua, Đảng ủy xã tổ chức hội nghị ...', 'Mới đây, ...'
_RECENTLY = _v(r"[ \t]*(?:(?:vừa qua|mới đây|gần đây|vừa rồi)[ \t]*,[ \t]*)?")
# a meeting planned or routine, not one the text reports as held
_PLANNED = re.compile(word_start(r"(?<![a-z])(?:se|du kien|vao quy|truoc ngay|dinh ky|hang nam|moi nam|khi can thiet)(?![a-z])"))
# meetings asked of bodies, given or directed, or asked of many at once: 'Đề nghị các huyện ủy tổ chức hội nghị quán
# triệt ...', '- Cấp huyện: Các huyện ủy tổ chức hội nghị quán triệt ...' (a task each body carries out, point (ai) of
# our conventions; the gold of a guidance gives its bodies rows and no event, and keeps the one dated meeting of a body
# it names)
_ASKED = _v(r"(?<![a-z])(?:đề nghị|yêu cầu|giao|chỉ đạo)(?![a-z])")
_MANY_FIRST = _v(r"[ \t\-–•+*\d.)]*(?:[^,:\n]{1,30}:[ \t]*)?các[ \t]+(?=[a-z])")
# the meeting a document is to be studied at, the day the sentence gives: 'Kế hoạch sẽ được quán triệt tại hội nghị cán
# bộ chủ chốt toàn tỉnh sáng 10/3' (a meeting the page announces, point (c) of our conventions)
_STUDIED_AT = _v(r"(?<![a-z])được[ \t]+(?:học tập,?[ \t]+)?quán triệt[ \t]+tại[ \t]+$")
# a number of meetings counted in a report ('các cơ sở hội đã tổ chức 46 hội nghị quán triệt', 'nhiều hội nghị sơ kết')
_COUNTED = _v(r"(?:(?<![\d/.,])\d[\d.]*|(?<![a-z])(?:nhiều|hàng chục|hàng trăm))[ \t]+$")
_HEADLINE = re.compile(word_start(r"(?<![a-z])hoi nghi[ \t]+(?:truc tuyen[ \t]+)?(?P<types>(?:(?:so ket|tong ket|quan triet)(?:,?[ \t]*(?:va[ \t]+)?)?){1,2})"))
# the span a review covers at the end of the words before it: '[qua|sau|trong] 05 năm [triển khai] thực hiện ', or a line
# break ('... \n về thực hiện '); only whether it is there is asked, so the pattern opens on the figure or the line break
# (a set of characters the regex engine scans for) and leaves out the optional word before the figure
_REVIEW_SPAN = re.compile(r"[\d\n](?:(?<=\d)\d?[ \t]+nam[ \t]+(?:trien khai[ \t]+)?thuc hien[ \t]+$"
                          r"|(?<=\n)[ \t]*(?:ve[ \t]+(?:viec[ \t]+)?thuc hien[ \t]+)?$)")
_ALSO = re.compile(r"[ \t]*(?:(?:dip nay|nhan dip nay|cung tai hoi nghi|tai hoi nghi nay|tai hoi nghi|cung trong dip nay|"
                   r"trong chuong trinh hoi nghi)[ \t]*,?[ \t]*)?(?:hoi nghi[ \t]+)?(?:cung|dong thoi|con|da)?[ \t]*"
                   r"(?:tien hanh[ \t]+|to chuc[ \t]+)?(so ket|tong ket|quan triet)(?![a-z])")
# a second review of the same meeting further on: '..., đồng thời sơ kết 3 năm thực hiện ...'
_AND_ALSO = re.compile(r"(?:,[ \t]*|[ \t]+)(?:dong thoi|va|ket hop)[ \t]+(?:to chuc[ \t]+)?(so ket|tong ket|quan triet)(?![a-z])")
# the same review again after 'đồng thời', on a document: '... hội nghị sơ kết công tác Đoàn 6 tháng đầu năm; đồng thời sơ
# kết 8 năm thực hiện Chỉ thị số 42-CT/TW', '...; đồng thời đánh giá kết quả thực hiện Kế hoạch số 02-KH/ĐU' (one
# conference, two purposes: the work area reviewed first, the document after)
_SAME_AGAIN = re.compile(r"(?:[,;][ \t]*|[ \t]+)dong thoi[ \t]+(?:(so ket|tong ket)|danh gia(?:[ \t]+(?:ket qua|viec))?"
                         r"(?=[ \t]+(?:\d{1,2}[ \t]+(?:nam|thang)[ \t]+)?(?:trien khai[ \t]+)?thuc hien))(?![a-z])")
# a second purpose of a review conference, in its own sentence after the review (one conference, two purposes: point (ac)
# of our conventions): '... tổng kết năm cao điểm 2024 và phát động Tháng cao điểm năm 2025', '... và triển khai Chỉ thị số
# 11-CT/TU', '..., ký kết chương trình phối hợp'; a roll-out only after 'và' and only of a document the text names
# ('..., triển khai Kế hoạch số 55' after a plan's description says what that plan carries out; 'triển khai nhiệm vụ năm
# 2025' is the usual second half of a year-end review)
_SECOND_PURPOSE = _v(r"(?:[,;][ \t]*(?:đồng thời[ \t]+)?|[ \t]+(?:và|đồng thời)[ \t]+)(?P<launch>phát động|ký kết)(?![a-z])"
                     r"|(?:[,;][ \t]*đồng thời|[ \t]+(?:và|đồng thời))[ \t]+triển khai(?:[ \t]+thực hiện)?(?![a-z])")
# the same in a later sentence of the report: 'Tại hội nghị, Hội Nông dân tỉnh và Sở ... đã ký kết Chương trình phối hợp
# ...', 'Dịp này, ... phát động ...'. Adopting a document at the meeting ('Hội nghị đã thông qua Nghị quyết ...', 'thống
# nhất ban hành ...') is no purpose of its own and gives no event (point (al) of our conventions, regold23)
_AT_THE_MEETING = _v(r"(?<![a-z])(?:(?:cũng[ \t]+)?tại hội nghị(?:[ \t]+này)?|(?:nhân[ \t]+)?dịp này)[ \t]*,")
_SAME_MEETING = _v(r"[ \t]*cũng[ \t]+(?:tại|trong)[ \t]+(?:kỳ họp|phiên họp|hội nghị|đại hội)(?:[ \t]+(?:này|lần này))?[ \t]*,")
_LATER_PURPOSE = _v(r"(?<![a-z])(?:phát động|ký kết)(?![a-z])")
# a deadline, not the day of an event: 'hoàn thành trước ngày 30/6/2025', 'chậm nhất ngày ...'
_DEADLINE = re.compile(word_start(r"(?<![a-z])(?:truoc|cham nhat(?: la)?|han|han cuoi|den het|xong truoc)[ \t]+(?:ngay[ \t]+)?$"))
# the organiser right before 'tổ chức', after 'do': '... do Ban Thường vụ Tỉnh ủy tổ chức'
_HELD_BY_BEFORE = re.compile(r"(?<![a-z])do[ \t]+(?P<body>[^,;.:()\n]{3,80}?)[ \t]+$")
_PAST_REF = re.compile(word_start(r"(?<![a-z])(?:sau|truoc|tai|tu|qua)[ \t]+$"))
# the day a document was signed or issued, stated after it (and read as its date), is no meeting's: '..., văn bản được ký ngày 15/5/2018', 'Kế
# hoạch mang ngày 20/3/2024' (the day a council passed it, 'Kỳ họp thứ 19 thông qua ngày ...', is its sitting's)
_ISSUE_DAY = re.compile(vi(r"(?<![a-z])(?:ban hành|ký|mang)(?:[ \t]+vào)?[ \t]+ngày[ \t]+$"))

# how a meeting is held, between its verb and its purpose ('tổ chức hội nghị trực tiếp kết hợp trực tuyến đến 120 điểm cầu
# để học tập, quán triệt ...'): the purpose is read after it, as right after the verb
_HELD_AS = _v(r"[ \t]+(?:hội nghị[ \t]+)?(?:theo hình thức[ \t]+)?(?:trực tiếp|trực tuyến)(?:[ \t]+kết hợp[ \t]+(?:trực tiếp|trực tuyến))?"
              r"(?:[ \t]+(?:đến|tới|với)[ \t]+(?:hơn[ \t]+|gần[ \t]+)?[\d.]+[ \t]+điểm cầu(?:[ \t]+(?:cấp|ở|tại)[^,;.]{0,40}?)?)?"
              r"(?![a-z])")
# 'sau 3 ngày làm việc': the session's working days, not a working session
_WORKING_DAYS = re.compile(r"(?<![a-z])ngay[ \t]+$")
# a photo's credit at the end of its caption: 'Ảnh: Hải Yến', '(Ảnh: TL)', 'Ảnh minh họa'
_PHOTO_CREDIT = _v(r"(?:^|[.,)\-–][ \t]*|[ \t]\()ảnh(?:[ \t]*:[^\n]{1,40}|[ \t]+(?:minh họa|tư liệu))\)?[ \t.]*$")
_CAPTION_LEN = 300
# between a meeting's noun and its day: 'hội nghị ngày 5/11', 'hội nghị sáng 5/11'
_ITS_DAY = re.compile(r"[ \t]+(?:(?:sang|chieu|toi)[ \t]+)?(?:ngay[ \t]+)?")
_STAND_IN_YEAR = 2000      # (a leap year: '29/2' reads too)
_TYPE_NAME = {"so ket": "sơ kết", "tong ket": "tổng kết", "quan triet": "quán triệt", "lam viec": "làm việc"}


# a meeting a page announces as coming ('ngày 15/1 tới', 'sắp diễn ra', 'dự kiến')
_COMING = folded_pattern(r"(?<![a-z])(?:tới|sắp|sẽ|dự kiến)(?![a-z])")
# (a day and month more than half a year after the page's own date is no meeting to come)
_HALF_YEAR = _dt.timedelta(days=183)


def _last_year_if_past(f: str, d: DateMention, text_date) -> DateMention:
    """A day and month without a year that the page's date line would put more than half a year ahead, in a sentence
    that announces nothing to come, is of the year before: a page of 05/01/2026 reporting what was held 'Ngày 29/12'
    (point (c) of our sets' annotation conventions). Dates with their year, and coming meetings, are kept."""
    if d.has_year or text_date is None or d.date - text_date <= _HALF_YEAR \
            or _COMING.search(f, d.end, min(len(f), d.end + 40)):
        return d
    try:
        return DateMention(d.start, d.end, d.date.replace(year=d.date.year - 1), d.time_word, False)
    except ValueError:          # (29/2 of a year with none)
        return d


def _first_day(f: str, d: DateMention) -> DateMention:
    """A meeting held over several days ('diễn ra từ ngày 30 đến ngày 31/7/2025') is dated by the day it opened."""
    m = SPAN_FIRST_DAY.search(f, max(0, d.start - 24), d.start)
    if m is None or not 0 < int(m["d"]) < d.date.day:
        return d
    return DateMention(d.start, d.end, d.date.replace(day=int(m["d"])), d.time_word, d.has_year)


def find_events(df, dates, sentences, text_date=None) -> list[Event]:
    f, t = df.f, df.t
    events: list[Event] = []
    work_areas: set[int] = set()        # (the events that review a work area, no document: by their place in events)
    dated_sents: dict[int, DateMention] = {}
    m: re.Match[str] | None  # (a type word's match in a loop, then the match of a second item, if any)
    tails = [(mn.start, max(mn.tail_end, mn.end)) for mn in df.mentions]
    issued = {mn.date for mn in df.mentions if mn.date is not None}     # (the days documents were issued)
    for d in dates:
        if d.time_word and not any(a <= d.start < b for a, b in tails) \
                and not _DEADLINE.search(f, max(0, d.start - 24), d.start) \
                and not (d.date in issued and _ISSUE_DAY.search(f, max(0, d.start - 24), d.start)):
            dated_sents.setdefault(_sent_index(sentences, d.start), _first_day(f, _last_year_if_past(f, d, text_date)))
    # 'Sáng nay, ...' dates the lead, before any day the text writes out (a speech's 'Hôm nay, ...' further on is the
    # day of the meeting the lead dated, which may not be the page's; the page's own date line writes out none)
    first_day = min((si for si, d in dated_sents.items() if not on_date_line(f, d.start)), default=len(sentences))
    for d in relative_days(f, [x.start for x in sentences[:first_day]], text_date):
        dated_sents.setdefault(_sent_index(sentences, d.start), d)
    yearless: set[int] = set()
    if text_date is None and all(d.has_year for d in dates):
        # a day and month on a page that gives no year ('Ngày 18/6, ... có buổi làm việc ...'): the meeting is
        # reported, on a date that cannot be known (read with a stand-in year, then kept null)
        for d in find_dates(f, _STAND_IN_YEAR):
            si = _sent_index(sentences, d.start)
            if not d.has_year and si not in dated_sents and not any(a <= d.start < b for a, b in tails) \
                    and not _DEADLINE.search(f, max(0, d.start - 24), d.start):
                year = year_after_document(df, sentences[si].start, d) \
                    or year_of_reviewed(df, sentences[si].start, sentences[si].end, d) or year_of_same_day(dates, d)
                if year is None:
                    dated_sents[si] = d
                    yearless.add(si)
                else:
                    dated_sents[si] = DateMention(d.start, d.end, d.date.replace(year=year), d.time_word, True)
    # (every match holds the words 'cùng ngày': a text without them is not scanned sentence by sentence for them; the
    # pattern opens on a check of the character before and is tried at every position)
    may_say_same_day = "cung ngay" in f
    for si, s in enumerate(sentences):
        d = dated_sents.get(si)
        if d is None and events and events[-1].date is not None and may_say_same_day:
            same = _SAME_DAY.search(f, s.start, s.end)
            if same is not None:
                # the day of the meeting reported last
                d = DateMention(same.start(), same.end(), events[-1].date, True, True)
        if d is None or _in_caption(f, s.start):
            continue
        v = _EVENT_VERB.search(f, s.start, s.end)
        while v and ((_past_ref(df, s, v) and not _named_with_its_day(df, s, v, d) and not _STUDIED_AT.search(
                f, max(s.start, v.start() - 40), v.start())) or not _is_event_verb(df, v, tails)):
            v = _EVENT_VERB.search(f, v.end(), s.end)   # 'Sau hội nghị, ...': the meeting named before
        rv = _review_by_body(df, s)
        if rv is not None and (not v or rv.start() < v.start()):
            v = rv                                      # 'Ban Thường vụ Huyện ủy tổng kết 10 năm thực hiện ...'
        if not v:
            continue
        studied_from = again_from = reviewed_from = 0
        studied_at = _STUDIED_AT.search(f, max(s.start, v.start() - 40), v.start()) is not None
        held_as = _HELD_AS.match(f, v.end())
        window_end = min(s.end, (held_as.end() if held_as else v.end()) + 60)
        types = [m for m in _TYPE.finditer(f, v.start(), window_end)
                 if not (m.group(1) == "lam viec" and _WORKING_DAYS.search(f, max(0, m.start() - 12), m.start()))]
        held_by = None
        if not types and v.group(0) == "to chuc":
            # the meeting named before its organiser: 'Tại hội nghị sơ kết 2 năm thực hiện Nghị quyết 21 do Ban Thường vụ
            # Tỉnh ủy tổ chức ngày 14/8, ...'
            held_by = _HELD_BY_BEFORE.search(f, max(s.start, v.start() - 90), v.start())
            meeting = _HEADLINE.search(f, max(s.start, v.start() - 200), held_by.start()) if held_by else None
            if meeting is not None:
                types = list(_TYPE.finditer(f, meeting.start(), meeting.end()))
        if not types and studied_at:
            kinds = ["quán triệt"]
        elif not types:
            if "hoi nghi" in f[v.start():v.end()] or v.group(0) == "hop" or _MEETING_AFTER.match(f, v.end()) \
                    or (v.group(0) in ("dien ra", "khai mac") and _MEETING_BEFORE.search(f, max(s.start, v.start() - 120), v.start())):
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
                        if k == "quán triệt":
                            studied_from = m.end()
                again_from = _reviewed_again(df, kinds[0], v.start(), s.end)
            elif kinds == ["quán triệt"] and (later := review_after_study(f, window_end, s.end)):
                kinds.append(later[0])      # ('... quán triệt Nghị quyết Đại hội ...; tổng kết Nghị quyết số 18-NQ/TW')
                reviewed_from = later[1]
        # (the organiser's members after 'gồm' are not the organiser: 'Cụm thi đua số 2, gồm các huyện A, B và thị xã
        # C, đã tổ chức ...')
        members = MEMBERS.search(f, d.end, v.start())
        org_end = members.start() if members is not None else v.start()
        org = chair(df, s, d.end, org_end) or organiser_clause(df, d.end, org_end)
        if held_by is not None and types and body_regex().match(f, held_by.start("body")):
            org = norm_body(t[held_by.start("body"):held_by.end("body")])
        bm = None
        if org is None:
            for bm_ in body_regex().finditer(f, d.end, org_end):
                bm = bm_
        if bm is not None:
            org = norm_body(t[bm.start():extend_name(t, bm.end(), v.start())])
        elif org is None and v.start() < d.start:
            # 'Tại phiên họp ngày 26/4/2022, BCH Đảng bộ tỉnh đã thảo luận ...': the body after the date
            bm = body_regex().match(f, re.match(r"[ \t]*,?[ \t]*", f[d.end:d.end + 4]).end() + d.end)
            if bm is not None:
                org = norm_body(t[bm.start():extend_name(t, bm.end(), s.end)])
        if org is None and SITTING.search(f, s.start, s.end):
            org = council(df, s.start, s.end)
        if kinds == ["hội nghị"] and org is None and v.group(0) != "to chuc" and any(e.date == d.date for e in events):
            continue        # the meeting reported before, named again by its kind and day ('Hội nghị ngày 10/3 cũng ...')
        if kinds == ["hội nghị"] and events and _SAME_MEETING.match(f, s.start):
            continue        # ('Cũng tại kỳ họp, chiều 11/12, HĐND tỉnh đã thông qua ...': another day of the one reported)
        # (a review that also launches, signs or rolls out something: its second purpose is a meeting of its own, that
        # takes what is named after it)
        second = _second_purpose(df, types[-1].end(), s.end) \
            if types and kinds[0] in ("sơ kết", "tổng kết") and "hội nghị" not in kinds else None
        # ('Thực hiện Chương trình số ..., tại hội nghị ngày 5/11, ...': what the sentence carries out before the
        # meeting it names with its day is not what the meeting reviews)
        from_ = v.start() if _past_ref(df, s, v) and not studied_at else s.start
        reviews = [mn.key for mn in df.mentions if from_ <= mn.start < (second or s.end) and mn.key]
        # '..., đồng thời quán triệt Kết luận số 01-KL/TW': the study session takes what is named after it
        studied = [mn.key for mn in df.mentions if studied_from <= mn.start < s.end and mn.key] if studied_from else []
        for k in kinds:
            own = studied if k == "quán triệt" and studied_from else [x for x in reviews if x not in studied]
            if reviewed_from:
                own = split_documents(df.mentions, from_, s.end, reviewed_from, k != "quán triệt")
            if again_from and k == kinds[0]:
                # the work area reviewed first (no document), then the same review of the documents named after
                work_areas.add(len(events))
                events.append(Event(k, None if si in yearless else d.date, org, [], span=df.p.span(s.start, s.end)))
                own = [mn.key for mn in df.mentions if again_from <= mn.start < s.end and mn.key]
            events.append(Event(k, None if si in yearless else d.date, org, list(dict.fromkeys(own)),
                                span=df.p.span(s.start, s.end)))
        if second is not None:
            launched = [mn.key for mn in df.mentions if second <= mn.start < s.end and mn.key]
            events.append(Event("hội nghị", None if si in yearless else d.date, org, list(dict.fromkeys(launched)),
                                span=df.p.span(s.start, s.end)))
    # 'Dịp này, hội nghị cũng quán triệt Kết luận số 01-KL/TW': a second item of the dated event
    for si, s in enumerate(sentences):
        if si in dated_sents or not events:
            continue
        m = _ALSO.match(f, s.start)
        # (or a sentence opening on the meeting that lists a review or study: 'Hội nghị đã đánh giá ...; sơ kết ...')
        if (item := (_TYPE_NAME[m.group(1)], s.start, s.end) if m else agenda_item(f, s.start, s.end)) is None:
            continue
        prev = [e for e in events if e.span and e.span[0] <= df.p.span(s.start, s.end)[0] and e.date]
        if not prev:
            continue
        base = prev[-1]
        k, a, b = item
        if any(e.type == k and e.date == base.date for e in events):
            continue
        reviews = [mn.key for mn in df.mentions if a <= mn.start < b and mn.key]
        events.append(Event(k, base.date, base.organizer, list(dict.fromkeys(reviews)), span=df.p.span(s.start, s.end)))
    _later_purposes(df, sentences, dated_sents, events)
    # undated meetings the text reports ('Ban Thường vụ Tỉnh ủy vừa có buổi làm việc với ...'): they
    # keep a null date rather than a guessed one
    for si, s in enumerate(sentences):
        if si in dated_sents:
            continue
        bm = body_regex().match(f, _RECENTLY.match(f, s.start).end())
        if bm is None:
            continue
        b_end = extend_name(t, bm.end(), min(s.end, bm.end() + 40))
        b_end = skip_brackets(t, b_end)
        um = _UNDATED.match(f, b_end)
        if um is None or _planned(df, s.start, s.end) or f.startswith("cac ", bm.start()):
            continue                    # 'sẽ tổ chức hội nghị sơ kết vào quý IV': planned, not held; 'Các đảng ủy trực
            # thuộc tổ chức hội nghị quán triệt ...': a task a plan gives many bodies, or a tally of their meetings
        window_end = min(s.end, um.end() + 60)
        kinds = list(dict.fromkeys(_TYPE_NAME[m.group(1)] for m in _TYPE.finditer(f, um.start(), window_end)))
        if not kinds and _headline_of_dated(df, s, events):
            continue                    # 'Tỉnh ủy tổ chức hội nghị' over the body's dated meeting: that meeting
        kinds = kinds or ["hội nghị"]
        org = norm_body(re.sub(r"[ \t]*\([^()]*\)", "", t[bm.start():b_end]))
        reviews = [mn.key for mn in df.mentions if s.start <= mn.start < s.end and mn.key]
        if (told := day_told_next(df, sentences, si, events)) is not None:     # ('... Hội nghị diễn ra ngày 4/4.')
            e = events[told]
            events[told] = Event(kinds[0], e.date, org, list(dict.fromkeys(reviews)) or e.reviews, span=e.span)
        for k in kinds:
            if not any(e.type == k for e in events):
                events.append(Event(k, None, org, list(dict.fromkeys(reviews)), span=df.p.span(s.start, s.end)))
    _headline_review(df, sentences, events)
    # undated headline conferences
    starts = [x.start for x in sentences]
    planned: dict[int, bool] = {}
    for m in _HEADLINE.finditer(f):
        si = bisect_right(starts, m.start()) - 1
        if si >= 0 and si not in planned:
            planned[si] = _planned(df, sentences[si].start, sentences[si].end)
        if si >= 0 and planned[si] and not (m.group("types").startswith("quan triet")
                                            and not f[sentences[si].start:m.start()].strip()):
            # 'tổ chức hội nghị sơ kết vào quý IV': a plan's meeting; the plan's own study conference told as the
            # sentence's subject ('Hội nghị quán triệt Kế hoạch tổ chức xong trước ngày 30/9/2025') is one to come
            continue
        if _COUNTED.search(f, max(0, m.start() - 16), m.start()) or si >= 0 and (
                _ASKED.search(f, sentences[si].start, m.start()) or _MANY_FIRST.match(f, sentences[si].start, m.start())):
            continue                    # 'đã tổ chức 46 hội nghị quán triệt cho ... hội viên': a tally, no one meeting
        for tm in _TYPE.finditer(m.group("types")):
            k = _TYPE_NAME[tm.group(1)]
            if not any(e.type == k for e in events):
                events.append(Event(k, None, None, [], span=df.p.span(m.start(), m.end())))
    _split_reviews(df, [e for i, e in enumerate(events) if i not in work_areas], sentences)
    if not events and (held := discussed_sitting(t, f)) is not None:        # (its day not printed: date null)
        events.append(Event("hội nghị", None, held[1], [], span=df.p.span(held[0], held[0] + 1)))
    return events


# a document named as what the reviewed one carries out, in its title ('sơ kết 1 năm thực hiện Chương trình hành động số
# 45-CTr/TU của Tỉnh ủy thực hiện Nghị quyết số 29-NQ/TW', 'Kết luận số 91-KL/TW ... về tiếp tục thực hiện Nghị quyết số
# 29-NQ/TW'): it describes the reviewed document and is not reviewed itself; a second review or study ('đồng thời đánh
# giá kết quả thực hiện Kế hoạch ...', 'và tổng kết ...') names one that is
_CARRIED_OUT_AFTER = re.compile(vi(r"(?<![a-z])(?:về[ \t]+)?(?:tiếp tục[ \t]+)?(?:thực hiện|cụ thể hóa)[ \t]+$"))
_ANOTHER_REVIEW = re.compile(vi(r"(?<![a-z])(?:sơ kết|tổng kết|quán triệt|đánh giá|và|đồng thời)(?![a-z])|;"))


def _described(df, a: int, b: int) -> set[str]:
    """The documents named between a and b only as what the document named before them carries out."""
    named = sorted((mn for mn in df.mentions if a <= mn.start < b and mn.key), key=lambda mn: mn.start)
    described: set[str] = set()
    direct = {named[0].key} if named else set()
    for before, mn in zip(named, named[1:]):
        gap = df.f[max(before.end, before.tail_end):mn.start]
        if mn.key != before.key and len(gap) <= 200 and _CARRIED_OUT_AFTER.search(gap) \
                and not _ANOTHER_REVIEW.search(gap):
            described.add(mn.key)
        else:
            direct.add(mn.key)
    return described - direct


def without_described(df, sentences, events) -> None:
    """Leave out of each event's reviews the documents its sentence names only as what a reviewed one carries out, from
    the first document it reviews on (a study session after 'đồng thời quán triệt' starts there). Called once the
    reviews have placed the text's figures and tasks (kg.extract.scope reads every document a meeting names)."""
    for e in events:
        if len(e.reviews) < 2 or e.span is None:
            continue
        s = next((x for x in sentences if df.p.to_source(x.start) <= e.span[0] < df.p.to_source(x.end)), None)
        first = None if s is None else next((mn.start for mn in df.mentions
                                             if s.start <= mn.start < s.end and mn.key == e.reviews[0]), None)
        if s is not None and first is not None:
            described = _described(df, first, s.end)
            e.reviews = [k for k in e.reviews if k not in described]


def _second_purpose(df, a: int, b: int) -> int | None:
    """Where the second purpose of a review conference begins in its sentence (between a and b), or None: a launch or a
    signing, or the roll-out of a document the text names ('... và triển khai Chỉ thị số 11-CT/TU')."""
    f = df.f
    for m in _SECOND_PURPOSE.finditer(f, a, b) if may_match_in(_SECOND_PURPOSE, f, a, b) else ():
        if m.group("launch") is None:
            at = m.end() + len(f[m.end():m.end() + 4]) - len(f[m.end():m.end() + 4].lstrip(" \t"))
            if not any(mn.start == at and mn.key for mn in df.mentions):
                continue
        return m.start()
    return None


def _later_purposes(df, sentences, dated_sents, events) -> None:
    """The second purpose of a review conference told in a later sentence ('Tại hội nghị, ... đã ký kết Chương trình
    phối hợp ...', 'Dịp này, ... phát động ...'): a 'hội nghị' event of the same
    day and organiser, that takes what is named after the words; one for each review, and none where the review's own
    sentence gave one."""
    f = df.f
    if not may_match(_LATER_PURPOSE, f):
        return
    for si, s in enumerate(sentences):
        if si in dated_sents:
            continue
        cue = _LATER_PURPOSE.search(f, s.start, s.end) if _AT_THE_MEETING.match(f, s.start) else None
        if cue is None:
            continue
        at = df.p.span(s.start, s.end)[0]
        prev = [e for e in events if e.span and e.span[0] <= at and e.date]
        if not prev or prev[-1].type not in ("sơ kết", "tổng kết") \
                or any(e.type == "hội nghị" and e.date == prev[-1].date for e in events):
            continue
        base = prev[-1]
        named = [mn.key for mn in df.mentions if cue.start() <= mn.start < s.end and mn.key]
        events.append(Event("hội nghị", base.date, base.organizer, list(dict.fromkeys(named)),
                            span=df.p.span(s.start, s.end)))


def _reviewed_again(df, kind: str, verb: int, end: int) -> int:
    """Where the documents of a second review of the same kind begin ('...; đồng thời sơ kết 8 năm thực hiện Chỉ thị
    số 42-CT/TW'), where the first names no document and the second names one; else 0."""
    for m in _SAME_AGAIN.finditer(df.f, verb, end):
        if m.group(1) is not None and _TYPE_NAME[m.group(1)] != kind:
            continue
        keyed = [mn.start for mn in df.mentions if mn.key and verb <= mn.start < end]
        if keyed and min(keyed) >= m.end():
            return m.end()
        return 0
    return 0


# a review held by the body named just before it, without 'hội nghị': 'Sáng 19/6, Tỉnh ủy sơ kết 3 năm thực hiện
# Nghị quyết ...', 'Ban Thường vụ Huyện ủy tổng kết 10 năm thực hiện Chỉ thị ...'; the span reviewed follows it
_REVIEW_VERB = _v(r"(?<![a-z])(?:đã[ \t]+|vừa[ \t]+|tiến hành[ \t]+)?(?:sơ kết|tổng kết)(?=[ \t]+(?:giữa nhiệm kỳ|nửa nhiệm kỳ|"
                  r"\d{1,2}[ \t]+(?:năm|tháng)|công tác|việc thực hiện|thực hiện|triển khai)(?![a-z]))")


def _past_ref(df, s, v) -> bool:
    """'Sau hội nghị, ...', 'tại hội nghị': the meeting at ``v`` named before, not held here; a place's name that ends on
    such a word in capitals ('Đảng ủy xã Ea Tu tổ chức ...') is none."""
    m = _PAST_REF.search(df.f, max(s.start, v.start() - 8), v.start())
    return m is not None and not (df.t[m.start()].isupper() and m.start() - 2 >= s.start and df.f[m.start() - 2].isalpha())


def _named_with_its_day(df, s, v, d: DateMention) -> bool:
    """'tại hội nghị ngày 5/11/2025, Ban Chấp hành ... thống nhất thông qua Đề án': the meeting the sentence names
    with its day right after it, then the clause of what it did, is the one it reports, not one named before (a meeting
    to come is not: 'sẽ'; nor a title's 'Thông báo kết luận ... tại hội nghị ngày 3/6/2025', which names the meeting
    the text reports again)."""
    return df.f[max(0, v.start() - 4):v.start()] == "tai " and _ITS_DAY.fullmatch(df.f, v.end(), d.start) is not None \
        and df.f.startswith(",", d.end) and not _planned(df, s.start, s.end)


def _in_caption(f: str, pos: int) -> bool:
    """``pos`` lies in a photo caption, a short line that ends on its credit ('Quang cảnh hội nghị ... Ảnh: Hải Yến'):
    it shows a meeting the text reports, not one of its own."""
    a = f.rfind("\n", 0, pos) + 1
    b = f.find("\n", pos)
    b = len(f) if b < 0 else b
    return b - a < _CAPTION_LEN and _PHOTO_CREDIT.search(f, a, b) is not None


def _planned(df, a: int, b: int) -> bool:
    """A word of a planned or routine meeting between a and b: 'sẽ', not the place name 'Chư Sê' (both fold to 'se')."""
    return any(pm.group(0) != "se" or df.t[pm.start():pm.end()].lower() == "sẽ" for pm in _PLANNED.finditer(df.f, a, b))


def _review_by_body(df, s):
    """The review verb of '<body> (đã|vừa) sơ kết/tổng kết <span> ...' in sentence ``s``, or None; a plan's
    review ('Kế hoạch sơ kết ...', 'sẽ tổng kết ...') is not one."""
    f, t = df.f, df.t
    if not may_match(_REVIEW_VERB, f):
        return None
    for m in _REVIEW_VERB.finditer(f, s.start, s.end):
        if _planned(df, s.start, m.start()):
            return None
        bm = None
        for b in body_regex().finditer(f, max(s.start, m.start() - 90), m.start()):
            bm = b
        if bm is None:
            continue
        end = extend_name(t, bm.end(), m.start())
        if not f[end:m.start()].strip(" \t"):
            return m
    return None


# a review named on a line of its own: the headline's 'Huyện ủy Krông Bông sơ kết 5 năm thực hiện Chỉ thị ...', 'Hội nghị
# tổng kết 10 năm thực hiện Nghị quyết ...'
_HEADLINE_TYPE = _v(r"(?<![a-z])(sơ kết|tổng kết|quán triệt)(?![a-z])")


def _headline_review(df, sentences, events: list[Event]) -> None:
    """The text's one dated meeting, told in its body as a bare 'hội nghị' ('Ngày 15/5, hội nghị đã diễn ra ...'), is the
    review its headline names above it: it takes the headline's type, and its organiser and the documents it reviews
    where the body names none ('Huyện ủy Krông Bông sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW'); an undated event read
    from the headline is that meeting, not a second one. Not where the text reports two dated meetings, or the meeting
    names what it reviews and the headline names other documents (a body that names the documents the headline names,
    'Sáng 15/3, Ban Thường vụ Tỉnh ủy tổ chức hội nghị trực tuyến đánh giá kết quả 3 năm thực hiện Kết luận số 21-KL/TW'
    under 'Tỉnh ủy sơ kết 3 năm thực hiện Kết luận số 21-KL/TW', tells the same review in other words)."""
    dated = [e for e in events if e.date is not None]
    if len(dated) != 1 or dated[0].type != "hội nghị" or dated[0].span is None:
        return
    f, t, e = df.f, df.t, dated[0]
    head = next((x for x in sentences if df.p.to_source(x.end) <= e.span[0] and f[x.end:x.end + 1] in ("\n", "")
                 and _HEADLINE_TYPE.search(f, x.start, x.end) and not _planned(df, x.start, x.end)), None)
    if head is None:
        return
    named = list(dict.fromkeys(mn.key for mn in df.mentions if head.start <= mn.start < head.end and mn.key))
    if e.reviews and not set(e.reviews) & set(named):
        return
    kind = _TYPE_NAME[_HEADLINE_TYPE.search(f, head.start, head.end).group(1)]
    rv = _review_by_body(df, head)
    if e.organizer is None and rv is not None:
        bm = max(body_regex().finditer(f, max(head.start, rv.start() - 90), rv.start()), key=lambda b: b.start(),
                 default=None)
        e.organizer = norm_body(t[bm.start():extend_name(t, bm.end(), rv.start())]) if bm is not None else None
    e.type = kind
    e.reviews = e.reviews or named
    at = (df.p.to_source(head.start), df.p.to_source(head.end))
    events[:] = [x for x in events if x is e or x.date is not None or x.span is None or not at[0] <= x.span[0] < at[1]]


def _headline_of_dated(df, s, events: list[Event]) -> bool:
    """``s`` is a line of its own above a meeting the body dates: the headline that names it ('Tỉnh ủy tổ chức hội nghị'
    over 'Sáng nay (18/3), hội nghị sơ kết ... đã được tổ chức'), not a meeting of its own."""
    end = df.p.to_source(s.end)
    return df.f[s.end:s.end + 1] in ("\n", "") and any(e.date is not None and e.span is not None and end <= e.span[0]
                                                       for e in events)


def _sent_index(sentences, pos):
    for i, s in enumerate(sentences):
        if s.start <= pos < s.end:
            return i
    return -1


def _review_span_before(lead: str) -> bool:
    """Does ``lead`` end on the span a review covers ('qua 05 năm triển khai thực hiện ') or on a line break? (Every
    match of the pattern ends on 'thực hiện' or a line break, then spaces: that end is tested first, without a scan.)"""
    return lead.rstrip(" \t").endswith(("thuc hien", "\n")) and _REVIEW_SPAN.search(lead) is not None


def _split_reviews(df, events, sentences) -> None:
    """With a 'sơ kết' and a 'tổng kết' on the same day, documents named after 'tổng kết N năm
    thực hiện' go to the tổng kết, other reviewed documents ('Qua 05 năm triển khai thực hiện X',
    'Về thực hiện X') to the sơ kết."""
    f = df.f
    starts = [x.start for x in sentences]
    by_type = {e.type: e for e in events}
    reviewed: list[str] = []
    final: list[str] = []
    for mn in df.mentions:
        if not mn.key:
            continue
        if _review_span_before(f[max(0, mn.start - 60):mn.start]):
            # (from the start of its sentence: 'tổng kết 10 năm thực hiện Nghị quyết số 25 ... của ... về ... và 05 năm
            # thực hiện Kết luận số 43' names the first far back)
            si = bisect_right(starts, mn.start) - 1
            before = f[max(0, sentences[si].start if si >= 0 else 0, mn.start - 600):mn.start]
            if before.rfind("tong ket") > before.rfind("so ket"):
                final.append(mn.key)
            else:
                reviewed.append(mn.key)
    if "tổng kết" in by_type and "sơ kết" in by_type and by_type["tổng kết"].date == by_type["sơ kết"].date:
        tk, sk = by_type["tổng kết"], by_type["sơ kết"]
        if final or reviewed:
            tk.reviews = list(dict.fromkeys(final))
        sk.reviews = [k for k in dict.fromkeys(reviewed) if k not in tk.reviews]
    else:
        for e in events:
            if e.type in ("sơ kết", "tổng kết") and not e.reviews:
                e.reviews = list(dict.fromkeys(final + reviewed))


def _is_event_verb(df, v, tails) -> bool:
    """'họp' (a meeting) and not 'hợp' ('phối hợp', 'tổng hợp'), which fold alike, nor the room of 'tại phòng họp';
    and not a word of a document's name ('Kết luận ... của Hội nghị lần thứ bảy Ban Chấp hành')."""
    if v.group(0) == "hop" and (df.t[v.start():v.end()].lower() != "họp"
                                or _ROOM_BEFORE.search(df.f, max(0, v.start() - 12), v.start())):
        return False
    if re.search(r"(?<![a-z])cua[ \t]+$", df.f[max(0, v.start() - 6):v.start()]):
        return False                # 'Kết luận ... của Hội nghị lần thứ bảy': the meeting as an issuer
    return not any(a < v.start() < b for a, b in tails)


# 'phòng họp', 'hội trường': where a meeting is held
_ROOM_BEFORE = re.compile(r"(?<![a-z])phong[ \t]+$")
