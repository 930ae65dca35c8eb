"""The one check of the update token, for every route that writes: SPARQL Update, review
decisions and assessments, loads, ingests and the other ``/store`` writes.

403 when the server was started without a token (it takes no writes at all); 401, with
``WWW-Authenticate: Bearer``, when a token is configured and the request lacks it or sends
another one. The comparison takes the same time whatever the token sent. The token comes in the
``Authorization: Bearer`` header, except from the review pages' plain forms (the upload, a fact's
decision), which a browser sends without JavaScript: there it is the form's password field
(:func:`require_form_token`), checked in the same way. No cookie carries it (a cookie would need defences against cross-site requests).
A form is a request any site may make a browser send (no CORS preflight), so a form's write is also refused,
403, when the browser says it comes from a page of another site (:func:`foreign_origin`): only the server's own
pages post its forms, and a page elsewhere that knew the token would otherwise write with it.
A refusal names what was refused by a phrase of ``kg.i18n.ERRORS``, so that a page says it in its language.

A server may know each analyst by a token of their own (``dkg serve --tokens-file``, read by
:func:`read_tokens`) beside or instead of the one shared token: the checks return the name the token
belongs to (None for the shared token), and a write is recorded under that name, never under one the request
states. Every token is compared, whichever matches, so the time taken tells nothing of which one did.
The tokens file is read again when it changes (:class:`TokensFile`, its modification time and size looked at on each
write request), so an analyst added is let in and one removed is refused without a restart; a file that became
invalid refuses every write, said in the log and the answer, until it is mended (never a server without a check).
A line of the file that opens with :data:`READ_ONLY` names a reader (a journalist, an inspector): their token is
known, and every write sent with it is refused with 403 saying it reads only (reads need no token), never
taken for a mistyped one.
"""

from __future__ import annotations

import hmac
import logging
import os
import stat
import threading
from pathlib import Path
from urllib.parse import urlsplit

from fastapi import Request

from kg.errors import DkgError, InputError, Words
from kg.web.errors import Forbidden


LOG = logging.getLogger("kg.web.auth")


class TokensUnusable(DkgError):
    """The tokens file changed and can no longer be read as one: no write is taken until it is mended."""

    status = 503
    kind = "tokens-file"


class Unauthorized(DkgError):
    """A write without the right update token."""

    status = 401
    kind = "unauthorized"
    headers = {"WWW-Authenticate": "Bearer"}


def _what(what: str) -> dict:
    """The details of a refusal: what was refused, a phrase of ``kg.i18n.ERRORS`` (``what.<what>``), said in the
    reader's language (a page in Vietnamese says it in Vietnamese)."""
    return {"what": Words("what." + what)}


def require_writes(request: Request, what: str = "write") -> None:
    """403 for ``what`` (``write``, ``sparql-update``, ``review-decision``, ``assessment``, ``upload``) where the
    server was started without a token: it takes no writes at all."""
    if not request.app.state.settings.takes_writes:
        raise Forbidden(code="writes-off", details=_what(what))


#: the word that opens a reader's line in a tokens file (``read-only Phóng viên Hoa 9e2b…``): a token that reads only
READ_ONLY = "read-only"


def holder_of(request: Request, given: str | None, what: str = "write") -> tuple[bool, str | None]:
    """Whether ``given`` is one of the server's tokens, and the analyst it belongs to (None: the shared token); a
    reader's token (:data:`READ_ONLY`) is refused for ``what`` with 403. Each token is compared in constant time and
    all of them are, so that neither the time nor the order of the tokens tells which one matched."""
    found, name, reader = False, None, None
    sent = (given or "").strip().encode()
    settings = request.app.state.settings
    for who, token in settings.credentials():
        if hmac.compare_digest(sent, token.encode()) and given is not None:
            found, name = True, who
    for who, token in settings.readers():
        if hmac.compare_digest(sent, token.encode()) and given is not None:
            reader = who
    if reader is not None:
        raise Forbidden(code="read-only-token", details={**_what(what), "name": reader})
    return found, name


def looks_like_a_token(name: str) -> bool:
    """Is a query parameter so named one a client may have put a token in (``?token=``, ``?access_token=``,
    ``?password=``)? Such a value is never read as a token and never written to the log
    (:class:`kg.web.accesslog.HideTokens`)."""
    name = name.lower()
    return name in ("auth", "authorization") or any(
        word in name for word in ("token", "password", "passwd", "secret", "bearer", "apikey", "api_key"))


def refuse_missing_token(request: Request, what: str, code: str) -> None:
    """The 401 of a write without a valid token: one that put a token in the address is told that the address is
    never read for it (it sits in logs and histories, and the token is to be changed), else what to send."""
    for name in request.query_params:
        if looks_like_a_token(name):
            raise Unauthorized(code="token-in-address", details={**_what(what), "name": name})
    raise Unauthorized(code=code, details=_what(what))


def require_update_token(request: Request, what: str = "write") -> str | None:
    """Refuse ``what`` (see :func:`require_writes`) unless the request carries one of the server's update tokens;
    the analyst the token belongs to (None for the shared token)."""
    require_writes(request, what)
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    found, name = holder_of(request, given if scheme.lower() == "bearer" else None, what)
    if not found:
        refuse_missing_token(request, what, "needs-token")
    request.state.analyst = name  # (the write is recorded under it: kg.web.writes.run_write, analyst_of)
    return name


def foreign_origin(request: Request) -> str | None:
    """The other site a browser says the request comes from, or None where it comes from this server's pages or
    from a client that is no browser (which sends neither header). ``Sec-Fetch-Site`` is the browser's own word
    and holds behind a reverse proxy; a browser without it is judged by ``Origin`` against the host it asked for
    (``X-Forwarded-Host`` where a proxy gives it) or the public address the server was given (``--public-url``), the
    scheme left aside since a proxy may end HTTPS."""
    origin = request.headers.get("origin")
    site = request.headers.get("sec-fetch-site")
    if site is not None:
        return None if site in ("same-origin", "none") else (origin or site)
    if origin is None:
        return None
    hosts = {h.strip().lower() for name in ("host", "x-forwarded-host") for h in request.headers.get(name, "").split(",")}
    public = request.app.state.settings.public_url  # (the operator's own address: a proxy may rewrite Host)
    if public:
        hosts.add(urlsplit(public).netloc.lower())
    return None if urlsplit(origin).netloc.lower() in hosts - {""} else origin


def require_form_token(request: Request, given: str | None, what: str = "write") -> str | None:
    """Refuse ``what`` unless ``given``, the token field of a form the request posted, is one of the server's
    update tokens (the check of :func:`require_update_token`, for a browser without JavaScript), and the
    form was posted from this server's own pages (403 naming the other site, see :func:`foreign_origin`); the
    analyst the token belongs to (None for the shared token)."""
    require_writes(request, what)
    if (other := foreign_origin(request)) is not None:
        raise Forbidden(code="cross-origin", details={**_what(what), "origin": other})
    found, name = holder_of(request, given, what)
    if not found:
        refuse_missing_token(request, what, "needs-form-token")
    request.state.analyst = name
    return name


def analyst_of(request: Request) -> str | None:
    """The analyst whose own token the request's write came with (checked by :func:`require_update_token` or
    :func:`require_form_token`), else None (the shared token, or no check yet)."""
    return getattr(request.state, "analyst", None)


def read_tokens(path: str | Path, shared: str | None = None) -> tuple[tuple[str, str], ...]:
    """The analysts of a tokens file (:func:`read_token_lines`), its readers left aside."""
    return tuple((name, token) for name, token, reads_only in read_token_lines(path, shared) if not reads_only)


def read_token_lines(path: str | Path, shared: str | None = None) -> tuple[tuple[str, str, bool], ...]:
    """The people of a tokens file (``dkg serve --tokens-file``) as (name, token, reads only) triples: one a line,
    their name then their token, the token the line's last word (a name may have spaces: ``Nguyễn Thị Lan 8f3…``), a
    reader's line opening with :data:`READ_ONLY`; blank lines and lines opening with ``#`` are skipped. Refused,
    naming the file and line: a file others may read or write (POSIX permissions: it holds every analyst's key), a
    line without both, a name or a token given twice, a token that is the server's ``shared`` one
    (``--update-token``: whoever holds it would write under the analyst's name), a file naming no one."""
    path = Path(path)
    try:
        mode = path.stat().st_mode
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(file=str(path), code="tokens.unreadable", details={"why": exc.strerror or str(exc)}) from None
    except UnicodeDecodeError:
        raise InputError(file=str(path), code="tokens.not-utf8") from None
    if os.name == "posix" and mode & (stat.S_IROTH | stat.S_IWOTH):
        raise InputError(file=str(path), code="tokens.open", details={"path": str(path)})
    pairs: list[tuple[str, str, bool]] = []
    for n, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        # (the token is the line's last word, after a space or a tab: a file saved from a spreadsheet has tabs)
        *words, token = line.split()
        reads_only = bool(words) and words[0].lower() == READ_ONLY
        if reads_only and len(words) == 1:  # (never an analyst named "read-only": the line meant a reader, so it writes)
            raise InputError(file=str(path), line=n, code="tokens.reader-no-name")
        name = " ".join(words[1:] if reads_only else words)
        if not name or not token:
            raise InputError(file=str(path), line=n, code="tokens.no-token")
        if any(name == other for other, _, _ in pairs):
            raise InputError(file=str(path), line=n, code="tokens.name-twice", details={"name": repr(name)})
        if any(hmac.compare_digest(token.encode(), other.encode()) for _, other, _ in pairs):
            raise InputError(file=str(path), line=n, code="tokens.token-twice")
        if shared and hmac.compare_digest(token.encode(), shared.strip().encode()):
            raise InputError(file=str(path), line=n, code="tokens.shared")
        pairs.append((name, token, reads_only))
    if not pairs:
        raise InputError(file=str(path), code="tokens.empty")
    return tuple(pairs)


def refusal_words(error: InputError) -> Words | str:
    """Why the tokens file is refused, as a phrase the answer says in its reader's language: its place (file, line)
    and its code's words (a refusal of the system's own words, no code, as raised)."""
    if error.code is None:
        return error.message
    return Words("tokens.at", {"place": error.place or "", "why": Words(error.code, error.details)})


class TokensFile:
    """The analysts of a tokens file (:func:`read_tokens`), read again whenever the file's modification time, size or
    permissions change (:meth:`_stat`): :meth:`analysts` looks (one ``stat``) on each write request. A file that became invalid (unreadable,
    readable by others, a line without a token, ...) makes :meth:`analysts` refuse every write
    (:class:`TokensUnusable`, 503, naming the file and what is wrong), said once in the log; it is never taken as
    "no analysts", and the tokens read before are not used either (one removed on purpose must stop working)."""

    def __init__(self, path: str | Path, shared: str | None = None) -> None:
        self.path = Path(path)
        self.shared = shared
        self._lock = threading.Lock()
        self._stamp = self._stat()
        self._lines = read_token_lines(self.path, shared)  # (at start a bad file is refused: `dkg serve` does not start)
        self._error: InputError | None = None

    def _stat(self) -> tuple[int, ...] | None:
        """What tells that the file changed: its modification time and size, and its mode, inode and change time (a
        ``chmod`` that lets others read it changes neither of the first two; an editor may save by renaming)."""
        try:
            st = self.path.stat()
        except OSError:
            return None
        return st.st_mtime_ns, st.st_size, st.st_mode, st.st_ino, st.st_ctime_ns

    def analysts(self) -> tuple[tuple[str, str], ...]:
        """The (name, token) pairs of the file's analysts as it is now; :class:`TokensUnusable` while it is invalid."""
        return tuple((name, token) for name, token, reads_only in self._read() if not reads_only)

    def readers(self) -> tuple[tuple[str, str], ...]:
        """The (name, token) pairs of the file's readers (:data:`READ_ONLY`), as :meth:`analysts`."""
        return tuple((name, token) for name, token, reads_only in self._read() if reads_only)

    def _read(self) -> tuple[tuple[str, str, bool], ...]:
        with self._lock:
            stamp = self._stat()
            if stamp != self._stamp or stamp is None:
                self._stamp = stamp
                try:
                    self._lines, self._error = read_token_lines(self.path, self.shared), None
                    LOG.warning("tokens file %s read again: %d analysts", self.path,
                                sum(not reads_only for *_, reads_only in self._lines))
                except InputError as exc:
                    if self._error is None or exc.message != self._error.message:
                        LOG.error("tokens file %s is no longer valid, no write is taken until it is mended: %s (%s)",
                                  self.path, exc.message, exc.hint)
                    self._lines, self._error = (), exc
            if self._error is not None:
                raise TokensUnusable(code="tokens-file-invalid", details={"why": refusal_words(self._error)})
            return self._lines

    def known(self) -> bool:
        """Did the file name analysts when it was last read (what the review page says of who decides)?"""
        return any(not reads_only for *_, reads_only in self._lines)


__all__ = ["TokensFile", "TokensUnusable", "Unauthorized", "analyst_of", "foreign_origin", "holder_of",
           "looks_like_a_token", "READ_ONLY", "read_token_lines", "refuse_missing_token", "require_form_token", "refusal_words", "require_update_token", "read_tokens", "require_writes"]
