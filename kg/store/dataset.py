"""The backend protocol: what ``kg.store.Store`` asks of the dataset under it.

Three implementations: ``pyoxigraph.Store`` (a folder, or memory), ``kg.store.mirror.MirroredDataset``
(a folder answered from a copy in memory, for ``dkg serve --memory``) and
``kg.store.remote.RemoteDataset`` (a SPARQL 1.1 server). The protocol is the subset of
pyoxigraph's ``Store`` interface that directive-kg uses, so the embedded engine needs no wrapper;
``tests/test_store_dataset.py`` checks that each implementation offers all of it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, Protocol, runtime_checkable

import pyoxigraph as ox

from kg.errors import StoreError


@runtime_checkable
class Dataset(Protocol):
    """A quad store with SPARQL: reads by pattern and query, writes by quads and updates."""

    def query(self, query: str, *, use_default_graph_as_union: bool = ..., default_graph: Any = ...,
              named_graphs: Any = ..., substitutions: Any = ...) -> Any:
        """Solutions, triples or a boolean, as pyoxigraph's ``Store.query`` returns them."""
        ...

    def update(self, update: str, *, base_iri: str | None = ...) -> None: ...

    def quads_for_pattern(self, subject: Any, predicate: Any, object: Any,
                          graph_name: Any = ...) -> Iterator[ox.Quad]: ...

    def named_graphs(self) -> Iterator[Any]: ...

    def contains_named_graph(self, graph: Any) -> bool: ...

    def extend(self, quads: Iterable[ox.Quad]) -> None: ...

    def add(self, quad: ox.Quad) -> None: ...

    def remove(self, quad: ox.Quad) -> None: ...

    def remove_graph(self, graph: Any) -> None: ...

    def clear_graph(self, graph: Any) -> None: ...

    def flush(self) -> None: ...

    def __len__(self) -> int: ...

    def __iter__(self) -> Iterator[ox.Quad]: ...


class ClosedDataset:
    """What a closed ``Store`` holds instead of its dataset: every use says the store is closed
    (rather than an ``AttributeError`` on ``None``)."""

    def __getattr__(self, name: str) -> Any:
        raise StoreError("the store is closed", hint="open it again with Store.open()")

    def __len__(self) -> int:
        raise StoreError("the store is closed", hint="open it again with Store.open()")

    def __iter__(self) -> Iterator[ox.Quad]:
        raise StoreError("the store is closed", hint="open it again with Store.open()")


#: The one closed dataset (compare with ``is``).
CLOSED: Any = ClosedDataset()

__all__ = ["CLOSED", "ClosedDataset", "Dataset"]
