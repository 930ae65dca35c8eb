"""kg.extract.confidence: each step that costs a fact confidence names itself in the fact's ``doubts``, which review
says in words; a fact its sentence states plainly has none (the near misses)."""

from __future__ import annotations

import datetime as dt

from kg.extract.confidence import DOUBTS, assign_confidence
from kg.facts import Assignment, DocumentRef, Event, Facts, Link, Outcome, Target
from kg.i18n import DOUBT_WORDS

TEXT = ("Ủy ban nhân dân huyện ban hành Kế hoạch số 5-KH/UBND thực hiện Nghị quyết số 9-NQ/HU.\n"
        "II. MỤC TIÊU\n"
        "- 90% trường học có thư viện điện tử.\n"
        "Phấn đấu đến năm 2026, Kế hoạch số 5-KH/UBND đưa 95% hồ sơ lên mạng.\n"
        "Phòng Văn hóa làm thủ tục cấp phép cho các điểm.\n"
        "Phòng Nội vụ chủ trì triển khai Kế hoạch số 5-KH/UBND.\n"
        "Sáng nay, huyện tổ chức hội nghị.\n")


def at(words: str) -> tuple[int, int]:
    return TEXT.index(words), TEXT.index(words) + len(words)


def scored(**lists) -> Facts:
    facts = Facts(source="ours.txt", text=TEXT, **lists)
    assign_confidence(facts)
    return facts


def test_a_goal_list_item_without_its_document_is_doubted_for_its_position_and_its_scope():
    listed, stated = scored(targets=[
        Target(document="5-KH/UBND", text="90% trường học", value=90, unit="%", span=at("90% trường học có thư viện")),
        Target(document="5-KH/UBND", text="95% hồ sơ", value=95, unit="%", span=at("đưa 95% hồ sơ lên mạng"))]).targets
    assert listed.doubts == ("position", "scope") and listed.confidence < stated.confidence
    assert stated.doubts == ()  # (near miss: a cue word and the plan named in its sentence)
    assert listed.to_dict()["doubts"] == ["position", "scope"] and "doubts" not in stated.to_dict()


def test_a_role_from_a_general_verb_has_no_cue_and_a_chairing_one_none():
    general, chairing = scored(assignments=[
        Assignment(body="Phòng Văn hóa", role="lead", document="5-KH/UBND", task="cấp phép", span=at("Phòng Văn hóa làm")),
        Assignment(body="Phòng Nội vụ", role="lead", document="5-KH/UBND", task="triển khai",
                   span=at("Phòng Nội vụ chủ trì"))]).assignments
    assert general.doubts == ("no-cue", "scope") and chairing.doubts == ()


def test_documents_links_and_events_name_their_doubts():
    facts = scored(
        documents=[DocumentRef(key="5-KH/UBND", type="KH", number="5", span=at("Kế hoạch số 5-KH/UBND")),
                   DocumentRef(key="KH:về thư viện", type="KH", span=at("II. MỤC TIÊU"))],
        links=[Link(from_="5-KH/UBND", to="9-NQ/HU", type="implements", span=at("thực hiện Nghị quyết số 9-NQ/HU")),
               Link(from_="KH:về thư viện", to="9-NQ/HU", type="implements", span=at("90% trường học"))],
        events=[Event(type="hội nghị", span=at("tổ chức hội nghị")),
                Event(type="hội nghị", date=dt.date(2025, 3, 2), span=at("tổ chức hội nghị"))],
        outcomes=[Outcome(document="5-KH/UBND", text="95%", value=95, unit="%", span=at("đưa 95% hồ sơ"))])
    assert [d.doubts for d in facts.documents] == [(), ("unnumbered",)]
    assert [x.doubts for x in facts.links] == [(), ("no-cue", "unnumbered-end")]
    assert [e.doubts for e in facts.events] == [("undated",), ("year-inferred",)]
    assert facts.outcomes[0].doubts == ("position",)


def test_every_doubt_is_said_in_both_languages():
    for lang in ("vi", "en"):
        assert set(DOUBT_WORDS[lang]) == set(DOUBTS)
    assert DOUBT_WORDS["vi"]["scope"] != DOUBT_WORDS["en"]["scope"]
