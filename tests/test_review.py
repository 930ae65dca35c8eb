"""kg.review: stable fact ids, states from decisions, decisions kept as PROV-O in graph/review and
applied again when the same text is ingested again."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal

from kg import ingest
from kg.errors import NotFound, UsageError
from kg.facts import Assignment, DocumentRef, Facts, Place, Target
from kg.text.twin_keys import record_keys
from kg.review import decide, export_facts, queue, show
from kg.review.model import one_line
from kg.rdf.quotes import context_quads, quote_selectors
from kg.review import ledger
from kg.review.corrections import correct
from kg.review.model import Decision, Item, carried_decisions, fact_id, is_fact_id, items_of, sentence_around, state_of
from kg.rdf.graphs import CHANGES, INDEX, REFERENCE, source_graph
from kg.rdf.terms import triples_to_graph
from kg.rdf.vocab import DKG, PROV, RDF, RDFS

PLAN = Path(__file__).resolve().parent / "fixtures" / "review" / "plan.txt"
#: The store after two texts were ingested and a decision taken (see the test that reads it).
DECIDED = PLAN.with_name("decided.nq")

TEXT = ("Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 12-KH/TU ngày 5/3/2024. "
        "Ban Dân vận Tỉnh ủy chủ trì theo dõi việc thực hiện. "
        "Phấn đấu kết nạp 1.500 hội viên mới. "
        "Tỷ lệ hộ nghèo giảm 2%.")


def span(word: str) -> tuple[int, int]:
    start = TEXT.index(word)
    return start, start + len(word)


def hand_facts(text: str = TEXT) -> Facts:
    """What an extractor might read in TEXT: a document, an assignment, a target of the plan and
    a target without its figure (which violates a shape; a target without a document no longer
    does)."""
    return Facts(
        source="plan.txt", place=Place(province="Ninh Thuận"), text=text,
        documents=[DocumentRef(key="12-KH/TU", type="KH", number="12", issuer="Ban Thường vụ Tỉnh ủy",
                               issuer_code="TU", level="province", date=dt.date(2024, 3, 5),
                               span=span("Kế hoạch số 12-KH/TU"))],
        assignments=[Assignment(body="Ban Dân vận Tỉnh ủy", role="lead", document="12-KH/TU",
                                task="theo dõi việc thực hiện", span=span("Ban Dân vận Tỉnh ủy chủ trì"))],
        targets=[Target(document="12-KH/TU", text="Phấn đấu kết nạp 1.500 hội viên mới", value=1500,
                        unit="hội viên", comparator=">=", period="annual", span=span("kết nạp 1.500 hội viên")),
                 Target(document=None, text="Tỷ lệ hộ nghèo giảm 2%", value=None, unit="%", comparator="=",
                        span=span("giảm 2%"))],
    )


@pytest.fixture
def hand_ingest(monkeypatch, tmp_path):
    """Ingest TEXT with the hand-written facts instead of the extractor's."""
    path = tmp_path / "plan.txt"
    path.write_text(TEXT, encoding="utf-8")

    def run(store, read=hand_facts):
        monkeypatch.setattr(ingest, "extract_one", lambda name, text, on, place, hints=None: read(text))
        summary = ingest.ingest_paths(store, [str(path)])
        assert summary.ok, summary.to_text()
        return summary

    return run


def by_kind(store, kind: str, **fact) -> dict:
    entries = [e.to_json() for e in queue(store) if e.item.kind == kind]
    return next(e for e in entries if all(e["fact"].get(k) == v for k, v in fact.items()))


def source_triples(store, source: str) -> Graph:
    return triples_to_graph(store.main.quads_for_pattern(None, None, None, source_graph(source)))


# --- model ---------------------------------------------------------------------------------------
def test_ids_are_stable_and_depend_on_source_kind_and_identity():
    a = items_of("s1", hand_facts())
    b = items_of("s1", hand_facts())
    assert [i.id for i in a] == [i.id for i in b]
    assert len({i.id for i in a}) == len(a)
    assert {i.id for i in items_of("s2", hand_facts())}.isdisjoint(i.id for i in a)
    # a value read differently is the same fact (same id); another text is another fact
    t = {"document": "12-KH/TU", "text": "x", "value": 1}
    assert fact_id("s1", "target", t) == fact_id("s1", "target", {**t, "value": 2})
    assert fact_id("s1", "target", t) != fact_id("s1", "target", {**t, "text": "y"})


def test_a_fact_id_s_shape_is_known_where_ids_are_made():
    assert all(is_fact_id(i.id) for i in items_of("s1", hand_facts()))
    # near misses: another case, a digit short, a character more (a line's end too)
    made = fact_id("s1", "target", {"document": "12-KH/TU", "text": "x"})
    assert not any(is_fact_id(x) for x in (made.upper(), made[:-1], made + "0", made + "\n", " " + made))


def test_items_come_in_reading_order_with_their_quotes():
    items = items_of("s1", hand_facts())
    assert [i.start for i in items] == sorted(i.start for i in items)
    assert [i.kind for i in items] == ["document", "assignment", "target", "target"]
    assert items[1].quote == "Ban Dân vận Tỉnh ủy chủ trì"
    assert all(i.confidence == 1.0 for i in items)  # no confidence from the extractor: 1.0


def test_state_follows_the_latest_decision_and_acceptance_needs_the_same_evidence():
    item = Item(id="f1", source="s", kind="target", fact={"text": "a", "value": 1}, quote="a 1")
    t0 = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
    accepted = Decision("f1", "accepted", "an", t0, previous=dict(item.fact), quote="a 1")
    assert state_of(item, []).state == "pending"
    assert state_of(item, [accepted]).state == "accepted"
    moved = Item(id="f1", source="s", kind="target", fact={"text": "a", "value": 1}, quote="a 1 more")
    st = state_of(moved, [accepted])
    assert st.state == "pending" and st.stale is accepted
    fixed = Decision("f1", "corrected", "an", t0 + dt.timedelta(1), previous=item.fact, new={"text": "a", "value": 3})
    assert state_of(moved, [accepted, fixed]).fact["value"] == 3
    rejected = Decision("f1", "rejected", "an", t0 + dt.timedelta(2), previous=item.fact)
    assert state_of(moved, [fixed, rejected]).state == "rejected"


@pytest.mark.parametrize("kind,changes,message", [
    ("target", {"value": "many"}, "not a number"),
    ("target", {"comparator": "≥≥"}, "not allowed"),
    ("target", {"period": "someday"}, "not a period"),
    ("target", {"colour": "red"}, "no correctable field"),
    ("assignment", {"role": "boss"}, "not allowed"),
    ("event", {"date": "6/31/2024"}, "date .6/31/2024. is not a day"),  # month first: no month 31
    ("event", {"date": "2024-6-10"}, "date .2024-6-10. is not a day"),
    ("link", {"type": "likes"}, "not allowed"),
    ("assignment", {"body": "  "}, "cannot be empty"),
])
def test_bad_corrections_are_refused(kind, changes, message):
    with pytest.raises(UsageError, match=message):
        correct(kind, {}, changes)


def test_corrections_read_typed_values():
    fact = {"document": None, "text": "t", "value": 1, "unit": None, "comparator": "=", "period": None}
    out = correct("target", fact, {"value": "1500", "document": "12-KH/TU", "period": "2025", "comparator": ">="})
    assert out == {**fact, "value": 1500, "document": "12-KH/TU", "period": "2025", "comparator": ">="}
    assert correct("event", {}, {"organiser": "Tỉnh ủy", "reviews": "1-NQ/TU, 2-KH/TU"}) == {
        "organizer": "Tỉnh ủy", "reviews": ["1-NQ/TU", "2-KH/TU"]}
    assert correct("link", {"to": "a"}, {"target": "46-NQ/TW"}) == {"to": "46-NQ/TW"}
    for name in ("link type", "link-type", "Link_Type", "type"):
        assert correct("link", {"type": "implements"}, {name: "guides"}) == {"type": "guides"}
    with pytest.raises(UsageError, match="an outcome has no correctable field 'comparator'"):
        correct("outcome", {}, {"comparator": ">="})


@pytest.mark.parametrize("typed, value", [
    ("1.234.567", 1234567), ("1,234,567", 1234567), ("111,9", 111.9), ("2,97", 2.97), ("1.234,5", 1234.5),
    ("1,234.5", 1234.5), ("111.9", 111.9), ("1500", 1500), ("0.500", 0.5), ("-3", -3), ("1.1250", 1.125),
])
def test_a_figure_is_read_as_a_reviewer_of_either_language_types_it(typed, value):
    """The pages write 1.234.567 and 111,9 in Vietnamese: a reviewer who types a figure as shown gets that figure."""
    assert correct("target", {}, {"value": typed}) == {"value": value}


@pytest.mark.parametrize("typed, thousands, decimal", [("1.500", "1500", "1.5"), ("2,000", "2000", "2"),
                                                      ("1.250", "1250", "1.25"), ("1.125", "1125", "1.1250")])
def test_one_mark_before_three_digits_is_refused_naming_both_readings(typed, thousands, decimal):
    """Fifteen hundred in Vietnamese, one and a half in English: never kept as the reading the reviewer did not mean."""
    with pytest.raises(UsageError) as refused:
        correct("outcome", {}, {"value": typed})
    assert refused.value.code == "correct-number-ambiguous"
    from kg.i18n import error_words  # noqa: PLC0415

    said, hint = error_words(refused.value.code, refused.value.details, "vi")
    assert said == f"value='{typed}' đọc được hai cách: {thousands} hay {decimal}" and thousands in hint
    # near misses: a mark that is no grouping stays refused as no number
    for bad in ("1.2.3", "1.234.5", "1,2.3", "1.234.567.8,9,1"):
        with pytest.raises(UsageError, match="not a number"):
            correct("outcome", {}, {"value": bad})


def test_sentence_around_finds_the_sentence():
    s, e = span("1.500")
    ctx = sentence_around(TEXT, s, e)
    assert ctx["sentence"].startswith("Phấn đấu") and ctx["sentence"].endswith("mới.")
    assert ctx["before"].endswith("thực hiện. ")


def test_the_text_around_a_sentence_shows_no_word_cut_at_its_ends():
    text = ("Mạng lưới cộng tác viên dư luận xã hội được củng cố. Ban tuyên giáo chủ trì tham mưu. "
            "Công tác điều tra dư luận đi vào nền nếp.")
    s = text.index("Ban tuyên giáo")
    # margins that end inside "luận" before the sentence and inside "điều" after it
    ctx = sentence_around(text, s, s + 14, margin=s - text.index("uận xã"))
    assert ctx["sentence"] == "Ban tuyên giáo chủ trì tham mưu."
    assert ctx["before"] == "xã hội được củng cố. "
    assert sentence_around(text, s, s + 14, margin=len(" Công tác đi"))["after"] == " Công tác"
    # near miss: a margin that ends between two words keeps the word after it whole
    assert sentence_around(text, s, s + 14, margin=s - text.index("luận xã"))["before"] == "luận xã hội được củng cố. "
    # the same space either side: a word after the sentence ends at a no-break space too, as one before it does
    nbsp = text.replace("Công tác điều", "Công\u00a0tác\u00a0điều")
    assert sentence_around(nbsp, s, s + 14, margin=len(" Công tác đi"))["after"] == " Công\u00a0tác"


def test_decisions_of_an_earlier_version_go_to_the_same_fact_and_the_same_repeat():
    """A fact read twice in a text (the same identity) is told apart by its rank: the decision
    about the second reading goes to the second reading of the new version; another fact gets none."""
    goal = {"document": "12-KH/TU", "text": "kết nạp 500 hội viên", "value": 500}
    other = {"document": "12-KH/TU", "text": "kết nạp 600 hội viên", "value": 600}
    at = dt.datetime(2026, 5, 1, tzinfo=dt.timezone.utc)
    old = {fact_id("old", "target", goal, 1): [Decision(fact=fact_id("old", "target", goal, 1), state="rejected",
                                                        reviewer="Lan", at=at, previous=goal, iri="urn:d:1")]}
    items = [Item(id=fact_id("new", "target", f, r), source="new", kind="target", fact=f, position=n, start=10 * n, end=10 * n + 5)
             for n, (f, r) in enumerate([(goal, 0), (other, 0), (goal, 1)])]
    carried = carried_decisions("old", old, items)
    assert list(carried) == [items[2].id]
    (copy,) = carried[items[2].id]
    assert (copy.fact, copy.source, copy.start, copy.derived_from, copy.iri) == (items[2].id, "new", 20, "urn:d:1", None)
    assert (copy.state, copy.reviewer, copy.at, copy.previous) == ("rejected", "Lan", at, goal)


def test_decisions_of_an_earlier_version_follow_the_rank_the_ids_were_made_with():
    """The rank of a repeated fact is its place among its repeats as the extractor listed them (what
    ``items_of`` makes the ids with), not its place in reading order: where the two differ, a decision
    about one reading still goes to that reading of the new version, not to its twin."""
    text = "Giảm 2% hộ nghèo năm 2025. Giảm 2% hộ nghèo năm 2026."
    first, second = (0, 15), (27, 42)

    def facts(source: str) -> Facts:  # the later reading listed first
        return Facts(source=source, text=text, targets=[
            Target(document="1-KH/TU", text="Giảm 2% hộ nghèo", value=2, unit="%", span=second),
            Target(document="1-KH/TU", text="Giảm 2% hộ nghèo", value=2, unit="%", span=first)])

    old_items, new_items = items_of("old", facts("old")), items_of("new", facts("new"))
    later_old = next(it for it in old_items if it.start == second[0])
    at = dt.datetime(2026, 5, 1, tzinfo=dt.timezone.utc)
    old = {later_old.id: [Decision(fact=later_old.id, state="rejected", reviewer="Lan", at=at,
                                   previous=later_old.fact, quote=later_old.quote, iri="urn:d:2")]}
    carried = carried_decisions("old", old, new_items)
    later_new = next(it for it in new_items if it.start == second[0])
    assert list(carried) == [later_new.id]


# --- workflow on a store ---------------------------------------------------------------------
def test_ingest_records_the_queue_with_violations_first(memory_store, hand_ingest):
    hand_ingest(memory_store)
    entries = [e.to_json() for e in queue(memory_store)]
    assert len(entries) == 4 and {e["state"] for e in entries} == {"pending"}
    first = entries[0]
    assert first["kind"] == "target" and first["fact"]["document"] is None
    assert "value" in first["violation"]
    assert all(e["violation"] is None for e in entries[1:])
    for e in entries:
        assert set(e) >= {"id", "source", "kind", "state", "confidence", "fact", "violation"}
    # the facts as the facts format writes them, keys in its order
    assert list(by_kind(memory_store, "assignment")["fact"]) == ["body", "role", "document", "task"]


def test_decisions_survive_a_re_ingest(memory_store, hand_ingest):
    hand_ingest(memory_store)
    source = queue(memory_store)[0].item.source
    goal = by_kind(memory_store, "target", document="12-KH/TU")
    lead = by_kind(memory_store, "assignment")
    doc = by_kind(memory_store, "document")
    decide(memory_store, [goal["id"]], "rejected", reviewer="Lan", reason="not a target")
    decide(memory_store, [lead["id"]], "corrected", reviewer="Lan", changes={"body": "Ban Tuyên giáo Tỉnh ủy"})
    decide(memory_store, [doc["id"]], "accepted", reviewer="Minh")

    def check():
        g = source_triples(memory_store, source)
        assert not list(g.subjects(RDF.type, DKG.Target)), "the rejected target is back"
        names = {str(o) for o in g.objects(None, DKG.canonicalName)}
        assert "Ban Tuyên giáo Tỉnh ủy" in names and "Ban Dân vận Tỉnh ủy" not in names
        states = {e.item.id: e.status.state for e in queue(memory_store)}
        assert states[goal["id"]] == "rejected" and states[lead["id"]] == "corrected"
        assert states[doc["id"]] == "accepted"

    check()
    before = len(memory_store.main)
    hand_ingest(memory_store)
    check()
    assert len(memory_store.main) == before


def test_decisions_are_prov_o_in_their_own_graph(memory_store, hand_ingest):
    hand_ingest(memory_store)
    lead = by_kind(memory_store, "assignment")
    decide(memory_store, [lead["id"]], "corrected", reviewer="Lan", changes={"role": "monitor"},
           now=dt.datetime(2026, 5, 1, 8, 0, tzinfo=dt.timezone.utc))
    g = triples_to_graph(memory_store.main.quads_for_pattern(None, None, None, ledger.REVIEW))
    (d,) = g.subjects(RDF.type, DKG.ReviewDecision)
    assert (d, RDF.type, PROV.Activity) in g
    agent = g.value(d, PROV.wasAssociatedWith)
    assert (agent, RDF.type, PROV.Agent) in g and str(g.value(agent, RDFS.label)) == "Lan"
    assert g.value(d, PROV.endedAtTime).toPython() == dt.datetime(2026, 5, 1, 8, 0, tzinfo=dt.timezone.utc)
    assert json.loads(str(g.value(d, DKG.previousValue)))["role"] == "lead"
    assert json.loads(str(g.value(d, DKG.newValue)))["role"] == "monitor"
    assert g.value(d, DKG.reviewState) == Literal("corrected")
    # the decisions conform to the shapes
    from kg.validate import validate

    assert validate(g).conforms


def test_a_quarantined_fact_enters_the_graph_only_once_it_validates(memory_store, hand_ingest):
    hand_ingest(memory_store)
    source = queue(memory_store)[0].item.source
    orphan = by_kind(memory_store, "target", document=None)
    held = decide(memory_store, [orphan["id"]], "accepted", reviewer="Lan").held
    assert [h.id for h in held] == [orphan["id"]] and "value" in held[0].violation_en
    assert not any("giảm 2%" in str(o) for o in source_triples(memory_store, source).objects(None, DKG.text))
    decide(memory_store, [orphan["id"]], "corrected", reviewer="Lan", changes={"value": "2"})
    entry = by_kind(memory_store, "target", text="Tỷ lệ hộ nghèo giảm 2%")
    assert entry["state"] == "corrected" and entry["violation"] is None
    texts = {str(o) for o in source_triples(memory_store, source).objects(None, DKG.text)}
    assert "Tỷ lệ hộ nghèo giảm 2%" in texts


def test_an_acceptance_returns_to_pending_when_the_evidence_changes(memory_store, hand_ingest):
    hand_ingest(memory_store)
    lead = by_kind(memory_store, "assignment")
    decide(memory_store, [lead["id"]], "accepted", reviewer="Lan")

    def wider(text):
        f = hand_facts(text)
        a, b = f.assignments[0].span
        f.assignments[0].span = (a, b + 10)   # a later extractor reads a longer span
        return f

    hand_ingest(memory_store, wider)
    entry = by_kind(memory_store, "assignment")
    assert entry["id"] == lead["id"]  # the same fact ...
    assert entry["state"] == "pending" and entry["decision"]["stale"]  # ... whose evidence changed
    hand_ingest(memory_store)
    assert by_kind(memory_store, "assignment")["state"] == "accepted"


def test_bad_ids_change_nothing(memory_store, hand_ingest):
    hand_ingest(memory_store)
    good = by_kind(memory_store, "document")["id"]
    before = {str(q) for q in memory_store.main}
    with pytest.raises(NotFound, match="fzzz"):
        decide(memory_store, [good, "fzzz"], "rejected")
    with pytest.raises(UsageError):
        decide(memory_store, [good], "corrected", changes={"colour": "red"})
    assert {str(q) for q in memory_store.main} == before


def test_export_writes_the_reviewed_facts_in_the_facts_format(memory_store, hand_ingest):
    hand_ingest(memory_store)
    source = queue(memory_store)[0].item.source
    goal = by_kind(memory_store, "target", document="12-KH/TU")
    orphan = by_kind(memory_store, "target", document=None)
    decide(memory_store, [goal["id"]], "rejected")
    decide(memory_store, [orphan["id"]], "corrected", changes={"value": "2.5"})
    (obj,) = export_facts(memory_store, source)
    assert obj["source"] == "plan.txt"
    assert set(obj) >= {"documents", "links", "assignments", "targets", "outcomes", "events", "place"}
    assert [t["value"] for t in obj["targets"]] == [2.5]
    assert obj["documents"][0]["key"] == "12-KH/TU" and obj["documents"][0]["date"] == "2024-03-05"


def test_show_gives_the_sentence_and_the_history(memory_store, hand_ingest):
    hand_ingest(memory_store)
    goal = by_kind(memory_store, "target", document="12-KH/TU")
    decide(memory_store, [goal["id"]], "rejected", reviewer="Lan", reason="duplicate")
    d = show(memory_store, goal["id"])
    assert d["context"]["sentence"].startswith("Phấn đấu kết nạp")
    assert d["history"][0]["reviewer"] == "Lan" and d["history"][0]["reason"] == "duplicate"
    with pytest.raises(NotFound):
        show(memory_store, "fnope")


# --- reported versus assessed ------------------------------------------------------------------
def test_an_assessment_is_kept_apart_and_the_targets_query_shows_it(memory_store, hand_ingest):
    from kg.queries import run
    from kg.review import assess

    hand_ingest(memory_store)
    goal = by_kind(memory_store, "target", document="12-KH/TU")
    first = assess(memory_store, goal["id"], "not attained", note="no figures yet", reviewer="Lan",
                   now=dt.datetime(2026, 5, 1, tzinfo=dt.timezone.utc))
    second = assess(memory_store, goal["id"], "partly", note="1.200 of 1.500", reviewer="Minh",
                    now=dt.datetime(2026, 6, 1, tzinfo=dt.timezone.utc))
    assert first.node == second.node
    rows = run(memory_store, "targets", {"doc": "12-KH/TU"}).rows
    (row,) = [r for r in rows if r["target"] == second.node]
    assert row["assessed"] == "partly" and row["assessed_note"] == "1.200 of 1.500"
    assert row["status"] == "pending"  # no outcome reported: the reported/derived status stays its own
    g = triples_to_graph(memory_store.main.quads_for_pattern(None, None, None, ledger.REVIEW))
    activities = sorted(g.subjects(RDF.type, DKG.TargetAssessment))
    assert len(activities) == 2  # the history stays
    assert {str(g.value(a, DKG.assessedStatus)) for a in activities} == {"not-attained", "partly"}
    from kg.validate import validate

    assert validate(g).conforms


def test_assessing_needs_a_target_in_the_graph(memory_store, hand_ingest):
    from kg.review import assess

    hand_ingest(memory_store)
    doc = by_kind(memory_store, "document")
    orphan = by_kind(memory_store, "target", document=None)
    with pytest.raises(UsageError, match="not a target"):
        assess(memory_store, doc["id"], "attained")
    with pytest.raises(UsageError, match="not in the graph"):
        assess(memory_store, orphan["id"], "attained")
    with pytest.raises(UsageError, match="status .* is not an assessment"):
        assess(memory_store, orphan["id"], "vượt mức")


def test_confirmed_facts_outlive_an_extractor_that_no_longer_reads_them(memory_store, hand_ingest):
    hand_ingest(memory_store)
    source = queue(memory_store)[0].item.source
    lead = by_kind(memory_store, "assignment")
    doc = by_kind(memory_store, "document")
    decide(memory_store, [lead["id"]], "corrected", reviewer="Lan", changes={"role": "monitor"})
    decide(memory_store, [doc["id"]], "accepted", reviewer="Lan")

    def forgetful(text):  # a later extractor that misses both
        f = hand_facts(text)
        f.assignments, f.documents = [], []
        return f

    hand_ingest(memory_store, forgetful)
    states = {e.item.id: e for e in queue(memory_store)}
    assert states[lead["id"]].status.state == "corrected" and states[lead["id"]].status.fact["role"] == "monitor"
    assert states[doc["id"]].status.state == "accepted"
    g = source_triples(memory_store, source)
    assert list(g.subjects(DKG.monitoringBody, None)), "the corrected assignment left the graph"
    assert (None, DKG.issuerCode, Literal("TU")) in g, "the accepted document lost its details"


def test_an_assessment_outlives_a_correction_of_the_value_and_a_re_ingest(memory_store, hand_ingest):
    from kg.queries import run
    from kg.review import assess

    hand_ingest(memory_store)
    goal = by_kind(memory_store, "target", document="12-KH/TU")
    before = assess(memory_store, goal["id"], "partly", note="1.200 of 1.500", reviewer="Lan").node
    decide(memory_store, [goal["id"]], "corrected", reviewer="Lan", changes={"value": "1600"})
    hand_ingest(memory_store)  # the same text again: the extractor still reads 1500

    rows = run(memory_store, "targets", {"doc": "12-KH/TU"}).rows
    (row,) = [r for r in rows if r["text"] == "Phấn đấu kết nạp 1.500 hội viên mới"]
    assert row["target"] != before, "the corrected value makes another target node"
    assert row["target_value"] == 1600
    assert (row["assessed"], row["assessed_note"]) == ("partly", "1.200 of 1.500")
    assert row["status"] == "pending"  # as reported (nothing reported yet), beside the assessment

    from fastapi.testclient import TestClient

    from kg.scoreboard import scoreboard
    from kg.web import create_app

    (target,) = [t for t in scoreboard(memory_store, "12-KH/TU", "2026-01-01")["targets"] if t["target"] == row["target"]]
    assert target["reviewer_assessment"] == {"status": "partly", "note": "1.200 of 1.500"}
    assert target["reported_status"] is None  # nothing reported: kept apart from the reviewer's word
    page = TestClient(create_app(memory_store)).get("/scoreboard/12-KH/TU?lang=en&as_of=2026-01-01").text
    assert "Reviewer&#39;s assessment: partly attained" in page or "Reviewer's assessment: partly attained" in page


def test_review_marks_show_the_state_of_what_entered_the_graph(memory_store, hand_ingest):
    from kg.review import review_marks

    hand_ingest(memory_store)
    source = queue(memory_store)[0].item.source
    lead = by_kind(memory_store, "assignment")
    goal = by_kind(memory_store, "target", document="12-KH/TU")
    decide(memory_store, [lead["id"]], "accepted", reviewer="Lan", now=dt.datetime(2026, 5, 1, tzinfo=dt.timezone.utc))
    g = source_triples(memory_store, source)
    (task,) = {str(t) for t in g.subjects(RDF.type, DKG.Task)}
    (target,) = {str(t) for t in g.subjects(RDF.type, DKG.Target)}
    marks = review_marks(memory_store, [task, target, "https://example.org/not-a-fact"])
    assert set(marks) == {task, target}
    assert marks[task]["state"] == "accepted" and marks[task]["reviewed"] and marks[task]["reviewer"] == "Lan"
    assert marks[task]["facts"] == [{"id": lead["id"], "source": source, "state": "accepted"}]
    assert marks[target]["state"] == "pending" and not marks[target]["reviewed"]

    decide(memory_store, [goal["id"]], "rejected", reviewer="Lan")
    assert target not in review_marks(memory_store, [target])  # rejected: no longer in the graph
    orphan = by_kind(memory_store, "target", document=None)
    assert orphan["violation"]  # quarantined, not valid: it never became a node
    record = triples_to_graph(memory_store.main.quads_for_pattern(None, None, None, ledger.record_graph(source)))
    assert not list(record.objects(ledger.item_iri(orphan["id"]), DKG.factNode))
    assert not list(record.objects(ledger.item_iri(goal["id"]), DKG.factNode))


def test_the_cascade_marks_an_accepted_link_and_drops_a_rejected_one(memory_store):
    from kg import views

    assert ingest.ingest_paths(memory_store, [str(PLAN)]).ok  # the real extractor
    link = by_kind(memory_store, "link", to="46-NQ/TW")
    graph = views.reviewed_cascade(memory_store, "46-NQ/TW")
    assert [attrs["review"] for _, _, attrs in graph.edges(data=True)] == ["pending"]
    decide(memory_store, [link["id"]], "accepted", reviewer="Lan")
    graph = views.reviewed_cascade(memory_store, "46-NQ/TW")
    assert [attrs["review"] for _, _, attrs in graph.edges(data=True)] == ["accepted"]
    decide(memory_store, [link["id"]], "rejected", reviewer="Lan")
    assert views.reviewed_cascade(memory_store, "46-NQ/TW").number_of_edges() == 0


@pytest.mark.slow  # (ingest, decisions and rollbacks: over a second)
def test_a_decision_is_one_change_set_that_a_rollback_takes_back(new_store_path):
    """Accepting and rejecting are writes like any other: each is one change set (the decision in
    graph/review, the source's graph and its queue together), and undoing the rejection leaves
    the earlier acceptance standing."""
    from kg.store import Store, history, undo

    store = Store.open(new_store_path)
    store.agent = "test review"
    ingest.ingest_paths(store, [str(PLAN)])
    first, second = [e.item.id for e in queue(store)][:2]
    decide(store, [first], "accepted", reviewer="Chị Lan")
    decide(store, [second], "rejected", reviewer="Chị Lan", reason="không có trong văn bản")
    sets = history.change_sets(store)
    assert [c.command for c in sets] == ["test review"] * 3
    accept, reject = sets[1], sets[2]
    assert accept.added > 0 and reject.removed > 0  # the rejected fact left the source's graph
    states = {e.item.id: e.status.state for e in queue(store)}
    assert (states[first], states[second]) == ("accepted", "rejected")
    undo.rollback(store, reject.number)
    states = {e.item.id: e.status.state for e in queue(store)}
    assert (states[first], states[second]) == ("accepted", "pending")
    # the decision's node is gone with it, the acceptance's is kept
    decisions = ledger.read_decisions(store, [first, second])
    assert [d.state for d in decisions.get(first, [])] == ["accepted"] and not decisions.get(second)


PLAN_A = "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 12-KH/TU ngày 5/3/2024 về công tác dân vận."
PLAN_B = "Thực hiện Kế hoạch 12-KH/TU, Ban Dân vận Tỉnh ủy chủ trì theo dõi việc thực hiện."


def two_plans(text: str) -> Facts:
    """The facts of PLAN_A (a dated plan) and PLAN_B (a task under it, the plan named without its
    date, in a district of the province)."""
    def at(word: str) -> tuple[int, int]:
        return text.index(word), text.index(word) + len(word)

    if text == PLAN_A:
        return Facts(source="a.txt", place=Place(province="Ninh Thuận"), text=text, date=dt.date(2024, 3, 5),
                     documents=[DocumentRef(key="12-KH/TU", type="KH", number="12", issuer="Ban Thường vụ Tỉnh ủy",
                                            issuer_code="TU", level="province", date=dt.date(2024, 3, 5),
                                            span=at("Kế hoạch số 12-KH/TU"))])
    return Facts(source="b.txt", place=Place(province="Ninh Thuận", district="Ninh Hải"), text=text,
                 documents=[DocumentRef(key="12-KH/TU", type="KH", number="12", issuer_code="TU", level="province",
                                        span=at("Kế hoạch 12-KH/TU"))],
                 assignments=[Assignment(body="Ban Dân vận Tỉnh ủy", role="lead", document="12-KH/TU",
                                         task="theo dõi việc thực hiện", span=at("Ban Dân vận Tỉnh ủy chủ trì"))])


def test_an_ingest_then_a_decision_gives_the_graph_it_always_gave(memory_store, monkeypatch, tmp_path):
    """What a user's store holds after two texts are ingested (the second naming the first's plan
    without its date, which the store's node resolves) and a fact of the second is corrected: the
    facts, the queues with their source records, the decision. ``decided.nq`` is the store that the
    code before the source record and the resolver were made one wrote (its change log, index and
    reference data left out)."""
    monkeypatch.setattr(ingest, "extract_one", lambda name, text, on, place, hints=None: two_plans(text))
    for name, text, day in (("a.txt", PLAN_A, "2024-03-06"), ("b.txt", PLAN_B, None)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        assert ingest.ingest_paths(memory_store, [str(tmp_path / name)], on=day).ok
    lead = by_kind(memory_store, "assignment")
    decide(memory_store, [lead["id"]], "corrected", reviewer="Lan", changes={"body": "Ban Tuyên giáo Tỉnh ủy"},
           now=dt.datetime(2024, 4, 1, tzinfo=dt.timezone.utc))
    got = {q for q in memory_store.main if q.graph_name not in (CHANGES, INDEX, REFERENCE)}
    # (the quotes' context is no longer stored: made from the record's text, it is what was written before)
    assert not got & set(context_quads(memory_store.main, quote_selectors(memory_store.main)))
    got |= set(context_quads(memory_store.main, quote_selectors(memory_store.main)))
    # (each record keeps its text's keys, which the ingests before them did not write: kg.ingest_twins)
    keys = {q for q in got if q.predicate.value in (str(DKG.wordsKey), str(DKG.sentenceKey))}
    texts = {q.subject: q.object.value for q in got if q.predicate.value == str(DKG.sourceText)}
    assert {(q.subject, q.object.value) for q in keys} == {(r, k) for r, text in texts.items()
                                                           for k in (record_keys(text)[0], *record_keys(text)[1])}
    assert got - keys == set(ox.parse(path=DECIDED, format=ox.RdfFormat.N_QUADS))


def test_a_queue_read_back_gives_the_quotes_from_its_record_s_text(memory_store, monkeypatch, tmp_path):
    """An item's quote is not kept on the item (it is the record's text over the item's span):
    every way of reading the queue gives the items as they were made, quotes included."""
    monkeypatch.setattr(ingest, "extract_one", lambda name, text, on, place, hints=None: two_plans(text))
    for name, text in (("a.txt", PLAN_A), ("b.txt", PLAN_B)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        assert ingest.ingest_paths(memory_store, [str(tmp_path / name)], on="2024-03-06").ok
    every = ledger.read_items(memory_store)
    assert {i.quote for i in every} == {"Kế hoạch số 12-KH/TU", "Kế hoạch 12-KH/TU", "Ban Dân vận Tỉnh ủy chủ trì"}
    assert {i.id: i.quote for i in ledger.read_items(memory_store, fact_ids=[i.id for i in every])} == \
        {i.id: i.quote for i in every}
    for source in {i.source for i in every}:
        assert [(i.id, i.quote, i.start, i.end) for i in ledger.read_items(memory_store, source)] == \
            [(i.id, i.quote, i.start, i.end) for i in every if i.source == source]
    # nothing of an item says its quote or its record again
    items = {q.subject for q in memory_store.main.quads_for_pattern(None, None, ox.NamedNode(str(DKG.FactItem)), None)}
    said = {q.predicate.value for i in items for q in memory_store.main.quads_for_pattern(i, None, None, None)}
    assert str(DKG.evidenceQuote) not in said and str(DKG.inRecord) not in said


def test_an_item_s_confidence_is_written_only_where_its_fact_does_not_give_it(memory_store):
    """The fact's own confidence (1 where it has none) is not written again on its item; an item
    whose confidence differs (one a decision carries keeps 1 beside the fact the reviewer saw) says it."""
    from kg.rdf.build import SourceInfo

    text = "Kế hoạch số 12-KH/TU đạt 90%."
    items = [Item(id="fa", source="s9", kind="target", fact={"text": "đạt 90%", "value": 90, "confidence": 0.7},
                  start=21, end=28, confidence=0.7),
             Item(id="fb", source="s9", kind="document", fact={"key": "12-KH/TU"}, start=0, end=20, position=1),
             Item(id="fc", source="s9", kind="target", fact={"text": "90%", "value": 90, "confidence": 0.8},
                  start=25, end=28, position=2, confidence=1.0)]
    quads = ledger.record_quads(SourceInfo(id="s9", name="s9.txt"), text, items)
    stated = {q.subject.value.rsplit("/", 1)[-1]: q.object.value for q in quads if q.predicate.value == str(DKG.factConfidence)}
    assert stated == {"fc": "1.0"}
    memory_store.main.extend(quads)
    for got in (ledger.read_items(memory_store), ledger.read_items(memory_store, "s9"),
                ledger.read_items(memory_store, fact_ids=["fa", "fb", "fc"])):
        assert [(i.id, i.confidence, i.quote) for i in got] == [("fa", 0.7, "đạt 90%"), ("fb", 1.0, "Kế hoạch số 12-KH/TU"),
                                                                 ("fc", 1.0, "90%")]


def test_an_item_s_id_and_a_pending_state_are_read_from_its_iri_and_its_nodes(memory_store):
    """An item does not say its id (its IRI's last segment) nor a pending state (an item with
    nodes and no state is pending); a queue written before, which says both, reads the same."""
    from kg.rdf.build import SourceInfo

    text = "Kế hoạch số 12-KH/TU giao Ban Dân vận Tỉnh ủy chủ trì."
    items = [Item(id="fa", source="s9", kind="document", fact={"key": "12-KH/TU"}, start=0, end=20),
             Item(id="fb", source="s9", kind="assignment", fact={"body": "Ban Dân vận Tỉnh ủy", "role": "lead"},
                  start=26, end=53, position=1)]
    marks = {"fa": ledger.Mark("pending", ("https://example.org/doc/12",)),
             "fb": ledger.Mark("accepted", ("https://example.org/task/1",))}
    quads = ledger.record_quads(SourceInfo(id="s9", name="s9.txt"), text, items, marks)
    said = {(q.subject.value.rsplit("/", 1)[-1], q.predicate.value) for q in quads}
    assert not {p for _, p in said} & {str(DKG.factId)}
    assert ("fb", str(DKG.itemState)) in said and ("fa", str(DKG.itemState)) not in said
    graph = ledger.record_graph("s9")
    before = [ox.Quad(ledger.item_iri(i), ox.NamedNode(str(DKG.factId)), ox.Literal(i), graph) for i in ("fa", "fb")]
    before.append(ox.Quad(ledger.item_iri("fa"), ox.NamedNode(str(DKG.itemState)), ox.Literal("pending"), graph))
    read = []
    for written in (quads, [*quads, *before]):  # as written now, and as written before
        memory_store.main.clear()
        memory_store.main.extend(written)
        read.append(([[(i.id, i.kind, i.start, i.end, i.position, i.quote) for i in got]
                      for got in (ledger.read_items(memory_store), ledger.read_items(memory_store, "s9"),
                                  ledger.read_items(memory_store, fact_ids=["fb", "fa"]))],
                     ledger.node_items(memory_store, ["https://example.org/doc/12", "https://example.org/task/1"])))
    assert read[0] == read[1]
    lists, nodes = read[0]
    assert lists == [[("fa", "document", 0, 20, 0, "Kế hoạch số 12-KH/TU"),
                      ("fb", "assignment", 26, 53, 1, "Ban Dân vận Tỉnh ủy chủ trì")]] * 3
    assert nodes == {"https://example.org/doc/12": [("fa", "s9", "pending")],
                     "https://example.org/task/1": [("fb", "s9", "accepted")]}
    assert ledger.fact_id_of(ox.NamedNode("https://example.org/doc/12")) is None


def test_one_line_reads_as_a_short_sentence_in_the_reader_s_words():
    task = {"body": "Quận ủy", "role": "lead", "document": "05-CT/TW", "task": "chỉ đạo 17 tổ chức Đảng làm điểm"}
    assert one_line("assignment", task, role={"lead": "chủ trì"}.get) == \
        "Quận ủy (chủ trì) · 05-CT/TW: chỉ đạo 17 tổ chức Đảng làm điểm"
    assert one_line("assignment", task) == "Quận ủy (lead) · 05-CT/TW: chỉ đạo 17 tổ chức Đảng làm điểm"
    # the figure comes before the clause it was read from; a fact tied to no document names none (not '?:')
    outcome = {"document": None, "value": 12, "unit": "văn bản", "text": "Quận ủy đã ban hành 12 văn bản"}
    assert one_line("outcome", outcome) == "12 văn bản · Quận ủy đã ban hành 12 văn bản"
    assert one_line("outcome", {**outcome, "value": None}) == "Quận ủy đã ban hành 12 văn bản"
    assert one_line("assignment", {**task, "document": None}, role={"lead": "chủ trì"}.get) == \
        "Quận ủy (chủ trì): chỉ đạo 17 tổ chức Đảng làm điểm"
    target = {"document": "115-CTr/TU", "value": 1500, "comparator": ">=", "unit": "hội viên", "text": ""}
    assert one_line("target", target) == "115-CTr/TU: ≥ 1,500 hội viên"
    assert one_line("target", target, lang="vi") == "115-CTr/TU: ≥ 1.500 hội viên"
    # an equal sign is not written (it read as part of the figure: '=90 %'); a task done is said in the reader's words
    assert one_line("target", {**target, "value": 90, "comparator": "=", "unit": "%"}, lang="vi") == "115-CTr/TU: 90 %"
    done = {**task, "task": "đã chỉ đạo 17 tổ chức Đảng làm điểm (reported)"}
    assert one_line("assignment", done, lang="vi").endswith("làm điểm (đã thực hiện, theo báo cáo)")
    assert one_line("assignment", done).endswith("làm điểm (reported)")
    link = {"from": "12-KH/TU", "to": "08-NQ/TU", "type": "based_on"}
    assert one_line("link", link, relation={"based_on": "căn cứ"}.get) == "12-KH/TU căn cứ 08-NQ/TU"
    event = {"type": "sơ kết", "date": None, "organizer": "Quận ủy", "reviews": ["05-CT/TW"]}
    assert one_line("event", event) == "sơ kết · Quận ủy · 05-CT/TW"  # near miss: no date, no empty field
    # a document without a number is named as a reader names it, not by its key ('KH:...')
    plan = "KH:thực hiện Chỉ thị số 05-CT/TW"
    assert one_line("document", {"key": plan, "date": "2024-03-05"}) == "Kế hoạch thực hiện Chỉ thị số 05-CT/TW · 2024-03-05"
    assert one_line("link", {**link, "from": plan}, relation={"based_on": "căn cứ"}.get) == \
        "Kế hoạch thực hiện Chỉ thị số 05-CT/TW căn cứ 08-NQ/TU"
    assert one_line("target", {**target, "document": plan}).startswith("Kế hoạch thực hiện Chỉ thị số 05-CT/TW: ≥")
    assert one_line("event", {**event, "reviews": [plan]}) == "sơ kết · Quận ủy · Kế hoạch thực hiện Chỉ thị số 05-CT/TW"
