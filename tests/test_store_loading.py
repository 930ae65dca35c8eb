"""kg.store.loading: a large ``dkg load`` parsed before its store is opened, its validating child forked with
the parsed batch.

A fork is only made from a process with no other thread, which a test runner is not: every load here runs in a
process of its own (``python -c``), with the threshold of a large batch put at 0."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.store import Store
from test_validate_batch import HEAD, ID, VOCAB  # (the prefixes of the batches written there)

# a province's decision, and a district's plan that carries it out: the plan conforms with the decision stored
DECISION = HEAD + f"""
<{ID}doc/gov/ubnd/qd/310/2025> a dkg:Decision ;
    dkg:key "310/QĐ-UBND" ; dkg:symbol "310/QĐ-UBND" ; dkg:documentNumber "310" ; dkg:typeCode "QĐ" ;
    dkg:issuerCode "UBND" ; dkg:level <{VOCAB}level/province> ;
    dkg:dateIssued "2025-02-14"^^xsd:date ; rdfs:label "Quyết định 310/QĐ-UBND"@vi .
"""
PLAN = HEAD + f"""
<{ID}doc/gov/ubnd/kh/52/2025> a dkg:Plan ;
    dkg:key "52/KH-UBND" ; dkg:symbol "52/KH-UBND" ; dkg:documentNumber "52" ; dkg:typeCode "KH" ;
    dkg:issuerCode "UBND" ; dkg:level <{VOCAB}level/district> ;
    dkg:dateIssued "2025-03-03"^^xsd:date ; rdfs:label "Kế hoạch 52/KH-UBND"@vi ;
    dkg:implements <{ID}doc/gov/ubnd/qd/310/2025> .
"""
# the same plan with a date that is no date: refused
BROKEN = PLAN.replace('"2025-03-03"^^xsd:date', '"đầu quý hai"')

#: ``dkg load FILE`` into STORE as a large batch, in this process (a fresh one, without threads); LOG gets a line
#: for each parse, each validation (with the process's id) and the store's opening, in their order.
LOAD = """
import json, os, sys
import kg.validate.batch as batch
import kg.store.loading as loading
from kg.store.store import Store
from kg.cli import main
store, file, log = sys.argv[1:4]
batch.APART_MIN_BYTES = 0

def noted(what, fn):
    def call(*args, **kwargs):
        with open(log, "a") as out:
            out.write(json.dumps([what, os.getpid()]) + "\\n")
        return fn(*args, **kwargs)
    return call
loading.read_batch = noted("parsed", loading.read_batch)
batch.validate = noted("validated", batch.validate)
opened = Store.open.__func__
Store.open = classmethod(noted("opened", opened))
print(json.dumps(["loader", os.getpid()]), flush=True)
main(["--store", store, "load", file])
"""


def _stored(tmp_path: Path) -> Path:
    """A store holding the decision (loaded in this process: the batch is small)."""
    decision = tmp_path / "decision.ttl"
    decision.write_text(DECISION, encoding="utf-8")
    location = tmp_path / "store"
    loaded = CliRunner().invoke(main, ["--store", str(location), "load", str(decision)])
    assert loaded.exit_code == 0, loaded.output
    return location


def _data(location: Path) -> set[str]:
    store = Store.open(location)
    try:
        return {str(q) for q in store.main if not q.graph_name.value.endswith("/graph/changes")}
    finally:
        store.close()


def _load_apart(location: Path, file: Path, log: Path) -> tuple[subprocess.CompletedProcess, list[list]]:
    done = subprocess.run([sys.executable, "-c", LOAD, str(location), str(file), str(log)], capture_output=True,
                          text=True, timeout=120)
    return done, [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()] if log.exists() else []


def test_a_large_load_is_parsed_once_and_validated_by_a_child_forked_before_the_store_opens(tmp_path):
    location = _stored(tmp_path)
    plan = tmp_path / "plan.ttl"
    plan.write_text(PLAN, encoding="utf-8")
    done, events = _load_apart(location, plan, tmp_path / "log")
    assert done.returncode == 0, done.stderr
    loader = json.loads(done.stdout.splitlines()[0])[1]
    # one parse, in the loading process, before the store was opened; the verdict from another process,
    # which inherited the parse's patch: a fork (a fresh interpreter would not have it, and would parse)
    assert [e for e in events if e[0] != "validated"] == [["parsed", loader], ["opened", loader]]
    assert [e[0] for e in events if e[1] != loader] == ["validated"]
    assert any("52/KH-UBND" in q for q in _data(location))


def test_a_large_batch_refused_by_the_forked_child_leaves_the_store_as_it_was(tmp_path):
    location = _stored(tmp_path)
    before = _data(location)
    changes = sorted(p.name for p in (location / "changes").glob("*"))
    broken = tmp_path / "broken.ttl"
    broken.write_text(BROKEN, encoding="utf-8")
    done, events = _load_apart(location, broken, tmp_path / "log")
    loader = json.loads(done.stdout.splitlines()[0])[1]
    assert done.returncode == 1 and "dateIssued" in done.stderr
    assert [e[0] for e in events if e[1] != loader] == ["validated"]  # (the child's verdict, not a fallback's)
    assert _data(location) == before
    assert sorted(p.name for p in (location / "changes").glob("*")) == changes


def test_a_syntax_error_is_reported_before_the_store_is_opened(tmp_path):
    location = _stored(tmp_path)
    bad = tmp_path / "bad.ttl"
    bad.write_text(PLAN.replace("dkg:implements <", "dkg:implements <<"), encoding="utf-8")
    done, events = _load_apart(location, bad, tmp_path / "log")
    assert done.returncode != 0 and "bad.ttl" in done.stderr
    assert [e[0] for e in events] == ["parsed"]  # (neither a store opened nor a child started)


def test_no_fork_where_a_thread_runs_or_a_store_is_open(tmp_path):
    script = """
import json, threading, pyoxigraph as ox, sys
from kg.validate.batch import may_fork
seen = [may_fork()]
stop = threading.Event()
thread = threading.Thread(target=stop.wait)
thread.start()
seen.append(may_fork())
stop.set(); thread.join()
store = ox.Store(sys.argv[1])  # (the engine's own threads, which threading does not list)
seen.append(may_fork())
print(json.dumps(seen))
"""
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path / "engine")], capture_output=True, text=True,
                          timeout=60, check=True)
    fresh, threaded, engine = json.loads(done.stdout)
    assert fresh is (sys.platform != "darwin" and hasattr(os, "fork")) and not threaded
    if Path("/proc/self/task").is_dir():
        assert not engine


def test_where_the_system_does_not_fork_a_load_goes_as_before(tmp_path, monkeypatch):
    import kg.validate.batch as batch_module

    location = _stored(tmp_path)
    plan = tmp_path / "plan.ttl"
    plan.write_text(PLAN, encoding="utf-8")
    monkeypatch.setattr(batch_module, "APART_MIN_BYTES", 0)
    monkeypatch.setattr(batch_module.sys, "platform", "darwin")  # (macOS: processes are started fresh)
    assert not batch_module.may_fork()

    def no_fork(*args, **kwargs):
        raise AssertionError("forked")
    monkeypatch.setattr(batch_module.Apart, "forked", no_fork)
    spawned = []
    real = batch_module.Apart.__init__

    def noted(self, *args, **kwargs):
        spawned.append(args[0])
        real(self, *args, **kwargs)
    monkeypatch.setattr(batch_module.Apart, "__init__", noted)
    loaded = CliRunner().invoke(main, ["--store", str(location), "load", str(plan)])
    assert loaded.exit_code == 0, loaded.output
    assert spawned == [[str(plan)]]  # (a fresh interpreter that parses the file, as before)
    assert any("52/KH-UBND" in q for q in _data(location))


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="reads the processes in /proc")
def test_the_forked_child_ends_with_the_loading_process_killed_before_the_verdict(tmp_path):
    location = _stored(tmp_path)
    plan = tmp_path / "plan.ttl"
    plan.write_text(PLAN, encoding="utf-8")
    before = _data(location)
    killed = """
import os, signal, sys
import kg.validate.batch as batch
import kg.store.loading as loading
from kg.cli import main
batch.APART_MIN_BYTES = 0
def begin_then_die(store, ahead, names, data, force=False):
    ahead.apart.begin(None)  # (the child waits for the context: it is still there when this process dies)
    print(open(f"/proc/self/task/{os.getpid()}/children").read(), flush=True)
    os.kill(os.getpid(), signal.SIGKILL)
loading.load_ahead = begin_then_die
main(["--store", sys.argv[1], "load", sys.argv[2]])
"""
    done = subprocess.run([sys.executable, "-c", killed, str(location), str(plan)], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == -9
    child = int(done.stdout.split()[0])
    for _ in range(100):  # (gone, or a zombie left for its new parent to reap)
        stat = Path(f"/proc/{child}/stat")
        if not stat.exists() or stat.read_text().split(")")[-1].split()[0] == "Z":
            break
        time.sleep(0.1)
    else:
        raise AssertionError("the validating child outlived the loading process")
    assert _data(location) == before


def test_no_fork_where_a_thread_was_started_during_the_parse(tmp_path):
    """The fork is looked at again once the batch is parsed, not only before: a thread started meanwhile (by a
    reader of the files, say) would be copied into the child in the middle of its work, its locks held."""
    script = """
import json, sys, threading
import kg.store.loading as loading
import kg.validate.batch as batch
batch.APART_MIN_BYTES = 0
stop, forked, seen = threading.Event(), [], []
real_parse, real_fork = loading.read_batch, batch.Apart.forked.__func__

def parse(*args, threaded=False, **kwargs):
    if threaded:
        threading.Thread(target=stop.wait, daemon=True).start()
    return real_parse(*args, **kwargs)

batch.Apart.forked = classmethod(lambda cls, quads: forked.append(len(quads)) or real_fork(cls, quads))
for threaded in (False, True):
    loading.read_batch = lambda *args, **kwargs: parse(*args, threaded=threaded, **kwargs)
    with loading.parsed_ahead([sys.argv[1]]) as ahead:
        seen.append(ahead is not None)
stop.set()
print(json.dumps([seen, len(forked)]))
"""
    plan = tmp_path / "plan.ttl"
    plan.write_text(PLAN, encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", script, str(plan)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    seen, forks = json.loads(done.stdout)
    if sys.platform == "darwin" or not hasattr(os, "fork"):
        assert seen == [False, False] and forks == 0
        return
    # the near miss first: a parse that starts no thread is forked after; then none where the parse started one
    assert seen == [True, False] and forks == 1
