"""Text in, graph out: ``dkg extract`` and ``dkg ingest``.

``ingest_paths`` reads text files (or folders of ``*.txt``), extracts their facts, builds
RDF with provenance, validates it against the store's context and loads it into the
source's own named graph. Facts that violate a shape are not dropped: they go to the review
quarantine with the report. Re-ingesting an unchanged text replaces its graph with the same
triples (idempotent); a second text that mentions the same document adds to the same node.
One unreadable file is reported by name and the rest proceed.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import Graph, URIRef

from kg.rdf import identity
from kg.errors import InputError, UsageError
from kg.facts import Facts
from kg.rdf.build import SourceInfo, build_graph
from kg.rdf.vocab import DKG, OA

if TYPE_CHECKING:  # the store (pyoxigraph) is only needed to ingest, not to extract
    from kg.store import Store


def parse_date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"--date {value!r} is not an ISO date", hint="use YYYY-MM-DD, e.g. 2024-04-15") from None


def read_text(path: str) -> tuple[str, str]:
    """(name, text) of a UTF-8 text file, ``-`` for stdin; a clear error otherwise."""
    if path == "-":
        data, name = sys.stdin.buffer.read(), "<stdin>"
    else:
        name = path
        try:
            data = Path(path).read_bytes()
        except FileNotFoundError:
            raise InputError("no such file", file=path) from None
        except IsADirectoryError:
            raise InputError("is a folder (dkg ingest reads folders; dkg extract reads files)", file=path) from None
        except OSError as exc:
            raise InputError(f"cannot read: {exc.strerror}", file=path) from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(f"not UTF-8 text (byte {exc.start})", file=name, line=line,
                         hint="convert the file to UTF-8") from None
    return name, text


_SKIP_LINE = re.compile(r"^(skip to|truy cập|trang thông tin|ủy ban nhân dân|uỷ ban nhân dân)", re.IGNORECASE)


def guess_title(text: str) -> str | None:
    """The article's headline: the first of its opening lines that reads like a sentence."""
    for line in [ln.strip() for ln in text.splitlines() if ln.strip()][:12]:
        if len(line.split()) >= 6 and not _SKIP_LINE.match(line) and len(line) <= 400:
            return line
    return None


def source_info(name: str, text: str, facts: Facts, on: dt.date | None) -> SourceInfo:
    return SourceInfo(id=identity.source_id(text), name=Path(name).name, title=guess_title(text),
                      published=on or facts.date)


def extract_one(name: str, text: str, *, on: dt.date | None, place: str | None) -> Facts:
    from kg.extract import extract

    return extract(text, source=Path(name).name, date=on, place=place)


def extract_files(files: Iterable[str], *, fmt: str = "json", on: str | None = None,
                  place: str | None = None) -> str:
    """What ``dkg extract`` prints: the facts of each file (JSON) or their RDF (Turtle)."""
    day = parse_date(on)
    results = []
    for path in files:
        name, text = read_text(path)
        facts = extract_one(name, text, on=day, place=place)
        results.append((name, text, facts))
    if fmt == "json":
        objs = [f.to_dict() for _, _, f in results]
        return json.dumps(objs[0] if len(objs) == 1 else objs, ensure_ascii=False, indent=2) + "\n"
    if fmt == "ttl":
        g = Graph()
        for name, text, facts in results:
            g += build_graph(facts, source_info(name, text, facts, day))
        g.bind("dkg", str(DKG))
        g.bind("oa", str(OA))
        return g.serialize(format="turtle")
    raise UsageError(f"unknown format {fmt!r}", hint="json or ttl")


def store_resolver(store: "Store"):
    """Map an undated document identity to the one node with that key already in the store."""

    import pyoxigraph as ox

    def resolve(ident: identity.DocumentIdentity) -> URIRef | None:
        _, rows = store.select(
            "SELECT DISTINCT ?d ?k WHERE { ?d <%s> ?k } LIMIT 2" % DKG.key, {"k": ox.Literal(ident.key)})
        if len(rows) != 1:
            return None
        iri = rows[0]["d"].value
        prefix = str(ident.iri())
        return URIRef(iri) if iri.startswith(prefix) else None

    return resolve


@dataclass
class IngestSummary:
    files: int = 0
    loaded: int = 0
    triples: int = 0
    quarantined: list[tuple[str, int, list[str]]] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed

    def to_text(self) -> str:
        lines = [f"ingested {self.loaded} of {self.files} text(s): {self.triples} triples"]
        for name, n, reasons in self.quarantined:
            lines.append(f"quarantined {n} fact node(s) from {name} for review:")
            lines.extend(f"  - {r}" for r in reasons)
        for name, why in self.failed:
            lines.append(f"failed: {name}: {why}")
        return "\n".join(lines)


def _text_files(paths: Iterable[str]) -> list[str]:
    out = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            out.extend(str(x) for x in sorted(path.rglob("*.txt")))
        else:
            out.append(p)
    return out


def ingest_paths(store: "Store", paths: Iterable[str], *, on: str | None = None, place: str | None = None,
                 progress: bool = False) -> IngestSummary:
    import pyoxigraph as ox
    from tqdm import tqdm

    from kg.rdf.terms import graph_to_quads
    from kg.review import Intake
    from kg.store import source_graph
    from kg.validate import validate

    day = parse_date(on)
    files = _text_files(paths)
    summary = IngestSummary(files=len(files))
    resolve = store_resolver(store)
    for path in tqdm(files, desc="ingest", unit="text", disable=not progress):
        try:
            name, text = read_text(path)
        except InputError as exc:
            summary.failed.append((path, exc.message))
            continue
        facts = extract_one(name, text, on=day, place=place)
        info = source_info(name, text, facts, day)
        intake = Intake(store, info, text, facts)  # the reviewers' decisions applied
        graph = build_graph(intake.facts, info, resolve=resolve)
        own = source_graph(info.id)  # re-ingesting replaces it: not context for itself
        report = validate(graph, context=store.context_for(graph, exclude=own), report_context=False)
        intake.record(graph, report)  # the review queue, with each fact's violation
        if not report.conforms:
            bad = {v.focus for v in report.violations if v.severity == "Violation"}
            held = _split_off(graph, bad)
            store.quarantine(graph_to_quads(held, ox.DefaultGraph()), report, [name])
            reasons = sorted({f"{v.focus_label}: {v.message_en}" for v in report.violations
                              if v.severity == "Violation"})
            summary.quarantined.append((name, len(bad), reasons))
            if not validate(graph, context=store.context_for(graph, exclude=own), report_context=False).conforms:
                # what is left still does not conform: keep the whole text for review
                store.quarantine(graph_to_quads(graph, ox.DefaultGraph()), report, [name])
                summary.failed.append((name, "its facts do not conform; all kept in quarantine"))
                continue
        quads = graph_to_quads(graph, own)
        store.write_quads(quads, own)
        summary.loaded += 1
        summary.triples += len(quads)
    return summary


def _split_off(graph: Graph, focus: set[str]) -> Graph:
    """Remove the violating nodes (and the evidence about them) from ``graph``; return them."""
    held = Graph()
    nodes = {URIRef(f) for f in focus}
    for n in list(nodes):
        for ev in graph.subjects(OA.hasBody, n):
            nodes.add(ev)
    names = {str(n) for n in nodes}
    for s, p, o in list(graph):
        if s in nodes or (isinstance(s, URIRef) and str(s).split("#")[0] in names):
            held.add((s, p, o))
            graph.remove((s, p, o))
    return held
