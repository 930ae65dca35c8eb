"""Approving decisions (quyết định phê duyệt) and the programmes, đề án and strategies they approve: 'Chương trình
xây dựng nông thôn mới ... (Quyết định số 263/QĐ-TTg ...)' dates the programme by its decision, and a short name by
the decision's number ('Đề án 939') is the đề án it approved. Part of DocumentFinder, under kg.extract.unnumbered."""
from __future__ import annotations

import re

from kg.extract.document_aliases import DocumentAliases
from kg.extract.mention_model import Mention
from kg.extract.own_approval import APPROVED_TYPES
from kg.extract.mention_words import APPROVED_BY
from kg.extract.text import vi

# a decision named right after the programme it approved: ' (Quyết định số ...', ' theo Quyết định ...',
# '" (Đề án 939) ban hành theo Quyết định ...'
_BRACKET_OPEN = re.compile(r"[ \t”\"]*\([ \t]*")
_BRACKET_CLOSE = re.compile(r"[ \t]*\)")
_APPROVES_NAMED_BEFORE = re.compile(vi(r"[ \t]*,?[ \t]*(?:về việc[ \t]+)?(?:ban hành|phê duyệt)[ \t]+(?P<w>chương trình|đề án|chiến lược)"
                                        r"(?:[ \t]+(?:mục tiêu quốc gia|hành động))?[ \t]+(?:nói trên|này|trên)(?![a-z])"))
# the decision named before what it approved: 'Quyết định số 06/QĐ-TTg của Thủ tướng Chính phủ phê duyệt Đề án ...'
_APPROVES_NEXT = re.compile(vi(r"[ \t]*,?[ \t]*(?:về việc[ \t]+)?(?:ban hành|phê duyệt)[ \t]+"))
_APPROVED_WORD_TYPES = {"chuong trinh": {"CTr", "CTMTQG"}, "de an": {"ĐA"}, "chien luoc": {"CL"}}
# the types a short name by a decision's number may give, and the types of what such a decision approved
_BY_DECISION_NUMBER = {"ĐA": {"ĐA"}, "CTr": {"CTr", "CTMTQG"}, "CTMTQG": {"CTr", "CTMTQG"}}
# the issuers of the decisions that approve national programmes
_NATIONAL_PROGRAMME_ISSUERS = {"TTg", "CP"}
# issuer codes of one body for a decision's short name: the Government's decisions are signed by its Prime Minister
_SAME_ISSUER = {"CP": "TTg"}


class ApprovingDecisions(DocumentAliases):
    """The passes that tie a programme, đề án or strategy to the decision that approved it."""

    def _approving_decisions(self, ms: list[Mention]) -> None:
        """'Chương trình xây dựng nông thôn mới ... (Quyết định số 263/QĐ-TTg ngày 22/02/2022)', 'Đề án ... ban
        hành theo Quyết định số 939/QĐ-TTg ngày 30/6/2017': the decision that approved a programme, đề án or
        strategy dates it, and what is said after both is about the programme."""
        ordered = sorted((m for m in ms if m.key), key=lambda m: m.start)
        # a short name in brackets right after a named programme or đề án is that one: '"Hỗ trợ phụ nữ khởi
        # nghiệp ..." (Đề án 939)'
        short_names: dict[tuple[str, str], str] = {}      # (type, number) -> the named one's key
        for a, b in zip(ordered, ordered[1:]):
            if a.kind == "named" and a.type in APPROVED_TYPES and b.kind == "numbered" and b.symbol is None \
                    and b.type == a.type and _BRACKET_OPEN.fullmatch(self.f, max(a.end, a.tail_end), b.start) \
                    and _BRACKET_CLOSE.match(self.f, b.end):
                short_names.setdefault((b.type, (b.number or "").lstrip("0")), str(a.key))
                b.key, b.kind, b.number = a.key, "alias", None
                b.end = b.tail_end = _BRACKET_CLOSE.match(self.f, b.end).end()
        ordered = [m for m in ordered if m.kind != "alias" or m.number is not None]
        for a, b in zip(ordered, ordered[1:]):
            if a.kind != "named" or a.type not in APPROVED_TYPES or b.kind != "numbered" or b.type != "QĐ":
                continue
            if APPROVED_BY.fullmatch(self.f, max(a.end, a.tail_end), b.start):
                b.approves = a
                if a.date is None:
                    a.date = b.date
        # the issue date stated after the title of what a decision approved is the decision's, which is what is
        # signed: 'Quyết định số 06/QĐ-TTg ... phê duyệt Đề án ... giai đoạn 2022-2025 (ký ngày 6/1/2022)'
        for b, a in zip(ordered, ordered[1:]):
            if b.kind != "numbered" or b.type != "QĐ" or a.kind != "named" or a.type not in APPROVED_TYPES:
                continue
            if _APPROVES_NEXT.fullmatch(self.f, max(b.end, b.tail_end), a.start):
                b.approves, b.date = a, b.date or a.date
        # the decision named after the programme, with a back reference: '... Quyết định số 1896/QĐ-TTg ngày
        # 25/12/2019 của Thủ tướng Chính phủ ban hành Chương trình nói trên'
        for i, b in enumerate(ordered):
            if b.kind != "numbered" or b.type != "QĐ" or b.date is None:
                continue
            m = _APPROVES_NAMED_BEFORE.match(self.f, max(b.end, b.tail_end))
            if m is None:
                continue
            types = _APPROVED_WORD_TYPES[m.group("w")]
            before = [a for a in ordered[:i] if a.kind == "named" and a.type in types]
            if before and before[-1].date is None:
                before[-1].date = b.date
        self._projects_by_number(ordered, short_names)

    def _projects_by_number(self, ordered: list[Mention], short_names: dict[tuple[str, str], str]) -> None:
        """'Đề án 06' is named by the number of the decision that approved it: the one named before in brackets
        after its title ('... (Đề án 06)'), else the title that decision approved, else the decision itself
        ('Quyết định số 06/QĐ-TTg ... phê duyệt Đề án 06', 'Đề án 06 của Chính phủ' beside 'Quyết định số
        06/QĐ-TTg'). The decision must be shown approving a đề án, or have the issuer the short name gives it
        (the Government's decisions are its Prime Minister's); one decision of that number only. A national
        programme is named the same way ('Chương trình 1719' beside 'Quyết định số 1719/QĐ-TTg'): a programme
        without a symbol whose number only a decision of the Prime Minister or the Government has."""
        decisions: dict[str, list[Mention]] = {}
        for b in ordered:
            if b.kind == "numbered" and b.type == "QĐ" and b.symbol is not None and b.key:
                decisions.setdefault(b.symbol.number.lstrip("0"), []).append(b)
        approved: dict[int, Mention] = {}      # id(decision) -> the named đề án or programme it approved
        for b, a in zip(ordered, ordered[1:]):
            if b.kind == "numbered" and b.type == "QĐ" and a.kind == "named" and a.type in _BY_DECISION_NUMBER \
                    and _APPROVES_NEXT.fullmatch(self.f, max(b.end, b.tail_end), a.start):
                approved[id(b)] = a
        for b in ordered:
            if b.approves is not None and b.approves.type in _BY_DECISION_NUMBER:
                approved.setdefault(id(b), b.approves)
        for mn in ordered:
            if mn.kind != "numbered" or mn.type not in _BY_DECISION_NUMBER or mn.symbol is not None or not mn.number:
                continue
            kin = _BY_DECISION_NUMBER[mn.type]
            mine = {i: a for i, a in approved.items() if a.type in kin}
            number = mn.number.lstrip("0")
            key = short_names.get((mn.type, number))
            if key is None:
                ds = {d.key: d for d in decisions.get(number, [])}
                if len(ds) != 1:
                    continue
                d = next(iter(ds.values()))
                shown = id(d) in mine or any(id(x) in mine for x in decisions[number]) \
                    or _APPROVES_NEXT.fullmatch(self.f, max(d.end, d.tail_end), mn.start) is not None
                same_issuer = mn.explicit_issuer and mn.issuer_code is not None and d.issuer_code is not None \
                    and _SAME_ISSUER.get(mn.issuer_code, mn.issuer_code) == _SAME_ISSUER.get(d.issuer_code, d.issuer_code)
                national = mn.type != "ĐA" and d.issuer_code in _NATIONAL_PROGRAMME_ISSUERS
                if not (shown or same_issuer or national):
                    continue
                named = next((mine[id(x)] for x in decisions[number] if id(x) in mine), None)
                key = str(named.key) if named is not None else str(d.key)
            old = mn.key
            for x in ordered:
                if x.key == old and x.kind in ("numbered", "alias") and x.symbol is None:
                    x.key, x.kind = key, "alias"
