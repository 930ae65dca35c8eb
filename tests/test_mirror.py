"""kg.store.mirror: a folder store answered from a copy in memory, every write going to both."""

from __future__ import annotations

import shlex
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg import queries
from kg.errors import StoreError, ValidationFailed
from kg.store.mirror import MirroredDataset, is_embedded
from kg.store import ASSERTED, Store
from test_web_support import http
from loopback import free_port

pytestmark = pytest.mark.slow

EX = "https://example.org/"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "store"
BUNDLED = Path(__file__).resolve().parents[1] / "kg" / "data" / "bundled" / "corpus.ttl"


def quads(dataset) -> set[ox.Quad]:
    return set(dataset.quads_for_pattern(None, None, None, None))


def ground(dataset) -> set[ox.Quad]:
    """The quads without blank nodes (those are named afresh by each copy)."""
    return {q for q in quads(dataset)
            if not isinstance(q.subject, ox.BlankNode) and not isinstance(q.object, ox.BlankNode)}


def example_params(example: str) -> dict[str, str]:
    """The ``-p k=v`` of a query's example call."""
    words = shlex.split(example)
    return dict(words[i + 1].split("=", 1) for i, w in enumerate(words) if w == "-p")


@pytest.fixture
def mirrored(new_store_path):
    store = Store.open(new_store_path, memory=True)
    yield store
    store.close()


def test_open_with_memory_answers_from_a_copy_of_the_folder(tmp_path, new_store_path):
    plain = Store.open(new_store_path)
    plain.load_files([BUNDLED])
    before = quads(plain.main)
    plain.close()
    store = Store.open(tmp_path / "store", memory=True)
    assert isinstance(store.main, MirroredDataset) and is_embedded(store.main)
    assert quads(store.main.memory) == before == quads(store.main.disk)
    assert len(store) == len(before)
    store.close()


def test_writes_reach_the_folder(tmp_path):
    store = Store.open(tmp_path / "store", memory=True)
    store.load_files([BUNDLED])
    store.main.update(f"INSERT DATA {{ GRAPH <{ASSERTED.value}> {{ <{EX}a> <{EX}p> \"x\" }} }}")
    in_memory = quads(store.main.memory)
    assert in_memory == quads(store.main.disk)
    store.close()
    reopened = Store.open(tmp_path / "store")  # the folder alone, no mirror
    assert quads(reopened.main) == in_memory
    reopened.close()


def test_an_update_with_fresh_values_leaves_the_copies_equal(mirrored):
    mirrored.main.update(
        f"INSERT {{ GRAPH <{ASSERTED.value}> {{ <{EX}a> <{EX}at> ?now ; <{EX}n> ?r ; <{EX}b> [ <{EX}p> 1 ] }} }} "
        "WHERE { BIND(NOW() AS ?now) BIND(RAND() AS ?r) }")
    assert ground(mirrored.main.memory) == ground(mirrored.main.disk)
    assert len(mirrored.main.memory) == len(mirrored.main.disk)
    at = ox.NamedNode(EX + "at")
    assert len(list(mirrored.main.quads_for_pattern(None, at, None))) == 1


def test_a_failed_write_to_the_folder_changes_neither_copy(mirrored):
    class BrokenDisk:
        def __init__(self, disk):
            self.disk = disk

        def extend(self, _quads):
            raise OSError("disk full")

        def __getattr__(self, name):
            return getattr(self.disk, name)

    before = quads(mirrored.main.memory)
    mirrored.main.disk = BrokenDisk(mirrored.main.disk)
    with pytest.raises(StoreError, match="nothing was written"):
        mirrored.write_quads([ox.Quad(ox.NamedNode(EX + "a"), ox.NamedNode(EX + "p"), ox.Literal("x"), ASSERTED)], None)
    assert quads(mirrored.main.memory) == before


def test_a_write_the_memory_copy_refuses_is_undone_by_reading_the_folder_again(mirrored):
    class BrokenMemory:
        def __init__(self, memory):
            self.memory = memory

        def extend(self, _quads):
            raise MemoryError

        def __getattr__(self, name):
            return getattr(self.memory, name)

    mirrored.main.memory = BrokenMemory(mirrored.main.memory)
    quad = ox.Quad(ox.NamedNode(EX + "a"), ox.NamedNode(EX + "p"), ox.Literal("x"), ASSERTED)
    with pytest.raises(MemoryError):
        mirrored.main.extend([quad])
    assert isinstance(mirrored.main.memory, ox.Store)  # read again from the folder
    assert quad in mirrored.main.memory and quads(mirrored.main.memory) == quads(mirrored.main.disk)


def test_a_batch_that_does_not_conform_reaches_neither_copy(mirrored):
    mirrored.load_files([FIXTURES / "good.ttl"])
    before_disk, before_memory = quads(mirrored.main.disk), quads(mirrored.main.memory)
    with pytest.raises(ValidationFailed):
        mirrored.load_files([FIXTURES / "nonconforming.ttl"])
    assert quads(mirrored.main.disk) == before_disk and quads(mirrored.main.memory) == before_memory


def test_named_queries_answer_the_same_from_memory_and_from_the_folder(tmp_path, new_store_path):
    plain = Store.open(new_store_path)
    plain.load_files([BUNDLED])
    examples = {q.name: example_params(q.example) for q in queries.catalog()}
    folder = {name: queries.run(plain, name, params).rows for name, params in examples.items()}
    plain.close()
    store = Store.open(tmp_path / "store", memory=True)
    for name, params in examples.items():
        assert queries.run(store, name, params).rows == folder[name], name
    store.close()


def test_dkg_serve_memory_answers_and_writes_through_to_the_folder(tmp_path):
    """The real command: a store made by `dkg load`, served from memory by `dkg serve --memory`
    over HTTP; an update sent to the server is in the folder after the server stops."""
    import subprocess
    import sys
    import time

    import httpx

    folder = tmp_path / "store"
    dkg = [sys.executable, "-m", "kg", "--store", str(folder)]
    subprocess.run([*dkg, "load", str(BUNDLED)], check=True, capture_output=True)
    port = free_port()
    proc = subprocess.Popen([*dkg, "serve", "--memory", "--port", str(port), "--update-token", "t0k"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                resp = http.get(base + "/queries/cascade.json", params={"doc": "46-NQ/TW"}, timeout=10)
                break
            except httpx.TransportError:
                assert proc.poll() is None, proc.stderr.read().decode()
                assert time.monotonic() < deadline, "dkg serve --memory did not start"
                time.sleep(0.2)
        assert resp.status_code == 200
        assert any(row["key"] == "115-CTr/TU" for row in resp.json()["rows"])
        # the server restarted itself with jemalloc where the library is installed (kg/allocator.py)
        import ctypes.util

        maps = Path(f"/proc/{proc.pid}/maps")
        if maps.exists():
            assert ("jemalloc" in maps.read_text()) == (ctypes.util.find_library("jemalloc") is not None)
        update = f"INSERT DATA {{ GRAPH <{ASSERTED.value}> {{ <{EX}served> <{EX}p> \"from the server\" }} }}"
        resp = http.post(base + "/sparql", data={"update": update}, headers={"Authorization": "Bearer t0k"},
                          timeout=10)
        assert resp.status_code in (200, 204), resp.text
    finally:
        proc.terminate()
        proc.wait(timeout=20)
    store = Store.open(folder)
    assert ox.Quad(ox.NamedNode(EX + "served"), ox.NamedNode(EX + "p"), ox.Literal("from the server"),
                   ASSERTED) in store.main
    store.close()


def test_a_quote_that_reads_like_a_blank_node_or_a_call_is_written_to_both_copies_without_reading_the_folder_again(mirrored):
    """fix40u: the text of an update was searched as a whole, so a stored quote holding "[…;" read the whole folder
    into memory again after the write; the parsed update decides now."""
    before = mirrored.main.memory
    quote = 'Kế hoạch [sửa đổi; bổ sung] _:x NOW() "trích" # như cũ'
    mirrored.main.update(f"INSERT DATA {{ GRAPH <{ASSERTED.value}> {{ <{EX}a> <{EX}quote> {ox.Literal(quote)} }} }}")
    assert mirrored.main.memory is before  # (written in place: not read again)
    assert quads(mirrored.main.memory) == quads(mirrored.main.disk)
    assert ox.Literal(quote) in {q.object for q in mirrored.main.quads_for_pattern(None, ox.NamedNode(EX + "quote"), None)}


def test_a_blank_node_or_a_fresh_value_outside_the_quotes_still_reads_the_folder_again(mirrored):
    """A blank node of one pair (``[ p o ]``, which the text search missed) and a call that a comment's quote would
    hide from a reading that took it for a literal's start both make the copy read again."""
    for update in (f"INSERT DATA {{ GRAPH <{ASSERTED.value}> {{ <{EX}a> <{EX}b> [ <{EX}p> 1 ] }} }}",
                   f'# a "quote\nINSERT {{ GRAPH <{ASSERTED.value}> {{ <{EX}a> <{EX}at> ?n }} }} WHERE {{ BIND(NOW() AS ?n) }}'
                   ' # "'):
        before = mirrored.main.memory
        mirrored.main.update(update)
        assert mirrored.main.memory is not before, update
        assert ground(mirrored.main.memory) == ground(mirrored.main.disk)
        assert len(mirrored.main.memory) == len(mirrored.main.disk)
