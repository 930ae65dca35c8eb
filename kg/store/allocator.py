"""jemalloc for the long-running server.

Measured (bench/coexist.py, bench/RESULTS-notes.md): with the C library's allocator (glibc), an
Oxigraph query that builds large hash joins slows down once the process holds many small
allocations, as an in-memory copy of the store is: at 1M triples the search for a common word
takes 30-37 ms from a folder store alone and 64-74 ms while a 1M-quad memory store shares the
process, and 71 ms from that memory store itself. With jemalloc the same figures are 30, 30 and
27 ms; at 10M, served from memory, that search takes 0.66 s instead of 2.41 s. pyoxigraph uses the process's malloc, so the allocator is chosen when the process starts:
``dkg serve`` starts itself again with ``LD_PRELOAD`` naming jemalloc when the library is
installed (Debian: ``libjemalloc2``), unless ``DKG_MALLOC=system``.
"""

from __future__ import annotations

import ctypes.util
import os
import sys
from collections.abc import Mapping


def jemalloc_environment(env: Mapping[str, str], library: str | None) -> dict[str, str] | None:
    """The environment to start this process again with jemalloc, or None when it already runs
    with it, when ``DKG_MALLOC=system`` asks for the system's allocator, or when ``library`` (the
    jemalloc shared library found, or None) is missing."""
    if env.get("DKG_MALLOC", "jemalloc") == "system" or library is None:
        return None
    preload = env.get("LD_PRELOAD", "")
    if "jemalloc" in preload:
        return None
    out = dict(env)
    out["LD_PRELOAD"] = f"{library} {preload}".strip()
    out["DKG_MALLOC"] = "jemalloc"
    return out


def restart_with_jemalloc() -> None:
    """Replace this process by the same command run with jemalloc, if that applies (see
    :func:`jemalloc_environment`); return otherwise. Call it before anything is started."""
    if not sys.platform.startswith("linux"):
        return
    env = jemalloc_environment(os.environ, ctypes.util.find_library("jemalloc"))
    if env is None:
        return
    argv = list(getattr(sys, "orig_argv", None) or [sys.executable, *sys.argv])
    sys.stdout.flush()
    sys.stderr.flush()
    os.execve(sys.executable, argv, env)
