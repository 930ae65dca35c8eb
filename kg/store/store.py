"""The store: an embedded Oxigraph dataset on disk, with named graphs kept apart.

Why Oxigraph (through pyoxigraph) rather than rdflib's own store: it loads and answers
aggregate queries an order of magnitude or more faster (``bench/RESULTS.md``), and every
write is a transaction.

Graphs (IRIs under ``kg.rdf.vocab.GRAPH``):

* ``graph/asserted``: curated and loaded data;
* ``graph/source/{id}``: the facts extracted from one source text, with their evidence;
  re-ingesting the same text replaces this graph (idempotent);
* ``graph/inferred``: entailments written by ``kg.reason`` (dropped on every load);
* ``graph/reference``: ontology, vocabularies and administrative units;
* ``graph/quarantine``: facts that failed validation, kept for review with their report.

Queries read the union of the dataset's graphs. Oxigraph answers a union default graph
hundreds of times faster than an explicit list of thousands of graphs, so the quarantine graph lives in a second dataset next to the main
one (``STORE/quarantine``) and never leaks into answers.

This module owns the ``Store``: opening it (a folder, read-only, mirrored in memory, on a server,
the bundled dataset), its reference graph, reading, loading and the quarantine. The write of a
validated batch itself (data, change set, index, counts) is :mod:`kg.store.writes`.
"""

from __future__ import annotations

import functools
import gc
import itertools
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from kg import resources
from kg.rdf.files import parse_file
from kg.rdf.identity import slug
from kg.rdf.quotes import context_quads, quote_selectors
from kg.rdf.terms import graph_to_quads, triples_to_graph
from kg.store import (bulk, counts, history, inferred, logflush, lookahead, recovery, reference, storeformat, textindex,
                      update_record, writes)
from kg.store.quarantine import Held, apply as apply_held, entry as held_entry
from kg.store.context import CONTEXT_FACETS, batch_iris, context_about
from kg.store.readonly import let_go, open_read_only, read_beside
from kg.store.reference import reference_version
from kg.store.dataset import CLOSED, Dataset
from kg.store.mirror import MirroredDataset
from kg.validate.batch import Apart, read_batch, validate_batch
from kg.errors import (Detail, DiskFull, InputError, QueryError, StoreError, StoreLocked, ValidationFailed, Words,
                       joined)
from kg.rdf.graphs import ASSERTED, DERIVED, INDEX, INFERRED, QUARANTINE, REFERENCE, source_graph
from kg.rdf.vocab import DKG, PREFIXES

ENV_VAR = "DKG_STORE"

#: ``dkg export`` formats.
EXPORT_FORMATS: dict[str, ox.RdfFormat] = {
    "ttl": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "nq": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "jsonld": ox.RdfFormat.JSON_LD,
}


def default_location() -> Path:
    """Where the store lives when neither ``--store`` nor ``DKG_STORE`` says."""
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(base) / "directive-kg" / "store"



@dataclass
class LoadResult:
    """What a load did."""

    files: list[str]
    triples: int
    graph: str
    quarantined: bool = False
    report: object | None = None  # kg.validate.validation.Report


@dataclass
class Store:
    """An Oxigraph dataset plus its quarantine dataset.

    Use :meth:`open` (a path, or ``None`` for an in-memory store) or :meth:`bundled`.
    """

    main: Dataset  # an ox.Store, a MirroredDataset or a RemoteDataset (kg/store/dataset.py)
    location: Path | None = None
    _quarantine: ox.Store | None = field(default=None, repr=False)
    url: str | None = None
    quarantine_dir: Path | None = None
    #: What opening the store had to repair (an interrupted write), for the CLI to say; or None.
    repaired: Words | None = None
    #: Opened with the engine's read-only mode: never writes, never blocks a writer.
    read_only: bool = False
    #: Who writes, as the change log names it (e.g. "dkg load"; see kg.store.history).
    agent: str | None = None
    #: The analyst a server runs a write for, named by the update token it came with (None: the server's one token).
    analyst: str | None = None
    _history: ox.Store | None = field(default=None, repr=False)
    #: The state of the folder's files when a read-only open took its view (see kg.store.counts).
    opened_state: str | None = None
    #: The quads its transactions wrote since its engine was last flushed (kg.store.logflush).
    unflushed: logflush.Unflushed = field(default_factory=logflush.Unflushed, repr=False)

    # --- opening --------------------------------------------------------------------
    @classmethod
    def open(cls, location: str | Path | None = None, *, create: bool = True, memory: bool = False,
             read_only: bool = False, announce: Callable[[str], None] | None = None, redraw: bool = True) -> "Store":
        """Open (or create) the store at ``location``; ``None`` gives a fresh in-memory store.

        ``memory``: also hold a copy of the folder store in memory and answer from it, writing
        to both (see :mod:`kg.store.mirror`): several times faster queries for a long-running
        process, at the cost of reading the whole store at start.

        ``read_only``: for commands that only read. The store is opened with the engine's
        read-only mode, which neither waits for nor blocks a process that writes (a load, a
        running ``dkg serve``) and sees the data as it was when opened.

        ``announce``: given a note's code (``note.finishing-write`` of ``kg.i18n.ERRORS``) before the
        store finishes a write a killed process left (which can take as long as that write's index
        upkeep), so that a user is not left waiting in silence.

        ``redraw``: draw the inferences again where other rules drew them (:mod:`kg.store.inferred`); a reader that
        repairs the store says they are behind instead."""
        if location is None:
            store = cls(ox.Store())
            store.ensure_reference()
            return store
        path = Path(location).expanduser()  # (a notebook's "~/...": no shell there to expand it, and a folder named "~" made)
        existed = (path / "main").exists()
        if not existed and (not create or read_only):
            raise StoreError(code="no-store", details={"path": str(path)})
        if read_only:
            return cls._open_read_only(path, announce)
        storeformat.refuse_newer(path)  # (before the engine opens it: a newer version's store is not rewritten)
        try:
            path.mkdir(parents=True, exist_ok=True)
            disk = ox.Store(str(path / "main"))
            store = cls(disk, location=path, quarantine_dir=path / "quarantine")
        except OSError as exc:
            if writes.is_lock_held(exc):  # (said to a library's user: the CLI says it in its own words, kg.cli_store)
                raise StoreLocked(code="store-locked-library", details={"store": str(path)}) from None
            if writes.is_disk_full(exc):
                raise writes.full_at_open(path, "store") from None
            raise StoreError(code="store-open-failed", details={"store": str(path), "why": str(exc)}) from None
        # (the reference data, a killed write, the index, the inferences of other rules)
        store.repaired = storeformat.upkeep(store, announce, redraw=redraw)
        if memory:
            store.main = MirroredDataset(disk)
        return store

    @classmethod
    def _open_read_only(cls, path: Path, announce: Callable[[str], None] | None = None) -> "Store":
        opened_state = counts.state(path)  # (before the view is taken: a write after it changes it)
        try:
            main = open_read_only(path / "main")  # (tried again where a writer is tidying its files)
        except (OSError, RuntimeError) as exc:
            raise StoreError(f"cannot open the store at {path}: {exc}") from None
        store = cls(main, location=path, quarantine_dir=path / "quarantine", read_only=True,
                    opened_state=opened_state)
        if (newer := storeformat.newer_note(path)) is not None:  # answered as it is, nothing rebuilt
            store.repaired = newer
            return store
        if store.needs_upkeep():
            # an interrupted write or an older ontology: repair it if no other process holds the
            # store, else answer from what is there and say so
            try:
                view, store = store, cls.open(path, announce=announce, redraw=False)
                view.close()  # (its view's folder with it: the store answers from the repaired engine)
            except (StoreError, OSError) as exc:  # (OSError: the repair itself failed, e.g. a full disk)
                why: Detail = (writes.disk_trouble(exc) if isinstance(exc, OSError) else Words("why.held")
                               if isinstance(exc, StoreLocked) else Words("why.disk-full") if isinstance(exc, DiskFull)
                               else exc.message.split(": ")[-1])
                store.repaired = recovery.reader_note(store.main, why)
        if (behind := inferred.reader_note(store.main)) is not None:  # (drawn again by the next open for writing)
            store.repaired = joined([w for w in (store.repaired, behind) if w is not None])
        return store

    def needs_upkeep(self) -> bool:
        """Is the derived or reference data behind (an interrupted write, a new ontology, no index)?"""
        return (reference.held_version(self.main) != reference_version()
                or recovery.owed(self.main) or not textindex.current(self.main))

    @classmethod
    def bundled(cls) -> "Store":
        """An in-memory store holding the reference data and the bundled dataset."""
        files = sorted(resources.package_data("bundled").glob("*.ttl"))
        stamp = tuple((str(p), p.stat().st_size, p.stat().st_mtime_ns) for p in files)
        store = cls(ox.Store())
        store.main.extend(cls.bundled_quads(reference_version(), stamp))
        return store

    @staticmethod
    @functools.lru_cache(maxsize=1)
    def bundled_quads(reference: str, files: tuple[tuple[str, int, int], ...]) -> tuple[ox.Quad, ...]:
        """Every quad of a bundled store, search index included, built once per process for the
        reference data (``reference``, see :func:`reference_version`) and the bundled ``files``
        (path, size, modification time) it is given: a changed file is another key."""
        store = Store.open(None)
        quads: list[ox.Quad] = []
        for path, _, _ in files:
            quads.extend(parse_file(path))
        store.main.extend(quads)
        textindex.rebuild(store.main)
        return tuple(store.main)

    @classmethod
    def from_cli(cls, location: str | None, *, write: bool = False, memory: bool = False,
                 read_only: bool = False, announce: Callable[[str], None] | None = None,
                 upkeep: bool = True, layout: str | None = None, redraw: bool = True) -> "Store":
        """The store a command works on: ``--store``, else ``$DKG_STORE``, else the default
        location; where none has been created yet, read-only commands use the bundled
        dataset so that a first command answers something. ``memory`` and ``redraw``: see :meth:`open`
        (a remote store and the bundled dataset are used as they are); ``upkeep`` and ``layout`` (of a
        store on a server): see :meth:`remote`."""
        loc = location or os.environ.get(ENV_VAR)
        if loc and "://" in loc:
            return cls.remote(loc, layout=layout, read_only=read_only and not write, upkeep=upkeep, announce=announce,
                              redraw=redraw)
        path = Path(loc).expanduser() if loc else default_location()  # (a quoted DKG_STORE="~/..." too)
        if write or (path / "main").exists():
            return cls.open(path, memory=memory, read_only=read_only and not write and not memory, announce=announce,
                            redraw=redraw)
        if loc:
            raise StoreError(code="no-store", details={"path": str(path)})
        return cls.bundled()

    @classmethod
    def remote(cls, url: str, *, layout: str | None = None, read_only: bool = False,
               upkeep: bool = True, announce: Callable[[str], None] | None = None, redraw: bool = True) -> "Store":
        """A store on a SPARQL 1.1 server (see ``kg.store.remote``), spoken to by ``layout`` (a key of its
        ``LAYOUTS``; ``None``: ``$DKG_STORE_LAYOUT``, else an Oxigraph server's). Its quarantine is kept in a
        local dataset beside the default store location, named after the URL, so that
        quarantined facts never reach the server's union default graph. A reader never writes: where
        the derived data is behind it answers from what is there and says so (two installations
        reading one server would rewrite it back and forth); ``upkeep=False``: not even checked. ``announce``,
        ``redraw``: see :meth:`open` (a writer's open draws the inferences again where they are behind)."""
        from kg.store.remote import RemoteDataset  # noqa: PLC0415  (the HTTP client only for a server's store)
        store = cls(RemoteDataset(url, layout=layout), url=url, read_only=read_only,
                    quarantine_dir=default_location().parent / "quarantine" / slug(url))
        if read_only and upkeep:
            stale = Words("note.stale", {"why": Words("why.reader")}) if store.needs_upkeep() else None
            # (the inferences' stamp is kept on a server as in a folder: a reader says they are behind, drawing nothing)
            store.repaired = joined([w for w in (stale, inferred.reader_note(store.main)) if w is not None])
        elif not read_only:
            upgraded = store.ensure_reference()
            # a write cut off there: no change set to finish it from; the note names the command to run again
            indexed = recovery.server_repair(store.main) or textindex.ensure(store.main)
            # the inferences drawn again where other rules or another ontology drew them, as an open for writing of a
            # folder store does (kg.store.inferred); a redraw killed half-way left its mark there, and is done again
            redrawn = inferred.redraw(store, announce) if redraw else None
            store.repaired = joined([w for w in (upgraded, indexed, redrawn) if w is not None])
        return store

    @property
    def is_bundled(self) -> bool:
        return self.location is None and self.url is None

    @property
    def quarantine_store(self) -> ox.Store:
        if self._quarantine is None and self.read_only:
            qdir = self.quarantine_dir
            self._quarantine = open_read_only(qdir) if qdir is not None and (qdir / "CURRENT").exists() else ox.Store()
        if self._quarantine is None:
            qdir = self.quarantine_dir
            if qdir is not None:
                qdir.mkdir(parents=True, exist_ok=True)
            self._quarantine = writes.open_dataset(qdir, "quarantine") if qdir is not None else ox.Store()
        return self._quarantine

    @property
    def history_store(self) -> ox.Store:
        """The dataset that keeps the quads of every change set (see :mod:`kg.store.payloads`)."""
        if self._history is None:
            hdir = (self.location / "history" if self.location is not None else
                    self.quarantine_dir.parent.parent / "history" / self.quarantine_dir.name
                    if self.url is not None and self.quarantine_dir is not None else None)
            if hdir is not None and self.read_only:
                self._history = open_read_only(hdir) if (hdir / "CURRENT").exists() else ox.Store()
            elif hdir is not None:
                hdir.mkdir(parents=True, exist_ok=True)
                self._history = writes.open_dataset(hdir, "history")
            else:
                self._history = ox.Store()
        return self._history

    def ensure_reference(self) -> Words | None:
        """Bring ``graph/reference`` up to the installed files (:func:`kg.store.reference.ensure`); says so where
        another version's was replaced. The inferences drawn from the earlier ontology stay, their stamp naming it:
        the open for writing draws them again after this (``kg.store.inferred.redraw``), a reader says they are
        behind."""
        return Words("note.upgraded-reference") if reference.ensure(self.main) else None

    def close(self) -> None:
        """Flush and release the on-disk datasets (RocksDB keeps a lock while they are open)."""
        try:
            if self.main is not CLOSED and not self.read_only:
                self.main.flush()
                self.unflushed.count = 0
            for side in (self._quarantine, self._history):
                if side is not None and not self.read_only:
                    side.flush()
        except OSError as exc:
            # Every write was committed (to the engine's log) before it returned; only moving the
            # log into the table files failed, which the engine redoes when the store next opens.
            raise StoreError(code="flush-failed", details={"why": writes.disk_trouble(exc)}) from None
        finally:
            side = None  # (the loop's name held the last engine, which made every close collect in full)
            engines = [e for e in (self.main, self._quarantine, self._history) if e is not None and e is not CLOSED]
            self.main = CLOSED
            self._quarantine = self._history = None
            views = [id(e) for e in engines]
            # An engine releases its lock when its last reference goes. When ours were the last
            # (the list, the loop's name and getrefcount's argument), dropping them does it at
            # once; a full collection, whose cost grows with every object the process holds, is
            # needed only when something else refers to one (a cycle), or for a mirror's engine.
            held_elsewhere = any(not isinstance(e, ox.Store) or sys.getrefcount(e) > 3 for e in engines)
            engines.clear()
            if held_elsewhere:
                gc.collect()
            let_go(views)  # (a reader's views' own folders: kg.store.readonly)

    # --- reading --------------------------------------------------------------------
    def query(self, sparql: str, bindings: Mapping[str, object] | None = None):
        """Run a SPARQL query over the union of the dataset's graphs (not the quarantine).

        ``bindings`` map variable names to Oxigraph terms; they are substituted as RDF
        terms, never pasted into the query text.
        """
        subs: dict[ox.Variable, Any] | None = {ox.Variable(k): v for k, v in (bindings or {}).items()} or None
        try:
            return self.main.query(sparql, use_default_graph_as_union=True, substitutions=subs)
        except SyntaxError as exc:
            raise QueryError(f"SPARQL syntax error: {exc.msg}") from None
        except RuntimeError as exc:  # e.g. a bound variable missing from the SELECT projection
            raise QueryError(f"SPARQL query cannot run: {exc}") from None

    def select(self, sparql: str, bindings: Mapping[str, object] | None = None) -> tuple[list[str], list[dict]]:
        """Run a SELECT; return the variable names and the rows as dicts of Oxigraph terms."""
        result = self.query(sparql, bindings)
        if not hasattr(result, "variables"):
            raise QueryError("expected a SELECT query")
        names = [v.value for v in result.variables]
        rows = [{n: sol[n] for n in names if sol[n] is not None} for sol in result]
        return names, rows

    def construct(self, sparql: str, bindings: Mapping[str, object] | None = None) -> Graph:
        result = self.query(sparql, bindings)
        if hasattr(result, "variables") or isinstance(result, (bool, ox.QueryBoolean)):
            raise QueryError("expected a CONSTRUCT or DESCRIBE query")
        return triples_to_graph(result)

    def graph_counts(self) -> dict[str, int]:
        """Triples per named graph (quarantine included)."""
        counts: dict[str, int] = {}
        for row in self.main.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"):
            counts[row["g"].value] = int(row["n"].value)
        qdir = self.quarantine_dir
        q = len(self.quarantine_store) if (self._quarantine is not None or (qdir and qdir.exists())) else 0
        if q:
            counts[QUARANTINE.value] = q
        return counts

    def stats(self) -> tuple[dict[str, int], dict[str, int]]:
        """:meth:`graph_counts` and :meth:`class_counts`; for a folder store, the answer kept from
        the last count when the store has not changed since (see :mod:`kg.store.counts`)."""
        if self.location is None:
            return self.graph_counts(), self.class_counts()
        # a read-only view is the store as it was when opened; a store open for writing is held by
        # this process, and its state is read now
        basis = self.opened_state if self.read_only else counts.state(self.location)
        if basis is not None and (kept := counts.read(self.location, basis)) is not None:
            return kept
        graphs, classes = self.graph_counts(), self.class_counts()
        if basis is not None:
            counts.write(self.location, basis, graphs, classes)
        return graphs, classes

    def class_counts(self) -> dict[str, int]:
        """Instances per class of the dkg ontology (asserted types, outside the reference graph)."""
        sparql = """
        SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE {
          GRAPH ?g { ?s a ?c } FILTER(?g != <%s> && ?g != <%s>)
          FILTER(STRSTARTS(STR(?c), "%s"))
        } GROUP BY ?c ORDER BY DESC(?n)""" % (REFERENCE.value, INFERRED.value, str(DKG))
        return {row["c"].value.removeprefix(str(DKG)): int(row["n"].value) for row in self.main.query(sparql)}

    def export(self, fmt: str, out) -> None:
        """Write the data (not the reference graph, not inferences) to a binary stream."""
        if fmt not in EXPORT_FORMATS:
            raise InputError(f"unknown export format {fmt!r}", hint="one of: " + ", ".join(EXPORT_FORMATS))
        rdf_format = EXPORT_FORMATS[fmt]
        # (with the quotes' context, which the store does not hold: kg.rdf.quotes)
        quads = itertools.chain((q for q in self.main if q.graph_name not in DERIVED),
                                context_quads(self.main, (q for q in quote_selectors(self.main)
                                                          if q.graph_name not in DERIVED)))
        if rdf_format.supports_datasets:
            ox.serialize(quads, out, format=rdf_format)
        else:
            ox.serialize((ox.Triple(q.subject, q.predicate, q.object) for q in quads), out, format=rdf_format,
                         prefixes=_PREFIXES)

    def data_graph(self) -> Graph:
        """All data (no reference, no inferences, no quarantine) as an rdflib graph."""
        return triples_to_graph(q for q in self.main if q.graph_name not in DERIVED)

    #: What the shapes read of a node that the batch only points to (kg.store.context).
    CONTEXT_FACETS = CONTEXT_FACETS

    def context_for(self, batch: Graph, *, exclude: ox.NamedNode | Iterable[ox.NamedNode] | None = None) -> Graph:
        """:meth:`context_quads` as an rdflib graph (for callers that validate rdflib graphs)."""
        return triples_to_graph(self.context_quads(batch, exclude=exclude))

    def context_quads(self, batch: Iterable, *, exclude: ox.NamedNode | Iterable[ox.NamedNode] | None = None
                      ) -> list[ox.Quad]:
        """What the store already says about the IRIs a batch mentions (:func:`kg.store.context.context_about`).
        ``exclude`` leaves out a graph (or several) the batch is about to replace; ``batch`` may be Oxigraph quads or
        triples, or any iterable of rdflib triples (a graph)."""
        return self.context_about(batch_iris(batch), exclude=exclude)

    def context_about(self, iris: set[ox.NamedNode], *, exclude: ox.NamedNode | Iterable[ox.NamedNode] | None = None
                      ) -> list[ox.Quad]:
        """:meth:`context_quads` of a batch that mentions ``iris`` (its subjects, predicates and
        objects that are IRIs), for a caller that gathered them as the batch was made."""
        return context_about(self.main, self.url, iris, exclude)

    # --- writing --------------------------------------------------------------------
    def load_files(self, paths: Iterable[str | Path], *, force: bool = False,
                   data: Mapping[str, bytes] | None = None) -> LoadResult:
        """Parse, validate and load files as one atomic batch into ``graph/asserted``.

        Any syntax error refuses the whole batch (naming the file and line). A batch
        that does not conform raises :class:`ValidationFailed`, unless ``force``, in
        which case it goes to the review quarantine with its report. The store is
        unchanged on any error.
        """
        names = [str(p) for p in paths]
        # a large batch is validated in a child process while this one prepares its write (see Apart),
        # which reads the context of a folder store itself, under this process's rule for collections
        beside = (context_beside, str(self.location)) if self.location is not None and not self.read_only else None
        apart = Apart(names, data, beside, bulk.few_collections) if self.url is None and Apart.wanted(names, data) else None
        try:
            with bulk.few_collections():
                return self.add_quads(read_batch(names, data), files=names, force=force, apart=apart)
        finally:
            if apart is not None:
                apart.close()

    def add_quads(self, quads: list[ox.Quad], *, files: list[str] | None = None, force: bool = False,
                  replace_graph: ox.NamedNode | None = None, apart: Apart | None = None) -> LoadResult:
        """Validate ``quads`` and write them (see :meth:`load_files`); ``apart``: the same files being
        validated in a child process, whose verdict the write waits for before it keeps anything."""
        target = replace_graph.value if replace_graph is not None else ASSERTED.value
        if apart is not None:
            def context() -> list[ox.Quad]:  # (asked for by the write after its first lookups: the child's may come)
                return apart.context(quads, lambda: self.context_quads(quads, exclude=replace_graph))

            def verdict() -> None:
                context()  # (the child's report comes after it)
                if not apart.report().conforms:
                    raise writes.Refused
            try:
                self.write_quads(quads, replace_graph, sources=files, held=context if replace_graph is None else None,
                                 ready=verdict)
                return LoadResult(files or [], len(quads), target, report=apart.report())
            except writes.Refused:
                report = apart.report()
        else:
            batch = validate_batch(quads, store=self, exclude=replace_graph)
            report = batch.report
        if not report.conforms:
            if not force:
                raise ValidationFailed(
                    f"{', '.join(files or ['batch'])}: does not conform to the shapes "
                    f"({len([v for v in report.violations if v.severity == 'Violation'])} violations)", report,
                    files=files or [])
            self.quarantine(quads, report, files or [])
            return LoadResult(files or [], len(quads), QUARANTINE.value, quarantined=True, report=report)
        # (the context the batch was validated with tells which of its quads the store holds: history.new_quads)
        self.write_quads(quads, replace_graph, sources=files, held=batch.context if replace_graph is None else None)
        return LoadResult(files or [], len(quads), target, report=report)

    def write_quads(self, quads: list[ox.Quad],
                    replace_graph: ox.NamedNode | Iterable[ox.NamedNode] | None,
                    *, indexed: Callable[[ox.NamedNode | ox.BlankNode], bool] | None = None,
                    sources: list[str] | None = None, also: str = "", held: writes.Held = None,
                    ready: Callable[[], None] = writes.no_verdict,
                    taken: Iterable[ox.Quad] = (), files: Mapping[str, str] | None = None,
                    ahead: lookahead.Ahead | None = None,
                    held_back: Held | None = None) -> set[ox.NamedNode] | None:
        """Write a validated batch (replacing ``replace_graph`` when given) with its change set, and
        bring the index and the task counts up to date: :func:`kg.store.writes.write_quads`, whose answer (the
        graphs it changed, None where not known) it returns."""
        return writes.write_quads(self, quads, replace_graph, indexed=indexed, sources=sources, also=also, held=held,
                           ready=ready, taken=taken, files=files, ahead=ahead, held_back=held_back)

    def rebuild_index(self) -> tuple[int, int]:
        """Rebuild the search index (see :mod:`kg.store.textindex`): documents and unit names indexed."""
        before = history.count_graph(self, INDEX)
        counts = textindex.rebuild(self.main)
        history.record_derived(self, INDEX, history.count_graph(self, INDEX), before)
        return counts

    def update(self, sparql: str, *, agent: str | None = None, base_iri: str | None = None,
               sources: Iterable[str] = ()) -> None:
        """Run a SPARQL update on the dataset, recorded as a change set (``agent``: who sent it;
        ``sources``: the texts or files it is about, as ``write_quads`` takes them), the index and task counts
        brought up to it, as a load does, and the inferences drawn again where the store held some
        (:mod:`kg.store.update_record`)."""
        if not update_record.recorded_data_update(self, agent, sparql, base_iri, sources):
            update_record.other_update(self, agent, sparql, base_iri, sources)

    def write_effect(self, added: list[ox.Quad], removed: list[ox.Quad], *, agent: str | None = None) -> None:
        """Write an update's effect known as quads (``kg.store.guard``'s, blank nodes as the store is to hold them):
        :func:`kg.store.update_record.write_effect`."""
        update_record.write_effect(self, agent, added, removed)

    def quarantine(self, quads: list[ox.Quad], report, files: list[str], *, source: str | None = None) -> None:
        """Keep ``quads`` with their ``report`` in the quarantine dataset, in one request. ``source``: the id of the
        ingested text they came from; its entry replaces the one an earlier ingest of the same text left, so
        re-ingesting a text never makes the quarantine grow (an ingest's write does it with its data instead:
        ``write_quads(held_back=...)``, :mod:`kg.store.quarantine`)."""
        held = Held()
        if source is not None:
            held.hold(quads, report, files, source)
        else:
            held.quads = held_entry(quads, report, files)
        self.apply_quarantine(held)

    def clear_quarantine(self, source: str) -> None:
        """Drop the quarantine entry of one ingested text (its facts now conform, or are replaced)."""
        self.apply_quarantine(Held([source]))

    def apply_quarantine(self, held: Held) -> None:
        """Do ``held`` to the quarantine dataset in one request (:func:`kg.store.quarantine.apply`); where it only
        takes entries out and no quarantine was ever made, nothing (none is made for it)."""
        if not held or (not held.quads and self._quarantine is None
                        and not (self.quarantine_dir is not None and self.quarantine_dir.exists())):
            return
        apply_held(self.quarantine_store, held)

    def draw_owed(self) -> Words | None:
        """Draw the inferences a write of the data marked owed (``textindex.owes_redraw``) over the new data, as the
        write's last step (a load, an ingest, a review decision, an undo): :func:`kg.store.inferred.redraw`."""
        return inferred.redraw(self)

    def replace_source(self, source_id: str, graph: Graph, *, force: bool = True) -> LoadResult:
        """Replace the graph of one source with ``graph`` (idempotent re-ingest)."""
        g = source_graph(source_id)
        return self.add_quads(graph_to_quads(graph, g), files=[source_id], force=force, replace_graph=g)

    def replace_inferred(self, quads: Iterable[ox.Quad], *, rules: str | None = None, mark: str | None = None) -> int:
        """Replace ``graph/inferred`` with ``quads``, stamped as drawn by ``rules``: :func:`kg.store.inferred.replace`
        (``mark``: a redraw's, begun by the caller). The quads are streamed, never all held at once."""
        return inferred.replace(self, quads, rules, mark)

    def confirm_inferred(self, rules: str, *, mark: str | None = None) -> None:
        """The inferences held are those ``rules`` draw: :func:`kg.store.inferred.confirm`."""
        inferred.confirm(self, rules, mark)

    def __len__(self) -> int:
        return len(self.main)

    def __iter__(self) -> Iterator[ox.Quad]:
        return iter(self.main)


_PREFIXES = PREFIXES


def context_beside(location: str, quads: list[ox.Quad]) -> list[ox.Quad]:
    """:meth:`Store.context_quads` of a batch, read by the validating child of its load (``Apart``) through the
    engine's read-only open of the store at ``location``, which the loading process holds open for writing
    and does not write before the verdict (read again on a fresh view where the writer's tidying after its open
    removed a file the read needed: ``kg.store.readonly.read_beside``); the view is let go before this returns."""
    iris = batch_iris(quads)
    return read_beside(Path(location) / "main", lambda main: context_about(main, None, iris, None))

