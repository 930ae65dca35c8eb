"""Fault injection at 100k triples: kills, two writers, a server with CLI readers, hostile files.

    python bench/faults.py [--triples 100000] [--random 2] [--seed 1] [--out bench/RELIABILITY.md]

Every trial runs ``dkg`` as users do, in a subprocess, on a copy of one seeded store (generated
data, loaded and reasoned over), and checks what the issue asks of it:

* **kills**: ``kill -9`` of a load, an ingest, ``dkg reason``, ``dkg reindex`` and a review decision,
  at each named phase (``DKG_FAULT_AT``, which exits at once as a kill would) and at random moments
  of the command's run. The next ``dkg stats`` must answer (its time is the time to recover), and
  the store's quads must then equal those of the clean store before the command or those of a
  clean store after it (the change log's times and the engine's blank node labels aside);
* **inferences drawn again**: the seeded store's inferences stamped as drawn by an earlier version's rules, the
  open that draws them again (``dkg reindex``) killed at each phase of the redraw and at random moments; the next
  ``dkg reindex`` must leave the store equal to a clean run's;
* **two writers**: a second load while a first one runs is refused at once, and the first ends as
  a clean run does;
* **a backup beside a load**: ``dkg backup`` while a load holds the store waits for its end and copies the store
  with the load whole;
* **a server and CLI readers**: ``dkg stats``, ``dkg query`` and ``dkg export`` answer while
  ``dkg serve`` holds the store;
* **hostile files** (billion laughs RDF/XML, a 10 MB text, 300,000 repeated symbols, a 15 MB
  literal in N-Triples, deeply nested collections), each under a watchdog of time and memory: each
  must end (refused or done) within the watchdog, and a refused file must leave the store's quads
  exactly as they were.

Peak memory is the child's peak resident set (``VmHWM``, read every 20 ms). The results table goes to ``--out``
(the trials, their outcome, the time to the first answer after the fault, peak memory). Exit
status 1 when a trial fails, so that a test can run the script as it is.
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus" / "texts"
CHANGES = "https://w3id.org/directive-kg/graph/changes"
INDEX = "https://w3id.org/directive-kg/graph/index"
INFERRED = "https://w3id.org/directive-kg/graph/inferred"
STARTED = "http://www.w3.org/ns/prov#startedAtTime"
ENDED = "http://www.w3.org/ns/prov#endedAtTime"
#: A review decision's IRI is made from its time, so two runs of one decision name it apart.
DECISION = "/id/review/decision/"

LOAD_PHASES = ("data-written", "inferred-dropped", "index-refreshed", "counts-written")
#: The phases a write of several source graphs (an ingest) or of one graph (a review decision) passes.
REPLACE_PHASES = ("inferred-dropped", "index-refreshed", "counts-written")


@dataclass
class Run:
    code: int
    seconds: float
    peak_mib: float
    stdout: str
    stderr: str
    killed_by_watchdog: str = ""
    cpu_s: float = 0.0  # user + system CPU of the child (``wait4``'s usage)


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


def run(store: Path, *args: str, fault: str | None = None, kill_after: float | None = None,
        limit_s: float = 300.0, limit_mib: float = 6144.0, stdin: str | None = None) -> Run:
    """Run ``dkg ARGS`` on ``store``; ``kill_after`` seconds sends SIGKILL; the watchdog kills it past
    ``limit_s`` seconds or ``limit_mib`` of resident memory."""
    # (in English: the suite reads the notes' words, and the CLI speaks Vietnamese unless told otherwise)
    env = {**os.environ, "DKG_STORE": str(store), "DKG_LANG": "en"}
    env.pop("DKG_FAULT_AT", None)
    if fault:
        env["DKG_FAULT_AT"] = fault
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
               err.read().decode(errors="replace"), why, usage.ru_utime + usage.ru_stime)


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
    """The store's quads, comparable across runs: blank nodes by kind only (the engine names them
    afresh on every write), the change log without the time of each change (without the log at all where not
    ``log``) and review decisions without their time (which names them)."""
    def term(t) -> str:
        return "_:" if isinstance(t, ox.BlankNode) else "<decision>" if DECISION in str(t) else str(t)
    main = ox.Store.read_only(str(store / "main"))
    try:
        return collections.Counter(
            (term(q.subject), term(q.predicate), term(q.object), term(q.graph_name)) for q in main
            if not (q.graph_name.value == CHANGES and (q.predicate.value == STARTED or not log))
            and q.predicate.value != ENDED)
    finally:
        del main


def copy(src: Path, dst: Path) -> Path:
    if dst.exists():
        shutil.rmtree(dst)
    shutil.copytree(src, dst, symlinks=True)
    return dst


class Suite:
    def __init__(self, work: Path, triples: int, randoms: int, seed: int) -> None:
        self.work, self.triples, self.randoms = work, triples, randoms
        self.rng = random.Random(seed)
        self.trials: list[Trial] = []

    # --- set-up --------------------------------------------------------------------------
    def seed_store(self) -> None:
        """Generated data split in two: most of it loaded and reasoned over (the base store), the
        graphs of 40 source texts kept apart as the load to kill."""
        data = self.work / "data.nq"
        subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), "--triples", str(self.triples),
                        "--seed", "7", "--out", str(data)], check=True)
        lines = data.read_text(encoding="utf-8").splitlines(keepends=True)
        sources = sorted({ln.rsplit(" ", 2)[-2] for ln in lines if "/graph/source/" in ln.rsplit(" ", 2)[-2]})[:40]
        picked = set(sources)
        self.extra = self.work / "extra.nq"
        self.extra.write_text("".join(ln for ln in lines if ln.rsplit(" ", 2)[-2] in picked), encoding="utf-8")
        base_file = self.work / "base.nq"
        base_file.write_text("".join(ln for ln in lines if ln.rsplit(" ", 2)[-2] not in picked), encoding="utf-8")
        self.base = self.work / "base"
        for args in (("load", str(base_file)), ("reason",)):
            r = run(self.base, *args)
            if r.code != 0:
                raise SystemExit(f"seeding failed: dkg {' '.join(args)}: {r.stderr[-2000:]}")
        self.texts = self.work / "texts"
        self.texts.mkdir()
        for path in sorted(CORPUS.glob("*.txt"))[:3]:
            shutil.copy(path, self.texts / path.name)
        self.reviewed = copy(self.base, self.work / "reviewed")  # a store with a review queue
        r = run(self.reviewed, "ingest", str(self.texts))
        if r.code not in (0, 1):
            raise SystemExit(f"seeding failed: dkg ingest: {r.stderr[-2000:]}")
        listed = json.loads(run(self.reviewed, "review", "list", "--format", "json").stdout or "[]")
        items = listed.get("items", listed) if isinstance(listed, dict) else listed
        self.fact = next((i["id"] for i in items if isinstance(i, dict) and "id" in i), None)

    # --- kills -----------------------------------------------------------------------------
    def kill_trials(self, name: str, start: Path, args: tuple[str, ...], phases: tuple[str, ...],
                    then: tuple[str, ...] = ("stats", "--format", "json"), log: bool = True) -> None:
        """Kill ``dkg ARGS`` on a copy of ``start`` at each phase and at random moments; ``then`` is the command run
        after the kill (a reader, which repairs; a writer where the repair is owed to the next open for writing);
        ``log``: compare the change log too (a redraw cut off and done again logs a write of the inferences that the
        clean run, which found them the same, did not make)."""
        clean = copy(start, self.work / "clean")
        done = run(clean, *args)
        if done.code not in (0, 1):
            self.trials.append(Trial("kill", f"{name}: clean run", f"exit {done.code}: {done.stderr[-300:]}", False))
            return
        expected = {"before": answers(start, log), "after": answers(clean, log)}
        moments = [(f"phase {p}", p, None) for p in phases]
        moments += [(f"at {t:.1f} s of {done.seconds:.1f} s", None, t)
                    for t in sorted(self.rng.uniform(0.3, done.seconds) for _ in range(self.randoms))]
        for label, phase, at in moments:
            crashed = copy(start, self.work / "crashed")
            killed = run(crashed, *args, fault=phase, kill_after=at)
            after = run(crashed, *then)
            got = answers(crashed, log)
            same = next((k for k, v in expected.items() if v == got), None)
            ok = after.code == 0 and same is not None
            outcome = (f"exit {killed.code}; then equal to the clean store {same}" if same else
                       f"exit {killed.code}; then DIFFERS from both clean stores (stats exit {after.code})")
            # (every note: the first says a repair begins, the next what it did)
            note = " / ".join(ln for ln in after.stderr.splitlines() if ln.startswith("note:"))
            if "rebuilt" in note:
                outcome += "; whole index rebuilt"
            elif "interrupted" in note:
                outcome += "; repaired on open"
            self.trials.append(Trial("kill", f"{name}, {label}", outcome, ok, after.seconds, killed.peak_mib,
                                     after.cpu_s, os.getloadavg()[0], note.replace(str(self.work), "WORK")))

    def kills(self) -> None:
        self.kill_trials("dkg load (3.4k quads)", self.base, ("load", str(self.extra)), LOAD_PHASES)
        self.kill_trials("dkg ingest (3 texts)", self.base, ("ingest", str(self.texts)), REPLACE_PHASES)
        # (after an ingest, which drops the inferences, reasoning has work to do)
        self.kill_trials("dkg reason", self.reviewed, ("reason",), ("inferences-written",))
        self.kill_trials("dkg reindex", self.base, ("reindex",), ())

    def redraw(self) -> None:
        """The inferences of the seeded store as an earlier version's rules drew them (stamped so, a fifth of them
        missing): the next open for writing (here `dkg reason`'s) draws them again, killed at each phase of that
        redraw and at random moments; the command after the kill is `dkg reason` again, the redraw being owed to a
        writer. The stores are compared without their change log (see kill_trials)."""
        start = copy(self.base, self.work / "restamped")
        main = ox.Store(str(start / "main"))
        stamps = list(main.quads_for_pattern(ox.NamedNode(INFERRED), None, None, ox.NamedNode(INDEX)))
        for q in stamps:
            main.remove(q)
            main.add(ox.Quad(q.subject, q.predicate, ox.Literal("drawn by rules of-an-earlier-version"), q.graph_name))
        for q in list(main.quads_for_pattern(None, None, None, ox.NamedNode(INFERRED)))[::5]:
            main.remove(q)
        main.flush()
        del main
        self.kill_trials(f"an open drawing again {'' if stamps else 'UNSTAMPED '}inferences (dkg reason)", start,
                         ("reason",), ("redraw-marked", "inferences-written"), then=("reason",), log=False)

    def backup_beside_load(self) -> None:
        """`dkg backup` while a CLI load holds the store, paused after its data and index are written (its mark not
        yet removed): the backup waits for the load's end and copies the store with the load whole."""
        store = copy(self.base, self.work / "backed")
        clean = copy(self.base, self.work / "clean")
        run(clean, "load", str(self.extra))
        target = self.work / "backup-copy"
        if target.exists():
            shutil.rmtree(target)
        first = self.paused_load(store, "index-refreshed")
        made = run(store, "backup", str(target))
        _, first_err = first.communicate(timeout=600)
        waited = "waiting for that write to end" in made.stderr
        whole = made.code == 0 and answers(target) == answers(clean) == answers(store)
        self.trials.append(Trial(
            "backup", "`dkg backup` while a `dkg load` holds the store",
            f"backup exit {made.code} in {made.seconds:.1f} s, {'waited' if waited else 'did NOT wait'}; load exit "
            f"{first.returncode}; copy {'equal to' if whole else 'DIFFERENT from'} a clean load's store",
            waited and whole and first.returncode == 0, None, made.peak_mib))

    def review(self) -> None:
        if self.fact:
            self.kill_trials("dkg review reject", self.reviewed, ("review", "reject", self.fact, "--reason", "test"),
                             REPLACE_PHASES)
        else:
            self.trials.append(Trial("kill", "dkg review reject", "no fact in the review queue to decide on", False))

    # --- concurrency -------------------------------------------------------------------------
    def paused_load(self, store: Path, phase: str) -> subprocess.Popen:
        """A ``dkg load`` of the extra quads on ``store`` that waits 8 s at ``phase`` holding it, returned once it
        holds the store (its holder record is there) or has ended."""
        env = {**os.environ, "DKG_STORE": str(store), "DKG_FAULT_PAUSE": f"{phase}:8"}
        load = subprocess.Popen([sys.executable, "-m", "kg", "load", str(self.extra)], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 120
        while not (store / "holder.json").exists() and load.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        return load

    def two_writers(self) -> None:
        store = copy(self.base, self.work / "writers")
        clean = copy(self.base, self.work / "clean")
        run(clean, "load", str(self.extra))
        # the first writer waits at its "marked" phase (store held, nothing written), so that the
        # second one meets it however fast the machine is
        first = self.paused_load(store, "marked")
        second = run(store, "load", str(self.extra))
        _, first_err = first.communicate(timeout=600)
        refused = second.code == 3 and ("another process holds it" in second.stderr or "is held by" in second.stderr)
        same = answers(store) == answers(clean)
        self.trials.append(Trial(
            "two writers", "a second `dkg load` while one runs",
            f"second refused in {second.seconds:.1f} s (exit {second.code}); first exit {first.returncode}, "
            f"store {'equal to' if same else 'DIFFERENT from'} a clean load", refused and first.returncode == 0 and same,
            None, second.peak_mib))

    def server_and_readers(self) -> None:
        store = copy(self.base, self.work / "served")
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        env = {**os.environ, "DKG_STORE": str(store)}
        server = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--host", "127.0.0.1", "--port", str(port)],
                                  env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline:
                with socket.socket() as s:
                    if s.connect_ex(("127.0.0.1", port)) == 0:
                        break
                time.sleep(0.5)
            for args in (("stats",), ("query", "bodies", "--format", "csv"), ("export", "--format", "nq")):
                r = run(store, *args)
                self.trials.append(Trial("server + CLI", f"`dkg {' '.join(args[:2])}` while `dkg serve` holds the store",
                                         f"exit {r.code} in {r.seconds:.1f} s", r.code == 0 and bool(r.stdout),
                                         None, r.peak_mib))
            w = run(store, "load", str(self.extra))
            said = (w.stderr.strip().splitlines() or [""])[0].replace(str(self.work), "WORK")[:110]
            self.trials.append(Trial("server + CLI", "`dkg load` while `dkg serve` holds the store",
                                     f"exit {w.code} in {w.seconds:.1f} s: {said}",
                                     w.code in (0, 3), None, w.peak_mib))
        finally:
            server.kill()
            server.wait()

    # --- hostile files --------------------------------------------------------------------------
    def hostile(self) -> None:
        files = self.work / "hostile"
        files.mkdir(exist_ok=True)
        entities = ['<!ENTITY a "' + "a" * 60 + '">'] + [
            f'<!ENTITY {chr(98 + i)} "' + f"&{chr(97 + i)};" * 20 + '">' for i in range(8)]
        (files / "laughs.rdf").write_text(
            '<?xml version="1.0"?>\n<!DOCTYPE rdf:RDF [\n' + "\n".join(entities) + "\n]>\n"
            '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
            'xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#">\n'
            '<rdf:Description rdf:about="http://example.org/x"><rdfs:label>&i;</rdfs:label></rdf:Description>\n'
            "</rdf:RDF>\n")
        (files / "big-literal.nt").write_text(
            '<http://example.org/x> <http://www.w3.org/2000/01/rdf-schema#label> "' + "ả" * (15 * 2**20 // 2)
            + '" .\n', encoding="utf-8")
        depth = 20_000
        (files / "nested.ttl").write_text(
            "<http://example.org/x> <http://example.org/p> " + "( " * depth + "1" + " )" * depth + " .\n")
        sentence = ("Ngày 15/4/2024, Tỉnh ủy Lạng Sơn ban hành Chương trình hành động số 12-CTr/TU thực hiện "
                    "Nghị quyết số 46-NQ/TW của Bộ Chính trị về đổi mới nội dung, phương thức hoạt động. ")
        (files / "ten-mb.txt").write_text(sentence * (10 * 2**20 // len(sentence.encode())), encoding="utf-8")
        (files / "symbols.txt").write_text(
            " ".join(f"{i % 97 + 1}-NQ/TW" for i in range(300_000)), encoding="utf-8")
        store = copy(self.base, self.work / "hostile-store")
        before = answers(store)
        cases = [("billion laughs RDF/XML", ("load", str(files / "laughs.rdf"))),
                 ("billion laughs RDF/XML", ("validate", str(files / "laughs.rdf"))),
                 ("15 MB literal, N-Triples", ("load", str(files / "big-literal.nt"))),
                 (f"{depth:,} nested collections", ("load", str(files / "nested.ttl"))),
                 ("10 MB text", ("ingest", str(files / "ten-mb.txt"))),
                 ("300,000 repeated symbols", ("ingest", str(files / "symbols.txt")))]
        for name, args in cases:
            r = run(store, *args, limit_s=300, limit_mib=6144)
            unchanged = answers(store) == before
            said = next((ln for ln in r.stderr.splitlines() if ln.strip()), "").replace(str(self.work), "WORK")[:110]
            ok = not r.killed_by_watchdog and unchanged and r.code in (1, 2)
            self.trials.append(Trial(
                "hostile file", f"{name} to `dkg {args[0]}`",
                (f"killed by the watchdog ({r.killed_by_watchdog})" if r.killed_by_watchdog else
                 f"exit {r.code} in {r.seconds:.1f} s: {said}") + ("" if unchanged else "; STORE CHANGED"),
                ok, None, r.peak_mib))

    # --- report ---------------------------------------------------------------------------------
    def table(self) -> str:
        rows = ["| kind | trial | outcome | passed | first answer after (s) | its CPU (s) | load | peak memory (MiB) |",
                "| --- | --- | --- | --- | --- | --- | --- | --- |"]
        for t in self.trials:
            rows.append(f"| {t.kind} | {t.what} | {t.outcome.replace('|', '/')} | {'yes' if t.ok else 'NO'} | "
                        f"{'' if t.recover_s is None else f'{t.recover_s:.1f}'} | "
                        f"{'' if t.recover_cpu_s is None else f'{t.recover_cpu_s:.1f}'} | "
                        f"{'' if t.load is None else f'{t.load:.1f}'} | "
                        f"{'' if t.peak_mib is None else f'{t.peak_mib:.0f}'} |")
        said = sorted({t.said for t in self.trials if t.said})
        return "\n".join(rows + ([""] + ["What the first command said while it recovered:", ""]
                                  + [f"- `{line}`" for line in said] if said else []))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--triples", type=int, default=100_000)
    ap.add_argument("--random", type=int, default=2, help="kills at random moments per command")
    ap.add_argument("--seed", type=int, default=1, help="seed of the random moments")
    ap.add_argument("--only", default="kills,review,redraw,writers,backup,server,hostile",
                    help="which groups of trials to run")
    ap.add_argument("--out", help="write the results (Markdown) to this file")
    ap.add_argument("--work", help="a folder for the stores (default: a temporary one, removed after)")
    args = ap.parse_args(argv)
    work = Path(args.work) if args.work else Path(tempfile.mkdtemp(prefix="dkg-faults-"))
    work.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    try:
        suite = Suite(work, args.triples, args.random, args.seed)
        suite.seed_store()
        groups = set(args.only.split(","))
        baseline = sorted((r.seconds, r.cpu_s) for r in (run(suite.base, "stats", "--format", "json") for _ in range(3)))
        for name, step in (("kills", suite.kills), ("review", suite.review), ("redraw", suite.redraw),
                           ("writers", suite.two_writers), ("backup", suite.backup_beside_load),
                           ("server", suite.server_and_readers), ("hostile", suite.hostile)):
            if name in groups:
                step()
                print(f"{name}: done at {time.monotonic() - started:.0f} s", file=sys.stderr, flush=True)
    finally:
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)
    load = os.getloadavg()[0]
    text = (f"{len(suite.trials)} trials at {args.triples:,} generated triples, {sum(t.ok for t in suite.trials)} "
            f"passed; {time.monotonic() - started:.0f} s in all; load average {load:.1f} at the end "
            f"(`python bench/faults.py --triples {args.triples} --random {args.random} --seed {args.seed}`); "
            f"`dkg stats` on the seeded store, no fault: {baseline[0][0]:.1f} s, {baseline[0][1]:.1f} s CPU (best of 3)\n\n"
            + suite.table() + "\n")
    print(text)
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
    return 0 if all(t.ok for t in suite.trials) else 1


if __name__ == "__main__":
    sys.exit(main())
