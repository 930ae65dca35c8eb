"""A reader's token (kg.web.auth.READ_ONLY): a tokens file's line that opens with ``read-only`` names someone who reads
only (a journalist handed a token by an office). Reads need no token and stay open to them; every write sent with
their token, by any of the server's ways of writing, is refused with 403 and a message that says the token reads
only, and nothing is written. Tried through a real HTTP client against a served app."""

from __future__ import annotations

import httpx
import pytest

from kg.errors import InputError
from kg.web import create_app
from kg.web.auth import TokensFile, read_token_lines, read_tokens
from test_review_web import store  # noqa: F401  (fixture)
from test_web_support import running

LAN, HOA = "lan-token-0123456789", "hoa-token-9876543210"
EVIL_READER = '<b onmouseover="x()">Hoa</b>'
INSERT = "INSERT DATA { <urn:a> <urn:b> <urn:c> }"


@pytest.fixture
def tokens(tmp_path):
    path = tmp_path / "tokens"
    path.write_text(f"Nguyễn Thị Lan  {LAN}\nread-only {EVIL_READER}  {HOA}\n", encoding="utf-8")
    path.chmod(0o600)
    return path


def test_a_read_only_line_names_a_reader_apart_from_the_analysts(tokens, tmp_path):
    assert read_token_lines(tokens) == (("Nguyễn Thị Lan", LAN, False), (EVIL_READER, HOA, True))
    assert read_tokens(tokens) == (("Nguyễn Thị Lan", LAN),)
    assert TokensFile(tokens).readers() == ((EVIL_READER, HOA),)
    # a reader's line without a name is refused, never taken for an analyst named "read-only" (who would write)
    odd = tmp_path / "odd"
    odd.write_text("Nguyễn Thị Lan  tok-0\nread-only  tok-1\n", encoding="utf-8")
    odd.chmod(0o600)
    with pytest.raises(InputError) as refused:
        read_token_lines(odd)
    assert refused.value.code == "tokens.reader-no-name" and refused.value.line == 2
    # near miss: a name that merely holds the word is an analyst's
    near = tmp_path / "near"
    near.write_text("Lan read-only  tok-2\n", encoding="utf-8")
    near.chmod(0o600)
    assert read_token_lines(near) == (("Lan read-only", "tok-2", False),)


def test_a_readers_token_is_refused_on_every_write_with_403_and_reads_stay_open(store, tokens):  # noqa: F811
    app = create_app(store, tokens_file=TokensFile(tokens))
    before = len(store.main)
    with running(app) as base, httpx.Client(base_url=base, timeout=30) as c:
        sid = c.get("/review.json").json()["sources"][0]["id"]
        fact = c.get(f"/review/{sid}.json").json()["facts"][0]["id"]
        as_reader = {"Authorization": f"Bearer {HOA}"}
        # reads: open, with or without the token
        for path in ("/", f"/review/{sid}", f"/review/{sid}.json", "/changes.json", "/queries/bodies.json"):
            assert c.get(path, headers=as_reader).status_code == 200, path
        assert c.get("/sparql", params={"query": "ASK {}"}, headers=as_reader).status_code == 200
        bearer_writes = [
            ("/sparql", {"data": {"update": INSERT}}),
            ("/store/load", {"files": {"file": ("a.ttl", b"<urn:a> <urn:b> <urn:c> .")}}),
            ("/store/ingest", {"files": {"file": ("a.txt", "Tỉnh ủy ban hành Kế hoạch 5-KH/TU.".encode())}}),
            ("/store/review", {"json": {"ids": [fact], "decision": "accepted"}}),
            ("/store/assess", {"json": {"id": fact, "status": "attained"}}),
            ("/store/tie", {"json": {"outcome": "urn:o", "target": "urn:t", "decision": "accepted"}}),
            ("/store/reason", {}), ("/store/reindex", {}), ("/store/rollback", {"json": {"change": 1}}),
            (f"/review/{sid}/decisions", {"json": {"ids": [fact], "decision": "rejected"}}),
            (f"/review/{sid}/assessments", {"json": {"id": fact, "status": "partly"}}),
            ("/review/ties", {"json": {"outcome": "urn:o", "target": "urn:t", "decision": "accepted"}}),
        ]
        for path, body in bearer_writes:
            r = c.post(path, headers={**as_reader, "Accept": "application/json"}, **body)
            assert r.status_code == 403, (path, r.status_code, r.text)
            assert "reads only" in r.json()["message"] and EVIL_READER in r.json()["message"], path
        form_writes = [(f"/review/{sid}/decide", {"id": fact, "decision": "accepted"}),
                       (f"/review/{sid}/assess", {"id": fact, "status": "attained"}),
                       ("/review/tie", {"outcome": "urn:o", "target": "urn:t", "decision": "accepted"})]
        for path, fields in form_writes:
            r = c.post(path, data={"token": HOA, **fields}, headers={"Accept": "application/json"})
            assert r.status_code == 403 and "reads only" in r.json()["message"], (path, r.text)
        upload = c.post("/review/upload", data={"token": HOA},
                        files={"file": ("a.txt", "Tỉnh ủy ban hành Kế hoạch 5-KH/TU.".encode())},
                        headers={"Accept": "application/json"})
        assert upload.status_code == 403 and "reads only" in upload.json()["message"]
        # the refusal as a page, in Vietnamese, with the reader's name escaped
        page = c.post(f"/review/{sid}/decide", data={"token": HOA, "id": fact, "decision": "accepted"},
                      headers={"Accept": "text/html"})
        assert page.status_code == 403 and "chỉ để đọc" in page.text
        assert EVIL_READER not in page.text and "&lt;b onmouseover=" in page.text
        assert len(store.main) == before  # nothing written
        # near miss: the analyst's token still writes
        ok = c.post("/store/review", headers={"Authorization": f"Bearer {LAN}"},
                    json={"ids": [fact], "decision": "accepted"})
        assert ok.status_code == 200 and ok.json()["decided"] == [fact]


def test_a_backup_through_the_server_is_the_operator_s_an_analyst_s_own_token_is_refused(new_store_path, tokens,
                                                                                          tmp_path):
    """``POST /store/backup`` makes the server write a whole store copy into a folder of its disk: the shared update
    token (the operator's) may, an analyst's own token may not (403 naming them, no folder made), nor a reader's."""
    from kg.store import Store

    shared = "operator-token-0123456789"
    folder_store = Store.open(new_store_path)
    app = create_app(folder_store, update_token=shared, tokens_file=TokensFile(tokens))
    refused, made = tmp_path / "by-analyst", tmp_path / "by-operator"
    with running(app) as base, httpx.Client(base_url=base, timeout=60) as c:
        for token in (LAN, HOA):
            answer = c.post("/store/backup", json={"target": str(refused)}, headers={"Authorization": f"Bearer {token}"})
            assert answer.status_code == 403, answer.text
            assert answer.json()["error"] == "forbidden"
        assert "Nguyễn Thị Lan" in c.post("/store/backup", json={"target": str(refused)},
                                          headers={"Authorization": f"Bearer {LAN}"}).json()["message"]
        assert not refused.exists()
        # near miss: the operator's shared token makes the copy
        done = c.post("/store/backup", json={"target": str(made)}, headers={"Authorization": f"Bearer {shared}"})
        assert done.status_code == 200, done.text
        assert done.json()["quads"] > 0 and made.is_dir()
    folder_store.close()


def test_a_backup_asked_of_a_server_with_no_shared_token_says_to_stop_it(new_store_path, tokens, tmp_path):
    """A server started with a tokens file alone (the README's first day) has no token a backup through it takes:
    the refusal says so and what the operator does (stop it and run ``dkg backup``), never to send the shared token
    it does not have (newcomer39's trip); a server with one still names that token (near miss)."""
    from kg.store import Store

    folder_store = Store.open(new_store_path)
    refused = tmp_path / "copy"
    for shared in (None, "operator-token-0123456789"):
        app = create_app(folder_store, update_token=shared, tokens_file=TokensFile(tokens))
        with running(app) as base, httpx.Client(base_url=base, timeout=60) as c:
            answer = c.post("/store/backup", json={"target": str(refused)}, headers={"Authorization": f"Bearer {LAN}"})
        assert answer.status_code == 403, answer.text
        said = answer.json()["message"] + " " + str(answer.json().get("hint"))
        assert ("without a shared token" in said) == (shared is None)
        assert "stops the server" in said and "Nguyễn Thị Lan" in said
        assert ("shared --update-token (`DKG_UPDATE_TOKEN=... dkg backup" in said) == (shared is not None)
    assert not refused.exists()
    folder_store.close()
