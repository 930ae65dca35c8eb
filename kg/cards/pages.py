"""The other cards: the home page (central documents and how far each was carried out, the newest
documents, recent reviews), a body's card (its place, its sub-units, what it issued, its tasks by
role) and search."""

from __future__ import annotations

import re

import pyoxigraph as ox

from kg import queries
from kg.cards.base import (DKG_NS, P, RDF_TYPE, ROLE_ROWS, TASK_ROLES, Labels, check_iri, first, iri_list, local_name,
                           place_label, properties, value)
from kg.cards.model import (CommuneMerger, Merger, BodyCard, BodyEvent, BodyLink, BodyTask, CentralRow, EventRow, Home, IssuedRow, NewestRow,
                            SearchResult)
from kg.errors import NotFound
from kg.i18n import TEXT
from kg.paths import body_id as body_of
from kg.paths import body_iri, body_path, doc_path
from kg.rdf.identity import commune_scope, concept, document_place, place_base, place_slug
from kg.text import places
from kg.text.symbols import fold
from kg.rdf.vocab import ORG


def home(store, lang: str = "vi", limit: int = 20) -> Home:
    labels = Labels(store, lang)
    central_level = concept("level", "central")
    _, rows = store.select(P + f"""
        SELECT ?d ?k ?date ?subject ?provinces ?docs WHERE {{ {{
        SELECT ?d (MIN(?key) AS ?k) (MIN(?issued) AS ?date) (MIN(STR(?about)) AS ?subject)
               (MAX(?in_provinces) AS ?provinces) (MAX(?implementing) AS ?docs) WHERE {{
          ?d dkg:level <{central_level}> ; dkg:key ?key .
          OPTIONAL {{ ?d dkg:dateIssued ?issued }} OPTIONAL {{ ?d dkg:subject ?about }}
          OPTIONAL {{ SELECT ?d (COUNT(DISTINCT ?x) AS ?implementing) WHERE {{
            ?d dkg:level <{central_level}> . ?x dkg:implements+ ?d }} GROUP BY ?d }}
          OPTIONAL {{ SELECT ?d (COUNT(DISTINCT ?prov) AS ?in_provinces) WHERE {{
            ?d dkg:level <{central_level}> . ?x dkg:implements+ ?d .
            ?x dkg:jurisdiction ?j . ?j dkg:partOf* ?p . ?p a dkg:Province .
            {{ ?p dkg:codeScheme "2025" ; dkg:adminCode ?prov }} UNION {{ ?p dkg:mergedInto/dkg:adminCode ?prov }}
          }} GROUP BY ?d }}
        }} GROUP BY ?d }} }} ORDER BY DESC(?provinces) DESC(?docs) DESC(?date) STR(?k) LIMIT {int(limit)}""")
    # (one row a document: texts that word its subject or date differently give it several values,
    # of which the least is shown, as the queries choose one of several. The two counts are grouped
    # apart: with the provinces in an OPTIONAL nested in the implementers', Oxigraph walked every
    # unit's partOf* chain for each document, the slowest part of the home page; see bench/RESULTS.md.
    # A document without any has no count, read as 0: COALESCE over the MAX made Virtuoso 7.2's
    # compiler fail, "SQ156: Internal Optimized compiler error"; no count sorts last, as 0 did. Grouped
    # inside and sorted outside, by STR(?k): Virtuoso ordered documents of equal counts and no date by
    # their addresses when sorting on the aggregate ?k itself. Provinces are counted on the map in force
    # today, as the scoreboard counts them: a plan of Lạng Sơn dated before 1 July 2025 and a commune's plan
    # after it are one province, not the old map's and the new map's, by the code of the 2025 province)
    central = [CentralRow(iri=r["d"].value, key=r["k"].value, href=doc_path(r["k"].value), date=value(r.get("date")),
                          subject=value(r.get("subject")), provinces=int(value(r.get("provinces")) or 0),
                          documents=int(value(r.get("docs")) or 0)) for r in rows]
    _, rows = store.select(P + f"""
        SELECT DISTINCT ?d ?k ?date ?label ?level WHERE {{ ?d dkg:key ?k ; dkg:dateIssued ?date .
          OPTIONAL {{ ?d rdfs:label ?label }} OPTIONAL {{ ?d dkg:level ?level }} }}
        ORDER BY DESC(?date) ?k LIMIT {int(limit)}""")
    newest: list[NewestRow] = []
    seen: set[str] = set()
    for r in rows:
        if r["d"].value in seen:
            continue
        seen.add(r["d"].value)
        lvl = value(r.get("level"))
        newest.append(NewestRow(iri=r["d"].value, key=r["k"].value, href=doc_path(r["k"].value), date=r["date"].value,
                                label=value(r.get("label")), level=labels(lvl) if lvl else None, subject=None,
                                issuer=None, place=None))
    _whose(store, newest, labels)
    _, rows = store.select(P + f"""
        SELECT DISTINCT ?e ?date ?kind ?d ?k WHERE {{ ?e dkg:reviews ?d ; dkg:eventDate ?date . ?d dkg:key ?k .
          OPTIONAL {{ ?e dkg:eventKind ?kind }} }} ORDER BY DESC(?date) LIMIT {int(limit)}""")
    events = [EventRow(iri=r["e"].value, date=r["date"].value, kind=labels(value(r.get("kind"))),
                       key=r["k"].value, href=doc_path(r["k"].value)) for r in rows]
    return Home(central=central, newest=newest, events=events)


def _whose(store, rows: list[NewestRow], labels: Labels) -> None:
    """Say what each of the newest documents is about and whose it is, where the graph knows it: its subject (trích
    yếu), the body that issued it and its place, as its card names them (read for the rows kept, a document with
    several values given the least, as the home page's central documents are)."""
    if not rows:
        return
    _, found = store.select(P + f"""
        SELECT ?d (MIN(STR(?about)) AS ?subject) (MIN(STR(?by)) AS ?issuer) (MIN(STR(?j)) AS ?place) WHERE {{
          VALUES ?d {{ {iri_list(r["iri"] for r in rows)} }}
          OPTIONAL {{ ?d dkg:subject ?about }} OPTIONAL {{ ?d dkg:issuer ?by }} OPTIONAL {{ ?d dkg:jurisdiction ?j }}
        }} GROUP BY ?d""")
    said = {r["d"].value: r for r in found}
    labels.load(value(r.get(name)) for r in found for name in ("issuer", "place"))
    for row in rows:
        r = said.get(row["iri"], {})
        issuer, place = value(r.get("issuer")), value(r.get("place"))
        row["subject"] = value(r.get("subject"))
        row["issuer"] = labels(issuer) if issuer else None
        row["place"] = place_label(row["iri"], place, labels)


def body_card(store, body_id: str, lang: str = "vi") -> BodyCard:
    iri = body_iri(body_id)
    check_iri(iri)
    props = properties(store, iri)
    if not props:
        raise NotFound(code="body-missing", details={"body": repr(body_id)})
    labels = Labels(store, lang)
    node = ox.NamedNode(iri)
    parent = [o.value for o in props.get(str(ORG.subOrganizationOf), [])]
    _, rows = store.select(P + "SELECT DISTINCT ?b ?c WHERE { ?c org:subOrganizationOf ?b } ORDER BY ?c", {"b": node})
    children = [r["c"].value for r in rows]
    _, rows = store.select(P + """
        SELECT DISTINCT ?b ?d ?k ?date WHERE { ?d dkg:issuer ?b ; dkg:key ?k OPTIONAL { ?d dkg:dateIssued ?date } }
        ORDER BY DESC(?date) ?k""", {"b": node})
    issued = [IssuedRow(key=r["k"].value, href=doc_path(r["k"].value), date=value(r.get("date"))) for r in rows]
    _, rows = store.select(P + f"""
        SELECT DISTINCT ?body ?role ?task ?desc ?k WHERE {{ {ROLE_ROWS} OPTIONAL {{ ?task dkg:description ?desc }}
          OPTIONAL {{ ?task dkg:underDocument ?d . ?d dkg:key ?k }} }}""", {"body": node})
    role_of = {r.name: r for r in TASK_ROLES}
    order = list(role_of)
    # (in the table's order of roles, then by document: an ORDER BY on the role IRIs would sort
    # them by their text)
    rows = sorted(rows, key=lambda r: (order.index(local_name(r["role"].value)), value(r.get("k")) or "", r["task"].value))
    words = TEXT[lang]
    tasks = [BodyTask(role=local_name(r["role"].value), role_label=words[role_of[local_name(r["role"].value)].word],
                      description=value(r.get("desc")), key=value(r.get("k")),
                      href=doc_path(r["k"].value) if r.get("k") is not None else None) for r in rows]
    _, rows = store.select(P + """
        SELECT DISTINCT ?b ?e ?date ?kind ?k WHERE { ?e dkg:organiser ?b . OPTIONAL { ?e dkg:eventDate ?date }
          OPTIONAL { ?e dkg:eventKind ?kind } OPTIONAL { ?e dkg:reviews ?d . ?d dkg:key ?k } } ORDER BY ?date""",
                           {"b": node})
    events = [BodyEvent(date=value(r.get("date")), kind=labels(value(r.get("kind"))), key=value(r.get("k")),
                        href=doc_path(r["k"].value) if r.get("k") is not None else None) for r in rows]
    level = value(first(props, "level"))
    jur = value(first(props, "jurisdiction"))
    kind = value(first(props, "bodyKind"))
    labels.load([*parent, *children])
    return BodyCard(
        iri=iri,
        id=body_of(iri),
        label=labels(iri),
        canonical_name=value(first(props, "canonicalName")),
        types=[labels(t.value) for t in props.get(RDF_TYPE, []) if t.value.startswith(DKG_NS)],
        kind=labels(kind) if kind else None,
        level=labels(level) if level else None,
        jurisdiction=labels(jur) if jur else None,
        parents=[BodyLink(iri=p, label=labels(p), href=body_path(p)) for p in parent],
        children=[BodyLink(iri=c, label=labels(c), href=body_path(c)) for c in children],
        issued=issued,
        tasks=tasks,
        events=events,
    )


def search(store, text: str, limit: int = 50) -> SearchResult:
    """Documents and bodies matching ``text`` (diacritics optional) through the ``search``
    named query; columns and rows as the query returns them."""
    entry = queries.get("search")
    params = list(getattr(entry, "parameters", []) or [])
    name = getattr(params[0], "name", "q") if params else "q"
    table = queries.run(store, "search", {name: text})
    spaced = _GLUED.sub(r"\1 \2", text)
    if not table.rows and spaced != text:  # "NQ68" as a journalist types it: the index has "nq" and "68"
        table = queries.run(store, "search", {name: spaced})
    data = table.to_json()
    rows = _of_the_province(text, data.get("rows", []) if isinstance(data, dict) else [])
    communes = _commune_mergers(text)
    rows += _commune_documents(store, text, communes, {r.get("document") for r in rows if isinstance(r, dict)})
    shown = [c for c in SEARCH_COLUMNS if c in table.columns]
    out = SearchResult(query=text, columns=shown, rows=rows[:limit], more=len(rows) > limit)
    _commune_places(store, out["rows"])
    if spaced != text and table.rows:
        out["searched"] = spaced
    if (merger := _merger(text)) is not None:
        out["merger"] = merger
    if communes:
        out["communes"] = communes
    return out


def _commune_documents(store, text: str, communes: list[CommuneMerger], found: set) -> list[dict]:
    """The documents of the 2025 commune or ward ``text`` names ("Tam Thanh", "phường Tam Thanh"), newest first: a
    commune's document carries its commune only in its IRI (the map in the graph has no communes), so the index,
    which holds its words, did not find it by the commune's name, and a document a reviewer moved to a commune
    was found by the old one only (its issuer's name) and never by the new."""
    typed = fold(_KIND_WORD.sub("", fold(" ".join(text.split()))))
    scopes: dict[str, str] = {}  # the commune's scope in an IRI ("/2025-20-tam-thanh/") -> its province's IRI
    for c in communes:
        if fold(c["search"]) != typed:
            continue
        name, province_name = c["after"].rsplit(", ", 1)
        province = places.lookup_province(province_name, "2025")
        if province is None:
            continue
        short = next((short for _, short, full in places.communes_2025(province.code) if full == name), None)
        if short is not None:
            scopes[f"/{commune_scope(place_slug('2025', province.code), short)}/"] = place_base("2025") + province.code
    out: list[dict] = []
    for scope, jurisdiction in scopes.items():
        # (the scope and the province come from the map's table, not from the words typed; written as RDF terms)
        _, rows = store.select(P + f"""
            SELECT ?document (MIN(STR(?k)) AS ?key) (MIN(STR(?l)) AS ?label) (MIN(?t) AS ?type) (MIN(STR(?lv)) AS ?level)
                   (MIN(STR(?pl)) AS ?place) (MIN(?d) AS ?date) (MIN(STR(?sub)) AS ?subject)
            WHERE {{ VALUES ?j {{ {ox.NamedNode(jurisdiction)} }}
                    ?document dkg:jurisdiction ?j ; dkg:key ?k FILTER(CONTAINS(STR(?document), {ox.Literal(scope)}))
                    OPTIONAL {{ ?document rdfs:label ?l }} OPTIONAL {{ ?document dkg:typeCode ?t }}
                    OPTIONAL {{ ?document dkg:level ?lv }} OPTIONAL {{ ?j rdfs:label ?pl }}
                    OPTIONAL {{ ?document dkg:dateIssued ?d }} OPTIONAL {{ ?document dkg:subject ?sub }} }}
            GROUP BY ?document ORDER BY DESC(?date) ?key""")
        for r in rows:
            if r["document"].value in found:
                continue
            row = {name: (None if r.get(name) is None else r[name].value) for name in
                   ("document", "key", "label", "type", "level", "place", "date", "subject")}
            row["level"] = row["level"].rsplit("/", 1)[-1] if row["level"] else None
            out.append(row)
    return out


def _of_the_province(text: str, rows: list) -> list:
    """Where the words typed are a province's name ("Bình Định", "tinh Lang Son"), the documents that name it: by
    their place, or by the name whole in their title or subject. The index finds each word anywhere, so "Bình Định"
    found Ninh Bình's "Quyết định 140-QĐ/TU" ("Bình" of its place, "định" of its title). A document whose place is
    not known is kept (its issuer may carry the name)."""
    province = places.lookup_province(text) or places.lookup_province(text, "2025")
    if province is None:
        return rows
    name = _words(province.name)
    return [r for r in rows if not isinstance(r, dict) or not r.get("place")
            or any(name in _words(r.get(column) or "") for column in ("place", "label", "subject"))]


def _words(text: str) -> str:
    """``text`` folded, its words between single spaces and one at each end (a name is found whole in it)."""
    return " " + " ".join(re.findall(r"\w+", fold(text))) + " "


#: at most this many communes before and after the reform under a search (a common name is in many provinces)
COMMUNE_MERGERS = 12
_KIND_WORD = re.compile(r"^(xa|phuong|thi tran|dac khu|xã|phường|thị trấn|đặc khu) ")  # lower case
_NAMED_KIND = re.compile(r"^(Xã|Phường|Thị trấn|Đặc khu) ")  # as the map writes it


def _commune_mergers(text: str) -> list[CommuneMerger]:
    """The communes, wards and towns of the map before the reform that ``text`` names ("thị trấn Thịnh Vượng",
    "Gia Hoa") and the ones they became, or the ones of the 2025 map it names ("xã Gia Viễn") and those they were made
    of: the kind word and the diacritics optional, the name whole."""
    if places.lookup_province(text) or places.lookup_province(text, "2025"):
        return []  # a province's name is said by _merger ("Ninh Bình" is also a commune of Khánh Hòa's)
    marked = fold(text) != " ".join(text.lower().split())  # a name typed with its marks is matched with them

    def said(name: str) -> str:
        return fold(name) if not marked else " ".join(name.lower().split())

    kind = _KIND_WORD.match(said(text)) is not None  # "thị trấn Thịnh Vượng": not the commune of that name

    def key(name: str) -> str:
        return said(name) if kind else _KIND_WORD.sub("", said(name))

    typed = key(text)

    def named(full: str) -> bool:
        return key(full) == typed

    found = [m for m in places.ward_merges() if named(m[0]) or named(m[3])]
    return [CommuneMerger(before=f"{old}, {district}, {province}", after=f"{new}, {new_province}",
                          search=_NAMED_KIND.sub("", new))
            for old, district, province, new, new_province in found[:COMMUNE_MERGERS]]


def _commune_places(store, rows: list) -> None:
    """A commune's document's ``place`` as its card says it ("Xã Gia Viễn, Ninh Bình"), not its province's alone."""
    communes = [r["document"] for r in rows if isinstance(r, dict) and r.get("level") == "commune" and r.get("document")]
    if not communes:
        return
    _, found = store.select(P + f"SELECT ?d ?j WHERE {{ VALUES ?d {{ {iri_list(communes)} }} ?d dkg:jurisdiction ?j }}")
    units = {r["d"].value: r["j"].value for r in found}
    for r in rows:
        if isinstance(r, dict) and r.get("document") in units:
            r["place"] = document_place(r["document"], units[r["document"]], r.get("place"))


#: a type's letters glued to a number, as typed ("NQ68", "CT05"): never inside a symbol ("QH15" of 198/2025/QH15)
_GLUED = re.compile(r"(?<![\w/-])([^\W\d_]{2,4})(\d+)(?![\w/-])")


def _merger(text: str) -> Merger | None:
    """The provinces before and after the 2025 reform where ``text`` is the name of one of them that it merged."""
    merged = places.merger_2025(text)
    return Merger(before=merged[0], after=merged[1]) if merged is not None else None


def known_names(store) -> dict[str, list[str]]:
    """The names of the bodies and the keys of the documents the graph knows, sorted: what a reviewer
    may pick from when correcting a fact (the review page's suggestions)."""
    _, bodies = store.select(P + "SELECT DISTINCT ?n WHERE { ?b dkg:canonicalName ?n } ORDER BY ?n LIMIT 2000")
    _, docs = store.select(P + "SELECT DISTINCT ?k WHERE { ?d dkg:key ?k } ORDER BY ?k LIMIT 5000")
    return {"bodies": [r["n"].value for r in bodies], "documents": [r["k"].value for r in docs]}


#: Columns of the ``search`` query shown on the home page, in this order.
SEARCH_COLUMNS = ("key", "label", "type", "level", "place", "date")
