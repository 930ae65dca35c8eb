"""The reference data a store carries in ``graph/reference`` (ontology, vocabularies, administrative
units), and the stamp that says which installed files it was made from (:func:`reference_version`)."""
from __future__ import annotations

import functools
import hashlib
from pathlib import Path

import pyoxigraph as ox

from kg import resources
from kg.rdf.files import parse_file
from kg.rdf.graphs import REFERENCE
from kg.rdf.vocab import DKG
from kg.store import textindex, writes

__all__ = ["ensure", "held_version", "reference_quads", "reference_version"]


def reference_version() -> str:
    """A digest of the installed ontology files' names and contents: the stamp that says whether a
    store's ``graph/reference`` is current, and the key of the parse cache. Contents, not times: two
    installations of the same files agree (a reader of a shared server, a store moved between
    checkouts), and the files are read again only when their size or time changed."""
    return _files_digest(tuple((path, path.stat().st_size, path.stat().st_mtime_ns)
                               for path in resources.ontology_files()))


@functools.lru_cache(maxsize=4)
def _files_digest(files: tuple[tuple[Path, int, int], ...]) -> str:
    digest = hashlib.sha1()
    for path, _, _ in files:
        digest.update(path.name.encode() + b"\0" + hashlib.sha1(path.read_bytes()).digest())
    return digest.hexdigest()


@functools.lru_cache(maxsize=1)
def reference_quads(version: str) -> tuple[ox.Quad, ...]:
    """The quads of ``graph/reference`` for the ontology files as ``version`` (from
    :func:`reference_version`) describes them, stamp included.

    Parsed once per process and version: every new store (and every in-memory one) needs them,
    and a changed file changes the version, so the next call parses again."""
    quads: list[ox.Quad] = []
    for path in resources.ontology_files():
        quads.extend(ox.Quad(q.subject, q.predicate, q.object, REFERENCE) for q in parse_file(path))
    quads.append(ox.Quad(REFERENCE, ox.NamedNode(str(DKG.text)), ox.Literal(version), REFERENCE))
    return tuple(quads)


def held_version(dataset) -> str | None:
    """The version (:func:`reference_version` of the files it was made from) of the ``graph/reference`` that
    ``dataset`` holds; None where it holds none, or one whose write was cut off before its stamp."""
    stamp = next(iter(dataset.quads_for_pattern(REFERENCE, ox.NamedNode(str(DKG.text)), None, REFERENCE)), None)
    return None if stamp is None else stamp.object.value


def ensure(dataset) -> bool:
    """Load the ontology, vocabularies and admin units into ``graph/reference`` where they are missing or other than the
    installed ones (the search index is rebuilt after them: the units' names may have changed). Whether an earlier
    version's were replaced (an upgrade; not a new store's first)."""
    version = reference_version()
    held = held_version(dataset)
    if held == version:
        return False
    dataset.update(f"DROP SILENT GRAPH {REFERENCE}")
    quads = reference_quads(version)
    # the data without a transaction (half the CPU of one, on the path of every new store), the stamp (the
    # last quad) after it in one: an interrupted write leaves no stamp, so the next open writes it all again
    getattr(dataset, "bulk_extend", dataset.extend)(quads[:-1])
    dataset.extend(quads[-1:])
    writes.fault_point("reference-written")
    textindex.rebuild(dataset)
    return held is not None
