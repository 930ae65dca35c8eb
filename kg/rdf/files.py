"""RDF files in, quads out: the one parser of data files for loads, validation and the web.

A syntax error names the file and line; an unknown extension says which ones are read. What one
file may cost is bounded (``kg.limits``): its size, one literal's size and the depth of nested
blank nodes; RDF/XML with a document type declaration is refused, because entity definitions
("billion laughs") expand without bound in the parser. Data for the graphs the store derives or
owns (reference, inferred, index, quarantine) is refused: a reinstall or the next write
would silently replace it. Typed literals come out spelt as the store keeps them, so a batch
is validated as it will be stored.
"""
from __future__ import annotations

import re
import xml.parsers.expat
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox

from kg import limits
from kg.errors import InputError, Words
from kg.rdf.graphs import ASSERTED, RESERVED_HINT, is_reserved
from kg.rdf.terms import OX_RDF, OX_XSD, VERBATIM, respelt

#: File extensions the loader reads, and their formats.
FORMATS: dict[str, ox.RdfFormat] = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".turtle": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".nq": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".json": ox.RdfFormat.JSON_LD,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
}

#: Formats whose literals are written out as they are (escapes only shorten them), so that none is
#: longer than the file: a file under the literal limit needs no check of its literals. (An XML
#: literal of RDF/XML is re-serialized, with namespace declarations copied into it, and may grow.)
VERBATIM_LITERALS = frozenset({ox.RdfFormat.N_TRIPLES, ox.RdfFormat.N_QUADS, ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG})

def parse_file(path: str | Path, data: bytes | None = None) -> list[ox.Quad]:
    """Parse one RDF file into quads; a syntax error names the file and line.

    Triples of a graph format go to ``graph/asserted``; N-Quads/TriG keep their graph
    names, and their default graph becomes ``graph/asserted`` too.
    """
    name = str(path)
    if data is None and Path(name).is_dir():  # (before the suffix: a folder has none, or a misleading one)
        raise InputError(file=name, code="folder-not-rdf")
    fmt = FORMATS.get(Path(name).suffix.lower())
    if fmt is None:
        raise InputError(f"unknown RDF file type {Path(name).suffix or '(none)'!r}",
                         file=name, hint="use .ttl, .nt, .nq, .trig, .jsonld or .rdf")
    if data is None:
        data = _read(name)
    if len(data) > limits.RDF_FILE_BYTES.value():
        raise limits.RDF_FILE_BYTES.exceeded(len(data), file=name, advice="split-file")
    if fmt == ox.RdfFormat.RDF_XML:
        refuse_doctype(data, name)
    if fmt == ox.RdfFormat.JSON_LD:
        check_json_depth(data, name)
    try:
        quads = list(ox.parse(data, format=fmt, base_iri="urn:dkg:input:"))
    except SyntaxError as exc:
        raise InputError(file=name, line=exc.lineno, code="rdf-syntax", details={"detail": exc.msg}) from None
    except (ValueError, OSError) as exc:  # pyoxigraph reports a few I/O and encoding errors so
        raise InputError(f"cannot parse: {exc}", file=name) from None
    except MemoryError:  # the engine's parser holds one token in a buffer of at most 16 MiB
        limit = limits.LITERAL_BYTES
        raise InputError(f"one literal or IRI is longer than the parser's 16 MiB buffer, past {limit.env} "
                         f"({limit.value():,} {limit.what})", file=name,
                         hint="leave such a text out of the RDF (keep it as a file and link to it)") from None
    # (each quad's object taken once for the three passes below: every read of a term makes a new object, which in
    # a large file cost more than the passes' own tests; bench/RESULTS.md, load41)
    objects = [q.object for q in quads]
    if fmt not in VERBATIM_LITERALS or len(data) > limits.LITERAL_BYTES.value():
        check_literals(quads, name, objects)
    check_nesting(quads, name, objects)
    quads = canonical_literals(quads, objects)
    del objects
    # The graph names are checked once each, not once per quad (a big N-Quads file names few graphs),
    # and the quads rebuilt only where some are in the default graph.
    graphs = {q.graph_name for q in quads}
    reserved = {g for g in graphs if not isinstance(g, ox.DefaultGraph) and is_reserved(g)}
    if reserved:
        first = next(q.graph_name for q in quads if q.graph_name in reserved)
        raise InputError(f"data for {first.value}, a graph the store derives or owns", file=name, hint=RESERVED_HINT)
    if ox.DefaultGraph() in graphs:
        return [ox.Quad(q.subject, q.predicate, q.object, ASSERTED) if isinstance(q.graph_name, ox.DefaultGraph)
                else q for q in quads]
    return quads


#: Datatypes whose literals keep the file's spelling in the store: text, which the engine never rewrites, and
#: the JSON and addresses the project writes (a review queue's text and items, a source's address: the longest
#: literals of an export, which a scratch store would copy for nothing). tests/test_rdf_files.py checks each.
NEVER_REWRITTEN = VERBATIM | {OX_RDF.JSON.value, OX_XSD.anyURI.value}


#: Lexical forms the engine keeps as they are, by datatype: most of a large file's typed literals, which then
#: need not be sent through a scratch store (a literal that does not match is, whatever it is).
#: tests/test_rdf_files.py holds every form these admit to the engine's own spelling.
KEPT_AS_SPELT = {
    OX_XSD.integer.value: re.compile(r"0|-?[1-9][0-9]{0,17}"),
    OX_XSD.decimal.value: re.compile(r"-?[1-9][0-9]{0,17}(?:\.[0-9]{0,8}[1-9])?|-?0\.[0-9]{0,8}[1-9]|0"),
    OX_XSD.date.value: re.compile(r"(?:19|20)[0-9]{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|1[0-9]|2[0-8])"),
}


def canonical_literals(quads: list[ox.Quad], objects: list | None = None) -> list[ox.Quad]:
    """The quads with each typed literal spelt as the store will keep it (``1500.0`` and ``1500``
    are one decimal, ``+5`` is ``5``), so that a batch is validated as it will be stored: else
    a file's ``1500.0`` and the store's ``1500`` for one target count as two values. The spelling
    is the engine's own, read back from a store in memory, for each distinct literal once. ``objects``: the
    quads' objects in order, where the caller took them already."""
    if objects is None:
        objects = [q.object for q in quads]
    typed = {o for o in objects if isinstance(o, ox.Literal) and o.datatype.value not in NEVER_REWRITTEN}
    typed = {o for o in typed if not ((kept := KEPT_AS_SPELT.get(o.datatype.value)) and kept.fullmatch(o.value))}
    if not typed:
        return quads
    changed = respelt(list(typed))
    if not changed:
        return quads
    return [ox.Quad(q.subject, q.predicate, changed[o], q.graph_name)
            if isinstance(o, ox.Literal) and o in changed else q for q, o in zip(quads, objects)]


def _read(name: str) -> bytes:
    path = Path(name)
    try:
        size = path.stat().st_size
        if size > limits.RDF_FILE_BYTES.value():
            raise limits.RDF_FILE_BYTES.exceeded(size, file=name, advice="split-file")
        return path.read_bytes()
    except OSError as exc:
        raise InputError.unreadable(exc, name, folder="folder-not-rdf") from None


class _Prolog(Exception):
    """Raised inside the XML parser to stop at the first element or at a DOCTYPE."""


def refuse_doctype(data: bytes, name: str) -> None:
    """Refuse XML with a document type declaration, read by a real XML parser (expat) up to the
    first element only, so the check costs the prolog, not the document."""
    parser = xml.parsers.expat.ParserCreate()

    def doctype(*_args: object) -> None:
        raise _Prolog("doctype")

    def element(*_args: object) -> None:
        raise _Prolog("element")

    parser.StartDoctypeDeclHandler = doctype
    parser.EntityDeclHandler = doctype
    parser.StartElementHandler = element
    try:
        parser.Parse(data, True)
    except _Prolog as stop:
        if str(stop) == "element":
            return
        raise InputError("RDF/XML with a document type declaration (<!DOCTYPE ...>)", file=name,
                         line=parser.CurrentLineNumber,
                         hint="remove the DOCTYPE and its entity definitions; they are refused because "
                              "entities can expand without bound") from None
    except xml.parsers.expat.ExpatError as exc:
        raise InputError(f"not well-formed XML: {xml.parsers.expat.ErrorString(exc.code)}",
                         file=name, line=exc.lineno) from None


#: A JSON string (its escapes included) or one bracket: what the depth of a JSON text is read from, so that a
#: bracket inside a string is not counted.
_JSON_TOKEN = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"|[\[\]{}]')


def check_json_depth(data: bytes, name: str) -> None:
    """Refuse a JSON-LD file whose objects and arrays nest deeper than ``DKG_MAX_JSONLD_DEPTH``, before the engine
    parses it: its JSON-LD parser's memory grows with the square of the depth. The depth is read on the JSON's
    tokens (strings skipped whole), in one pass that stops at the first level past the limit."""
    most = limits.JSONLD_DEPTH.value()
    depth = 0
    for token in _JSON_TOKEN.finditer(data):
        char = token.group()
        if char in (b"{", b"["):
            depth += 1
            if depth > most:
                raise limits.JSONLD_DEPTH.exceeded(None, file=name, advice="flatten")
        elif char in (b"}", b"]"):
            depth -= 1


def check_literals(quads: Iterable[ox.Quad], name: str, objects: list | None = None) -> None:
    """Refuse a literal longer than ``DKG_MAX_LITERAL_BYTES``, naming its subject (``objects``: the quads' objects in
    order, where the caller took them already)."""
    most = limits.LITERAL_BYTES.value()
    for q, o in zip(quads, objects) if objects is not None else ((q, q.object) for q in quads):
        if isinstance(o, ox.Literal) and len(o.value) > most // 4 and len(o.value.encode("utf-8")) > most:
            raise limits.LITERAL_BYTES.exceeded(
                len(o.value.encode("utf-8")), file=name,
                where=Words("where.literal", {"subject": str(q.subject), "predicate": str(q.predicate)}),
                advice="long-texts")


def check_nesting(quads: list[ox.Quad], name: str, objects: list | None = None) -> None:
    """Refuse chains of blank nodes deeper than ``DKG_MAX_NESTING`` (nested collections and
    ``[ ... ]``). Linear in the quads: each blank node's depth is computed once, iteratively. ``objects``: the
    quads' objects in order, where the caller took them already (a subject is then read only under a blank object)."""
    children: dict[ox.BlankNode, list[ox.BlankNode]] = {}
    for q, o in zip(quads, objects) if objects is not None else ((q, q.object) for q in quads):
        if isinstance(o, ox.BlankNode) and isinstance(s := q.subject, ox.BlankNode):
            children.setdefault(s, []).append(o)
    if not children:
        return
    most = limits.NESTING.value()
    depth: dict[ox.BlankNode, int] = {}
    for root in children:
        if root in depth:
            continue
        stack: list[tuple[ox.BlankNode, int]] = [(root, 0)]
        on_path: set[ox.BlankNode] = {root}
        while stack:
            node, i = stack[-1]
            kids = children.get(node, [])
            if i < len(kids):
                stack[-1] = (node, i + 1)
                kid = kids[i]
                if kid not in depth and kid not in on_path:  # a cycle adds no depth
                    stack.append((kid, 0))
                    on_path.add(kid)
                    if len(stack) > most:
                        raise limits.NESTING.exceeded(len(stack), file=name, advice="flatten",
                                                      where=Words("where.nesting", {"node": str(root)}))
                continue
            depth[node] = 1 + max((depth.get(k, 0) for k in kids), default=0)
            if depth[node] > most:
                raise limits.NESTING.exceeded(depth[node], file=name, advice="flatten",
                                              where=Words("where.nesting", {"node": str(node)}))
            stack.pop()
            on_path.discard(node)
