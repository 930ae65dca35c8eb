"""A query worker's own process (kg.web.workers runs a pool of them): the data it reads, a :class:`Source` the app
makes (a snapshot of a folder store beside it, :func:`folder_source`, or an N-Quads file of a store held in memory,
:func:`memory_source`), its default graph made the merge of the named graphs (:func:`merge_default_graph`), and the
process itself (:func:`worker_main`): a lower priority, no network where Linux allows it (:func:`cut_network`), then
jobs answered one at a time until the app closes the connection (:func:`serve_jobs`)."""

from __future__ import annotations

import ctypes
import gc
import os
import shutil
import sys
import tempfile
from dataclasses import dataclass

import pyoxigraph as ox

from kg.web import checking, engine

#: the folder, inside a folder store, that holds the workers' snapshots
SNAPSHOTS = "worker-snapshots"
CLONE_NEWUSER = 0x10000000
CLONE_NEWNET = 0x40000000


@dataclass(frozen=True)
class Source:
    """Where a worker reads the data: a folder store (opened read-only) or an N-Quads file."""

    folder: str | None = None
    nquads: str | None = None


def merge_default_graph(store: ox.Store) -> None:
    """Fill the (empty) default graph of ``store`` with the RDF merge of its named graphs: each
    triple once, however many graphs hold it. Oxigraph 0.5's union default graph is a multiset
    (a triple in two graphs is matched twice, so COUNT, SUM and plain SELECTs repeat it); the
    workers answer from this merged graph instead."""
    store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")


def open_source(source: Source) -> ox.Store:
    if source.folder is not None:
        return ox.Store.read_only(source.folder)
    store = ox.Store()
    if source.nquads is not None and os.path.getsize(source.nquads):
        store.bulk_load(path=source.nquads, format=ox.RdfFormat.N_QUADS)
    merge_default_graph(store)
    return store


def cut_network() -> bool:
    """Move this process into new user and network namespaces, where it has no network
    interface but a loopback that is down. False where the system does not allow it."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return libc.unshare(CLONE_NEWUSER | CLONE_NEWNET) == 0
    except (OSError, AttributeError):
        return False


def serve_jobs(conn, dataset) -> None:
    """Answer jobs from ``conn`` until the app closes it."""
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        try:
            if isinstance(job, checking.Check):  # an upload to /validate (kg.web.checking)
                reply = engine.contained(checking.run, dataset, job)
            else:
                job.union = False  # the default graph is the merge of the graphs (see merge_default_graph)
                reply = engine.contained(engine.execute, dataset, job)
        except MemoryError:  # past a check's bound: the worker ends, and the pool says which bound
            return
        except RuntimeError as exc:  # an evaluation error raised while iterating
            reply = (None, engine.Failure(400, "query", f"SPARQL query cannot run: {exc}"))
        except OSError as exc:
            reply = (None, engine.Failure(503, "store", f"the store could not be read: {exc}",
                                          "try again; the store may be changing"))
        conn.send(reply)


def lower_priority(pid: int, steps: int) -> None:
    """Raise the nice value of process ``pid`` by ``steps`` over this process's own (a process
    may always lower its children's priority, never raise it back without privileges)."""
    if steps <= 0 or not hasattr(os, "setpriority"):
        return
    try:
        os.setpriority(os.PRIO_PROCESS, pid, min(19, os.getpriority(os.PRIO_PROCESS, 0) + steps))
    except OSError:  # gone already, or not allowed here: the lanes still work, only less well
        pass


def worker_main(conn, source: Source, nice: int = 0) -> None:
    """A worker process: lower its priority (``nice``), cut the network, open the data, then
    answer jobs."""
    lower_priority(os.getpid(), nice)
    isolated = cut_network()
    try:
        dataset = open_source(source)
    except (OSError, RuntimeError) as exc:
        conn.send(("failed", f"cannot open the store for the query workers: {exc}"))
        return
    conn.send(("ready", isolated))
    serve_jobs(conn, dataset)


def folder_source(location, dataset) -> tuple[Source, str]:
    """A snapshot of the folder store for the workers: a RocksDB checkpoint (``Store.backup``)
    in a new folder beside the store, made of hard links to the store's immutable files, so it
    is cheap, consistent, and never changed or deleted under the workers by the app's own
    writes and compactions (which a read-only handle on the live folder would not survive).
    Returns the source and the folder (to remove when the pool closes)."""
    disk = getattr(dataset, "disk", dataset)  # a mirrored store's folder side
    parent = os.path.join(str(location), SNAPSHOTS)
    os.makedirs(parent, exist_ok=True)
    folder = tempfile.mkdtemp(prefix="snapshot-", dir=parent)
    target = os.path.join(folder, "main")
    try:
        disk.backup(target)
        snapshot = ox.Store(target)  # independent of the store: written once here, then only read
        merge_default_graph(snapshot)
        snapshot.flush()
        del snapshot
    except BaseException:  # (a full disk: the half-made snapshot would only take more of it)
        gc.collect()
        shutil.rmtree(folder, ignore_errors=True)
        raise
    gc.collect()  # release its lock before the workers open it
    return Source(folder=target), folder


def remove_stale_snapshots(location) -> None:
    """Snapshots left by a process that did not close its pool (killed): nobody reads them."""
    shutil.rmtree(os.path.join(str(location), SNAPSHOTS), ignore_errors=True)


def memory_source(dataset) -> tuple[Source, str]:
    """An N-Quads file holding ``dataset`` (a store kept only in memory), in a new temporary
    folder: the source and the folder (to remove when the pool closes)."""
    folder = tempfile.mkdtemp(prefix="dkg-workers-")
    path = os.path.join(folder, "data.nq")
    with open(path, "wb") as out:
        dataset.dump(out, format=ox.RdfFormat.N_QUADS)
    return Source(nquads=path), folder


__all__ = ["SNAPSHOTS", "Source", "cut_network", "folder_source", "lower_priority", "memory_source", "merge_default_graph",
           "open_source", "remove_stale_snapshots", "serve_jobs", "worker_main"]
