"""A directive's scoreboard (bảng theo dõi thực hiện): how one document is being carried out
across the country, as of a day.

:func:`scoreboard` reads it from the store through the named queries (``document``,
``cascade``, ``coverage``, ``targets``, ``outcomes``, ``reviews``; parameters are bound by
:mod:`kg.queries`, never pasted into SPARQL) and returns plain JSON-ready data, which the web
page ``/scoreboard/{key}``, its JSON twin and ``dkg scoreboard KEY`` all show:

* ``places``: one entry per province of the administrative map in force on the day (63 before
  1 July 2025, 34 from then on), with its implementing documents (the cascade, followed through
  every ``implements`` step), the lag in days from the document to the province's first one,
  and a status: ``implemented``, ``late`` (the first one came more than ``late_after`` days
  after the document) or ``none``; each carries its cell on a tile grid map (:func:`tile_grid`);
  for a provincial document, ``districts`` the same for the districts of its province;
* ``targets``: the targets set across the cascade with their latest outcome by the day, the
  achievement ratio, the status the report gives (``reported_status``) and the one the figures
  give (``assessed_status``), kept apart;
* ``reviews``: the review milestones (sơ kết, tổng kết) the document sets itself
  (``dkg:reviewSchedule``), else the customary 5 and 10 years of a resolution or directive,
  each held, missed or still to come; and every review event held across the cascade;
* ``timeline``: the documents and events in date order.

Every item names the document card that holds the fact (``href``) and, for outcomes and
events, its evidence (source, quoted sentence).
"""

from __future__ import annotations

import csv
import datetime as _dt
import statistics
import textwrap
from dataclasses import dataclass
from functools import lru_cache
from typing import TypedDict

from kg import queries, resources
from kg.asof import day as _day
from kg.asof import add_years, parse_as_of
from kg.errors import UsageError
from kg.i18n import SCOREBOARD, SCOREBOARD_TEXT, TEXT, day_said, figure_said, format_number, share_said, words_said
from kg.paths import body_path, doc_href, doc_path, graph_path
from kg.text.dockeys import key_name
from kg.text.places import DISTRICT_KINDS

#: A province counts as late when its first implementing document came more than this many days
#: after the document. A convention of this project (central resolutions usually ask for a
#: programme "within three months" or so, but the data does not record each one's own term).
LATE_AFTER_DAYS = 90
#: Customary review milestones (years after issue) of a resolution or directive that names none.
CUSTOMARY_REVIEWS = (5, 10)
CUSTOMARY_TYPES = ("NQ", "CT")
#: The largest cascade read (documents).
CASCADE_LIMIT = 20000

STATUSES = ("implemented", "late", "none")


class Summary(TypedDict):
    """The scoreboard's figures: provinces, how many carried the document out (on time, late,
    not yet), the median lag, documents, targets, reviews held."""

    provinces: int
    implemented: int
    late: int
    none: int
    median_lag_days: float | None
    documents: int
    targets: int
    targets_with_outcome: int
    reviews_held: int


class Board(TypedDict):
    """A scoreboard (bảng theo dõi thực hiện): the document, the day, the summary, a row per
    province (and district, for a provincial document), the targets, the reviews and the timeline."""

    key: str
    iri: str
    label: str | None
    subject: str | None
    type: str | None
    level: str | None
    date: str | None
    href: str | None
    graph_href: str
    as_of: str
    late_after_days: int
    map: str
    before_issue: bool
    summary: Summary
    places: list[dict]
    districts: list[dict]
    targets: list[dict]
    reviews: dict
    timeline: list[dict]


@dataclass(frozen=True)
class Tile:
    scheme: str
    code: str
    row: int
    col: int


@lru_cache(maxsize=1)
def tile_grid() -> dict[tuple[str, str], Tile]:
    """The tile grid map of Vietnam: ``(scheme, GSO code) -> Tile``, provinces laid out roughly
    north (row 1) to south and west to east, one cell each (``kg/data/tilegrid.csv``). The
    schemes are ``legacy`` (63 provinces, to 30 June 2025) and ``2025`` (34, from 1 July 2025)."""
    out = {}
    with resources.package_data("tilegrid.csv").open(encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            out[(r["scheme"], r["code"])] = Tile(r["scheme"], r["code"], int(r["row"]), int(r["col"]))
    return out


def _scheme(unit_iri: str) -> str:
    return "2025" if "/place/2025/" in unit_iri else "legacy"


def _issued_after(value, day: _dt.date) -> bool:
    """True when ``value`` is a date (or ISO date text) later than ``day``."""
    issued = _day(value)
    return issued is not None and issued > day


def _iso(value) -> str | None:
    day = _day(value)
    return day.isoformat() if day else None


# --------------------------------------------------------------------------- the document


def _root(store, doc: str) -> dict:
    """Identity of the document: one, or a clear error when the key names several."""
    table = queries.run(store, "document", {"doc": doc})
    iris = sorted({r["document"] for r in table.rows})
    if not iris:  # a document with no field at all (the query resolved it, so it exists)
        raise UsageError(code="scoreboard-no-data", details={"key": repr(doc)})
    if len(iris) > 1:
        raise UsageError(code="scoreboard-several", details={"key": repr(doc), "count": len(iris), "iris": ", ".join(iris)})
    fields: dict[str, list] = {}
    for r in table.rows:
        fields.setdefault(r["field"], []).append(r.get("target") or r.get("value"))

    def one(name: str):
        return (fields.get(name) or [None])[0]

    level = one("level")
    schedule = sorted({int(float(v)) for v in fields.get("review schedule (years)", []) if queries.as_float(v) is not None})
    return {"iri": iris[0], "key": one("key") or iris[0], "label": one("label"), "subject": one("subject"),
            "type": one("type"), "date": _iso(one("date issued")),
            "level": level.rsplit("/", 1)[-1] if isinstance(level, str) else None,
            "place": one("place"), "review_schedule": schedule}


# --------------------------------------------------------------------------- provinces


def _places(store, root: dict, cascade: "Cascade", as_of: _dt.date, late_after: int,
            within: str | None = None) -> list[dict]:
    """The provinces of the map in force on ``as_of``; with ``within`` (a province's IRI), the
    districts of that province instead."""
    params = {"doc": root["iri"], "date": as_of.isoformat(), "limit": "1000"}
    if within:
        params["place"] = within
    table = queries.run(store, "coverage", params)
    grid = tile_grid()
    issued = _day(root["date"])
    out = []
    for r in table.rows:
        if within and r.get("kind") not in DISTRICT_KINDS.values():  # (each district-level unit of its own kind)
            continue
        unit = r["unit"]
        keys = [k for k in (r.get("documents") or "").split("; ") if k]
        inherited = [x for x in (r.get("inherited_from") or "").split("; ") if x]
        # the documents behind the keys: local numbers repeat from one province to the next, so a
        # key is looked up among the documents of this unit (or of the legacy units it took over)
        found = [cascade.pick(k, {r.get("name"), *inherited}) for k in keys]
        # the earliest dated document (the query's MIN gives nothing when one of them is undated)
        dated = [d for d in (_day(f.get("date")) for f in found) if d]
        first = min(dated) if dated else _day(r.get("first_date"))
        lag = (first - issued).days if first and issued else None
        if not keys:
            status = "none"
        elif lag is not None and lag > late_after:
            status = "late"
        else:
            status = "implemented"
        tile = grid.get((_scheme(unit), str(r.get("code") or "")))
        docs = []
        for k, d in zip(keys, found):
            day = _day(d.get("date"))
            docs.append({"key": k, "iri": d.get("document"), "href": cascade.href(k, d.get("document")),
                         "date": _iso(day), "type": d.get("type"), "level": d.get("level"),
                         "lag_days": (day - issued).days if day and issued else None})
        docs.sort(key=lambda d: (d["date"] is None, d["date"] or "", d["key"]))
        out.append({
            "unit": unit, "code": r.get("code"), "name": r.get("name"), "status": status,
            "documents": docs, "first_date": _iso(first), "lag_days": lag,
            "inherited_from": inherited,
            "row": tile.row if tile else None, "col": tile.col if tile else None,
        })
    out.sort(key=lambda p: (p["row"] is None, p["row"] or 0, p["col"] or 0, p["name"] or ""))
    return out


# --------------------------------------------------------------------------- targets


def _targets(store, root: dict, as_of: _dt.date, cascade: "Cascade") -> list[dict]:
    table = queries.run(store, "targets", {"doc": root["iri"], "date": as_of.isoformat(), "limit": "1000"})
    reported = queries.run(store, "outcomes", {"doc": root["iri"], "date": as_of.isoformat(), "limit": "100000"})
    by_outcome = {r["outcome"]: r for r in reported.rows}
    history: dict[str, list[dict]] = {}
    for r in reported.rows:
        if r.get("target"):
            history.setdefault(r["target"], []).append(
                {"as_of": _iso(r.get("as_of")), "value": r.get("value"), "status": r.get("status") or None})
    out = []
    for r in table.rows:
        latest = by_outcome.get(r.get("outcome_iri")) if r.get("outcome_iri") else None
        assessed = dict(r, status=None)
        queries.achievement(assessed)  # the status the figures give, whatever the report says
        ratio = assessed.get("ratio")
        out.append({
            "target": r["target"], "text": r.get("text"), "set_by": r.get("set_by"),
            "href": _set_by_href(r, root, cascade),
            "level": r.get("level"), "place": r.get("place"), "comparator": r.get("comparator"),
            "target_value": r.get("target_value"), "unit": r.get("unit"), "target_year": r.get("target_year"),
            "outcome": None if latest is None else {
                "iri": latest["outcome"], "value": latest.get("value"), "denominator": latest.get("denominator"),
                "unit": latest.get("unit"), "as_of": _iso(latest.get("as_of")), "text": latest.get("text"),
                "evidence": _evidence(latest)},
            "ratio": ratio,
            # (a ceiling, "dưới 3%", is said by how far under it, not as a share of it: ``margin``, kg.i18n.share_said)
            "achievement_percent": round(100 * ratio, 1) if ratio is not None and assessed.get("margin") is None else None,
            "margin": assessed.get("margin"),
            # how the outcome was tied to the target: stated by a source, or matched by its words (kg.text.matching)
            "link": r.get("link"), "similarity": r.get("similarity"),
            "reported_status": (latest.get("status") or None) if latest else None,
            "assessed_status": assessed.get("status"),
            # a reviewer's own assessment (`dkg review assess`), beside the two above
            "reviewer_assessment": {"status": r["assessed"], "note": r.get("assessed_note")} if r.get("assessed") else None,
            "outcomes": r.get("outcomes") or 0,
            "history": history.get(r["target"], []),
        })
    return out


def _set_by_href(row: dict, root: dict, cascade: "Cascade") -> str | None:
    key = row.get("set_by")
    if not key:
        return None
    if key == root["key"]:
        return doc_path(key) + "#targets"
    found = cascade.pick(key, {row.get("place")})
    return (cascade.href(key, found.get("document")) or "") + "#targets"


def _evidence(row: dict) -> dict | None:
    if not row.get("source"):
        return None
    return {"source": row["source"], "title": row.get("source_title"), "url": row.get("source_url"),
            "quote": row.get("quote")}


# --------------------------------------------------------------------------- reviews


def _reviews(store, root: dict, as_of: _dt.date) -> dict:
    table = queries.run(store, "reviews", {"doc": root["iri"], "date": as_of.isoformat(), "limit": "100000"})
    held = []
    for r in table.rows:
        key = r.get("reviewed")
        held.append({"iri": r["event"], "date": _iso(r.get("when")), "kind": r.get("kind") or "other",
                     "label": r.get("label"), "reviewed": key, "of_document": key == root["key"],
                     "href": (doc_path(key) + "#events") if key else None,
                     "organiser": r.get("organiser_name"), "organiser_href": body_path(r.get("organiser")),
                     "place": r.get("place"), "evidence": _evidence(r)})
    if root["review_schedule"]:
        years, basis = root["review_schedule"], "document"
    elif root.get("type") in CUSTOMARY_TYPES:
        years, basis = list(CUSTOMARY_REVIEWS), "customary"
    else:
        years, basis = [], None
    issued = _day(root["date"])
    own = [e for e in held if e["of_document"] and e["kind"] in ("interim", "final") and e["date"]]
    finals = [e for e in own if e["kind"] == "final"]
    expected = []
    for i, y in enumerate(years):
        final = i == len(years) - 1
        due = add_years(issued, y) if issued else None
        # the final milestone is met by a final review; the k-th interim one by k reviews of any kind
        # (the rule of the reviews-due query)
        if final:
            event = finals[0] if finals else None
        else:
            event = own[i] if len(own) > i else (finals[0] if finals else None)
        if event is not None:
            status = "held"
        elif due is None:
            status = "unknown"
        else:
            status = "missed" if due <= as_of else "upcoming"
        expected.append({"kind": "final" if final else "interim", "years": y, "due": _iso(due),
                         "status": status, "event": event["iri"] if event else None,
                         "event_date": event["date"] if event else None,
                         "href": event["href"] if event else None})
    return {"basis": basis, "expected": expected, "held": held,
            "counts": {k: sum(1 for e in held if e["kind"] == k) for k in ("interim", "final", "other")}}


# --------------------------------------------------------------------------- the whole


class Cascade:
    """The documents of the cascade (the ``cascade`` query's rows), by IRI and by key."""

    def __init__(self, rows: list[dict]) -> None:
        self.rows = {r["document"]: r for r in rows if r.get("document")}
        self.by_key: dict[str, list[dict]] = {}
        for r in self.rows.values():
            if r.get("key"):
                self.by_key.setdefault(r["key"], []).append(r)

    def pick(self, key: str, places: set) -> dict:
        """The document with ``key`` issued in one of ``places`` (names), else any with that key;
        the earliest when several."""
        rows = self.by_key.get(key, [])
        here = [r for r in rows if r.get("place") in places] or rows
        return min(here, key=lambda r: (_day(r.get("date")) or _dt.date.max, r["document"])) if here else {}

    def href(self, key: str, iri: str | None) -> str | None:
        """The card of the document: by its key, with its IRI when the key names several."""
        if len(self.by_key.get(key, [])) > 1 and iri:
            return doc_path(key, iri)  # by_key holds only keys that are not empty
        return doc_href(key)


def _cascade(store, root: dict, as_of: _dt.date) -> Cascade:
    """The cascade as known on ``as_of`` (documents issued, not replaced and made known by then)."""
    return Cascade(queries.run(store, "cascade", {"doc": root["iri"], "as_of": as_of.isoformat(),
                                                  "limit": str(CASCADE_LIMIT)}).rows)


def _timeline(root: dict, cascade: Cascade, rows: list[dict], reviews: dict) -> list[dict]:
    items = [{"date": root["date"], "what": "document", "key": root["key"], "label": root.get("label"),
              "level": root.get("level"), "place": None, "href": doc_href(root["key"])}]
    for r in rows:
        key = r.get("key") or r["document"]
        items.append({"date": _iso(r.get("date")), "what": "document", "key": key, "label": r.get("label"),
                      "level": r.get("level"), "place": r.get("place"), "href": cascade.href(key, r["document"])})
    for e in reviews["held"]:
        items.append({"date": e["date"], "what": e["kind"] if e["kind"] in ("interim", "final") else "event",
                      "key": e["reviewed"], "label": e["label"], "level": None, "place": e["place"],
                      "href": e["href"]})
    items.sort(key=lambda x: (x["date"] is None, x["date"] or "", x["what"] != "document", x["key"] or ""))
    return items


def scoreboard(store, doc: str, as_of=None, *, late_after: int = LATE_AFTER_DAYS) -> Board:
    """The scoreboard of document ``doc`` (a key such as ``46-NQ/TW`` or an IRI) on ``as_of``
    (a date or ``YYYY-MM-DD``; default today). Raises ``NotFound`` for an unknown document and
    ``UsageError`` for a bad date or a key that names several documents."""
    day = parse_as_of(as_of)
    if late_after < 0:
        raise UsageError(code="scoreboard-late", details={"days": str(late_after)})
    root = _root(store, doc)
    cascade = _cascade(store, root, day)
    places = _places(store, root, cascade, day, late_after)
    # a provincial document: how its districts answer (none after 1 July 2025, when districts went)
    districts = (_places(store, root, cascade, day, late_after, within=root["place"])
                 if root.get("level") == "province" and isinstance(root.get("place"), str) else [])
    targets = _targets(store, root, day, cascade)
    reviews = _reviews(store, root, day)
    issued = _day(root["date"])
    in_force = [r for r in cascade.rows.values() if not _issued_after(r.get("date"), day)]
    lags = [p["lag_days"] for p in places if p["lag_days"] is not None]
    counts = {s: sum(1 for p in places if p["status"] == s) for s in STATUSES}
    return Board(
        key=root["key"], iri=root["iri"], label=root.get("label"), subject=root.get("subject"),
        type=root.get("type"), level=root.get("level"), date=root["date"],
        href=doc_href(root["key"]), graph_href=graph_path(root["key"]),
        as_of=day.isoformat(), late_after_days=late_after,
        map="2025" if any(_scheme(p["unit"]) == "2025" for p in places) else "legacy",
        before_issue=bool(issued and day < issued),
        summary=Summary(provinces=len(places), implemented=counts["implemented"], late=counts["late"],
                        none=counts["none"], median_lag_days=statistics.median(lags) if lags else None,
                        documents=len(in_force), targets=len(targets),
                        targets_with_outcome=sum(1 for t in targets if t["outcome"]),
                        reviews_held=len(reviews["held"])),
        places=places,
        districts=districts,
        targets=targets,
        reviews=reviews,
        timeline=[x for x in _timeline(root, cascade, in_force, reviews) if not (x["date"] and x["date"] > day.isoformat())],
    )


def to_text(board: Board, width: int = 100, lang: str = "en") -> str:
    """The scoreboard as plain text for a terminal (``dkg scoreboard``), in ``lang`` (its words are
    ``kg.i18n.SCOREBOARD_TEXT``; its days as the page writes them, ``kg.i18n.day_said``)."""
    code = "vi" if lang == "vi" else "en"

    def day(value) -> str:
        return day_said(value, code)

    w, said = SCOREBOARD_TEXT[code], SCOREBOARD[code]
    s = board["summary"]
    lines = [f"{board['key']}  {board.get('label') or ''}".rstrip()]
    for line in (w["head"].format(date=day(board.get("date")) or "?", as_of=day(board["as_of"]), provinces=s["provinces"],
                                  map=w["map_2025" if board["map"] == "2025" else "map_legacy"]),
                 words_said(w["counts"], code, implemented=s["implemented"], late=s["late"], days=board["late_after_days"],
                            none=s["none"], lag=_lag(s["median_lag_days"]))):
        lines += textwrap.wrap(line, width=width, subsequent_indent="  ")
    lines += ["", *textwrap.wrap(w["provinces"], width=width, subsequent_indent="  ")]
    for p in sorted(board["places"], key=lambda p: (STATUSES.index(p["status"]), p["name"] or "")):
        if p["status"] == "none":
            continue
        docs = ", ".join(key_name(d["key"]) for d in p["documents"])  # (a plan without a number named as a reader names it)
        line = f"  {p['name'] or p['unit']:<22} {w[p['status']]:<12} {_fmt(p['lag_days'], code):>6}  {docs}"
        lines.append(_cut(line.rstrip(), width))
    missing = sorted(p["name"] or p["unit"] for p in board["places"] if p["status"] == "none")
    if missing:
        lines += textwrap.wrap(w["missing"].format(n=len(missing)) + ", ".join(missing), width=width,
                               initial_indent="  ", subsequent_indent="    ")
    if board.get("districts"):
        ds = board["districts"]
        done = [words_said(w["district_lag"], code, name=d["name"], lag=_lag(d["lag_days"])) for d in ds if d["status"] != "none"]
        lines += textwrap.wrap(w["districts"].format(done=len(done), total=len(ds)) + (", ".join(done) or w["nothing"]),
                               width=width, subsequent_indent="    ")
    lines += ["", *textwrap.wrap(w["targets"], width=width, subsequent_indent="  ")]
    if not board["targets"]:
        lines.append("  " + w["nothing"])
    for t in board["targets"]:
        o = t["outcome"] or {}
        pct = t["achievement_percent"]
        bar = _bar(pct)
        lines.append(_cut(f"  {t.get('set_by') or '':<14} {t.get('text') or ''}", width))
        # (figures and statuses said as the page says them: "≥ 1.500", "chưa có kết quả", not "1,500", "pending")
        lines.append(_cut(f"      {_fmt(None) if t.get('target_value') is None else figure_said(t['target_value'], t.get('unit'), t.get('comparator'), code)}"
                          f" -> {_fmt(o.get('value'), code) if o else '-'} ({day(o.get('as_of')) or w['no_outcome']})"
                          f"  {bar} {share_said(t['ratio'], t['margin'], t.get('unit'), code)}"
                          f"  {w['reported']}: {said.get(t['reported_status'] or '', t['reported_status'] or '-')}"
                          f" / {w['assessed']}: {said.get(t['assessed_status'] or '', t['assessed_status'] or '-')}", width))
        if t.get("link") == "words":  # (an outcome no source tied to the target: the reader judges the pair)
            tie = TEXT["en" if code == "en" else "vi"]
            lines.append(_cut(f"      {tie['tie_words']}, {tie['tie_closeness']} {_fmt(t['similarity'], code)}/100", width))
        if (assessed := t.get("reviewer_assessment")):  # (on its own line: at the end of the other it was cut off)
            lines.append(_cut(f"      {w['reviewer']}: {said.get('assessed_' + assessed['status'], assessed['status'])}"
                              + (f" · {assessed['note']}" if assessed.get("note") else ""), width))
    r = board["reviews"]
    lines += ["", w["reviews_expected"] + (w["basis_document"] if r["basis"] == "document" else
                                           w["basis_customary"] if r["basis"] == "customary" else "")]
    if not r["expected"]:
        lines.append("  " + w["none_set"])
    for e in r["expected"]:
        lines.append(f"  {w[e['kind']]:<8} {e['years']:>2} {w['years']}  {w['due']} {day(e['due']) or '?'}  {w[e['status']]}"
                     + (f" ({day(e['event_date'])})" if e["event_date"] else ""))
    lines.append(w["reviews_held"].format(n=len(r["held"])))
    for e in r["held"]:
        lines.append(_cut(f"  {day(e['date']) or '?':<10} {w[e['kind']]:<8} {e['reviewed'] or '':<14} "
                          f"{e['organiser'] or ''} {('· ' + e['place']) if e['place'] else ''}".rstrip(), width))
    lines += ["", w["timeline"]]
    for x in board["timeline"]:
        lines.append(_cut(f"  {day(x['date']) or w['undated']:<10} {w[x['what']]:<8} {key_name(x['key']) if x['key'] else ''}"
                          f"{('  ' + x['place']) if x.get('place') else ''}", width))
    return "\n".join(lines) + "\n"


def _lag(days):
    """A lag said in the words (``{lag:day|days}``: "1 day", "87,5 ngày"), "-" where there is none."""
    return "-" if days is None else days


def _fmt(value, lang: str = "en") -> str:
    """A figure of the text scoreboard as ``lang`` writes it (a median lag of 87.5 days is ``87,5`` in Vietnamese, as
    the page says it), "-" when there is none."""
    return "-" if value is None else format_number(value, lang)


def _bar(pct, cells: int = 10) -> str:
    if pct is None:
        return "[" + " " * cells + "]"
    filled = max(0, min(cells, round(pct / 100 * cells)))
    return "[" + "#" * filled + "." * (cells - filled) + "]"


def _cut(line: str, width: int) -> str:
    return line if len(line) <= width else line[: width - 1] + "…"
