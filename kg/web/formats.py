"""Media types the app speaks, kept as data, and ``Accept`` negotiation with q-values."""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox


@dataclass(frozen=True)
class Format:
    media_type: str  # what the response says it is
    aliases: tuple[str, ...]  # other media types a client may ask for
    names: tuple[str, ...]  # values of the ``format=`` parameter
    oxigraph: ox.QueryResultsFormat | ox.RdfFormat


#: SELECT and ASK results (SPARQL 1.1 Query Results formats). The first one is the default.
RESULT_FORMATS: tuple[Format, ...] = (
    Format("application/sparql-results+json", ("application/json", "text/javascript", "application/javascript"),
           ("json", "srj", "sparql-results+json"), ox.QueryResultsFormat.JSON),
    Format("application/sparql-results+xml", ("application/xml", "text/xml"), ("xml", "srx", "sparql-results+xml"),
           ox.QueryResultsFormat.XML),
    Format("text/csv", (), ("csv",), ox.QueryResultsFormat.CSV),
    Format("text/tab-separated-values", (), ("tsv", "tab-separated-values"), ox.QueryResultsFormat.TSV),
)

#: CONSTRUCT and DESCRIBE results. The first one is the default. Turtle is valid N3, so a
#: client asking for N3 (SPARQLWrapper's ``N3``) is given Turtle.
GRAPH_FORMATS: tuple[Format, ...] = (
    Format("text/turtle", ("application/x-turtle", "application/turtle", "text/n3", "text/rdf+n3", "application/n3"),
           ("turtle", "ttl", "n3"), ox.RdfFormat.TURTLE),
    Format("application/n-triples", ("text/plain",), ("nt", "ntriples", "n-triples"), ox.RdfFormat.N_TRIPLES),
    Format("application/ld+json", ("application/json", "application/x-json+ld"), ("jsonld", "json-ld", "json"),
           ox.RdfFormat.JSON_LD),
    Format("application/rdf+xml", ("application/xml", "text/xml"), ("xml", "rdf", "rdfxml", "rdf+xml"),
           ox.RdfFormat.RDF_XML),
)

#: What ``POST /validate`` reads, by Content-Type and by file name.
UPLOAD_TYPES: dict[str, str] = {
    "text/turtle": ".ttl",
    "application/x-turtle": ".ttl",
    "application/n-triples": ".nt",
    "text/plain": ".nt",
    "application/ld+json": ".jsonld",
}
UPLOAD_EXTENSIONS: dict[str, str] = {".ttl": ".ttl", ".turtle": ".ttl", ".nt": ".nt", ".jsonld": ".jsonld",
                                     ".json": ".jsonld"}


def parse_accept(header: str | None) -> list[tuple[str, float, int]]:
    """``Accept`` -> ``[(media range, q, position)]``, best first (q, then specificity, then order)."""
    if not header:
        return [("*/*", 1.0, 0)]
    out = []
    for pos, part in enumerate(header.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if not media:
            continue
        if "/" not in media:
            media = "*/*" if media == "*" else media + "/*"
        q = 1.0
        for f in fields[1:]:
            name, _, value = f.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = max(0.0, min(1.0, float(value.strip())))
                except ValueError:
                    q = 0.0
        out.append((media, q, pos))

    def specificity(media: str) -> int:
        return 0 if media == "*/*" else (1 if media.endswith("/*") else 2)

    out.sort(key=lambda m: (-m[1], -specificity(m[0]), m[2]))
    return out


def _matches(media_range: str, media_type: str) -> bool:
    if media_range == "*/*":
        return True
    if media_range.endswith("/*"):
        return media_type.split("/")[0] == media_range[:-2]
    return media_range == media_type


def negotiate(accept: str | None, offers: list[str]) -> str | None:
    """The offered media type the client prefers most (``None``: nothing acceptable).

    Each offer gets the q of the most specific range matching it; ties go to the order of
    ``offers``.
    """
    ranges = parse_accept(accept)

    def quality(offer: str) -> float:
        best, best_spec = None, -1
        for media, q, _ in ranges:
            if _matches(media, offer):
                spec = 0 if media == "*/*" else (1 if media.endswith("/*") else 2)
                if spec > best_spec:
                    best, best_spec = q, spec
        return best or 0.0

    scored = [(quality(o), -i, o) for i, o in enumerate(offers)]
    scored = [s for s in scored if s[0] > 0]
    if not scored:
        return None
    return max(scored)[2]


def by_name(formats: tuple[Format, ...], name: str) -> Format | None:
    """The format a ``format=`` value names: a short name, its media type or an alias."""
    name = name.strip().lower()
    for f in formats:
        if name in f.names or name == f.media_type or name in f.aliases:
            return f
    return None


def choose(formats: tuple[Format, ...], accept: str | None, name: str | None = None) -> Format | None:
    """The format for a response: ``format=`` by name first, else ``Accept``."""
    if name:
        return by_name(formats, name)
    offers: list[str] = []
    owner: dict[str, Format] = {}
    for f in formats:
        for m in (f.media_type, *f.aliases):
            if m not in owner:
                owner[m] = f
                offers.append(m)
    chosen = negotiate(accept, offers)
    return owner[chosen] if chosen else None


def choose_any(formats: tuple[Format, ...], accept: str | None, names: list[str]) -> Format | None:
    """The first usable of several ``format=`` values (clients such as SPARQLWrapper send a
    short name and a media type, and the same for every query form), else ``Accept``."""
    for name in names:
        if name and name.strip():
            found = by_name(formats, name)
            if found is not None:
                return found
    return choose(formats, accept)


def wants_html(accept: str | None) -> bool:
    """True when the client prefers HTML to JSON (a browser)."""
    return negotiate(accept, ["application/json", "text/html"]) == "text/html" and "text/html" in (accept or "")
