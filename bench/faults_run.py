"""Running ``dkg`` as users do, in a subprocess, and comparing stores: the parts of the fault-injection suite
(``bench/faults.py``) that its trials share (the environment of a run, its kill and watchdog, the phases it reached,
a store's quads in a form two runs can compare)."""
from __future__ import annotations

import collections
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.store.history import SERVED_SUFFIX as SERVED  # (what the change log adds where a server ran the command)

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus" / "texts"
CHANGES = "https://w3id.org/directive-kg/graph/changes"
INDEX = "https://w3id.org/directive-kg/graph/index"
INFERRED = "https://w3id.org/directive-kg/graph/inferred"
STARTED = "http://www.w3.org/ns/prov#startedAtTime"
ENDED = "http://www.w3.org/ns/prov#endedAtTime"
NUMBER = "https://w3id.org/directive-kg/history#number"
#: A review decision's and an assessment's IRI are made from their time, so two runs of one decision name it apart.
DECISION = ("/id/review/decision/", "/id/review/assessment/")
#: The update token of the servers the suite starts (on copies of a generated store, on the loopback address).
TOKEN = "faults-suite-token"

LOAD_PHASES = ("data-written", "inferred-dropped", "index-refreshed", "counts-written")
#: The phases a write of several source graphs (an ingest) or of one graph (a review decision) passes.
REPLACE_PHASES = ("inferred-dropped", "index-refreshed", "counts-written")
#: An ingest's, which writes what its texts do to the quarantine after its data (``kg.store.quarantine``).
INGEST_PHASES = ("quarantine-written", *REPLACE_PHASES)
#: The phases of an undo (``kg.store.undo.rollback``): its plan kept, its data written, its index rebuilt.
ROLLBACK_PHASES = ("rollback-planned", "data-written", "inferred-dropped")


@dataclass
class Run:
    code: int
    seconds: float
    peak_mib: float
    stdout: str
    stderr: str
    killed_by_watchdog: str = ""
    cpu_s: float = 0.0  # user + system CPU of the child (``wait4``'s usage)
    started: float = 0.0  # when it began (``time.monotonic``: the clock of the phases' trace)
    said: str = ""  # what the trial adds to its outcome (a served write's client that wrote it itself)


@dataclass
class Trial:
    kind: str
    what: str
    outcome: str
    ok: bool
    recover_s: float | None = None
    peak_mib: float | None = None
    #: the CPU (user + system) of the first answer after the fault, and the load average when it ended
    recover_cpu_s: float | None = None
    load: float | None = None
    #: what that first command said on stderr while it recovered (its first note), WORK for the suite's folder
    said: str = ""


def dkg_env(store: Path, fault: str | None = None, trace: Path | None = None) -> dict[str, str]:
    """The environment of a ``dkg`` run on ``store``: killed at the phase ``fault``, tracing the phases it reaches to
    ``trace`` (see ``kg.store.faults``)."""
    # (in English: the suite reads the notes' words, and the CLI speaks Vietnamese unless told otherwise)
    env = {**os.environ, "DKG_STORE": str(store), "DKG_LANG": "en"}
    for name in ("DKG_FAULT_AT", "DKG_FAULT_TRACE", "DKG_FAULT_PAUSE"):
        env.pop(name, None)
    if fault:
        env["DKG_FAULT_AT"] = fault
    if trace is not None:
        env["DKG_FAULT_TRACE"] = str(trace)
    return env


def run(store: Path, *args: str, fault: str | None = None, kill_after: float | None = None,
        limit_s: float = 300.0, limit_mib: float = 6144.0, stdin: str | None = None, trace: Path | None = None) -> Run:
    """Run ``dkg ARGS`` on ``store``; ``kill_after`` seconds sends SIGKILL; the watchdog kills it past
    ``limit_s`` seconds or ``limit_mib`` of resident memory; ``trace``: see :func:`dkg_env`."""
    env = dkg_env(store, fault, trace)
    out, err = tempfile.TemporaryFile(), tempfile.TemporaryFile()
    started = time.monotonic()
    proc = subprocess.Popen([sys.executable, "-m", "kg", *args], env=env, stdout=out, stderr=err,
                            stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL)
    if stdin is not None and proc.stdin is not None:
        proc.stdin.write(stdin.encode())
        proc.stdin.close()
    why = ""
    peak = 0.0
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        elapsed = time.monotonic() - started
        rss, peak = _memory_mib(proc.pid, peak)
        if kill_after is not None and elapsed >= kill_after:
            os.kill(proc.pid, signal.SIGKILL)
            kill_after = None
        elif elapsed > limit_s:
            why = f"over {limit_s:.0f} s"
            os.kill(proc.pid, signal.SIGKILL)
        elif rss > limit_mib:
            why = f"over {limit_mib:.0f} MiB"
            os.kill(proc.pid, signal.SIGKILL)
        time.sleep(0.02)
    proc.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.monotonic() - started
    out.seek(0)
    err.seek(0)
    return Run(proc.returncode, seconds, peak, out.read().decode(errors="replace"),
               err.read().decode(errors="replace"), why, usage.ru_utime + usage.ru_stime, started)


def _memory_mib(pid: int, peak: float) -> tuple[float, float]:
    """The child's resident memory now and its peak so far (``VmHWM``, which, unlike ``wait4``'s
    maximum, does not start from the size of this process at the fork)."""
    rss, hwm = 0.0, peak
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                rss = int(line.split()[1]) / 1024
            elif line.startswith("VmHWM:"):
                hwm = max(peak, int(line.split()[1]) / 1024)
    except OSError:
        pass
    return rss, hwm


def answers(store: Path, log: bool = True) -> collections.Counter:
    """The store's quads and its quarantine's, comparable across runs: blank nodes by kind only (the engine names them
    afresh on every write), the change log without the time of each change (without the log at all where not
    ``log``) nor whether a server ran the command (a client whose server was killed before it asked writes itself:
    the same write), and review decisions without their time (which names them)."""
    def term(t) -> str:
        return ("_:" if isinstance(t, ox.BlankNode) else "<decision>" if any(d in str(t) for d in DECISION)
                else str(t).replace(SERVED, ""))
    main = ox.Store.read_only(str(store / "main"))
    try:
        seen = collections.Counter(
            (term(q.subject), term(q.predicate), term(q.object), term(q.graph_name)) for q in main
            if not (q.graph_name.value == CHANGES and (q.predicate.value == STARTED or not log))
            and q.predicate.value != ENDED)
    finally:
        del main
    # the quarantine beside it (what the shapes refused): written with the data, so compared with it
    if (store / "quarantine" / "CURRENT").exists():
        held = ox.Store.read_only(str(store / "quarantine"))
        try:
            seen.update(("quarantine", term(q.subject), term(q.predicate), term(q.object), term(q.graph_name))
                        for q in held)
        finally:
            del held
    return seen


#: How a kill trial runs its write on a store: (store, phase to die at, seconds to kill after, trace file) -> Run.
Act = Callable[[Path, "str | None", "float | None", "Path | None"], Run]


def holds_inferences(store: Path) -> bool:
    """Does the store hold inferences (``dkg reason`` was run on it)? A write of the data then draws them again."""
    main = ox.Store.read_only(str(store / "main"))
    try:
        return next(iter(main.quads_for_pattern(None, None, None, ox.NamedNode(INFERRED))), None) is not None
    finally:
        del main


def where_cut(code: int, reached: list[str]) -> str:
    """Where a kill fell, from the command's exit and the phases it reached (``kg.store.faults``' trace)."""
    if code == 137:
        return f"died at {reached[-1] if reached else 'its phase'}"
    if code != -signal.SIGKILL:
        return "ended before the kill (nothing cut)"
    return f"cut after {reached[-1]}" if reached else "cut before its first phase"


def last_change(store: Path) -> int:
    """The number of the store's latest change set."""
    main = ox.Store.read_only(str(store / "main"))
    try:
        return max(int(q.object.value) for q in main.quads_for_pattern(
            None, ox.NamedNode(NUMBER), None, ox.NamedNode(CHANGES)))
    finally:
        del main


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def answering(port: int) -> bool:
    with socket.socket() as s:
        return s.connect_ex(("127.0.0.1", port)) == 0


def traced(trace: Path) -> list[tuple[str, float]]:
    """The phases a command reached and when (``kg.store.faults``' trace, ``time.monotonic``), in order."""
    lines = trace.read_text().splitlines() if trace.exists() else []
    return [(phase, float(at)) for phase, _, at in (line.partition(" ") for line in lines) if at]


def copy(src: Path, dst: Path) -> Path:
    if dst.exists():
        shutil.rmtree(dst)
    shutil.copytree(src, dst, symlinks=True)
    return dst
