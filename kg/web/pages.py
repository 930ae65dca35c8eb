"""The pages: home, document cards, cascades, bodies, the ontology and the named queries.

Every HTML page has a JSON twin: the same path with ``.json`` (``/doc/46-NQ/TW.json``,
``/index.json`` for the home page). Document keys contain slashes and Vietnamese letters
(``46-NQ/TW``, ``140/2017/NĐ-CP``): routes take them as ``{key:path}``, raw or percent-encoded.
"""

from __future__ import annotations

import csv
import io
import re
import threading
from collections.abc import Sequence
from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

import viz
from kg import queries, views
from kg.asof import parse_as_of, parse_day
from kg.i18n import error_words, units_covered_said
from kg.queries.parameters import DAY_NAMES, day_of_reckoning
from kg.queries.table import spreadsheet_safe
from kg.errors import DkgError, NotFound, UsageError
from kg.ontodoc import render_ontology_html
from kg.validate import ontology_graph
from kg import cards as model
from kg.cards.model import BodyMatch, Home, SearchResult
from kg.directory import directory
from kg.paths import DOC_PAGES, FACT_PAGES, body_page, doc_path, graph_path, scoreboard_path
from kg.text.dockeys import key_name, label_adds
from kg.text.places import empty_place_words
from kg.web import querytext
from kg.web.render import TEXT, href, json_response, lang_of, page, raw, root_of, split_suffix

router = APIRouter()

#: Request parameters that are the page's own, not a named query's.
PAGE_PARAMS = {"lang", "format", "excel", "report"}


# --------------------------------------------------------------------------- home


def _search(store, q: str) -> SearchResult:
    try:
        return model.search(store, q)
    except ImportError:
        return SearchResult(query=q, unavailable=True, columns=[], rows=[])
    except NotFound:  # no query called "search" in the catalogue
        return SearchResult(query=q, unavailable=True, columns=[], rows=[])


#: the bodies a home search lists (the directory's page, linked under them, has all)
HOME_BODIES = 10


def _home_data(request: Request, q: str | None) -> Home:
    store = request.app.state.store
    lang = lang_of(request)
    data = model.home(store, lang)
    data["search"] = _search(store, q) if q and q.strip() else None
    if q and q.strip():  # a journalist types a body's name ("Hội Nông dân tỉnh", "MTTQ") in the same box
        found = directory(store, q=q, lang=lang, size=HOME_BODIES)
        data["bodies"] = [BodyMatch(name=b["name"], href=b["href"], kind_label=b["kind_label"], place=b["place"],
                                    tasks=b["tasks"], issued=b["issued"]) for b in found["bodies"]]
        data["bodies_total"] = found["total"]
    return data


@router.get("/", response_class=HTMLResponse, summary="Home page: search, central documents, newest items")
def home(request: Request, q: str | None = None):
    data = _home_data(request, q)
    lang = lang_of(request)
    t = TEXT[lang]
    found = data["search"]
    # the results said as the query pages say them: headers and levels in the page's language, a document by
    # its readable name linked to its card (the JSON twin keeps the query's columns and codes)
    columns = list(found["columns"]) if found else []
    rows = [row if isinstance(row, dict) else dict(zip(columns, row)) for row in (found["rows"] if found else [])]
    columns, cells = querytext.said_rows("search", columns, rows, lang)
    return page(request, "home.html", title=t["site"], json_href=href(request, "/index.json", q=q), q=q or "",
                bodies_href=href(request, "/bodies", q=q), merger_href=lambda name: href(request, "/", q=name),
                graph_path=graph_path, scoreboard_path=scoreboard_path,
                # (the key column lists documents by their names, those without a number too: headed as documents,
                # not as numbers, and a document without one says so)
                search_headers=[t["doc_column"] if c == "key" else querytext.header(c, lang) for c in columns],
                search_keys=[row.get("key") if isinstance(row.get("key"), str) else None for row in rows],
                key_column=columns.index("key") if "key" in columns else None,
                search_dated=[c in querytext.DATE_COLUMNS for c in columns],
                search_cells=cells, **data)


@router.get("/index.json", summary="Home page data (JSON)")
def home_json(request: Request, q: str | None = None):
    return json_response(_home_data(request, q))


# --------------------------------------------------------------------------- documents


@router.get("/doc/{key:path}", summary="Document card (HTML, or JSON with a .json suffix)")
def document(request: Request, key: str, iri: str | None = None, as_of: str | None = None):
    key, suffix = split_suffix(key)
    as_of = as_of or None
    card = model.document_card(request.app.state.store, key, lang_of(request), iri=iri, as_of=as_of)
    if suffix == "json":
        return json_response(card)
    name = key_name(key)  # 'Kế hoạch thực hiện ...' for 'KH:thực hiện ...'
    label = card.get("label") if "ambiguous" not in card else None
    title = name
    if label is not None and label_adds(label, key):
        title = f"{name} · {label}" if key not in label else label
    return page(request, "doc.html", title=title, json_href=href(request, doc_path(key) + ".json",
                                                                  iri=iri, as_of=as_of),
                doc=card, as_of=card.get("as_of"), action=doc_path(key), keep={"iri": iri},
                review_legend=model.shows_review_legend(card),
                # (the form that confirms or rejects a matched pair, only where the server takes writes)
                takes_writes=request.app.state.settings.takes_writes)


@router.get("/graph/{key:path}", summary="Interactive implementation cascade (HTML, or JSON with .json)")
def graph(request: Request, key: str, as_of: str | None = None, view: str | None = None):
    key, suffix = split_suffix(key)
    store = request.app.state.store
    day = parse_as_of(as_of).isoformat() if as_of else None
    if not model.find_documents(store, key):
        raise queries.missing_document(store, key, "document-missing")
    root = root_of(request)
    lang = lang_of(request)
    if suffix == "json":
        g = views.reviewed_cascade(store, key, day)
        return json_response({"key": key, "as_of": day, **viz.cascade_data(g, link_base=root + DOC_PAGES, lang=lang,
                                                                            fact_base=root + FACT_PAGES)})
    fragment, g = views.cascade_fragment(store, key, link_base=root + DOC_PAGES, asset_base=root + "/static/viz/",
                                         lang=lang, as_of=day, fact_base=root + FACT_PAGES)
    t = TEXT[lang]
    return page(request, "graph.html", title=f"{t['graph']} · {key_name(key)}", json_href=href(request, graph_path(key) + ".json", as_of=day),
                key=key, card_href=doc_path(key), table_href="/queries/cascade", nodes=g.number_of_nodes(), fragment=raw(fragment),
                # (the view chosen, ?view=, kept by the as-of form; the page's script reads it and keeps it up to date)
                as_of=day, action=graph_path(key), keep={"view": view})


@router.get("/bodies/{body_id:path}", summary="A body (committee, department ...): HTML, or JSON with .json")
def body(request: Request, body_id: str):
    body_id, suffix = split_suffix(body_id)
    card = model.body_card(request.app.state.store, body_id, lang_of(request))
    if suffix == "json":
        return json_response(card)
    return page(request, "body.html", title=card["label"] or body_id,
                json_href=href(request, body_page(body_id) + ".json"), body=card)


# --------------------------------------------------------------------------- ontology

_ontology_lock = threading.Lock()


def _ontology_graph():
    return ontology_graph()


@router.get("/ontology", response_class=HTMLResponse, summary="The ontology's documentation (kg.ontodoc)")
def ontology(request: Request):
    state = request.app.state
    with _ontology_lock:
        if getattr(state, "ontology_html", None) is None:
            # (one page for both languages, kept once: its links carry none)
            root = root_of(request)
            state.ontology_html = render_ontology_html(_ontology_graph(), json_href=root + "/ontology.json",
                                                       home_href=root + "/")
    return HTMLResponse(state.ontology_html)


@router.get("/ontology.json", summary="The ontology and vocabularies as JSON-LD")
def ontology_json(request: Request):
    state = request.app.state
    with _ontology_lock:
        if getattr(state, "ontology_jsonld", None) is None:
            state.ontology_jsonld = _ontology_graph().serialize(format="json-ld", encoding="utf-8")
    return Response(state.ontology_jsonld, media_type="application/ld+json")


# --------------------------------------------------------------------------- named queries


def _queries():
    return queries


def _entry_json(entry, lang: str) -> dict:
    """The catalogue entry as ``dkg queries --format json`` gives it."""
    return entry.to_json() if hasattr(entry, "to_json") else {"name": entry.name}


def _title(entry, lang: str) -> str:
    return getattr(entry, "title_en" if lang == "en" else "title_vi", None) or ""


def _param_info(entry, lang: str = "vi") -> list[dict]:
    """Each parameter of a query as its page and the list of queries show it: its label and help in ``lang`` (its
    query file's), the variable's name for a hint, and what it must be (``kg.queries.cells.parameter_need``)."""
    return [{"name": p.name, "label": p.label(lang), "help": p.help(lang), "type": p.type, "required": p.required,
             "need": querytext.parameter_need(p, lang), "signature": p.signature()}
            for p in entry.parameters]


@router.get("/queries", response_class=HTMLResponse, summary="The named queries")
def list_queries(request: Request):
    lang = lang_of(request)
    entries = []
    for e in _queries().catalog():
        entries.append({"name": e.name, "title": _title(e, lang), "summary": querytext.summary(e.name, lang),
                        "parameters": _param_info(e, lang)})
    return page(request, "queries.html", title=TEXT[lang]["queries"], json_href=href(request, "/queries.json"),
                entries=entries)


@router.get("/queries.json", summary="The named queries (JSON)")
def list_queries_json(request: Request):
    return json_response([_entry_json(e, lang_of(request)) for e in _queries().catalog()])


def _run(request: Request, name: str):
    queries = _queries()
    params: dict[str, str] = {}
    for k, v in request.query_params.multi_items():
        if k not in PAGE_PARAMS:
            params[k] = v
    entry = queries.get(name)
    return entry, queries.run(request.app.state.store, name, params), params


@router.get("/queries/{name}", summary="Run a named query: HTML table, or .json / .csv")
def run_query(request: Request, name: str):
    name, suffix = split_suffix(name, (".json", ".csv"))
    if "/" in name or not name:
        raise UsageError(f"bad query name {name!r}")
    if suffix is None and (missing := _missing(request, name)):
        # a link from the list of queries: its form to fill in, not an error page
        return _query_page(request, name, None, {}, missing=missing)
    entry, table, params = _run(request, name)
    note = _place_note(table, params, lang_of(request))
    if suffix == "json":
        return json_response({**table.to_json(), **({"note": note} if note else {})})
    if suffix == "csv" and request.query_params.get("report") == "1":
        # (the table as this page shows it, for a report: its headers and words in the page's language, a target's
        # figure and its latest outcome each in one cell, no address; with the mark Excel needs to read UTF-8)
        _, headers, rows = _page_table(name, table, lang_of(request))
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(headers)
        writer.writerows([spreadsheet_safe("".join(text for text, _ in parts)) for parts in row] for row in rows)
        return Response("\ufeff" + buf.getvalue(), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": f'attachment; filename="{name}-report.csv"'})
    if suffix == "csv":
        excel = request.query_params.get("excel") == "1"
        # (a download named after the query; for Excel, the mark that makes it read UTF-8)
        return Response(table.render("csv", excel=excel), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": f'attachment; filename="{name}.csv"'})
    return _query_page(request, name, table, params, note=note)


def _place_note(table, params: dict[str, str], lang: str) -> dict[str, str] | None:
    """Where a ``place`` that chose nothing names a province merged away or a district of the old map
    (``kg.text.places.empty_place_words``, the rule ``dkg query`` notes by): its code and words in ``lang``."""
    place = params.get("place")
    if table.rows or not place:
        return None
    day = params.get("as_of") or params.get("date")
    words = empty_place_words(place, lambda after: f"place='{after}'", parse_day(day, "as_of") if day else None,
                              page=True)
    return None if words is None else {"code": words.key, "message": error_words(words.key, words.details, lang)[0]}


def _page_table(name: str, table, lang: str) -> tuple[list[tuple[str, tuple[str, ...]]], list[str],
                                                      list[list[list[tuple[str, str | None]]]]]:
    """What the page of query ``name`` shows of ``table``: its columns, each with the result columns it says
    (``querytext.page_columns``), their headers in ``lang``, and each row's cells as pieces of text with the page
    each links to."""
    results = [dict(zip(table.columns, map(_cell, row))) for row in _rows(table)]
    shown, rows = querytext.page_cells(name, list(table.columns), results, lang)
    return shown, [querytext.header(c, lang) for c, _ in shown], rows


def _missing(request: Request, name: str) -> list[str]:
    """The required parameters of query ``name`` the request does not give (none for an unknown
    query: running it says so)."""
    try:
        entry = _queries().get(name)
    except DkgError:
        return []
    given = {k for k, v in request.query_params.multi_items() if v}
    return [p.name for p in entry.parameters if getattr(p, "required", False) and p.name not in given]


def _query_page(request: Request, name: str, table, params: dict[str, str], *, missing: Sequence[str] = (),
                note: dict[str, str] | None = None):
    """The page of query ``name``: its form, and the rows of ``table`` (None: the parameters
    ``missing`` are asked for first)."""
    lang = lang_of(request)
    entry = _queries().get(name)
    shown, headers, rows = _page_table(name, table, lang) if table is not None else ([], [], [])
    columns = [c for c, _ in shown]
    base = "/queries/" + quote(name, safe="")
    parameters = _param_info(entry, lang)
    return page(request, "query.html", title=_title(entry, lang) or name,
                json_href=href(request, base + ".json", **params), csv_href=href(request, base + ".csv", **params),
                excel_href=href(request, base + ".csv", **params, excel="1"),
                report_href=href(request, base + ".csv", **params, report="1"),
                name=name, description=getattr(entry, "description", None), parameters=parameters,
                values=day_of_reckoning(entry, params, {p.name for p in entry.parameters}),
                summary=querytext.summary(name, lang), columns=columns, date_columns=querytext.DATE_COLUMNS,
                headers=headers, sources=[", ".join(parts) for _, parts in shown],
                rows=rows, missing=list(missing), note=note, numeric=numeric_columns(rows),
                tries=[] if rows or table is None else _tries(request, base, params, parameters, lang),
                units_covered=units_covered_said(table.meta.get("units"), lang) if table is not None else [])


#: a cell that is a figure alone, as the pages write one ("1.500", "12,5", "-3", "80%")
_FIGURE = re.compile(r"^[-−+]?\d[\d.,\u202f\u00a0 ]*%?$")


def numeric_columns(rows: list[list[list[tuple[str, str | None]]]]) -> set[int]:
    """The columns of a query's table whose cells are figures alone (a body's counts of tasks): set right and as
    narrow as their figures, where a text column keeps a readable width (a count of "0" took as much room as a
    body's name, and the bodies query's ninth column left the window at 1280 px)."""
    width = max((len(row) for row in rows), default=0)
    texts = [["".join(text for text, _ in row[i]) if i < len(row) else "" for row in rows] for i in range(width)]
    return {i for i, cells in enumerate(texts)
            if any(cells) and all(_FIGURE.match(cell.strip()) for cell in cells if cell.strip())}


def _tries(request: Request, base: str, params: dict[str, str], parameters: list[dict], lang: str) -> list[dict]:
    """What a reader may try where a query answers nothing, each a link: the query without each optional value given
    (a day, a place), and the card of the document given (all the store knows of it)."""
    words = TEXT[lang]
    out, search = [], []
    for p in parameters:
        # (a day is one parameter of two names: as_of and date, either given)
        names = DAY_NAMES if p["name"] in DAY_NAMES else (p["name"],)
        value = next((params[n] for n in names if params.get(n)), None)
        if not value:
            continue
        if p["name"] == "doc":  # (a key the store does not hold is a 404 that offers a search: this one is known)
            search.append({"text": words["empty_card"].format(key=key_name(value)), "href": href(request, doc_path(value))})
        elif not p["required"] and p["name"] != "limit":  # (fewer rows asked for is never why there are none)
            rest = {k: v for k, v in params.items() if k not in names}
            label = p["label"][:1].lower() + p["label"][1:]
            out.append({"text": words["empty_without"].format(label=label), "href": href(request, base, **rest)})
    return out + search


def _rows(table):
    for row in table.rows:
        if isinstance(row, dict):
            yield [row.get(c) for c in table.columns]
        else:
            yield list(row)


def _cell(value):
    if value is None:
        return None
    return getattr(value, "value", value)


