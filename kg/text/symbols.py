"""Document symbols (số và ký hiệu) of Vietnamese party and state documents.

Two mirror-image systems:

* party:  ``NUMBER-TYPE/ISSUER``            (46-NQ/TW, 115-CTr/TU, 1711-CV/TU)
* state:  ``NUMBER[/YEAR]/TYPE-ISSUER[-UNIT]`` (340/QĐ-TTg, 140/2017/NĐ-CP)
          ``NUMBER/YEAR/QHnn``                 (laws, National Assembly resolutions)
          ``NUMBER/ISSUER-UNIT``               (state công văn: 5973/UBND-KT)

Printed variants are tolerated: case (``Ctr``, ``Nghị Quyết``), spaces (``100 - KL/TW``),
a hyphen instead of the slash (``72-NQ-TW``), a slash instead of the hyphen when the issuer is a
party code (``26/NQ-TU``), D for Đ (``QD``, ``HDND``) and the 2018-19 ``QĐi`` type.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from kg.text.doctypes import printed_codes

__all__ = ["Symbol", "parse_symbol", "find_symbols", "fold", "letters", "PARTY_TYPES", "STATE_TYPES", "PARTY_ISSUERS"]

# the type codes each system prints, from the one table of document types (kg.text.doctypes), which the vocabulary
# and the checks of a typed key read too (the regex alternations below put longer codes first)
PARTY_TYPES = printed_codes("party")
STATE_TYPES = printed_codes("state")
# issuer codes that only the party uses after the slash
PARTY_ISSUERS = ["TW", "TU", "HU", "QU", "ĐU", "ĐH", "CB", "VPTW", "BTCTW", "BTGTW", "BDVTW", "BTGDVTW",
                 "UBKTTW", "BNCTW", "BKTTW", "BĐNTW", "VPTU", "BTCTU", "BTGTU", "BDVTU", "BTGDVTU",
                 "UBKTTU", "BNCTU", "UBKTHU", "BTGHU", "BDVHU", "BTCHU", "VPHU", "ĐUK", "BCSĐ", "ĐĐ",
                 "BCĐ", "BCĐTW", "QUTW", "ĐUCATW", "HNDTW", "HNDT", "TWĐTN"]
# issuer codes with a fixed mixed case
_ISSUER_CASE = ["TTg", "HĐND", "UBND", "ĐU", "ĐH", "ĐUK", "BCSĐ", "ĐĐ", "BCĐ", "BCĐTW", "BĐNTW", "ĐUCATW",
                "TWĐTN", "BKHĐT", "BGDĐT", "SKHĐT", "SGDĐT", "SLĐTBXH", "TLĐ", "ĐCT", "UBTVQH"]


# upper-case letters of Vietnamese (a character class body; "À-Ỹ" would also take lower case)
UPPER = "A-Z" + "".join(sorted({chr(c) for c in range(0xC0, 0x1EFA) if chr(c).isupper() and chr(c).isalpha()}))
LOWER = "a-z" + "".join(sorted({chr(c) for c in range(0xC0, 0x1EFA) if chr(c).islower() and chr(c).isalpha()}))
# one decimal digit, as ``\d`` matches it, for the head of a pattern that scans a whole text or sentence: the regex
# engine skips to a pattern's first character by testing each character of the text against it, and ``\d`` asks the
# Unicode tables at every character, where ranges are two comparisons. The digits 0-9, and any character from U+0660
# on (where the other scripts' digits are) but the Vietnamese letters of U+1EA0-U+1EF9, kept only where it is a digit:
# the same matches as ``\d``.
DIGIT_FIRST = r"[0-9\u0660-\u1e9f\u1efa-\U0010ffff](?<=\d)"


def letters(pattern: str) -> str:
    """``pattern`` with the classes of Vietnamese capital and small letters filled in where it writes
    ``{U}`` and ``{L}`` (chữ hoa, chữ thường: ``[{U}]`` is any capital, Đ and Ư with their tones included)."""
    return pattern.replace("{U}", UPPER).replace("{L}", LOWER)


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """Accent-, case- and spacing-insensitive form: 'Tỉnh uỷ' == 'tỉnh ủy' == 'tinh uy'."""
    if not text:
        return ""
    if text.isascii():  # (IRIs, digests, numbers: nothing to normalise or strip, only case and spaces)
        return " ".join(text.lower().split())
    s = unicodedata.normalize("NFC", text).casefold().replace("đ", "d")
    s = unicodedata.normalize("NFD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return " ".join(s.split())


def _fold_code(code: str) -> str:
    return fold(code).replace(" ", "")


_PARTY_TYPE_BY_FOLD = {_fold_code(t): t for t in PARTY_TYPES}
_STATE_TYPE_BY_FOLD = {_fold_code(t): t for t in STATE_TYPES}
_PARTY_ISSUER_BY_FOLD = {_fold_code(c): c for c in PARTY_ISSUERS}
_ISSUER_CASE_BY_FOLD = {_fold_code(c): c for c in _ISSUER_CASE + PARTY_ISSUERS}


@dataclass(frozen=True)
class Symbol:
    system: str          # "party" | "state"
    number: str          # as printed, leading zeros kept
    type: str | None     # canonical type code; None for laws
    issuer: str | None   # canonical issuer code
    year: int | None     # state symbols with a year
    unit: str | None     # sub-unit (5973/UBND-KT -> "KT")

    @property
    def key(self) -> str:
        if self.system == "party":
            iss = self.issuer or ""
            if self.unit:
                iss = f"{iss}-{self.unit}"
            return f"{self.number}-{self.type}/{iss}" if iss else f"{self.number}-{self.type}"
        year = f"{self.year}/" if self.year else ""
        if self.type is None:                      # law / NA resolution: 72/2025/QH15
            return f"{self.number}/{year}{self.issuer}"
        if self.type == "CV":                      # state công văn: 5973/UBND-KT (no type code)
            unit = f"-{self.unit}" if self.unit else ""
            return f"{self.number}/{year}{self.issuer}{unit}"
        unit = f"-{self.unit}" if self.unit else ""
        return f"{self.number}/{year}{self.type}-{self.issuer}{unit}"

    def __str__(self) -> str:  # pragma: no cover - convenience
        return self.key


_EXACT_TYPES = set(PARTY_TYPES) | set(STATE_TYPES)


def canon_type(code: str, system: str = "party") -> str | None:
    if code in _EXACT_TYPES:            # 'HD' (hướng dẫn) and 'HĐ' (hợp đồng) fold alike
        return code
    f = _fold_code(code)
    if system == "party":
        return _PARTY_TYPE_BY_FOLD.get(f) or _STATE_TYPE_BY_FOLD.get(f)
    return _STATE_TYPE_BY_FOLD.get(f) or _PARTY_TYPE_BY_FOLD.get(f)


SPACES = re.compile(r"\s+")
# the National Assembly and its Standing Committee with their term: 'QH15', 'UBTVQH14' (folded)
_ASSEMBLY = re.compile(r"(ubtvqh|qh)(\d{2})")


def canon_issuer(code: str) -> str:
    code = SPACES.sub("", code)
    if code.upper() == "TƯ":
        return "TW"         # 'Trung ương' abbreviated with its own letters; extraction may read a local issuer
    f = _fold_code(code)
    if f in _ISSUER_CASE_BY_FOLD:
        return _ISSUER_CASE_BY_FOLD[f]
    m = _ASSEMBLY.fullmatch(f)
    if m:
        return ("UBTVQH" if m.group(1) == "ubtvqh" else "QH") + m.group(2)
    return code.upper()


def _alt(codes: list[str]) -> str:
    """Regex alternation accepting Đ or D wherever the code has Đ (case-insensitive later)."""
    out = []
    for c in sorted(set(codes), key=lambda c: (len(c), c), reverse=True):  # (ties by name: a set's order varies)
        out.append("".join("[ĐD]" if ch in "Đđ" else re.escape(ch) for ch in c))
    return "|".join(out)


_PT = _alt(PARTY_TYPES)
_ST = _alt(STATE_TYPES)
_CODE = r"[A-ZĐ][A-Za-zĐđƯ0-9&]{0,11}"          # Ư: the "TƯ" some pages print for TW          # bounded: no runaway
_SEP = r"[ \t]?[-–][ \t]?"                       # hyphen with at most one space each side
_SL = r"[ \t]?/[ \t]?"

# where a symbol ends: not in a word or a path, but for a page copied without the space before its date
# ('Thông báo số 70-TB/TWngày 06 tháng 01 năm 2012')
_END = r"(?:(?![\w/])|(?=ngày[ \t]*\d))"
# party: 46-NQ/TW ; 100 - KL/TW ; 72-NQ-TW ; 367-QĐ/TWĐTN-VP
_PARTY_RE = re.compile(
    rf"(?<![\w/.,-])(?P<num>\d{{1,5}}){_SEP}(?P<type>{_PT})(?:{_SL}|[-–])(?P<iss>{_CODE})(?:-(?P<unit>[A-ZĐ][A-Za-zĐđ]{{0,7}}))?{_END}",
    re.IGNORECASE,
)
# party with the state punctuation but a party issuer: 26/NQ-TU; or with two slashes: 57/NQ/TW
_PARTY_SLASH_RE = re.compile(
    rf"(?<![\w/.,-])(?P<num>\d{{1,5}}){_SL}(?P<type>{_PT})(?:{_SEP}|{_SL})(?P<iss>{_alt(PARTY_ISSUERS)})"
    rf"(?:(?![\w/-])|(?=ngày[ \t]*\d))",
    re.IGNORECASE,
)
# state: 340/QĐ-TTg ; 140/2017/NĐ-CP ; 72/2025/QH15 ; 5973/UBND-KT; a joint document names each of its issuers after
# its type, up to four (05/KHLT-HND-SNNMT, 12/CTPH-MTTQ-CA-VKS)
_UNIT = r"[A-ZĐ][A-Za-zĐđ0-9&]{0,9}"
_STATE_RE = re.compile(
    rf"(?<![\w/.,-])(?P<num>\d{{1,5}}[a-z]?){_SL}(?:(?P<year>(?:19|20)\d\d){_SL})?(?P<a>{_CODE})"
    rf"(?:{_SEP}(?P<b>{_CODE})(?:-(?P<c>{_UNIT}(?:-{_UNIT}){{0,2}}))?)?{_END}",
)
# a printed variant tried after the regular forms: a state symbol in lower case with one of the common state
# issuers ('1234/qđ-ubnd')
_STATE_LOWER_RE = re.compile(
    rf"(?<![\w/.,-])(?P<num>\d{{1,5}}){_SL}(?:(?P<year>(?:19|20)\d\d){_SL})?(?P<a>{_ST}){_SEP}"
    rf"(?P<b>{_alt(['UBND', 'HĐND', 'TTg', 'CP', 'VPCP'])}){_END}",
    re.IGNORECASE,
)
_LAW_ISSUER = re.compile(r"(?:UBTVQH|QH)\d{2}", re.IGNORECASE)
_STATE_ISSUER_HINT = re.compile(r"^(?:HĐND|HDND|UBND|CP|TTg|TTG|CTN|QH\d\d|UBTVQH\d\d|B[A-ZĐ]{1,9}|S[A-ZĐ]{1,9}|MTTW|MTTQ|VPCP|TANDTC|VKSNDTC|KTNN)$")


# issuers that the state uses too: a steering committee (Ban Chỉ đạo) of a People's Committee prints the state
# form ('27/TB-BCĐ'), so the state form with these issuers is swapped only when its type is a party-only one
_SHARED_ISSUERS = {"BCĐ", "BCĐTW"}
_PARTY_ONLY_TYPES = set(PARTY_TYPES) - set(STATE_TYPES)


def _mk_party(m: re.Match) -> Symbol | None:
    t = canon_type(m.group("type"), "party")
    if t is None:
        return None
    iss = m.group("iss")
    unit = m.groupdict().get("unit")
    return Symbol("party", m.group("num"), t, canon_issuer(iss), None, canon_issuer(unit) if unit else None)


def _mk_state(m: re.Match) -> Symbol | None:
    num, year, a, b, c = m.group("num"), m.group("year"), m.group("a"), m.group("b"), m.group("c")
    y = int(year) if year else None
    if b is None:
        if _LAW_ISSUER.fullmatch(a) and y:
            return Symbol("state", num, None, canon_issuer(a), y, None)
        return None
    t = a if a in STATE_TYPES else _STATE_TYPE_BY_FOLD.get(_fold_code(a))
    if t is not None and (a[0].isupper()):
        # a state type must be followed by a plausible issuer
        if len(b) < 2 and b not in ("L",):
            return None
        return Symbol("state", num, t, canon_issuer(b), y, "-".join(map(canon_issuer, c.split("-"))) if c else None)
    # công văn: ISSUER-UNIT (no type code)
    if not _STATE_ISSUER_HINT.match(a.upper().replace("D", "Đ") if a.upper() == "HDND" else a):
        if not (a.isupper() and len(a) >= 2):
            return None
    if c:
        return None
    if not (b.isupper() or b in ("KT", "TH")) or not a.isupper():
        return None
    return Symbol("state", num, "CV", canon_issuer(a), y, canon_issuer(b))


def _mk_state_lower(m: re.Match) -> Symbol | None:
    t = canon_type(m.group("a"), "state")
    if t is None:
        return None
    year = m.group("year")
    return Symbol("state", m.group("num"), t, canon_issuer(m.group("b")), int(year) if year else None, None)


def _mk_party_slash(m: re.Match) -> Symbol | None:
    """A party symbol printed in the state form ('26/NQ-TU'); a shared issuer keeps the state form."""
    sym = _mk_party(m)
    if sym is not None and sym.issuer in _SHARED_ISSUERS and sym.type not in _PARTY_ONLY_TYPES:
        return None
    return sym


_REGULAR_FORMS = ((_PARTY_RE, _mk_party), (_PARTY_SLASH_RE, _mk_party_slash), (_STATE_RE, _mk_state))
_VARIANT_FORMS = ((_STATE_LOWER_RE, _mk_state_lower),)
_FORMS = _REGULAR_FORMS + _VARIANT_FORMS


# the last text found in NFC: the stages that each normalise the same text (its symbols, provinces, communes) check
# it once (a string does not change; the check reads every character)
_last_nfc = [""]


def nfc(text: str) -> str:
    """``text`` in NFC (the same object when it is NFC already)."""
    if text is _last_nfc[0]:
        return text
    out = unicodedata.normalize("NFC", text)
    _last_nfc[0] = out
    return out


@lru_cache(maxsize=4096)
def parse_symbol(text: str) -> Symbol | None:
    """Parse one whole symbol string ('46-NQ/TW', '140/2017/NĐ-CP'); None if it is not one."""
    if not text or len(text) > 60:
        return None
    s = nfc(text).strip()
    for rx, mk in _FORMS:
        m = rx.fullmatch(s)
        if m:
            sym = mk(m)
            if sym is not None:
                return sym
    return None


# '30a/2008/NQ-CP': a letter after the number. (The check of the character before stands behind the first digit,
# so that the pattern opens on a digit and a scan of the text skips to the digits.)
_CAND = re.compile(DIGIT_FIRST + r"(?<![\w/.,-]\d)\d{0,4}[a-z]?[ \t]?[-–/]")


def find_symbols(text: str) -> list[tuple[int, int, Symbol]]:
    """All symbols in running text, as (start, end, Symbol), sorted, non-overlapping.

    Offsets refer to the NFC form of ``text`` (the same as ``text`` when it is NFC already)."""
    if not text:
        return []
    s = nfc(text)
    found: list[tuple[int, int, Symbol]] = []
    last_end = 0
    for c in _CAND.finditer(s):
        pos = c.start()
        if pos < last_end:
            continue
        # (the variant opens on a letter after the number's slash: dates and fractions, most candidates, skip it)
        after = s[c.end():c.end() + 2].lstrip(" \t")
        forms = _FORMS if after[:1].isalpha() else _REGULAR_FORMS
        for rx, mk in forms:
            m = rx.match(s, pos)
            if m:
                sym = mk(m)
                if sym is not None:
                    found.append((m.start(), m.end(), sym))
                    last_end = m.end()
                    break
    return found
