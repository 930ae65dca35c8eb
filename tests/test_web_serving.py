"""kg.web.serving and `dkg serve`'s start: it says what it does while it starts (the store's opening, the query
workers' snapshot), in the user's language, and says where it serves only once it answers there."""
from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.store import Store
from loopback import free_port

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow  # (the web app is built: about two seconds)
def test_dkg_serve_says_it_is_starting_first_and_where_it_serves_only_once_it_listens(tmp_path, monkeypatch):
    from kg.web import serving  # noqa: PLC0415

    monkeypatch.setattr("kg.web.address.check_port", lambda *a: None)
    monkeypatch.delenv("DKG_UPDATE_TOKEN", raising=False)
    Store.open(tmp_path / "s").close()
    args = ["--lang", "vi", "--store", str(tmp_path / "s"), "serve", "--port", "8765"]
    listening: list[str] = []
    monkeypatch.setattr(serving, "run", lambda app, *, host, port, ready: listening.append(host))  # (never listens)
    never = CliRunner().invoke(main, args)
    assert never.exit_code == 0, never.output
    assert listening == ["127.0.0.1"] and "phục vụ tại" not in never.stderr  # (not said before it listens)
    assert never.stderr.startswith(f"lưu ý: đang khởi động máy chủ: mở kho {tmp_path / 's'} ...")
    assert "đang chuẩn bị các tiến trình trả lời truy vấn" in never.stderr
    monkeypatch.setattr(serving, "run", lambda app, *, host, port, ready: ready())
    Store.open(tmp_path / "t").close()  # (another store: the first is still held by the app that never ran)
    again = CliRunner().invoke(main, [*args[:3], str(tmp_path / "t"), *args[4:]])
    assert again.exit_code == 0, again.output
    said = again.stderr
    assert said.index("đang khởi động máy chủ") < said.index("đang chuẩn bị") < said.index("phục vụ tại http://127.0.0.1:8765")


@pytest.mark.slow  # (the web app is built: about two seconds)
def test_dkg_serve_on_no_store_yet_says_it_starts_on_the_bundled_dataset(tmp_path, monkeypatch):
    from kg.web import serving  # noqa: PLC0415

    monkeypatch.setattr("kg.web.address.check_port", lambda *a: None)
    monkeypatch.delenv("DKG_UPDATE_TOKEN", raising=False)
    monkeypatch.delenv("DKG_STORE", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    monkeypatch.setattr(serving, "run", lambda app, *, host, port, ready: ready())
    result = CliRunner().invoke(main, ["--lang", "en", "serve", "--port", "8765", "--memory"])
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith("note: starting the server ...\n")  # (no store to open: the next note says so)
    assert "opening the store" not in result.stderr and "bundled dataset" in result.stderr


@pytest.mark.slow  # (a server process started: seconds)
def test_the_address_dkg_serve_names_answers_as_soon_as_it_is_said(tmp_path):
    Store.open(tmp_path / "s").close()
    port = free_port()
    env = {**{k: v for k, v in os.environ.items() if k not in ("DKG_UPDATE_TOKEN", "DKG_STORE")}, "DKG_LANG": "en"}
    proc = subprocess.Popen([sys.executable, "-m", "kg", "--store", str(tmp_path / "s"), "serve", "--port", str(port)],
                            env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    lines: list[str] = []
    answered: list[int] = []

    def read() -> None:
        assert proc.stderr is not None
        for line in proc.stderr:
            lines.append(line)
            if "serving at" in line:  # (asked at once, from the thread that read the line)
                answered.append(httpx.get(f"http://127.0.0.1:{port}/sparql", params={"query": "ASK {}"},
                                          timeout=30).status_code)
    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        deadline = time.monotonic() + 120
        while not answered and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.1)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
        reader.join(timeout=10)
    assert answered == [200], "".join(lines)
    notes = [line for line in lines if line.startswith("note: ")]
    assert notes[0].startswith(f"note: starting the server: opening the store {tmp_path / 's'} ...")
    assert notes[1].startswith("note: preparing the query workers") and notes[2].startswith("note: serving at")
