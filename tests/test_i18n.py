"""kg.i18n: the words of the pages in both languages, and format_number: one way to write a figure, in the page's language, on the document page,
its text (``dkg show``) and the scoreboard."""

from __future__ import annotations

from pathlib import Path

import jinja2
import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient

from kg.cards import card_text, document_card
from kg import i18n
from kg.i18n import format_number
from kg.review.model import LEVELS
from kg.store import Store
from kg.web import create_app

DKG = "https://w3id.org/directive-kg/ontology#"
ID = "https://w3id.org/directive-kg/id/"
DECIMAL = ox.NamedNode("http://www.w3.org/2001/XMLSchema#decimal")
TARGET = ox.NamedNode(ID + "target/855f07f67914b2d5")  # 115-CTr/TU: "Kết nạp từ 1.500 hội viên ..." (1500)
TEMPLATES = Path(__file__).resolve().parents[1] / "kg" / "web" / "templates"
WRITTEN = {"vi": ("1.234.567,25", "12,5", "1.500"), "en": ("1,234,567.25", "12.5", "1,500")}


@pytest.mark.parametrize("lang", WRITTEN)
def test_figures_in_each_language(lang):
    big, half, whole = WRITTEN[lang]
    assert (format_number(1234567.25, lang), format_number(12.5, lang), format_number(1500.0, lang)) == (big, half, whole)
    assert format_number(None, lang) == "" and format_number(0, lang) == "0"


@pytest.fixture(scope="module")
def store():
    """The sample, with an outcome of 1234567.25 out of 12.5 reported for one of 115-CTr/TU's targets."""
    s = Store.bundled()
    o = ox.NamedNode(ID + "outcome/test-figures")
    for p, v in (("reportsTarget", TARGET), ("value", ox.Literal("1234567.25", datatype=DECIMAL)),
                 ("denominator", ox.Literal("12.5", datatype=DECIMAL))):
        s.main.add(ox.Quad(o, ox.NamedNode(DKG + p), v, ox.DefaultGraph()))
    return s


@pytest.mark.parametrize("lang", WRITTEN)
@pytest.mark.parametrize("path", ["/doc/115-CTr/TU", "/scoreboard/46-NQ/TW"])
def test_the_pages_write_a_target_in_their_language(store, lang, path):
    whole = WRITTEN[lang][2]
    other = WRITTEN["en" if lang == "vi" else "vi"][2]
    html = TestClient(create_app(store)).get(path, params={"lang": lang}).text
    assert f"[≥ {whole} hội viên nông dân mới]" in html
    assert f"[≥ {other} hội viên" not in html  # near miss: the other language's separators


@pytest.mark.parametrize("lang", WRITTEN)
def test_the_document_page_and_its_text_write_an_outcome_alike(store, lang):
    big, half, _ = WRITTEN[lang]
    html = TestClient(create_app(store)).get("/doc/115-CTr/TU", params={"lang": lang}).text
    assert f'<strong class="figure">{big}/{half}</strong>' in html and "e+06" not in html
    assert f"{big}/{half}" in card_text(document_card(store, "115-CTr/TU", lang), lang)


# --- the words of the pages ----------------------------------------------------------------

#: The tables of kg.i18n by the name a template knows them by: ``t`` on every page
#: (kg.web.render.page), and a page's own table where its handler passes one.
SHARED = {"t": i18n.TEXT}
OWN = {"scoreboard.html": {"w": i18n.SCOREBOARD}, "review_source.html": {"r": i18n.REVIEW},
       "review_sources.html": {"r": i18n.REVIEW}, "sparql.html": {"words": i18n.SPARQL},
       "sparql_results.html": {"words": i18n.SPARQL}}


def _template_keys() -> list[tuple[str, dict, str, bool]]:
    """``(template, table, key, is a prefix)`` for each word a template looks up by a written key:
    ``t.key``, ``t['key']``, and ``t['level_' ~ x]`` (a key built on a prefix), read from the parsed
    template. A key held in a variable (``t[section]``) is not known before the page runs: the
    tables' parity between the languages covers it."""
    env = jinja2.Environment()
    out = []
    for path in sorted(TEMPLATES.glob("*.html")):
        tables = {**SHARED, **OWN.get(path.name, {})}
        tree = env.parse(path.read_text(encoding="utf-8"))
        methods = {id(call.node) for call in tree.find_all(jinja2.nodes.Call)}  # (w.get(...) is no word)
        for node in tree.find_all((jinja2.nodes.Getattr, jinja2.nodes.Getitem)):
            if not (isinstance(node.node, jinja2.nodes.Name) and node.node.name in tables) or id(node) in methods:
                continue
            table = tables[node.node.name]
            if isinstance(node, jinja2.nodes.Getattr):
                out.append((path.name, table, node.attr, False))
            elif isinstance(node.arg, jinja2.nodes.Const):
                out.append((path.name, table, node.arg.value, False))
            elif isinstance(node.arg, jinja2.nodes.Concat) and isinstance(node.arg.nodes[0], jinja2.nodes.Const):
                out.append((path.name, table, node.arg.nodes[0].value, True))
    return out


def test_every_word_a_template_uses_exists_in_both_languages():
    used = _template_keys()
    tables = {id(t) for t in (i18n.TEXT, i18n.SCOREBOARD, i18n.REVIEW, i18n.SPARQL)}  # (those of the pages)
    assert len(used) > 200 and {id(table) for _, table, _, _ in used} == tables
    missing = [(template, key, lang) for template, table, key, prefix in used for lang in ("vi", "en")
               if not (any(k.startswith(key) for k in table[lang]) if prefix else key in table[lang])]
    assert missing == []


TABLES = {"TEXT": i18n.TEXT, "SCOREBOARD": i18n.SCOREBOARD, "REVIEW": i18n.REVIEW, "SPARQL": i18n.SPARQL,
          "SCOREBOARD_TEXT": i18n.SCOREBOARD_TEXT, "QUERY_SUMMARIES": i18n.QUERY_SUMMARIES,
          "QUERY_HEADERS": i18n.QUERY_HEADERS, "ERRORS": i18n.ERRORS,
          "CLI_TEXT": i18n.CLI_TEXT}


@pytest.mark.parametrize("name", TABLES)
def test_each_table_has_the_same_words_in_both_languages(name):
    vi, en = TABLES[name]["vi"], TABLES[name]["en"]
    assert set(vi) ^ set(en) == set()
    assert all(vi[k].strip() and en[k].strip() for k in vi)


def test_a_key_built_from_a_prefix_names_a_word_for_every_value():
    """``t['level_' ~ l]`` on the bodies and changes pages: a word for every level."""
    assert all(f"level_{lv}" in i18n.TEXT[lang] for lv in LEVELS for lang in ("vi", "en"))


def test_a_figure_is_said_with_its_sign_apart_and_equality_unsigned():
    assert i18n.figure_said(1500, "hội viên", ">=", "vi") == "≥ 1.500 hội viên"
    assert i18n.figure_said(90, "%", "=", "vi") == "90 %"
    assert i18n.figure_said(0.5, None, "<=", "en") == "≤ 0.5"
    assert i18n.figure_said(3, "xã", None, "vi") == "3 xã"


def test_a_task_done_is_said_in_the_reader_s_language():
    assert i18n.task_said("đã ban hành kế hoạch (reported)", "vi") == "đã ban hành kế hoạch (đã thực hiện, theo báo cáo)"
    assert i18n.task_said("đã ban hành kế hoạch (reported)", "en") == "đã ban hành kế hoạch (reported)"
    assert i18n.task_said("ban hành kế hoạch (reported) trong quý", "vi") == "ban hành kế hoạch (reported) trong quý"
    assert i18n.task_said(None, "vi") is None


def test_a_count_is_said_with_its_noun_in_the_language_s_number():
    """One rule of plurals: English "1 fact" and "3 facts", Vietnamese one form whatever the count."""
    assert i18n.count_said(1, "fact|facts", "en") == "1 fact"
    assert i18n.count_said(3, "fact|facts", "en") == "3 facts"
    assert i18n.count_said(0, "fact|facts", "en") == "0 facts"
    assert i18n.count_said(1500, "fact|facts", "en") == "1,500 facts"
    assert i18n.count_said(1, "dữ kiện", "vi") == "1 dữ kiện" and i18n.count_said(1500, "dữ kiện", "vi") == "1.500 dữ kiện"


def test_a_table_s_words_say_a_count_with_its_noun_and_leave_the_rest_as_written():
    assert i18n.words_said("rejected {facts:fact|facts}", "en", facts=1) == "rejected 1 fact"
    assert i18n.words_said("rejected {facts:fact|facts}", "en", facts=2) == "rejected 2 facts"
    # near misses: a count without forms is only a figure; a bar outside a placeholder is a bar; a string keeps its spec
    assert i18n.words_said("{n} | {n} dữ kiện", "vi", n=2000) == "2.000 | 2.000 dữ kiện"
    assert i18n.words_said("[{name:>4}]", "en", name="ab") == "[  ab]"
    assert i18n.words_said("holds {n:file|files}", "en", n="3") == "holds 3 files"  # (a count given as text: never a crash)


@pytest.mark.parametrize("key", ["done.accepted", "done.rejected", "done.corrected", "done.quarantined", "done.ingested",
                                 "done.loaded", "note.serving-readers"])
def test_no_english_note_writes_a_plural_in_brackets(key):
    """What a write did says "1 fact", "2 facts", never "fact(s)", in English; Vietnamese says the count alone."""
    details = {"facts": 1, "name": "a.txt", "loaded": 1, "files": 1, "triples": 1, "graph": "g", "count": 1}
    one = i18n.error_words(key, details, "en")[0]
    many = i18n.error_words(key, {k: 2 if isinstance(v, int) else v for k, v in details.items()}, "en")[0]
    assert "(s)" not in one + many and "(s)" not in "".join(i18n.ERRORS["en"][key])
    assert one != many.replace("2", "1")  # (the noun itself changed with the count)
