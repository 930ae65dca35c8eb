"""Shared by the web tests: a fixture store (the bundled data plus hostile and provenance-rich
documents) and a real uvicorn server on a free loopback port, started in a thread."""

from __future__ import annotations

import functools
import importlib.util
import json
import shutil
import socket
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from types import SimpleNamespace
from typing import Any, Iterator

import httpx
import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from kg.cli import main
from kg.store import Store as FolderStore
from kg.web import create_app as app_of

#: The browser tests' Chromium (Debian's; None where it is not installed), the flags it runs with,
#: where they leave screenshots, and their marks (skipped without Chromium or Playwright).
CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"]
BROWSER_MARKS = [
    pytest.mark.browser,
    pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium)"),
    pytest.mark.skipif(importlib.util.find_spec("playwright") is None, reason="playwright is not installed"),
]



@contextmanager
def chromium(profile: Path, **options) -> Iterator[Any]:
    """A Playwright context of the tests' Chromium, with their flags and its profile in the folder ``profile``
    (``options`` are Playwright's: ``viewport``, ``java_script_enabled``); closed however the test ends."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(profile), executable_path=CHROMIUM, headless=True, args=FLAGS, **options)
        try:
            yield context
        finally:
            context.close()


EVIL = '<script>alert(1)</script>"><img src=x onerror=alert(1)>'
TOKEN = "s3cret-token"
Q = json.dumps(EVIL)  # as a Turtle string

DKG = "https://w3id.org/directive-kg/ontology#"
ID = "https://w3id.org/directive-kg/id/"
VOCAB = "https://w3id.org/directive-kg/vocab/"

EXTRA_TTL = f"""
@prefix dkg: <{DKG}> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix dcterms: <http://purl.org/dc/terms/> .

<{ID}doc/state/cp/nd/140/2017> a dkg:Decree ;
    dkg:key "140/2017/NĐ-CP" ; dkg:symbol "140/2017/NĐ-CP" ; dkg:typeCode "NĐ" ;
    dkg:level <{VOCAB}level/central> ; dkg:dateIssued "2017-12-05"^^xsd:date ;
    dkg:subject "chính sách thu hút, tạo nguồn cán bộ"@vi ; rdfs:label "Nghị định 140/2017/NĐ-CP"@vi ;
    dkg:issuer <{ID}body/central/chinh-phu> .
<{ID}body/central/chinh-phu> a dkg:Body ; rdfs:label "Chính phủ"@vi ; dkg:canonicalName "Chính phủ"@vi .

<{ID}doc/party/tu/legacy-99/nq/1/term-2020-2025> a dkg:Resolution ;
    dkg:key "1-NQ/TU" ; dkg:symbol "1-NQ/TU" ; dkg:typeCode "NQ" ;
    dkg:level <{VOCAB}level/province> ; dkg:jurisdiction <{ID}place/legacy/20> ;
    dkg:dateIssued "2024-06-01"^^xsd:date ;
    dkg:subject {Q}@vi ; rdfs:label {Q}@vi ;
    dkg:implements <{ID}doc/party/tw/nq/46/khoa-xiii> ;
    dkg:issuer <{ID}body/legacy-99/evil> ;
    dkg:extractedFrom <{ID}source/evil> .
<{ID}body/legacy-99/evil> a dkg:Body ; rdfs:label {Q}@vi ; dkg:canonicalName {Q}@vi .
<{ID}source/evil> a dkg:Source ; dcterms:title {Q}@vi ; dkg:publisher {json.dumps("Báo " + EVIL)} ;
    dkg:sourceUrl "javascript:alert(1)"^^xsd:anyURI ; dkg:published "2024-06-02"^^xsd:date .

<{ID}task/t1> a dkg:Task ; dkg:underDocument <{ID}doc/party/tu/legacy-99/nq/1/term-2020-2025> ;
    dkg:description "tổ chức quán triệt nghị quyết"@vi ; dkg:leadBody <{ID}body/legacy-99/evil> ;
    dkg:deadline "2025-12-31"^^xsd:date ; dkg:extractedFrom <{ID}source/evil> .
<{ID}target/g1> a dkg:Target ; dkg:setBy <{ID}doc/party/tu/legacy-99/nq/1/term-2020-2025> ;
    dkg:text "Kết nạp từ 1.500 hội viên"@vi ; dkg:value 1500.0 ; dkg:unit "hội viên" ; dkg:comparator ">=" .
<{ID}outcome/o1> a dkg:Outcome ; dkg:reportsTarget <{ID}target/g1> ;
    dkg:reportsOn <{ID}doc/party/tu/legacy-99/nq/1/term-2020-2025> ;
    dkg:value 1200.0 ; dkg:unit "hội viên" ; dkg:asOf "2025-06-30"^^xsd:date ;
    dkg:status <{VOCAB}status/partly> ; dkg:text "đã kết nạp 1.200 hội viên"@vi .
<{ID}event/e1> a dkg:InterimReview ; dkg:eventKind <{VOCAB}event/interim-review> ;
    dkg:eventDate "2025-07-01"^^xsd:date ; dkg:reviews <{ID}doc/party/tu/legacy-99/nq/1/term-2020-2025> .
<{ID}evidence/ev1> a dkg:Evidence ; oa:hasBody <{ID}task/t1> ;
    oa:hasTarget [ oa:hasSource <{ID}source/evil> ;
        oa:hasSelector [ a oa:TextQuoteSelector ; oa:exact {json.dumps("Giao Ban Tuyên giáo chủ trì " + EVIL)} ;
                         oa:prefix "Theo kế hoạch, " ; oa:suffix " trong năm" ] ] .
"""

#: httpx's one-call functions (``http.get(url)`` for ``httpx.get(url)``, each still a client of its
#: own) with a TLS context made once: each top-level httpx call otherwise loads the system's
#: certificate store again, tens of milliseconds, although the servers under test speak plain HTTP.
TLS = httpx.create_ssl_context()
http = SimpleNamespace(**{name: functools.partial(getattr(httpx, name), verify=TLS)
                          for name in ("get", "post", "options", "request")})

EVIL_KEY = "1-NQ/TU"
DECREE_KEY = "140/2017/NĐ-CP"


def make_store():
    from kg.store import Store
    from kg.rdf.files import parse_file

    store = Store.bundled()
    store.main.extend(parse_file("extra.ttl", EXTRA_TTL.encode("utf-8")))
    return store


@contextmanager
def running(app):
    """Serve ``app`` with uvicorn on 127.0.0.1 in a thread; yield its base URL.

    The server gets a socket already bound to a port the system chose, so two test processes
    (pytest-xdist workers, or another checkout's run) can never race for the same port."""
    import uvicorn

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",
                                           lifespan="off"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name="uvicorn-test", daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


@pytest.fixture(scope="session")
def web_store():
    return make_store()


@pytest.fixture(scope="session")
def web_app(web_store):
    from kg.web import create_app

    return create_app(web_store, update_token=TOKEN, query_timeout=5.0, row_cap=50, max_upload=200_000)


@pytest.fixture(scope="session")
def server(web_app):
    with running(web_app) as url:
        yield url


@pytest.fixture(scope="session")
def client(web_app):
    from fastapi.testclient import TestClient

    return TestClient(web_app, raise_server_exceptions=False)


def cli_and_json_twin(folder, command: list[str], path: str, params: dict) -> tuple[dict, dict]:
    """The JSON ``dkg --store FOLDER COMMAND... --format json`` prints and the JSON twin ``path``
    answers with ``params``, on the same folder store (opened by one, then the other)."""
    cli = CliRunner().invoke(main, ["--store", str(folder), *command, "--format", "json"])
    assert cli.exit_code == 0, cli.output
    store = FolderStore.open(folder)
    try:
        page = TestClient(app_of(store)).get(path, params=params).json()
    finally:
        store.close()
    return json.loads(cli.output), page
