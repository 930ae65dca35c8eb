"""Review end to end in Debian's headless Chromium: open a source, reject one fact, correct
another, ingest the same text again, and see both decisions hold (the real extractor and server)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from kg.ingest import ingest_paths
from kg.web import create_app
from test_web_support import ARTIFACTS, BROWSER_MARKS, chromium, running

PLAN = Path(__file__).resolve().parent / "fixtures" / "review" / "plan.txt"
TOKEN = "review-browser-token"

pytestmark = BROWSER_MARKS


@pytest.fixture
def served(memory_store, monkeypatch):
    monkeypatch.setenv("DKG_REVIEWER", "Phạm Thu Hà")
    assert ingest_paths(memory_store, [str(PLAN)]).ok
    with running(create_app(memory_store, update_token=TOKEN)) as url:
        yield memory_store, url


def _fact(page, kind: str, index: int = 0):
    return page.locator(f"li.fact.k-{kind}").nth(index)


def test_reject_and_correct_in_the_browser_hold_after_a_re_ingest(served, tmp_path):
    store, url = served
    requests: list[str] = []
    dialogs: list[str] = []
    with chromium(tmp_path / "profile", viewport={"width": 1400, "height": 1000}) as context:
        context.on("request", lambda req: requests.append(req.url))
        page = context.new_page()
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(url + "/review")
        with page.expect_navigation():
            page.locator("table.review-sources a").first.click()
        page.fill("#review-token", TOKEN)
        page.locator("main h1").click()  # leave the field: keys go to the page again
        # near miss of the phone's order: on a wide window the text is on the left, the facts beside it, each
        # without its sentence (the text beside it shows it)
        assert page.locator(".review-text").bounding_box()["x"] < page.locator(".review-facts").bounding_box()["x"]
        assert not page.locator("li.fact .evidence").first.is_visible()

        # clicking a highlight selects its fact
        doc_id = _fact(page, "document").get_attribute("data-id")
        page.locator(f'mark[data-facts~="{doc_id}"]').first.click()
        assert "selected" in _fact(page, "document").get_attribute("class")

        # reject an outcome with the keyboard: select it, press r
        outcome = _fact(page, "outcome")
        rejected_id = outcome.get_attribute("data-id")
        outcome.locator(".line").click()
        with page.expect_navigation():
            page.keyboard.press("r")
        assert "s-rejected" in page.locator(f"#fact-{rejected_id}").get_attribute("class")

        # correct an assignment's body through the form
        task = _fact(page, "assignment")
        corrected_id = task.get_attribute("data-id")
        task.locator("summary[data-act=correct]").click()
        field = task.locator("form.correction input[name=body]")
        assert field.get_attribute("list") == "dl-bodies"
        field.fill("Ban Tổ chức Tỉnh ủy")
        with page.expect_navigation():
            task.locator("form.correction button[type=submit]").click()
        assert "s-corrected" in page.locator(f"#fact-{corrected_id}").get_attribute("class")

        # the same text ingested again: both decisions hold
        summary = ingest_paths(store, [str(PLAN)])
        assert summary.ok, summary.to_text()
        page.reload()
        rejected = page.locator(f"#fact-{rejected_id}")
        corrected = page.locator(f"#fact-{corrected_id}")
        assert "s-rejected" in rejected.get_attribute("class")
        assert "s-corrected" in corrected.get_attribute("class")
        assert "Ban Tổ chức Tỉnh ủy" in corrected.inner_text()
        assert "Phạm Thu Hà" in corrected.inner_text()
        # assess the programme's target beside what was reported
        goal = page.locator("li.fact.k-target").filter(has=page.locator("form.assess")).first
        goal_id = goal.get_attribute("data-id")
        goal.locator("select[name=status]").select_option("partly")
        goal.locator("form.assess input[name=note]").fill("đạt 1.200 hội viên")
        with page.expect_navigation():
            goal.locator("form.assess button[type=submit]").click()
        assert "Đạt một phần" in page.locator(f"#fact-{goal_id} .assessed").inner_text()
        page.locator(f"#fact-{corrected_id}").scroll_into_view_if_needed()
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "review-source.png"), full_page=True)

        # accept the plan's link to the resolution with the keyboard
        link_id = _fact(page, "link").get_attribute("data-id")
        _fact(page, "link").locator(".line").click()
        with page.expect_navigation():
            page.keyboard.press("a")
        assert "s-accepted" in page.locator(f"#fact-{link_id}").get_attribute("class")

        # the plan's card marks what was reviewed and leaves out what was rejected
        page.goto(url + "/doc/120-KH/TU")
        tasks = page.locator("#tasks")
        assert tasks.locator(".reviewed-corrected").count() == 1
        assert "Ban Tổ chức Tỉnh ủy" in tasks.inner_text()
        assert "34/55" not in page.locator("#targets").inner_text()  # the rejected outcome
        assert page.locator("#implements .reviewed-accepted").count() == 1
        assert page.locator(f'#tasks a.reviewed[href$="#fact-{corrected_id}"]').count() == 1
        page.screenshot(path=str(ARTIFACTS / "review-card.png"), full_page=True)
        with page.expect_navigation():  # a mark leads to its fact on the review page, selected
            page.locator("#tasks a.reviewed").click()
        assert "selected" in page.locator(f"#fact-{corrected_id}").get_attribute("class")

        # and the cascade draws the accepted link with a check mark, explained in the legend
        page.goto(url + "/graph/46-NQ/TW")
        page.wait_for_selector(".dkg-cascade[data-drawn=true]")
        data = page.evaluate("window.dkgCascadeView.data")
        (edge,) = [e for e in data["edges"] if e["reviewed"]]
        keys = {n["id"]: n["key"] for n in data["nodes"]}
        assert (keys[edge["from"]], keys[edge["to"]]) == ("120-KH/TU", "46-NQ/TW")
        assert page.evaluate(f"window.dkgCascadeView.edges.get({edge['id']}).label") == "✓"
        assert "đã duyệt" in page.locator(".dkg-legend").inner_text()
        page.screenshot(path=str(ARTIFACTS / "review-cascade.png"), full_page=True)
        assert dialogs == []
        assert [u for u in requests if not u.startswith((url + "/", "data:", "about:"))] == []
    # and the graph agrees
    names = {r["n"].value for r in store.query(
        "SELECT ?n WHERE { ?t <https://w3id.org/directive-kg/ontology#leadBody> ?b . "
        "?b <https://w3id.org/directive-kg/ontology#canonicalName> ?n }")}
    assert "Ban Tổ chức Tỉnh ủy" in names


def test_a_text_uploaded_on_the_review_page_is_ingested_and_listed(memory_store, tmp_path):
    """An analyst with a file and no shell: /review's form sends it to /store/ingest with the token and
    shows the ingest's report above the list, where the text now is."""
    with (running(create_app(memory_store, update_token=TOKEN)) as url,
          chromium(tmp_path / "profile", viewport={"width": 1280, "height": 900}) as context):
        page = context.new_page()
        page.goto(url + "/review")
        assert page.locator("#upload").get_attribute("open") is not None  # nothing ingested yet: the form is open
        page.set_input_files("#upload-form input[type=file]", str(PLAN))
        page.fill("#review-token", "not-the-token")
        page.locator("#upload-form button[type=submit]").click()
        page.wait_for_selector("#upload-message.error")  # a wrong token: said, nothing written
        assert not page.locator("table.review-sources").count()
        page.fill("#review-token", TOKEN)
        with page.expect_navigation():
            page.locator("#upload-form button[type=submit]").click()
        assert "đã nạp 1 tệp: ghi 1 văn bản" in page.locator("#upload-message").inner_text()
        assert "plan.txt" in page.locator("table.review-sources").inner_text()
        page.screenshot(path=str(ARTIFACTS / "review_upload.png"), full_page=True)


def test_the_upload_form_works_without_javascript(memory_store, tmp_path):
    """A browser that runs no script posts the form itself: the token is its password field, the answer
    the ingest's report as a page; a wrong token is refused and writes nothing."""
    with (running(create_app(memory_store, update_token=TOKEN)) as url,
          chromium(tmp_path / "profile", java_script_enabled=False, viewport={"width": 1280, "height": 900}) as context):
        page = context.new_page()
        page.goto(url + "/review")
        page.set_input_files("#upload-form input[type=file]", str(PLAN))
        page.fill("#review-token", "not-the-token")
        with page.expect_navigation():
            page.locator("#upload-form button[type=submit]").click()
        assert "token" in page.locator("main").inner_text()
        assert page.request.get(url + "/review.json").json()["sources"] == []
        page.goto(url + "/review")
        page.set_input_files("#upload-form input[type=file]", str(PLAN))
        page.fill("#review-token", TOKEN)
        with page.expect_navigation():
            page.locator("#upload-form button[type=submit]").click()
        assert "đã nạp 1 tệp: ghi 1 văn bản" in page.locator("main pre").inner_text()
        page.screenshot(path=str(ARTIFACTS / "review_upload_plain.png"), full_page=True)
        page.locator("main a").last.click()
        assert "plan.txt" in page.locator("table.review-sources").inner_text()


@contextmanager
def first_source_without_script(url: str, tmp_path: Path, width: int) -> Iterator[tuple[Any, str]]:
    """A browser that runs no script, on the review page of the first source the server lists: the page and
    its address."""
    with chromium(tmp_path / "profile", java_script_enabled=False, viewport={"width": width, "height": 900}) as context:
        page = context.new_page()
        page.goto(url + "/review")
        with page.expect_navigation():
            page.locator("table.review-sources a").first.click()
        yield page, page.url


def test_a_fact_is_rejected_without_javascript(served, tmp_path):
    """A browser that runs no script posts a fact's form itself: the token is the form's password field
    (a wrong one is refused and writes nothing), the answer a page saying what was decided, its link back
    to the text, where the fact shows rejected with its reason."""

    store, url = served
    with first_source_without_script(url, tmp_path, width=1280) as (page, source_page):
        # (the script's token field and keys, of no use here, are not shown)
        assert not page.locator("#review-token").is_visible() and not page.locator("#review-shortcuts").is_visible()
        outcome = _fact(page, "outcome")
        fid = outcome.get_attribute("data-id")
        form = outcome.locator("form.decide")
        form.locator("input[name=token]").fill("not-the-token")
        with page.expect_navigation():
            form.locator("button[value=rejected]").click()
        assert "token" in page.locator("main").inner_text()
        states = {f["id"]: f["state"] for f in page.request.get(source_page + ".json").json()["facts"]}
        assert states[fid] == "pending"

        page.goto(source_page)
        form = page.locator(f"#fact-{fid} form.decide")
        form.locator("input[name=token]").fill(TOKEN)
        form.locator("input[name=reason]").fill("số liệu của năm trước")
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "review_source_plain.png"), full_page=True)
        with page.expect_navigation():
            form.locator("button[value=rejected]").click()
        assert "Đã loại" in page.locator("main").inner_text()
        page.screenshot(path=str(ARTIFACTS / "review_decide_plain.png"), full_page=True)
        with page.expect_navigation():
            page.locator("main a").last.click()
        fact = page.locator(f"#fact-{fid}")
        assert "s-rejected" in fact.get_attribute("class")
        assert "số liệu của năm trước" in fact.locator(".decision").inner_text()


def test_with_javascript_the_forms_send_json_and_enter_in_the_reason_rejects(served, tmp_path):
    """The script takes over a fact's form: the token typed once above, the decision sent as JSON; Enter
    in the reason field submits with the form's first button, the rejection."""
    _, url = served
    posted: list[str] = []
    with chromium(tmp_path / "profile") as context:
        page = context.new_page()
        page.on("request", lambda req: posted.append(req.url) if req.method == "POST" else None)
        page.goto(url + "/review")
        with page.expect_navigation():
            page.locator("table.review-sources a").first.click()
        assert page.locator("form.decide input[name=token]").count() == 0  # (noscript: not part of the page)
        assert page.locator("#review-shortcuts").is_visible()
        page.fill("#review-token", TOKEN)
        fid = _fact(page, "outcome").get_attribute("data-id")
        page.locator(f"#fact-{fid} form.decide input[name=reason]").fill("trùng với kết quả khác")
        with page.expect_navigation():
            page.locator(f"#fact-{fid} form.decide input[name=reason]").press("Enter")
        fact = page.locator(f"#fact-{fid}")
        assert "s-rejected" in fact.get_attribute("class")
        assert "trùng với kết quả khác" in fact.locator(".decision").inner_text()
        # (the script asks for its answer's words in the page's language, polish37)
        assert [u.split("/")[-1] for u in posted] == ["decisions?lang=vi"]


def test_a_target_is_assessed_without_javascript(served, tmp_path):
    """A browser that runs no script posts a target's assessment form itself: the token is the form's
    password field (a wrong one is refused and records nothing), the answer a page showing the assessment,
    its link back to the text, where the target shows it."""

    _, url = served
    with first_source_without_script(url, tmp_path, width=400) as (page, source_page):
        goal = page.locator("li.fact.k-target").filter(has=page.locator("form.assess")).first
        fid = goal.get_attribute("data-id")
        form = goal.locator("form.assess")
        form.locator("select[name=status]").select_option("partly")
        form.locator("input[name=token]").fill("not-the-token")
        with page.expect_navigation():
            form.locator("button[type=submit]").click()
        assert "token" in page.locator("main").inner_text()
        facts = {f["id"]: f for f in page.request.get(source_page + ".json").json()["facts"]}
        assert facts[fid]["assessment"] is None

        page.goto(source_page)
        form = page.locator(f"#fact-{fid} form.assess")
        form.locator("select[name=status]").select_option("partly")
        form.locator("input[name=note]").fill("đạt 1.200 hội viên")
        form.locator("input[name=token]").fill(TOKEN)
        with page.expect_navigation():
            form.locator("button[type=submit]").click()
        assert "Đạt một phần" in page.locator("main .assessed").inner_text()
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "review_assess_plain.png"), full_page=True)
        with page.expect_navigation():
            page.locator("main a").last.click()
        shown = page.locator(f"#fact-{fid} .assessed").inner_text()
        assert "Đạt một phần" in shown and "đạt 1.200 hội viên" in shown


def test_on_a_phone_the_source_page_opens_at_its_top(served, tmp_path):
    """The first fact is selected without scrolling the page (on a phone the facts are below the text: the
    page opened in their middle, past the title and the token field); a fact the address names is scrolled to."""
    _, url = served
    with chromium(tmp_path / "profile", viewport={"width": 400, "height": 900}) as context:
        page = context.new_page()
        page.goto(url + "/review")
        with page.expect_navigation():
            page.locator("table.review-sources a").first.click()
        source_page = page.url
        assert "selected" in page.locator("li.fact").first.get_attribute("class")
        assert page.evaluate("() => window.scrollY") == 0 and page.locator("#review-token").is_visible()
        assert page.evaluate("() => document.documentElement.scrollWidth") == 400
        # the facts follow the text in the page's scroll, not in a box that scrolls of its own
        assert page.evaluate("() => { const f = document.querySelector('.review-facts'); "
                             "return f.scrollHeight <= f.clientHeight; }")
        # the facts before the text, each with its sentence: the first fact's buttons in the first screen (the
        # whole text came first, a phone's screens above them)
        button = page.locator("li.fact").first.locator("button").first.bounding_box()
        assert button["y"] + button["height"] <= 900
        assert button["y"] < page.locator(".review-text").bounding_box()["y"]
        assert page.locator("li.fact").first.locator(".evidence").is_visible()
        assert page.locator(".review-text-title").is_visible()
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "review-phone.png"))
        last = page.locator("li.fact").last.get_attribute("data-id")
        page.goto(f"{source_page}#fact-{last}")
        page.reload()
        assert "selected" in page.locator(f"#fact-{last}").get_attribute("class")
        assert page.evaluate("() => window.scrollY") > 0
