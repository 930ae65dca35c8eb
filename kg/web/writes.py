"""Writes through the server (ghi qua máy chủ): the process that holds the store takes the writes.

While ``dkg serve`` holds a folder store, no other process can write to it; these routes let a
client (the CLI, see :mod:`kg.client`, or any HTTP client with the update token) send the write to
the server instead. Each route calls the same library function as the CLI command and answers
with the same report, as JSON:

* ``POST /store/load``: RDF files as a multipart upload (field ``file``, repeatable; ``names``,
  the files' names as a JSON list where an encoder would escape them; ``force``),
  one atomic batch, as ``dkg load`` (``Store.load_files``);
* ``POST /store/ingest``: texts as a multipart upload (``file``; ``date``, ``place``,
  ``max_chars``), as ``dkg ingest`` (``kg.ingest.ingest_paths``, with the review intake);
* ``POST /store/review``: a review decision ``{"ids", "decision", "set", "reason", "reviewer"}``
  (``kg.review.decide``, the call the review pages make too); ``POST /store/assess``: a target's
  assessment (``kg.review.assess``); ``POST /store/tie``: a reviewer's word on an outcome matched to a target
  ``{"outcome", "target", "decision", "reason", "reviewer"}`` (``kg.review.tie``, the call the card's form makes too);
* ``POST /store/reason`` (``{"engine"}``), ``POST /store/reindex``, ``POST /store/rollback``
  (``{"change", "cascade"}``).

``GET /store.json`` says what the server is and whether it takes writes, for a client to tell a
dkg server from another SPARQL server. Every write needs the server's update token
(``Authorization: Bearer``): 403 when the server has none, 401 when the request lacks it or
carries another. Writes run one at a time, in a thread (the pages keep answering), and the
``/sparql`` workers are given the new data once a write has finished, so a query sees all of a
write or none of it. A request body over ``DKG_MAX_UPLOAD_BYTES`` is refused with 413 naming it;
each file then meets the limits of a local load or ingest (``kg.limits``, ``DKG_MAX_TEXT_CHARS``).
Uploaded names are labels only: the server never reads a path a client names.
"""

from __future__ import annotations

import json
import logging
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from fastapi import APIRouter, Request
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile
from starlette.requests import Request as StarletteRequest

from kg import limits
from kg.errors import DkgError, UsageError
from kg.asof import parse_day
from kg.ingest import IngestSummary, ingest_paths
from kg.reason import ENGINES, materialize
from kg.review import assess as assess_target
from kg.review import decide, replaced_json, replaced_text, tie
from kg.sources import max_text
from kg.store import history, undo
from kg.store.backup import backup
from kg.web.auth import analyst_of, require_update_token
from kg.web.errors import Forbidden, PayloadTooLarge, UnsupportedMedia, said_language
from kg.web.render import json_response

router = APIRouter(tags=["writes"])
LOG = logging.getLogger("kg.web.writes")

#: files one upload may carry (a load is one request: its files are one atomic batch)
MAX_FILES = 10_000
SERVICE = "directive-kg"


class UploadTooLarge(PayloadTooLarge):
    def __init__(self, limit: int) -> None:  # (PayloadTooLarge's message, with the setting named)
        super().__init__(limit, "upload-too-large")


FORM_MEDIA = ("application/x-www-form-urlencoded", "multipart/form-data")


async def _form(request: Request, media: tuple[str, ...] = ("multipart/form-data",), max_fields: int = 20,
                refusal: str = "upload-media", receive=None):
    """The form of an upload (of a type in ``media``, else the message ``refusal``), its size counted while it is read;
    ``receive`` gives the body's messages (the request's own by default)."""
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype not in media:
        raise UnsupportedMedia(code=refusal, details={"ctype": repr(ctype or "(none)")})
    limit = limits.UPLOAD_BYTES.value()
    length = request.headers.get("content-length")
    if length and length.isdigit() and int(length) > limit:
        raise UploadTooLarge(limit)
    size = 0

    async def counted():
        nonlocal size
        message = await (receive or request.receive)()
        size += len(message.get("body", b""))
        if size > limit:
            raise UploadTooLarge(limit)
        return message

    return await StarletteRequest(request.scope, counted).form(max_files=MAX_FILES, max_fields=max_fields,
                                                               max_part_size=8 << 20)  # (names of many files)


async def _files(form) -> dict[str, bytes]:
    """The uploaded files by name, in the order sent (two files of one name are refused). A
    ``names`` field (a JSON list, one name per file) gives the names exactly: multipart encoders
    escape some characters of a file name (``"`` becomes ``%22``)."""
    uploads = form.getlist("file")
    given = _field(form, "names")
    wrong = UsageError("names must be a JSON list with one name for each file")
    try:
        names = json.loads(given) if given is not None else None
    except ValueError:
        raise wrong from None
    if names is not None and (not isinstance(names, list) or len(names) != len(uploads)
                              or not all(isinstance(n, str) and n for n in names)):
        raise wrong
    out: dict[str, bytes] = {}
    for i, upload in enumerate(uploads):
        if not isinstance(upload, UploadFile) or not upload.filename:
            raise UsageError("each file field must be an uploaded file with a name")
        name = names[i] if names is not None else upload.filename
        if name in out:
            raise UsageError(f"two files named {name!r} in one request", hint="give each file its own name")
        out[name] = await upload.read()
    if not out:
        raise UsageError(code="upload-no-file")
    return out


async def read_upload(request: Request, *names: str, receive=None) -> tuple[dict[str, bytes], list[str | None]]:
    """The files of a multipart write (see :func:`_files`) and the fields ``names`` beside them;
    the form, with its spooled files, closed once read. ``receive``: as for :func:`_form`."""
    form = await _form(request, receive=receive)
    try:
        return await _files(form), [_field(form, name) for name in names]
    finally:
        await form.close()


async def read_form(request: Request) -> dict[str, str]:
    """The text fields of a plain HTML form a browser posts without JavaScript (URL-encoded or
    multipart, within the upload limit), by name; the first value of a repeated name; a file is refused."""
    form = await _form(request, FORM_MEDIA, max_fields=100, refusal="form-media")
    try:
        out: dict[str, str] = {}
        for name, value in form.multi_items():
            if not isinstance(value, str):
                raise UsageError(f"{name} must be a text field, not a file")
            out.setdefault(name, value)
        return out
    finally:
        await form.close()


def _field(form, name: str) -> str | None:
    value = form.get(name)
    if value is not None and not isinstance(value, str):
        raise UsageError(f"{name} must be a text field, not a file")
    return value.strip() if value and value.strip() else None


async def _json_body(request: Request) -> dict:
    try:
        body = await request.json()
    except ValueError:
        raise UsageError(code="body-not-json") from None
    if not isinstance(body, dict):
        raise UsageError(code="body-not-object")
    return body


def decision_items(body: dict) -> tuple[list[str], dict[str, str]]:
    """The fact ids and the corrections (``set``) of a review decision's JSON, as both ways of posting
    one (``/store/review`` and the review page's ``/review/{source}/decisions``) check them."""
    ids, changes = body.get("ids"), body.get("set") or {}
    if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
        raise UsageError("ids must be a list of fact ids")
    if not isinstance(changes, dict) or not all(isinstance(v, str) for v in changes.values()):
        raise UsageError("set must map field names to text values")
    return ids, changes


async def run_write(request: Request, command: str, fn, *args, **kwargs):
    """Run one write (``fn(store, ...)``) after the others, named ``command`` in the change log with the analyst
    whose own token sent it (:func:`kg.web.auth.analyst_of`), then give the query workers the new data."""
    app = request.app
    store = app.state.store
    async with app.state.write_lock:
        def run():
            before, store.agent = store.agent, history.served_agent(command)
            store.analyst = analyst_of(request)  # (the change log names the analyst whose own token sent it)
            try:
                return fn(store, *args, **kwargs)
            finally:
                store.agent, store.analyst = before, None
        try:
            return await run_in_threadpool(run)
        finally:  # (also after a failed write: what was written before the failure is visible)
            if app.state.query_pool is not None:
                try:
                    await app.state.query_pool.refresh()
                except (OSError, DkgError) as exc:
                    # (the write stands, or its own error is the answer: a snapshot that cannot be made, a full
                    # disk, leaves /sparql on the previous one until a later write makes one)
                    LOG.error("after %s, the query workers keep the previous snapshot of the store, so /sparql "
                              "does not show this write yet: %s", command, exc)


@router.get("/store.json", summary="What this server is, and whether it takes writes")
def store_info(request: Request):
    try:
        release = version("directive-kg")
    except PackageNotFoundError:  # (a checkout run without installing)
        release = None
    return json_response({"service": SERVICE, "version": release,
                          "writes": request.app.state.settings.takes_writes,
                          "max_upload_bytes": limits.UPLOAD_BYTES.value()})


@router.post("/store/load", summary="Load RDF files as one atomic batch, as `dkg load` (needs the update token)")
async def load(request: Request):
    require_update_token(request)
    data, (force_field,) = await read_upload(request, "force")
    force = (force_field or "").lower() in ("1", "true", "yes", "on")
    names = list(data)
    result = await run_write(request, "dkg load", lambda store: store.load_files(names, force=force, data=data))
    return json_response({"files": result.files, "triples": result.triples, "graph": result.graph,
                          "quarantined": result.quarantined,
                          "report": result.report.to_json() if result.report is not None else None})


@router.post("/store/ingest", summary="Extract, validate and load texts, as `dkg ingest` (needs the update token)")
async def ingest(request: Request):
    require_update_token(request)
    data, (on, place, asked) = await read_upload(request, "date", "place", "max_chars")
    summary = await ingest_upload(request, "dkg ingest", data, on=on, place=place, asked=asked)
    return json_response(summary.to_json())


async def ingest_upload(request: Request, command: str, data: dict[str, bytes], *, on: str | None,
                        place: str | None, asked: str | None = None) -> IngestSummary:
    """Ingest the uploaded texts ``data`` as ``dkg ingest`` does (``command`` names the write in the
    change log): what ``POST /store/ingest`` and the review page's upload form both run."""
    parse_day(on, "date")  # a bad date is refused before anything is written
    # the server's limit holds; a client may only ask for a lower one
    limit = max_text(None) if asked is None else min(max_text(asked), max_text(None))
    # extracted in this process (workers=0): a fork of the server, with its threads, could inherit a
    # lock another thread holds; and a client sends at most 50 texts a request, about where a worker
    # starts to pay (kg.ingest.POOL_MIN)
    return await run_write(request, command, lambda store: ingest_paths(
        store, list(data), on=on, place=place, max_chars=limit, data=data, workers=0))


def _text(body: dict, name: str) -> str | None:
    value = body.get(name)
    if value is not None and not isinstance(value, str):
        raise UsageError(f"{name} must be text")
    return value or None


def _reviewer(request: Request, body: dict) -> str | None:
    """Who a decision sent by a client is recorded under: the analyst its token belongs to, whatever name the body
    gives; with the server's shared token, the ``reviewer`` the body names (the CLI's user), as before analysts had
    tokens of their own."""
    return analyst_of(request) or _text(body, "reviewer")


@router.post("/store/review", summary="Accept, correct or reject facts, as `dkg review` (needs the update token)")
async def review(request: Request):
    require_update_token(request)
    body = await _json_body(request)
    ids, changes = decision_items(body)
    verbs = {"accepted": "accept", "corrected": "correct", "rejected": "reject"}
    decision = _text(body, "decision") or ""
    if decision not in verbs:
        raise UsageError(f"decision must be accepted, corrected or rejected, not {decision!r}",
                         hint='send {"ids": [...], "decision": "accepted"} (with "set" for a correction, '
                              '"reason" and "reviewer" optional)')
    verb = verbs[decision]
    result = await run_write(request, f"dkg review {verb}", decide, ids, decision, reviewer=_reviewer(request, body),
                          reason=_text(body, "reason"), changes=changes)
    # (the words meant for people, a held fact's violation and the decision replaced, in the language an API client's
    # errors are said in: English unless it asked ``?lang=vi``, as the CLI does; the review page's JSON twin says them
    # in the page's)
    lang = said_language(request)
    return json_response({"lang": lang, "decided": [i.id for i in result.decided],
                          "held": [{"id": i.id, "violation": i.violation(lang)} for i in result.held],
                          "replaces": [{"id": fid, **replaced_json(d, lang)} for fid, d in result.replaced.items()]})


@router.post("/store/tie", summary="Confirm or reject an outcome matched to a target, as `dkg review tie` (needs the update token)")
async def tie_pair(request: Request):
    require_update_token(request)
    body = await _json_body(request)
    outcome, target, decision = _text(body, "outcome"), _text(body, "target"), _text(body, "decision")
    if outcome is None or target is None or decision is None:
        raise UsageError("outcome, target and decision are required")
    done = await run_write(request, "dkg review tie", tie, outcome, target, decision, reason=_text(body, "reason"),
                           reviewer=_reviewer(request, body))
    lang = said_language(request)
    if done["replaces"]:  # (said in the language asked, as /store/review's)
        done["replaces"] = {**done["replaces"], "said": replaced_text(done["replaces"], lang)}
    return json_response({"lang": lang, **done})


@router.post("/store/assess", summary="Assess a target, as `dkg review assess` (needs the update token)")
async def assess(request: Request):
    require_update_token(request)
    body = await _json_body(request)
    fid, status = _text(body, "id"), _text(body, "status")
    if fid is None or status is None:
        raise UsageError("id and status are required")
    done = await run_write(request, "dkg review assess", assess_target, fid, status, note=_text(body, "note"),
                           reviewer=_reviewer(request, body))
    lang = said_language(request)
    return json_response({"lang": lang, "assessed": fid, "target": done.node,
                          "replaces": replaced_json(done.replaced, lang, "assessment") if done.replaced else None})


@router.post("/store/reason", summary="Materialise the entailments, as `dkg reason` (needs the update token)")
async def reason(request: Request):
    require_update_token(request)
    body = await _json_body(request)
    engine = _text(body, "engine") or "auto"
    if engine not in ENGINES:
        raise UsageError(f"unknown engine {engine!r}", hint="one of: " + ", ".join(ENGINES))
    result = await run_write(request, "dkg reason", materialize, engine)
    return json_response({**result.to_json(), "text": str(result)})


@router.post("/store/reindex", summary="Rebuild the index graph, as `dkg reindex` (needs the update token)")
async def reindex(request: Request):
    require_update_token(request)
    docs, names = await run_write(request, "dkg reindex", lambda store: store.rebuild_index())
    return json_response({"documents": docs, "places": names})


@router.post("/store/backup", summary="Copy the store into a new folder on the server's disk, as `dkg backup` "
                                     "(needs the server's shared update token)")
async def backup_store(request: Request):
    # (a copy is a folder the server's user writes anywhere it may: the operator's, never an analyst's own token)
    if (analyst := require_update_token(request)) is not None:
        # (a server started with a tokens file alone has no such token: then only stopping it lets a backup be made)
        shared = request.app.state.settings.update_token
        raise Forbidden(code="backup-operator-only" if shared else "backup-no-shared-token", details={"name": analyst})
    body = await _json_body(request)
    target = _text(body, "target")
    if target is None or not Path(target).is_absolute():
        raise UsageError("target must be the absolute path of a folder that does not exist yet")
    async with request.app.state.write_lock:  # (between two writes: the copy is the store at one moment)
        made = await run_in_threadpool(backup, request.app.state.store, Path(target))
    return json_response({"quads": made.quads, "target": target})


@router.post("/store/rollback", summary="Undo a change set, as `dkg rollback` (needs the update token)")
async def rollback(request: Request):
    require_update_token(request)
    body = await _json_body(request)
    change, cascade = body.get("change"), body.get("cascade", False)
    if not isinstance(change, int) or isinstance(change, bool) or not isinstance(cascade, bool):
        raise UsageError("change must be a change set number and cascade true or false")
    done = await run_write(request, "dkg rollback", undo.rollback, change, cascade=cascade)
    return json_response(done.to_json())


__all__ = ["FORM_MEDIA", "MAX_FILES", "SERVICE", "decision_items", "ingest_upload", "read_form", "read_upload", "router",
           "run_write"]
