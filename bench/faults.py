"""Fault injection at 100k triples: kills, two writers, a server with CLI readers, hostile files.

    python bench/faults.py [--triples 100000] [--random 2] [--seed 1] [--out bench/RELIABILITY.md]

Every trial runs ``dkg`` as users do, in a subprocess, on a copy of one seeded store (generated
data, loaded and reasoned over), and checks what the issue asks of it:

* **kills**: ``kill -9`` of a load, an ingest, ``dkg reason``, ``dkg reindex`` and a review decision,
  at each named phase (``DKG_FAULT_AT``, which exits at once as a kill would) and at random moments
  of the command's run (from ``--seed``; every other one drawn in the write's window, from its first phase as the
  clean run's trace timed it, ``DKG_FAULT_TRACE``; each trial says where its kill fell: after which phase, before
  the first, or after the command ended, which tests nothing and is said so). The next ``dkg stats`` must answer (its
  time is the time to recover), and the store's quads must then equal those of the clean store before the command or
  those of a clean store after it (the change log's times and the engine's blank node labels aside);
* **updates** (group ``updates``): kills of a reviewer's assessment (a SPARQL update of the store's own), of a SPARQL
  update sent to a running ``dkg serve`` (the server killed), and of ``dkg reason`` over inferences it changes;
  **writes** (``writes``): kills of ``dkg rollback`` (of an ingest, of a correction), ``dkg review correct`` and an
  ingest of a newer version of a text; **served** (``served``): texts uploaded to a running server, killed. The
  default runs every group; the slow test leaves out ``writes`` and ``served`` to keep its time;
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
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox

from faults_run import (CORPUS, INDEX, INFERRED, INGEST_PHASES, LOAD_PHASES, REPLACE_PHASES, ROLLBACK_PHASES, ROOT, TOKEN, Act,  # (beside this file)
                        Run, Trial, answering, answers, copy, dkg_env, free_port, holds_inferences, last_change, run, traced,
                        where_cut)


class Suite:
    def __init__(self, work: Path, triples: int, randoms: int, seed: int, keep: bool = False) -> None:
        self.work, self.triples, self.randoms, self.keep = work, triples, randoms, keep
        self.rng = random.Random(seed)
        self.trials: list[Trial] = []
        #: where the random kills fell: "inside" a write (after one of its phases), "before" its first, "ended" after it
        self.cuts: collections.Counter = collections.Counter()
        #: the answers of each store trials start from (kill_trials), read once: by the store's folder and ``log``
        self.before: dict[tuple[str, bool], collections.Counter] = {}
        #: the seconds each command's kill trials took (its clean run, then each moment's copy, kill, repair and read)
        self.seconds: dict[str, float] = {}

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
        # a reviewer's correction (an assignment's role), a target to assess, and a newer version of a text (the same
        # file, headline and lines, one sentence more), which an ingest puts in place of the earlier one
        self.role = next(((i["id"], "monitor" if i["fact"].get("role") != "monitor" else "lead") for i in items
                          if isinstance(i, dict) and i.get("kind") == "assignment"), None)
        self.target = next((i["id"] for i in items if isinstance(i, dict) and i.get("kind") == "target"), None)
        self.newer = self.work / "newer"
        self.newer.mkdir()
        first = sorted(self.texts.glob("*.txt"))[0]
        first_text = first.read_text(encoding="utf-8").rstrip("\n")
        added = "Sở Tài chính chủ trì bố trí kinh phí thực hiện kế hoạch."
        (self.newer / first.name).write_text(f"{first_text}\n\n{added}\n", encoding="utf-8")

    # --- kills -----------------------------------------------------------------------------
    def kill_trials(self, name: str, start: Path, args: tuple[str, ...], phases: tuple[str, ...],
                    then: tuple[str, ...] | None = None, log: bool | None = None,
                    act: Act | None = None) -> None:
        """Kill ``dkg ARGS`` on a copy of ``start`` at each phase and at random moments; ``then`` is the command run
        after the kill (a reader, which repairs; a writer where the repair is owed to the next open for writing);
        ``log``: compare the change log too (a redraw cut off and done again logs a write of the inferences that the
        clean run, which found them the same, did not make). By default, a reader and the log where ``start`` holds
        no inferences; where it holds some, a write of the data draws them again as its last step and a kill before
        that leaves their redraw owed to the next open for writing: ``dkg reason`` then, without the log. ``act``: how the write is run and killed (default: ``dkg
        ARGS`` itself; :meth:`served`: sent to a server, which is killed). Each trial says where the kill fell (the
        last phase the command reached, from its trace): a random moment may fall before the write or after its end
        on a fast or a slow machine, which tests nothing, and the trial says so instead of passing as if it had."""
        act = act or (lambda store, fault, at, trace: run(store, *args, fault=fault, kill_after=at, trace=trace))
        began = time.monotonic()
        reasoned = holds_inferences(start)
        then = then or (("reason",) if reasoned else ("stats", "--format", "json"))
        log = (not reasoned) if log is None else log
        clean = copy(start, self.work / "clean")
        trace = self.work / "trace"
        trace.unlink(missing_ok=True)
        done = act(clean, None, None, trace)
        if done.code not in (0, 1):
            self.add(Trial("kill", f"{name}: clean run", f"exit {done.code}: {done.stderr[-300:]}", False))
            return
        # (the store a trial starts from, read once for all the commands that start from it)
        if (str(start), log) not in self.before:
            self.before[(str(start), log)] = answers(start, log)
        expected = {"before": self.before[(str(start), log)], "after": answers(clean, log)}
        # the write's window: from its first phase (less half a second, for what it did before it) to the end; every
        # other random moment is drawn in it, the others over the whole run (a kill before the write tests nothing)
        first = min((at for _, at in traced(trace)), default=None)
        window = max(0.3, first - done.started - 0.5) if first is not None else 0.3
        moments = [(f"phase {p}", p, None) for p in phases]
        moments += [(f"at {t:.1f} s of {done.seconds:.1f} s", None, t) for t in sorted(
            self.rng.uniform(window if i % 2 == 0 else 0.3, done.seconds) for i in range(self.randoms))]
        for label, phase, at in moments:
            crashed = copy(start, self.work / "crashed")
            trace.unlink(missing_ok=True)
            killed = act(crashed, phase, at, trace)
            reached = [name for name, _ in traced(trace)]
            cut = where_cut(killed.code, reached) + killed.said
            after = run(crashed, *then)
            got = answers(crashed, log)
            same = next((k for k, v in expected.items() if v == got), None)
            ok = after.code == 0 and same is not None
            outcome = (f"exit {killed.code}, {cut}; then equal to the clean store {same}" if same else
                       f"exit {killed.code}, {cut}; then DIFFERS from both clean stores (then exit {after.code})")
            # (every note: the first says a repair begins, the next what it did)
            note = " / ".join(ln for ln in after.stderr.splitlines() if ln.startswith("note:"))
            if "rebuilt" in note:
                outcome += "; whole index rebuilt"
            elif "interrupted" in note:
                outcome += "; repaired on open"
            if at is not None:
                self.cuts["ended" if killed.code != -signal.SIGKILL else "inside" if reached else "before"] += 1
            self.add(Trial("kill", f"{name}, {label}", outcome, ok, after.seconds, killed.peak_mib,
                           after.cpu_s, os.getloadavg()[0], note.replace(str(self.work), "WORK")))
            if not ok and self.keep:  # (the store that differs, for a look at it)
                copy(crashed, self.work / f"differs-{len(self.trials)}")
        self.seconds[name] = time.monotonic() - began
        print(f"{name}: {len(moments)} kills in {self.seconds[name]:.0f} s", file=sys.stderr, flush=True)

    def add(self, trial: Trial) -> None:
        """Keep ``trial`` and say it at once (a run with many random moments takes a while)."""
        self.trials.append(trial)
        print(f"{'ok' if trial.ok else 'FAILED'}: {trial.what}: {trial.outcome}", file=sys.stderr, flush=True)

    def kills(self) -> None:
        self.kill_trials("dkg load (3.4k quads)", self.base, ("load", str(self.extra)), LOAD_PHASES)
        # (the phase after its quarantine in place of the one after its index, which the load's trials kill at: the slow
        # test's time stays what it was; the writes group kills a newer version's ingest at every phase)
        self.kill_trials("dkg ingest (3 texts)", self.base, ("ingest", str(self.texts)),
                         tuple(p for p in INGEST_PHASES if p != "index-refreshed"))
        # (a store whose inferences were dropped, as writes did before round 43: reasoning has work to do)
        bare = copy(self.reviewed, self.work / "bare")
        main = ox.Store(str(bare / "main"))
        main.remove_graph(ox.NamedNode(INFERRED))
        main.flush()
        del main
        self.kill_trials("dkg reason", bare, ("reason",), ("inferences-written",))
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
        self.add(Trial(
            "backup", "`dkg backup` while a `dkg load` holds the store",
            f"backup exit {made.code} in {made.seconds:.1f} s, {'waited' if waited else 'did NOT wait'}; load exit "
            f"{first.returncode}; copy {'equal to' if whole else 'DIFFERENT from'} a clean load's store",
            waited and whole and first.returncode == 0, None, made.peak_mib))

    def review(self) -> None:
        if self.fact:
            self.kill_trials("dkg review reject", self.reviewed, ("review", "reject", self.fact, "--reason", "test"),
                             REPLACE_PHASES)
        else:
            self.add(Trial("kill", "dkg review reject", "no fact in the review queue to decide on", False))

    # --- writes the kills above lack ---------------------------------------------------------------
    def undo_and_replace(self) -> None:
        """Kill an undo (`dkg rollback`) of an ingest and of a reviewer's correction, the correction itself, and an
        ingest of a newer version of a text (which replaces the earlier one)."""
        reviewed = self.reviewed
        self.kill_trials("dkg rollback of an ingest (3 texts)", reviewed, ("rollback", str(last_change(reviewed))),
                         ROLLBACK_PHASES)
        self.kill_trials("dkg ingest of a newer version of a text", reviewed, ("ingest", str(self.newer)),
                         INGEST_PHASES)
        if self.role is None:
            self.add(Trial("kill", "dkg review correct", "no assignment in the review queue", False))
            return
        fact, role = self.role
        correct = ("review", "correct", fact, "--set", f"role={role}", "--reviewer", "suite")
        self.kill_trials("dkg review correct", reviewed, correct, REPLACE_PHASES)
        corrected = copy(reviewed, self.work / "corrected")
        run(corrected, *correct)
        self.kill_trials("dkg rollback of a correction", corrected, ("rollback", str(last_change(corrected))),
                         ROLLBACK_PHASES)

    def updates(self) -> None:
        """Kill the writes whose windows this suite found (round 40): an assessment, a SPARQL update of the store's own
        (kg.store.update_record), a SPARQL update sent to ``/sparql`` of a running server, and `dkg reason` where
        inferences are there and it changes them (kg.store.inferred)."""
        if self.target is None:
            self.add(Trial("kill", "dkg review assess", "no target in the review queue", False))
        else:
            self.kill_trials("dkg review assess", self.reviewed,
                             ("review", "assess", self.target, "--status", "attained", "--reviewer", "suite"),
                             ("update-written",))
        update = ("INSERT DATA { GRAPH <https://example.org/faults/graph> { "
                  + " ".join(f"<https://example.org/faults/n{i}> <http://www.w3.org/2000/01/rdf-schema#label> "
                             f'"nút {i}" .' for i in range(50)) + " } }")

        def sparql(store: Path, port: int) -> subprocess.Popen:
            script = ("import sys, urllib.parse, urllib.request\n"
                      "r = urllib.request.Request(sys.argv[1], data=urllib.parse.urlencode({'update': sys.argv[2]})"
                      ".encode(), headers={'Authorization': 'Bearer ' + sys.argv[3]})\n"
                      "print(urllib.request.urlopen(r, timeout=600).status)\n")
            return subprocess.Popen([sys.executable, "-c", script, f"http://127.0.0.1:{port}/sparql", update, TOKEN],
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

        # (each at its last phase alone, where the window was, to keep the slow test's time: tests/test_store_update_record.py
        # and tests/test_store_inferred.py stop them at each of their phases in one process)
        # (the store holds inferences: the update draws them again in its request, and a kill leaves that redraw owed
        # to the next open for writing, so the command after the kill is `dkg reason`, compared without the change log
        # as the redraw's trials are)
        self.kill_trials("a SPARQL update through `dkg serve`", self.base, (), ("update-written",), act=self.served(sparql),
                         then=("reason",), log=False)
        # inferences a reasoning changes (a fifth of them gone, as a SPARQL update that changed the data would leave
        # them), under the installed rules' stamp
        thinned = copy(self.base, self.work / "thinned")
        main = ox.Store(str(thinned / "main"))
        for q in list(main.quads_for_pattern(None, None, None, ox.NamedNode(INFERRED)))[::5]:
            main.remove(q)
        main.flush()
        del main
        self.kill_trials("dkg reason where it changes the inferences", thinned, ("reason",), ("inferences-moved",),
                         then=("stats", "--format", "json"), log=True)

    def served(self, send: Callable[[Path, int], subprocess.Popen]) -> Act:
        """An ``act`` for :meth:`kill_trials`: ``dkg serve --update-token`` started on the store (with the trial's
        fault and trace), the write sent to it by ``send(store, port)`` (a client's process) once it answers, and
        the server killed ``at`` seconds after that (or dying at its phase); unkilled, it is stopped once the client
        has its answer."""
        def act(store: Path, fault: str | None, at: float | None, trace: Path | None) -> Run:
            log = tempfile.TemporaryFile()  # (the server's words, read only where it did not start)
            for _ in range(3):  # (a port found free may be taken by another process before the server binds it)
                port = free_port()
                server = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--host", "127.0.0.1", "--port",
                                           str(port), "--update-token", TOKEN], env=dkg_env(store, fault, trace),
                                          stdout=subprocess.DEVNULL, stderr=log)
                deadline = time.monotonic() + 300
                while server.poll() is None and time.monotonic() < deadline and not answering(port):
                    time.sleep(0.2)
                if server.poll() is None:
                    break
            if server.poll() is not None:  # (no server to kill: the trial fails, saying why, rather than pass)
                log.seek(0)
                return Run(2, 0.0, 0.0, "", f"the server did not start: {log.read().decode(errors='replace')[-300:]}")
            started = time.monotonic()
            client = send(store, port)
            while server.poll() is None and client.poll() is None and (at is None or time.monotonic() - started < at):
                time.sleep(0.02)
            seconds = time.monotonic() - started
            killed = server.poll() is None and client.poll() is None  # (else it died at its phase, or the write ended)
            if killed:
                server.kill()
            elif server.poll() is None:
                server.terminate()
            ended = server.wait()
            out, err = client.communicate(timeout=300)
            # (a client still starting when its server was killed finds no server and writes itself: as a user would)
            itself = killed and client.returncode in (0, 1) and "note: sending" not in err.lower()
            return Run(-signal.SIGKILL if killed else 137 if ended == 137 else client.returncode, seconds, 0.0, out, err,
                       started=started, said=" (the client then wrote it itself: the server was gone when it asked)"
                       if itself else "")
        return act

    def served_writes(self) -> None:
        """Kill a running server while it ingests texts a client uploaded (``dkg ingest`` beside the server sends them
        to it)."""
        def upload(store: Path, port: int) -> subprocess.Popen:
            return subprocess.Popen([sys.executable, "-m", "kg", "ingest", str(self.texts)],
                                    env={**dkg_env(store), "DKG_UPDATE_TOKEN": TOKEN},
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

        self.kill_trials("texts uploaded to `dkg serve` (3)", self.base, (), INGEST_PHASES, act=self.served(upload))

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
        self.add(Trial(
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
                self.add(Trial("server + CLI", f"`dkg {' '.join(args[:2])}` while `dkg serve` holds the store",
                                         f"exit {r.code} in {r.seconds:.1f} s", r.code == 0 and bool(r.stdout),
                                         None, r.peak_mib))
            w = run(store, "load", str(self.extra))
            said = (w.stderr.strip().splitlines() or [""])[0].replace(str(self.work), "WORK")[:110]
            self.add(Trial("server + CLI", "`dkg load` while `dkg serve` holds the store",
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
            self.add(Trial(
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
    ap.add_argument("--only", default="kills,review,redraw,updates,writes,served,writers,backup,server,hostile",
                    help="which groups of trials to run")
    ap.add_argument("--out", help="write the results (Markdown) to this file")
    ap.add_argument("--work", help="a folder for the stores (default: a temporary one, removed after)")
    args = ap.parse_args(argv)
    work = Path(args.work) if args.work else Path(tempfile.mkdtemp(prefix="dkg-faults-"))
    work.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    try:
        suite = Suite(work, args.triples, args.random, args.seed, keep=bool(args.work))
        suite.seed_store()
        groups = set(args.only.split(","))
        baseline = sorted((r.seconds, r.cpu_s) for r in (run(suite.base, "stats", "--format", "json") for _ in range(3)))
        for name, step in (("kills", suite.kills), ("review", suite.review), ("redraw", suite.redraw),
                           ("updates", suite.updates), ("writes", suite.undo_and_replace),
                           ("served", suite.served_writes),
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
            f"`dkg stats` on the seeded store, no fault: {baseline[0][0]:.1f} s, {baseline[0][1]:.1f} s CPU (best of 3); "
            f"the random kills fell inside a write (after one of its phases) {suite.cuts['inside']} times, before its "
            f"first phase {suite.cuts['before']}, after its end {suite.cuts['ended']}\n\n"
            + suite.table() + "\n")
    print(text)
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
    return 0 if all(t.ok for t in suite.trials) else 1


if __name__ == "__main__":
    sys.exit(main())
