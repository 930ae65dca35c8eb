"""How fast the two processes of an ingest's first phase go (``kg.ingest``): the worker extracting the texts'
parts, and the ingesting process taking in each text (building it, and all else the ingest does with it as it
comes) and extracting a part itself where that shortens the phase. Measured in wall seconds as the ingest goes,
so that a worker slowed by the machine's other jobs is seen as slow."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


class Pace:
    """How long this process takes to extract a part and to take in one text."""

    def __init__(self) -> None:
        self.extracting, self.parts = 0.0, 0
        self.taking, self.texts = 0.0, 0

    def extracted(self, extract: Callable[[list[T]], list[R]], part: list[T]) -> list[R]:
        """``extract(part)``, timed."""
        started = time.perf_counter()
        out = extract(part)
        self.extracting += time.perf_counter() - started
        self.parts += 1
        return out

    def handed(self, results: list[R]) -> Iterator[R]:
        """``results`` given to the caller one by one, the time it takes with each between them measured."""
        for one in results:
            started = time.perf_counter()
            yield one
            self.taking += time.perf_counter() - started
            self.texts += 1

    def part(self) -> float:
        """This process's wall to extract a part (a twentieth of a second before one was measured)."""
        return self.extracting / self.parts if self.parts else 0.05

    def worth_taking(self, worker_parts: int, worker_wall: float, texts_left: int) -> bool:
        """Whether this process should extract one more of the batch's last parts instead of waiting for the
        worker: only while the worker's ``worker_parts`` still to do (each ``worker_wall`` seconds) take longer
        than all this process still has to do, ``texts_left`` texts to take in and the part itself. Taking more
        only moves the end of the phase to this process, building alone while the worker is idle."""
        if not self.texts:
            return True  # (nothing measured yet: the worker has just started)
        return worker_parts * worker_wall > texts_left * self.taking / self.texts + self.part()


class Sent:
    """Parts sent to the workers (``futures``), and when they came back."""

    def __init__(self, futures: list[Future]) -> None:
        self.futures = futures
        self.started = time.perf_counter()
        self.back: list[float] = []
        for future in futures:
            future.add_done_callback(self._came_back)

    def _came_back(self, future: Future) -> None:
        if not future.cancelled():  # (a part taken by the ingesting process is cancelled)
            self.back.append(time.perf_counter())

    def wall(self) -> float:
        """The workers' wall a part: at least the time since the parts were sent over the parts back and the
        next one, and once some are back, the time between them."""
        back = self.back
        wall = (time.perf_counter() - self.started) / (len(back) + 1)
        return max(wall, (back[-1] - back[0]) / (len(back) - 1)) if len(back) > 2 else wall


__all__ = ["Pace", "Sent"]
