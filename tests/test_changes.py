"""/changes, /changes.json and /changes.atom: what changed, by change set, with filters."""
from __future__ import annotations

import xml.etree.ElementTree as ET

import feedparser
from click.testing import CliRunner
import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient

from kg.cli import main
from kg.ingest import ingest_paths
from kg.store import ASSERTED, Store, history, payloads, undo
from kg.web import create_app
from kg.changes import Filters, changes, source_texts
from kg.changes_text import item_text, moved_text
from test_web_support import cli_and_json_twin

DKG = "https://w3id.org/directive-kg/ontology#"
DOC = "https://w3id.org/directive-kg/id/doc/test/"
ATOM = "{http://www.w3.org/2005/Atom}"
LANG_SON = "https://w3id.org/directive-kg/id/place/legacy/20"
HOSTILE = 'Kế hoạch <script>alert("x")</script> & ]]>'


def n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def t(s, p, o) -> ox.Quad:
    return ox.Quad(n(s), n(DKG + p) if ":" not in p else n(p), o, ASSERTED)


def lit(v: str, dt: str | None = None) -> ox.Literal:
    return ox.Literal(v, datatype=n("http://www.w3.org/2001/XMLSchema#" + dt)) if dt else ox.Literal(v)


def document(iri, key, cls, level, day, label=None) -> list[ox.Quad]:
    quads = [t(iri, "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", n(DKG + cls)), t(iri, "key", lit(key)),
             t(iri, "level", n(f"https://w3id.org/directive-kg/vocab/level/{level}")),
             t(iri, "dateIssued", lit(day, "date"))]
    if label:
        quads.append(t(iri, "http://www.w3.org/2000/01/rdf-schema#label", lit(label)))
    return quads


@pytest.fixture(scope="module")
def store():
    """Three change sets: a central resolution; a provincial plan implementing it; an outcome and a
    review event of the plan (written as they come, without validation: only the listing is tested)."""
    return write_three_change_sets(Store.open(None))


def write_three_change_sets(s: Store) -> Store:
    s.agent = "test"
    s.write_quads(document(DOC + "nq1", "1-NQ/TW", "Resolution", "central", "2024-01-10"), None)
    plan = document(DOC + "kh2", "2-KH/TU", "Plan", "province", "2024-03-01", HOSTILE)
    plan += [t(DOC + "kh2", "implements", n(DOC + "nq1")), t(DOC + "kh2", "jurisdiction", n(LANG_SON))]
    s.write_quads(plan, None)
    later = [t(DOC + "o1", "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", n(DKG + "Outcome")),
             t(DOC + "o1", "reportsOn", n(DOC + "kh2")), t(DOC + "o1", "asOf", lit("2024-06-30", "date")),
             t(DOC + "e1", "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", n(DKG + "InterimReview")),
             t(DOC + "e1", "reviews", n(DOC + "kh2")), t(DOC + "e1", "eventDate", lit("2024-07-15", "date"))]
    s.write_quads(later, None)
    s.rebuild_index()  # a derived change set: never listed
    return s


@pytest.fixture(scope="module")
def client(store):
    return TestClient(create_app(store))


def kinds(change_set) -> set[tuple]:
    return {(i["kind"], i["action"], i["key"]) for i in change_set["items"]}


def test_json_groups_items_by_change_set_newest_first(client):
    data = client.get("/changes.json").json()
    sets = data["change_sets"]
    assert [c["id"] for c in sets] == [3, 2, 1]
    assert kinds(sets[0]) == {("outcome", "added", "2-KH/TU"), ("event", "added", "2-KH/TU")}
    assert kinds(sets[1]) == {("document", "added", "2-KH/TU"), ("link", "added", "2-KH/TU")}
    link = next(i for i in sets[1]["items"] if i["kind"] == "link")
    assert (link["target_key"], link["target_href"], link["href"]) == ("1-NQ/TW", "/doc/1-NQ/TW", "/doc/2-KH/TU")
    assert kinds(sets[2]) == {("document", "added", "1-NQ/TW")}


def test_filters_by_level_province_and_document(client):
    def only(**p):
        return [(c["id"], sorted(kinds(c))) for c in client.get("/changes.json", params=p).json()["change_sets"]]

    assert [i for i, _ in only(level="central")] == [1]
    assert [i for i, _ in only(level="province")] == [3, 2]
    assert [i for i, _ in only(province="Lạng Sơn")] == [3, 2]
    assert [i for i, _ in only(province="lang son")] == [3, 2]
    assert [i for i, _ in only(province="Cà Mau")] == []
    # a document's own items, and the links to it
    assert only(doc="1-NQ/TW") == [(2, [("link", "added", "2-KH/TU")]), (1, [("document", "added", "1-NQ/TW")])]
    assert client.get("/changes.json", params={"level": "planet"}).status_code == 400
    assert client.get("/changes.json", params={"province": "Atlantis"}).status_code == 404


def test_a_rollback_lists_what_it_removed(tmp_path):
    s = Store.open(None)
    s.write_quads(document(DOC + "x", "9-CT/TW", "Directive", "central", "2024-05-05"), None)
    undo.rollback(s, 1)
    sets = TestClient(create_app(s)).get("/changes.json").json()["change_sets"]
    assert [(c["id"], sorted(kinds(c))) for c in sets] == [(2, [("document", "removed", "9-CT/TW")]),
                                                           (1, [("document", "added", "9-CT/TW")])]


def test_a_document_no_longer_in_the_store_is_listed_without_a_link_to_its_card():
    s = Store.open(None)
    s.write_quads(document(DOC + "x", "9-CT/TW", "Directive", "central", "2024-05-05"), None)
    plan = document(DOC + "y", "10-KH/TU", "Plan", "province", "2024-06-06") + [t(DOC + "y", "implements", n(DOC + "x"))]
    s.write_quads(plan, None)
    undo.rollback(s, 1, cascade=True)
    c = TestClient(create_app(s))
    items = [i for cs in c.get("/changes.json").json()["change_sets"] for i in cs["items"]]
    assert items and all(i["href"] is None and i["target_href"] is None for i in items)
    page = c.get("/changes", params={"lang": "en"}).text
    assert "/doc/9-CT/TW" not in page and "/doc/10-KH/TU" not in page
    # named by their keys all the same (a link's target by its key where the link's own change set says it)
    assert "9-CT/TW" in page and "10-KH/TU" in page
    # each line's sign (+ or −) is its mark: the list has no bullets beside it
    assert '<ul class="change-items">' in page and "<li>− " in page
    assert "ul.change-items { list-style: none;" in c.get("/static/site.css").text
    # near miss: a document still in the store keeps its link
    s.write_quads(document(DOC + "z", "11-CT/TW", "Directive", "central", "2024-07-07"), None)
    assert "/doc/11-CT/TW" in TestClient(create_app(s)).get("/changes").text


@pytest.mark.parametrize("lang, label", [("vi", "văn bản chưa rõ số hiệu"), ("en", "a document of unknown key")])
def test_a_link_to_a_document_of_unknown_key_shows_a_short_label_not_its_address(lang, label):
    s = Store.open(None)
    gone = DOC + "gone?a=1&b=2"  # never loaded: the change sets know no key of it
    s.write_quads(document(DOC + "p", "12-KH/TU", "Plan", "province", "2024-06-06") + [t(DOC + "p", "implements", n(gone))],
                  None)
    page = TestClient(create_app(s)).get("/changes", params={"lang": lang}).text
    assert f'→ <span title="{DOC}gone?a=1&amp;b=2">{label}</span>' in page
    assert f">{DOC}gone" not in page  # the address only in the tooltip
    # near miss: a link whose target's key is known shows the key
    s.write_quads(document(DOC + "q", "13-NQ/TU", "Resolution", "province", "2024-01-01")
                  + [t(DOC + "r", "implements", n(DOC + "q"))] + document(DOC + "r", "14-KH/TU", "Plan", "province", "2024-02-02"),
                  None)
    page = TestClient(create_app(s)).get("/changes", params={"lang": lang}).text
    assert "13-NQ/TU</a>" in page


@pytest.mark.parametrize("lang, line", [("vi", "  + Liên kết triển khai: 12-KH/TU → văn bản chưa rõ số hiệu"),
                                        ("en", "  + Implementation link: 12-KH/TU → a document of unknown key")])
def test_dkg_changes_names_a_document_of_unknown_key_as_the_page_does(tmp_path, lang, line):
    s = Store.open(tmp_path / "s")
    s.write_quads(document(DOC + "p", "12-KH/TU", "Plan", "province", "2024-06-06")
                  + [t(DOC + "p", "implements", n(DOC + "gone"))], None)
    s.close()
    text = CliRunner().invoke(main, ["--store", str(tmp_path / "s"), "changes", "--lang", lang]).output
    assert line in text.splitlines() and DOC + "gone" not in text
    # near miss: a link whose target's key is known prints the key
    known = {"kind": "link", "action": "added", "document": DOC + "p", "key": "12-KH/TU", "target": DOC + "q",
             "target_key": "13-NQ/TU", "node_label": None}
    assert item_text(known, lang).endswith("12-KH/TU → 13-NQ/TU")


def test_html_escapes_and_links_cards(client):
    r = client.get("/changes", params={"lang": "en"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "<script>alert" not in r.text and "&lt;script&gt;" in r.text
    assert 'href="/doc/2-KH/TU?lang=en"' in r.text and 'id="change-3"' in r.text
    assert r.text.count("<h1") == 1  # the page's title once (the layout writes it)


def test_atom_feed_is_valid_and_escaped(client):
    r = client.get("/changes.atom")
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/atom+xml")
    parsed = feedparser.parse(r.content)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    assert [e.id for e in parsed.entries] == [payloads.change_iri(k).value for k in (3, 2, 1)]
    assert parsed.entries[1].link.endswith("/doc/2-KH/TU")
    # the hostile label went through as text, not markup
    root = ET.fromstring(r.content)
    assert root.tag == ATOM + "feed"
    for tag in ("id", "title", "updated", "author"):
        assert root.find(ATOM + tag) is not None
    for entry in root.findall(ATOM + "entry"):
        assert all(entry.find(ATOM + tag) is not None for tag in ("id", "title", "updated"))
    assert not root.findall(".//script")


def test_feed_of_a_store_without_changes_is_still_valid():
    parsed = feedparser.parse(TestClient(create_app(Store.open(None))).get("/changes.atom").content)
    assert not parsed.bozo and parsed.entries == []


def test_sources_are_named_by_their_titles_with_their_review_pages():
    """An ingest's change set names its text by the headline (escaped), linked to its review page,
    once although the text's facts and its review queue are two graphs; a hostile headline stays text."""
    s = Store.open(None)
    s.agent = "test"
    text = (f"{HOSTILE} thực hiện Nghị quyết số 46-NQ/TW về nông dân\n\n"
            "Ngày 5/3/2024, Ban Thường vụ Tỉnh ủy Lạng Sơn ban hành Kế hoạch số 12-KH/TU thực hiện "
            "Nghị quyết số 46-NQ/TW ngày 20/12/2023 của Bộ Chính trị.\n")
    ingest_paths(s, ["bai-viet.txt"], data={"bai-viet.txt": text.encode()})
    c = TestClient(create_app(s))
    sets = c.get("/changes.json").json()["change_sets"]
    assert sets, "the ingest is listed"
    [named] = sets[0]["source_texts"]
    assert named["title"].startswith(HOSTILE) and named["href"] == f"/review/{named['id']}"
    assert c.get(named["href"]).status_code == 200
    html = c.get("/changes").text
    assert f'<a href="/review/{named["id"]}">' in html and "<script>alert" not in html
    assert "graph/source/" not in html


def test_a_source_that_is_no_ingested_text_is_shown_as_recorded():
    assert source_texts(["data/plan.ttl"], {}) == [{"id": None, "title": "data/plan.ttl", "href": None, "file": None}]


def test_targets_results_and_events_tied_to_no_document_are_listed_without_a_card():
    """A text whose targets, results and conference name no document still changed the graph: /changes lists
    them by their own labels, with no card to link, and the level filter (a document's) leaves them out."""
    s = Store.open(None)
    s.agent = "test"
    rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    label = "http://www.w3.org/2000/01/rdf-schema#label"
    s.write_quads([t(DOC + "o9", rdf_type, n(DKG + "Outcome")), t(DOC + "o9", label, lit(HOSTILE)),
                   t(DOC + "e9", rdf_type, n(DKG + "Conference")), t(DOC + "e9", label, lit("Hội nghị")),
                   t(DOC + "e9", "eventDate", lit("2025-07-29", "date")),
                   t(DOC + "t9", rdf_type, n(DKG + "Target")), t(DOC + "t9", label, lit("Thu nhập đạt 60 triệu đồng"))], None)
    c = TestClient(create_app(s))
    [change] = c.get("/changes.json").json()["change_sets"]
    listed = {(i["kind"], i["node_label"], i["document"], i["href"]) for i in change["items"]}
    assert listed == {("outcome", HOSTILE, None, None), ("event", "Hội nghị", None, None),
                      ("target", "Thu nhập đạt 60 triệu đồng", None, None)}
    html = c.get("/changes").text
    assert "Hội nghị" in html and "<script>alert" not in html and "None" not in html
    assert c.get("/changes.json", params={"level": "province"}).json()["change_sets"] == []
    feed = ET.fromstring(c.get("/changes.atom").content)
    content = feed.find(f"{ATOM}entry/{ATOM}content").text
    assert HOSTILE in content and "None" not in content


def test_a_place_is_resolved_and_refused_as_the_bodies_page_and_the_queries_do():
    """One resolver (kg.queries.resolve_place) behind /changes?province=, /bodies?place= and the
    named queries' place parameter: the same places found, the same error for none."""
    web = TestClient(create_app(Store.bundled()), raise_server_exceptions=False)
    changes, bodies = (web.get("/changes.json", params={"province": "Atlantis"}),
                       web.get("/bodies.json", params={"place": "Atlantis"}))
    assert changes.status_code == bodies.status_code == 404
    assert changes.json()["message"] == bodies.json()["message"] == "no province or district called 'Atlantis'"
    cli = CliRunner().invoke(main, ["query", "bodies", "-p", "place=Atlantis"])
    assert cli.exit_code != 0 and "no province or district called 'Atlantis'" in cli.output
    # a name without diacritics, a GSO code and a district are places for both
    for place in ("lang son", "20", "Văn Lãng"):
        assert web.get("/changes.json", params={"province": place}).status_code == 200, place
        assert web.get("/bodies.json", params={"place": place}).status_code == 200, place


@pytest.mark.parametrize("params", [{}, {"level": "province"}, {"doc": "1-NQ/TW"}, {"province": "lang son", "limit": "1"}])
def test_the_cli_and_the_json_twin_give_the_same_answer(tmp_path, params):
    """``dkg changes`` and /changes.json read one model: on one folder store, the same JSON."""
    write_three_change_sets(Store.open(tmp_path / "s")).close()
    args = [a for k, v in params.items() for a in (f"--{k}", v)]
    cli, page = cli_and_json_twin(tmp_path / "s", ["changes", *args], "/changes.json", params)
    assert cli == page and page["change_sets"]


def test_the_cli_prints_an_item_a_line_and_refuses_what_the_page_refuses(tmp_path):
    write_three_change_sets(Store.open(tmp_path / "s")).close()
    run = CliRunner().invoke
    text = run(main, ["--store", str(tmp_path / "s"), "changes", "--lang", "en", "--doc", "1-NQ/TW"]).output
    lines = text.splitlines()
    assert [line.split()[0] for line in lines[::2]] == ["#2", "#1"]
    assert lines[1::2] == ["  + Implementation link: 2-KH/TU → 1-NQ/TW", "  + Document: 1-NQ/TW (2024-01-10)"]
    bad = run(main, ["--store", str(tmp_path / "s"), "changes", "--level", "planet"])
    assert bad.exit_code == 2 and "unknown level 'planet'" in bad.output and "central" in bad.output
    none = run(main, ["--store", str(tmp_path / "s"), "changes", "--province", "Atlantis"])
    assert none.exit_code != 0 and "no province or district called 'Atlantis'" in none.output


def test_the_cli_line_of_an_outcome_carries_its_own_label_as_the_page_does():
    """An outcome's line names its figure, not only its document (it printed ``Kết quả: 05-CT/TW`` five times)."""
    item = {"kind": "outcome", "action": "added", "document": "id:doc/x", "node_label": "34/55 xã đạt chuẩn",
            "key": "5-CT/TW", "href": None, "label": None, "level": None, "date": "2021-04-12", "node": None,
            "target": None, "target_key": None, "target_href": None}
    assert item_text(item, "vi") == "+ Kết quả: 5-CT/TW · 34/55 xã đạt chuẩn"
    # near miss: an outcome tied to no document is named by its label once
    alone = {**item, "key": None, "document": None}
    assert item_text(alone, "vi") == "+ Kết quả: 34/55 xã đạt chuẩn"


@pytest.mark.parametrize("lang, said", [("vi", "trang duyệt dữ kiện (qua máy chủ dkg serve)"),
                                        ("en", "review page (through dkg serve)")])
def test_a_decision_from_the_review_page_is_named_in_the_readers_language(lang, said):
    """/changes said "review page (qua máy chủ dkg serve)" to a Vietnamese reader (newcomer27's walk); the log keeps
    its English name for programs."""
    from kg.changes import REVIEW_PAGE, UNDO_PAGE
    from kg.changes_text import command_text

    assert command_text(history.served_agent(REVIEW_PAGE), lang) == said
    undone = {"vi": "trang hoàn tác thay đổi (qua máy chủ dkg serve)", "en": "undo page (through dkg serve)"}
    assert command_text(history.served_agent(UNDO_PAGE), lang) == undone[lang]  # (an undo made on its page)
    # near miss: `dkg rollback` sent through the server is named as typed
    assert command_text(history.served_agent("dkg rollback"), "en") == "dkg rollback (through dkg serve)"
    # near miss: a command run locally, or one whose name merely starts so, is named as typed
    assert command_text(history.served_agent("review pages"), "vi") == "review pages (qua máy chủ dkg serve)"
    assert command_text("dkg review accept", lang) == "dkg review accept"


@pytest.mark.parametrize("lang, served, endpoint", [
    ("vi", "dkg load (qua máy chủ dkg serve)", "lệnh cập nhật SPARQL (qua /sparql)"),
    ("en", "dkg load (through dkg serve)", "SPARQL update (through /sparql)")])
def test_a_change_sets_command_is_said_in_the_readers_language(tmp_path, lang, served, endpoint):
    s = Store.open(tmp_path / "s")
    s.agent = history.served_agent("dkg load")
    s.write_quads(document(DOC + "a", "21-CT/TW", "Directive", "central", "2024-05-05"), None)
    s.agent = history.ENDPOINT_AGENT
    s.write_quads(document(DOC + "b", "22-CT/TW", "Directive", "central", "2024-05-06"), None)
    s.agent = "dkg ingest"  # near miss: a command run locally is named as typed, in either language
    s.write_quads(document(DOC + "c", "23-CT/TW", "Directive", "central", "2024-05-07"), None)
    page = TestClient(create_app(s)).get("/changes", params={"lang": lang}).text
    assert f"#1 · {served}</h2>" in page and f"#2 · {endpoint}</h2>" in page and "#3 · dkg ingest</h2>" in page
    feed = feedparser.parse(TestClient(create_app(s)).get("/changes.atom", params={"lang": lang}).content)
    assert [e.title.split(":")[0] for e in feed.entries] == ["#3 dkg ingest", f"#2 {endpoint}", f"#1 {served}"]
    # the JSON twin keeps the change log's own words, for programs
    data = TestClient(create_app(s)).get("/changes.json").json()
    assert [c["command"] for c in data["change_sets"]] == ["dkg ingest", "SPARQL update (endpoint)",
                                                          "dkg load (through dkg serve)"]
    s.close()
    for command in ("changes", "history"):
        text = CliRunner().invoke(main, ["--lang", lang, "--store", str(tmp_path / "s"), command]).output
        assert served in text and endpoint in text, command
    if lang == "vi":
        assert "through" not in text and "endpoint" not in text


def _plans(count: int) -> dict[str, bytes]:
    """``count`` small texts of our own, each its own headline and plan."""
    return {f"bai-{i}.txt": (f"Huyện ủy số {i} triển khai Nghị quyết 46-NQ/TW\n\nNgày 5/3/2024, Ban Thường vụ Huyện ủy "
                             f"ban hành Kế hoạch số {i + 10}-KH/HU thực hiện Nghị quyết số 46-NQ/TW.\n").encode()
            for i in range(count)}


@pytest.mark.parametrize(("count", "folded"), [(2, False), (7, True)])
def test_the_sources_of_an_ingest_of_several_texts_are_a_list_not_a_paragraph(count, folded):
    """A first ingest of a folder names every text: one item each, under their count, folded away when
    there are more than a few so that what changed stays in sight."""
    s = Store.open(None)
    s.agent = "test"
    data = _plans(count)
    ingest_paths(s, list(data), data=data)
    html = TestClient(create_app(s)).get("/changes", params={"lang": "en"}).text
    section = html[html.index('<section id="change-'):html.index("</section>")]
    assert f"<summary>Sources ({count})</summary>" in section
    assert section.count('<li><a href="/review/') == count
    assert ("<details class=\"sources\" open>" in section) is not folded
    assert "; <a href" not in section


def test_a_document_without_a_number_is_named_as_a_reader_names_it_on_every_page():
    """'KH:thực hiện ...' is an address, not a name: the home page, the card, the cascade page and /changes say
    'Kế hoạch thực hiện ...' (escaped: the description is a text's words), and its label is not said twice."""
    s = Store.open(None)
    s.agent = "test"
    key = 'KH:thực hiện Nghị quyết số 1-NQ/TW <b>"mới"</b>'
    s.write_quads(document(DOC + "nq1", "1-NQ/TW", "Resolution", "central", "2024-01-10"), None)
    plan = document(DOC + "kh", key, "Plan", "province", "2024-03-01", 'thực hiện Nghị quyết số 1-NQ/TW <b>"m…')
    s.write_quads(plan + [t(DOC + "kh", "implements", n(DOC + "nq1"))], None)
    c = TestClient(create_app(s))
    name = "Kế hoạch thực hiện Nghị quyết số 1-NQ/TW &lt;b&gt;&#34;mới&#34;&lt;/b&gt;"
    for path in ("/", "/changes", "/doc/1-NQ/TW", "/doc/" + key, "/graph/" + key):
        html = c.get(path).text
        assert name in html, path
        assert "<b>" not in html, path
        if not path.startswith("/graph/"):  # (the cascade's data names the key too, as JSON)
            assert "KH:thực hiện" not in html.replace("/doc/KH:", "").replace("/graph/KH:", ""), path
    drawn = {n["key"]: n["label"] for n in c.get("/graph/1-NQ/TW.json").json()["nodes"]}
    assert drawn[key].startswith("Kế hoạch thực") and drawn["1-NQ/TW"] == "1-NQ/TW"
    home = c.get("/").text
    assert "&#34;m…" not in home  # the label, cut short, is the name again: not shown beside it


def test_dkg_changes_names_a_document_without_a_number_as_the_page_does(tmp_path):
    """``dkg changes`` printed 'KH:thực hiện ...' (the key, an address) where /changes says 'Kế hoạch thực hiện ...';
    and the label, which says the name again, once."""
    s = Store.open(tmp_path / "s")
    key = "KH:thực hiện Nghị quyết số 1-NQ/TW"
    s.write_quads(document(DOC + "nq1", "1-NQ/TW", "Resolution", "central", "2024-01-10"), None)
    s.write_quads(document(DOC + "kh", key, "Plan", "province", "2024-03-01", "thực hiện Nghị quyết số 1-NQ/TW")
                  + [t(DOC + "kh", "implements", n(DOC + "nq1"))], None)
    s.close()
    lines = CliRunner().invoke(main, ["--lang", "vi", "--store", str(tmp_path / "s"), "changes"]).output.splitlines()
    assert "  + Văn bản: Kế hoạch thực hiện Nghị quyết số 1-NQ/TW (01/03/2024)" in lines
    assert "  + Liên kết triển khai: Kế hoạch thực hiện Nghị quyết số 1-NQ/TW → 1-NQ/TW" in lines
    assert not any("KH:" in line for line in lines)
    # near miss: a numbered document keeps its symbol, and a label that says more is still shown
    assert any(line.startswith("  + Văn bản: 1-NQ/TW (10/01/2024)") for line in lines)
    # the link's target is named the same way
    target = {"kind": "link", "action": "added", "document": DOC + "p", "key": "12-KH/TU", "target": DOC + "kh",
              "target_key": key, "node_label": None}
    assert item_text(target, "vi").endswith("12-KH/TU → Kế hoạch thực hiện Nghị quyết số 1-NQ/TW")


def test_outcomes_read_in_one_sentence_are_told_apart_by_their_figures_and_items_come_in_reading_order():
    """Three results of one sentence ('... 30 tổ chức đảng, kết nạp 498 đảng viên ...') share its words as their
    label: /changes and ``dkg changes`` printed three identical lines. Each now says its figure; and a change set
    lists documents, then links, targets, outcomes and events, each document's together (not the log's order)."""
    s = Store.open(None)
    s.agent = "test"
    rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    label = "http://www.w3.org/2000/01/rdf-schema#label"
    sentence = "Sau 3 năm, đã thành lập mới 30 tổ chức đảng, kết nạp 498 đảng viên"
    quads = [t(DOC + "o2", "reportsOn", n(DOC + "nq8")), t(DOC + "o2", label, lit(sentence)),
             t(DOC + "o2", "value", lit("498", "decimal")), t(DOC + "o2", "unit", lit("đảng viên")),
             t(DOC + "t1", rdf_type, n(DKG + "Target")), t(DOC + "t1", label, lit("Kết nạp 1.500 hội viên")),
             t(DOC + "t1", "value", lit("1500", "decimal")), t(DOC + "t1", "unit", lit("hội viên")),
             t(DOC + "t1", "comparator", lit(">=")),
             t(DOC + "o1", "reportsOn", n(DOC + "nq8")), t(DOC + "o1", label, lit(sentence)),
             t(DOC + "o1", "value", lit("30", "decimal")), t(DOC + "o1", "denominator", lit("55", "decimal")),
             t(DOC + "o1", "unit", lit("tổ chức đảng"))]
    s.write_quads(quads + document(DOC + "nq8", "08-NQ/TU", "Resolution", "province", "2017-03-13"), None)
    [change] = changes(s, Filters.of())["change_sets"]
    lines = [item_text(i, "vi") for i in change["items"]]
    assert lines == ["+ Văn bản: 08-NQ/TU",
                     "+ Chỉ tiêu: ≥ 1.500 hội viên · Kết nạp 1.500 hội viên",
                     f"+ Kết quả: 08-NQ/TU · 30/55 tổ chức đảng · {sentence}",
                     f"+ Kết quả: 08-NQ/TU · 498 đảng viên · {sentence}"]
    html = TestClient(create_app(s)).get("/changes").text
    assert f"08-NQ/TU</a> · 30/55 tổ chức đảng · {sentence}" in html and "≥ 1.500 hội viên · Kết nạp" in html
    # near miss: English writes the figures its way
    assert item_text(change["items"][1], "en") == "+ Target: ≥ 1,500 hội viên · Kết nạp 1.500 hội viên"


def test_a_reviewer_s_correction_of_a_document_s_date_is_listed_as_its_issue_date(memory_store, monkeypatch, tmp_path):
    """An analyst dates an undated plan on the review page: /changes and ``dkg changes`` say the plan's new
    issue date, which before was a change set that listed nothing."""
    from kg import ingest
    from kg.facts import DocumentRef, Facts, Place
    from kg.review import decide, queue

    text = "Tỉnh ủy ban hành Kế hoạch thực hiện Nghị quyết 46-NQ/TW để triển khai."
    start, key = text.index("Kế hoạch"), "KH:thực hiện Nghị quyết 46-NQ/TW"
    monkeypatch.setattr(ingest, "extract_one", lambda name, body, on, place, hints=None: Facts(
        source=name, place=Place(province="Lạng Sơn"), text=body,
        documents=[DocumentRef(key=key, type="KH", level="province", date=None, span=(start, start + 40))]))
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    assert ingest_paths(memory_store, [str(path)]).ok
    (fact,) = [e.item.id for e in queue(memory_store) if e.item.kind == "document"]
    decide(memory_store, [fact], "corrected", reviewer="Lê Văn An", changes={"date": "2024-03-05"})
    data = changes(memory_store, Filters())
    latest = data["change_sets"][0]
    assert [(i["kind"], i["action"], i["key"], i["date"]) for i in latest["items"]] == [
        ("issued", "added", key, "2024-03-05")]
    assert item_text(latest["items"][0], "vi") == "+ Ngày ban hành: Kế hoạch thực hiện Nghị quyết 46-NQ/TW"
    page = TestClient(create_app(memory_store)).get("/changes").text
    assert "Ngày ban hành: <a href=" in page and \
        'Kế hoạch thực hiện Nghị quyết 46-NQ/TW</a> (<span class="date">05/03/2024</span>)' in page
    # near miss: the ingest that brought the document in lists the document, not its date apart
    assert {i["kind"] for i in data["change_sets"][-1]["items"]} == {"document"}


def test_a_commune_plan_moved_to_another_commune_is_one_change_that_says_where_it_was(memory_store, monkeypatch, tmp_path):
    """A reviewer corrects the ward of a ward's plan (its ward is in its node's address, so the node is another): the
    change set removed one node and added the other with the same key and link, and /changes said "- Văn bản
    08-KH/ĐU, + Văn bản 08-KH/ĐU" without what changed. Now one line says the place before and after, on the page,
    in ``dkg changes``, in the JSON twin (``was``) and in the feed; the link both nodes had is not listed twice."""
    from kg.changes_text import moved_text
    from kg.review import decide, queue
    from ward_plan import ingest_ward_plan

    ingest_ward_plan(memory_store, monkeypatch, tmp_path, link=True)
    (fact,) = [e.item.id for e in queue(memory_store) if e.item.kind == "document" and e.item.fact["key"] == "08-KH/ĐU"]
    decide(memory_store, [fact], "corrected", reviewer="Lê Văn An", changes={"place": "phường Tam Thanh, Lạng Sơn"})
    latest = changes(memory_store, Filters())["change_sets"][0]
    (item,) = latest["items"]
    assert (item["kind"], item["action"], item["key"]) == ("document", "changed", "08-KH/ĐU")
    assert item["place"] == "Phường Tam Thanh, Lạng Sơn" and item["was"] == {"place": "Phường Đông Kinh, Lạng Sơn"}
    said = "~ Văn bản: 08-KH/ĐU"
    assert item_text(item, "vi") == said
    assert moved_text(item, "vi") == " — Địa bàn: Phường Đông Kinh, Lạng Sơn → Phường Tam Thanh, Lạng Sơn"
    assert moved_text(item, "en") == " — Jurisdiction: Phường Đông Kinh, Lạng Sơn → Phường Tam Thanh, Lạng Sơn"
    client = TestClient(create_app(memory_store))
    page = client.get("/changes").text
    assert "Địa bàn: <del>Phường Đông Kinh, Lạng Sơn</del> → <ins>Phường Tam Thanh, Lạng Sơn</ins>" in page
    assert client.get("/changes.json").json()["change_sets"][0]["items"][0]["was"] == item["was"]
    assert "Địa bàn: Phường Đông Kinh, Lạng Sơn → Phường Tam Thanh, Lạng Sơn" in client.get("/changes.atom").text
    # near miss: the ingest that brought it in still lists the document and its link as added
    first = changes(memory_store, Filters())["change_sets"][-1]["items"]
    assert {(i["kind"], i["action"]) for i in first} == {("document", "added"), ("link", "added")}


def test_a_reviewer_s_correction_of_a_task_s_body_is_listed_with_the_body_before_and_after(memory_store, monkeypatch, tmp_path):
    """A body corrected on the review page ("Sở Tài chính" to "Sở Nông nghiệp và Môi trường") showed on the card at
    once, but /changes listed nothing: bodies given tasks were no kind of item. They are now, with the role as the
    pages say it, in ``dkg changes``, on the page and in the JSON twin (``body``, ``role``)."""
    from kg import ingest
    from kg.facts import Assignment, DocumentRef, Facts, Place
    from kg.review import decide, queue

    text = "Ban Thường vụ Tỉnh ủy giao Sở Tài chính chủ trì tham mưu bố trí vốn thực hiện Chương trình số 115-CTr/TU."
    start = text.index("Sở Tài chính")
    monkeypatch.setattr(ingest, "extract_one", lambda name, body, on, place, hints=None: Facts(
        source=name, place=Place(province="Lạng Sơn"), text=body,
        documents=[DocumentRef(key="115-CTr/TU", type="CTr", number="115", issuer_code="TU", level="province",
                               span=(text.index("Chương"), len(text) - 1))],
        assignments=[Assignment(body="Sở Tài chính", role="lead", document="115-CTr/TU", task="tham mưu bố trí vốn",
                                span=(start, len(text) - 1))]))
    path = tmp_path / "giao.txt"
    path.write_text(text, encoding="utf-8")
    assert ingest_paths(memory_store, [str(path)]).ok
    first = changes(memory_store, Filters())["change_sets"][0]["items"]
    assert ("assignment", "added", "Sở Tài chính", "lead") in {(i["kind"], i["action"], i["body"], i["role"]) for i in first}
    (fact,) = [e.item.id for e in queue(memory_store) if e.item.kind == "assignment"]
    decide(memory_store, [fact], "corrected", reviewer="Lê Văn An", changes={"body": "Sở Nông nghiệp và Môi trường"})
    latest = changes(memory_store, Filters())["change_sets"][0]["items"]
    # (one change, before -> after, as the other corrected fields: kg.changes_pairs)
    assert [item_text(i, "vi") + moved_text(i, "vi") for i in latest] == [
        "~ Phân công: 115-CTr/TU · Sở Nông nghiệp và Môi trường (chủ trì) · tham mưu bố trí vốn"
        " — Cơ quan: Sở Tài chính → Sở Nông nghiệp và Môi trường"]
    assert item_text(latest[0], "en") == "~ Assignment: 115-CTr/TU · Sở Nông nghiệp và Môi trường (lead) · tham mưu bố trí vốn"
    page = TestClient(create_app(memory_store)).get("/changes", params={"doc": "115-CTr/TU"}).text
    assert "Phân công: <a href=\"/doc/115-CTr/TU\">115-CTr/TU</a> · Sở Nông nghiệp và Môi trường (chủ trì) · tham mưu" in page
    # near miss: the filter by another document leaves them out
    assert not changes(memory_store, Filters(doc="46-NQ/TW"))["change_sets"]


@pytest.mark.parametrize("lang, counted, total", [("vi", "+ thêm: Văn bản 12", "(12 mục)"),
                                                  ("en", "+ added: Document 12", "(12 items)")])
def test_a_change_set_of_many_items_shows_its_counts_with_the_items_folded_under_them(lang, counted, total):
    """An ingest's change set (hundreds of items) is its counts by kind on /changes, its items one click away, as
    `dkg changes` prints it; a change set of a few items is listed whole (the near miss: the module's three)."""
    s = Store.open(None)
    s.agent = "test"
    many = [q for k in range(12) for q in document(DOC + f"kh{k}", f"{k + 1}-KH/TU", "Plan", "province", "2024-03-01",
                                                   HOSTILE if k == 0 else None)]
    s.write_quads(many, None)
    s.write_quads(document(DOC + "nq1", "1-NQ/TW", "Resolution", "central", "2024-01-10"), None)
    page = TestClient(create_app(s)).get("/changes", params={"lang": lang}).text
    folded, few = page.split('id="change-1"')[1], page.split('id="change-2"')[1].split('id="change-1"')[0]
    assert '<details class="change-items"><summary>' + counted in folded and f"{total}</summary>" in folded
    assert folded.count("<li") >= 12                     # every item still there, under the counts
    assert "<script>alert" not in page and "&lt;script&gt;" in page
    assert "<details class=\"change-items\">" not in few and '<ul class="change-items">' in few
