"""How many cores a benchmarked command asks for, phase by phase, read from the system while it runs (Linux).

A shared machine's wall says what the scheduler gave a run, not what the run would take on free cores. What a
run asks for is steadier: at each moment, how many of its threads are running or waiting for a core (state
``R`` in ``/proc/PID/task/TID/stat``). :class:`Sampler` counts them every ``every`` seconds for every process
below this one (the command and what it forks), with their CPU so far; :func:`window` sums a slice of the
samples: the mean number of such threads, the CPU the tree used, and what that CPU would take on ``cores``
free cores if the threads' demand held (CPU over the smaller of the cores and the mean demand, at least one).
The demand is read from the threads' states, so other jobs of the machine slow a window without changing it
much; it counts a thread waiting for a core the same as one that runs. Elsewhere than Linux nothing is sampled.
"""
from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass


@dataclass
class Window:
    """A slice of a run: the mean of its threads asking for a core, its CPU (s), and its wall on free cores."""

    demand: float
    cpu: float
    free_wall: float


class Sampler:
    """Samples, in a thread of this process, ``(time.time(), threads asking for a core, CPU s so far)`` of
    every process below this one, until :meth:`stop`."""

    def __init__(self, every: float = 0.01) -> None:
        self.every = every
        self.samples: list[tuple[float, int, float]] = []
        self._done = threading.Event()
        self._tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
        self._thread = threading.Thread(target=self._run, name="cores-sampler", daemon=True)
        self._gone: dict[int, float] = {}  # the last CPU seen of each process, kept once it exits

    def __enter__(self) -> "Sampler":
        if os.path.isdir("/proc/self/task"):
            self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def stop(self) -> None:
        self._done.set()
        if self._thread.is_alive():
            self._thread.join()

    def _below(self) -> list[int]:
        """The processes below this one (children, their children ...), from each process's parent."""
        parent_of: dict[int, int] = {}
        for name in os.listdir("/proc"):
            if name.isdigit():
                try:
                    with open(f"/proc/{name}/stat", encoding="ascii", errors="replace") as f:
                        parent_of[int(name)] = int(f.read().rsplit(")", 1)[1].split()[1])
                except (OSError, ValueError, IndexError):
                    continue
        found, todo = [], [os.getpid()]
        while todo:
            pid = todo.pop()
            kids = [p for p, pp in parent_of.items() if pp == pid]
            found += kids
            todo += kids
        return found

    def _run(self) -> None:
        pids: list[int] = []
        listed = 0.0
        while not self._done.is_set():
            now = time.time()
            if now - listed > 0.2:  # (a new process is seen within a fifth of a second)
                pids, listed = self._below(), now
            asking = 0
            for pid in pids:
                try:
                    with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as f:
                        fields = f.read().rsplit(")", 1)[1].split()
                    self._gone[pid] = (int(fields[11]) + int(fields[12])) / self._tick
                    for tid in os.listdir(f"/proc/{pid}/task"):
                        with open(f"/proc/{pid}/task/{tid}/stat", encoding="ascii", errors="replace") as f:
                            asking += f.read().rsplit(")", 1)[1].split()[0] == "R"
                except (OSError, ValueError, IndexError):
                    continue
            self.samples.append((now, asking, sum(self._gone.values())))
            time.sleep(self.every)


def window(samples: list[tuple[float, int, float]], start: float, end: float, cores: int = 2) -> Window | None:
    """The samples from ``start`` to ``end`` (``time.time()``) summed; None where none fell in it."""
    inside = [s for s in samples if start <= s[0] <= end]
    if not inside:
        return None
    before = [s for s in samples if s[0] < start]
    cpu = inside[-1][2] - (before[-1][2] if before else 0.0)
    demand = sum(s[1] for s in inside) / len(inside)
    return Window(demand, cpu, cpu / min(cores, max(1.0, demand)))
