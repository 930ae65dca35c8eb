"""When the ingesting process extracts a part itself (kg.ingest_pace): only while the worker's parts left
take longer than all it still has to do."""
from __future__ import annotations

import time
from concurrent.futures import Future

from kg.ingest_pace import Pace, Sent


def _measured(part: float, per_text: float) -> Pace:
    pace = Pace()
    pace.extracting, pace.parts = part * 10, 10
    pace.taking, pace.texts = per_text * 100, 100
    return pace


def test_a_part_is_taken_while_the_worker_has_more_left_than_this_process():
    pace = _measured(part=0.04, per_text=0.002)
    # the worker: 20 parts of 0.04 s (0.8 s); here: 200 texts of 0.002 s and the part (0.44 s)
    assert pace.worth_taking(20, 0.04, 200)


def test_near_miss_no_part_is_taken_where_this_process_would_end_the_phase_alone():
    pace = _measured(part=0.04, per_text=0.002)
    # the worker: 5 parts (0.2 s) against 0.44 s here: a part taken here would leave the worker idle longer
    assert not pace.worth_taking(5, 0.04, 200)
    assert not pace.worth_taking(10, 0.04, 200)  # (0.4 s: still less than 0.44)


def test_before_anything_is_measured_a_part_is_taken():
    assert Pace().worth_taking(1, 0.0, 10_000)
    assert Pace().part() == 0.05


def test_the_time_taken_with_each_text_and_a_part_s_extraction_are_measured():
    pace = Pace()
    for _ in pace.handed(["a", "b"]):
        time.sleep(0.01)
    assert pace.texts == 2 and pace.taking >= 0.02
    assert pace.extracted(lambda part: [x * 2 for x in part], [1, 2]) == [2, 4]
    assert pace.parts == 1 and pace.part() == pace.extracting


def test_the_workers_pace_is_read_from_the_parts_back_not_those_cancelled():
    futures = [Future() for _ in range(5)]
    sent = Sent(futures)
    time.sleep(0.02)
    assert sent.wall() >= 0.02  # nothing back yet: at least the time since they were sent
    futures[4].cancel()  # (taken by the ingesting process)
    assert sent.back == []
    for f in futures[:3]:
        f.set_result([])
    assert len(sent.back) == 3
    assert sent.wall() >= (sent.back[-1] - sent.back[0]) / 2
