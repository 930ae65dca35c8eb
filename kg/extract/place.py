"""The place a text reports on (địa bàn): page header, captions and body mentions of provinces and
districts (a district gives its province), the site's address ('Baophutho.vn'), and communes whose
name only one province has (a commune gives its province).

Each mention is weighed by where it stands and what it names:
- the page's own marks count most: the official header's issuing unit ('ĐẢNG BỘ TỈNH HƯNG YÊN'),
  the breadcrumb ('Lào Cai > Chính trị'), the masthead ('BÁO CẦN THƠ') and the site's address;
  the province they give is the page's home, and a body written without its province ('Tỉnh ủy',
  'UBND tỉnh', 'toàn tỉnh') counts for that home;
- a province named as the acting body ('Tỉnh ủy Gia Lai', 'UBND tỉnh Sơn La') counts more than a
  bare mention; one of a list of provinces ('các tỉnh Kon Tum, Đắk Lắk và Lâm Đồng': guests,
  neighbours) counts less; a mention in the first lines counts more.
Texts dated after the 2025 reform count every old province for the province that took it over, and
get the 2025 name and no district."""
from __future__ import annotations

import datetime as _dt
import re
from collections import defaultdict

from kg.extract.alternation import word_start
from kg.extract.text import fold_same_length, vi
from kg.facts import Place
from kg.text import place_mentions, places
from kg.text.typed_place import read_place_or_none

_HEAD = 400
# a province whose name changed before the 2025 reform: the registry's name -> (the earlier name, the day the
# new one began). Thừa Thiên Huế became Thành phố Huế on 1/1/2025; a text of 2023 reports on Thừa Thiên Huế.
_EARLIER_NAME = {"Huế": ("Thừa Thiên Huế", _dt.date(2025, 1, 1))}

# weights: a header mark of the page's own unit > the acting body > a bare mention > one of a list
_HEADER_WEIGHT = 6.0
_HOME_WEIGHT = 4.0
_BODY_BONUS = 1.0
_LIST_FACTOR = 0.5
_HEAD_FACTOR = 3.0

# the official header opens with the issuing unit in capitals, first line(s) of the text
_HEADER_UNIT = re.compile(vi(r"[ \t]*(?:(?:đảng bộ|ủy ban nhân dân|uỷ ban nhân dân|ubnd|hội đồng nhân dân|hđnd|"
                             r"ban chấp hành|bch)[ \t]+(?:tỉnh|thành phố|tp\.?)|tỉnh ủy|tỉnh uỷ|thành ủy|thành uỷ)[ \t]+"))
# a banner in capitals that ends on the province of its unit: 'HỘI NÔNG DÂN TỈNH BẮC GIANG', 'TỈNH ĐOÀN ...'
_BANNER_UNIT = re.compile(vi(r"(?:tỉnh|thành phố|tỉnh đoàn|thành đoàn)[ \t]+$"))
# a masthead: the newspaper, radio-television station or portal of a province
_MASTHEAD = re.compile(vi(r"[ \t]*(?:báo|đài phát thanh và truyền hình|đài pt-th|cổng thông tin điện tử|"
                          r"trang thông tin điện tử)[ \t]"))
# a line that names the page's source: 'Nguồn: Báo Bắc Giang', 'Theo Cổng TTĐT tỉnh ...', and a byline that
# names it after the writer: 'Nhật Hạ (theo Báo Bạc Liêu)'
_SOURCE_LINE = re.compile(vi(r"[ \t]*(?:[^\n()]{1,40}[ \t]\()?\(?(?:nguồn|theo)[ \t]*:?[ \t]*(?:báo|đài|cổng|trang)[^\n]{0,40}$"))
# a headline or dateline that opens on the province it reports on: 'Bạc Liêu: Sau 3 năm ...', 'QUẢNG NAM - Sáng ...'
# (a reprinting paper's masthead above it names where the paper is, not what it reports on)
_LEAD_PUNCT = re.compile(r"[ \t]*(?::|[-–][ \t])")
_LEAD_LINES = 8
# a breadcrumb's step after the first, whole between its separators
_STEP_BEFORE = re.compile(r"[>»][ \t]*$")
_STEP_AFTER = re.compile(r"[ \t]*(?:[>»]|\n|$)")
_DASH = re.compile(r"[ \t]*[-–][ \t]*")
# the acting body right before the name: 'Tỉnh ủy Gia Lai', 'UBND tỉnh Sơn La', 'Đảng bộ tỉnh'
_BODY_BEFORE = re.compile(vi(r"(?:tỉnh ủy|tỉnh uỷ|thành ủy|thành uỷ|(?:ubnd|ủy ban nhân dân|uỷ ban nhân dân|hđnd|"
                             r"hội đồng nhân dân|đảng bộ|ủy ban mttq|uỷ ban mttq|mttq)[ \t]+(?:tỉnh|thành phố|tp\.?))"
                             r"[ \t]*$"))
# the place of issue before the date in an official header
_ISSUED_AT = re.compile(vi(r"[ \t]*,[ \t]*ngày[ \t]+\d"))
# a central body's official header ('BỘ Y TẾ', 'CHÍNH PHỦ', 'BAN CHẤP HÀNH TRUNG ƯƠNG'): its place of issue ('Hà Nội,
# ngày ...') is the seat of the body that writes for the whole country, as a meeting's venue is (a province's own
# command, 'BỘ CHỈ HUY QUÂN SỰ TỈNH', names its province on the line)
_CENTRAL_HEADER = re.compile(vi(r"^[ \t]*(?:bộ(?![ \t]+chỉ huy)[ \t][^\n]{2,40}|chính phủ|thủ tướng chính phủ|quốc hội"
                                r"|ủy ban thường vụ quốc hội|văn phòng chính phủ|ban chấp hành trung ương(?: đảng)?|ban bí thư"
                                r"|bộ chính trị)[ \t]*$"), re.MULTILINE)
_LOCAL_WORD = re.compile(vi(r"(?<![a-z])(?:tỉnh|thành phố|huyện|quận|xã|phường)(?![a-z])"))
# where a meeting sits ('Sáng 12/10, tại Hà Nội, ...'): alone it says where, not what the text is about ('ở tỉnh
# Bến Tre', 'tại tỉnh ...' with the unit word place a body or a thing in its province)
_VENUE_BEFORE = re.compile(vi(r"(?<![a-z])tại[ \t]+$"))
# a district named as where a meeting sat: 'tại TP Vinh', 'tại huyện Đông Anh'
_DISTRICT_VENUE = re.compile(vi(r"(?<![a-z])tại[ \t]+(?:(?:tp|tx)\.?[ \t]*|(?:thành phố|thị xã|huyện|quận)[ \t]+)?$"))
# the link points of an online meeting: 'kết nối đến các điểm cầu tỉnh Quảng Trị, Nghệ An và Hà Tĩnh', 'điểm cầu các
# huyện Gio Linh, Vĩnh Linh': a list of them says where the meeting was followed, not what the text is about (one point,
# 'Tại điểm cầu tỉnh Quảng Trị, đồng chí Bí thư Tỉnh ủy chủ trì', is the page's own province and counts)
_POINT_BEFORE = re.compile(vi(r"(?<![a-z])(?P<many>các[ \t]+)?điểm cầu[ \t]+(?P<many2>các[ \t]+)?(?:(?:tỉnh|thành phố|tp\.?|huyện|quận|"
                              r"thị xã)[ \t]+)?$"))
# a person's title before that body: the person may be a guest ('Bí thư Tỉnh ủy Yên Bái dự')
_TITLE_BEFORE = re.compile(vi(r"(?:bí thư|chủ tịch|trưởng ban|giám đốc|ủy viên|uỷ viên|thường trực)[ \t]*$"))
# a list of provinces: 'các tỉnh Kon Tum, Đắk Lắk và Lâm Đồng', 'Hà Nam, Nam Định'
_LIST_JOIN = re.compile(vi(r"[ \t]*(?:,|và|, và|;)[ \t]*"))
_LIST_OPEN = re.compile(vi(r"(?:các|những|nhiều)[ \t]+(?:tỉnh|địa phương|tỉnh, thành(?: phố)?)[ \t]*$"))
# the page's own province written without its name: 'Tỉnh ủy tổ chức', 'toàn tỉnh', 'UBND tỉnh đã'
# (a body acts: it counts as one; 'toàn tỉnh', 'của tỉnh' count as a bare mention); word_start lets re skip
# ahead to the literal words
_UNNAMED = re.compile(word_start(vi(
    r"(?<![a-z])(?:tỉnh ủy|tỉnh đoàn|ubnd tỉnh|hđnd tỉnh|đảng bộ tỉnh|ủy ban mttq tỉnh|mttq tỉnh|hội nông dân tỉnh|"
    r"hội liên hiệp phụ nữ tỉnh|hội cựu chiến binh tỉnh|liên đoàn lao động tỉnh|toàn tỉnh|của tỉnh|trên địa bàn tỉnh)"
    r"(?=[ \t]*(?:[,.;:)\n]|[a-z0-9]))")))
_NOT_A_BODY = tuple(vi(w) for w in ("toàn", "của", "trên"))
# a former province after a merger: 'tỉnh Hà Nam cũ', 'Bình Định (cũ)', 'tỉnh Bình Định trước đây'. Matched on the text
# itself, not folded: folded, 'cũ' is also 'cử' and 'cụ' ('Đắk Lắk cử đoàn', 'Quảng Nam cụ thể hóa')
_FORMER_AFTER = re.compile(r"[ \t]*(?:\([ \t]*cũ[ \t]*\)|cũ(?![^\W\d_])|trước đây(?![^\W\d_]))", re.IGNORECASE)
_FORMER_FACTOR = 0.5


def find_place(text: str, text_date: _dt.date | None, hint: str | None, to_source, folded: str | None = None,
               own_level: str | None = None) -> Place:
    """``folded``: ``text`` folded letter for letter (kg.extract.text.fold_same_length), when the caller has it;
    ``own_level``: the level of an official text's own document (kg.extract.official_level), None for a page."""
    if hint:
        return _from_hint(hint, text_date)
    ms = place_mentions.find_places(text)
    # a commune page after the 2025 reform names its commune and rarely its province: a commune
    # name that only one province has counts for that province (kg.text.place_mentions.find_communes)
    scheme = None if text_date is None else ("2025" if text_date >= places.REFORM_START else "legacy")
    communes = place_mentions.find_communes(text, scheme)
    if communes:
        ms = sorted(ms + communes, key=lambda m: m.start)
    if not ms:
        return _from_candidates(text, scheme)
    if folded is None or len(folded) != len(text):
        folded = fold_same_length(text)
    # an undated text that calls a province former ('tỉnh Hà Nam cũ') was written after the merger; so was one that
    # names a commune or ward only the 2025 map has ('phường Hà Giang 1'): it is placed on that map (not dated by it)
    former = {n for n, m in enumerate(ms) if m.kind == "province" and _FORMER_AFTER.match(text, m.end)}
    new_map = text_date is None and (bool(former) or any(m.scheme == "2025" for m in communes))
    after_reform = (text_date >= places.REFORM_START) if text_date is not None else new_map
    line_starts = _line_starts(text)
    central = _central_header(text, folded)
    points = _link_points(ms, folded)
    prov: defaultdict[str, float] = defaultdict(float)
    dist: defaultdict[tuple[str, str], float] = defaultdict(float)
    first: dict[str, int] = {}
    home: defaultdict[str, float] = defaultdict(float)
    named_not_venue: set[str] = set()
    for n, m in enumerate(ms):
        name = m.name if m.kind == "province" else m.province
        if not name:
            if m.kind == "district":
                dist[(m.name, "")] += 1
            continue
        unit = _unit(name, after_reform)
        w, mark = _weight(m, n, ms, text, folded, line_starts)
        if n in former:
            w *= _FORMER_FACTOR
        prov[unit] += w
        if mark or not (_VENUE_BEFORE.search(folded, max(0, m.start - 20), m.start) or n in points
                        or (central and _ISSUED_AT.match(folded, m.end))):
            named_not_venue.add(unit)
        if mark:
            home[unit] += w
        first.setdefault(unit, m.start)
        if m.kind == "district" and n not in points and not _DISTRICT_VENUE.search(folded, max(0, m.start - 24), m.start):
            dist[(m.name, unit)] += w        # (where a meeting sat is not what the text reports on)
    if not prov:
        return _from_candidates(text, scheme)
    if home:
        # the page's own unit: a body it names without a province is that unit's
        top = max(home, key=lambda k: (home[k], -first.get(k, 0)))
        for x in _UNNAMED.finditer(folded):
            if not _named_after(text, x.end()):
                body = 0.0 if x.group(0).startswith(_NOT_A_BODY) else _BODY_BONUS
                prov[top] += (1.0 + body) * (_HEAD_FACTOR if x.start() < _HEAD else 1.0)
    best = max(prov, key=lambda k: (prov[k], -first.get(k, 0)))
    if not named_not_venue and not home:
        # only where a meeting sat ('tại Hà Nội, Ngân hàng Chính sách xã hội tổ chức hội nghị'): a national
        # text has no place; saying nothing beats naming the venue
        return Place()
    district = None
    # a district name several provinces have ('Châu Thành') belongs to the province the text is about
    ds = [(d, c) for (d, pv), c in dist.items()
          if pv == best or (not pv and not after_reform and places.province_of_district(d, best) == best)]
    top_weight = max((c for _, c in ds), default=0)
    if ds and sum(1 for _, c in ds if c == top_weight) == 1:
        # (several districts named alike, a cluster or a list of them, leave the text with its province alone)
        district = max(ds, key=lambda x: x[1])[0]
    span_m = next((m for m in ms if _unit(m.name if m.kind == "province" else m.province, after_reform) == best),
                  ms[0])
    span = (to_source(span_m.start), to_source(span_m.end))
    if after_reform or (own_level == "province" and district and not _in_header_unit(text, district)):
        # (a province's official text is the province's: a district it names is one of its parts, and the city
        # it is issued in ('Tam Kỳ, ngày ...') its seat; a city's own header names the city: 'UBND THÀNH PHỐ TAM KỲ')
        district = None
    elif best in _EARLIER_NAME:
        earlier, until = _EARLIER_NAME[best]
        # ('Thừa Thiên - Huế': the name may be written with a dash)
        if (text_date is not None and text_date < until) or (text_date is None and earlier in _DASH.sub(" ", text)):
            best = earlier
    return Place(best, district, span=span, scheme="2025" if new_map else None)


def _from_candidates(text: str, scheme: str | None) -> Place:
    """No name points to one province: the communes and districts whose names several provinces have
    may together leave one ('xã Tân Lập, huyện Châu Thành'). Otherwise nothing: a guess is worse."""
    sets = place_mentions.unit_candidates(text, scheme)
    if not sets:
        return Place()
    common = frozenset.intersection(*sets)
    if len(common) != 1:
        return Place()
    return Place(next(iter(common)), None)


def _unit(name: str, after_reform: bool) -> str:
    """The province a mention counts for: after the reform, the 2025 province that took it over."""
    if not after_reform or not name:
        return name
    p25 = places.lookup_province(name, "2025")
    if p25 is not None:
        return p25.name
    s = places.successor_2025(name)
    return s.name if s else name


def _line_starts(text: str) -> list[int]:
    out = [0]
    i = text.find("\n")
    while i >= 0 and len(out) < 12:
        out.append(i + 1)
        i = text.find("\n", i + 1)
    return out


def _weight(m, n: int, ms: list, text: str, folded: str, line_starts: list[int]) -> tuple[float, bool]:
    """A mention's weight, and whether it is one of the page's own marks (header, breadcrumb, masthead,
    address)."""
    ls = text.rfind("\n", 0, m.start) + 1
    line_no = next((k for k, s in enumerate(line_starts) if s == ls), None)
    before = folded[ls:m.start]
    if line_no is not None and line_no < 4:
        if m.text.endswith((".vn", ".VN")) or _MASTHEAD.match(before):
            return _HOME_WEIGHT, True
        le = text.find("\n", m.start)
        line = text[ls:le if le >= 0 else len(text)]
        if (not before.strip() and any(c in line for c in ">»|")) or (_STEP_BEFORE.search(before)
                                                                    and _STEP_AFTER.match(text, m.end)):
            return _HOME_WEIGHT, True                  # a step of the breadcrumb: 'Trang chủ > Địa phương > Nghệ An
    if _SOURCE_LINE.match(before):
        # the paper a report came from outweighs the masthead of the one that reprinted it
        return _HEADER_WEIGHT, True
    if m.kind == "province" and line_no is not None and line_no < _LEAD_LINES and not before.strip() \
            and _LEAD_PUNCT.match(text, m.end):
        return _HEADER_WEIGHT, True
    if line_no is not None and line_no < 8 and text[ls:m.start].isupper() and (
            _HEADER_UNIT.fullmatch(before) or (line_no < 4 and _BANNER_UNIT.search(before))):
        return _HEADER_WEIGHT, True
    if m.text.endswith((".vn", ".VN")):
        return _HOME_WEIGHT, True
    if not before.strip() and _ISSUED_AT.match(folded, m.end):
        # the place of issue of an official text ('Hà Nội, ngày 12 tháng 6 năm 2023'): where the issuer
        # sits, which the header's unit already says; a ministry's seat is not the place it writes about
        return 1.0, False
    w = 1.0
    window = folded[max(0, m.start - 40):m.start]
    body = _BODY_BEFORE.search(window)
    if body and not _TITLE_BEFORE.search(window[:body.start()]):
        w += _BODY_BONUS
    if _in_list(n, ms, folded) or _LIST_OPEN.search(window):
        w *= _LIST_FACTOR
    if m.start < _HEAD:
        w *= _HEAD_FACTOR
    return w, False


def _in_header_unit(text: str, name: str) -> bool:
    """``name`` is written in the official header's lines that name the issuing unit (not its place of issue)."""
    up = name.upper()
    return any(up in line.upper() and ", ngày" not in line for line in text[:_HEAD].split("\n")[:6])


def _central_header(text: str, folded: str) -> bool:
    """The official header's unit, in capitals among the first lines, is a central body (see _CENTRAL_HEADER)."""
    for m in _CENTRAL_HEADER.finditer(folded, 0, _HEAD // 2):
        if text[m.start():m.end()].isupper() and not _LOCAL_WORD.search(folded, m.start(), m.end()):
            return True
    return False


def _in_list(n: int, ms: list, folded: str) -> bool:
    """A mention joined to a neighbouring province by a comma or 'và': one of a list."""
    m = ms[n]
    for k in (n - 1, n + 1):
        if 0 <= k < len(ms) and ms[k].kind == "province" and ms[k].name != m.name:
            a, b = (ms[k].end, m.start) if k < n else (m.end, ms[k].start)
            if 0 < b - a <= 8 and _LIST_JOIN.fullmatch(folded, a, b):
                return True
    return False


def _link_points(ms: list, folded: str) -> set[int]:
    """The mentions (by index) named as the link points of an online meeting, when several are ('các điểm cầu tỉnh A, B
    và C'; see _POINT_BEFORE): a mention after 'điểm cầu' and those joined to it by a comma or 'và'."""
    out: set[int] = set()
    n = 0
    while n < len(ms):
        pm = _POINT_BEFORE.search(folded, max(0, ms[n].start - 40), ms[n].start)
        if pm is None:
            n += 1
            continue
        group = [n]
        while group[-1] + 1 < len(ms) and ms[group[-1] + 1].kind == ms[n].kind \
                and _LIST_JOIN.fullmatch(folded, ms[group[-1]].end, ms[group[-1] + 1].start):
            group.append(group[-1] + 1)
        if len(group) > 1 or pm.group("many") or pm.group("many2"):
            out.update(group)
        n = group[-1] + 1
    return out


def _named_after(text: str, i: int) -> bool:
    """The unit word is followed by a capitalised name ('Tỉnh ủy Gia Lai'): not an unnamed mention."""
    j = i
    while j < len(text) and text[j] in " \t":
        j += 1
    return j < len(text) and text[j].isupper()


def _from_hint(hint: str, text_date) -> Place:
    """The place a user or the page's publisher gave, read as a typed place (kg.text.typed_place); a library
    caller's hint that is no typed place (a district alone, 'Hà Đông') is kept as before: the district gives its
    province, anything else stands as the province's name."""
    typed = read_place_or_none(hint)
    if typed is None:
        prov = places.province_of_district(hint)
        if prov:
            return Place(prov, hint.replace("huyện ", "").replace("Huyện ", ""))
        return Place(hint, None)
    return Place(typed.province.name, typed.district, typed.commune, scheme=typed.scheme)
