"""The store a ``dkg`` command works on, shared by the command modules (``kg.cli``, ``kg.cli_upkeep``,
``kg.cli_review``, ``kg.cli_views``): which folder or server (``--store``, ``$DKG_STORE``, the default), opened how,
who holds it, and the server a write goes through.

Each function imports what it uses when called, so that ``dkg --help`` starts fast.
"""

from __future__ import annotations

import datetime as _dt
import os
from pathlib import Path

import click

from kg.errors import Detail, StoreLocked, UsageError, Words

#: The environment variable that sets the language of the CLI (``dkg --lang``): what it shows and what it says.
LANG_VAR = "DKG_LANG"

#: How a command's own --lang says its default.
FOLLOWS = " (default: that of `dkg --lang`, else $DKG_LANG, else vi)."


def language(value: str | None) -> str:
    """``vi`` or ``en`` from what a user set (``vi``, ``VI``, ``vi_VN.UTF-8``): Vietnamese where nothing is set
    (the analysts who read the graph are Vietnamese, tiếng Việt), English for anything set that is not Vietnamese
    (``en``, ``C``, ``fr``: a shell set for another language reads English more easily than Vietnamese)."""
    given = (value or "").strip().lower()
    return "vi" if not given or given.startswith("vi") else "en"


def command_language(ctx: click.Context) -> str:
    """The language the command's errors, hints and notes are said in (``dkg --lang``, ``$DKG_LANG``)."""
    return (ctx.find_root().obj or {}).get("lang") or language(os.environ.get(LANG_VAR))


def shown_language(ctx: click.Context, given: str | None) -> str:
    """The language of what a command shows (its own ``--lang``): as given; else that of the whole command
    (``dkg --lang``, ``$DKG_LANG``, else Vietnamese), so that one setting speaks for all of it."""
    return given if given is not None else command_language(ctx)


def note(ctx: click.Context, key: str, **details: Detail) -> None:
    """A note on stderr, in the command's language (words ``note.*`` of ``kg.i18n.ERRORS``)."""
    from kg.i18n import ERRORS, error_words

    lang = command_language(ctx)
    click.echo(f"{ERRORS[lang]['label.note']}: {error_words(key, details, lang)[0]}", err=True)


def merged_place_note(ctx: click.Context, province: str | None, option: str = "--province",
                      day: _dt.date | None = None) -> None:
    """Where a ``--province`` filter (or a query's ``-p place=``: ``option``) that chose nothing names an old
    province the 2025 reform merged into one of another name ("Bình Định", now part of Gia Lai), a note naming the
    province to ask for: what was issued there since 1 July 2025 is placed under the new province, which the old
    name does not reach. So too where it names a district of the old map (asked on ``day``, today where None, from
    that day on), a level the reform did away with (``kg.text.places.district_gone_words``)."""
    from kg.text.places import empty_place_words

    def said(after: str) -> str:
        return f"{option} '{after}'" if option.startswith("--") else f"{option}='{after}'"

    words = empty_place_words(province, said, day)
    if words is not None:
        note(ctx, words.key, **words.details)


def command_agent(ctx: click.Context) -> str:
    """How the change log names this command's writes: ``dkg review accept``, not ``dkg accept``
    (and not ``dkg -m kg load`` when run as ``python -m kg``)."""
    words: list[str] = []
    while ctx.parent is not None:
        words.append(ctx.info_name or "?")
        ctx = ctx.parent
    return "dkg " + " ".join(reversed(words))


def command_store(ctx: click.Context, *, write: bool = False, memory: bool = False, read_only: bool = False,
                  redraw: bool = True):
    """The command's store (see ``Store.from_cli``), named in the change log after the command; a
    store another process holds is refused naming that process (``StoreLocked``). ``redraw=False``: the open does
    not draw the inferences again where other rules drew them (``dkg reason``, which draws them itself)."""
    from kg.store import Store, holder

    served = not write and _is_dkg_server(ctx)
    try:
        store = Store.from_cli(ctx.obj.get("store"), write=write, memory=memory, read_only=read_only,
                               announce=lambda code: note(ctx, code), upkeep=not served,
                               layout="dkg" if served else None, redraw=redraw)
    except StoreLocked as exc:
        held = holder.current(store_location(ctx))
        if held is None:  # (the store's own message in English; the code's words in another language)
            raise StoreLocked(exc.message, code="store-locked", details={"store": str(store_location(ctx))}) from None
        raise StoreLocked(code="store-held", details={"store": str(store_location(ctx)), "holder": held.words()}
                          ) from None
    store.agent = command_agent(ctx)  # how the change log names this command's writes
    if store.read_only and store.location is not None:  # (its view's folder goes with the command, not the process:
        ctx.call_on_close(store.close)  # a process that runs many commands, a test's or a notebook's, kept them all)
    if store.location is not None and not store.read_only:  # so that a second writer can say who holds it
        location = store.location
        holder.record(location, command_agent(ctx))
        ctx.call_on_close(lambda: holder.release(location))
    if store.repaired is not None:
        note(ctx, store.repaired.key, **store.repaired.details)
    if store.is_bundled:
        note(ctx, "note.bundled", store=str(store_location(ctx)))
    return store


def _is_dkg_server(ctx: click.Context) -> bool:
    """Is the command's store a dkg server's (``--store URL`` naming a ``dkg serve``)? Its reads then ask
    the server's ``/sparql`` (the remote store's ``dkg`` layout; an Oxigraph server's ``/query`` is not
    there), and its writes go through :mod:`kg.client`. The server keeps its reference data and index
    itself, so a reader never writes them (a reader whose installation differed from the server's
    tried to and was answered 404 at ``/update``)."""
    return served_by(ctx) is not None


def served_by(ctx: click.Context) -> str | None:
    """The root of the dkg server the command's store names (``--store URL`` of a ``dkg serve``), else None. A read
    of what the server alone holds (the quads of each change set, kept in files beside its store, which ``/sparql``
    does not serve) asks the server's own route for it."""
    url = _store_url(ctx)
    if url is None:
        return None
    from kg.client import probe, server_base

    base = server_base(url)
    return base if probe(base) is not None else None


def _given(ctx: click.Context) -> str | None:
    """Where the command's store is, as given: ``--store``, else ``$DKG_STORE`` (a folder or a server's URL)."""
    from kg.store.store import ENV_VAR

    return ctx.obj.get("store") or os.environ.get(ENV_VAR)


def _store_url(ctx: click.Context) -> str | None:
    """The URL of the server the command's store is on, or None for a folder."""
    loc = _given(ctx)
    return loc if loc and "://" in loc else None


def store_location(ctx: click.Context) -> Path | None:
    """The folder the command's store lives in (None for a store on a SPARQL server)."""
    from kg.store.store import default_location

    if _store_url(ctx) is not None:
        return None
    loc = _given(ctx)
    return Path(loc) if loc else default_location()


#: How long ``dkg backup`` waits for a write that holds the store (a load, an ingest) to end: ``$DKG_BACKUP_WAIT``
#: seconds, 0 until it ends. Ten minutes, as a write sent to a server is waited for (``kg.client``).
BACKUP_WAIT_ENV = "DKG_BACKUP_WAIT"
BACKUP_WAIT_SECONDS = 600
#: How often a command waiting for the store tries it again.
RETRY_SECONDS = 0.25


def serve_starting(ctx: click.Context, *, memory: bool, writes: bool) -> None:
    """What ``dkg serve`` says as it starts (``writes``: it takes them, so makes the store where there is none), before
    its imports, the store's opening (a repair, a redraw: each says so) and the query workers' snapshot, which take
    seconds on a large store: it used to print nothing until it served."""
    path = store_location(ctx)
    if path is not None and not (path / "main").exists() and not writes:  # (the bundled dataset: command_store says so)
        note(ctx, "note.serve-starting-bundled")
        return
    note(ctx, "note.serve-starting-memory" if memory else "note.serve-starting", store=str(path or _store_url(ctx)))


def held_by_command(ctx: click.Context) -> bool:
    """Does another command than a server (a load, an ingest) hold the command's folder store now?"""
    from kg.store import holder

    held = holder.current(store_location(ctx))
    return held is not None and held.url is None


def store_when_free(ctx: click.Context):
    """The command's store opened for writing (:func:`command_store`) once no other command holds it: ``dkg backup``
    beside a load or an ingest waits for that write to end (saying so once, with the setting that bounds the wait:
    :data:`BACKUP_WAIT_ENV`), since only the process that holds the store copies it whole, and the write's process
    ends or is killed with it whole or finished by the open that follows. A store a server holds is not waited for
    (its writes go through it, :func:`write_server`, asked first); past the wait, ``StoreLocked`` naming the holder and
    the setting, nothing copied."""
    import time

    from kg.errors import Words
    from kg.store import holder

    limit: float | None = None
    deadline: float | None = None
    waiting = False
    while True:
        try:
            return command_store(ctx, write=True)
        except StoreLocked:
            held = holder.current(store_location(ctx))
            if held is not None and held.url is not None:
                raise
            who = held.words() if held is not None else Words("holder.other")
            if not waiting:  # (the first refusal: the setting read, and the wait said, once)
                from kg.client import waiting_seconds

                limit = waiting_seconds(BACKUP_WAIT_ENV, BACKUP_WAIT_SECONDS, "wait.backup")
                note(ctx, "note.backup-waiting" if limit is not None else "note.backup-waiting-unbounded", holder=who,
                     seconds=int(limit or 0), env=BACKUP_WAIT_ENV)
                deadline, waiting = (None if limit is None else time.monotonic() + limit), True
            if deadline is not None and time.monotonic() >= deadline:
                raise StoreLocked(code="backup-wait-over", details={
                    "store": str(store_location(ctx)), "holder": who, "seconds": int(limit or 0),
                    "env": BACKUP_WAIT_ENV}) from None
            time.sleep(RETRY_SECONDS)


def write_server(ctx: click.Context, *, backup: bool = False):
    """The dkg server a write on this command's store goes through (see :mod:`kg.client`), or None
    for a local write (``backup``: the write is ``dkg backup``'s, which takes the server's shared token alone)."""
    from kg.store import holder

    url = _store_url(ctx)
    if url is None and holder.current(store_location(ctx)) is None:
        return None  # a local write (the client and what it imports cost a second or more to load)
    from kg.client import server_for

    client = server_for(store_location(ctx), url, backup=backup)
    if client is not None:
        client.lang = command_language(ctx)  # a refusal from the server said as a local one would be
        note(ctx, "note.server", server=client.words())
    return client


def existing_store(ctx: click.Context, action: str, *, redraw: bool = True):
    """The store for a command that changes derived data only (reason, reindex): it must exist. ``redraw``: see
    :func:`command_store`."""
    path = store_location(ctx)
    if path is not None and not (path / "main").exists():
        raise UsageError(code="no-store-for", details={"path": str(path), "action": Words("action." + action)})
    return command_store(ctx, write=True, redraw=redraw)


def said_done(ctx: click.Context, key: str, **details: str | int) -> None:
    """What a write did, on stderr in the command's language (``done.*`` of ``kg.i18n.ERRORS``)."""
    from kg.i18n import error_words

    click.echo(error_words(key, details, command_language(ctx))[0], err=True)


__all__ = ["BACKUP_WAIT_ENV", "LANG_VAR", "command_agent", "command_language", "command_store", "existing_store",
           "held_by_command", "language", "note", "said_done", "serve_starting", "served_by", "shown_language",
           "store_location", "store_when_free", "write_server"]
