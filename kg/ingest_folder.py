"""The files ``dkg ingest`` takes from the paths it is given (thư mục: a folder of saved material): the paths named,
and in a folder its texts, pages, PDFs and Word files, with the archives and legacy Word files there (each refused by
name with what to do, not passed over), but not the frames a browser saved beside a page.

A ZIP whose texts are already unpacked in the folder (``unzip bai.zip`` beside it, or ``unzip bai.zip -d bai`` as the
refusal's hint says) is skipped, not refused: its texts are read from their files, and the ingest says once which
archive it left and where its texts are (``Inputs.skipped``), so that a folder ingested again does not fail on it
every time. A ZIP with a text not unpacked, or unpacked and changed since, is refused as before."""
from __future__ import annotations

import zipfile
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["REFUSED_SUFFIXES", "SUFFIXES", "Inputs", "folder_inputs", "input_files"]

#: The kinds of file ``dkg ingest`` takes from a folder.
SUFFIXES = (".txt", ".html", ".htm", ".xhtml", ".mhtml", ".mht", ".pdf", ".docx")
#: Files of a folder that ``dkg ingest`` cannot read but that a colleague's folder holds as texts (an
#: archive of texts, a legacy Word file): taken too, so that each is refused with what to do, rather than
#: passed over without a word.
REFUSED_SUFFIXES = (".zip", ".rar", ".7z", ".doc")


@dataclass
class Inputs:
    """The files to ingest, and the archives of a folder left out: (archive, how many texts it holds, the folder
    they are unpacked in)."""

    files: list[str] = field(default_factory=list)
    skipped: list[tuple[str, int, str]] = field(default_factory=list)


def input_files(paths: Iterable[str]) -> list[str]:
    """The files to ingest (:func:`folder_inputs`)."""
    return folder_inputs(paths).files


def folder_inputs(paths: Iterable[str]) -> Inputs:
    """The files to ingest: the paths given, and the texts, pages, PDFs and Word files of folders (with the
    archives and legacy Word files there, to be refused by name, but for a ZIP already unpacked there), but not
    what a browser saved beside a page."""
    out = Inputs()
    for p in paths:
        path = Path(p)
        if not path.is_dir():
            out.files.append(p)
            continue
        found = [x for x in sorted(path.rglob("*"))
                 if x.suffix.lower() in SUFFIXES + REFUSED_SUFFIXES and x.is_file() and not _page_asset(x, path)]
        texts = {x for x in found if x.suffix.lower() in SUFFIXES}
        for x in found:
            unpacked = _unpacked(x, texts) if x.suffix.lower() == ".zip" else None
            if unpacked is None:
                out.files.append(str(x))
            else:
                out.skipped.append((str(x), unpacked[0], str(unpacked[1])))
    return out


def _unpacked(archive: Path, texts: set[Path]) -> tuple[int, Path] | None:
    """(how many texts, where) where every text ``archive`` holds (a file of :data:`SUFFIXES`) is among ``texts``,
    the same bytes (size and checksum) beside it or in the folder named after it; None otherwise (an archive of no
    text, a damaged one, or one whose texts are not all there)."""
    try:
        with zipfile.ZipFile(archive) as z:
            members = [m for m in z.infolist() if not m.is_dir() and Path(m.filename).suffix.lower() in SUFFIXES]
    except (zipfile.BadZipFile, OSError):
        return None
    if not members:
        return None
    for folder in (archive.parent, archive.with_suffix("")):
        if all(_same(folder / m.filename, m, texts) for m in members):
            return len(members), folder
    return None


def _same(path: Path, member: zipfile.ZipInfo, texts: set[Path]) -> bool:
    """``path`` is one of the folder's texts and holds the archive member's bytes."""
    if path not in texts:
        return False
    try:
        return path.stat().st_size == member.file_size and zlib.crc32(path.read_bytes()) == member.CRC
    except OSError:
        return False


def _page_asset(path: Path, root: Path) -> bool:
    """Whether ``path`` lies in the folder a browser's "Save page as" (complete) writes beside a page,
    "NAME_files" beside "NAME.html": the page's frames (an advertisement, a comments box) saved there as
    .html are not articles."""
    for part in path.relative_to(root).parents:
        folder = root / part
        if folder.name.endswith("_files") and any(
                folder.with_name(folder.name[: -len("_files")] + suffix).is_file() for suffix in (".html", ".htm")):
            return True
    return False
