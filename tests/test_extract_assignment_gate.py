"""The sentences the assignment reader leaves unread (kg.extract.assignment_gate): a sentence left early would have
given nothing, and the reader gives the same rows with and without leaving any."""
from __future__ import annotations

import functools
from pathlib import Path

import pytest

import kg.extract
from kg.extract import extract
from kg.extract.assignment_cues import paragraph_index
from kg.extract.assignment_gate import may_leave, names_a_role
from kg.extract.assignments import find_assignments
from kg.extract.text import prepare

TESTS = Path(__file__).resolve().parent
# development sets only: never a held-out one (tests/test_evaluation_sets.py)
RETIRED = ("blind2", "blind3", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10", "blind11")


def _rows(text: str, leave_early: bool, monkeypatch) -> list[tuple]:
    monkeypatch.setattr(kg.extract, "find_assignments", functools.partial(find_assignments, leave_early=leave_early))
    return [(a.body, a.role, a.document, a.task) for a in extract(text).assignments]


def _left(text: str) -> list[bool]:
    """Which sentences of ``text`` the reader may leave, for a text nothing directs."""
    p = prepare(text)
    return [may_leave(p.text, p.folded, p.sentences, i, paragraph_index(p.text)) for i in range(len(p.sentences))]


# each text: the reader's rows, then which of its sentences are left (the rows must be the same either way)
TEXTS = [
    # a news opening with no word of a role is left; the next sentence's 'chỉ đạo' hands a task over
    ("Ngày 12/3/2025, Huyện ủy Tân Lạc tổ chức hội nghị sơ kết công tác năm 2024.\n"
     "Huyện ủy chỉ đạo các xã rà soát hộ nghèo trước ngày 30/6/2025.",
     True, [True, False]),
    # 'để' before the bodies gives them their part; the same letters as 'đề' of 'vấn đề' give none
    ("Ngày 5/4/2025, Huyện ủy Tân Lạc họp để các xã triển khai thực hiện việc rà soát hộ nghèo.",
     True, [False]),
    ("Ngày 5/4/2025, Huyện ủy Tân Lạc họp bàn vấn đề rà soát hộ nghèo của các xã.", False, [True]),
    # a sentence with no cue, whose subject the next sentence goes on with ('Phối hợp với ...'): read
    ("Sở Tài chính bố trí kinh phí cho các xã. Phối hợp với Sở Nội vụ kiểm tra việc thực hiện.",
     True, [False, False]),
    # the same two in two paragraphs: the first is left, the second has no subject to go on with
    ("Sở Tài chính bố trí kinh phí cho các xã.\nPhối hợp với Sở Nội vụ kiểm tra việc thực hiện.",
     False, [True, False]),
    # a heading line names the bodies of the items under it: never left (the last item gives none: no role, and
    # nothing directs the text)
    ("1. Sở Nội vụ:\n- Hướng dẫn các xã bố trí cán bộ.\n- Tổng hợp danh sách gửi UBND tỉnh.", True, [False, False, True]),
    # a standing office leads whatever its verbs; 'Thường trực' in an official's title is none
    ("Văn phòng UBND tỉnh là cơ quan thường trực, tổng hợp kết quả gửi UBND tỉnh.", True, [False]),
    ("Đồng chí Phó Bí thư Thường trực Tỉnh ủy dự hội nghị tại huyện Tân Lạc.", False, [True]),
    # studying a document and carrying it out is a part of its own with nothing directing it (no word of a role but
    # 'quán triệt'); studying alone is none, and that sentence is left
    ("Ngày 3/6/2025, Đảng ủy xã Tân Phú họp.\nCác chi bộ quán triệt, thực hiện nghiêm Kết luận của Ban Bí thư.",
     True, [True, False]),
    ("Ngày 3/6/2025, Đảng ủy xã Tân Phú họp.\nCác chi bộ chấp hành nghiêm Kết luận của Ban Bí thư.", False, [True, True]),
    # 'giao' just before the sentence, where it is looked for before a subject
    ("Kế hoạch giao\nUBND xã Phú Cường tổ chức rà soát hộ nghèo.", True, [False, False]),
]


@pytest.mark.parametrize("text,gives,left", TEXTS)
def test_a_sentence_left_early_gives_nothing(text, gives, left, monkeypatch):
    rows = _rows(text, True, monkeypatch)
    assert rows == _rows(text, False, monkeypatch)
    assert bool(rows) is gives
    assert _left(text) == left


def test_the_cue_words_come_from_the_readers_own_words():
    f = "giao nhiem vu cho ubnd xa; ubnd xa la dau moi; co quan chu tri: so noi vu; ban hanh ke hoach trien khai"
    for word in ("giao nhiem vu cho", "la dau moi", "co quan chu tri", "ban hanh ke hoach"):
        at = f.index(word)
        assert names_a_role(f, f, at, at + len(word)), word
    # a plan issued under its number is the text's own news, no role; 'ban hành' alone is none
    g = "ban hanh ke hoach so 12"
    assert not names_a_role(g, g, 0, len(g))


def _development_texts() -> list[Path]:
    dirs = [TESTS / "corpus" / "texts"] + sorted(TESTS.glob("devtexts*/texts")) + [TESTS / n / "texts" for n in RETIRED]
    return [f for d in dirs if d.is_dir() for f in sorted(d.glob("*.txt"))]


# (in the fast loop, about two seconds: a rule that gives a role by a word the gate does not know fails here)
def test_the_reader_gives_the_same_rows_with_and_without_leaving_sentences(monkeypatch):
    files = _development_texts()
    assert len(files) > 100
    differ = [f.name for f in files
              if _rows(f.read_text(encoding="utf-8"), True, monkeypatch)
              != _rows(f.read_text(encoding="utf-8"), False, monkeypatch)]
    assert differ == []


# an interview: the reporter's question, then the answer
_QUESTION = ("PV: Thưa đồng chí, Huyện ủy đã lãnh đạo triển khai Nghị quyết số 12-NQ/TU như thế nào?\n\n"
             "Đồng chí Trần Văn Bình: Chúng tôi tập trung vào chuyển đổi số.\n")


def test_an_interviewer_s_question_gives_no_task():
    assert not extract(_QUESTION).assignments


def test_the_same_words_stated_give_the_task():
    # (near miss: said, not asked, the work is the committee's)
    text = _QUESTION.replace(" như thế nào?", " đến các chi bộ.")
    assert any(a.body == "Huyện ủy" and a.role == "lead" for a in extract(text).assignments)


_PORTAL = ("{head}\nCập nhật: 27/11/2025 16:10\n\nChiều 26/11, Đoàn giám sát HĐND tỉnh làm việc với UBND tỉnh về việc thực "
           "hiện Nghị quyết số 12/2024/NQ-HĐND.\n")


def test_a_page_s_masthead_over_its_section_gives_no_task():
    f = extract(_PORTAL.format(head="HĐND TỈNH LẠNG SƠN - Hoạt động giám sát"))
    assert not [a for a in f.assignments if a.role == "monitor"]


def test_near_miss_a_line_in_words_of_a_sentence_gives_its_task():
    # a body's name in ordinary case before its task is no masthead
    f = extract(_PORTAL.format(head="Thường trực HĐND tỉnh - giám sát việc thực hiện Nghị quyết"))
    assert ("Thường trực HĐND tỉnh", "monitor") in {(a.body, a.role) for a in f.assignments}
