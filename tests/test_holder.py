"""kg.store.holder: the record of who holds a folder store, and what a second writer is told."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.store import Store, holder
from loopback import free_port

GOOD = Path(__file__).parent / "fixtures" / "store" / "good.ttl"
EX = "http://example.org/held/"


@pytest.fixture
def other_process():
    """A live process that is not this one."""
    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
    yield proc.pid
    proc.kill()
    proc.wait()


def dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def write_record(where: Path, **fields) -> None:
    record = {"pid": 1, "command": "dkg load", "since": "2026-01-02T03:04:05+00:00", "url": None,
              "writes": False, **fields}
    (where / holder.RECORD).write_text(json.dumps(record))


def run(folder: Path, *args: str, env: dict | None = None):
    return CliRunner().invoke(main, ["--store", str(folder), *args], env=env)


def test_record_current_and_release(tmp_path, other_process):
    written = holder.record(tmp_path, "dkg serve", url="http://127.0.0.1:8123", writes=True)
    assert written is not None and holder.current(tmp_path) is None  # this process is not another holder
    write_record(tmp_path, pid=other_process, command="dkg serve", url="http://127.0.0.1:8123", writes=True)
    found = holder.current(tmp_path)
    assert found is not None and found.pid == other_process and found.url == "http://127.0.0.1:8123"
    holder.release(tmp_path)  # not ours: kept
    assert (tmp_path / holder.RECORD).exists()
    write_record(tmp_path, pid=written.pid)
    holder.release(tmp_path)
    assert not (tmp_path / holder.RECORD).exists()


def test_a_record_that_cannot_be_written_is_skipped(tmp_path):
    assert holder.record(tmp_path / "no" / "such" / "folder", "dkg load") is None


def test_a_record_whose_process_is_gone_or_that_is_broken_is_ignored(tmp_path):
    write_record(tmp_path, pid=dead_pid(), url="http://127.0.0.1:9", writes=True)
    assert holder.current(tmp_path) is None
    for broken in ("", "{", "[]", '{"pid": "x"}', '{"pid": 5}'):
        (tmp_path / holder.RECORD).write_text(broken)
        assert holder.current(tmp_path) is None


def test_client_url_for_any_bind_address():
    assert holder.client_url("0.0.0.0", 8000) == "http://127.0.0.1:8000"
    assert holder.client_url("::", 8000) == "http://[::1]:8000"
    assert holder.client_url("127.0.0.1", 80) == "http://127.0.0.1:80"


def test_a_second_writer_is_refused_at_once_naming_the_holder(tmp_path, other_process):
    folder = tmp_path / "store"
    assert run(folder, "load", str(GOOD)).exit_code == 0
    store = Store.open(folder, read_only=True)
    before = set(store.main)
    store.close()
    write_record(folder, pid=other_process, command="dkg ingest")
    result = run(folder, "load", str(GOOD))
    assert result.exit_code == 3
    assert f"held by `dkg ingest` (process {other_process}, since 2026-01-02 03:04:05 UTC)" in result.output
    assert "when that one has finished" in result.output
    # a server that takes no writes: say so, and how to send writes through it
    write_record(folder, pid=other_process, command="dkg serve", url="http://127.0.0.1:9", writes=False)
    result = run(folder, "reindex")
    assert result.exit_code == 3 and "which takes no writes" in result.output and "--update-token" in result.output
    # a server that does not answer (starting, or gone with its process id reused)
    closed = free_port()
    write_record(folder, pid=other_process, command="dkg serve", url=f"http://127.0.0.1:{closed}", writes=True)
    result = run(folder, "load", str(GOOD), env={"DKG_UPDATE_TOKEN": "t"})
    assert result.exit_code == 3 and "which does not answer" in result.output and holder.RECORD in result.output
    store = Store.open(folder, read_only=True)
    assert set(store.main) == before
    store.close()


def test_a_held_store_is_explained_in_the_command_language(tmp_path, other_process):
    """Under --lang vi the whole refusal is Vietnamese: a server that takes no writes, one that does not
    answer, and one that needs the update token (the English wording is checked above)."""
    folder = tmp_path / "store"
    assert run(folder, "load", str(GOOD)).exit_code == 0
    write_record(folder, pid=other_process, command="dkg serve", url="http://127.0.0.1:9", writes=False)
    result = run(folder, "--lang", "vi", "reindex")
    assert result.exit_code == 3 and "không nhận lệnh ghi" in result.output and "--update-token" in result.output
    assert "takes no writes" not in result.output
    closed = free_port()
    write_record(folder, pid=other_process, command="dkg serve", url=f"http://127.0.0.1:{closed}", writes=True)
    result = run(folder, "--lang", "vi", "load", str(GOOD), env={"DKG_UPDATE_TOKEN": "t"})
    assert result.exit_code == 3 and "không trả lời" in result.output and holder.RECORD in result.output
    assert "does not answer" not in result.output and f"tiến trình {other_process}" in result.output


def test_a_write_through_a_server_without_the_token_says_which_variable(tmp_path, monkeypatch):
    from kg import client  # noqa: PLC0415
    from kg.errors import UsageError  # noqa: PLC0415

    monkeypatch.delenv(client.TOKEN_ENV, raising=False)
    monkeypatch.setattr(client, "probe", lambda url: {"service": "directive-kg", "writes": True})
    with pytest.raises(UsageError) as raised:
        client.server_for(None, "http://127.0.0.1:9/sparql")
    message, hint = raised.value.said("vi")
    assert "máy chủ dkg tại http://127.0.0.1:9" in message and "mã cập nhật" in message
    assert hint is not None and client.TOKEN_ENV in hint
    message, hint = raised.value.said("en")
    assert "needs its update token" in message and hint is not None and client.TOKEN_ENV in hint


def test_a_stale_record_does_not_stop_a_local_write(tmp_path):
    folder = tmp_path / "store"
    assert run(folder, "load", str(GOOD)).exit_code == 0
    write_record(folder, pid=dead_pid(), command="dkg serve", url="http://127.0.0.1:9", writes=True)
    extra = tmp_path / "x.nt"
    extra.write_text(f'<{EX}s> <{EX}p> "local" .\n')
    result = run(folder, "load", str(extra))
    assert result.exit_code == 0, result.output
    assert "sending the write" not in result.output
    assert not (folder / holder.RECORD).exists() or holder.current(folder) is None


def test_a_record_copied_with_the_folder_does_not_send_the_copy_s_writes_to_the_server(tmp_path, other_process):
    """A store folder copied while a server held it (an operator's backup, then a restore or a try-out) carries the
    server's record along: writes to the copy are the copy's, never sent to the live server of the original."""
    original, copy = tmp_path / "store", tmp_path / "backup"
    assert run(original, "load", str(GOOD)).exit_code == 0
    copy.mkdir()
    served = {"pid": other_process, "command": "dkg serve", "url": "http://127.0.0.1:9", "writes": True}
    write_record(original, **served, folder=str(original.resolve()))
    assert holder.current(original) is not None  # the original is held ...
    write_record(copy, **served, folder=str(original.resolve()))
    assert holder.current(copy) is None  # ... the copy is not
    extra = tmp_path / "x.nt"
    extra.write_text(f'<{EX}s> <{EX}p> "in the copy" .\n')
    shutil.copytree(original, copy, dirs_exist_ok=True, ignore=shutil.ignore_patterns(holder.RECORD))
    result = run(copy, "load", str(extra), env={"DKG_UPDATE_TOKEN": "t"})
    assert result.exit_code == 0, result.output
    assert "127.0.0.1:9" not in result.output  # (the near miss: the original's own write is sent, test above)
    store = Store.open(copy, read_only=True)
    assert any(q.object.value == "in the copy" for q in store.main.quads_for_pattern(None, None, None))
    store.close()
    # a record of an earlier release names no folder: it is taken as this folder's, as before
    write_record(copy, **served)
    assert holder.current(copy) is not None


def test_a_record_names_the_folder_it_was_written_in(tmp_path):
    written = holder.record(tmp_path, "dkg load")
    assert written is not None and written.folder == str(tmp_path.resolve())
    assert json.loads((tmp_path / holder.RECORD).read_text())["folder"] == str(tmp_path.resolve())


@pytest.mark.parametrize("url,vi,en", [
    (None, "`dkg ingest` (tiến trình 7, từ 02/01/2026 03:04:05 UTC)",
     "`dkg ingest` (process 7, since 2026-01-02 03:04:05 UTC)"),
    ("http://127.0.0.1:8000", "`dkg ingest` (tiến trình 7 tại http://127.0.0.1:8000, từ 02/01/2026 03:04:05 UTC)",
     "`dkg ingest` (process 7 at http://127.0.0.1:8000, since 2026-01-02 03:04:05 UTC)"),
])
def test_who_holds_a_store_is_said_in_the_language_of_the_message(url, vi, en):
    """Since when, too: day first in Vietnamese (kg.i18n.day_said), ISO in English."""
    held = holder.Holder(pid=7, command="dkg ingest", since="2026-01-02T03:04:05+00:00", url=url)
    assert held.words().said("vi") == vi
    assert held.words().said("en") == held.describe() == en
