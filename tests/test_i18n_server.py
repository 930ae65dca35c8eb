"""kg.i18n.server: what an operator of ``dkg serve`` meets is said in Vietnamese after "lỗi:", not left in English:
the tokens file's refusals (at start, and in the answer of a server whose file became invalid, asked over HTTP), a
SPARQL store out of reach (asked over a real socket), a store that cannot be opened on a full disk."""

from __future__ import annotations

import socket

import pytest

from kg.errors import DiskFull, InputError, StoreError
from kg.store import Store, writes
from kg.store.remote import RemoteDataset
from kg.web import create_app
from kg.web.auth import TokensFile, read_tokens
from test_web_support import http, running

LAN = "lan-token-91c2"
BINH = "binh-token-4e7d"


@pytest.mark.parametrize(("text", "vi", "en"), [
    ("lan-1\n", "mỗi dòng cần tên một chuyên viên", "a line needs"),
    (f"Lan {LAN}\n# x\nLan {BINH}\n", "tên 'Lan' có hai lần", "given twice"),
    (f"Lan {LAN}\nBình {LAN}\n", "được cấp cho hai chuyên viên", "two analysts"),
    (f"Lan {LAN}\nBình shared-one\n", "mã chung --update-token", "shared --update-token"),
    ("# nobody\n", "không nêu chuyên viên nào", "names no analyst"),
])
def test_each_refusal_of_the_tokens_file_is_said_in_vietnamese_with_its_place(tmp_path, text, vi, en):
    path = tmp_path / "tokens"
    path.write_text(text, encoding="utf-8")
    path.chmod(0o600)
    with pytest.raises(InputError) as refused:
        read_tokens(path, shared="shared-one")
    message, hint = refused.value.said("vi")
    assert message.startswith(str(path)) and vi in message and en not in message and hint
    assert en in refused.value.said("en")[0]


def test_a_tokens_file_others_may_read_is_refused_in_vietnamese(tmp_path):
    path = tmp_path / "tokens"
    path.write_text(f"Lan {LAN}\n", encoding="utf-8")
    path.chmod(0o644)
    with pytest.raises(InputError) as refused:
        read_tokens(path)
    message, hint = refused.value.said("vi")
    assert "mọi người dùng của máy này" in message and hint == f"chỉ để người chạy `dkg serve` đọc được tệp: chmod 600 {path}"


def test_a_server_whose_tokens_file_became_invalid_says_why_in_the_reader_s_language(tmp_path):
    path = tmp_path / "tokens"
    path.write_text(f"Nguyễn Thị Lan {LAN}\n", encoding="utf-8")
    path.chmod(0o600)
    store = Store.open(None)
    with running(create_app(store, tokens_file=TokensFile(path), query_workers=1)) as base:
        decision = {"ids": ["x"], "decision": "accepted"}
        sent = {"Authorization": f"Bearer {LAN}"}
        # the near miss: the file as it was takes the token (the decision is refused for its unknown fact, not 503)
        assert http.post(base + "/store/review", json=decision, headers=sent, timeout=60).status_code != 503
        path.write_text(f"Nguyễn Thị Lan {LAN}\nBình {LAN}\n", encoding="utf-8")
        vi = http.post(base + "/store/review", params={"lang": "vi"}, json=decision, headers=sent, timeout=60)
        en = http.post(base + "/store/review", json=decision, headers=sent, timeout=60)
    assert vi.status_code == en.status_code == 503
    said = vi.json()["message"]
    assert "tệp mã của các chuyên viên" in said and f"{path}:2: mã này được cấp cho hai chuyên viên" in said
    assert "analyst" not in said and "given to two analysts" in en.json()["message"]


def test_a_sparql_store_out_of_reach_is_said_in_vietnamese():
    with socket.socket() as sock:  # a port that was free a moment ago: nothing listens there
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    remote = RemoteDataset(f"http://127.0.0.1:{port}/sparql", timeout=5)
    with pytest.raises(StoreError) as refused:
        remote.query("ASK {}")
    message, hint = refused.value.said("vi")
    assert message.startswith(f"không kết nối được kho SPARQL tại http://127.0.0.1:{port}/sparql: ")
    assert hint == "máy chủ đó có đang chạy không, và địa chỉ có đúng không?"
    assert refused.value.message.startswith("cannot reach the SPARQL store at ")


def test_a_dataset_the_full_disk_cannot_open_is_said_in_vietnamese(tmp_path, monkeypatch):
    def full(_folder):
        raise OSError("IO error: No space left on device")

    monkeypatch.setattr(writes.ox, "Store", full)
    with pytest.raises(DiskFull) as refused:
        writes.open_dataset(tmp_path / "quarantine", "quarantine")
    message, hint = refused.value.said("vi")
    assert message == f"không mở được kho cách ly (hàng đợi duyệt) tại {tmp_path / 'quarantine'}: ổ đĩa đã đầy; chưa ghi gì"
    assert hint and hint.startswith("giải phóng chỗ")
    assert refused.value.message.startswith("cannot open the quarantine (review queues) at ")

    def broken(_folder):
        raise OSError("IO error: bad magic number")

    monkeypatch.setattr(writes.ox, "Store", broken)  # (the near miss: another fault is no full disk)
    with pytest.raises(OSError, match="bad magic"):
        writes.open_dataset(tmp_path / "history", "history")


def test_a_store_the_full_disk_cannot_open_is_said_in_vietnamese(tmp_path, monkeypatch):
    from kg.store import store as store_module

    def full(_folder):
        raise OSError("IO error: No space left on device")

    monkeypatch.setattr(store_module.ox, "Store", full)
    with pytest.raises(StoreError) as refused:
        Store.open(tmp_path / "store")
    assert refused.value.said("vi")[0] == f"không mở được kho dữ liệu tại {tmp_path / 'store'}: ổ đĩa đã đầy; chưa ghi gì"
