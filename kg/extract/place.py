"""The place a text reports on: page header, captions and body mentions of provinces and
districts (a district gives its province), with header mentions weighted up. Texts dated after
the 2025 reform get the 2025 province name and no district."""
from __future__ import annotations

import datetime as _dt
from collections import Counter

from kg.text import places
from kg.facts import Place

_HEAD = 400


def find_place(text: str, text_date: _dt.date | None, hint: str | None, to_source) -> Place:
    if hint:
        return _from_hint(hint, text_date)
    ms = places.find_places(text)
    if not ms:
        return Place()
    prov = Counter()
    dist = Counter()
    first: dict[str, int] = {}
    for m in ms:
        w = 3 if m.start < _HEAD else 1
        if m.kind == "province":
            prov[m.name] += w
            first.setdefault(m.name, m.start)
        elif m.province:
            prov[m.province] += w
            dist[(m.name, m.province)] += w
            first.setdefault(m.province, m.start)
    if not prov:
        return Place()
    best = max(prov, key=lambda k: (prov[k], -first.get(k, 0)))
    district = None
    ds = [(n, c) for (n, pv), c in dist.items() if pv == best]
    if ds:
        district = max(ds, key=lambda x: x[1])[0]
    span_m = next((m for m in ms if m.name == best or m.province == best), ms[0])
    span = (to_source(span_m.start), to_source(span_m.end))
    if text_date and text_date >= places.REFORM_START:
        p25 = places.lookup_province(best, "2025")
        if p25 is None:
            s = places.successor_2025(best)
            best = s.name if s else best
        else:
            best = p25.name
        district = None
    return Place(best, district, span=span)


def _from_hint(hint: str, text_date) -> Place:
    p = places.lookup_province(hint) or places.lookup_province(hint, "2025")
    if p is not None:
        return Place(p.name, None)
    prov = places.province_of_district(hint)
    if prov:
        return Place(prov, hint.replace("huyện ", "").replace("Huyện ", ""))
    return Place(hint, None)
