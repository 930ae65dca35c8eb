"""The texts of an ingest's batch as they are built, validated and written (kg.ingest runs the batch): one text's
triples, indexed by subject, with the IRIs the store is asked about and what a violation holds back (``BatchText``); the
context a round of the batch's validation reads, from the store and the batch's other texts (``BatchContext``); the
triples as quads, each text in its own graph (``to_quads``); and which nodes an index entry may rest on (``indexed``)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg.rdf.build import Built, SourceInfo
from kg.rdf.held import held_parts, split_off, split_off_links
from kg.rdf.graphs import source_graph
from kg.rdf.vocab import ID
from kg.review import Intake
from kg.store import Store
from kg.validate.batch import Exclude


#: Nodes minted from one source's id (its evidence and their selectors, the source itself): they
#: live only in that source's own graph, which a batch replaces, so the store is not asked about them.
_OWN_PREFIXES = (str(ID["evidence/"]), str(ID["source/"]))
#: Nodes no index entry rests on: those above and the review queue's records and items.
_UNINDEXED = (*_OWN_PREFIXES, str(ID["review/"]))


def indexed(node) -> bool:
    return not node.value.startswith(_UNINDEXED)


@dataclass(eq=False)
class BatchText:
    """One text of a batch: its name, source, build, triples to write (Oxigraph terms) and what is held back."""

    name: str
    info: SourceInfo
    built: Built  # as built, before anything was held back
    held: set[tuple] = field(default_factory=set)
    held_nodes: set[str] = field(default_factory=set)
    held_links: set[tuple] = field(default_factory=set)  # links between documents held back alone
    whole: bool = False  # all of it held back
    splits: int = 0  # how many times violating nodes were held back
    violations: list = field(default_factory=list)  # kg.validate.Violation: why
    quads: list | None = None  # the triples as Oxigraph quads in the text's graph, once converted
    intake: Intake | None = None  # the review queue of the text, recorded once the batch is judged
    triples: set[tuple] = field(default_factory=set)  # what is to be written
    #: ``triples`` by subject, and the IRIs of those the store is asked about (see :meth:`_index`): made as the text
    #: is built, while a worker extracts the next texts, instead of by each round of the batch's validation
    by_subject: dict = field(default_factory=dict)
    mentioned: set = field(default_factory=set)
    _nodes: set | None = None  # (see nodes)

    def __post_init__(self) -> None:
        # ``triples`` and the build's are one set until something is held back (see hold_back):
        # copying every text's triples up front cost as much as hashing them all again
        if not self.triples:
            self.triples = self.built.triples
        self._index()

    def _index(self) -> None:
        """Index ``triples``: by subject, the nodes they name, and the IRIs (subjects, predicates,
        objects) of the triples about nodes other than the text's own (``_OWN_PREFIXES``), which are
        what the store's context of the text is looked up for (``Store.context_about``)."""
        by_subject: dict = {}
        for tr in self.triples:
            about = by_subject.get(tr[0])
            if about is None:
                by_subject[tr[0]] = [tr]
            else:
                about.append(tr)
        mentioned: set = set()
        for s, about in by_subject.items():
            if not s.value.startswith(_OWN_PREFIXES):
                if isinstance(s, ox.NamedNode):
                    mentioned.add(s)
                for _, p, o in about:  # (a predicate is an IRI)
                    mentioned.add(p)
                    if isinstance(o, ox.NamedNode):
                        mentioned.add(o)
        self.by_subject, self.mentioned = by_subject, mentioned
        self._nodes = None

    @property
    def nodes(self) -> set:
        """The nodes ``triples`` name (subjects, objects): asked only once something is held back, so made then."""
        if self._nodes is None:
            self._nodes = {o for _, _, o in self.triples if not isinstance(o, ox.Literal)}
            self._nodes.update(self.by_subject)
        return self._nodes

    def hold_back(self, violations: list) -> set:
        """Take out of ``triples`` what ``violations`` (kg.validate.Violation, about this text's
        nodes) are about: a link between documents alone, any other node whole with the evidence
        about it (``kg.rdf.held.held_parts``); note what was held and return its triples."""
        if self.triples is self.built.triples:
            self.triples = set(self.built.triples)
        nodes, links = held_parts(self.triples, [(v.focus, v.path_iri, v.value_iri) for v in violations])
        self.held_nodes |= nodes
        self.held_links |= links
        held = split_off(self.triples, nodes) | split_off_links(self.triples, links, self.built.statements)
        self._index()
        return held

    @property
    def held_count(self) -> int:
        """How many facts are held back: nodes and links."""
        return len(self.held_nodes) + len(self.held_links)


class BatchContext:
    """The context of a batch's texts as :func:`kg.validate.validate_batch` asks for it, for the quads of
    ``check`` (the texts validated in this round): what the store says about the IRIs they mention, but
    for the texts' own nodes (``_OWN_PREFIXES``: only in their own graphs), then what the ``rest`` of the
    batch says about them. The IRIs were gathered as each text was built (``BatchText.mentioned``): the
    quads handed to :meth:`context_quads` are those of ``check`` and are not read again."""

    def __init__(self, store: Store, check: list[BatchText], rest: list[BatchText]) -> None:
        self.store = store
        self.check = check
        self.rest = rest

    def context_quads(self, batch: Iterable, *, exclude: Exclude = None) -> list[ox.Quad]:
        iris: set[ox.NamedNode] = set().union(*(t.mentioned for t in self.check))
        context = self.store.context_about(iris, exclude=exclude)
        if self.rest:
            context += [ox.Quad(s, p, o, ox.DefaultGraph()) for s, p, o in _neighbourhood(iris, self.rest)]
        return context


def _neighbourhood(iris: set[ox.NamedNode], texts: list[BatchText]) -> list[tuple]:
    """What ``texts`` say about ``iris``, and the facets the shapes read (Store.CONTEXT_FACETS) of
    what that points to: the same reach as :meth:`Store.context_about`, over texts of the batch
    instead of the store."""
    first = [tr for t in texts for i in t.by_subject.keys() & iris for tr in t.by_subject[i]]
    pointed = {o for _, _, o in first if isinstance(o, ox.NamedNode)} - iris
    facets = {ox.NamedNode(p) for p in Store.CONTEXT_FACETS}
    return first + [tr for t in texts for i in t.by_subject.keys() & pointed for tr in t.by_subject[i]
                    if tr[1] in facets]


def to_quads(texts: list[BatchText]) -> list[ox.Quad]:
    """The texts' triples as quads, each text in its own graph (made once per text, again only
    after something of it was held back)."""
    out = []
    for t in texts:
        if t.quads is None:
            g = source_graph(t.info.id)
            t.quads = [ox.Quad(s, p, o, g) for s, p, o in t.triples]
        out.extend(t.quads)
    return out
