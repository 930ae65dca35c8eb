"""The store: an embedded Oxigraph dataset on disk (or a SPARQL server), with named graphs kept
apart, atomic loads, the quarantine beside it and the derived search index.

Owns ``store`` (the ``Store`` class: opening, reading, loading; with ``context``: what it says about a batch), ``writes`` (the write of a validated
batch: data, change set, index, counts), ``dataset`` (the backend protocol the next three
implement: a folder is a ``pyoxigraph.Store`` as it is), ``remote`` (a SPARQL 1.1 server as the dataset),
``mirror`` (a folder store answered from a copy in memory), ``textindex`` (graph/index upkeep: the
search words and place keys), ``doctexts`` (the texts a document's index entry is made of: its own and its
issuers' names), ``batchindex`` (what the index reads of the nodes a plain addition
alone describes, taken from its batch), ``logflush`` (the writer's log moved into tables once much went through it), ``lookahead`` (a write's lookups of the store made while its batch is
validated), ``taskcounts`` (its task counts),
``history`` (the change sets: graph/changes), ``docindex`` (the documents each change set may concern, for a
filter by document), ``undo`` (a rollback of change sets, and finishing one or a write a
killed process left), ``agents`` (a reviewer's description, shared by the change sets that name
them: kept by an undo while one still does), ``canonical`` (a write's quads in the form the
engine keeps them, for its change set), ``update_record`` (what a SPARQL update changed, diffed
around it for its change set), ``payloads`` (the change log's terms and
where a change set's quads are kept), ``guard`` (a SPARQL update from outside
held to the rules of a load), ``updateparse`` (the one parse of an update's text, for ``guard`` and
``history``), ``counts`` (the counts of ``dkg stats``, kept beside a folder store), ``holder`` (who
holds a folder store for writing), ``readonly`` (a folder's dataset opened read-only beside a writer, tried again
while the writer tidies its files), ``bulk`` (the one way a large write is written: one threshold, and
one recovery direction, forward, from the payload and record the history keeps before the data),
``recovery`` (what the first open after a killed write does), ``quarantine`` (the facts the shapes refused, kept
beside the store: what a write does there, kept with its change set and written after its data), ``faults`` (the named phases of a write, where the
crash tests kill, pause or trace it), ``inferred`` (which rules drew graph/inferred, and
drawing it again when they change), ``storeformat`` (the store's format: an older
store brought up to date and said, a newer one never rewritten), ``recordkeys`` (the keys a review record is looked up by,
given at the upgrade to the records an earlier version wrote), ``backup`` (a whole copy made by the holder), ``loading`` (a large ``dkg load`` parsed
before its store opens, its validating child forked with the parsed batch), ``reference`` (the reference graph's
quads and the stamp of the installed files they come from). May import ``kg.rdf``, ``kg.text``,
``kg.validate``, ``kg.resources``, ``kg.errors`` and ``kg.reason`` (to draw the inferences again); never queries,
cards, the CLI or the web.
"""
from kg.rdf.graphs import ASSERTED, CHANGES, DERIVED, INDEX, INFERRED, QUARANTINE, REFERENCE, source_graph
from kg.store.store import Store

__all__ = ["ASSERTED", "CHANGES", "DERIVED", "INDEX", "INFERRED", "QUARANTINE", "REFERENCE", "Store", "source_graph"]
