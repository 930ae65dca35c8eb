"""The named queries (``queries/*.rq``): the catalogue, parameters, running and result tables.

A named query is one SPARQL file whose leading ``#`` lines describe it::

    # title@vi: Chuỗi triển khai của một văn bản
    # title@en: Implementation cascade of a document
    # description: Every document that implements DOC, directly or through others ...
    # param: doc (document, required) — symbol key such as 46-NQ/TW, or a document IRI
    # param: limit (integer, default 1000)
    # post: cascade
    # example: dkg query cascade -p doc=46-NQ/TW

``param`` lines read ``NAME (TYPE[, required | , default VALUE][, max N]) — description``; the
types are ``document``, ``place``, ``date``, ``integer`` and ``string``; ``max N`` bounds an
integer (a query that stops inside at N rows declares its ``limit`` so, and a larger one is
refused). ``post`` names a declared post-processing step of this module (:data:`POST`), for what
SPARQL cannot say (depths, medians, date arithmetic in years); ``limit`` is applied after it.
``details`` (``# details: VAR ...``) says that the query has a details query, ``details/NAME.rq``
beside it, which the post step runs for the rows it keeps, given each VAR as a ``VALUES`` block
(:class:`Details`): the main query selects what the order needs, the post step sorts and cuts at
``limit``, and the other columns are looked up for the rows shown only.

How parameters reach the query. Values are never pasted into the query text: each one is turned
into an RDF term here and given to Oxigraph as a *substitution* (the variable of the same name is
bound to that term), so ``"} ; DROP ALL`` is only ever a string. Oxigraph (0.5) requires a
substituted variable to be projected by the SELECT, so every query projects its parameters; they
are dropped from the result table. What a query may do with a parameter variable: use it in
triple patterns, comparisons and function calls (also inside FILTER EXISTS / OPTIONAL); what it
must not: ``BOUND(?param)`` or a bare ``BIND(?param AS ?x)``, which Oxigraph evaluates as if the
variable were unbound. An optional parameter that is not given is bound to the empty string, so a
query tests ``?place = ""``. The kinds of value:

* ``document``: a symbol key (``46-NQ/TW``, printed variants are normalised) bound as a string
  literal, or a document IRI (``https://...`` or ``id/doc/...``) bound as an IRI; queries join on
  ``?doc_iri`` (below), every document the value names
  (a key may name several documents: party numbers restart each term). Unknown -> NotFound.
* ``place``: a province or district name, with or without diacritics and with or without
  "tỉnh"/"huyện"..., or a GSO code; resolved here to the matching administrative units (provinces
  preferred over districts of the same name, one lookup of ``dkg:placeKey`` in the search index)
  and bound as one string ``"<iri1> <iri2>"``; queries join on the IRIs themselves
  (``?place_iri``, ``?place_unit``, below). Unknown -> NotFound.
* ``date``: ISO ``YYYY-MM-DD`` (default ``today``), bound as ``xsd:date``.
* ``string``: bound as a string literal; ``integer``: checked, then used by this module
  (``limit``) or bound as ``xsd:integer``.

Besides the substitutions, :func:`prepare` gives a query ``VALUES`` blocks of terms it resolved,
opening every WHERE group (subqueries included) that uses the variable, since Oxigraph plans a
join from a ``VALUES`` block but not from a substituted variable:

* ``?doc_iri``: the documents DOC names; ``?place_iri``: the units PLACE names; ``?place_unit``:
  every unit within PLACE (:func:`units_within`); ``UNDEF`` when an optional one is not given;
* ``?q_last``, ``?q_1`` ... ``?q_7``: the words of Q, looked up in the search index (:mod:`kg.store.textindex`).

Lines between ``#if NAME`` and ``#end`` are kept when parameter NAME is given (``#if !NAME``: when
it is not; ``#if A|B``: either; sections nest), so that a query can take a plan that starts from
what was given; only the presence of a parameter chooses, never its value (:func:`select_sections`).
A line ``LIMIT N  # limit`` stops the query inside at the ``limit`` asked for (:func:`limit_slots`).

Columns whose variable starts with ``_`` are internal (for post-processing) and not shown.
Custom functions (namespace :data:`FN`) are available to every query run here:
``dkgf:fold(text)`` (accent- and case-folded form) and ``dkgf:match(text, words)`` (every word of
``words`` occurs in ``text`` as a word, diacritics optional; the last word may be a prefix).

The web app and the CLI call :func:`catalog`, :func:`get` and :func:`run`.
"""

from __future__ import annotations

import csv
import datetime as _dt
import io
import json
import re
import statistics
from collections.abc import Callable, Mapping
import dataclasses
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox

from kg import resources
from kg.store import textindex
from kg.store.mirror import is_embedded
from kg.errors import NotFound, QueryError, UsageError
from kg.text.symbols import fold
from kg.rdf.vocab import BASE, DKG, ID

#: Namespace of the custom SPARQL functions.
FN = BASE + "fn#"
XSD = "http://www.w3.org/2001/XMLSchema#"
_XSD_DATE = ox.NamedNode(XSD + "date")
_XSD_INTEGER = ox.NamedNode(XSD + "integer")

PARAM_TYPES = ("document", "place", "date", "integer", "string")

_INT_TYPES = {XSD + t for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger",
                               "positiveInteger", "negativeInteger", "nonPositiveInteger",
                               "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte")}
_FLOAT_TYPES = {XSD + t for t in ("decimal", "double", "float")}


# --- the catalogue ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Parameter:
    name: str
    type: str = "string"
    default: str | None = None
    required: bool = False
    description: str = ""
    maximum: int | None = None  # an integer's largest value (``max N`` in the header)

    def signature(self) -> str:
        """``doc: document (required)``, ``date: date = today``, ``place: place (optional)``."""
        top = f" (at most {self.maximum})" if self.maximum is not None else ""
        if self.required:
            return f"{self.name}: {self.type} (required)"
        if self.default is not None:
            return f"{self.name}: {self.type} = {self.default}{top}"
        return f"{self.name}: {self.type} (optional){top}"

    def to_json(self) -> dict:
        return {"name": self.name, "type": self.type, "default": self.default, "required": self.required,
                "maximum": self.maximum, "description": self.description}


@dataclass(frozen=True)
class NamedQuery:
    name: str
    title_vi: str
    title_en: str
    description: str
    parameters: list[Parameter]
    example: str
    sparql: str
    post: str | None = None
    details: tuple[str, ...] = ()      # ``# details: VAR ...``: the variables the details query takes
    details_sparql: str | None = None  # ``details/NAME.rq`` beside the query file

    def parameter(self, name: str) -> Parameter | None:
        return next((p for p in self.parameters if p.name == name), None)

    def signature(self) -> str:
        return ", ".join(p.signature() for p in self.parameters) or "(no parameters)"

    def to_json(self) -> dict:
        return {"name": self.name, "title": {"vi": self.title_vi, "en": self.title_en},
                "description": self.description, "parameters": [p.to_json() for p in self.parameters],
                "example": self.example, "post": self.post, "details": list(self.details),
                "sparql": self.sparql, "details_sparql": self.details_sparql}


_PARAM_RE = re.compile(r"^(?P<name>[A-Za-z_][\w]*)\s*(?:\((?P<spec>[^)]*)\))?\s*(?:(?:—|–|-{1,2}|:)\s*(?P<desc>.*))?$")


def _parse_param(text: str, where: str) -> Parameter:
    m = _PARAM_RE.match(text.strip())
    if not m:
        raise QueryError(f"{where}: cannot read parameter line {text!r}",
                         hint="write: # param: NAME (TYPE, required|default VALUE) — description")
    ptype, default, required, maximum = "string", None, False, None
    for part in [s.strip() for s in (m["spec"] or "").split(",") if s.strip()]:
        if part == "required":
            required = True
        elif re.fullmatch(r"max\s+\d+", part):
            maximum = int(part.split()[1])
        elif part == "optional":
            pass
        elif part.startswith("default"):
            default = part[len("default"):].strip().strip('"') or None
        elif part in PARAM_TYPES:
            ptype = part
        else:
            raise QueryError(f"{where}: unknown parameter option {part!r} in {text!r}",
                             hint="types: " + ", ".join(PARAM_TYPES))
    return Parameter(m["name"], ptype, default, required, (m["desc"] or "").strip(), maximum)


def parse_query(text: str, name: str, details_text: str | None = None) -> NamedQuery:
    """Read the ``#`` header of a query text (any text: a header is optional). ``details_text`` is
    the text of its details query, when the header declares one (``# details: VAR ...``)."""
    fields: dict[str, list[str]] = {}
    params: list[Parameter] = []
    last = None
    for line in text.splitlines():
        s = line.strip()
        if not s:
            continue
        if not s.startswith("#"):
            break
        body = s.lstrip("#").strip()
        m = re.match(r"^([A-Za-z@_-]+)\s*:\s*(.*)$", body)
        if m and m[1].lower() in ("title@vi", "title@en", "title", "description", "param", "example",
                                  "post", "details"):
            key, value = m[1].lower(), m[2].strip()
            if key == "param":
                params.append(_parse_param(value, name))
                last = None
            else:
                fields.setdefault(key, []).append(value)
                last = key
        elif last in ("description",) and body:
            fields[last].append(body)          # a description continued on the next line
    post = (fields.get("post") or [None])[0]
    if post is not None and post not in POST:
        raise QueryError(f"{name}: unknown post-processing step {post!r}", hint="one of: " + ", ".join(POST))
    details = tuple(v.lstrip("?$") for v in " ".join(fields.get("details", [])).split())
    if any(not re.fullmatch(r"[A-Za-z_]\w*", v) for v in details):
        raise QueryError(f"{name}: cannot read the details line {' '.join(details)!r}",
                         hint="write: # details: VAR [VAR ...] (the variables the details query is given)")
    if details and details_text is None:
        raise QueryError(f"{name}: the header declares a details query but details/{name}.rq was not found",
                         hint="put the details query in queries/details/ under the same name")
    if details and post is None:
        raise QueryError(f"{name}: a details query is run by the post step; the header names none",
                         hint="add: # post: NAME")
    title = (fields.get("title") or [""])[0]
    return NamedQuery(
        name=name,
        title_vi=(fields.get("title@vi") or [title])[0],
        title_en=(fields.get("title@en") or [title])[0],
        description=" ".join(fields.get("description", [])),
        parameters=params,
        example=(fields.get("example") or [""])[0],
        sparql=text,
        post=post,
        details=details,
        details_sparql=details_text if details else None,
    )


@lru_cache(maxsize=1)
def _catalog() -> tuple[NamedQuery, ...]:
    out = []
    for path in resources.query_files():
        out.append(parse_query(path.read_text(encoding="utf-8"), path.stem, _details_text(path)))
    return tuple(out)


def _details_text(path: Path) -> str | None:
    """The details query of the query file ``path`` (``details/NAME.rq`` beside it), if any."""
    candidate = path.parent / "details" / path.name
    return candidate.read_text(encoding="utf-8") if candidate.is_file() else None


def catalog() -> list[NamedQuery]:
    """The named queries of ``queries/``, by name."""
    return sorted(_catalog(), key=lambda q: q.name)


def get(name: str) -> NamedQuery:
    for q in _catalog():
        if q.name == name:
            return q
    raise NotFound(f"no named query {name!r}; available: {', '.join(q.name for q in catalog())}",
                   hint="`dkg queries` lists them with their parameters")


# --- text helpers and custom functions ------------------------------------------------------------

@lru_cache(maxsize=65536)
def _haystack(text: str) -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    exact = textindex.words(text)
    folded = textindex.words(fold(text))
    return frozenset(exact), frozenset(folded), tuple(folded) + tuple(exact)


def text_matches(text: str, query: str) -> bool:
    """Every word of ``query`` occurs in ``text`` as a whole word; a word typed without
    diacritics matches with or without them ("nong dan" finds "nông dân"), a word typed with
    them only matches exactly ("nông" does not find "nống"). The last word may be a prefix."""
    words = textindex.words(query)
    if not words:
        return False
    exact, folded, all_words = _haystack(text)
    for i, w in enumerate(words):
        has_marks = fold(w) != w
        pool = exact if has_marks else folded
        if w in pool:
            continue
        if i == len(words) - 1 and any(h.startswith(w) for h in (all_words if has_marks else folded)):
            continue
        return False
    return True


def _fn_fold(term):
    return ox.Literal(fold(term.value)) if isinstance(term, ox.Literal) else None


def _fn_match(text, words):
    if not isinstance(text, ox.Literal) or not isinstance(words, ox.Literal):
        return None
    return ox.Literal(text_matches(text.value, words.value))


#: Custom functions given to every query run here (also usable by the web app's endpoint).
CUSTOM_FUNCTIONS: dict[ox.NamedNode, Callable] = {
    ox.NamedNode(FN + "fold"): _fn_fold,
    ox.NamedNode(FN + "match"): _fn_match,
}


def execute(store, sparql: str, bindings: Mapping[str, ox.Term] | None = None):
    """Run SPARQL over the union of the store's graphs with substitutions and the custom functions."""
    subs = {ox.Variable(k): v for k, v in (bindings or {}).items()} or None
    if not is_embedded(store.main) and FN in sparql:
        raise QueryError("this query uses directive-kg's own SPARQL functions (dkgf:), which a remote "
                         "SPARQL store does not have", hint="run it on a local store")
    try:
        return store.main.query(sparql, use_default_graph_as_union=True, substitutions=subs,
                                custom_functions=CUSTOM_FUNCTIONS)
    except SyntaxError as exc:
        raise QueryError(f"SPARQL syntax error: {exc.msg if hasattr(exc, 'msg') else exc}") from None
    except RuntimeError as exc:  # e.g. a parameter the query does not project
        raise QueryError(f"the query cannot run: {exc}",
                         hint="a query must SELECT every parameter variable it uses") from None
    except OSError as exc:
        raise QueryError(f"the query failed: {exc}") from None


# --- parameter values ------------------------------------------------------------------------------

place_key = textindex.place_key


_UNITS_SPARQL = """
PREFIX dkg: <https://w3id.org/directive-kg/ontology#>
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
            raise NotFound(f"no administrative unit {value!r}")
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
        raise NotFound(f"no province or district called {value!r}",
                       hint="give a province or district name (diacritics optional) or its GSO code")
    best = min(hits.values())
    return sorted(i for i, r in hits.items() if r == best)


def _named(iri: str) -> ox.NamedNode:
    try:
        return ox.NamedNode(iri)
    except ValueError:
        raise NotFound(f"not a valid IRI: {iri!r}") from None


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
    candidates = [value]
    try:
        from kg.text.symbols import parse_symbol

        sym = parse_symbol(value)
        if sym is not None and sym.key not in candidates:
            candidates.append(sym.key)
    except Exception:  # noqa: BLE001 - a value that is no symbol at all is still a possible key
        pass
    for cand in candidates:
        lit = ox.Literal(cand)
        if next(iter(store.main.quads_for_pattern(None, key_p, lit)), None) is not None:
            return lit
    raise NotFound(f"no document with key {value!r} in the store",
                   hint="find it with `dkg query search -p q=WORDS`, or give its IRI")


def _convert(store, p: Parameter, raw: str, query: NamedQuery):
    if p.type == "document":
        return resolve_document(store, raw)
    if p.type == "place":
        return ox.Literal(" ".join(f"<{i}>" for i in resolve_place(store, raw)))
    if p.type == "date":
        value = raw.strip()
        if value.lower() == "today":
            return ox.Literal(_dt.date.today().isoformat(), datatype=_XSD_DATE)
        try:
            day = _dt.date.fromisoformat(value)
        except ValueError:
            raise UsageError(f"parameter {p.name}={raw!r} is not a date (YYYY-MM-DD)",
                             hint=_usage(query)) from None
        return ox.Literal(day.isoformat(), datatype=_XSD_DATE)
    if p.type == "integer":
        try:
            n = int(raw.strip())
        except ValueError:
            raise UsageError(f"parameter {p.name}={raw!r} is not an integer", hint=_usage(query)) from None
        if p.name == "limit" and n < 0:
            raise UsageError(f"parameter limit={raw!r} must not be negative", hint=_usage(query))
        if p.maximum is not None and n > p.maximum:
            raise UsageError(f"parameter {p.name}={raw!r} is above its maximum {p.maximum}", hint=_usage(query))
        return ox.Literal(str(n), datatype=_XSD_INTEGER)
    return ox.Literal(raw)


def _usage(query: NamedQuery) -> str:
    return f"{query.name} expects: {query.signature()}"


def bind_parameters(store, query: NamedQuery, params: Mapping[str, str]) -> tuple[dict[str, ox.Term], dict]:
    """Check the given parameters against the declared ones; return the substitutions and the
    Python values (for post-processing and ``limit``)."""
    terms, values = parameter_terms(store, query, params)
    return _substitutions(query.sparql, terms), values


def _substitutions(sparql: str, terms: Mapping[str, ox.Term]) -> dict[str, ox.Term]:
    """The parameter terms a SPARQL text uses (``limit`` is applied by :func:`run`, never by SPARQL)."""
    return {name: term for name, term in terms.items()
            if name != "limit" and re.search(r"[?$]" + re.escape(name) + r"\b", sparql)}


def parameter_terms(store, query: NamedQuery, params: Mapping[str, str]) -> tuple[dict[str, ox.Term], dict]:
    """Every declared parameter as an RDF term (the empty string when an optional one is not
    given) and as a Python value, after checking the given ones against the declaration."""
    declared = {p.name for p in query.parameters}
    unknown = sorted(set(params) - declared)
    if unknown:
        raise UsageError(f"unknown parameter{'s' if len(unknown) > 1 else ''} "
                         f"{', '.join(unknown)} for query {query.name}", hint=_usage(query))
    terms: dict[str, ox.Term] = {}
    values: dict[str, object] = {}
    for p in query.parameters:
        raw = params.get(p.name)
        if raw is None or (isinstance(raw, str) and raw.strip() == "" and p.type != "string"):
            raw = None
        if raw is None and p.required:
            raise UsageError(f"query {query.name} needs the parameter {p.name}", hint=_usage(query))
        if raw is None and p.default is not None:
            raw = p.default
        if raw is None:
            term = ox.Literal("")
            values[p.name] = None
        else:
            if not isinstance(raw, str):
                raw = str(raw)
            term = _convert(store, p, raw, query)
            values[p.name] = _python(term) if p.type != "place" else term.value
        terms[p.name] = term
    return terms, values


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


_UNITS_WITHIN = """
PREFIX dkg: <https://w3id.org/directive-kg/ontology#>
SELECT DISTINCT ?unit WHERE { VALUES ?place { %s } ?unit dkg:partOf*/(dkg:mergedInto|^dkg:succeeds)?/dkg:partOf* ?place }"""


def units_within(store, places: list[str]) -> list[ox.NamedNode]:
    """Every administrative unit whose business counts for one of ``places``: the place itself,
    the units under it (districts, communes: ``dkg:partOf``, any depth), the legacy units merged
    into it (2025) and the units under those. Bound as ``VALUES ?place_unit`` so that a query
    starts from a few dozen units rather than testing a path from every document."""
    if not places:
        return []
    if not is_embedded(store.main):  # a remote store: one request
        iris = " ".join(str(ox.NamedNode(i)) for i in places)
        found = {row["unit"] for row in store.main.query(_UNITS_WITHIN % iris, use_default_graph_as_union=True)
                 if isinstance(row["unit"], ox.NamedNode)}
        return sorted(found, key=lambda n: n.value)
    # locally, a walk over the indexes (units part of, or merged into, a unit already found) is
    # about twice as fast as the path query (4 ms against 8 ms for a province at 1M with communes)
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


# a section holding no other section (sections nest: the innermost are resolved first)
_SECTION = re.compile(r"^[ \t]*#if[ \t]+(!?)(\w+(?:\|\w+)*)[ \t]*\n((?:(?!^[ \t]*#if[ \t]).)*?)^[ \t]*#end[ \t]*(?:\n|$)",
                      re.MULTILINE | re.DOTALL)


def select_sections(sparql: str, values: Mapping[str, object]) -> str:
    """Keep the lines between ``#if NAME`` and ``#end`` when parameter NAME is given (``#if !NAME``:
    when it is not; ``#if A|B``: when A or B is, ``#if !A|B``: when neither is), drop them
    otherwise; sections may nest. A query thus takes a different plan when, say, PLACE is
    given; only the presence of a parameter chooses, its value never enters the text. Run as a
    plain SPARQL file elsewhere, the markers are comments and every section is kept."""
    def keep(m: re.Match) -> str:
        given = any(values.get(name) is not None for name in m[2].split("|"))
        return m[3] if given != bool(m[1]) else ""
    while True:
        out = _SECTION.sub(keep, sparql)
        if out == sparql:
            return out
        sparql = out


_LIMIT_SLOT = re.compile(r"\bLIMIT[ \t]+\d+(?=[ \t]*#[ \t]*limit\b)", re.IGNORECASE)


def limit_slots(sparql: str, limit) -> str:
    """``LIMIT N  # limit`` made ``LIMIT <the limit parameter>``, so that a query stops inside at
    as many rows as are asked for (N, the parameter's maximum, when the text runs elsewhere).
    The number written is the parameter's value as parsed and range-checked: an int, never the
    caller's text."""
    if not isinstance(limit, int) or isinstance(limit, bool) or limit < 0:
        return sparql
    return _LIMIT_SLOT.sub(f"LIMIT {int(limit)}", sparql)


def _is_document_iri(store, value: str) -> bool:
    """Was this ``document`` value resolved to an IRI (rather than to a key)?"""
    if _doc_iri(value) != value:
        return False
    try:
        node = ox.NamedNode(value)
    except ValueError:
        return False
    return next(iter(store.main.quads_for_pattern(node, ox.NamedNode(str(DKG.key)), None)), None) is not None


_TOP_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)


def values_block(sparql: str, iris: Mapping[str, list[ox.NamedNode] | None]) -> str:
    """``sparql`` with one ``VALUES ?var { <iri> ... }`` per entry at the start of each WHERE group
    that uses ``?var`` itself: the outer query's and any subquery's, since a subquery does not see
    the variables of the query around it (``UNDEF`` for ``None``: the variable stays free). The
    terms (IRIs resolved from the store, literals made from the caller's words) are written by
    pyoxigraph (N-Triples syntax, escaped), never pasted from the caller's text."""
    if not iris:
        return sparql
    code = _strip_strings_and_comments_keep_length(sparql)
    groups = []  # (start of the group's body, end of the group's body)
    for m in _TOP_WHERE.finditer(code):
        depth, i = 1, m.end()
        while i < len(code) and depth:
            depth += {"{": 1, "}": -1}.get(code[i], 0)
            i += 1
        groups.append((m.end(), i - 1))
    # a subquery's own text starts at its SELECT: its projection is not a use by the group around it
    starts = [code.upper().rfind("SELECT", 0, a) if gi else a for gi, (a, _) in enumerate(groups)]
    if not groups:
        raise QueryError("cannot bind parameters: the query has no WHERE clause")
    inserts: list[tuple[int, str]] = []
    for gi, (a, b) in enumerate(groups):
        own = code[a:b]
        for (c, d), start in zip(groups, starts):  # blank out the subqueries nested in this group
            if a < c and d <= b:
                c = max(start, a)
                own = own[: c - a] + " " * (d - c) + own[d - a:]
        block = " ".join(
            f"VALUES ?{var} {{ {' '.join(str(t) for t in terms) if terms is not None else 'UNDEF'} }}"
            for var, terms in iris.items()
            if gi == 0 and not any(re.search(r"[?$]" + var + r"\b", code[c:d]) for c, d in groups[1:])
            or re.search(r"[?$]" + var + r"\b", own))
        if block:
            inserts.append((a, block))
    for pos, block in sorted(inserts, reverse=True):
        sparql = sparql[:pos] + " " + block + " " + sparql[pos:]
    return sparql


def _strip_strings_and_comments_keep_length(sparql: str) -> str:
    """Strings, IRIs and comments blanked out with spaces, so that offsets stay those of ``sparql``."""
    blank = lambda m: " " * len(m.group(0))  # noqa: E731
    s = re.sub(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'', blank, sparql)
    s = re.sub(r"<[^<>\s]*>", blank, s)
    return re.sub(r"#[^\n]*", blank, s)


def prepare(store, query: NamedQuery, params: Mapping[str, str],
            bound: tuple[dict[str, ox.Term], dict] | None = None) -> tuple[str, dict[str, ox.Term], dict]:
    """The SPARQL text to run (with the ``VALUES`` of :func:`resolved_iris`), the substitutions
    and the Python values of the parameters. ``bound``: the :func:`parameter_terms` of ``params``
    when the caller has them already (a details query takes those of its main query).

    A query anchors its joins on ``?doc_iri`` (the documents DOC names: the IRI given, or every
    document with that key) or ``?place_iri`` (the administrative units PLACE names, free when
    PLACE is not given) rather than testing ``?doc``/``?place`` row by row: Oxigraph plans a
    join from a ``VALUES`` block, whereas a substituted variable looks unbound to its optimiser
    (measured at 1M triples: 0.4 s against 0.05 s for the cascade)."""
    terms, values = bound if bound is not None else parameter_terms(store, query, params)
    bindings = _substitutions(query.sparql, terms)
    blocks: dict[str, list[ox.Term] | None] = dict(resolved_iris(store, query, values))
    words = word_values(query, values)
    blocks.update(words)
    sparql = select_sections(query.sparql, {**values, **words})  # (the "#if q_N" of each word given)
    sparql = limit_slots(sparql, values.get("limit"))
    blocks = {k: v for k, v in blocks.items() if re.search(r"[?$]" + k + r"\b", _strip_strings_and_comments(sparql))}
    return values_block(sparql, blocks), bindings, values


def word_values(query: NamedQuery, values: Mapping[str, object]) -> dict[str, list[ox.Literal]]:
    """For a query over the search index (one that uses ``?q_last``): ``?q_last`` bound to the last
    word of Q (the start of a word) and ``?q_1`` ... ``?q_7`` to the others (whole words), longest
    first; slots Q leaves empty are absent (their ``#if q_N`` sections are dropped). No words at
    all bind ``?q_last`` to a space, which starts no word: nothing matches."""
    if not re.search(r"[?$]q_last\b", query.sparql):
        return {}
    whole, last = textindex.query_words(str(values.get("q") or ""))
    if len(whole) + 1 > textindex.MAX_WORDS:
        raise UsageError(f"search for at most {textindex.MAX_WORDS} words (got {len(whole) + 1})",
                         hint=_usage(query))
    whole = sorted(set(whole), key=len, reverse=True)  # the longest first: the shortest list last
    out = {f"q_{i}": [ox.Literal(w)] for i, w in enumerate(whole, 1)}
    out["q_last"] = [ox.Literal(last if last is not None else " ")]
    return out


# --- results ---------------------------------------------------------------------------------------

def _python(term) -> object:
    """An Oxigraph term as a plain Python value (str/int/float/date/bool/None)."""
    if term is None:  # (called for every cell of every row: the common cases first)
        return None
    kind = type(term)
    if kind is ox.Literal:
        convert = _CONVERT.get(term.datatype.value)
        if convert is None:
            return term.value
        v = term.value
        try:
            return convert(v)
        except ValueError:
            return v
    if kind is ox.NamedNode:
        return term.value
    if kind is ox.BlankNode:
        return "_:" + term.value
    return str(term)


_CONVERT: dict[str, Callable[[str], object]] = {
    **{t: int for t in _INT_TYPES},
    **{t: float for t in _FLOAT_TYPES},
    XSD + "date": lambda v: _dt.date.fromisoformat(v[:10]),
    XSD + "boolean": lambda v: v in ("true", "1"),
}


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.4g}" if abs(value) < 1e6 else f"{value:.0f}"
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def _jsonable(value):
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    return value


_COMPACT = [(str(ID), "id:"), (str(DKG), "dkg:"), (BASE + "vocab/", "vocab:")]


def _compact(text: str) -> str:
    for long, short in _COMPACT:
        if text.startswith(long):
            return short + text[len(long):]
    return text


@dataclass
class Table:
    """A query result: column names and rows of plain Python values (IRIs as str)."""

    columns: list[str]
    rows: list[dict]
    query: str = ""
    meta: dict = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.rows)

    def column(self, name: str) -> list:
        return [r.get(name) for r in self.rows]

    def to_json(self) -> dict:
        return {"query": self.query, "columns": list(self.columns),
                "rows": [{c: _jsonable(r.get(c)) for c in self.columns} for r in self.rows],
                "meta": _json_tree(self.meta)}

    def render(self, fmt: str = "table") -> str:
        if fmt == "json":
            return json.dumps([{c: _jsonable(r.get(c)) for c in self.columns} for r in self.rows],
                              ensure_ascii=False, indent=2) + "\n"
        if fmt in ("csv", "tsv"):
            buf = io.StringIO()
            writer = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n",
                                quoting=csv.QUOTE_MINIMAL)
            writer.writerow(self.columns)
            for r in self.rows:
                cells = [("" if r.get(c) is None else _jsonable(r.get(c))) for c in self.columns]
                if fmt == "tsv":
                    cells = [str(x).replace("\t", " ").replace("\n", " ") for x in cells]
                writer.writerow(cells)
            return buf.getvalue()
        if fmt == "table":
            return self._text()
        raise UsageError(f"unknown format {fmt!r}", hint="one of: table, csv, tsv, json")

    def _text(self, width: int = 60) -> str:
        def show(v) -> str:
            s = _compact(_cell(v)).replace("\n", " ")
            return s if len(s) <= width else s[: width - 1] + "…"

        cells = [[show(r.get(c)) for c in self.columns] for r in self.rows]
        widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(self.columns)]
        lines = ["  ".join(c.ljust(w) for c, w in zip(self.columns, widths)).rstrip(),
                 "  ".join("-" * w for w in widths)]
        lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip() for row in cells]
        lines.append(f"({len(self.rows)} row{'s' if len(self.rows) != 1 else ''})")
        for key, value in self.meta.items():
            lines.append(f"{key}: {json.dumps(_json_tree(value), ensure_ascii=False)}")
        return "\n".join(lines) + "\n"


def _json_tree(value):
    if isinstance(value, dict):
        return {k: _json_tree(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_json_tree(v) for v in value]
    return _jsonable(value)


# --- running ---------------------------------------------------------------------------------------

_NAME_RE = re.compile(r"^[a-z][a-z0-9_-]*$")


def _strip_strings_and_comments(sparql: str) -> str:
    s = re.sub(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'', '""', sparql)
    s = re.sub(r"<[^<>\s]*>", "<>", s)
    return re.sub(r"#[^\n]*", "", s)


def _check_readonly(sparql: str) -> None:
    code = _strip_strings_and_comments(sparql)
    if re.search(r"\bSERVICE\b", code, re.IGNORECASE):
        raise QueryError("SERVICE (federated queries) is not allowed here")


def resolve_query(name_or_file_or_sparql: str) -> NamedQuery:
    """A catalogue name, a path to a ``.rq`` file, or SPARQL text -> a NamedQuery."""
    text = name_or_file_or_sparql
    if _NAME_RE.match(text.strip()):
        return get(text.strip())
    if "\n" not in text and len(text) < 4096 and (text.strip().endswith(".rq") or Path(text.strip()).is_file()):
        path = Path(text.strip())
        try:
            body = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise NotFound(f"no such query file {text.strip()!r}") from None
        except OSError as exc:
            raise NotFound(f"cannot read {text.strip()!r}: {exc.strerror}") from None
        q = parse_query(body, path.stem, _details_text(path))
    else:
        q = parse_query(text, "sparql")
    _check_readonly(q.sparql)
    if q.details_sparql is not None:
        _check_readonly(q.details_sparql)
    return q


def run(store, name_or_file_or_sparql: str, params: Mapping[str, str] | None = None,
        trace: list | None = None) -> Table:
    """Run a named query, a ``.rq`` file or SPARQL text with parameters given as strings.
    ``trace``, if given, receives ``(sparql, bindings)`` for every SPARQL text run (the main
    query, then its details query when the post step asks for it)."""
    query = resolve_query(name_or_file_or_sparql)
    given = dict(params or {})
    bound = parameter_terms(store, query, given)
    sparql, bindings, values = prepare(store, query, given, bound)
    limit = values.get("limit")
    if trace is not None:
        trace.append((sparql, bindings))
    result = execute(store, sparql, bindings)
    hidden = set(bindings) | {p.name for p in query.parameters}
    if isinstance(result, ox.QuerySolutions):
        names = [v.value for v in result.variables]
        columns = [n for n in names if n not in hidden and not n.startswith("_")]
        rows = _rows(result, names, limit if query.post is None else None)
    elif isinstance(result, ox.QueryBoolean) or isinstance(result, bool):
        columns, rows = ["result"], [{"result": bool(result)}]
    else:  # CONSTRUCT / DESCRIBE
        columns = ["subject", "predicate", "object"]
        rows = []
        for t in result:
            rows.append({"subject": _python(t.subject), "predicate": _python(t.predicate),
                         "object": _python(t.object)})
            if limit is not None and len(rows) >= limit:
                break
    table = Table(columns, rows, query=query.name)
    if query.post is not None:
        table = POST[query.post](table, values, Details(store, query, bound, trace))
    if limit is not None and len(table.rows) > limit:
        table.rows = table.rows[:limit]
    table.rows = [{c: r.get(c) for c in table.columns} for r in table.rows]
    return table


def _rows(result: ox.QuerySolutions, names: list[str], limit: int | None = None) -> list[dict]:
    rows: list[dict] = []
    for sol in result:
        rows.append(dict(zip(names, map(_python, sol))))  # (by position: faster than by name)
        if limit is not None and len(rows) >= limit:
            break
    return rows


class Details:
    """The details query of a named query (``queries/details/NAME.rq``), run by its post step for
    the rows it keeps.

    A query whose post step sorts and cuts (the depth of a cascade, the latest outcome of a
    target) selects first what the order needs, the post step keeps ``limit`` rows, and only then
    are the other columns looked up, for those rows alone: at 10M triples the cascade of a
    resolution has over 6,000 documents, of which 1,000 are shown. The post step calls
    ``details(VAR=[iri, ...], ...)`` with the variables declared by ``# details: VAR ...``; each is
    given to the details query as a ``VALUES`` block, like ``?doc_iri`` (:func:`values_block`), and
    the parameters are bound as for the main query. The rows come back as dicts, columns
    starting with ``_`` included."""

    def __init__(self, store, query: NamedQuery, bound: tuple[dict[str, ox.Term], dict], trace: list | None = None):
        self.store, self.query, self.bound, self.trace = store, query, bound, trace

    def __call__(self, **keys: list[str]) -> list[dict]:
        if self.query.details_sparql is None:
            raise QueryError(f"{self.query.name}: this query has no details query")
        unknown = set(keys) - set(self.query.details)
        if unknown:
            raise QueryError(f"{self.query.name}: the details query takes {', '.join(self.query.details)}, "
                             f"not {', '.join(sorted(unknown))}")
        iris: dict[str, list[ox.NamedNode]] = {}
        for var in self.query.details:
            try:
                iris[var] = [ox.NamedNode(v) for v in dict.fromkeys(keys.get(var) or ())]
            except (TypeError, ValueError):
                raise QueryError(f"{self.query.name}: details for ?{var} take IRIs") from None
        if not any(iris.values()):
            return []
        own = dataclasses.replace(self.query, sparql=self.query.details_sparql, post=None, details=(),
                                  details_sparql=None)
        sparql, bindings, _ = prepare(self.store, own, {}, self.bound)
        sparql = values_block(sparql, iris)
        if self.trace is not None:
            self.trace.append((sparql, bindings))
        result = execute(self.store, sparql, bindings)
        return _rows(result, [v.value for v in result.variables])


def fill(rows: list[dict], details: list[dict], columns: tuple[str, ...], key: str, detail_key: str | None = None) -> None:
    """Copy ``columns`` into ``rows`` from the details rows whose ``detail_key`` (default: ``key``)
    equals the row's ``key``. Where the details give several values (a document with two labels),
    the smallest is taken, so that the answer does not depend on the order a store returns its
    rows in; a row without details gets ``None``."""
    found: dict[str, dict[str, object]] = {}
    for d in details:
        k = d.get(detail_key or key)
        if k is None:
            continue
        slot = found.setdefault(k, {})
        for col in columns:
            v = d.get(col)
            if v is not None:
                old = slot.get(col)
                if old is None or (v != old and _sortable(v) < _sortable(old)):
                    slot[col] = v
    for r in rows:
        slot = found.get(r.get(key)) or {}
        for col in columns:
            r[col] = slot.get(col)


# --- post-processing steps -------------------------------------------------------------------------

def _split(value) -> list[str]:
    return [v for v in (value or "").split(" ") if v]


def _collapse(rows: list[dict], key: str, many: str | None = None) -> tuple[dict[str, dict], dict[str, set]]:
    """Rows grouped by ``key``: one row each, whose cells are the smallest value given (a document
    with two dates in the data gives one, the same from any store), and the set of values of
    column ``many`` per key (the parents of a document)."""
    one: dict[str, dict] = {}
    sets: dict[str, set] = {}
    for r in rows:
        k = r[key]
        kept = one.get(k)
        if kept is None:
            one[k] = dict(r)
        else:
            for c, v in r.items():
                if v is not None and (kept.get(c) is None or _sortable(v) < _sortable(kept[c])):
                    kept[c] = v
        if many is not None and r.get(many) is not None:
            sets.setdefault(k, set()).add(r[many])
    return one, sets


def _within_cascade(rows: list[dict], parents: dict[str, set]) -> dict[str, set]:
    """Each document's parents that belong to the cascade: DOC itself (``_root``, the documents DOC
    names) or another document of the cascade. A document may also implement a document outside
    it (a provincial plan implementing two resolutions); that link does not count here."""
    inside = set(parents) | set(_roots(rows))
    return {doc: {p for p in ps if p in inside} for doc, ps in parents.items()}


def _roots(rows: list[dict]) -> list[str]:
    """The documents DOC names that the rows reach (``_root``)."""
    return sorted({r["_root"] for r in rows if r.get("_root") is not None})


def _keys(docs: dict[str, dict], details: list[dict]) -> dict[str, str | None]:
    """The key of every document of the cascade (from the main query) and of DOC (from the details
    query: ``root``, ``_rootKey``), for the column of parents."""
    keys = {doc: r.get("key") for doc, r in docs.items()}
    for m in details:
        root, key = m.get("root"), m.get("_rootKey")
        if root is not None and key is not None and (keys.get(root) is None or _sortable(key) < _sortable(keys[root])):
            keys[root] = key
    return keys


def post_cascade(table: Table, params: dict, details: Details) -> Table:
    """Depth of each document (the fewest ``implements`` steps from it up to DOC), the order
    (depth, level, date, key), the cut at ``limit``, then the details of the rows kept: type,
    label, issuer, place and the keys of the documents of the cascade it implements."""
    docs, parents = _collapse(table.rows, "document", many="_parent")
    parents = _within_cascade(table.rows, parents)
    depth: dict[str, int | None] = {}

    def d(node: str, seen: frozenset = frozenset()) -> int | None:
        if node in depth:
            return depth[node]
        if node not in parents:
            return 0  # the root
        if node in seen:
            return None
        ds = [x for x in (d(p, seen | {node}) for p in parents[node]) if x is not None]
        depth[node] = (min(ds) + 1) if ds else None
        return depth[node]

    rows = list(docs.values())
    for r in rows:
        r["depth"] = d(r["document"])
    order = {"central": 0, "province": 1, "district": 2, "commune": 3}
    rows.sort(key=lambda r: (r["depth"] if r["depth"] is not None else 99, order.get(r.get("level"), 9),
                             r.get("date") or _dt.date.max, r.get("key") or "", r["document"]))
    del rows[params.get("limit") or len(rows):]
    more = details(document=[r["document"] for r in rows], root=_roots(table.rows))
    fill(rows, more, ("type", "label", "issuer", "place"), "document")
    keys = _keys(docs, more)
    for r in rows:
        r["implements"] = "; ".join(sorted({keys.get(p) or p for p in parents.get(r["document"], ())})) or None
    table.rows = rows
    if "depth" not in table.columns:
        table.columns.append("depth")
    return table


def post_bodies(table: Table, params: dict, details: Details | None = None) -> Table:
    """The busiest bodies first: most tasks, then most tasks led, then by name and IRI."""
    table.rows.sort(key=lambda r: (-(r.get("tasks") or 0), -(r.get("lead") or 0), r.get("name") or "", r["body"]))
    return table


def post_coverage(table: Table, params: dict, details: Details | None = None) -> Table:
    """The lists of documents and of legacy units in a stable (sorted) order: SPARQL leaves the
    order of GROUP_CONCAT to the engine."""
    for r in table.rows:
        for col in ("documents", "inherited_from"):
            items = sorted({x for x in (r.get(col) or "").split("; ") if x})
            r[col] = "; ".join(items) or None
    return table


def post_lag(table: Table, params: dict, details: Details) -> Table:
    """Days from each parent to the implementing document, the level medians and the slowest,
    the order (level, slowest first, key), the cut at ``limit``, then the details of the rows
    kept: type, issuer, place and the parent's key."""
    docs, parents = _collapse(table.rows, "document", many="_parent")
    inside = _within_cascade(table.rows, parents)
    links: dict[tuple[str, str], dict] = {}
    root_dates = {r["_root"]: r["_root_date"] for r in table.rows if r.get("_root_date") is not None}
    for r in table.rows:  # one row per link inside the cascade (a row per DOC IRI reached, else)
        parent = r["_parent"]
        if parent in inside[r["document"]]:
            parent_date = docs[parent].get("date") if parent in docs else root_dates.get(parent)
            kept = links.setdefault((r["document"], parent), dict(docs[r["document"]], **{
                "_parent": parent, "parent_date": parent_date, "_root_date": r.get("_root_date")}))
            if r.get("_root_date") is not None and (kept["_root_date"] is None or r["_root_date"] < kept["_root_date"]):
                kept["_root_date"] = r["_root_date"]  # (a document reaching two of the documents DOC names)
    rows = list(links.values())
    for r in rows:
        r["days"] = (r["date"] - r["parent_date"]).days if _dates(r, "date", "parent_date") else None
        r["days_from_root"] = (r["date"] - r["_root_date"]).days if _dates(r, "date", "_root_date") else None
    by_level: dict[str, list[dict]] = {}
    for r in rows:
        by_level.setdefault(r.get("level") or "unknown", []).append(r)
    summary = {}
    for level, group in by_level.items():
        known = sorted((r for r in group if r["days"] is not None),
                       key=lambda r: (-r["days"], r.get("key") or "", r["document"]))
        med = statistics.median([r["days"] for r in known]) if known else None
        for rank, r in enumerate(known, 1):
            r["rank_in_level"] = rank
        for r in group:
            r["level_median_days"] = med
        summary[level] = {
            "documents": len({r["document"] for r in group}),
            "median_days": med,
            "max_days": known[0]["days"] if known else None,
            "slowest": known[0]["key"] if known else None,
        }
    order = {"central": 0, "province": 1, "district": 2, "commune": 3}
    rows.sort(key=lambda r: (order.get(r.get("level"), 9), -(r["days"] if r["days"] is not None else -10**9),
                             r.get("key") or "", r["document"], r["_parent"]))
    del rows[params.get("limit") or len(rows):]
    more = details(document=[r["document"] for r in rows], root=_roots(table.rows))
    fill(rows, more, ("type", "issuer", "place"), "document")
    keys = _keys(docs, more)
    for r in rows:
        r["parent"] = keys.get(r["_parent"])
    table.rows = rows
    table.columns += [c for c in ("days", "days_from_root", "level_median_days", "rank_in_level")
                      if c not in table.columns]
    table.meta["per_level"] = summary
    return table


def _dates(r: dict, *names: str) -> bool:
    return all(isinstance(r.get(n), _dt.date) for n in names)


def post_targets(table: Table, params: dict, details: Details) -> Table:
    """One row per target with its latest outcome reported by DATE (latest ``as_of``; ties: the
    last outcome IRI) and the number of such outcomes, in the order (set_by, target_year, text),
    cut at ``limit``; then the details of the targets and outcomes kept, the achievement ratio
    (outcome / target) and a status where the data gives none."""
    asof = params.get("date") or _dt.date.today()
    latest: dict[str, dict] = {}
    outcomes: dict[str, set] = {}
    for r in table.rows:
        when = r.get("as_of")
        if r.get("outcome_iri") is not None and not (isinstance(when, _dt.date) and when <= asof):
            r["outcome_iri"] = r["as_of"] = None  # reported after DATE (or undated): unknown on DATE
        t = r["target"]
        if r["outcome_iri"] is not None:
            outcomes.setdefault(t, set()).add(r["outcome_iri"])
        best = latest.get(t)
        if best is None:
            latest[t] = dict(r)
        else:
            if _newer(r, best):
                best["outcome_iri"], best["as_of"] = r["outcome_iri"], r.get("as_of")
            for c in ("set_by", "text", "target_year"):  # a value given twice: the smallest
                if r.get(c) is not None and (best.get(c) is None or _sortable(r[c]) < _sortable(best[c])):
                    best[c] = r[c]
    rows = list(latest.values())
    rows.sort(key=lambda r: (r.get("set_by") or "", _sortable(r.get("target_year")), r.get("text") or "",
                             r["target"]))
    del rows[params.get("limit") or len(rows):]
    more = details(target=[r["target"] for r in rows], source=[r["_src"] for r in rows],
                   outcome=[r["outcome_iri"] for r in rows if r["outcome_iri"] is not None])
    fill(rows, more, ("comparator", "target_value", "unit", "assessed", "assessed_note"), "target")
    fill(rows, more, ("level", "place"), "_src", "source")
    fill(rows, more, ("outcome_value", "denominator", "outcome_unit", "status", "outcome_text"), "outcome_iri", "outcome")
    for r in rows:
        r["outcomes"] = len(outcomes.get(r["target"], ()))
        achievement(r)
    table.rows = rows
    if "ratio" not in table.columns:
        table.columns.insert(table.columns.index("status"), "ratio")
    if "outcomes" not in table.columns:
        table.columns.append("outcomes")
    return table


def achievement(r: dict) -> None:
    """Set ``ratio`` (outcome / target; an outcome given as "34 of 55" against a target in % is
    compared as a percentage) and, where the data gives none, ``status`` of a target row; level
    and status IRIs are shortened to their last segment."""
    for col in ("level", "status"):  # IRIs of the levels and statuses schemes: their last segment
        if isinstance(r.get(col), str) and "/" in r[col]:
            r[col] = r[col].rsplit("/", 1)[-1]
    tv, ov = _number(r.get("target_value")), _number(r.get("outcome_value"))
    den = _number(r.get("denominator"))
    comparable = ov
    if ov is not None and den and (r.get("unit") or "").strip() == "%" and (r.get("outcome_unit") or "").strip() != "%":
        comparable = 100.0 * ov / den          # "34/55 xã" against a target in percent
    ratio = round(comparable / tv, 4) if (comparable is not None and tv not in (None, 0)) else None
    r["ratio"] = ratio
    status = r.get("status")
    if status is None:
        if r.get("as_of") is None:
            status = "pending"
        elif ratio is not None:
            cmp = (r.get("comparator") or ">=").strip()
            if cmp in ("<=", "<"):
                status = "met" if ratio <= 1 else "not-met"
            else:
                status = "exceeded" if ratio > 1 else "met" if ratio >= 1 else "partly" if ratio > 0 else "not-met"
    r["status"] = status


def _sortable(value) -> tuple:
    """A cell as a sort key that puts empty cells first and never compares a number with text."""
    if value is None:
        return (0, 0, "")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return (1, value, "")
    return (2, 0, str(value))


def _number(value) -> float | None:
    """A numeric cell, or None (a malformed value in the data is not a number)."""
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _newer(a: dict, b: dict) -> bool:
    """Is outcome row ``a`` later than ``b`` (a row without an outcome is the oldest)?"""
    def key(r: dict):
        when = r.get("as_of")
        return (r.get("outcome_iri") is not None, when if isinstance(when, _dt.date) else _dt.date.min,
                r.get("outcome_iri") or "")
    return key(a) > key(b)


def _add_years(day: _dt.date, years: int) -> _dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def post_reviews_due(table: Table, params: dict, details: Details | None = None) -> Table:
    """One row per review milestone that is due on ``date`` and has no review event.

    Milestones are the document's ``dkg:reviewSchedule`` (years after issue), else 5 and 10; the
    last one is the final review (tổng kết), the others interim reviews (sơ kết). The final
    milestone is met by a final review; the k-th interim milestone by k review events of any kind
    (or by a final review)."""
    asof = params.get("date") or _dt.date.today()
    out = []
    for r in table.rows:
        issued = r.get("issued")
        if not isinstance(issued, _dt.date):
            continue
        years = sorted({int(float(y)) for y in _split(r.get("_schedule")) if _is_number(y)}) or [5, 10]
        events: dict[str, tuple[_dt.date, set[str]]] = {}
        for item in _split(r.get("_reviews")):          # "EVENT-IRI@YYYY-MM-DD|kind"
            head, _, kind = item.rpartition("|")
            if kind not in ("final", "interim"):
                continue  # an event about the document that is no review
            iri, _, day = head.rpartition("@")
            try:
                when = _dt.date.fromisoformat(day[:10])
            except ValueError:
                continue
            if issued <= when <= asof:  # (the date filter is applied here rather than in SPARQL)
                events.setdefault(iri, (when, set()))[1].add(kind)
        reviews = list(events.values())
        finals = [d for d, kinds in reviews if "final" in kinds]
        last = max((d for d, _ in reviews), default=None)
        for i, y in enumerate(years):
            due = _add_years(issued, y)
            if due > asof:
                continue
            final = i == len(years) - 1
            done = bool(finals) if final else (bool(finals) or len(reviews) >= i + 1)
            if done:
                continue
            row = dict(r)
            row.update(review="final" if final else "interim", years=y, due=due,
                       overdue_days=(asof - due).days, last_review=last)
            out.append(row)
    out.sort(key=lambda r: (r["due"], r.get("key") or ""))
    table.rows = out
    table.columns = [c for c in table.columns if c not in ("review", "years", "due", "overdue_days", "last_review")]
    table.columns += ["review", "years", "due", "overdue_days", "last_review"]
    return table


def _is_number(s: str) -> bool:
    try:
        float(s)
        return True
    except ValueError:
        return False


#: Declared post-processing steps (``# post: NAME`` in a query header).
POST: dict[str, Callable[[Table, dict, Details], Table]] = {
    "bodies": post_bodies,
    "cascade": post_cascade,
    "coverage": post_coverage,
    "lag": post_lag,
    "targets": post_targets,
    "reviews-due": post_reviews_due,
}
