"""Page paths (đường dẫn trang): where the web app shows a document's card, a body, a cascade and
a scoreboard, and which of our IRIs (``kg.rdf.vocab.ID``) has a page.

The one place these paths are written: the read models (``kg.cards``, ``kg.scoreboard``) put them
in the data they return, the web pages and the query result tables link with them. A path is
relative to the app's root (the pages add the root and the language, ``kg.web.render.href``);
keys keep their slashes (``/doc/46-NQ/TW``), every other character is percent-encoded.
"""

from __future__ import annotations

from urllib.parse import quote

from kg.rdf.vocab import ID

#: Where the cards of documents are: a key appended, percent-encoded with its slashes kept
#: (what ``viz`` takes as ``link_base`` for the nodes of a cascade).
DOC_PAGES = "/doc/"
#: Where the IRIs of documents and bodies start.
DOC_BASE = str(ID) + "doc/"
BODY_BASE = str(ID) + "body/"


def doc_path(key: str, iri: str | None = None) -> str:
    """The card of the document(s) with ``key`` (not empty); with ``iri``, of that one of the
    documents sharing the key."""
    return DOC_PAGES + quote(key, safe="/") + ("?iri=" + quote(iri, safe="") if iri else "")


def doc_href(key: str | None) -> str | None:
    """:func:`doc_path`, or None when there is no key."""
    return doc_path(key) if key else None


def graph_path(key: str) -> str:
    """The implementation cascade of the document with ``key``."""
    return "/graph/" + quote(key, safe="/")


def scoreboard_path(key: str) -> str:
    """The scoreboard of the document with ``key``."""
    return "/scoreboard/" + quote(key, safe="/")


def review_path(source: str, fact: str | None = None) -> str:
    """The review page of a source (its hexadecimal id), at one fact where ``fact`` is given."""
    return "/review/" + quote(source, safe="") + (f"#fact-{quote(fact, safe='')}" if fact else "")


#: The quarantine page (khu cách ly): the facts a violation keeps out of the graph, from every text, to fix or reject.
QUARANTINE_PAGE = "/quarantine"

#: Where each fact read from a text has its own page (trang dữ kiện): its stable id appended (``kg.review.model.fact_id``).
FACT_PAGES = "/fact/"


def fact_path(fact: str) -> str:
    """The page of one fact of an ingested text, by its id: the same address across reloads, restarts and ingests
    of the same text again."""
    return FACT_PAGES + quote(fact, safe="")


def body_iri(body: str) -> str:
    """A body's IRI from its id (``legacy-20/ban-tuyen-giao-tinh-uy``) or from its IRI."""
    return body if body.startswith(BODY_BASE) else BODY_BASE + body


def body_id(iri: str) -> str | None:
    """The id of a body's IRI (what follows ``id/body/``); None for any other IRI."""
    return iri[len(BODY_BASE):] if iri.startswith(BODY_BASE) else None


def body_page(body: str) -> str:
    """The page of a body, given by its id or its IRI."""
    return "/bodies/" + quote(body_iri(body)[len(BODY_BASE):], safe="/")


def body_path(iri: str | None) -> str | None:
    """The page of the body ``iri``; None for an IRI that is not one of our bodies."""
    return body_page(iri) if iri and iri.startswith(BODY_BASE) else None


def iri_path(iri: str, key: str | None = None) -> str | None:
    """The page of one of our IRIs: a document's card (by ``key`` when it is known, else by the
    IRI itself), a body's page; None for what has no page (targets, events, places)."""
    if iri.startswith(DOC_BASE):
        return doc_path(key) if key else DOC_PAGES + quote(iri, safe="")
    return body_path(iri)


__all__ = ["BODY_BASE", "DOC_BASE", "DOC_PAGES", "FACT_PAGES", "QUARANTINE_PAGE", "body_id", "body_iri", "body_page", "body_path", "doc_href",
           "doc_path", "fact_path", "graph_path", "iri_path", "scoreboard_path"]
