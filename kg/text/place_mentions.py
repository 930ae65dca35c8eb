"""Places named in running text (địa danh trong văn bản): province, district and commune mentions found in a
text, and the provinces a commune's or district's name leaves possible. The map they are looked up in (provinces,
districts, communes, the 2025 merger) is :mod:`kg.text.places`; this module owns only the reading of text."""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from kg.text.places import (SPELLINGS, PlaceMention, Province, commune_district_index, commune_index, commune_kind_index,
                            district_index, domain_keys, legacy_provinces, lookup_province, provinces_2025, successor_2025)
from kg.text.symbols import UPPER, fold, letters, nfc

__all__ = ["find_places", "find_communes", "commune_names", "unit_candidates"]

# the district a commune is placed in right after its name: 'xã Tân Thạch, huyện Châu Thành'
_IN_DISTRICT = re.compile(letters(r"[ \t]*[,(–-][ \t]*(?:huyện|quận|thị xã|thành phố|Huyện|Quận|Thị xã|Thành phố)[ \t]+"
                                  r"(?P<name>[{U}][^\W\d_]{0,10}(?:[ \t][{U}][^\W\d_]{0,10}){0,3})"))


# ---------------------------------------------------------------- finding places in text

_UPPER_WORD = letters(r"[{U}][^\W\d_]*")


@lru_cache(maxsize=1)
def _province_names() -> dict[str, str]:
    """Spelling as written (NFC) -> name to look up; bare 'Hồ Chí Minh' is left out (the person,
    the youth union)."""
    names: dict[str, str] = {}
    for p in legacy_provinces() + provinces_2025():
        if p.name == "Hồ Chí Minh":
            continue
        names[p.name] = p.name
        names[p.name.replace("Hòa", "Hoà").replace("Hóa", "Hoá")] = p.name
    # the spellings the package does not know (kg.text.places), and the bare 'Hồ Chí Minh', which find_places takes
    # for the city only after 'thành phố' or 'TP'
    for extra, target in {**SPELLINGS, "Hồ Chí Minh": "Hồ Chí Minh"}.items():
        names[extra] = target
    return names


# runs of two or more capitalised words (and the few joiners inside province names); the
# one-word spellings are looked up with str.find
_CAP_RUN = re.compile(letters(r"(?:TP\.?[ \t]?|thành phố[ \t]|Thành phố[ \t])?[{U}][^\W\d_]*(?:(?:[ \t]+|[ \t]?-[ \t]?|\.)[{U}][^\W\d_]*){1,5}"))
_SINGLE = ("Huế", "TPHCM", "TP.HCM")


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    return frozenset(re.split(r"[ \t.-]+", n)[0] for n in _province_names()) | {"TP", "TP.", "Thành", "thành"}


@lru_cache(maxsize=1)
def _spelling_regex() -> re.Pattern:
    """All spellings, factored by their first word (much faster than a flat alternation)."""
    groups: dict[str, list[str]] = {}
    for x in _province_names():
        head = re.split(r"[ .\-]", x, maxsplit=1)[0]
        groups.setdefault(head, []).append(x)
    parts = []
    for head, vs in sorted(groups.items(), key=lambda kv: -len(kv[0])):
        tails = sorted((v[len(head):] for v in vs), key=len, reverse=True)
        parts.append(re.escape(head) + "(?:" + "|".join(re.escape(t) for t in tails) + ")")
    return re.compile("|".join(parts))


# district-level units and their party committees; a provincial city ("thành phố Vinh", "Thành ủy Vinh")
# is one when its name is a district's and not a province's
_DISTRICT_WORDS = ("huyện", "Huyện", "HUYỆN", "quận", "Quận", "QUẬN", "thị xã", "Thị xã", "THỊ XÃ", "Thị ủy",
                   "Thị uỷ", "thành phố", "Thành phố", "THÀNH PHỐ", "Thành ủy", "Thành uỷ", "TP")


def _district_candidates(text: str) -> Iterator[re.Match[str]]:
    starts = set()
    for w in _DISTRICT_WORDS:
        i = text.find(w)
        while i >= 0:
            starts.add(i)
            i = text.find(w, i + len(w))
    for i in sorted(starts):
        m = _DISTRICT_RE.match(text, i)
        if m:
            yield m


_SPLIT = re.compile(r"[ \t]+|[ \t]?-[ \t]?")


_DISTRICT_RE = re.compile(letters(
    r"(?<![\w])(?P<kind>(?:huyện|quận|thị xã|HUYỆN|QUẬN|THỊ XÃ|Huyện|Quận|Thị xã)(?:[ \t]+(?:ủy|uỷ|ỦY|UỶ))?"
    r"|(?P<city>thành phố|Thành phố|THÀNH PHỐ|TP\.?|Thành ủy|Thành uỷ|Thị ủy|Thị uỷ))[ \t]+"
    r"(?P<name>[{U}][^\W\d_]{0,10}(?:[ \t][{U}][^\W\d_]{0,10}){0,3})"
))


def _title(s: str) -> str:
    return " ".join(w[:1].upper() + w[1:].lower() for w in s.split())


# a province written in capitals (page headers: 'CỔNG THÔNG TIN ĐIỆN TỬ HĐND TỈNH QUẢNG NINH')
# (or after a dash that follows a unit in capitals: 'ĐẢNG BỘ HUYỆN BẢO LÂM - CAO BẰNG'; that pattern opens on
# the dash and the capital before it is checked after), and a province's newspaper or station in its masthead:
# 'BÁO HÀ TĨNH', 'ĐÀI PT-TH ĐỒNG NAI' (a national paper's name, 'BÁO NHÂN DÂN', names no province)
# (the check of the letter before a unit word stands behind the word, and every branch opens on its own literal
# characters, the dash's two forms and the space after a unit each written out, so that the regex engine scans the
# text for the set of their first characters instead of trying the pattern at every position)
_CAPS_PROVINCE = re.compile(r"(?:TỈNH(?<![^\W\d_]TỈNH)(?:[ \t]+(?:ỦY|UỶ))?[ \t]+|THÀNH(?<![^\W\d_]THÀNH) (?:PHỐ|ỦY|UỶ)[ \t]+"
                            r"|BÁO(?<![^\W\d_]BÁO)(?:[ \t]+ĐIỆN TỬ)?[ \t]+"
                            r"|ĐÀI(?<![^\W\d_]ĐÀI) (?:PT-TH|PTTH|PHÁT THANH VÀ TRUYỀN HÌNH|PHÁT THANH - TRUYỀN HÌNH)"
                            r"(?:[ \t]+ĐIỆN TỬ)?[ \t]+|-[ \t]+|–[ \t]+)"
                            r"(?P<name>[" + UPPER + r"]+(?:[ \t][" + UPPER + r"]+){0,3})(?![^\W\d_])")


# a headline that opens on a province in capitals: 'ĐIỆN BIÊN: SƠ KẾT ...', 'LÀO CAI - ...'
_CAPS_LEAD = re.compile(r"^[ \t]*(?P<name>[" + UPPER + r"]+(?:[ \t][" + UPPER + r"]+){0,3})[ \t]*(?::|[-–][ \t])",
                        re.MULTILINE)

# the place of issue at the start of a line, before the date: 'Krông Nô, ngày 12 tháng 3 năm 2024'
_ISSUE_PLACE = re.compile(r"[ \t]*(?P<name>[" + UPPER + r"][^\W\d_]*(?:[ \t][" + UPPER + r"][^\W\d_]*){0,3})"
                          r"[ \t]*,[ \t]*ngày[ \t]+\d")
# headlines stand in the first lines
_LEAD_CHARS = 1500


def _issue_places(text: str) -> Iterator[re.Match[str]]:
    """The places of issue: lines that open on a name and ', ngày <digit>' (found from ', ngày', which is rare)."""
    i = text.find(", ngày")
    while i >= 0:
        m = _ISSUE_PLACE.match(text, text.rfind("\n", 0, i) + 1)
        if m:
            yield m
        i = text.find(", ngày", i + 6)

# a site's address ('(Baophutho.vn) - ...', 'hatinh.gov.vn'): the province in its name, after the
# newspaper's 'báo' prefix
_DOMAIN = re.compile(r"(?<![\w.])(?:www\.)?(?P<name>[A-Za-z]{2,40})\.(?:(?:gov|org|com)\.)?vn(?![\w.])")
# a commune, ward or town named after its kind word; 'thị xã X' is a district and stays out (its kind words spelt
# out in the three cases, which the engine finds faster than a case-blind pattern; a special zone is not read here)
# (the pattern opens on its kind words, which the regex engine finds quickly; the word start is checked after)
# (a 2025 ward may end on a number, 'phường Hà Giang 1': tried as part of the name, dropped when the map does not
# know the name with it)
_COMMUNE_RE = re.compile(letters(
    r"(?:xã|phường|thị trấn|Xã|Phường|Thị trấn|XÃ|PHƯỜNG|THỊ TRẤN)[ \t]+"
    r"(?P<name>[{U}][^\W\d_]{0,10}(?:[ \t][{U}][^\W\d_]{0,10}){0,3}(?:[ \t]\d{1,2}(?![\w/-]|[.,]\d))?)"
))


def _province_any_scheme(name: str) -> tuple[Province | None, str]:
    """The province called ``name`` before the 2025 reform, else after it, with its scheme."""
    p = lookup_province(name)
    if p is not None:
        return p, "legacy"
    return lookup_province(name, "2025"), "2025"

# a person's name that ends on a province's ('đồng chí Nguyễn Thái Bình', 'bà Lê Thị Hà Giang'): the family name or
# the middle name 'Thị'/'Văn' right before it ('Đoàn' is left out: also the word for a delegation)
_PERSON_BEFORE = re.compile(r"(?<![^\W\d_])(?:Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Ngô|Dương|Lý|Đinh|"
                            r"Trịnh|Thị|Văn)[ \t]+$")


def find_places(text: str) -> list[PlaceMention]:
    """Province and district mentions in running text (province names bare; district names only
    after 'huyện/quận/thị xã', since many district names are also common words)."""
    if not text:
        return []
    text = nfc(text)
    out: list[PlaceMention] = []
    names = _province_names()
    for m in _spelling_regex().finditer(text):
        i, j, raw = m.start(), m.end(), m.group(0)
        if (i > 0 and text[i - 1].isalnum()) or (j < len(text) and text[j].isalnum()):
            continue
        if _PERSON_BEFORE.search(text, max(0, i - 8), i):
            continue
        if raw == "Hồ Chí Minh":
            # the city only when named as one; otherwise the person or the youth union
            prefix = re.search(r"(?:[Tt]hành phố|TP\.?|Tp\.?)[ \t]*$", text[max(0, i - 12):i])
            if not prefix:
                continue
            i = i - len(prefix.group(0))
            raw = text[i:j]
        target = names.get(raw, "Hồ Chí Minh")
        p, scheme = _province_any_scheme(target)
        if p is not None:
            out.append(PlaceMention(i, j, raw, "province", p.name, p.name, p.code, scheme))
    if ".vn" in text or ".VN" in text:
        for m in _DOMAIN.finditer(text):
            key = m.group("name").lower()
            name = domain_keys().get(key) or (domain_keys().get(key[3:]) if key.startswith("bao") else None)
            if name is not None:
                p, scheme = _province_any_scheme(name)
                if p is not None:
                    out.append(PlaceMention(m.start(), m.end(), m.group(0), "province", p.name, p.name, p.code, scheme))
    for m in _CAPS_PROVINCE.finditer(text):
        if text[m.start()] in "-–" and not (m.start() >= 2 and text[m.start() - 1] in " \t"
                                            and text[m.start() - 2].isupper()):
            continue
        words = m.group("name").split()
        for k in range(len(words), 0, -1):
            cand = _title(" ".join(words[:k]))
            p, scheme = _province_any_scheme(cand)
            if p is not None:
                i = m.start("name")
                out.append(PlaceMention(i, i + len(" ".join(words[:k])), text[i:i + len(" ".join(words[:k]))],
                                        "province", p.name, p.name, p.code, scheme))
                break
    for m in _CAPS_LEAD.finditer(text, 0, min(len(text), _LEAD_CHARS)):
        p, scheme = _province_any_scheme(_title(m.group("name")))
        if p is not None:
            out.append(PlaceMention(m.start("name"), m.end("name"), m.group("name"), "province", p.name, p.name,
                                    p.code, scheme))
    for m in _issue_places(text):
        # the place of issue of an official text: a district-level issuer's seat is its district
        # ('Krông Nô, ngày 12 tháng 3 năm 2024'); a province's name there is found above
        name = m.group("name")
        if _province_any_scheme(name)[0] is None:
            seats = district_index().get(fold(name), [])
            if len({d.province for d in seats}) == 1:
                out.append(PlaceMention(m.start("name"), m.end("name"), name, "district", seats[0].name,
                                        seats[0].province, seats[0].code if len(seats) == 1 else "", "legacy"))
    for m in _district_candidates(text):
        name = m.group("name")
        words = name.split()
        # try the longest prefix of the capitalised words that is a known district
        for k in range(len(words), 0, -1):
            cand = " ".join(words[:k])
            if name.isupper():
                cand = _title(cand)
            if m.group("city") and _province_any_scheme(cand)[0] is not None:
                break                          # 'thành phố Cần Thơ', 'Thành ủy Huế': the province itself
            ds = district_index().get(fold(cand))
            if ds:
                provs = sorted({d.province for d in ds})
                prov = provs[0] if len(provs) == 1 else ""
                end = m.start("name") + len(" ".join(words[:k]))
                out.append(PlaceMention(m.start(), end, text[m.start():end], "district", ds[0].name, prov,
                                        ds[0].code if len(ds) == 1 else "", "legacy"))
                break
    out.sort(key=lambda x: x.start)
    return _drop_lower_unit_names(text, out)


#: the kind words of a unit at the commune's level (xã, phường, thị trấn, and the 2025 special zone, đặc khu), which
#: the names of places and bodies read (kg.text.names)
COMMUNE_UNIT_WORDS: tuple[str, ...] = ("xã", "phường", "thị trấn", "đặc khu")
# a province's name that names a commune, ward or special zone ('xã Quảng Ninh', 'phường Thái Bình'); as written or
# capitalised, not in capitals
_COMMUNE_BEFORE = re.compile(
    "(?:" + "|".join(COMMUNE_UNIT_WORDS + tuple(w.capitalize() for w in COMMUNE_UNIT_WORDS)) + r")[ \t]+$")


def _drop_lower_unit_names(text: str, out: list[PlaceMention]) -> list[PlaceMention]:
    """Province mentions that are part of a district's name ('huyện Quảng Ninh' of Quảng Bình) or
    follow a commune's kind word are not the province: left out."""
    spans = [(d.start, d.end) for d in out if d.kind == "district"]
    keep = []
    for x in out:
        if x.kind == "province" and (any(a <= x.start < b for a, b in spans)
                                     or _COMMUNE_BEFORE.search(text, max(0, x.start - 12), x.start)):
            continue
        keep.append(x)
    return keep


def commune_names(text: str) -> Iterator[tuple[re.Match[str], list[str]]]:
    """(match, capitalised words) of each commune, ward or town named after its kind word; 'thị xã X' is a
    district and is left out."""
    for m in _COMMUNE_RE.finditer(text):
        a = m.start()
        if (a > 0 and text[a - 1].isalnum()) or text[max(0, a - 4):a].lower() == "thị ":
            continue
        yield m, m.group("name").split()


def unit_candidates(text: str, scheme: str | None) -> list[frozenset[str]]:
    """For each commune, ward or town and each district named in ``text`` whose name several
    provinces have, the set of those provinces (short names; districts and the legacy map for a text
    before the reform or of unknown date, the 2025 map after it). 'xã Tân Lập, huyện Châu Thành': each
    name alone says little, the two together may leave one province."""
    if not text:
        return []
    text = nfc(text)
    out: list[frozenset[str]] = []
    idx = commune_index("2025" if scheme == "2025" else "legacy")
    for m, words in commune_names(text):
        for k in range(len(words), 0, -1):
            provs = idx.get(fold(" ".join(words[:k])))
            if provs:
                dm = _IN_DISTRICT.match(text, m.start("name") + len(" ".join(words[:k])))
                if dm and scheme != "2025":
                    dw = dm.group("name").split()
                    pair = next((p for j in range(len(dw), 0, -1)
                                 if (p := commune_district_index().get((fold(" ".join(words[:k])),
                                                                          fold(" ".join(dw[:j])))))), None)
                    provs = pair or provs
                if len(provs) > 1 or dm:
                    out.append(provs)
                break
    if scheme != "2025":
        for d in find_places(text):
            if d.kind == "district" and not d.province:
                out.append(frozenset(x.province for x in district_index().get(fold(d.name), [])))
    return out


def find_communes(text: str, scheme: str | None) -> list[PlaceMention]:
    """Communes, wards and towns named after 'xã / phường / thị trấn' whose name only one province
    has in ``scheme`` ('legacy', '2025', or None for a text of unknown date: then the name must
    point to one province in each scheme that knows it, and the legacy one is given). A name that
    several provinces share gives nothing: most commune names are common."""
    if not text or not any(w in text for w in ("xã", "phường", "trấn", "Xã", "Phường", "XÃ", "PHƯỜNG", "TRẤN")):
        return []
    text = nfc(text)
    schemes = (scheme,) if scheme else ("legacy", "2025")
    out: list[PlaceMention] = []
    for m, words in commune_names(text):
        kind = fold(text[m.start():m.start("name")])
        for k in range(len(words), 0, -1):
            cand = fold(" ".join(words[:k]))
            found = [(s, _of_kind(commune_index(s).get(cand), kind, cand, s)) for s in schemes]
            known = [(s, provs) for s, provs in found if provs]
            if not known:
                continue
            if any(len(provs) != 1 for _, provs in known):
                break
            s0, provs0 = known[0]
            prov = next(iter(provs0))
            if len(known) == 2:
                later = next(iter(known[1][1]))
                succ = successor_2025(prov)
                if later != prov and (succ is None or succ.name != later):
                    break
            p = lookup_province(prov, s0)
            if p is None:
                break
            end = m.start("name") + len(" ".join(words[:k]))
            out.append(PlaceMention(m.start(), end, text[m.start():end], "commune", " ".join(words[:k]), p.name,
                                    "", s0))
            break
    return out


def _of_kind(provs: frozenset[str] | None, kind: str, name: str, scheme: str) -> frozenset[str] | None:
    """The provinces a commune name leaves, narrowed to those where it is a unit of the kind the text writes when
    that leaves one: 'phường Thuận Hóa' is Huế's ward, the communes (xã) of that name are other provinces'."""
    if not provs or len(provs) == 1:
        return provs
    narrowed = commune_kind_index(scheme).get((kind, name))
    return narrowed if narrowed and len(narrowed) == 1 else provs
