"""Which rules and ontology drew ``graph/inferred`` (quy tắc và bản thể đã suy ra các suy diễn), and drawing it again
when either changes.

The inferences are a function of the data, of the rules (``kg.reason``) and of the ontology they read
(``graph/reference``). A write of the data drops them (and draws them again, below), so they are never behind the
data; but a newer version of the rules, or of
the ontology, would leave a store with the inferences of the older ones until someone ran ``dkg reason``. So every
write of ``graph/inferred`` keeps a stamp, the digest of the rules that drew it (``kg.reason.rules_version``) and the
version of the ontology the store held then (``kg.store.reference.held_version``), as one quad of ``graph/index``
(``<graph/inferred> dkg:text "drawn by rules ... from ontology ..."``), inserted by the very transaction that ends the
write (the one that removes its mark and records its change set; or, where new inferences are put in place of old
ones, the one that puts them there, :func:`replace`): a process killed before it leaves the mark, never new
inferences under an old stamp.

The inferences are behind (:func:`behind`) where the graph holds any and the stamp names other rules or another
ontology (or none: a store written before the stamp was kept), or where a redraw was begun and not finished. Then the
next open for writing draws them again (:func:`redraw`, from ``kg.store.storeformat.upkeep``, after the reference data
was brought up to the installed files), and a reader answers from what is there with a note. A redraw marks the store
first (:data:`REDRAW`), so that a process killed at any phase of it leaves the redraw owed: the next open drops what it
half wrote (``kg.store.recovery``) and draws them again; one killed after a newer ontology was written and before the
redraw leaves inferences stamped with the older ontology, which the next open for writing draws again the same way. A
store that holds none is given none: nothing is behind, and nothing is drawn that ``dkg reason`` did not ask for; a
write of the data (a load, an ingest, a review decision, an undo, an update) on a store that holds
inferences marks their redraw with its own mark (``kg.store.textindex.owes_redraw``) and draws them over its new data
as its last step, so that a process killed between the data and the redraw leaves it owed to the next open for
writing. A store on a SPARQL server keeps the same stamp in the same graph, and its opens for writing draw the same
way (``kg.store.store.Store.remote``).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable

import pyoxigraph as ox

from kg.errors import Words
from kg.rdf.graphs import INDEX, INFERRED, INFERRED_DRAFT
from kg.rdf.terms import data_update
from kg.rdf.vocab import DKG
from kg.store import history, logflush, reference, taskcounts, textindex, writes

REDRAW = textindex.REDRAW
_TEXT = ox.NamedNode(str(DKG.text))
_HEAD = "drawn by rules "
_FROM = " from ontology "


def stamp(rules: str, ontology: str | None = None) -> ox.Quad:
    """The quad that says ``rules`` (a digest from ``kg.reason.rules_version``) drew the inferences from ``ontology``
    (a ``graph/reference`` version, ``kg.store.reference.held_version``)."""
    return ox.Quad(INFERRED, _TEXT, ox.Literal(_HEAD + rules + (_FROM + ontology if ontology else "")), INDEX)


def stamps(dataset) -> list[ox.Quad]:
    """The stamps the store holds (one, or none)."""
    return [q for q in dataset.quads_for_pattern(INFERRED, _TEXT, None, INDEX) if q.object.value.startswith(_HEAD)]


def drawn_by(dataset) -> str | None:
    """The digest of the rules that drew the store's inferences, where a stamp says it."""
    found = stamps(dataset)
    return found[0].object.value.removeprefix(_HEAD).partition(_FROM)[0] if found else None


def drawn_from(dataset) -> str | None:
    """The version of the ontology the store's inferences were drawn from, where a stamp says it (a stamp written
    before round 40 names the rules alone)."""
    found = stamps(dataset)
    return (found[0].object.value.partition(_FROM)[2] or None) if found else None


def behind(dataset, rules: Callable[[], str]) -> bool:
    """Are the store's inferences other than ``rules()`` (the installed rules' digest, asked for only where
    inferences are there) would draw from the ontology the store holds: a redraw owed, or inferences under another
    stamp or none?"""
    if REDRAW in textindex.write_marks(dataset):
        return True
    if next(iter(dataset.quads_for_pattern(None, None, None, INFERRED)), None) is None:
        return False
    return drawn_by(dataset) != rules() or drawn_from(dataset) != reference.held_version(dataset)


def settled(dataset, mark: str | None) -> str | None:
    """The mark a whole write of the inferences ends: ``mark`` where the caller began one; else a redraw's where one is
    owed (``dkg reason`` on a store whose redraw was cut off, or opened without drawing them: its write is that redraw,
    and one killed leaves it owed still); else None."""
    return mark or (REDRAW if REDRAW in textindex.write_marks(dataset) else None)


def replace(store, quads: Iterable[ox.Quad], rules: str | None, mark: str | None = None) -> int:
    """Replace ``graph/inferred`` with ``quads`` (their graph names are ignored), streamed to the store; the stamp
    of ``rules`` (where given) written with the end of the write's mark (``mark``: :data:`REDRAW` for a redraw,
    else that of :func:`settled`, else ``textindex.INFERENCES``). The number of quads written.

    Where the store holds inferences that ``dkg reason`` changes (another engine's or another process's writes,
    which did not drop them; a store written before round 41's updates dropped them too), the new ones are written beside them (``graph/inferred/draft``) and put in their place by
    one request with the stamp and the record (``MOVE``): a process killed at any moment leaves the old inferences or
    the new ones, never none (the next open drops the draft, ``kg.store.recovery``). Elsewhere there is nothing to
    keep: a store with none, and a redraw, whose old inferences are other rules' and are drawn again if it is cut
    off; the graph is then written in place, and a killed write's half is dropped."""
    mark = settled(store.main, mark)
    beside = mark is None and next(iter(store.main.quads_for_pattern(None, None, None, INFERRED)), None) is not None
    mark = textindex.INFERENCES_BESIDE if beside else mark or textindex.INFERENCES
    into = INFERRED_DRAFT if beside else INFERRED
    count = 0

    def tagged() -> Iterable[ox.Quad]:
        nonlocal count
        for q in quads:
            count += 1
            yield q if q.graph_name == into else ox.Quad(q.subject, q.predicate, q.object, into)

    before = history.count_graph(store, INFERRED)
    textindex.begin_write(store.main, mark)
    writes.fault_point("inferences-marked")
    store.main.remove_graph(into)
    store.main.extend(tagged())
    writes.fault_point("inferences-written")
    new = [stamp(rules, reference.held_version(store.main))] if rules is not None else []
    record = [*history.derived_record(store, INFERRED, count, before), *new]
    if beside:
        store.main.update(data_update(record, stamps(store.main) if new else (),
                                      first=[f"MOVE SILENT GRAPH {INFERRED_DRAFT} TO {INFERRED}"]))
        writes.fault_point("inferences-moved")
        record = []
    taskcounts.recount(store.main)  # inferred assignments (e.g. from inverse properties) count too
    textindex.end_write(store.main, mark, record=record, removed=stamps(store.main) if new and not beside else ())
    # (the old inferences' removal and the new ones went through the log: a redraw on every write of a large store
    # fills it fastest, kg.store.logflush)
    logflush.wrote(store, before + count)
    return count


def confirm(store, rules: str, mark: str | None = None) -> None:
    """The inferences the store holds are those ``rules`` draw from the ontology it holds: stamp them so (and end
    ``mark``, a redraw's)."""
    ontology = reference.held_version(store.main)
    mark = settled(store.main, mark)
    if drawn_by(store.main) == rules and drawn_from(store.main) == ontology and mark is None:
        return
    textindex.end_write(store.main, mark, record=[stamp(rules, ontology)], removed=stamps(store.main))


def redraw(store, announce: Callable[[str], None] | None = None) -> Words | None:
    """Draw the inferences again where they are behind the installed rules (:func:`behind`); says so, else None.
    ``announce`` is given ``note.redrawing`` first (a store of a million triples takes some seconds)."""
    from kg.reason import materialize, rules_version  # noqa: PLC0415  (the reasoner only where a redraw is due)

    if not behind(store.main, rules_version):
        return None
    # owed by a write of the data (its mark, the inferences it dropped drawn by these rules): said as such, not as a
    # change of version
    owed = (REDRAW in textindex.write_marks(store.main) and drawn_by(store.main) == rules_version()
            and drawn_from(store.main) == reference.held_version(store.main))
    if announce is not None:
        announce("note.redrawing-owed" if owed else "note.redrawing")
    textindex.begin_write(store.main, REDRAW)  # (from here a killed process leaves the redraw owed)
    writes.fault_point("redraw-marked")
    result = materialize(store, mark=REDRAW)
    return Words("note.redrawn-owed" if owed else "note.redrawn", {"count": result.inferred})


def reader_note(dataset) -> Words | None:
    """What a reader says where the inferences are behind the installed rules (it draws nothing), else None: where a
    redraw was cut off and its half-drawn inferences are gone (an open dropped them, ``kg.store.recovery``), that the
    answers have none, not that they use them as they are."""
    def rules() -> str:
        from kg.reason import rules_version  # noqa: PLC0415  (the reasoner's modules only where inferences are there)

        return rules_version()

    if not behind(dataset, rules):
        return None
    held = next(iter(dataset.quads_for_pattern(None, None, None, INFERRED)), None) is not None
    return Words("note.inferences-behind" if held or REDRAW not in textindex.write_marks(dataset)
                 else "note.inferences-dropped")


__all__ = ["REDRAW", "behind", "confirm", "drawn_by", "drawn_from", "reader_note", "redraw", "replace", "settled", "stamp",
           "stamps"]
