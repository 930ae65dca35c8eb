"""kg.client: a store held by a server that does not answer is told apart by how it does not: one starting does not
listen yet (wait and run again), one stopped or stuck takes the connection and says nothing (how to tell it from a busy
one, and to stop and start it again). Met by the CLI's own HTTP client, over real sockets."""

from __future__ import annotations

import socket

import pytest

from kg import client
from kg.errors import StoreError
from kg.store import holder
from test_holder import other_process, write_record  # noqa: F401  (other_process: a fixture)
from loopback import free_port


def refused(folder, pid) -> StoreError:
    with pytest.raises(StoreError) as caught:
        client.server_for(folder)
    return caught.value


def test_a_server_that_takes_the_connection_and_answers_nothing_is_said_to_be_stuck(tmp_path, other_process,  # noqa: F811
                                                                                       monkeypatch):
    monkeypatch.setattr(client, "CONNECT_SECONDS", 1.0)
    with socket.socket() as frozen:  # listens, never accepts: the system takes the connection, no one answers
        frozen.bind(("127.0.0.1", 0))
        frozen.listen(8)
        url = f"http://127.0.0.1:{frozen.getsockname()[1]}"
        write_record(tmp_path, pid=other_process, command="dkg serve", url=url, writes=True)
        error = refused(tmp_path, other_process)
    assert error.code == "store-held-frozen" and "takes the connection but does not answer" in error.message
    assert f"{url}/store.json" in error.hint and f"kill -INT {other_process}" in error.hint
    assert f"ps -o stat= -p {other_process}" in error.hint and "dkg serve` again" in error.hint
    vi, vi_hint = error.said("vi")
    assert "nhận kết nối nhưng không trả lời" in vi and vi_hint and "bị treo" in vi_hint and "khởi động lại" in vi_hint
    assert "moment" not in error.hint and "giây lát" not in vi_hint


def test_a_server_not_listening_yet_is_said_to_be_starting(tmp_path, other_process, monkeypatch):  # noqa: F811
    """The near miss: a refused connection is a server still starting (or a record to remove), not a stuck one."""
    monkeypatch.setattr(client, "CONNECT_SECONDS", 1.0)
    closed = free_port()
    write_record(tmp_path, pid=other_process, command="dkg serve", url=f"http://127.0.0.1:{closed}", writes=True)
    error = refused(tmp_path, other_process)
    assert error.code == "store-held-silent" and "answers in a moment" in error.hint and holder.RECORD in error.hint
    assert "kill" not in error.hint
