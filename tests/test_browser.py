"""Tested like a user: Debian's headless Chromium, driven by Playwright, against the real server.

Skipped when Chromium or Playwright is missing (``.ci/run`` installs Chromium). No browser is
downloaded: Playwright is pointed at ``/usr/bin/chromium``.
"""

from __future__ import annotations

from contextlib import contextmanager
from urllib.parse import unquote, urlsplit

import pytest

from test_web_support import ARTIFACTS, BROWSER_MARKS, EVIL, EVIL_KEY, chromium
from test_web_support import CHROMIUM  # noqa: F401  (the browser tests' modules import it from here)
from test_web_support import server, web_app, http, web_store  # noqa: F401  (fixtures)
from test_web_validate import BAD_TTL

pytestmark = BROWSER_MARKS


class Browser:
    """One headless Chromium with a fresh profile; records every request and every dialog."""

    def __init__(self, context) -> None:
        self.context = context
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        context.on("request", lambda req: self.requests.append(req.url))

    def page(self):
        page = self.context.new_page()

        def on_dialog(d):
            self.dialogs.append(d.message)
            d.dismiss()

        page.on("dialog", on_dialog)
        return page

    def foreign(self, origin: str) -> list[str]:
        return [u for u in self.requests
                if not u.startswith((origin + "/", "data:", "blob:", "about:", "file://", "chrome"))]


@pytest.fixture
def browser(tmp_path):
    with chromium(tmp_path / "profile", viewport={"width": 1400, "height": 900}) as context:
        yield Browser(context)


def wait_until(page, check, what: str, arg=None, seconds: float = 60) -> None:
    """Poll ``check`` until it is true: a script (``page.evaluate(check, arg)``) or a function of
    the page. Not ``page.wait_for_function``: when its first test fails it polls with a string
    evaluated inside the page, which the pages' Content-Security-Policy refuses ('unsafe-eval'),
    so it failed whenever the page was slow."""
    for _ in range(int(seconds * 5)):
        if check(page) if callable(check) else page.evaluate(check, arg):
            return
        page.wait_for_timeout(200)
    raise AssertionError(f"timed out after {seconds} s waiting for {what}")


CASCADE_DRAWN = "() => !!(window.dkgCascadeView && document.querySelector('.dkg-cascade[data-drawn]'))"


def _wait_for_cascade(page) -> dict:
    wait_until(page, CASCADE_DRAWN, "the cascade to be drawn")
    return page.evaluate("""() => ({
        dataset: window.dkgCascadeView.data.nodes.length,
        drawn: window.dkgCascadeView.network.body.nodeIndices.length,
        edges: window.dkgCascadeView.network.body.edgeIndices.length,
    })""")


def _node_point(page, key: str) -> dict:
    """Page coordinates of the node with this key."""
    return page.evaluate("""(key) => {
        const v = window.dkgCascadeView;
        const n = v.data.nodes.find(x => x.key === key);
        v.network.focus(n.id, {scale: 1.5});
        const p = v.network.canvasToDOM(v.network.getPositions([n.id])[n.id]);
        const r = v.network.body.container.getBoundingClientRect();
        return {x: r.left + p.x, y: r.top + p.y, id: n.id};
    }""", key)


def test_cascade_renders_every_node_and_a_click_opens_the_card(browser, server, web_store):
    from kg.views import reviewed_cascade

    expected = reviewed_cascade(web_store, "46-NQ/TW").number_of_nodes()
    twin = http.get(server + "/graph/46-NQ/TW.json").json()
    assert len(twin["nodes"]) == expected

    page = browser.page()
    page.goto(server + "/graph/46-NQ/TW")
    counts = _wait_for_cascade(page)
    assert counts["dataset"] == expected
    assert counts["drawn"] == expected
    assert counts["edges"] == len(twin["edges"])
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "cascade-46-NQ-TW.png"), full_page=True)

    # the hostile node: its tooltip shows the text, and nothing runs
    point = _node_point(page, EVIL_KEY)
    page.wait_for_timeout(300)
    page.mouse.move(point["x"], point["y"])
    page.wait_for_selector("div.vis-tooltip", state="visible", timeout=10_000)
    tip = page.evaluate("() => document.querySelector('div.vis-tooltip').textContent")
    assert EVIL in tip
    assert page.evaluate("() => document.querySelectorAll('div.vis-tooltip img, div.vis-tooltip script').length") == 0
    page.mouse.click(point["x"], point["y"])  # a click shows the card in the side panel
    wait_until(page, "(k) => document.querySelector('.dkg-info').textContent.includes(k)", "the card", arg=EVIL_KEY)
    assert page.evaluate("() => document.querySelectorAll('.dkg-info img, .dkg-info script').length") == 0

    # the province filter hides the other provinces' documents
    provinces = page.evaluate("() => window.dkgCascadeView.data.provinces")
    if provinces:
        page.select_option("select.dkg-province", "p:" + provinces[0])
        shown = page.evaluate("() => window.dkgCascadeView.network.body.nodeIndices.length")
        assert 0 < shown <= expected
        page.select_option("select.dkg-province", "all")

    point = _node_point(page, "115-CTr/TU")
    page.wait_for_timeout(300)
    with page.expect_navigation(timeout=20_000):  # a double click follows the link
        page.mouse.dblclick(point["x"], point["y"])
    assert unquote(urlsplit(page.url).path) == "/doc/115-CTr/TU"
    assert "115-CTr/TU" in page.inner_text("h1")
    assert browser.dialogs == []
    assert browser.foreign(server) == []


def test_home_search_and_validation_round_trip(browser, server):
    page = browser.page()
    page.goto(server + "/")
    assert "46-NQ/TW" in page.inner_text("#central")
    page.fill("header input[name=q]", "nong dan")
    with page.expect_navigation():
        page.press("header input[name=q]", "Enter")
    assert page.locator("#results table tr").count() > 1
    page.goto(server + "/validate")
    page.fill("textarea[name=data]", BAD_TTL)
    with page.expect_navigation():
        page.click("form.validate button[type=submit]")
    assert page.locator("#report.bad").count() == 1
    assert page.locator("#report table tr").count() > 1
    assert browser.dialogs == []
    page.goto(server + "/doc/" + EVIL_KEY)
    assert EVIL in page.inner_text("dl.card")
    page.goto(server + "/docs")
    page.wait_for_selector(".swagger-ui .info", timeout=30_000)
    assert browser.dialogs == []
    assert browser.foreign(server) == []


def test_pages_work_without_javascript(tmp_path, server):
    with chromium(tmp_path / "nojs", java_script_enabled=False) as context:
        page = context.new_page()
        page.goto(server + "/doc/46-NQ/TW?lang=en")
        assert "Implemented by" in page.inner_text("main")
        page.click("text=115-CTr/TU")
        assert "115-CTr/TU" in page.inner_text("h1")


def test_standalone_file_at_2000_nodes_offline(browser, tmp_path):
    import networkx as nx

    import viz

    g = nx.DiGraph()
    g.add_node(0, key="1-NQ/TW", level="central", type="NQ", date="2020-01-01", label=EVIL)
    for i in range(1, 2000):
        g.add_node(i, key=f"{i}-KH/X", level=("province", "district", "commune")[i % 3], type="KH",
                   place=f"Tỉnh {i % 63}", date=f"202{i % 5}-{1 + i % 12:02d}-{1 + i % 28:02d}", label=EVIL)
        g.add_edge(i, (i - 1) // 3, relation="implements")
    path = tmp_path / "cascade.html"
    path.write_text(viz.render_cascade(g, title=EVIL), encoding="utf-8")
    page = browser.page()
    page.goto(path.as_uri())
    counts = _wait_for_cascade(page)
    assert counts["dataset"] == 2000 and counts["drawn"] == 64  # grouped by province: 63 groups and the root
    page.evaluate("() => window.dkgCascadeView.setMode('all')")
    assert page.evaluate("() => window.dkgCascadeView.network.body.nodeIndices.length") == 2000
    page.screenshot(path=str(ARTIFACTS / "standalone-2000.png"))
    assert browser.dialogs == []
    assert [u for u in browser.requests if not u.startswith(("file://", "data:", "blob:", "about:"))] == []


PHONE_PAGES = ["/", "/doc/115-CTr/TU", "/queries/cascade?doc=46-NQ/TW", "/queries/outcomes?doc=08-NQ/TU",
               "/queries/bodies", "/bodies",
               "/scoreboard/46-NQ/TW", "/graph/46-NQ/TW", "/sparql", "/ontology", "/changes", "/review"]


@contextmanager
def window(tmp_path, width: int):
    """A page in a browser window ``width`` px wide (900 high)."""
    with chromium(tmp_path / f"window-{width}", viewport={"width": width, "height": 900}) as context:
        yield context.new_page()


def test_a_query_of_many_columns_keeps_a_desktops_width_its_table_scrolling_in_its_own_box(tmp_path, server):
    """At 1280 px the outcomes query's fifteen columns made the whole page wider than the window (the header and the
    form scrolled away with the table): the page keeps the window's width, the table scrolls within itself, and
    its text cells keep a readable width (not a word a line)."""
    with window(tmp_path, 1280) as page:
        for path in ("/queries/outcomes?doc=08-NQ/TU", "/queries/targets?doc=46-NQ/TW"):
            page.goto(server + path)
            assert page.evaluate("() => document.documentElement.scrollWidth") <= 1280, path
            box = page.evaluate("""() => { const t = document.querySelector('main table');
                return [t.clientWidth, t.scrollWidth, getComputedStyle(t).overflowX]; }""")
            assert box[0] <= 1280 and box[2] == "auto", (path, box)
            widths = page.evaluate("""() => [...document.querySelectorAll('main table td')]
                .filter(td => td.textContent.trim() && !td.classList.contains('num'))
                .map(td => td.getBoundingClientRect().width)""")
            # (a column of figures is as wide as its figures, polish37: the text cells keep their width)
            assert widths and min(widths) >= 100, (path, sorted(widths)[:5])
        page.screenshot(path=str(ARTIFACTS / "targets-1280.png"))


def test_the_timeline_fits_a_desktops_width_with_no_sideways_scroll(tmp_path, server):
    """At 1280 px the timeline's nine columns (each at least 8em) scrolled sideways in their box: joined into six, the
    table is no wider than its box, in both languages, and each item still links to its card."""
    with window(tmp_path, 1280) as page:
        for lang in ("vi", "en"):
            page.goto(server + f"/queries/timeline?place=L%E1%BA%A1ng%20S%C6%A1n&lang={lang}")
            box = page.evaluate("""() => { const t = document.querySelector('main table');
                return [t.clientWidth, t.scrollWidth, t.querySelectorAll('tbody tr').length,
                        t.querySelectorAll('thead th').length, t.querySelectorAll('td a[href^="/doc/"]').length]; }""")
            assert box[2] > 0 and box[3] == 6 and box[4] >= box[2] - 1, (lang, box)
            assert box[1] <= box[0], (lang, box)
            assert page.evaluate("() => document.documentElement.scrollWidth") <= 1280
        page.screenshot(path=str(ARTIFACTS / "timeline-1280.png"))


def test_pages_keep_a_phones_width_and_the_cascade_uses_it(tmp_path, server):
    """On a window 400 px wide no page is wider than the window (a wide table or the tile map scrolls within
    itself, the header and forms stay in view), and the cascade's drawing takes the width, its legend below."""
    with window(tmp_path, 400) as page:
        widths = {}
        for path in PHONE_PAGES:
            page.goto(server + path)
            widths[path] = page.evaluate("() => document.documentElement.scrollWidth")
        assert widths == {path: 400 for path in PHONE_PAGES}
        # the home page's and a query page's tables are read row by row: each cell takes the row's width,
        # none is squeezed to a word a line (the narrowest was about 60 px), and each says its column
        # (and the scoreboard's targets, which a phone showed a word a line, newcomer27's walk)
        for path, table in (("/", "#central table"), ("/queries/targets?doc=46-NQ/TW", "main table"),
                            ("/scoreboard/46-NQ/TW", "#targets table")):
            page.goto(server + path)
            cells = page.evaluate(f"""() => [...document.querySelectorAll('{table} td')]
                .filter(td => td.offsetParent !== null)
                .map(td => [td.getBoundingClientRect().width, getComputedStyle(td, '::before').content])""")
            assert cells and min(w for w, _ in cells) > 300, (path, cells[:6])
            assert any(label.startswith('"') and label.endswith(': "') for _, label in cells), (path, cells[:6])
        # the scoreboard's tile map fits the window: every province in view without scrolling sideways (its
        # 5.6em tiles showed three columns of the 2025 map's six, an empty box, newcomer27's walk)
        for day in ("2024-12-31", "2025-08-01"):
            page.goto(server + f"/scoreboard/46-NQ/TW?as_of={day}")
            edges = page.evaluate("() => [...document.querySelectorAll('.sb-map .tile')]"
                                  ".map(t => t.getBoundingClientRect().right)")
            assert len(edges) in (34, 63) and max(edges) <= 400, (day, max(edges))
        page.goto(server + "/graph/46-NQ/TW")
        _wait_for_cascade(page)
        drawing = page.locator(".dkg-network").bounding_box()
        legend = page.locator(".dkg-side").bounding_box()
        assert drawing["width"] > 300 and legend["y"] >= drawing["y"] + drawing["height"]
        page.screenshot(path=str(ARTIFACTS / "cascade-phone.png"))


@pytest.mark.parametrize("width", [1280, 400])
def test_the_search_field_shows_its_whole_hint(tmp_path, server, width):
    """The header's search field said "số hiệu, trích yếu hoặc cơ quan (có h": cut before the part that says
    diacritics are optional. Its hint, in either language, fits the field, and the field and its button keep to
    the window, side by side."""
    with chromium(tmp_path / "profile", viewport={"width": width, "height": 900}) as context:
        page = context.new_page()
        for path in ("/", "/?lang=en"):
            page.goto(server + path)
            room, needed, button, field = page.evaluate("""() => {
                const field = document.querySelector('header form.search input');
                const style = getComputedStyle(field), pen = document.createElement('canvas').getContext('2d');
                pen.font = style.font;
                const box = (e) => { const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; };
                return [field.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight),
                        pen.measureText(field.placeholder).width,
                        box(document.querySelector('header form.search button')), box(field)]; }""")
            assert needed <= room, (path, needed, room)
            assert button[2] <= width, (path, button)
            assert button[1] < field[3] and button[0] >= field[2], (path, button, field)  # beside it, not under
