"""What an analyst sees of an undo and of an undated meeting, in headless Chromium (see tests/test_browser.py): a
change set undone from its page says by which undo, whose and when, and offers no second "Hoàn tác…"; a fact's page
says an event has no date yet and where to give it, on a phone, in English too."""

from __future__ import annotations

import re

import httpx

from kg.store import history
from kg.web import create_app
from kg.web.auth import TokensFile
from test_browser import ARTIFACTS, window
from test_changes_undo import _corrected
from test_review_web import store  # noqa: F401  (fixture)
from test_web_auth_readers import LAN, tokens  # noqa: F401  (fixture: Lan an analyst)
from test_web_support import BROWSER_MARKS, running

pytestmark = BROWSER_MARKS


def test_an_undone_change_set_shows_its_undo_and_offers_no_second_one(tmp_path, store, tokens):  # noqa: F811
    app = create_app(store, tokens_file=TokensFile(tokens))
    with running(app) as base, httpx.Client(base_url=base, timeout=30) as c, window(tmp_path, 400) as page:
        number = _corrected(c, store)
        failed: list[str] = []
        page.on("response", lambda r: failed.append(f"{r.status} {r.url}") if r.status >= 400 else None)
        page.goto(base + "/changes")
        with page.expect_navigation():
            page.click(f"#change-{number} a.undo")
        page.fill("form.undo input[name=token]", LAN)
        with page.expect_navigation():
            page.click("form.undo button[type=submit]")
        undo = history.change_sets(store)[-1].number
        assert page.url.endswith(f"/changes#change-{undo}")
        said = page.inner_text(f"#change-{number} .change-when")
        assert re.search(rf"Đã hoàn tác ở #{undo} · người gửi: Nguyễn Thị Lan · \d\d/\d\d/\d{{4}} ", said), said
        assert page.locator(f"#change-{number} a.undo").count() == 0  # no second undo offered
        assert page.locator(f"#change-{undo} a.undo").count() == 1  # (near miss: the undo itself may be undone)
        # the undo is named as the analyst made it, on the undo page, not as a `dkg rollback` typed
        assert page.inner_text(f"#change-{undo} h2").startswith(f"#{undo} · trang hoàn tác thay đổi (qua máy chủ dkg serve)")
        assert page.evaluate("() => document.documentElement.scrollWidth") == 400
        page.screenshot(path=str(ARTIFACTS / "changes-undone-phone.png"), full_page=True)
        # its undo page in English: undone already, the undo linked, no form
        page.goto(base + f"/changes/{number}/undo?lang=en")
        assert f"was already undone by #{undo}. Undoing it again" in page.inner_text(".undo-undone")
        assert page.locator("form.undo").count() == 0
        with page.expect_navigation():
            page.click(".undo-undone a")
        assert page.url.endswith(f"/changes?lang=en#change-{undo}")
        assert page.inner_text(f"#change-{undo} h2").startswith(f"#{undo} · undo page (through dkg serve)")
        assert failed == []  # (no resource of the pages refused)


def test_an_undated_event_says_so_on_its_page_on_a_phone(tmp_path, memory_store, monkeypatch):
    from kg import ingest
    from kg.facts import Event
    from test_web_facts import TEXT, facts, span

    def events(text: str):
        said = facts(text)
        said.events = [Event(type="hội nghị", reviews=["05-CT/TU"], span=span("Các xã báo cáo"))]
        return said

    path = tmp_path / "hoi-nghi.txt"
    path.write_text(TEXT, encoding="utf-8")
    monkeypatch.setattr(ingest, "extract_one", lambda name, text, on, place, hints=None: events(text))
    assert ingest.ingest_paths(memory_store, [str(path)]).ok
    with running(create_app(memory_store)) as base, window(tmp_path, 400) as page:
        (source,) = httpx.get(base + "/review.json").json()["sources"]
        fid = next(f["id"] for f in httpx.get(base + f"/review/{source['id']}.json").json()["facts"] if f["kind"] == "event")
        page.goto(base + f"/fact/{fid}?lang=en")
        row = page.inner_text("dd.event-date")
        assert row.startswith("no date yet — the article gives no day") and f"dkg review correct {fid} --set date=" in row
        assert page.inner_text("ul.nodes") == "Conference: Hội nghị 05-CT/TU · no date yet"
        assert page.evaluate("() => document.documentElement.scrollWidth") == 400
        page.screenshot(path=str(ARTIFACTS / "fact-event-undated-phone-en.png"), full_page=True)
        with page.expect_navigation():
            page.click("a.date-it")
        assert page.url.endswith(f"#fact-{fid}") and "/review/" in page.url


def test_an_analyst_undoes_one_of_two_decisions_on_a_text_and_the_other_stands(tmp_path, store, tokens):  # noqa: F811
    """Two decisions of one analyst on two facts of one text: the first one's undo page offered only to undo both (the
    second read as resting on it, through the analyst's name). Now it undoes that decision alone, and the second
    fact's page still shows hers."""
    app = create_app(store, tokens_file=TokensFile(tokens))
    with running(app) as base, httpx.Client(base_url=base, timeout=30) as c, window(tmp_path, 1280) as page:
        sid = c.get("/review.json").json()["sources"][0]["id"]
        first, second = [f["id"] for f in c.get(f"/review/{sid}.json").json()["facts"]][:2]
        numbers = []
        for fid, decision in ((first, "rejected"), (second, "accepted")):
            r = c.post("/store/review", headers={"Authorization": f"Bearer {LAN}"}, json={"ids": [fid], "decision": decision})
            assert r.status_code == 200, r.text
            numbers.append(history.change_sets(store)[-1].number)
        page.goto(base + f"/changes/{numbers[0]}/undo?lang=en")
        assert page.locator(".undo-later").count() == 0 and page.locator("input[name=cascade]").count() == 0
        page.fill("form.undo input[name=token]", LAN)
        with page.expect_navigation():
            page.click("form.undo button[type=submit]")
        undo = history.change_sets(store)[-1]
        assert undo.undoes == [numbers[0]]
        page.goto(base + f"/fact/{second}?lang=en")
        (line,) = page.locator("ol.history li").all_inner_texts()
        assert "Accepted by Nguyễn Thị Lan" in line and "undone" not in line, line
        page.goto(base + f"/fact/{first}?lang=en")
        assert "undone: change set" in page.inner_text("ol.history")
        page.screenshot(path=str(ARTIFACTS / "fact-decision-undone-alone-en.png"), full_page=True)
