"""A store's format (kg/store/storeformat.py): a store written by an earlier version is brought up to date, and says
so; one written by a newer version is never rewritten (a write is refused, a read answers from what is there). Each
through ``dkg`` in a process of its own, on a store on disk."""
from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import tarfile
import io
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.rdf.graphs import INDEX, INFERRED, REFERENCE
from kg.rdf.vocab import DKG
from kg.reason import rules_version
from kg.store import inferred, storeformat, textindex
from kg.store.reference import reference_version

ROOT = Path(__file__).resolve().parents[1]
BUNDLED = ROOT / "kg" / "data" / "bundled"
TEXT = ROOT / "tests" / "fixtures" / "format_text.txt"
STAMP = ox.NamedNode(str(DKG.text))


def dkg(store: Path, *args: str, cwd: Path | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "DKG_STORE": str(store), "DKG_LANG": "en", **(env or {})}
    return subprocess.run([sys.executable, "-m", "kg", *args], env=env, capture_output=True, text=True, timeout=300,
                          cwd=cwd)


def digest(folder: Path) -> str:
    """A digest of every quad of the dataset in ``folder`` (read-only), in a stable order."""
    engine = ox.Store.read_only(str(folder))
    lines = sorted(str(q) for q in engine)
    del engine
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()


def stamps(folder: Path) -> tuple[set[str], set[str]]:
    engine = ox.Store.read_only(str(folder))
    index = {q.object.value for q in engine.quads_for_pattern(INDEX, STAMP, None, INDEX)}
    reference = {q.object.value for q in engine.quads_for_pattern(REFERENCE, STAMP, None, REFERENCE)}
    del engine
    return index, reference


def restamp(folder: Path, *, index: str | None = None, reference: str | None = None) -> None:
    """Make the store look as another version left it: its index's stamp, its reference data's stamp."""
    engine = ox.Store(str(folder))
    for graph, value in ((INDEX, index), (REFERENCE, reference)):
        if value is None:
            continue
        for q in list(engine.quads_for_pattern(graph, STAMP, None, graph)):
            if graph == REFERENCE or q.object.value.startswith("search index v"):
                engine.remove(q)
                engine.add(ox.Quad(graph, STAMP, ox.Literal(value), graph))
    engine.flush()
    del engine


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> Path:
    location = tmp_path_factory.mktemp("format") / "store"
    assert dkg(location, "load", "--bundled").returncode == 0
    return location


def copy(made: Path, tmp_path: Path) -> Path:
    import shutil

    target = tmp_path / "store"
    shutil.copytree(made, target)
    return target


def test_the_format_moves_with_the_index_version():
    # raising the search index's version without the format lets an older code rebuild a newer index as its own
    assert (storeformat.FORMAT, textindex.VERSION) == (2, "9"), "raise storeformat.FORMAT with the index's VERSION"


def test_a_new_store_keeps_its_format(made):
    kept = json.loads((made / storeformat.FILE).read_text(encoding="utf-8"))
    assert kept["format"] == storeformat.FORMAT and kept["index"] == textindex.VERSION


def test_a_newer_store_is_not_written_to_and_is_read_as_it_is(made, tmp_path):
    store = copy(made, tmp_path)
    restamp(store / "main", index="search index v99", reference="f" * 40)
    (store / storeformat.FILE).write_text(json.dumps({"format": storeformat.FORMAT + 1}), encoding="utf-8")
    before = digest(store / "main")
    extra = tmp_path / "x.ttl"
    extra.write_text('<http://example.org/s> <http://www.w3.org/2000/01/rdf-schema#label> "x" .\n', encoding="utf-8")
    load = dkg(store, "load", str(extra))
    assert load.returncode == 3, load.stderr
    assert "written by a newer version" in load.stderr and f"format {storeformat.FORMAT + 1}" in load.stderr
    assert "nothing was written" in load.stderr
    reindex = dkg(store, "reindex")
    assert reindex.returncode == 3 and "newer version" in reindex.stderr
    stats = dkg(store, "stats")
    assert stats.returncode == 0, stats.stderr
    assert "newer version" in stats.stderr and "nothing rebuilt" in stats.stderr
    # without the format's check, the reader's upkeep rebuilt the index and the reference data as this version's
    assert digest(store / "main") == before
    assert stamps(store / "main") == ({"search index v99"}, {"f" * 40})
    assert json.loads((store / storeformat.FILE).read_text(encoding="utf-8"))["format"] == storeformat.FORMAT + 1


def test_the_same_format_is_written_to(made, tmp_path):  # near miss: this version's own format
    store = copy(made, tmp_path)
    (store / storeformat.FILE).write_text(json.dumps({"format": storeformat.FORMAT}), encoding="utf-8")
    extra = tmp_path / "x.ttl"
    extra.write_text('<http://example.org/s> <http://www.w3.org/2000/01/rdf-schema#label> "x" .\n', encoding="utf-8")
    result = dkg(store, "load", str(extra))
    assert result.returncode == 0, result.stderr
    assert "newer" not in result.stderr and "another version" not in result.stderr


def test_an_older_index_is_rebuilt_and_said(made, tmp_path):
    store = copy(made, tmp_path)
    restamp(store / "main", index="search index v8")
    (store / storeformat.FILE).unlink()
    stats = dkg(store, "stats")
    assert stats.returncode == 0, stats.stderr
    assert "earlier version of directive-kg: its search index was rebuilt" in stats.stderr
    assert stamps(store / "main")[0] == {f"search index v{textindex.VERSION}"}
    assert storeformat.found(store) == storeformat.FORMAT
    again = dkg(store, "stats")  # near miss: nothing left to bring up to date
    assert again.returncode == 0 and "version" not in again.stderr


def test_another_ontology_replaces_the_reference_data_and_a_writer_draws_its_inferences_again(made, tmp_path):
    store = copy(made, tmp_path)
    assert dkg(store, "reason").returncode == 0
    # as an earlier version left it: its ontology, and the inferences drawn from that ontology
    restamp(store / "main", reference="0" * 40)
    engine = ox.Store(str(store / "main"))
    (held,) = inferred.stamps(engine)
    engine.remove(held)
    engine.add(inferred.stamp(inferred.drawn_by(engine) or rules_version(), "0" * 40))
    engine.flush()
    del engine
    result = dkg(store, "stats")  # a reader: replaces the reference data, keeps the inferences and says they are behind
    assert result.returncode == 0, result.stderr
    assert "another version of directive-kg: its reference data" in result.stderr
    assert "from another version's ontology" in result.stderr and "dropped" not in result.stderr
    engine = ox.Store.read_only(str(store / "main"))
    assert next(iter(engine.quads_for_pattern(None, None, None, INFERRED)), None) is not None
    del engine
    written = dkg(store, "reindex")  # the next open for writing draws them again, from the installed ontology
    assert written.returncode == 0, written.stderr
    assert "drawn again with this version's reasoning rules and ontology" in written.stderr
    engine = ox.Store.read_only(str(store / "main"))
    assert inferred.drawn_from(engine) == reference_version() and inferred.drawn_by(engine) == rules_version()
    del engine


@pytest.mark.slow
def test_a_store_of_last_round_is_read_and_written(tmp_path):
    """A store written by the code of the tag ``round37-start`` (last round's), opened by this code: reads, an
    ingest, a review decision; its format kept once this code has written."""
    archive = subprocess.run(["git", "archive", "round37-start", "kg", "shapes", "ontology", "queries"], cwd=ROOT,
                             capture_output=True)
    if archive.returncode != 0:
        pytest.skip("no tag round37-start in this clone")
    old = tmp_path / "old"
    old.mkdir()
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(old, filter="data")
    store = tmp_path / "store"
    # (run from the unpacked folder, whose kg comes first on the path, without this checkout's)
    made = dkg(store, "load", "--bundled", cwd=old, env={"PYTHONPATH": str(old)})
    assert made.returncode == 0, made.stderr
    assert not (store / storeformat.FILE).exists()
    stats = dkg(store, "stats", cwd=ROOT)
    assert stats.returncode == 0 and "asserted" in stats.stdout, stats.stderr
    ingest = dkg(store, "ingest", str(TEXT), cwd=ROOT)
    assert ingest.returncode == 0, ingest.stderr
    assert storeformat.found(store) == storeformat.FORMAT
    listed = dkg(store, "review", "list", "--format", "json", cwd=ROOT)
    fact = json.loads(listed.stdout)[0]["id"]
    accept = dkg(store, "review", "accept", fact, cwd=ROOT)
    assert accept.returncode == 0, accept.stderr
    assert "accept" in dkg(store, "history", cwd=ROOT).stdout
