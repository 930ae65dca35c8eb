"""A large ``dkg load`` parsed before its store is opened (nạp trước khi mở kho), so that its validating child
is forked with the parsed batch instead of parsing the files again.

A large batch is validated in a child process beside the loading process's own preparation of the write
(:class:`kg.validate.batch.Apart`). Started as a fresh interpreter, the child parses the files a second time
and holds a second copy of the batch. Forked after this process's parse, it inherits the batch (the system
copies a page only where one side writes it) and starts at once on the context and the shapes. A fork is safe
only while this process runs no other thread: the engine starts its own as soon as a store is opened, so the
parse and the fork come first and the store is opened after them (:func:`parsed_ahead`), and the child reads
the store's context once it is told the store is open (:func:`load_ahead`). Where no fork may be made (see
``kg.validate.batch.may_fork``), the load goes as :meth:`kg.store.store.Store.load_files` does it.

Every rule of the load is the same either way: the verdict before anything is kept, the same fallback where
the child gives none, the same write.
"""
from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

import pyoxigraph as ox

from kg.store import bulk
from kg.store.store import LoadResult, Store, context_beside
from kg.validate.batch import Apart, may_fork, read_batch


@dataclass
class Ahead:
    """A batch parsed before its store was opened: the files' names, their quads, and the child forked with
    them."""

    names: list[str]
    quads: list[ox.Quad]
    apart: Apart


@contextlib.contextmanager
def parsed_ahead(names: list[str], data: Mapping[str, bytes] | None = None) -> Iterator[Ahead | None]:
    """The files parsed and their validating child forked, where they are large enough to be validated apart
    (``Apart.wanted``) and this process may fork, before the parse and at the fork; else None (the store's own
    ``load_files`` parses them).
    Opened before the store is; the child is stopped on the way out, whatever became of the load. The batch
    is held under the store's rule for collections (``bulk.few_collections``) until then."""
    if not (Apart.wanted(names, data) and may_fork()):
        yield None
        return
    with bulk.few_collections():
        quads = read_batch(names, data)
        if not may_fork():  # (looked at again at the fork itself: a thread started meanwhile would be copied mid-work)
            del quads  # (the store's load_files parses the files again, its child spawned: not with two copies held)
            yield None
            return
        apart = Apart.forked(quads)
        try:
            yield Ahead(list(names), quads, apart)
        finally:
            apart.close()


def load_ahead(store: Store, ahead: Ahead | None, names: list[str], data: Mapping[str, bytes] | None = None, *,
               force: bool = False) -> LoadResult:
    """``store.load_files`` of the files ``names`` (``data``: the bytes of those that are not files), from the batch
    parsed ahead where there is one (:func:`parsed_ahead`), ``store`` having been opened after the fork: its child
    reads the context beside a folder store (as a spawned one does), and is given this process's otherwise."""
    if ahead is None:
        return store.load_files(names, force=force, data=data)
    beside = (context_beside, str(store.location)) if store.location is not None and not store.read_only else None
    if store.url is not None:  # (a store on a server: no child reads it, as load_files starts none)
        ahead.apart.close()
        return store.add_quads(ahead.quads, files=ahead.names, force=force)
    ahead.apart.begin(beside)
    return store.add_quads(ahead.quads, files=ahead.names, force=force, apart=ahead.apart)
