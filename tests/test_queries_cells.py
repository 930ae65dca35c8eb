"""kg.queries.cells: one rule for what a named query's table says to a person, `dkg query`'s text table and the
``/queries`` pages alike (polish36's walk: the page of `bodies` showed "id:body/..." beside names the CLI already
gave, `dkg query document` printed its field codes, "date issued", "party"); on the query fixture, with a body and
a subject of our own that are markup."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.queries import cell_parts, run, said_rows
from kg.store import Store
from test_queries import load_fixture

HOSTILE = '<script>alert("dkg")</script> & Cục <b>X</b>'
EXTRA = """
@prefix dkg:  <https://w3id.org/directive-kg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix id:   <https://w3id.org/directive-kg/id/> .
id:body\\/legacy-20\\/cuc-thu a dkg:Department ; rdfs:label "%s"@vi ; dkg:jurisdiction id:place\\/legacy\\/20 .
id:task\\/t9 a dkg:Task ; dkg:underDocument id:doc\\/party\\/tu\\/legacy-20\\/ctr\\/115\\/term-2020-2025 ;
    dkg:description "Tuyên truyền"@vi ; dkg:leadBody id:body\\/legacy-20\\/cuc-thu .
""" % HOSTILE.replace('"', '\\"')


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    from kg.rdf.files import parse_file

    path = tmp_path_factory.mktemp("cells") / "store"
    extra = path.parent / "extra.ttl"
    extra.write_text(EXTRA, encoding="utf-8")
    store = Store.open(path)
    load_fixture(store)
    store.main.extend(parse_file(extra))
    store.rebuild_index()
    store.close()
    return path


@pytest.fixture(scope="module")
def client(folder):
    from fastapi.testclient import TestClient

    from kg.web import create_app

    # (read-only, as the CLI opens it beside: a writer's engine tidies its files just after it opens, which a reader
    # opened then may find gone)
    client = TestClient(create_app(Store.open(folder, read_only=True)), raise_server_exceptions=False)
    yield client
    client.app.state.store.close()


def _dkg(folder, *args: str) -> str:
    result = CliRunner().invoke(main, ["--store", str(folder), *args])
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_bodies_page_names_each_body_as_dkg_query_does_and_escapes_its_name(client, folder, lang):
    html = client.get("/queries/bodies", params={"lang": lang}).text
    assert "id:body/" not in html  # (each body by its name, linked to its page; the names' column not again)
    assert '<a href="/bodies/legacy-20/cuc-thu' in html
    assert HOSTILE not in html and "<script>alert" not in html and "&lt;script&gt;alert(" in html
    assert html.count("&lt;script&gt;alert(") == 1  # (once: the column of names is not shown beside it)
    head = re.findall(r'<th title="([^"]+)">', html)
    assert head[0] == "body" and "name" not in head
    # the command line says the same name; the JSON twin keeps the address and the name apart
    cli = _dkg(folder, "--lang", lang, "query", "bodies")
    assert HOSTILE in cli and "id:body/" not in cli
    row = next(r for r in client.get("/queries/bodies.json").json()["rows"] if r["name"] == HOSTILE)
    assert row["body"].endswith("/body/legacy-20/cuc-thu")


@pytest.mark.parametrize("lang, words, codes", [
    ("vi", ["Ngày ban hành", "20/12/2023", "Trung ương", "Nghị quyết", "Đảng", "Được triển khai bởi"],
     ["date issued", "2023-12-20", "central", "implemented by"]),
    ("en", ["Date issued", "2023-12-20", "Central", "Resolution", "Party", "Implemented by"],
     ["date issued", "central", "implemented by"]),
])
def test_the_document_query_says_its_fields_and_values_in_words_on_the_page_and_in_the_cli(client, folder, lang, words,
                                                                                         codes):
    cells = re.findall(r"<td[^>]*>(.*?)</td>", client.get("/queries/document", params={"doc": "46-NQ/TW", "lang": lang}).text)
    text = [re.sub(r"<[^>]+>", "", c) for c in cells]
    assert all(w in text for w in words), [w for w in words if w not in text]
    assert not any(c in text for c in codes) and not any("id:" in t or "vocab/" in t for t in text)
    cli = _dkg(folder, "--lang", lang, "query", "document", "-p", "doc=46-NQ/TW")
    assert all(w in cli for w in words) and "date issued" not in cli and "implemented by" not in cli
    # the twins keep the codes a script (and the scoreboard) reads
    rows = client.get("/queries/document.json", params={"doc": "46-NQ/TW"}).json()["rows"]
    assert {"date issued", "implemented by", "level"} <= {r["field"] for r in rows}


def test_a_linked_document_opens_its_card_and_an_issuer_its_page(client):
    table = run(client.app.state.store, "document", {"doc": "115-CTr/TU"})
    shown, rows = said_rows("document", list(table.columns), table.rows, "vi")
    assert shown == ["document", "field", "value", "detail"]  # (the addresses its values name stay in the twins)
    pieces = {row[1][0][0]: row[2] for row in rows}
    assert pieces["Triển khai"] == [("46-NQ/TW", "/doc/46-NQ/TW?iri=https%3A%2F%2Fw3id.org%2Fdirective-kg%2Fid%2Fdoc%2Fparty%2Ftw%2Fnq%2F46%2Fkhoa-xiii")]
    assert pieces["Cơ quan ban hành"][0][1].startswith("/bodies/")


def test_a_task_s_lead_and_deadline_are_said_in_the_reader_s_words():
    row = {"field": "task", "detail": "lead: Sở Nội vụ; deadline 2025-12-31"}
    assert cell_parts("detail", row["detail"], row, "vi", query="document") == [("chủ trì: Sở Nội vụ; hạn 31/12/2025", None)]
    assert cell_parts("detail", row["detail"], row, "en", query="document") == [("lead: Sở Nội vụ; due 2025-12-31", None)]
    assert cell_parts("detail", "deadline 2025-12-31", row, "vi", query="document") == [("hạn 31/12/2025", None)]
    # near misses: another query's detail, and a field that is no task, stay as they are
    assert cell_parts("detail", row["detail"], row, "vi", query="reviews") == [(row["detail"], None)]
    assert cell_parts("detail", "lead: X", {"field": "source"}, "vi", query="document") == [("lead: X", None)]


def test_a_node_without_an_address_is_said_by_the_name_its_row_gives():
    """`dkg query coverage -p place=...` left its communes' column blank: the map has no address for them, only their
    names (a name column that the table leaves out beside the address it says)."""
    row = {"unit": None, "kind": "ward", "name": "Phường Đông Kinh"}
    assert cell_parts("unit", None, row, "vi", naming={"unit": "name"}) == [("Phường Đông Kinh", None)]
    assert cell_parts("unit", None, row, "vi") == []  # near miss: a column no name is for stays blank


def test_a_target_s_comparison_is_its_sign():
    assert cell_parts("comparator", ">=", {}, "vi") == [("≥", None)]
    assert cell_parts("comparator", "=", {}, "en") == [("=", None)]
    assert cell_parts("unit", ">=", {}, "vi") == [(">=", None)]  # near miss: another column


def test_an_outcome_s_target_is_said_by_one_rule_as_the_target_of_the_document_that_set_it():
    base = "https://w3id.org/directive-kg/id/"
    row = {"target": base + "target/1", "set_by": "46-NQ/TW"}
    assert cell_parts("target", row["target"], row, "vi", naming={}) == [("Chỉ tiêu của 46-NQ/TW", "/doc/46-NQ/TW#targets")]
    assert cell_parts("target", row["target"], row, "en", naming={"target": "text"})[0][0] == "Target of 46-NQ/TW"
    # near miss: a target the row names (the targets' own query, where it is the subject) is said by that name
    named = {"target": base + "target/1", "text": "Tỷ lệ hộ nghèo dưới 2%"}
    assert cell_parts("target", named["target"], named, "vi", naming={"target": "text"})[0][0] == "Tỷ lệ hộ nghèo dưới 2%"
