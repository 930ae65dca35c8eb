"""A document's texts, as its search index entry is made of them (``kg.store.textindex``): its own
(key, symbol, label, subject, aliases) and its issuers' names (label, canonical name, short name,
aliases), read from the store, or from a batch about to be written where that describes the document
alone (``kg.store.batchindex``).
"""
from __future__ import annotations

import pyoxigraph as ox

from kg.rdf.terms import OX_DKG, chunked, values_list
from kg.rdf.vocab import sparql_prefixes
from kg.store.batchindex import NAME_PREDICATES, OWN_TEXT_PROPERTIES, Described

_DKG = sparql_prefixes("dkg")


def _path(predicates) -> str:
    """A SPARQL path of alternatives over ``predicates``: the queries read the same properties as the lookups by
    pattern below, from the one list of each in ``kg.store.batchindex``."""
    return "|".join(sorted(str(p) for p in predicates))


_OWN = _path(OWN_TEXT_PROPERTIES)
_NAMES = _path(NAME_PREDICATES)

# A document's texts: its own, then those of its issuers. The issuers' are read once per issuer
# and not per document through a join: an issuer's label is written again in every source graph
# that names it, and read through the union of the graphs the join gave one row per document,
# issuer text and graph (64,400 rows for 1,300 documents after an ingest of 1,000 texts).
_OWN_TEXTS = _DKG + """
SELECT DISTINCT ?doc ?text WHERE {
  %s
  ?doc dkg:key ?_isDocument .
  ?doc """ + _OWN + """ ?text
  FILTER(isLiteral(?text))
}"""

_ISSUERS = _DKG + """
SELECT DISTINCT ?doc ?issuer WHERE {
  %s
  ?doc dkg:key ?_isDocument ; dkg:issuer ?issuer .
  FILTER(isIRI(?issuer))
}"""

_ISSUER_TEXTS = _DKG + """
SELECT DISTINCT ?issuer ?text WHERE {
  VALUES ?issuer { %s }
  ?issuer """ + _NAMES + """ ?text
  FILTER(isLiteral(?text))
}"""

# (an issuer without an IRI cannot be named in a second query: read with its documents)
_BLANK_ISSUER_TEXTS = _DKG + """
SELECT DISTINCT ?doc ?text WHERE {
  %s
  ?doc dkg:key ?_isDocument ; dkg:issuer ?_iss .
  FILTER(isBlank(?_iss))
  ?_iss """ + _NAMES + """ ?text
  FILTER(isLiteral(?text))
}"""


def _by_pattern(dataset, nodes: list[ox.NamedNode] | None) \
        -> tuple[dict[ox.NamedNode, list[str]], dict[ox.NamedNode, list[ox.NamedNode]]]:
    """What ``_OWN_TEXTS`` gives for the documents among ``nodes`` (every document of the store
    when None), read property by property: the whole store scanned once per property, or each
    node looked up (a refresh after a write: its cost grows with the nodes, not the store); and,
    for ``nodes``, their issuers as ``_ISSUERS`` gives them, with the names of those that are blank
    nodes (``_BLANK_ISSUER_TEXTS``) among the texts.

    The same pairs as the queries, each once: the query's path of alternatives over the union of
    the graphs cost two to three times this scan on a store just written by the bulk loader, where
    the index of a large load is written, and the two issuers' queries, each a join over the union
    of the graphs, cost more than the lookups of a refresh's few thousand nodes (bench/RESULTS.md,
    section ingest22)."""
    found: dict[ox.NamedNode, dict[ox.Literal, None]] = {}
    issuers: dict[ox.NamedNode, dict[ox.NamedNode, None]] = {}
    if nodes is None:
        documents = {q.subject for q in dataset.quads_for_pattern(None, OX_DKG.key, None)
                     if isinstance(q.subject, ox.NamedNode)}
        for prop in OWN_TEXT_PROPERTIES:
            for q in dataset.quads_for_pattern(None, prop, None):
                if isinstance(q.object, ox.Literal) and q.subject in documents:
                    found.setdefault(q.subject, {})[q.object] = None
    else:
        for node in nodes:
            if next(iter(dataset.quads_for_pattern(node, OX_DKG.key, None)), None) is None:
                continue  # (not a document)
            for prop in OWN_TEXT_PROPERTIES:
                for q in dataset.quads_for_pattern(node, prop, None):
                    if isinstance(q.object, ox.Literal):
                        found.setdefault(node, {})[q.object] = None
            for q in dataset.quads_for_pattern(node, OX_DKG.issuer, None):
                if isinstance(q.object, ox.NamedNode):
                    issuers.setdefault(node, {})[q.object] = None
                elif isinstance(q.object, ox.BlankNode):
                    for prop in NAME_PREDICATES:
                        found.setdefault(node, {}).update(
                            (n.object, None) for n in dataset.quads_for_pattern(q.object, prop, None)
                            if isinstance(n.object, ox.Literal))
    return ({doc: [text.value for text in texts] for doc, texts in found.items()},
            {doc: list(found) for doc, found in issuers.items()})


def texts(dataset, documents: list[ox.NamedNode] | None, known: Described | None = None, ahead: bool = False) \
        -> dict[ox.NamedNode, list[str]]:
    """The texts of ``documents`` (all when None): their own and their issuers'. Those ``known``
    describes are taken from it (see :mod:`kg.store.batchindex`) but their issuers' names from the
    store, as everyone's (with the batch's where read ``ahead`` of its write: ``textindex.entries_ahead``)."""
    out: dict[ox.NamedNode, list[str]] = {}
    issuers: dict[ox.NamedNode, list[ox.NamedNode]] = {}
    if known is not None and documents is not None:
        docs = [d for d in documents if d in known.nodes]
        out.update((d, list(known.texts[d])) for d in docs if d in known.texts)
        issuers.update((d, list(known.issuers[d])) for d in docs if d in known.issuers)
        documents = [d for d in documents if d not in known.nodes]
        if not documents and not issuers:
            return out
    anchor = f"VALUES ?doc {{ {values_list(documents)} }}" if documents is not None else ""

    def rows(text: str):
        return dataset.query(text, use_default_graph_as_union=True)

    ask = documents != []  # (an empty list: every document was known, the store is asked only for names)
    by_pattern = ask and isinstance(dataset, ox.Store)  # (a server is asked one query instead)
    if by_pattern:
        own, found_issuers = _by_pattern(dataset, documents)
        out.update(own)
        issuers.update(found_issuers)
    elif ask:
        for row in rows(_OWN_TEXTS % anchor):
            if isinstance(row["doc"], ox.NamedNode):
                out.setdefault(row["doc"], []).append(row["text"].value)
    # (the issuers as read by pattern above, for the nodes given; the queries for a rebuild and a server)
    looked_up = by_pattern and documents is not None
    for row in rows(_ISSUERS % anchor) if ask and not looked_up else ():
        if isinstance(row["doc"], ox.NamedNode):
            issuers.setdefault(row["doc"], []).append(row["issuer"])
    names: dict[ox.NamedNode, list[str]] = {}
    for chunk in chunked(n for found in issuers.values() for n in found):
        for row in rows(_ISSUER_TEXTS % values_list(chunk)):
            names.setdefault(row["issuer"], []).append(row["text"].value)
    if ahead and known is not None and known.issuer_names:
        for issuer, more in known.issuer_names.items():  # (each name once, as the query's DISTINCT gives them)
            names[issuer] = list(dict.fromkeys([*names.get(issuer, ()), *more]))
    for doc, found in issuers.items():
        for issuer in found:
            if names.get(issuer):
                out.setdefault(doc, []).extend(names[issuer])
    for row in rows(_BLANK_ISSUER_TEXTS % anchor) if ask and not looked_up else ():
        if isinstance(row["doc"], ox.NamedNode):
            out.setdefault(row["doc"], []).append(row["text"].value)
    return out
