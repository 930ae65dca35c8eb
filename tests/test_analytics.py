"""kg.analytics on the query fixtures (tests/fixtures/queries)."""

from __future__ import annotations

import json

import pytest

from kg.analytics import analyze, cascade_graph, critical_path
from kg.errors import NotFound

from test_queries import fixture_store

ID = "https://w3id.org/directive-kg/id/"
NQ46 = ID + "doc/party/tw/nq/46/khoa-xiii"
CTR115 = ID + "doc/party/tu/legacy-20/ctr/115/term-2020-2025"
KH74 = ID + "doc/party/hu/legacy-20-182/kh/74/term-2020-2025"
HD05 = ID + "doc/party/btgtw/hd/05/khoa-xiii"


@pytest.fixture(scope="module")
def store():
    return fixture_store()


def test_cascade_graph_nodes_edges_and_plain_attributes(store):
    g = cascade_graph(store, "46-NQ/TW")
    assert g.graph["roots"] == [NQ46]
    assert set(g.nodes) == {NQ46, CTR115, KH74, HD05, ID + "doc/state/ubnd/legacy-20/kh/50/2024",
                            ID + "doc/party/tu/legacy-06/ctr/20/term-2020-2025"}
    for _, data in g.nodes(data=True):
        assert set(data) == {"iri", "key", "key_name", "label", "level", "type", "issuer", "place", "date"}
        assert all(v is None or isinstance(v, str) for v in data.values())
    assert g.nodes[KH74] == {"iri": KH74, "key": "74-KH/HU", "key_name": "74-KH/HU", "label": "Kế hoạch 74-KH/HU", "level": "district",
                             "type": "KH", "issuer": "Ban Thường vụ Huyện ủy Văn Lãng", "place": "Huyện Văn Lãng",
                             "date": "2024-05-10"}
    assert g.edges[KH74, CTR115] == {"relation": "implements", "lag_days": 70}
    assert g.edges[HD05, NQ46]["relation"] == "guides"
    assert g.number_of_edges() == 5
    assert set(cascade_graph(store, NQ46).nodes) == set(g.nodes)


def test_analysis(store):
    a = analyze(store, "46-NQ/TW")
    assert (a.documents, a.edges, a.depth) == (6, 5, 2)
    assert a.levels["central"] == {"documents": 2, "min_depth": 0, "max_depth": 1}
    assert a.levels["province"] == {"documents": 3, "min_depth": 1, "max_depth": 1}
    assert a.levels["district"] == {"documents": 1, "min_depth": 2, "max_depth": 2}
    assert a.breadth_by_depth == {0: 1, 1: 4, 2: 1}
    assert [s["key"] for s in a.critical_path] == ["46-NQ/TW", "115-CTr/TU", "74-KH/HU"]
    assert [s["lag_days"] for s in a.critical_path] == [None, 72, 70] and a.critical_path_days == 142
    top = a.bodies[:2]
    assert {b["name"] for b in top} == {"Ban Tuyên giáo Tỉnh ủy Lạng Sơn", "Hội Nông dân tỉnh Lạng Sơn"}
    assert all(b["tasks"] == 2 for b in top) and top[0]["betweenness"] > a.bodies[-1]["betweenness"]
    assert {"Ban Thường vụ Tỉnh ủy Cao Bằng"}.isdisjoint(b["name"] for b in a.bodies)
    assert [o["key"] for o in a.orphans] == ["12-KH/TU"] and a.orphans_total == 1
    assert {u["key"] for u in a.unimplemented} == {"26-NQ/TW", "30-CT/TW"}
    blob = a.to_json()
    json.dumps(blob, ensure_ascii=False)
    assert blob["critical_path_days"] == 142 and blob["orphans"]["total"] == 1
    text = a.to_text()
    assert "critical path (142 days)" in text and "12-KH/TU" in text and "depth 2" in text


def test_critical_path_prefers_the_largest_sum_of_lags():
    import networkx as nx

    g = nx.DiGraph()
    # root <- a (10 d) <- b (10 d) ; root <- c (30 d)
    g.add_edge("a", "root", relation="implements", lag_days=10)
    g.add_edge("b", "a", relation="implements", lag_days=10)
    g.add_edge("c", "root", relation="implements", lag_days=30)
    g.add_edge("d", "root", relation="guides", lag_days=500)
    assert critical_path(g, ["root"]) == (["root", "c"], 30)
    g.add_edge("e", "b", relation="implements", lag_days=None)
    g.add_edge("f", "b", relation="implements", lag_days=15)
    assert critical_path(g, ["root"]) == (["root", "a", "b", "f"], 35)


def test_unknown_document(store):
    with pytest.raises(NotFound):
        analyze(store, "999-NQ/TW")
    with pytest.raises(NotFound):
        cascade_graph(store, "999-NQ/TW")


def test_same_analysis_with_materialised_inferences():
    from kg.reason import materialize
    s = fixture_store()
    before = analyze(s, "46-NQ/TW").to_json()
    graph_before = cascade_graph(s, "46-NQ/TW")
    materialize(s)
    assert analyze(s, "46-NQ/TW").to_json() == before
    graph_after = cascade_graph(s, "46-NQ/TW")
    assert dict(graph_after.nodes(data=True)) == dict(graph_before.nodes(data=True))
    assert dict(((u, v), d) for u, v, d in graph_after.edges(data=True)) == \
        dict(((u, v), d) for u, v, d in graph_before.edges(data=True))


def test_cascade_graph_of_a_document_many_texts_name():
    """Each text that names a plan adds its own label, issuer and place: the node takes one of each
    (an issuer's label before its code), however many there are, as it does for one."""
    import pyoxigraph as ox

    from kg.store import Store

    dkg, rdfs = "https://w3id.org/directive-kg/ontology#", "http://www.w3.org/2000/01/rdf-schema#"
    root, plan, other = ID + "doc/test/root", ID + "doc/test/plan", ID + "doc/test/other"
    issuer = ID + "body/test/issuer"
    n = 12
    quads = [(root, dkg + "key", ox.Literal("1-NQ/TW")), (plan, dkg + "key", ox.Literal("2-KH/TU")),
             (plan, dkg + "implements", ox.NamedNode(root)), (plan, dkg + "issuer", ox.NamedNode(issuer)),
             (other, dkg + "key", ox.Literal("3-KH/HU")), (other, dkg + "implements", ox.NamedNode(plan)),
             (other, dkg + "issuerCode", ox.Literal("HU"))]
    for i in range(n):
        quads += [(plan, rdfs + "label", ox.Literal(f"Kế hoạch {i}", language="vi")),
                  (issuer, rdfs + "label", ox.Literal(f"Tỉnh ủy {i}", language="vi")),
                  (plan, dkg + "jurisdiction", ox.NamedNode(ID + f"place/test/{i}")),
                  (ID + f"place/test/{i}", rdfs + "label", ox.Literal(f"Tỉnh {i}")),
                  (plan, dkg + "typeCode", ox.Literal(f"K{i}")),
                  (plan, dkg + "issuerCode", ox.Literal(f"TU{i}"))]
    s = Store.open(None)
    s.main.extend(ox.Quad(ox.NamedNode(a), ox.NamedNode(p), o, ox.DefaultGraph()) for a, p, o in quads)
    g = cascade_graph(s, "1-NQ/TW")
    assert set(g.nodes) == {root, plan, other}
    node = g.nodes[plan]
    assert node["key"] == "2-KH/TU" and node["label"] in {f"Kế hoạch {i}" for i in range(n)}
    assert node["issuer"] in {f"Tỉnh ủy {i}" for i in range(n)}  # the label, not one of the codes
    assert node["place"] in {f"Tỉnh {i}" for i in range(n)} and node["type"] in {f"K{i}" for i in range(n)}
    assert g.nodes[other]["issuer"] == "HU"  # no issuer node: its code
    assert g.nodes[root] == {"iri": root, "key": "1-NQ/TW", "key_name": "1-NQ/TW", "label": None, "level": None,
                             "type": None, "issuer": None, "place": None, "date": None}
    assert set(g.edges) == {(plan, root), (other, plan)}


def test_the_text_says_days_counts_and_measures_in_the_readers_language():
    """`dkg analyze` under Vietnamese printed ISO days ("2024-04-15") and "0.300", and in English "1 documents": its
    days, counts and measures are said as the other commands say them (kg.i18n), a document by its readable name."""
    from kg.analytics import Analysis

    a = Analysis(doc="KH:thực hiện Chỉ thị 05-CT/TU", roots=[], documents=1, edges=1, depth=1,
                 critical_path=[{"key": "05-CT/TU", "iri": "urn:a", "level": "province", "date": "2024-01-02"},
                                {"key": "KH:thực hiện Chỉ thị 05-CT/TU", "iri": "urn:b", "level": "district",
                                 "date": "2024-01-03", "lag_days": 1}],
                 critical_path_days=1, bodies=[{"tasks": 1234, "degree": 0.3, "betweenness": 0.0215, "name": "Sở Nội vụ",
                                               "body": "urn:c"}],
                 unimplemented=[{"key": "05-CT/TU", "date": "2024-01-02"}], unimplemented_total=1)
    vi = a.to_text("vi")
    assert "02/01/2024" in vi and "03/01/2024  +1 ngày" in vi and "(1 ngày)" in vi
    assert "1.234  0,300  0,022  Sở Nội vụ" in vi and "Kế hoạch thực hiện Chỉ thị 05-CT/TU" in vi
    assert "2024-01-0" not in vi and "0.300" not in vi and "KH:" not in vi
    en = a.to_text("en")  # near miss: English keeps ISO days and its own separators, and says one in the singular
    assert "1 document, 1 link" in en and "critical path (1 day)" in en and "2024-01-03  +1 d" in en
    assert "1,234  0.300  0.022  Sở Nội vụ" in en
