"""One article in several files (một bài, nhiều tệp): the ``.txt`` with blank lines between its paragraphs, the saved
page, the PDF a browser printed of it, the page saved again with other menus, the article on another site under its
own credit. ``kg.ingest`` asks :class:`Twins` for each text it reads whether the store or the run holds it already
(as the same article in another file), or holds a text that is nearly it.

The rule a user expects:

- the same words once their spacing is normalised (every run of spaces, tabs and line breaks one space, the ends
  trimmed, Unicode NFC) are one text: ``kg.text.twin_keys.spacing_key``, compared exactly;
- the same article with lines of its own around it (a date line, a share bar, a menu, a credit or a byline: the rule
  of ``kg.text.same_article``) is one text too;
- a text that is nearly another (changed in place, but in no figure, and :data:`kg.text.same_article.NEAR_RATIO` of
  its characters alike) is reported as such and kept apart: a corrected text is not to be merged behind the user's
  back. Two articles of one template, whose figures differ, or two articles on one event, are neither.

Only the texts that share one of a text's sentence digests (``kg.text.twin_keys.sentence_keys``: a few of its
sentences, the same in every file of one article) are compared, which keeps the comparisons few (dictionary look-ups,
not every pair), and of those the :data:`COMPARED` that share the most.

Each review record keeps the digests the rule looks up (``kg.review.ledger``: ``dkg:wordsKey`` and
``dkg:sentenceKey``, ``kg.text.twin_keys.record_keys``), written with it, so that a text is looked up in the store by
them, the engine's index doing the work: an ingest into a store of a year of texts reads only the few records that
share a sentence. Records written before the sentence keys (rounds before 38 wrote none) get them at the store's
first open for writing by this version (``kg.store.recordkeys.add_missing``); any still without (data loaded as it
was exported) are read, with their texts, once per ingest at the first text that needs them.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field, replace

import pyoxigraph as ox

from kg.rdf.carriers import Carrier, added
from kg.rdf.terms import OX_DKG
from kg.store.recordkeys import unkeyed
from kg.text.same_article import Likeness, Lines, compare
from kg.text.twin_keys import record_keys

#: At most this many texts met before are compared with a text: those that share the most of its sentence digests.
COMPARED = 8


def says(info) -> int:
    """How much a file says of its text besides its words (a ``kg.rdf.build.SourceInfo``): its page's address, its
    publisher, its day. Of two files with the same words (a saved page and the Word file made of it, the ``.txt`` with
    its blank lines), the one that says more is the text's source."""
    return sum(1 for value in (info.url, info.publisher, info.published) if value)


def carrier(info) -> Carrier:
    """The site a file of a text was read from (a ``kg.rdf.build.SourceInfo``), as another site's copy is kept."""
    return Carrier(name=info.name, publisher=info.publisher, url=info.url, published=info.published)


def carried(kept, *others):
    """``kept`` (the ``SourceInfo`` a text is kept from) with the sites of ``others``, files of its article that gave
    way to it or that it replaced, each of them and the sites they carried already kept beside its own: one article
    that two papers published keeps both (:mod:`kg.rdf.carriers`)."""
    more = [c for o in others for c in (carrier(o), *o.carriers)]
    return replace(kept, carriers=added(kept.carriers, carrier(kept), more))


def site_said(info) -> str:
    """The site of a file of a text as a report names it: its publisher, else its page's address, else its file."""
    return info.publisher or info.url or info.name


def another_site(info, kept) -> bool:
    """Is ``info`` the article as another site than ``kept``'s carries it (both name a site, not the same)? Such a copy
    never takes the text's place, whenever it comes: it is kept beside it (:func:`carried`), and the text keeps the
    site, and so the place, it was first read from (a neighbour's paper would put it in the neighbour's province)."""
    a, b = carrier(info), carrier(kept)
    return a.names_a_site() and b.names_a_site() and not a.same_site(b)


#: The records written before the sentence keys, with their meta and text (a record with keys is never read here).
_UNKEYED = unkeyed("?meta ?text")


@dataclass
class _Met:
    """A text met before: its source id, file name and text (its words by line made at its first comparison)."""

    sid: str
    name: str
    text: str
    lines: Lines | None = None
    key: str = ""  # (its words' digest)
    keys: tuple[str, ...] = ()  # (its sentences')


@dataclass
class _Asked:
    """The last text asked about: its normalised words' digest, its sentence digests, its words by line, and what
    the texts met before that share its sentences are to it (compared once: ``same`` and ``near`` ask in turn)."""

    text: str
    key: str
    sentences: tuple[str, ...]
    lines: Lines
    found: list[tuple[_Met, Likeness]] | None = None


def _described(text: str) -> _Asked:
    key, sentences = record_keys(text)  # (the keys its record keeps: one rule)
    return _Asked(text, key, sentences, Lines.of(text))


@dataclass
class Twins:
    """The texts an ingest has met: the run's, kept here as it writes them (by their words' digest and by their
    sentences' digests), and the store's, looked up by the keys their records keep (those of records written before
    the keys: read at the first need and kept here with the run's)."""

    store: object
    by_key: dict[str, tuple[str, str]] = field(default_factory=dict)
    by_sentence: dict[str, list[_Met]] = field(default_factory=dict)
    _read: bool = False
    _asked: _Asked | None = None

    def _about(self, text: str) -> _Asked:
        if self._asked is None or self._asked.text is not text:
            self._asked = _described(text)
        return self._asked

    def _main(self):
        """The store's dataset, having noted the records written before the keys the first time it is asked for;
        None where there is no store."""
        main = getattr(self.store, "main", None)
        if main is not None and not self._read:
            self._read = True
            for row in main.query(_UNKEYED):
                meta = json.loads(row["meta"].value)
                self._note(str(meta.get("id")), str(meta.get("name") or meta.get("id")), row["text"].value)
        return main

    def _note(self, sid: str, name: str, text: str) -> None:
        asked = self._asked if self._asked is not None and self._asked.text is text else _described(text)
        self.by_key[asked.key] = (sid, name)
        met = _Met(sid, name, text, asked.lines, asked.key, asked.sentences)
        for key in asked.sentences:
            self.by_sentence.setdefault(key, []).append(met)

    def keys(self, text: str) -> tuple[str, tuple[str, ...]]:
        """``kg.text.twin_keys.record_keys`` of ``text``: those drawn to look it up where it is the text last asked
        about (its record is written with them, ``kg.review.ledger.record_quads``, which would draw them again on the
        batch's write's path), else drawn now, leaving what was asked last as it is."""
        asked = self._asked
        if asked is not None and asked.text is text:
            return asked.key, asked.sentences
        return record_keys(text)

    def add(self, sid: str, name: str, text: str) -> None:
        """Note a text the run writes under ``sid``, read from file ``name``: in place of the run's texts it is the same
        article as, where it was compared with them (the file that says more of a text takes its place)."""
        asked = self._about(text)
        gone = [met for met, likeness in asked.found or () if likeness.same]
        gone += [met for key in asked.sentences for met in self.by_sentence.get(key, ()) if met.key == asked.key]
        for met in gone:
            for key in met.keys:
                self.by_sentence[key] = [m for m in self.by_sentence.get(key, ()) if m is not met]
        self._note(sid, name, text)

    def _stored_by_words(self, key: str, sid: str) -> tuple[str, str] | None:
        main = self._main()
        if main is None:
            return None
        for q in main.quads_for_pattern(None, OX_DKG.wordsKey, ox.Literal(key), None):
            meta = self._meta(main, q)
            if meta is not None and str(meta.get("id")) != sid:
                return str(meta.get("id")), str(meta.get("name") or meta.get("id"))
        return None

    @staticmethod
    def _meta(main, q: ox.Quad) -> dict | None:
        found = next(iter(main.quads_for_pattern(q.subject, OX_DKG.sourceMeta, None, q.graph_name)), None)
        return None if found is None else json.loads(found.object.value)

    def _compared(self, text: str) -> list[tuple[_Met, Likeness]]:
        """The texts met before that share a sentence digest with ``text`` (the :data:`COMPARED` sharing most), each
        with what it is to ``text``."""
        asked = self._about(text)
        if asked.found is not None:
            return asked.found
        main = self._main()
        shared: Counter = Counter()  # (a text met in the run by its object, one in the store by its record)
        mets: dict[int, _Met] = {}
        for key in asked.sentences:
            for met in self.by_sentence.get(key, ()):
                shared[id(met)] += 1
                mets[id(met)] = met
        records: dict[str, tuple] = {}
        if main is not None:
            for key in asked.sentences:
                for q in main.quads_for_pattern(None, OX_DKG.sentenceKey, ox.Literal(key), None):
                    shared[str(q.subject)] += 1
                    records[str(q.subject)] = (q.subject, q.graph_name)
        found: list[tuple[_Met, Likeness]] = []
        seen: set[str] = set()
        for who, _ in shared.most_common(COMPARED):
            other = mets[who] if isinstance(who, int) else self._record(main, *records[who])
            if other is None or other.sid in seen:  # (a text of an earlier batch of the run is in both)
                continue
            seen.add(other.sid)
            if other.lines is None:
                other.lines = Lines.of(other.text)
            found.append((other, compare(text, other.text, lines=(asked.lines, other.lines))))
        asked.found = found
        return found

    @staticmethod
    def _record(main, subject, graph) -> _Met | None:
        meta = next(iter(main.quads_for_pattern(subject, OX_DKG.sourceMeta, None, graph)), None)
        text = next(iter(main.quads_for_pattern(subject, OX_DKG.sourceText, None, graph)), None)
        if meta is None or text is None:
            return None
        said = json.loads(meta.object.value)
        return _Met(str(said.get("id")), str(said.get("name") or said.get("id")), text.object.value)

    def same(self, sid: str, text: str, name: str | None = None) -> tuple[str, str, bool] | None:
        """(source id, file name, whether the very words) of a text met before that is ``text``'s article in another
        file: its words spaced otherwise, or with lines of its own around them (``kg.text.same_article``); another id
        than ``sid``, and, where the words differ, another file than ``name`` (a file's own new version is
        ``kg.review.ledger.earlier_versions``'s); None where there is none."""
        asked = self._about(text)
        found = self.by_key.get(asked.key)  # (the run's texts, and the records without keys: the run's last)
        if found is None:
            found = self._stored_by_words(asked.key, sid)
        if found is not None:
            return (*found, True) if found[0] != sid else None
        for met, likeness in self._compared(text):
            if likeness.same and met.sid != sid and met.name != name:
                return met.sid, met.name, False
        return None

    def near(self, name: str, text: str) -> tuple[str, int] | None:
        """(file name, share of the characters alike, rounded) of the text met before that is nearly ``text``, the
        nearest; None where none is (see the module's rule)."""
        best: tuple[str, int] | None = None
        for met, likeness in self._compared(text):
            if met.name == name or not likeness.share:
                continue
            if best is None or likeness.share > best[1]:
                best = (met.name, likeness.share)
        return best
