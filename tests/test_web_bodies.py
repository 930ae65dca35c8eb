"""The list of bodies (/bodies, /bodies.json) and a body's page, on the query fixture
(tests/fixtures/queries: bodies and tasks listed in the comments of implementation.ttl)."""

from __future__ import annotations

import pytest

from test_queries import load_fixture
from test_web_support import EVIL, EVIL_KEY, web_store  # noqa: F401  (fixture)


@pytest.fixture(scope="module")
def client():
    from fastapi.testclient import TestClient

    from kg.store import Store
    from kg.web import create_app

    store = Store.open(None)
    load_fixture(store)
    return TestClient(create_app(store), raise_server_exceptions=False)


def names(data):
    return [b["name"] for b in data["bodies"]]


def test_every_body_listed_busiest_first(client):
    data = client.get("/bodies.json").json()
    assert data["total"] == 11 and len(data["bodies"]) == 11
    first = data["bodies"][0]
    # Ban Tuyên giáo TU leads t1 and t2; Hội Nông dân coordinates both: two tasks each
    assert {b["name"]: b["tasks"] for b in data["bodies"][:2]} == {
        "Ban Tuyên giáo Tỉnh ủy Lạng Sơn": 2, "Hội Nông dân tỉnh Lạng Sơn": 2}
    assert first["href"].startswith("/bodies/legacy-20/")
    issued = {b["name"]: b["issued"] for b in data["bodies"]}
    assert issued["Bộ Chính trị"] == 2 and issued["Ban Thường vụ Tỉnh ủy Lạng Sơn"] == 1


def test_search_without_diacritics_and_filters(client):
    # busiest first (tasks, then documents issued), then by name
    assert names(client.get("/bodies.json", params={"q": "ban thuong vu"}).json()) == [
        "Ban Thường vụ Huyện ủy Văn Lãng", "Ban Thường vụ Tỉnh ủy Cao Bằng", "Ban Thường vụ Tỉnh ủy Bắc Kạn",
        "Ban Thường vụ Tỉnh ủy Lạng Sơn"]
    found = client.get("/bodies.json", params={"q": "ban thuong vu", "level": "district"}).json()
    assert names(found) == ["Ban Thường vụ Huyện ủy Văn Lãng"]
    central = client.get("/bodies.json", params={"level": "central"}).json()
    assert set(names(central)) == {"Bộ Chính trị", "Ban Bí thư", "Ban Tuyên giáo Trung ương"}
    lang_son = client.get("/bodies.json", params={"place": "Lang Son"}).json()
    assert len(lang_son["bodies"]) == 6  # five of the province, one of its district Văn Lãng
    assert client.get("/bodies.json", params={"q": "không có cơ quan này"}).json()["total"] == 0
    assert client.get("/bodies.json", params={"place": "Atlantis"}).status_code == 404


def test_the_html_list_and_the_trailing_slash(client):
    page = client.get("/bodies", params={"q": "hoi nong dan"})
    assert page.status_code == 200
    assert 'href="/bodies/legacy-20/hoi-nong-dan-tinh"' in page.text and "Hội Nông dân tỉnh Lạng Sơn" in page.text
    en = client.get("/bodies", params={"lang": "en"}).text
    assert "Tasks assigned" in en and 'href="/bodies?lang=en"' in en  # the menu link keeps the language
    slash = client.get("/bodies/", follow_redirects=False)
    assert slash.status_code == 308 and slash.headers["location"] == "/bodies"


def test_a_body_page_groups_its_tasks_by_role_and_document(client):
    html = client.get("/bodies/legacy-20/hoi-nong-dan-tinh").text
    section = html[html.index('id="tasks"'):]
    assert section.count("<h3>") == 1 and section.count('href="/doc/115-CTr/TU"') == 1
    assert "đổi mới phương thức hoạt động của Hội" in section


def test_untrusted_names_are_escaped(web_store):  # noqa: F811
    from fastapi.testclient import TestClient

    from kg.web import create_app

    html = TestClient(create_app(web_store)).get("/bodies").text
    assert "<script>alert(1)" not in html and "<img src=x" not in html


def test_a_body_typed_in_the_home_search_is_listed_with_its_page():
    from fastapi.testclient import TestClient

    from kg.store import Store
    from kg.web import create_app

    store = Store.open(None)  # (a store of its own: a body is added to the fixture's)
    load_fixture(store)
    client = TestClient(create_app(store), raise_server_exceptions=False)
    front = "https://w3id.org/directive-kg/id/body/legacy-20/uy-ban-mttq-viet-nam-tinh"
    store.update(f"""PREFIX dkg: <https://w3id.org/directive-kg/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        INSERT DATA {{ <{front}> a dkg:Body ; rdfs:label "Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn" ;
          dkg:bodyKind <https://w3id.org/directive-kg/id/bodykind/fatherland-front> ;
          dkg:jurisdiction <https://w3id.org/directive-kg/id/place/legacy/20> }}""")
    home = client.get("/index.json", params={"q": "hoi nong dan tinh"}).json()
    assert [b["name"] for b in home["bodies"]] == ["Hội Nông dân tỉnh Lạng Sơn"] and home["bodies_total"] == 1
    assert home["bodies"][0]["href"] == "/bodies/legacy-20/hoi-nong-dan-tinh" and home["bodies"][0]["tasks"] == 2
    page = client.get("/", params={"q": "hoi nong dan tinh"}).text
    assert 'id="found-bodies"' in page and '<a href="/bodies/legacy-20/hoi-nong-dan-tinh">Hội Nông dân tỉnh Lạng Sơn</a>' in page
    # a body by its abbreviation, and by its kind written out ("Mặt trận Tổ quốc" is what MTTQ stands for)
    for typed in ("MTTQ", "Mặt trận Tổ quốc", "mat tran to quoc"):
        assert [b["name"] for b in client.get("/index.json", params={"q": typed}).json()["bodies"]] == [
            "Ủy ban MTTQ Việt Nam tỉnh Lạng Sơn"], typed
    # near misses: words no body has; no search, no list
    assert client.get("/index.json", params={"q": "mat tran xa hoi"}).json()["bodies"] == []
    assert "bodies" not in client.get("/index.json").json()


def test_a_body_page_lists_a_task_of_no_document_beside_those_of_a_document():
    """A body given a task under a document and another under none, in the same role, answered 500 (its tasks were
    grouped by a key that was None for one: tidy35b's walk over the pages of a store of the shared articles)."""
    from fastapi.testclient import TestClient

    from kg.store import Store
    from kg.web import create_app

    store = Store.open(None)
    load_fixture(store)
    body = "https://w3id.org/directive-kg/id/body/legacy-20/ban-tuyen-giao-tinh-uy"
    store.update(f"""PREFIX dkg: <https://w3id.org/directive-kg/ontology#>
        INSERT DATA {{ <https://w3id.org/directive-kg/id/task/loose> a dkg:Task ; dkg:leadBody <{body}> ;
          dkg:description "tổng hợp ý kiến <b>của</b> đảng viên" }}""")
    page = TestClient(create_app(store), raise_server_exceptions=False).get("/bodies/legacy-20/ban-tuyen-giao-tinh-uy")
    assert page.status_code == 200
    section = page.text[page.text.index('id="tasks"'):]
    assert "tổng hợp ý kiến &lt;b&gt;của&lt;/b&gt; đảng viên" in section and "<h4>–</h4>" in section
    # near miss: the tasks of a document are still one group under its name, linked to its card
    assert section.count('href="/doc/115-CTr/TU"') == 1 and ">115-CTr/TU</a></h4>" in section
