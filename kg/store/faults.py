"""Fault injection (chèn lỗi) for the crash tests and the fault suite (``bench/faults.py``): the named phases of a
write, where a test may kill the process, pause it, or note that it got there.

``DKG_FAULT_AT=PHASE`` exits at once at that phase, without cleanup, as ``kill -9`` would;
``DKG_FAULT_PAUSE=PHASE:SECONDS`` waits there instead, holding the store (for tests of a second writer that must
not depend on timing); ``DKG_FAULT_TRACE=FILE`` appends each phase reached to FILE, a line each with the
system's monotonic clock (``time.monotonic``, the same in every process), so that the suite can aim its kills at
random moments inside a write and say which phase each one cut (whether a kill falls inside the write or before or
after it depends on the machine's speed, and a trial must say so rather than pass by luck). Unset, each costs one
look at the environment.
"""
from __future__ import annotations

import os
import time


def fault_point(phase: str) -> None:
    """The process reached ``phase``: kill, pause or trace here as the environment asks (see the module)."""
    trace = os.environ.get("DKG_FAULT_TRACE")
    if trace:
        fd = os.open(trace, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            os.write(fd, f"{phase} {time.monotonic():.3f}\n".encode())
        finally:
            os.close(fd)
    if os.environ.get("DKG_FAULT_AT") == phase:
        os._exit(137)
    paused, _, seconds = os.environ.get("DKG_FAULT_PAUSE", "").partition(":")
    if paused == phase:
        time.sleep(float(seconds or 5))


__all__ = ["fault_point"]
