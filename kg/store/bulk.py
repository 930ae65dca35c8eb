"""Large batches: the engine's bulk loader on both cores, and Python's collector held back.

Two helpers for the writes of a large batch (a ``dkg load`` of a million statements, the search
index rebuilt after it, an ingest of many texts):

* :func:`bulk_write` hands the quads to the engine's bulk loader in pieces, each loaded by a worker
  thread while the calling thread prepares the next. pyoxigraph's ``Store.bulk_extend`` keeps the
  interpreter lock for the whole write, and its loader works on one core; ``Store.bulk_load`` of
  N-Quads text releases the lock, so that two pieces are written at once, and the Python that makes
  the quads (the index entries of a rebuild) runs beside them.
* :func:`few_collections` puts off Python's full garbage collections while a batch is worked on.
"""
from __future__ import annotations

import contextlib
import gc
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor

import pyoxigraph as ox

#: Quads per piece handed to a loader thread: a few tens of MB of text each.
PIECE = 250_000
#: Loader threads (and pieces whose text is held at once, besides the one being made).
LOADERS = 2


def bulk_write(dataset, quads: Iterable[ox.Quad], *, piece: int = PIECE) -> None:
    """Write ``quads`` with the engine's bulk loader, ``piece`` quads at a time in worker threads.

    Like ``bulk_extend``, this is not a transaction: a process killed meanwhile leaves part of the
    quads, which the caller's recovery must handle. Every piece has been written when it returns; an
    error of any piece (``OSError`` for a full disk) is raised after the others have finished.

    A quad with a blank node (or a triple term, which may hold one) is not written as text: the
    bulk loader gives the blank nodes it parses new labels, and the change sets keep the quads as
    they were given. Those quads go to ``bulk_extend`` in the calling thread, after the pieces have
    been handed over. A dataset that is not an Oxigraph store gets ``bulk_extend`` (or ``extend``)."""
    if not isinstance(dataset, ox.Store):
        getattr(dataset, "bulk_extend", dataset.extend)(quads)
        return
    labelled: list[ox.Quad] = []
    pending: deque[Future] = deque()
    with ThreadPoolExecutor(LOADERS, thread_name_prefix="bulk-write") as pool:
        for part in _pieces(quads, piece, labelled):
            while len(pending) >= LOADERS:  # (bounds the text held in memory)
                pending.popleft().result()
            text = ox.serialize(part, format=ox.RdfFormat.N_QUADS)
            # lenient: the text was written by the engine from terms it had checked already
            pending.append(pool.submit(dataset.bulk_load, text, format=ox.RdfFormat.N_QUADS, lenient=True))
            del part, text
        if labelled:
            dataset.bulk_extend(labelled)
        while pending:
            pending.popleft().result()


def _pieces(quads: Iterable[ox.Quad], size: int, labelled: list[ox.Quad]) -> Iterator[list[ox.Quad]]:
    """``quads`` in lists of ``size``, those with a blank node or a triple term set aside in ``labelled``."""
    part: list[ox.Quad] = []
    kept = (ox.NamedNode, ox.Literal)
    for q in quads:
        if isinstance(q.subject, ox.NamedNode) and isinstance(q.object, kept) and not isinstance(q.graph_name,
                                                                                                 ox.BlankNode):
            part.append(q)
            if len(part) >= size:
                yield part
                part = []
        else:
            labelled.append(q)
    if part:
        yield part


#: A threshold of the oldest generation that the middle collections of one batch never reach.
NO_FULL_COLLECTION = 1 << 30


@contextlib.contextmanager
def few_collections() -> Iterator[None]:
    """Python's full garbage collections put off while a large batch is worked on; the young ones go on.

    A batch holds millions of objects the collector tracks (pyoxigraph terms and quads, rdflib
    triples, an ingest's facts) until it is written, and each full collection walks them all again
    without freeing any. The young collections still find the short-lived cycles a batch makes, so
    that memory cannot run away; what is older waits for the first full collection after the batch.
    The oldest generation's threshold is given back on the way out, unless another batch (in another
    thread) or someone else has changed it meanwhile."""
    young, middle, old = gc.get_threshold()
    gc.set_threshold(young, middle, NO_FULL_COLLECTION)
    try:
        yield
    finally:
        now = gc.get_threshold()
        if old != NO_FULL_COLLECTION and now[2] == NO_FULL_COLLECTION:
            gc.set_threshold(now[0], now[1], old)
