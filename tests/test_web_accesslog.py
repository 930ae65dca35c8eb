"""kg.web.accesslog and the token checks of kg.web.auth against a token sent in an address: such a write is
refused, said so (the address is never read for a token, and the token is to be changed), and the token is never
written in the server's log of requests, with the rest of the line as uvicorn writes it."""

from __future__ import annotations

import logging
import os
import subprocess
import sys

import pytest
from fastapi.testclient import TestClient

from kg.store import Store
from kg.web import create_app
from kg.web.accesslog import ACCESS_LOGGER, HideTokens, masked
from kg.web.auth import looks_like_a_token

LAN = "lan-secret-7f3a9c"
INSERT = "INSERT DATA { <http://example.org/a> <http://example.org/b> <http://example.org/c> }"


def access_line(path: str) -> str:
    """A line of uvicorn's access log for ``path``, as its logger builds it, through the filter."""
    record = logging.LogRecord(ACCESS_LOGGER, logging.INFO, __file__, 1, '%s - "%s %s HTTP/%s" %d',
                               ("10.0.0.7:5123", "POST", path, "1.1", 401), None)
    assert HideTokens().filter(record)
    return record.getMessage()


@pytest.mark.parametrize("path", [
    f"/sparql?access_token={LAN}",
    f"/store/review?lang=vi&token={LAN}",
    f"/review/abc/decide?Update_Token={LAN}&x=1",
    f"/sparql?password={LAN}",
    f"/sparql?api_key={LAN}%20",
])
def test_a_token_in_an_address_is_masked_in_the_access_log(path):
    line = access_line(path)
    assert LAN not in line and "***" in line and line.startswith('10.0.0.7:5123 - "POST /')


def test_an_address_without_a_token_is_logged_as_sent():
    """The near miss: a document key, a search or a query's text stays as it was."""
    for path in ("/doc/46-NQ/TW", "/?q=ban%20tuyen%20giao", "/queries/cascade.json?doc=46-NQ%2FTW&as_of=2024-06-30",
                 "/sparql?query=SELECT%20*%20WHERE%20%7B%7D"):
        assert masked(path) == path and access_line(path).endswith(f"POST {path} HTTP/1.1\" 401")
    assert not any(looks_like_a_token(name) for name in ("doc", "q", "author", "key", "province"))
    assert all(looks_like_a_token(name) for name in ("access_token", "Authorization", "auth", "PASSWORD"))


def test_a_write_with_its_token_in_the_address_is_refused_and_says_why(tmp_path):
    store = Store.open(tmp_path / "store")
    try:
        with TestClient(create_app(store, analysts=(("Nguyễn Thị Lan", LAN),))) as c:
            resp = c.post("/sparql", params={"access_token": LAN}, data={"update": INSERT})
            assert resp.status_code == 401 and resp.json()["error"] == "unauthorized"
            assert "never read from the address" in resp.json()["message"]
            assert "Authorization: Bearer" in resp.json()["hint"] and "new token" in resp.json()["hint"]
            said = c.post("/store/review", params={"token": LAN, "lang": "vi"},
                          json={"ids": ["x"], "decision": "accepted"}).json()
            assert "không bao giờ được đọc từ địa chỉ" in said["message"] and "mã mới" in said["hint"]
            # (the near miss: a write without any token is told what to send, not that it leaked one)
            plain = c.post("/sparql", data={"update": INSERT}).json()
            assert "address" not in plain["message"] and "your own token" in plain["hint"]
            # the token in the header writes, whatever the address holds besides
            assert c.post("/sparql", params={"token": "x"}, data={"update": INSERT},
                          headers={"Authorization": f"Bearer {LAN}"}).status_code == 204
            assert logging.getLogger(ACCESS_LOGGER).filters  # (installed when the app started)
    finally:
        store.close()


@pytest.mark.slow
def test_the_log_of_a_running_server_never_holds_a_token_sent_in_an_address(tmp_path):
    """The real `dkg serve` with a tokens file, asked over HTTP: its log of requests (uvicorn writes it on stdout)
    names the refused request, not the token."""
    from test_server_writes import started  # noqa: PLC0415
    from test_web_support import http  # noqa: PLC0415

    tokens = tmp_path / "tokens"
    tokens.write_text(f"Nguyễn Thị Lan {LAN}\n", encoding="utf-8")
    tokens.chmod(0o600)
    env = {k: v for k, v in os.environ.items() if k not in ("DKG_UPDATE_TOKEN", "DKG_STORE")}
    proc, base = started([sys.executable, "-m", "kg", "--store", str(tmp_path / "store"), "serve", "--tokens-file",
                          str(tokens)], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        assert http.post(base + f"/sparql?access_token={LAN}", data={"update": INSERT}).status_code == 401
        assert http.get(base + "/doc/46-NQ/TW").status_code in (200, 404)
    finally:
        proc.terminate()
        out, _err = proc.communicate(timeout=30)
    log = out.decode("utf-8", "replace")
    assert "POST /sparql?access_token=*** HTTP/1.1" in log and "GET /doc/46-NQ/TW" in log
    assert LAN not in log



# --- the analyst a write's token names, in the line of that write -----------------------------------------------
def _served_line(analyst: str | None) -> str:
    """The access line uvicorn writes for a request an app answers, where the app's token check found ``analyst``
    (None: no token, or the shared one): the app behind :class:`NameAnalyst`, and a server's ``send`` that logs the
    line when the response starts, as uvicorn's does."""
    import asyncio  # noqa: PLC0415

    from starlette.requests import Request  # noqa: PLC0415

    from kg.web.accesslog import NameAnalyst  # noqa: PLC0415

    async def app(scope, receive, send):
        if analyst is not None:
            Request(scope).state.analyst = analyst  # (as kg.web.auth keeps it)
        await send({"type": "http.response.start", "status": 200, "headers": []})
        await send({"type": "http.response.body", "body": b"{}"})

    lines: list[str] = []

    class Keep(logging.Handler):
        def emit(self, record):
            lines.append(record.getMessage())

    logger = logging.getLogger(ACCESS_LOGGER)
    keep, hide = Keep(), HideTokens()
    logger.addHandler(keep)
    logger.addFilter(hide)
    old_level, logger.level = logger.level, logging.INFO

    async def send(message):
        if message["type"] == "http.response.start":
            logger.info('%s - "%s %s HTTP/%s" %d', "10.0.0.7:5123", "POST", "/store/review", "1.1", message["status"])

    async def receive():
        return {"type": "http.request", "body": b""}

    try:
        asyncio.run(NameAnalyst(app)({"type": "http", "method": "POST", "path": "/store/review", "state": {}},
                                     receive, send))
    finally:
        logger.removeHandler(keep)
        logger.removeFilter(hide)
        logger.level = old_level
    assert len(lines) == 1
    return lines[0]


def test_a_write_made_with_an_analysts_own_token_names_the_analyst_in_its_log_line():
    line = _served_line("Nguyễn Thị Lan")
    assert line == '10.0.0.7:5123 [analyst: Nguyễn Thị Lan] - "POST /store/review HTTP/1.1" 200'


def test_a_request_without_an_analyst_is_logged_as_before_and_a_name_cannot_break_the_line():
    """The near misses: no analyst (a read, the shared token) adds nothing; a name with a line break is kept on its
    line."""
    assert _served_line(None) == '10.0.0.7:5123 - "POST /store/review HTTP/1.1" 200'
    assert _served_line("Lan\nINFO: forged") == '10.0.0.7:5123 [analyst: Lan?INFO: forged] - "POST /store/review HTTP/1.1" 200'


@pytest.mark.slow
def test_a_real_server_names_the_analyst_of_each_write_and_never_the_token(tmp_path):
    from test_server_writes import started  # noqa: PLC0415
    from test_web_support import http  # noqa: PLC0415

    tokens = tmp_path / "tokens"
    tokens.write_text(f"Nguyễn Thị Lan {LAN}\n", encoding="utf-8")
    tokens.chmod(0o600)
    env = {k: v for k, v in os.environ.items() if k not in ("DKG_UPDATE_TOKEN", "DKG_STORE", "DKG_PUBLIC_URL")}
    proc, base = started([sys.executable, "-m", "kg", "--store", str(tmp_path / "store"), "serve",
                          "--tokens-file", str(tokens)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:  # (uvicorn writes its access lines on stdout, its other lines on stderr)
        assert http.post(base + "/store/reindex", json={}, headers={"Authorization": f"Bearer {LAN}"}).status_code == 200
        assert http.get(base + "/store.json").status_code == 200
    finally:
        proc.terminate()
        out, err = proc.communicate(timeout=30)
    log = (out + err).decode("utf-8", "replace")
    write = next(line for line in log.splitlines() if "POST /store/reindex" in line)
    read = next(line for line in log.splitlines() if "GET /store.json" in line)
    assert "[analyst: Nguyễn Thị Lan]" in write and "analyst" not in read and LAN not in log
