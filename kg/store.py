"""The store: an embedded Oxigraph dataset on disk, with named graphs kept apart.

Why Oxigraph (through pyoxigraph) rather than rdflib's own store: it loads 1M triples
in ~3 s instead of ~34 s and answers aggregate queries that take rdflib minutes in
under a second (see ``bench/RESULTS.md``), and every write is a transaction.

Graphs (IRIs under ``kg.vocab.GRAPH``):

* ``graph/asserted``: curated and loaded data;
* ``graph/source/{id}``: the facts extracted from one source text, with their evidence;
  re-ingesting the same text replaces this graph (idempotent);
* ``graph/inferred``: entailments written by ``kg.reason`` (dropped on every load);
* ``graph/reference``: ontology, vocabularies and administrative units;
* ``graph/quarantine``: facts that failed validation, kept for review with their report.

Queries read the union of the dataset's graphs. Oxigraph answers a union default graph
hundreds of times faster than an explicit list of graphs (measured: 0.1 s against 70 s
over 2,000 graphs), so the quarantine graph lives in a second dataset next to the main
one (``STORE/quarantine``) and never leaks into answers.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from . import resources, textindex
from .errors import InputError, QueryError, StoreError, ValidationFailed
from .vocab import DKG, GRAPH, RDF

ASSERTED = ox.NamedNode(str(GRAPH.asserted))
INFERRED = ox.NamedNode(str(GRAPH.inferred))
REFERENCE = ox.NamedNode(str(GRAPH.reference))
QUARANTINE = ox.NamedNode(str(GRAPH.quarantine))
INDEX = ox.NamedNode(GRAPH["index"])  # the search index (kg.textindex)
#: Graphs the store derives from the data: never exported, validated or read as context.
DERIVED = (REFERENCE, INFERRED, INDEX)
SOURCE_PREFIX = str(GRAPH) + "source/"

ENV_VAR = "DKG_STORE"

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


def source_graph(source_id: str) -> ox.NamedNode:
    return ox.NamedNode(SOURCE_PREFIX + source_id)


# --- conversions between rdflib and Oxigraph ---------------------------------------

def graph_to_quads(graph: Graph, into: ox.NamedNode | ox.DefaultGraph) -> list[ox.Quad]:
    """rdflib graph -> Oxigraph quads in graph ``into`` (through N-Triples)."""
    data = graph.serialize(format="nt", encoding="utf-8")
    return [ox.Quad(t.subject, t.predicate, t.object, into)
            for t in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)]


def triples_to_graph(triples: Iterable[ox.Triple | ox.Quad]) -> Graph:
    """Oxigraph triples (or quads, graph names dropped) -> rdflib graph."""
    buf = io.BytesIO()
    ox.serialize((ox.Triple(t.subject, t.predicate, t.object) for t in triples), buf,
                 format=ox.RdfFormat.N_TRIPLES)
    g = Graph()
    g.parse(data=buf.getvalue().decode("utf-8"), format="nt")
    return g


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


def _nt(term) -> str:
    """A term in N-Triples syntax (pyoxigraph escapes it), for SPARQL Update text."""
    return str(term)


@dataclass
class LoadResult:
    """What a load did."""

    files: list[str]
    triples: int
    graph: str
    quarantined: bool = False
    report: object | None = None  # kg.validate.Report


@dataclass
class Store:
    """An Oxigraph dataset plus its quarantine dataset.

    Use :meth:`open` (a path, or ``None`` for an in-memory store) or :meth:`bundled`.
    """

    main: ox.Store  # or kg.remote.RemoteDataset, kg.mirror.MirroredDataset: the same surface
    location: Path | None = None
    _quarantine: ox.Store | None = field(default=None, repr=False)
    url: str | None = None
    quarantine_dir: Path | None = None

    # --- opening --------------------------------------------------------------------
    @classmethod
    def open(cls, location: str | Path | None = None, *, create: bool = True, memory: bool = False) -> "Store":
        """Open (or create) the store at ``location``; ``None`` gives a fresh in-memory store.

        ``memory``: also hold a copy of the folder store in memory and answer from it, writing
        to both (see :mod:`kg.mirror`): several times faster queries for a long-running
        process, at the cost of reading the whole store at start."""
        if location is None:
            store = cls(ox.Store())
            store.ensure_reference()
            return store
        path = Path(location)
        existed = (path / "main").exists()
        if not existed and not create:
            raise StoreError(f"no store at {path}", hint="create one with `dkg load FILE` or `dkg ingest PATH`")
        try:
            path.mkdir(parents=True, exist_ok=True)
            store = cls(ox.Store(str(path / "main")), location=path, quarantine_dir=path / "quarantine")
        except OSError as exc:
            raise StoreError(f"cannot open the store at {path}: {exc}",
                             hint="is another dkg process (e.g. `dkg serve`) writing to it?") from None
        store.ensure_reference()
        textindex.ensure(store.main)
        if memory:
            from .mirror import MirroredDataset

            store.main = MirroredDataset(store.main)
        return store

    @classmethod
    def bundled(cls) -> "Store":
        """An in-memory store holding the reference data and the bundled dataset."""
        store = cls.open(None)
        quads: list[ox.Quad] = []
        for path in sorted(resources.package_data("bundled").glob("*.ttl")):
            quads.extend(parse_file(path))
        store.main.extend(quads)
        textindex.rebuild(store.main)
        return store

    @classmethod
    def from_cli(cls, location: str | None, *, write: bool = False, memory: bool = False) -> "Store":
        """The store a command works on: ``--store``, else ``$DKG_STORE``, else the default
        location; where none has been created yet, read-only commands use the bundled
        dataset so that a first command answers something. ``memory``: see :meth:`open`
        (a remote store and the bundled dataset are used as they are)."""
        loc = location or os.environ.get(ENV_VAR)
        if loc and "://" in loc:
            return cls.remote(loc)
        path = Path(loc) if loc else default_location()
        if write or (path / "main").exists():
            return cls.open(path, memory=memory)
        if loc:
            raise StoreError(f"no store at {path}", hint="create one with `dkg load FILE` or `dkg ingest PATH`")
        return cls.bundled()

    @classmethod
    def remote(cls, url: str, *, layout: str | None = None) -> "Store":
        """A store on a SPARQL 1.1 server (see ``kg.remote``). Its quarantine is kept in a
        local dataset beside the default store location, named after the URL, so that
        quarantined facts never reach the server's union default graph."""
        from .identity import slug
        from .remote import RemoteDataset

        store = cls(RemoteDataset(url, layout=layout), url=url,
                    quarantine_dir=default_location().parent / "quarantine" / slug(url))
        store.ensure_reference()
        textindex.ensure(store.main)
        return store

    @property
    def is_bundled(self) -> bool:
        return self.location is None and self.url is None

    @property
    def quarantine_store(self) -> ox.Store:
        if self._quarantine is None:
            qdir = self.quarantine_dir
            if qdir is not None:
                qdir.mkdir(parents=True, exist_ok=True)
            self._quarantine = ox.Store(str(qdir)) if qdir is not None else ox.Store()
        return self._quarantine

    def ensure_reference(self) -> None:
        """Load the ontology, vocabularies and admin units into ``graph/reference`` when
        they are missing or older than the installed ones."""
        version = self._reference_version()
        stamp = next(iter(self.main.quads_for_pattern(REFERENCE, ox.NamedNode(str(DKG.text)), None, REFERENCE)), None)
        if stamp is not None and stamp.object.value == version:
            return
        quads: list[ox.Quad] = []
        for path in resources.ontology_files():
            quads.extend(ox.Quad(q.subject, q.predicate, q.object, REFERENCE) for q in parse_file(path))
        quads.append(ox.Quad(REFERENCE, ox.NamedNode(str(DKG.text)), ox.Literal(version), REFERENCE))
        self.main.update(f"DROP SILENT GRAPH {_nt(REFERENCE)}")
        self.main.extend(quads)
        textindex.rebuild(self.main)  # the units' names may have changed

    @staticmethod
    def _reference_version() -> str:
        parts = []
        for path in resources.ontology_files():
            st = path.stat()
            parts.append(f"{path.name}:{st.st_size}:{int(st.st_mtime)}")
        import hashlib

        return hashlib.sha1("|".join(parts).encode()).hexdigest()

    def close(self) -> None:
        """Flush and release the on-disk datasets (RocksDB keeps a lock while they are open)."""
        import gc

        if self.main is not None:
            self.main.flush()
        if self._quarantine is not None:
            self._quarantine.flush()
        self.main = None  # type: ignore[assignment]
        self._quarantine = None
        gc.collect()

    # --- reading --------------------------------------------------------------------
    def query(self, sparql: str, bindings: Mapping[str, object] | None = None):
        """Run a SPARQL query over the union of the dataset's graphs (not the quarantine).

        ``bindings`` map variable names to Oxigraph terms; they are substituted as RDF
        terms, never pasted into the query text.
        """
        subs = {ox.Variable(k): v for k, v in (bindings or {}).items()} or None
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
        quads = (q for q in self.main if q.graph_name not in DERIVED)
        if rdf_format.supports_datasets:
            ox.serialize(quads, out, format=rdf_format)
        else:
            ox.serialize((ox.Triple(q.subject, q.predicate, q.object) for q in quads), out, format=rdf_format,
                         prefixes=_PREFIXES)

    def data_graph(self) -> Graph:
        """All data (no reference, no inferences, no quarantine) as an rdflib graph."""
        return triples_to_graph(q for q in self.main if q.graph_name not in DERIVED)

    #: What the shapes read of a node that the batch only points to.
    CONTEXT_FACETS = (RDF.type, DKG.key, DKG.level, DKG.dateIssued, DKG.eventDate, DKG.issuerCode)

    def context_for(self, batch: Graph, *, exclude: ox.NamedNode | Iterable[ox.NamedNode] | None = None) -> Graph:
        """What the store already says about the IRIs a batch mentions: the triples whose
        subject is one of them, and the types, keys, levels and dates of what those triples
        point to. This is the part of the store that the shapes can reach from the batch's
        focus nodes. ``exclude`` leaves out a graph (or several) the batch is about to replace;
        ``batch`` may be any iterable of rdflib triples."""
        from rdflib import URIRef

        iris = {t for triple in batch for t in triple if isinstance(t, URIRef)}
        if not iris:
            return Graph()
        skip = {*DERIVED, *([exclude] if exclude is None or isinstance(exclude, ox.NamedNode) else exclude)}
        first = self._about(iris, skip)
        pointed = {q.object for q in first if isinstance(q.object, ox.NamedNode)} - {ox.NamedNode(str(i)) for i in iris}
        facets = [ox.NamedNode(str(p)) for p in self.CONTEXT_FACETS]
        second = self._about({URIRef(n.value) for n in pointed}, skip, facets)
        return triples_to_graph(first + second)

    def _about(self, iris, skip, predicates: list[ox.NamedNode] | None = None) -> list[ox.Quad]:
        if not iris:
            return []
        if self.url is not None:  # one request instead of one per IRI
            values = " ".join(f"<{iri}>" for iri in iris)
            where_p = f"VALUES ?p {{ {' '.join(str(p) for p in predicates)} }}" if predicates else ""
            graphs = ", ".join(str(g) for g in skip if g is not None)
            sparql = (f"SELECT ?s ?p ?o ?g WHERE {{ VALUES ?s {{ {values} }} {where_p} "
                      f"GRAPH ?g {{ ?s ?p ?o }} FILTER(?g NOT IN ({graphs})) }}")
            return [ox.Quad(r["s"], r["p"], r["o"], r["g"]) for r in self.main.query(sparql)]
        out: list[ox.Quad] = []
        for iri in iris:
            node = ox.NamedNode(str(iri))
            for p in predicates or [None]:
                out.extend(q for q in self.main.quads_for_pattern(node, p, None) if q.graph_name not in skip)
        return out

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
        quads: list[ox.Quad] = []
        for name in names:
            quads.extend(parse_file(name, (data or {}).get(name)))
        return self.add_quads(quads, files=names, force=force)

    def add_quads(self, quads: list[ox.Quad], *, files: list[str] | None = None, force: bool = False,
                  replace_graph: ox.NamedNode | None = None) -> LoadResult:
        from .validate import validate

        batch = triples_to_graph(quads)
        report = validate(batch, context=self.context_for(batch, exclude=replace_graph), report_context=False)
        target = replace_graph.value if replace_graph is not None else ASSERTED.value
        if not report.conforms:
            if not force:
                raise ValidationFailed(
                    f"{', '.join(files or ['batch'])}: does not conform to the shapes "
                    f"({len([v for v in report.violations if v.severity == 'Violation'])} violations)", report)
            self.quarantine(quads, report, files or [])
            return LoadResult(files or [], len(quads), QUARANTINE.value, quarantined=True, report=report)
        self.write_quads(quads, replace_graph)
        return LoadResult(files or [], len(quads), target, report=report)

    def write_quads(self, quads: list[ox.Quad],
                    replace_graph: ox.NamedNode | Iterable[ox.NamedNode] | None,
                    *, indexed: Callable[[ox.NamedNode | ox.BlankNode], bool] | None = None) -> None:
        """Write a validated batch (replacing ``replace_graph`` when given), drop the inferences
        and refresh the index entries of the documents and bodies the write touches.

        ``replace_graph`` may also be several graphs (a batch of source texts): each quad goes to
        its own graph (see :meth:`_replace_graphs`). ``indexed`` may tell which subjects can matter
        to the index (documents, units, tasks); the caller knows, say, that evidence nodes never do."""
        several = replace_graph is not None and not isinstance(replace_graph, ox.NamedNode)
        replaced = list(replace_graph) if several else [replace_graph] if replace_graph is not None else []
        touched = {q.subject for q in quads}
        for g in replaced:
            touched.update(q.subject for q in self.main.quads_for_pattern(None, None, None, g))
        if indexed is not None:
            touched = {n for n in touched if indexed(n)}
        bodies = textindex.bodies_of(self.main, touched)  # those of the tasks as they were
        # a count may rest on inferred assignments, which the write drops: then all are recounted
        recount_all = self._inferred_assignments()
        try:
            if several:
                self._replace_graphs(quads, replaced)
            elif replace_graph is not None:
                body = " .\n".join(f"{_nt(q.subject)} {_nt(q.predicate)} {_nt(q.object)}" for q in quads)
                self.main.update(
                    f"DROP SILENT GRAPH {_nt(replace_graph)} ;\n"
                    f"DROP SILENT GRAPH {_nt(INFERRED)} ;\n"
                    f"INSERT DATA {{ GRAPH {_nt(replace_graph)} {{ {body} {'.' if body else ''} }} }}")
            else:
                self.main.extend(quads)
                self.main.remove_graph(INFERRED)
        except OSError as exc:
            raise StoreError(f"write failed, nothing was written: {exc}") from None
        try:
            textindex.refresh(self.main, textindex.affected(self.main, touched))
            if recount_all:
                textindex.recount(self.main)
            else:
                textindex.recount(self.main, bodies | textindex.bodies_of(self.main, touched))
        except OSError as exc:
            raise StoreError(f"the data was written but the search index could not be updated: {exc}",
                             hint="run `dkg reindex` to rebuild it") from None

    def _replace_graphs(self, quads: list[ox.Quad], graphs: list[ox.NamedNode]) -> None:
        """Replace several graphs by ``quads`` (each in its own graph). The graphs the store already
        has are brought to their new content by one update that deletes and inserts only what
        differs (a re-ingested text mostly gives the same triples); the new graphs are written
        by one atomic ``extend``, which is many times faster than the same quads in SPARQL text.
        A failure between the two leaves the first group updated and the second unwritten."""
        existing = {g for g in graphs if self.main.contains_named_graph(g)}
        if existing:
            old = {q for g in existing for q in self.main.quads_for_pattern(None, None, None, g)}
            new = {q for q in quads if q.graph_name in existing}
            gone, added = old - new, new - old

            def block(qs) -> str:
                return " ".join(f"GRAPH {_nt(q.graph_name)} {{ {_nt(q.subject)} {_nt(q.predicate)} {_nt(q.object)} }}"
                                for q in qs)
            self.main.update(f"DELETE DATA {{ {block(gone)} }} ;\nINSERT DATA {{ {block(added)} }} ;\n"
                             f"DROP SILENT GRAPH {_nt(INFERRED)}")
        self.main.extend(q for q in quads if q.graph_name not in existing)
        self.main.remove_graph(INFERRED)

    def _inferred_assignments(self) -> bool:
        """Does graph/inferred assign any task to a body?"""
        return any(next(iter(self.main.quads_for_pattern(None, ox.NamedNode(str(DKG[r])), None, INFERRED)), None)
                   is not None for r in textindex.ROLES)

    def rebuild_index(self) -> tuple[int, int]:
        """Rebuild the search index (see :mod:`kg.textindex`): documents and unit names indexed."""
        return textindex.rebuild(self.main)

    def quarantine(self, quads: list[ox.Quad], report, files: list[str]) -> None:
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%f")
        batch = ox.NamedNode(f"{QUARANTINE.value}/{stamp}")
        q_quads = [ox.Quad(q.subject, q.predicate, q.object, batch) for q in quads]
        q_quads += [ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(batch.value + "/report"))
                    for t in graph_to_quads(report.to_graph(), ox.DefaultGraph())]
        q_quads.append(ox.Quad(batch, ox.NamedNode(str(DKG.text)), ox.Literal(", ".join(files)), QUARANTINE))
        self.quarantine_store.extend(q_quads)

    def replace_source(self, source_id: str, graph: Graph, *, force: bool = True) -> LoadResult:
        """Replace the graph of one source with ``graph`` (idempotent re-ingest)."""
        g = source_graph(source_id)
        return self.add_quads(graph_to_quads(graph, g), files=[source_id], force=force, replace_graph=g)

    def replace_inferred(self, quads: Iterable[ox.Quad]) -> int:
        """Replace ``graph/inferred`` with ``quads`` (their graph names are ignored). The quads
        are streamed to the store, never all held as Python objects at once."""
        count = 0

        def tagged() -> Iterator[ox.Quad]:
            nonlocal count
            for q in quads:
                count += 1
                yield q if q.graph_name == INFERRED else ox.Quad(q.subject, q.predicate, q.object, INFERRED)

        self.main.remove_graph(INFERRED)
        self.main.extend(tagged())
        textindex.recount(self.main)  # inferred assignments (e.g. from inverse properties) count too
        return count

    def __len__(self) -> int:
        return len(self.main)

    def __iter__(self) -> Iterator[ox.Quad]:
        return iter(self.main)


_PREFIXES = {
    "dkg": str(DKG),
    "rdf": str(RDF),
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "prov": "http://www.w3.org/ns/prov#",
    "oa": "http://www.w3.org/ns/oa#",
    "org": "http://www.w3.org/ns/org#",
    "dcterms": "http://purl.org/dc/terms/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
}

