"""A ``/validate`` upload checked in a query worker (kiểm tra dữ liệu tải lên trong tiến trình phụ).

Any reader may send ``/validate`` an upload, and what it costs depends on what it holds, not on its size: bare
documents break many shapes each, and dates on two linked documents make one shape's join quadratic (the figures are
in bench/RESULTS.md). So the server's own process never parses it: the
upload goes, as bytes, to a worker of the ``/sparql`` pool (:mod:`kg.web.workers`), which parses it, reads the
store's context from its own snapshot, runs the shapes and sends back the report, serialised. The worker bounds
itself for the check: its CPU time at ``DKG_MAX_VALIDATE_SECONDS`` more (``RLIMIT_CPU``: the system ends it there; CPU
and not the clock, so that a loaded machine, where the pool's long jobs run at a lower priority, does not refuse a
normal file) and its address space at ``DKG_MAX_VALIDATE_MEMORY_BYTES`` over what it held before (``RLIMIT_AS``: the
engine's allocations stop there, and the worker ends, or raises ``MemoryError`` and ends); the pool stops a check
that the clock says has run ten times its CPU bound. A worker stopped either way is replaced by a fresh one; one that
answered gives the memory its check freed back to the system (``malloc_trim``) before it takes the next job.

While the check runs, the worker's error output goes nowhere: an engine that cannot allocate past the bound aborts the
process after writing its own words there ("memory allocation of N bytes failed", and a Rust backtrace of some forty
frames where ``RUST_BACKTRACE`` is set), which filled the server's log; the app says what happened in one line instead
(``kg.web.validate``).
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import json
import os
import resource
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import pyoxigraph as ox

from kg.store import Store
from kg.validate import read_batch, validate_batch
from kg.validate.batch import Exclude
from kg.web.engine import Outcome


@dataclass
class Check:
    """One upload to check: its name (which gives its format), its bytes, the answer wanted (the report's Turtle,
    else its JSON), and the worker's bounds for it (seconds of CPU, bytes of memory)."""

    name: str
    data: bytes
    turtle: bool
    seconds: int
    memory: int

    @property
    def wall(self) -> float:
        """The pool's own bound on the check, in seconds of the clock: the worker's CPU bound (``seconds``) is the
        check's cost, and this stops, later, one that the machine's load starves of it."""
        return 10.0 * self.seconds


class SnapshotContext:
    """The store's context of a batch read from a worker's dataset, whose default graph holds the merge of the named
    graphs (``kg.web.worker_process.merge_default_graph``): that copy, and the derived graphs it holds, are no context."""

    def __init__(self, dataset) -> None:
        self.store = Store(dataset, read_only=True)

    def context_quads(self, batch: Iterable, *, exclude: Exclude = None) -> list[ox.Quad]:
        return [q for q in self.store.context_quads(batch, exclude=exclude)
                if not isinstance(q.graph_name, ox.DefaultGraph)]


def _address_space() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")


def _bound(which: int, most: int) -> tuple[int, int]:
    """Lower the soft limit ``which`` to ``most`` (the hard one, which could not be raised back, is left); the
    limits before, to put back."""
    before = resource.getrlimit(which)
    hard = before[1]
    resource.setrlimit(which, (most if hard == resource.RLIM_INFINITY else min(most, hard), hard))
    return before


def _bounded(job: Check) -> dict[int, tuple[int, int]]:
    """Bound this process for ``job``: its address space at what it holds now plus ``job.memory`` bytes, its CPU
    time at what it used so far plus ``job.seconds`` (past it the system ends it, ``SIGXCPU``). The limits before."""
    used = resource.getrusage(resource.RUSAGE_SELF)
    before = {resource.RLIMIT_CPU: _bound(resource.RLIMIT_CPU, int(used.ru_utime + used.ru_stime) + 1 + job.seconds)}
    try:
        before[resource.RLIMIT_AS] = _bound(resource.RLIMIT_AS, _address_space() + job.memory)
    except (OSError, ValueError):  # (a system that does not say what the process holds: the time bound stays)
        pass
    return before


def run(dataset, job: Check) -> Outcome:
    """Parse, check against the shapes with the context of ``dataset``, and serialise the report."""
    with _silenced():  # (opened before the bounds: nothing of it is allocated under them)
        before = _bounded(job)
        try:
            answer = _answer(dataset, job)
        finally:
            for which, limits in before.items():
                resource.setrlimit(which, limits)
    _give_back()  # (once the check's own objects are gone)
    return answer


@contextlib.contextmanager
def _silenced() -> Iterator[None]:
    """This process's error output (file descriptor 2, which the engine writes to itself) sent nowhere for the
    ``with`` block, then given back."""
    sys.stderr.flush()
    kept = os.dup(2)
    nowhere = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(nowhere, 2)
        yield
    finally:
        sys.stderr.flush()
        os.dup2(kept, 2)
        os.close(kept)
        os.close(nowhere)


def _answer(dataset, job: Check) -> Outcome:
    report = validate_batch(read_batch([job.name], {job.name: job.data}), store=SnapshotContext(dataset)).report
    if job.turtle:
        return Outcome(report.to_graph().serialize(format="turtle").encode("utf-8"), "text/turtle")
    return Outcome(json.dumps(report.to_json(), ensure_ascii=False).encode("utf-8"), "application/json")


def _give_back() -> None:
    """Return the memory a check freed to the system: the allocator keeps it otherwise, and the worker would hold a
    large check's high-water mark while it answers queries."""
    gc.collect()
    try:
        ctypes.CDLL(None).malloc_trim(0)
    except (OSError, AttributeError):  # (not glibc)
        pass


__all__ = ["Check", "SnapshotContext", "run"]
