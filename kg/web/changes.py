"""``/changes``: what is new (có gì mới), by change set, as a page, JSON and an Atom feed.

Each change set of the store (:mod:`kg.store.history`) is read back from its recorded quads and
sorted into what an analyst follows: new (or removed) documents, implementation links
(``dkg:implements``), targets, outcomes and review events, each with the document whose card it
belongs to (targets, outcomes and events a text ties to no document are listed by their own labels).
Derived change sets (reasoning, reindexing) and those that touch none of these are left out.

Filters: ``province`` (a province or district, as the named queries take a place: name with or
without diacritics, GSO code or IRI; the items of
documents whose jurisdiction lies within it), ``level`` (central, province, district, commune) and
``doc`` (a document key: the items of that document, links to it included); ``limit`` change sets,
newest first.

The Atom feed is built with ElementTree, which escapes every text and attribute, so nothing read
from the store becomes markup.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass

import pyoxigraph as ox
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from kg import queries
from kg.errors import UsageError
from kg.rdf.graphs import INDEX, SOURCE_PREFIX
from kg.rdf.terms import OX_DKG, OX_RDF, OX_RDFS
from kg.rdf.vocab import DKG
from kg.review import ledger
from kg.store import history
from kg.paths import doc_path
from kg.web.render import href, json_response, lang_of, page

router = APIRouter()

ATOM = "http://www.w3.org/2005/Atom"
LEVELS = ("central", "province", "district", "commune")
TITLES = {"vi": "Thay đổi mới", "en": "What changed"}
KINDS = {"vi": {"document": "Văn bản", "link": "Liên kết triển khai", "target": "Chỉ tiêu", "outcome": "Kết quả",
                "event": "Sự kiện"},
         "en": {"document": "Document", "link": "Implementation link", "target": "Target", "outcome": "Outcome",
                "event": "Event"}}


@dataclass
class Filters:
    province: str | None = None
    level: str | None = None
    doc: str | None = None
    limit: int = 50

    @classmethod
    def from_request(cls, request: Request) -> "Filters":
        p = request.query_params
        level = (p.get("level") or "").strip() or None
        if level is not None and level not in LEVELS:
            raise UsageError(f"unknown level {level!r}", hint="one of: " + ", ".join(LEVELS))
        try:
            limit = int(p.get("limit") or 50)
        except ValueError:
            raise UsageError(f"limit {p.get('limit')!r} is not a whole number", hint="e.g. limit=20") from None
        if not 1 <= limit <= 1000:
            raise UsageError("limit must lie between 1 and 1000")
        return cls((p.get("province") or "").strip() or None, level, (p.get("doc") or "").strip() or None, limit)

    def params(self) -> dict:
        return {k: v for k, v in (("province", self.province), ("level", self.level), ("doc", self.doc)) if v}


def _document_classes(store) -> set[ox.NamedNode]:
    _, rows = store.select(f"SELECT ?c WHERE {{ ?c <http://www.w3.org/2000/01/rdf-schema#subClassOf>* <{DKG.Document}> }}")
    return {r["c"] for r in rows}


def _event_classes(store) -> set[ox.NamedNode]:
    _, rows = store.select(f"SELECT ?c WHERE {{ ?c <http://www.w3.org/2000/01/rdf-schema#subClassOf>* <{DKG.ReviewEvent}> }}")
    return {r["c"] for r in rows}


class _Lookup:
    """Facts about a resource: from the change set's own quads first (a removed document is no
    longer in the store), else from the store."""

    def __init__(self, store, quads: Iterable[ox.Quad]) -> None:
        self.store = store
        self.local: dict[tuple, list] = {}
        for q in quads:
            self.local.setdefault((q.subject, q.predicate), []).append(q.object)

    def one(self, node, predicate) -> ox.Literal | ox.NamedNode | None:
        found = self.local.get((node, predicate))
        if found:
            return found[0]
        return next((q.object for q in self.store.main.quads_for_pattern(node, predicate, None)
                     if q.graph_name != INDEX), None)


def _items(store, payload: history.Payload, doc_classes, event_classes) -> list[dict]:
    out: list[dict] = []
    look = _Lookup(store, [*payload.added, *payload.removed])
    for action, quads in (("added", payload.added), ("removed", payload.removed)):
        seen: set = set()
        for q in quads:
            s, p, o = q.subject, q.predicate, q.object
            item = None
            if p == OX_RDF.type and o in doc_classes:
                item = {"kind": "document", "doc": s, "date": look.one(s, OX_DKG.dateIssued)}
            elif p == OX_DKG.implements:
                item = {"kind": "link", "doc": s, "target": o}
            elif p == OX_DKG.reportsOn or (p == OX_DKG.reportsTarget and look.one(s, OX_DKG.reportsOn) is None):
                doc = o if p == OX_DKG.reportsOn else look.one(o, OX_DKG.setBy)
                item = {"kind": "outcome", "node": s, "doc": doc, "date": look.one(s, OX_DKG.asOf)}
            elif p == OX_RDF.type and o == OX_DKG.Target:  # a target (chỉ tiêu), of its document if any
                item = {"kind": "target", "node": s, "doc": look.one(s, OX_DKG.setBy), "date": None}
            elif (p == OX_RDF.type and o == OX_DKG.Outcome and look.one(s, OX_DKG.reportsOn) is None
                  and look.one(s, OX_DKG.reportsTarget) is None):
                # a result the text ties to no document still changed the graph: listed without a card
                item = {"kind": "outcome", "node": s, "doc": None, "date": look.one(s, OX_DKG.asOf)}
            elif p == OX_RDF.type and o in event_classes or p == OX_DKG.reviews:
                doc = o if p == OX_DKG.reviews else look.one(s, OX_DKG.reviews)
                item = {"kind": "event", "node": s, "doc": doc, "date": look.one(s, OX_DKG.eventDate)}
            if item is None or (item["doc"] is None and item["kind"] in ("document", "link")):
                continue
            ident = (item["kind"], item.get("node", item["doc"]), item.get("target"))
            if ident in seen:
                continue
            seen.add(ident)
            out.append(_describe(item, action, look))
    return out


def _describe(item: dict, action: str, look: _Lookup) -> dict:
    doc = item["doc"]
    key = look.one(doc, OX_DKG.key) if doc is not None else None
    level = look.one(doc, OX_DKG.level) if doc is not None else None
    label = look.one(doc, OX_RDFS.label) if doc is not None else None
    node_label = look.one(item["node"], OX_RDFS.label) if "node" in item else None
    row = {"kind": item["kind"], "action": action, "document": doc.value if doc is not None else None,
           "node_label": node_label.value if node_label is not None else None,
           "key": key.value if key is not None else None,
           "href": doc_path(key.value) if key is not None else None,
           "label": label.value if label is not None else None,
           "level": level.value.rsplit("/", 1)[-1] if level is not None else None,
           "date": item["date"].value if item.get("date") is not None else None,
           "node": item["node"].value if "node" in item else None,
           "target": None, "target_key": None, "target_href": None}
    if "target" in item:
        tkey = look.one(item["target"], OX_DKG.key)
        row.update(target=item["target"].value, target_key=tkey.value if tkey is not None else None,
                   target_href=doc_path(tkey.value) if tkey is not None else None)
    return row


def _province_documents(store, name: str) -> set[str]:
    """The documents whose jurisdiction lies within the place ``name`` names, resolved as the
    named queries' ``place`` parameter is (``kg.queries.resolve_place``: a name with or without
    diacritics, a GSO code or an IRI; the units under it and the legacy ones merged into it)."""
    units = queries.units_within(store, queries.resolve_place(store, name))
    values = " ".join(str(u) for u in units)
    _, rows = store.select(f"""SELECT DISTINCT ?d WHERE {{ VALUES ?j {{ {values} }} ?d <{DKG.jurisdiction}> ?j }}""")
    return {r["d"].value for r in rows}


def _keep(row: dict, filters: Filters, in_province: set[str] | None) -> bool:
    if filters.level and row["level"] != filters.level:
        return False
    if in_province is not None and row["document"] not in in_province:
        return False
    if filters.doc and filters.doc not in (row["key"], row.get("target_key")):
        return False
    return True


def source_texts(sources: list[str], known: dict[str, dict]) -> list[dict]:
    """The texts a change set's sources name, for a reader: an ingested text's source graph and
    review queue both name the text, shown once by its title (else its file name) with its review
    page; any other source (a loaded file, an endpoint client) as recorded."""
    out: list[dict] = []
    seen: set[str] = set()
    for s in sources:
        ident = next((s.removeprefix(p) for p in (SOURCE_PREFIX, ledger.RECORD_PREFIX) if s.startswith(p)), None)
        if ident is None:
            out.append({"id": None, "title": s, "href": None})
            continue
        if ident in seen:
            continue
        seen.add(ident)
        meta = known.get(ident)
        title = (meta.get("title") or meta.get("name")) if meta else None
        out.append({"id": ident, "title": title or ident, "href": f"/review/{ident}" if meta else None})
    return out


def changes(store, filters: Filters) -> dict:
    """The change sets with what they changed, newest first, after the filters."""
    doc_classes, event_classes = _document_classes(store), _event_classes(store)
    known: dict[str, dict] | None = None
    in_province = _province_documents(store, filters.province) if filters.province else None
    out = []
    for c in reversed(history.change_sets(store)):
        if c.derived_only:
            continue
        payload = history.read_payload(store, c.number)
        if payload is None:
            continue
        items = [r for r in _items(store, payload, doc_classes, event_classes) if _keep(r, filters, in_province)]
        if items:
            if known is None:  # read once, and only when a change set is shown
                known = {m["id"]: m for m in ledger.sources(store)}
            out.append({**c.to_json(), "source_texts": source_texts(c.sources, known), "items": items})
        if len(out) >= filters.limit:
            break
    return {"filters": filters.params(), "change_sets": out}


def atom(data: dict, *, base: str, self_href: str, lang: str) -> bytes:
    """An Atom 1.0 feed (RFC 4287) of ``changes``: one entry per change set."""
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed", {"xml:lang": lang})

    def sub(parent, tag, text=None, **attrs):
        el = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
        if text is not None:
            el.text = text
        return el

    sets = data["change_sets"]
    sub(feed, "id", base + "/changes.atom")
    sub(feed, "title", "directive-kg: " + TITLES[lang])
    sub(feed, "updated", sets[0]["time"] if sets else "1970-01-01T00:00:00Z")
    sub(sub(feed, "author"), "name", "directive-kg")
    sub(feed, "link", rel="self", href=self_href, type="application/atom+xml")
    sub(feed, "link", rel="alternate", href=base + "/changes", type="text/html")
    kinds = KINDS[lang]
    for c in sets:
        entry = sub(feed, "entry")
        sub(entry, "id", c["iri"])
        counts = ", ".join(f"{sum(1 for i in c['items'] if i['kind'] == k)} {kinds[k].lower()}"
                           for k in kinds if any(i["kind"] == k for i in c["items"]))
        sub(entry, "title", f"#{c['id']} {c['command']}: {counts}")
        sub(entry, "updated", c["time"])
        first = next((i["href"] for i in c["items"] if i["href"]), None)
        sub(entry, "link", rel="alternate", href=base + (first or f"/changes#change-{c['id']}"), type="text/html")
        lines = [f"{'+' if i['action'] == 'added' else '-'} {kinds[i['kind']]}: {i['key'] or i['document'] or i['node_label']}"
                 + (f" → {i['target_key'] or i['target']}" if i.get("target") else "")
                 + (f" ({base}{i['href']})" if i["href"] else "") for i in c["items"]]
        sub(entry, "content", "\n".join(lines), type="text")
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="utf-8")


def _base(request: Request) -> str:
    return str(request.base_url).rstrip("/") + request.scope.get("root_path", "").rstrip("/")


@router.get("/changes", response_class=HTMLResponse, summary="What changed, by change set (filters: province, level, doc)")
def changes_page(request: Request):
    filters = Filters.from_request(request)
    data = changes(request.app.state.store, filters)
    lang = lang_of(request)
    return page(request, "changes.html", title=TITLES[lang], json_href=href(request, "/changes.json", **filters.params()),
                atom_href=href(request, "/changes.atom", **filters.params()), kinds=KINDS[lang], levels=LEVELS,
                filters=filters, change_sets=data["change_sets"])


@router.get("/changes.json", summary="What changed, by change set (JSON)")
def changes_json(request: Request):
    return json_response(changes(request.app.state.store, Filters.from_request(request)))


@router.get("/changes.atom", summary="What changed, as an Atom 1.0 feed")
def changes_atom(request: Request):
    filters = Filters.from_request(request)
    data = changes(request.app.state.store, filters)
    base = _base(request)
    body = atom(data, base=base, self_href=base + href(request, "/changes.atom", **filters.params())
                .removeprefix(request.scope.get("root_path", "").rstrip("/")), lang=lang_of(request))
    return Response(body, media_type="application/atom+xml; charset=utf-8")


