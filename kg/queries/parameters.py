"""Parameter values: the caller's strings checked against a query's declaration and turned
into RDF terms (substitutions) and into the IRIs of the ``VALUES`` blocks a query joins on
(``queries/README.md`` says which kinds there are and how each is bound).
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Mapping

import pyoxigraph as ox

from kg.asof import parse_day
from kg.errors import Detail, NotFound, UsageError, Words
from kg.i18n import BOTH
from kg.queries.catalog import NamedQuery, Parameter
from kg.queries.cells import parameter_said
from kg.queries.table import XSD, python_value
from kg.rdf.terms import OX_RDFS, OxTerm
from kg.rdf.vocab import DKG, ID, sparql_prefixes
from kg.store import textindex
from kg.store.mirror import is_embedded
from kg.text.dockeys import key_spellings, placed_spellings
from kg.text.symbols import fold

_XSD_DATE = ox.NamedNode(XSD + "date")


_XSD_INTEGER = ox.NamedNode(XSD + "integer")


place_key = textindex.place_key


_DKG = sparql_prefixes("dkg")


_UNITS_SPARQL = _DKG + """
SELECT ?unit ?kind WHERE {
  %s
  OPTIONAL { ?unit a ?kind FILTER(?kind IN (dkg:Province, dkg:District, dkg:Commune)) }
  FILTER(BOUND(?kind))
}"""  # (the type as an OPTIONAL: Oxigraph then starts from the name, not from every unit)


_RANK = {str(DKG.Province): 0, str(DKG.District): 1, str(DKG.Commune): 2}


def resolve_place(store, value: str) -> list[str]:
    """The IRIs of the administrative units a name or GSO code designates (see the module doc)."""
    value = value.strip()
    if value.startswith("http://") or value.startswith("https://") or value.startswith("id/place/"):
        iri = value if "://" in value else str(ID) + value[3:]
        if next(iter(store.main.quads_for_pattern(_named(iri), None, None)), None) is None:
            raise NotFound(code="no-place-iri", details={"value": repr(value)})
        return [iri]
    key = place_key(value)
    # a GSO code, or the name as the search index keeps it (kg.store.textindex: one lookup, no folding
    # of every unit's name); the term is written by pyoxigraph
    pattern = (f"?unit dkg:adminCode {ox.Literal(value)} ." if value.isdigit()
               else f"?unit dkg:placeKey {ox.Literal(key)} .")
    hits: dict[str, int] = {}
    if key or value.isdigit():
        for sol in store.main.query(_UNITS_SPARQL % pattern, use_default_graph_as_union=True):
            iri, rank = sol["unit"].value, _RANK.get(sol["kind"].value, 9)
            hits[iri] = min(rank, hits.get(iri, 9))
    if not hits:
        raise NotFound(code="no-place", details={"value": repr(value)})
    best = min(hits.values())
    return sorted(i for i, r in hits.items() if r == best)


def _named(iri: str) -> ox.NamedNode:
    try:
        return ox.NamedNode(iri)
    except ValueError:
        raise NotFound.iri(iri) from None


def _doc_iri(value: str) -> str | None:
    if value.startswith("id/doc/"):
        return str(ID) + value[3:]
    if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", value) and ("://" in value or value.startswith("urn:")):
        return value
    return None


def resolve_document(store, value: str) -> ox.NamedNode | ox.Literal:
    """The term a ``document`` parameter is bound to: the IRI, or the key literal; NotFound if
    the store holds no such document."""
    value = value.strip()
    key_p = ox.NamedNode(str(DKG.key))
    iri = _doc_iri(value)
    if iri is not None:
        try:
            node = ox.NamedNode(iri)
        except ValueError:
            node = None  # not an IRI after all: perhaps a (strange) key
        if node is not None and next(iter(store.main.quads_for_pattern(node, key_p, None)), None) is not None:
            return node
    placed = placed_spellings(value)
    elsewhere: list[str] = []  # (the documents of other places a key printed with its place would have named)
    for cand in key_spellings(value):
        lit = ox.Literal(cand)
        found = sorted({q.subject.value for q in store.main.quads_for_pattern(None, key_p, lit)})
        if cand not in placed:
            if found:
                return lit
            continue
        # (a key printed with its place: the documents of that place alone, bound by their IRI, since the key
        # literal names every place's document so keyed)
        kept = of_place(store, found, placed[cand])
        if kept:
            return ox.NamedNode(kept[0])
        elsewhere += found
    if elsewhere:
        raise NotFound(code="query-no-document-placed",
                       details={"key": repr(value), "place": next(iter(placed.values())),
                                "places": ", ".join(sorted({p for d in elsewhere for p in place_names(store, d)}))})
    raise missing_document(store, value, "query-no-document")


def place_names(store, iri: str) -> list[str]:
    """The names of the place (jurisdiction) of the document ``iri``."""
    jurisdiction = ox.NamedNode(str(DKG.jurisdiction))
    return [lq.object.value for jq in store.main.quads_for_pattern(ox.NamedNode(iri), jurisdiction, None)
            for lq in store.main.quads_for_pattern(jq.object, OX_RDFS.label, None)]


def of_place(store, iris: list[str], place: str) -> list[str]:
    """The documents of ``iris`` whose place is named ``place`` (a province's or district's name, with or without
    diacritics): the one rule of a key printed with its place ('NQ:HĐND tỉnh Tuyên Quang về ...', which the store
    keys without it: ``kg.text.dockeys.placed_spellings``), for a query's document parameter, ``dkg show`` and
    ``/doc/KEY``: another place's document so keyed is not it."""
    return [i for i in iris if any(fold(name) == fold(place) for name in place_names(store, i))]


#: the number a user typed for a document ("NQ 57", "nghị quyết số 57", "57"): its first run of digits
_TYPED_NUMBER = re.compile(r"\d+")


def keys_numbered(store, number: str, most: int = 8) -> list[str]:
    """The keys of the documents numbered ``number`` (digits), sorted, at most ``most``: 57 names 57-NQ/TW (with or
    without the zero a number is written with: 5 finds 05-CTr/TU). Read from the documents' ``dkg:documentNumber``
    (an index look-up, not a scan); empty where no document has it."""
    number_p, key_p = ox.NamedNode(str(DKG.documentNumber)), ox.NamedNode(str(DKG.key))
    keys = {k.object.value for form in {number, number.lstrip("0") or "0", number.zfill(2)}
            for q in store.main.quads_for_pattern(None, number_p, ox.Literal(form))
            for k in store.main.quads_for_pattern(q.subject, key_p, None)}
    return sorted(keys)[:most]


def missing_document(store, typed: str, code: str) -> NotFound:
    """The error of a document key no document has (``code``: ``query-no-document`` for a query's parameter,
    ``document-missing`` for a card or a view), naming the keys of the documents numbered as the first number typed
    ("NQ 57", "nghị quyết số 57") where there are some: a newcomer typing ``dkg show "NQ 57"`` or ``-p doc=57`` was
    told only what a key looks like."""
    number = _TYPED_NUMBER.search(typed)
    keys = keys_numbered(store, number[0]) if number is not None else []
    if not keys or number is None:
        return NotFound(code=code, details={"key": repr(typed), "typed": typed})
    return NotFound(code=code + "-like", details={"key": repr(typed), "number": number[0], "keys": ", ".join(keys),
                                                  "typed": typed})


def _convert(store, p: Parameter, raw: str, query: NamedQuery):
    if p.type == "document":
        return resolve_document(store, raw)
    if p.type == "place":
        return ox.Literal(" ".join(f"<{i}>" for i in resolve_place(store, raw)))
    if p.type == "date":
        day = parse_day(raw, p.name)
        if day is None:  # (blank values are taken for "not given" before this)
            raise UsageError(code="query-needs-day", details=_details(query, name=p.name, forms=Words("day-forms")))
        return ox.Literal(day.isoformat(), datatype=_XSD_DATE)
    if p.type == "integer":
        try:
            n = int(raw.strip())
        except ValueError:
            raise UsageError(code="query-not-integer", details=_details(query, name=p.name, value=repr(raw))) from None
        if p.name == "limit" and n < 0:
            raise UsageError(code="query-negative-limit", details=_details(query, value=repr(raw)))
        if p.maximum is not None and n > p.maximum:
            raise UsageError(code="query-above-maximum",
                             details=_details(query, name=p.name, value=repr(raw), maximum=str(p.maximum)))
        return ox.Literal(str(n), datatype=_XSD_INTEGER)
    return ox.Literal(raw)


def _details(query: NamedQuery, **details: Detail) -> dict[str, Detail]:
    """An error's details with the query's name and signature, which its hint says (``kg.i18n.ERRORS``)."""
    return {"query": query.name, "signature": parameters_said(query), **details}


def parameters_said(query: NamedQuery) -> Words:
    """The parameters of ``query`` as an error's hint says them, in its language (``dkg queries``' words: "doc: văn
    bản (số hiệu), bắt buộc; ..."), not in the types of the query's header ("doc: document (required)")."""
    return Words(BOTH, {lang: "; ".join(parameter_said(p, lang) for p in query.parameters) or "-"
                        for lang in ("vi", "en")})


def bind_parameters(store, query: NamedQuery, params: Mapping[str, str]) -> tuple[dict[str, OxTerm], dict]:
    """Check the given parameters against the declared ones; return the substitutions and the
    Python values (for post-processing and ``limit``)."""
    terms, values = parameter_terms(store, query, params)
    return substitutions(query.sparql, terms), values


def substitutions(sparql: str, terms: Mapping[str, OxTerm]) -> dict[str, OxTerm]:
    """The parameter terms a SPARQL text uses (``limit`` is applied by :func:`run`, never by SPARQL)."""
    return {name: term for name, term in terms.items()
            if name != "limit" and re.search(r"[?$]" + re.escape(name) + r"\b", sparql)}


def parameter_terms(store, query: NamedQuery, params: Mapping[str, str]) -> tuple[dict[str, OxTerm], dict]:
    """Every declared parameter as an RDF term (the empty string when an optional one is not
    given) and as a Python value, after checking the given ones against the declaration. A query
    with a ``date`` also gets the Python value ``as_of``: that day when one was asked for, else None."""
    declared = {p.name for p in query.parameters}
    params = day_of_reckoning(query, params, declared)
    asked = any(params.get(n) not in (None, "") for n in DAY_NAMES)
    unknown = sorted(set(params) - declared)
    if unknown:
        raise UsageError(code="query-unknown-parameter", details={"names": ", ".join(unknown), "query": query.name,
                                                                    "signature": parameters_said(query)})
    terms: dict[str, OxTerm] = {}
    values: dict[str, object] = {}
    for p in query.parameters:
        raw = params.get(p.name)
        if raw is None or (isinstance(raw, str) and raw.strip() == "" and p.type != "string"):
            raw = None
        if raw is None and p.required:
            raise UsageError(code="query-needs-parameter", details={"query": query.name, "name": p.name,
                                                                    "signature": parameters_said(query)})
        if raw is None and p.default is not None:
            raw = p.default
        if raw is None:
            term = ox.Literal("")
            values[p.name] = None
        else:
            if not isinstance(raw, str):
                raw = str(raw)
            term = _convert(store, p, raw, query)
            values[p.name] = python_value(term) if p.type != "place" else term.value
        terms[p.name] = term
    day = next((v for v in (values.get(n) for n in DAY_NAMES) if isinstance(v, _dt.date)), None)
    if "date" in declared and "as_of" not in declared:
        # the sections "#if as_of" of a query with a date: kept when a day was asked for (not the
        # default, today, on which every text published so far is known); never a substitution
        values["as_of"] = day if asked else None
    for p in query.parameters:
        if p.type == "place" and values.get(p.name) is not None and day is not None:
            iris = in_force(store, re.findall(r"<([^<>\s]+)>", str(values[p.name])), day)
            terms[p.name] = ox.Literal(" ".join(f"<{i}>" for i in iris))
            values[p.name] = terms[p.name].value
    return terms, values


def in_force(store, units: list[str], day: _dt.date) -> list[str]:
    """Of the units a place name designates, those of the administrative map in force on ``day``
    (``dkg:validFrom``/``dkg:validTo``): "Hải Phòng" before 1 July 2025 is the old city alone, from
    that day the new one that took in Hải Dương. Where none was in force on ``day`` (a name of
    the old map asked about later), all of them."""
    valid_from, valid_to = ox.NamedNode(str(DKG.validFrom)), ox.NamedNode(str(DKG.validTo))

    def bound(iri: str, pred: ox.NamedNode) -> _dt.date | None:
        for q in store.main.quads_for_pattern(ox.NamedNode(iri), pred, None):
            try:
                return _dt.date.fromisoformat(q.object.value)
            except ValueError:
                return None
        return None

    kept = [u for u in units
            if (bound(u, valid_from) or _dt.date.min) <= day <= (bound(u, valid_to) or _dt.date.max)]
    return kept or units


#: The two names of the day a query answers for: ``date`` (coverage, targets, reviews ...) and
#: ``as_of`` (the cascade, lag); either name is accepted by every query that declares one of them.
DAY_NAMES = ("date", "as_of")


def day_of_reckoning(query: NamedQuery, params: Mapping[str, str], declared: set[str]) -> Mapping[str, str]:
    """``params`` with the day given under the name the query declares: ``as_of=D`` for a query
    that takes ``date`` (and the reverse), so that ``-p as_of=D`` asks every dated query what was
    known on D. Both names given with different days is a usage error."""
    given = {n: params[n] for n in DAY_NAMES if params.get(n) not in (None, "")}
    if not given or all(n in declared for n in given):
        return params
    # (each day read under the name it was given, so that an error names what the user typed)
    if len({parse_day(v, n) for n, v in given.items()}) > 1:
        raise UsageError(code="query-two-days", details={"date": repr(given["date"]), "as_of": repr(given["as_of"])})
    target = next((n for n in DAY_NAMES if n in declared), None)
    if target is None:
        return params  # a query without a day: the unknown name is reported as such
    out = {k: v for k, v in params.items() if k not in DAY_NAMES}
    out[target] = next(iter(given.values()))
    return out


def resolved_iris(store, query: NamedQuery, values: Mapping[str, object]) -> dict[str, list[ox.NamedNode] | None]:
    """The IRIs each ``document`` or ``place`` parameter designates, for the queries that use
    the variable ``?NAME_iri`` (see :func:`prepare`); ``None`` for an optional place not given."""
    out: dict[str, list[ox.NamedNode] | None] = {}
    key_p = ox.NamedNode(str(DKG.key))
    for p in query.parameters:
        var = f"{p.name}_iri"
        if p.type not in ("document", "place") or not re.search(r"[?$]" + var + r"\b", query.sparql):
            continue
        value = values.get(p.name)
        if value is None:
            out[var] = None
        elif p.type == "place":
            out[var] = [ox.NamedNode(i) for i in re.findall(r"<([^<>\s]+)>", str(value))]
        elif _is_document_iri(store, str(value)):
            out[var] = [ox.NamedNode(str(value))]
        else:  # a key: every document it names (party numbers restart each term)
            out[var] = sorted({q.subject for q in store.main.quads_for_pattern(None, key_p, ox.Literal(str(value)))
                               if isinstance(q.subject, ox.NamedNode)}, key=lambda n: n.value)
    for p in query.parameters:
        if p.type == "place" and re.search(r"[?$]" + p.name + r"_unit\b", query.sparql):
            value = values.get(p.name)
            out[f"{p.name}_unit"] = (None if value is None else
                                     units_within(store, re.findall(r"<([^<>\s]+)>", str(value))))
    return out


# ``?unit dkg:partOf*/(dkg:mergedInto|^dkg:succeeds)?/dkg:partOf* PLACE`` taken in two steps, each
# path written from a unit written in: the same answer, in a form Virtuoso also runs (it refuses a
# path neither end of which is bound, does not count a VALUES binding as bound, and answers nothing
# for a path from a variable a UNION binds). First the units the place holds or took over:
LEGACY_WITHIN = _DKG + """
SELECT DISTINCT ?unit WHERE {
  { ?unit dkg:partOf* %(place)s }
  UNION { ?_under dkg:partOf* %(place)s . ?unit dkg:mergedInto ?_under }
  UNION { ?_under dkg:partOf* %(place)s . ?_under dkg:succeeds ?unit }
}"""
#: then every unit under one of those (one UNION branch per unit found)
UNITS_UNDER = _DKG + """
SELECT DISTINCT ?unit WHERE { %(branches)s }"""


def remote_units_within(dataset, place: ox.NamedNode) -> set[ox.NamedNode]:
    """The units within ``place`` by the two queries above (IRIs written by pyoxigraph)."""
    found = {row["unit"] for row in dataset.query(LEGACY_WITHIN % {"place": place}, use_default_graph_as_union=True)
             if isinstance(row["unit"], ox.NamedNode)}
    if not found:
        return set()
    branches = " UNION ".join(f"{{ ?unit dkg:partOf* {unit} }}" for unit in sorted(found, key=lambda n: n.value))
    return {row["unit"] for row in dataset.query(UNITS_UNDER % {"branches": branches}, use_default_graph_as_union=True)
            if isinstance(row["unit"], ox.NamedNode)}


def units_within(store, places: list[str]) -> list[ox.NamedNode]:
    """Every administrative unit whose business counts for one of ``places``: the place itself,
    the units under it (districts, communes: ``dkg:partOf``, any depth), the legacy units merged
    into it (2025) and the units under those. Bound as ``VALUES ?place_unit`` so that a query
    starts from a few dozen units rather than testing a path from every document."""
    if not places:
        return []
    if not is_embedded(store.main):  # a remote store: two requests a place
        found = set().union(*(remote_units_within(store.main, ox.NamedNode(place)) for place in places))
        return sorted(found, key=lambda n: n.value)
    # locally, a walk over the indexes (units part of, or merged into, a unit already found) is
    # faster than the path query (bench/RESULTS-notes.md, "Units within a place")
    part_of, merged_into, succeeds = (ox.NamedNode(str(DKG[n])) for n in ("partOf", "mergedInto", "succeeds"))
    found = {ox.NamedNode(i) for i in places}
    frontier = list(found)
    while frontier:
        node = frontier.pop()
        steps = [q.subject for q in store.main.quads_for_pattern(None, part_of, node)]
        steps += [q.subject for q in store.main.quads_for_pattern(None, merged_into, node)]
        steps += [q.object for q in store.main.quads_for_pattern(node, succeeds, None)]
        for unit in steps:
            if isinstance(unit, ox.NamedNode) and unit not in found:
                found.add(unit)
                frontier.append(unit)
    return sorted(found, key=lambda n: n.value)


def _is_document_iri(store, value: str) -> bool:
    """Was this ``document`` value resolved to an IRI (rather than to a key)?"""
    if _doc_iri(value) != value:
        return False
    try:
        node = ox.NamedNode(value)
    except ValueError:
        return False
    return next(iter(store.main.quads_for_pattern(node, ox.NamedNode(str(DKG.key)), None)), None) is not None


def word_values(query: NamedQuery, values: Mapping[str, object]) -> dict[str, list[ox.Literal]]:
    """For a query over the search index (one that uses ``?q_last``): ``?q_last`` bound to the last
    word of Q (the start of a word) and ``?q_1`` ... ``?q_7`` to the others (whole words), longest
    first; slots Q leaves empty are absent (their ``#if q_N`` sections are dropped). No words at
    all bind ``?q_last`` to a space, which starts no word: nothing matches."""
    if not re.search(r"[?$]q_last\b", query.sparql):
        return {}
    whole, last = textindex.query_words(str(values.get("q") or ""))
    if len(whole) + 1 > textindex.MAX_WORDS:
        raise UsageError(code="query-too-many-words",
                         details=_details(query, most=textindex.MAX_WORDS, count=len(whole) + 1))
    whole = sorted(set(whole), key=len, reverse=True)  # the longest first: the shortest list last
    out = {f"q_{i}": [ox.Literal(w)] for i, w in enumerate(whole, 1)}
    out["q_last"] = [ox.Literal(last if last is not None else " ")]
    return out
