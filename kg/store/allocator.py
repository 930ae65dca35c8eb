"""jemalloc for the long-running server and for a large load.

With the C library's allocator (glibc), an Oxigraph query that builds large hash joins slows
down once the process holds many small allocations, as an in-memory copy of the store is; with
jemalloc it does not (measured by ``bench/coexist.py``: the figures are in
``bench/RESULTS-notes.md``). pyoxigraph uses the process's malloc, so the allocator is chosen
when the process starts:
``dkg serve`` starts itself again with ``LD_PRELOAD`` naming jemalloc when the library is
installed (Debian: ``libjemalloc2``), unless ``DKG_MALLOC=system``. So does ``dkg load`` of files of at
least :data:`LOAD_MIN_BYTES` (nạp lớn): a large bulk write spends much of its CPU in glibc's freeing and
merging of the engine's small sort keys, and the load's parse, lookups and validation make and free many small
objects too (jemalloc's figures for a load: bench/RESULTS.md, section speed37l).
"""

from __future__ import annotations

import ctypes.util
import os
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path

#: A ``dkg load`` of files adding up to at least this many bytes starts itself again with jemalloc (see the
#: module's docstring). A restart costs the interpreter's start and the command's imports again, which jemalloc
#: wins back only for files of this order of size (the measures: bench/RESULTS.md, section speed37l).
LOAD_MIN_BYTES = 16 << 20


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


def restart_for_load(files: Iterable[str]) -> None:
    """Start this ``dkg load`` again with jemalloc where its files add up to :data:`LOAD_MIN_BYTES` or more (and
    :func:`restart_with_jemalloc` applies); return otherwise, having read nothing. Standard input (``-``) is not
    measured: its size is known only once read, and a restarted process could not read it again."""
    total = 0
    for name in files:
        if name == "-":
            return
        path = Path(name)
        if path.is_file():
            total += path.stat().st_size
    if total >= LOAD_MIN_BYTES:
        restart_with_jemalloc()
