"""kg.store.store: the embedded store, its named graphs and atomic loads."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.errors import InputError, StoreError, StoreLocked, ValidationFailed
from kg.store import ASSERTED, INFERRED, REFERENCE, Store
from kg.rdf.files import parse_file
from kg.rdf.terms import OX_DKG, triples_to_graph

import os
import subprocess
import sys
from pathlib import Path

from conftest import SERVER_MODE

FIXTURES = Path(__file__).resolve().parent / "fixtures"

GOOD = FIXTURES / "store" / "good.ttl"
BAD = FIXTURES / "store" / "nonconforming.ttl"
SYNTAX = FIXTURES / "store" / "syntax-error.ttl"


def content(store: Store) -> set[tuple[str, str, str, str]]:
    return {(str(q.subject), str(q.predicate), str(q.object), str(q.graph_name)) for q in store.main}


def test_new_store_holds_the_reference_graph(memory_store):
    counts = memory_store.graph_counts()
    assert counts[REFERENCE.value] > 100
    assert ASSERTED.value not in counts


def test_load_puts_data_in_the_asserted_graph(disk_store):
    result = disk_store.load_files([GOOD])
    assert result.graph == ASSERTED.value and result.triples > 10
    loaded = triples_to_graph(q for q in disk_store.main if q.graph_name == ASSERTED)
    assert isomorphic(loaded, Graph().parse(GOOD))


@pytest.mark.skipif(SERVER_MODE, reason="a folder store only")
def test_store_persists_on_disk(tmp_path):
    store = Store.open(tmp_path / "s")
    store.load_files([GOOD])
    n = len(store)
    store.close()
    again = Store.open(tmp_path / "s")
    assert len(again) == n
    _, rows = again.select("SELECT ?d WHERE { ?d <https://w3id.org/directive-kg/ontology#key> \"115-CTr/TU\" }")
    assert len(rows) == 1


def test_syntax_error_names_file_and_line_and_changes_nothing(disk_store):
    disk_store.load_files([GOOD])
    before = content(disk_store)
    with pytest.raises(InputError) as err:
        disk_store.load_files([GOOD, SYNTAX])
    assert "syntax-error.ttl:3" in err.value.message
    assert content(disk_store) == before


def test_nonconforming_batch_is_refused_whole(disk_store):
    disk_store.load_files([GOOD])
    before = content(disk_store)
    with pytest.raises(ValidationFailed) as err:
        disk_store.load_files([BAD])
    assert not err.value.report.conforms
    assert content(disk_store) == before


def test_a_refused_batch_no_file_names_is_said_in_the_reader_s_words(disk_store):
    from kg.validate.batch import read_batch

    disk_store.load_files([GOOD])
    with pytest.raises(ValidationFailed) as err:
        disk_store.add_quads(read_batch([str(BAD)]))
    vi_message, _ = err.value.said("vi")
    assert "lô dữ liệu:" in vi_message and "batch" not in vi_message
    assert err.value.said("en")[0].startswith("batch: does not conform")


def test_force_sends_a_nonconforming_batch_to_quarantine(disk_store):
    disk_store.load_files([GOOD])
    before = content(disk_store)
    result = disk_store.load_files([BAD], force=True)
    assert result.quarantined
    assert content(disk_store) == before  # the main dataset is untouched
    assert len(disk_store.quarantine_store) > 0
    # quarantined facts never appear in query answers
    _, rows = disk_store.select("SELECT ?d WHERE { ?d <https://w3id.org/directive-kg/ontology#key> \"9-CTr/TU\" }")
    assert rows == []


def test_a_load_drops_stale_inferences(disk_store):
    s, p = ox.NamedNode("urn:x:a"), ox.NamedNode("urn:x:p")
    stale = ox.Quad(s, p, ox.Literal("1"), INFERRED)
    disk_store.main.add(stale)
    disk_store.load_files([GOOD])
    # the store held inferences: they are drawn again over the data (kg.store.writes), the stale one gone
    assert stale not in disk_store.main and disk_store.graph_counts()[INFERRED.value] > 0


def test_bindings_are_data_not_query_text(memory_store):
    memory_store.load_files([GOOD])
    evil = '"} ; DROP ALL ; SELECT * {'
    _, rows = memory_store.select(
        "SELECT ?d ?k WHERE { ?d <https://w3id.org/directive-kg/ontology#key> ?k }", {"k": ox.Literal(evil)})
    assert rows == []
    assert len(memory_store) > 0


def test_unknown_format_and_missing_file(tmp_path):
    with pytest.raises(InputError, match="unknown RDF file type"):
        parse_file(tmp_path / "data.csv", b"a,b")
    with pytest.raises(InputError, match="no such file"):
        parse_file(tmp_path / "missing.ttl")


def test_named_remote_store_is_a_clear_error():
    with pytest.raises(StoreError):
        Store.from_cli("no-such-store-dir-for-test")


def test_a_path_that_begins_with_a_tilde_is_in_the_home_folder(tmp_path, monkeypatch):
    # a notebook has no shell to expand "~": the store must not land in a folder named "~" under the working one
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.chdir(tmp_path)
    Store.open("~/dkg").close()
    assert (tmp_path / "home" / "dkg" / "main").exists() and not (tmp_path / "~").exists()
    monkeypatch.setenv("DKG_STORE", "~/dkg")  # (quoted in a unit file or a .env, so no shell expanded it either)
    reader = Store.from_cli(None, read_only=True)
    assert reader.location == tmp_path / "home" / "dkg" and not reader.is_bundled
    reader.close()


def test_bundled_store_when_none_exists():
    store = Store.from_cli(None)
    assert store.is_bundled
    assert ASSERTED.value in store.graph_counts()


def test_export_roundtrip(memory_store):
    memory_store.load_files([GOOD])
    import io

    buf = io.BytesIO()
    memory_store.export("ttl", buf)
    assert isomorphic(Graph().parse(data=buf.getvalue().decode(), format="turtle"), Graph().parse(GOOD))


# --- the search index (kg.store.textindex) ----------------------------------------------------------------

def _search(store: Store, words: str) -> set[str]:
    from kg.queries import run

    return {r["key"] for r in run(store, "search", {"q": words}).rows}


def test_loads_keep_the_search_index_up_to_date(disk_store):
    disk_store.load_files([GOOD])
    assert _search(disk_store, "chuong trinh") == {"115-CTr/TU"}
    # a later batch that only adds a subject to a loaded document makes it findable by those words
    extra = ('<https://w3id.org/directive-kg/id/doc/party/tw/nq/46/khoa-xiii> '
             '<https://w3id.org/directive-kg/ontology#subject> "chuyển đổi số"@vi .\n').encode()
    disk_store.load_files(["extra.nt"], data={"extra.nt": extra})
    assert _search(disk_store, "chuyen doi so") == {"46-NQ/TW"}
    assert _search(disk_store, "chuyển đổi") == {"46-NQ/TW"}


def test_replacing_a_source_drops_its_words_from_the_index(memory_store):
    from kg.store import INDEX

    g1 = Graph().parse(data='@prefix dkg: <https://w3id.org/directive-kg/ontology#> .\n'
                            '<https://w3id.org/directive-kg/id/doc/party/tw/nq/46/khoa-xiii> dkg:key "46-NQ/TW" ; '
                            'dkg:subject "phát triển nông thôn"@vi .', format="turtle")
    memory_store.replace_source("s1", g1)
    assert _search(memory_store, "nong thon") == {"46-NQ/TW"}
    g2 = Graph().parse(data='@prefix dkg: <https://w3id.org/directive-kg/ontology#> .\n'
                            '<https://w3id.org/directive-kg/id/doc/party/tw/nq/46/khoa-xiii> dkg:key "46-NQ/TW" ; '
                            'dkg:subject "xây dựng Đảng"@vi .', format="turtle")
    memory_store.replace_source("s1", g2)
    assert _search(memory_store, "nong thon") == set()
    assert _search(memory_store, "xay dung dang") == {"46-NQ/TW"}
    # the words of the one document, in the index graph only
    entries = list(memory_store.main.quads_for_pattern(None, ox.NamedNode(
        "https://w3id.org/directive-kg/ontology#searchWord"), None))
    assert len({q.subject for q in entries}) == 1 and {q.graph_name for q in entries} == {INDEX}
    forms = {q.object.value for e in entries
             for q in memory_store.main.quads_for_pattern(e.object, OX_DKG.wordForm, None, INDEX)}
    assert {"xây", "xay", "dựng", "dung", "đảng", "dang"} <= forms


def test_the_index_is_derived_data_never_exported(memory_store):
    import io

    memory_store.load_files([GOOD])
    out = io.BytesIO()
    memory_store.export("nq", out)
    assert b"searchWord" not in out.getvalue() and b"graph/index" not in out.getvalue()


@pytest.mark.skipif(SERVER_MODE, reason="a folder store only")
def test_reference_quads_are_parsed_once_and_again_when_a_file_changes(tmp_path, monkeypatch):
    from kg import resources
    from kg.store import reference as store_module

    ontology = tmp_path / "ontology" / "tiny.ttl"
    ontology.parent.mkdir()
    ontology.write_text('<urn:test:a> <urn:test:p> "one" .\n', encoding="utf-8")
    monkeypatch.setattr(resources, "ontology_files", lambda: [ontology])
    store_module.reference_quads.cache_clear()
    try:
        first = store_module.reference_version()
        assert store_module.reference_quads(first) is store_module.reference_quads(first)  # parsed once
        made = Store.open(tmp_path / "s")
        assert ("<urn:test:a>", "<urn:test:p>", '"one"', f"<{REFERENCE.value}>") in content(made)
        made.close()

        ontology.write_text('<urn:test:a> <urn:test:p> "two, changed" .\n', encoding="utf-8")
        os.utime(ontology, (ontology.stat().st_atime, ontology.stat().st_mtime + 10))
        second = store_module.reference_version()
        assert second != first
        objects = {str(q.object) for q in store_module.reference_quads(second)}
        assert '"two, changed"' in objects and '"one"' not in objects
        reopened = Store.open(tmp_path / "s")  # the stamp is behind: the reference graph is replaced
        try:
            reference = {c for c in content(reopened) if c[3] == f"<{REFERENCE.value}>"}
            assert ("<urn:test:a>", "<urn:test:p>", '"two, changed"', f"<{REFERENCE.value}>") in reference
            assert not any(c[2] == '"one"' for c in reference)
        finally:
            reopened.close()
    finally:
        store_module.reference_quads.cache_clear()


@pytest.mark.skipif(SERVER_MODE, reason="a folder store only")
@pytest.mark.parametrize(("held_in_a_cycle", "written"), [(False, False), (True, False), (False, True)])
def test_close_releases_the_lock_collecting_only_when_something_else_holds_the_engine(
        new_store_path, monkeypatch, held_in_a_cycle, written):
    import gc

    collections: list[int] = []
    real_collect = gc.collect
    monkeypatch.setattr(gc, "collect", lambda *a: collections.append(1) or real_collect(*a))
    store = Store.open(new_store_path)
    if written:  # (a recorded write opens the history's engine too, which close flushes last)
        store.load_files(["extra.nt"], data={"extra.nt": b'<urn:test:doc> <urn:test:p> "x" .\n'})
        assert store._history is not None
    gc.disable()  # no automatic collection may free the cycle first
    try:
        if held_in_a_cycle:
            cycle: list = [store.main]
            cycle.append(cycle)
            del cycle  # garbage only a collection frees, still holding the engine
        store.close()
    finally:
        gc.enable()
    assert len(collections) == (1 if held_in_a_cycle else 0)
    again = Store.open(new_store_path)  # the lock is free: a second writer may open it
    again.close()


def test_the_bundled_store_is_built_once_and_again_when_a_bundled_file_changes(tmp_path, monkeypatch):
    from kg import resources

    folder = tmp_path / "bundled"
    folder.mkdir()
    data = folder / "tiny.ttl"
    data.write_text('<urn:test:doc> <urn:test:p> "one" .\n', encoding="utf-8")
    monkeypatch.setattr(resources, "package_data", lambda *parts: folder)
    Store.bundled_quads.cache_clear()
    try:
        first, second = Store.bundled(), Store.bundled()
        assert first.main is not second.main  # each caller its own dataset: a write to one stays there
        second.main.add(ox.Quad(ox.NamedNode("urn:test:doc"), ox.NamedNode("urn:test:q"), ox.Literal("x"), ASSERTED))
        assert len(Store.bundled()) == len(first) == len(second) - 1
        assert Store.bundled_quads.cache_info().misses == 1  # parsed and indexed once
        assert ("<urn:test:doc>", "<urn:test:p>", '"one"', f"<{ASSERTED.value}>") in content(first)

        data.write_text('<urn:test:doc> <urn:test:p> "two, changed" .\n', encoding="utf-8")
        os.utime(data, (data.stat().st_atime, data.stat().st_mtime + 10))
        objects = {c[2] for c in content(Store.bundled()) if c[3] == f"<{ASSERTED.value}>"}
        assert '"two, changed"' in objects and '"one"' not in objects
    finally:
        Store.bundled_quads.cache_clear()


def test_a_load_puts_off_full_collections_and_gives_them_back_even_when_refused(tmp_path, monkeypatch):
    """``load_files`` runs under ``kg.store.bulk.few_collections`` (tested in test_store_bulk)."""
    import gc
    from kg.store import bulk, store as store_module

    seen = []
    real = store_module.Store.add_quads

    def spy(self, *args, **kwargs):
        seen.append(gc.get_threshold()[2])
        return real(self, *args, **kwargs)

    monkeypatch.setattr(store_module.Store, "add_quads", spy)
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix dkg: <https://w3id.org/directive-kg/ontology#> .\n"
                   "<https://w3id.org/directive-kg/id/doc/x> a dkg:Directive .\n", encoding="utf-8")
    before = gc.get_threshold()
    with pytest.raises(ValidationFailed):
        Store.open(None).load_files([bad])
    assert seen == [bulk.NO_FULL_COLLECTION] and gc.get_threshold() == before


HOLD = """
import sys, time
from kg.store import Store
store = Store.open(sys.argv[1])
print("holding", flush=True)
time.sleep(120)
"""


def test_a_store_held_by_another_process_raises_store_locked(tmp_path):
    """The lock is told by the error's type (callers catch StoreLocked). (That a reader still opens
    is tests/test_store_readers.py's: opened here at once, the holder's engine may still be
    compacting the files the reader lists.)"""
    location = tmp_path / "store"
    Store.open(location).close()
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(location)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "holding"
        with pytest.raises(StoreLocked) as locked:
            Store.open(location)
        assert isinstance(locked.value, StoreError) and locked.value.code == "store-locked-library"
        # (a notebook's user is told how the library opens it for reading beside that process, in either language)
        assert f'Store.open("{location}", read_only=True)' in locked.value.hint
        assert f'Store.open("{location}", read_only=True)' in locked.value.said("vi")[1]
        with pytest.raises(StoreLocked):
            Store.from_cli(str(location))
        Store.open(location, read_only=True).close()  # (what the hint says opens it)
    finally:
        holder.kill()
        holder.wait()
    Store.open(location).close()  # once it is gone, the store opens for writing


TARGET = """@prefix dkg: <https://w3id.org/directive-kg/ontology#> .
<https://w3id.org/directive-kg/id/target/t1> a dkg:Target ;
    dkg:setBy <https://w3id.org/directive-kg/id/doc/party/tw/nq/46/khoa-xiii> ;
    dkg:text "Kết nạp từ 1.500 hội viên mới trở lên"@vi ; dkg:unit "hội viên" ; dkg:comparator ">=" ;
    dkg:curatedFrom <https://w3id.org/directive-kg/id/source/s1> ; dkg:value {value} .
<https://w3id.org/directive-kg/id/source/s1> a dkg:Source ; dkg:sourceUrl "https://example.org/a" .
"""


def test_a_file_that_spells_a_stored_value_otherwise_is_the_same_value_not_a_second(disk_store, tmp_path):
    # a text's ingest writes 1500; a curated file (rdflib's Turtle) writes 1500.0 for the same target
    first, second = tmp_path / "a.ttl", tmp_path / "b.ttl"
    first.write_text(TARGET.replace("{value}", '"1500"^^<http://www.w3.org/2001/XMLSchema#decimal>'), encoding="utf-8")
    second.write_text(TARGET.replace("{value}", "1500.0"), encoding="utf-8")
    disk_store.load_files([GOOD, first])
    disk_store.load_files([GOOD, second])  # refused before: "exactly one numeric dkg:value"
    _, rows = disk_store.select("SELECT DISTINCT ?v WHERE { <https://w3id.org/directive-kg/id/target/t1> "
                                "<https://w3id.org/directive-kg/ontology#value> ?v }")
    assert [str(r["v"].value) for r in rows] == ["1500"]


@pytest.mark.skipif(SERVER_MODE, reason="a folder store only")
def test_two_installations_of_the_same_ontology_files_have_one_reference_version(tmp_path, monkeypatch):
    """The stamp was made of the files' times: every checkout or install had another, and a store moved
    between them (or a server two of them read) had its reference graph rewritten. A changed file is the
    near miss."""
    from kg import resources
    from kg.store import reference as store_module

    copies = []
    for name in ("a", "b"):
        ontology = tmp_path / name / "tiny.ttl"
        ontology.parent.mkdir()
        ontology.write_text('<urn:test:a> <urn:test:p> "one" .\n', encoding="utf-8")
        copies.append(ontology)
    os.utime(copies[1], (copies[1].stat().st_atime, copies[1].stat().st_mtime + 100))
    versions = []
    for ontology in copies:
        monkeypatch.setattr(resources, "ontology_files", lambda ontology=ontology: [ontology])
        versions.append(store_module.reference_version())
    assert versions[0] == versions[1]
    copies[1].write_text('<urn:test:a> <urn:test:p> "two" .\n', encoding="utf-8")
    assert store_module.reference_version() != versions[0]


class _Noted:
    """An engine that notes the quads each write was given, in order (a write killed half-way is
    then what the calls before it wrote)."""

    def __init__(self, engine: ox.Store) -> None:
        self.engine = engine
        self.writes: list[tuple[str, list[ox.Quad]]] = []

    def extend(self, quads) -> None:
        quads = list(quads)
        self.writes.append(("extend", quads))
        self.engine.extend(quads)

    def bulk_extend(self, quads) -> None:
        quads = list(quads)
        self.writes.append(("bulk_extend", quads))
        self.engine.bulk_extend(quads)

    def __getattr__(self, name: str):
        return getattr(self.engine, name)


def test_a_new_store_s_reference_is_stamped_only_after_all_of_it_is_written():
    """The reference data goes in without a transaction; its stamp, which says it is all there, in a
    write of its own after it: a write killed before the stamp leaves none, and the next open writes it again."""
    engine = _Noted(ox.Store())
    Store(engine).ensure_reference()  # type: ignore[arg-type]
    stamp = OX_DKG.text
    reference = [(how, quads) for how, quads in engine.writes if quads and quads[0].graph_name == REFERENCE]
    assert [how for how, _ in reference] == ["bulk_extend", "extend"]
    assert not any(q.predicate == stamp for q in reference[0][1])
    assert [q.predicate for q in reference[1][1]] == [stamp]


@pytest.mark.skipif(SERVER_MODE, reason="a folder store only")
def test_a_reference_left_without_its_stamp_is_written_again_at_the_next_open(tmp_path):
    made = Store.open(tmp_path / "s")
    stamp = next(iter(made.main.quads_for_pattern(REFERENCE, OX_DKG.text, None, REFERENCE)))
    whole = set(made.main.quads_for_pattern(None, None, None, REFERENCE))
    part = sorted(whole - {stamp}, key=str)[:100]
    for q in [stamp, *part]:  # (a write killed half-way: some of the data and no stamp)
        made.main.remove(q)
    made.close()
    reopened = Store.open(tmp_path / "s")
    try:
        assert set(reopened.main.quads_for_pattern(None, None, None, REFERENCE)) == whole
    finally:
        reopened.close()


@pytest.mark.skipif(SERVER_MODE, reason="a folder store only")
def test_near_miss_a_stamped_reference_is_not_written_again(tmp_path):
    made = Store.open(tmp_path / "s")
    stamp = next(iter(made.main.quads_for_pattern(REFERENCE, OX_DKG.text, None, REFERENCE)))
    gone = next(q for q in made.main.quads_for_pattern(None, None, None, REFERENCE) if q != stamp)
    made.main.remove(gone)
    made.close()
    reopened = Store.open(tmp_path / "s")
    try:
        assert gone not in set(reopened.main.quads_for_pattern(None, None, None, REFERENCE))  # the stamp decides
    finally:
        reopened.close()
