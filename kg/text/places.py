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
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.errors import DkgError, Words
from kg.text.symbols import fold

__all__ = ["SPELLINGS", "Province", "District", "PlaceMention", "legacy_provinces", "provinces_2025", "districts_of", "communes_2025",
           "communes_legacy", "communes_of", "commune_kinds", "COMMUNE_KINDS", "commune_of_province", "DISTRICT_KINDS",
           "district_kind",
           "province_of_district", "commune_only_on_new_map", "successor_2025", "predecessors_2025", "continued_province", "scheme_on",
           "province_by_name", "lookup_province", "district_index",
           "commune_index", "commune_kind_index", "ward_of_2025", "commune_district_index", "domain_keys"]

LEGACY_END = _dt.date(2025, 6, 30)
REFORM_START = _dt.date(2025, 7, 1)

#: Spellings and abbreviations of provinces the package does not know (README §3.1), as texts write them -> the
#: legacy short name: read folded by :func:`lookup_province`, and as written by the place finder of running text
#: (:mod:`kg.text.place_mentions`), which also finds the ones written with a capital 'TP' as they stand.
SPELLINGS = {
    "Thừa Thiên Huế": "Huế", "Thừa Thiên - Huế": "Huế", "Thừa Thiên – Huế": "Huế",
    "Bà Rịa-Vũng Tàu": "Bà Rịa - Vũng Tàu", "Bà Rịa – Vũng Tàu": "Bà Rịa - Vũng Tàu",
    "Bà Rịa–Vũng Tàu": "Bà Rịa - Vũng Tàu", "BR-VT": "Bà Rịa - Vũng Tàu",
    "Đắc Lắc": "Đắk Lắk", "Đăk Lăk": "Đắk Lắk", "Đắk Lăk": "Đắk Lắk", "Đăk Nông": "Đắk Nông", "Kontum": "Kon Tum",
    "TP Hồ Chí Minh": "Hồ Chí Minh", "TP. Hồ Chí Minh": "Hồ Chí Minh", "TP.HCM": "Hồ Chí Minh", "TP HCM": "Hồ Chí Minh",
    "TPHCM": "Hồ Chí Minh", "TP. HCM": "Hồ Chí Minh", "Tp.HCM": "Hồ Chí Minh", "Tp HCM": "Hồ Chí Minh",
    "Tp. HCM": "Hồ Chí Minh", "Bắc Cạn": "Bắc Kạn",
}
#: Spellings only a person types (a search, ``--place``), never looked for in running text: fold -> short name.
_TYPED = {"brvt": "Bà Rịa - Vũng Tàu", "ba ria vung tau": "Bà Rịa - Vũng Tàu", "daklak": "Đắk Lắk",
          "dac nong": "Đắk Nông"}
# fold(spelling) -> legacy short name
_ALIASES = {**{fold(spelling): name for spelling, name in SPELLINGS.items()}, **_TYPED}


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
    rows = _query("SELECT DISTINCT wardCode, wardShort, ward FROM admin_units WHERE provinceCode = ?", (province_code,))
    return tuple(sorted((r["wardCode"], r["wardShort"], r["ward"]) for r in rows))


@lru_cache(maxsize=64)
def communes_legacy(province_code: str) -> tuple[tuple[str, str, str, str, str], ...]:
    """A legacy province's (by its code) communes, wards and towns until 30/6/2025: (code, short name,
    'Xã Xuân Long', 'Huyện Yên Bình', '..'), the last two its district's name and GSO code."""
    rows = _query("SELECT DISTINCT wardCode, wardShort, ward, district, districtCode FROM admin_units_legacy "
                  "WHERE provinceCode = ? AND wardShort != ''", (province_code,))
    return tuple(sorted((r["wardCode"], r["wardShort"], r["ward"], r["district"], r["districtCode"]) for r in rows))


@lru_cache(maxsize=128)
def communes_of(province_code: str, scheme: str) -> tuple[tuple[str, str, str, str | None, str | None], ...]:
    """A province's (by its code in ``scheme``: 'legacy' or '2025') communes, wards, towns and special zones on that
    map, alike for both: (code, short name, full name, district, district code), the district's two None on the 2025
    map, which has none."""
    if scheme == "2025":
        return tuple((code, short, full, None, None) for code, short, full in communes_2025(province_code))
    return communes_legacy(province_code)


#: The kinds of unit under a province (2025) or a district (before): a commune, a ward, a town (thị trấn, until 30/6/2025)
#: or a special zone (đặc khu, from 1/7/2025), by the word the package's ``wardType`` gives, to the code a query answers.
COMMUNE_KINDS = {"Xã": "commune", "Phường": "ward", "Thị trấn": "town", "Đặc khu": "special-zone"}


@lru_cache(maxsize=64)
def commune_kinds(province_code: str, scheme: str) -> dict[str, str]:
    """The kind (a code of :data:`COMMUNE_KINDS`) of each of a province's communes, wards, towns and special zones on
    the map of ``scheme`` ('legacy' or '2025'), by the unit's code; a unit of a type not known there is a commune."""
    table = "admin_units" if scheme == "2025" else "admin_units_legacy"
    rows = _query(f"SELECT DISTINCT wardCode, wardType FROM {table} WHERE provinceCode = ? AND wardCode != ''",
                  (province_code,))
    return {r["wardCode"]: COMMUNE_KINDS.get(r["wardType"] or "", "commune") for r in rows}


def commune_of_province(name: str, province_code: str, scheme: str) -> str | None:
    """The commune, ward or town of a province (by its code in ``scheme``: 'legacy' or '2025') that ``name`` names,
    as the map spells it: the longest run of its first words that is one ('HÀM YÊN LẦN THỨ' -> 'Hàm Yên'); None
    where none is."""
    known = _commune_spellings(province_code, scheme)
    words = name.split()
    return next((known[k] for n in range(len(words), 0, -1) if (k := fold(" ".join(words[:n]))) in known), None)


@lru_cache(maxsize=128)
def _commune_spellings(province_code: str, scheme: str) -> dict[str, str]:
    """fold(short name) -> short name of a province's communes on the map of ``scheme``."""
    return {fold(row[1]): row[1] for row in communes_of(province_code, scheme)}


#: The kinds of a district-level unit (đơn vị hành chính cấp huyện) before the reform, by the type the map gives it: a
#: huyện, a quận (of a city), a thị xã, a thành phố (of a province; Thủ Đức of Hồ Chí Minh): no thị xã is a huyện.
DISTRICT_KINDS = {"Huyện": "district", "Quận": "urban-district", "Thị xã": "district-town", "Thành phố": "city"}


def district_kind(code: str) -> str:
    """The kind (a code of :data:`DISTRICT_KINDS`) of the district-level unit of GSO code ``code`` on the map before
    the reform; ``district`` for a code or a type the map does not know."""
    return _district_kinds().get(code, "district")


@lru_cache(maxsize=1)
def _district_kinds() -> dict[str, str]:
    return {d.code: DISTRICT_KINDS.get(d.district_type, "district") for d in _districts()}


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
def district_index() -> dict[str, list[District]]:
    idx: dict[str, list[District]] = {}
    for d in _districts():
        idx.setdefault(fold(d.name), []).append(d)
    return idx


@lru_cache(maxsize=2)
def _province_by_code(scheme: str) -> dict[str, Province]:
    """The provinces of the 2025 scheme (``scheme`` '2025') or the legacy one by their GSO code, the first of each code
    in the codes' order: a place is looked up by its code many times a text."""
    by_code: dict[str, Province] = {}
    for p in provinces_2025() if scheme == "2025" else legacy_provinces():
        by_code.setdefault(p.code, p)
    return by_code


def lookup_province(name: str, scheme: str = "legacy") -> Province | None:
    """A province by (any spelling of) its name or GSO code, in the legacy or the 2025 scheme."""
    if not name:
        return None
    f = fold(name)
    if f.startswith("tinh "):
        f = f.replace("tinh ", "", 1)
    if scheme == "2025":
        idx = _province_2025_index()
        if f.isdigit():
            return _province_by_code("2025").get(f.zfill(2))
        return idx.get(f) or idx.get(_ALIASES.get(f, "") and fold(_ALIASES[f]))
    idx = _province_index()
    if f.isdigit():
        return _province_by_code("legacy").get(f.zfill(2))
    return idx.get(f) or idx.get(re.sub(r"^(thanh pho|tp\.?) ", "", f))


province_by_name = lookup_province


#: the kind words a district's name may be typed with (folded: huyện, quận, thị xã, thành phố, TP.), and those of a
#: commune or ward, which a query's place filter also drops (kg.store.textindex.place_key)
_DISTRICT_WORDS = r"huyen|quan|thi xa|thanh pho|tp\.?"
_COMMUNE_WORDS = r"phuong|xa|thi tran"


def _districts_named(name: str, commune_words: bool = False) -> list[District]:
    """The districts of the map before the reform that ``name`` names, typed with or without its kind word (and,
    with ``commune_words``, with a commune's or ward's kind word, as a place filter reads it)."""
    words = _DISTRICT_WORDS + ("|" + _COMMUNE_WORDS if commune_words else "")
    return district_index().get(re.sub(rf"^(?:{words}) ", "", fold(name.strip())), [])


def province_of_district(name: str, province_hint: str | None = None) -> str | None:
    """Legacy province (short name) of a district: 'Minh Long' -> 'Quảng Ngãi'. None when unknown or
    ambiguous (several provinces have a district of that name) and no hint resolves it."""
    provs = sorted({d.province for d in _districts_named(name)})
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


def predecessors_2025(new: str) -> list[Province]:
    """The old provinces a 2025 province (name, alias or 2025 GSO code) took over, in the order of their codes: one
    where the reform left it whole, two or three where it merged them."""
    unit = lookup_province(new, "2025")
    if unit is None:
        return []
    return [p for p in legacy_provinces() if (s := successor_2025(p.code)) is not None and s.code == unit.code]


def merger_2025(name: str) -> tuple[list[str], str] | None:
    """Where ``name`` (old or new) names a province the 2025 reform merged with others: the old provinces' names,
    sorted, and the name of the one they became ("Bình Định" and "Gia Lai" alike: (["Bình Định", "Gia Lai"],
    "Gia Lai")); None for a province the reform left whole or a name that is none. The one reading of a merger for
    the search page and for a filter that chose nothing (``dkg export``, ``dkg changes``)."""
    old = lookup_province(name)
    new = successor_2025(name) if old is not None else lookup_province(name, "2025")
    if new is None:
        return None
    before = sorted(p.name for p in predecessors_2025(new.code))
    return (before, new.name) if len(before) > 1 else None


def merged_away_2025(name: str) -> tuple[str, list[str], str] | None:
    """Where ``name`` names an old province the 2025 reform merged into one of another name ("binh dinh", part of
    Gia Lai since 1 July 2025): its own name, the others merged with it, and the new province's name. What a filter
    by the old name misses (the documents issued there since, placed under the new province) is found under the
    new one; None for the new province's own name, a province left whole or a name that is none."""
    merged = merger_2025(name)
    old = lookup_province(name) if merged is not None else None
    if merged is None or old is None or old.name == merged[1]:
        return None
    return old.name, [n for n in merged[0] if n != old.name], merged[1]


def merged_away_words(name: str | None, option: Callable[[str], str]) -> Words | None:
    """Where ``name`` (a filter that chose nothing) names a province merged away in 2025 (:func:`merged_away_2025`),
    the note naming the province to ask for, as ``option(new_name)`` writes the filter (``--province 'Gia Lai'``,
    ``province='Gia Lai'``); None otherwise. The CLI notes it, the web says it in its answer."""
    merged = merged_away_2025(name) if name else None
    if merged is None:
        return None
    place, others, after = merged
    return Words("note.merged-place", {"place": place, "others": ", ".join(others), "after": after,
                                       "option": option(after)})


def district_gone_words(name: str | None, option: Callable[[str], str], day: _dt.date | None = None, *,
                        page: bool = False) -> Words | None:
    """Where ``name`` (a place filter that chose nothing on ``day``, today where None) names a district, town or
    city of the map before 1 July 2025 and no province ('Vĩnh Yên', 'Thành phố Vĩnh Yên', or 'phường Nam Từ Liêm',
    which the place index reads as the district): the note that the 2025 reform did away with that level, naming the
    province the documents issued there since are placed under, as ``option(new_name)`` writes the filter. Where it
    is typed as a ward or commune today's map has ('phường Hoàn Kiếm', :func:`ward_of_2025`), the note says so
    instead: place filters choose provinces and the old map's districts, it was read as the old district, and the
    province to ask for is the ward's. None
    before that day, for a province's name (:func:`merged_away_words` says its own) and for a name two provinces'
    districts share. Where its communes are found and how to reach the old map are said as the command line says
    them, or (``page``) as a ``/queries`` page does."""
    if not name or (day is not None and day < REFORM_START) or lookup_province(name) or lookup_province(name, "2025"):
        return None
    found = _districts_named(name, commune_words=True)
    if len({d.province for d in found}) != 1:
        return None
    district = found[0]
    after = successor_2025(district.province)
    if after is None:
        return None
    where = "page" if page else "cli"
    ward = ward_of_2025(name)
    if ward is not None:
        # the name was typed as a ward or commune today's map has: the district note would answer a question not asked
        unit, province = ward
        return Words("note.ward-read-as-district", {
            "place": unit, "province": province, "district": district.full_name or district.name,
            "old_province": district.province, "option": option(province), "communes": Words("where.communes-" + where)})
    return Words("note.district-gone", {"place": district.full_name or district.name, "province": district.province,
                                        "option": option(after.name), "communes": Words("where.communes-" + where),
                                        "before": Words("where.before-reform-" + where)})


def ward_of_2025(name: str) -> tuple[str, str] | None:
    """Where ``name`` is typed with a commune's or ward's kind word (xã, phường, thị trấn) and names a unit of that
    kind on the map from 1 July 2025 in one province: its full name as the map spells it ('Phường Hoàn Kiếm') and that
    province's name ('Hà Nội'); None otherwise ('phường Nam Từ Liêm', 'Hoàn Kiếm', or a name two provinces share)."""
    typed = re.fullmatch(rf"({_COMMUNE_WORDS}) (.+)", fold(name.strip()))
    provinces = commune_kind_index("2025").get((typed[1], typed[2]), frozenset()) if typed else frozenset()
    unit = lookup_province(next(iter(provinces)), "2025") if len(provinces) == 1 else None
    if typed is None or unit is None:
        return None
    full = next((row[2] for row in communes_2025(unit.code) if fold(row[2]) == f"{typed[1]} {typed[2]}"), None)
    return None if full is None else (full, unit.name)


def empty_place_words(name: str | None, option: Callable[[str], str], day: _dt.date | None = None, *,
                      page: bool = False) -> Words | None:
    """What to say of a place filter that chose nothing on ``day``: an old province merged away
    (:func:`merged_away_words`) or a district of the old map (:func:`district_gone_words`); None otherwise. The one
    rule of ``dkg query`` and the ``/queries`` pages."""
    return merged_away_words(name, option) or district_gone_words(name, option, day, page=page)


@lru_cache(maxsize=128)
def continued_province(code_2025: str) -> str | None:
    """The old province's code that a 2025 province (by its code) carries on alone, or None where the reform merged
    two or more old provinces into it (tỉnh không sáp nhập)."""
    olds = predecessors_2025(code_2025)
    return olds[0].code if len(olds) == 1 else None


def scheme_on(day: _dt.date | None) -> str:
    """The code scheme of the map in force on ``day``: '2025' from 1 July 2025, else 'legacy' (an unknown day
    included)."""
    return "2025" if day is not None and day >= REFORM_START else "legacy"


def place_scheme(day: _dt.date | None, scheme: str | None) -> str:
    """The map a text's place is on: that of the text's ``day`` (:func:`scheme_on`), or, where no day says it, the
    ``scheme`` its place was read on (an undated text that names a unit only the 2025 map has: kg.extract.place)."""
    return scheme if day is None and scheme else scheme_on(day)


@lru_cache(maxsize=1)
def ward_merges() -> tuple[tuple[str, str, str, str, str], ...]:
    """Every commune, ward and town of the map before 1 July 2025 with the one of the 2025 map that took it over,
    from the package's converter table: (old name 'Thị trấn Thịnh Vượng', its district 'Huyện Gia Viễn', its
    province 'Ninh Bình', new name 'Xã Gia Viễn', its province 'Ninh Bình'); one divided between several, once each."""
    data = json.loads(_pkg_data("converter_2025.json").read_text(encoding="utf-8"))
    old = {f"{r['provinceKey']}_{r['districtKey']}_{r['wardKey']}": r for r in _query(
        "SELECT DISTINCT provinceKey, districtKey, wardKey, ward, district, provinceShort FROM admin_units_legacy")}
    new = {(r["provinceKey"], r["wardKey"]): r for r in _query(
        "SELECT DISTINCT provinceKey, wardKey, ward, provinceShort FROM admin_units")}
    pairs = [(province, o, ward) for province, wards in data["DICT_PROVINCE_WARD_NO_DIVIDED"].items()
             for ward, olds in wards.items() for o in olds]
    pairs += [(province, o, part["newWardKey"]) for province, olds in data["DICT_PROVINCE_WARD_DIVIDED"].items()
              for o, parts in olds.items() for part in parts]
    out = {(a["ward"], a["district"], a["provinceShort"], b["ward"], b["provinceShort"])
           for province, o, ward in pairs if (a := old.get(o)) and (b := new.get((province, ward)))}
    return tuple(sorted(out))


@lru_cache(maxsize=1)
def domain_keys() -> dict[str, str]:
    """The package's province keys ('phutho', 'hatinh'), the way news sites spell them in their
    addresses ('baophutho.vn', 'hatinh.gov.vn') -> the province's short name in its own scheme."""
    out: dict[str, str] = {}
    for table in ("admin_units_legacy", "admin_units"):
        for r in _query(f"SELECT DISTINCT provinceShortKey, provinceShort FROM {table}"):
            out.setdefault(r["provinceShortKey"], r["provinceShort"])
    return out


@lru_cache(maxsize=2)
def commune_index(scheme: str) -> dict[str, frozenset[str]]:
    """fold(commune name) -> the provinces (short names) that have a commune, ward or town of that
    name (xã, phường, thị trấn) in ``scheme``: 'legacy' (until 30/6/2025) or '2025'."""
    table = "admin_units_legacy" if scheme == "legacy" else "admin_units"
    idx: dict[str, set[str]] = {}
    for r in _query(f"SELECT DISTINCT wardShort, provinceShort FROM {table}"):
        if r["wardShort"]:
            idx.setdefault(fold(r["wardShort"]), set()).add(r["provinceShort"])
    return {k: frozenset(v) for k, v in idx.items()}


@lru_cache(maxsize=2)
def commune_kind_index(scheme: str) -> dict[tuple[str, str], frozenset[str]]:
    """(fold(kind word), fold(commune name)) -> the provinces with a unit of that kind and name in ``scheme``: a name
    several provinces share may be a ward (phường) in one and a commune (xã) in the others ('phường Thuận Hóa')."""
    table = "admin_units_legacy" if scheme == "legacy" else "admin_units"
    idx: dict[tuple[str, str], set[str]] = {}
    for r in _query(f"SELECT DISTINCT ward, wardShort, provinceShort FROM {table}"):
        short, full = r["wardShort"], r["ward"]
        if short and full and full.endswith(short) and len(full) > len(short):
            idx.setdefault((fold(full[:-len(short)].strip()), fold(short)), set()).add(r["provinceShort"])
    return {k: frozenset(v) for k, v in idx.items()}


def commune_only_on_new_map(name: str, province: str) -> bool:
    """``name`` is a commune, ward or town of ``province`` (a 2025 province) on the map from 1 July 2025 that none of
    the provinces it took over had: a unit the reform made ('phường Hà Giang 1' of Tuyên Quang)."""
    key = fold(name)
    olds = {p.name for p in predecessors_2025(province)} | {province}
    return province in commune_index("2025").get(key, ()) and not olds & commune_index("legacy").get(key, frozenset())


@lru_cache(maxsize=1)
def commune_district_index() -> dict[tuple[str, str], frozenset[str]]:
    """(fold(commune), fold(district)) -> the provinces (legacy short names) with that commune in that district."""
    idx: dict[tuple[str, str], set[str]] = {}
    for r in _query("SELECT DISTINCT wardShort, districtShort, provinceShort FROM admin_units_legacy"):
        if r["wardShort"] and r["districtShort"]:
            idx.setdefault((fold(r["wardShort"]), fold(r["districtShort"])), set()).add(r["provinceShort"])
    return {k: frozenset(v) for k, v in idx.items()}
