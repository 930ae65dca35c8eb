"""Keys of documents without a number (``TYPE:description``): one spelling per document, so that
the wordings of one plan in one text or in several meet on one key (extraction) and one IRI
(kg.rdf.identity). Pure Python, no RDF: extraction imports it."""

from __future__ import annotations

import datetime as _dt
import re

from kg.text.doctypes import NUMBERED_TYPE_WORDS, document_types, type_name
from kg.text.names import body_without_own_place, new_tone, without_own_place
from kg.text.place_mentions import find_places
from kg.text.symbols import fold, parse_symbol

__all__ = ["dated_key", "document_key", "is_dated_key_of", "is_document_key", "key_name", "label_adds", "placed_spellings",
           "unnumbered_key"]

# the spelling variants of one unnumbered document's description ('Chương trình số 115' and
# 'Chương trình 115'; 'Kế hoạch của Đảng đoàn ...' and 'Kế hoạch Đảng đoàn ...'; 'về thực hiện')
_DESC_NUMBER_WORD = re.compile(
    r"(?<![^\W\d_])((?:" + "|".join(NUMBERED_TYPE_WORDS) + r")[ \t]+)số[ \t]*:?[ \t]*(?=\d)", re.IGNORECASE)
_DESC_LEAD = re.compile(r"^(?:của|cua)[ \t]+", re.IGNORECASE)
_DESC_ABOUT_CUE = re.compile(r"(?<![^\W\d_])(?:về việc|về|để|nhằm)[ \t]+(?=(?:tiếp tục[ \t]+)?(?:triển khai[ \t]+)?thực hiện)",
                             re.IGNORECASE)

_DESC_YEARS = re.compile(r"((?:19|20)\d\d)[ \t]*[-–][ \t]*((?:19|20)\d\d)")      # 'nhiệm kỳ 2020 - 2025'
# abbreviations written out in some texts and not in others
_ABBREVIATIONS = {"NTM": "nông thôn mới", "KT-XH": "kinh tế - xã hội", "GNBV": "giảm nghèo bền vững",
                  "BCH": "Ban Chấp hành", "BTV": "Ban Thường vụ", "MTQG": "mục tiêu quốc gia",
                  "HND": "Hội Nông dân"}
# a national target programme's key names it by its subject: 'CTMTQG:xây dựng nông thôn mới', however the text
# opens its name ('Chương trình mục tiêu quốc gia ...', 'Chương trình MTQG ...')
_NATIONAL_PROGRAMME_LEAD = re.compile(r"^chương trình[ \t]+mục tiêu quốc gia[ \t]+", re.IGNORECASE)
# ... and not by the year, quarter or place of its carrying out, which a report names after it ('Chương trình mục tiêu
# quốc gia giảm nghèo bền vững năm 2024', '... quý I năm 2024', '... 6 tháng đầu năm', '... năm 2023 trên địa bàn
# huyện'); its period stays ('giai đoạn 2021-2025')
_PROGRAMME_CARRIED_OUT = re.compile(r"(?:[ \t]+(?:(?:quý|quí)[ \t]+[IVX\d]+|\d{1,2}[ \t]+tháng(?:[ \t]+(?:đầu|cuối))?)[ \t]+năm"
                                    r"(?:[ \t]+(?:19|20)\d\d)?|[ \t]+năm[ \t]+(?:19|20)\d\d"
                                    r"|[ \t]+trên địa bàn(?:[ \t]+[^\W\d_]+){1,4})+$", re.IGNORECASE)
# a comma before the period of a title is written by some texts and not by others ('... bình đẳng giới, giai đoạn
# 2011-2020' and '... bình đẳng giới giai đoạn 2011-2020')
_DESC_PERIOD_COMMA = re.compile(r"[ \t]*,[ \t]*(?=(?:giai đoạn|nhiệm kỳ|đến năm|tầm nhìn)(?![^\W\d_]))", re.IGNORECASE)
# what a document is named by when it carries others out ('thực hiện Nghị quyết ...', 'tiếp tục thực hiện ...',
# 'cụ thể hóa ...'); 'Kế hoạch hành động thực hiện ...' is the same plan as 'Kế hoạch thực hiện ...' (the type's
# longer name), and is written so
_PURPOSE = r"(?:tiếp tục[ \t]+)?(?:triển khai[ \t]+)?(?:thực hiện|cụ thể hóa)(?![^\W\d_])"
_DESC_ACTION = re.compile(r"(?<![^\W\d_])hành động[ \t]+(?=" + _PURPOSE + ")", re.IGNORECASE)
_DESC_PURPOSE = re.compile(_PURPOSE, re.IGNORECASE)
_DESC_ABBREVIATION = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, _ABBREVIATIONS)) + r")(?![\w-])")


def unnumbered_key(key: str) -> str:
    """One spelling for the key of a document without a number (``TYPE:description``), so that
    the wordings of one document in one text or in several meet on one key and one IRI: spacing
    collapsed, 'số' before a number, a leading 'của' and a 'về' before 'thực hiện' dropped, year
    ranges written '2020-2025', a few abbreviations ('NTM', 'BCH') written out and a national target
    programme named by its subject (not by the year or place it is carried out in). A key without ``:`` (a symbol) is
    returned as it is. (What only the store's key makes one is in :func:`document_key`.)"""
    code, sep, desc = key.partition(":")
    if not sep or not desc.strip():
        return key
    d = " ".join(desc.split())
    d = _DESC_NUMBER_WORD.sub(r"\1", d)
    d = _DESC_LEAD.sub("", d)
    d = _DESC_ABOUT_CUE.sub("", d)
    d = _DESC_YEARS.sub(r"\1-\2", d)
    d = _DESC_ABBREVIATION.sub(lambda m: _ABBREVIATIONS[m.group(0)], d)
    if code.strip() == "CTMTQG":
        d = _NATIONAL_PROGRAMME_LEAD.sub("", d)
        d = _PROGRAMME_CARRIED_OUT.sub("", d) or d
    return f"{code.strip()}:{d.strip(' ,;.')}"


_WORD = re.compile(r"[^\W_]+|[^\w\s]", re.UNICODE)


def document_key(key: str, issuer: str | None = None, place: str | None = None) -> str:
    """The one key of a document without a number (its ``dkg:key``, and what its IRI is minted from): the key as
    :func:`unnumbered_key` spells it, with the new tone placement ('Tỉnh ủy', 'hòa'), without a comma before the
    title's period ('bình đẳng giới, giai đoạn 2011-2020') and without 'hành động' before 'thực hiện' (a 'Kế hoạch
    hành động thực hiện ...' is the 'Kế hoạch thực hiện ...'); for a document named by what it carries out
    ('KH:thực hiện Nghị quyết 46-NQ/TW'), the body that issues it first, spelt as ``issuer`` is: such a name is said by every body told to
    carry the same resolution out, and only the issuer tells their plans apart. 'KH:thực hiện ...' of the Đảng
    đoàn and 'KH:Đảng đoàn ... thực hiện ...' are one key; a document named by its title ('ĐA:phát triển du lịch
    cộng đồng') keeps its key, and so does one whose issuer is not known. ``place``, the name of the province or
    district the document is of, is left out after its unit's word (:func:`kg.text.names.without_own_place`:
    'Đảng bộ tỉnh Ninh Bình' there is 'Đảng bộ tỉnh', as it is written in the province itself), and the issuer is
    named as its body node is (:func:`kg.text.names.body_without_own_place`): the node names its place. A symbol is
    returned as it is."""
    code, sep, desc = unnumbered_key(key).partition(":")
    if not sep or not desc:
        return key
    desc = without_own_place(_DESC_PERIOD_COMMA.sub(" ", _DESC_ACTION.sub("", new_tone(desc))), place)
    if place and issuer:
        issuer = body_without_own_place(issuer, place)
    k = f"{code}:{desc}"
    if not issuer:
        return k
    name = document_key(f"{code}:{issuer}", place=place).partition(":")[2]
    named = [fold(w) for w in _WORD.findall(name)]
    said = [(m.end(), fold(m.group(0))) for m in _WORD.finditer(desc)]
    n = len(named)
    if not n:
        return k
    if [w for _, w in said[:n]] == named:
        return f"{code}:{name}{desc[said[n - 1][0]:]}"      # named first: in the issuer's own spelling
    if not _DESC_PURPOSE.match(desc) or any([w for _, w in said[i:i + n]] == named for i in range(1, len(said))):
        return k        # a title, or its issuer said further on ('thực hiện ... của Đảng đoàn ...')
    return f"{code}:{name} {desc}"


def dated_key(key: str, day: _dt.date) -> str:
    """The key of a document without a number that is told apart by its date, a law above all:
    'Luật:Tổ chức chính quyền địa phương' of 19/6/2015 is 'Luật:Tổ chức chính quyền địa phương (19/6/2015)'."""
    return f"{key} ({day.day}/{day.month}/{day.year})"


_DATED_SUFFIX = re.compile(r" \(\d{1,2}/\d{1,2}/\d{4}\)")


def is_dated_key_of(full: str, key: str) -> bool:
    """``full`` is ``key`` with a date alone after it, as :func:`dated_key` writes it."""
    return full.startswith(key) and _DATED_SUFFIX.fullmatch(full, len(key)) is not None


def is_unnumbered(key: str | None) -> bool:
    """Is ``key`` that of a document without a number (văn bản không số: ``TYPE:description``, 'KH:thực hiện ...'),
    not a symbol? A page that lists keys under a heading of numbers says so in words."""
    code, sep, desc = (key or "").partition(":")
    return bool(sep and desc.strip() and code in document_types())


def key_name(key: str | None) -> str:
    """The key of a document as a reader names it (tên đọc được): a symbol as it is ('46-NQ/TW'), an
    unnumbered document's ``TYPE:description`` with its type written out, as a text names it
    ('KH:thực hiện Nghị quyết số 46-NQ/TW' -> 'Kế hoạch thực hiện Nghị quyết số 46-NQ/TW';
    'CL:Chiến lược quốc gia về ...' -> 'Chiến lược quốc gia về ...', the type said once). For what pages
    and cards show; the key itself stays the document's address and what a user types."""
    key = key or ""
    if not is_unnumbered(key):
        return key
    code, _, desc = key.partition(":")
    name = type_name(code)
    if desc.casefold().startswith(name.casefold()):
        return desc[:1].upper() + desc[1:]
    return f"{name} {desc}"


def label_adds(label: str | None, key: str | None) -> bool:
    """Does ``label`` say more than :func:`key_name` of ``key`` does? (An unnumbered document's label is
    most often its description again, cut short with '…': shown beside its name it would say it twice.)"""
    if not label or label == key:
        return False
    said = key_name(key).casefold()
    words = label.rstrip("…").strip()
    code, sep, _ = (key or "").partition(":")
    # (the key of a document without a number is spelt one way for all its wordings: 'Nghị quyết số 46-NQ/TW' in a
    # label is the key's 'Nghị quyết 46-NQ/TW', and 'HĐND tỉnh Tuyên Quang về ...' the key's 'HĐND tỉnh về ...')
    spelt = [k.partition(":")[2] for k in key_spellings(f"{code}:{words}")] if sep else [words]
    return all(w.casefold() not in said for w in (words, *spelt))


def is_document_key(text: str) -> bool:
    """Is ``text`` written as a document's key (khóa văn bản)? A symbol that :func:`kg.text.symbols.parse_symbol` reads,
    in any case ('46-NQ/TW', '140/2017/nđ-cp'), or a document without a number keyed ``TYPE:description`` with a type
    code of the domain ('KH:thực hiện Nghị quyết 46-NQ/TW'). What an analyst types in a correction's document field
    is checked by it: "(sửa)" or "46" names no document, and a fact pointed at it would point at a node no page
    can describe."""
    text = text.strip()
    if parse_symbol(text) is not None or parse_symbol(text.upper()) is not None:
        return True
    code, sep, desc = text.partition(":")
    return bool(sep) and code.strip() in document_types() and bool(desc.strip(" ,;.:"))


def key_spellings(value: str) -> list[str]:
    """The keys a document a user names by ``value`` may be stored under, most literal first: the value as given,
    its symbol's key ('140/2017/nđ-cp' is '140/2017/NĐ-CP'), and the one key of a document without a number
    (:func:`document_key`; a key as the facts spell it, '..., giai đoạn ...'). The CLI's query parameters and the
    document cards both look documents up by these."""
    spellings = [value]
    try:
        sym = parse_symbol(value)
    except Exception:  # noqa: BLE001 - a value that is no symbol at all is still a possible key
        sym = None
    for other in (sym.key if sym is not None else None, document_key(value), *placed_spellings(value)):
        if other is not None and other not in spellings:
            spellings.append(other)
    return spellings


#: the distinct places of a key :func:`placed_spellings` tries (a district, its province, one more)
PLACES_READ = 3


def placed_spellings(value: str) -> dict[str, str]:
    """The keys of a document without a number that ``value`` names with its province or district, each with the
    name of that place: a key as `dkg extract` prints it keeps the text's words ('NQ:HĐND tỉnh Tuyên Quang về
    ...'), and the store's key leaves the place out (:func:`document_key`: it is the node's jurisdiction, so that
    the wordings with and without it meet on one node), 'NQ:HĐND tỉnh về ...' of Tuyên Quang. Whoever looks a
    document up by one keeps to the documents of that place."""
    code, sep, desc = value.partition(":")
    if not sep or not desc.strip() or parse_symbol(value) is not None:
        return {}
    plain = document_key(value)
    out: dict[str, str] = {}
    # (each place once, and only the first few: a key names its own place by its issuer, a district with its province;
    # one typed or sent in an address that names hundreds would otherwise be spelt anew for each mention)
    for name in list(dict.fromkeys(p.name for p in find_places(desc)))[:PLACES_READ]:
        key = document_key(value, place=name)
        if key != plain:
            out.setdefault(key, name)
    return out
