"""A folder store with a copy of it held in memory: reads from memory, writes to both.

Oxigraph's on-disk store (RocksDB) pays a few microseconds for every index lookup and for
every IRI or long literal it decodes; its in-memory store pays a fraction of that, so a named
query that reads some ten thousand values runs several times faster from memory
(``bench/RESULTS.md``). A long-running process that answers many queries (``dkg serve
--memory``) can afford to read the store once at start (time and memory per million triples:
``bench/RESULTS.md``) and then answer from memory.

Writes go to the folder first, in the same calls as without a mirror, so the folder stays the
store of record and nothing is lost on a crash; the copy in memory takes the same write once
the folder has it. A SPARQL update whose result is not determined by the data (``NOW()``,
``RAND()``, ``UUID()``, ``BNODE()``, blank nodes in the template) could come out differently
in the two copies, so the copy is read again from the folder after such an update (and after
any write the copy refused). Only this process writes through the mirror: the folder is
locked by it while it is open, as it is for any process that opens a folder store.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import pyoxigraph as ox

from kg.errors import QueryError
from kg.store.updateparse import operations

# what of an update's text is no operation: its literals, its IRIs (none with a bracket, so that "<" as less-than hides
# no call) and its comments, leftmost first (a quote inside a comment or an IRI opens no literal)
_INERT = re.compile(r'''"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^'\\]|\\.|'(?!''))*\'\'\'|"(?:[^"\\\n]|\\.)*"'''
                    r"|'(?:[^'\\\n]|\\.)*'|<[^<>\"{}|^`\\\s()]*>|#[^\n]*")
# what may make an update give different results run twice on equal data, looked for outside them (cheap: a large
# write of a text's quads is never parsed for the quotes it holds)
_MAY_DIFFER = re.compile(r"\b(?:NOW|RAND|UUID|STRUUID|BNODE)\s*\(|_:|\[", re.IGNORECASE)
# the calls that do, as the parsed update names them
_FRESH_CALLS = frozenset(f"Builtin_{f}" for f in ("NOW", "RAND", "UUID", "STRUUID", "BNODE"))


def unrepeatable(update: str) -> bool:
    """Could ``update`` give different results run twice on equal data: does it call ``NOW()``, ``RAND()``, ``UUID()``,
    ``STRUUID()`` or ``BNODE()``, or name a blank node? Decided on its parsed operations (a stored quote that holds
    "[1; 2]" or "NOW(" is no blank node and no call); one that does not parse is taken to (the folder's engine says
    what it does, and the copy is read again)."""
    if not _MAY_DIFFER.search(_INERT.sub(" ", update)):
        return False
    from rdflib import BNode  # noqa: PLC0415  (rdflib is slow to import: only once an update may differ)
    try:
        ops = operations(update)
    except QueryError:
        return True
    seen, todo = set(), list[object](ops)
    while todo:
        node = todo.pop()
        if isinstance(node, BNode) or getattr(node, "name", None) in _FRESH_CALLS:
            return True
        if isinstance(node, dict):
            todo += [*node.keys(), *node.values()]
        elif isinstance(node, (list, tuple, set, frozenset)) and id(node) not in seen:
            seen.add(id(node))
            todo += node
    return False


def copy_to_memory(disk: ox.Store) -> ox.Store:
    """An in-memory dataset holding every quad of ``disk`` (dumped and bulk-loaded: measured at
    1M quads, faster than inserting the quads one by one)."""
    memory = ox.Store()
    data = disk.dump(format=ox.RdfFormat.N_QUADS)
    if data:
        memory.bulk_load(data, format=ox.RdfFormat.N_QUADS)
    return memory


class MirroredDataset:
    """``disk`` (the store of record) and a copy of it in memory, behind the subset of the
    ``pyoxigraph.Store`` interface that directive-kg uses."""

    def __init__(self, disk: ox.Store) -> None:
        self.disk = disk
        self.memory = copy_to_memory(disk)

    def __repr__(self) -> str:
        return f"MirroredDataset({len(self.memory)} quads in memory)"

    def reload(self) -> None:
        """Read the copy in memory again from the folder."""
        self.memory = copy_to_memory(self.disk)

    def _both(self, write_disk, write_memory) -> None:
        write_disk()  # an error here leaves both copies as they were
        try:
            write_memory()
        except BaseException:
            self.reload()
            raise

    # --- reads: from memory -------------------------------------------------------------
    def query(self, query: str, **kwargs):
        return self.memory.query(query, **kwargs)

    def quads_for_pattern(self, subject=None, predicate=None, object=None, graph_name=None) -> Iterator[ox.Quad]:
        return self.memory.quads_for_pattern(subject, predicate, object, graph_name)

    def named_graphs(self) -> Iterator:
        return self.memory.named_graphs()

    def contains_named_graph(self, graph) -> bool:
        return self.memory.contains_named_graph(graph)

    def dump(self, *args, **kwargs):
        return self.memory.dump(*args, **kwargs)

    def __contains__(self, quad: ox.Quad) -> bool:
        return quad in self.memory

    def __len__(self) -> int:
        return len(self.memory)

    def __iter__(self) -> Iterator[ox.Quad]:
        return iter(self.memory)

    # --- writes: to the folder, then to memory ----------------------------------------------
    def update(self, update: str, **kwargs) -> None:
        if unrepeatable(update):
            self.disk.update(update, **kwargs)
            self.reload()
            return
        self._both(lambda: self.disk.update(update, **kwargs), lambda: self.memory.update(update, **kwargs))

    def extend(self, quads: Iterable[ox.Quad]) -> None:
        quads = quads if isinstance(quads, list) else list(quads)
        self._both(lambda: self.disk.extend(quads), lambda: self.memory.extend(quads))

    def bulk_extend(self, quads: Iterable[ox.Quad]) -> None:
        self.extend(quads)

    def add(self, quad: ox.Quad) -> None:
        self._both(lambda: self.disk.add(quad), lambda: self.memory.add(quad))

    def remove(self, quad: ox.Quad) -> None:
        self._both(lambda: self.disk.remove(quad), lambda: self.memory.remove(quad))

    def remove_graph(self, graph) -> None:
        self._both(lambda: self.disk.remove_graph(graph), lambda: self.memory.remove_graph(graph))

    def clear_graph(self, graph) -> None:
        self._both(lambda: self.disk.clear_graph(graph), lambda: self.memory.clear_graph(graph))

    def bulk_load(self, *args, **kwargs) -> None:
        self.disk.bulk_load(*args, **kwargs)
        self.reload()

    def flush(self) -> None:
        self.disk.flush()


def is_embedded(dataset) -> bool:
    """Is ``dataset`` run by Oxigraph in this process (a folder or in-memory store, mirrored or
    not), rather than by a SPARQL server? Only such a dataset has directive-kg's own SPARQL
    functions and answers pattern lookups without a round trip."""
    return isinstance(dataset, (ox.Store, MirroredDataset))
