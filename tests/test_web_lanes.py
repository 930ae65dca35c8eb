"""Who gets the next free worker (kg.web.lanes): no processes, only the bookkeeping."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

import pytest

from kg.web.lanes import FAST, SLOW, Lanes


@dataclass(eq=False)
class FakeWorker:
    lane: str


@pytest.fixture
def loop():
    loop = asyncio.new_event_loop()
    yield loop
    loop.close()


def given(ticket):
    return ticket.future.result() if ticket.future.done() else None


def test_a_short_query_after_many_long_ones_gets_the_fast_lane_next(loop):
    """Runaways from many clients wait for the fast lane; a query that comes after all of them
    is the next one served, whoever sent the others."""
    lanes = Lanes(running_cap=1)
    runaways = [lanes.wait_fresh(f"runaway-{i}", loop) for i in range(20)]
    ask = lanes.wait_fresh("reader", loop)
    fast = FakeWorker(FAST)
    lanes.release(fast)
    assert given(ask) is fast
    assert not any(t.future.done() for t in runaways)


def test_clients_with_long_queries_come_after_the_others(loop):
    """A client whose query is in the slow lane waits behind clients that have none there,
    even when its query is the newest."""
    lanes = Lanes(running_cap=1)
    lanes.enter_slow("heavy")
    quiet = lanes.wait_fresh("quiet", loop)
    heavy = lanes.wait_fresh("heavy", loop)
    lanes.release(FakeWorker(FAST))
    assert quiet.future.done() and not heavy.future.done()
    lanes.leave_slow("heavy")
    lanes.release(FakeWorker(FAST))
    assert heavy.future.done()


def test_a_free_slow_worker_takes_long_queries_round_robin_then_the_oldest_fresh_one(loop):
    lanes = Lanes(running_cap=2)
    a1, a2 = lanes.wait_long("a", loop), lanes.wait_long("a", loop)
    b1 = lanes.wait_long("b", loop)
    old = lanes.wait_fresh("c", loop)
    new = lanes.wait_fresh("d", loop)
    workers = [FakeWorker(SLOW) for _ in range(4)]
    for w in workers:
        lanes.release(w)
    order = [t for t in (a1, b1, a2, old, new) if t.future.done()]
    assert order == [a1, b1, a2, old]  # a, b, a again, then the oldest fresh query
    assert [given(t) for t in (a1, b1, a2, old)] == workers
    assert not new.future.done()
    # the slow lane counts what each client runs there; a fresh query taken there is long now
    assert lanes.running == {"a": 2, "b": 1, "c": 1}
    assert lanes.long["c"] == 1


def test_a_client_never_runs_more_slow_queries_than_its_cap(loop):
    lanes = Lanes(running_cap=1)
    first, second = lanes.wait_long("a", loop), lanes.wait_long("a", loop)
    lanes.release(FakeWorker(SLOW))
    idle = FakeWorker(SLOW)
    lanes.release(idle)
    assert first.future.done() and not second.future.done()
    assert list(lanes.idle[SLOW]) == [idle]  # kept idle rather than given past the cap
    assert lanes.take_idle_slow("a") is None
    lanes.stop_running("a")  # its first query ended: the second one runs
    assert given(second) is idle


def test_a_query_that_stopped_waiting_is_passed_over_and_forgotten(loop):
    lanes = Lanes(running_cap=1)
    gone = lanes.wait_fresh("a", loop)
    gone.future.cancel()
    lanes.forget(gone)
    waiting = lanes.wait_fresh("b", loop)
    lanes.release(FakeWorker(FAST))
    assert waiting.future.done()
    assert lanes.count_waiting() == 0


def test_a_worker_given_as_the_wait_ended_is_handed_on_and_the_counts_undone(loop):
    lanes = Lanes(running_cap=1)
    late = lanes.wait_fresh("a", loop)
    worker = FakeWorker(SLOW)
    lanes.release(worker)
    assert given(late) is worker and lanes.running["a"] == 1 and lanes.long["a"] == 1
    other = lanes.wait_fresh("b", loop)
    lanes.forget(late)
    lanes.give_back(late)
    assert given(other) is worker
    assert "a" not in lanes.running and "a" not in lanes.long
