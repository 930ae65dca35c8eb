"""The format of a folder store (định dạng kho): which versions of directive-kg may write to it.

A store keeps, beside its datasets, ``STORE/format.json``: the number of the format the code that last wrote to it
writes (:data:`FORMAT`), and the versions of what that code derives (the search index's, the reference data's).
The number is raised whenever a store written by this code would be misread, or rewritten behind its user's back, by
an older one: a new version of the search index, a new graph or file, a layout of the change sets' payloads. The
file is read before the engine opens the folder, so that nothing in it is touched first:

* a store without the file was written before it was kept (format 0); every later format reads it, and the first
  open for writing brings its derived data up to date and writes the file;
* a store of a format above :data:`FORMAT` was written by a newer version: an open for writing is refused, naming
  both formats (this code would rewrite the newer index and reference data as its own, and a write could lack what
  the newer version keeps with every change set); a read answers from what is there, rebuilds nothing and says so.

The file is written by a whole replace, after the store's upkeep at an open for writing, so that a process killed
meanwhile leaves the older number (its upkeep is done again) and never a newer number on older data.
"""
from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path

from kg.errors import StoreError, Words, joined
from kg.store import docindex, inferred, payloads, readonly, recordkeys, recovery, textindex
from kg.store.reference import reference_version

#: The format this code writes. Raise it with any change an older code would misread or rewrite (the search
#: index's ``VERSION`` among them: ``tests/test_store_format.py`` pins the two together). 2: every change set names
#: the documents it may concern (``kg.store.docindex``), which a change set an older code wrote would lack.
FORMAT = 2

FILE = "format.json"


def said(location: Path) -> dict:
    """What the file of the store at ``location`` says (its format, the versions of what was derived); {} where there
    is none (or one no program wrote)."""
    try:
        kept = json.loads((location / FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return kept if isinstance(kept, dict) else {}


def found(location: Path) -> int:
    """The format of the store at ``location`` as its file says; 0 where it has none (or one no program wrote)."""
    number = said(location).get("format")
    return number if type(number) is int and number >= 0 else 0


def newer(location: Path) -> int | None:
    """The format of the store at ``location`` where a newer version wrote it (above :data:`FORMAT`), else None."""
    number = found(location)
    return number if number > FORMAT else None


def refuse_newer(location: Path) -> None:
    """Raise :class:`kg.errors.StoreError` (``store-newer``) where a newer version wrote the store: before an open
    for writing, which would rewrite what that version derived as this one derives it."""
    number = newer(location)
    if number is not None:
        raise StoreError(code="store-newer", details={"store": str(location), "found": number, "reads": FORMAT})


def newer_note(location: Path) -> Words | None:
    """What a reader says of a store a newer version wrote (it answers from what is there), else None."""
    number = newer(location)
    return None if number is None else Words("note.store-newer", {"found": number, "reads": FORMAT})


def write(location: Path, derived: dict[str, str]) -> None:
    """Keep this code's format (and ``derived``: the versions of what it derives) in the store at ``location``, where
    the file does not say it already. A whole replace: a reader never meets half a file."""
    path = location / FILE
    with contextlib.suppress(OSError, ValueError):
        if json.loads(path.read_text(encoding="utf-8")) == {"format": FORMAT, **derived}:
            return
    part = location / (FILE + f".{os.getpid()}.part")
    part.write_text(json.dumps({"format": FORMAT, **derived}, ensure_ascii=False), encoding="utf-8")
    os.replace(part, path)


def changes_indexed(store) -> bool:
    """Does every change set of ``store`` name the documents it may concern (``kg.store.docindex``)? A store in
    memory was written by this code alone; a folder store once an open for writing has named those of an earlier
    version (its file says so); a store on a SPARQL server keeps no history."""
    if store.url is not None:
        return False
    return store.location is None or said(store.location).get("changes") == docindex.VERSION


def upkeep(store, announce=None, *, redraw: bool = True) -> Words | None:
    """What an open for writing of a folder store does before anything else: the folders of read-only views a killed
    reader left removed (``kg.store.readonly``), the reference data brought up to the
    installed files (``Store.ensure_reference``), a write a killed process left finished (``kg.store.recovery``), the
    search index rebuilt where it is of another version, the review records an earlier version wrote given the keys an
    ingest looks a text up by (``kg.store.recordkeys``, once) and its change sets the documents they concern
    (``kg.store.docindex``, once), then this code's format kept (:func:`write`), and, with
    ``redraw``, the inferences drawn again where other rules drew them (``kg.store.inferred``). Says what it
    did (None: nothing), an upgrade included, which used to be silent."""
    if store.location is not None:  # (the views' folders of readers killed before they let them go: their links
        readonly.remove_stale(store.location / readonly.VIEWS)  # keep the files a writer deleted on the disk)
    older_index = textindex.older(store.main)
    upgraded = store.ensure_reference()
    repaired = recovery.repair(store, announce)
    if upgraded is None and older_index:
        upgraded = Words("note.upgraded-index")
    keyed = None
    if store.location is not None and (kept := said(store.location).get("keys")) != recordkeys.VERSION:
        # (the records an earlier version wrote without the keys an ingest finds a text by, or keyed by an earlier rule
        # of the keys: once, then kept as done)
        count = recordkeys.add_missing(store.main, earlier=kept is not None)
        keyed = Words("note.upgraded-keys", {"count": count}) if count else None
    named = None
    if store.location is not None and said(store.location).get("changes") != docindex.VERSION:
        # (the change sets an earlier version recorded, given the documents they concern: once, then kept as done)
        count = docindex.rebuild(store, payloads.read_payload)
        named = Words("note.upgraded-changes", {"count": count}) if count else None
    if store.location is not None:
        with contextlib.suppress(OSError):  # (a full disk: the next open for writing keeps it)
            write(store.location, {"index": textindex.VERSION, "reference": reference_version(),
                                   "keys": recordkeys.VERSION, "changes": docindex.VERSION})
    redrawn = inferred.redraw(store, announce) if redraw else None
    return joined([w for w in (repaired, upgraded, keyed, named, redrawn) if w is not None])


__all__ = ["FILE", "FORMAT", "changes_indexed", "found", "said", "newer", "newer_note", "refuse_newer", "upkeep", "write"]
