"""A document's type is the one its symbol states, whatever an earlier mention called it."""
from __future__ import annotations

from kg.extract import extract, read_text

# our own wording: a headline names the action programme that a numbered resolution carries
CARRIED = ("Chính phủ ban hành Chương trình hành động thực hiện Kết luận số 70-KL/TW về hợp tác xã\n\n"
           "Ngày 14/5/2021, Chính phủ ban hành Nghị quyết số 58/NQ-CP kèm theo Chương trình hành động của "
           "Chính phủ thực hiện Kết luận số 70-KL/TW ngày 09/3/2020 của Bộ Chính trị.\n")


def types(text: str) -> dict[str, str | None]:
    return {d.key: d.type for d in extract(text).documents}


def test_the_symbols_type_wins_over_an_earlier_mention_resolved_to_it():
    got = types(CARRIED)
    assert got.get("58/NQ-CP") == "NQ"
    assert got.get("70-KL/TW") == "KL"


def test_a_programme_with_its_own_symbol_stays_a_programme():
    got = types("Ban Thường vụ Tỉnh ủy ban hành Chương trình hành động số 12-CTr/TU ngày 3/4/2022 thực hiện "
                "Kết luận số 70-KL/TW của Bộ Chính trị.\n")
    assert got.get("12-CTr/TU") == "CTr"


# our own wording: a review of a plan that carries out a conclusion (kết luận), then the meeting's closing words
_CLOSING = ("Sáng 9/10/2024, Bộ Tư pháp tổ chức hội nghị sơ kết một năm thực hiện Nghị quyết số 41/NQ-CP về phổ biến "
            "pháp luật. Nghị quyết triển khai Kết luận số 80-KL/TW ngày 2/6/2023 của Bộ Chính trị.\n\n")


def test_closing_a_meeting_names_no_conclusion():
    # 'Kết luận hội nghị, ...' is the verb: the tasks it gives are the reviewed resolution's, not the conclusion's
    facts = extract(_CLOSING + "Kết luận hội nghị, Bộ trưởng đề nghị Vụ Pháp chế chủ trì rà soát các văn bản.")
    assert {a.body: a.document for a in facts.assignments}.get("Vụ Pháp chế") == "41/NQ-CP"
    facts = extract(_CLOSING + "Kết luận buổi làm việc, Bộ trưởng đề nghị Vụ Pháp chế chủ trì rà soát các văn bản.")
    assert {a.body: a.document for a in facts.assignments}.get("Vụ Pháp chế") == "41/NQ-CP"


def test_a_conclusion_named_again_is_still_the_document():
    # near miss: 'Kết luận' alone, with no meeting after it, is the conclusion named before
    r = read_text(_CLOSING + "Kết luận yêu cầu các cấp ủy, tổ chức đảng đổi mới việc phổ biến pháp luật.", None)
    again = [m.key for m in r.df.mentions if r.p.text[m.start:m.end] == "Kết luận"]
    assert again == ["80-KL/TW"]


def test_a_symbol_with_no_type_in_it_takes_the_type_word_before_it():
    facts = extract("Quán triệt Nghị quyết số 71/2024/QH15 và Luật số 30/2023/QH15 của Quốc hội.\n")
    assert {d.key: d.type for d in facts.documents} == {"71/2024/QH15": "NQ", "30/2023/QH15": "Luật"}
    # near miss: a symbol that states its type keeps it, whatever word stands before it
    facts = extract("Ban hành Kế hoạch số 15/NQ-HĐND.\n")
    assert [d.type for d in facts.documents] == ["NQ"]
