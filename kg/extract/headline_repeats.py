"""A figure told twice (kg.extract.quantities hands its targets and outcomes here): a figure of a page's headline that
its body gives again, a result of a subheading that the paragraph under it gives again, and a goal named again as a goal later on ('phấn đấu hoàn thành chỉ tiêu 6 hợp tác xã'); the
fact is kept once. Also a figure, a task, a meeting or a document of another page's headline, listed under 'Tin liên quan:', or of the site's
footer: no fact of this page.
Reads the text alone; imports ``kg.facts`` and ``kg.extract.text`` only."""
from __future__ import annotations

import re
from typing import TypeVar

from kg.extract.text import folded_pattern, line_matches
from kg.facts import Assignment, Event, Outcome, Target

_Fact = TypeVar("_Fact", Target, Outcome, Assignment, Event)


# a line of breadcrumbs: short pieces joined by '>', '»' or '›'
_CRUMBS = re.compile(r"[ \t]*[^\n>»›.;:]{1,40}(?:[>»›][^\n>»›.;:]{1,40})+[ \t]*")
# a line of short pieces joined by '|': a menu, a section and the date, the date and the views ('Nông nghiệp - Nông thôn |
# 23/12/2025', 'Ngày đăng: 27/12/2024 | Người đăng: Ban biên tập')
_BARS = re.compile(r"[ \t]*[^\n|]{1,50}(?:\|[^\n|]{1,50})+[ \t]*")
# a page's masthead in capitals ('BÁO CẦN THƠ') and its date line ('Thứ Bảy, 20/12/2025', '18/08/2023 - 19:56',
# 'Thứ Ba, 14/10/2025 | 16:32 (GMT+7)', 'Đăng lúc: 09/01/2025 - 08:05', the time after a space: 'Thứ Hai, 12/01/2026 07:45'); each
# word ends at a word's edge, so a long run of letters cannot be split between the repeats in many ways (backtracking)
_DATE_LINE = re.compile(r"[ \t]*(?:[^\W\d_]+(?![^\W\d_])[ \t]*){0,3}[,:]?[ \t]*\d{1,2}[/-]\d{1,2}[/-]\d{4}(?:[ \t]*[-,|]?[ \t]*\d{1,2}[:h]\d{2})?"
                        r"(?:[ \t]*\(GMT[ \t]*[+-][ \t]*\d{1,2}\))?[ \t]*")       # ('| 16:32 (GMT+7)')


# a site's name in words ('Báo Cao Bằng', 'Cổng thông tin điện tử tỉnh Hà Tĩnh', 'Tạp chí Cộng sản') or a place's name
# alone ('Lào Cai', 'Đắk Lắk'), over the headline: a few words, each capitalised, or opening on the kind of the site
_SITE_NAME = re.compile(r"(?:báo(?![ \t]+cáo)|tạp chí|cổng thông tin|trang thông tin|đài phát thanh)(?![^\W\d_])", re.I)
_SITE_WORDS = 6


def _site_name(line: str) -> bool:
    """The line (stripped) names a site or a place, with no figure nor sentence's mark ('Báo Cao Bằng')."""
    words = line.split()
    return len(line) <= 60 and not any(ch.isdigit() or ch in ".,;:!?" for ch in line) and (
        bool((m := _SITE_NAME.match(line)) and words[0][0].isupper() and any(w[0].isupper() for w in line[m.end():].split()))
        or (len(words) <= _SITE_WORDS and all(w[0].isupper() for w in words)))


def _above_headline(t: str, a: int, b: int) -> bool:
    """The line ``a``..``b`` stands above a page's headline: blank, breadcrumbs, the masthead (in capitals, or a site's
    or place's name in words), the date line or a line of pieces joined by bars."""
    line = t[a:b].strip()
    masthead = len(line) <= 60 and (not any(ch.islower() or ch.isdigit() for ch in line) or _site_name(line))
    # (a date line or a trail of breadcrumbs is short: a long first line is neither, and is not scanned for them)
    return not line or masthead or (b - a <= 200 and bool(_CRUMBS.fullmatch(t, a, b) or _DATE_LINE.fullmatch(t, a, b)
                                                          or _BARS.fullmatch(t, a, b)))

# a goal named as one before its figure: '... hoàn thành chỉ tiêu 6 hợp tác xã' (read on the source text)
_NAMED_GOAL = re.compile(r"(?<![^\W\d_])chỉ[ \t]+tiêu[ \t]+$", re.I)
# a result said with its plan, 'A/B' ('950/800 ngày công'), where a goal's span begins
_PAIR = re.compile(r"\d[\d.,]*[ \t]*/[ \t]*\d")


def _table_cell(source: str, x: Target) -> bool:
    """The goal ``x`` was read from a table's row, a line of cells joined by '|'."""
    a = source.rfind("\n", 0, x.span[0]) + 1
    b = source.find("\n", x.span[0])
    return source.count("|", a, b if b >= 0 else len(source)) >= 2


def without_restated_goals(source: str, targets: list[Target]) -> list[Target]:
    """A goal named again as a goal ('chỉ tiêu 6 hợp tác xã') or as the plan of a result 'A/B' ('đề ra huy động 800
    ngày công; ... đã đóng góp 950/800 ngày công'), with the figure, unit, document and period of one stated before
    it, is that goal again (a share is left: '100%' is too common to be the same goal). So is an annex table's cell
    for a year whose goal the text states in words, the same figure of the same document, unit and year ('Diện tích
    cây dược liệu | ha | 2.000 | ... | 4.000' under 'đến năm 2030 ... đạt 4.000 ha trở lên'): the words are kept."""
    if "|" in source:
        stated = {(x.document, x.value, (x.unit or "").split(" ")[0], x.period) for x in targets
                  if x.unit and "%" not in x.unit and not _table_cell(source, x)}
        targets = [x for x in targets if not ((x.document, x.value, (x.unit or "").split(" ")[0], x.period) in stated
                                              and _table_cell(source, x))]
    seen = set()
    out = []
    for x in targets:
        k = (x.document, x.value, x.unit, x.period)
        if k in seen and x.unit and "%" not in x.unit and (_NAMED_GOAL.search(source, max(0, x.span[0] - 16), x.span[0])
                                                            or _PAIR.match(source, x.span[0], x.span[1])):
            continue
        seen.add(k)
        out.append(x)
    return out


def without_headline_repeats(p, t: str, targets: list[Target], outcomes: list[Outcome]) -> tuple[list[Target], list[Outcome]]:
    """A figure of the headline that the body gives again is the body's fact, told twice: 'Lục Ngạn: 21/24 chỉ
    tiêu đạt và vượt' above '... 21/24 chỉ tiêu chủ yếu đạt và vượt ...'; so is a subheading's result that the
    paragraph under it gives (without_subheading_repeats)."""
    outcomes = without_subheading_repeats(p.source, bare_shares_placed(outcomes))
    start = 0
    nl = t.find("\n")
    # the headline may stand under a page's masthead, date line, breadcrumbs ('Trang chủ > Tin tức') and blank lines
    while nl >= start and _above_headline(t, start, nl) and start < 400:
        start = nl + 1
        nl = t.find("\n", start)
    if nl <= start or not t[start:nl].strip() or t[start:nl].rstrip()[-1:] in ".;:" or nl - start > 250:
        return targets, outcomes
    head_end = p.span(nl, nl)[0]         # facts carry offsets in the source text
    said: list[Target | Outcome] = [*targets, *outcomes]
    body_values = {x.value for x in said if x.span[0] >= head_end}

    def keep(x) -> bool:
        return x.span[0] >= head_end or x.value not in body_values
    outcomes = [x for x in outcomes if keep(x)]
    headline_results_placed(head_end, outcomes)
    return [x for x in targets if keep(x)], outcomes


# the most characters of a subheading: a line standing alone between blank lines, with no sentence's end ('Giải ngân
# vốn đầu tư công mới đạt 62,4%' above the paragraph that gives '... giải ngân được 6.365 tỷ đồng, đạt 62,4% kế hoạch')
_SUBHEADING_CHARS = 120
_BLANK_BEFORE = re.compile(r"\n[ \t]*\n[ \t]*$")
# (a subheading stands in the body, after a paragraph closed as a sentence: the page's headline, over the body, is
# read by without_headline_repeats)
_SENTENCE_BEFORE = re.compile(r"[.!?…][ \t]*\n")
_BLANK_AFTER = re.compile(r"[ \t]*\n(?:[ \t]*\n)?")      # (the paragraph may follow on the next line)


def _paragraph_under(source: str, x: Outcome, body_start: int) -> tuple[int, int] | None:
    """Where the paragraph under the subheading that holds ``x`` stands in ``source``, or None where ``x`` stands on
    no subheading (a line between blank lines, short, not closed as a sentence, from ``body_start`` on: after the
    first line closed as a sentence)."""
    a = source.rfind("\n", 0, x.span[0]) + 1
    b = source.find("\n", x.span[0])
    if b < 0 or b - a > _SUBHEADING_CHARS or source[a:b].rstrip()[-1:] in ".;:" \
            or a < body_start or not _BLANK_BEFORE.search(source, max(0, a - 8), a):
        return None
    gap = _BLANK_AFTER.match(source, b)
    if gap is None:
        return None
    end = source.find("\n\n", gap.end())
    return gap.end(), end if end >= 0 else len(source)


def _unit_head(x: Outcome) -> str:
    return (x.unit or "").split(" ")[0].lower()


def without_subheading_repeats(source: str, outcomes: list[Outcome]) -> list[Outcome]:
    """The outcomes but a subheading's that the paragraph under it gives again (the same value, a share as a share,
    else of the same unit's first word): the paragraph's fact, told twice. A subheading's figure the paragraph does not
    give stays."""
    if "\n\n" not in source:
        return outcomes
    closed = _SENTENCE_BEFORE.search(source)
    if closed is None:
        return outcomes
    out = []
    for x in outcomes:
        under = _paragraph_under(source, x, closed.end())
        pct = (x.unit or "").startswith("%")
        if under is not None and any(y is not x and under[0] <= y.span[0] < under[1] and y.value == x.value
                                     and ((y.unit or "").startswith("%") if pct else _unit_head(y) == _unit_head(x))
                                     for y in outcomes):
            continue
        out.append(x)
    return out


def headline_results_placed(head_end: int, outcomes: list[Outcome]) -> None:
    """A result of the headline (before ``head_end``) tied to no document sums up the body ('Tỉnh đoàn: 14/15 chỉ tiêu
    đạt và vượt' above a review of the plan that set them): it is of the document most of the body's results are
    of, where one is (more than half of them); where none is, it stays tied to none. A share of a plan is left to
    bare_shares_placed."""
    body = [x.document for x in outcomes if x.span[0] >= head_end]
    # (a share or margin of a plan is placed by the plan it is measured by, bare_shares_placed)
    loose = [x for x in outcomes if x.span[0] < head_end and x.document is None and not (x.unit or "").startswith("% ")]
    if not loose or not body:
        return
    top = max(set(body), key=body.count)
    if top is not None and 2 * body.count(top) > len(body):
        for x in loose:
            x.document = top


def bare_shares_placed(outcomes: list[Outcome]) -> list[Outcome]:
    """A share or a margin of a plan tied to no document ('vượt 11,5% chỉ tiêu' in a headline, under a section's name)
    is of the one plan the text's other shares of that word are measured by ('bằng 111,5% chỉ tiêu BHXH tỉnh giao';
    tests/ANNOTATION.md (i), (k)); where they name several, or none, it stays tied to none."""
    for x in outcomes:
        if x.document is None and x.unit and x.unit.startswith("% "):
            plans = {o.document for o in outcomes if o is not x and o.unit == x.unit}
            if len(plans) == 1:
                x.document = plans.pop()
    return outcomes



# the heading of a list of other pages of the site, on a line of its own or before the first item ('Tin liên quan:',
# 'Bài liên quan:', 'Tin cùng chuyên mục', 'Xem thêm: ...', 'Đọc thêm:')
_RELATED_HEADING = folded_pattern(r"^[ \t]*(?:(?:tin|bài|bài viết)[ \t]+(?:liên quan|cùng chuyên mục|khác|đọc nhiều)"
                                  r"|xem thêm|đọc thêm)(?![a-z])[ \t]*:?", re.M)
_BLANK_LINE = re.compile(r"\n[ \t]*\n")

#: the spans, in the source text, of a text's lists of other pages (``related_pages``)
Spans = tuple[tuple[int, int], ...]
#: a text with no list of other pages: what a caller that reads none gives (an empty tuple, which nothing can change)
NO_RELATED: Spans = ()


# the first line of a site's footer, under the article and the lists of other pages: its copyright ('Bản quyền thuộc về
# Báo ...', '© 2025 ...'), its press licence ('Giấy phép số 85/GP-BTTTT ...', 'Giấy phép hoạt động báo chí ...'), its
# owner and editor ('Cơ quan chủ quản: ...', 'Chịu trách nhiệm nội dung: ...', 'Tổng biên tập: ...') or its request to
# credit it ('Ghi rõ nguồn ... khi phát hành lại'); ('Giấy phép xây dựng được cấp cho ...' opens a sentence of an article)
_FOOTER_LINE = folded_pattern(r"^[ \t]*(?:©|copyright(?![a-z])|bản quyền(?:[ \t]+(?:thuộc|©|\d{4}))"
                              r"|giấy phép[ \t]+(?:số[ \t]+\d+[^\n]{0,8}/gp|hoạt động báo chí|xuất bản|thiết lập)"
                              r"|cơ quan chủ quản[ \t]*:|chịu trách nhiệm (?:nội dung|xuất bản)[ \t]*:?|tổng biên tập[ \t]*:"
                              r"|ghi rõ nguồn)", re.M)
# a line of a page's share buttons and reading tools, alone on its line above or under the article ('Chia sẻ: Facebook
# Zalo In bài viết', 'Chia sẻ  Facebook  Twitter  Email', 'Cỡ chữ A- A A+'): no word of the article, and not its last
# line, under which a page's date may stand
_SHARE_LINE = folded_pattern(r"^[ \t]*(?:chia sẻ|cỡ chữ)[ \t]*:?(?:[ \t]*(?:facebook|zalo|twitter|email|in bài viết|in bài|"
                             r"in|lưu|sao chép liên kết|cỡ chữ|a-|a\+|a)(?![a-z])[ \t]*[|,:]?)+[ \t]*$", re.M)
#: how far from a text's end a footer's first line may stand (the footer's lines, a contact line or two): a line that
#: opens so further up is the article's
FOOTER_REACH = 600


def related_pages(p) -> Spans:
    """The lists of other pages' headlines in a prepared text, each from its heading to the next blank line ('Tin liên
    quan:\n- Lâm Đồng có thêm 15 sản phẩm OCOP đạt 4 sao', 'Tin khác:\n- Xã Thanh Hải ra quân làm đường ...'), a line of
    share buttons ('Chia sẻ: Facebook Zalo'), and the site's footer that closes it ('Bản quyền thuộc về ...', 'Giấy phép số ...', to its end): read once by the caller,
    which hands them to each step that leaves their facts out and to the finder of documents, which leaves out what
    they name (another page's plan, the site's licence)."""
    spans = []
    for m in line_matches(_RELATED_HEADING, p.folded):      # (tried at line starts only)
        end = _BLANK_LINE.search(p.folded, m.end())
        spans.append(p.span(m.start(), end.start() if end else len(p.folded)))
    spans += [p.span(m.start(), m.end()) for m in line_matches(_SHARE_LINE, p.folded)]
    foot = next(line_matches(_FOOTER_LINE, p.folded, max(0, len(p.folded) - FOOTER_REACH)), None)
    if foot is not None:
        spans.append(p.span(foot.start(), len(p.folded)))
    return tuple(spans)


def outside_spans(spans: Spans, at: int) -> bool:
    """Whether offset ``at`` lies outside every span of ``spans``."""
    return not any(a <= at < b for a, b in spans)


def outside_related_pages(related: Spans, items: list[_Fact]) -> list[_Fact]:
    """The facts but those read from a list of other pages' headlines (``related``, from ``related_pages``): another
    page's figures, tasks or meetings, not this one's."""
    if not related or not items:
        return items
    return [x for x in items if outside_spans(related, x.span[0])]


def without_related_pages(related: Spans, targets: list[Target], outcomes: list[Outcome]
                          ) -> tuple[list[Target], list[Outcome]]:
    """The targets and outcomes but another page's (``outside_related_pages``)."""
    return outside_related_pages(related, targets), outside_related_pages(related, outcomes)
