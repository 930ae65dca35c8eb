"""The read model of what changed (kg.changes reads it from the change sets): the kinds of item and their records
(``Item``, ``DecisionView``, ``ChangeSetView``, ``Changes``), the fields a node keeps (``FIELDS``), and the filters
(``Filters``: a province, a level, a document, a limit) with their one rule (``Filters.keeps``), which ``dkg export
--province`` (``kg.exporting``) uses too."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal, NotRequired, TypedDict


from kg import queries
from kg.changes_decided import DecidedFact
from kg.changes_facts import Held
from kg.errors import UsageError
from kg.rdf.terms import OX_DKG
from kg.rdf.vocab import DKG
from kg.review.model import LEVELS


#: The kinds of item, in the order a reader is shown them.
KINDS = ("document", "issued", "link", "target", "outcome", "tie", "untie", "event", "assignment")
MAX_LIMIT = 1000

Kind = Literal["document", "issued", "link", "target", "outcome", "tie", "untie", "event", "assignment"]
#: The kinds whose own words (the node's label) a line shows after its document.
LABELLED = ("target", "outcome", "tie", "untie", "event", "assignment")
Action = Literal["added", "removed", "changed"]
#: What a reviewer's correction may change of a node without making another node (a document's issuer, subject,
#: issuer code, type, number, level and place where its address stays; an outcome's unit; an event's organiser),
#: by the node's kind: property -> the field's name, as the review form (``kg.review.model.CORRECTABLE``) calls it.
FIELDS = {
    "document": {OX_DKG.issuer: "issuer", OX_DKG.subject: "subject", OX_DKG.issuerCode: "issuer_code",
                 OX_DKG.typeCode: "type", OX_DKG.documentNumber: "number", OX_DKG.level: "level",
                 OX_DKG.jurisdiction: "place"},
    "outcome": {OX_DKG.unit: "unit"},
    "event": {OX_DKG.organiser: "organizer"},
}


class Item(TypedDict):
    """One thing a change set added or removed, with the document whose card it belongs to."""

    kind: Kind
    #: ``changed``: what a correction changed, said once with what it was before (``was``: :mod:`kg.changes_pairs`)
    action: Action
    document: str | None
    node_label: str | None
    key: str | None
    href: str | None
    label: str | None
    level: str | None
    date: str | None
    node: str | None
    target: str | None
    target_key: str | None
    target_href: str | None
    #: a target's or an outcome's figure (several outcomes read in one sentence share its words as their label)
    value: float | None
    denominator: float | None
    unit: str | None
    comparator: str | None
    #: where a document applies, as its card says it ("Phường Tam Thanh, Lạng Sơn")
    place: str | None
    #: a ``changed`` item's fields (of :data:`MOVED_FIELDS` and :data:`FIELDS`) before and after, where they differ
    was: dict[str, str | None] | None
    now: dict[str, str | None] | None
    #: an assignment's body (its name) and role (``lead``, ``coordinate``, ...); its task is ``node_label``
    body: str | None
    role: str | None
    #: a removed item held back, not deleted (:class:`Held`): only on those (the others' answers stay as they were)
    held: NotRequired[Held]
    fact: NotRequired[str]  # the id of the fact of a text an item added is (its page: /fact/{id}), where it is one
    #: a document's place a reviewer corrected that the graph does not take: the place it keeps (:func:`_places_kept`)
    kept: NotRequired[str | None]


class SourceText(TypedDict):
    """A text (or other source) a change set came from: ``id`` and ``href`` of its review page for an ingested text,
    else None; ``file``: the file the change set read it from, where it kept it."""

    id: str | None
    title: str
    href: str | None
    file: str | None


class DecisionView(TypedDict):
    """Reviewers' decisions a change set recorded (``kg.review.ledger``), those alike said once: what they were
    about (``fact`` a fact of a text, ``tie`` an outcome and a target, ``assessment`` a target's assessment),
    the word given (``accepted``, ``corrected``, ``rejected``; an assessment's status), who gave it and why (the
    reviewer's own words: untrusted text, escaped wherever it is shown), and how many it was."""

    kind: Literal["fact", "tie", "assessment"]
    state: str
    reviewer: str | None
    reason: str | None
    count: int
    #: another reviewer's decision in force that it undid (``dkg:overrides``): who and their word, else None
    replaced_reviewer: str | None
    replaced_state: str | None
    #: the facts of texts it was about, each with its kind, document, sentence and page (the first
    #: :data:`kg.changes_decided.NAMED`; ``count`` says how many in all); none for a tie or an assessment
    facts: list[DecidedFact]


class ChangeSetView(TypedDict):
    """A change set as :meth:`kg.store.history.ChangeSet.to_json` gives it, with what it changed."""

    id: int
    iri: str
    time: str
    command: str
    sources: list[str]
    added: int
    removed: int
    graphs: list[str]
    undoes: list[int]
    derived_only: bool
    by: str | None  # the analyst who sent it to a server, named by their own token (kg.web.auth)
    source_texts: list[SourceText]
    items: list[Item]
    #: the reviewers' decisions it recorded, with who and why (none for a change set of no reviewer)
    decisions: list[DecisionView]
    #: the undo in force that took it back (``id``, ``by``, ``time``: :func:`kg.store.undo.undone`), else None
    undone_by: dict | None


class Changes(TypedDict):
    filters: dict[str, str]
    change_sets: list[ChangeSetView]
    #: the page after this one starts below this change set (``before``, ``?before=``), None where none is older
    older: int | None


def check_level(level: str | None) -> str | None:
    """``level`` if it is one of :data:`LEVELS` (cấp: central, province, district, commune), None if blank, else a
    usage error that lists them."""
    level = (level or "").strip() or None
    if level is not None and level not in LEVELS:
        raise UsageError(code="changes-level", details={"level": repr(level), "levels": ", ".join(LEVELS)})
    return level


def check_before(before: str | int | None) -> int | None:
    """The change set a page of the history starts below (``before``, the ``older`` of the page before it), None if
    blank, else a usage error that says what it takes."""
    if before in (None, ""):
        return None
    try:
        number = int(before)
    except ValueError:
        number = 0
    if number < 1:
        raise UsageError(code="changes-before", details={"before": repr(before)})
    return number


@dataclass(frozen=True)
class Filters:
    """What :func:`changes` keeps; :meth:`of` checks values given by a user."""

    province: str | None = None
    level: str | None = None
    doc: str | None = None
    limit: int = 50

    @classmethod
    def of(cls, province: str | None = None, level: str | None = None, doc: str | None = None,
           limit: str | int | None = None) -> "Filters":
        """The filters from a user's values (blank ones are no filter), or a usage error saying which value is wrong
        and what is accepted."""
        level = check_level(level)
        try:
            count = int(limit) if limit not in (None, "") else 50
        except ValueError:
            raise UsageError(code="changes-limit-word", details={"limit": repr(limit)}) from None
        if not 1 <= count <= MAX_LIMIT:
            raise UsageError(code="changes-limit-range", details={"most": MAX_LIMIT})
        return cls((province or "").strip() or None, level, (doc or "").strip() or None, count)

    def params(self) -> dict[str, str]:
        """The filters set, by name (``limit`` aside)."""
        return {k: v for k, v in (("province", self.province), ("level", self.level), ("doc", self.doc)) if v}

    def in_province(self, store) -> set[str] | None:
        """The documents (IRIs) within the province filter (:func:`province_documents`), None without one."""
        return province_documents(store, self.province) if self.province else None

    def keeps(self, document: str | None, level: str | None, keys: Iterable[str | None],
              in_province: set[str] | None) -> bool:
        """The one rule of the filters, for ``dkg changes`` and ``dkg export``: a ``document`` of ``level`` (its
        last segment: ``province``) kept by ``level``, by the province (``in_province``: :meth:`in_province`)
        and by ``doc``, which any of ``keys`` may name (the document's own key, or the key of a document it
        links to: the links to ``doc`` are kept)."""
        if self.level and level != self.level:
            return False
        if in_province is not None and document not in in_province:
            return False
        return not self.doc or self.doc in keys


def subclasses(store, cls: str) -> set:
    """``cls`` and its subclasses (as Oxigraph terms)."""
    _, rows = store.select(f"SELECT ?c WHERE {{ ?c <http://www.w3.org/2000/01/rdf-schema#subClassOf>* <{cls}> }}")
    return {r["c"] for r in rows}


def province_documents(store, name: str) -> set[str]:
    """The documents whose jurisdiction lies within the place ``name`` names, resolved as the named queries' ``place``
    parameter is (``kg.queries.resolve_place``: a name with or without diacritics, a GSO code or an IRI; the units
    under it and the legacy ones merged into it)."""
    units = queries.units_within(store, queries.resolve_place(store, name))
    values = " ".join(str(u) for u in units)
    _, rows = store.select(f"""SELECT DISTINCT ?d WHERE {{ VALUES ?j {{ {values} }} ?d <{DKG.jurisdiction}> ?j }}""")
    return {r["d"].value for r in rows}
