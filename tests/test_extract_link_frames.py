"""kg.extract.link_frames: the frame before a sentence's carrying opener, read without the speaker's words where the
text holds none of their verbs, matches as the whole frame does. Texts are our own."""
from __future__ import annotations

import random

from kg.extract import extract
from kg.extract.link_frames import REPORTED_FRAME, frame_reader
from kg.extract.text import prepare

_PLAN = ("thực hiện Chỉ thị số 09-CT/TU ngày 5/3/2024 của Ban Thường vụ Tỉnh ủy, Huyện ủy đã ban hành Kế hoạch số "
         "12-KH/HU.")


def _links(text: str) -> list[tuple]:
    return [(x.from_, x.type, x.to) for x in extract(text).links]


def test_a_report_s_words_a_site_s_name_an_answer_and_a_year_frame_the_opener():
    for frame in ("Báo cáo nhấn mạnh, ", "Đồng chí Bí thư cho biết, ", "(Báo huyện) - ", "Đáp: ", "Năm 2024, "):
        assert _links(frame + _PLAN[0].upper() + _PLAN[1:]) == [("12-KH/HU", "implements", "09-CT/TU")], frame
    # near miss: a word that says nothing before the comma is no frame, and the opener is not at the sentence's start
    assert _links("Báo cáo, " + _PLAN) == []


def test_the_frame_is_read_without_the_speaker_where_no_speaking_verb_stands_in_the_text():
    spoken = prepare("Báo cáo khẳng định, " + _PLAN).folded
    unspoken = prepare("Năm 2024, " + _PLAN).folded
    assert frame_reader(spoken) is REPORTED_FRAME
    assert frame_reader(unspoken) is not REPORTED_FRAME


def test_the_frame_without_the_speaker_matches_as_the_whole_frame_where_no_speaking_verb_stands():
    pieces = ["(bao huyen)", " - ", "dap", "tra loi", ":", " ", "nam", "2024", ",", "trong", "bao cao", "theo", "\n",
              "thuc hien", "nhan", "manh", "cho", "biet", "(", ")", "—"]
    rnd = random.Random(39)
    texts = ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 10))) for _ in range(400)]
    texts += ["(bao huyen) - nam 2024, thuc hien", "dap: trong nam 2024, de", "bao cao cho biet, nam 2024, thuc hien"]
    checked = 0
    for text in texts:
        rx = frame_reader(text)
        for i in range(len(text) + 1):
            old, new = REPORTED_FRAME.match(text, i), rx.match(text, i)
            assert (old and old.span()) == (new and new.span()), (text, i)
        checked += rx is not REPORTED_FRAME
    assert checked > 100        # (most of the random texts hold no speaking verb: the shorter frame was asked)
