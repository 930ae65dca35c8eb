"""RDF files in, quads out: the one parser of data files for loads, validation and the web.

A syntax error names the file and line; an unknown extension says which ones are read.
"""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from kg.errors import InputError
from kg.rdf.graphs import ASSERTED

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


def parse_file(path: str | Path, data: bytes | None = None) -> list[ox.Quad]:
    """Parse one RDF file into quads; a syntax error names the file and line.

    Triples of a graph format go to ``graph/asserted``; N-Quads/TriG keep their graph
    names, and their default graph becomes ``graph/asserted`` too.
    """
    name = str(path)
    fmt = FORMATS.get(Path(name).suffix.lower())
    if fmt is None:
        raise InputError(f"unknown RDF file type {Path(name).suffix or '(none)'!r}",
                         file=name, hint="use .ttl, .nt, .nq, .trig, .jsonld or .rdf")
    if data is None:
        try:
            data = Path(name).read_bytes()
        except FileNotFoundError:
            raise InputError("no such file", file=name) from None
        except OSError as exc:
            raise InputError(f"cannot read: {exc.strerror}", file=name) from None
    try:
        quads = list(ox.parse(data, format=fmt, base_iri="urn:dkg:input:"))
    except SyntaxError as exc:
        raise InputError(f"syntax error: {exc.msg}", file=name, line=exc.lineno) from None
    except (ValueError, OSError) as exc:  # pyoxigraph reports a few I/O and encoding errors so
        raise InputError(f"cannot parse: {exc}", file=name) from None
    out = []
    for q in quads:
        g = q.graph_name
        out.append(q if not isinstance(g, ox.DefaultGraph) else ox.Quad(q.subject, q.predicate, q.object, ASSERTED))
    return out
