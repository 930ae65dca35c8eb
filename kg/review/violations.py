"""What each reviewed fact of a text became in the graph, and what kept it out (kg.review.workflow builds the graph):
the nodes a fact became (``nodes_of``; ``named_anew``: the documents a correction named that no text describes), the
review marks its item carries into the graph (``marks_of``), and the shape violations marked on the items they hold
back (``mark_violations``), said in the reader's language (``held_reasons``, ``violation_said``)."""

from __future__ import annotations

from collections.abc import Sequence

import pyoxigraph as ox

from kg.i18n import REVIEW
from kg.facts import Assignment, DocumentRef, Event, Facts, Link, Outcome, Target
from kg.rdf.build import LINK_PROPERTY, Built, SourceInfo, build
from kg.rdf.held import held_link
from kg.rdf.terms import OX_DKG, OxTriple
from kg.review import ledger
from kg.review.model import KEY_FIELDS, LIST_OF, Item

#: A ``kg.facts`` item, what a review item stands for.
Fact = DocumentRef | Link | Assignment | Target | Outcome | Event


# --- which graph nodes each fact became ------------------------------------------------------
def _fact_facts(base: Facts, kind: str, obj) -> Facts:
    one = Facts(source=base.source, place=base.place, text=base.text, date=base.date)
    getattr(one, LIST_OF[kind]).append(obj)
    return one


def nodes_of(item: Item, obj: Fact, base: Facts, info: SourceInfo, built: Built) -> set[str]:
    """The nodes that ``item`` (as the ``kg.facts`` object ``obj``) became in ``built`` (the build
    of ``base``): a document's node, a link's ``rdf:Statement``, or the task, target, outcome or
    event read on its evidence span (built alone when several facts share the span)."""
    current = obj.to_dict()  # as corrected, where it was
    if item.kind == "document":
        return built.with_key(current.get("key"))
    if item.kind == "link":
        prop = LINK_PROPERTY.get(current.get("type") or "")
        a, b = built.with_key(current.get("from")), built.with_key(current.get("to"))
        return {st.value for (s, p, o), st in built.statements.items()
                if p.value == str(prop) and s.value in a and o.value in b} if prop else set()
    return _span_nodes(item, obj, base, info, built)


def _span_nodes(item: Item, obj: Fact, base: Facts, info: SourceInfo, built: Built) -> set[str]:
    nodes = built.spans.get((item.start, item.end), set())
    if len(nodes) != 1 and item.kind != "document":  # no evidence, or several facts on one span:
        mini = build(_fact_facts(base, item.kind, obj), info)  # build this one alone
        nodes = {s.value for s, p, _ in mini.triples if p == OX_DKG.extractedFrom} - \
            {d.value for d in mini.documents.values()}
    return nodes


def mark_violations(pairs: list[tuple[Item, Fact]], base: Facts, info: SourceInfo, built: Built,
                    report) -> tuple[set[str], set[OxTriple]]:
    """Set each item's violation from ``report`` (on ``built``, the build of ``pairs``: items and the
    ``kg.facts`` objects they became); return what the violations hold back (``held_parts``): the
    nodes, and the links between documents held back alone."""
    bad = [v for v in report.violations if v.severity == "Violation"]
    by_focus: dict[str, list] = {}  # the results that hold a node back
    by_link: dict[OxTriple, list] = {}  # those that hold one link back, the document staying
    for v in bad:
        link = held_link(built.triples, v.focus, v.path_iri, v.value_iri)
        if link is not None:
            by_link.setdefault(link, []).append(v)
        else:
            by_focus.setdefault(v.focus, []).append(v)
    link_iris = {str(p) for p in LINK_PROPERTY.values()}
    for item, obj in pairs:
        item.violation_en = item.violation_vi = None
        if not bad:
            continue
        nodes = _span_nodes(item, obj, base, info, built)
        hits = [v for n in nodes for v in by_focus.get(n, [])]
        current = obj.to_dict()  # as corrected, where it was
        if item.kind == "link":
            hits += [v for link in _links_of(current, built) for v in by_link.get(link, [])]
        for d in built.with_key(current.get("key") if item.kind == "document" else current.get("from")):
            for v in by_focus.get(d, []):
                # a document that violates leaves the graph whole; a link, for what is said of it
                if item.kind == "document" or v.path_iri in link_iris:
                    hits.append(v)
        if hits:
            dates = _link_dates(item, current, hits, built)
            item.violation_en = "; ".join(dict.fromkeys(violation_said(v, "en", by_focus, built) for v in hits)) + dates
            item.violation_vi = "; ".join(dict.fromkeys(violation_said(v, "vi", by_focus, built) for v in hits)) + dates
    return set(by_focus), set(by_link)


def held_reasons(violations: Sequence, lang: str, built: Built) -> list[str]:
    """The lines of ``dkg ingest``'s note on a text's held-back facts, one per distinct reason among its
    ``violations`` (on ``built``): :meth:`Violation.reason <kg.validate.validation.Violation.reason>`, its message
    said as the review queue says it (:func:`violation_said`). The violations are grouped once, not once a line."""
    by_focus: dict[str, list] = {}
    for w in violations:  # (as mark_violations groups them: a link held back alone holds no node back)
        if held_link(built.triples, w.focus, w.path_iri, w.value_iri) is None:
            by_focus.setdefault(w.focus, []).append(w)
    lines = set()
    for v in violations:
        said = violation_said(v, lang, by_focus, built)
        lines.add(v.reason(lang) if said == (v.message_en if lang == "en" else v.message_vi)
                  else f"{v.focus_label}: {said}")
    return sorted(lines)


def violation_said(v, lang: str, by_focus: dict[str, list], built: Built) -> str:
    """A violation as a reviewer reads it: one whose value is a node held back itself (a task or a target under a
    document held back) names that document and its own reason ("held back with its document 14-KH/ĐU: ..."),
    where the shape's words ("the task's document must be a dkg:Document") sent the reviewer to the task instead."""
    message = v.message_en if lang == "en" else v.message_vi
    if v.value_iri is None or v.value_iri == v.focus or v.value_iri not in by_focus:
        return message
    node = ox.NamedNode(v.value_iri)
    key = next((o.value for s, p, o in built.triples if s == node and p == OX_DKG.key), None)
    if key is None:
        return message
    reasons = dict.fromkeys(w.message_en if lang == "en" else w.message_vi for w in by_focus[v.value_iri])
    return REVIEW[lang]["held_with"].format(key=key, reason="; ".join(reasons))


def _link_dates(item: Item, link: dict, hits: list, built: Built) -> str:
    """The issue dates of a held link's two documents where this text gives them (" (25-KH/TU: 2016-11-30,
    111-KL/TU: 2017-08-14)"): the reason a plan cannot implement what it predates named no date, and the reviewer
    had to find both in the text to tell a wrong date from a wrong link. Empty for any other fact."""
    if item.kind != "link" or not any(v.path_iri in {str(p) for p in LINK_PROPERTY.values()} for v in hits):
        return ""
    days = []
    for key in (link.get("from"), link.get("to")):
        nodes = {ox.NamedNode(n) for n in built.with_key(key)}
        day = next((o.value for s, p, o in built.triples if s in nodes and p == OX_DKG.dateIssued), None)
        if day is None:
            return ""
        days.append(f"{key}: {day}")
    return " (" + ", ".join(days) + ")"


def _links_of(link: dict, built: Built) -> set[OxTriple]:
    """The triples that a link fact (its contract dict) became in ``built``."""
    prop = LINK_PROPERTY.get(link.get("type") or "")
    if prop is None:
        return set()
    return {(a, p, b) for (a, p, b) in built.statements if p.value == str(prop)
            and a.value in built.with_key(link.get("from")) and b.value in built.with_key(link.get("to"))}


def marks_of(pairs: list[tuple[Item, Fact]], states: dict[str, str], base: Facts, info: SourceInfo,
             built: Built) -> dict[str, ledger.Mark]:
    """What the graph holds of each item that entered it (not rejected, not violating): its state
    and the nodes it became, for the read models (cards, cascade) to mark reviewed facts."""
    out: dict[str, ledger.Mark] = {}
    for item, obj in pairs:
        if item.violation_en or states.get(item.id, "pending") == "rejected":
            continue
        nodes = nodes_of(item, obj, base, info, built)
        if states.get(item.id) == "corrected":
            nodes |= named_anew(item, obj, base, built)
        out[item.id] = ledger.Mark(states.get(item.id, "pending"), tuple(sorted(nodes)))
    return out


def named_anew(item: Item, obj: Fact, base: Facts, built: Built) -> set[str]:
    """The nodes of the documents a reviewer's correction of ``item`` named that the text describes nowhere (no
    document fact of ``base`` has the key, the extracted fact did not name it): the correction made them, so they are
    among the nodes it became (``dkg:factNode``), and the card of such a document says who added it and when; undoing
    the correction takes them back with it."""
    described = {d.key for d in base.documents}
    return {n for key in _keys(obj.to_dict()) - _keys(item.fact) - described for n in built.with_key(key)}


def _keys(fact: dict) -> set[str]:
    """The document keys a fact (its contract dict) names."""
    out: set[str] = set()
    for name in KEY_FIELDS:
        value = fact.get(name)
        out |= set(value) if isinstance(value, list) else {value} if isinstance(value, str) and value else set()
    return out
