"""A fact's review history keeps the decisions an undo took back (kg.review.undone): its page and JSON twin list the
decision, saying it was undone, by which change set and when, each linked, in the reader's language (fix39r: the
page said "No one has reviewed this fact yet" once a correction was undone)."""

from __future__ import annotations

import lxml.html
from click.testing import CliRunner

from kg.cli import main
from kg.review import decide
from kg.store import Store, history, undo
from test_changes_decisions import _fact, _ingested
from test_web_facts import TOKEN, client, fact_of, store  # noqa: F401

REASON = 'tên cơ quan <b onmouseover="x()">sai</b>'


def _corrected_then_undone(store):  # noqa: F811
    c = client(store, TOKEN)
    f = fact_of(c, "assignment")
    r = c.post(f"/review/{f['source']}/decisions", json={"ids": [f["id"]], "decision": "corrected", "reason": REASON,
                                                        "set": {"body": "Sở Nội vụ"}},
               headers={"Authorization": f"Bearer {TOKEN}"})
    assert r.status_code == 200, r.text
    decided = history.change_sets(store)[-1].number
    undo.rollback(store, decided)
    return c, f["id"], decided, history.change_sets(store)[-1].number


def test_an_undone_correction_stays_in_the_fact_s_history_said_undone_and_linked(store):  # noqa: F811
    c, fid, decided, undo = _corrected_then_undone(store)
    (said,) = c.get(f"/fact/{fid}.json").json()["history"]
    assert said["state"] == "corrected" and said["reviewer"] == "Lê Văn Tâm" and said["reason"] == REASON
    assert said["undone"]["change"] == decided and said["undone"]["id"] == undo
    assert said["undone"]["change_href"] == f"/changes/{decided}/undo" and said["undone"]["href"] == f"/changes#change-{undo}"
    for lang, words, none in (("vi", "đã hoàn tác: thay đổi", "Chưa ai duyệt"), ("en", "undone: change set", "No one has")):
        page = c.get(f"/fact/{fid}", params={"lang": lang}).text
        assert none not in page and "<b onmouseover" not in page
        (line,) = lxml.html.fromstring(page).xpath("//ol[@class='history']/li")
        (undone,) = line.xpath(".//span[@class='undone']")
        assert undone.text_content().startswith(words), undone.text_content()
        assert [a.replace("?lang=en", "") for a in undone.xpath(".//a/@href")] == \
            [f"/changes/{decided}/undo", f"/changes#change-{undo}"]
        assert line.xpath("string(.//q)") == REASON


def test_a_decision_brought_back_by_an_undo_of_its_undo_is_in_force_and_listed_once(store):  # noqa: F811
    c, fid, decided, undone_by = _corrected_then_undone(store)
    undo.rollback(store, undone_by)
    (said,) = c.get(f"/fact/{fid}.json").json()["history"]
    assert said["state"] == "corrected" and said["undone"] is None
    assert 'class="undone"' not in c.get(f"/fact/{fid}").text


def test_a_fact_no_one_decided_has_no_history_though_another_s_decision_was_undone(store):  # noqa: F811
    c, fid, _, _ = _corrected_then_undone(store)
    other = fact_of(c, "link")["id"]
    assert c.get(f"/fact/{other}.json").json()["history"] == []
    assert "Chưa ai duyệt dữ kiện này." in c.get(f"/fact/{other}").text


def test_dkg_review_show_says_a_decision_was_undone_and_by_which_change_set(tmp_path, monkeypatch):
    folder = _ingested(tmp_path, monkeypatch)
    held = Store.from_cli(folder, write=True)
    try:
        fid = _fact(held, "target")
        decide(held, [fid], "rejected", reviewer="Trần Thị Mai", reason="trùng")
        decided = history.change_sets(held)[-1].number
        undo.rollback(held, decided)
    finally:
        held.close()
    shown = CliRunner().invoke(main, ["--lang", "en", "--store", folder, "review", "show", fid])
    assert shown.exit_code == 0, shown.output
    assert "Trần Thị Mai: rejected (trùng)" in shown.output
    assert f"undone: change set #{decided}, undone by #{decided + 1}" in shown.output, shown.output
