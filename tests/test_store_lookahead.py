"""kg.store.lookahead: a write's lookups made in a thread while its batch is validated, taken only where they hold."""
from __future__ import annotations

import threading
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.ingest import ingest_paths
from kg.rdf.graphs import ASSERTED, INDEX, INFERRED, REFERENCE
from kg.store import CHANGES, Store, lookahead

TEXTS = Path(__file__).resolve().parent / "texts"
DKG = "https://w3id.org/directive-kg/ontology#"
ID = "https://w3id.org/directive-kg/id/"

#: A plan of our own words that names a resolution dated after the plan itself: its link is held back.
LATE_LINK = (
    "Ngày 3/2/2020, Ban Thường vụ Huyện ủy Bắc Sơn ban hành Kế hoạch số 17-KH/HU thực hiện Nghị quyết "
    "số 46-NQ/TW ngày 20/12/2023 của Bộ Chính trị về công tác Hội Nông dân.\n")


def data(store: Store) -> set[ox.Quad]:
    """Everything but the change log (its times differ from run to run)."""
    return {q for q in store.main if q.graph_name != CHANGES}


@pytest.fixture
def spied(monkeypatch):
    """Where each lookup ran (the thread's name) and what each write's ``fitting`` gave."""
    seen: dict[str, list] = {"look": [], "fitting": []}
    look, fitting = lookahead.look, lookahead.Ahead.fitting

    def spied_look(*args, **kwargs):
        seen["look"].append(threading.current_thread().name)
        return look(*args, **kwargs)

    def spied_fitting(self, quads, indexed):
        got = fitting(self, quads, indexed)
        seen["fitting"].append(got is not None)
        return got
    monkeypatch.setattr(lookahead, "look", spied_look)
    monkeypatch.setattr(lookahead.Ahead, "fitting", spied_fitting)
    return seen


def ingested(paths: list[str], *, ahead: bool, monkeypatch) -> Store:
    """A new store with ``paths`` ingested, the lookups made ahead taken or (``ahead`` False) never taken."""
    with monkeypatch.context() as m:
        if not ahead:  # (still waited for: the thread reads the store)
            real = lookahead.Ahead.fitting
            m.setattr(lookahead.Ahead, "fitting", lambda self, quads, indexed: (real(self, quads, indexed), None)[1])
        store = Store.open(None)
        summary = ingest_paths(store, paths)
    assert summary.ok
    return store


def test_an_ingest_s_lookups_are_made_beside_its_validation_and_write_the_same_store(spied, monkeypatch):
    """A batch of new texts has its write's lookups made in their own thread and taken by the write, which then
    looks up nothing itself; the store (data, index entries, task counts) is the one the write makes alone."""
    paths = [str(TEXTS / "ninh-thuan-plan.txt"), str(TEXTS / "ninh-thuan-review.txt")]
    store = ingested(paths, ahead=True, monkeypatch=monkeypatch)
    assert spied["look"] == ["write-lookups"] and spied["fitting"] == [True]
    alone = ingested(paths, ahead=False, monkeypatch=monkeypatch)
    assert spied["look"][1:] == ["write-lookups", "MainThread"]
    assert data(store) == data(alone)
    upkept = data(store)
    store.rebuild_index()
    assert data(store) == upkept


def test_a_batch_that_holds_back_a_link_is_looked_up_again_by_its_write(spied, monkeypatch, tmp_path):
    """Near miss: a text partly held back is written from quads made again, which the lookups made ahead were
    not made from: the write looks up itself, and the store is the same as without them."""
    (tmp_path / "late.txt").write_text(LATE_LINK, encoding="utf-8")
    (tmp_path / "plan.txt").write_text((TEXTS / "ninh-thuan-plan.txt").read_text(encoding="utf-8"), encoding="utf-8")
    store = ingested([str(tmp_path)], ahead=True, monkeypatch=monkeypatch)
    assert list(store.quarantine_store.quads_for_pattern(None, ox.NamedNode(DKG + "implements"), None, None))
    assert spied["fitting"] == [False] and spied["look"] == ["write-lookups", "MainThread"]
    assert data(store) == data(ingested([str(tmp_path)], ahead=False, monkeypatch=monkeypatch))


def batch(n: int) -> list[ox.Quad]:
    """``n`` documents, each with its key (a quad the index reads), in graphs of their own."""
    return [ox.Quad(ox.NamedNode(f"{ID}doc/x{i}"), ox.NamedNode(DKG + "key"), ox.Literal(f"{i}-KH/UBND"),
                    ox.NamedNode(f"{ID}graph/{i}")) for i in range(n)]


def test_the_lookups_hold_only_for_the_quads_they_were_made_from_then_a_rest_the_index_does_not_read():
    """What a write may take: the same quad objects first, in order, with the same ``indexed``, and after them only
    quads the index does not read. Near misses: equal quads that are other objects, another order, fewer quads,
    another ``indexed``, a rest with a quad the index reads."""
    store = Store.open(None)
    quads = batch(3)

    def indexed(node) -> bool:
        return True
    note = ox.Quad(ox.NamedNode(f"{ID}review/a"), ox.NamedNode(DKG + "note"), ox.Literal("x"), ox.NamedNode(f"{ID}r"))
    with lookahead.Ahead(store.main, quads, indexed) as ahead:
        assert ahead.fitting([*quads, note], indexed) is not None
        assert ahead.fitting(quads, indexed).nodes  # (the three documents' entries)
        assert ahead.fitting(batch(3), indexed) is None
        assert ahead.fitting(quads[::-1], indexed) is None
        assert ahead.fitting(quads[:2], indexed) is None
        assert ahead.fitting(quads, lambda node: True) is None
        assert ahead.fitting([*quads, *batch(4)[3:]], indexed) is None


def test_a_lookup_that_fails_in_the_thread_is_left_to_the_write(monkeypatch):
    """Near miss of the first: where the thread's lookups fail (the engine said no), none is taken and the write
    looks up itself (and says what goes wrong there)."""
    def failing(*args, **kwargs):
        raise OSError("the engine said no")
    monkeypatch.setattr(lookahead.textindex, "added_affected", failing)
    store = Store.open(None)
    quads = batch(2)
    with lookahead.Ahead(store.main, quads, None) as ahead:
        assert ahead.fitting(quads, None) is None


def test_a_dataset_other_than_the_embedded_engine_is_asked_nothing_ahead(monkeypatch):
    """Near miss of the first: a dataset that is not the embedded engine (a server's, a mirror) gets no thread and
    no lookup ahead: its write looks up what it does for such a dataset, as before."""
    asked = []
    monkeypatch.setattr(lookahead, "look", lambda *args, **kwargs: asked.append(args))

    class Elsewhere:  # (any dataset but a pyoxigraph.Store)
        pass
    with lookahead.Ahead(Elsewhere(), batch(2), None) as ahead:
        assert ahead.fitting(ahead.quads, None) is None
    assert asked == []


@pytest.fixture
def entries_written(monkeypatch):
    """For each ``bulk.write``: the index entries it was given beside its data (``derived``) and among its quads."""
    from kg.store import bulk

    seen: list[tuple[set, set]] = []
    real = bulk.write
    entry = ox.NamedNode(DKG + "searchEntryFor")

    def spied(dataset, added, **kw):
        seen.append(({q.subject for q in kw.get("derived", ()) if q.predicate == entry},
                     {q.subject for q in added if q.predicate == entry}))
        return real(dataset, added, **kw)
    monkeypatch.setattr(bulk, "write", spied)
    return seen


def test_an_ingest_of_new_texts_writes_the_entries_made_ahead_with_its_data(entries_written):
    """The entries of the nodes new to the store, made beside the validation, go with the batch's data (one write, as
    a large load's do), and the refresh after it writes none of them again: the index is the one a rebuild writes."""
    paths = [str(TEXTS / "ninh-thuan-plan.txt"), str(TEXTS / "ninh-thuan-review.txt")]
    store = Store.open(None)
    assert ingest_paths(store, paths).ok
    (beside, _), *after = entries_written
    assert beside and not any(beside & again for _, again in after)
    upkept = data(store)
    store.rebuild_index()
    assert data(store) == upkept


def test_near_miss_an_ingest_that_replaces_its_texts_graphs_writes_no_entries_beside_its_data(entries_written,
                                                                                            tmp_path):
    """A text ingested again (its graph in the store already) is no plain addition: nothing is made ahead, the refresh
    writes its entries, and the index is still a rebuild's."""
    text = tmp_path / "plan.txt"
    text.write_text((TEXTS / "ninh-thuan-plan.txt").read_text(encoding="utf-8"), encoding="utf-8")
    store = Store.open(None)
    assert ingest_paths(store, [str(text)]).ok
    text.write_text(text.read_text(encoding="utf-8") + "\nỦy ban nhân dân tỉnh tổ chức sơ kết vào quý IV.\n",
                    encoding="utf-8")
    del entries_written[:]
    assert ingest_paths(store, [str(text)]).ok
    assert entries_written and not any(beside for beside, _ in entries_written)
    upkept = data(store)
    store.rebuild_index()
    assert data(store) == upkept


def test_an_ingest_whose_disk_fills_takes_back_the_entries_written_with_its_data(disk_full_at):
    """A write of new texts that fails after its data (a full disk) is taken back with the entries written beside the
    data, and the words only they named: the store is the one before it."""
    from kg.errors import StoreError

    store = Store.open(None)
    before = data(store)
    disk_full_at("data-written")
    with pytest.raises(StoreError):
        ingest_paths(store, [str(TEXTS / "ninh-thuan-plan.txt"), str(TEXTS / "ninh-thuan-review.txt")])
    assert data(store) == before


def test_a_batch_names_a_derived_graph_where_one_quad_goes_to_the_inferences_or_the_index():
    """``names_derived``: one quad in graph/inferred or graph/index among plain ones is enough, wherever it stands.
    Near misses: the reference graph (derived too, but not drawn from the data a write adds) and the asserted one."""
    doc = ox.NamedNode(f"{ID}vb/a")

    def quad(graph: ox.NamedNode) -> ox.Quad:
        return ox.Quad(doc, ox.NamedNode(DKG + "title"), ox.Literal("a"), graph)
    plain = [quad(ASSERTED)] * 3
    assert not lookahead.names_derived(plain)
    assert not lookahead.names_derived([*plain, quad(REFERENCE)])
    assert lookahead.names_derived([*plain, quad(INFERRED)])
    assert lookahead.names_derived([quad(INDEX), *plain])
    assert not lookahead.names_derived([])
