"""kg.client's bound on a write sent to a server: a server that answers ``/store.json`` and then says nothing to a
write (stopped, deadlocked) no longer holds the analyst's terminal for ever. The CLI stops after
``$DKG_WRITE_TIMEOUT`` seconds (ten minutes by default) and says what to do: look at the history before sending the
write again, and how to wait longer. Met over a real socket, with the real command."""

from __future__ import annotations

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from click.testing import CliRunner

from kg import client
from kg.cli import main
from kg.errors import StoreError, UsageError
from loopback import free_port


class _Stuck(BaseHTTPRequestHandler):
    """A dkg server as the CLI probes it, which never answers a write (it waits until the test ends)."""

    release = threading.Event()

    def do_GET(self):  # noqa: N802  (the standard library's name)
        body = json.dumps({"service": "directive-kg", "writes": True}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):  # noqa: N802
        self.release.wait(30)

    def log_message(self, *args):  # (quiet)
        pass


@pytest.fixture
def stuck_server():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Stuck)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        _Stuck.release.set()
        server.shutdown()
        server.server_close()
        _Stuck.release.clear()


def test_a_write_the_server_never_answers_stops_after_the_setting_and_says_what_to_do(stuck_server, monkeypatch):
    monkeypatch.setenv("DKG_WRITE_TIMEOUT", "1")
    monkeypatch.setenv("DKG_UPDATE_TOKEN", "t")
    began = time.monotonic()
    got = CliRunner().invoke(main, ["--lang", "en", "--store", stuck_server, "reindex"])
    assert time.monotonic() - began < 20
    assert got.exit_code == 3, got.output
    assert f"the dkg server at {stuck_server} did not answer the write within 1 seconds" in got.output
    assert "`dkg history`" in got.output and "DKG_WRITE_TIMEOUT=SECONDS" in got.output
    assert "Traceback" not in got.output


def test_the_same_refusal_in_vietnamese(stuck_server, monkeypatch):
    monkeypatch.setenv("DKG_WRITE_TIMEOUT", "1")
    monkeypatch.setenv("DKG_UPDATE_TOKEN", "t")
    got = CliRunner().invoke(main, ["--lang", "vi", "--store", stuck_server, "reindex"])
    assert got.exit_code == 3, got.output
    assert f"máy chủ dkg tại {stuck_server} chưa trả lời lệnh ghi sau 1 giây" in got.output
    assert "để không ghi hai lần" in got.output and "did not answer" not in got.output


def test_the_setting_reads_seconds_zero_as_no_bound_and_refuses_what_is_no_number(monkeypatch):
    monkeypatch.delenv("DKG_WRITE_TIMEOUT", raising=False)
    assert client.write_timeout() == client.WRITE_TIMEOUT_SECONDS == 600
    monkeypatch.setenv("DKG_WRITE_TIMEOUT", "90")
    assert client.write_timeout() == 90
    monkeypatch.setenv("DKG_WRITE_TIMEOUT", "0")
    assert client.write_timeout() is None  # (wait until the write is done, as before this setting)
    for bad in ("mười", "-5", "nan", "inf"):
        monkeypatch.setenv("DKG_WRITE_TIMEOUT", bad)
        with pytest.raises(UsageError) as refused:
            client.write_timeout()
        assert "is no number of seconds" in refused.value.message and "600 seconds" in (refused.value.hint or "")


def test_a_server_that_answers_in_time_is_not_refused(monkeypatch):
    """The near miss: a write answered within the bound is the server's answer, not a time-out."""
    class _Answers(_Stuck):
        def do_POST(self):  # noqa: N802
            time.sleep(0.2)
            body = json.dumps({"documents": 3, "places": 4}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), _Answers)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        monkeypatch.setenv("DKG_WRITE_TIMEOUT", "5")
        assert client.ServerClient(f"http://127.0.0.1:{server.server_address[1]}", "t").reindex() == (3, 4)
    finally:
        server.shutdown()
        server.server_close()


def test_a_connection_dropped_mid_write_is_said_in_the_readers_language():
    """A server gone while the write was sent (nothing listens there any more) is its own refusal, in both
    languages, naming the server."""
    closed = free_port()
    with pytest.raises(StoreError) as lost:
        client.ServerClient(f"http://127.0.0.1:{closed}", "t").reindex()
    assert lost.value.code == "sent-lost" and "holds the store but did not answer" in lost.value.message
    vi, hint = lost.value.said("vi")
    assert f"máy chủ dkg tại http://127.0.0.1:{closed} giữ kho nhưng không trả lời" in vi and hint
