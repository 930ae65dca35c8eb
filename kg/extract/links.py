"""Links between documents: '<A> (về|để|nhằm) thực hiện <B>' (implements), 'tiếp tục thực hiện'
(continues), 'hướng dẫn' (guides), 'sửa đổi, bổ sung' (amends), 'thay thế/bãi bỏ' (replaces),
'căn cứ' (based_on); A may be a planned or descriptive document, B a coordinated list. A sentence
opening with a demonstrative ('Đây là các văn bản ... để cụ thể hóa, triển khai thực hiện <B>')
links the documents the text is about (its headline documents) to B."""
from __future__ import annotations

import re
from bisect import bisect_left

from kg.extract.alternation import word_start
from kg.extract.document_dates import heading_number
from kg.extract.mention_model import Mention
from kg.extract.mention_words import (ACTED_ON, BACKREF_RE, CARRYING, CHANGED_PARTS, CUE_WORDS, LIST_GAP, MANNER,
                                      STEERING_BODY, TASKS_OF, link_type)
from kg.extract.documents import AMENDING_SUBJECT, DocumentFinder
from kg.extract.guidance import work_guided
from kg.extract.link_frames import frame_reader
from kg.extract.link_items import NESTED, heading_bases, item_list
from kg.extract.link_backrefs import stated_continuations
from kg.extract.link_articles import article_changes, ended_by_own
from kg.extract.link_followups import follow_ups
from kg.extract.link_issued import issued_after, issued_with
from kg.extract.link_passives import passive_links
from kg.extract.literals import may_match, may_match_in
from kg.extract.text import vi
from kg.text.symbols import fold
from kg.facts import LEVEL_RANK, Link

_DEMONSTRATIVE_WORDS = r"(?:day la|do la|cac (?:van ban|nghi quyet|chuong trinh|ke hoach) (?:nay|tren))(?![a-z])"
_DEMONSTRATIVE_FIRST = re.compile(r"(?:^|[:.;]\s*)" + _DEMONSTRATIVE_WORDS)
# after the text's first position only the stop before the words can match: a pattern opening on it is scanned fast
_DEMONSTRATIVE = re.compile(r"[:.;]\s*" + _DEMONSTRATIVE_WORDS)
_CLAUSE_CUE = re.compile(word_start(r"(?<![a-z])(?P<cue>" + CUE_WORDS + r")[ \t]+" + MANNER + TASKS_OF))
# what ends the clause of the subject document before a cue: another clause, a directive verb
_GAP_STOP = re.compile(r"[.;:\n]|(?<![a-z])(?:yeu cau|giao|de nghi|chi dao|kien nghi|doi hoi|trong do|"
                       r"tap trung|quan triet|tuyen truyen|to chuc|ket qua|sau khi|khi|neu|khang dinh|nhan manh|chi ro|so ket|tong ket|danh gia|bao cao|"
                       # '... quán triệt Nghị quyết 46, đồng thời triển khai Kế hoạch 71': a second act, not the resolution's
                       # ('Kế hoạch số 7 về giám sát ..., Đoàn đã giám sát việc thực hiện Chỉ thị 03': the plan's own act)
                       # ('sơ kết 5 năm thực hiện ...' is a review's span; 'ngày 15 tháng 3 năm 2024' a date that runs on)
                       r"dong thoi|giam sat|kiem tra)(?![a-z])|(?<!ngay )(?<!thang )(?<![\d/.-])\d+[ \t]+(?:nam|thang)(?![a-z])")
# 'gắn với thực hiện Quy định số 144-QĐ/TW': done alongside, not an implementation of it
_ALONGSIDE = re.compile(r"(?<![a-z])(?:gan (?:lien )?voi|ket hop voi|song song voi|cung voi|dong thoi voi)[ \t]+(?:viec[ \t]+)?$")
# ('... thực hiện Nghị quyết Đại hội ... và việc triển khai Chỉ thị số 08-CT/HU': the same, with the act as a noun; 'Quán
# triệt Nghị quyết Đại hội ..., triển khai Chương trình hành động': the same, the acts listed with a comma after a name
# with no title, where a title's comma goes on with the title: 'sơ kết Kế hoạch số 21 về vận động ..., triển khai Kế
# hoạch số 55')
_AND_THEN = re.compile(vi(r"(?:(?<![a-z])và|(?P<comma>,))[ \t]+(?:việc[ \t]+)?$"))
# (the object of a cue, then 'và', 'đồng thời' or a comma and a second cue: the carrier's second act, 'Chương trình số
# 07-CTr/TU thực hiện Nghị quyết số 59-NQ/TW, thay thế Kế hoạch số 38-KH/TU')
_AND_ONLY = re.compile(vi(r"[ \t]*,?[ \t]*(?:và|đồng thời)[ \t]+|[ \t]*,[ \t]*"))
CHANGING = ("amends", "replaces")
_DEMO_CUE = re.compile(r"(?:de|nham)[ \t]+(?P<cue>(?:cu the hoa,?[ \t]+)?(?:trien khai[ \t]+)?(?:tiep tuc[ \t]+)?thuc hien|cu the hoa)[ \t]+")


# a legal-basis cue ('căn cứ', 'xét', 'trên cơ sở'): each document of the list after it is a basis; so is the submission
# a decision's preamble names as the request it answers ('Theo đề nghị của Giám đốc Sở Tài chính tại Tờ trình số
# 95/TTr-STC', as 'Xét Tờ trình ...'; 'theo đề nghị của Bộ trưởng Bộ Y tế' names no document; 'Trên cơ sở đó và Nghị quyết
# số 03/NQ-CP ..., UBND tỉnh ban hành Kế hoạch ...': the documents after what the sentence before said)
# (the request tried first: 'xét' alone would end the cue before 'đề nghị')
_BASIS_CUE = re.compile(word_start(vi(r"(?<![a-z])(?:(?:theo|xét)[ \t]+đề nghị(?:[ \t]+của[ \t]+[^;.\n]{1,160}?)?[ \t]+tại"
                                      r"(?=[ \t]+(?:tờ trình|văn bản|công văn|báo cáo)(?![a-z]))"
                                      r"|căn cứ(?:[ \t]+vào)?|(?<!xem )xét|trên cơ sở)[ \t:]+(?:đó[ \t]+và[ \t]+)?(?:các[ \t]+)?")))
_FOLLOWS_CUE = re.compile(word_start(vi(r"(?<![a-z])bám sát[ \t]+(?:(?:các|tinh thần)[ \t]+)?")))
# reports weighed before a document is adopted: 'đã thảo luận Tờ trình ... cùng Báo cáo ...'
_HEARD_CUE = re.compile(word_start(vi(r"(?<![a-z])(?:thảo luận|xem xét|cho ý kiến(?:[ \t]+(?:về|vào))?|nghe)[ \t]+"
                           r"(?=(?:tờ trình|báo cáo|đề án)(?![a-z]))")))
# a purpose clause opening a sentence: 'Nhằm thực hiện quyết liệt, hiệu quả các nhiệm vụ, giải pháp tại <list>, ...',
# 'Để thực hiện nghiêm Chỉ thị số 13-CT/TW ...; ...'
_PURPOSE_OPENER = re.compile(vi(
    r"[ \t\n]*(?:nhằm|để|trên cơ sở)[ \t]+(?P<cue>(?:tiếp tục[ \t]+)?(?:triển khai[ \t]+)?thực hiện|cụ thể hóa"
    r"|quán triệt(?:[ \t]+sâu sắc)?(?:[ \t]+và[ \t]+thực hiện)?)"
    r"(?:[ \t,]+(?:quyết liệt|nghiêm túc|nghiêm|có hiệu quả|hiệu quả|tốt|đầy đủ|đồng bộ))*[ \t,]*") + TASKS_OF)
# the same in any text, on a document already named, before the body that issued its own: 'Triển khai Chỉ thị, Ban
# Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 95-KH/TU', 'Để đưa Nghị quyết vào cuộc sống, ... ban hành Chương trình ...'
# ('Quán triệt và triển khai thực hiện Nghị quyết số 27-NQ/TW, ...': the study named first, the carrying out after it)
_CARRYING_OPENER = re.compile(vi(r"[ \t\n]*(?:(?:để|nhằm)[ \t]+)?(?:(?:học tập,?[ \t]+)?quán triệt(?:[ \t]*,[ \t]*|[ \t]+và[ \t]+))?(?P<cue>đưa|(?:tiếp tục[ \t]+)?(?:triển khai[ \t]+)?thực hiện"
                                 r"|triển khai|cụ thể hóa|thể chế hóa)[ \t]+(?=[^\W\d_])"))
# the same opener with no document after it: 'Để cụ thể hóa, ...', 'Để triển khai thực hiện, ...'
_BARE_CARRYING = re.compile(vi(r"[ \t\n]*(?:để|nhằm)[ \t]+(?P<cue>(?:tiếp tục[ \t]+)?(?:triển khai[ \t]+)?thực hiện|triển khai|cụ thể hóa)"
                               r"[ \t]*,"))
_CARRIED_CLOSE = re.compile(vi(r"(?:[ \t]+(?:này|trên|nói trên))?(?:[ \t]+vào[ \t]+(?:cuộc sống|thực tiễn))?"
                               r"(?:[ \t]+(?:có hiệu quả|hiệu quả|nghiêm túc|đồng bộ|quyết liệt))?[ \t]*,"))
# a sentence that opens on the issuing of a document and then says which document a body issued: that one carries the
# first out ('Ngay sau khi Trung ương ban hành Nghị quyết, Ban Thường vụ Tỉnh ủy ... xây dựng Chương trình hành động số
# 52-CTr/TU', 'Sau khi Chỉ thị ban hành, ...', 'Ngay sau khi có Chỉ thị của Bộ Chính trị, ...')
_AFTER_ISSUING = re.compile(vi(r"[ \t\n]*(?:ngay[ \t]+)?sau khi[ \t]+(?P<verb>(?:có|(?:[a-z]+[ \t]+){0,4}?(?:ban hành|ký))[ \t]+)?"
                                r"(?=[a-z])"))
_ISSUED_CLOSE = re.compile(vi(r"(?P<verb>[ \t]+(?:đã[ \t]+)?(?:được[ \t]+)?ban hành)?(?:[ \t]+về[ \t]+[^.;:\n]{1,200}?)?[ \t]*,"))
# the same cue closing the sentence with no document after it: '... ban hành Kế hoạch số 35-KH/HU để triển khai thực hiện.'
# ('... ban hành Kế hoạch số 46-KH/HU để triển khai trên địa bàn.': the same, on the issuer's own ground)
# (written to open on its first characters, which the engine's scan skips to: a repeat at the head would have it try
# every position)
_TRAILING_CARRY = re.compile(vi(r"[ \t,][ \t,]*(?:để|nhằm)[ \t]+(?P<cue>(?:tiếp tục[ \t]+)?(?:cụ thể hóa,?[ \t]+)?(?:triển khai[ \t]+)?"
                                r"(?:thực hiện|triển khai|cụ thể hóa))(?:[ \t]+(?:có hiệu quả|hiệu quả|nghiêm túc|đồng bộ))?"
                                r"(?:[ \t]+(?:trên|tại|ở)[ \t]+(?:địa bàn|địa phương|cơ sở)(?:[ \t]+(?:tỉnh|huyện|thị xã|thành phố"
                                r"|xã|phường|thị trấn))?)?[ \t]*[.;]?[ \t]*$"))
# (or the title line of one that changes another: 'NGHỊ QUYẾT / Sửa đổi, bổ sung một số điều của Nghị quyết số ...', 'Bãi bỏ
# Quyết định số ...'; '... của Quy định ban hành kèm theo Quyết định số ...' names the decision by the rules it issued)
# (and the title of a decision that sets up the committee to carry one out: 'về việc thành lập Ban Chỉ đạo thực hiện
# ...')
_OFFICIAL_OPENER = re.compile(vi(r"[ \t\n]*(?:(?:về việc[ \t]+|về[ \t]+)?") + STEERING_BODY + vi(
                                 r")?(?P<cue>(?:tiếp tục[ \t]+)?(?:triển khai[ \t]+)?thực hiện|triển khai|cụ thể hóa"
                                 r"|(?:sửa đổi(?:,?[ \t]+bổ sung)?|bãi bỏ|thay thế)(?:[ \t]+" + CHANGED_PARTS + r")?)[ \t]+"))
# an official letter's subject line that says what it carries out: 'V/v đẩy mạnh thực hiện Chỉ thị số 01/CT-TTg ...',
# 'V/v triển khai Kế hoạch số ...' (not 'V/v sơ kết 5 năm thực hiện Chỉ thị ...': reporting on a document is no link)
_SUBJECT_LINE = re.compile(vi(r"[ \t\n]*v/v[ \t]+(?:(?:đẩy mạnh|tiếp tục|tăng cường|khẩn trương|tổ chức)[ \t]+)*"
                              r"(?P<cue>(?:triển khai[ \t]+)?thực hiện|triển khai)[ \t]+"))
# the direction a document carries, named before it: 'Thực hiện ý kiến chỉ đạo của Thủ tướng Chính phủ tại Thông báo số
# 168/TB-VPCP' carries out the notice; '...; theo chỉ đạo của Ban Thường vụ Thành ủy tại Kết luận số 25-KL/TU, UBND thành
# phố có ý kiến như sau:' is the letter's basis
_DIRECTION_AT = vi(r"(?:ý kiến[ \t]+)?chỉ đạo(?:[ \t]+của[ \t]+[^,.;:\n]{1,80}?)?[ \t]+tại[ \t]+")
_DIRECTED_AT = re.compile(_DIRECTION_AT)
_BY_DIRECTION = re.compile(word_start(r"(?<![a-z])theo[ \t]+" + _DIRECTION_AT))
# the document a sentence says was issued on that basis: '..., UBND tỉnh ban hành Kế hoạch số 12/KH-UBND'
_ISSUED_HERE = re.compile(vi(r"(?:ban hành|xây dựng|thông qua|ký)[ \t]+$"))
# ... or that a body has, in a report of what it did: 'ngay sau đó Ban Thường vụ Tỉnh ủy có Kế hoạch số 105-KH/TU ...'
_ISSUED_OR_HAD = re.compile(vi(r"(?:ban hành|xây dựng|thông qua|ký|(?<![a-z])có)[ \t]+$"))
# a document issued, then what it makes concrete, after a semicolon: '... UBND phường đã ban hành Kế hoạch số 27/KH-UBND;
# đồng thời cụ thể hóa Kế hoạch số 06-KH/ĐU ...' (the issued plan is the one that makes it concrete; a meeting's second
# act, '... quán triệt Nghị quyết ...; đồng thời triển khai ...', names no document issued before it)
_ALSO_CONCRETISES = re.compile(vi(r"[ \t]*[;,]?[ \t]*đồng thời[ \t]+"))
# a document carried out by means of another: 'Sở Y tế cụ thể hóa Chỉ thị bằng Kế hoạch số 40/KH-SYT' (the cue
# before the first, 'bằng' between the two)
_BY_MEANS_GAP = re.compile(vi(r"[ \t,]*bằng[ \t]+(?:việc[ \t]+ban hành[ \t]+)?"))
# a document whose title is a carrying cue alone, named right after the one it carries out: 'Kế hoạch số 210/KH-UBND ...
# của UBND huyện về ... và Kế hoạch số 12/KH-UBND ... của UBND phường về thực hiện tại địa bàn phường'
_CUE_ONLY_TITLE = re.compile(vi(r"(?:tiếp tục[ \t]+)?(?:triển khai[ \t]+)?(?:thực hiện|triển khai)(?:[ \t]+(?:trên|tại)[ \t]+"
                                r"địa bàn(?:[ \t]+[a-z]+){0,3})?[ \t,]*"))
_NEXT_OF_TWO = re.compile(vi(r"[ \t]*(?:,[ \t]*)?(?:và|cùng(?:[ \t]+với)?)[ \t]+"))
_BY_MEANS_CUE = re.compile(vi(r"(?<![a-z])(?P<cue>cụ thể hóa|thể chế hóa|(?:triển khai[ \t]+)?thực hiện|triển khai)[ \t]+$"))
# the plans a programme named by its word alone was carried out by: 'Tại hai tỉnh cũ, Đề án được triển khai theo Kế
# hoạch số 125/KH-UBND ... và Kế hoạch số 1406/KH-UBND ...', 'UBND tỉnh triển khai Chương trình theo Kế hoạch số ...'
_PROGRAMME_WORD = re.compile(word_start(vi(r"(?<![a-z])(?:chương trình|đề án|chiến lược)(?![a-z])")))
_CLAUSE_OPENS = re.compile(r"(?:^|[,;:][ \t]*)$")
_CARRYING_VERB = re.compile(vi(r"(?<![a-z])(?:triển khai|thực hiện)[ \t]+$"))
_CARRIED_BY = re.compile(vi(r"[ \t]+(?P<passive>(?:đã[ \t]+)?được[ \t]+(?:triển khai|thực hiện)[ \t]+)?theo[ \t]+"))
_FOLLOW_UP_OPENER = re.compile(vi(r"[ \t\n]*tiếp theo[ \t]+"))
_OPENING_CUE_REACH = 40     # (how far into its sentence the cue of a sentence that opens on one may end)
# what the text reports, not its own opening: a section of a text already under way ('I. KẾT QUẢ THỰC HIỆN ...')
_SECTION_HEAD = re.compile(r"\n[ \t]*[ivx]{1,4}\.[ \t]+[^\n]*\n\s*$")
_PLAN_TYPES = ("KH", "CTr")
_CARRIER_REACH = 300


# a note in brackets after a document's issuer: '(cũ)', '(trước sắp xếp)', '(trước hợp nhất)'
_NOTE_AFTER = re.compile(r"[ \t]*\([^()\n]{1,30}\)")


def _reports_deed(f: str, s) -> bool:
    """Whether a sentence opening on a carrying cue ('Thực hiện Kế hoạch số 52/KH-UBND ..., phường đã tổ chức 2 đợt
    vệ sinh ...') reports what bodies did under that document rather than opening the text's own: it follows another
    sentence of its paragraph and does not close on the colon of what the text asks ('..., Chủ tịch UBND tỉnh chỉ
    thị:'), or it opens a numbered section ('I. KẾT QUẢ THỰC HIỆN ...'), whose text is under way."""
    line = f.rfind("\n", 0, s.start) + 1
    if f[line:s.start].strip() and not f[s.start:s.end].rstrip().endswith(":"):
        return True
    return _SECTION_HEAD.search(f, max(0, s.start - 160), s.start) is not None


def basis_links(df: DocumentFinder, own: str | None, sentences) -> list[tuple[str | None, str, Mention, int]]:
    """'Căn cứ Luật ... ngày 19/6/2015; Nghị định số ...', 'Xét Tờ trình số ..., Báo cáo thẩm tra số
    ...', 'đã thảo luận Tờ trình của ... cùng Báo cáo của ...', 'Nhằm thực hiện ... tại Kết luận số
    ... và Kết luận số ..., ...': (subject, link type, object, subject position) for every item of
    the list. The subject is the document named just before the cue in its clause, else one the
    sentence says was issued ('... ban hành Kế hoạch số ...'), else the text's own document."""
    f = df.f
    out: list[tuple[str | None, str, Mention, int]] = []
    by_own: set[int] = set()        # (the links whose subject is the text's own document, by their place in out)
    bases: set[str | None] = set()  # (every document a basis list names)
    keyed = [m for m in df.by_start()[0] if m.key and m.kind != "planned"]     # (sorted once for every reader)
    starts = [m.start for m in keyed]

    def between(lo: int, hi: int) -> list[Mention]:
        return keyed[bisect_left(starts, lo):bisect_left(starts, hi)]
    # an official text (its own number in its heading) that opens a sentence or its title line on 'Thực hiện
    # ...' / 'Triển khai ...' says what it carries out
    official = own is not None and any(m.key == own and heading_number(f, m.start, m.end) for m in keyed)
    # (the cues most texts never hold are not looked for in each sentence)
    basis_cue, follows_cue, heard_cue, trailing_cue, carried_by_cue, after_cue, by_means_cue, direction_cue, directed_cue = (
        may_match(x, f) for x in (_BASIS_CUE, _FOLLOWS_CUE, _HEARD_CUE, _TRAILING_CARRY, _CARRIED_BY, _AFTER_ISSUING,
                                  _BY_MEANS_GAP, _BY_DIRECTION, _DIRECTED_AT))
    frame_rx = frame_reader(f)
    prev_start = 0              # (where the sentence before began)
    for s in sentences:
        sentence_before, prev_start = prev_start, s.start
        cues: list[tuple[int, str]] = []
        carrying = -1           # (a news text's opener links only a document the sentence says was issued)
        op = _PURPOSE_OPENER.match(f, s.start, s.end) or ((_OFFICIAL_OPENER.match(f, s.start, s.end)
                                                            or _SUBJECT_LINE.match(f, s.start, s.end)) if official else None)
        if op and op.end() < s.end:
            directed = _DIRECTED_AT.match(f, op.end(), s.end) if directed_cue else None
            cues.append((directed.end() if directed else op.end(), link_type(op.group("cue"))))
        if official and direction_cue and f[s.start:s.end].rstrip().endswith(":"):
            # (in the preamble that opens the letter's content, '... UBND thành phố có ý kiến như sau:')
            cues.extend((c.end(), "based_on") for c in _BY_DIRECTION.finditer(f, s.start, s.end))
        frame = frame_rx.match(f, s.start, s.end)
        opening = frame.end() if frame else s.start
        co = _CARRYING_OPENER.match(f, opening, s.end)
        if co and not op:
            # ('Thực hiện chỉ đạo của UBND tỉnh tại Công văn số 3400/UBND-VX, Sở Y tế ban hành ...': the direction's letter)
            at = directed.end() if directed_cue and (directed := _DIRECTED_AT.match(f, co.end(), s.end)) else co.end()
            first = next(iter(between(at, at + 1)), None)
            # (only a document named before, or a list of them, closed by the comma that opens the main clause:
            # 'Thực hiện Chỉ thị số 05-CT/TW ... và Kế hoạch số 12-KH/TU ..., Ban Thường vụ ... đã ban hành ...')
            listed = item_list(df, at, s.end, keyed, starts) if first is not None else []
            close = listed[-1] if listed else first
            if close is not None and _CARRIED_CLOSE.match(f, max(close.end, close.tail_end,
                                                              close.subject_span[1] if close.subject_span else 0)):
                cues.append((at, link_type(co.group("cue"))))
                carrying = at
            progs, progs_end = df.approved_programme(co.end()) if first is None else ([], co.end())
            issued = [m for m in between(progs_end, s.end) if _ISSUED_HERE.search(f, max(0, m.start - 20), m.start)] \
                if progs and _CARRIED_CLOSE.match(f, progs_end) else []
            if issued:
                # 'Để triển khai Đề án, Ban Thường vụ Hội đã ban hành Kế hoạch số 45/KH-BTV': the programme named before
                # by its word alone, keyed by the decision that approved it, carried out by the plan issued
                out.extend((issued[0].key, link_type(co.group("cue")), o, issued[0].start) for o in progs)
            back = BACKREF_RE.match(f, co.end()) if first is None else None
            if back and _CARRIED_CLOSE.match(f, back.end()):
                # 'Thực hiện Nghị quyết này, Huyện ủy đã xây dựng Đề án ...': the document named before, carried out by
                # the one the sentence says was issued
                issued = [m for m in between(back.end(), s.end) if _ISSUED_HERE.search(f, max(0, m.start - 20), m.start)]
                if issued:
                    out.extend((issued[0].key, link_type(co.group("cue")), o, issued[0].start)
                               for o in df.backref(co.end(), issued[0].key))
        after = _AFTER_ISSUING.match(f, opening, s.end) if after_cue else None
        earlier = next(iter(between(after.end(), after.end() + 1)), None) if after else None
        closed = _ISSUED_CLOSE.match(f, max(earlier.end, earlier.tail_end)) if earlier is not None else None
        if after is not None and earlier is not None and closed is not None and (after.group("verb") or closed.group("verb")):
            issued = [m for m in between(closed.end(), s.end) if _ISSUED_HERE.search(f, max(0, m.start - 20), m.start)]
            out.extend((m.key, "implements", earlier, m.start) for k, m in enumerate(issued) if m.key != earlier.key and (k == 0 or (
                not m.cue and ";" in f[issued[k - 1].end:m.start] and ":" in f[closed.end():issued[0].start])))  # ('...: A ban hành X; B ...')
        bare = _BARE_CARRYING.match(f, s.start, s.end)
        if bare:
            # 'Nghị quyết được ban hành ngày 16/6/2022. Để cụ thể hóa, Huyện ủy đã ban hành Chương trình ... số 21':
            # the document carried out is the one named last before, in the sentence before
            k = bisect_left(starts, s.start)
            last = keyed[k - 1] if k else None
            if last is not None and last.start >= sentence_before:
                # ('... triển khai Chương trình số 115-CTr/TU của Tỉnh ủy thực hiện Nghị quyết số 46-NQ/TW. Để cụ thể hóa,
                # Hội ban hành Kế hoạch số 210': what is made concrete is the programme of the sentence before that
                # carries the resolution out; only a cue a short way before the resolution is read)
                last = next((m for m in between(sentence_before, last.start) if m.cue and m.kind != "planned"
                             and 0 <= last.start - m.cue[1] <= _CARRIER_REACH
                             and (m.cue[1] == last.start
                                  or any(o is last for o in df.objects_at(m.cue[1], m.key, m.cue[0])))), last)
            issued = [m for m in between(bare.end(), s.end) if _ISSUED_HERE.search(f, max(0, m.start - 20), m.start)]
            if last is not None and issued and last.key != issued[0].key and "\n" not in f[last.start:s.start]:
                out.append((issued[0].key, link_type(bare.group("cue")), last, issued[0].start))
        for w in _PROGRAMME_WORD.finditer(f, s.start, s.end) if carried_by_cue and may_match_in(_PROGRAMME_WORD, f, s.start, s.end) else ():
            progs, progs_end = df.approved_programme(w.start())
            by = _CARRIED_BY.match(f, progs_end) if progs else None
            if by is None:
                continue
            before = f[max(s.start, w.start() - 20):w.start()]
            if not (_CLAUSE_OPENS.search(before) if by.group("passive") else _CARRYING_VERB.search(before)):
                continue
            out.extend((p.key, "implements", o, p.start) for p in item_list(df, by.end(), s.end, keyed, starts)
                       for o in progs if p.key != o.key)
        named = between(s.start, s.end)
        for x, y in zip(named, named[1:]):
            if x.key == y.key:
                continue
            c = _BY_MEANS_CUE.search(f, max(s.start, x.start - 30), x.start) if by_means_cue else None
            if c and _BY_MEANS_GAP.fullmatch(f, max(x.end, x.tail_end), y.start):
                out.append((y.key, link_type(c.group("cue")), x, y.start))
            if y.subject_span is not None and _CUE_ONLY_TITLE.fullmatch(f, *y.subject_span) \
                    and _NEXT_OF_TWO.fullmatch(f, max(x.end, x.tail_end, x.subject_span[1] if x.subject_span else 0), y.start):
                out.append((y.key, "implements", x, y.start))
        # (it closes the sentence)
        trailing = _TRAILING_CARRY.search(f, max(s.start, s.end - 80), s.end) if trailing_cue else None
        if trailing:
            # 'Huyện ủy đã ban hành Kế hoạch số 35-KH/HU để triển khai thực hiện.': what is carried out is the document
            # named last before the one issued, in its paragraph (the cue names nothing: the document is the one the
            # paragraph is about, though sentences about it may come between)
            # ('A có Kế hoạch số 105-KH/TU và B ban hành Kế hoạch số 46-KH/HU để triển khai ...': both carry it out)
            named = between(s.start, trailing.start())
            issued = [m for m in named if _ISSUED_OR_HAD.search(f, max(0, m.start - 20), m.start)]
            if issued:
                k = bisect_left(starts, issued[0].start)
                last = keyed[k - 1] if k else None
                carriers = {id(d): d for x in issued for d in [x, *issued_with(f, x, between(x.end, trailing.start()))]}
                if last is not None and last.key != issued[0].key and "\n" not in f[last.start:issued[0].start]:
                    out.extend((d.key, link_type(trailing.group("cue")), last, d.start) for d in carriers.values()
                               if d.key != last.key)
        if basis_cue:
            cues.extend((c.end(), "based_on") for c in _BASIS_CUE.finditer(f, s.start, s.end))
        # 'Kế hoạch cũng bám sát Nghị quyết ...': a basis only where the clause names the document that follows it
        follows = [c.end() for c in _FOLLOWS_CUE.finditer(f, s.start, s.end)] if follows_cue else []
        cues.extend((at, "based_on") for at in follows)
        if heard_cue and may_match_in(_HEARD_CUE, f, s.start, s.end):
            cues.extend((c.end(), "based_on") for c in _HEARD_CUE.finditer(f, s.start, s.end))
        # a sentence that opens on a cue goes on after a semicolon with another: 'Thực hiện Chỉ thị số 32-CT/TW ...; tiếp
        # tục thực hiện Kế hoạch số 2150/KH-UBND ..., Ban Thường vụ ... ban hành Kế hoạch như sau:', 'Căn cứ Nghị quyết số
        # 28/NQ-HĐND ...; triển khai Nghị quyết số 12-NQ/TU ..., UBND tỉnh đã ban hành Quyết định số 1890/QĐ-UBND'
        # (in news only for a document the sentence says was issued)
        after_semicolon: set[int] = set()
        # (a letter's 'Tiếp theo Công văn số ...; thực hiện Công điện số ..., Bộ ... có ý kiến như sau:' as well: the
        # follow-up is read in kg.extract.link_followups, the cue after it here)
        if cues and min(at for at, _ in cues) - s.start <= _OPENING_CUE_REACH or (
                official and _FOLLOW_UP_OPENER.match(f, s.start, s.end)):
            semi = f.find(";", s.start, s.end)
            while semi >= 0:
                nxt = _OFFICIAL_OPENER.match(f, semi + 1, s.end)
                if nxt and nxt.end() < s.end and all(at != nxt.end() for at, _ in cues):
                    cues.append((nxt.end(), link_type(nxt.group("cue"))))
                    after_semicolon.add(nxt.end())
                semi = f.find(";", semi + 1, s.end)
        read_before: set[int] = set()     # (the items of the sentence's cues read before)
        for at, typ in sorted(cues):
            items = item_list(df, at, s.end, keyed, starts)
            if not items:
                continue
            inside = {id(o) for o in items}
            clause_start = max(s.start, f.rfind(";", s.start, at) + 1)
            # ('Căn cứ Luật ..., xét Tờ trình số ..., HĐND ban hành ...': a basis listed before is no subject of the next)
            preceding = [m for m in between(clause_start, at) if id(m) not in inside and id(m) not in read_before]
            read_before |= inside
            # 'Quyết định số 12 ... được ban hành căn cứ ...': the first document of the clause
            subject = preceding[0] if preceding and not re.search(r"[.\n]", f[preceding[0].end:at]) else None
            last_end = max(items[-1].tail_end, items[-1].end)
            # (a document of the list named again, 'ban hành Chương trình hành động ...', is not the one issued)
            issued = [] if subject is not None else [m for m in between(last_end, s.end) if id(m) not in inside
                                                     and all(m.key != o.key for o in items)
                                                     and _ISSUED_HERE.search(f, max(0, m.start - 20), m.start)]
            subject = subject or next(iter(issued), None)
            if subject is None and (at == carrying or at in follows or (at in after_semicolon and not official)):
                continue
            if subject is None and typ in ("implements", "continues"):
                # 'Để thực hiện Kế hoạch, Ban Thường vụ giao ...': a document named back by its type word alone, the
                # opening phrase closed after it, is what the sentence's bodies work on, not one the text's own
                # document carries out
                items = [o for o in items if o.kind != "resolved" or o.symbol is not None or o.number is not None
                         or not f.startswith(",", o.end)]
                if not items:
                    continue
            if subject is None and typ in ("implements", "continues") and _reports_deed(f, s):
                continue
            if typ == "based_on":
                bases.update(o.key for o in items)
            key = subject.key if subject is not None else own
            if not key or (subject is None and any(o.key == key for o in items)):
                continue        # the text's document is itself in the list: the list's subject is unknown
            # (the documents issued together: 'Thực hiện ..., Huyện ủy ban hành Kế hoạch số 35 và Chương trình số 12')
            for sub in ([subject, *issued_with(f, subject, between(subject.end, s.end)), *issued_after(f, issued)]
                        if subject is not None else [None]):
                for o in items:
                    if o.key != (sub.key if sub is not None else key):
                        out.append((sub.key if sub is not None else key, typ, o, sub.start if sub is not None else at))
                        if sub is None:
                            by_own.add(len(out) - 1)
    # a text with no heading that opens on its preamble ('Căn cứ Luật ...; Nghị định ...; Xét Tờ trình ...'): its
    # first document is a basis, not the text's own, and the lists after it have no subject either (a text whose
    # heading numbers its own document names it as a remit, 'Căn cứ Kế hoạch này, ...', and keeps its links)
    return [x for i, x in enumerate(out) if i not in by_own or official or x[0] not in bases]


# a guidance's title on the lines under its type word: 'HƯỚNG DẪN\nhọc tập, quán triệt, tuyên truyền và triển khai thực
# hiện\nNghị quyết số 66-NQ/TW và Nghị quyết số 68-NQ/TW ...' (the title may break its line anywhere)
_GUIDED_TITLE = re.compile(vi(r"[ \t]*\n[ \t]*(?:(?:học tập|quán triệt|tuyên truyền|phổ biến)(?:[ \t]*,[ \t]*|\s+và\s+|\s+)){0,4}"
                              r"(?:triển khai\s+)?(?:thực hiện|thi hành)\s+"))


def guided_in_title(df: DocumentFinder, own: str | None) -> list[Mention]:
    """The documents the title of the text's own guidance (hướng dẫn) says to study or carry out: it guides them (the
    shared README: 'hướng dẫn' is guides), where its opening says what it carries out itself ('Thực hiện Kế hoạch số
    312-KH/TU ..., Ban Tuyên giáo ... hướng dẫn như sau:' implements the plan)."""
    f = df.f
    for m in df.mentions:
        if m.key != own or m.type != "HD" or m.kind != "resolved" or f.rfind("\n", 0, m.start) + 1 != m.start:
            continue
        title = _GUIDED_TITLE.match(f, m.end)
        if title is not None:
            return [o for o in df.objects_at(title.end(), own, "guides") if o.key != own]
    return []


def _co_subjects(a: Mention, b: Mention) -> bool:
    """Two documents named side by side may share the cue after them: one issuer's documents of two kinds ('Chương
    trình số 31-CTr/TU và Kế hoạch số 120-KH/TU thực hiện ...'), or of one kind by two bodies named apart (the provinces
    merged in 2025: '... số 56-CTr/TU của Thành ủy Hải Phòng và ... số 41-CTr/TU của Tỉnh ủy Hải Dương thực hiện ...'),
    or the plans of two levels ('Kế hoạch số 20-KH/TU của Tỉnh ủy và Kế hoạch số 45-KH/HU của Huyện ủy thực hiện ...')."""
    if a.symbol is None or b.symbol is None:
        return False
    if a.symbol.issuer == b.symbol.issuer:
        return a.type != b.type or (a.explicit_issuer and b.explicit_issuer and a.issuer is not None
                                    and b.issuer is not None and fold(a.issuer) != fold(b.issuer))
    # (a programme of one level and a plan of the next: 'Chương trình hành động số 61-CTr/TU của Tỉnh ủy và Kế hoạch số
    # 132-KH/HU của Huyện ủy về thực hiện Nghị quyết')
    return a.type in _PLAN_TYPES and b.type in _PLAN_TYPES


def find_links(df: DocumentFinder, focus: list[str], sentences, own: str | None = None) -> list[Link]:
    out: list[Link] = []
    seen: set[tuple[str, str, str]] = set()

    def add(a: str | None, typ: str, b: str | None, span):
        if not a or not b or a == b:
            return
        k = (a, typ, b)
        if k not in seen:
            seen.add(k)
            out.append(Link(a, typ, b, span=span))

    ordered = [m for m in df.by_start()[0] if m.key and m.kind != "planned"]
    starts = [m.start for m in ordered]
    place = {id(x): i for i, x in reversed(list(enumerate(ordered)))}     # (each mention's first place in it)
    # the issuer of each numbered document, for an object named by its type alone ('... về thực hiện Nghị quyết')
    issuer_of: dict[str | None, str | None] = {m.key: m.symbol.issuer for m in df.mentions if m.key and m.symbol is not None}
    ms = [m for m in df.by_start()[0] if m.key]
    # the document whose cue names each object ('Kế hoạch số 12-KH/HU thực hiện Nghị quyết số 05-NQ/TU')
    carrier: dict[int, Mention] = {}
    for mn in ms:
        if mn.cue and mn.kind != "planned":
            for o in df.objects_at(mn.cue[1], mn.key, mn.cue[0]):
                carrier.setdefault(id(o), mn)
    basis = basis_links(df, own, sentences)
    # ... or whose basis each object is ('Kế hoạch ... bám sát Chương trình số 12-CTr/TU')
    based = {id(o): sub for sub, typ, o, at in basis if sub and typ == "based_on" and at < o.start}

    def basis_subject(mn: Mention, typ: str) -> tuple[str | None, int]:
        """The document a basis cue after ``mn`` is said of: the one named before that carries ``mn`` out or stands on
        it ('A cụ thể hóa B, ... theo tinh thần C', 'A bám sát B và theo tinh thần C': C is A's basis), else ``mn``."""
        by = carrier.get(id(mn)) if typ == "based_on" else None
        if by is not None and by.start < mn.start:
            return by.key, by.start
        if typ == "based_on" and id(mn) in based:
            return based[id(mn)], mn.start
        return mn.key, mn.start

    def coordinated_before(mn: Mention, objs: list[Mention]) -> list[Mention]:
        """The subjects coordinated before ``mn`` ('Chương trình số 31-CTr/TU ... và Kế hoạch số 120-KH/TU ... thực
        hiện X', _co_subjects; objects from elsewhere), past a note closing a tail ('... Quảng Bình (cũ) và ...')."""
        okeys = {o.key for o in objs}
        out: list[Mention] = []
        cur = mn
        for prev in reversed(ordered[:max(place.get(id(mn), -1), 0)]):
            end = max(prev.tail_end, prev.end)
            note = _NOTE_AFTER.match(df.f, end, cur.start) if cur.start >= end else None
            end = note.end() if note else end
            g = LIST_GAP.match(df.f, end, cur.start) if cur.start >= end else None
            if not g or g.end() != cur.start or cur.start - end > 8 or prev.cue or prev.key in okeys \
                    or prev.symbol is None or mn.symbol is None or not _co_subjects(prev, mn) \
                    or any(issuer_of.get(o.key) in (None, mn.symbol.issuer, prev.symbol.issuer) for o in objs):
                break
            out.append(prev)
            cur = prev
        return out

    for mn in df.mentions:
        if not mn.key or not mn.cue or mn.draft:
            continue
        typ, pos = mn.cue
        if mn.kind == "planned" and typ in ("amends", "replaces"):
            # 'Xây dựng quyết định thay thế Quyết định số 30/QĐ-UBND' is a task of the plan that lists it: the
            # document to be drafted amends nothing yet, and the plan never does
            continue
        sk, sat = basis_subject(mn, typ)
        objs = df.objects_at(pos, sk, typ) or (work_guided(ordered, starts, df.f, mn, pos) if typ == "guides" else [])
        for o in objs:
            add(sk, typ, o.key, df.p.span(min(sat, mn.start), o.end))
        if not objs or mn.kind == "planned" or sk != mn.key:
            continue
        for prev in coordinated_before(mn, objs):
            for o in objs:
                add(prev.key, typ, o.key, df.p.span(prev.start, o.end))
    ms_starts = [m.start for m in ms]    # ('<A> (đã|là ... nhằm|được ... thông qua trên cơ sở) <cue> <B>': the cue later)
    for i, mn in enumerate(ms):
        if mn.kind == "planned" or (mn.cue and df.objects_at(mn.cue[1], mn.key, mn.cue[0])):
            continue
        a = max(mn.tail_end, mn.end)
        after = bisect_left(ms_starts, a, i + 1)       # (the first mention after it that starts at or past its tail)
        nxt = ms_starts[after] if after < len(ms) else len(df.f)
        lim = min(nxt + 1, a + 160, len(df.f))
        # (the words of its own title are no stop: 'Kế hoạch số 36-KH/HNDT về tuyên truyền ..., thực hiện Nghị quyết ...')
        title_end = mn.subject_span[1] if mn.subject_span is not None and mn.subject_span[0] >= a else a
        for c in _CLAUSE_CUE.finditer(df.f, a, lim):
            gap = df.f[a:c.start()]
            # (a title that runs on over the cue is read whole: '... về X và 3 năm thực hiện Kết luận ...')
            if (_GAP_STOP.search(df.f, title_end if title_end <= c.start() else a, c.start()) or _ALONGSIDE.search(gap)) \
                    and not (_ALSO_CONCRETISES.fullmatch(gap) and c.group("cue").startswith("cu the hoa")
                             and _ISSUED_HERE.search(df.f, max(0, mn.start - 20), mn.start)) \
                    and not (id(mn) in carrier and _AND_ONLY.fullmatch(gap) and link_type(c.group("cue")) in CHANGING):
                break           # (no meeting repeals: '... sửa đổi Quyết định số 22, đồng thời bãi bỏ ...' is the carrier's)
            # '... thực hiện Nghị quyết số 05-NQ/TU của Tỉnh ủy và triển khai Chỉ thị số 08-CT/TU': the second act
            # is the first cue's document's, not the object's
            if _ALONGSIDE.search(df.f, max(0, mn.start - 30), mn.start):
                break           # 'Cùng với Nghị quyết Đại hội, xã thực hiện Kế hoạch số 78-KH/HU': the commune carries it out
            subject = carrier.get(id(mn), mn) if _AND_ONLY.fullmatch(gap) else mn
            then = _AND_THEN.search(gap) if subject is mn else None
            if then and (not then.group("comma") or mn.subject_span is None) \
                    and ACTED_ON.search(df.f, max(0, mn.start - 40), mn.start):
                break           # 'tổng kết ... thực hiện Chỉ thị 07 ... và triển khai Chỉ thị 11': the meeting's second act
            typ = link_type(c.group("cue"))
            sk, sat = basis_subject(subject, typ) if subject is mn else (subject.key, subject.start)
            objs = df.objects_at(c.end(), sk, typ)
            if objs:
                for o in objs:
                    add(sk, typ, o.key, df.p.span(min(sat, subject.start), o.end))
                    if typ in CARRYING and sk == subject.key:
                        carrier.setdefault(id(o), subject)     # (read by a basis cue after the object)
                for prev in coordinated_before(subject, objs) if typ in CARRYING and sk == subject.key else ():
                    for o in objs:
                        add(prev.key, typ, o.key, df.p.span(prev.start, o.end))
                break
    # '<A> về việc điều chỉnh, bổ sung ... của Đề án ..., ban hành kèm theo Quyết định số ...': A amends
    # the documents its title names (not those named inside their own titles)
    for mn in df.mentions:
        if not mn.key or mn.kind == "planned" or mn.subject_span is None:
            continue
        a, b = mn.subject_span
        if not AMENDING_SUBJECT.match(df.f, a):
            continue
        for o in df.mentions:
            if o.key and o.kind != "planned" and a < o.start < b and o.key != mn.key \
                    and not NESTED.search(df.f, max(a, o.start - 30), o.start):
                add(mn.key, "amends", o.key, df.p.span(mn.start, o.end))
    for sub, typ, o, at in basis:
        add(sub, typ, o.key, df.p.span(min(at, o.start), o.end))
    for typ, o in [*(("guides", o) for o in guided_in_title(df, own)), *(("based_on", o) for o in heading_bases(df))]:
        add(own, typ, o.key, df.p.span(o.start, o.end))
    for sub, typ, o, by in passive_links(df):
        add(sub, typ, o.key, df.p.span(o.start, by.end))
    for sub, o, by in stated_continuations(df, sentences):
        add(sub, "continues", o.key, df.p.span(by.start, o.end))
    for sub, o, at in follow_ups(df, sentences, own):
        add(sub, "continues", o.key, df.p.span(min(at, o.start), o.end))
    for typ, o in article_changes(df, sentences, own):
        add(own, typ, o.key, df.p.span(o.start, o.end))
    for o in ended_by_own(df, own):
        add(own, "replaces", o.key, df.p.span(o.start, o.end))
    # demonstrative subject -> the headline documents
    f = df.f
    for s in sentences if may_match(_DEMONSTRATIVE_FIRST, f) or may_match(_DEMONSTRATIVE, f) else ():
        m = (_DEMONSTRATIVE_FIRST.match(f, 0, s.end) if s.start == 0 else None) or _DEMONSTRATIVE.search(f, s.start, s.end)
        if not m:
            continue
        dc = _DEMO_CUE.search(f, m.end(), s.end)
        if not dc:
            continue
        between = [x for x in df.mentions if m.end() <= x.start < dc.start() and x.kind in ("numbered", "alias")]
        if between:
            continue
        objs = df.object_group(dc.end())
        for focused in focus:
            for o in objs:
                add(focused, link_type(dc.group("cue")), o.key, df.p.span(m.start(), o.end))
    return _without_contradictions(out, own)


def _without_contradictions(links: list[Link], own: str | None) -> list[Link]:
    """The links but one a second link of the same two documents denies: a document does not carry out the one it
    replaces or amends ('Chỉ thị này thay thế Chỉ thị số 05/CT-UBND' read again as carrying it out), and of two links
    in opposite directions the one into the text's own document goes ('Chương trình ... căn cứ Kế hoạch số 12-KH/TU',
    with the plan's own cue read back onto the programme): the text speaks from its own document."""
    changed = {(x.from_, x.to) for x in links if x.type in ("replaces", "amends")}
    pairs = {(x.from_, x.to) for x in links}
    return [x for x in links if not (x.type == "implements" and (x.from_, x.to) in changed)
            and not (x.to == own and (x.to, x.from_) in pairs)]


# a document carries out, continues or guides one of its own level or above (LEVEL_RANK: the centre first); the level of
# the document said to do so must be fixed by its number's issuer code (a front's or a department's plan is taken for
# the province's where the text does not say its level)
_FIXED_LEVEL = {"TW": "central", "CP": "central", "TTg": "central", "QH": "central", "TU": "province", "HU": "district"}
_DOWNWARD = {"implements", "continues", "guides"}


def within_levels(links: list[Link], levels: dict[str, tuple[str | None, str | None, str | None]],
                  own: str | None) -> list[Link]:
    """The links but those that carry out, continue or guide a document of a lower level than the one said to do it.
    Such a link comes of a list read onto the wrong document: in a commune's plan 'nhằm cụ thể hóa Kế hoạch số 46-KH/TU
    của Tỉnh ủy thực hiện Nghị quyết số 57-NQ/TW và Nghị quyết Đại hội Đảng bộ xã', the congress's resolution is the
    commune plan's, not the province's. The link goes to the text's own document (``own``) where that stands at the
    lower document's level and is no report (a report carries nothing out), else it is dropped. ``levels``: each
    document's level, type and issuer code by its key."""
    none: tuple[str | None, str | None, str | None] = (None, None, None)
    have = {(x.from_, x.type, x.to) for x in links}
    out = []
    for x in links:
        level, _, code = levels.get(x.from_, none)
        a = LEVEL_RANK.get(level or "") if _FIXED_LEVEL.get(code or "") == level else None
        b = LEVEL_RANK.get(levels.get(x.to, none)[0] or "")
        if x.type not in _DOWNWARD or a is None or b is None or a >= b:
            out.append(x)
            continue
        own_level, kind, _ = levels.get(own or "", none)
        if own and own not in (x.from_, x.to) and LEVEL_RANK.get(own_level or "") == b and kind != "BC" \
                and (own, x.type, x.to) not in have:
            have.add((own, x.type, x.to))
            out.append(Link(own, x.type, x.to, span=x.span))
    return out
