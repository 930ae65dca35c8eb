"""Another site that carries a text's article (trang khác đăng cùng bài): a provincial paper's article reprinted by
a neighbour's paper or a national portal, under its own credit, is one text (``kg.ingest_twins``), its facts read
once, yet both sites published it. The text keeps the site it was read from (``SourceInfo.publisher``, ``url``,
``published``) and each other one as a :class:`Carrier`, with its own site, address and day: on its review record
(``SourceInfo.to_json``, what the review pages list) and in its graph, a ``dkg:Source`` of its own that the text's
source ``dkg:alsoPublishedAs`` (:func:`carrier_triples`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

import pyoxigraph as ox

from kg.rdf import identity
from kg.rdf.terms import OX_DCTERMS, OX_DKG, OX_RDF, OX_RDFS, OX_XSD
from kg.text.symbols import fold

@dataclass(frozen=True)
class Carrier:
    """One site's copy of the article: the file it was read from, the site's name, the page's address and day."""

    name: str
    publisher: str | None = None
    url: str | None = None
    published: dt.date | None = None

    @property
    def site(self) -> str:
        """What tells one site from another: the page's address, else the publisher's name (folded)."""
        return self.url or fold(self.publisher or "")

    def names_a_site(self) -> bool:
        return bool(self.url or self.publisher)

    def same_site(self, other: Carrier) -> bool:
        """Are both copies one site's? Told by their addresses' hosts where both have an address, else by their
        publishers' names (folded) where both name one; where one gives only an address and the other only a name
        (the page, and the PDF printed of it that names its paper), nothing tells them apart: one site."""
        if self.url and other.url:
            return _host(self.url) == _host(other.url)
        if self.publisher and other.publisher:
            return fold(self.publisher) == fold(other.publisher)
        return True

    def to_dict(self) -> dict[str, str | None]:
        return {"name": self.name, "publisher": self.publisher, "url": self.url,
                "published": self.published.isoformat() if self.published else None}

    @classmethod
    def from_dict(cls, d: dict) -> Carrier:
        return cls(name=d.get("name") or "", publisher=d.get("publisher"), url=d.get("url"),
                   published=dt.date.fromisoformat(d["published"]) if d.get("published") else None)


def added(carriers: Iterable[Carrier], own: Carrier, more: Iterable[Carrier]) -> tuple[Carrier, ...]:
    """``carriers`` with each of ``more`` that names a site of its own: not the text's (``own``), not one kept already
    (:meth:`Carrier.same_site`), and not a copy that names no site (a Word file or a ``.txt`` of the page: the same
    site's article, said by none)."""
    out = list(carriers)
    for c in more:
        if c.names_a_site() and not any(c.same_site(x) for x in (own, *out)):
            out.append(c)
    return tuple(out)


def _host(url: str) -> str:
    host = urlsplit(url).hostname or url
    return host.removeprefix("www.")


def carrier_triples(sid: str, carriers: Iterable[Carrier]) -> list[tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode | ox.Literal]]:
    """The triples that say source ``sid`` is also published as each of ``carriers``: a ``dkg:Source`` each, named by
    its site, with its publisher, address and day, and the file it was read from."""
    source = ox.NamedNode(str(identity.source_iri(sid)))
    out: list[tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode | ox.Literal]] = []
    for c in carriers:
        node = ox.NamedNode(str(identity.carrier_iri(sid, c.site)))
        out += [(source, OX_DKG.alsoPublishedAs, node), (node, OX_RDF.type, OX_DKG.Source),
                (node, OX_RDFS.label, ox.Literal(c.publisher or c.url or c.name)),
                (node, OX_DCTERMS.identifier, ox.Literal(c.name))]
        if c.publisher:
            out.append((node, OX_DKG.publisher, ox.Literal(c.publisher)))
        if c.url:
            out.append((node, OX_DKG.sourceUrl, ox.Literal(c.url, datatype=OX_XSD.anyURI)))
        if c.published:
            out.append((node, OX_DKG.published, ox.Literal(c.published.isoformat(), datatype=OX_XSD.date)))
    return out


__all__ = ["Carrier", "added", "carrier_triples"]
