"""Identity: the one place that mints IRIs.

A symbol such as ``25-NQ/TW`` is a good surface form but not an identity: party numbers
restart with every term of the issuing committee and state numbers every year, and every
province has its own ``11-NQ/TU``. A document's IRI is therefore built from

    (system, issuing scope, type, number, term or year)

* central party documents (``/TW``): the central term (*khóa*) from the date or the text
  ("khóa XI"), so the 2003 and the 2013 ``25-NQ/TW`` are two nodes;
* local party documents (``/TU``, ``/HU``, ``/ĐU`` ...): the jurisdiction (GSO code of the
  province, or the district the text or the issuer's name gives) and the local term (2015-2020,
  2020-2025, ...) from the date; a commune's
  documents (each commune numbers its own) add the commune's name to the province's code
  (:func:`commune_scope`: ``legacy-20-xuan-long``);
* state documents: the year in the symbol, else the year of the date, and the jurisdiction
  for local issuers (HĐND, UBND, Sở ...);
* documents without a number: the jurisdiction and the one key
  :func:`kg.text.dockeys.document_key` spells, the node's ``dkg:key`` (a plan named by what it carries
  out is keyed with its issuer first: every body told to carry a resolution out names its plan alike).

Where the date or term is unknown, the part is left out rather than guessed; two mentions
of one document in one text are resolved to the same key before minting (extraction's job),
so "Nghị quyết số 25 ngày 3/6/2013 của BCH Trung ương", "Nghị quyết 25-NQ/TW" and "NQ 25"
in one article meet on one node.

Bodies are minted from canonical name + jurisdiction, administrative units from their
official GSO codes with the code scheme (``legacy`` before 1 July 2025, ``2025`` after:
codes were reused with new meanings).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from babel.numbers import format_decimal
from rdflib import URIRef

from kg.text import places
from kg.text.dockeys import document_key, unnumbered_key
from kg.text.symbols import Symbol, fold, parse_symbol
from kg.rdf.vocab import ID, VOCAB

#: Central Committee terms (khóa) with the day each began (the congress's closing day).
CENTRAL_TERMS: list[tuple[str, date]] = [
    ("VIII", date(1996, 7, 1)),
    ("IX", date(2001, 4, 22)),
    ("X", date(2006, 4, 25)),
    ("XI", date(2011, 1, 19)),
    ("XII", date(2016, 1, 28)),
    ("XIII", date(2021, 2, 1)),
    ("XIV", date(2026, 1, 23)),
]

#: Issuer codes that belong to the centre (party or state); documents of other issuers
#: need a jurisdiction to be told apart.
CENTRAL_ISSUERS = {
    "TW", "VPTW", "BTCTW", "BTGTW", "BDVTW", "BTGDVTW", "UBKTTW", "BNCTW", "BKTTW", "BĐNTW", "BCĐTW",
    "CP", "TTg", "CTN", "VPCP", "TANDTC", "VKSNDTC", "KTNN", "HNDTW", "TWĐTN", "MTTW", "QUTW", "ĐUCATW",
}

_LEVEL_BY_ISSUER = {
    "TU": "province", "HU": "district", "QU": "district", "ĐU": "commune", "CB": "commune",
    "HĐND": None, "UBND": None,
}


def slug(text: str) -> str:
    """ASCII, lower case, hyphens: ``Ban Thường vụ Tỉnh ủy`` -> ``ban-thuong-vu-tinh-uy``."""
    s = fold(text)
    s = re.sub(r"[^0-9a-z]+", "-", s).strip("-")
    return s or "x"


def central_term(on: date) -> str | None:
    """The central party term (khóa) in force on a date."""
    term = None
    for name, start in CENTRAL_TERMS:
        if on >= start:
            term = name
    return term


def local_term(on: date) -> str:
    """The local party term (nhiệm kỳ) in force on a date, e.g. ``2020-2025``.

    Provincial congresses close in the autumn of 2010, 2015, 2020 and 2025; 15 October is
    used as the boundary (numbering restarts with each term)."""
    start = on.year - (on.year % 5)
    if on < date(start, 10, 15):
        start -= 5
    return f"{start}-{start + 5}"


def level_of_issuer(code: str | None) -> str | None:
    if code is None:
        return None
    if code in CENTRAL_ISSUERS or re.fullmatch(r"(UBTVQH|QH)\d\d", code) or code.startswith("B") and code.endswith("TW"):
        return "central"
    return _LEVEL_BY_ISSUER.get(code)


@dataclass(frozen=True)
class DocumentIdentity:
    """What identifies a document. ``key`` is the facts-contract key (``46-NQ/TW``)."""

    key: str
    system: str | None = None
    type: str | None = None
    number: str | None = None
    issuer_code: str | None = None
    jurisdiction: str | None = None  # place slug, e.g. "legacy-20" or "2025-86"
    term: str | None = None  # central khóa ("XI") or local nhiệm kỳ ("2020-2025")
    year: int | None = None

    @classmethod
    def from_key(cls, key: str, *, issued: date | None = None, term: str | None = None,
                 jurisdiction: str | None = None, issuer: str | None = None,
                 place: str | None = None) -> "DocumentIdentity":
        """Build the identity from a contract key and what the text says about the document. ``issuer`` (the
        issuing body's name, as its node is named) identifies a document without a number that is named by what
        it carries out, and ``place`` (the name of its jurisdiction) is left out of its key: see
        :func:`kg.text.dockeys.document_key`."""
        sym = parse_symbol(key) or parse_symbol(key.upper())  # "140/2017/nđ-cp": case variants
        if sym is None:
            # unnumbered ("NQ:Đại hội ...") or partial ("43-CTr") keys
            return cls(key=document_key(key, issuer, place), jurisdiction=jurisdiction, term=term,
                       year=issued.year if issued else None)
        return cls.from_symbol(sym, issued=issued, term=term, jurisdiction=jurisdiction)

    @classmethod
    def from_symbol(cls, sym: Symbol, *, issued: date | None = None, term: str | None = None,
                    jurisdiction: str | None = None) -> "DocumentIdentity":
        central = level_of_issuer(sym.issuer) == "central"
        if sym.system == "party":
            if term is None and issued is not None:
                term = central_term(issued) if central else local_term(issued)
            year = None
        else:
            year = sym.year or (issued.year if issued else None)
            term = None
        return cls(key=sym.key, system=sym.system, type=sym.type, number=sym.number.lstrip("0") or "0",
                   issuer_code=sym.issuer, jurisdiction=None if central else jurisdiction,
                   term=term, year=year)

    def iri(self) -> URIRef:
        if self.system is None:
            # the key as it is written on the node (dkg:key), not folded: two keys that differ in any letter are
            # two nodes, so that a node never holds two keys (DocumentKeyShape)
            scope = self.jurisdiction or "unplaced"
            return ID[f"doc/unnumbered/{scope}/{_digest(self.key)}"]
        parts = ["doc", self.system, slug(self.issuer_code or "unknown")]
        if self.jurisdiction:
            parts.append(self.jurisdiction)
        parts.append(slug(self.type or "law"))
        parts.append(slug(self.number or "0"))
        if self.term:
            parts.append(("khoa-" if self.term.isalpha() else "term-") + slug(self.term))
        elif self.year:
            parts.append(str(self.year))
        return ID["/".join(parts)]


def document_iri(key: str, *, issued: date | None = None, term: str | None = None,
                 jurisdiction: str | None = None, issuer: str | None = None) -> URIRef:
    return DocumentIdentity.from_key(key, issued=issued, term=term, jurisdiction=jurisdiction, issuer=issuer).iri()


def commune_scope(jurisdiction: str | None, commune: str) -> str:
    """The jurisdiction of a commune's document: the place slug it was given (a province's) and the commune's name,
    as ``legacy-20-xuan-long``; for communes, which have no code of their own here."""
    return "-".join(filter(None, (jurisdiction, slug(commune))))


def scoped_commune(iri: str, jurisdiction: str) -> str | None:
    """The commune (as slugged) that :func:`commune_scope` put in a numbered document's IRI minted under
    ``jurisdiction`` (a province's place slug); None for a document of the province itself or of another place."""
    parts = iri[len(ID):].split("/") if iri.startswith(ID) else []
    if len(parts) > 4 and parts[0] == "doc" and parts[3].startswith(jurisdiction + "-"):
        return parts[3][len(jurisdiction) + 1:]
    return None


def document_commune(iri: str, jurisdiction: str) -> tuple[str, str | None] | None:
    """The commune of a commune's document, from the name :func:`commune_scope` put in its IRI, minted under
    ``jurisdiction`` (its province's IRI): its official name ("Xã Gia Viễn") and, on the map before 1 July 2025,
    its district ("Huyện Yên Bình") where the province has one commune of that name. None for a document of
    another place, or a commune the map of its province does not have."""
    for scheme in ("2025", "legacy"):
        code = jurisdiction[len(place_base(scheme)):] if jurisdiction.startswith(place_base(scheme)) else ""
        if not code or "/" in code:
            continue
        commune = scoped_commune(iri, place_slug(scheme, code))
        if commune is None:
            return None
        named = [(full, district) for _, short, full, district, _ in places.communes_of(code, scheme)
                 if slug(short) == commune]
        if not named:
            return None
        return named[0][0], named[0][1] if len({d for _, d in named}) == 1 else None
    return None


def document_place(iri: str, jurisdiction: str, label: str | None) -> str | None:
    """Where a document applies, as the card and the queries name it: a commune's document by its commune, its
    district where known and its jurisdiction's ``label`` (:func:`document_commune`: "Xã Gia Viễn, Ninh Bình");
    any other by ``label``."""
    return ", ".join(filter(None, (*(document_commune(iri, jurisdiction) or ()), label))) or None


def place_slug(scheme: str, code: str) -> str:
    return f"{scheme}-{code}"


def place_iri(scheme: str, code: str, parent: str | None = None) -> URIRef:
    """An administrative unit by its GSO code; ``scheme`` is ``legacy`` or ``2025``.

    Districts carry their province's code as ``parent`` (``id/place/legacy/51/...``)."""
    return URIRef(place_base(scheme) + (f"{parent}/{code}" if parent else code))


def place_base(scheme: str) -> str:
    """What the IRIs of the units of a code scheme (``legacy`` or ``2025``) begin with."""
    if scheme not in ("legacy", "2025"):
        raise ValueError(f"unknown code scheme {scheme!r}")
    return f"{ID}place/{scheme}/"


def body_iri(canonical_name: str, jurisdiction: str | None = None) -> URIRef:
    """A body by canonical name and jurisdiction (``central`` when it has none)."""
    return ID[f"body/{jurisdiction or 'central'}/{slug(canonical_name)}"]


def source_id(text_or_url: str) -> str:
    """The id of a source text: a digest of its text (or of its address)."""
    return _digest(text_or_url)


# a source id as source_id makes them, or as it made them with a longer or shorter digest
_SOURCE_ID = re.compile(r"[0-9a-f]{8,64}")


def is_source_id(text: str) -> bool:
    """Is ``text`` a source id (hexadecimal digits, :func:`source_id`)? What a reader typed or a page's address holds
    is checked so before any query is built with it."""
    return bool(text) and _SOURCE_ID.fullmatch(text) is not None


def source_iri(sid: str) -> URIRef:
    return ID[f"source/{sid}"]


def carrier_iri(sid: str, site: str) -> URIRef:
    """Another site's copy of the article of source ``sid`` (dkg:alsoPublishedAs), by the site's address, else its
    publisher's name (``kg.rdf.carriers``)."""
    return ID[f"source/{sid}/also/{_digest(fold(site))}"]


def fact_iri(kind: str, *parts: object) -> URIRef:
    """Tasks, targets, outcomes, events, evidence: a digest of what identifies them."""
    return ID[f"{kind}/{_digest('|'.join(fold(str(p)) for p in parts))}"]


# where the words that say what a target's figure counts end: a comma, semicolon, colon, bracket, a full
# stop (not a thousands point), or 'và' / 'trong đó' before the next figure of the same sentence
_MEASURE_END = re.compile(r"[,;:()\[\]]|\.(?!\d)|\s(?:" + "|".join(fold(w) for w in ("và", "trong đó")) + r")\s")


@lru_cache(maxsize=4096)
def _spellings(value: float) -> tuple[str, ...]:
    """The ways a Vietnamese text writes a figure: '1.500' and '1500', '83,2' (as patterns). Kept per
    value: babel's formatting is slow next to the match itself, and a batch's figures repeat."""
    fmt = "#,##0.##########"
    return tuple(re.escape(format_decimal(value, format=fmt, locale="vi", group_separator=grouped))
                 for grouped in (True, False))


def measure_phrase(text: str, value: float | None, unit: str | None = None) -> str | None:
    """The figure of a target as its text writes it and the words after it that say what it counts
    ('Kết nạp từ 1.500 hội viên nông dân mới trở lên, ...' -> '1.500 hoi vien nong dan moi tro len', folded),
    so that one target cut from its sentence in two ways is named alike. None where the figure is not in the
    text, or is there twice with other words after it and the unit does not tell which is meant."""
    if value is None or not text:
        return None
    folded = fold(text)
    figure = re.compile(r"(?<![\d.,])(?:" + "|".join(_spellings(value)) + r")(?!\d|[.,]\d)")
    phrases = []
    for m in figure.finditer(folded):
        end = _MEASURE_END.search(folded, m.end())
        phrases.append(folded[m.start():end.start() if end else len(folded)].strip())
    if unit and len(set(phrases)) > 1:
        counts = fold(unit)
        phrases = [p for p in phrases if re.sub(r"^[\d.,]+\s*", "", p).startswith(counts)]
    return phrases[0] if len(set(phrases)) == 1 else None


def target_iri(document: str | None, text: str, value: float | None, *, unit: str | None = None,
               comparator: str | None = None, period: str | None = None) -> URIRef:
    """A target (chỉ tiêu) by what identifies it rather than by where its sentence was cut: the key of the
    document that sets it (spelt as :func:`kg.text.dockeys.unnumbered_key` spells it; the key, not the document's
    node, which a text that gives no date resolves otherwise), its figure with the words that say what it counts (:func:`measure_phrase`; the whole
    text where that cannot be told), and its value, unit, comparator and period, which a target holds once
    each (so one node never gets two of them from two texts)."""
    said = measure_phrase(text, value, unit)
    return fact_iri("target", unnumbered_key(document) if document else "", text if said is None else said, value, unit or "",
                    comparator or "", period or "")


def review_source_iri(sid: str) -> URIRef:
    """The review record of an ingested text (its queue of facts to review)."""
    return ID[f"review/source/{sid}"]


def review_fact_iri(fact_id: str) -> URIRef:
    """A fact awaiting or past review, by its fact id (``SOURCE-N``), which survives re-ingesting."""
    return ID[f"review/fact/{fact_id}"]


def agent_iri(name: str) -> URIRef:
    """A person or program that reviews or writes (prov:Agent), by the slug of its name."""
    return ID[f"agent/{slug(name) or 'unknown'}"]


def review_decision_iri(fact_id: str, state: str, reviewer: str, stamp: str) -> URIRef:
    """A reviewer's decision (duyệt) on a fact: a digest of the fact, the state it gave, who and
    when (``stamp``: ISO 8601 in UTC), so that the same decision recorded twice is one node."""
    return ID[f"review/decision/{_digest(f'{fact_id}|{state}|{reviewer}|{stamp}')}"]


def review_assessment_iri(fact_id: str, status: str, reviewer: str, stamp: str) -> URIRef:
    """A reviewer's assessment (đánh giá) of a target, named as :func:`review_decision_iri` is."""
    return ID[f"review/assessment/{_digest(f'{fact_id}|{status}|{reviewer}|{stamp}')}"]


def change_set_iri(number: int, *parts: object) -> URIRef:
    """Change set ``number`` of a store's history (``change/N``), or a part of its record below it
    (``change/N/record``, ``change/N/added/0`` ...)."""
    return ID["/".join(("change", str(int(number)), *map(str, parts)))]


def concept_scheme(scheme: str) -> URIRef:
    """A SKOS concept scheme of the project's vocabularies: ``vocab/{scheme}``."""
    return VOCAB[scheme]


def concept(scheme: str, code: str) -> URIRef:
    """A concept of a vocabulary: ``vocab/{scheme}/{code}``, the code kept as written but in NFC,
    so that a code typed with combining marks (``QĐ`` decomposed) names the same concept."""
    return VOCAB[f"{scheme}/{unicodedata.normalize('NFC', code)}"]


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]
