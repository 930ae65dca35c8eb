"""One override rule for every kind of review decision (kg.review.model.overrides, replacing): a reviewer's word on a
matched pair (kg.review.tie) and a target's assessment (kg.review.assess) that undo a colleague's word in force are
recorded as replacing it (``dkg:overrides``), said in the answer (the web's JSON and the CLI's line), and refused
with 409 where the page showed another word (a stale ``seen``); the same reviewer changing their mind, or a word
that agrees, replaces nobody. Names and reasons are untrusted: escaped on the pages."""

from __future__ import annotations

import pyoxigraph as ox
from fastapi.testclient import TestClient

from kg.rdf.vocab import DKG
from kg.review import ledger
from kg.web import create_app
from test_review_analysts import BINH, EVIL_NAME, EVIL_REASON, LAN, SHARED, ANALYSTS, bearer, facts_by_kind
from test_review_web import source_id, store  # noqa: F401  (fixture)

OVERRIDES = ox.NamedNode(str(DKG.overrides))


def _client(s) -> TestClient:
    return TestClient(create_app(s, update_token=SHARED, analysts=ANALYSTS))


def _overrides(s) -> set[tuple[str, str]]:
    return {(q.subject.value, q.object.value) for q in s.main.quads_for_pattern(None, OVERRIDES, None, ledger.REVIEW)}


def _matched_store():
    from kg.rdf.files import parse_file
    from kg.store import Store
    from test_cards_matching import DATA

    s = Store.open(None)
    s.main.extend(parse_file("match.trig", DATA.encode()))
    return s


def test_a_word_on_a_pair_that_undoes_a_colleagues_is_said_recorded_and_refused_when_unseen():
    from test_review_ties import MEMBERS_O, MEMBERS_T

    s = _matched_store()
    c = _client(s)
    pair = {"outcome": MEMBERS_O, "target": MEMBERS_T}
    lan = c.post("/review/ties", headers=bearer(LAN), json={**pair, "decision": "accepted", "reason": EVIL_REASON})
    assert lan.status_code == 200 and lan.json()["replaces"] is None
    # Lan again, agreeing with herself, and then changing her mind: nobody's word is replaced
    assert c.post("/review/ties", headers=bearer(LAN), json={**pair, "decision": "accepted"}).json()["replaces"] is None
    # Bình was shown no word on the pair: refused, nothing written
    stale = c.post("/review/ties", headers=bearer(BINH), json={**pair, "decision": "rejected", "seen": ""})
    assert stale.status_code == 409, stale.text
    assert stale.json()["message"].startswith("Nguyễn Thị Lan gave fact") and "confirmation of the pair" in stale.json()["message"]
    vi = c.post("/review/ties?lang=vi", headers=bearer(BINH), json={**pair, "decision": "rejected", "seen": ""})
    assert vi.status_code == 409 and "xác nhận cặp" in vi.json()["message"]
    assert _overrides(s) == set()
    # shown Lan's word (its IRI), the rejection goes through and says whose word it replaces
    from kg.review.ties import tie_in_force

    shown = tie_in_force(s, MEMBERS_O, MEMBERS_T)
    assert shown is not None and shown.reviewer == "Nguyễn Thị Lan"
    ok = c.post("/review/ties?lang=en", headers=bearer(BINH), json={**pair, "decision": "rejected", "seen": shown.iri})
    assert ok.status_code == 200, ok.text
    said = ok.json()["replaces"]
    assert said["reviewer"] == "Nguyễn Thị Lan" and said["what"] == "tie" and said["decision"] == shown.iri
    assert said["said"].startswith("This replaces Nguyễn Thị Lan's confirmation of the outcome–target pair")
    assert _overrides(s) == {(ok.json()["decision"], shown.iri)}
    # a client that sends no `seen` (the CLI through /store/tie) is not asked; the answer still says it
    back = c.post("/store/tie?lang=vi", headers=bearer(LAN), json={**pair, "decision": "accepted"})
    assert back.status_code == 200 and back.json()["replaces"]["reviewer"] == EVIL_NAME
    assert back.json()["replaces"]["said"].startswith("Quyết định này thay ")  # (in the language asked)
    page = c.get("/changes").text
    assert EVIL_NAME not in page and EVIL_REASON not in page


def test_an_assessment_that_undoes_a_colleagues_is_said_recorded_and_refused_when_unseen(store):  # noqa: F811
    c = _client(store)
    sid = source_id(c)
    goal = facts_by_kind(c, sid)["target"]
    c.post(f"/review/{sid}/decisions", headers=bearer(SHARED),  # (the fixture's target names no figure: given one)
           json={"ids": [goal["id"]], "decision": "corrected", "set": {"value": "1500"}})
    url = f"/review/{sid}/assessments?lang=en"
    first = c.post(url, headers=bearer(BINH), json={"id": goal["id"], "status": "partly", "note": EVIL_REASON})
    assert first.status_code == 200 and first.json()["replaces"] is None, first.text
    in_force = facts_by_kind(c, sid)["target"]["assessment"]
    assert in_force["reviewer"] == EVIL_NAME and in_force["status"] == "partly"
    # the same status from Lan agrees: nobody's word replaced; Bình changing his own: nobody's either
    assert c.post(url, headers=bearer(BINH), json={"id": goal["id"], "status": "attained"}).json()["replaces"] is None
    in_force = facts_by_kind(c, sid)["target"]["assessment"]
    # Lan was shown the first assessment: refused (409), nothing written
    stale = c.post(url, headers=bearer(LAN), json={"id": goal["id"], "status": "not-attained", "seen": first_iri(store, goal)})
    assert stale.status_code == 409 and "verdict of attained" in stale.json()["message"], stale.text
    assert facts_by_kind(c, sid)["target"]["assessment"] == in_force
    # shown the one in force, through the plain form: the answer page says whose assessment it replaces, escaped
    form = c.post(f"/review/{sid}/assess?lang=en", data={"id": goal["id"], "status": "not-attained", "token": LAN,
                                                  "seen": in_force["iri"]}, headers={"accept": "text/html"})
    assert form.status_code == 200, form.text
    assert "This replaces" in form.text
    assert "&lt;script&gt;" in form.text and EVIL_NAME not in form.text
    assert len(_overrides(store)) == 1
    # the CLI's route says it in its JSON
    again = c.post("/store/assess", headers=bearer(BINH), json={"id": goal["id"], "status": "partly"})
    assert again.status_code == 200 and again.json()["replaces"]["reviewer"] == "Nguyễn Thị Lan"
    assert again.json()["replaces"]["said"].startswith("This replaces Nguyễn Thị Lan's assessment as not attained")


def first_iri(s, goal: dict) -> str:
    """The IRI of the oldest assessment of ``goal`` (one no longer in force)."""
    rows = list(s.main.query(f"SELECT ?a ?at WHERE {{ GRAPH {ledger.REVIEW} {{ ?a <{DKG.factId}> {ox.Literal(goal['id'])} ; "
                             f"a <{DKG.TargetAssessment}> ; <http://www.w3.org/ns/prov#endedAtTime> ?at }} }} ORDER BY ?at"))
    return rows[0]["a"].value


# --- the tokens file, read again when it changes (kg.web.auth.TokensFile) -------------------------------------
def test_a_token_removed_from_the_file_is_refused_at_the_next_request_and_a_new_one_accepted(store, tmp_path, caplog):  # noqa: F811
    import os

    from kg.web.auth import TokensFile

    path = tmp_path / "tokens"
    path.write_text(f"Nguyễn Thị Lan {LAN}\n", encoding="utf-8")
    path.chmod(0o600)
    c = TestClient(create_app(store, tokens_file=TokensFile(path)))
    sid = source_id(c)
    doc = facts_by_kind(c, sid)["document"]
    body = {"ids": [doc["id"]], "decision": "accepted"}
    assert c.post(f"/review/{sid}/decisions", json=body, headers=bearer(LAN)).status_code == 200
    assert c.post(f"/review/{sid}/decisions", json=body, headers=bearer(BINH)).status_code == 401

    def rewrite(text: str, mode: int = 0o600) -> None:
        path.write_text(text, encoding="utf-8")
        path.chmod(mode)
        st = path.stat()  # (a later modification time, whatever the file system's clock grain)
        os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))

    rewrite(f"{EVIL_NAME} {BINH}\n")  # Lan removed, Bình added: no restart
    assert c.post(f"/review/{sid}/decisions", json=body, headers=bearer(LAN)).status_code == 401
    ok = c.post(f"/review/{sid}/decisions", json=body, headers=bearer(BINH))
    assert ok.status_code == 200 and show_reviewer(store, doc["id"]) == EVIL_NAME
    # a file that became invalid refuses every write, said in the answer and the log; never taken as no check
    for text, mode, said in ((f"{EVIL_NAME} {BINH}\n", 0o644, "any user of this machine"), ("only-a-token\n", 0o600, "a line needs")):
        rewrite(text, mode)
        refused = c.post(f"/review/{sid}/decisions?lang=en", json=body, headers=bearer(BINH))
        assert refused.status_code == 503 and said in refused.json()["message"], refused.text
        assert "tokens file" in refused.json()["message"] and "chmod 600" in refused.json()["hint"]
        assert c.post(f"/review/{sid}/decisions", json=body, headers=bearer(LAN)).status_code == 503
        assert any(said in r.getMessage() for r in caplog.records)
    vi = c.post(f"/review/{sid}/decisions?lang=vi", json=body, headers=bearer(BINH))
    assert vi.status_code == 503 and "tệp mã" in vi.json()["message"]
    rewrite(f"Nguyễn Thị Lan {LAN}\n")  # mended: read again at the next write
    assert c.post(f"/review/{sid}/decisions", json=body, headers=bearer(LAN)).status_code == 200
    assert c.post(f"/review/{sid}/decisions", json=body, headers=bearer(BINH)).status_code == 401
    assert c.get(f"/review/{sid}").status_code == 200  # reading never looks at the file
    path.chmod(0o604)  # (a chmod alone changes neither the modification time nor the size)
    assert c.post(f"/review/{sid}/decisions", json=body, headers=bearer(LAN)).status_code == 503


def show_reviewer(s, fid: str) -> str:
    from kg.review import show

    return show(s, fid)["history"][-1]["reviewer"]


def test_the_card_says_who_confirmed_a_pair_and_its_form_sends_that_word_back_as_seen():
    import lxml.html

    from test_review_ties import MEMBERS_O, MEMBERS_T

    s = _matched_store()
    c = _client(s)
    pair = {"outcome": MEMBERS_O, "target": MEMBERS_T}
    assert c.post("/review/ties", headers=bearer(BINH), json={**pair, "decision": "accepted"}).status_code == 200
    html = c.get("/doc/7-CTr/TU?lang=en").text
    assert "&lt;script&gt;alert" in html and EVIL_NAME not in html  # who confirmed, escaped
    (form,) = [f for f in lxml.html.fromstring(html).xpath("//form[starts-with(@action, '/review/tie')]")
               if f.xpath(".//input[@name='outcome']/@value") == [MEMBERS_O]]
    (seen,) = form.xpath(".//input[@name='seen']/@value")
    from kg.review.ties import tie_in_force

    assert seen == tie_in_force(s, MEMBERS_O, MEMBERS_T).iri
    card = c.get("/doc/7-CTr/TU.json").json()
    tied = [o for t in card["targets"] for o in t["outcomes"] if o["iri"] == MEMBERS_O]
    assert tied and tied[0]["tie"]["iri"] == seen and tied[0]["tie"]["reviewer"] == EVIL_NAME  # the JSON twin says it too
    fields = {**pair, "decision": "rejected", "token": LAN}
    stale = c.post("/review/tie", data={**fields, "seen": ""}, headers={"accept": "application/json"})
    assert stale.status_code == 409
    ok = c.post("/review/tie", data={**fields, "seen": seen}, headers={"accept": "application/json"})
    assert ok.status_code == 200 and ok.json()["replaces"]["reviewer"] == EVIL_NAME


# --- the ontology describes what the rule writes ------------------------------------------------------------
def _overrides_described(s) -> int:
    """Each ``dkg:overrides`` in graph/review links two nodes whose types are of the ontology's domain and range of
    the property (a reasoner would otherwise type a target's assessment as a fact's review decision); their count."""
    from rdflib import Graph, URIRef

    from kg.rdf.vocab import RDF, RDFS
    from kg.resources import data_dir

    onto = Graph().parse(data_dir("ontology") / "directive-kg.ttl", format="turtle")
    ends = onto.value(URIRef(str(DKG.overrides)), RDFS.domain), onto.value(URIRef(str(DKG.overrides)), RDFS.range)
    found = list(s.main.quads_for_pattern(None, OVERRIDES, None, ledger.REVIEW))
    for q in found:
        for node, cls in zip((q.subject, q.object), ends):
            types = {URIRef(t.object.value) for t in s.main.quads_for_pattern(node, ox.NamedNode(str(RDF.type)), None,
                                                                             ledger.REVIEW)}
            assert any(cls in set(onto.transitive_objects(t, RDFS.subClassOf)) for t in types), (node.value, types, cls)
    return len(found)


def test_the_ontology_describes_every_word_that_replaces_another(store):  # noqa: F811
    from test_review_ties import MEMBERS_O, MEMBERS_T

    c = _client(store)
    sid = source_id(c)
    goal = facts_by_kind(c, sid)["target"]
    c.post(f"/review/{sid}/decisions", headers=bearer(SHARED), json={"ids": [goal["id"]], "decision": "corrected",
                                                                      "set": {"value": "1500"}})
    url = f"/review/{sid}/assessments"
    assert c.post(url, headers=bearer(BINH), json={"id": goal["id"], "status": "partly"}).status_code == 200
    assert c.post(url, headers=bearer(LAN), json={"id": goal["id"], "status": "attained"}).json()["replaces"]
    assert _overrides_described(store) == 1
    s = _matched_store()
    c = _client(s)
    pair = {"outcome": MEMBERS_O, "target": MEMBERS_T}
    assert c.post("/review/ties", headers=bearer(LAN), json={**pair, "decision": "accepted"}).status_code == 200
    assert c.post("/review/ties", headers=bearer(BINH), json={**pair, "decision": "rejected"}).json()["replaces"]
    assert _overrides_described(s) == 1
