"""One way to validate a batch: parse the files, fetch the store's context, run the shapes.

``dkg validate FILE``, ``POST /validate``, every load (``dkg load``, ``dkg ingest``), an update from
outside (``kg.store.guard``) and a review decision's rebuild of its source call :func:`validate_batch`, so that the same data gets the same report wherever it is checked.
The context is what the store already says about the nodes the batch mentions (see
``Store.context_for``); results about those context nodes are left out, since the store's
description of a node a batch only points to is partial on purpose.
"""
from __future__ import annotations

import contextlib
import functools
import gc
import os
import pickle
import signal
import subprocess
import sys
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Protocol

import pyoxigraph as ox
from rdflib import Graph

from kg.rdf.files import parse_file
from kg.rdf.terms import triples_to_graph
from kg.validate.validation import Report, validate


#: The graphs a batch is about to replace (one, several or none): their quads are no context.
Exclude = ox.NamedNode | Iterable[ox.NamedNode] | None

#: How a validating child reads a batch's context itself (see :class:`Apart`): a function of the module
#: level (sent by name), called with the folder and the batch's quads, and that folder.
Beside = tuple[Callable[[str, list[ox.Quad]], list[ox.Quad]], str]


class ContextSource(Protocol):
    """What a batch needs of a store: the quads it already holds about the batch's IRIs."""

    def context_quads(self, batch: Iterable, *, exclude: Exclude = None) -> list[ox.Quad]: ...


@dataclass
class Batch:
    """A validated batch: its quads (graph names kept) and the report; ``graph`` gives the same
    data as an rdflib graph, made only when asked for (at a million triples it costs more than
    the validation itself). ``context``: what the store said about the batch's IRIs (see
    ``Store.context_quads``), when a store was given."""

    quads: list[ox.Quad]
    report: Report
    context: list[ox.Quad] | None = None

    @functools.cached_property
    def graph(self) -> Graph:
        return triples_to_graph(self.quads)


def read_batch(names: Iterable[str | Path], data: Mapping[str, bytes] | None = None) -> list[ox.Quad]:
    """Parse the files ``names`` into one list of quads; ``data`` gives the bytes of names that
    are not files (stdin, an upload). A syntax error names the file and line."""
    quads: list[ox.Quad] = []
    for name in names:
        quads.extend(parse_file(str(name), (data or {}).get(str(name))))
    return quads


def validate_batch(quads: list[ox.Quad], *, store: ContextSource | None = None,
                   exclude: Exclude = None) -> Batch:
    """Validate ``quads`` against the shapes, with ``store``'s context when a store is given.

    ``exclude``: a graph (or several) the batch is about to replace, whose triples are not context."""
    context = store.context_quads(quads, exclude=exclude) if store is not None else None
    return Batch(quads, validate(quads, context=context, report_context=False), context)


#: Files of at least this many bytes are validated in a child process beside the load (see
#: :class:`Apart`); below it the child's start (a fresh interpreter and its imports) costs more than
#: the work it takes off the loading process.
APART_MIN_BYTES = 16 << 20


class Apart:
    """A batch's validation in a child process (kiểm tra song song), beside the loading process's
    own preparation of the write.

    The child parses the same files itself (1M quads are cheaper to parse twice than to send),
    gets the store's context, validates, and sends the report back. The loading process meanwhile
    works out what the write needs and keeps nothing on disk until :meth:`report` has given the
    verdict. ``beside``: a function and the folder of a store, with which the child reads the
    context itself, through the engine's read-only open (ngữ cảnh đọc bên cạnh: the loading process
    holds the store's lock but writes nothing before the verdict), and sends it to the loading
    process, which then neither gathers the batch's IRIs nor looks them up; without it, or where the
    child cannot read it, the loading process makes the context and sends it (:meth:`context`).
    ``around``: what the child's whole work runs in (a module-level function giving a context manager,
    sent by name): the loading process's own rule for a large batch's garbage collection, so that the
    child's parse and validation are not slowed by full collections over the batch's objects.
    Whatever goes wrong in the child (it dies, its report cannot be read), the batch is validated
    in the loading process instead: the verdict is the same either way, only later.

    The child is a fresh interpreter running :func:`serve_apart`, talking over its stdin and
    stdout: not ``multiprocessing``, whose children run the caller's main module again (a script,
    ``python -m kg``), nor a fork of a process whose store is open, which would copy the engine's threads
    and locks. :meth:`forked` is the other start: a fork made after the parse and before any store is
    opened, which inherits the parsed batch instead of parsing it again (``dkg load``,
    :mod:`kg.store.loading`)."""

    def __init__(self, names: list[str], data: Mapping[str, bytes] | None, beside: Beside | None = None,
                 around: Callable[[], contextlib.AbstractContextManager] | None = None, *,
                 child: "Forked | None" = None) -> None:
        self._quads: list[ox.Quad] = []
        self._context: list[ox.Quad] | None = None
        self._report: Report | None = None
        self._sender: threading.Thread | None = None
        self._first: tuple[str, object] = ("none", None)
        self._reader: threading.Thread | None = None
        self._process: subprocess.Popen | Forked
        if child is not None:  # (forked: it holds the batch, and waits for :meth:`begin`)
            self._process = child
            return
        root = str(Path(__file__).resolve().parents[2])  # (the folder holding this checkout's ``kg``)
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")])))
        self._process = subprocess.Popen([sys.executable, "-c", "from kg.validate.batch import serve_apart; "
                                          "serve_apart()"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                         stderr=subprocess.DEVNULL, env=env)
        # (the function goes by its name: the child imports its module to call it)
        self._send(pickle.dumps((names, dict(data or {}), beside, around), protocol=pickle.HIGHEST_PROTOCOL))
        self._read_beside(beside)

    @classmethod
    def forked(cls, quads: list[ox.Quad]) -> "Apart":
        """The validating child forked from this process, which holds the parsed batch ``quads`` (copied by
        the system only where either side writes a page). Only where :func:`may_fork` says so: no other thread
        runs (the child would inherit their locks held, and none of their work), so no store may be open yet.
        The child then waits for :meth:`begin`, sent once the store is open."""
        child = Forked.start(functools.partial(_serve_forked, quads))
        apart = cls([], None, child=child)
        apart._quads = quads
        return apart

    def begin(self, beside: Beside | None) -> None:
        """Tell a child of :meth:`forked` how to read the context, now that the store is open (None: it waits for
        the loading process's, :meth:`context`)."""
        self._send(pickle.dumps(beside, protocol=pickle.HIGHEST_PROTOCOL))
        self._read_beside(beside)

    def _read_beside(self, beside: Beside | None) -> None:
        # the child's context is read off the pipe as soon as it comes, in a thread of its own: the pipe
        # holds 64 KiB, and a child left writing it until this process asks would not validate meanwhile
        if beside is not None:
            self._reader = threading.Thread(target=self._read_first, daemon=True)
            self._reader.start()

    def _read_first(self) -> None:
        self._first = self._message()

    def _send(self, payload: bytes) -> None:
        """Write ``payload`` to the child in a thread of its own, after what was sent before: the
        pipe holds 64 KiB, and the loading process must not wait while the child is still starting
        or parsing."""
        before = self._sender

        def send() -> None:
            if before is not None:
                before.join()
            with contextlib.suppress(OSError):  # (the child is gone: :meth:`report` validates here)
                assert self._process.stdin is not None
                self._process.stdin.write(_framed(payload))
                self._process.stdin.flush()
        self._sender = threading.Thread(target=send, daemon=True)
        self._sender.start()

    @staticmethod
    def wanted(names: Iterable[str], data: Mapping[str, bytes] | None = None) -> bool:
        """Are the files large enough for a child's validation to pay (:data:`APART_MIN_BYTES`)?"""
        total = 0
        for name in names:
            if data is not None and name in data:
                total += len(data[name])
            elif Path(name).is_file():
                total += Path(name).stat().st_size
        return total >= APART_MIN_BYTES

    def context(self, quads: list[ox.Quad], own: Callable[[], list[ox.Quad]]) -> list[ox.Quad]:
        """The store's context of the batch ``quads`` (the loading process's parse of the same files, kept
        for the fallback): the one the child read where it was given ``beside`` and could read it (waited
        for), else ``own()``, made here and handed to the child. The same list if called again."""
        if self._context is None:
            self._quads = quads
            if self._reader is not None:
                self._reader.join()
            kind, value = self._first
            if kind == "context" and isinstance(value, bytes):
                self._context = list(ox.parse(value, format=ox.RdfFormat.N_QUADS))
            else:
                self._context = own()
                if kind in ("none", "no-context"):  # (the child waits for it; a lost child does not)
                    self._send(ox.serialize(self._context, format=ox.RdfFormat.N_QUADS) or b"")
        return self._context

    def _message(self) -> tuple[str, object]:
        """The child's next message, ``(kind, value)``; ``("lost", None)`` where none can be read."""
        assert self._process.stdout is not None
        try:
            kind, value = pickle.loads(_receive(self._process.stdout))
        except (OSError, EOFError, pickle.UnpicklingError, ValueError, TypeError, OverflowError, MemoryError):
            # (MemoryError, OverflowError: a length read from output that was not a message)
            return "lost", None
        return (kind, value) if isinstance(kind, str) else ("lost", None)

    def report(self) -> Report:
        """The verdict: the child's report, or this process's where the child gave none. May be
        called again (the same report).

        The report is read by its length, not to the end of the pipe: the end comes only when the
        child has exited, and a child that held a large batch takes its time to exit, which would be
        on the load's path to its verdict (bench/RESULTS.md, load23)."""
        if self._report is None:
            if self._context is None:
                raise RuntimeError("Apart.report() before Apart.context()")
            kind, value = self._message()
            self.close()
            self._report = value if kind == "report" and isinstance(value, Report) else validate(
                self._quads, context=self._context, report_context=False)
        return self._report

    def close(self) -> None:
        """Stop the child if it still runs (the load failed before the verdict, or the child is still
        exiting after its report: nothing more can come of it) and wait for it."""
        if self._process.poll() is None:
            self._process.kill()
        for thread in (self._sender, self._reader):
            if thread is not None:
                thread.join()
        for pipe in (self._process.stdin, self._process.stdout):
            with contextlib.suppress(OSError):
                if pipe is not None:
                    pipe.close()
        self._process.wait()


def _framed(payload: bytes) -> bytes:
    """``payload`` with its length before it, as :func:`_receive` reads it (both ways between
    :class:`Apart` and its child)."""
    return len(payload).to_bytes(8, "big") + payload


def _receive(source: IO[bytes]) -> bytes:
    """One message of :func:`_framed` from the pipe ``source``; EOFError where the pipe ends first
    (the other side is gone)."""
    size = int.from_bytes(source.read(8), "big")
    data = source.read(size)
    if len(data) != size:
        raise EOFError("the other side of the pipe is gone")
    return data


def serve_apart() -> None:
    """The child's side of :class:`Apart`: read the files' names (and bytes), parse them, get the
    context (read beside the loading process and sent to it, ``("context", text)``, else ``("no-context",
    why)`` and the loading process's read), validate, write ``("report", report)`` (or ``("failed", why)``)
    and exit at once, without freeing its objects one by one (all the loading process waits for is the
    report)."""
    source, out = sys.stdin.buffer, sys.stdout.buffer

    def work() -> tuple[str, object]:
        names, data, beside, around = pickle.loads(_receive(source))
        with around() if around is not None else contextlib.nullcontext():
            return _verdict(read_batch(names, data), beside, source, out)
    _answer(work, out)
    os._exit(0)


def _serve_forked(quads: list[ox.Quad], source: IO[bytes], out: IO[bytes]) -> None:
    """The child's side of :meth:`Apart.forked`: the batch is there already; wait for :meth:`Apart.begin`'s
    word, then as :func:`serve_apart`. Its collections leave alone the objects it inherits (``gc.freeze``), which it
    never frees: walking them would copy the pages of the loading process's heap."""
    gc.freeze()
    _answer(lambda: _verdict(quads, pickle.loads(_receive(source)), source, out), out)


def _answer(work: Callable[[], tuple[str, object]], out: IO[bytes]) -> None:
    """``work()``'s verdict written for the loading process, ``("failed", why)`` where it raised (the loading
    process then validates); nothing where the loading process is gone (the input ended: EOFError)."""
    try:
        result = work()
    except EOFError:
        return
    except Exception as exc:  # noqa: BLE001 - any failure here means: validate in the loading process
        result = ("failed", repr(exc))
    out.write(_framed(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)))
    out.flush()


def _verdict(quads: list[ox.Quad], beside: Beside | None, source: IO[bytes], out: IO[bytes]) -> tuple[str, object]:
    """The child's work once it holds the batch: the context (read beside, else waited for), then the report."""
    context = _context_beside(beside, quads, out) if beside is not None else None
    if context is None:
        context = list(ox.parse(_receive(source), format=ox.RdfFormat.N_QUADS))
    # nothing more comes in: the end of the input now means the loading process is gone (killed),
    # and its verdict with it
    threading.Thread(target=lambda: (source.read(1), os._exit(0)), daemon=True).start()
    return "report", validate(quads, context=context, report_context=False)


def may_fork() -> bool:
    """May a validating child be forked from this process now (:meth:`Apart.forked`)? Where the system forks
    (not Windows; not macOS, whose own libraries are not safe in a forked child, and where Python starts
    processes fresh), and no other thread runs in this process, the engine's included (which
    ``threading`` does not see: Linux lists every thread under ``/proc/self/task``)."""
    if not hasattr(os, "fork") or sys.platform == "darwin" or threading.active_count() > 1:
        return False
    with contextlib.suppress(OSError):
        return len(os.listdir("/proc/self/task")) == 1
    return True


class Forked:
    """A child forked from this process, with a pipe each way, as :class:`Apart` uses a ``subprocess.Popen``
    (``stdin``, ``stdout``, ``poll``, ``kill``, ``wait``)."""

    def __init__(self, pid: int, stdin: IO[bytes], stdout: IO[bytes]) -> None:
        self.pid, self.stdin, self.stdout = pid, stdin, stdout
        self.returncode: int | None = None

    @classmethod
    def start(cls, serve: Callable[[IO[bytes], IO[bytes]], None]) -> "Forked":
        """Fork a child running ``serve(its input, its output)``; it ends with ``os._exit`` whatever happens
        (never returning into the caller's code, nor running its exit handlers)."""
        down_read, down_write = os.pipe()
        up_read, up_write = os.pipe()
        sys.stdout.flush()
        sys.stderr.flush()
        pid = os.fork()
        if pid == 0:  # the child
            try:
                os.close(down_write)
                os.close(up_read)
                serve(os.fdopen(down_read, "rb"), os.fdopen(up_write, "wb"))
            finally:
                os._exit(0)
        os.close(down_read)
        os.close(up_write)
        return cls(pid, os.fdopen(down_write, "wb"), os.fdopen(up_read, "rb"))

    def poll(self) -> int | None:
        if self.returncode is None:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.returncode = os.waitstatus_to_exitcode(status)
        return self.returncode

    def kill(self) -> None:
        with contextlib.suppress(ProcessLookupError):
            os.kill(self.pid, signal.SIGKILL)

    def wait(self) -> int:
        if self.returncode is None:
            self.returncode = os.waitstatus_to_exitcode(os.waitpid(self.pid, 0)[1])
        return self.returncode


def _context_beside(beside: Beside, quads: list[ox.Quad], out: IO[bytes]) -> list[ox.Quad] | None:
    """The child's own read of the context (see :class:`Apart`), sent to the loading process as it is made;
    None (and ``("no-context", why)`` sent) where it cannot be read: the loading process's comes instead. The read
    is made at once after the loading process opened the store, while its engine may still be tidying its files:
    the store's read-only open tries again where it meets a file removed meanwhile (``kg.store.readonly``, the rule
    the command line's readers follow too)."""
    read, location = beside
    context: list[ox.Quad] | None = None
    try:
        context = read(location, quads)
        message: tuple[str, object] = ("context", ox.serialize(context, format=ox.RdfFormat.N_QUADS) or b"")
    except Exception as exc:  # noqa: BLE001 - any failure here means: the loading process reads it
        message = ("no-context", repr(exc))
    out.write(_framed(pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)))
    out.flush()
    return context
