"""The report of one ``dkg ingest`` (``IngestSummary``): what was loaded, held back, refused or placed on the
old map, in the reader's language, and its JSON form that a server answers and a client reads back
(``kg.web.writes``, ``kg.client``). ``kg.ingest`` makes it."""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.errors import DkgError
from kg.i18n import FILES_NAMED, error_words, files_said


@dataclass
class IngestSummary:
    files: int = 0
    #: the texts written (new, or changed since the store had them): a file that is another's text is not one
    loaded: int = 0
    triples: int = 0
    quarantined: list[tuple[str, int, list[str]]] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)
    refused: list[tuple[str, str, str | None]] = field(default_factory=list)  # input errors: (file, message, hint)
    #: texts that replaced an earlier version of themselves: (file, how many earlier versions)
    replaced: list[tuple[str, int]] = field(default_factory=list)
    #: files with the same words as another (one text, kept from the file that says more of it: kg.ingest): (file,
    #: the other, whether the text is listed under this file from now on rather than under the other)
    same: list[tuple[str, str, bool]] = field(default_factory=list)
    #: files nearly the same as a text met before, kept apart: (file, the other's file, the share of words alike)
    near: list[tuple[str, str, int]] = field(default_factory=list)
    #: the files of ``same`` that are the other's article with lines of their own around it, not its very words
    reworded: set[str] = field(default_factory=set)
    #: files whose text was in the store already with the very same facts and queue: nothing of them written
    unchanged: list[str] = field(default_factory=list)
    #: the sources this run has written (a later batch of the run never takes one for an earlier version)
    written: set[str] = field(default_factory=set)
    #: the reasons of ``quarantined`` in Vietnamese, by file (those of the tuples are English)
    reasons_vi: dict[str, list[str]] = field(default_factory=dict)
    #: the message and hint of ``refused`` in Vietnamese, by file (those of the tuples are English)
    refused_vi: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    #: undated texts placed on the map before the reform for want of a day: (file, province) (kg.extracting.unsure_map)
    unplaced: list[tuple[str, str]] = field(default_factory=list)
    #: a folder's archives left out, their texts unpacked there: (archive, texts, folder) (kg.ingest_folder)
    skipped: list[tuple[str, int, str]] = field(default_factory=list)
    #: files of ``same`` that are another site's copy of the text (kg.rdf.carriers): (file, the text's file, the site,
    #: how: "run" kept now beside a text of this ingest, "store" beside a text the store held, "kept" named already)
    carried: list[tuple[str, str, str, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed and not self.refused

    @property
    def exit_code(self) -> int:
        """The CLI's: 2 when an input was refused, 1 when a text's facts were all held back, else 0."""
        return 2 if self.refused else 1 if self.failed else 0

    def to_text(self, lang: str = "en") -> str:
        """The report the CLI prints, its own words in ``lang`` (``done.*`` of ``kg.i18n.ERRORS``; the
        reasons and messages as they were given)."""

        def said(key: str, **details: str | int) -> str:
            return error_words(key, details, lang)[0]

        # every file counted once: written, already there (as it is, or as another file's text), refused, held back
        sites = {name for name, *_ in self.carried}
        counts = [("done.part-unchanged", len(self.unchanged)),
                  ("done.part-same", self.known - len(self.unchanged) - len(sites)), ("done.part-carried", len(sites)),
                  ("done.part-refused", len(self.refused)), ("done.part-failed", len(self.failed))]
        if self.known and not self.loaded and any(how != "kept" for *_, how in self.carried):
            # (nothing of its own written, but another site kept beside a text: not "nothing new")
            head = said("done.carried-only", files=self.files)
        elif self.known and not self.loaded:  # (files ingested again as they were, or copies of a text: nothing written)
            head = said("done.unchanged-all", files=self.files)
        else:
            head = said("done.ingested", loaded=self.loaded, files=self.files, triples=self.triples)
        lines = ["; ".join([head, *(said(key, count=n) for key, n in counts if n)])]
        if self.unchanged and len(self.unchanged) < self.files:  # (which ones, where other files were ingested too)
            lines.append(said("done.unchanged", names=files_said(self.unchanged, lang)))
        lines.extend(said("done.replaced", name=name, versions=n) for name, n in self.replaced)
        lines.extend(said(("done.article-" if name in self.reworded else "done.same-") + ("now" if now else "kept"),
                          name=name, other=other) for name, other, now in self.same if name not in sites)
        lines.extend(said("done.carried-" + how, name=name, other=other, site=site)
                     for name, other, site, how in self.carried)
        lines.extend(said("done.near", name=name, other=other, share=share) for name, other, share in self.near)
        if len(self.unplaced) > FILES_NAMED:  # (a folder of a year's texts: one line, not one per undated text)
            lines.append(said("done.unplaced-many", count=len(self.unplaced),
                              names=files_said([f"{name} ({p})" for name, p in self.unplaced], lang)))
        else:
            lines.extend(said("done.unplaced", name=name, province=p) for name, p in self.unplaced)
        lines.extend(said("done.skipped", name=name, count=n, folder=folder) for name, n, folder in self.skipped)
        for name, n, reasons in self.quarantined:
            lines.append(said("done.quarantined", facts=n, name=name))
            lines.extend(f"  - {r}" for r in (self.reasons_vi.get(name) or reasons if lang == "vi" else reasons))
        for name, why in self.failed:
            lines.append(said("done.failed", name=name, why=why))
        for name, message, hint in self.refused:
            if lang == "vi" and name in self.refused_vi:
                message, hint = self.refused_vi[name]
            lines.append(said("done.refused-hint", message=message, hint=hint) if hint
                         else said("done.refused", message=message))
        return "\n".join(lines)

    def to_json(self) -> dict:
        """What a server answers for an ingest sent to it (``kg.web.writes``)."""
        return {"files": self.files, "loaded": self.loaded, "written": self.loaded, "known": self.known,
                "triples": self.triples,
                "quarantined": [{"file": f, "facts": n, "reasons": r, "reasons_vi": self.reasons_vi.get(f, r)}
                                for f, n, r in self.quarantined],
                "failed": [{"file": f, "why": w} for f, w in self.failed],
                "refused": [self._refusal_json(f, m, h) for f, m, h in self.refused],
                "replaced": [{"file": f, "versions": n} for f, n in self.replaced],
                "same": [{"file": f, "as": other, "listed": now, "words": f not in self.reworded}
                         for f, other, now in self.same],
                "unchanged": list(self.unchanged),
                "near": [{"file": f, "as": other, "share": share} for f, other, share in self.near],
                "unplaced": [{"file": f, "province": p} for f, p in self.unplaced],
                "skipped": [{"file": f, "texts": n, "folder": d} for f, n, d in self.skipped],
                "carried": [{"file": f, "as": other, "site": site, "how": how} for f, other, site, how in self.carried],
                "exit_code": self.exit_code, "text": self.to_text(), "text_vi": self.to_text("vi")}

    def _refusal_json(self, name: str, message: str, hint: str | None) -> dict:
        message_vi, hint_vi = self.refused_vi.get(name, (message, hint))
        return {"file": name, "message": message, "hint": hint, "message_vi": message_vi, "hint_vi": hint_vi}

    @classmethod
    def from_json(cls, d: dict) -> "IngestSummary":
        return cls(files=int(d["files"]), loaded=int(d["loaded"]), triples=int(d["triples"]),
                   quarantined=[(q["file"], int(q["facts"]), list(q["reasons"])) for q in d["quarantined"]],
                   reasons_vi={q["file"]: list(q.get("reasons_vi") or q["reasons"]) for q in d["quarantined"]},
                   failed=[(f["file"], f["why"]) for f in d["failed"]],
                   refused=[(r["file"], r["message"], r.get("hint")) for r in d["refused"]],
                   replaced=[(r["file"], int(r["versions"])) for r in d.get("replaced", [])],
                   same=[(x["file"], x["as"], bool(x["listed"])) for x in d.get("same", [])],
                   reworded={x["file"] for x in d.get("same", []) if not x.get("words", True)},
                   unchanged=[str(f) for f in d.get("unchanged", [])],
                   near=[(x["file"], x["as"], int(x["share"])) for x in d.get("near", [])],
                   unplaced=[(u["file"], u["province"]) for u in d.get("unplaced", [])],
                   skipped=[(x["file"], int(x["texts"]), x["folder"]) for x in d.get("skipped", [])],
                   carried=[(x["file"], x["as"], x["site"], x["how"]) for x in d.get("carried", [])],
                   refused_vi={r["file"]: (r["message_vi"], r.get("hint_vi")) for r in d["refused"] if "message_vi" in r})

    def add(self, other: "IngestSummary") -> None:
        """Count ``other`` (the ingest of more files) in this summary."""
        self.files += other.files
        self.loaded += other.loaded
        self.triples += other.triples
        self.quarantined += other.quarantined
        self.reasons_vi.update(other.reasons_vi)
        self.failed += other.failed
        self.refused += other.refused
        self.replaced += other.replaced
        self.same += other.same
        self.reworded |= other.reworded
        self.unchanged += other.unchanged
        self.near += other.near
        self.unplaced += other.unplaced
        self.skipped += other.skipped
        self.carried += other.carried
        self.refused_vi.update(other.refused_vi)

    @property
    def known(self) -> int:
        """How many files were recognised as a text already there: in the store as they are (``unchanged``), or the
        text of another file, kept from that one (``same``, not listed under them)."""
        return len(self.unchanged) + sum(1 for _, _, now in self.same if not now)

    def gave_way(self, name: str, other: str, *, reworded: bool, now: bool = False) -> None:
        """Note that file ``name`` holds the text of file ``other`` (``reworded``: its article with lines of its own
        around it, not its very words): kept from ``other``, or, ``now``, listed under ``name`` from now on."""
        self.same.append((name, other, now))
        if reworded:
            self.reworded.add(name)

    def kept_site(self, name: str, other: str, site: str, how: str) -> None:
        """Note that file ``name``, which gave way to the text of file ``other``, is that text as another site
        (``site``) publishes it, kept beside it as another publisher (``how``: see ``carried``)."""
        self.carried.append((name, other, site, how))

    def already(self, names: list[str]) -> None:
        """Count the files ``names`` as in the store already as they are (``unchanged``): each says so and nothing
        else, its notes (placed on the old map, held back for review, near another text) said when it was written."""
        self.unchanged += names
        gone = set(names)
        self.unplaced = [u for u in self.unplaced if u[0] not in gone]
        self.near = [n for n in self.near if n[0] not in gone]
        self.quarantined = [q for q in self.quarantined if q[0] not in gone]
        for name in gone:
            self.reasons_vi.pop(name, None)

    def refuse(self, name: str, error: DkgError) -> None:
        """Count ``name`` as refused for ``error``, its words kept in both languages."""
        self.refused.append((name, error.message, error.hint))
        self.refused_vi[name] = error.said("vi")
