"""A correction that replaced one edge by another on a node that stays, said once (a reviewer's "sửa"): a document's
link given another target (one link removed, another added from the same document), a task given another body or
role (one assignment removed, another added on the same task). :mod:`kg.changes` reads its items through
:func:`paired`; the items are its ``Item`` dicts (plain dicts here, which keeps the import one way)."""

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
    replaced which is not known."""
    counts = Counter((edge, i["action"]) for i in items if (edge := _edge(i)) is not None)
    pairs = {edge for (edge, action), n in counts.items() if action == "added" and n == 1 and counts[(edge, "removed")] == 1}
    if not pairs:
        return items
    removed = {_edge(i): i for i in items if i["action"] == "removed" and _edge(i) in pairs}
    out: list[Any] = []
    for i in items:
        edge = _edge(i)
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
