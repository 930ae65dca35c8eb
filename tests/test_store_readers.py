"""Readers open the store read-only: they work while another process holds it for writing, and
a write that cannot get the store says why and what still works."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

BUNDLED = Path(__file__).resolve().parents[1] / "kg" / "data" / "bundled"
HOLD = """
import sys, time
from kg.store import Store
store = Store.open(sys.argv[1])
print("holding", flush=True)
time.sleep(120)
"""


def dkg(store: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "DKG_STORE": str(store)}
    return subprocess.run([sys.executable, "-m", "kg", *args], env=env, capture_output=True, text=True, timeout=120)


@pytest.fixture
def held_store(tmp_path):
    location = tmp_path / "store"
    assert dkg(location, "load", *map(str, sorted(BUNDLED.glob("*.ttl")))).returncode == 0
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(location)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "holding"
        yield location
    finally:
        holder.kill()
        holder.wait()


@pytest.mark.slow
def test_reading_commands_work_while_another_process_holds_the_store(held_store):
    started = time.monotonic()
    stats = dkg(held_store, "stats", "--format", "json")
    assert stats.returncode == 0, stats.stderr
    assert '"graphs"' in stats.stdout
    query = dkg(held_store, "query", "cascade", "-p", "doc=46-NQ/TW", "--format", "csv")
    assert query.returncode == 0 and "115-CTr/TU" in query.stdout, query.stderr
    assert dkg(held_store, "export", "--format", "nt").stdout.count("\n") > 100
    assert time.monotonic() - started < 100  # none of them waited for the holder to go


@pytest.mark.slow
def test_a_write_on_a_held_store_names_the_holder_and_changes_nothing(held_store, tmp_path):
    extra = tmp_path / "x.ttl"
    extra.write_text("<http://example.org/s> <http://www.w3.org/2000/01/rdf-schema#label> \"x\" .\n")
    before = dkg(held_store, "export", "--format", "nt").stdout
    result = dkg(held_store, "load", str(extra))
    assert result.returncode == 3
    assert "another process holds it" in result.stderr and "still work" in result.stderr
    assert dkg(held_store, "export", "--format", "nt").stdout == before


@pytest.mark.slow
def test_a_reader_beside_a_write_under_way_says_a_write_is_under_way_not_that_repairs_are_due(tmp_path):
    """A write's mark is in the store while it writes: a reader then said "the store's derived data ... is behind
    its data and cannot be repaired now (another process holds it): answers may be stale until the next write or
    `dkg reindex`", a repair that was not due and a command that would have been refused."""
    location = tmp_path / "store"
    assert dkg(location, "load", *map(str, sorted(BUNDLED.glob("*.ttl")))).returncode == 0
    extra = tmp_path / "x.ttl"
    extra.write_text("<http://example.org/s> <http://www.w3.org/2000/01/rdf-schema#label> \"x\" .\n")
    env = {**os.environ, "DKG_STORE": str(location), "DKG_FAULT_PAUSE": "index-refreshed:60"}
    writer = subprocess.Popen([sys.executable, "-m", "kg", "load", str(extra)], env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        said = ""
        while time.monotonic() < deadline and "writing" not in said:  # (until the writer holds the store, marked)
            time.sleep(0.5)
            said = dkg(location, "--lang", "en", "stats").stderr
        assert "note: another process is writing to the store: these answers show the store as it stood" in said
        assert "cannot be repaired" not in said and "dkg reindex" not in said
    finally:
        writer.kill()
        writer.wait()
    # the near miss: the writer killed at that point, the mark it left is a repair, made by the next reader
    after = dkg(location, "--lang", "en", "stats")
    assert after.returncode == 0 and "another process is writing" not in after.stderr
    assert "was completed" in after.stderr, after.stderr
