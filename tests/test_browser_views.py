"""The scoreboard, the cascade at 4, 50 and 2,000 documents and the bodies pages, as a user sees
them in Debian's headless Chromium (driven by Playwright; see tests/test_browser.py). Screenshots
are kept in tests/artifacts/. Nothing may be fetched from outside the app."""

from __future__ import annotations

import json
from urllib.parse import unquote, urlsplit

import pytest

from test_browser import ARTIFACTS, CASCADE_DRAWN, CHROMIUM, browser, wait_until  # noqa: F401  (fixture)
from test_scoreboard import COUNTRY_LAGS, country_ttl
from test_viz import realistic_cascade
from test_web_support import running, http

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium)")]

#: Boxes (node and label, in canvas units) of the documents drawn that overlap another one.
OVERLAPS = """() => {
  const v = window.dkgCascadeView, ids = v.view.getIds();
  const boxes = ids.map(id => { const b = v.network.getBoundingBox(id); return [b.left, b.top, b.right, b.bottom, id]; });
  boxes.sort((a, b) => a[0] - b[0]);
  const bad = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length && boxes[j][0] < boxes[i][2]; j++)
      if (boxes[j][1] < boxes[i][3] && boxes[i][1] < boxes[j][3]) bad.push([boxes[i][4], boxes[j][4]]);
  return {count: boxes.length, bad: bad.slice(0, 5), widest: Math.max(...boxes.map(b => b[2] - b[0]))};
}"""

#: Is every drawn node inside the drawing area (the view fits the window)?
OUTSIDE = """() => {
  const v = window.dkgCascadeView, r = v.network.body.container.getBoundingClientRect();
  return v.view.getIds().filter(id => {
    const p = v.network.canvasToDOM(v.network.getPositions([id])[id]);
    return p.x < 0 || p.y < 0 || p.x > r.width || p.y > r.height;
  }).length;
}"""


@pytest.fixture(scope="module")
def views_server():
    from kg.rdf.files import parse_file
    from kg.store import Store
    from kg.web import create_app

    store = Store.bundled()
    store.main.extend(parse_file("country.ttl", country_ttl(30).encode("utf-8")))
    store.rebuild_index()
    with running(create_app(store)) as url:
        yield url


def _drawn(page) -> None:
    wait_until(page, CASCADE_DRAWN, "the cascade to be drawn")


def _errors(page) -> list[str]:
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    # (the app serves no /favicon.ico, which Chromium asks for on its own: not the pages' doing)
    page.on("console", lambda m: errors.append(m.text) if m.type == "error"
            and not m.location.get("url", "").endswith("/favicon.ico") else None)
    return errors


# --- the scoreboard ----------------------------------------------------------------------------------

def test_scoreboard_map_tiles_and_links(browser, views_server):  # noqa: F811
    page = browser.page()
    errors = _errors(page)
    page.goto(views_server + "/scoreboard/9-NQ/TW?as_of=2024-12-31")
    twin = http.get(views_server + "/scoreboard/9-NQ/TW.json", params={"as_of": "2024-12-31"}).json()
    tiles = page.locator(".sb-map .tile")
    assert tiles.count() == 63
    assert page.locator(".sb-map .tile.st-late").count() == twin["summary"]["late"] == \
        sum(1 for lag in COUNTRY_LAGS.values() if lag > 90)
    # tiles neither overlap nor clip their names
    boxes = page.evaluate("""() => [...document.querySelectorAll('.sb-map .tile')].map(t => {
        const r = t.getBoundingClientRect();
        return [r.left, r.top, r.right, r.bottom, t.scrollHeight <= t.clientHeight + 1];
    })""")
    assert all(b[4] for b in boxes), "a tile clips its text"
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert not (a[0] < b[2] - 1 and b[0] < a[2] - 1 and a[1] < b[3] - 1 and b[1] < a[3] - 1)
    assert page.locator("svg.bar").count() == 1 and page.locator("#reviews .rv-held").count() == 1
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "scoreboard-9-NQ-TW-2024.png"), full_page=True)

    with page.expect_navigation():
        page.click(".sb-map .tile[title^='Nghệ An']")
    assert unquote(urlsplit(page.url).path) == "/doc/40-CTr/TU"
    with page.expect_navigation():
        page.click("a.scoreboard")  # the card links back to the scoreboard of... its own key
    page.goto(views_server + "/scoreboard/9-NQ/TW?lang=en")
    page.fill("input[name=as_of]", "2025-08-01")
    with page.expect_navigation():
        page.click(".sb-form button[type=submit]")
    assert page.locator(".sb-map .tile").count() == 34 and "34 provinces" in page.inner_text("#provinces h2")
    page.screenshot(path=str(ARTIFACTS / "scoreboard-9-NQ-TW-2025-en.png"), full_page=True)
    assert errors == [] and browser.dialogs == [] and browser.foreign(views_server) == []


def test_a_link_to_a_part_of_a_page_keeps_the_reader_s_language(browser, views_server):  # noqa: F811
    """The scoreboard's links to a plan's targets ('/doc/KEY#targets') lost the language: '?lang=en' was written
    after the '#', inside the fragment, and the card opened in Vietnamese (kg.web.render.href)."""
    page = browser.page()
    page.goto(views_server + "/scoreboard/46-NQ/TW?lang=en")
    link = page.locator("a[href*='#targets']").first
    href = link.get_attribute("href") or ""
    assert href.endswith("?lang=en#targets"), href
    with page.expect_navigation():
        link.click()
    assert page.get_attribute("html", "lang") == "en" and urlsplit(page.url).fragment == "targets"


# --- the cascade at three sizes ------------------------------------------------------------------------

@pytest.mark.parametrize("n", [4, 50, 2000])
def test_cascade_labels_never_overlap_and_the_view_fits(browser, tmp_path, n):  # noqa: F811
    import viz

    g = realistic_cascade(n)
    path = tmp_path / f"cascade-{n}.html"
    path.write_text(viz.render_cascade(g, title=f"{n}"), encoding="utf-8")
    page = browser.page()
    errors = _errors(page)
    page.goto(path.as_uri())
    _drawn(page)
    data = page.evaluate("() => window.dkgCascadeView.data")
    first = "groups" if data["grouped"] else "all"
    assert page.evaluate("() => window.dkgCascadeView.mode()") == first
    page.screenshot(path=str(ARTIFACTS / f"cascade-{n}.png"))
    views = [first, "all"] + ["p:" + p for p in data["provinces"][:3]]
    for view in dict.fromkeys(views):
        page.evaluate("(m) => window.dkgCascadeView.setMode(m)", view)
        page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
        result = page.evaluate(OVERLAPS)
        assert result["count"] > 0 and result["bad"] == [], (view, result)
        assert result["widest"] > 40  # the boxes include the labels
        assert page.evaluate(OUTSIDE) == 0, view
        if view.startswith("p:") and n == 2000:
            page.screenshot(path=str(ARTIFACTS / "cascade-2000-province.png"))
    if data["grouped"]:
        # a click on a group opens that province
        page.evaluate("() => window.dkgCascadeView.setMode('groups')")
        group = data["groups"][0]
        point = page.evaluate("""(id) => { const v = window.dkgCascadeView;
            const p = v.network.canvasToDOM(v.network.getPositions([id])[id]);
            const r = v.network.body.container.getBoundingClientRect(); return {x: r.left + p.x, y: r.top + p.y}; }""",
                              group["id"])
        page.mouse.click(point["x"], point["y"])
        assert page.evaluate("() => window.dkgCascadeView.mode()") == "p:" + group["group"]
        central = sum(1 for x in data["nodes"] if x["level"] == "central")
        assert page.evaluate("() => window.dkgCascadeView.view.length") == group["count"] + central
    assert errors == [] and browser.dialogs == []
    assert [u for u in browser.requests if not u.startswith(("file://", "data:", "blob:", "about:"))] == []


@pytest.mark.parametrize("n, lang, said", [(2, "en", "2 / 2 documents, 1 link"), (3, "en", "3 / 3 documents, 2 links"),
                                         (2, "vi", "2 / 2 văn bản, 1 liên kết")])
def test_the_cascade_counts_one_link_as_one(browser, tmp_path, n, lang, said):  # noqa: F811
    # (it read '1 links' in English)
    import viz

    path = tmp_path / f"cascade-{n}-{lang}.html"
    path.write_text(viz.render_cascade(realistic_cascade(n), title="count", lang=lang), encoding="utf-8")
    page = browser.page()
    page.goto(path.as_uri())
    _drawn(page)
    assert page.inner_text(".dkg-count") == said


def test_cascade_search_panel_and_double_click(browser, views_server):  # noqa: F811
    page = browser.page()
    errors = _errors(page)
    page.goto(views_server + "/graph/46-NQ/TW")
    _drawn(page)
    legend = page.inner_text(".dkg-legend")
    assert "Nghị quyết" in legend and "triangleDown" not in legend and "dot" not in legend.split()
    assert page.locator(".dkg-legend svg").count() >= 3
    page.fill(".dkg-search", "dang doan hoi nong dan")  # no diacritics
    page.press(".dkg-search", "Enter")
    wait_until(page, "() => !!document.querySelector('.dkg-info h3')", "the card's title")
    assert page.inner_text(".dkg-info h3").startswith("KH:Đảng đoàn Hội Nông dân")
    page.fill(".dkg-search", "115-ctr")
    page.press(".dkg-search", "Enter")
    wait_until(page, "() => document.querySelector('.dkg-info h3').textContent === '115-CTr/TU'", "115-CTr/TU's card")
    # the card's own data arrives from its JSON twin
    wait_until(page, "() => document.querySelector('.dkg-info').textContent.includes('Trích yếu')", "the card's data")
    page.fill(".dkg-search", "không có văn bản này")
    page.press(".dkg-search", "Enter")
    assert page.inner_text(".dkg-found") == "Không tìm thấy"
    page.screenshot(path=str(ARTIFACTS / "cascade-46-NQ-TW-panel.png"))
    point = page.evaluate("""() => { const v = window.dkgCascadeView;
        const n = v.data.nodes.find(x => x.key === '115-CTr/TU');
        const p = v.network.canvasToDOM(v.network.getPositions([n.id])[n.id]);
        const r = v.network.body.container.getBoundingClientRect(); return {x: r.left + p.x, y: r.top + p.y}; }""")
    with page.expect_navigation():
        page.mouse.dblclick(point["x"], point["y"])
    assert unquote(urlsplit(page.url).path) == "/doc/115-CTr/TU"
    assert errors == [] and browser.foreign(views_server) == []


# --- bodies --------------------------------------------------------------------------------------------

def test_bodies_list_search_and_a_body_page(browser, views_server):  # noqa: F811
    page = browser.page()
    errors = _errors(page)
    page.goto(views_server + "/")
    with page.expect_navigation():
        page.click("header nav a[href='/bodies']")
    total = page.locator("#bodies tbody tr").count()
    assert total > 10
    page.fill(".bodies-filter input[name=q]", "ban thuong vu")
    page.select_option(".bodies-filter select[name=level]", "province")
    with page.expect_navigation():
        page.click(".bodies-filter button[type=submit]")
    names = page.locator("#bodies tbody tr td:first-child").all_inner_texts()
    assert names and all(n.startswith("Ban Thường vụ Tỉnh ủy") for n in names)
    twin = json.loads(http.get(views_server + "/bodies.json",
                                params={"q": "ban thuong vu", "level": "province"}).text)
    assert len(names) == twin["total"]
    page.screenshot(path=str(ARTIFACTS / "bodies.png"), full_page=True)
    with page.expect_navigation():
        page.click("#bodies tbody tr:first-child a")
    assert page.locator("#tasks h2").count() == 1
    page.screenshot(path=str(ARTIFACTS / "body.png"), full_page=True)
    assert errors == [] and browser.foreign(views_server) == []


# --- days on one line --------------------------------------------------------------------------------

#: How many lines the text of each day cell (and of each link of a row's actions) takes.
DAY_LINES = """() => [...document.querySelectorAll('.date, .actions a')].filter(e => e.textContent.trim()).map(e => {
  const r = document.createRange(); r.selectNodeContents(e);
  return [e.textContent.trim(), new Set([...r.getClientRects()].map(x => Math.round(x.top))).size];
})"""


def test_a_day_or_a_row_s_link_is_never_broken(browser, views_server):  # noqa: F811
    page = browser.page()
    page.set_viewport_size({"width": 1000, "height": 900})  # (the home page's subject column squeezes the others)
    for path in ("/", "/queries/cascade?doc=9-NQ/TW"):
        page.goto(views_server + path)
        days = page.evaluate(DAY_LINES)
        assert days, f"no day on {path}"
        assert [d for d, lines in days if lines != 1] == [], path


#: The cells of the first table under ``sel`` that a page shows: (width of the cell, width of its table), and whether
#: its header row is shown.
CELLS = """(sel) => { const t = document.querySelector(sel + ' table') || document.querySelector(sel);
  const cells = [...t.querySelectorAll('tbody td')].filter(td => td.offsetParent !== null && td.textContent.trim());
  return {table: t.getBoundingClientRect().width, head: t.querySelector('thead').offsetParent !== null,
          narrowest: Math.min(...cells.map(td => td.getBoundingClientRect().width)),
          page: document.documentElement.scrollWidth}; }"""


@pytest.mark.parametrize("path, sel", [("/doc/115-CTr/TU", "#targets"), ("/bodies", "#bodies")])
def test_on_a_phone_the_card_s_targets_and_the_bodies_read_row_by_row(browser, views_server, path, sel):  # noqa: F811
    """At 400 px the card's targets (six columns) and the list of bodies (six) squeezed a target's words or a body's
    name to a word a line and hid columns off the right (polish32): read row by row, each cell a line the table's
    width, named by its column; at 1280 px they stay tables (the near miss)."""
    page = browser.page()
    page.set_viewport_size({"width": 400, "height": 900})
    page.goto(views_server + path)
    phone = page.evaluate(CELLS, sel)
    assert not phone["head"] and phone["narrowest"] >= 0.9 * phone["table"] and phone["page"] <= 400, phone
    page.screenshot(path=str(ARTIFACTS / f"phone-{sel[1:]}.png"), full_page=True)
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(views_server + path)
    desk = page.evaluate(CELLS, sel)
    assert desk["head"] and desk["narrowest"] < 0.5 * desk["table"], desk


def test_a_search_result_s_day_is_on_one_line(browser, views_server):  # noqa: F811
    """The search results' day column broke "2024-04-15" after its hyphen at 1280 px (polish32)."""
    page = browser.page()
    page.set_viewport_size({"width": 1000, "height": 900})
    page.goto(views_server + "/?q=" + "Lạng Sơn")
    column = page.evaluate("() => [...document.querySelectorAll('#results thead th')].map(th => th.textContent)"
                           ".indexOf('Ngày')")
    assert column >= 0
    lines = page.evaluate("""(i) => [...document.querySelectorAll('#results tbody tr')].map(tr => tr.children[i])
      .filter(td => td.textContent.trim()).map(td => { const r = document.createRange(); r.selectNodeContents(td);
        return [td.textContent.trim(), new Set([...r.getClientRects()].map(x => Math.round(x.top))).size]; })""", column)
    assert lines and all(n == 1 for _, n in lines), lines


#: Each day (20/12/2023 on a Vietnamese page, 2023-12-20 on an English one) written in the text of the page's main part, with how many lines it takes: found in the text
#: itself, whatever element holds it.
DAYS_IN_TEXT = """() => { const out = [], walk = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
  for (let n = walk.nextNode(); n; n = walk.nextNode()) for (const m of n.data.matchAll(/\\d{4}-\\d{2}-\\d{2}|\\d{2}\\/\\d{2}\\/\\d{4}/g)) {
    if (!n.parentElement.offsetParent) continue;
    const r = document.createRange(); r.setStart(n, m.index); r.setEnd(n, m.index + 10);
    out.push([m[0], new Set([...r.getClientRects()].map(x => Math.round(x.top))).size]); }
  return out; }"""


def test_a_day_in_a_line_of_words_is_never_broken_at_any_phone_width(browser, views_server):  # noqa: F811
    """A linked document's day on the card ("Nghị quyết 46-NQ/TW (2023-12-20)"), as a change's on /changes and a review's
    on the scoreboard, broke after a hyphen where the line ended there (polish32, seen at 400 px on /changes): at every
    width of a phone each day in the card's text is on one line."""
    page = browser.page()
    page.set_viewport_size({"width": 400, "height": 900})
    page.goto(views_server + "/doc/115-CTr/TU")
    broken, seen = [], 0
    for width in range(300, 481, 3):
        page.set_viewport_size({"width": width, "height": 900})
        days = page.evaluate(DAYS_IN_TEXT)
        seen = max(seen, len(days))
        broken += [(width, day) for day, lines in days if lines != 1]
    assert seen and broken == [], broken


def test_the_cascade_saves_as_a_picture_of_what_the_window_shows(browser, views_server):  # noqa: F811
    """A researcher sends her editor the drawing: the link downloads a PNG of the canvas as drawn, on white (the
    canvas itself is transparent: a near miss, read beside it)."""
    import base64
    import struct

    page = browser.page()
    errors = _errors(page)
    page.goto(views_server + "/graph/46-NQ/TW?lang=en")
    _drawn(page)
    assert page.inner_text(".dkg-png") == "Save as image (PNG)"
    with page.expect_download() as taken:
        page.click(".dkg-png")
    download = taken.value
    assert download.suggested_filename == "cascade.png"
    with open(download.path(), "rb") as saved:
        png = saved.read()
    size = page.evaluate("() => { const c = document.querySelector('.dkg-network canvas'); return [c.width, c.height]; }")
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and list(struct.unpack(">II", png[16:24])) == size
    # the picture read back by the browser itself: white where nothing is drawn, and the drawing on it
    seen = page.evaluate("""async (url) => {
        const img = new Image(); img.src = url; await img.decode();
        const c = document.createElement('canvas'); c.width = img.width; c.height = img.height;
        const pen = c.getContext('2d'); pen.drawImage(img, 0, 0);
        const all = pen.getImageData(0, 0, c.width, c.height).data;
        let inked = 0; for (let i = 0; i < all.length; i += 4) if (all[i] < 200) inked++;
        return {corner: Array.from(all.slice(0, 4)), inked: inked}; }""",
                         "data:image/png;base64," + base64.b64encode(png).decode("ascii"))
    assert seen["corner"] == [255, 255, 255, 255] and seen["inked"] > 100, seen
    corner = page.evaluate("""() => Array.from(document.querySelector('.dkg-network canvas')
        .getContext('2d').getImageData(0, 0, 1, 1).data)""")
    assert corner[3] == 0  # near miss: the canvas as drawn is see-through there
    assert errors == [] and browser.foreign(views_server) == []


# --- the header's search field ---------------------------------------------------------------------

#: The width of a search field's hint in its own font, and the width the empty field gives it.
HINT_FITS = """(sel) => {
  const i = document.querySelector(sel), s = getComputedStyle(i);
  const hint = getComputedStyle(i, '::placeholder'), c = document.createElement('canvas').getContext('2d');
  c.font = hint.font || `${hint.fontSize} ${s.fontFamily}`;
  return [c.measureText(i.placeholder).width, i.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight)];
}"""


@pytest.mark.parametrize("width", [360, 400, 1280])
@pytest.mark.parametrize("path, field", [("/", "header form.search input[type=search]"),
                                         # (the cascade's own search: its hint read 'symbol or name (diacritics optior')
                                         ("/graph/46-NQ/TW", ".dkg-search"),
                                         # (and the bodies' name filter: 'e.g. ban tuyen giao lang sơ')
                                         ("/bodies", ".bodies-filter input[name=q]")])
def test_the_search_fields_hint_is_whole_on_a_phone(browser, views_server, width, path, field):  # noqa: F811
    page = browser.page()
    page.set_viewport_size({"width": width, "height": 800})
    for lang in ("vi", "en"):
        page.goto(views_server + f"{path}?lang={lang}")
        said, room = page.evaluate(HINT_FITS, field)
        assert said <= room, (lang, width, said, room)
