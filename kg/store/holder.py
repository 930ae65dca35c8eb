"""Who holds a folder store for writing (người đang giữ kho): a small record in the store folder.

Only one process may write to a folder store (the engine locks it). So that a second command
knows who that is and what to do, the process that opened the store for writing leaves a record
``STORE/holder.json``: its process id, its command, and for ``dkg serve`` the address it listens on
and whether it takes writes (an update token is configured). A CLI write command on a store held
by a server sends its write there (see :mod:`kg.client`); on a store held by another command it is
refused at once, naming that command.

The record is written atomically (a temporary file renamed over it), removed when its process
closes the store, and ignored when its process is gone (a killed process leaves it behind) or when it
names another folder: a store folder copied while a server held it (a backup, a restore, a copy to try
something on) carries the record along, and a write to the copy must not be sent to the server that
holds the original.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from kg.errors import Detail, Words, moment

RECORD = "holder.json"


@dataclass(frozen=True)
class Holder:
    """The process that holds a store for writing."""

    pid: int
    command: str
    since: str
    #: where a ``dkg serve`` listens (``http://127.0.0.1:8000``); None for other commands
    url: str | None = None
    #: does that server take writes (was it given an update token)?
    writes: bool = False
    #: the folder the record was written in (its real path); None in a record of an earlier release
    folder: str | None = None

    def words(self) -> Words:
        """Who this is, said in the language of the message it goes in (``holder.*`` of ``kg.i18n.ERRORS``):
        the command, its process, where a server listens and since when."""
        details: dict[str, Detail] = {"command": self.command, "pid": str(self.pid),
                                      "since": moment(self.since[:19].replace("T", " "))}
        return Words("holder.server", {**details, "url": self.url}) if self.url else Words("holder.command", details)

    def describe(self) -> str:
        """:meth:`words` in English."""
        return self.words().said("en")


def alive(pid: int) -> bool:
    """Is process ``pid`` running (on this machine)?"""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # it exists, under another user
        return True
    return True


def record(location: Path, command: str, *, url: str | None = None, writes: bool = False) -> Holder | None:
    """Record this process as the holder of the store at ``location``. The record only helps
    others say who holds the store: where it cannot be written (a full disk) the command goes
    on without it, and None is returned."""
    holder = Holder(pid=os.getpid(), command=command, url=url, writes=writes, folder=os.path.realpath(location),
                    since=dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"))
    path = Path(location) / RECORD
    temp = path.with_name(f".{RECORD}.{os.getpid()}")
    try:
        temp.write_text(json.dumps(asdict(holder)), encoding="utf-8")
        os.replace(temp, path)
    except OSError:
        with contextlib.suppress(OSError):
            temp.unlink()
        return None
    return holder


def release(location: Path) -> None:
    """Remove the record, if it is this process's."""
    path = Path(location) / RECORD
    found = _read(path)
    if found is not None and found.pid == os.getpid():
        with contextlib.suppress(FileNotFoundError):
            path.unlink()


def current(location: Path | None) -> Holder | None:
    """The live holder of the store at ``location``, or None (no record, or its process is gone, or
    the record was copied here with the folder from another one; this process itself is not another
    holder)."""
    if location is None:
        return None
    found = _read(Path(location) / RECORD)
    if found is None or found.pid == os.getpid() or not alive(found.pid):
        return None
    if found.folder is not None and found.folder != os.path.realpath(location):
        return None
    return found


def _read(path: Path) -> Holder | None:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return Holder(pid=int(raw["pid"]), command=str(raw["command"]), since=str(raw["since"]),
                      url=raw.get("url") if isinstance(raw.get("url"), str) else None,
                      writes=bool(raw.get("writes")),
                      folder=raw.get("folder") if isinstance(raw.get("folder"), str) else None)
    except (OSError, ValueError, KeyError, TypeError):  # none, half-written by hand, or foreign
        return None


def client_url(host: str, port: int) -> str:
    """The address a client on this machine reaches a server bound to ``host`` at."""
    if host in ("", "0.0.0.0"):
        host = "127.0.0.1"
    elif host == "::":
        host = "::1"
    if ":" in host and not host.startswith("["):
        host = f"[{host}]"
    return f"http://{host}:{port}"


__all__ = ["Holder", "RECORD", "alive", "client_url", "current", "record", "release"]
