"""The day of a meeting told in the sentence after the one that reports it (ngày diễn ra hội nghị): 'Đảng ủy xã vừa tổ
chức hội nghị quán triệt Nghị quyết số 66-NQ/TW. Hội nghị diễn ra ngày 4/4.' is one meeting, held on 4/4, by the party
committee: the sentence that dates it names no meeting of its own, it goes back to the one just reported ('Hội nghị',
'Buổi làm việc', 'Cuộc họp' opening it, then how it was held). A sentence that names a meeting of its own ('Ngày 5/4,
Huyện ủy tổ chức hội nghị ...') is read as its own (kg.extract.events)."""
from __future__ import annotations

from kg.extract.text import folded_pattern

# the meeting just reported, named again to date it: 'Hội nghị diễn ra ngày ...', 'Buổi làm việc được tổ chức vào sáng
# ...', 'Hội nghị nói trên đã khai mạc ...'
_BACK_TO_MEETING = folded_pattern(r"[ \t\n]*(?:hội nghị|buổi làm việc|buổi gặp mặt|cuộc họp|phiên họp)"
                                  r"(?:[ \t]+(?:này|nói trên|trên))?[ \t]+(?:đã[ \t]+)?"
                                  r"(?:diễn ra|được tổ chức|khai mạc|tiến hành)(?![a-z])")


def day_told_next(df, sentences, si: int, events) -> int | None:
    """The place in ``events`` of the dated meeting, with no organiser of its own, that the sentence after sentence
    ``si`` (the one that reports a meeting without its day) dates by naming it again; None where there is none."""
    if si + 1 >= len(sentences):
        return None
    nxt = sentences[si + 1]
    if not _BACK_TO_MEETING.match(df.f, nxt.start, nxt.end):
        return None
    a, b = df.p.span(nxt.start, nxt.end)
    return next((i for i, e in enumerate(events) if e.date is not None and e.organizer is None and e.span is not None
                 and a <= e.span[0] < b), None)
