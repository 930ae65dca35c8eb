"""Keys of the document mentions one text holds (kg.extract.documents finds them): the issuer a list shares, a short
reference keyed as the full symbol named before it (alias), one document printed two ways, a provincial committee's
symbol printed with 'TƯ', and 'Nghị quyết Trung ương 7 khóa X' resolved to the one central resolution of that term."""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import replace

from kg.extract.bodies import issuer_info, level_of_code
from kg.extract.mention_model import Mention
from kg.extract.mention_words import LIST_GAP
from kg.extract.text import vi
from kg.extract.unnumbered import UnnumberedDocuments


# '<body> (đã) ban hành <document>' just before a mention: the body that issued it
_ISSUED_BY = re.compile(vi(r"(?P<body>(?:tỉnh|huyện|thành|quận|thị|đảng) ủy[^,.;\n]{0,40}?|ban chấp hành đảng bộ[^,.;\n]{0,40}?)"
                           r"[ \t]+(?:đã[ \t]+)?(?:ký[ \t]+)?ban hành[ \t]+$"))

# a short form named inside the title of the plan that carries it out: 'Kế hoạch thực hiện Nghị quyết 57 của Tỉnh ủy'
# (the issuer after it is the plan's, not the resolution's)
_IN_PLAN_TITLE = re.compile(vi(r"(?:kế hoạch|chương trình(?: hành động)?|đề án)[ \t]+(?:về[ \t]+)?(?:việc[ \t]+)?"
                               r"(?:tiếp tục[ \t]+)?(?:triển khai[ \t]+)?(?:thực hiện|triển khai|cụ thể hóa)[ \t]+$"))

# the terms of the Central Committee by their first day (domain README §2.1)
_CENTRAL_TERMS = [(_dt.date(2001, 4, 22), "IX"), (_dt.date(2006, 4, 25), "X"), (_dt.date(2011, 1, 19), "XI"),
                  (_dt.date(2016, 1, 28), "XII"), (_dt.date(2021, 2, 1), "XIII"), (_dt.date(2026, 1, 23), "XIV")]


class DocumentKeys(UnnumberedDocuments):
    """The key passes ``DocumentFinder.find`` runs over its mentions once they are all found."""

    def _local_tu(self, mn: Mention) -> None:
        """'Kết luận số 445-KL/TƯ của Tỉnh ủy': a page that prints 'TƯ' for a provincial or district
        committee's symbol; the issuer named in the tail or just before ('Tỉnh ủy ... ban hành')
        decides the code."""
        sym = mn.symbol
        if sym is None or sym.system != "party" or sym.issuer != "TW" or "Ư" not in self.t[mn.start:mn.end].upper():
            return
        level = issuer_info(mn.issuer)[1] if mn.issuer else None
        if level is None:
            b = _ISSUED_BY.search(self.f, max(0, mn.start - 80), mn.start)
            level = issuer_info(self.t[b.start("body"):b.end("body")])[1] if b else None
        code = {"province": "TU", "district": "HU"}.get(level or "")
        if code:
            mn.symbol = replace(sym, issuer=code)
            mn.key, mn.issuer_code = mn.symbol.key, code

    def _keys(self, ms: list[Mention]) -> None:
        # issuers shared by a list ("Nghị quyết số 18, Nghị quyết số 19 của BCH TW")
        for i in range(len(ms) - 2, -1, -1):
            a, b = ms[i], ms[i + 1]
            if a.symbol is not None and b.symbol is not None and a.symbol.issuer != b.symbol.issuer:
                continue            # 'Luật ... số 31/2018/QH14 và Quyết định số 255/QĐ-TTg của Thủ tướng'
            if a.issuer is None and b.issuer and LIST_GAP.match(self.f, a.tail_end, b.start) \
                    and LIST_GAP.match(self.f, a.tail_end, b.start).end() == b.start:
                a.issuer, a.term = b.issuer, b.term
                if a.date is None and b.date is not None and b.symbol is not None and a.symbol is not None \
                        and a.type == b.type:
                    a.date = b.date
        for mn in ms:
            if mn.issuer:
                code, level, _ = issuer_info(mn.issuer)
                mn.issuer_level = level
                if mn.symbol is None:
                    mn.issuer_code = code
            elif mn.symbol is not None:
                mn.issuer_level = level_of_code(mn.symbol.issuer)
        by_tn: dict[tuple[str, str], list[Mention]] = {}
        for mn in ms:
            if mn.number:
                by_tn.setdefault((mn.type or "", mn.number.lstrip("0")), []).append(mn)
        for mn in ms:
            if mn.key or mn.kind != "numbered":
                continue
            if mn.explicit_issuer and mn.issuer_code:
                full = self._earlier_full(mn, by_tn)
                if full is None and mn.symbol is None and _IN_PLAN_TITLE.search(self.f, max(0, mn.start - 60), mn.start):
                    # (the one full symbol of its type and number named before, whoever issued it)
                    full = next((o for o in reversed(by_tn.get((mn.type or "", (mn.number or "").lstrip("0")), []))
                                 if o.symbol is not None and o.start < mn.start), None)
                if full is not None:
                    # 'Nghị quyết số 194/2019/NQ-HĐND ... Nghị quyết 194 được HĐND tỉnh ban hành ...': the short
                    # reference whose issuer agrees with the full symbol named before is that document
                    mn.key = full.key or self._build_key(full)
                    mn.kind = "alias"
                    continue
                mn.key = self._build_key(mn)
                continue
            # alias: the same type and number with a known key elsewhere in the text
            same = [o for o in by_tn.get((mn.type or "", (mn.number or "").lstrip("0")), [])
                    if o is not mn and (o.symbol is not None or (o.explicit_issuer and o.issuer_code))]
            if same:
                prev = [o for o in same if o.start < mn.start]
                ref = prev[-1] if prev else same[0]
                mn.key = ref.key or self._build_key(ref)
                mn.kind = "alias"
                continue
            mn.key = self._build_key(mn)

    @staticmethod
    def _symbol_variants(ms: list[Mention]) -> None:
        """One document printed two ways in one text is keyed by its first printing: 'Thông báo số 27-TB/BCĐ35' then
        'Thông báo số 27-TB/BCĐ', 'Kế hoạch số 45/KH-UBND' then '45/KH-UBND-VX', 'Quyết định số 06/QĐ-TTg' then
        '6/QĐ-TTg': the same type and number, no other year, and the one issuer code (with its unit) the start of
        the other's. Not when the two carry different dates, nor when a third printing makes it ambiguous."""
        first: dict[tuple[str, str], list[Mention]] = {}
        for mn in sorted(ms, key=lambda x: x.start):
            sym = mn.symbol
            if sym is None or not mn.key or sym.type is None:
                continue
            group = first.setdefault((sym.type, sym.number.lstrip("0")), [])
            if all(o.key != mn.key for o in group):
                group.append(mn)
        renamed: dict[str, str] = {}
        for group in first.values():
            if len(group) != 2:
                continue
            a, b = group
            sa, sb = a.symbol, b.symbol
            if sa is None or sb is None:
                continue
            if sa.year is not None and sb.year is not None and sa.year != sb.year:
                continue
            if a.date is not None and b.date is not None and a.date != b.date:
                continue
            ia = (sa.issuer or "") + (sa.unit or "")
            ib = (sb.issuer or "") + (sb.unit or "")
            if ia and ib and (ia.startswith(ib) or ib.startswith(ia)):
                renamed[str(b.key)] = str(a.key)
        if renamed:
            for mn in ms:
                if mn.key in renamed:
                    mn.key = renamed[mn.key]

    def _plenum_aliases(self, ms: list[Mention]) -> None:
        """'Nghị quyết Trung ương 7 khóa X' is the one central NQ of term X named in the text (the
        term of a central NQ from its tail, the words after it, or its date)."""
        terms: dict[int, str] = {}
        for i, o in enumerate(ms):
            if o.symbol is None or o.type != "NQ" or o.symbol.issuer != "TW":
                continue
            if o.term:
                terms[id(o)] = o.term
                continue
            a = max(o.end, o.tail_end)
            b = min(len(self.f), a + 120, ms[i + 1].start if i + 1 < len(ms) else len(self.f))
            k = re.search(r"^[^.;\n]*?(?<![a-z])(?:khoa|khia)[ \t]+([ivx]{1,5})(?![a-z])", self.f[a:b])
            if k and "trung uong" in self.f[a:a + k.start(1)]:
                terms[id(o)] = k.group(1).upper()
            elif o.date is not None:
                for start, term in _CENTRAL_TERMS:
                    if o.date >= start:
                        terms[id(o)] = term
        for i, mn in enumerate(ms):
            if mn.kind != "named" or not mn.key.startswith("NQ:") or not mn.term or "đại hội" in mn.key.lower():
                continue
            # 'Nghị quyết Trung ương 7 khóa X (Nghị quyết số 26-NQ/TW)'
            nxt = ms[i + 1] if i + 1 < len(ms) else None
            if nxt is not None and nxt.symbol is not None and nxt.type == "NQ" \
                    and re.fullmatch(r"[ \t]*[(,–-][ \t]*", self.f[mn.end:nxt.start]):
                mn.key = nxt.key
                mn.kind = "resolved"
                terms.setdefault(id(nxt), mn.term)
                continue
            keys = {o.key for o in ms if id(o) in terms and terms[id(o)] == mn.term}
            if len(keys) == 1:
                mn.key = keys.pop()
                mn.kind = "resolved"
