"""Who holds a meeting (kg.extract.event_organisers), read through extract: the chair after 'do đồng chí' with a comma
before 'chủ trì'. Texts are our own."""
from __future__ import annotations

from kg.extract import extract

_MEETING = ("Sáng 12/3/2024, hội nghị sơ kết 3 năm thực hiện Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương do đồng "
            "chí Trần Văn Minh, Bí thư Tỉnh ủy{comma} chủ trì.")


def test_a_comma_before_chu_tri_closes_the_chair_s_title():
    with_comma = [e.organizer for e in extract(_MEETING.format(comma=",")).events]
    without = [e.organizer for e in extract(_MEETING.format(comma="")).events]
    assert with_comma == without == ["Bí thư Tỉnh ủy"]
