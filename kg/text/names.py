"""One spelling for one name, wherever it is made: the body names extraction gives (kg.extract), the body
nodes and the keys of documents without a number (kg.rdf.build, kg.text.dockeys).

Two rules, each here only: the tone placement (cách bỏ dấu thanh: the old 'Tỉnh uỷ', 'hoà', 'khoẻ' written the
new way, 'Tỉnh ủy', 'hòa', 'khỏe') and the name of the place a name is scoped to, left out where the node names
its place ('Đảng bộ tỉnh Ninh Bình' in Ninh Bình is its 'Đảng bộ tỉnh'; 'Quận ủy Hà Đông' in Hà Đông its 'Quận ủy').
And the commune or district a body's name says it belongs to ('Đảng ủy xã Tân Lập' -> 'Tân Lập'), read by the
place finder of kg.text.place_mentions, and the name of a commune's body completed with its commune ('Hội Nông dân
xã' of xã Gia Viễn -> 'Hội Nông dân xã Gia Viễn').
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from kg.text import place_mentions
from kg.text.symbols import letters, nfc

__all__ = ["body_without_own_place", "commune_in", "district_in", "new_tone", "with_commune", "without_own_place"]

# a tone mark on the second vowel of 'oa', 'oe', 'uy' at the end of a word, as the old placement puts it;
# not the u of 'qu', which is no vowel ('quý', 'quà')
_OLD_TONE = re.compile(r"(?<![qQ])([oOuU])([àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ])(?![^\W\d_])")
_MARKED = frozenset("àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ")


def _moved(m: re.Match[str]) -> str:
    marked = unicodedata.normalize("NFD", m.group(2))
    return unicodedata.normalize("NFC", m.group(1) + marked[1:]) + marked[0]


def new_tone(text: str) -> str:
    """``text`` (NFC) with the new tone placement: 'Tỉnh uỷ' -> 'Tỉnh ủy', 'Hoà Bình' -> 'Hòa Bình', 'UỶ BAN' ->
    'ỦY BAN'; 'quý', 'thuở' and a tone already on the first vowel stay as they are."""
    text = unicodedata.normalize("NFC", text)
    if _MARKED.isdisjoint(text):  # (most names: nothing to move)
        return text
    return _OLD_TONE.sub(_moved, text)


# the units a place's name follows ('Đảng bộ tỉnh Ninh Bình', 'UBND huyện Văn Lãng'), all or those of one kind of
# place: a district's name after 'xã' is a commune's, named like the district it lay in ('xã Gia Viễn' of huyện Gia Viễn)
_UNITS = {"province": "tỉnh|thành phố", "district": "huyện|quận|thị xã|thành phố"}
_ANY_UNIT = "tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn"
_COMMUNE_WORDS = "|".join(place_mentions.COMMUNE_UNIT_WORDS)
_COMMUNE_UNIT_BEFORE = re.compile(rf"(?<![^\W\d_])(?:{_COMMUNE_WORDS})$", re.IGNORECASE)


def _unit_words(kind: str | None) -> str:
    return r"(?<![^\W\d_])(" + _UNITS.get(kind or "", _ANY_UNIT) + r")[ \t]+"
# where a place's name ends: not before a letter, nor before a word in capitals that would make it a longer name
# ('xã An Nghĩa Đông' is not 'xã An Nghĩa')
_PLACE_END = letters(r"(?![^\W\d_])(?![ \t]+[{U}][{L}])")


def without_own_place(name: str, place: str | None, kind: str | None = None) -> str:
    """``name`` without the name of ``place``, the province or district it is scoped to, where it follows its unit's
    word ('Đại hội đại biểu Đảng bộ tỉnh Ninh Bình lần thứ XXI' -> '... Đảng bộ tỉnh lần thứ XXI', as it is written
    in the province itself), so that the wordings of one body or one document, with and without it, meet on one
    node (the node names its place). A title's other words stay ('di tích Kinh thành Huế'); so does a name that
    would be left with less than two words. The name is returned in the new tone placement (:func:`new_tone`), in
    which the two are compared. ``kind`` ('province', 'district'): the place's, whose units' words alone it follows
    ('xã Gia Viễn' is no name of the district Gia Viễn)."""
    spelt = new_tone(name)
    if not place or not place.strip():
        return spelt
    rest = _own_place(place, kind).sub(r"\1", spelt)
    return rest if len(rest.split()) >= 2 else spelt


@lru_cache(maxsize=1024)
def _own_place(place: str, kind: str | None) -> re.Pattern[str]:
    """The pattern of ``place``'s name after its unit's word, compiled once per place and kind: ``re``'s own
    cache (512 patterns, the oldest dropped first) is worked through by the one-off patterns of a batch's texts,
    so each of a thousand texts compiled its places' patterns again."""
    return re.compile(f"(?i:{_unit_words(kind)}{re.escape(_place(place))}){_PLACE_END}")


def body_without_own_place(name: str, place: str | None, kind: str | None = None) -> str:
    """A body's name without the place it is scoped to: after its unit's word (:func:`without_own_place`), and at
    the end of the name, where a body's name puts it ('Quận ủy Hà Đông' in Hà Đông is its 'Quận ủy', the name the
    news gives it more often). Kept whole where less than two words would be left ('UBND Lạng Sơn') and where the
    place stands elsewhere without its unit ('Huyện ủy Văn Lãng tỉnh Lạng Sơn' in Văn Lãng)."""
    rest = without_own_place(name, place, kind)
    own = _place(place) if place else None
    if own and rest.endswith(" " + own):
        shorter = rest[: -len(own) - 1].rstrip(" ,-")
        if kind is not None and _COMMUNE_UNIT_BEFORE.search(shorter):
            return rest  # 'Hội Nông dân xã Gia Viễn' in the district Gia Viễn: the commune's name
        return shorter if len(shorter.split()) >= 2 else rest
    return rest


def _place(place: str) -> str:
    return new_tone(" ".join(place.split()))


def commune_in(name: str | None) -> str | None:
    """The commune, ward or town a body's name names as its own ('Đảng ủy xã Xuân Long' -> 'Xuân Long'), as
    :func:`kg.text.place_mentions.commune_names` reads it; None where it names none ('Đảng ủy xã', 'Huyện ủy Cam Lộ')."""
    found = next(place_mentions.commune_names(nfc(name)), None) if name else None
    return new_tone(" ".join(found[1])) if found else None


def district_in(name: str | None) -> str | None:
    """The district a body's name names as its own ('Huyện ủy Cam Lộ', 'UBND huyện Cam Lộ' -> 'Cam Lộ'), as
    :func:`kg.text.place_mentions.find_places` reads it (a district of the map); None where it names none."""
    return next((p.name for p in place_mentions.find_places(name) if p.kind == "district"), None) if name else None


# a commune's body named without its commune: the name ends on the commune's unit word ('Hội Nông dân xã', 'Công an
# phường', 'Ủy ban MTTQ Việt Nam xã'); not a name of several ('UBND các xã', '12 phường', 'các xã, thị trấn')
_ENDS_ON_COMMUNE_WORD = re.compile(rf"(?<![^\W\d_])(?<![,;] )(?<!các )(?<!\d )({_COMMUNE_WORDS})$", re.IGNORECASE)
_SEVERAL = re.compile(r"^(?:các|Các|những|Những|\d+)[ \t]")


def with_commune(name: str, commune: str | None) -> str:
    """``name``, a commune's body's that ends on its unit's word and does not name the commune ('Hội Nông dân xã'),
    with the name of ``commune``, the one it belongs to ('Hội Nông dân xã Gia Viễn'), so that it and the body named
    whole meet on one node and two communes' bodies stay two; any other name as it is."""
    if not commune or _SEVERAL.match(name) or not _ENDS_ON_COMMUNE_WORD.search(name):
        return name
    return f"{name} {commune}"
