"""The documents a text is about, read from its first paragraphs that name documents: its own document (an official
text's heading number, else a heading that titles it in capitals with no number, else a local document it says was
issued), the documents its lead names, and a central one it
reports as just issued. kg.extract.scope reads each offset's document from these."""
from __future__ import annotations

from kg.extract.mention_model import DocInfo, Mention
from kg.extract.document_dates import heading_number
from kg.extract.text import Segment, folded_pattern

# a document said issued just before it is named: 'Huyện ủy ban hành Kế hoạch số ...'
# (or signed, as news says of a chair or a minister: 'Chủ tịch UBND tỉnh vừa ký Quyết định số ...')
ISSUED_BEFORE = folded_pattern(r"(?:ban hành|thông qua|phê duyệt|(?<![a-z])(?:vừa|đã|mới)[ \t]+ký)[ \t]+$")
# a central document the text reports as just issued: 'Bộ Chính trị vừa có Kết luận số 127-KL/TW',
# 'Chính phủ ban hành Nghị quyết số 134/NQ-CP'
_ISSUED_CENTRAL_BEFORE = folded_pattern(r"(?:ban hành|vừa có|vừa ra|đã ra|ký ban hành|thông qua|(?<![a-z])(?:vừa|đã|mới)[ \t]+ký)"
                                        r"[ \t]+$")
LOCAL_LEVELS = {"province", "district", "commune"}
# a local document a conference in the text launches: 'tổ chức hội nghị học tập, quán triệt Nghị quyết số 70-NQ/TW ... và
# triển khai Kế hoạch số 112-KH/ĐU ...', 'hội nghị triển khai Kế hoạch số 96/KH-UBND' (not a review's conference that also
# passes a plan on: 'hội nghị sơ kết ... Kế hoạch số 21/KH-MTTQ ..., triển khai Kế hoạch số 55 ...')
_LAUNCHED_BEFORE = folded_pattern(r"(?<![a-z])hội nghị(?:(?!sơ kết|tổng kết|đánh giá|kiểm điểm)[^.;\n]){0,260}?(?<![a-z])"
                                  r"triển khai[ \t]+(?:thực hiện[ \t]+)?$")
# 'Kỳ họp cũng thông qua Nghị quyết số 26 ...': one more document passed, not the one the text is about
_ALSO_ISSUED_BEFORE = folded_pattern(r"(?<![a-z])cũng[ \t]+(?:đã[ \t]+)?(?:ban hành|thông qua|phê duyệt)[ \t]+$")


# an item of a news roundup (tin vắn): a paragraph that opens on a bullet and the place its story is from ('* Lào Cai:
# Ban Thường vụ Tỉnh ủy vừa ban hành ...', '- Cần Thơ: Ngày 5/12, ...'); three of them make the page a roundup
_ROUNDUP_ITEM = folded_pattern(r"[ \t]*[*•+–-][ \t]*[^\W\d_][^\W\d_ \t]*(?:[ \t]+[^\W\d_]+){0,4}[ \t]*:[ \t]")
_ROUNDUP_MIN = 3


def roundup_items(f: str, paras: list[Segment]) -> set[int]:
    """Indices of the paragraphs that are the stories of a news roundup (_ROUNDUP_ITEM), none where fewer than
    _ROUNDUP_MIN open so: each story is about its own documents, a document one of them says issued is not the page's."""
    items = {i for i, para in enumerate(paras) if _ROUNDUP_ITEM.match(f, para.start, para.end)}
    return items if len(items) >= _ROUNDUP_MIN else set()


def titled_heading(mentions: list[Mention], f: str, t: str) -> str | None:
    """The key of a text's own unnumbered document named by its heading (tiêu đề): the text's first mention, a
    document without a number alone on one of its first lines and written in capitals ('NGHỊ QUYẾT ĐẠI HỘI ĐẠI BIỂU
    ĐẢNG BỘ XÃ ... LẦN THỨ I, NHIỆM KỲ 2025 - 2030' over the resolution's text). A headline that names a document in
    ordinary case, or goes on after it ('NGHỊ QUYẾT ĐẠI HỘI ĐI VÀO CUỘC SỐNG'), is news about it, not its heading."""
    first = min((m for m in mentions if m.key), key=lambda m: m.start, default=None)
    if first is None or first.kind != "named" or first.number is not None or first.start >= 400:
        return None
    line_start = f.rfind("\n", 0, first.start) + 1
    line_end = f.find("\n", first.end)
    line_end = len(f) if line_end < 0 else line_end
    if line_start != first.start or f[first.end:line_end].strip(" \t.") or len(t) != len(f):
        return None
    words = t[line_start:line_end]
    return first.key if words.upper() == words and any(c.isalpha() for c in words) else None


# a decision the text reports made, not cites: 'UBND tỉnh vừa có Quyết định số ...', 'Chủ tịch UBND tỉnh đã ký Quyết
# định số ...' (what it approves is what the text is about)
_MADE_BEFORE = folded_pattern(r"(?<![a-z])(?:(?:vừa|đã|mới)[ \t]+)?(?:có|ký|ra|ban hành|ký ban hành)[ \t]+$")


def approved_by_named(mentions: list[Mention], m: Mention, f: str) -> bool:
    """Whether ``m`` is what a numbered document named before it in its sentence approves or issues ('thực hiện
    Quyết định số 1865/QĐ-UBND ... phê duyệt Đề án kiên cố hóa ...': the đề án, without a number, is the decision's,
    read under its key, point (b)), the text citing that decision, not reporting it made ('vừa có Quyết định số ...
    phê duyệt Đề án ...' reports it). ('Đại hội thảo luận, thông qua Nghị quyết Đại hội ...': a congress that adopts
    its resolution names no numbered document before it.)"""
    return m.kind != "numbered" and any(o.key == m.key and o.kind == "numbered" and o.end <= m.start
                                        and not any(c in f[o.end:m.start] for c in ".;\n")
                                        and not _MADE_BEFORE.search(f, max(0, o.start - 24), o.start) for o in mentions)


def _issued(m: Mention, docs: dict[str, DocInfo], f: str) -> bool:
    """Whether the text says ``m``, a local or numbered document, was issued, adopted or approved just before naming
    it ('Huyện ủy ban hành Kế hoạch số ...', 'Kỳ họp đã thông qua Nghị quyết số ...')."""
    d = docs.get(m.key) if m.key and m.kind != "planned" else None
    return d is not None and d.level != "central" and (d.level in LOCAL_LEVELS or d.number is not None) \
        and ISSUED_BEFORE.search(f, max(0, m.start - 30), m.start) is not None


# how many documents a paragraph may say were issued, one each, before none of them is the text's own
_MANY_ISSUED = 3


def _many_issued(in_para: list[Mention], mentions: list[Mention], docs: dict[str, DocInfo], f: str) -> bool:
    """The paragraph's mentions ``in_para`` say _MANY_ISSUED documents or more were issued, each by its verb ('Tỉnh ủy
    Bắc Giang ban hành Chương trình số 25-CTr/TU; Tỉnh ủy Bắc Ninh ban hành Chương trình số 47-CTr/TU; ...'): the
    background of a text about what they have in common, as a roundup's stories are, not its own document. (What a
    decision the text cites approves is none: '... thực hiện Quyết định số 12/QĐ-UBND phê duyệt Đề án ...',
    approved_by_named.)"""
    return len({m.key for m in in_para if _issued(m, docs, f) and not approved_by_named(mentions, m, f)}) >= _MANY_ISSUED


def heading_key(mentions: list[Mention], f: str) -> str | None:
    """The key of an official text's own document: it names itself first, in its heading ('Số: 98/KH-UBND'); None
    where the text has no such heading."""
    return next((m.key for m in mentions if m.key and m.kind == "numbered" and heading_number(f, m.start, m.end)), None)


def text_documents(mentions: list[Mention], docs: dict[str, DocInfo], f: str,
                   paras: list[Segment], t: str = "") -> tuple[list[str], str | None, str | None]:
    """(focus, main_doc, central): the documents the text is about (those its first paragraph with
    documents names); its own document, a local one it says was issued (not in one story of a roundup, roundup_items);
    a central one it reports as just issued ('Bộ Chính trị vừa có Kết luận số ...')."""
    focus: list[str] = []
    main_doc = None
    central = None
    cited = None        # what a decision the text cites approves ('thực hiện Quyết định số ... phê duyệt Đề án ...')
    seen = 0
    own = heading_key(mentions, f)
    if own is not None and own in docs:
        main_doc = own
    elif t:
        titled = titled_heading(mentions, f, t)
        main_doc = titled if titled in docs else None
    stories = roundup_items(f, paras) if main_doc is None else set()
    for i, para in enumerate(paras):
        in_para = [m for m in mentions if para.start <= m.start < para.end and m.key]
        if not in_para:
            continue
        seen += 1
        if not focus:
            focus = list(dict.fromkeys(m.key for m in in_para if m.key and m.kind in ("numbered", "alias", "resolved")))
        if main_doc is None and i not in stories and not _many_issued(in_para, mentions, docs, f):
            for m in in_para:
                if m.kind == "planned" or not m.key:
                    continue
                d = docs.get(m.key)
                if d is None:
                    continue
                if _issued(m, docs, f) and not _ALSO_ISSUED_BEFORE.search(f, max(0, m.start - 40), m.start):
                    if not approved_by_named(mentions, m, f):
                        main_doc = m.key
                        break
                    cited = cited or m.key
                if central is None and d.level == "central" and m.kind == "numbered" \
                        and _ISSUED_CENTRAL_BEFORE.search(f, max(0, m.start - 30), m.start):
                    central = m.key
        if seen >= 2:
            break
    if main_doc is None and cited is not None \
            and not any(x.key != cited and _issued(x, docs, f) and not approved_by_named(mentions, x, f) for x in mentions):
        # a text about carrying out the đề án a cited decision approved is about that decision, point (b); one that
        # reports another document issued or adopted (the resolution of the sitting that heard the đề án's results)
        # is about that one
        main_doc = cited
    return focus, main_doc, central


def launched_plan(mentions: list[Mention], docs: dict[str, DocInfo], f: str, paras: list[Segment]) -> str | None:
    """The numbered local plan a conference in the text's first paragraphs that name documents launches (see
    _LAUNCHED_BEFORE), for a text that has no own document: at the conference that launches a plan, the text is about
    that plan, and what it reports of the years before is the plan's starting point, point (ah). (Not one story of a
    roundup's, roundup_items.)"""
    seen = 0
    stories = roundup_items(f, paras)
    for i, para in enumerate(paras):
        in_para = [m for m in mentions if para.start <= m.start < para.end and m.key]
        seen += bool(in_para)
        for m in in_para if i not in stories else ():
            d = docs.get(m.key) if m.key and m.kind == "numbered" else None
            if d is not None and d.level in LOCAL_LEVELS and d.number is not None \
                    and _LAUNCHED_BEFORE.search(f, max(0, m.start - 300), m.start):
                return m.key
        if seen >= 2:
            break
    return None
