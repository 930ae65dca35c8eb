"""One record per document the text names (DocInfo): the fields its mentions carry, the first mention that carries
each one winning, a date checked against the year the document is named by. Split from kg.extract.documents, which
finds the mentions."""
from __future__ import annotations

import re

from kg.extract.bodies import is_party_code, level_of_code
from kg.extract.document_dates import heading_number
from kg.extract.document_headings import heading_issuer, heading_level
from kg.extract.mention_model import DocInfo, Mention
from kg.extract.text import Prepared, norm_body


# the year a document is named by, right after its symbol: 'Nghị quyết số 12-NQ/TU năm 2021'
_YEAR_NAMED = re.compile(r"[ \t]*,?[ \t]*nam[ \t]+((?:19|20)\d\d)(?!\d)")


def _latest_years(mentions: list[Mention], f: str) -> dict[str, int]:
    """The latest year each document can be of: the year its state symbol carries, or the one it is named by
    ('12-NQ/TU năm 2021'). (That year may also be the one a document was carried out in, 'kết quả thực hiện
    Nghị quyết số 09-NQ/TU năm 2023': a document is never of a later year than either reading gives.)"""
    out: dict[str, int] = {}
    for mn in mentions:
        if not mn.key or mn.kind != "numbered" or mn.symbol is None:
            continue
        years = [mn.symbol.year] if mn.symbol.year else []
        y = _YEAR_NAMED.match(f, mn.end)
        if y:
            years.append(int(y.group(1)))
        for year in years:
            out[mn.key] = min(year, out.get(mn.key, year))
    return out


def collect(mentions: list[Mention], p: Prepared) -> dict[str, DocInfo]:
    """One DocInfo per key; the first mention that carries a field wins (a date no later than the year the
    document is named by: one after it is another document's or event's)."""
    docs: dict[str, DocInfo] = {}
    latest = _latest_years(mentions, p.folded)
    typed: set[str] = set()  # keys whose type was read from their own symbol
    for mn in sorted(mentions, key=lambda x: x.start):
        if not mn.key or mn.draft:
            continue
        d = docs.get(mn.key)
        if mn.kind == "numbered" and mn.symbol is not None and mn.type and mn.key not in typed:
            # the symbol states the type ('134/NQ-CP' is a Nghị quyết), whatever an earlier mention
            # resolved to it was called ('Chương trình hành động' carried by that resolution)
            typed.add(mn.key)
            if d is not None:
                d.type = mn.type
        if d is None:
            sym = mn.symbol
            system = sym.system if sym else ("party" if is_party_code(mn.issuer_code) else (
                "state" if mn.issuer_code else None))
            number = mn.number if mn.kind != "named" and mn.kind != "planned" else None
            d = DocInfo(mn.key, mn.type, number, system=system, span=p.span(mn.start, mn.end))
            if sym is not None:
                d.issuer_code = sym.issuer if sym.system == "party" or sym.type else sym.issuer
            docs[mn.key] = d
        d.mentions.append(p.span(mn.start, mn.end))
        if d.issuer is None and mn.issuer:
            d.issuer = norm_body(mn.issuer + (f" khóa {mn.term}" if mn.term and "kh" not in mn.issuer.lower() else ""))
        if d.issuer_code is None and mn.issuer_code and mn.kind != "named":
            d.issuer_code = mn.issuer_code
        if d.level is None:
            d.level = mn.issuer_level or level_of_code(d.issuer_code)
        if d.date is None and mn.date is not None and mn.date.year <= latest.get(mn.key, mn.date.year):
            d.date = mn.date
        if d.subject is None and mn.subject:
            d.subject = mn.subject
    # an official text's own document: the unit its heading names above the number gives the level ('ỦY BAN NHÂN
    # DÂN / HUYỆN YÊN THÀNH / Số: 512/BC-UBND' is a district's, whatever 'UBND' alone suggests), and the issuer where
    # the text names none in words
    for mn in mentions:
        if mn.key in docs and mn.kind == "numbered" and heading_number(p.folded, mn.start, mn.end):
            docs[mn.key].level = heading_level(p.text, p.folded, mn.start) or docs[mn.key].level
            docs[mn.key].issuer = docs[mn.key].issuer or heading_issuer(p.text, p.folded, mn.start)
            break
    for d in docs.values():
        if d.type in ("CL", "CTMTQG") and d.level is None:
            d.level = "central"
        if d.level is None and d.issuer_code:
            d.level = level_of_code(d.issuer_code)
        if d.number is None and d.key and ":" not in d.key:
            d.number = d.key.split("-")[0].split("/")[0]
    return docs
