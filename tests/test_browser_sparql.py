"""The /sparql query form in headless Chromium: the vendored editor, the examples, the results
table, the Content-Security-Policy, no request outside the app, and the form without script."""

from __future__ import annotations

from urllib.parse import urlencode

import pytest

from test_browser import ARTIFACTS, CHROMIUM, browser, wait_until  # noqa: F401  (fixture)
from test_web_support import EVIL, chromium, server, web_app, web_store  # noqa: F401  (fixtures)

pytestmark = [pytest.mark.browser]

HOSTILE = ('PREFIX dkg: <https://w3id.org/directive-kg/ontology#>\n'
           'SELECT ?k ?evil ?link WHERE { ?d dkg:key ?k FILTER(?k = "46-NQ/TW") '
           'BIND(%s AS ?evil) BIND(IRI("javascript:alert(1)") AS ?link) }')


def _literal(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _editor_value(page) -> str:
    return page.evaluate("document.querySelector('.CodeMirror').CodeMirror.getValue()")


def test_editor_examples_prefixes_and_results_table(browser, server):  # noqa: F811
    page = browser.page()
    violations: list[str] = []
    page.on("console", lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None)
    page.goto(server + "/sparql?lang=en")
    page.wait_for_selector(".CodeMirror .cm-keyword")  # the SPARQL mode highlights the example
    assert page.locator(".CodeMirror .cm-keyword").count() >= 3

    page.select_option("#sparql-example", "timeline")
    wait_until(page, lambda p: "title@en" in _editor_value(p), "the example's text")
    assert "SELECT" in _editor_value(page)

    page.evaluate("document.querySelector('.CodeMirror').CodeMirror.setValue('SELECT * WHERE { ?s ?p ?o } LIMIT 1')")
    page.click(".sparql-prefixes summary")
    page.click("button[data-prefix=dkg]")
    page.click("button[data-prefix=dkg]")  # a second click adds nothing
    assert _editor_value(page).count("PREFIX dkg: <https://w3id.org/directive-kg/ontology#>") == 1

    # hostile text in the results is shown as text, and a javascript: IRI is not made a link
    query = HOSTILE % _literal(EVIL)
    page.evaluate("q => document.querySelector('.CodeMirror').CodeMirror.setValue(q)", query)
    page.click("form.sparql button[type=submit]")
    page.wait_for_selector("#sparql-results table.results")
    assert page.url.startswith(server + "/sparql")  # no navigation: the table is under the form
    cells = page.locator("#sparql-results tbody td").all_inner_texts()
    assert "46-NQ/TW" in cells and EVIL in cells and "javascript:alert(1)" in cells
    assert page.locator("#sparql-results img, #sparql-results script, #sparql-results a").count() == 0

    page.evaluate("document.querySelector('.CodeMirror').CodeMirror.setValue('SELECT * WHERE { ?s ?p }')")
    page.click("form.sparql button[type=submit]")
    page.wait_for_selector("#sparql-results [role=alert]")
    assert "syntax" in page.inner_text("#sparql-results").lower()

    page.evaluate("document.querySelector('.CodeMirror').CodeMirror.setValue("
                  "'PREFIX dkg: <https://w3id.org/directive-kg/ontology#>\\n"
                  "SELECT ?d ?k WHERE { ?d dkg:key ?k } ORDER BY ?k LIMIT 5')")
    page.click(".CodeMirror-code")
    page.keyboard.press("Control+Enter")
    wait_until(page, lambda p: p.locator("#sparql-results tbody tr").count() == 5, "five rows")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "sparql-editor.png"), full_page=True)

    assert browser.dialogs == []
    assert violations == []
    assert browser.foreign(server) == []


def test_query_form_and_examples_work_without_javascript(tmp_path, server):  # noqa: F811
    with chromium(tmp_path / "nojs", java_script_enabled=False) as context:
        page = context.new_page()
        page.goto(server + "/sparql?" + urlencode({"lang": "en"}))
        page.select_option("#sparql-example", "bodies")
        with page.expect_navigation():
            page.click("form.sparql-examples button[type=submit]")
        assert "title@en" in page.input_value("textarea#query")
        page.fill("textarea#query", "PREFIX dkg: <https://w3id.org/directive-kg/ontology#>\n"
                                    "SELECT ?k WHERE { ?d dkg:key ?k } ORDER BY ?k LIMIT 3")
        with page.expect_navigation():
            page.click("form.sparql button[type=submit]")
        assert page.locator("table.results tbody tr").count() == 3
        assert "?lang=en" in page.url or "lang=en" in page.url


def test_a_language_tag_is_shown_apart_from_its_text_by_the_editor_and_without_script(browser, server):  # noqa: F811
    """The tag of a literal in its language sits beside the text, smaller and grey, with a space between
    (the editor's table and the page without script alike), and is not part of a copy of the text."""
    q = ('PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?l WHERE { ?d rdfs:label ?l '
         'FILTER(STR(?l) = "Nghị định 140/2017/NĐ-CP") } LIMIT 1')
    page = browser.page()
    page.goto(server + "/sparql?lang=en")
    page.wait_for_selector(".CodeMirror .cm-keyword")
    page.evaluate("q => document.querySelector('.CodeMirror').CodeMirror.setValue(q)", q)
    page.click("form.sparql button[type=submit]")
    page.wait_for_selector("#sparql-results table.results td .lang")
    for scope in ("#sparql-results", "table.results"):
        if scope == "table.results":  # the page without script: the form's answer
            page.goto(server + "/sparql?" + urlencode({"query": q, "format": "html", "lang": "en"}))
        text, tag = page.locator(f"{scope} td span[lang=vi]"), page.locator(f"{scope} td .lang")
        assert text.inner_text() == "Nghị định 140/2017/NĐ-CP" and tag.inner_text() == "vi"
        assert tag.get_attribute("title") == "the text's language (its language tag)"
        gap = tag.bounding_box()["x"] - (text.bounding_box()["x"] + text.bounding_box()["width"])
        assert gap > 2
        style = tag.evaluate("e => [getComputedStyle(e).fontSize, getComputedStyle(e).userSelect, "
                             "getComputedStyle(e.parentNode).fontSize]")
        assert float(style[0][:-2]) < float(style[2][:-2]) and style[1] == "none"
