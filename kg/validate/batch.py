"""One way to validate a batch: parse the files, fetch the store's context, run the shapes.

``dkg validate FILE``, ``POST /validate``, every load (``dkg load``, ``dkg ingest``), an update from
outside (``kg.store.guard``) and a review decision's rebuild of its source call :func:`validate_batch`, so that the same data gets the same report wherever it is checked.
The context is what the store already says about the nodes the batch mentions (see
``Store.context_for``); results about those context nodes are left out, since the store's
description of a node a batch only points to is partial on purpose.
"""
from __future__ import annotations

import contextlib
import fcntl
import functools
import os
import pickle
import select
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
    waits for the store's context (:meth:`send_context`: the loading process holds the store's
    lock, so the child cannot read it), validates, and sends the report back. The loading process
    meanwhile works out what the write needs; it keeps nothing in the store until :meth:`report` has
    given the verdict, but for a large plain addition, whose new quads it writes beside the validation
    in a way the verdict or the next open can undo (``kg.store.writes.write_unvalidated``). Whatever goes wrong in the child (it dies, its report cannot be read), the
    batch is validated in the loading process instead: the verdict is the same either way, only
    later.

    The child is a fresh interpreter running :func:`serve_apart`, talking over its stdin and
    stdout: not ``multiprocessing``, whose children run the caller's main module again (a script,
    ``python -m kg``), nor a fork, which would copy the engine's threads and locks of the open store."""

    def __init__(self, names: list[str], data: Mapping[str, bytes] | None, *,
                 entry: str = "kg.validate.batch:serve_apart", view: str | None = None) -> None:
        """``entry``: the child's function (``module:name``), :func:`serve_apart` or one that calls it
        with a follow-up; ``view``: handed to that follow-up (a caller's store, say, that the child
        may open read-only)."""
        root = str(Path(__file__).resolve().parents[2])  # (the folder holding this checkout's ``kg``)
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")])))
        module, _, function = entry.partition(":")
        self._process = subprocess.Popen([sys.executable, "-c", f"from {module} import {function}; {function}()"],
                                         stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                         stderr=subprocess.DEVNULL, env=env)
        self._quads: list[ox.Quad] = []
        self._context: list[ox.Quad] = []
        self._report: Report | None = None
        self._promised = False  # (the child said it sends a follow-up after its report)
        self._viewing: bool | None = None if view is not None else False  # (see :meth:`viewing`)
        self._early: tuple | None = None  # (a message read in place of the view's: the report's)
        self._sender: threading.Thread | None = None
        self._send(pickle.dumps((names, dict(data or {}), view), protocol=pickle.HIGHEST_PROTOCOL))

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

    def send_context(self, quads: list[ox.Quad], context: list[ox.Quad]) -> None:
        """Hand the child the store's context of the batch ``quads`` (the loading process's parse
        of the same files, kept for the fallback)."""
        self._quads, self._context = quads, context
        self._send(ox.serialize(context, format=ox.RdfFormat.N_QUADS) or b"")

    def viewing(self) -> bool:
        """Has the child opened the ``view`` it was given (its first message says so, sent before it
        parses)? Then what the loading process writes from now on is not in the child's view. False
        where no view was given, or the child could not open it or said something else."""
        if self._viewing is None:
            message = self._message()
            self._viewing = message[0] == "view" and message[1] is True
            if message[0] != "view":
                self._early = message
        return self._viewing

    def report(self) -> Report:
        """The verdict: the child's report, or this process's where the child gave none. May be
        called again (the same report).

        The report is read by its length, not to the end of the pipe: the end comes only when the
        child has exited, and a child that held a large batch takes its time to exit, which would be
        on the load's path to its verdict (bench/RESULTS.md, load23)."""
        if self._report is None:
            self.viewing()
            first, self._early = self._early, None
            kind, value, promised = (*(first or self._message()), False)[:3]
            self._promised = kind == "report" and promised is True and isinstance(value, Report)
            if not self._promised:
                self.close()
            self._report = value if kind == "report" and isinstance(value, Report) else validate(
                self._quads, context=self._context, report_context=False)
        return self._report

    def reported(self) -> bool:
        """Is the child's report in (or its output ended), so that :meth:`report` would not wait?"""
        if self._report is not None or self._process.stdout is None:
            return True
        if not self.viewing() and self._early is not None:  # (its first message was the report)
            return True
        return bool(select.select([self._process.stdout], [], [], 0)[0])

    @property
    def promised(self) -> bool:
        """Did the child, with its report, promise a follow-up (:meth:`follow_up`)?"""
        return self._report is not None and self._promised

    def follow_up(self) -> object | None:
        """What the child's follow-up made after its report (see :func:`serve_apart`), once; None where
        it promised none, failed, or is gone. The caller checks what it gets."""
        if not self.promised:
            return None
        self._promised = False
        kind, value = self._message()[:2]
        self.close()
        return value if kind == "done" else None

    def _message(self) -> tuple:
        """The child's next message, or ``("lost", None)`` where it gave none that can be read."""
        assert self._process.stdout is not None
        try:
            message = pickle.loads(_receive(self._process.stdout))
        except (OSError, EOFError, pickle.UnpicklingError, ValueError, TypeError, OverflowError, MemoryError):
            # (MemoryError, OverflowError: a length read from output that was not a report)
            return "lost", None
        return tuple(message) if isinstance(message, tuple) and len(message) >= 2 else ("lost", None)

    def close(self) -> None:
        """Stop the child if it still runs (the load failed before the verdict, or the child is still
        exiting after its report: nothing more can come of it) and wait for it."""
        if self._process.poll() is None:
            self._process.kill()
        if self._sender is not None:
            self._sender.join()
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


#: A child's follow-up (see :func:`serve_apart`): given the loading process's ``view`` at the child's start
#: (before it parses), returns what, given the parsed quads and the context before the report, returns the
#: work to do after it (its result is sent back).
FollowUp = Callable[[str], Callable[[list[ox.Quad], list[ox.Quad]], Callable[[], object]]]

#: How much the child's output pipe may hold (Linux's bound for an unprivileged process): a report larger
#: than the default 64 KiB would hold the child until the loading process reads it, which it may do only
#: after the data's write (``kg.store.writes``), leaving the child idle instead of making its follow-up.
PIPE_BYTES = 1 << 20


def serve_apart(follow: FollowUp | None = None) -> None:
    """The child's side of :class:`Apart`: read the files' names (and bytes), parse them, read the
    context, validate, write ``("report", report, promised)`` (or ``("failed", why)``) and exit at
    once, without freeing its objects one by one (all the loading process waits for is the report).

    ``follow``: where the loading process gave a ``view``, called at once with it, and
    ``("view", opened)`` written first (``opened``: whether it returned; the loading process may
    write the store once it knows, see :meth:`Apart.viewing`); what it returned is called before the
    validation, and if that returns, the report promises a follow-up, and the work it returned runs
    after the report, its result sent as ``("done", result)`` (``("failed", why)`` where it raised):
    the child is idle then, while the loading process writes."""
    source, out = sys.stdin.buffer, sys.stdout.buffer
    with contextlib.suppress(OSError, AttributeError):  # (a larger pipe where the system allows it)
        fcntl.fcntl(out.fileno(), fcntl.F_SETPIPE_SZ, PIPE_BYTES)
    then: Callable[[], object] | None = None
    try:
        names, data, view = (*pickle.loads(_receive(source)), None)[:3]
        opened: Callable[[list[ox.Quad], list[ox.Quad]], Callable[[], object]] | None = None
        if follow is not None and isinstance(view, str):
            with contextlib.suppress(Exception):  # (no follow-up: the loading process does that work itself)
                opened = follow(view)
            out.write(_framed(pickle.dumps(("view", opened is not None), protocol=pickle.HIGHEST_PROTOCOL)))
            out.flush()
        quads = read_batch(names, data)
        context = list(ox.parse(_receive(source), format=ox.RdfFormat.N_QUADS))
        # nothing more comes in: the end of the input now means the loading process is gone (killed),
        # and its verdict with it
        threading.Thread(target=lambda: (source.read(1), os._exit(0)), daemon=True).start()
        if opened is not None:
            with contextlib.suppress(Exception):
                then = opened(quads, context)
        result: tuple[object, ...] = ("report", validate(quads, context=context, report_context=False),
                                      then is not None)
    except EOFError:
        return
    except Exception as exc:  # noqa: BLE001 - any failure here means: validate in the loading process
        result, then = ("failed", repr(exc)), None
    out.write(_framed(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)))
    out.flush()
    if then is not None:
        try:
            done: tuple[str, object] = ("done", then())
        except Exception as exc:  # noqa: BLE001 - the loading process does without it
            done = ("failed", repr(exc))
        out.write(_framed(pickle.dumps(done, protocol=pickle.HIGHEST_PROTOCOL)))
        out.flush()
    os._exit(0)
