"""Query workers: processes that run ``/sparql`` queries and are killed when they overrun.

Oxigraph cannot cancel a query, and a thread cannot be stopped, so a query past its time limit
would keep a core busy until it ends on its own. Each ``/sparql`` query therefore runs in a
worker process of its own pool; a worker that overruns the limit is killed (SIGKILL) and a new
one takes its place, so the machine is free again at the limit, whatever was asked before.

Where the workers read the data (:class:`kg.web.worker_process.Source`, made and read in ``kg.web.worker_process``):

* a folder store (mirrored in memory or not): the app makes a checkpoint of it (hard links to
  its immutable files, :func:`kg.web.worker_process.folder_source`) and each worker opens that with
  ``Store.read_only``. Opening the live folder read-only while the app writes to it is
  undefined behaviour in RocksDB (measured: a worker failed to open after an update, its files
  compacted away); a checkpoint is never changed. After every update made through the app a
  new checkpoint is made and the workers are replaced (:meth:`QueryPool.refresh`). The app
  keeps its own read-write handle, so pages and named queries never wait for a worker;
* a store held only in memory (the bundled dataset, tests) is written once to an N-Quads file
  that each worker loads into memory: meant for small datasets only;
* a remote store is not run here at all: the SPARQL server runs the query (see ``kg.web.sparql``).

An upload to ``/validate`` is checked by the same workers (:mod:`kg.web.checking`), scheduled as a query but under
its own bounds; a worker stopped for its time or memory is replaced as one stopped for a query.

Workers are forked from a fork server that has already imported the engine, so a replacement
is ready in a fraction of a second. Where Linux allows unprivileged user namespaces, a worker
moves into a network namespace of its own before it opens anything: it then has no network at
all, a second wall behind :mod:`kg.queries.safety`.

Scheduling (:mod:`kg.web.lanes`): one worker is the *fast lane*, the others (at least one) the
*slow pool*. Every query first runs in the fast lane; most end within its first ``first_slice``
seconds. One that does not is a long query: it runs on in the fast lane while no other query
needs that lane, and moves to the slow pool for the rest of its time limit as soon as one does
(or a slow worker falls idle). If a slow worker is idle, the fast worker joins the slow pool with
its query running (and the idle slow worker is replaced by a new fast one); if none is, the fast
worker is killed (a query cannot leave its process) and the query waits for a slow worker,
where it runs again from the start. Slow workers run at a lower CPU priority (``slow_nice``),
so that the fast lane, a worker starting and the app's own pages get the cores first while long
queries run. The fast lane serves first the clients with the fewest long queries, the newest
query first among equals, so a short query is answered within about a slice (plus a worker's
restart) however many long ones came before it, from however many clients; a slow worker with
no long query to run takes the oldest query still waiting for the fast lane, so none is passed
over for long.

Waiting and fairness (per client address): a query that finds no worker waits rather than
failing; only the time limit of a query that *runs* ends in 503, so ordinary queries are not
refused because runaway ones hold the workers for a while. The waiting is bounded three ways: a
client may have at most ``per_client`` queries in the pool at once (running or waiting; more are
answered 429) and run at most all slow workers but one (when there are two or more); long
queries waiting for the slow pool are served round-robin across clients; and at most
``max_waiting`` queries wait in all, each at most ``queue_wait`` seconds at a time (past either
bound the answer is 503 "busy": the endpoint is overloaded, not the query at fault).
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
from multiprocessing import forkserver
import os
import shutil
import time
from collections import Counter


from kg.web import checking, engine
from kg.web.errors import Busy, QueryTimeout, TooManyRequests
from kg.web.lanes import FAST, SLOW, Lanes
from kg.web.worker_process import Source, lower_priority, worker_main

log = logging.getLogger("kg.web")

#: workers failing to start in a row before the pool gives up (until the next refresh)
MAX_START_FAILURES = 3


class Worker:
    def __init__(self, process, conn, generation: int, lane: str) -> None:
        self.process = process
        self.conn = conn
        self.generation = generation
        self.lane = lane  # FAST or SLOW (kg.web.lanes)
        self.started = 0.0  # when its current query was sent
        self.seconds = 0.0  # how long its current job may run
        self.isolated: bool | None = None

    def kill(self) -> None:
        try:
            self.process.kill()
        except (OSError, ValueError, AttributeError):
            pass
        self.conn.close()


async def _readable(conn, timeout: float | None) -> None:
    """Wait until ``conn`` has data (or its other end closed); TimeoutError after ``timeout``."""
    loop = asyncio.get_running_loop()
    ready = loop.create_future()
    fd = conn.fileno()

    def wake() -> None:
        if not ready.done():
            ready.set_result(None)

    loop.add_reader(fd, wake)
    try:
        await asyncio.wait_for(ready, timeout)
    finally:
        loop.remove_reader(fd)


def start_fork_server() -> None:
    """Start the fork server the workers come from, in safe-path mode. It runs as ``python -c``, which puts
    the working folder first on its ``sys.path``, and Python 3.11's fork server does not take the parent's
    path: ``dkg serve`` started in a folder holding another ``kg`` (a checkout of this repository) ran that
    one's code in its workers. ``PYTHONSAFEPATH`` (Python 3.11) leaves the working folder out; it is set for
    the start only, and a fork server already running is kept."""
    before = os.environ.get("PYTHONSAFEPATH")
    os.environ["PYTHONSAFEPATH"] = "1"
    try:
        forkserver.ensure_running()
    finally:
        if before is None:
            del os.environ["PYTHONSAFEPATH"]
        else:
            os.environ["PYTHONSAFEPATH"] = before


class QueryPool:
    """``size`` worker processes over ``source``: one in the fast lane, the others (at least one)
    in the slow pool; a time limit, a first slice, and per-client limits (see the module)."""

    def __init__(self, make_source, *, size: int = 4, timeout: float = 10.0, per_client: int | None = None,
                 queue_wait: float | None = None, max_waiting: int | None = None,
                 first_slice: float = 0.5, slow_nice: int = 10) -> None:
        self.make_source = make_source  # () -> (Source, a temporary folder to remove or None)
        self.source: Source | None = None
        self.temp_dirs: dict[int, str] = {}  # generation -> its temporary folder
        self.slow_size = max(1, int(size) - 1)
        self.size = self.slow_size + 1
        self.timeout = float(timeout)
        self.first_slice = min(float(first_slice), self.timeout)
        self.slow_nice = max(0, int(slow_nice))
        self.per_client = per_client or 2 * self.size
        # long enough to outwait a few rounds of runaway queries on every worker, short enough
        # that a client (whose own timeout is usually a minute or more) gets an answer
        self.queue_wait = float(queue_wait) if queue_wait is not None else max(60.0, 6 * self.timeout)
        self.max_waiting = max_waiting or 32 * self.size
        self.context = multiprocessing.get_context("forkserver")
        self.context.set_forkserver_preload(["kg.web.workers"])
        start_fork_server()
        self.generation = 0
        self.workers: set[Worker] = set()
        # a client holds at most all slow workers but one (when there are two or more)
        self.lanes = Lanes(running_cap=max(1, self.slow_size - 1))
        self.pending: Counter[str] = Counter()
        self.broken: str | None = None
        self.failures = 0  # workers that failed to start in a row
        self.isolated: bool | None = None
        self.started = False
        # set when the fast lane is needed: a fresh query waits, or a slow worker fell idle
        self.needed = asyncio.Event()

    # --- processes -----------------------------------------------------------------------
    def _spawn(self, lane: str) -> None:
        parent, child = self.context.Pipe()
        nice = self.slow_nice if lane == SLOW else 0
        process = self.context.Process(target=worker_main, args=(child, self.source, nice), daemon=True,
                                       name="dkg-query-worker")
        process.start()
        child.close()
        worker = Worker(process, parent, self.generation, lane)
        self.workers.add(worker)
        asyncio.get_running_loop().create_task(self._await_ready(worker))

    def _spawn_all(self) -> None:
        self._spawn(FAST)
        for _ in range(self.slow_size):
            self._spawn(SLOW)

    async def _await_ready(self, worker: Worker) -> None:
        try:
            await _readable(worker.conn, 120)
            status, detail = worker.conn.recv()
        except (asyncio.TimeoutError, EOFError, OSError):
            status, detail = "failed", "a query worker did not start"
        if status != "ready":
            log.error("%s", detail)
            self.failures += 1
            if self.failures >= MAX_START_FAILURES:  # not a passing hiccup: say so to every request
                self.broken = str(detail)
            self._retire(worker, replace=self.broken is None)
            self._fail_waiters()
            return
        self.failures = 0
        worker.isolated = detail
        self.isolated = detail
        self._release(worker)

    def _retire(self, worker: Worker, *, replace: bool = True) -> None:
        """Kill ``worker``; a new one takes its place in its lane."""
        worker.kill()
        self.workers.discard(worker)
        self._drop_unused_sources()
        loop = asyncio.get_running_loop()
        loop.run_in_executor(None, worker.process.join, 5)  # reap it without blocking the loop
        if replace and self.broken is None:
            self._spawn(worker.lane)

    def _fail_waiters(self) -> None:
        if self.workers:
            return
        for ticket in self.lanes.tickets():
            if not ticket.future.done():
                ticket.future.set_exception(Busy(f"the query workers are unavailable: {self.broken}"))
        self.lanes.fresh.clear()
        self.lanes.waiting.clear()

    def _new_source(self) -> None:
        self.source, temp = self.make_source()
        if temp:
            self.temp_dirs[self.generation] = temp

    def _drop_unused_sources(self) -> None:
        """Remove the snapshots that no worker reads any more."""
        for generation, folder in list(self.temp_dirs.items()):
            if generation != self.generation and not any(w.generation == generation for w in self.workers):
                shutil.rmtree(folder, ignore_errors=True)
                del self.temp_dirs[generation]

    async def start(self) -> None:
        if not self.started:
            self.started = True
            try:
                await asyncio.to_thread(self._new_source)
            except BaseException:
                self.started = False
                raise
            self._spawn_all()

    async def refresh(self) -> None:
        """Replace every worker (after a write): idle ones now, busy ones when they finish."""
        if not self.started:
            return
        source, temp = await asyncio.to_thread(self.make_source)
        self.generation = generation = self.generation + 1
        self.source = source
        if temp:
            self.temp_dirs[generation] = temp
        # busy workers still read the previous source: it is removed when they are gone
        self.broken = None
        self.failures = 0
        for idle in self.lanes.idle.values():
            while idle:
                self._retire(idle.popleft())
        if not self.workers:
            self._spawn_all()

    def close(self) -> None:
        for worker in list(self.workers):
            worker.kill()
        self.workers.clear()
        for idle in self.lanes.idle.values():
            idle.clear()
        for folder in self.temp_dirs.values():
            shutil.rmtree(folder, ignore_errors=True)
        self.temp_dirs.clear()
        self.started = False

    # --- scheduling ----------------------------------------------------------------------
    def _release(self, worker: Worker) -> None:
        """``worker`` is free: to the next query of its lane (:class:`Lanes`), else idle."""
        if worker.generation != self.generation:
            self._retire(worker)
            return
        self.lanes.release(worker)
        if self.lanes.idle[SLOW]:
            self.needed.set()

    async def _acquire(self, client: str, *, fresh: bool) -> Worker:
        """A worker for a fresh query (either lane) or for a long one (the slow pool)."""
        if self.broken is not None and not self.workers:
            raise Busy(f"the query workers are unavailable: {self.broken}")
        loop = asyncio.get_running_loop()
        if fresh:
            idle = any(self.lanes.idle.values())
            waiting = 0 if idle else self.lanes.count_waiting()
            if waiting >= self.max_waiting:
                raise Busy(code="queries-waiting", details={"count": waiting})
            ticket = self.lanes.wait_fresh(client, loop)
            if not ticket.future.done():
                self.needed.set()
        else:  # already admitted when it was fresh: not refused now for a full queue
            ticket = self.lanes.wait_long(client, loop)
        try:
            return await asyncio.wait_for(asyncio.shield(ticket.future), self.queue_wait)
        except BaseException as exc:
            if ticket.future.done() and not ticket.future.cancelled() and ticket.future.exception() is None:
                self.lanes.give_back(ticket)  # given a worker just as the wait ended: hand it on
            elif not ticket.future.done():
                ticket.future.cancel()
            if isinstance(exc, asyncio.TimeoutError):
                raise Busy(code="no-worker-free", details={"seconds": f"{self.queue_wait:g}"}) from None
            raise
        finally:
            self.lanes.forget(ticket)

    async def run(self, client: str, job: engine.Job | checking.Check) -> engine.Outcome:
        """Run ``job`` for ``client``: its first slice in the fast lane, then (if it needs more)
        the rest of its time limit in the slow pool; QueryTimeout (503) when it overruns."""
        await self.start()
        if self.pending[client] >= self.per_client:
            raise TooManyRequests(code="too-many-queries", details={"count": self.pending[client]})
        self.pending[client] += 1
        try:
            worker = await self._acquire(client, fresh=True)
            started = False
            if worker.lane == FAST:
                outcome, slow, started = await self._first_slice(client, worker, job)
                if slow is None:
                    assert outcome is not None  # answered within the slice
                    return outcome
                worker = slow
            # in the slow lane now, counted in Lanes (running and long) until it ends
            try:
                if not started:
                    await self._start_on(worker, job)
                return await self._finish_on(worker)
            finally:
                self.lanes.leave_slow(client)
                self.lanes.stop_running(client)
        finally:
            self.pending[client] -= 1
            if self.pending[client] <= 0:
                del self.pending[client]

    async def _first_slice(self, client: str, worker: Worker,
                           job: engine.Job | checking.Check) -> tuple[engine.Outcome | None, Worker | None, bool]:
        """Run ``job`` on the fast-lane ``worker``. Returns (outcome, None, False) when it
        answered there. Past the first slice the query is a long one: it runs on in the fast
        lane while no other query waits for it, and moves to the slow lane when one does (or
        when a slow worker is idle): (None, ``worker``, True) when a slow worker was idle
        (``worker`` runs on in the slow lane, nothing lost); else the fast worker is killed (the
        query cannot move to another process) and the query waits for a slow worker, to run
        again from the start: (None, that worker, False)."""
        await self._start_on(worker, job)
        if isinstance(job, checking.Check) or await self._answered(worker, self.first_slice):
            # (a check, one at a time and bounded in CPU, stays in the fast lane: at the slow pool's priority a loaded
            # machine starved a normal file for minutes; idle slow workers take the queries meanwhile)
            return await self._finish_on(worker), None, False
        self.lanes.enter_slow(client)
        try:
            while True:
                idle = self.lanes.take_idle_slow(client)
                if idle is not None:
                    # worker becomes the slow one (its priority lowered); the idle slow process
                    # cannot get its priority back, so a new one takes the fast lane
                    worker.lane = SLOW
                    lower_priority(worker.process.pid, self.slow_nice)
                    idle.lane = FAST
                    self._retire(idle)
                    return None, worker, True
                if self.lanes.fresh_waiting():
                    break
                if await self._answered_unless_needed(worker):
                    self.lanes.leave_slow(client)
                    return await self._collect(worker), None, False
            self._retire(worker)  # its replacement joins the fast lane
            slow = await self._acquire(client, fresh=False)
        except BaseException:
            self.lanes.leave_slow(client)
            raise
        return None, slow, False

    async def _answered_unless_needed(self, worker: Worker) -> bool:
        """Wait for ``worker`` (a long query in the fast lane) until it answers (True) or the
        fast lane is needed: a query waits for it or a slow worker fell idle (False).
        QueryTimeout, the worker killed, at the time limit."""
        self.needed.clear()
        remaining = max(0.0, worker.started + worker.seconds - time.monotonic())
        answer = asyncio.ensure_future(_readable(worker.conn, remaining))
        needed = asyncio.ensure_future(self.needed.wait())
        try:
            await asyncio.wait((answer, needed), return_when=asyncio.FIRST_COMPLETED)
        except BaseException:  # cancelled (the client went away): its answer must not reach the next query
            answer.cancel()
            self._retire(worker)
            raise
        finally:
            needed.cancel()
        if not answer.done():  # needed elsewhere
            answer.cancel()
            return False
        error = answer.exception()
        if isinstance(error, asyncio.TimeoutError):
            self._retire(worker)
            raise self._timeout(worker)
        if error is not None:
            raise error
        return True

    async def _start_on(self, worker: Worker, job: engine.Job | checking.Check) -> None:
        worker.started = time.monotonic()
        worker.seconds = getattr(job, "wall", None) or self.timeout
        try:
            worker.conn.send(job)
        except (OSError, ValueError):
            self._retire(worker)
            raise Busy("the query worker stopped before the query could start",
                       hint="try again") from None

    async def _answered(self, worker: Worker, seconds: float) -> bool:
        """Whether ``worker`` answers (or dies) within ``seconds`` from when its query started."""
        try:
            await _readable(worker.conn, max(0.0, worker.started + seconds - time.monotonic()))
        except asyncio.TimeoutError:
            return False
        except BaseException:  # cancelled (the client went away): its answer must not reach the next query
            self._retire(worker)
            raise
        return True

    async def _finish_on(self, worker: Worker) -> engine.Outcome:
        """Wait for ``worker``'s answer until the time limit; kill it past that."""
        if not await self._answered(worker, worker.seconds):
            self._retire(worker)
            raise self._timeout(worker)
        return await self._collect(worker)

    def _timeout(self, worker: Worker) -> QueryTimeout:
        return QueryTimeout(code="query-timeout", details={"seconds": f"{worker.seconds:g}"})

    async def _collect(self, worker: Worker) -> engine.Outcome:
        """The answer of ``worker``, which has one ready; the worker goes back to its lane."""
        try:
            value, failure = await asyncio.to_thread(worker.conn.recv)
        except (EOFError, OSError):
            await asyncio.to_thread(worker.process.join, 2)  # (how it ended: its signal says which bound it hit)
            self._retire(worker)
            raise WorkerStopped("the query worker stopped while running the query", exitcode=worker.process.exitcode,
                                hint="the query may need more memory than the server allows; narrow it") from None
        except BaseException:
            self._retire(worker)
            raise
        log.debug("query ran in a worker for %.3f s", time.monotonic() - worker.started)
        self._release(worker)
        if failure is not None:
            raise failure.error()
        return value


class WorkerStopped(Busy):
    """The worker ended before it answered: past the memory the system gives it, or a check's bounds
    (``exitcode``: the process's, minus the signal that ended it)."""

    def __init__(self, message: str, *, exitcode: int | None, hint: str) -> None:
        super().__init__(message, hint=hint)
        self.exitcode = exitcode


__all__ = ["Busy", "QueryPool", "QueryTimeout", "TooManyRequests", "WorkerStopped"]
