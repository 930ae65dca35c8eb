"""kg.rdf.build: the builder's triples (Oxigraph terms) are its rdflib graph's, and what it notes of
each fact (``Built``) is what its triples say."""
from __future__ import annotations

import datetime as dt

import pyoxigraph as ox
from rdflib import Literal, URIRef

from kg.extract import extract
from kg.rdf.build import SourceInfo, build, build_graph
from kg.rdf.held import held_parts, split_off, split_off_links
from kg.rdf.terms import OX_OA, OX_XSD, to_ox, to_rdflib
from kg.rdf.vocab import DKG, OA, RDF, RDFS
from kg.store.canonical import canonical

TEXT = ("Ngày 15/4/2024, Huyện ủy tổ chức hội nghị sơ kết 3 năm thực hiện Nghị quyết số 12-NQ/TU ngày "
        "5/6/2021 của Tỉnh ủy. Thực hiện Kế hoạch số 41-KH/HU, giao Ủy ban nhân dân huyện chủ trì, phối hợp "
        "với Mặt trận Tổ quốc huyện triển khai. Phấn đấu đến năm 2025 tỷ lệ hộ nghèo giảm còn dưới 2%; "
        "kết quả đạt 83,2%/50% kế hoạch. Kế hoạch số 41-KH/HU cụ thể hóa Nghị quyết số 12-NQ/TU.")
SOURCE = SourceInfo(id="0123abcd", name="build.txt", title=None)


def built_and_graph():
    facts = extract(TEXT, source="build.txt", date=dt.date(2024, 4, 15))
    return build(facts, SOURCE), build_graph(facts, SOURCE)


def test_the_triples_are_those_of_the_graph_in_the_store_s_terms():
    built, graph = built_and_graph()
    # (but the quotes' context, which the graph of `dkg extract` keeps and a store makes from the text: kg.rdf.quotes)
    context = {t for t in graph if t[1] in (OA.prefix, OA.suffix)}
    assert context
    assert {tuple(to_ox(x) for x in t) for t in graph if t not in context} == built.triples
    assert {tuple(to_rdflib(x) for x in t) for t in built.triples} == set(graph) - context


def test_the_triples_are_as_the_store_keeps_them():
    """Every literal the builder makes comes back from a store as it was made (a quote's position is an
    xsd:integer, not the xsd:nonNegativeInteger the engine would rewrite), so that a write's change set has
    nothing to rewrite (kg.store.canonical) and the validated triples are those stored."""
    built, _ = built_and_graph()
    quads = [ox.Quad(s, p, o, ox.NamedNode("urn:test:g")) for s, p, o in built.triples]
    positions = [q for q in quads if q.predicate in (OX_OA.start, OX_OA.end)]
    assert positions, "the fixture has quotes"
    assert {q.object.datatype for q in positions} == {OX_XSD.integer}
    store = ox.Store()
    store.extend(quads)
    assert set(store) == set(quads)
    assert list(canonical(quads)) == quads


def test_documents_are_the_nodes_with_each_key():
    built, graph = built_and_graph()
    assert built.documents, "the fixture names documents"
    keys = {str(k) for k in graph.objects(None, DKG.key)}
    assert set(built.documents) == keys
    for key, node in built.documents.items():
        assert set(graph.subjects(DKG.key, Literal(key))) == {URIRef(node.value)}
        assert built.with_key(key) == {node.value}
    assert built.with_key("99-XX/YY") == set() and built.with_key(None) == set()


def test_spans_are_the_evidence_of_the_facts_other_than_documents():
    built, graph = built_and_graph()
    documents = {URIRef(d.value) for d in built.documents.values()}
    spans: dict[tuple[int, int], set[str]] = {}
    for ev in graph.subjects(RDF.type, DKG.Evidence):
        body = graph.value(ev, OA.hasBody)
        if body in documents:
            continue
        for target in graph.objects(ev, OA.hasTarget):
            for sel in graph.objects(target, OA.hasSelector):
                start, end = graph.value(sel, OA.start), graph.value(sel, OA.end)
                if start is not None and end is not None:
                    spans.setdefault((int(start), int(end)), set()).add(str(body))
    assert spans, "the fixture has evidence of facts"
    assert built.spans == spans


def test_statements_are_the_links_said_with_evidence():
    built, graph = built_and_graph()
    said = {(graph.value(st, RDF.subject), graph.value(st, RDF.predicate), graph.value(st, RDF.object)): st
            for st in graph.subjects(RDF.type, RDF.Statement)}
    assert said, "the fixture links two documents"
    assert {tuple(to_rdflib(x) for x in k): to_rdflib(st) for k, st in built.statements.items()} == said


def test_split_off_takes_a_node_with_its_evidence_and_nothing_else():
    built, graph = built_and_graph()
    node = next(iter(next(iter(built.spans.values()))))
    evidence = set(graph.subjects(OA.hasBody, URIRef(node)))
    assert evidence, "the node has evidence"
    triples = set(built.triples)
    held = split_off(triples, {node})
    assert held | triples == built.triples and not held & triples
    subjects = {s.value for s, _, _ in held}
    parts = {s for s in subjects if s.split("#")[0] in {str(e) for e in evidence}}
    assert subjects == {node} | parts and {str(e) for e in evidence} <= parts


def test_a_result_about_a_link_holds_back_that_link_alone():
    """A violation whose path is a link between documents and whose value is the document linked to
    holds back that link and the statement saying it (with its evidence); the document stays. Any
    other result, and a link result whose triple the data lacks, holds back its focus node."""
    built, graph = built_and_graph()
    (link, statement), = [(k, st) for k, st in built.statements.items() if k[1].value == str(DKG.implements)]
    plan, prop, resolution = (x.value for x in link)
    task = next(iter(next(iter(built.spans.values()))))
    nodes, links = held_parts(built.triples, [(plan, prop, resolution), (task, str(DKG.description), None)])
    assert (nodes, links) == ({task}, {link})
    # near misses: a link the data does not hold, a path that is no link between documents
    assert held_parts(built.triples, [(plan, prop, "http://example.org/not-linked")]) == ({plan}, set())
    assert held_parts(built.triples, [(plan, str(DKG.issuer), resolution)]) == ({plan}, set())
    triples = set(built.triples)
    held = split_off_links(triples, links, built.statements)
    assert held | triples == built.triples and not held & triples
    evidence = {str(e) for e in graph.subjects(OA.hasBody, to_rdflib(statement))}
    assert evidence and {s.value for s, _, _ in held} == {plan, statement.value} | {
        s.value for s, _, _ in held if s.value.split("#")[0] in evidence}
    assert any(t[0].value == plan for t in triples), "the plan's own triples stay"


def test_a_node_held_whole_takes_its_links_along():
    built, _ = built_and_graph()
    (link, _), = [(k, st) for k, st in built.statements.items() if k[1].value == str(DKG.implements)]
    plan, prop, resolution = (x.value for x in link)
    nodes, links = held_parts(built.triples, [(plan, prop, resolution), (plan, None, None)])
    assert (nodes, links) == ({plan}, set())


def test_a_body_named_with_and_without_its_own_place_is_one_node():
    """'Quận ủy Hà Đông' and 'Quận ủy' in a text about Hà Đông are one committee: one node, labelled
    with its place."""
    text = ("Ngày 12/4/2021, Quận ủy Hà Đông tổ chức hội nghị sơ kết 5 năm thực hiện Chỉ thị số 05-CT/TW ngày "
            "15/5/2016 của Bộ Chính trị. Quận ủy chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc quận triển khai.")
    facts = extract(text, source="q.txt", date=dt.date(2021, 4, 12), place="Hà Đông")
    graph = build_graph(facts, SourceInfo(id="0123abce", name="q.txt", title=None))
    names = {str(o) for o in graph.objects(None, DKG.canonicalName)}
    assert "Quận ủy" in names and "Quận ủy Hà Đông" not in names


def _issuers(*documents: tuple[str, str, str]) -> tuple[set[URIRef], set[str]]:
    """The issuer nodes and their names of documents (key, issuer, province), each from a text of its own."""
    from kg.facts import DocumentRef, Facts, Place  # noqa: PLC0415

    nodes: set[URIRef] = set()
    names: set[str] = set()
    for i, (key, issuer, province) in enumerate(documents):
        facts = Facts(source=f"i{i}.txt", place=Place(province=province), date=dt.date(2021, 1, 10), documents=[
            DocumentRef(key=key, type=key.partition(":")[0], issuer=issuer, level="province")])
        graph = build_graph(facts, SourceInfo(id=f"0f0f0f0{i}", name=facts.source, title=None))
        for node in graph.objects(None, DKG.issuer):
            nodes.add(node)
            names |= {str(name) for name in graph.objects(node, DKG.canonicalName)}
    return nodes, names


def test_a_congress_named_with_and_without_its_province_is_one_issuer():
    """A congress's issuer was two body nodes: the body node kept the province after its unit's word ('Đảng bộ tỉnh
    Ninh Bình'), which the key of its resolution left out, by a rule of its own. One node, one name."""
    nodes, names = _issuers(
        ("NQ:Đại hội đại biểu Đảng bộ tỉnh Ninh Bình lần thứ XXI",
         "Đại hội đại biểu Đảng bộ tỉnh Ninh Bình lần thứ XXI", "Ninh Bình"),
        ("NQ:Đại hội đại biểu Đảng bộ tỉnh lần thứ XXI", "Đại hội đại biểu Đảng bộ tỉnh lần thứ XXI", "Ninh Bình"))
    assert len(nodes) == 1 and names == {"Đại hội đại biểu Đảng bộ tỉnh lần thứ XXI"}
    # near miss: the congress of another province keeps its name, and is another node
    other, named = _issuers(("NQ:Đại hội đại biểu Đảng bộ tỉnh Ninh Bình lần thứ XXI",
                             "Đại hội đại biểu Đảng bộ tỉnh Ninh Bình lần thứ XXI", "Thanh Hóa"))
    assert not other & nodes and named == {"Đại hội đại biểu Đảng bộ tỉnh Ninh Bình lần thứ XXI"}


def test_a_body_written_in_either_tone_placement_is_one_node_with_one_name():
    """'Ban Thường vụ Tỉnh uỷ' and '... Tỉnh ủy' (the old and the new placement of the tone) were one node by its
    folded IRI with two names (extraction moved the tone of 'uỷ' alone, curated data none), and '... Tỉnh ủy Hoà
    Bình' in Hòa Bình a second node: its place, written the old way, was not seen at its end."""
    nodes, names = _issuers(("KH:Tỉnh uỷ Hoà Bình thực hiện Nghị quyết 12-NQ/TW", "Ban Thường vụ Tỉnh uỷ", "Hòa Bình"),
                            ("KH:Tỉnh ủy thực hiện Nghị quyết 12-NQ/TW", "Ban Thường vụ Tỉnh ủy", "Hòa Bình"),
                            ("KH:thực hiện Nghị quyết 12-NQ/TW", "Ban Thường vụ Tỉnh ủy Hoà Bình", "Hòa Bình"))
    assert len(nodes) == 1 and names == {"Ban Thường vụ Tỉnh ủy"}
    # near miss: 'quý' keeps its tone where it is
    _, quarterly = _issuers(("BC:quý I", "Tổ công tác quý I", "Hòa Bình"))
    assert quarterly == {"Tổ công tác quý I"}


def test_a_document_known_by_its_key_only_is_placed_by_the_issuer_its_key_names():
    """A plan's link to a central resolution whose own document fact a reviewer rejected: the
    resolution is central by its key, never in the text's province; a plan known by its key only
    is still in it."""
    from kg.facts import DocumentRef, Facts, Link, Place  # noqa: PLC0415

    plan = DocumentRef(key="7-KH/TU", type="KH", number="7", issuer_code="TU", level="province",
                       date=dt.date(2024, 5, 2))
    facts = Facts(source="k.txt", place=Place(province="Ninh Thuận"), documents=[plan],
                  links=[Link(from_="7-KH/TU", type="implements", to="46-NQ/TW"),
                         Link(from_="7-KH/TU", type="implements", to="3-NQ/TU")])
    graph = build_graph(facts, SOURCE)
    by_key = {str(k): s for s, k in graph.subject_objects(DKG.key)}
    assert list(graph.objects(by_key["46-NQ/TW"], DKG.jurisdiction)) == []
    assert [str(x).rsplit("/", 1)[-1] for x in graph.objects(by_key["46-NQ/TW"], DKG.level)] == ["central"]
    # near misses: the plan and a provincial resolution known by its key only are in the province
    assert len(list(graph.objects(by_key["7-KH/TU"], DKG.jurisdiction))) == 1
    assert len(list(graph.objects(by_key["3-NQ/TU"], DKG.jurisdiction))) == 1


def test_an_event_s_label_names_the_documents_it_reviews_as_a_reader_does():
    """'Sơ kết NQ:Đại hội Đảng bộ xã ...' showed a key (an address) on /changes and the cards; the label says
    'Sơ kết Nghị quyết Đại hội Đảng bộ xã ...'. A numbered document keeps its symbol (the near miss)."""
    from kg.facts import DocumentRef, Event, Facts

    span = (0, 10)
    facts = Facts(source="e.txt", text="x" * 20,
                  documents=[DocumentRef(key="NQ:Đại hội Đảng bộ xã lần thứ XII", type="NQ", span=span),
                             DocumentRef(key="12-NQ/TU", type="NQ", number="12", issuer_code="TU", span=span)],
                  events=[Event(type="sơ kết", reviews=["NQ:Đại hội Đảng bộ xã lần thứ XII", "12-NQ/TU"], span=span)])
    graph = build_graph(facts, SOURCE)
    events = [str(o) for s, o in graph.subject_objects(RDFS.label) if str(s).rsplit("/", 2)[-2] == "event"]
    assert events == ["Sơ kết Nghị quyết Đại hội Đảng bộ xã lần thứ XII, 12-NQ/TU"]


def _curated_and_extracted_plan():
    """One provincial plan written twice, as an annotator keys it (the issuer in the key, a target cut to
    its own figure) and in the other spelling (the issuer beside the key, the target's whole sentence)."""
    from kg.facts import DocumentRef, Facts, Link, Place, Target  # noqa: PLC0415

    place = Place(province="Cao Bằng")
    central = DocumentRef(key="12-NQ/TW", type="NQ", number="12", issuer_code="TW", level="central",
                          date=dt.date(2022, 3, 8))
    curated_key = "KH:Ban Thường vụ Tỉnh đoàn thực hiện Nghị quyết số 12-NQ/TW"
    extracted_key = "KH:thực hiện Nghị quyết 12-NQ/TW"
    curated = Facts(source="c.txt", place=place, date=dt.date(2022, 6, 1), documents=[
        central, DocumentRef(key=curated_key, type="KH", issuer="Ban Thường vụ Tỉnh đoàn", level="province")],
        links=[Link(from_=curated_key, type="implements", to="12-NQ/TW")],
        targets=[Target(document="12-NQ/TW", text="(2) Kết nạp mới 800 đoàn viên", value=800,
                        unit="đoàn viên")])
    extracted = Facts(source="e.txt", place=place, date=dt.date(2022, 6, 1), documents=[
        central, DocumentRef(key=extracted_key, type="KH", issuer="Ban Thường vụ Tỉnh đoàn", level="province")],
        links=[Link(from_=extracted_key, type="implements", to="12-NQ/TW")],
        targets=[Target(document="12-NQ/TW", text="(2) Kết nạp mới 800 đoàn viên, 35 chi đoàn", value=800,
                        unit="đoàn viên")])
    graphs = [build_graph(f, SourceInfo(id=sid, name=f.source, title=None))
              for f, sid in ((curated, "0c0c0c0c"), (extracted, "0e0e0e0e"))]
    return graphs


def test_one_plan_keyed_with_and_without_its_issuer_is_one_node():
    """Issue 12: the annotator's key names the issuer, the other spelling gives it beside the key: one node, under
    one key (the shapes allow one a node), each spelling a label of it."""
    curated, extracted = _curated_and_extracted_plan()
    plans = [{s for s in g.subjects(DKG.typeCode, Literal("KH"))} for g in (curated, extracted)]
    assert len(plans[0]) == len(plans[1]) == 1
    assert plans[0] == plans[1]
    (plan,) = plans[0]
    both = curated + extracted
    assert [str(k) for k in both.objects(plan, DKG.key)] == ["KH:Ban Thường vụ Tỉnh đoàn thực hiện Nghị quyết 12-NQ/TW"]
    assert {str(x) for x in both.objects(plan, RDFS.label)} == {
        "Ban Thường vụ Tỉnh đoàn thực hiện Nghị quyết số 12-NQ/TW", "thực hiện Nghị quyết 12-NQ/TW"}


def _plan_nodes(*plans: tuple[str, str | None, str]) -> list[URIRef]:
    """The node of each plan (key, issuer, what it implements) of one province, each from a text of its own."""
    from kg.facts import DocumentRef, Facts, Link, Place  # noqa: PLC0415

    nodes = []
    for i, (key, issuer, implements) in enumerate(plans):
        code = key.partition(":")[0]
        facts = Facts(source=f"p{i}.txt", place=Place(province="Cao Bằng"), date=dt.date(2022, 6, 1), documents=[
            DocumentRef(key=key, type=code, issuer=issuer, level="province")],
            links=[Link(from_=key, type="implements", to=implements)])
        graph = build_graph(facts, SourceInfo(id=f"0d0d0d0{i}", name=facts.source, title=None))
        (node,) = set(graph.subjects(DKG.typeCode, Literal(code)))
        nodes.append(node)
    return nodes


def test_plans_that_only_look_alike_stay_apart():
    """Near misses of the one plan: two bodies' plans for one resolution in one province, one body's plans for two
    resolutions, a plan and a programme of one body for one resolution, a plan whose issuer is not known beside one
    whose issuer is (nothing says they are one)."""
    same = _plan_nodes(("KH:Tỉnh đoàn thực hiện Nghị quyết số 12-NQ/TW", "Tỉnh đoàn", "12-NQ/TW"),
                       ("KH:thực hiện Nghị quyết 12-NQ/TW", "Tỉnh đoàn", "12-NQ/TW"),
                       ("KH:hành động thực hiện Nghị quyết 12-NQ/TW", "Tỉnh đoàn", "12-NQ/TW"))
    assert len(set(same)) == 1
    apart = _plan_nodes(("KH:thực hiện Nghị quyết 12-NQ/TW", "Tỉnh đoàn", "12-NQ/TW"),
                        ("KH:thực hiện Nghị quyết 12-NQ/TW", "Hội Liên hiệp Phụ nữ tỉnh", "12-NQ/TW"),
                        ("KH:thực hiện Nghị quyết 13-NQ/TW", "Tỉnh đoàn", "13-NQ/TW"),
                        ("CTr:thực hiện Nghị quyết 12-NQ/TW", "Tỉnh đoàn", "12-NQ/TW"),
                        ("KH:thực hiện Nghị quyết 12-NQ/TW", None, "12-NQ/TW"))
    assert len(set(apart)) == len(apart)


def test_one_target_cut_two_ways_is_one_node():
    curated, extracted = _curated_and_extracted_plan()
    targets = [set(g.subjects(RDF.type, DKG.Target)) for g in (curated, extracted)]
    assert len(targets[0]) == len(targets[1]) == 1
    assert targets[0] == targets[1]


def test_the_central_resolution_both_name_is_one_node_already():
    """The near miss of the two above: a numbered document meets on one node whichever way it entered."""
    curated, extracted = _curated_and_extracted_plan()
    nodes = [set(g.subjects(DKG.key, Literal("12-NQ/TW"))) for g in (curated, extracted)]
    assert len(nodes[0]) == 1 and nodes[0] == nodes[1]


def _local_plan_nodes(key: str, level: str, province: str, *texts: tuple[str | None, str | None]) -> list[URIRef]:
    """The node of plan ``key`` of a ``level`` ('commune' or 'district') in texts of one province, each (issuer the
    text names, the commune or district the text is about)."""
    from kg.facts import DocumentRef, Facts, Place  # noqa: PLC0415

    nodes = []
    for i, (issuer, unit) in enumerate(texts):
        place = Place(province=province, **{level: unit})
        facts = Facts(source=f"x{i}.txt", place=place, date=dt.date(2023, 5, 2), documents=[
            DocumentRef(key=key, type="KH", issuer=issuer, level=level, date=dt.date(2023, 5, 2))])
        graph = build_graph(facts, SourceInfo(id=f"0e0e0e0{i}", name=facts.source, title=None))
        (node,) = set(graph.subjects(DKG.symbol, Literal(key)))
        nodes.append(node)
    return nodes


def _commune_plan_nodes(*texts: tuple[str | None, str | None]) -> list[URIRef]:
    return _local_plan_nodes("45-KH/ĐU", "commune", "Lạng Sơn", *texts)


def test_two_communes_plans_of_one_number_stay_apart_and_one_commune_s_meet():
    """Each commune numbers its own documents: the 45-KH/ĐU of two communes of one province in one term are two
    nodes; one commune's, named with its issuer in one text and by a text about that commune in another, is one."""
    xuan_long, tan_lap, again = _commune_plan_nodes(("Đảng ủy xã Xuân Long", None), ("Đảng ủy xã Tân Lập", None),
                                                     ("Đảng ủy xã", "Xuân Long"))
    assert xuan_long != tan_lap
    assert again == xuan_long
    # near miss: a province's plan of that number is not a commune's, and a commune plan nothing places stays as it was
    (province_plan,) = _plan_nodes(("45-KH/TU", "Tỉnh ủy", "12-NQ/TW"))
    (unplaced,) = _commune_plan_nodes(("Đảng ủy xã", None))
    assert province_plan not in (xuan_long, tan_lap) and unplaced not in (xuan_long, tan_lap)


def _district_plan_nodes(*texts: tuple[str | None, str | None]) -> list[URIRef]:
    return _local_plan_nodes("48-KH/HU", "district", "Quảng Trị", *texts)


def test_a_district_s_plan_is_placed_by_the_district_its_issuer_names():
    """A province's page naming 'Kế hoạch số 48-KH/HU của Huyện ủy Cam Lộ' and a page about Cam Lộ naming its
    'Huyện ủy''s plan meet on one node; Gio Linh's plan of that number is another."""
    cam_lo, gio_linh, at_home = _district_plan_nodes(("Huyện ủy Cam Lộ", None), ("Huyện ủy Gio Linh", None),
                                                     ("Huyện ủy", "Cam Lộ"))
    assert cam_lo != gio_linh and at_home == cam_lo
    # near miss: a name that is no district of the province places nothing finer than the province
    (unknown,) = _district_plan_nodes(("Huyện ủy Xa Lạ", None))
    (unnamed,) = _district_plan_nodes(("Huyện ủy", None))
    assert unknown == unnamed and unknown not in (cam_lo, gio_linh)
