"""``/changes``: what is new (có gì mới), by change set, as a page, JSON and an Atom feed; ``/export``: the
documents the same filters choose, as a file another store loads (``dkg export --province``, :mod:`kg.exporting`).

What they show is read by :func:`kg.changes.changes` (also ``dkg changes``); the filters
(``province``, ``level``, ``doc``, ``limit``) are those of :class:`kg.changes_model.Filters`.

The Atom feed is built with ElementTree, which escapes every text and attribute, so nothing read
from the store becomes markup.
"""
from __future__ import annotations

import datetime as _dt
import io
from collections import Counter
import xml.etree.ElementTree as ET

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from kg.changes import UNDO_PAGE, changes
from kg.changes_model import KINDS, LABELLED, Changes, Filters, check_before
from kg.changes_undo import undo_plan
from kg.changes_text import (LISTED, body_text, command_text, decision_text, decision_words, figure_text, held_text, item_sign,
                             item_text, kind_text, moved_text, moved_words, replacing_words, summary_lines, target_label)
from kg import exporting, limits
from kg.asof import parse_day
from kg.errors import NotFound, UsageError, Words
from kg.i18n import REVIEW, TEXT
from kg.rdf.identity import slug
from kg.store import undo
from kg.store.store import EXPORT_FORMATS
from kg.text.places import merged_away_2025
from kg.review.model import LEVELS
from kg.web.address import public_base
from kg.web.auth import require_form_token, require_writes
from kg.web.formats import wants_html
from kg.web.render import href, json_response, lang_of, page, root_of
from kg.web.writes import read_form, run_write

router = APIRouter()

ATOM = "http://www.w3.org/2005/Atom"


def _filters(request: Request) -> Filters:
    p = request.query_params
    return Filters.of(p.get("province"), p.get("level"), p.get("doc"), p.get("limit"))


def _since(request: Request) -> tuple[_dt.date | None, dict[str, str]]:
    """The day ``?since=`` asks for (the change sets made on or after it: a week's report), and the parameter the
    links to the page's twins carry it on with; refused as every day field is where it is no day
    (``kg.asof.parse_day``)."""
    day = parse_day(request.query_params.get("since"), "since")
    return day, ({"since": day.isoformat()} if day else {})


def atom(data: Changes, *, base: str, self_href: str, lang: str) -> bytes:
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
    sub(feed, "title", "directive-kg: " + TEXT[lang]["changes_title"])
    sub(feed, "updated", sets[0]["time"] if sets else "1970-01-01T00:00:00Z")
    sub(sub(feed, "author"), "name", "directive-kg")
    sub(feed, "link", rel="self", href=self_href, type="application/atom+xml")
    sub(feed, "link", rel="alternate", href=base + "/changes", type="text/html")
    for c in sets:
        entry = sub(feed, "entry")
        sub(entry, "id", c["iri"])
        # (how many of each kind, in the order of the kinds; a link under the type a correction gave it)
        listed = Counter(kind_text(i, lang) for i in sorted(c["items"], key=lambda i: KINDS.index(i["kind"])))
        counts = ", ".join(f"{n} {said.lower()}" for said, n in listed.items())
        sub(entry, "title", f"#{c['id']} {command_text(c['command'], lang)}: {counts}")
        sub(entry, "updated", c["time"])
        first = next((i["href"] for i in c["items"] if i["href"]), None)
        sub(entry, "link", rel="alternate", href=base + (first or f"/changes#change-{c['id']}"), type="text/html")
        lines = [decision_text(d, lang) for d in c["decisions"]]
        lines += [item_text(i, lang) + moved_text(i, lang) + (f" ({base}{i['href']})" if i["href"] else "")
                  + (f" — {said}" if (said := held_text(i, lang)) else "")
                  + (f" ({base}{i['held']['href']}#fact-{i['held']['fact']})" if "held" in i else "")
                  for i in c["items"]]
        sub(entry, "content", "\n".join(lines), type="text")
    return b'<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="utf-8")


def _before(request: Request) -> int | None:
    """The page of the history ``?before=`` asks for: the change sets numbered below it (the ``older`` of the page
    before), newest first."""
    return check_before(request.query_params.get("before"))


@router.get("/changes", response_class=HTMLResponse, summary="What changed, by change set (filters: province, level, "
            "doc; a page at a time: before, limit)")
def changes_page(request: Request):
    filters, (day, since), before = _filters(request), _since(request), _before(request)
    data = changes(request.app.state.store, filters, day, before=before)
    # (the pages after and before this one: the same filters, the next change sets down, and back to the newest)
    paging = {**filters.params(), **since, **({"limit": str(filters.limit)} if filters.limit != Filters().limit else {})}
    lang = lang_of(request)
    # an old province's name merged in 2025 into one of another name finds nothing issued since: say where it is
    merged = merged_away_2025(filters.province) if filters.province and not data["change_sets"] else None
    # a download of what the filters choose, where they choose a document: /export answers 404 for none (asked only of
    # a page that lists no change: data loaded with no history, or before ?since=, may be there still)
    offer = bool(filters.params()) and bool(data["change_sets"]
                                            or exporting.chosen_documents(request.app.state.store, filters))
    return page(request, "changes.html", title=TEXT[lang]["changes_title"], merged=merged,
                merged_href=href(request, "/changes", **{**filters.params(), "province": merged[2]}) if merged else None,
                json_href=href(request, "/changes.json", **paging, **({"before": str(before)} if before else {})),
                older_href=href(request, "/changes", **paging, before=str(data["older"])) if data["older"] else None,
                older=data["older"], limit_kept="limit" in paging, newest_href=href(request, "/changes", **paging) if before else None,
                atom_href=href(request, "/changes.atom", **filters.params(), **since), since=since.get("since", ""),
                export_href=href(request, "/export", **filters.params(), format="ttl") if offer else None,
                filters=filters, change_sets=data["change_sets"], **_said(request, lang))


def _undo_path(number: int) -> str:
    return f"/changes/{number}/undo"


def _said(request: Request, lang: str, *, undo: bool = True) -> dict:
    """How a change set is said on a page (``change_set.html``), in ``lang``; ``undo``: a link to undo it, on a server
    that takes writes."""
    return dict(kind=lambda item: kind_text(item, lang), labelled=LABELLED, levels=LEVELS,
                target_label=lambda item: target_label(item, lang), figure=lambda item: figure_text(item, lang),
                sign=item_sign, moved=lambda item: moved_words(item, lang), body=lambda item: body_text(item, lang),
                held=lambda item: held_text(item, lang),
                fact_kind=lambda kind: REVIEW[lang].get(kind or "", kind or ""),
                decided=lambda decision: decision_words(decision, lang),
                replacing=lambda decision: replacing_words(decision, lang),
                command_text=lambda command: command_text(command, lang),
                undo_href=_undo_path if undo and request.app.state.settings.takes_writes else None,
                # a change set of more than a screen's items (an ingest's) shows its counts by kind, its items folded
                # under them, as `dkg changes` does
                listed=LISTED, counted=lambda items: summary_lines(items, lang))


@router.get("/changes.json", summary="What changed, by change set (JSON; a page at a time: before, limit; its `older` "
            "is the next page's before)")
def changes_json(request: Request):
    data = changes(request.app.state.store, _filters(request), _since(request)[0], before=_before(request))
    if not request.app.state.settings.takes_writes:
        return json_response(data)
    # (each change set's undo page, where the server takes writes: the address its page's link opens)
    # (none for a change set an undo in force took back: a second undo is refused, its `undone_by` says by which)
    return json_response({**data, "change_sets": [{**c, "undo_href": None if c["undone_by"] else _undo_path(c["id"])}
                                                  for c in data["change_sets"]]})


def _undo_data(request: Request, number: int) -> dict:
    """The undo page's data: :func:`kg.changes_undo.undo_plan`, with where its form posts (None where the server
    takes no writes, or the change set was undone already)."""
    plan = undo_plan(request.app.state.store, number)
    return {**plan, "post": _undo_path(number) if request.app.state.settings.takes_writes and not plan["undone"] else None}


@router.get("/changes/{number}/undo", response_class=HTMLResponse,
            summary="What undoing a change set takes back, and the form that undoes it (with the update token)")
def undo_page(request: Request, number: int):
    data, lang = _undo_data(request, number), lang_of(request)
    return page(request, "changes_undo.html", title=TEXT[lang]["undo_title"].format(number=number), plan=data,
                json_href=href(request, _undo_path(number) + ".json"), action=_undo_path(number),
                undone_href=lambda n: href(request, "/changes") + f"#change-{n}", redo_href=_undo_path,
                **_said(request, lang, undo=False))


@router.get("/changes/{number}/undo.json", summary="What undoing a change set takes back (JSON)")
def undo_json(request: Request, number: int):
    return json_response(_undo_data(request, number))


@router.post("/changes/{number}/undo", summary="Undo a change set from its page's form (the update token as its field "
             "token; cascade: with the later change sets resting on it), as `dkg rollback`")
async def undo_form(request: Request, number: int):
    require_writes(request, "rollback")
    form = await read_form(request)
    require_form_token(request, form.get("token"), "rollback")  # (a reader's token: 403; nothing written before this)
    cascade = form.get("cascade", "") in ("1", "on", "true")
    # the one rule of an undo, the one `dkg rollback` and `POST /store/rollback` call
    # (recorded as made on this page, which /changes names in the reader's words, not as a `dkg rollback` typed)
    done = await run_write(request, UNDO_PAGE, undo.rollback, number, cascade=cascade)
    if not wants_html(request.headers.get("accept")):
        return json_response(done.to_json())
    # (the page of the changes, at the undo just recorded: what it took back, under the analyst's name)
    return RedirectResponse(href(request, "/changes") + f"#change-{done.number}", status_code=303)


@router.get("/changes.atom", summary="What changed, as an Atom 1.0 feed")
def changes_atom(request: Request):
    filters, (day, since) = _filters(request), _since(request)
    data = changes(request.app.state.store, filters, day)
    base = public_base(request)
    body = atom(data, base=base, self_href=base + href(request, "/changes.atom", **filters.params(), **since)
                .removeprefix(root_of(request)), lang=lang_of(request))
    return Response(body, media_type="application/atom+xml; charset=utf-8")


@router.get("/export", summary="The documents the filters choose (province, level, doc) with what is stated about them, "
            "as a file to load (format: ttl, nt, nq, trig, jsonld; at least one filter)")
def export_file(request: Request):
    filters = _filters(request)
    fmt = request.query_params.get("format") or "ttl"
    if not filters.params():
        # (the whole store is the operator's to copy, on the machine that holds it: in the web process it would be
        # built in memory for any reader who asks, beside the queries the workers run under their limits)
        raise UsageError(code="export-needs-filter")
    # (an unknown format refused there, and a slice larger than one request may hold in the server's memory)
    write, chosen = exporting.writer(request.app.state.store, fmt, filters, most=limits.EXPORT_QUADS)
    if not chosen:
        # a 404 that says why, not an empty download: a browser saves an empty file without a word, and a client
        # reads the status (`dkg export` writes the empty file and notes the same words)
        said = exporting.nothing_chosen(filters, lambda name, value: f"{name}='{value}'", page=True)
        raise NotFound(code="export-nothing-chosen",
                       details={"chosen": said[0], "advice": said[1] if len(said) > 1 else Words("advice.export-empty")})
    out = io.BytesIO()
    write(out)
    # the file's name from the filters, in ASCII (nothing a client typed reaches the header as it was typed)
    name = "-".join(slug(v) for v in filters.params().values())
    rdf_format = EXPORT_FORMATS[fmt]
    return Response(out.getvalue(), media_type=rdf_format.media_type,
                    headers={"content-disposition": f'attachment; filename="directive-kg-{name}.{rdf_format.file_extension}"'})
