"""The search index: the words of every document in ``graph/index``, one ``dkg:searchWord`` each.

The ``search`` query must find "nông dân" when a user types "nong dan", on a store of millions of
triples and on any SPARQL 1.1 server. Folding diacritics per row at query time (a Python function
called by the engine) took seconds at 1M triples and cannot run on a remote server, so the store
keeps, for every document, the words it can be found under, written once when the data changes:

    <entry> dkg:searchEntryFor <doc> ; dkg:searchWord <word/chương>, <word/trình>, <word/115>, ...
    <word/chương> dkg:wordForm "chương", "chuong" .

that is the distinct lower-case (NFC, case-folded) words of the document's key, symbol, label,
subject and aliases (a document without a number also under its key with its type written out,
``kg.text.dockeys.key_name``: "Kế hoạch thực hiện ...") and of its issuer's label, canonical name,
short name and aliases, on an entry node of the document's own (:func:`entry_node`, whose IRI is the
document's after a fixed start) so that the document's own description stays short. Each word is a
node of the index (:func:`word_node`, one per word of all documents, a few thousand) that carries
the forms a user may type for it (``dkg:wordForm``): the word, and its folded form (no diacritics,
đ -> d) when that differs. A document with "chương" so has one quad for it, not
one for "chương" and one for "chuong" (about 44 word quads per document became about 25). The word
nodes are also the vocabulary: the start of a word is looked up among their forms rather than in
every document's words. Then:

* a word typed without diacritics, ``nong``, meets the folded form of "nông" and "nống" alike;
* a word typed with them, ``nông``, only meets that exact word (folded forms carry no marks);
* the last word may be the start of a word: ``vậ`` stands for every word with a form that starts so.

The forms a document is found under are exactly the words of its texts and of its folded texts
(:func:`index_words`; :func:`word_forms` says how they are grouped on word nodes), which is what
:func:`kg.queries.text_matches` says of the same texts (a test checks it).
Each document also has a ``dkg:searchOrder``, an integer that sorts it by date (see
:func:`search_order`), so that "the newest first" compares numbers only.
Each word is one index lookup, and the lists of two words are joined by hash: a search for two
common words reads less than one long literal per document did, and a rare word is a matter of
milliseconds (``bench/RESULTS.md``).

The same graph holds one ``dkg:placeKey`` per name or alias of every administrative unit: the name
as :func:`place_key` reduces it ("Tỉnh Lạng Sơn" -> "lang son"), so that a ``place`` parameter is
one lookup instead of folding every unit's name (twelve thousand with communes) per query.

It also holds one ``dkg:taskCount`` per body that has tasks (:mod:`kg.store.taskcounts`), which a
rebuild writes with the rest.

The index graph is derived data, like ``graph/inferred``: it is never exported or validated, and
:meth:`kg.store.Store.write_quads` refreshes the entries of the documents a write touches (their
own triples, or their issuer's names) and the counts of the bodies whose tasks it touches. :func:`rebuild` writes it for the whole store (after a bulk
load, or when a store made by an older version has none: see :func:`ensure`).
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
import unicodedata
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import cast

import pyoxigraph as ox

from kg.errors import Words
from kg.text.dockeys import key_name
from kg.text.symbols import fold
from kg.rdf.graphs import INDEX, INFERRED
from kg.rdf.terms import OX_DKG, OX_RDF, chunked, data_update, values_list
from kg.rdf.vocab import DKG, sparql_prefixes
from kg.store.taskcounts import task_counts
from kg.store.faults import fault_point
from kg.store import bulk, doctexts
from kg.store.batchindex import NAME_PREDICATES, UNIT_KINDS, Described, index_quads

#: Version of the index format; a store whose stamp differs is rebuilt by :func:`ensure`.
VERSION = "9"

#: At most this many words in a search (each is one bound variable of the query).
MAX_WORDS = 8

_WORD = re.compile(r"\w+")

_DKG = sparql_prefixes("dkg")
_PREFIXES = sparql_prefixes("dkg", "rdfs")

# (DISTINCT: a document described by many texts has its key and date in each of their graphs, read
# through their union, and few of those rows differ: bench/RESULTS.md, section ingest22)
_ORDER = _DKG + """
SELECT DISTINCT ?doc ?key ?date WHERE {
  %s
  ?doc dkg:key ?key .
  OPTIONAL { ?doc dkg:dateIssued ?date }
}"""

# (the last two: a node that has entries already, so that a document or unit that is no more loses them)
_AFFECTED = _DKG + """
SELECT DISTINCT ?doc WHERE {
  VALUES ?node { %s }
  { ?node dkg:key ?_k . BIND(?node AS ?doc) } UNION { ?doc dkg:issuer ?node . ?doc dkg:key ?_k2 }
  UNION { ?node a ?_kind FILTER(?_kind IN (dkg:Province, dkg:District, dkg:Commune)) BIND(?node AS ?doc) }
  UNION { GRAPH """ + str(INDEX) + """ { ?_e dkg:searchEntryFor ?node } BIND(?node AS ?doc) }
  UNION { GRAPH """ + str(INDEX) + """ { ?node dkg:placeKey ?_pk } BIND(?node AS ?doc) }
}"""

# The words of some entries, and which of some word nodes an entry still has: :func:`prune_words` asks these two
# and deletes the rest itself. (A DELETE ... FILTER NOT EXISTS over the index asked the engine to decide which word
# nodes no entry has: Virtuoso got it wrong, first always, with the pattern inside GRAPH only, then now and again
# on a loaded machine, and its searches lost every word of the documents not written since;
# tests/test_remote_engines.py compares.)
_ENTRY_WORDS = _DKG + """
SELECT DISTINCT ?w WHERE { VALUES ?e { %s } GRAPH """ + str(INDEX) + """ { ?e dkg:searchWord ?w } }"""

_USED_WORDS = _DKG + """
SELECT DISTINCT ?w WHERE { VALUES ?w { %s } GRAPH """ + str(INDEX) + """ { ?_e dkg:searchWord ?w } }"""

_ALL_WORDS = _DKG + """
SELECT DISTINCT ?w WHERE { GRAPH """ + str(INDEX) + """ { ?w dkg:wordForm ?_f } }"""

# (the kinds in a filter, not a second VALUES block: with one for the nodes too, Oxigraph took 40
# times as long to read the names of a refresh's units)
_UNIT_NAMES = _PREFIXES + """
SELECT ?unit ?name WHERE {
  %s
  ?unit a ?_kind .
  FILTER(?_kind IN (dkg:Province, dkg:District, dkg:Commune))
  { ?unit rdfs:label ?name } UNION { ?unit dkg:alias ?name }
  FILTER(isLiteral(?name))
}"""

_ADMIN_PREFIXES = ("thanh pho truc thuoc trung uong", "thanh pho", "tinh", "tp.", "tp", "huyen", "quan",
                   "thi xa", "xa", "phuong", "thi tran")


@functools.lru_cache(maxsize=16384)  # the same few thousand unit names at every index rebuild
def place_key(text: str) -> str:
    """A place name without accents, case and its administrative prefix ("Tỉnh Lạng Sơn" -> "lang son")."""
    s = fold(text).replace(".", ". ").replace("  ", " ").strip()
    s = " ".join(s.split())
    for prefix in _ADMIN_PREFIXES:
        if s.startswith(prefix + " ") and len(s) > len(prefix) + 1:
            s = s[len(prefix) + 1:]
            break
    return re.sub(r"[^0-9a-z]+", " ", s).strip()


def casefold(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold()


def words(text: str) -> list[str]:
    """The words of ``text`` as the index and the queries cut them (``\\w+`` after case folding)."""
    return _WORD.findall(casefold(text))


def word_forms(texts: Iterable[str]) -> set[tuple[str, ...]]:
    """The word nodes of a document described by ``texts``, each as the forms it is found under:
    ``(word, folded)`` for a word of the texts with marks whose folded form is a word of the folded
    texts, ``(word,)`` for any other word of the texts or of the folded texts that no such pair
    holds already (a word without marks; a marked word whose folded form is not a word of the folded
    texts, where a mark the texts left apart from its letter joins two words once folded). Together
    their forms are exactly :func:`index_words`, and a word without marks of a pair is not given
    a node of its own as well."""
    exact: set[str] = set()
    folded: set[str] = set()
    for text in texts:
        exact.update(words(text))
        folded.update(words(fold(text)))
    out: set[tuple[str, ...]] = set()
    handled: set[str] = set()
    for word in exact:
        form = _folded_word(word)
        if form == word:
            continue
        handled.add(word)
        if form in folded:
            out.add((word, form))
            handled.add(form)
        else:
            out.add((word,))
    out.update((word,) for word in (exact | folded) - handled)
    return out


@functools.lru_cache(maxsize=65536)  # (a few thousand distinct words at every rebuild)
def _folded_word(word: str) -> str:
    return fold(word)


def index_words(texts: Iterable[str]) -> set[str]:
    """The words a document described by ``texts`` is found under: the words of its texts and of
    its folded texts (the ``dkg:wordForm`` values of its word nodes)."""
    return {form for forms in word_forms(texts) for form in forms}


def word_node(forms: tuple[str, ...]) -> ox.NamedNode:
    """The node of the index that stands for a word found under ``forms`` (see :func:`word_forms`)."""
    digest = hashlib.sha1("\x1f".join(forms).encode("utf-8")).hexdigest()[:24]
    return ox.NamedNode(f"{INDEX.value}/word/{digest}")


def query_words(query: str) -> tuple[list[str], str | None]:
    """What a search must find: the words of ``query`` before the last, each as a whole word, and
    the last one as the start of a word (``None`` when the query has no word)."""
    ws = words(query)
    return (ws[:-1], ws[-1]) if ws else ([], None)


def search_order(key: str, date: str | None) -> int:
    """The ``dkg:searchOrder`` of a document: larger for newer documents (the day it was issued,
    counted from 1 January of year 1, times 2**32; undated: 0) plus a checksum of its key, so that
    documents of one day come in a fixed order. An integer is compared without reading any text,
    where sorting by date and then key made the engine read a key at every tie."""
    try:
        day = dt.date.fromisoformat(date[:10]).toordinal() if date else 0
    except ValueError:
        day = 0
    return day * 2**32 + zlib.crc32(key.encode("utf-8"))


def _orders(dataset, documents: list[ox.NamedNode] | None) -> dict[ox.NamedNode, int]:
    anchor = f"VALUES ?doc {{ {values_list(documents)} }}" if documents is not None else ""
    out: dict[ox.NamedNode, int] = {}
    for row in dataset.query(_ORDER % anchor, use_default_graph_as_union=True):
        doc, date = row["doc"], row["date"]
        if isinstance(doc, ox.NamedNode):  # (several keys or dates: the largest value)
            value = search_order(row["key"].value, date.value if date is not None else None)
            out[doc] = max(value, out.get(doc, value))
    return out


#: What an entry node's IRI starts with; the rest is its document's IRI (see :func:`entry_node`). Written out in
#: ``queries/search.rq`` too (a query is plain SPARQL); tests/test_queries.py fails if the two differ.
ENTRY_PREFIX = f"{INDEX.value}/search/"


def entry_node(document: ox.NamedNode) -> ox.NamedNode:
    """The node that carries a document's search words and order in ``graph/index``: a node of
    its own, so that "everything about this document" (``<doc> ?p ?o``) does not list fifty words.
    Its IRI is :data:`ENTRY_PREFIX` followed by the document's, so that a query gets the document
    back from the entry by cutting the IRI, without a join (``queries/search.rq``)."""
    return ox.NamedNode(ENTRY_PREFIX + document.value)


def index_subjects(quads: Iterable[ox.Quad]) -> set[ox.NamedNode]:
    """The subjects of ``quads`` (added or removed by a write) whose index entries, or whose
    documents' entries, these quads can change: :func:`affected` needs to look at those alone."""
    return cast("set[ox.NamedNode]", {q.subject for q in index_quads(quads)})


def added_affected(dataset, quads: Iterable[ox.Quad]) -> list[ox.NamedNode]:
    """Before a write that only adds ``quads``: the nodes whose index entries it can change, for
    :func:`refresh` after it. What :func:`affected` would find after the write, or more: read from
    the batch, and from the store only for what the batch does not say (whether a node it describes
    was a document or a unit already, which documents an issuer it names had). A write that only
    adds takes no key or kind away, so no node loses its entries; and an issuer's other triples than
    its names are not in its documents' entries. Looked up before the write, these few lookups per
    node cost a fraction of the query after a large bulk write."""
    key, kind = OX_DKG.key, OX_RDF.type
    touched: set[ox.NamedNode] = set()
    keyed: set[ox.NamedNode] = set()
    named: set[ox.NamedNode] = set()
    units: set[ox.NamedNode] = set()
    for q in index_quads(quads):
        p, s = q.predicate, cast(ox.NamedNode, q.subject)
        if p == kind:  # (typed as a unit; every other quad is an entry's)
            units.add(s)
            continue
        touched.add(s)
        if p == key:
            keyed.add(s)
        if p in NAME_PREDICATES:
            named.add(s)

    def is_document(node: ox.NamedNode) -> bool:
        return node in keyed or next(iter(dataset.quads_for_pattern(node, key, None)), None) is not None

    found = {n for n in touched if is_document(n)} | units
    found.update(n for n in touched - found - units
                 if any(q.object in UNIT_KINDS for q in dataset.quads_for_pattern(n, kind, None)))
    for issuer in named:  # (a document whose issuer triple is in the batch is touched itself)
        found.update(q.subject for q in dataset.quads_for_pattern(None, OX_DKG.issuer, issuer)
                     if isinstance(q.subject, ox.NamedNode) and is_document(q.subject))
    return sorted(found, key=lambda n: n.value)


def entries(dataset, nodes: list[ox.NamedNode] | None = None, known: Described | None = None,
            ahead: bool = False) -> Iterator[ox.Quad]:
    """The index quads of ``nodes`` (documents and administrative units; all of them when ``None``); what ``known``
    describes of them is taken from it instead of the store (:mod:`kg.store.batchindex`; ``ahead``: see ``kg.store.doctexts.texts``)."""
    # A rebuild after a large load yields a quarter of a million word quads for a few thousand
    # distinct words: each word's node is made once and shared, and the predicates are looked up once.
    word_nodes: dict[tuple[str, ...], ox.NamedNode] = {}
    entry_for, search_word = OX_DKG.searchEntryFor, OX_DKG.searchWord
    for doc, texts in doctexts.texts(dataset, nodes, known, ahead).items():
        # an unnumbered document's key with its type written out ('KH:thực hiện ...' -> 'Kế hoạch thực hiện ...'):
        # its label is the description alone, and "kế hoạch" must find the plans that have no number too
        texts = texts + [name for text in texts if (name := key_name(text)) != text]
        entry = entry_node(doc)
        yield ox.Quad(entry, entry_for, doc, INDEX)
        for forms in sorted(word_forms(texts)):
            node = word_nodes.get(forms)
            if node is None:
                node = word_nodes[forms] = word_node(forms)
            yield ox.Quad(entry, search_word, node, INDEX)
    word_form = OX_DKG.wordForm
    for forms in sorted(word_nodes):  # (a word node already there is written again: the same quads)
        for form in forms:
            yield ox.Quad(word_nodes[forms], word_form, ox.Literal(form), INDEX)
    rest = nodes if known is None or nodes is None else [n for n in nodes if n not in known.nodes]
    orders = _orders(dataset, rest) if rest != [] else {}
    names: set[tuple[ox.NamedNode, str]] = set()
    if known is not None:
        for doc in nodes or ():
            for key, date in known.dated.get(doc, ()):
                value = search_order(key, date)
                orders[doc] = max(value, orders.get(doc, value))
            names.update((doc, name) for name in known.unit_names.get(doc, ()))
    for doc, order in orders.items():
        yield ox.Quad(entry_node(doc), OX_DKG.searchOrder, ox.Literal(order), INDEX)
    anchor = f"VALUES ?unit {{ {values_list(rest)} }}" if rest is not None else ""
    for row in dataset.query(_UNIT_NAMES % anchor, use_default_graph_as_union=True) if rest != [] else ():
        if isinstance(row["unit"], ox.NamedNode):
            names.add((row["unit"], row["name"].value))
    keys = {(unit, key) for unit, name in names if (key := place_key(name))}
    for unit, key in sorted(keys, key=lambda k: (k[0].value, k[1])):
        yield ox.Quad(unit, OX_DKG.placeKey, ox.Literal(key), INDEX)


def _found(dataset, template: str, var: str, nodes: Iterable[ox.NamedNode]) -> set[ox.NamedNode]:
    """The named nodes bound to ``?var`` by ``template`` (a query with one ``%s`` for a VALUES
    list), run over ``nodes`` in chunks."""
    out: set[ox.NamedNode] = set()
    for chunk in chunked(nodes):
        for row in dataset.query(template % values_list(chunk), use_default_graph_as_union=True):
            if isinstance(row[var], ox.NamedNode):
                out.add(row[var])
    return out


def _stamp() -> ox.Quad:
    return ox.Quad(INDEX, ox.NamedNode(str(DKG.text)), ox.Literal(f"search index v{VERSION}"), INDEX)


_MARK = "write in progress"
#: The mark of :func:`begin_write` for a write of ``graph/inferred`` alone (``dkg reason``).
INFERENCES = "inferences"
#: The mark of a ``dkg reason`` that draws the new inferences beside those in place (``kg.store.inferred.replace``):
#: left by a killed process, whichever are in place stay, the draft goes.
INFERENCES_BESIDE = "inferences drawn beside"
#: The mark of a redraw of the inferences begun by an open, where other rules drew them (``kg.store.inferred``):
#: left by a killed process, the redraw is owed.
REDRAW = "inferences drawn again"


def _write_in_progress(what: str = "") -> ox.Quad:
    return ox.Quad(INDEX, ox.NamedNode(str(DKG.text)), ox.Literal(f"{_MARK}: {what}" if what else _MARK), INDEX)


def mark(what: str = "") -> ox.Quad:
    """The quad of :func:`begin_write`'s mark, for a write that puts it in the very request that writes its data (a
    SPARQL update's: ``kg.store.update_record``)."""
    return _write_in_progress(what)


def owes_redraw(dataset) -> bool:
    """Does a write of the data owe the store its inferences drawn again (suy diễn phải rút ra lại)? Where it holds some
    (someone ran ``dkg reason``): a write drops them all, since any of them may rest on what it changes, and a query
    that needs one would find nothing until ``dkg reason`` ran again. The write marks the redraw with its own mark
    (:func:`begin_write`'s ``redraw``), so that a process killed before it is drawn leaves it owed to the next open for
    writing (``kg.store.inferred``); a store that holds none keeps none (nothing is drawn that no one asked for)."""
    return next(iter(dataset.quads_for_pattern(None, None, None, INFERRED)), None) is not None


def begin_write(dataset, what: str = "", *, redraw: bool = False) -> None:
    """Mark the derived state (this index, graph/inferred) as about to fall behind the data.

    Written before the data and removed once the index has caught up, so that a process killed
    in between leaves a mark that the next open finds and repairs. ``what`` says what the write is
    (a change set's number, :data:`INFERENCES`), so that the repair can be limited to what that
    write touched (see :mod:`kg.store.recovery`); without it the whole index is rebuilt. ``redraw``: the
    write owes the inferences drawn again (:func:`owes_redraw`), marked (:data:`REDRAW`) in the same transaction."""
    dataset.extend([_write_in_progress(what), *([_write_in_progress(REDRAW)] if redraw else [])])


def end_write(dataset, what: str | None = "", *, record: Iterable[ox.Quad] = (), removed: Iterable[ox.Quad] = ()) -> None:
    """The derived state has caught up with the data: remove the mark of :func:`begin_write` (none where ``what`` is
    None), and add ``record`` (the write's entry in the change log, the stamp of the rules that drew the inferences)
    and remove ``removed`` (the stamp it replaces) in the same transaction, so that a process killed between the two
    cannot leave the data written and unrecorded."""
    update = data_update(record, [*([_write_in_progress(what)] if what is not None else []), *removed])
    if update:
        dataset.update(update)


def write_marks(dataset) -> list[str]:
    """What each interrupted write said it was (see :func:`begin_write`; "" when it said nothing)."""
    out = []
    for q in dataset.quads_for_pattern(INDEX, ox.NamedNode(str(DKG.text)), None, INDEX):
        text = q.object.value
        if text == _MARK or text.startswith(_MARK + ": "):
            out.append(text[len(_MARK) + 2:])
    return out


def interrupted(dataset) -> bool:
    """Did a write stop between :func:`begin_write` and :func:`end_write`?"""
    return bool(write_marks(dataset))


def rebuild(dataset) -> tuple[int, int]:
    """Write ``graph/index`` anew; returns the number of documents and of unit names indexed
    (the bodies' task counts are written too)."""
    # the stamp of the rules that drew graph/inferred (kg.store.inferred) is about that graph, not the index: kept
    # dropped and put back in one transaction (kg.rdf.terms.data_update): a rebuild killed during its long write
    # below leaves the index without its own stamp (so done again by the next ensure()), never without this one
    # so is a redraw of the inferences owed (:data:`REDRAW`): a rebuild of the index does not draw them
    kept = [*dataset.quads_for_pattern(INFERRED, None, None, INDEX),
            *([_write_in_progress(REDRAW)] if REDRAW in write_marks(dataset) else [])]
    dataset.update(data_update(kept, first=[f"DROP SILENT GRAPH {INDEX}"]))  # (entries are read from other graphs only)
    fault_point("index-dropped")
    tally = {OX_DKG.searchEntryFor: 0, OX_DKG.placeKey: 0}

    def counted(quads: Iterable[ox.Quad]) -> Iterator[ox.Quad]:
        for q in quads:
            if q.predicate in tally:
                tally[q.predicate] += 1
            yield q

    # derived data, streamed and written without a transaction (at 1M triples twice as fast, and
    # never all held in memory at once); the stamp last, so that an interrupted rebuild leaves no
    # stamp and is done again by the next ensure()
    write = getattr(dataset, "bulk_extend", dataset.extend)
    write(counted(entries(dataset)))
    write(task_counts(dataset))
    dataset.extend([_stamp()])
    return tally[OX_DKG.searchEntryFor], tally[OX_DKG.placeKey]


def current(dataset) -> bool:
    """Does the store hold a complete index of this version?"""
    stamp = _stamp()
    return next(iter(dataset.quads_for_pattern(stamp.subject, stamp.predicate, stamp.object, INDEX)), None) is not None


def older(dataset) -> bool:
    """Does the store hold an index of another version than this one (made by an earlier version of the code)?"""
    head = _stamp().object.value.split(" v")[0] + " v"
    return any(q.object.value.startswith(head) and q != _stamp()
               for q in dataset.quads_for_pattern(INDEX, ox.NamedNode(str(DKG.text)), None, INDEX))


def ensure(dataset) -> Words | None:
    """Bring the derived state up to date; says what was repaired after a crash (words of
    ``kg.i18n.ERRORS``), else None.

    A write that was interrupted (see :func:`begin_write`) leaves the inferences and the index
    behind the data: the inferences are dropped (``dkg reason`` writes them again) and the index
    rebuilt. A store without an index of this version gets one. A redraw of the inferences cut off
    (:data:`REDRAW`) is left to the open's redraw (``kg.store.inferred``), which replaces what it half drew."""
    if any(mark != REDRAW for mark in write_marks(dataset)):
        dataset.remove_graph(INFERRED)
        rebuild(dataset)  # drops graph/index, the mark with it
        return Words("repair.rebuilt", {"dropped": Words("repair.dropped")})
    if not current(dataset):
        rebuild(dataset)
    return None


def affected(dataset, subjects: Iterable[ox.NamedNode]) -> list[ox.NamedNode]:
    """The nodes whose index entries may change when these nodes' triples change: the nodes that
    are documents or administrative units, and the documents issued by a node."""
    return sorted(_found(dataset, _AFFECTED, "doc", subjects), key=lambda n: n.value)


def entries_ahead(dataset, known: Described) -> list[ox.Quad] | None:
    """Before a plain addition is written (while its verdict may still be coming: ``kg.validate.batch.Apart``),
    the index quads of the nodes ``known`` describes, as :func:`entries` makes them after the write: only
    their issuers' names are read from the store, with the batch's. None (made after the write) where the
    batch names an issuer by a literal the engine may rewrite, or the store holds inferences (which the
    write drops, names among them)."""
    inferred = next(iter(dataset.quads_for_pattern(None, None, None, INFERRED)), None)
    if known.issuer_names is None or not known.nodes or inferred is not None:
        return None
    return list(entries(dataset, sorted(known.nodes, key=lambda n: n.value), known, ahead=True))


def refresh(dataset, documents: Iterable[ox.NamedNode], known: Described | None = None, made: list[ox.Quad] | None = None,
            *, location: Path | None = None, made_written: bool = False) -> int:
    """Rewrite the index entries of ``documents`` (documents and administrative units, as
    :func:`affected` finds them; entries of nodes that no longer have any text are dropped), and
    drop the vocabulary's words that no entry has any more: the index is then exactly the one
    :func:`rebuild` would write (a test compares them). Every write refreshes the entries of what
    it touched, however large (a whole rebuild after a large load cost reading and writing every
    document's entries again). Killed half-way, it is simply done again: the old entries of these
    nodes go, the new ones are written (in bulk when many, by :func:`kg.store.bulk.write`), and the
    words the old entries had and no entry has now are dropped (:func:`prune_words`; a refresh killed
    between the two leaves word nodes that no entry names, which no search finds and the repair of
    :mod:`kg.store.recovery` drops). ``known``: what a plain addition's batch says of the nodes the
    store knew nothing of before it (:func:`kg.store.batchindex.described`), which have no entries to
    take out. ``made``: the entries of those nodes, made before the write (:func:`entries_ahead`); ``made_written``:
    they were written with the data already (a load's bulk write, ``kg.store.bulk.write``'s ``derived``).
    ``location``: the store's folder, for a bulk write's text parts (see ``kg.store.bulk.write``)."""
    ahead: list[ox.Quad] = []
    if made is not None and known is not None:  # (then only the other nodes' are made here)
        chunks = list(chunked(d for d in documents if d not in known.nodes))
        ahead = made
        new = [*([] if made_written else made), *(q for chunk in chunks for q in entries(dataset, chunk))]  # (a word's forms twice: as across chunks)
    else:
        chunks = list(chunked(documents))
        new = [q for chunk in chunks for q in entries(dataset, chunk, known)]
    dropped: set[ox.NamedNode] = set()  # the words of the entries taken out: the only ones that can fall out of use
    for chunk in chunks:
        dropped.update(take_out(dataset, [d for d in chunk if known is None or d not in known.nodes]))
    bulk.write(dataset, new, location=location)
    if dropped:  # (none where every node was new: the new entries not read through again after the write)
        named = [*ahead, *new] if made_written else new
        prune_words(dataset, dropped - {cast(ox.NamedNode, q.object) for q in named if q.predicate == OX_DKG.searchWord})
    return len(new)


def take_out(dataset, nodes: list[ox.NamedNode]) -> set[ox.NamedNode]:
    """Delete the index entries and place keys of ``nodes`` (at most a chunk's: see ``kg.rdf.terms.chunked``);
    returns the word nodes the entries named, the only ones that may fall out of use (:func:`prune_words`)."""
    if not nodes:
        return set()
    old = [entry_node(d) for d in nodes]
    words = _found(dataset, _ENTRY_WORDS, "w", old)
    dataset.update(
        "DELETE { GRAPH %s { ?d %s ?t } } WHERE { VALUES ?d { %s } GRAPH %s { ?d %s ?t } }"
        % (INDEX, OX_DKG.placeKey, values_list(nodes), INDEX, OX_DKG.placeKey))
    dataset.update(
        "DELETE { GRAPH %s { ?e ?p ?t } } WHERE { VALUES ?e { %s } GRAPH %s { ?e ?p ?t } }"
        % (INDEX, values_list(old), INDEX))
    return words


def prune_words(dataset, candidates: Iterable[ox.NamedNode] | None = None) -> int:
    """Drop the word nodes among ``candidates`` (every word node of the index when None) that no
    entry has any more; returns how many. Which ones is decided here from two plain lookups, not
    by the engine from a negation (see ``_ENTRY_WORDS``)."""
    if candidates is None:
        rows = dataset.query(_ALL_WORDS, use_default_graph_as_union=True)
        candidates = [row["w"] for row in rows if isinstance(row["w"], ox.NamedNode)]
    words = sorted(set(candidates), key=lambda n: n.value)
    unused = sorted(set(words) - _found(dataset, _USED_WORDS, "w", words), key=lambda n: n.value)
    for chunk in chunked(unused):
        dataset.update("DELETE { GRAPH %s { ?w %s ?f } } WHERE { VALUES ?w { %s } GRAPH %s { ?w %s ?f } }"
                       % (INDEX, OX_DKG.wordForm, values_list(chunk), INDEX, OX_DKG.wordForm))
    return len(unused)
