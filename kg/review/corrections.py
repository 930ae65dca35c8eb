"""What a reviewer types, read (kg.review.model holds the facts it corrects): a correction's values (``parse_value``:
a figure as either language writes it, a day, a link's type, a role, a level, a comparator, an event's type), the
fields it changes (``correct``, ``parse_assignments`` for ``--set field=value``), a link type's words (``link_type_words``)
and an assessment of a target against what was reported (``assessment_code``)."""

from __future__ import annotations

import re
from typing import Any

from kg.asof import parse_day
from kg.errors import UsageError, Words
from kg import resources
from kg.rdf.build import LINK_PROPERTY
from kg.rdf.vocab import ROLE_BY_CODE
from kg.facts import LEVELS
from kg.i18n import TEXT
from kg.text.dockeys import is_document_key
from kg.text.symbols import fold
from kg.text.typed_place import read_place
from kg.review.model import COMPARATORS, CORRECTABLE, EVENT_TYPES, FIELD_ALIASES, KEY_FIELDS, LINK_TYPES


# --- corrections -----------------------------------------------------------------------------
#: A figure as a reviewer types it: digits, in groups of three after a first group where a separator of thousands is
#: used (Vietnamese "1.234.567,5", English "1,234,567.5"), a decimal part after the other mark.
_NUMBER = re.compile(r"^-?(?:\d+|\d{1,3}(?P<sep>[.,])\d{3}(?:(?P=sep)\d{3})*)(?:(?P<dec>[.,])\d+)?$")
#: One mark before three digits, and nothing else: 1.500 is fifteen hundred in Vietnamese, one and a half in English.
_ONE_MARK = re.compile(r"^(?P<whole>-?\d{1,3})[.,](?P<part>\d{3})$")


def _number(name: str, raw: str) -> int | float | None:
    """The figure ``raw`` as a reviewer of either language types it (the pages write 1.500 and 111,9 in Vietnamese,
    1,500 and 111.9 in English); one mark before exactly three digits ("1.500", "2,000") is read both ways and
    refused, naming both, rather than kept as the reading the reviewer did not mean."""
    raw = raw.strip()
    if raw.lower() in ("", "null", "none"):
        return None
    found = _NUMBER.match(raw)
    if not found or (found["sep"] and found["dec"] == found["sep"]):
        raise UsageError(code="correct-number", details={"name": name, "value": repr(raw)})
    if (one := _ONE_MARK.match(raw)) and one["whole"].lstrip("-") != "0":
        whole, part = one["whole"], one["part"]
        raise UsageError(code="correct-number-ambiguous", details={
            "name": name, "value": repr(raw), "thousands": whole + part, "decimal": _decimal_said(whole, part)})
    digits = raw.replace(found["sep"], "") if found["sep"] else raw
    value = float(digits.replace(",", ".")) if not found["sep"] or found["dec"] else float(digits)
    return int(value) if value.is_integer() else value


def _decimal_said(whole: str, part: str) -> str:
    """The decimal reading of ``whole``.``part`` written so that it reads one way: 1.5, 2, or 1.1250 (a zero after
    three digits, which no grouping has)."""
    short = part.rstrip("0")
    return whole if not short else f"{whole}.{short}" if len(short) < 3 else f"{whole}.{short}0"


def _choice(name: str, raw: str, allowed: tuple[str, ...]) -> str:
    if raw not in allowed:
        raise UsageError(code="correct-choice", details={"name": name, "value": repr(raw), "allowed": ", ".join(allowed)})
    return raw


def link_type_words(code: str, lang: str) -> str:
    """A link's type (``based_on``) as the ontology labels its property in ``lang`` ("căn cứ", "based on"), as the
    cards name it; the code itself where the ontology names none."""
    prop = LINK_PROPERTY.get(code)
    return resources.ontology_labels().get((str(prop), lang), code) if prop is not None else code


def link_type_code(raw: str) -> str:
    """The code of a link's type a reviewer typed as the code (``based_on``, ``based on``) or as the cards name it, in
    either language, diacritics and case optional (``căn cứ``, ``Thuc hien``): the card says "căn cứ", and a
    correction refused it asking for "based_on"."""
    typed = fold(" ".join(raw.replace("_", " ").split()))
    for code in LINK_TYPES:
        if typed in {fold(code.replace("_", " ")), *(fold(link_type_words(code, lang)) for lang in ("vi", "en"))}:
            return code
    allowed = ", ".join(f"{link_type_words(code, 'vi')} ({code})" for code in LINK_TYPES)
    raise UsageError(code="correct-choice", details={"name": "type", "value": repr(raw), "allowed": allowed})


def role_code(raw: str) -> str:
    """The code of a role (vai trò) a reviewer typed as the code (``lead``) or as the pages say it, in either
    language, diacritics and case optional (``chủ trì``, ``Phoi hop``, ``Theo dõi, giám sát``, ``Coordinating``):
    the review page and ``dkg show`` say "Chủ trì", and a correction refused "chủ trì" asking for "lead"."""
    typed = fold(" ".join(raw.split()))
    for code, role in ROLE_BY_CODE.items():
        if typed in {code, *(fold(TEXT[lang][role.word]) for lang in TEXT)}:
            return code
    allowed = ", ".join(f"{TEXT['vi'][r.word].lower()} ({code})" for code, r in ROLE_BY_CODE.items())
    raise UsageError(code="correct-choice", details={"name": "role", "value": repr(raw), "allowed": allowed})


def level_code(raw: str) -> str:
    """The code of a level (cấp) a reviewer typed as the code (``commune``) or as the pages say it, in either
    language, diacritics, case and a leading "cấp" optional (``xã``, ``Cấp xã``, ``Huyen``, ``Province``): the
    review page and ``dkg show`` say "Xã", and a correction refused "xã" asking for "commune"."""
    typed = fold(" ".join(raw.split()))
    typed = typed[4:] if typed.startswith("cap ") else typed
    for code in LEVELS:
        if typed in {code, *(fold(TEXT[lang][f"level_{code}"]) for lang in TEXT)}:
            return code
    allowed = ", ".join(f"{TEXT['vi'][f'level_{code}'].lower()} ({code})" for code in LEVELS)
    raise UsageError(code="correct-choice", details={"name": "level", "value": repr(raw), "allowed": allowed})


def parse_value(kind: str, name: str, raw: str) -> Any:
    """The value of field ``name`` of a ``kind`` fact, read from what a reviewer typed."""
    if name in ("value", "of"):
        return _number(name, raw)
    if name == "date":
        day = parse_day(raw.strip(), name)
        return day.isoformat() if day else None
    if name == "reviews":
        return [_document_key(name, k.strip()) for k in raw.split(",") if k.strip()]
    if name == "role":
        return role_code(raw)
    if name == "comparator":
        return _choice(name, raw, COMPARATORS)
    if name == "level":
        return level_code(raw) if raw.strip() else None
    if name == "type" and kind == "link":
        return link_type_code(raw)
    if name == "type" and kind == "event":
        return _choice(name, raw, EVENT_TYPES)
    if name == "place":
        return read_place(raw, f"place={raw!r}").kept if raw.strip() else None
    if name == "period":
        raw = raw.strip()
        if raw and raw not in ("annual", "term") and not re.fullmatch(r"(19|20)\d\d", raw):
            raise UsageError(code="correct-period", details={"value": repr(raw)})
        return raw or None
    value = " ".join(raw.split())
    if not value and name in ("body", "from", "to", "text", "type"):
        raise UsageError(code="correct-empty", details={"name": name})
    if value and name in KEY_FIELDS:
        return _document_key(name, value)
    return value or None


def _document_key(name: str, key: str) -> str:
    """``key`` as typed, where it is written as a document's key (:func:`kg.text.dockeys.is_document_key`); refused
    otherwise, before anything is written: a fact pointed at "(sửa)" pointed at a node with nothing said of it, named
    by its IRI on /changes. A key well written but of no document the store has is kept: the correction names it."""
    if not is_document_key(key):
        raise UsageError(code="correct-key", details={"name": name, "value": repr(key)})
    return key


def correct(kind: str, fact: dict, changes: dict[str, str]) -> dict:
    """``fact`` with the fields in ``changes`` (name -> typed text) set; a clear error for a
    field the kind does not have or a value it cannot take."""
    if not changes:
        raise UsageError(code="correct-nothing")
    out = dict(fact)
    allowed = CORRECTABLE[kind]
    for raw_name, raw in changes.items():
        typed = "_".join(raw_name.strip().lower().replace("-", " ").split())  # "link type", "link-type"
        name = FIELD_ALIASES.get(typed, typed)
        if name not in allowed:
            raise UsageError(code="correct-field", details={"kind": Words("fact." + kind), "field": repr(raw_name),
                                                            "fields": ", ".join(allowed)})
        out[name] = parse_value(kind, name, raw)
    return out


def parse_assignments(pairs: list[str] | tuple[str, ...]) -> dict[str, str]:
    """``field=value`` strings as a dict (a clear error for one without ``=``)."""
    out: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise UsageError(code="correct-pair", details={"pair": repr(pair)})
        out[name.strip()] = value
    return out


#: A reviewer's assessment of a target against what was reported (đánh giá mức đạt chỉ tiêu).
ASSESSMENTS = ("attained", "partly", "not-attained", "no-data")


def assessment_code(raw: str) -> str:
    """``attained``, ``partly``, ``not attained`` / ``not-attained``, ``no data`` / ``no-data``."""
    code = "-".join(raw.strip().lower().replace("_", " ").split())
    if code not in ASSESSMENTS:
        raise UsageError(code="assess-status", details={"status": repr(raw)})
    return code
