"""What changed, before -> after (trước -> sau): the one rule by which :mod:`kg.changes` says a thing a change set
changed as one item ``changed``, not one line removed and one added (a reviewer's "sửa").

A change set is read as *versions*: one side of a thing, as the change set removed it or added it, with what makes
two versions one thing (:attr:`Version.same`) and the fields a reader is told (:attr:`Version.fields`). Where a change
set removed exactly one version of a thing and added exactly one, the two are one item ``changed``, with the fields
that differ before (``was``) and after (``now``); where none differ they are one thing said twice, left out (a
document moved to another node is kept: its node changed). Two added for one removed, or one added with none removed
(a new link), stay as they are: which replaced which is not known.

The things, tried in this order (a version one of them paired is no version of the next):

- a document's issue date, by its document (``issued``: ``date``);
- a link between two documents, by the two (its type, ``type``: read by :mod:`kg.changes` from the change set's quads,
  a link of another type than ``implements`` being no item of its own);
- a document, by its key (one a correction moved to another node, whose IRI holds its place: ``place``, ``date``,
  ``level``, ``label`` and the fields of ``kg.changes_model.FIELDS``); then its links, by the keys of their two documents
  (the same link, left out);
- a link, by its document (its linked document, ``to``);
- an assignment, by its task (``body``, ``role``); then, left unpaired, by its task and role (``body``);
- a node that stays (a document's issuer, an outcome's unit, an event's organiser: ``kg.changes_model.FIELDS``), read by
  :mod:`kg.changes` from the change set's quads;
- a node a correction made anew (a target's or an outcome's value, words, unit or document, an event's type, date or
  documents reviewed, a task's document or words), by the reviewed fact whose node it was and is (:func:`by_fact`:
  the change set took the fact's old node out of its text's review queue and put the new one in, ``dkg:factNode``).

The items are :mod:`kg.changes`' ``Item`` dicts (plain dicts here, which keeps the import one way).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

CHANGED = "changed"
#: What a document that a change set moved (removed under one node, added under another with its key) may
#: have changed, in the order a reader is told it: where it applies, its issue date, level and title.
MOVED_FIELDS = ("place", "date", "level", "label")


@dataclass(frozen=True)
class Version:
    """One side of a thing a change set changed: ``action`` ``added`` or ``removed``; ``same`` what makes two
    versions one thing (its first member names the thing); ``fields`` what a reader is told of it; ``item`` the
    change set's item it is (said as it is where it pairs with none; None for one read from quads, said only where
    it pairs); ``shown`` the item the change is said as, where not the added version's item (or what makes it,
    called only where the version pairs: a change set of thousands of links describes none it does not say);
    ``keep`` a pair whose fields are all the same is still said (a document moved: its node changed)."""

    action: str
    same: tuple
    fields: dict[str, Any]
    item: Any = None
    shown: Any = None
    keep: bool = False


#: A way to read a change set's items as versions of one kind of thing: the items not paired yet -> versions.
Route = Callable[[list[Any]], Iterable[Version]]


def by(kind: str, same: Callable[[Any], Any], fields: Callable[[Any], dict[str, Any]], *,
       shown: Callable[[Any], Any] | None = None, keep: bool = False) -> Route:
    """The route of the items of ``kind`` added or removed, as versions: ``same`` (None: the item is no version),
    ``fields``, and ``shown`` (the added item as the change is said, where not itself)."""
    def route(items: list[Any]) -> Iterable[Version]:
        for i in items:
            if i["kind"] == kind and i["action"] in ("added", "removed") and (key := same(i)) is not None:
                yield Version(i["action"], (kind, key), fields(i), i, shown(i) if shown else None, keep)
    return route


def _moved_links(items: list[Any]) -> Iterable[Version]:
    """The links of a document said moved (paired by its key), by the keys of their two documents: the same link."""
    moved = {i["key"] for i in items if i["kind"] == "document" and i["action"] == CHANGED and i["key"]}
    if not moved:
        return ()
    return by("link", lambda i: (i["key"], i["target_key"]) if moved & {i["key"], i["target_key"]} and i["key"]
              and i["target_key"] else None, lambda i: {})(items)


def document_fields(item: Any) -> dict[str, Any]:
    """A document item's fields a correction may change: those of :data:`MOVED_FIELDS` and its ``now`` (the other
    fields of ``kg.changes_model.FIELDS``, read to compare a moved document's before and after)."""
    return {**{f: item[f] for f in MOVED_FIELDS}, **(item["now"] or {})}


#: The things read from the items alone, in their order (see the module's docstring); :mod:`kg.changes` puts the
#: link's type before them and the nodes that stay after them.
DATES: Route = by("issued", lambda i: i["document"], lambda i: {"date": i["date"]}, shown=lambda i: {**i, "date": None})
ITEM_ROUTES: tuple[Route, ...] = (
    by("document", lambda i: i["key"], document_fields, keep=True),
    _moved_links,
    by("link", lambda i: i["document"], lambda i: {"to": i["target_key"] or i["target"]}),
    by("assignment", lambda i: i["node"], lambda i: {"body": i["body"], "role": i["role"]}),
    # a task that lost two bodies and gained two (a document moved to a commune renames its "UBND xã" and "MTTQ xã"):
    # paired role by role where each role has one
    by("assignment", lambda i: (i["node"], i["role"]), lambda i: {"body": i["body"]}),
)


#: The kinds of item whose node is one fact of a text (its review item), which a correction may make anew.
FACT_KINDS = ("target", "outcome", "event", "assignment")


def by_fact(facts: Mapping[tuple[str, str], str], fields: Callable[[Any], dict[str, Any]]) -> Route:
    """The route of the items of :data:`FACT_KINDS` whose node a change set took out of (``removed``) or put into
    (``added``) a reviewed fact, by that fact: ``facts`` (action, node) -> the fact; ``fields`` what a reader is told of
    the item (all compared: a node made anew with the same fields, as under a document another correction moved, is
    the same thing said twice). A field ``fields`` leaves out of the removed item (not known of it any more) is
    compared on neither side, and the pair is said even where nothing known differs."""
    def route(items: list[Any]) -> Iterable[Version]:
        versions = [Version(i["action"], ("fact", fact), fields(i), i) for i in items
                    if i["kind"] in FACT_KINDS and (fact := facts.get((i["action"], i["node"]))) is not None]
        known = {v.same: set(v.fields) for v in versions if v.action == "removed"}
        for v in versions:
            if v.action == "added" and v.same in known and not known[v.same] >= set(v.fields):
                v = replace(v, fields={f: x for f, x in v.fields.items() if f in known[v.same]}, keep=True)
            yield v
    return route


def changed(items: list[Any], routes: Sequence[Route | Iterable[Version]]) -> list[Any]:
    """``items`` with each thing a change set changed said once (the rule of the module's docstring): each of
    ``routes`` in turn (a route over the items not paired yet, or versions read already) pairs its versions; a pair
    is said where its added item was, or after the items where it has none."""
    out = list(items)
    for route in routes:
        versions = list(route(out) if callable(route) else route)
        sides: dict[tuple, dict[str, list[Version]]] = {}
        for v in versions:
            sides.setdefault(v.same, {"added": [], "removed": []})[v.action].append(v)
        said: dict[int, Any] = {}  # an item of ``out`` (by its id) -> what it is said as now (None: left out)
        after: list[Any] = []
        for side in sides.values():
            if len(side["added"]) != 1 or len(side["removed"]) != 1:
                continue
            (before,), (now,) = side["removed"], side["added"]
            differ = [f for f in now.fields if before.fields.get(f) != now.fields[f]]
            shown = None
            if differ or now.keep:
                base = now.item if now.shown is None else now.shown() if callable(now.shown) else now.shown
                shown = {**base, "action": CHANGED, "was": {f: before.fields.get(f) for f in differ},
                         "now": {f: now.fields[f] for f in differ}}
            for v in (before, now):
                if v.item is not None:
                    said[id(v.item)] = shown if v is now else None
            if now.item is None and shown is not None:
                after.append(shown)
        out = [said[id(i)] if id(i) in said else i for i in out if id(i) not in said or said[id(i)] is not None]
        out += after
    return out


#: What a reader is shown of a target, outcome, event or task (:mod:`kg.changes_text`): an item removed and one
#: added that agree on all of these read the same, whatever their nodes' addresses.
_SHOWN = ("kind", "key", "node_label", "label", "level", "date", "target_key", "value", "denominator", "unit",
          "comparator", "place", "body", "role")
#: The kinds a document carries (its own items, documents, dates and links, are said by kg.changes itself). Not a
#: reviewer's tie of an outcome to a target: one carried to a corrected target's new node is said removed and added,
#: the reviewer's word shown to follow the correction (kg.review.ties.carry).
_CARRIED = ("target", "outcome", "event", "assignment")


def unchanged_left_out(items: list[Any]) -> list[Any]:
    """Without the pairs of one item removed and one added that a reader cannot tell apart: a document a correction
    gave a new node (moved to another commune, given its date: both are in its address) takes its targets, outcomes,
    events and tasks to new nodes, and /changes listed each twice, "- Kết quả: 14-KH/ĐU · 38 %" and "+ Kết quả:
    14-KH/ĐU · 38 %", about nothing that changed. Items whose shown fields differ (a task's body the commune's name
    now completes) stay, as do items added or removed with no twin."""
    def shown(item: Any) -> tuple:
        return tuple(item.get(f) for f in _SHOWN)

    removed = Counter(shown(i) for i in items if i["kind"] in _CARRIED and i["action"] == "removed")
    added = Counter(shown(i) for i in items if i["kind"] in _CARRIED and i["action"] == "added")
    twins = removed & added
    if not twins:
        return items
    left = {"added": Counter(twins), "removed": Counter(twins)}
    out: list[Any] = []
    for i in items:
        if i["kind"] in _CARRIED and i["action"] in left and left[i["action"]][shown(i)] > 0:
            left[i["action"]][shown(i)] -= 1
            continue
        out.append(i)
    return out
