"""Who decided (kg.web.auth, kg.review.decide): a server that knows each analyst by a token of their own records every
write under the name the token belongs to, never a name the request states; a decision that undoes another analyst's
decision in force is said before (the page shows it beside the fact), in the answer ("this replaces Lan's rejection
of ...") and in the history (``dkg:overrides``, ``dkg review show``, ``/changes``, ``dkg history``); a decision taken
by another analyst after the page was shown is refused (409), not undone unseen. Names are untrusted: escaped."""

from __future__ import annotations

import json
import os
import re
import sys

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from kg.cli import main
from kg.errors import InputError
from kg.review import show
from kg.store import history
from kg.web import create_app
from kg.web.auth import read_tokens
from test_review_web import source_id, store  # noqa: F401  (fixture)

LAN, BINH, SHARED = "lan-token-0123456789", "binh-token-9876543210", "shared-token-555"
EVIL_NAME = '<script>alert("Bình")</script> Lê \'Bình\''
EVIL_REASON = '<img src=x onerror=alert(1)> "sai số liệu"'
ANALYSTS = (("Nguyễn Thị Lan", LAN), (EVIL_NAME, BINH))


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def app_client(store, **kw) -> TestClient:  # noqa: F811  (the fixture's value, passed in)
    return TestClient(create_app(store, update_token=SHARED, analysts=ANALYSTS, **kw))


def facts_by_kind(c: TestClient, sid: str) -> dict[str, dict]:
    return {f["kind"]: f for f in c.get(f"/review/{sid}.json").json()["facts"]}


# --- the tokens file --------------------------------------------------------------------------------
def test_a_tokens_file_names_each_analyst_and_a_file_others_may_read_is_refused(tmp_path):
    path = tmp_path / "tokens"
    path.write_text("# analysts of the provincial office\n\nNguyễn Thị Lan  lan-1\n"
                    f"{EVIL_NAME} binh-2\n", encoding="utf-8")
    path.chmod(0o600)
    assert read_tokens(path) == (("Nguyễn Thị Lan", "lan-1"), (EVIL_NAME, "binh-2"))
    path.chmod(0o644)
    with pytest.raises(InputError, match="any user of this machine") as refused:
        read_tokens(path)
    assert f"chmod 600 {path}" in (refused.value.hint or "")
    for text, said, line in (("lan-1\n", "a line needs", 1), ("Lan a\n# x\nLan b\n", "given twice", 3),
                             ("Lan a\nBình a\n", "two analysts", 2), ("# nobody\n", "names no analyst", None)):
        path.write_text(text, encoding="utf-8")
        path.chmod(0o600)
        with pytest.raises(InputError, match=said) as bad:
            read_tokens(path)
        assert bad.value.line == line and str(path) in bad.value.message


def test_dkg_serve_refuses_a_world_readable_tokens_file_before_opening_the_store(tmp_path):
    path = tmp_path / "tokens"
    path.write_text("Lan lan-1\n", encoding="utf-8")
    path.chmod(0o604)
    got = CliRunner().invoke(main, ["--store", str(tmp_path / "store"), "serve", "--tokens-file", str(path)])
    assert got.exit_code == 2 and "chmod 600" in got.output
    assert not (tmp_path / "store").exists()


# --- who decided --------------------------------------------------------------------------------------
def test_each_analyst_decides_under_their_own_name_and_a_stated_name_is_not_trusted(store):  # noqa: F811
    c = app_client(store)
    sid = source_id(c)
    doc, task, goal = (facts_by_kind(c, sid)[k] for k in ("document", "assignment", "target"))
    # a token that is not one of them, or a piece of one, is refused; the shared token still writes
    for wrong in ("lan-token", LAN + "x", ""):
        assert c.post(f"/review/{sid}/decisions", json={"ids": [doc["id"]], "decision": "accepted"},
                      headers=bearer(wrong)).status_code == 401
    # the JSON route of the CLI takes a reviewer's name: with an analyst's token the token's name is recorded
    r = c.post("/store/review", headers=bearer(LAN), json={"ids": [task["id"]], "decision": "accepted",
                                                           "reviewer": "Mallory"})
    assert r.status_code == 200 and r.json()["replaces"] == []
    # the plain form's name: the token's (a field naming someone else is no part of the form)
    r = c.post(f"/review/{sid}/decide", data={"id": doc["id"], "decision": "accepted", "token": BINH,
                                              "reviewer": "Mallory"}, headers={"accept": "application/json"})
    assert r.status_code == 200
    shared = c.post(f"/review/{sid}/decisions", headers=bearer(SHARED), json={"ids": [goal["id"]], "decision": "accepted"})
    assert shared.status_code == 200
    who = {f["kind"]: f["decision"]["reviewer"] for f in c.get(f"/review/{sid}.json").json()["facts"]}
    assert who == {"assignment": "Nguyễn Thị Lan", "document": EVIL_NAME, "target": "Trần Thị Cúc"}
    # the change log names the analyst who sent each write; the shared token's names none
    sent = [(s.command, s.by) for s in history.change_sets(store)][-3:]
    assert sent == [("dkg review accept (through dkg serve)", "Nguyễn Thị Lan"),
                    ("review page (through dkg serve)", EVIL_NAME), ("review page (through dkg serve)", None)]
    # and the names reach the pages only escaped
    page = c.get(f"/review/{sid}").text
    assert EVIL_NAME not in page and "&lt;script&gt;alert(" in page
    changes = c.get("/changes?lang=en").text
    assert EVIL_NAME not in changes and "&lt;script&gt;alert(" in changes and "· sent by: Nguyễn Thị Lan</h2>" in changes
    assert [s["by"] for s in c.get("/changes.json").json()["change_sets"]][:3] == [None, EVIL_NAME, "Nguyễn Thị Lan"]


def test_a_rollback_sent_with_an_analysts_token_is_recorded_under_their_name(store):  # noqa: F811
    c = app_client(store)
    sid = source_id(c)
    doc = facts_by_kind(c, sid)["document"]
    assert c.post("/store/review", headers=bearer(BINH), json={"ids": [doc["id"]], "decision": "rejected"}).status_code == 200
    decided = history.change_sets(store)[-1].number
    # Lan undoes Bình's rejection: the undoing is hers, in the change log and on /changes, as any other write she sends
    assert c.post("/store/rollback", headers=bearer(LAN), json={"change": decided}).status_code == 200
    undone = history.change_sets(store)[-1]
    assert (undone.command, undone.by) == ("dkg rollback (through dkg serve)", "Nguyễn Thị Lan")
    assert c.get("/changes.json").json()["change_sets"][0]["by"] == "Nguyễn Thị Lan"
    # the shared token's rollback names no analyst (near miss: the name comes from an analyst's own token only)
    again = history.change_sets(store)[-1].number
    assert c.post("/store/rollback", headers=bearer(SHARED), json={"change": again}).status_code == 200
    assert history.change_sets(store)[-1].by is None


def test_undoing_another_analysts_decision_is_said_before_in_the_answer_and_in_the_history(store):  # noqa: F811
    c = app_client(store)
    sid = source_id(c)
    task = facts_by_kind(c, sid)["assignment"]
    r = c.post(f"/review/{sid}/decisions", headers=bearer(LAN),
               json={"ids": [task["id"]], "decision": "rejected", "reason": EVIL_REASON, "seen": {task["id"]: ""}})
    assert r.status_code == 200 and r.json()["replaces"] == []
    # before deciding: the page shows the decision in force beside the fact, who, when and why, escaped
    shown = facts_by_kind(c, sid)["assignment"]["decision"]
    assert (shown["reviewer"], shown["state"], shown["reason"]) == ("Nguyễn Thị Lan", "rejected", EVIL_REASON)
    page = c.get(f"/review/{sid}?lang=en").text
    assert "Decision in force: <strong>Rejected</strong> by <span class=\"who\">Nguyễn Thị Lan</span>" in page
    assert EVIL_REASON not in page and "&lt;img src=x onerror=alert(1)&gt;" in page
    assert f'data-seen="{shown["iri"]}"' in page and f'name="seen" value="{shown["iri"]}"' in page
    assert "Reviewer: the analyst whose update token is typed" in page  # (not the server's user)
    # Lan changing her own mind replaces nobody's
    assert c.post(f"/review/{sid}/decisions", headers=bearer(LAN), json={"ids": [task["id"]], "decision": "rejected"}
                  ).json()["replaces"] == []
    shown = facts_by_kind(c, sid)["assignment"]["decision"]
    # another analyst corrects it from the plain form, having seen the rejection: the answer says whose it replaces
    answer = c.post(f"/review/{sid}/decide?lang=en", data={
        "id": task["id"], "decision": "corrected", "token": BINH, "seen": shown["iri"],
        "was:role": "chủ trì", "role": "phối hợp", "reason": "đọc lại văn bản"}, headers={"accept": "text/html"})
    assert answer.status_code == 200
    at = shown["at"][:10] + " " + shown["at"][11:16]
    assert f"This replaces Nguyễn Thị Lan&#39;s rejection of {at} UTC" in answer.text
    as_json = c.post(f"/review/{sid}/decisions?lang=en", headers=bearer(LAN), json={"ids": [task["id"]], "decision": "rejected"})
    (replaced,) = as_json.json()["replaces"]
    assert (replaced["id"], replaced["reviewer"], replaced["state"]) == (task["id"], EVIL_NAME, "corrected")
    assert replaced["said"].startswith(f"This replaces {EVIL_NAME}'s correction of ")
    # the history: each decision that undid another's says whose (the store's record, `dkg review show`, /changes)
    overrides = [h["overrides"] for h in show(store, task["id"], "vi")["history"]]
    assert [o and (o["reviewer"], o["state"]) for o in overrides] == [
        None, None, ("Nguyễn Thị Lan", "rejected"), (EVIL_NAME, "corrected")]
    assert overrides[2]["said"].startswith("Quyết định này thay quyết định loại bỏ của Nguyễn Thị Lan ngày ")
    decisions = [d for s in c.get("/changes.json").json()["change_sets"] for d in s["decisions"]]
    assert {(d["reviewer"], d["state"], d["replaced_reviewer"], d["replaced_state"]) for d in decisions} >= {
        (EVIL_NAME, "corrected", "Nguyễn Thị Lan", "rejected"), ("Nguyễn Thị Lan", "rejected", EVIL_NAME, "corrected")}
    changes = c.get("/changes?lang=en").text
    assert "replacing Nguyễn Thị Lan&#39;s rejection" in changes and EVIL_NAME not in changes


def test_a_decision_taken_since_the_page_was_shown_is_refused_not_undone_unseen(store):  # noqa: F811
    c = app_client(store)
    sid = source_id(c)
    goal = facts_by_kind(c, sid)["target"]
    assert goal["decision"] is None  # the page showed no decision (seen "")
    assert c.post(f"/review/{sid}/decisions", headers=bearer(LAN),
                  json={"ids": [goal["id"]], "decision": "rejected", "reason": "không có trong văn bản"}).status_code == 200
    before = facts_by_kind(c, sid)["target"]
    for post in (lambda: c.post(f"/review/{sid}/decide", data={"id": goal["id"], "decision": "accepted", "token": BINH,
                                                               "seen": ""}, headers={"accept": "application/json"}),
                 lambda: c.post(f"/review/{sid}/decisions", headers=bearer(BINH),
                                json={"ids": [goal["id"]], "decision": "accepted", "seen": {goal["id"]: ""}})):
        refused = post()
        assert refused.status_code == 409, refused.text
        said = refused.json()["message"]
        assert said.startswith("Nguyễn Thị Lan gave fact") and "a rejection at" in said and "không có trong văn bản" in said
        assert re.search(r" at \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC ", said), said  # (ISO in English)
        assert facts_by_kind(c, sid)["target"] == before  # nothing written
    vi = c.post(f"/review/{sid}/decisions?lang=vi", headers=bearer(BINH),
                json={"ids": [goal["id"]], "decision": "accepted", "seen": {goal["id"]: ""}})
    assert vi.status_code == 409 and "đã quyết định loại bỏ" in vi.json()["message"]
    # (its time day first, as the page says the decision in force beside the fact: it was said in ISO)
    assert re.search(r" lúc \d{2}/\d{2}/\d{4} \d{2}:\d{2} UTC ", vi.json()["message"]), vi.json()["message"]
    # seen now, the same decision goes through and says what it replaced; a client that sends no `seen` (the CLI)
    # is not asked
    ok = c.post(f"/review/{sid}/decisions", headers=bearer(BINH),
                json={"ids": [goal["id"]], "decision": "accepted", "seen": {goal["id"]: before["decision"]["iri"]}})
    assert ok.status_code == 200 and ok.json()["replaces"][0]["reviewer"] == "Nguyễn Thị Lan"
    again = c.post("/store/review", headers=bearer(LAN), json={"ids": [goal["id"]], "decision": "rejected"})
    assert again.status_code == 200 and again.json()["replaces"][0]["reviewer"] == EVIL_NAME
    assert again.json()["replaces"][0]["said"].startswith(f"This replaces {EVIL_NAME}'s acceptance of ")


def test_the_json_review_route_says_its_words_in_the_language_asked(store):  # noqa: F811
    """``POST /store/review`` said the decision it replaced in English whatever the client asked (the CLI in
    Vietnamese asks ``?lang=vi``); its codes stay as they are."""
    c = app_client(store)
    goal = facts_by_kind(c, source_id(c))["target"]
    assert c.post("/store/review", headers=bearer(LAN), json={"ids": [goal["id"]], "decision": "rejected"}).status_code == 200
    vi = c.post("/store/review?lang=vi", headers=bearer(BINH), json={"ids": [goal["id"]], "decision": "accepted"})
    (replaced,) = vi.json()["replaces"]
    assert (replaced["state"], replaced["what"]) == ("rejected", "fact")
    assert replaced["said"].startswith("Quyết định này thay quyết định loại bỏ của Nguyễn Thị Lan ngày ")


def test_the_review_pages_json_twin_says_its_words_in_the_language_asked_and_names_it(store):  # noqa: F811
    """``POST /review/{source}/decisions`` (the review page's JSON twin) said a replaced decision in Vietnamese when
    no language was asked, unlike ``/store/review``: a client gets English unless ``?lang=vi``, and the answer says
    which (``lang``); the page's own script asks in the page's language."""
    c = app_client(store)
    sid = source_id(c)
    goal = facts_by_kind(c, sid)["target"]
    assert c.post(f"/review/{sid}/decisions", headers=bearer(LAN),
                  json={"ids": [goal["id"]], "decision": "rejected"}).json()["lang"] == "en"
    en = c.post(f"/review/{sid}/decisions", headers=bearer(BINH), json={"ids": [goal["id"]], "decision": "accepted"})
    (replaced,) = en.json()["replaces"]
    assert en.json()["lang"] == "en" and replaced["said"].startswith("This replaces Nguyễn Thị Lan's rejection of ")
    vi = c.post(f"/review/{sid}/decisions?lang=vi", headers=bearer(LAN), json={"ids": [goal["id"]], "decision": "rejected"})
    (replaced,) = vi.json()["replaces"]
    assert vi.json()["lang"] == "vi" and replaced["said"].startswith("Quyết định này thay quyết định chấp nhận của ")
    assert f'data-decide="/review/{sid}/decisions?lang=vi"' in c.get(f"/review/{sid}").text
    assert f'data-decide="/review/{sid}/decisions?lang=en"' in c.get(f"/review/{sid}?lang=en").text


def test_a_word_on_a_matched_pair_is_recorded_under_the_name_of_the_analysts_token():
    from kg import queries
    from kg.rdf.files import parse_file
    from kg.review import tie_decisions
    from kg.store import Store
    from test_cards_matching import DATA
    from test_review_ties import MEMBERS_O, MEMBERS_T

    s = Store.open(None)
    s.main.extend(parse_file("match.trig", DATA.encode()))
    c = app_client(s)
    fields = {"outcome": MEMBERS_O, "target": MEMBERS_T, "decision": "accepted", "reviewer": "Mallory"}
    assert c.post("/review/tie", data={**fields, "token": BINH}).status_code == 200
    assert [d["reviewer"] for d in tie_decisions(s)] == [EVIL_NAME]
    assert c.post("/review/ties", headers=bearer(LAN), json={**fields, "decision": "rejected"}).status_code == 200
    (row,) = [r for r in queries.run(s, "targets", {"doc": "7-CTr/TU"}).rows if r["target"] == MEMBERS_T]
    assert [d["reviewer"] for d in tie_decisions(s)] == [EVIL_NAME, "Nguyễn Thị Lan"]
    assert "&lt;script&gt;" in c.get("/changes").text and EVIL_NAME not in c.get("/changes").text
    assert (row["outcome_iri"], row["link"]) == (None, None)  # (rejected by Lan: no longer matched)


# --- the CLI pointed at a server ------------------------------------------------------------------------
@pytest.mark.slow
def test_the_cli_sends_its_analysts_token_and_its_decisions_carry_that_name(tmp_path):
    from test_server_writes import TEXTS, dkg, started

    folder = tmp_path / "store"
    assert dkg(folder, "ingest", str(TEXTS / "ninh-thuan-plan.txt"), token=None).returncode == 0
    tokens = tmp_path / "tokens"
    tokens.write_text(f"Nguyễn Thị Lan {LAN}\nTrần Văn Bình {BINH}\n", encoding="utf-8")
    tokens.chmod(0o600)
    env = {k: v for k, v in os.environ.items() if k not in ("DKG_UPDATE_TOKEN", "DKG_TOKENS_FILE")}
    proc, _base = started([sys.executable, "-m", "kg", "--store", str(folder), "serve", "--tokens-file", str(tokens)],
                          env=env)
    try:
        first = json.loads(dkg(folder, "review", "list", "--format", "json", token=None).stdout)[0]
        rejected = dkg(folder, "review", "reject", first["id"], "--reason", "trùng", "--reviewer", "Mallory", token=LAN)
        assert rejected.returncode == 0, rejected.stderr
        accepted = dkg(folder, "--lang", "en", "review", "accept", first["id"], token=BINH)
        assert accepted.returncode == 0 and f"{first['id']}: This replaces Nguyễn Thị Lan's rejection of " in accepted.stderr
        assert "(trùng)" in accepted.stderr
        shown = dkg(folder, "--lang", "en", "review", "show", first["id"], token=None).stdout
        assert "    This replaces Nguyễn Thị Lan's rejection of " in shown
        log = dkg(folder, "--lang", "en", "history", token=None).stdout
        assert "[sent by: Nguyễn Thị Lan]" in log and "[sent by: Trần Văn Bình]" in log and "Mallory" not in log
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_a_tokens_file_s_name_and_token_may_be_parted_by_a_tab(tmp_path):
    # a file saved from a spreadsheet parts its columns by a tab: the name is the whole name, the token its last word
    # (a tab read as part of the token left the analyst unable to type it, and cut the name at its last space)
    path = tmp_path / "tokens"
    path.write_text("Nguyễn Thị Lan\tlan-1\nTrần Văn Bình \t binh-2\n", encoding="utf-8")
    path.chmod(0o600)
    assert read_tokens(path) == (("Nguyễn Thị Lan", "lan-1"), ("Trần Văn Bình", "binh-2"))


def test_a_tokens_file_that_gives_an_analyst_the_shared_token_is_refused(tmp_path):
    # whoever holds the shared --update-token would write under that analyst's name (the last token matched names
    # the writer)
    path = tmp_path / "tokens"
    path.write_text(f"Nguyễn Thị Lan {LAN}\nLê Văn Bình {SHARED}\n", encoding="utf-8")
    path.chmod(0o600)
    with pytest.raises(InputError, match="shared") as refused:
        read_tokens(path, SHARED)
    assert refused.value.line == 2
    assert read_tokens(path) == (("Nguyễn Thị Lan", LAN), ("Lê Văn Bình", SHARED))   # (no shared token: no clash)
    got = CliRunner().invoke(main, ["--store", str(tmp_path / "store"), "serve", "--tokens-file", str(path),
                                    "--update-token", SHARED])
    assert got.exit_code == 2 and "shared --update-token" in got.output and not (tmp_path / "store").exists()


def test_a_wrong_token_tells_an_analyst_of_their_own_token_on_the_page_the_api_and_the_cli(store):  # noqa: F811
    """On a server that gives each analyst a token, the refusal names that token (not only the shared one the
    operator started it with, which an analyst never had); a token put in the page's address is said to be one."""
    c = app_client(store)
    sid = source_id(c)
    doc = facts_by_kind(c, sid)["document"]
    form = {"id": doc["id"], "decision": "accepted", "token": "lan-token"}
    page = c.post(f"/review/{sid}/decide", data=form, headers={"Accept": "text/html"})
    assert page.status_code == 401 and "người quản trị cấp riêng" in page.text
    api = c.post(f"/review/{sid}/decide", data=form).json()
    assert "the one the operator gave you" in api["hint"]
    leaked = c.post(f"/review/{sid}/decide?token={LAN}", data=form).json()
    assert "never read from the address" in leaked["message"] and LAN not in json.dumps(leaked)
    assert facts_by_kind(c, sid)["document"]["state"] == doc["state"]  # nothing decided
    from kg.errors import UsageError  # noqa: PLC0415

    refused = UsageError(code="server-token-wrong", details={"where": "dkg server", "env": "DKG_UPDATE_TOKEN"})
    for lang, words in (("vi", "tệp --tokens-file"), ("en", "a line of the --tokens-file")):
        assert words in (refused.said(lang)[1] or "")


@pytest.mark.slow
def test_dkg_serve_says_at_start_how_many_analysts_the_tokens_file_names(tmp_path):
    """A real `dkg serve --tokens-file`, asked over HTTP once it answers: its first notes count the file's analysts
    (a colleague's line missing is seen before anyone tries to write)."""
    import subprocess

    from test_server_writes import started  # noqa: PLC0415
    from test_web_support import http  # noqa: PLC0415

    tokens = tmp_path / "tokens"
    tokens.write_text("# phòng tổng hợp\nNguyễn Thị Lan lan-2f9c\nTrần Văn Bình binh-7a1e\nread-only Hoa hoa-1c3d\n",
                      encoding="utf-8")
    tokens.chmod(0o600)
    env = {k: v for k, v in os.environ.items() if k not in ("DKG_UPDATE_TOKEN", "DKG_STORE", "DKG_PUBLIC_URL")}
    proc, base = started([sys.executable, "-m", "kg", "--lang", "vi", "--store", str(tmp_path / "store"), "serve",
                          "--tokens-file", str(tokens)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        assert http.get(base + "/store.json").json()["writes"] is True
    finally:
        proc.terminate()
        _out, err = proc.communicate(timeout=30)
    log = err.decode("utf-8", "replace")
    assert f"lưu ý: tệp mã {tokens} nêu 2 chuyên viên, mỗi người ghi dưới tên mình" in log
    assert "nêu 1 chuyên viên" not in log  # (the comment line is no analyst)
    assert "cùng 1 người chỉ đọc (read-only)" in log  # (the reader is said apart, not counted as an analyst)
