"""Change sets (lịch sử thay đổi): every write to the store, recorded so that it can be listed and undone.

Each write (a load, an ingest, a review decision, reasoning, a reindex, a SPARQL update through the
endpoint, a rollback) is one *change set*: a ``prov:Activity`` in ``graph/changes`` of the main
dataset, written in the same transaction as the data where the engine allows it::

    <id/change/7> a prov:Activity ; hist:number 7 ; prov:startedAtTime "…"^^xsd:dateTime ;
        hist:command "dkg load" ; hist:source "decisions.ttl" ; hist:added 120 ; hist:removed 0 ;
        hist:graph <graph/asserted> .

The quads themselves (the change set's *payload*) are kept apart from the data, so that they never
show in query answers (:mod:`kg.store.payloads` says where and how). A change set whose payload is
missing (the process died between the data and the payload) is listed but cannot be undone.

Every data write keeps its payload before the data, marked pending (``hist:pendingWrite``); a write
that is not one transaction (a bulk write, several graphs: see :mod:`kg.store.bulk`) keeps its
record with it, so that a process killed half-way is finished forward by the next open
(:func:`kg.store.undo.resume`), by the same :func:`kg.store.bulk.write` that wrote it.

Derived graphs (``graph/inferred``, ``graph/index``) are recorded by their counts only: they are
not restored quad by quad. Every rollback drops the inferences (``dkg reason`` writes them again)
and rebuilds the search index from the data, as an interrupted write does.

A rollback (:func:`kg.store.undo.rollback`) undoes change set N, or with ``cascade`` N and every later one, and is
itself a change set (``hist:undoes`` each one). Its plan (what to remove, what to add back) is
written to the history dataset first and marked pending; the data is then changed (by
:func:`kg.store.bulk.write`, as any large write: the removals, the additions, the rollback's own
record last) and the mark taken away. A process killed in between leaves the mark, and the next open finishes the rollback
(:func:`kg.store.undo.resume`), so the rollback is all or nothing as far as a later reader can tell.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timezone

import pyoxigraph as ox

from kg.errors import NotFound
from kg.rdf.graphs import CHANGES, DERIVED
from kg.rdf.terms import OX_XSD, VERBATIM, has_blank
from kg.store import bulk, docindex, quarantine
from kg.store.canonical import canonical, canonical_written, nquads
from kg.store.payloads import (ACTIVITY, ADDED, BY, COMMAND, COMPLETE, DEFAULT_GRAPH, DERIVED_P, FILE, GRAPH_P, NUMBER, PENDING_WRITE, RDF_TYPE, REMOVED, SOURCE, STARTED, TRUE, UNDOES,
                               Draft, change_iri, clear_payload, draft_payload, graph_term, set_mark, write_payload)


@dataclass
class ChangeSet:
    """One recorded write."""

    number: int
    time: str
    command: str
    added: int
    removed: int
    sources: list[str] = field(default_factory=list)
    graphs: list[str] = field(default_factory=list)
    undoes: list[int] = field(default_factory=list)
    derived_only: bool = False
    #: the analyst who sent it to a server, where the server knows them by their own token (else None)
    by: str | None = None
    #: the file each ingested text of it was read from, by the text's source id (as it was then)
    files: dict[str, str] = field(default_factory=dict)

    @property
    def iri(self) -> str:
        return change_iri(self.number).value

    def to_json(self) -> dict:
        return {"id": self.number, "iri": self.iri, "time": self.time, "command": self.command,
                "sources": self.sources, "added": self.added, "removed": self.removed, "graphs": self.graphs,
                "undoes": self.undoes, "derived_only": self.derived_only, "by": self.by, "files": self.files}

    def named(self) -> dict:
        """Its number, who sent it and when: what a page says of it where it names it (the undo that took another
        back)."""
        return {"id": self.number, "by": self.by, "time": self.time}

    @classmethod
    def from_json(cls, d: dict) -> "ChangeSet":
        """The change set of :meth:`to_json` (as a server sends it back to the CLI)."""
        return cls(number=int(d["id"]), time=str(d["time"]), command=str(d["command"]), added=int(d["added"]),
                   removed=int(d["removed"]), sources=list(d["sources"]), graphs=list(d["graphs"]),
                   undoes=[int(n) for n in d["undoes"]], derived_only=bool(d["derived_only"]),
                   by=str(d["by"]) if d.get("by") else None, files={str(k): str(v) for k, v in (d.get("files") or {}).items()})


def is_recorded(store) -> bool:
    """History is kept for stores run in this process (a folder or memory). A store on a SPARQL
    server is written by other clients too, and a diff would cost a request per quad."""
    return store.url is None and not store.read_only


# --- recording ----------------------------------------------------------------------------

def next_number(store) -> int:
    rows = store.main.query(f"SELECT (MAX(?n) AS ?m) WHERE {{ GRAPH {CHANGES} {{ ?c {NUMBER} ?n }} }}")
    for row in rows:
        if row["m"] is not None:
            return int(row["m"].value) + 1
    return 1


def activity_quads(number: int, command: str, added: int, removed: int, *, sources: Iterable[str] = (),
                   graphs: Iterable[ox.NamedNode | ox.BlankNode | ox.DefaultGraph] = (), undoes: Iterable[int] = (),
                   derived_only: bool = False, by: str | None = None, files: Mapping[str, str] | None = None,
                   about: Iterable[str] = ()) -> list[ox.Quad]:
    """The record of a change set, for ``graph/changes`` (``by``: the analyst who sent it, see :func:`analyst`;
    ``files``: the file each ingested text was read from, by its source id; ``about``: the keys of the documents it
    may concern, :func:`kg.store.docindex.keys`)."""
    c = change_iri(number)
    now = datetime.now(timezone.utc).isoformat(timespec="microseconds").replace("+00:00", "Z")
    xsd_int = OX_XSD.integer
    triples: list[tuple[ox.NamedNode, ox.NamedNode | ox.Literal]] = [(RDF_TYPE, ACTIVITY), (NUMBER, ox.Literal(str(number), datatype=xsd_int)),
               (STARTED, ox.Literal(now, datatype=OX_XSD.dateTime)),
               (COMMAND, ox.Literal(command)),
               (ADDED, ox.Literal(str(added), datatype=xsd_int)), (REMOVED, ox.Literal(str(removed), datatype=xsd_int))]
    triples += [(SOURCE, ox.Literal(s)) for s in dict.fromkeys(sources)]
    triples += [(GRAPH_P, graph_term(g)) for g in dict.fromkeys(graphs)]
    triples += [(UNDOES, change_iri(n)) for n in undoes]
    triples += [(FILE, ox.Literal(f"{sid} {name}")) for sid, name in sorted((files or {}).items())]
    if derived_only:
        triples.append((DERIVED_P, TRUE))
    if by:
        triples.append((BY, ox.Literal(by)))
    return [ox.Quad(c, p, o, CHANGES) for p, o in triples] + docindex.record(c, about)


def new_quads(store, quads: Iterable[ox.Quad], held: Iterable[ox.Quad] | None = None) -> list[ox.Quad]:
    """The quads of a batch that the store does not hold yet (each once).

    ``held``, when given, holds every quad of the store outside its derived graphs whose subject is
    an IRI of the batch (and maybe others of the store): the context its validation read
    (``Store.context_quads``, by one lookup per IRI). A quad with such a subject outside the derived
    graphs is then new where ``held`` lacks it, without one more lookup in the store per quad (at a
    million quads, most of the change set's cost). Where the engine may hold a quad in another form
    than the batch's (a typed literal it writes canonically: see :func:`canonical`) of a subject it
    holds anything of, and for a blank subject, the store is asked; a subject ``held`` has nothing
    of (most of a large load's) has no quad in the store in any form."""
    unique = dict.fromkeys(quads)
    if held is None:
        return [q for q in unique if q not in store.main]
    known = set(held)
    described = {q.subject for q in known}
    derived = frozenset(DERIVED)  # (a subject ``held`` has nothing of: new, the quad not hashed again to tell)
    return [q for q in unique
            if ((q.subject not in described or (q not in known if not _typed(q.object) else q not in store.main))
                if isinstance(q.subject, ox.NamedNode) and q.graph_name not in derived else q not in store.main)]


def _typed(term: object) -> bool:
    """Is ``term`` a literal the engine may write in another form (any datatype but the strings)?"""
    return isinstance(term, ox.Literal) and term.datatype.value not in VERBATIM


def graph_quads(store, graph: ox.NamedNode) -> list[ox.Quad]:
    return list(store.main.quads_for_pattern(None, None, None, graph))


def data_snapshot(store) -> ox.Store:
    """A copy in memory of the data graphs (not the derived ones), for diffing an update."""
    snap = ox.Store()
    snap.bulk_extend(q for q in store.main if q.graph_name not in DERIVED)
    return snap


def diff_against(store, snapshot: ox.Store) -> tuple[list[ox.Quad], list[ox.Quad]]:
    """What the data graphs gained and lost since ``snapshot`` was taken."""
    added = [q for q in store.main if q.graph_name not in DERIVED and q not in snapshot]
    removed = [q for q in snapshot if q not in store.main]
    return added, removed


@dataclass
class Write:
    """A data write being recorded: its number, its record (written with the data), and what
    :func:`finish` needs to keep its quads."""

    number: int
    record: list[ox.Quad]
    added: list[ox.Quad] | None = None  # known before the write (a plain addition, several graphs)
    before: list[ox.Quad] | None = None  # the replaced graph as it was
    removed: list[ox.Quad] = field(default_factory=list)  # known before the write (several graphs)
    #: ``added``'s text for the bulk write, made with the payload's (``payloads.draft_payload``, :func:`prepare_many`)
    parts: bulk.Parts | None = None
    #: the graphs of ``added`` and ``removed``, where :func:`prepare` found them for the record (None: not yet)
    graphs: list | None = None


def prepare(store, quads: list[ox.Quad], replace_graph: ox.NamedNode | None,
            sources: Iterable[str] = (), *, held: Iterable[ox.Quad] | None = None,
            ready: Callable[[], None] | None = None) -> Write | None:
    """Before a write of ``quads`` (see ``Store.write_quads``): the record to write with the data.

    A replaced graph's blank nodes are renamed by the engine as it inserts them, so its quads are
    read back after the write (:func:`finish`); the counts are known before, since every quad with
    a blank node is then new and every old one gone. What the payload needs is kept before the data
    is written, marked pending, so that a process killed after the data still leaves a change set
    that can be undone (:func:`kg.store.undo.resume` completes it). ``held``: see :func:`new_quads`. ``ready``
    (a plain addition's) is called before anything is kept (see ``kg.store.writes.write_quads``)."""
    if not is_recorded(store):
        return None
    number = next_number(store)
    sources = list(sources) or ([replace_graph.value] if replace_graph is not None else [])
    if replace_graph is None:
        added = new_quads(store, quads, held)
        # (which quads are new, and a large payload's files under names never read, are made before the verdict)
        drafts, parts = draft_payload(store, number, added, [], ready) if ready is not None else (None, None)
        if not added:
            return None  # the store holds all of it already: nothing to record or undo
        graphs = list(dict.fromkeys(q.graph_name for q in added))  # (once: the write's answer names them too)
        record = activity_quads(number, agent(store), len(added), 0, sources=sources, graphs=graphs, by=analyst(store),
                                about=docindex.keys(store, added, []))
        # the record is kept with the payload: a bulk write killed half-way is finished from them
        try:
            write_payload(store, number, added, [], mark=PENDING_WRITE, record=record, drafts=drafts)
        except BaseException:
            if parts is not None:
                parts.discard()
            raise
        return Write(number, record, added=added, parts=parts, graphs=graphs)
    before = graph_quads(store, replace_graph)
    new = {ox.Quad(q.subject, q.predicate, q.object, replace_graph) for q in quads}
    old = set(before)
    n_added = sum(1 for q in new if q not in old or has_blank(q))
    n_removed = sum(1 for q in old if q not in new or has_blank(q))
    write_payload(store, number, [], before, mark=PENDING_WRITE, replaces=replace_graph)
    return Write(number, activity_quads(number, agent(store), n_added, n_removed, sources=sources,
                                        graphs=[replace_graph] if n_added or n_removed else [], by=analyst(store),
                                        about=docindex.keys(store, [q for q in new if q not in old or has_blank(q)],
                                                            [q for q in before if q not in new or has_blank(q)])),
                 before=before)


def with_prior(store, held: quarantine.Held | None) -> quarantine.Held | None:
    """``held`` with the entries the texts it clears have now, for an undo to put back (:mod:`kg.store.quarantine`)."""
    if held:
        held.prior = quarantine.held_now(store, held.cleared)
    return held


def prepare_many(store, quads: list[ox.Quad], graphs: list[ox.NamedNode],
                 sources: Iterable[str] = (), *, taken: Iterable[ox.Quad] = (),
                 files: Mapping[str, str] | None = None, held: quarantine.Held | None = None) -> Write | None:
    """Like :func:`prepare`, for a write that replaces several graphs at once (a batch of source
    texts, each in its own graph): the change set is the difference between what the graphs held
    and ``quads`` (quads of other graphs are only added, and count where the store lacks them). A source graph holds no blank nodes (its nodes are minted IRIs), so the
    difference is known before the write, as for a plain addition. ``taken``: quads of graphs that are
    not replaced, taken out by the same write (removed where the store holds them). ``held``: what the write does to
    the quarantine, kept with the payload (:mod:`kg.store.quarantine`); None is returned where the data does not
    change, and the caller applies it alone."""
    if not is_recorded(store):
        return None
    replaced = set(graphs)
    old = {q for g in graphs for q in graph_quads(store, g)}
    number = next_number(store)
    unique = dict.fromkeys(quads)
    text = nquads(unique)
    # where all of it may be added (the graphs held nothing: new texts), a large payload's file is
    # begun from that text at once, beside what follows here (see payloads.Draft)
    draft = Draft.begin(store, number, "added", text) if not old and bulk.is_bulk(len(unique)) else None
    try:
        new, written = canonical_written(unique, text)
        # a quad for a graph that is not replaced (a review decision added to graph/review) is added
        # only where the store lacks it: a rollback must not take away what an earlier change wrote
        into = {q.graph_name for q in new}
        if old or not into <= replaced:
            added = [q for q in new if q not in old and (q.graph_name in replaced or q not in store.main)]
        else:  # the replaced graphs held nothing and no quad goes elsewhere (new texts): all is added
            added = list(new)
        removed = [q for q in old if q not in new] + [q for q in canonical(taken)
                                                      if q.graph_name not in replaced and q not in new and q in store.main]
    except BaseException:
        if draft is not None:
            draft.drop()
        raise
    # (the file begun is the payload's where its text is that of what is added: all of ``new``, as written)
    drafted = draft.kept() if draft is not None and written is not None and len(added) == len(new) else None
    if draft is not None and drafted is None:
        draft.drop()
    if not added and not removed:
        return None
    touched = sorted(into if not old and len(added) == len(new)  # (then the graphs of ``new``)
                     else {q.graph_name for q in [*added, *removed]}, key=lambda g: g.value)
    record = activity_quads(number, agent(store), len(added), len(removed),
                            sources=list(sources) or [g.value for g in touched], graphs=touched, by=analyst(store),
                            files=files, about=docindex.keys(store, added, removed))
    # where that text is what is added and it goes in bulk to the engine's dataset, the bulk write's parts are
    # cut from it too (one serialisation: the write reads no quad again), while the payload's file is kept
    whole = written is not None and len(added) == len(new) and not removed and bulk.is_bulk(len(added)) \
        and isinstance(store.main, ox.Store)
    parts = None
    try:
        parts = bulk.make_parts(store.location, added, written) if whole else None
        # the record is kept with the payload: a write in parts killed half-way is finished from them
        write_payload(store, number, added, removed, mark=PENDING_WRITE, record=record,
                      drafts=None if drafted is None else {"added": drafted}, extra=quarantine.kept(number, with_prior(store, held)))
    except BaseException:  # (a full disk: nothing left behind)
        if parts is not None:
            parts.discard()
        if drafted is not None:
            drafted.unlink(missing_ok=True)
        raise
    return Write(number, record, added=added, removed=removed, parts=parts, graphs=touched)



def finish(store, write: Write | None, replace_graph: ox.NamedNode | None) -> None:
    """After the data and its record are written: keep the quads of the change set."""
    if write is None:
        return
    if replace_graph is None or write.added is not None:
        set_mark(store, write.number, PENDING_WRITE, COMPLETE)
    else:
        finish_replacement(store, write.number, replace_graph, write.before or [])


def finish_replacement(store, number: int, graph: ox.NamedNode, before: list[ox.Quad]) -> None:
    """The payload of a replaced graph, from what the engine actually wrote (it renames blank nodes
    and gives some literals their canonical datatype, so the counts written with the data may be
    off: they are corrected here). A replacement that changed nothing leaves no change set."""
    after = graph_quads(store, graph)
    old, new = set(before), set(after)
    added, removed = [q for q in after if q not in old], [q for q in before if q not in new]
    c = change_iri(number)
    if not added and not removed:
        for q in list(store.main.quads_for_pattern(c, None, None, CHANGES)):
            store.main.remove(q)
        clear_payload(store, number)
        return
    xsd_int = OX_XSD.integer
    for p, n in ((ADDED, len(added)), (REMOVED, len(removed))):
        for q in list(store.main.quads_for_pattern(c, p, None, CHANGES)):
            store.main.remove(q)
        store.main.add(ox.Quad(c, p, ox.Literal(str(n), datatype=xsd_int), CHANGES))
    write_payload(store, number, added, removed)


def record(store, added: list[ox.Quad], removed: list[ox.Quad], *, sources: Iterable[str] = (),
           command: str | None = None) -> int:
    """Record a data write made already (its activity, then its payload); returns its number."""
    number = next_number(store)
    graphs = [q.graph_name for q in (*added, *removed)]
    store.main.extend(activity_quads(number, command or agent(store), len(added), len(removed), sources=sources,
                                     graphs=graphs, by=analyst(store), about=docindex.keys(store, added, removed)))
    write_payload(store, number, added, removed)
    return number


def record_derived(store, graph: ox.NamedNode, added: int, removed: int) -> int | None:
    """Record a write of a derived graph (reasoning, reindexing): counts only, no payload."""
    if not is_recorded(store):
        return None
    number = next_number(store)
    store.main.extend(derived_record(store, graph, added, removed))
    return number


def derived_record(store, graph: ox.NamedNode, added: int, removed: int) -> list[ox.Quad]:
    """The quads of :func:`record_derived`, for a caller that writes them in one transaction with its own."""
    if not is_recorded(store):
        return []
    return activity_quads(next_number(store), agent(store), added, removed, graphs=[graph], derived_only=True)


#: How the change log names a write that ``dkg serve`` ran for a client (after the command's name),
#: a SPARQL update sent to ``/sparql``, and a write made by calling the library. The log keeps these
#: English words; readers show them in their language (``kg.changes_text.command_text``).
SERVED_SUFFIX = " (through dkg serve)"
ENDPOINT_AGENT = "SPARQL update (endpoint)"
LIBRARY_AGENT = "library"


def served_agent(command: str) -> str:
    """The change log's name for ``command`` run by the server for a client."""
    return command + SERVED_SUFFIX


def agent(store) -> str:
    return store.agent or LIBRARY_AGENT


def analyst(store) -> str | None:
    """The analyst a server runs the store's write for, where its update token names them (``Store.analyst``)."""
    return getattr(store, "analyst", None)


def count_graph(store, graph: ox.NamedNode) -> int:
    return sum(1 for _ in store.main.quads_for_pattern(None, None, None, graph))


# --- reading --------------------------------------------------------------------------------

def _change_set(props: Mapping) -> ChangeSet | None:
    """The change set a record's properties (predicate -> objects) say, None for no change set's record."""
    if NUMBER not in props:
        return None
    return ChangeSet(
        number=int(props[NUMBER][0].value), time=props[STARTED][0].value, command=props[COMMAND][0].value,
        added=int(props[ADDED][0].value), removed=int(props[REMOVED][0].value),
        sources=sorted(o.value for o in props.get(SOURCE, [])),
        graphs=sorted("" if o == DEFAULT_GRAPH else o.value for o in props.get(GRAPH_P, [])),
        undoes=sorted(int(o.value.rsplit("/", 1)[1]) for o in props.get(UNDOES, [])),
        derived_only=DERIVED_P in props, by=props[BY][0].value if BY in props else None,
        files=dict(o.value.split(" ", 1) for o in props.get(FILE, []) if " " in o.value))


def started_since(c: ChangeSet, since: date | datetime) -> bool:
    """Did ``c`` start on or after ``since`` (a day: its first moment, UTC)?"""
    start = since if isinstance(since, datetime) else datetime(since.year, since.month, since.day)
    if start.tzinfo is None:
        start = start.replace(tzinfo=timezone.utc)
    return datetime.fromisoformat(c.time.replace("Z", "+00:00")) >= start


def change_sets(store, *, since: date | datetime | None = None) -> list[ChangeSet]:
    """The change sets of the store, oldest first (``since``: started on or after it)."""
    by_iri: dict[str, dict] = {}
    for q in store.main.quads_for_pattern(None, None, None, CHANGES):
        by_iri.setdefault(q.subject.value, {}).setdefault(q.predicate, []).append(q.object)
    found = {c.number: c for props in by_iri.values() if (c := _change_set(props)) is not None}
    out = [found[n] for n in sorted(found)]
    return [c for c in out if started_since(c, since)] if since is not None else out


def change_set_at(store, number: int) -> ChangeSet | None:
    """Change set ``number``, read by its own record alone (None where there is none)."""
    props: dict = {}
    for q in store.main.quads_for_pattern(change_iri(number), None, None, CHANGES):
        props.setdefault(q.predicate, []).append(q.object)
    return _change_set(props)


#: the change sets :func:`newest_first` reads one by one before it reads the rest at once (a lookup each costs about
#: twice its share of one scan of the whole history: a reader who goes on past a page, under filters that keep few,
#: is given the rest from one scan)
ONE_BY_ONE = 64


def newest_first(store, *, before: int | None = None, among: Iterable[int] | None = None) -> Iterator[ChangeSet]:
    """The change sets newest first (``before``: those numbered below it; ``among``: of these numbers only, each read
    by its own record), the first :data:`ONE_BY_ONE` each read when it is asked for: a page of the history costs what
    it shows, not what the history holds (numbers follow the order the writes were made in)."""
    if among is not None:
        for n in sorted((n for n in among if before is None or n < before), reverse=True):
            if (c := change_set_at(store, n)) is not None:
                yield c
        return
    top = (before if before is not None else next_number(store)) - 1
    last = max(top - ONE_BY_ONE, 0)  # (the numbers above it are read one by one)
    for n in range(top, last, -1):
        if (c := change_set_at(store, n)) is not None:
            yield c
    if last > 0:
        yield from reversed([c for c in change_sets(store) if c.number <= last])


def undo_sets(store) -> list[ChangeSet]:
    """The change sets that undid others (what :func:`kg.store.undo.undone` reads), found by their ``hist:undoes``."""
    subjects = dict.fromkeys(q.subject for q in store.main.quads_for_pattern(None, UNDOES, None, CHANGES))
    return [c for s in subjects if (c := change_set_at(store, int(s.value.rsplit("/", 1)[1]))) is not None]


def text_files(store) -> dict[str, str]:
    """The file each ingested text was last read from, by its source id, as the change sets recorded it: the name a
    change set that recorded none (a reviewer's decision) gives a text no longer in the store (replaced by a later
    version from another file, or rolled back), whose id alone tells a reader nothing. (Read from the records that
    name a file, not the whole history.)"""
    named: dict[int, dict[str, str]] = {}
    for q in store.main.quads_for_pattern(None, FILE, None, CHANGES):
        if " " in q.object.value:
            sid, name = q.object.value.split(" ", 1)
            named.setdefault(int(q.subject.value.rsplit("/", 1)[1]), {})[sid] = name
    return {sid: name for n in sorted(named) for sid, name in named[n].items()}


def get(store, number: int) -> ChangeSet:
    for c in change_sets(store):
        if c.number == number:
            return c
    raise NotFound(code="change-set-unknown", details={"number": str(number)})
