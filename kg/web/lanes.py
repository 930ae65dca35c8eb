"""Who gets the next free query worker: a fast lane for every query's first slice, a slow pool
for the queries that outlast it (the bookkeeping of :class:`kg.web.workers.QueryPool`, kept
apart from the processes so that it can be read, and tested, on its own).

Every worker belongs to a lane, ``"fast"`` or ``"slow"``; the number of each stays fixed (the
pool may move a worker from one lane to the other, and then moves another one back). Two kinds
of waiting queries:

* **fresh** queries have not run yet. The fast lane takes the fresh query of the client with the
  fewest queries in the slow lane (running or waiting), the newest first among equals: a short
  query that comes after any number of long ones is next, not last. A free slow worker with no
  long query to run takes the *oldest* fresh query (for its whole time limit), so no fresh query
  is left behind by newer ones for long, and no worker idles while queries wait;
* **long** queries overran their first slice in the fast lane and were stopped there when
  another query needed the lane; they wait for a slow worker, round-robin across clients, a
  client running at most ``running_cap`` at once.
"""

from __future__ import annotations

import asyncio
from collections import Counter, OrderedDict, deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import count

FAST = "fast"
SLOW = "slow"


@dataclass(eq=False)
class Ticket:
    """One waiting query: its client and the future that receives a worker."""

    client: str
    future: asyncio.Future
    seq: int = 0
    fresh: bool = True


@dataclass
class Lanes:
    """The idle workers of each lane, the waiting queries, and per-client counts."""

    running_cap: int
    idle: dict[str, deque] = field(default_factory=lambda: {FAST: deque(), SLOW: deque()})
    fresh: list[Ticket] = field(default_factory=list)
    waiting: OrderedDict[str, deque[Ticket]] = field(default_factory=OrderedDict)
    running: Counter[str] = field(default_factory=Counter)  # slow workers a client holds
    long: Counter[str] = field(default_factory=Counter)  # a client's queries in the slow lane
    arrivals: Iterator[int] = field(default_factory=count)

    # --- waiting -------------------------------------------------------------------------
    def wait_fresh(self, client: str, loop: asyncio.AbstractEventLoop) -> Ticket:
        ticket = Ticket(client, loop.create_future(), next(self.arrivals))
        self.fresh.append(ticket)
        self.dispatch()
        return ticket

    def wait_long(self, client: str, loop: asyncio.AbstractEventLoop) -> Ticket:
        ticket = Ticket(client, loop.create_future(), next(self.arrivals), fresh=False)
        self.waiting.setdefault(client, deque()).append(ticket)
        self.dispatch()
        return ticket

    def forget(self, ticket: Ticket) -> None:
        """``ticket`` waits no more (answered, timed out or cancelled)."""
        if ticket.fresh:
            if ticket in self.fresh:
                self.fresh.remove(ticket)
            return
        queue = self.waiting.get(ticket.client)
        if queue is not None and ticket in queue:
            queue.remove(ticket)
            if not queue:
                del self.waiting[ticket.client]

    def give_back(self, ticket: Ticket) -> None:
        """``ticket`` was given a worker just as its wait ended: undo and hand the worker on."""
        worker = ticket.future.result()
        if worker.lane == SLOW:
            if ticket.fresh:
                self.leave_slow(ticket.client)
            self.running[ticket.client] -= 1
            if self.running[ticket.client] <= 0:
                del self.running[ticket.client]
        self.release(worker)

    def fresh_waiting(self) -> bool:
        """Whether a fresh query waits (for the fast lane)."""
        return any(not t.future.done() for t in self.fresh)

    def count_waiting(self) -> int:
        return len(self.fresh) + sum(len(queue) for queue in self.waiting.values())

    def tickets(self) -> list[Ticket]:
        return self.fresh + [t for queue in self.waiting.values() for t in queue]

    # --- counts --------------------------------------------------------------------------
    def enter_slow(self, client: str) -> None:
        """A query of ``client`` is now in the slow lane (running or waiting)."""
        self.long[client] += 1

    def leave_slow(self, client: str) -> None:
        self.long[client] -= 1
        if self.long[client] <= 0:
            del self.long[client]

    def stop_running(self, client: str) -> None:
        """``client`` holds one slow worker fewer: one of its waiting queries may now run."""
        self.running[client] -= 1
        if self.running[client] <= 0:
            del self.running[client]
        self.dispatch()

    def may_run_slow(self, client: str) -> bool:
        return self.running[client] < self.running_cap

    # --- workers -------------------------------------------------------------------------
    def release(self, worker) -> None:
        """``worker`` is free: to the next query its lane serves, else idle."""
        self.idle[worker.lane].append(worker)
        self.dispatch()

    def take_idle_slow(self, client: str):
        """An idle slow worker for ``client``'s running query to move to, or None (see
        :meth:`kg.web.workers.QueryPool.run`)."""
        if self.idle[SLOW] and self.may_run_slow(client):
            self.running[client] += 1
            return self.idle[SLOW].popleft()
        return None

    def dispatch(self) -> None:
        """Hand idle workers to waiting queries while both are there."""
        while True:
            given = False
            if self.idle[FAST]:
                ticket = self._next_fresh_for_fast()
                if ticket is not None:
                    ticket.future.set_result(self.idle[FAST].popleft())
                    given = True
            if self.idle[SLOW]:
                ticket = self._next_for_slow()
                if ticket is not None:
                    self.running[ticket.client] += 1
                    if ticket.fresh:
                        self.long[ticket.client] += 1
                    ticket.future.set_result(self.idle[SLOW].popleft())
                    given = True
            if not given:
                return

    def _next_fresh_for_fast(self) -> Ticket | None:
        self.fresh = [t for t in self.fresh if not t.future.done()]
        if not self.fresh:
            return None
        ticket = min(self.fresh, key=lambda t: (self.long[t.client], -t.seq))
        self.fresh.remove(ticket)
        return ticket

    def _next_for_slow(self) -> Ticket | None:
        for client in list(self.waiting):  # long queries first, round-robin across clients
            queue = self.waiting[client]
            while queue and queue[0].future.done():
                queue.popleft()
            if not queue:
                del self.waiting[client]
                continue
            if not self.may_run_slow(client):
                continue
            ticket = queue.popleft()
            if queue:
                self.waiting.move_to_end(client)
            else:
                del self.waiting[client]
            return ticket
        for ticket in self.fresh:  # then the oldest fresh query
            if not ticket.future.done() and self.may_run_slow(ticket.client):
                self.fresh.remove(ticket)
                return ticket
        return None


__all__ = ["FAST", "SLOW", "Lanes", "Ticket"]
