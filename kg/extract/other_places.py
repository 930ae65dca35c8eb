"""Figures of another place (địa phương khác) quoted in a text: what another province did, or the whole country, is no
result of the documents a text about one province follows, unless the sentence names the document it was done under.

A sentence turns to another place where it opens on the place ('Ở Cần Thơ, thành phố đã mở 35 lớp ...', 'Tại tỉnh
Sóc Trăng, ...') or where a speaker from another province reports on it ('đại biểu Sở Thủy sản tỉnh Cà Mau cho biết tỉnh
bạn đã có 4.000 ha nuôi tôm'). The place is another where it is a province that is not the text's
own (any province, where the text has none: a national article's provinces are each other places). Patterns are
written in Vietnamese with diacritics and read on the source text (a place's name keeps its capitals)."""
from __future__ import annotations

import bisect
import re

from kg.text.places import lookup_province, predecessors_2025
from kg.text.symbols import fold

# a place's name: one to four words, each opening on a letter, one space between them (each word is one run of
# letters, never split in two: a name read as pieces of a long word tried every way to cut it, whose cost grew as the
# word's length to the third power)
_NAME = r"[^\W\d_][^\s,.;:()]*(?:[ \t][^\W\d_][^\s,.;:()]*){0,3}"
# a sentence that opens on a province: 'Ở Cần Thơ, ...', 'Tại tỉnh Sóc Trăng, ...' (group 1: the name, in capitals)
_OPENS_ON_PLACE = re.compile(r"[ \t]*(?:Ở|Tại)[ \t]+(?:(?:tỉnh|thành phố|TP\.?)[ \t]+)?(" + _NAME + r"[ \t]?),")
# a sentence that opens on the whole country ('Trên cả nước, ...', 'Cả nước, tính đến ...', 'Trên phạm vi toàn quốc, ...',
# 'Ở cấp quốc gia, ...'): in a text about one province, the country's figures are set beside its own, no result of
# it (point (f) of our sets' conventions); in a national text (no province of its own) they are its results
_OPENS_ON_NATION = re.compile(r"[ \t]*(?:(?:[Tt]rên|[Ởở]|[Tt]ại)[ \t]+(?:(?:phạm vi|bình diện)[ \t]+)?(?:cả nước|toàn quốc|cấp quốc gia)"
                              r"|(?:Cả nước|Toàn quốc))[ \t]*,")
# a speaker from another province who reports on it: 'đại diện Sở ... thành phố Cần Thơ cho biết', 'đại biểu tỉnh Cà
# Mau chia sẻ' (group 1: the name)
_SPEAKER_OF_PLACE = re.compile(r"(?<![^\W\d_])(?:đại diện|đại biểu)(?![^\W\d_])[^.;:\n]{0,60}?(?<![^\W\d_])(?:tỉnh|thành phố)[ \t]+"
                               r"(" + _NAME + r"?)[ \t]*(?:cho biết|chia sẻ|thông tin)(?![^\W\d_])")


def _province(name: str) -> str | None:
    """The province ``name`` names, in either scheme, else None (each of its words opens on a capital, as a name's do:
    'Tại hội nghị' names none)."""
    name = name.strip()
    if not name or not all(w[0].isupper() for w in name.split()):
        return None
    p = lookup_province(name) or lookup_province(name, "2025")
    return p.name if p is not None else None


def own_places(own_province: str | None, after_reform: bool) -> set[str]:
    """The names (folded) a text's own province goes by: its own and, on the map after the reform, those of the old
    provinces merged into it (Cà Mau: Bạc Liêu too); empty where the text has no province."""
    if not own_province:
        return set()
    merged = predecessors_2025(own_province) if after_reform else []
    return {fold(own_province), *(fold(p.name) for p in merged)}


def other_place_sentences(text: str, sentences, own_province: str | None, named_at, *,
                          after_reform: bool = False) -> list[tuple[int, int]]:
    """The (start, end) of each sentence of ``text`` that turns to a province other than ``own_province`` (see the
    module's docstring) and names no document (``named_at(start, end)``: a document is mentioned in that stretch);
    ``after_reform``: the text is on the map from 1 July 2025, where a province merged into its own is its own."""
    own = own_places(own_province, after_reform)
    found = []
    for s in sentences:
        if own and _OPENS_ON_NATION.match(text, s.start, s.end) and not named_at(s.start, s.end):
            found.append((s.start, s.end))
            continue
        m = _OPENS_ON_PLACE.match(text, s.start, s.end)
        prov = _province(m.group(1)) if m is not None else None
        if prov is None and "đại" in text[s.start:s.end] and (m := _SPEAKER_OF_PLACE.search(text, s.start, s.end)):
            prov = _province(m.group(1))    # ('Tại hội nghị, đại diện ... thành phố Cần Thơ cho biết ...')
        if prov is not None and fold(prov) not in own and not named_at(s.start, s.end):
            found.append((s.start, s.end))
    return found


def without_other_places(p, sentences, outcomes: list, own_province: str | None, mention_starts: list[int], *,
                         after_reform: bool = False) -> list:
    """The outcomes but those stated in a sentence about another place (other_place_sentences). ``p``: the prepared
    text (its text, and ``span`` to the source's offsets the outcomes' spans are in); ``mention_starts``: where each
    document mention of the text begins, sorted; ``after_reform``: the text is on the map from 1 July 2025."""
    def named_at(a: int, b: int) -> bool:
        i = bisect.bisect_left(mention_starts, a)
        return i < len(mention_starts) and mention_starts[i] < b

    spans = [p.span(a, b) for a, b in other_place_sentences(p.text, sentences, own_province, named_at,
                                                             after_reform=after_reform)]
    if not spans:
        return outcomes
    return [o for o in outcomes if not (o.span and any(a <= o.span[0] < b for a, b in spans))]
