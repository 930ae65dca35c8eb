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
objects too (jemalloc's figures for a load: bench/RESULTS.md, section speed37l). And so does ``dkg ingest`` of
at least :data:`INGEST_MIN_TEXTS` texts (nhập nhiều văn bản): its engine writes through the same bulk loader, and
the build, the validation and the change set make and free as many small objects (section speed38i).

The ``dkg`` command decides before its command line's module is imported (:func:`restart_for_command`, called by
:mod:`kg.cli_launch`): a restart then costs an interpreter's start, not the CLI's imports too. The commands decide again
themselves (the same rules), for a caller that enters :mod:`kg.cli` directly. This module imports nothing of ``kg``
at its top, so that the early decision stays cheap.
"""

from __future__ import annotations

import ctypes.util
import os
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

#: A ``dkg load`` of files adding up to at least this many bytes starts itself again with jemalloc (see the
#: module's docstring). A restart costs the interpreter's start and the command's imports again, which jemalloc
#: wins back only for files of this order of size (the measures: bench/RESULTS.md, section speed37l).
LOAD_MIN_BYTES = 16 << 20
#: A ``dkg ingest`` of at least this many texts (files, or the texts of its folders) starts itself again with
#: jemalloc: below it, the restart's cost is of the order of what jemalloc saves (bench/RESULTS.md, section speed38i).
INGEST_MIN_TEXTS = 200


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


def restart_for_ingest(paths: Iterable[str]) -> None:
    """Start this ``dkg ingest`` again with jemalloc where it has :data:`INGEST_MIN_TEXTS` texts or more to read (the
    files ``kg.ingest_folder.input_files`` finds under ``paths`` that are there: an option's value, which
    :func:`restart_for_command` cannot tell from a path, is none) and :func:`restart_with_jemalloc` applies; return
    otherwise, having read no text."""
    # (a folder's walk, the same rule as the ingest's: light, but imported only by the command that needs it)
    from kg.ingest_folder import input_files  # noqa: PLC0415

    if sum(1 for name in input_files(paths) if Path(name).is_file()) >= INGEST_MIN_TEXTS:
        restart_with_jemalloc()


def restart_for_serve(_args: Iterable[str]) -> None:
    """Start this ``dkg serve`` again with jemalloc (where :func:`restart_with_jemalloc` applies), whatever its
    arguments: before the CLI's and the web app's imports, which a restart from within the command made twice (a
    second or more of a start that said nothing meanwhile)."""
    restart_with_jemalloc()


#: The commands whose inputs decide the allocator, with the function that decides from their arguments.
_BY_INPUTS = {"load": restart_for_load, "ingest": restart_for_ingest, "serve": restart_for_serve}
#: The options of ``dkg`` itself (before its command) that take a value: those of ``kg.cli.main``, which a test
#: compares with these (the CLI's module is not imported here, to keep the decision cheap).
VALUED_OPTIONS = ("--store", "--lang")


def restart_for_command(args: Sequence[str]) -> None:
    """For the ``dkg`` command line ``args`` (without the program): a ``load`` or an ``ingest`` decides here, from
    the words after the command that are no options (an option's value, such as ``--date``'s, is a path that does
    not exist, which neither rule counts), whether to start again with jemalloc, and a ``serve`` always does; any
    other command, or ``--help``, does not."""
    words = iter(args)
    for word in words:
        if word in VALUED_OPTIONS:
            next(words, None)
        elif not word.startswith("-"):  # (the command)
            rest = list(words)
            if word in _BY_INPUTS and "--help" not in rest and "-h" not in rest:
                _BY_INPUTS[word]([a for a in rest if a == "-" or not a.startswith("-")])
            return
