"""One article carried by two sites (một bài, hai trang đăng): the text is ingested once, its facts once, and both
publishers are kept, each with its site, address and day: on the text's review record (what the review pages and
``dkg review sources`` show), and in its graph, the second as a ``dkg:Source`` the first ``dkg:alsoPublishedAs``,
which the shapes accept. Every ingest path keeps both: files given to ``dkg ingest`` in one run or two, the review
page's upload and a server's ``POST /store/ingest``. Texts and pages are our own."""

from __future__ import annotations

import json

import httpx
import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from kg.cli import main
from kg.ingest import ingest_paths
from kg.rdf.terms import OX_DKG
from kg.review import queue
from kg.web import create_app
from test_browser import window
from test_ingest_one_article import BODY, HEADLINE, LEAD, page
from test_web_support import ARTIFACTS, CHROMIUM, running

HOME = ("Báo Tuyên Quang điện tử", "https://baotuyenquang.example/cam-sanh.html", "(BTQ)")
OTHER = ("Báo Hà Giang", "https://baohagiang.example/ham-yen-cam.html", "(BHG)")
TOKEN = "t0ken-for-two-sites"


def _page(site: tuple[str, str, str], day: str = "2025-05-14") -> bytes:
    name, address, credit = site
    html = page(name, address, ["Trang chủ", "Kinh tế"], credit, byline="Hoàng Nam" if site is OTHER else "")
    return html.replace("2025-05-14T16:20", f"{day}T16:20").encode("utf-8")


@pytest.fixture
def files(tmp_path):
    (tmp_path / "btq.html").write_bytes(_page(HOME))
    (tmp_path / "bhg.html").write_bytes(_page(OTHER, "2025-05-16"))
    # (the article typed out, as the home site's credit has it: no site, no address)
    (tmp_path / "ban-chep.txt").write_text("\n\n".join([HEADLINE, f"(BTQ) - {LEAD}", *BODY]) + "\n", encoding="utf-8")
    return tmp_path


def _sources(store) -> list[dict]:
    from kg.review import sources_page

    return sources_page(store)["sources"]


def _said(found: dict) -> set[tuple]:
    """Each publisher of a listed source: its site, address and day."""
    return {(found["publisher"], found["url"], found["published"]),
            *((c["publisher"], c["url"], c["published"]) for c in found.get("carriers") or [])}


BOTH = {(HOME[0], HOME[1], "2025-05-14"), (OTHER[0], OTHER[1], "2025-05-16")}


def _facts(store) -> int:
    return len(queue(store))


def _graph_says_both(store) -> None:
    (sid,) = [s["id"] for s in _sources(store)]
    from kg.rdf.identity import source_iri

    main_source = ox.NamedNode(str(source_iri(sid)))
    also = [q.object for q in store.main.quads_for_pattern(main_source, OX_DKG.alsoPublishedAs, None)]
    assert len(also) == 1
    said = {q.predicate.value.rsplit("#", 1)[-1]: q.object.value for q in store.main.quads_for_pattern(also[0], None, None)}
    assert said["publisher"] + said["sourceUrl"] + said["published"] in {p + u + d for p, u, d in BOTH}
    # the shapes accept the text's graph as written, the second site in it
    from kg.rdf.graphs import source_graph
    from kg.validate import validate_batch

    own = source_graph(sid)
    quads = list(store.main.quads_for_pattern(None, None, None, own))
    assert any(q.predicate == OX_DKG.alsoPublishedAs for q in quads)
    assert validate_batch(quads, store=store, exclude=own).report.conforms


def test_one_article_on_two_sites_ingested_together_keeps_both_publishers_and_its_facts_once(memory_store, files):
    from kg.store import Store

    assert ingest_paths(memory_store, [str(files / "btq.html")]).ok
    single = _facts(memory_store)

    store = Store.open(None)
    assert ingest_paths(store, [str(files / "btq.html"), str(files / "bhg.html")]).ok
    (found,) = _sources(store)
    assert _said(found) == BOTH and _facts(store) == single
    _graph_says_both(store)


@pytest.mark.parametrize("order", [("btq.html", "bhg.html"), ("bhg.html", "btq.html")])
def test_the_second_site_ingested_later_is_kept_beside_the_first(memory_store, files, order):
    assert ingest_paths(memory_store, [str(files / order[0])]).ok
    single = _facts(memory_store)
    later = ingest_paths(memory_store, [str(files / order[1])])
    assert later.ok
    (found,) = _sources(memory_store)
    assert _said(found) == BOTH and _facts(memory_store) == single
    # the text stays the first site's: its file, its site and its place (a neighbour's paper, whose name gives its own
    # province, took the text's place and moved it there)
    assert (found["name"], found["publisher"]) == (order[0], (HOME if order[0] == "btq.html" else OTHER)[0])
    _graph_says_both(memory_store)
    # the same file once more changes nothing: its site is kept already
    ingest_paths(memory_store, [str(files / order[1])])
    (again,) = _sources(memory_store)
    assert _said(again) == BOTH


def test_near_miss_a_copy_that_names_no_site_is_no_second_publisher(memory_store, files):
    assert ingest_paths(memory_store, [str(files / "btq.html"), str(files / "ban-chep.txt")]).ok
    (found,) = _sources(memory_store)
    assert _said(found) == {(HOME[0], HOME[1], "2025-05-14")} and not found.get("carriers")


def test_dkg_review_sources_lists_both_publishers(files, tmp_path):
    store = str(tmp_path / "store")
    run = CliRunner().invoke(main, ["--store", store, "ingest", str(files / "btq.html"), str(files / "bhg.html")])
    assert run.exit_code == 0, run.output
    listed = CliRunner().invoke(main, ["--store", store, "review", "sources", "--format", "json"])
    (found,) = json.loads(listed.output)["sources"]
    assert _said(found) == BOTH


def test_the_review_page_upload_and_the_server_s_ingest_keep_both(new_store_path, files):
    from kg.store import Store
    from kg.web import create_app

    store = Store.open(new_store_path)
    with TestClient(create_app(store, update_token=TOKEN)) as c:
        r = c.post("/review/upload", files=[("file", ("btq.html", _page(HOME), "text/html"))], data={"token": TOKEN},
                   headers={"Accept": "application/json"})
        assert r.status_code == 200 and r.json()["loaded"] == 1, r.text
        r = c.post("/store/ingest", files=[("file", ("bhg.html", _page(OTHER, "2025-05-16"), "text/html"))],
                   headers={"Authorization": f"Bearer {TOKEN}"})
        assert r.status_code == 200, r.text
        (found,) = c.get("/review.json").json()["sources"]
        assert _said(found) == BOTH
        # the source's page names both sites, each with its address and day
        shown = c.get(f"/review/{found['id']}", params={"lang": "en"}).text
        assert HOME[0] in shown and OTHER[0] in shown and f'href="{OTHER[1]}"' in shown
        fact = c.get(f"/review/{found['id']}.json").json()["facts"][0]["id"]
        twin = c.get(f"/fact/{fact}.json").json()
        assert _said(twin["source_about"]) == BOTH
        shown = c.get(f"/fact/{fact}").text
        assert shown.count('rel="noopener noreferrer nofollow"') >= 2 and OTHER[0] in shown


@pytest.mark.browser
@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium)")
@pytest.mark.parametrize("width", [1280, 400])
def test_an_analyst_sees_both_sites_on_the_source_s_page_and_the_fact_s_page(memory_store, files, tmp_path, width):
    assert ingest_paths(memory_store, [str(files / "btq.html"), str(files / "bhg.html")]).ok
    with running(create_app(memory_store)) as base, window(tmp_path, width) as page:
        (found,) = httpx.get(base + "/review.json").json()["sources"]
        fid = httpx.get(base + f"/review/{found['id']}.json").json()["facts"][0]["id"]
        page.goto(base + f"/review/{found['id']}?lang=en")
        about = page.inner_text("#source-about")
        assert HOME[0] in about and f"Also published by: {OTHER[0]} · 2025-05-16 · Original page" in about, about
        assert page.locator(f"#source-about a[href='{OTHER[1]}']").count() == 1
        page.goto(base + f"/fact/{fid}")
        source = page.inner_text("dd.source")
        assert HOME[0] in source and f"Cũng đăng trên: {OTHER[0]} · 16/05/2025 · Trang gốc" in source, source
        assert page.evaluate("() => document.documentElement.scrollWidth") == width
        page.screenshot(path=str(ARTIFACTS / f"fact-two-sites-{width}.png"), full_page=True)


def test_a_document_s_card_cites_both_sites_of_its_facts_source(memory_store, files):
    """The card lists each fact's sources with their publisher, day and address: another site that carries the
    article is cited beside it, in the JSON twin and on the page."""
    assert ingest_paths(memory_store, [str(files / "btq.html"), str(files / "bhg.html")]).ok
    with TestClient(create_app(memory_store)) as c:
        key = c.get("/review.json").json()["sources"][0]["id"]
        doc = next(f["fact"]["key"] for f in c.get(f"/review/{key}.json").json()["facts"] if f["kind"] == "document")

        def cited(node) -> list[dict]:
            if isinstance(node, dict):
                here = [node] if "carriers" in node and "quotes" in node else []
                return here + [s for v in node.values() for s in cited(v)]
            return [s for v in node for s in cited(v)] if isinstance(node, list) else []

        sources = cited(c.get(f"/doc/{doc}.json").json())
        assert sources and all(_said(s) == BOTH for s in sources)
        page = c.get(f"/doc/{doc}").text
        assert f'Cũng đăng trên: <span class="publisher">{OTHER[0]}</span>' in page and OTHER[1] in page


# --- what the ingest's report, `dkg show` and `dkg review` say of the second site ------------------------------------

def _ingest(store: str, lang: str, *paths) -> str:
    run = CliRunner().invoke(main, ["--lang", lang, "--store", store, "ingest", *map(str, paths)])
    assert run.exit_code == 0, run.output
    return run.output


def test_the_report_says_the_second_site_was_kept_as_another_publisher(files, tmp_path):
    together = _ingest(str(tmp_path / "one"), "en", files / "btq.html", files / "bhg.html")
    assert f"bhg.html is the article of {files / 'btq.html'} as another site publishes it ({OTHER[0]})" in together
    assert f"{OTHER[0]} kept as another publisher of it" in together and "kept as " + str(files / "btq.html") not in together
    later = str(tmp_path / "two")
    _ingest(later, "vi", files / "btq.html")
    said = _ingest(later, "vi", files / "bhg.html")
    # (the site was written: not "nothing new"; the text in the store named, and that its facts were not read again)
    assert said.startswith("đã nạp 1 tệp: không có văn bản mới, thêm nơi đăng cho văn bản đã có")
    assert f"là bài của btq.html, văn bản đã có trong kho, do một trang khác đăng ({OTHER[0]})" in said
    again = _ingest(later, "en", files / "bhg.html")
    assert again.startswith("nothing new") and f"{OTHER[0]} is kept already as a publisher of btq.html" in again


def test_near_miss_the_same_site_s_copy_is_no_other_publisher_in_the_report(files, tmp_path):
    said = _ingest(str(tmp_path / "s"), "en", files / "btq.html", files / "ban-chep.txt")
    assert "another site" not in said and "another publisher" not in said
    assert "ban-chep.txt has the same words as" in said


def test_the_report_s_json_names_the_site_and_reads_back(memory_store, files):
    from kg.ingest_report import IngestSummary

    assert ingest_paths(memory_store, [str(files / "btq.html")]).ok
    report = ingest_paths(memory_store, [str(files / "bhg.html")]).to_json()
    (kept,) = report["carried"]
    assert (kept["site"], kept["how"], kept["as"]) == (OTHER[0], "store", "btq.html")
    assert IngestSummary.from_json(report).to_text() == report["text"]


def test_the_upload_report_page_says_the_second_site_was_kept(new_store_path, files):
    from kg.store import Store

    store = Store.open(new_store_path)
    with TestClient(create_app(store, update_token=TOKEN)) as c:
        for name, body in (("btq.html", _page(HOME)), ("bhg.html", _page(OTHER, "2025-05-16"))):
            r = c.post("/review/upload", files=[("file", (name, body, "text/html"))], data={"token": TOKEN},
                       params={"lang": "en"})
            assert r.status_code == 200, r.text
        assert "bhg.html is the article of btq.html, a text already in the store, as another site publishes it" in r.text


def test_dkg_show_and_review_list_the_other_site(files, tmp_path):
    store = str(tmp_path / "store")
    _ingest(store, "en", files / "btq.html", files / "bhg.html")
    card = CliRunner().invoke(main, ["--lang", "vi", "--store", store, "show", "88-KH/HU"]).output
    assert f"Cũng đăng trên: {OTHER[0]} · 16/05/2025 · {OTHER[1]}" in card
    listed = CliRunner().invoke(main, ["--lang", "en", "--store", store, "review", "sources"]).output
    assert f"{HOME[0]} · Also published by: {OTHER[0]} · 2025-05-16" in listed
    (fact, *_) = json.loads(CliRunner().invoke(main, ["--store", store, "review", "list", "--format", "json"]).output)
    shown = CliRunner().invoke(main, ["--lang", "en", "--store", store, "review", "show", fact["id"]]).output
    assert f"Also published by: {OTHER[0]}" in shown
