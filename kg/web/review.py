"""The review pages: ``/review`` (sources with their pending counts), ``/review/{source}`` (the
text with every fact's evidence highlighted, the facts beside it with accept / correct / reject) and
``/review/doubtful`` (the facts of every source, most doubtful first, each with why, filtered by source, document
and kind: :func:`kg.review.doubtful_page`, which ``dkg review list`` reads too).

Both have JSON twins (``/review.json``, ``/review/{source}.json``). Decisions are posted as JSON to
``/review/{source}/decisions`` and need the server's update token (``Authorization: Bearer``);
without a token configured the pages are read-only. Without JavaScript each fact's plain form posts to
``/review/{source}/decide`` (the token its password field, checked as the header is, before anything is
written), answered with a page saying what was decided, or with the JSON route's answer to a client that
asks for JSON; both routes decide through :func:`kg.review.decide`. A target's assessment is posted the same
two ways: as JSON to ``/review/{source}/assessments``, or from its plain form to ``/review/{source}/assess``
(both through :func:`kg.review.assess`). A reviewer's word on an outcome the card shows matched to a target by its
words (confirm: the tie is stated from then on; reject: never matched again) is posted as JSON to ``/review/ties`` or
from the card's plain form to ``/review/tie``, which answers with the card (both through :func:`kg.review.tie`). Texts are uploaded from ``/review`` by its form:
with JavaScript to ``POST /store/ingest`` (the token as a bearer token), without it as a plain
multipart form to ``POST /review/upload`` (the token as the form's password field), which answers
with the ingest's report as a page, or as ``/store/ingest``'s JSON to a client that asks for JSON. The reviewer is the analyst
named by their own token where the server has a tokens file (``kg.web.auth``), else the server's
(``$DKG_REVIEWER``, else the user running it). The article text is untrusted: it reaches the page
only through the template's autoescaping, cut into segments at the evidence boundaries.
"""

from __future__ import annotations

from collections.abc import Callable

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from kg.cards import Labels, fact_line, known_names
from kg.changes import REVIEW_PAGE
from kg.errors import NotFound, UsageError
from kg.i18n import REVIEW, REVIEW_FIELDS, TEXT
from kg.ingest_folder import SUFFIXES
from kg.paths import QUARANTINE_PAGE, doc_path
from kg.rdf.identity import is_source_id
from kg.rdf.vocab import ROLE_BY_CODE
from kg.review import (KINDS, PER_PAGE, STATES, Entry, SourcesPage, assess, assessment_of, decide, default_reviewer, documents_named,
                       doubtful_page, ledger, queue, replaced_json, replaced_text, source_summaries, sources_page, tie)
from kg.review.corrections import ASSESSMENTS, assessment_code, link_type_words
from kg.review.model import CORRECTABLE, LEVELS, LINK_TYPES
from kg.web.auth import analyst_of, require_form_token, require_update_token, require_writes
from kg.web.errors import said_language
from kg.web.form_token import token_first
from kg.web.formats import wants_html
from kg.web.render import href, json_response, lang_of, page
from kg.web.writes import decision_items, ingest_upload, read_form, read_upload, run_write

router = APIRouter()


def _check_source(source: str) -> str:
    if not is_source_id(source):
        raise NotFound(code="review-no-source", details={"source": repr(source)})
    return source


def _reviewer(request: Request) -> str:
    """Who a decision is recorded under: the analyst whose own token came with it, else the server's reviewer."""
    return analyst_of(request) or getattr(request.app.state, "reviewer", None) or default_reviewer()


def _can_write(request: Request) -> bool:
    return request.app.state.settings.takes_writes


def segments(text: str, entries: list[dict]) -> list[dict]:
    """``text`` cut at every evidence boundary: each segment with the facts whose evidence covers
    it (innermost first) and the kind of the innermost, for highlighting."""
    spans = [(e["evidence"]["start"], e["evidence"]["end"], e) for e in entries
             if e["evidence"]["end"] > e["evidence"]["start"]]
    cuts = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    out = []
    for a, b in zip(cuts, cuts[1:]):
        cover = sorted((e for s, t, e in spans if s <= a and b <= t),
                       key=lambda e: e["evidence"]["end"] - e["evidence"]["start"])
        out.append({"text": text[a:b], "facts": [e["id"] for e in cover],
                    "kind": cover[0]["kind"] if cover else None,
                    "state": cover[0]["state"] if cover else None})
    return out


def fact_entry(store, entry: Entry, labels: Labels, lang: str) -> dict:
    """A fact of the queue as the review page and the quarantine page show it: its line in the reader's words, the
    fields a correction may set, whether it is a target to assess (and as assessed now), the cards it is about."""
    e = entry.to_json(lang)
    e["line"] = fact_line(e["kind"], e["fact"], labels)
    e["fields"] = list(CORRECTABLE[e["kind"]])
    e["assessable"] = e["kind"] == "target" and e["state"] != "rejected" and not e["violation"]
    e["assessment"] = assessment_of(store, entry.item) if e["assessable"] else None
    # (the cards of the documents it is about: where an analyst who came from a card goes back, once decided)
    e["document_hrefs"] = {key: doc_path(key) for key in sorted(documents_named(e["kind"], e["fact"] or {}) - {""})}
    return e


def form_words(request: Request) -> dict:
    """What a page's correction forms need besides the fact (``fact_forms.html``): the names offered as the reviewer
    types, each field's name and the words of a role, a level and a link's kind in the page's language."""
    lang = lang_of(request)
    return {"suggestions": known_names(request.app.state.store), "was": WAS,
            "fields_said": REVIEW_FIELDS["en" if lang == "en" else "vi"],
            "roles_said": {code: TEXT[lang][role.word].lower() for code, role in ROLE_BY_CODE.items()},
            "levels_said": {code: TEXT[lang][f"level_{code}"].lower() for code in LEVELS},
            "links_said": {code: link_type_words(code, lang) for code in LINK_TYPES}}


def _source_data(request: Request, source: str) -> dict:
    store = request.app.state.store
    found = ledger.read_record(store, source)
    if found is None:
        raise NotFound(code="review-no-source", details={"source": source})
    meta, text = found
    lang = lang_of(request)
    labels = Labels(store, lang)

    entries = [fact_entry(store, entry, labels, lang) for entry in queue(store, source=source, order="reading")]
    return {"source": meta.summary(),
            "text": text, "facts": entries, "can_write": _can_write(request), "reviewer": _reviewer(request),
            # (a server that knows analysts by their tokens records each decision under the name of the token typed)
            "reviewer_by_token": bool(request.app.state.settings.analysts)}


def _sources_page(request: Request) -> SourcesPage:
    """The page of texts ``/review`` and its twin list (``?sort=``, ``?page=``, ``?size=``: :func:`kg.review.sources_page`)."""
    p = request.query_params
    return sources_page(request.app.state.store, p.get("sort") or "pending", p.get("page"), p.get("size"))


@router.get("/review", response_class=HTMLResponse, summary="Review: the ingested sources with their pending counts")
def review_home(request: Request):
    lang = lang_of(request)
    r = REVIEW[lang]
    listed = _sources_page(request)
    order = listed["sort"]
    keep = {**({"sort": order} if order != "pending" else {}),
            **({"size": str(listed["size"])} if listed["size"] != PER_PAGE else {})}
    go = {n: href(request, "/review", **keep, **({"page": str(n)} if n > 1 else {}))
          for n in (listed["page"] - 1, listed["page"] + 1) if 1 <= n <= listed["pages"]}
    return page(request, "review_sources.html", title=r["review"],
                json_href=href(request, "/review.json", **keep, **({"page": str(listed["page"])} if listed["page"] > 1 else {})),
                r=r, sources=listed["sources"], order=order, can_write=_can_write(request), accept=SUFFIXES,
                listed=listed, prev_href=go.get(listed["page"] - 1), next_href=go.get(listed["page"] + 1))


@router.post("/review/upload", summary="Ingest texts from the review page's plain form (the update token as its field token)")
async def review_upload(request: Request):
    what = "upload"
    require_writes(request, what)  # (a server that takes no writes says so before reading any file)
    # the token checked as soon as its field has arrived, before the files are read (and again on the whole form)
    receive = await token_first(request, lambda token: require_form_token(request, token, what))
    data, (on, place, given) = await read_upload(request, "date", "place", "token", receive=receive)
    require_form_token(request, given, what)  # nothing is written before this
    summary = await ingest_upload(request, "review page upload", data, on=on, place=place)
    if not wants_html(request.headers.get("accept")):
        return json_response(summary.to_json())
    lang = lang_of(request)
    return page(request, "review_upload.html", title=REVIEW[lang]["upload_report"], r=REVIEW[lang],
                report=summary.to_text(lang), exit_code=summary.exit_code)


@router.get("/review/upload", summary="The upload form (on /review)")
def review_upload_form(request: Request):
    # (the report page's language switch, a reload or a bookmark asks for this address: the form is on /review)
    return RedirectResponse(href(request, "/review") + "#upload", status_code=303)


@router.get("/review.json", summary="Review: the ingested sources with their pending counts (JSON)")
def review_home_json(request: Request):
    return json_response(_sources_page(request))


#: the address of the facts to review most doubtful first, from every source (its twin: ``.json``)
DOUBTFUL_PAGE = "/review/doubtful"


def _doubtful_data(request: Request) -> dict:
    """The facts ``/review/doubtful`` and its twin list (:func:`kg.review.doubtful_page`, as ``dkg review list``): chosen
    by ``?source=``, ``?document=``, ``?kind=`` and ``?state=`` (each repeatable where it is a list), a page at a time."""
    p = request.query_params
    source, document = (p.get("source") or "").strip(), (p.get("document") or "").strip()
    kinds, states = [k for k in p.getlist("kind") if k], [s for s in p.getlist("state") if s]
    listed = doubtful_page(request.app.state.store, source=source, document=document, kinds=tuple(kinds),
                           states=tuple(states), page=p.get("page"), size=p.get("size"))
    chosen = {"source": source, "document": document, "kind": kinds, "state": states}
    store, lang = request.app.state.store, lang_of(request)
    labels = Labels(store, lang)
    return {"filters": chosen, "facts": [fact_entry(store, e, labels, lang) for e in listed["entries"]],
            **{k: listed[k] for k in ("page", "pages", "size", "total")}}


@router.get(DOUBTFUL_PAGE + ".json", summary="The facts to review, most doubtful first, with why (JSON; filters: source, "
            "document, kind, state)")
def review_doubtful_json(request: Request):
    return json_response(_doubtful_data(request))


@router.get(DOUBTFUL_PAGE, response_class=HTMLResponse, summary="The facts to review, most doubtful first, with why "
            "(filters: source, document, kind, state)")
def review_doubtful(request: Request):
    lang = lang_of(request)
    r = REVIEW[lang]
    data = _doubtful_data(request)
    f = data["filters"]
    keep = {**({"source": f["source"]} if f["source"] else {}), **({"document": f["document"]} if f["document"] else {}),
            **({"kind": f["kind"]} if f["kind"] else {}), **({"state": f["state"]} if f["state"] else {}),
            **({"size": str(data["size"])} if data["size"] != PER_PAGE else {})}
    go = {n: href(request, DOUBTFUL_PAGE, **keep, **({"page": str(n)} if n > 1 else {}))
          for n in (data["page"] - 1, data["page"] + 1) if 1 <= n <= data["pages"]}
    sources = {s["id"]: s["title"] or s["name"] for s in source_summaries(request.app.state.store, "name")}
    return page(request, "review_doubtful.html", title=r["doubtful"], r=r, kinds=KINDS, states=STATES, sources=sources,
                json_href=href(request, DOUBTFUL_PAGE + ".json", **keep,
                               **({"page": str(data["page"])} if data["page"] > 1 else {})),
                prev_href=go.get(data["page"] - 1), next_href=go.get(data["page"] + 1), **data)


@router.get("/review/{source}", summary="Review one source (HTML, or JSON with a .json suffix)")
def review_source(request: Request, source: str):
    as_json = source.endswith(".json")
    source = _check_source(source[:-5] if as_json else source)
    data = _source_data(request, source)
    if as_json:
        return json_response(data)
    lang = lang_of(request)
    r = REVIEW[lang]
    title = f"{r['review']} · {data['source']['title'] or data['source']['name']}"
    return page(request, "review_source.html", title=title, json_href=href(request, f"/review/{source}.json"),
                r=r, segments=segments(data["text"], data["facts"]),
                decide_href=href(request, f"/review/{source}/decisions", lang=lang),
                form_href=href(request, f"/review/{source}/decide"),
                assess_href=href(request, f"/review/{source}/assessments", lang=lang),
                assess_form_href=href(request, f"/review/{source}/assess"), assessments=ASSESSMENTS,
                **form_words(request), **data)


async def _authorized_json(request: Request, hint: str) -> dict:
    """The JSON object of a write request that carries the server's update token."""
    require_update_token(request, "review-decision")
    try:
        body = await request.json()
    except ValueError:
        raise UsageError("the request body is not JSON", hint=hint) from None
    if not isinstance(body, dict):
        raise UsageError("the request body must be a JSON object", hint=hint)
    return body


async def _decide(request: Request, source: str, ids: list[str], state: object, reason: str | None,
                  changes: dict[str, str], seen: dict[str, str] | None) -> dict:
    """Decide about facts of ``source`` through :func:`kg.review.decide` (404 for an id the source does
    not have): the answer of both ways of posting, the facts decided and those still held out of the graph."""
    store = request.app.state.store
    known = {e.item.id for e in queue(store, source=source)}
    if unknown := [i for i in ids if i not in known]:
        raise NotFound("no fact with id " + ", ".join(unknown) + f" in source {source}",
                       hint=f"/review/{source} lists the facts of this source")
    result = await run_write(request, REVIEW_PAGE, decide, ids, str(state), reviewer=_reviewer(request),
                             reason=reason, changes=changes, seen=seen)
    lang = said_language(request)  # (a page's form: the page's language; a client: English unless ?lang=vi)
    return {"lang": lang, "decided": [i.id for i in result.decided],
            "held": [{"id": i.id, "violation": i.violation(lang)} for i in result.held],
            "replaces": [{"id": fid, **replaced_json(d, lang)} for fid, d in result.replaced.items()]}


@router.post("/review/{source}/decisions", summary="Accept, correct or reject facts of one source (needs the update token)")
async def review_decide(request: Request, source: str):
    source = _check_source(source)
    body = await _authorized_json(request, 'send {"ids": [...], "decision": "accepted|corrected|rejected"}')
    ids, changes = decision_items(body)
    seen = body.get("seen")
    if seen is not None and not (isinstance(seen, dict) and all(isinstance(v, str) for v in seen.values())):
        raise UsageError("seen must map fact ids to the decision shown (its IRI, \"\" for none)")
    return json_response(await _decide(request, source, ids, body.get("decision"), body.get("reason") or None, changes,
                                       seen))


#: the prefix of a plain form's hidden fields that carry each correctable field as the page showed it
WAS = "was:"


def form_changes(form: dict[str, str]) -> dict[str, str]:
    """The corrections of a plain form: each field the page showed (a ``was:`` twin beside it) whose
    value the reviewer changed, as the script sends only the fields changed."""
    return {name: form[name] for key, shown in form.items() if key.startswith(WAS)
            for name in [key[len(WAS):]] if name in form and form[name] != shown}


async def _authorized_form(request: Request, what: str, names: str, hint: str) -> tuple[dict[str, str], str]:
    """A plain form's fields and the id it names, once its token is checked: nothing is written before this,
    and a server that takes no writes says so before the form is read."""
    require_writes(request, what)
    form = await read_form(request)
    require_form_token(request, form.get("token"), what)
    fid = form.get("id", "").strip()
    if not fid:
        raise UsageError(f"the form names no {names}", hint=hint)
    return form, fid


#: the pages a plain form may name as its ``back`` (the page the answer leads back to; any other value: the source's page)
BACK_PAGES = {"quarantine": QUARANTINE_PAGE}


def _form_answer(request: Request, source: str, fid: str, answer: dict,
                 shown: Callable[[list[dict]], list[dict]], *, assessed: bool = False, back: str | None = None):
    """What a plain form's post is answered with: the JSON ``answer`` to a client that asks for JSON, else a page
    showing the facts of ``source`` that ``shown`` picks (those decided, or the target assessed), with a way
    back to the fact ``fid`` on the source's page, or to the page of :data:`BACK_PAGES` the form named."""
    if not wants_html(request.headers.get("accept")):
        return json_response(answer)
    r = REVIEW[lang_of(request)]
    there = BACK_PAGES.get(back or "")
    return page(request, "review_decided.html", title=r["assessed" if assessed else "decided"], r=r,
                facts=shown(_source_data(request, source)["facts"]), assessed=assessed,
                back=href(request, there) if there else href(request, f"/review/{source}") + f"#fact-{fid}",
                back_said=r["quarantine_back"] if there else r["decided_back"])


@router.post("/review/{source}/decide", summary="Accept, correct or reject a fact from its plain form (the update token as its field token)")
async def review_decide_form(request: Request, source: str):
    source = _check_source(source)
    form, fid = await _authorized_form(request, "review-decision", "fact", "post the form of a fact on the review page")
    state = form.get("decision", "").strip()
    changes = form_changes(form) if state == "corrected" else {}
    # (the decision in force the page showed beside the fact: one taken since by another reviewer is not undone unseen)
    seen = {fid: form["seen"].strip()} if "seen" in form else None
    answer = await _decide(request, source, [fid], state, (form.get("reason") or "").strip() or None, changes, seen)
    held = {h["id"]: h["violation"] for h in answer["held"]}
    replaces = {r["id"]: r for r in answer["replaces"]}
    return _form_answer(request, source, fid, answer, lambda facts: [
        {**f, "held": held.get(f["id"]), "replaces": replaces.get(f["id"])} for f in facts if f["id"] in answer["decided"]],
        back=form.get("back"))


@router.get("/review/{source}/decide", summary="A fact's form (on /review/{source})")
def review_decide_page(request: Request, source: str):
    # (the answer page's language switch, a reload or a bookmark asks for this address)
    return RedirectResponse(href(request, f"/review/{_check_source(source)}"), status_code=303)


def _seen(value: object) -> str | None:
    """The word in force a page showed (``seen``: its IRI, "" for none; None where the client says nothing)."""
    if value is not None and not isinstance(value, str):
        raise UsageError("seen must be the IRI of the decision shown, \"\" for none")
    return value.strip() if isinstance(value, str) else None


async def _assess(request: Request, source: str, fid: object, status: object, note: object, seen: object = None) -> dict:
    """Assess a target of ``source`` through :func:`kg.review.assess` (404 for an id the source does not
    have): the answer of both ways of posting, the target's id, its node in the graph and the colleague's
    assessment it replaced (``replaces``, or null)."""
    if not isinstance(fid, str) or not isinstance(status, str) or not isinstance(note, (str, type(None))):
        raise UsageError("id and status must be text, note text or null")
    shown = _seen(seen)
    assessment_code(status)  # (a status that is not one, refused naming the field before the queue is read)
    if fid not in {e.item.id for e in queue(request.app.state.store, source=source)}:
        raise NotFound(f"no fact with id {fid} in source {source}", hint=f"/review/{source} lists the facts of this source")
    done = await run_write(request, REVIEW_PAGE, assess, fid, status, note=note, reviewer=_reviewer(request), seen=shown)
    lang = said_language(request)
    return {"lang": lang, "assessed": fid, "target": done.node,
            "replaces": replaced_json(done.replaced, lang, "assessment") if done.replaced else None}


@router.post("/review/{source}/assessments", summary="Assess a target of one source (needs the update token)")
async def review_assess(request: Request, source: str):
    source = _check_source(source)
    body = await _authorized_json(request, 'send {"id": "...", "status": "attained|partly|not-attained|no-data"}')
    return json_response(await _assess(request, source, body.get("id"), body.get("status"), body.get("note"),
                                       body.get("seen")))


@router.post("/review/{source}/assess", summary="Assess a target from its plain form (the update token as its field token)")
async def review_assess_form(request: Request, source: str):
    source = _check_source(source)
    form, fid = await _authorized_form(request, "assessment", "target", "post the assessment form of a target on the review page")
    answer = await _assess(request, source, fid, form.get("status", "").strip(), (form.get("note") or "").strip() or None,
                           form.get("seen"))
    return _form_answer(request, source, fid, answer, lambda facts: [
        {**f, "replaces": answer["replaces"]} for f in facts if f["id"] == fid], assessed=True)


async def _tie(request: Request, fields: dict) -> dict:
    """A reviewer's word on an outcome matched to a target (``kg.review.tie``): the answer of both ways of posting."""
    values = {name: fields.get(name) for name in ("outcome", "target", "decision", "reason", "similarity")}
    if not all(isinstance(values[n], str) and values[n] for n in ("outcome", "target", "decision")) \
            or not all(isinstance(values[n], (str, int, float, type(None))) for n in ("reason", "similarity")):
        raise UsageError("outcome, target and decision must be text", hint='send {"outcome": IRI, "target": IRI, '
                         '"decision": "accepted|rejected", "reason": "..."}')
    try:
        similarity = float(values["similarity"]) if values["similarity"] not in (None, "") else None
    except (TypeError, ValueError):
        similarity = None  # (what the page showed, kept for the record only)
    done = await run_write(request, REVIEW_PAGE, tie, values["outcome"], values["target"], values["decision"],
                           reviewer=_reviewer(request), reason=str(values["reason"] or "").strip() or None,
                           similarity=similarity, seen=_seen(fields.get("seen")))
    lang = said_language(request)
    if done["replaces"]:  # (said in the language asked, as the other answers)
        done["replaces"] = {**done["replaces"], "said": replaced_text(done["replaces"], lang)}
    return {"lang": lang, **done}


@router.post("/review/ties", summary="Confirm or reject an outcome matched to a target (needs the update token)")
async def review_ties(request: Request):
    body = await _authorized_json(request, 'send {"outcome": IRI, "target": IRI, "decision": "accepted|rejected"}')
    return json_response(await _tie(request, body))


@router.post("/review/tie", summary="Confirm or reject a matched pair from the card's plain form (the update token as its field token)")
async def review_tie_form(request: Request):
    require_writes(request, "review-decision")
    form = await read_form(request)
    require_form_token(request, form.get("token"), "review-decision")
    answer = await _tie(request, form)
    if not wants_html(request.headers.get("accept")):
        return json_response(answer)
    # back to the card of the target's document, where the pair now shows as stated (or as no longer matched)
    key = answer.get("document")
    return RedirectResponse(href(request, doc_path(key) + "#targets") if key else href(request, "/changes"), status_code=303)


@router.get("/review/{source}/assess", summary="A target's assessment form (on /review/{source})")
def review_assess_page(request: Request, source: str):
    # (the answer page's language switch, a reload or a bookmark asks for this address)
    return RedirectResponse(href(request, f"/review/{_check_source(source)}"), status_code=303)
