"""The change log's terms and where a change set's quads (its *payload*) are kept: written before the
data, read back for a rollback, cleared when a write is dropped (see :mod:`kg.store.history` for the
change sets themselves).

The quads are kept in a second dataset beside the main one (``STORE/history``, like the quarantine),
so that they never show in query answers: the graph ``<id/change/7/added/N>`` holds the triples the
change set added to the N-th graph it touched, ``…/removed/N`` those it removed, and the graph
``<id/change/7>`` says which data graph each N stands for and, last, that the payload is complete
(``hist:complete``). A large payload (``kg.store.bulk.BULK_MIN`` quads or more: a load, an ingest of
many texts) of a folder store is kept instead in gzipped N-Quads files beside that dataset (written by ISA-L's
gzip where the ``isal`` extra is installed: :data:`gzip_writer`)
(``STORE/changes/7.added.nq.gz`` and ``7.removed.nq.gz``, named in ``<id/change/7>`` by
``hist:payloadFile``): writing a million quads into the dataset in one transaction cost as much as
writing the data itself, a file a small part of it. A change set whose payload is missing (the
process died between the data and the payload) is listed but cannot be undone.
"""
from __future__ import annotations

import contextlib
import gzip
import os
import shutil
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import IO, cast

import pyoxigraph as ox

from kg.errors import StoreError
from kg.rdf.identity import change_set_iri
from kg.rdf import vocab
from kg.rdf.terms import OX_RDF, OX_XSD, data_update
from kg.rdf.vocab import BASE
from kg.store import bulk

try:  # ISA-L's gzip writer (the optional extra ``isal``): the same gzip files, which the standard module reads,
    # for a fraction of zlib's CPU (bench/RESULTS.md, load43), and it lets go of the interpreter as zlib does, so a
    # large load's payload costs the cores less while its batch is validated; without it the standard module writes
    from isal import igzip as gzip_writer
except ImportError:  # pragma: no cover - the extra is installed where tests run
    gzip_writer = gzip  # type: ignore[misc]  # (the same GzipFile interface)

#: The small vocabulary of the change log (PROV for the activity, these for the rest).
HIST = BASE + "history#"
RDF_TYPE = OX_RDF.type
ACTIVITY = ox.NamedNode(str(vocab.PROV.Activity))
STARTED = ox.NamedNode(str(vocab.PROV.startedAtTime))
NUMBER = ox.NamedNode(HIST + "number")
COMMAND = ox.NamedNode(HIST + "command")
SOURCE = ox.NamedNode(HIST + "source")
ADDED = ox.NamedNode(HIST + "added")
REMOVED = ox.NamedNode(HIST + "removed")
#: the file an ingested text was read from when the change set was made: its source id, a space, the file's name (a
#: later file with the same words may take the text's place: the change set keeps the name it was made under)
FILE = ox.NamedNode(HIST + "sourceFile")
GRAPH_P = ox.NamedNode(HIST + "graph")
UNDOES = ox.NamedNode(HIST + "undoes")
#: the analyst a server's write was sent by, named by the update token it came with (``dkg serve --tokens-file``)
BY = ox.NamedNode(HIST + "sentBy")
DERIVED_P = ox.NamedNode(HIST + "derivedOnly")
COMPLETE = ox.NamedNode(HIST + "complete")
PENDING = ox.NamedNode(HIST + "pendingRollback")
PENDING_WRITE = ox.NamedNode(HIST + "pendingWrite")
REPLACES = ox.NamedNode(HIST + "replaces")
TRUE = ox.Literal("true", datatype=OX_XSD.boolean)
DEFAULT_GRAPH = ox.NamedNode(HIST + "defaultGraph")  # stands for the default graph in the payload's map
PAYLOAD_FILE = ox.NamedNode(HIST + "payloadFile")

_KINDS = ("added", "removed")


def change_iri(number: int) -> ox.NamedNode:
    return ox.NamedNode(str(change_set_iri(number)))


@dataclass
class Payload:
    """The quads one change set added and removed (with their graphs)."""

    added: list[ox.Quad]
    removed: list[ox.Quad]


def graph_term(g: object) -> ox.NamedNode:
    return g if isinstance(g, ox.NamedNode) else DEFAULT_GRAPH


def draft_payload(store, number: int, added: list[ox.Quad], removed: list[ox.Quad],
                  ready: Callable[[], None]) -> tuple[dict[str, Path] | None, bulk.Parts | None]:
    """The files of a large payload of a folder store (see :func:`write_payload`), written and on disk under
    their ``.part`` names, then ``ready()`` called (a batch's verdict, still being made meanwhile); deleted if it
    raises. Nothing is kept by them: a part file is never read, and a write of the same number clears any part
    left by a process killed here. ``write_payload(drafts=...)`` keeps them under their own names. None (and
    ``ready()`` called alone) for a payload that is not kept in files.

    Where ``added`` alone is to be written in bulk into the engine's own dataset (a large plain addition),
    its text is made once for both (văn bản dùng chung): the write's parts (``kg.store.bulk.make_parts``,
    given back with the files, for ``bulk.write(parts=...)``) first, then the payload's file from them,
    compressed in a thread of its own while ``ready()`` waits (the payload's readers take its quads in any
    order)."""
    folder = payload_folder(store)
    if folder is None or not bulk.is_bulk(len(added) + len(removed)):
        ready()
        return None, None
    shared = not removed and isinstance(store.main, ox.Store)
    parts = bulk.make_parts(store.location, added) if shared else None
    draft = Draft(folder, number, "added", parts=parts) if parts is not None else None
    drafts: dict[str, Path] = {}
    try:
        for kind, batch in zip(_KINDS, (added, removed)):
            if draft is None or kind != "added":
                drafts[kind] = _write_part(folder, number, kind, batch)
        ready()
        if draft is not None:
            drafts["added"] = draft.kept()
    except BaseException:
        if draft is not None:
            draft.drop()
        for part in drafts.values():
            with contextlib.suppress(FileNotFoundError):
                part.unlink()
        if parts is not None:
            parts.discard()
        raise
    return drafts, parts


class Draft:
    """One file of a large payload of a folder store (see :func:`write_payload`) written from its N-Quads
    text (or a bulk write's :class:`kg.store.bulk.Parts`) in a thread of its own, under its part name: zlib
    lets go of the interpreter while it compresses, so the caller's own work goes on beside it. :meth:`kept` waits for it and gives the part file, on disk
    (for ``write_payload(drafts=...)``); :meth:`drop` waits and deletes it (the text was not the payload's
    after all). As with :func:`draft_payload`, nothing is kept by a part file. A draft is of one of the two: without
    either it would be an empty file kept as the payload of quads it never held, so it is refused at once."""

    def __init__(self, folder: Path, number: int, kind: str, text: bytes | None = None, *,
                 parts: bulk.Parts | None = None) -> None:
        if text is None and parts is None:
            raise TypeError(f"a draft of change set {number}'s {kind} quads needs their N-Quads text (text=) or a bulk "
                            "write's parts (parts=): it was given neither")
        self._done = Future[Path]()
        self._thread = threading.Thread(target=self._write, args=(folder, number, kind, text, parts),
                                        name="payload-draft", daemon=True)
        self._thread.start()

    def _write(self, folder: Path, number: int, kind: str, text: bytes | None, parts: bulk.Parts | None) -> None:
        try:
            self._done.set_result(_write_part(folder, number, kind, [], text, parts))
        except BaseException as exc:  # noqa: BLE001  (given to the caller by kept() or drop())
            self._done.set_exception(exc)

    @classmethod
    def begin(cls, store, number: int, kind: str, text: bytes) -> Draft | None:
        """A draft of ``kind``'s file of change set ``number`` from ``text``; None for a store that keeps no files."""
        folder = payload_folder(store)
        return cls(folder, number, kind, text) if folder is not None else None

    def kept(self) -> Path:
        """The part file, written and on disk (raises what its writing raised: a full disk)."""
        return self._done.result()

    def drop(self) -> None:
        """Wait for the file and delete it."""
        self._thread.join()
        if self._done.exception() is None:
            with contextlib.suppress(FileNotFoundError):
                self._done.result().unlink()


def write_payload(store, number: int, added: list[ox.Quad], removed: list[ox.Quad], *, pending: bool = False,
                  undoes: Iterable[int] = (), mark: ox.NamedNode | None = None,
                  replaces: ox.NamedNode | None = None, record: Iterable[ox.Quad] = (),
                  drafts: dict[str, Path] | None = None, by: str | None = None,
                  extra: Iterable[ox.Quad] = ()) -> None:
    """Keep the quads of change set ``number`` in the history dataset, or in files for a large one
    (see the module's docstring), in place of any left there by a write that failed. ``mark``:
    ``COMPLETE`` (the default), ``PENDING`` (a rollback's plan, ``pending``) or ``PENDING_WRITE``
    (written before the data). The mark is written last: a payload without it is never read.
    ``record``: the change set's record, kept (in ``<id/change/N/record>``) by a write that is
    finished from its payload when killed half-way (see :func:`kg.store.undo.resume`). ``drafts``: the
    payload's files as :func:`draft_payload` (or a :class:`Draft`) wrote them for these quads, kept here
    instead of written (a kind it lacks is written here). ``by``: the analyst a rollback's plan is sent by, kept so
    that the rollback finished after a crash is still recorded under their name. ``extra``: more quads of the payload's
    graph ``<id/change/N>`` that the write's finishing reads (its quarantine entries, ``kg.store.quarantine.kept``),
    kept before the mark as the rest."""
    clear_payload(store, number, parts=drafts is None)
    mark = mark or (PENDING if pending else COMPLETE)
    c = change_iri(number)
    quads: list[ox.Quad] = []
    folder = payload_folder(store)
    large = bulk.is_bulk(len(added) + len(removed))
    if folder is not None and large:
        for kind, batch in zip(_KINDS, (added, removed)):
            part = drafts[kind] if drafts is not None and kind in drafts else _write_part(folder, number, kind, batch)
            quads.append(ox.Quad(c, PAYLOAD_FILE, ox.Literal(_keep_part(folder, part)), c))
    else:
        quads += _payload_quads(c, added, removed)
    quads += [ox.Quad(c, UNDOES, change_iri(n), c) for n in undoes]
    if by:
        quads.append(ox.Quad(c, BY, ox.Literal(by), c))
    kept = record_graph(number)
    quads += [ox.Quad(q.subject, q.predicate, q.object, kept) for q in record]
    if replaces is not None:
        quads.append(ox.Quad(c, REPLACES, replaces, c))
    quads += extra
    if not large or folder is not None:
        quads.append(ox.Quad(c, mark, TRUE, c))
        store.history_store.extend(quads)
        return
    # A large payload of a store in memory is loaded without a transaction, at a fraction of the
    # cost: the map of its graphs first (so that clear_payload finds whatever part of it a killed
    # process left), then the quads, then the mark, without which it counts as not kept.
    store.history_store.extend(q for q in quads if q.graph_name in (c, kept))
    store.history_store.bulk_extend(q for q in quads if q.graph_name not in (c, kept))
    store.history_store.add(ox.Quad(c, mark, TRUE, c))


def record_graph(number: int) -> ox.NamedNode:
    return ox.NamedNode(str(change_set_iri(number, "record")))


def _part_graph(c: ox.NamedNode, kind: str, slot: int | str) -> ox.NamedNode:
    """The graph of the history dataset that holds change set ``c``'s ``kind`` quads of the data graph in ``slot``."""
    return ox.NamedNode(f"{c.value}/{kind}/{slot}")


def _payload_quads(c: ox.NamedNode, added: list[ox.Quad], removed: list[ox.Quad]) -> list[ox.Quad]:
    """A payload as quads of the history dataset: one graph per kind and data graph (a slot)."""
    slots: dict[object, int] = {}
    quads: list[ox.Quad] = []
    for kind, batch in zip(_KINDS, (added, removed)):
        into: dict[object, ox.NamedNode] = {}  # the payload graph of each data graph, made once
        for q in batch:
            target = into.get(q.graph_name)
            if target is None:
                n = slots.setdefault(q.graph_name, len(slots))
                target = into[q.graph_name] = _part_graph(c, kind, n)
            quads.append(ox.Quad(q.subject, q.predicate, q.object, target))
    for g, n in slots.items():
        quads.append(ox.Quad(ox.NamedNode(f"{c.value}/slot/{n}"), GRAPH_P, graph_term(g), c))
    return quads


def payload_folder(store) -> Path | None:
    """Where the payload files of a folder store are kept (None for other stores)."""
    return store.location / "changes" if store.location is not None else None


def _file_name(number: int, kind: str) -> str:
    return f"{number}.{kind}.nq.gz"


def _write_part(folder: Path, number: int, kind: str, quads: list[ox.Quad], text: bytes | None = None,
                parts: bulk.Parts | None = None) -> Path:
    """Write ``quads`` (with their graphs) as gzipped N-Quads under the part name of their file, on disk
    before it returns; :func:`_keep_part` gives it its name. ``text``: their N-Quads text, where it is
    written already; ``parts``: the same, as a bulk write's files and its quads with blank nodes (then
    ``quads`` is not read)."""
    folder.mkdir(parents=True, exist_ok=True)
    part = folder / (_file_name(number, kind) + ".part")
    with open(part, "wb") as raw:
        with gzip_writer.GzipFile(fileobj=raw, mode="wb", compresslevel=1) as out:
            if text is not None:
                out.write(text)
            elif parts is not None:
                for path in parts.paths:
                    with open(path, "rb") as source:
                        shutil.copyfileobj(source, out, 1 << 20)
                ox.serialize(parts.other, cast(IO[bytes], out), format=ox.RdfFormat.N_QUADS)
            else:
                ox.serialize(quads, cast(IO[bytes], out), format=ox.RdfFormat.N_QUADS)
        raw.flush()
        os.fsync(raw.fileno())
    return part


def _keep_part(folder: Path, part: Path) -> str:
    """Give a file of :func:`_write_part` its name, on disk before it returns (the data write that follows
    relies on it to be undone); returns the name."""
    name = part.name.removesuffix(".part")
    os.replace(part, folder / name)
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)  # (the new name itself)
    finally:
        os.close(fd)
    return name


def _read_file(folder: Path, number: int, kind: str) -> list[ox.Quad]:
    path = folder / _file_name(number, kind)
    try:
        with gzip.open(path, "rb") as f:
            return [q for q in ox.parse(cast(IO[bytes], f), format=ox.RdfFormat.N_QUADS) if isinstance(q, ox.Quad)]
    except (OSError, EOFError, SyntaxError) as exc:
        raise StoreError(f"the quads of change set {number} cannot be read from {path}: {exc}",
                         hint="the change set cannot be undone; the store's data is not affected") from None


def clear_payload(store, number: int, *, parts: bool = True) -> None:
    """Take away whatever a write of change set ``number`` left of its payload (and its part files
    unless ``parts`` is False: those of :func:`draft_payload`, about to be kept)."""
    hist = store.history_store
    c = change_iri(number)
    hist.remove_graph(record_graph(number))
    for q in list(hist.quads_for_pattern(None, GRAPH_P, None, c)):
        n = q.subject.value.rsplit("/", 1)[1]
        for kind in _KINDS:
            hist.remove_graph(_part_graph(c, kind, n))
    hist.remove_graph(c)
    folder = payload_folder(store)
    if folder is not None:  # (after the quads that name them: a file left by a crash here is never read)
        for kind in _KINDS:
            for name in (_file_name(number, kind), *([_file_name(number, kind) + ".part"] if parts else [])):
                with contextlib.suppress(FileNotFoundError):
                    (folder / name).unlink()


def set_mark(store, number: int, old: ox.NamedNode, new: ox.NamedNode) -> None:
    """Change set ``number``'s payload marked ``new`` in place of ``old``, in one transaction: a process killed
    between a removal and an addition would leave a payload with no mark, which is never read (nor undone)."""
    c = change_iri(number)
    store.history_store.update(data_update([ox.Quad(c, new, TRUE, c)], [ox.Quad(c, old, TRUE, c)]))


def kept_object(store, subject: ox.NamedNode, predicate: ox.NamedNode) -> ox.Literal | ox.NamedNode | None:
    """What ``subject`` said by ``predicate`` in the quads some change set added or removed (those kept in files
    aside), or None: a node's words where an undo took out the only copy the data held (a reviewer's name)."""
    return next((q.object for q in store.history_store.quads_for_pattern(subject, predicate, None)
                 if not isinstance(q.object, ox.BlankNode)), None)


def added_by(graph: object) -> int | None:
    """The change set whose added quads graph ``graph`` of the history dataset holds (``<id/change/7/added/0>``: 7),
    else None."""
    parts = graph.value.rsplit("/", 3) if isinstance(graph, ox.NamedNode) else []
    return int(parts[1]) if len(parts) == 4 and parts[2] == "added" and parts[1].isdigit() \
        and graph == _part_graph(change_iri(int(parts[1])), "added", parts[3]) else None


def read_payload(store, number: int) -> Payload | None:
    """The quads of change set ``number``, or None where they were not kept."""
    hist = store.history_store
    c = change_iri(number)
    marks = {q.predicate for q in hist.quads_for_pattern(c, None, TRUE, c)}
    if not marks & {COMPLETE, PENDING, PENDING_WRITE}:
        return None
    folder = payload_folder(store)
    if folder is not None and next(iter(hist.quads_for_pattern(c, PAYLOAD_FILE, None, c)), None) is not None:
        # the names are made from the number again, never taken from the dataset's text
        return Payload(*(_read_file(folder, number, kind) for kind in _KINDS))
    graphs: dict[str, ox.NamedNode | ox.DefaultGraph] = {}
    for q in hist.quads_for_pattern(None, GRAPH_P, None, c):
        graphs[q.subject.value.rsplit("/", 1)[1]] = ox.DefaultGraph() if q.object == DEFAULT_GRAPH else q.object
    out = Payload([], [])
    for n, g in graphs.items():
        for kind, into in (("added", out.added), ("removed", out.removed)):
            for q in hist.quads_for_pattern(None, None, None, _part_graph(c, kind, n)):
                into.append(ox.Quad(q.subject, q.predicate, q.object, g))
    return out
