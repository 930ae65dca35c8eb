"""The CLI's side of writes through a running server (ghi qua máy chủ): see :mod:`kg.web.writes`.

A CLI write command (``dkg load``, ``ingest``, ``review accept|reject|correct|assess``, ``reason``,
``reindex``, ``rollback``) first asks :func:`server_for` whether its store is held by a
``dkg serve`` (the holder record of :mod:`kg.store.holder`), or whether ``--store URL`` names a dkg
server. If so the write is sent there with the update token from ``$DKG_UPDATE_TOKEN`` (the
variable ``dkg serve`` reads it from), and the answer comes back as the library's own result
objects, so that the CLI prints the same report as for a local write. An error the server
answers with is raised again as a :class:`ServerError` with its message, hint, report and the
CLI's exit code for its kind. Requests go only to the address the holder record or ``--store``
gives.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import httpx

from kg.errors import DkgError, InputError, StoreError, UsageError, Words
from kg.ingest_report import IngestSummary
from kg.sources import read_input
from kg.store import holder
from kg.store.remote import LAYOUTS, server_root
from kg.store.store import LoadResult
from kg.validate.validation import Report

if TYPE_CHECKING:
    from kg.reason import ReasonResult

TOKEN_ENV = "DKG_UPDATE_TOKEN"
#: how long to wait for a server to accept a connection; the write itself may take long
CONNECT_SECONDS = 10.0
#: how long a write sent to a server may go without an answer (``$DKG_WRITE_TIMEOUT`` seconds, 0: no bound): a
#: server stuck (stopped, deadlocked) took the connection and would otherwise hold the analyst's terminal for ever.
#: Ten minutes is far above what one write takes (bench/RESULTS.md, section polish33), and a write waiting behind
#: another one's turn waits within it.
WRITE_TIMEOUT_ENV = "DKG_WRITE_TIMEOUT"
WRITE_TIMEOUT_SECONDS = 600
#: an ingest is sent in parts of at most this many texts (each answer moves the progress bar)
INGEST_PART_FILES = 50
INGEST_PART_BYTES = 32 << 20

#: the CLI's exit code for each kind of error a server answers with (kg.errors, kg.web.errors)
_EXIT_CODES = {"usage": 2, "not-found": 2, "input": 2, "query": 2, "validation": 1, "store": 3,
               "unauthorized": 2, "forbidden": 2, "conflict": 1, "too-large": 2, "unsupported-media-type": 2}


class ServerError(DkgError):
    """An error the server answered a write with."""

    def __init__(self, message: str, *, hint: str | None, exit_code: int, report: Report | None) -> None:
        super().__init__(message, hint=hint)
        self.exit_code = exit_code
        self.report = report


@dataclass
class Held:
    """A fact a decision could not bring into the graph (what the CLI prints about it)."""

    id: str
    violation_en: str | None  # (in the language the client asked the server for: the CLI's)

    def violation(self, lang: str = "en") -> str | None:
        """Why it is held, as the server said it: in the CLI's language, which the client asks for (``?lang=vi``)."""
        return self.violation_en


@dataclass
class Decided:
    """The server's answer to a review decision."""

    decided: list[str]
    held: list[Held]
    #: by fact id, another reviewer's decision this one replaced (``kg.review.replaced_json``'s fields)
    replaced: dict[str, dict] = field(default_factory=dict)


class ServerClient:
    """Writes sent to the dkg server at ``url``."""

    def __init__(self, url: str, token: str, *, held_by: holder.Holder | None = None,
                 max_upload: int | None = None) -> None:
        self.url = url.rstrip("/")
        self.token = token
        self.held_by = held_by
        self.max_upload = max_upload
        #: the language the server says its refusals in (the command's: ``vi`` asks for Vietnamese)
        self.lang = "en"

    def words(self) -> Words:
        """The server, said in the language of the message it goes in: the command that holds the
        store where one is recorded, else its address."""
        return self.held_by.words() if self.held_by else Words("server", {"url": self.url})

    def _post(self, path: str, **kwargs) -> dict:
        seconds = write_timeout()
        try:
            with httpx.Client(timeout=httpx.Timeout(CONNECT_SECONDS, read=seconds, write=seconds)) as http:
                resp = http.post(self.url + path, headers={"Authorization": f"Bearer {self.token}"},
                                 params={"lang": "vi"} if self.lang == "vi" else None, **kwargs)
        except (httpx.ReadTimeout, httpx.WriteTimeout):
            raise StoreError(code="sent-timeout", details={"where": self.words(), "seconds": int(seconds or 0),
                                                           "env": WRITE_TIMEOUT_ENV}) from None
        except httpx.TransportError as exc:
            raise StoreError(code="sent-lost", details={"where": self.words(), "why": str(exc) or type(exc).__name__}) \
                from None
        return _answer(resp, self.words())

    @staticmethod
    def _files(data: dict[str, bytes]) -> list[tuple[str, tuple[str, bytes, str]]]:
        return [("file", (name, content, "application/octet-stream")) for name, content in data.items()]

    @staticmethod
    def _names(data: dict[str, bytes], fields: dict[str, str]) -> dict[str, str]:
        """``fields`` with the files' names exactly (multipart escapes some characters)."""
        return {**fields, "names": json.dumps(list(data), ensure_ascii=False)}

    def _check_size(self, data: dict[str, bytes]) -> None:
        size = sum(len(v) for v in data.values())
        if self.max_upload is not None and size > self.max_upload:
            raise InputError(f"{size:,} bytes exceed the server's DKG_MAX_UPLOAD_BYTES ({self.max_upload:,})",
                             file=", ".join(data),
                             hint="load fewer files at a time, or raise DKG_MAX_UPLOAD_BYTES where the server runs")

    # --- the writes -------------------------------------------------------------------
    def load(self, names: list[str], data: dict[str, bytes], *, force: bool = False) -> LoadResult:
        """``dkg load`` through the server: the files as one atomic batch."""
        files = {name: data[name] if name in data else read_input(name) for name in names}
        self._check_size(files)
        d = self._post("/store/load", files=self._files(files),
                       data=self._names(files, {"force": "true" if force else "false"}))
        return LoadResult(list(d["files"]), int(d["triples"]), str(d["graph"]), quarantined=bool(d["quarantined"]),
                          report=Report.from_json(d["report"]) if d.get("report") else None)

    def ingest(self, files: Iterable[str], *, on: str | None = None, place: str | None = None,
               max_chars: int | None = None, progress=None) -> IngestSummary:
        """``dkg ingest`` through the server, in parts; ``progress(n)`` is told of each text sent.
        A file that cannot be read here is refused as a local ingest refuses it."""
        summary = IngestSummary()
        fields = {k: str(v) for k, v in (("date", on), ("place", place), ("max_chars", max_chars)) if v is not None}
        part: dict[str, bytes] = {}

        def send() -> None:
            if part:
                d = self._post("/store/ingest", files=self._files(part), data=self._names(part, fields))
                summary.add(IngestSummary.from_json(d))
                if progress is not None:
                    progress(len(part))
                part.clear()

        for name in files:
            try:
                content = read_input(name)
            except InputError as exc:
                summary.files += 1
                summary.refuse(name, exc)
                if progress is not None:
                    progress(1)
                continue
            label = "<stdin>" if name == "-" else name  # (as a local ingest names it)
            size = sum(len(v) for v in part.values())
            if label in part or len(part) >= INGEST_PART_FILES or (part and size + len(content) > INGEST_PART_BYTES):
                send()
            part[label] = content
        send()
        return summary

    def review(self, ids: list[str], decision: str, *, reviewer: str | None = None, reason: str | None = None,
               changes: dict[str, str] | None = None) -> Decided:
        d = self._post("/store/review", json={"ids": ids, "decision": decision, "reviewer": reviewer,
                                              "reason": reason, "set": changes or {}})
        return Decided(decided=list(d["decided"]), held=[Held(h["id"], h.get("violation")) for h in d["held"]],
                       replaced={r["id"]: r for r in d.get("replaces", [])})

    def assess(self, fact_id: str, status: str, *, note: str | None = None, reviewer: str | None = None) -> dict:
        """The server's answer: the target's node (``target``) and the colleague's assessment replaced (``replaces``)."""
        return self._post("/store/assess", json={"id": fact_id, "status": status, "note": note, "reviewer": reviewer})

    def tie(self, outcome: str, target: str, decision: str, *, reason: str | None = None, reviewer: str | None = None) -> dict:
        return self._post("/store/tie", json={"outcome": outcome, "target": target, "decision": decision,
                                              "reason": reason, "reviewer": reviewer})

    def reason(self, engine: str) -> ReasonResult:
        from kg.reason import ReasonResult  # noqa: PLC0415  (pyoxigraph only when a command reasons)

        return ReasonResult.from_json(self._post("/store/reason", json={"engine": engine}))

    def reindex(self) -> tuple[int, int]:
        d = self._post("/store/reindex", json={})
        return int(d["documents"]), int(d["places"])

    def backup(self, target: str) -> int:
        """Have the server copy its store into ``target`` (a new folder on its disk): the quads of the copy."""
        return int(self._post("/store/backup", json={"target": target})["quads"])

    def rollback(self, change: int, *, cascade: bool = False) -> dict:
        return self._post("/store/rollback", json={"change": change, "cascade": cascade})


def write_timeout() -> float | None:
    """The seconds a write sent to a server may go without an answer (``$DKG_WRITE_TIMEOUT``, else
    :data:`WRITE_TIMEOUT_SECONDS`); None where it is 0 (wait until the write is done)."""
    return waiting_seconds(WRITE_TIMEOUT_ENV, WRITE_TIMEOUT_SECONDS, "wait.sent")


def waiting_seconds(env: str, default: int, what: str) -> float | None:
    """The seconds a command waits for something (``$env``, else ``default``); None where it is 0 (until it is done).
    Anything but a number of seconds is refused naming the setting and what it waits for (``what``: words
    ``wait.*`` of ``kg.i18n.ERRORS``)."""
    raw = os.environ.get(env, "").strip()
    if not raw:
        return float(default)
    try:
        seconds = float(raw)
    except ValueError:
        seconds = -1.0
    if not seconds >= 0 or seconds == float("inf"):  # (a word, a negative number, nan)
        raise UsageError(code="sent-timeout-bad", details={"env": env, "value": repr(raw), "default": default,
                                                           "what": Words(what)})
    return seconds or None


def _answer(resp: httpx.Response, where: Words) -> dict:
    """The JSON object a server answered with; its refusal raised as a :class:`ServerError` with the CLI's exit code
    for its kind (its words as the server said them: in the language the client asked for)."""
    try:
        body = resp.json()
    except ValueError:
        body = None
    if resp.is_success and isinstance(body, dict):
        return body
    if not isinstance(body, dict) or "message" not in body:
        raise StoreError(code="sent-status", details={"where": where, "status": str(resp.status_code)})
    kind = str(body.get("error", "error"))
    report = Report.from_json(body["report"]) if isinstance(body.get("report"), dict) else None
    if kind == "unauthorized":  # (a token was sent: without one the command stops before sending)
        raise UsageError(code="server-token-wrong", details={"where": where, "env": TOKEN_ENV})
    raise ServerError(str(body["message"]), hint=body.get("hint"), exit_code=_EXIT_CODES.get(kind, 3), report=report)


def read(base: str, path: str, params: dict[str, str], *, lang: str = "en") -> dict:
    """What the dkg server at ``base`` answers to ``GET path`` (a JSON twin of a page, e.g. ``/changes.json``): a read
    of what only the server holds. No token; a refusal said as the server says it, in ``lang``."""
    where = Words("server", {"url": base})
    try:
        resp = httpx.get(base + path, params={**params, **({"lang": "vi"} if lang == "vi" else {})},
                         timeout=httpx.Timeout(CONNECT_SECONDS, read=write_timeout()))
    except httpx.TransportError as exc:
        raise StoreError(code="sent-lost", details={"where": where, "why": str(exc) or type(exc).__name__}) from None
    return _answer(resp, where)


def _token(where: Words, *, backup: bool = False) -> str:
    """The update token a write through the server at ``where`` needs (``$DKG_UPDATE_TOKEN``); for a ``backup``, whose
    absence is said as such: the server takes its shared token alone for one (``kg.web.writes``), never an analyst's."""
    token = os.environ.get(TOKEN_ENV, "").strip()
    if not token:
        raise UsageError(code="server-token-needed-backup" if backup else "server-token-needed",
                         details={"where": where, "env": TOKEN_ENV})
    return token


def probe(url: str) -> dict | None:
    """What ``GET /store.json`` of the server at ``url`` says, if it is a dkg server; else None."""
    return _probe(url)[0]


def _probe(url: str) -> tuple[dict | None, bool]:
    """:func:`probe`'s answer, and whether a process took the connection: one that is starting does not listen yet
    (refused at once), one stopped or stuck takes it (the system does) and says nothing until the time is up."""
    try:
        resp = httpx.get(url.rstrip("/") + "/store.json", timeout=CONNECT_SECONDS)
        info = resp.json() if resp.is_success else None
    except httpx.ConnectError:
        return None, False
    except (httpx.HTTPError, ValueError):
        return None, True
    return (info if isinstance(info, dict) and info.get("service") == "directive-kg" else None), True


def server_base(url: str) -> str:
    """The server's root for ``--store URL`` (given as the root or as its ``/sparql`` endpoint)."""
    return server_root(url, LAYOUTS["dkg"])


def server_for(location: Path | None, url: str | None = None, *, backup: bool = False) -> ServerClient | None:
    """Where a write on this store goes: a client of the dkg server that holds the folder store at
    ``location`` (or that ``url`` names), or None for a local write. A store held by another
    command, or by a server that takes no writes, is refused at once, saying by whom. ``backup``: the write is
    ``dkg backup``'s (see :func:`_token`)."""
    if url is not None:
        base = server_base(url)
        info = probe(base)
        if info is None:  # another SPARQL server: written to as a remote store
            return None
        if not info.get("writes"):
            raise StoreError(code="server-no-writes", details={"url": base})
        return ServerClient(base, _token(Words("where.server", {"url": base}), backup=backup),
                            max_upload=info.get("max_upload_bytes"))
    held = holder.current(location)
    if held is None:
        return None
    if held.url is None:
        raise StoreError(code="store-busy", details={"store": str(location), "holder": held.words()})
    if not held.writes:
        raise StoreError(code="store-held-no-writes", details={"store": str(location), "holder": held.words()})
    info, connected = _probe(held.url)
    if info is None:  # (starting, or stuck: told apart by the connection, and said how to tell them from a busy one)
        raise StoreError(code="store-held-frozen" if connected else "store-held-silent", details={
            "store": str(location), "holder": held.words(), "pid": str(held.pid), "url": held.url,
            "record": str(Path(location or ".") / holder.RECORD)})
    where = Words("where.held", {"store": str(location), "holder": held.words()})
    return ServerClient(held.url, _token(where, backup=backup), held_by=held,
                        max_upload=info.get("max_upload_bytes"))


__all__ = ["Decided", "Held", "ServerError", "ServerClient", "TOKEN_ENV", "WRITE_TIMEOUT_ENV", "probe", "read",
           "server_base", "server_for", "waiting_seconds", "write_timeout"]
