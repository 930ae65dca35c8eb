"""Text in, graph out: ``dkg ingest`` (``dkg extract``, the facts alone, is ``kg.extracting``,
which shares one text's extraction with this module and imports neither the store nor the validator).

Inputs are read by :mod:`kg.sources` (UTF-8 text, saved news pages, PDFs with text, Word files):
the page's own date and its publisher's province become the extractor's ``date`` and ``place``
unless ``--date`` or ``--place`` say otherwise. A file that cannot be read is refused with a
message that names it and says what to do (exit 2); the others proceed.

``ingest_paths`` extracts the facts of each text, builds their RDF with provenance, and handles
the texts in batches (``batch_size``, default :data:`BATCH_SIZE`): a batch is validated at once
against the store's context with the fast validator and written in one transaction, each text
into its own named graph. Facts that violate a shape are not dropped: the violating nodes (with
the evidence about them) go to the review quarantine, one entry per text with that text's part of
the report, and the rest of that text is loaded; a violation in one text never keeps the other
texts out. Where a node that several texts describe violates a shape, its description is held
back from each of them. Re-ingesting an unchanged text replaces its graph with the same triples
(idempotent); a second text that mentions the same document adds to the same node, within a
batch too. Files of one article (the same words however spaced, or with lines of their own around them: a saved
page and the Word file made of it, the PDF printed of it: ``kg.ingest_twins``) are one text, kept from the file that says more of it (its page's address, publisher, day), within a batch, across
batches and across ingests. From :data:`POOL_MIN` texts on, a worker process reads and extracts the texts while this
one builds, validates and writes (:class:`Extractor`); the results are taken in input order, so the
store and the report are those of an ingest in one process.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import itertools
import multiprocessing
import os
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import ProcessPoolExecutor, wait

import pyoxigraph as ox
from kg.asof import parse_day
from kg.errors import InputError
from kg.extracting import check_place, extract_one, source_info, unsure_map
from kg.ingest_folder import Inputs, folder_inputs
from kg.ingest_pace import Pace, Sent
from kg.ingest_report import IngestSummary
from kg.ingest_twins import Twins, another_site, carried, says, site_said
from kg.ingest_texts import BatchContext, BatchText, indexed, to_quads
from kg.facts import Facts
from kg.rdf.build import SourceInfo, build
from kg.rdf.graphs import source_graph
from kg.rdf.resolve import DocumentResolver
from kg.review import Intake, rebuild
from kg.review.ties import carry as carry_ties
from kg.review.ledger import earlier_versions, has_decisions, read_decisions, read_record, record_graph
from kg.review.violations import held_reasons
from kg.store import Store
from kg.store.bulk import few_collections
from kg.store.lookahead import Ahead
from kg.store.quarantine import Held
from kg.sources import Source, parse_source, read_source
from kg.validate import Report, validate_batch


#: Texts validated and written together; each batch is one transaction.
BATCH_SIZE = 1000
def read_text(path: str, *, limit: int | None = None) -> tuple[str, str]:
    """(name, text) of an input file, ``-`` for stdin; a clear error otherwise (see kg.sources)."""
    src = read_source(path, limit=limit)
    return src.name, src.text


def ingest_paths(store: Store, paths: Iterable[str], *, on: str | None = None, place: str | None = None,
                 progress: bool = False, max_chars: int | None = None, batch_size: int = BATCH_SIZE,
                 data: Mapping[str, bytes] | None = None, workers: int | None = None,
                 reading: Reading | None = None) -> IngestSummary:
    """Ingest the files (and folders) ``paths``. With ``data`` (the bytes of each name, as a
    server receives an upload), ``paths`` are only names: nothing is read from the disk.

    ``workers``: processes that read and extract the texts beside this one (default: one where the
    machine has a second core; 0 extracts here); they are used from :data:`POOL_MIN` texts on.
    ``reading``: the same inputs, their extraction started before ``store`` was opened (:class:`Reading`,
    which the ingest closes); the other arguments but ``store``, ``progress`` and ``batch_size`` are then its."""
    reading = reading or Reading(paths, on=on, place=place, max_chars=max_chars, batch_size=batch_size, data=data,
                                 workers=workers)
    try:
        summary = IngestSummary(files=len(reading.files), skipped=list(reading.skipped))
        resolve, twins = DocumentResolver(store), Twins(store)
        bar = _progress_bar(len(reading.files)) if progress else None
        chunks, extractor, ahead = reading.chunks, reading.extractor, reading.ahead
        for i in range(len(chunks)):
            # the next batch is handed to the workers before this one is worked on, so that they
            # extract it while this process validates and writes
            results, ahead = ahead, extractor.submit(chunks[i + 1]) if i + 1 < len(chunks) else iter(())
            with few_collections():
                _ingest_chunk(store, results, reading.day, resolve, bar.update if bar is not None else _no_progress,
                              summary, twins)
    finally:
        reading.close()
    if bar is not None:
        bar.close()
    return summary


class Reading:
    """The inputs of an ingest, their reading and extraction started (with the worker, from :data:`POOL_MIN`
    texts on): made by ``dkg ingest`` before it opens the store, so that the worker extracts while this process
    opens it (a new store's reference data and index: bench/RESULTS.md, section speed32f), or by :func:`ingest_paths`.
    The arguments are :func:`ingest_paths`'s; a bad ``on`` or ``place`` is refused here."""

    def __init__(self, paths: Iterable[str], *, on: str | None = None, place: str | None = None,
                 max_chars: int | None = None, batch_size: int = BATCH_SIZE, data: Mapping[str, bytes] | None = None,
                 workers: int | None = None) -> None:
        self.day = parse_day(on, "--date")
        check_place(place)
        inputs = Inputs(list(paths)) if data is not None else folder_inputs(paths)
        self.files, self.skipped = inputs.files, inputs.skipped
        self.chunks = [[(path, data[path] if data is not None else None, self.day, place, max_chars)
                        for path in self.files[i:i + max(1, batch_size)]] for i in range(0, len(self.files), max(1, batch_size))]
        workers = default_workers() if workers is None else workers
        self.extractor = Extractor(workers if len(self.files) >= POOL_MIN else 0)
        try:
            self.ahead = self.extractor.submit(self.chunks[0]) if self.chunks else iter(())
        except BaseException:
            self.close()
            raise

    def close(self) -> None:
        """Stop the workers (those of an ingest that failed, or that never came to its store)."""
        self.extractor.close()


def _progress_bar(total: int):
    """The bar a terminal shows."""
    from tqdm import tqdm  # noqa: PLC0415 (its import is not paid by an ingest without a bar)

    return tqdm(total=total, desc="ingest", unit="text")


def _no_progress(n: int) -> None:
    """Where no bar is shown."""


#: From this many texts on, an ingest reads and extracts them in other processes (``workers``):
#: below it, starting a worker costs more than it saves (bench/RESULTS.md, section ingest200b).
POOL_MIN = 40
#: Texts sent to a worker at a time: fewer round trips, and still a steady flow back.
TEXTS_PER_TASK = 8

#: One text to read and extract: (name, its bytes where they were sent, not read from the disk;
#: the user's date; the user's place; the text size limit).
Job = tuple[str, bytes | None, dt.date | None, str | None, int | None]
#: One text read and extracted: (name, source, facts, None), or (name, None, None, (message, hint,
#: message in Vietnamese, hint in Vietnamese)) where the input was refused.
Extracted = tuple[str, Source | None, Facts | None, tuple[str, str | None, str, str | None] | None]


def read_and_extract(job: Job) -> Extracted:
    """Read one input and extract its facts: all that a text needs before the store is asked
    anything, so a worker process can do it (it must not touch the store)."""
    name, raw, day, place, max_chars = job
    try:
        src = parse_source(name, raw, limit=max_chars) if raw is not None else read_source(name, limit=max_chars)
    except InputError as exc:
        return name, None, None, (exc.message, exc.hint, *exc.said("vi"))
    return name, src, extract_one(src.name, src.text, on=day, place=place, hints=src), None


def _read_and_extract_all(jobs: list[Job]) -> list[Extracted]:
    return [read_and_extract(job) for job in jobs]


def default_workers() -> int:
    """One extracting process beside this one where this process may run on two cores or more."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return 1 if cores > 1 else 0


class Extractor:
    """Reads and extracts the texts of an ingest, in their order: here, as they are asked for, or
    with ``workers`` other processes, which work ahead while this one builds, validates and writes
    (extraction is pure Python on independent texts; they call the same ``extract``).

    This process extracts the first part of the texts itself before the workers start, so that
    they are forked with the extractor's caches warm, and it extracts a part itself rather than
    wait for it where no worker has taken it yet (a worker slowed by other jobs of the machine), or,
    while the worker still extracts the next part, the last parts of the batch (see ``_in_order``)."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.pool: ProcessPoolExecutor | None = None
        self.pace = Pace()

    def submit(self, jobs: list[Job]) -> Iterator[Extracted]:
        """Start on ``jobs``: their results, in their order, as the iterator is read (an error of a
        worker is raised there, before anything of the batch is written)."""
        if self.workers <= 0:
            return map(read_and_extract, jobs)
        parts = [jobs[i:i + TEXTS_PER_TASK] for i in range(0, len(jobs), TEXTS_PER_TASK)]
        first: list[Extracted] = []
        if self.pool is None:
            first = self.pace.extracted(_read_and_extract_all, parts.pop(0)) if parts else []
            # (gc.freeze: the worker's collections leave alone the objects it inherits, which it
            # never frees, instead of walking, and so copying, the pages of the parent's heap)
            self.pool = ProcessPoolExecutor(self.workers, mp_context=_start_method(), initializer=gc.freeze)
        sent = Sent([self.pool.submit(_read_and_extract_all, part) for part in parts])
        return _in_order(first, parts, sent, self.pace)

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None


def _in_order(first: list[Extracted], parts: list[list[Job]], sent: Sent, pace: Pace) -> Iterator[Extracted]:
    """``first`` (extracted here), then the parts' results in their order. Where the next one is still being
    extracted by a worker, this process extracts the last parts that no worker has taken yet instead of
    waiting, as long as that shortens the batch (:meth:`kg.ingest_pace.Pace.worth_taking`): building a text costs less than
    extracting one, so a process that only waited for the worker would leave its core idle for part of the
    extraction, and one that took parts whenever the next was not back would end the phase building alone
    (the results are the same wherever a part is extracted)."""
    futures = sent.futures
    left = list(itertools.accumulate(len(part) for part in reversed(parts)))[::-1] + [0]  # texts from part i on
    yield from pace.handed(first)
    taken: dict[int, list[Extracted]] = {}  # parts extracted here while waiting, by their index
    last = len(parts)  # the parts from here on are the worker's or were taken here
    for i, (part, future) in enumerate(zip(parts, futures)):
        if i in taken:
            yield from pace.handed(taken.pop(i))
            continue
        # (cancel() succeeds only for a part that no worker has taken yet)
        if future.cancel():
            yield from pace.handed(pace.extracted(_read_and_extract_all, part))
            continue
        while not future.done() and last > i + 1:
            if not pace.worth_taking(sum(not f.done() for f in futures[i:last]), sent.wall(), left[i]):
                wait([future], timeout=pace.part())  # (judged again after a part's time, the worker's pace known better)
                continue
            last -= 1
            if futures[last].cancel():
                taken[last] = pace.extracted(_read_and_extract_all, parts[last])
            else:  # the worker takes the parts in order: it has taken all those before this one too
                last = i + 1
        yield from pace.handed(future.result())


def _start_method() -> multiprocessing.context.BaseContext:
    """Forked workers where the system has fork: they start at once, with the extractor's modules
    already imported (a spawned one takes a fifth of a second to import them, another half second to
    warm its caches); the child only reads files and extracts, never touching the store it inherits."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def _ingest_chunk(store: Store, results: Iterator[Extracted], day: dt.date | None, resolve: DocumentResolver,
                  advance: Callable[[int], object], summary: IngestSummary, twins: Twins) -> None:
    """Build each text of one batch as it comes from the extractor, then validate and write the batch."""
    opening = _history_ahead(store)
    try:
        _build_and_write(store, results, day, resolve, advance, summary, opening, twins)
    finally:
        opening.join()


def _history_ahead(store: Store) -> threading.Thread:
    """The store's history (the change sets' payloads) opened in a thread while the batch is built: a new
    dataset's files wait for the disk, about a tenth of a second on the write's path otherwise (bench/RESULTS.md,
    section speed33i). Nothing reads the history before the batch is written, and the thread is joined first;
    an opening that fails is left to the write, which opens it again and says why."""
    def history() -> None:
        with contextlib.suppress(Exception):
            store.history_store  # noqa: B018 (opened, and kept by the store)
    thread = threading.Thread(target=history, name="history-ahead", daemon=True)
    thread.start()
    return thread


def _build_and_write(store: Store, results: Iterator[Extracted], day: dt.date | None, resolve: DocumentResolver,
                     advance: Callable[[int], object], summary: IngestSummary, opening: threading.Thread,
                     twins: Twins) -> None:
    texts: dict[str, BatchText] = {}
    moved: dict[str, str] = {}  # a text the store holds with its words spaced otherwise, which this one replaces
    read: dict[str, tuple[str, Source, Facts]] = {}  # what each text was built from
    resolve.new_batch()
    decided = has_decisions(store)  # (an ingest writes none of its own, so this holds for the whole batch)
    for path, src, facts, refused in results:
        advance(1)
        if refused is not None:
            message, hint, message_vi, hint_vi = refused
            summary.refused.append((path, message, hint))
            summary.refused_vi[path] = (message_vi, hint_vi)
            continue
        assert src is not None and facts is not None  # (read_and_extract gives both or a refusal)
        info = source_info(src.name, src.text, facts, day, src)
        # (named only where it is placed: a text refused below is on no map, and its refusal says why)
        unsure = unsure_map(facts, info)
        # (its article in another file, met before: its words spaced otherwise, or lines of its own around them)
        respaced = twins.same(info.id, src.text, info.name)
        twin = info.id if info.id in texts else respaced[0] if respaced and respaced[0] in texts else None
        reworded = respaced is not None and not respaced[2]  # (not the very words: kg.text.same_article)
        if twin is not None:  # the same text twice: once is enough, from the file that says more of it
            kept = texts[twin]
            if says(info) <= says(kept.info):
                summary.gave_way(path, kept.name, reworded=reworded)
                # (another site's copy: kept beside the text's own, its facts not read twice)
                if (more := carried(kept.info, info)) != kept.info:
                    summary.kept_site(path, kept.name, site_said(info), "run")
                    if (again := _built(store, *read[twin], more, resolve, summary, decided=decided, twins=twins)) is not None:
                        texts[twin] = again
                        to_quads([again])
                continue
            if (more := carried(info, kept.info)) != info:  # (the file replaced is another site's: kept beside it)
                summary.kept_site(kept.name, path, site_said(kept.info), "run")
            info = more
            text = _built(store, path, src, facts, info, resolve, summary, decided=decided, twins=twins)
            if text is None:
                continue
            # (the files that gave way to the one now replaced give way to this one)
            summary.same = [(f, path if other == kept.name and not now else other, now) for f, other, now in summary.same]
            summary.carried = [(f, path if other == kept.name else other, site, how)
                               for f, other, site, how in summary.carried]
            summary.gave_way(kept.name, path, reworded=reworded)
            summary.unplaced = [u for u in summary.unplaced if u[0] != read[twin][0]]
            summary.unplaced += [(path, unsure)] if unsure is not None else []
            del texts[twin], read[twin]
            texts[info.id], read[info.id] = text, (path, src, facts)
            twins.add(info.id, info.name, src.text)
            to_quads([text])
            continue
        stored = read_record(store, info.id)
        if stored is None and respaced is not None and (stored := read_record(store, respaced[0])) is not None:
            moved[info.id] = respaced[0]
        if stored is not None and stored[0].name != info.name:  # the same words, ingested before from another file
            # whose file said more of them: left as they are; said as much, by an earlier batch of this ingest or as
            # another site carries it: kept
            this_run = moved.get(info.id, info.id) in summary.written
            first = this_run or another_site(info, stored[0])
            if says(stored[0]) > says(info) or (first and says(stored[0]) == says(info)):  # (the first read)
                summary.gave_way(path, stored[0].name, reworded=reworded)
                moved.pop(info.id, None)
                if (more := carried(stored[0], info)) != stored[0]:  # (another site's copy, kept beside the text)
                    summary.kept_site(path, stored[0].name, site_said(info), "run" if this_run else "store")
                    opening.join()  # (the change log opened first, as for the batch's write)
                    rebuild(store, more.id, info=more)
                elif another_site(info, stored[0]):  # (its site kept beside the text already: by an earlier ingest)
                    summary.kept_site(path, stored[0].name, site_said(info), "kept")
                continue
            summary.gave_way(*((stored[0].name, path) if this_run else (path, stored[0].name)), reworded=reworded,
                             now=not this_run)  # (a file of this run gives way to this one, as in one batch)
        elif (close := twins.near(info.name, src.text)) is not None:
            summary.near.append((path, *close))
        if stored is not None:  # (the sites that carry its article, the one it replaces too, stay with it)
            info = carried(info, stored[0])
        text = _built(store, path, src, facts, info, resolve, summary, decided=decided, twins=twins)
        if text is not None:
            twins.add(info.id, info.name, src.text)
            summary.unplaced += [(path, unsure)] if unsure is not None else []
            texts[info.id] = text
            read[info.id] = (path, src, facts)
            # converted now: with a worker extracting, this process would otherwise wait for it here
            to_quads([text])
    if not texts:
        return
    for sid in [sid for sid, t in texts.items() if resolve.outdated(t.built.documents)]:
        path, src, facts = read[sid]
        again = _built(store, path, src, facts, texts[sid].info, resolve, summary, decided=decided, twins=twins)
        if again is not None:
            texts[sid] = again
    # a text that is a new version of one in the store replaces it; the reviewers' decisions about
    # the old version's facts hold for the same facts of the new one, so such a text is built again
    # with them (only where there are any: the batch's other texts are built once)
    earlier = {new: [old for old in olds if old not in texts]
               for new, olds in earlier_versions(store, [t.info for t in texts.values()],
                                                 {sid: r[1].text for sid, r in read.items()}, summary.written).items()}
    for sid, old in moved.items():
        if sid in texts and old not in texts:
            earlier[sid] = list(dict.fromkeys([*earlier.get(sid, []), old]))
    for sid, olds in earlier.items():
        if decided and any(read_decisions(store, source=old) for old in olds):
            path, src, facts = read[sid]
            again = _built(store, path, src, facts, texts[sid].info, resolve, summary, decided=True, earlier=olds, twins=twins)
            if again is None:
                del texts[sid]
            else:
                texts[sid] = again
    if texts:
        opening.join()
        with Ahead(store.main, to_quads(list(texts.values())), indexed) as ahead:  # (its write's lookups, made now)
            _ingest_batch(store, list(texts.values()), summary, earlier, ahead)


def _built(store: Store, path: str, src: Source, facts: Facts, info: SourceInfo, resolve: DocumentResolver,
           summary: IngestSummary, *, decided: bool, twins: Twins, earlier: list[str] | None = None) -> BatchText | None:
    """One text built with the reviewers' decisions applied (and those about the ``earlier``
    versions it replaces), or None where its queue is refused (noted in ``summary``). Its record's keys are those
    ``twins`` drew to look it up (not drawn again when the batch is written)."""
    try:
        intake = Intake(store, info, src.text, facts, decided=decided, earlier=earlier or (), keys=twins.keys(src.text))
    except InputError as exc:  # (its queue would hold a literal longer than a load of the export takes)
        summary.refuse(path, exc)
        return None
    built = build(intake.facts, info, resolve=resolve)
    resolve.note(built.documents)
    return BatchText(src.name, info, built, intake=intake)


#: How many times a text's violating nodes are held back before the whole text is: the nodes
#: themselves, what rests on them (a task under a held document), what rests on that.
_MAX_SPLITS = 3


def _ingest_batch(store: Store, texts: list[BatchText], summary: IngestSummary, earlier: dict[str, list[str]],
                  ahead: Ahead | None = None) -> None:
    """Validate a batch at once, hold back what violates (per text), write the rest in one go. A text
    that is a new version of one in the store (``earlier``: the ids of the sources each replaces, from
    ``earlier_versions``) replaces it: the old version's graph is no context for the new one, and is
    dropped in the same write."""
    graphs = [source_graph(t.info.id) for t in texts] + [source_graph(old) for olds in earlier.values() for old in olds]
    check = texts  # the texts validated in this round: all, then those that what was held back may affect
    for _ in range((_MAX_SPLITS + 1) * len(texts) + 1):  # each round holds back more of some text, so this ends
        check = [t for t in check if not t.whole]
        if not check:
            break
        data = to_quads(check)
        # the rest of the batch (once part of it is checked again) is context too, as if already stored
        checked = set(check)
        rest = BatchContext(store, check, [t for t in texts if not t.whole and t not in checked])
        report = validate_batch(data, store=rest, exclude=graphs).report
        bad = {v.focus for v in report.violations if v.severity == "Violation"}
        if not bad:
            break
        removed: set = set()
        changed = []
        for t in check:
            mine = bad.intersection(s.value for s in t.by_subject)
            if not mine:
                continue
            if t.splits >= _MAX_SPLITS or mine <= t.held_nodes:  # holding back more no longer helps
                t.whole = True
                removed.update(t.by_subject)
            else:  # (a task under a document held back violates in the next round: held back too)
                t.held |= t.hold_back([v for v in report.violations if v.severity == "Violation" and v.focus in mine])
                t.splits += 1
                t.quads = None
                removed |= {s for s, _, _ in t.held}
            t.violations.extend(v for v in report.violations if v.focus in mine)
            changed.append(t)
        check = [t for t in texts if not t.whole and (t in changed or not t.nodes.isdisjoint(removed))]
    queues: list[ox.Quad] = []  # the review queue of each text, written with the source graphs
    # what the batch does to the quarantine, written by the batch's write after its data (kg.store.quarantine)
    quarantined = Held()
    for t in texts:
        if t.intake is not None:  # each fact with the violation that holds it back
            queues += t.intake.queue(t.built, Report(conforms=not t.violations, violations=t.violations))
        if t.held or t.whole:
            held = t.triples | t.held if t.whole else t.held
            quarantined.hold([ox.Quad(s, p, o, ox.DefaultGraph()) for s, p, o in held],
                             Report(conforms=False, violations=t.violations), [t.name], t.info.id)
            broken = [v for v in t.violations if v.severity == "Violation"]
            summary.quarantined.append((t.name, t.held_count, held_reasons(broken, "en", t.built)))
            summary.reasons_vi[t.name] = held_reasons(broken, "vi", t.built)
            if t.whole:
                summary.failed.append((t.name, "its facts do not conform; all kept in quarantine"))
        else:
            quarantined.clear(t.info.id)  # an earlier ingest of the text may have left one
    written = [t for t in texts if not t.whole]
    quads = to_quads(written)
    graphs = [source_graph(t.info.id) for t in written] + [t.intake.graph() for t in texts if t.intake is not None]
    files = {t.info.id: t.info.name for t in written}  # (the file each text of the change set was read from)
    for t in written:  # (a new version wholly held back leaves the old one in place)
        olds = earlier.get(t.info.id, [])
        for old in olds:
            graphs += [source_graph(old), record_graph(old)]
            quarantined.clear(old)
            files[old] = (read_record(store, old) or (t.info,))[0].name
        if olds:
            summary.replaced.append((t.name, len(olds)))
    if not graphs:
        store.apply_quarantine(quarantined)
        return
    # a reviewer's word on a pair holds for an outcome or a target a corrected text changed (kg.review.ties):
    # carried in the batch's write, so that no kill leaves it behind
    carried, untied = carry_ties(store, [*quads, *queues], graphs)
    # one write and one change set for the batch: the source graphs, the review queues, the carried ties and the record
    touched = store.write_quads([*quads, *queues, *carried], graphs, indexed=indexed, taken=untied, files=files,
                                ahead=ahead, held_back=quarantined)
    same = [t for t in written if touched is not None and not earlier.get(t.info.id)
            and touched.isdisjoint((source_graph(t.info.id), record_graph(t.info.id)))]
    summary.already([t.name for t in same])
    summary.loaded += sum(t not in same and summary.written.isdisjoint([t.info.id, *earlier.get(t.info.id, ())])
                          for t in written)  # (a text an earlier batch of this ingest wrote is not counted twice)
    summary.written.update(t.info.id for t in written)
    summary.triples += len(quads) - sum(len(t.quads or ()) for t in same)
