"""Plans another level set (kế hoạch, chỉ tiêu, dự toán cấp trên giao), named only as what a figure is measured against
('bằng 87% dự toán tỉnh giao', '14/15 chỉ tiêu thi đua do Trung ương Hội giao') or with their amount ('Kế hoạch vốn năm 2023
huyện giao cho xã là 12 tỷ đồng'): documents without a number, keyed by the body that set them and what they measure
(tests/ANNOTATION.md (a)). A pass of kg.extract.unnumbered.UnnumberedDocuments; ``plan_amount_at`` tells where such a
plan's amount begins (kg.extract.report_scope gives it to the plan)."""
from __future__ import annotations

import re

from kg.extract.literals import may_match, scan_openings
from kg.extract.mention_model import Mention
from kg.extract.text import clean_ws, fold_same_length, folded_pattern, norm_body, sentence_start, vi

# the body that set a plan, as a figure's words name it: 'tỉnh', 'HĐND huyện', 'Trung ương Hội', 'Thủ tướng Chính phủ'
_SETTING_BODY = (r"(?P<body>(?:tỉnh ủy|huyện ủy|thành ủy|quận ủy|thị ủy|hđnd|ubnd|hội đồng nhân dân|ủy ban nhân dân|tỉnh|huyện|xã|phường|thành phố|"
                 r"cấp trên|trung ương hội|trung ương đoàn|trung ương|tỉnh hội|huyện hội|tỉnh đoàn|thành đoàn|thủ tướng chính phủ|chính phủ|"
                 # the central bodies of the front and the mass organisations, by their full names
                 # ('chỉ tiêu Ủy ban Trung ương MTTQ Việt Nam giao', 'do Trung ương Hội CCB Việt Nam giao')
                 r"(?:ủy ban[ \t]+)?trung ương[ \t]+(?:hội|mttq|mặt trận)(?:[ \t]+[a-z]+){1,6}?|"
                 # (a ministry, by its name: 'bằng 104% chỉ tiêu Bộ Công an giao')
                 r"bộ(?:[ \t]+[a-z]+){1,4}?|"
                 # (an association of a level by its name: 'chỉ tiêu Hội Nông dân tỉnh giao')
                 r"hội(?:[ \t]+[a-z]+){1,3}?(?=[ \t]+(?:tỉnh|huyện|thành phố|thị xã)[ \t]+giao)|"
                 r"tổng liên đoàn(?:[ \t]+lao động(?:[ \t]+việt nam)?)?)"
                 r"(?:[ \t]+(?:tỉnh|huyện|xã|phường|thành phố|thị xã))?)[ \t]+giao(?![a-z])")
# a plan set by another level, named after a figure measured against it: '... đạt 120% kế hoạch HĐND huyện giao',
# '99% kế hoạch tỉnh giao', 'bằng 87% dự toán tỉnh giao', '14/15 chỉ tiêu thi đua do Trung ương Hội giao', 'đạt 94% kế
# hoạch tăng trưởng tín dụng Thủ tướng Chính phủ giao' (the plan's word, what it is about, the body that set it, 'giao')
_ASSIGNED_PLAN = re.compile(vi(r"(?P<plan>kế hoạch|chỉ tiêu|dự toán)(?P<about>(?:[ \t]+[a-z]+){0,5}?)[ \t]+(?:do[ \t]+)?"
                               + _SETTING_BODY))
# ... and one named with its own amount after it: 'Kế hoạch vốn sự nghiệp năm 2023 huyện giao 9 tỷ đồng', 'Tổng kế
# hoạch vốn năm 2025 tỉnh giao cho huyện là 210 tỷ đồng', 'Dự toán thu ngân sách xã năm 2027 huyện giao là
# 14 tỷ đồng' (the year within what it is about or after the level it was given to); group 'amount' is where the
# amount begins
_PLAN_WITH_AMOUNT = folded_pattern(r"(?<![a-z])(?P<plan>kế hoạch|dự toán)(?P<about>(?:[ \t]+[a-z]+){0,10}?)"
                                  r"(?:[ \t]+năm[ \t]+(?P<year>(?:19|20)\d\d))?[ \t]+(?:do[ \t]+)?" + _SETTING_BODY
                                  + r"(?:[ \t]+cho[ \t]+(?:xã|phường|thị trấn|huyện|thị xã|thành phố|đơn vị|địa phương)(?![a-z]))?"
                                  r"(?:[ \t]+năm[ \t]+(?P<year2>(?:19|20)\d\d))?[ \t]*(?:là|:)?[ \t]*(?P<amount>\d)")
# the figure before such a plan is a result measured against it: a share ('104%') or a part of it ('14/15'), or the
# whole a tally of its goals counts in ('trong 14 chỉ tiêu Trung ương Đoàn giao, ... hoàn thành vượt 11 chỉ tiêu')
# ('vượt 12% so với chỉ tiêu Trung ương Đoàn giao', 'vượt 12 điểm phần trăm so với kế hoạch tỉnh giao': a margin over it)
_RESULT_BEFORE_PLAN = re.compile(vi(r"(?:[%‰]|\d/[\d.,]*\d|(?<![a-z])trong[ \t]+\d{1,3}|\d[ \t]+điểm phần trăm)"
                                    r"(?:[ \t]+so với)?[ \t]$"))
# the measure a plan's percentage is of: 'thu ngân sách đạt 120% ...' (the words before 'đạt' in its clause)
_MEASURED = re.compile(vi(r"(?:^|[,;:.\n][ \t]*)(?P<what>[a-zđ][^,;:.\n\d%]{2,60}?)[ \t]+(?:đạt|bằng)[ \t]+[^,;:.\n]*$"))
_YEAR_IN = re.compile(vi(r"(?<![a-z])năm[ \t]+((?:19|20)\d\d)(?!\d)"))
# the year another level gave its quota in, said earlier in the paragraph: 'năm 2025 BHXH tỉnh giao BHXH cơ sở ... chỉ
# tiêu ...' before 'Kết quả, ..., bằng 102% chỉ tiêu BHXH tỉnh giao' (a year-end page dated in the next year)
_GIVEN_IN_YEAR = re.compile(vi(r"(?<![a-z])năm[ \t]+((?:19|20)\d\d)[ \t]*,?[ \t]+(?:[a-z]+[ \t]+){1,4}?giao(?![a-z])"))
# a share that opens its clause after a comma ('kết nạp mới 240 hội viên, đạt 120% chỉ tiêu ... giao'), and a clause
# that is itself a share of the body's own plan, passed over on the way back ('..., đạt 108% kế hoạch, bằng 115% ...')
_SHARE_OPENS = re.compile(vi(r"[ \t]*(?:và[ \t]+)?(?:đạt|bằng|vượt)[ \t]+\d[\d.,]*[ \t]*%[ \t]*"))
# the result that share is of, in the clause before it: the measure before 'đạt' ('Thu ngân sách trên địa bàn đạt 2,15
# tỷ đồng'), else what its figure counts ('240 hội viên', '95 đoàn viên đã được kết nạp'); a sum of money counts
# nothing that says what was assigned
_MEASURE_BEFORE_AMOUNT = re.compile(vi(r"[ \t\n]*(?P<what>[a-zđ][^\d%,;:\n]{2,60}?)[ \t]+(?:ước[ \t]+)?(?:đạt|là)[ \t]+\d"))
# ... or what a sum of money measures, the sum right after it ('Giải ngân vốn đầu tư công 62,4 tỷ đồng', '... đạt 62,4 tỷ
# đồng')
_MEASURE_OF_SUM = re.compile(vi(r"[ \t\n]*(?:[-–+•][ \t]*)?(?P<what>[a-zđ][^\d%,;:\n]{2,60}?)[ \t]+"
                                r"(?:(?:ước[ \t]+)?(?:đạt|là)[ \t]+)?\d[\d.,]*[ \t]+(?:(?:tỷ|triệu|nghìn|ngàn)[ \t]+)?đồng(?![a-z])"))
# (a level's number is a word of the noun: 'tài khoản định danh điện tử mức độ 2 được kích hoạt')
_COUNTED = re.compile(vi(r"\d(?:[\d.,/]*\d)?[ \t]+(?P<noun>(?!(?:tỷ|triệu|nghìn|ngàn|đồng)(?![a-z]))[a-zđ](?:[^\d%,;:\n]|(?<=mức )\d|(?<=mức độ )\d){1,60}?)[ \t]*$"))
_CLAUSE_BREAKS = (", ", "; ", ": ", ". ", "\n")
# spending ('dự toán chi', 'chi thường xuyên'), read on the source text: folded, 'chi' is also 'chỉ' ('chỉ số')
_SPENDING = re.compile(r"(?<![^\W\d_])chi(?![^\W\d_])", re.IGNORECASE)


def assigned_plans(t: str, f: str, text_year: int | None) -> list[Mention]:
    """'thu ngân sách đạt 120% kế hoạch HĐND huyện giao', 'bằng 87% dự toán tỉnh giao': the plan another level
    set, a document without a number, named by the body that set it and what it measures: the words before
    'đạt / bằng' in the figure's clause, else the plan's own words ('KH:HĐND huyện giao thu ngân sách năm
    2018', 'KH:Trung ương Hội giao chỉ tiêu thi đua năm 2024'); the year is the clause's, else the text's. And
    those named with their amount (_plans_with_amounts)."""
    out = _plans_with_amounts(t, f, text_year)
    # (the same plan named again by a share of it, 'bằng 71% kế hoạch vốn tỉnh giao', takes the key its amount gave it)
    with_amount = [(fold_same_length(m.issuer.lower()), k.rsplit(" năm ", 1)[-1] if " năm " in k else None, k)
                   for m in sorted(out, key=lambda m: m.start) if m.issuer and (k := m.key)]
    bodies: set[str] = set()
    estimates: dict[tuple[str, str | None, bool], str] = {}
    for pm in scan_openings(_ASSIGNED_PLAN, f) if may_match(_ASSIGNED_PLAN, f) else ():
        s = pm.start()
        if not _RESULT_BEFORE_PLAN.search(f, max(0, s - 32), s) or any(m.start == s for m in out):
            continue        # 'đối với 11 chỉ tiêu Trung ương Hội giao:' counts the goals, it measures no result
        what = _MEASURED.search(f, max(0, s - 120), s)
        ym = _YEAR_IN.search(f, sentence_start(f, s), s)
        given = None if ym else [g.group(1) for g in _GIVEN_IN_YEAR.finditer(f, max(0, f.rfind("\n", 0, s)), s)]
        year = ym.group(1) if ym else given[-1] if given else (str(text_year) if text_year else None)
        body = norm_body(t[pm.start("body"):pm.end("body")])
        about = clean_ws(t[what.start("what"):what.end("what")]) if what \
            else clean_ws(t[pm.start("plan"):pm.end("about")]).lower()
        # a bare 'chỉ tiêu' or 'kế hoạch' says nothing of what was assigned (a 'dự toán' is a budget's): the result
        # it measures does ('chỉ tiêu hội viên'); not where the body's assignment was named before, which this one
        # repeats
        if not what and not pm.group("about").strip() and pm.group("plan") != "du toan" \
                and fold_same_length(body.lower()) not in bodies:
            result = _measured_result(t, f, s)
            if result:
                about = f"{about} {result}"
        elif not what and pm.group("about").strip():
            about = _named_in_full(t, f, s, t[pm.start("plan"):pm.end("plan")], clean_ws(t[pm.start("about"):pm.end("about")])) \
                or about
        bodies.add(fold_same_length(body.lower()))
        key = f"KH:{body} giao {about}" + (f" năm {year}" if year else "")
        words = set(fold_same_length(about.lower()).split())
        # (a share whose clause names no year is of the plan of that body named so, the last in the text)
        named = [k for b, y, k in with_amount if b == fold_same_length(body.lower()) and (y == year or not ym)
                 and words <= set(fold_same_length(k.lower()).split())]
        if not what and named:
            key = named[-1]
        if pm.group("plan") == "du toan":
            # a body's budget estimate of a year named again is the same one ('bằng 60% dự toán huyện giao ...
            # Phấn đấu thu ngân sách đến hết năm đạt 100% dự toán thành phố giao'), its spending apart from its revenue
            spends = bool(_SPENDING.search(t, what.start("what"), what.end("what"))) if what else False
            same = [k for (b, y, sp), k in estimates.items() if b == fold_same_length(body.lower()) and sp == spends
                    and (y == year or not ym)]
            key = same[0] if same else estimates.setdefault((fold_same_length(body.lower()), year, spends), key)
        mn = Mention(s, pm.end(), "KH", None, None, kind="named", key=key)
        mn.issuer = body
        mn.yardstick = True
        out.append(mn)
    return out


def _plans_with_amounts(t: str, f: str, text_year: int | None) -> list[Mention]:
    """'Kế hoạch vốn sự nghiệp năm 2023 huyện giao 9 tỷ đồng': the plan another level set, named with its amount
    (tests/ANNOTATION.md (a), (z)), keyed as a share names it: the body, what was assigned, the year ('KH:Tỉnh giao kế
    hoạch vốn sự nghiệp năm 2023'); the year is the plan's, else the text's."""
    out: list[Mention] = []
    for pm in _PLAN_WITH_AMOUNT.finditer(f) if may_match(_PLAN_WITH_AMOUNT, f) else ():
        year = pm.group("year") or pm.group("year2") or (str(text_year) if text_year else None)
        body = norm_body(t[pm.start("body"):pm.end("body")])
        about = clean_ws(t[pm.start("plan"):pm.end("about")]).lower()
        mn = Mention(pm.start(), f.index("giao", pm.end("body")) + 4, "KH", None, None, kind="named",
                     key=f"KH:{body} giao {about}" + (f" năm {year}" if year else ""))
        mn.issuer = body
        mn.yardstick = True
        out.append(mn)
    return out


def plan_amount_at(f: str, start: int) -> int | None:
    """Where the amount of the plan another level set, named at ``start`` of the folded text with its amount after
    it, begins ('... huyện giao cho xã là 12 tỷ đồng'); None where no amount follows the plan's name."""
    m = _PLAN_WITH_AMOUNT.match(f, start)
    return m.start("amount") if m else None


def _measured_result(t: str, f: str, s: int, sums: bool = False) -> str | None:
    """What the share before the plan at ``s`` is of, where the share opens its clause: the measure or the counted
    thing of the clause before it (see _MEASURE_BEFORE_AMOUNT, _COUNTED), as written; with ``sums``, only what a sum of
    money measures (_MEASURE_OF_SUM: to name a plan of funds at more length; not otherwise, since a sum's words before
    it are often no measure, 'Riêng Quỹ cấp tỉnh tiếp nhận 11,5 tỷ đồng')."""
    end = max(f.rfind(b, 0, s) for b in _CLAUSE_BREAKS)
    if end < 0 or not f.startswith(", ", end) or not _SHARE_OPENS.fullmatch(f, end + 1, s):
        return None
    for _ in range(3):
        a = max(f.rfind(b, 0, end) for b in _CLAUSE_BREAKS)
        start = a + (1 if f[a:a + 1] == "\n" else 2) if a >= 0 else 0
        if not (f.startswith(", ", a) and _SHARE_OPENS.match(f, start, end)):
            break
        end = a
    else:
        return None
    m = _MEASURE_OF_SUM.match(f, start, end) if sums \
        else _MEASURE_BEFORE_AMOUNT.match(f, start, end) or _COUNTED.search(f, start, end)
    if m is None:
        return None
    g = "noun" if m.re is _COUNTED else "what"
    return clean_ws(t[m.start(g):m.end(g)])


def _named_in_full(t: str, f: str, s: int, plan: str, own: str) -> str | None:
    """A plan named short by its own words ('kế hoạch vốn tỉnh giao') whose share follows the result it measures, where
    that result names the same thing at more length ('Giải ngân vốn đầu tư công 62,4 tỷ đồng, đạt 71,5% kế hoạch vốn
    tỉnh giao'): what was assigned, as the result names it from the plan's first word on ('kế hoạch vốn đầu tư công');
    None where the result names something else or no more."""
    result = _measured_result(t, f, s, sums=True)
    if not result:
        return None
    folded, first = fold_same_length(result.lower()), fold_same_length(own.lower()).split()[0]
    at = re.search(rf"(?<![a-z]){re.escape(first)}(?![a-z])", folded)
    if at is None or len(folded) - at.start() <= len(own) or not folded.startswith(fold_same_length(own.lower()), at.start()):
        return None
    return f"{plan.lower()} {result[at.start():]}"
