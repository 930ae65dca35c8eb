"""/validate checked in a query worker (kg.web.checking): the server's own process parses no upload, an upload built to
take time or memory is stopped at its bound and named, and the pages and the next upload are answered meanwhile."""

from __future__ import annotations

import datetime
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from test_web_support import http, make_store, running

DKG = "https://w3id.org/directive-kg/ontology#"
XSD_DATE = "http://www.w3.org/2001/XMLSchema#date"
TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
NT = {"Content-Type": "application/n-triples"}

GOOD_TTL = f"""@prefix dkg: <{DKG}> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://w3id.org/directive-kg/id/body/central/y> a dkg:Body ; rdfs:label "Y"@vi ; dkg:canonicalName "Y"@vi .
<https://w3id.org/directive-kg/id/doc/party/tw/ct/998/khoa-xiii> a dkg:Directive .
"""


def slow_dates(n: int) -> bytes:
    """A directive with ``n`` issue dates implementing one with ``n`` others: the shape that compares a document's date
    with its parent's joins n by n (measured: 1,000 dates 1 s of CPU, 2,000 dates 4 s), in a few hundred bytes a date."""
    x, y = f"{DKG}x-slow", f"{DKG}y-slow"
    start = datetime.date(1950, 1, 1)
    lines = [f"<{x}> <{TYPE}> <{DKG}Directive> .", f"<{x}> <{DKG}implements> <{y}> ."]
    for i in range(n):
        lines.append(f'<{x}> <{DKG}dateIssued> "{start + datetime.timedelta(days=i)}"^^<{XSD_DATE}> .')
        lines.append(f'<{y}> <{DKG}dateIssued> "{start + datetime.timedelta(days=n + i)}"^^<{XSD_DATE}> .')
    return ("\n".join(lines) + "\n").encode()


def bare_documents(size: int) -> bytes:
    """Documents with a type and nothing else, ``size`` bytes of them: each breaks several shapes, and the report of a
    megabyte of them holds about 25,000 violations (measured: 4.8 MB took 1.5 GB to check)."""
    lines, total, i = [], 0, 0
    while total < size:
        line = f"<https://w3id.org/directive-kg/id/doc/party/tw/nq/{i}/bare> <{TYPE}> <{DKG}Resolution> .\n"
        lines.append(line)
        total += len(line)
        i += 1
    return "".join(lines).encode()


@pytest.fixture(scope="module")
def served():
    from kg.web import create_app

    store = make_store()
    with running(create_app(store, query_workers=2, max_upload=5_000_000)) as url:
        yield url, store


def _post(url: str, body: bytes, headers: dict | None = None):
    return http.post(url + "/validate", content=body, headers=headers or NT, timeout=300)


def _good_after(url: str) -> None:
    """A normal upload sent right after is answered (the stopped worker was replaced)."""
    r = _post(url, GOOD_TTL.encode(), {"Content-Type": "text/turtle"})
    assert r.status_code == 200, r.text
    assert r.json()["counts"]["Violation"] > 0  # (the directive has no key: a report, not a refusal)


def test_the_servers_own_process_parses_no_upload_and_answers_as_before(served, monkeypatch):
    from kg.validate import read_batch, validate_batch
    import kg.validate.batch as batch

    url, store = served
    expected = validate_batch(read_batch(["upload.ttl"], {"upload.ttl": GOOD_TTL.encode()}), store=store).report
    calls: list = []
    real = batch.parse_file
    monkeypatch.setattr(batch, "parse_file", lambda *a, **k: calls.append(a) or real(*a, **k))
    r = _post(url, GOOD_TTL.encode(), {"Content-Type": "text/turtle"})
    assert r.status_code == 200 and calls == []
    assert r.json() == json.loads(json.dumps(expected.to_json()))
    turtle = _post(url, GOOD_TTL.encode(), {"Content-Type": "text/turtle", "Accept": "text/turtle"})
    assert turtle.headers["content-type"].startswith("text/turtle") and "sh:ValidationReport" in turtle.text
    assert calls == []


def test_an_upload_built_to_take_time_is_stopped_at_its_cpu_bound_while_pages_answer(served, monkeypatch):
    url, _store = served
    monkeypatch.setenv("DKG_MAX_VALIDATE_SECONDS", "2")
    # the near miss: the same kind of file, small, is checked under the same bound
    assert _post(url, slow_dates(150)).status_code == 200
    answer: dict = {}
    thread = threading.Thread(target=lambda: answer.update(r=_post(url, slow_dates(2_500))))
    thread.start()
    pages = []
    while thread.is_alive():
        started = time.monotonic()
        page = http.get(url + "/store.json", timeout=60)
        pages.append((page.status_code, time.monotonic() - started))
        time.sleep(0.3)
    thread.join()
    r = answer["r"]
    assert r.status_code == 413, r.text
    body = r.json()
    assert "DKG_MAX_VALIDATE_SECONDS" in body["message"] and "dkg validate" in body["hint"] and "split" in body["hint"]
    assert pages and all(status == 200 and seconds < 5 for status, seconds in pages), pages
    _good_after(url)


def test_an_upload_built_to_take_memory_is_stopped_at_its_bound(served, monkeypatch):
    url, _store = served
    monkeypatch.setenv("DKG_MAX_VALIDATE_MEMORY_BYTES", "300000000")
    # the near miss: a few of the same documents fit under the same bound
    small = _post(url, bare_documents(20_000))
    assert small.status_code == 200 and small.json()["counts"]["Violation"] > 100
    r = _post(url, bare_documents(2_000_000))
    assert r.status_code == 413, r.text
    assert "DKG_MAX_VALIDATE_MEMORY_BYTES" in r.json()["message"] and "dkg validate" in r.json()["hint"]
    _good_after(url)


def test_a_second_upload_while_one_is_checked_is_refused_at_once_not_queued(served):
    """Uploads are checked one at a time, and the others told to come back (503, Retry-After)."""
    url, _store = served
    first: dict = {}
    thread = threading.Thread(target=lambda: first.update(r=_post(url, slow_dates(2_000))))
    thread.start()
    try:
        time.sleep(1.0)  # (the first is being checked: it takes a few seconds of CPU)
        second = _post(url, GOOD_TTL.encode(), {"Content-Type": "text/turtle"})
        assert second.status_code == 503 and second.json()["error"] == "busy", second.text
        assert second.headers["Retry-After"] == "10" and "/validate" in second.json()["message"]
    finally:
        thread.join(300)
    assert first["r"].status_code == 200
    # the near miss: an upload sent once the other is answered is checked
    _good_after(url)


def test_a_syntax_error_found_in_the_worker_names_the_file_and_line_in_every_language(served):
    url, _store = served
    broken = "@prefix x: <urn:x#> .\nx:a x:b "
    page = http.post(url + "/validate", data={"data": broken, "format": "ttl"}, headers={"Accept": "text/html"},
                     timeout=120)
    assert page.status_code == 400 and "pasted.ttl:2: lỗi cú pháp" in page.text
    api = http.post(url + "/validate", content=broken.encode(), headers={"Content-Type": "text/turtle"}, timeout=120)
    assert api.status_code == 400 and api.json()["message"].startswith("upload.ttl:2: syntax error")


ROOT = Path(__file__).resolve().parents[1]


def _serve(store: Path, log: Path, **settings: str) -> tuple[subprocess.Popen, str]:
    """A real ``dkg serve`` on ``store`` in a process of its own (its error output, the server's log, to ``log``), with
    ``settings`` in its environment; returns it once it answers, and its address."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "DKG_MALLOC": "system", "DKG_LANG": "en", **settings}
    with open(log, "wb") as err:
        server = subprocess.Popen([sys.executable, "-m", "kg", "--store", str(store), "serve", "--port", str(port)],
                                  env=env, stdout=subprocess.DEVNULL, stderr=err, cwd=ROOT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and server.poll() is None:
        try:
            if http.get(url + "/store.json", timeout=5).status_code == 200:
                return server, url
        except Exception:  # noqa: BLE001 - not listening yet
            time.sleep(0.5)
    server.kill()
    raise AssertionError("dkg serve did not answer: " + log.read_text(errors="replace")[-2000:])


@pytest.fixture(scope="module")
def folder_store(tmp_path_factory) -> Path:
    location = tmp_path_factory.mktemp("served") / "store"
    done = subprocess.run([sys.executable, "-m", "kg", "--store", str(location), "load", "--bundled"], cwd=ROOT,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return location


@pytest.mark.slow
def test_a_check_stopped_for_memory_is_one_line_in_the_servers_log(folder_store, tmp_path):
    """The engine of a worker that cannot allocate past the bound aborts it with its own words on the server's error
    output ("memory allocation of 1248 bytes failed", "stack backtrace:", and the backtrace where RUST_BACKTRACE is
    set): the worker's error output is silenced while it checks, and the server says what happened in one line."""
    log = tmp_path / "serve.log"
    server, url = _serve(folder_store, log, RUST_BACKTRACE="1", DKG_MAX_VALIDATE_MEMORY_BYTES="300000000")
    try:
        r = _post(url, bare_documents(2_000_000))
        assert r.status_code == 413 and "DKG_MAX_VALIDATE_MEMORY_BYTES" in r.json()["message"], r.text
        _good_after(url)  # (the near miss: an upload checked to its end writes nothing to the log)
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(60)
    said = log.read_text(errors="replace")
    assert "memory allocation" not in said and "backtrace" not in said, said[-3000:]
    lines = [ln for ln in said.splitlines() if "/validate" in ln and "DKG_MAX_VALIDATE" in ln]
    assert lines == ["/validate: the check of 'upload.nt' passed DKG_MAX_VALIDATE_MEMORY_BYTES (300,000,000): its worker "
                     "was stopped and replaced; answered 413"], said[-3000:]


@pytest.mark.slow
def test_a_memory_bound_under_what_any_check_needs_stops_the_start_naming_it(folder_store):
    """Under about 220 MB every upload, one triple included, was answered 413 "more than N bytes of memory": the
    engine's loader reserves a fixed 200,000,000 bytes as a check begins. The server now refuses to start, naming the
    setting and the least it may be (the near miss, 300,000,000, is the previous test's server)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "DKG_MALLOC": "system", "DKG_LANG": "en",
           "DKG_MAX_VALIDATE_MEMORY_BYTES": "200000000"}
    done = subprocess.run([sys.executable, "-m", "kg", "--store", str(folder_store), "serve", "--port", "9"], env=env,
                          capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr
    # (after the notes of what the start is doing, which `dkg serve` says since round 40)
    first, hint = [line for line in done.stderr.splitlines() if not line.startswith("note: ")][:2]
    assert first.startswith("error: DKG_MAX_VALIDATE_MEMORY_BYTES=200,000,000 is under 300,000,000, the least it can be")
    assert hint.startswith("hint: set DKG_MAX_VALIDATE_MEMORY_BYTES to 300,000,000 or more")
