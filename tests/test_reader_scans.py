"""bench/reader_scans.py's reading of a recorded call: which scans found nothing, which matches failed, what stretch
a call read. (The script itself installs a recorder of ``re.compile`` and is run as a process, not here.)"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))

import reader_scans  # noqa: E402

_CUE = re.compile(r"kế hoạch")


def _call(method: str, args: tuple, kwargs: dict | None = None) -> reader_scans.Call:
    bound = getattr(_CUE, method)
    kwargs = kwargs or {}
    if method == "finditer":
        taken = [len(list(bound(*args, **kwargs)))]
        return reader_scans.Call("classify", None, method, bound, args, kwargs, taken, None)
    return reader_scans.Call("classify", None, method, bound, args, kwargs, None, bound(*args, **kwargs))


def test_a_scan_that_finds_nothing_is_empty_and_one_that_finds_is_not():
    text = "Tỉnh ban hành kế hoạch năm 2025."
    assert _call("search", ("Tỉnh họp bàn.",)).empty()
    assert _call("finditer", ("Tỉnh họp bàn.",)).empty()
    assert not _call("search", (text,)).empty()
    assert not _call("finditer", (text,)).empty()
    # (the cue outside the stretch read: still empty)
    assert _call("search", (text, 0, 10)).empty()


def test_a_match_that_fails_is_failed_and_one_that_matches_is_not():
    text = "kế hoạch năm 2025"
    assert _call("match", (text, 3)).failed()
    assert not _call("match", (text, 0)).failed()
    assert not _call("fullmatch", (text, 0, 8)).failed()
    # (a scan is never a failed match, nor a match an empty scan)
    assert not _call("search", ("không có",)).failed()
    assert not _call("match", (text, 3)).empty()


def test_the_stretch_is_read_from_the_arguments_and_ends_at_the_string():
    text = "một hai ba"
    assert _call("search", (text,)).stretch() == (text, 0, len(text))
    assert _call("search", (text, 4, 99)).stretch() == (text, 4, len(text))
    assert _call("search", (text,), {"pos": 2, "endpos": 6}).stretch() == (text, 2, 6)
