"""What ``dkg extract`` does: the facts of each file, as JSON (or their RDF as Turtle), and the
pieces ``dkg ingest`` shares with it (``kg.ingest``): one text's extraction with the file's own
hints, its headline and its source record.

Kept apart from ``kg.ingest`` so that extracting one file does not import the store, the
validator or the review queue; RDF is imported only when Turtle or a source record is asked for.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from kg.asof import parse_day
from kg.errors import UsageError
from kg.extract import extract
from kg.facts import Facts
from kg.office_files import is_template_title
from kg.sources import Source, read_source
from kg.text import places
from kg.text.typed_place import read_place
from kg.text.symbols import fold

if TYPE_CHECKING:
    from kg.rdf.build import SourceInfo

# matched against the folded, lower-case line: "Ủy ban" and "Uỷ ban" (two placements of the mark) are one
# an official text's national motto and its place-and-date line ("Phù Ninh, ngày 22 tháng 9 năm 2025") are
# not its headline either
_SKIP_LINE = re.compile(fold(r"^(skip to|truy cập|trang thông tin|ủy ban nhân dân|cộng hòa xã hội chủ nghĩa"
                             r"|độc lập\s*-\s*tự do|số\s*:|[^,]{2,40},\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}\s*$)"))
# the gap between the two columns of an official text's heading copied to plain text: a tab or three spaces or more
_COLUMNS = re.compile(r"\t+| {3,}")
# the line in capitals that names an official text's kind above its subject line ("KẾ HOẠCH" /
# "Triển khai thực hiện ..."): the headline is the two read as one ("Kế hoạch triển khai thực hiện ...")
_KIND_LINE = re.compile(fold(r"(kế hoạch|báo cáo|nghị quyết|chỉ thị|quyết định|thông báo|thông báo kết luận|"
                             r"kết luận|chương trình|chương trình hành động|hướng dẫn|đề án|tờ trình|công văn)"))
# the parts of a site's banner or breadcrumb: 'UBND Xã Sơn Mùa - Huyện Sơn Tây - Tỉnh Quảng Ngãi',
# 'Trang chủ » Tin tức » Xây dựng Đảng'
_LINE_PARTS = re.compile(r"\s+[-–|»›>]\s+|\s*[»›]\s*")
_UNIT_WORD = re.compile(fold(r"(ubnd|ủy ban nhân dân|hđnd|xã|phường|thị trấn|đặc khu|huyện|quận|"
                             r"thị xã|thành phố|tp\.?|tỉnh|đảng ủy|đảng uỷ|cổng thông tin|trang chủ)\b"))


# a news site's or agency's credit that opens the lede line a text starts with: '(Baothanhhoa.vn) - ',
# '(Chinhphu.vn) – ', '(TTXVN) - '; a parenthesis that names no site or agency ('(Dự thảo) ...', '(1) ...'),
# or has no dash after it, belongs to the headline
_CREDIT = re.compile(r"^\((?:[\w-]+\.(?:vn|com|net|org)(?:\.vn)?|[A-ZĐ]{2,10})\)\s*[-–—]\s*")


def is_banner(line: str) -> bool:
    """A site's banner of administrative units or a breadcrumb, not a headline: every part of the line
    names a unit, or the line is a trail of short parts joined by '»' or '›'."""
    parts = [p for p in _LINE_PARTS.split(line) if p]
    if len(parts) < 2 or any(len(p.split()) > 8 for p in parts):
        return False
    if all(_UNIT_WORD.match(fold(p.lower())) for p in parts):
        return True
    return bool(re.search(r"[»›]", line)) and all(len(p.split()) <= 5 for p in parts)


def guess_title(text: str) -> str | None:
    """The article's headline: the first of its opening lines that reads like a sentence, without the
    site's credit the lede line may open with."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()][:12]
    kinds = {i for i, line in enumerate(lines) if _is_kind_line(line)}
    for i, line in enumerate(lines):
        if len(line.split()) >= 6 and not _letterhead(line) and len(line) <= 400 and not is_banner(line):
            if line.isupper() and kinds and i < max(kinds):
                # the issuing body's name above an official text's kind line ("SỞ KHOA HỌC VÀ CÔNG NGHỆ" over
                # "BÁO CÁO"): the text's name is its kind and subject, below
                continue
            if i - 1 in kinds:
                return f"{lines[i - 1].capitalize()} {line[0].lower()}{line[1:]}"
            return _CREDIT.sub("", _without_marks(line))
    return None


def _letterhead(line: str) -> bool:
    """A line of an official text's heading: the motto, the country's name, the number or the place and date
    (_SKIP_LINE), also where a plain-text copy set the heading's two columns on one line, spaces between ("XÃ AN
    BÌNH          Độc lập - Tự do - Hạnh phúc"): either column makes it one."""
    return any(_SKIP_LINE.match(fold(column.lower())) for column in _COLUMNS.split(line) if column)


def _without_marks(line: str) -> str:
    """A headline without the pictographs a post shared from a phone opens with ("🔴 QUẢNG TRỊ: ...", "📌 ..."): they
    are no word of its, and a screen without such a font shows each as an empty box."""
    start = 0
    while start < len(line) and (line[start].isspace() or unicodedata.category(line[start]) in ("So", "Sk", "Cf")):
        start += 1
    return line[start:] or line


def official_title(text: str) -> str | None:
    """An official text's own name, read from its opening lines: its kind line in capitals and the subject under it
    ("BÁO CÁO" / "Kết quả ..."), or the two on one line as a PDF's layout may set them ("KẾ HOẠCH thực hiện ...");
    None for a text without a kind line (a news article)."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()][:14]
    for i, line in enumerate(lines):
        if _is_kind_line(line) and i + 1 < len(lines) and not lines[i + 1].isupper():
            return f"{line.capitalize()} {lines[i + 1][0].lower()}{lines[i + 1][1:]}"
        words = line.split()
        upper = next((k for k, w in enumerate(words) if not w.isupper()), len(words))
        if 0 < upper < len(words) and len(words) >= 6 and words[upper][0].islower() \
                and _is_kind_line(" ".join(words[:upper])):
            return f"{' '.join(words[:upper]).capitalize()} {' '.join(words[upper:])}"
    return None


def _is_kind_line(line: str) -> bool:
    """The line in capitals that names an official text's kind ("KẾ HOẠCH", "BÁO CÁO") above its subject."""
    return line.isupper() and bool(_KIND_LINE.fullmatch(fold(line.lower())))


def source_info(name: str, text: str, facts: Facts, on: dt.date | None, hints: Source | None = None) -> SourceInfo:
    """The source of ``facts`` read in ``text``: dated by the user's date (``on``), else its page's, else
    its own."""
    from kg.rdf import identity  # noqa: PLC0415  (RDF: only for Turtle and ingest, not for JSON)
    from kg.rdf.build import SourceInfo  # noqa: PLC0415
    return SourceInfo(id=identity.source_id(text), name=Path(name).name,
                      title=_title(text, hints),
                      url=hints.url if hints else None, publisher=hints.publisher if hints else None,
                      published=on or (hints.date if hints else None) or facts.date,
                      date=facts.date, place=facts.place)


def _title(text: str, hints: Source | None) -> str | None:
    """A text's title: an office file's own name in its text (``official_title``) before its title property, which
    Word carries over from the template or the earlier file it was made from ("Mẫu báo cáo"); a page's title; else
    the headline its lines give."""
    own = official_title(text) if hints is not None and hints.kind in ("pdf", "docx") else None
    # (a template's title, "Mẫu tin bài", says nothing of an article made from it: its headline does)
    given = hints.title if hints is not None and not is_template_title(hints.title) else None
    return own or given or guess_title(text)


def unsure_map(facts: Facts, info: SourceInfo) -> str | None:
    """The province of a text placed on the map before 1 July 2025 only for want of a day (kg.rdf.build places a
    text by its day, else by the latest day of the documents it names): no day of its own, its page's or the user's,
    no unit only the new map has (``Place.scheme``), none only the old one has (a district, which the reform
    abolished, or a province it merged into another: the text is placed on the old map safely), and no document it
    names issued after the reform. The ingest report names such a text and what to do; None where it is placed safely."""
    if info.published or facts.date or not facts.place.province or facts.place.scheme or facts.place.district \
            or places.lookup_province(facts.place.province, "2025") is None:
        return None
    latest = max((d.date for d in facts.documents if d.date), default=None)
    return facts.place.province if latest is None or latest < places.REFORM_START else None


def extract_one(name: str, text: str, *, on: dt.date | None, place: str | None,
                hints: Source | None = None) -> Facts:
    """The facts of one text; ``on`` and ``place`` (the user's) win over the file's own hints. The
    province a page's publisher names ("Báo Ninh Thuận") wins over the one the text's own words
    point to, but where the text's lies in that province, the text's is kept with its district
    (a district plan reported by the provincial paper stays the district's)."""
    day = on or (hints.date if hints else None)
    hinted = None if place or hints is None else hints.place
    if hinted:
        own = extract(text, source=Path(name).name, date=day)
        if own.place.province and fold(own.place.province) == fold(hinted):
            return own
    return extract(text, source=Path(name).name, date=day, place=place or hinted)


def check_place(place: str | None, option: str = "--place") -> str | None:
    """The place a user gave for texts that do not say theirs, refused where it names none, as a reviewer's is
    (kg.text.typed_place: a province of either scheme by name or GSO code, with its district or commune before it)."""
    if place is not None:
        read_place(place, f"{option} {place!r}")
    return place


def extract_files(files: Iterable[str], *, fmt: str = "json", on: str | None = None,
                  place: str | None = None, max_chars: int | None = None) -> str:
    """What ``dkg extract`` prints: the facts of each file (JSON) or their RDF (Turtle)."""
    day = parse_day(on, "--date")
    check_place(place)
    results = []
    for path in files:
        src = read_source(path, limit=max_chars)
        facts = extract_one(src.name, src.text, on=day, place=place, hints=src)
        results.append((src, facts))
    if fmt == "json":
        objs = [f.to_dict() for _, f in results]
        return json.dumps(objs[0] if len(objs) == 1 else objs, ensure_ascii=False, indent=2) + "\n"
    if fmt == "ttl":
        from rdflib import Graph  # noqa: PLC0415  (RDF: only for Turtle, not for JSON)

        from kg.rdf.build import build_graph  # noqa: PLC0415
        from kg.rdf.vocab import DKG, OA  # noqa: PLC0415
        g = Graph()
        for src, facts in results:
            g += build_graph(facts, source_info(src.name, src.text, facts, day, src))
        g.bind("dkg", str(DKG))
        g.bind("oa", str(OA))
        return g.serialize(format="turtle")
    raise UsageError(f"unknown format {fmt!r}", hint="json or ttl")
