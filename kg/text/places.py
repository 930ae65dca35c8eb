"""Place knowledge (provinces, districts, the 2025 merger) from the maintained package
``vietnamadminunits`` (offline SQLite + JSON shipped with it). Only spellings the package does
not know are kept in a small alias table here.

Everything is loaded lazily on first use and cached for the life of the process.
"""
from __future__ import annotations

import datetime as _dt
import importlib.util
import json
import re
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.errors import DkgError
from kg.text.symbols import UPPER, fold, letters, nfc

__all__ = ["Province", "District", "PlaceMention", "legacy_provinces", "provinces_2025", "districts_of",
           "find_places", "find_communes", "commune_names", "communes_2025", "unit_candidates", "province_of_district", "successor_2025", "province_by_name",
           "lookup_province"]

LEGACY_END = _dt.date(2025, 6, 30)
REFORM_START = _dt.date(2025, 7, 1)

# Spellings / abbreviations the package does not know (README §3.1). fold(alias) -> legacy short name
_ALIASES = {
    "br-vt": "Bà Rịa - Vũng Tàu", "brvt": "Bà Rịa - Vũng Tàu", "ba ria vung tau": "Bà Rịa - Vũng Tàu",
    "ba ria-vung tau": "Bà Rịa - Vũng Tàu",
    "dac lac": "Đắk Lắk", "dak lak": "Đắk Lắk", "daklak": "Đắk Lắk", "dac nong": "Đắk Nông",
    "dak nong": "Đắk Nông",
    "tp hcm": "Hồ Chí Minh", "tp.hcm": "Hồ Chí Minh", "tphcm": "Hồ Chí Minh", "tp. hcm": "Hồ Chí Minh",
    "thanh pho ho chi minh": "Hồ Chí Minh", "tp ho chi minh": "Hồ Chí Minh", "tp. ho chi minh": "Hồ Chí Minh",
    "thua thien hue": "Huế", "thua thien - hue": "Huế", "hue": "Huế",
    "thanh hoa": "Thanh Hóa", "khanh hoa": "Khánh Hòa", "hoa binh": "Hòa Bình",
    "bac can": "Bắc Kạn",
}


@dataclass(frozen=True)
class Province:
    name: str                      # short name: "Lạng Sơn", "Hồ Chí Minh"
    code: str                      # GSO code in its own scheme ("legacy" or "2025")
    kind: str = "province"
    full_name: str = ""            # "Tỉnh Lạng Sơn", "Thành phố Hồ Chí Minh"
    scheme: str = "legacy"         # "legacy" (63 units) | "2025" (34 units)
    valid_from: _dt.date | None = None
    valid_to: _dt.date | None = None


@dataclass(frozen=True)
class District:
    name: str                      # short name: "Minh Long"
    code: str                      # GSO district code
    kind: str = "district"
    full_name: str = ""            # "Huyện Minh Long"
    district_type: str = ""        # Huyện | Quận | Thị xã | Thành phố
    province: str = ""             # legacy province short name
    province_code: str = ""
    valid_from: _dt.date | None = None
    valid_to: _dt.date | None = LEGACY_END


@dataclass(frozen=True)
class PlaceMention:
    start: int
    end: int
    text: str
    kind: str                      # "province" | "district"
    name: str                      # canonical short name
    province: str                  # the province (short name) it belongs to
    code: str
    scheme: str                    # "legacy" | "2025"


def _pkg_data(name: str) -> Path:
    """A data file shipped with ``vietnamadminunits``, found without importing the package: its
    ``__init__`` loads its address parsers (numpy, shapely, geopy and large JSON), which place
    lookups never use and which cost a one-file ``dkg extract`` more than the extraction."""
    spec = importlib.util.find_spec("vietnamadminunits")
    if spec is None or not spec.submodule_search_locations:
        # (named, so that the CLI says which dependency is missing and how to install it)
        raise ModuleNotFoundError("No module named 'vietnamadminunits'", name="vietnamadminunits")
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / name
    if not path.is_file():
        # (sqlite3 would say only 'unable to open database file', json a bare FileNotFoundError)
        raise DkgError(f"the place tables of vietnamadminunits are incomplete: no data file {name} in {path.parent}",
                       hint="reinstall the package: pip install --force-reinstall 'vietnamadminunits>=1.0.4,<1.1'")
    return path


def _query(sql: str, params: tuple = ()) -> list[dict]:
    """Rows of the package's SQLite database as dicts (what its ``database.query`` returns)."""
    with closing(sqlite3.connect(f"{_pkg_data('dataset.db').as_uri()}?mode=ro", uri=True)) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(r) for r in conn.execute(sql, params).fetchall()]


@lru_cache(maxsize=1)
def legacy_provinces() -> list[Province]:
    rows = _query("SELECT DISTINCT province, provinceShort, provinceCode FROM admin_units_legacy")
    out = []
    for r in rows:
        short = r["provinceShort"]
        if short == "Huế":           # Thừa Thiên Huế until 31/12/2024, then Thành phố Huế
            out.append(Province("Huế", r["provinceCode"], "province", r["province"], "legacy", None, LEGACY_END))
            continue
        out.append(Province(short, r["provinceCode"], "province", r["province"], "legacy", None, LEGACY_END))
    return sorted(out, key=lambda p: p.code)


@lru_cache(maxsize=1)
def provinces_2025() -> list[Province]:
    rows = _query("SELECT DISTINCT province, provinceShort, provinceCode FROM admin_units")
    return sorted((Province(r["provinceShort"], r["provinceCode"], "province", r["province"], "2025", REFORM_START, None)
                   for r in rows), key=lambda p: p.code)


@lru_cache(maxsize=64)
def communes_2025(province_code: str) -> tuple[tuple[str, str, str], ...]:
    """A 2025 province's (by its code) communes, wards and special zones: (code, short name, 'Phường Minh Xuân')."""
    return tuple(sorted((r["wardCode"], r["wardShort"], r["ward"]) for r in _query("SELECT DISTINCT wardCode, wardShort, ward FROM admin_units WHERE provinceCode = ?", (province_code,))))


@lru_cache(maxsize=1)
def _districts() -> tuple[District, ...]:
    rows = _query("SELECT DISTINCT district, districtShort, districtType, districtCode, provinceShort, provinceCode "
                  "FROM admin_units_legacy")
    return tuple(District(r["districtShort"], r["districtCode"], "district", r["district"], r["districtType"],
                          r["provinceShort"], r["provinceCode"]) for r in rows if r["districtShort"])


def districts_of(province_code: str) -> list[District]:
    """Districts (until 30/6/2025) of a legacy province, by legacy GSO code ('51') or name."""
    code = str(province_code).strip()
    if not code.isdigit():
        p = lookup_province(code)
        code = p.code if p else ""
    code = code.zfill(2)
    return [d for d in _districts() if d.province_code == code]


@lru_cache(maxsize=1)
def _province_index() -> dict[str, Province]:
    idx: dict[str, Province] = {}
    for p in legacy_provinces():
        idx[fold(p.name)] = p
        idx[fold(p.full_name)] = p
    for a, name in _ALIASES.items():
        alias = idx.get(fold(name))
        if alias:
            idx.setdefault(a, alias)
    return idx


@lru_cache(maxsize=1)
def _province_2025_index() -> dict[str, Province]:
    idx: dict[str, Province] = {}
    for p in provinces_2025():
        idx[fold(p.name)] = p
        idx[fold(p.full_name)] = p
    return idx


@lru_cache(maxsize=1)
def _district_index() -> dict[str, list[District]]:
    idx: dict[str, list[District]] = {}
    for d in _districts():
        idx.setdefault(fold(d.name), []).append(d)
    return idx


def lookup_province(name: str, scheme: str = "legacy") -> Province | None:
    """A province by (any spelling of) its name or GSO code, in the legacy or the 2025 scheme."""
    if not name:
        return None
    f = fold(name).replace("tinh ", "", 1) if fold(name).startswith("tinh ") else fold(name)
    if scheme == "2025":
        idx = _province_2025_index()
        if f.isdigit():
            return next((p for p in provinces_2025() if p.code == f.zfill(2)), None)
        return idx.get(f) or idx.get(_ALIASES.get(f, "") and fold(_ALIASES[f]))
    idx = _province_index()
    if f.isdigit():
        return next((p for p in legacy_provinces() if p.code == f.zfill(2)), None)
    return idx.get(f) or idx.get(re.sub(r"^(thanh pho|tp\.?) ", "", f))


province_by_name = lookup_province


def province_of_district(name: str, province_hint: str | None = None) -> str | None:
    """Legacy province (short name) of a district: 'Minh Long' -> 'Quảng Ngãi'. None when unknown or
    ambiguous (several provinces have a district of that name) and no hint resolves it."""
    f = fold(name)
    f = re.sub(r"^(huyen|quan|thi xa|thanh pho|tp\.?) ", "", f)
    cands = _district_index().get(f, [])
    provs = sorted({d.province for d in cands})
    if len(provs) == 1:
        return provs[0]
    if province_hint and provs:
        hp = lookup_province(province_hint)
        if hp and hp.name in provs:
            return hp.name
    return None


@lru_cache(maxsize=1)
def _successors() -> dict[str, str]:
    """fold(legacy full name) -> 2025 full name, from the package's converter table."""
    data = json.loads(_pkg_data("converter_2025.json").read_text(encoding="utf-8"))
    new_by_key = {}
    for r in _query("SELECT DISTINCT province, provinceKey FROM admin_units"):
        new_by_key[r["provinceKey"]] = r["province"]
    old_by_key = {}
    for r in _query("SELECT DISTINCT province, provinceKey FROM admin_units_legacy"):
        old_by_key[r["provinceKey"]] = r["province"]
    out = {}
    for new_key, olds in data["DICT_PROVINCE"].items():
        for ok in olds:
            if ok in old_by_key and new_key in new_by_key:
                out[old_by_key[ok]] = new_by_key[new_key]
    return out


def successor_2025(old: str) -> Province | None:
    """The 2025 unit that took over an old province (name, alias or legacy GSO code)."""
    p = lookup_province(old)
    if p is None:
        return None
    new_full = _successors().get(p.full_name)
    if new_full is None:
        return None
    return next((q for q in provinces_2025() if q.full_name == new_full), None)


@lru_cache(maxsize=1)
def _domain_keys() -> dict[str, str]:
    """The package's province keys ('phutho', 'hatinh'), the way news sites spell them in their
    addresses ('baophutho.vn', 'hatinh.gov.vn') -> the province's short name in its own scheme."""
    out: dict[str, str] = {}
    for table in ("admin_units_legacy", "admin_units"):
        for r in _query(f"SELECT DISTINCT provinceShortKey, provinceShort FROM {table}"):
            out.setdefault(r["provinceShortKey"], r["provinceShort"])
    return out


@lru_cache(maxsize=2)
def _commune_index(scheme: str) -> dict[str, frozenset[str]]:
    """fold(commune name) -> the provinces (short names) that have a commune, ward or town of that
    name (xã, phường, thị trấn) in ``scheme``: 'legacy' (until 30/6/2025) or '2025'."""
    table = "admin_units_legacy" if scheme == "legacy" else "admin_units"
    idx: dict[str, set[str]] = {}
    for r in _query(f"SELECT DISTINCT wardShort, provinceShort FROM {table}"):
        if r["wardShort"]:
            idx.setdefault(fold(r["wardShort"]), set()).add(r["provinceShort"])
    return {k: frozenset(v) for k, v in idx.items()}


@lru_cache(maxsize=1)
def _commune_district_index() -> dict[tuple[str, str], frozenset[str]]:
    """(fold(commune), fold(district)) -> the provinces (legacy short names) with that commune in that district."""
    idx: dict[tuple[str, str], set[str]] = {}
    for r in _query("SELECT DISTINCT wardShort, districtShort, provinceShort FROM admin_units_legacy"):
        if r["wardShort"] and r["districtShort"]:
            idx.setdefault((fold(r["wardShort"]), fold(r["districtShort"])), set()).add(r["provinceShort"])
    return {k: frozenset(v) for k, v in idx.items()}


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
    for extra, target in {"Thừa Thiên Huế": "Huế", "Thừa Thiên - Huế": "Huế", "Bà Rịa - Vũng Tàu": "Bà Rịa - Vũng Tàu",
                          "Bà Rịa-Vũng Tàu": "Bà Rịa - Vũng Tàu", "BR-VT": "Bà Rịa - Vũng Tàu", "Đắc Lắc": "Đắk Lắk",
                          "TP Hồ Chí Minh": "Hồ Chí Minh", "TP. Hồ Chí Minh": "Hồ Chí Minh", "TP.HCM": "Hồ Chí Minh",
                          "TP HCM": "Hồ Chí Minh", "TPHCM": "Hồ Chí Minh", "TP. HCM": "Hồ Chí Minh",
                          "Hồ Chí Minh": "Hồ Chí Minh",
                          "Bắc Cạn": "Bắc Kạn",
                          # spellings in use on pages: en dash, the older 'Đăk', one word, 'Tp'
                          "Bà Rịa – Vũng Tàu": "Bà Rịa - Vũng Tàu", "Bà Rịa–Vũng Tàu": "Bà Rịa - Vũng Tàu",
                          "Thừa Thiên – Huế": "Huế", "Đăk Lăk": "Đắk Lắk", "Đắk Lăk": "Đắk Lắk",
                          "Đăk Nông": "Đắk Nông", "Kontum": "Kon Tum", "Tp.HCM": "Hồ Chí Minh",
                          "Tp HCM": "Hồ Chí Minh", "Tp. HCM": "Hồ Chí Minh"}.items():
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
# a commune, ward or town named after its kind word; 'thị xã X' is a district and stays out
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
            name = _domain_keys().get(key) or (_domain_keys().get(key[3:]) if key.startswith("bao") else None)
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
            seats = _district_index().get(fold(name), [])
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
            ds = _district_index().get(fold(cand))
            if ds:
                provs = sorted({d.province for d in ds})
                prov = provs[0] if len(provs) == 1 else ""
                end = m.start("name") + len(" ".join(words[:k]))
                out.append(PlaceMention(m.start(), end, text[m.start():end], "district", ds[0].name, prov,
                                        ds[0].code if len(ds) == 1 else "", "legacy"))
                break
    out.sort(key=lambda x: x.start)
    return _drop_lower_unit_names(text, out)


# a province's name that names a commune, ward or special zone ('xã Quảng Ninh', 'phường Thái Bình')
_COMMUNE_BEFORE = re.compile(r"(?:xã|phường|thị trấn|đặc khu|Xã|Phường|Thị trấn|Đặc khu)[ \t]+$")


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
    idx = _commune_index("2025" if scheme == "2025" else "legacy")
    for m, words in commune_names(text):
        for k in range(len(words), 0, -1):
            provs = idx.get(fold(" ".join(words[:k])))
            if provs:
                dm = _IN_DISTRICT.match(text, m.start("name") + len(" ".join(words[:k])))
                if dm and scheme != "2025":
                    dw = dm.group("name").split()
                    pair = next((p for j in range(len(dw), 0, -1)
                                 if (p := _commune_district_index().get((fold(" ".join(words[:k])),
                                                                          fold(" ".join(dw[:j])))))), None)
                    provs = pair or provs
                if len(provs) > 1 or dm:
                    out.append(provs)
                break
    if scheme != "2025":
        for d in find_places(text):
            if d.kind == "district" and not d.province:
                out.append(frozenset(x.province for x in _district_index().get(fold(d.name), [])))
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
        for k in range(len(words), 0, -1):
            cand = fold(" ".join(words[:k]))
            found = [(s, _commune_index(s).get(cand)) for s in schemes]
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
