"""A change set's payload files (``kg.store.payloads``): a large plain addition's text made once, for its
payload file and for its bulk write (``kg.store.bulk.Parts``)."""
from __future__ import annotations

import gzip
from types import SimpleNamespace

import pyoxigraph as ox
import pytest

from kg.errors import StoreError
from kg.store import Store, bulk, history, payloads

G = ox.NamedNode("urn:graph")


def _added() -> list[ox.Quad]:
    """Quads of our own: named nodes with literals, and a node's address as a blank node."""
    plain = [ox.Quad(ox.NamedNode(f"urn:doc{i}"), ox.NamedNode("urn:title"), ox.Literal(f"Kế hoạch {i}"), G)
             for i in range(9)]
    blank = [ox.Quad(ox.NamedNode("urn:doc0"), ox.NamedNode("urn:at"), ox.BlankNode("where"), G),
             ox.Quad(ox.BlankNode("where"), ox.NamedNode("urn:street"), ox.Literal("Phố Huế"), G)]
    return plain + blank


@pytest.fixture
def folder(new_store_path, monkeypatch):
    monkeypatch.setattr(bulk, "BULK_MIN", 5)
    store = Store.open(new_store_path)
    yield store
    store.close()


def _payload_text(store: Store, number: int) -> bytes:
    return gzip.decompress((payloads.payload_folder(store) / f"{number}.added.nq.gz.part").read_bytes())


def test_a_large_addition_s_payload_is_written_from_the_text_its_bulk_write_takes(folder):
    added = _added()
    drafts, parts = payloads.draft_payload(folder, 7, added, [], lambda: None)
    assert drafts is not None and parts is not None
    text = b"".join(p.read_bytes() for p in parts.paths)
    assert _payload_text(folder, 7) == text + ox.serialize(parts.other, format=ox.RdfFormat.N_QUADS)
    assert set(ox.parse(_payload_text(folder, 7), format=ox.RdfFormat.N_QUADS)) == set(added)  # (labels kept)
    parts.discard()


def test_a_payload_that_removes_quads_makes_no_parts(folder):
    """A near miss: only an addition alone is written from the payload's text."""
    drafts, parts = payloads.draft_payload(folder, 8, _added(), _added()[:1], lambda: None)
    assert drafts is not None and parts is None
    assert not bulk.scratch(folder.location).exists() or not any(bulk.scratch(folder.location).iterdir())


def test_a_refused_verdict_leaves_neither_payload_files_nor_parts(folder):
    def refuse() -> None:
        raise RuntimeError("refused")
    with pytest.raises(RuntimeError):
        payloads.draft_payload(folder, 9, _added(), [], refuse)
    assert list(payloads.payload_folder(folder).iterdir()) == []
    assert list(bulk.scratch(folder.location).iterdir()) == []


def test_a_load_writes_the_text_made_with_its_payload_and_no_other(folder, tmp_path, monkeypatch):
    path = tmp_path / "batch.nq"
    path.write_bytes(ox.serialize(_added(), format=ox.RdfFormat.N_QUADS))
    made, calls = bulk.make_parts, []

    def once(*args):  # (the text is made with the payload; after that, none is made again)
        calls.append(args)
        parts = made(*args)
        monkeypatch.setattr(bulk, "_texts", lambda *a: pytest.fail("the write made its text again"))
        return parts
    monkeypatch.setattr(bulk, "make_parts", once)
    folder.load_files([path])
    assert len(calls) == 1
    c = history.change_sets(folder)[-1]
    assert set(payloads.read_payload(folder, c.number).added) == set(_added())
    assert {q for q in folder.main if q.graph_name == G} == set(_added())
    assert list(bulk.scratch(folder.location).iterdir()) == []


def _left_parts(store: Store) -> list[str]:
    base = bulk.scratch(store.location)
    return sorted(p.name for p in base.iterdir()) if base is not None and base.exists() else []


def test_a_load_refused_for_want_of_room_leaves_no_text_parts(folder, tmp_path, monkeypatch):
    """The room check fails after the parts were made with the payload: the refusal deletes them (they would wait
    for the next open otherwise)."""
    path = tmp_path / "batch.nq"
    path.write_bytes(ox.serialize(_added(), format=ox.RdfFormat.N_QUADS))
    monkeypatch.setattr(bulk.shutil, "disk_usage", lambda where: SimpleNamespace(total=1, used=1, free=0))
    with pytest.raises(StoreError):
        folder.load_files([path])
    assert _left_parts(folder) == []
    assert not {q for q in folder.main if q.graph_name == G}


def test_a_payload_that_cannot_be_kept_leaves_no_text_parts(folder, tmp_path, monkeypatch):
    """The payload's files are kept after the parts were made (a full disk there): the parts go too."""
    path = tmp_path / "batch.nq"
    path.write_bytes(ox.serialize(_added(), format=ox.RdfFormat.N_QUADS))

    def full(*args, **kwargs):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(history, "write_payload", full)
    with pytest.raises(StoreError):
        folder.load_files([path])
    assert _left_parts(folder) == []


def test_a_draft_given_neither_text_nor_parts_is_refused_and_writes_nothing(tmp_path):
    """A draft with nothing to write would leave an empty file kept as a change set's payload: refused, naming both
    ways of giving it its quads; near miss: a draft given the text writes that text."""
    with pytest.raises(TypeError, match=r"change set 3's added quads needs their N-Quads text \(text=\) or a bulk "
                                        r"write's parts \(parts=\)"):
        payloads.Draft(tmp_path, 3, "added")
    assert list(tmp_path.iterdir()) == []
    text = "<urn:a> <urn:b> \"Kế hoạch\" <urn:graph> .\n".encode()
    kept = payloads.Draft(tmp_path, 3, "added", text).kept()
    assert gzip.decompress(kept.read_bytes()) == text


@pytest.mark.parametrize("writer", ["isal", "zlib"])
def test_a_payload_file_is_plain_gzip_whichever_writer_wrote_it(folder, monkeypatch, writer):
    """The payload's file is written by ISA-L where the ``isal`` extra is installed (fails if the standard module
    writes it again), and is read back by the standard ``gzip`` module and by a rollback either way (near miss: the
    standard module as the writer, as where the extra is missing)."""
    if writer == "isal":
        igzip = pytest.importorskip("isal.igzip")
        assert payloads.gzip_writer is igzip
    else:
        monkeypatch.setattr(payloads, "gzip_writer", gzip)
    added = _added()
    drafts, parts = payloads.draft_payload(folder, 5, added, [], lambda: None)
    assert drafts is not None and parts is not None
    parts.discard()
    payloads.write_payload(folder, 5, added, [], drafts=drafts)
    kept = payloads.payload_folder(folder) / "5.added.nq.gz"
    assert gzip.decompress(kept.read_bytes()).count(b"\n") == len(added)
    assert set(payloads.read_payload(folder, 5).added) == set(added)
