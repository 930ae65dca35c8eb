"""A correction that replaced one edge by another on a node that stays, said once (a reviewer's "sửa"): a document's
link given another target (one link removed, another added from the same document), a task given another body or
role (one assignment removed, another added on the same task). And what a correction re-minted without changing
it (a document moved to another commune or dated: its targets, outcomes, events and tasks get new nodes with the
same words), left out. :mod:`kg.changes` reads its items through :func:`paired` and :func:`unchanged_left_out`;
the items are its ``Item`` dicts (plain dicts here, which keeps the import one way)."""

from __future__ import annotations

from collections import Counter
from typing import Any


def _edge(item: Any) -> tuple[str, str | None] | None:
    """The node an item's edge hangs from (a link's document, an assignment's task) and its kind; None for others."""
    if item["kind"] == "link" and item["action"] in ("added", "removed"):
        return "link", item["document"]
    if item["kind"] == "assignment" and item["action"] in ("added", "removed") and item["node"]:
        return "assignment", item["node"]
    return None


def paired(items: list[Any]) -> list[Any]:
    """Where a change set removed exactly one link of a document and added exactly one (a correction of the linked
    document), or removed exactly one body of a task and added one (a correction of its body or its role): one item,
    ``changed``, with the fields that differ before (``was``) and after (``now``): ``to`` (the linked document's
    key), ``body``, ``role``. Two links added, or one added with none removed (a new link), stay as they are: which
    replaced which is not known. A task that lost two bodies and gained two pairs them role by role where each role
    has one (a document moved to another commune: "UBND xã" leading and "MTTQ xã" coordinating, now each with the
    commune's name)."""
    return _paired(_paired(items, _edge), _edge_and_role)


def _edge_and_role(item: Any) -> tuple | None:
    """A task's edge with the role a body has on it (assignments only)."""
    edge = _edge(item)
    return (edge, item["role"]) if edge is not None and edge[0] == "assignment" else None


def _paired(items: list[Any], edge_of) -> list[Any]:
    """The pairs of :func:`paired` whose edges ``edge_of`` tells."""
    counts = Counter((edge, i["action"]) for i in items if (edge := edge_of(i)) is not None)
    pairs = {edge for (edge, action), n in counts.items() if action == "added" and n == 1 and counts[(edge, "removed")] == 1}
    if not pairs:
        return items
    removed = {edge_of(i): i for i in items if i["action"] == "removed" and edge_of(i) in pairs}
    out: list[Any] = []
    for i in items:
        edge = edge_of(i)
        if edge not in pairs:
            out.append(i)
        elif i["action"] == "added":
            before = removed[edge]
            fields = {"to": lambda j: j["target_key"] or j["target"]} if edge[0] == "link" else {
                "body": lambda j: j["body"], "role": lambda j: j["role"]}
            was = {f: get(before) for f, get in fields.items() if get(before) != get(i)}
            if was:
                out.append({**i, "action": "changed", "was": was, "now": {f: get(i) for f, get in fields.items() if f in was}})
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
