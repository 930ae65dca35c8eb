"""The place a text reports on: page header, captions and body mentions of provinces and
districts (a district gives its province), the site's address ('Baophutho.vn'), and communes whose
name only one province has (a commune gives its province), with header mentions weighted up.
Texts dated after the 2025 reform get the 2025 province name and no district."""
from __future__ import annotations

import datetime as _dt
from collections import Counter

from kg.text import places
from kg.facts import Place

_HEAD = 400
# a province whose name changed before the 2025 reform: the registry's name -> (the earlier name, the day the
# new one began). Thừa Thiên Huế became Thành phố Huế on 1/1/2025; a text of 2023 reports on Thừa Thiên Huế.
_EARLIER_NAME = {"Huế": ("Thừa Thiên Huế", _dt.date(2025, 1, 1))}


def find_place(text: str, text_date: _dt.date | None, hint: str | None, to_source) -> Place:
    if hint:
        return _from_hint(hint, text_date)
    ms = places.find_places(text)
    # a commune page after the 2025 reform names its commune and rarely its province: a commune
    # name that only one province has counts for that province (kg.text.places.find_communes)
    scheme = None if text_date is None else ("2025" if text_date >= places.REFORM_START else "legacy")
    communes = places.find_communes(text, scheme)
    if communes:
        ms = sorted(ms + communes, key=lambda m: m.start)
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
        elif m.kind == "commune":
            prov[m.province] += w
            first.setdefault(m.province, m.start)
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
    elif best in _EARLIER_NAME:
        earlier, until = _EARLIER_NAME[best]
        if (text_date is not None and text_date < until) or (text_date is None and earlier in text):
            best = earlier
    return Place(best, district, span=span)


def _from_hint(hint: str, text_date) -> Place:
    p = places.lookup_province(hint) or places.lookup_province(hint, "2025")
    if p is not None:
        return Place(p.name, None)
    prov = places.province_of_district(hint)
    if prov:
        return Place(prov, hint.replace("huyện ", "").replace("Huyện ", ""))
    return Place(hint, None)
