"""Post-processing steps (``# post: NAME``): what SPARQL cannot say (depths, medians, date
arithmetic in years), applied to a query's table before its ``limit``.
"""

from __future__ import annotations

import datetime as _dt
import statistics
from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING

from kg.asof import add_years
from kg.facts import LEVEL_RANK
from kg.rdf import identity
from kg.text import places
from kg.text.matching import Goal
from kg.queries.cells import SOURCE_COLUMNS
from kg.queries.matched import matched_outcomes, read_candidates
from kg.queries.table import Table, fill, sort_key
from kg.review.ties import earlier_ties

if TYPE_CHECKING:  # (only for annotations: the runner imports this module)
    from kg.queries.run import Details

def _split(value) -> list[str]:
    return [v for v in (value or "").split(" ") if v]


def _collapse(rows: list[dict], key: str, many: str | None = None) -> tuple[dict[str, dict], dict[str, set]]:
    """Rows grouped by ``key``: one row each, whose cells are the smallest value given (a document
    with two dates in the data gives one, the same from any store), and the set of values of
    column ``many`` per key (the parents of a document)."""
    one: dict[str, dict] = {}
    sets: dict[str, set] = {}
    for r in rows:
        k = r[key]
        kept = one.get(k)
        if kept is None:
            one[k] = dict(r)
        else:
            for c, v in r.items():
                if v is not None and (kept.get(c) is None or sort_key(v) < sort_key(kept[c])):
                    kept[c] = v
        if many is not None and r.get(many) is not None:
            sets.setdefault(k, set()).add(r[many])
    return one, sets


def _within_cascade(rows: list[dict], parents: dict[str, set]) -> dict[str, set]:
    """Each document's parents that belong to the cascade: DOC itself (``_root``, the documents DOC
    names) or another document of the cascade. A document may also implement a document outside
    it (a provincial plan implementing two resolutions); that link does not count here."""
    inside = set(parents) | set(_roots(rows))
    return {doc: {p for p in ps if p in inside} for doc, ps in parents.items()}


def _roots(rows: list[dict]) -> list[str]:
    """The documents DOC names that the rows reach (``_root``)."""
    return sorted({r["_root"] for r in rows if r.get("_root") is not None})


def _keys(docs: dict[str, dict], details: list[dict]) -> dict[str, str | None]:
    """The key of every document of the cascade (from the main query) and of DOC (from the details
    query: ``root``, ``_rootKey``), for the column of parents."""
    keys = {doc: r.get("key") for doc, r in docs.items()}
    for m in details:
        root, key = m.get("root"), m.get("_rootKey")
        if root is not None and key is not None and (keys.get(root) is None or sort_key(key) < sort_key(keys[root])):
            keys[root] = key
    return keys


def post_cascade(table: Table, params: dict, details: Details) -> Table:
    """Depth of each document (the fewest ``implements`` steps from it up to DOC), the order
    (depth, level, date, key), the cut at ``limit``, then the details of the rows kept: type,
    label, issuer, place and the keys of the documents of the cascade it implements."""
    docs, parents = _collapse(table.rows, "document", many="_parent")
    parents = _within_cascade(table.rows, parents)
    depth: dict[str, int | None] = {}

    def d(node: str, seen: frozenset = frozenset()) -> int | None:
        if node in depth:
            return depth[node]
        if node not in parents:
            return 0  # the root
        if node in seen:
            return None
        ds = [x for x in (d(p, seen | {node}) for p in parents[node]) if x is not None]
        depth[node] = (min(ds) + 1) if ds else None
        return depth[node]

    rows = list(docs.values())
    for r in rows:
        r["depth"] = d(r["document"])
    rows.sort(key=lambda r: (r["depth"] if r["depth"] is not None else 99, LEVEL_RANK.get(r.get("level") or "", 9),
                             r.get("date") or _dt.date.max, r.get("key") or "", r["document"]))
    del rows[params.get("limit") or len(rows):]
    more = details(document=[r["document"] for r in rows], root=_roots(table.rows))
    fill(rows, more, ("type", "label", "issuer", "place", "_jurisdiction"), "document")
    _commune_places(rows, "document")
    keys = _keys(docs, more)
    for r in rows:
        r["implements"] = "; ".join(sorted({keys.get(p) or p for p in parents.get(r["document"], ())})) or None
    table.rows = rows
    if "depth" not in table.columns:
        table.columns.append("depth")
    return table


def post_bodies(table: Table, params: dict, details: Details | None = None) -> Table:
    """The busiest bodies first: most tasks, then most tasks led, then by name and IRI."""
    table.rows.sort(key=lambda r: (-(r.get("tasks") or 0), -(r.get("lead") or 0), r.get("name") or "", r["body"]))
    return table


def post_coverage(table: Table, params: dict, details: Details | None = None) -> Table:
    """The lists of documents and of legacy units in a stable (sorted) order: SPARQL leaves the
    order of GROUP_CONCAT to the engine. No first date when one of the documents has none
    (``_undated``): engines differ on MIN over a group where some rows have no value. The communes, wards and
    towns of a province PLACE asks for: on the 2025 map after the province's row, on the map before the reform after
    the row of the district each lay in. A district-level unit's row is of its own kind (``district``, ``urban-district``,
    ``district-town``, ``city``: :data:`kg.text.places.DISTRICT_KINDS`)."""
    out = []
    by_district: dict[str, list[dict]] = {}
    for r in table.rows:
        if r.get("_undated"):
            r["first_date"] = None
        for col in ("documents", "inherited_from"):
            items = sorted({x for x in (r.get(col) or "").split("; ") if x})
            r[col] = "; ".join(items) or None
        out.append(r)
        # (``_impls`` is asked for with PLACE only: all provinces' communes would be 3,321 rows, 10,035 before)
        scheme = _scheme_of(r.get("unit"))
        if "_impls" in r and r.get("kind") == "province" and scheme and r.get("code"):
            communes = _communes_of(r, scheme)
            if scheme == "2025":
                out += communes
            for c in communes if scheme == "legacy" else ():
                by_district.setdefault(c.pop("_district"), []).append(c)
    table.rows = [x for r in out for x in ([r, *by_district.get(r.get("code") or "", [])] if r.get("kind") == "district"
                                           else [r])]
    for r in table.rows:  # a district-level unit of its own kind: a thị xã, a quận, a thành phố is no huyện
        if r.get("kind") == "district":
            r["kind"] = places.district_kind(r.get("code") or "")
    if units := _units_covered(table.rows):
        table.meta["units"] = units
    return table


def _units_covered(rows: list[dict]) -> dict[str, dict]:
    """How many of the units under the provinces listed have a document, by level (``district``, ``commune``) and
    by kind within it: ``{"commune": {"covered": 1, "units": 124, "kinds": {"commune": [0, 103], "ward": [1, 21]}}}``.
    An analyst reporting on a province's communes read the count off 124 rows by hand. Empty where no unit under a
    province is listed (no PLACE)."""
    levels = {**{k: "district" for k in places.DISTRICT_KINDS.values()}, **{k: "commune" for k in places.COMMUNE_KINDS.values()}}
    out: dict[str, dict] = {}
    for r in rows:
        level = levels.get(r.get("kind") or "")
        if level is None:
            continue
        group = out.setdefault(level, {"covered": 0, "units": 0, "kinds": {}})
        kind = group["kinds"].setdefault(r["kind"], [0, 0])
        covered = int(r.get("status") == "covered")
        group["covered"] += covered
        group["units"] += 1
        kind[0] += covered
        kind[1] += 1
    for group in out.values():  # (in one order, the map's: xã before phường, huyện before quận)
        group["kinds"] = {k: group["kinds"][k] for k in levels if k in group["kinds"]}
    return out


def _scheme_of(unit: str | None) -> str | None:
    """The code scheme of a unit of the map ('legacy' or '2025') by its IRI."""
    return next((s for s in ("2025", "legacy") if (unit or "").startswith(identity.place_base(s))), None)


def _communes_of(province: dict, scheme: str) -> list[dict]:
    """One row per commune, ward, town or special zone of a province of the map of ``scheme``, each of its own kind
    (``commune``, ``ward``, ``town``, ``special-zone``: :data:`kg.text.places.COMMUNE_KINDS`), with the documents of
    the province's row (``_impls``: IRI, key and date of each, a line each) minted in that commune: a commune's
    document has the commune in its jurisdiction's segment of its IRI (``.../2025-08-minh-xuan/...``,
    :func:`kg.rdf.identity.commune_scope`, read back by :func:`kg.rdf.identity.scoped_commune`); a name two of the
    province's communes share counts for neither (the IRI does not say which). Those without one first, as the query
    lists its units; before the reform each row holds its district's code (``_district``)."""
    scope = identity.place_slug(scheme, province["code"])
    found: dict[str, list[tuple[str, str]]] = {}
    for line in (province.get("_impls") or "").split("\n"):
        iri, _, rest = line.partition("\t")
        key, _, day = rest.partition("\t")
        if (commune := identity.scoped_commune(iri, scope)) is not None:
            found.setdefault(commune, []).append((key, day))
    units = places.communes_of(province["code"], scheme)
    kinds = places.commune_kinds(province["code"], scheme)  # (a ward is a phường, not a xã: its own kind)
    shared = Counter(identity.slug(unit[1]) for unit in units)
    rows = []
    for unit in units:
        code, name, full = unit[:3]
        docs = found.get(identity.slug(name), []) if shared[identity.slug(name)] == 1 else []
        days = [d for _, d in docs]
        rows.append({**{c: province.get(c) for c in ("doc", "date", "place")}, "unit": None, "kind": kinds.get(code, "commune"),
                     "code": code, "name": full, "province": province.get("name"),
                     "status": "covered" if docs else "none", "implementations": len(docs),
                     "documents": "; ".join(sorted({k for k, _ in docs})) or None,
                     "first_date": _dt.date.fromisoformat(min(days)) if docs and all(days) else None,
                     "inherited_from": None, **({"_district": unit[4]} if unit[4] is not None else {})})
    return sorted(rows, key=lambda r: (r["status"] != "none", r["code"]))


def _commune_places(rows: list[dict], document: str) -> None:
    """``place`` of each row as a document's card names it (:func:`kg.rdf.identity.document_place`): a commune's
    document by its commune, district where known, and province ("Xã Gia Viễn, Ninh Bình"), not the province alone;
    ``_jurisdiction`` (the unit's IRI, from the details) is dropped."""
    for r in rows:
        unit = r.pop("_jurisdiction", None)
        if unit and r.get(document):
            r["place"] = identity.document_place(str(r[document]), str(unit), r.get("place"))


def post_outcomes(table: Table, params: dict, details: Details | None = None) -> Table:
    """How each outcome is tied to the target it answers (``link``, as the targets query says it: ``stated`` by
    a source, ``confirmed`` by a reviewer, or ``words``: matched by its unit and words, ``similarity`` then
    saying how close), the outcomes no source tied taking the target the targets query and the card match
    them to (the targets query is run with the same parameters, and read: one answer for both); then the
    source (:data:`SOURCE_COLUMNS`) and the quote of each outcome, from the keys the query chose them by
    (``_source``: those columns, tab-separated; ``_quote``: the evidence's IRI, then the quote): where
    there are several, the one with the least IRI on every engine."""
    for r in table.rows:
        r["link"] = None if r.get("target") is None else "confirmed" if r.get("_confirmed") else "stated"
        r["similarity"] = None
    if details is not None and any(r["link"] is None for r in table.rows):
        matched = details.other("targets", limit=None).found
        for r in table.rows:
            if r["link"] is None and r["outcome"] in matched:
                target, set_by, score = matched[r["outcome"]]
                r.update(target=target, set_by=set_by, link="words", similarity=score)
        # (in the query's order: by target, none first, then by day and outcome)
        table.rows.sort(key=lambda r: (r["target"] is not None, r["target"] or "", sort_key(r.get("as_of")), r["outcome"]))
    for r in table.rows:
        source_columns(r, r.get("_source"))
        r["quote"] = (r.get("_quote") or "").partition("\t")[2] or None
    for column in ("link", "similarity"):  # (how the outcome is tied to its target, after the target's document)
        if column not in table.columns:
            table.columns.insert(table.columns.index("set_by") + 1 + (column == "similarity"), column)
    table.columns += [c for c in (*SOURCE_COLUMNS, "quote") if c not in table.columns]
    return table



def source_columns(row: dict, key: str | None) -> None:
    """A fact's source in :data:`SOURCE_COLUMNS` of ``row``, from ``key``: their values in that order,
    tab-separated, as the queries make it (an absent one empty; no key: all None). The title is the one part
    that may hold a tab of its own: the parts after it are counted from the end."""
    source, _, rest = (key or "").partition("\t")
    title, *after = rest.rsplit("\t", len(SOURCE_COLUMNS) - 2) if rest else ("", *[""] * (len(SOURCE_COLUMNS) - 2))
    row.update({c: (v or None) for c, v in zip(SOURCE_COLUMNS, (source, title, *after))})


def post_lag(table: Table, params: dict, details: Details) -> Table:
    """Days from each parent to the implementing document, the level medians and the slowest,
    the order (level, slowest first, key), the cut at ``limit``, then the details of the rows
    kept: type, issuer, place and the parent's key."""
    docs, parents = _collapse(table.rows, "document", many="_parent")
    inside = _within_cascade(table.rows, parents)
    links: dict[tuple[str, str], dict] = {}
    root_dates = {r["_root"]: r["_root_date"] for r in table.rows if r.get("_root_date") is not None}
    for r in table.rows:  # one row per link inside the cascade (a row per DOC IRI reached, else)
        parent = r["_parent"]
        if parent in inside[r["document"]]:
            parent_date = docs[parent].get("date") if parent in docs else root_dates.get(parent)
            kept = links.setdefault((r["document"], parent), dict(docs[r["document"]], **{
                "_parent": parent, "parent_date": parent_date, "_root_date": r.get("_root_date")}))
            if r.get("_root_date") is not None and (kept["_root_date"] is None or r["_root_date"] < kept["_root_date"]):
                kept["_root_date"] = r["_root_date"]  # (a document reaching two of the documents DOC names)
    rows = list(links.values())
    for r in rows:
        r["days"] = (r["date"] - r["parent_date"]).days if _dates(r, "date", "parent_date") else None
        r["days_from_root"] = (r["date"] - r["_root_date"]).days if _dates(r, "date", "_root_date") else None
    by_level: dict[str, list[dict]] = {}
    for r in rows:
        by_level.setdefault(r.get("level") or "unknown", []).append(r)
    summary = {}
    for level, group in by_level.items():
        known = sorted((r for r in group if r["days"] is not None),
                       key=lambda r: (-r["days"], r.get("key") or "", r["document"]))
        med = statistics.median([r["days"] for r in known]) if known else None
        for rank, r in enumerate(known, 1):
            r["rank_in_level"] = rank
        for r in group:
            r["level_median_days"] = med
        summary[level] = {
            "documents": len({r["document"] for r in group}),
            "median_days": med,
            "max_days": known[0]["days"] if known else None,
            "slowest": known[0]["key"] if known else None,
        }
    rows.sort(key=lambda r: (LEVEL_RANK.get(r.get("level") or "", 9), -(r["days"] if r["days"] is not None else -10**9),
                             r.get("key") or "", r["document"], r["_parent"]))
    del rows[params.get("limit") or len(rows):]
    more = details(document=[r["document"] for r in rows], root=_roots(table.rows))
    fill(rows, more, ("type", "issuer", "place", "_jurisdiction"), "document")
    _commune_places(rows, "document")
    keys = _keys(docs, more)
    for r in rows:
        r["parent"] = keys.get(r["_parent"])
    table.rows = rows
    table.columns += [c for c in ("days", "days_from_root", "level_median_days", "rank_in_level")
                      if c not in table.columns]
    table.meta["per_level"] = summary
    return table


def _dates(r: dict, *names: str) -> bool:
    return all(isinstance(r.get(n), _dt.date) for n in names)


def after(day, asof: _dt.date) -> bool:
    """Is ``day`` a date later than ``asof`` (an unknown day is not)?"""
    return isinstance(day, _dt.date) and day > asof


def known_targets(rows: list[dict], asof: _dt.date) -> set:
    """The targets of the targets query's rows that were known on ``asof``: set by a document
    issued by then (or undated) that no document issued by then replaced (DOC itself may have
    been: its own targets are what was asked for), and stated by curated
    data or by a text published by then (one such row suffices: a target stated twice is known
    from the first statement)."""
    replaced = {r["target"] for r in rows if isinstance(r.get("_src_replaced"), _dt.date)
                and r["_src_replaced"] <= asof and r.get("_src") != r.get("_root")}
    return {r["target"] for r in rows if r["target"] not in replaced
            and not after(r.get("_src_issued"), asof) and not after(r.get("_target_published"), asof)}


def post_targets(table: Table, params: dict, details: Details) -> Table:
    """One row per target with its latest outcome reported by DATE (latest ``as_of``; ties: the
    last outcome IRI) and the number of such outcomes, in the order (set_by, target_year, text),
    cut at ``limit``; then the details of the targets and outcomes kept, the achievement ratio
    (outcome / target) and a status where the data gives none."""
    asof = params.get("date") or _dt.date.today()
    latest: dict[str, dict] = {}
    outcomes: dict[str, set] = {}
    known = known_targets(table.rows, asof)
    for r in table.rows:
        if r["target"] not in known:
            continue
        when = r.get("as_of")
        if r.get("outcome_iri") is not None and not (isinstance(when, _dt.date) and when <= asof
                                                     and not after(r.get("_outcome_published"), asof)):
            # reported after DATE, in a text published after DATE, or undated: unknown on DATE
            r["outcome_iri"] = r["as_of"] = None
        t = r["target"]
        if r["outcome_iri"] is not None:
            outcomes.setdefault(t, set()).add(r["outcome_iri"])
        best = latest.get(t)
        if best is None:
            latest[t] = dict(r)
        else:
            if _newer(r, best):
                best["outcome_iri"], best["as_of"], best["_confirmed"] = r["outcome_iri"], r.get("as_of"), r.get("_confirmed")
            for c in ("set_by", "text", "target_year"):  # a value given twice: the smallest
                if r.get(c) is not None and (best.get(c) is None or sort_key(r[c]) < sort_key(best[c])):
                    best[c] = r[c]
    rows = list(latest.values())
    rows.sort(key=lambda r: (r.get("set_by") or "", sort_key(r.get("target_year")), r.get("text") or "",
                             r["target"]))
    del rows[params.get("limit") or len(rows):]
    more = details(target=[r["target"] for r in rows], source=[r["_src"] for r in rows],
                   outcome=[r["outcome_iri"] for r in rows if r["outcome_iri"] is not None],
                   reported=[r["_src"] for r in rows])
    fill(rows, more, ("comparator", "target_value", "unit", "assessed", "assessed_note", "_target_source"), "target")
    fill(rows, more, ("level", "place", "_jurisdiction"), "_src", "source")
    _commune_places(rows, "_src")
    fill(rows, more, ("outcome_value", "denominator", "outcome_unit", "status", "outcome_text"), "outcome_iri", "outcome")
    matched = _matched_outcomes(rows, more, asof)
    for r in rows:
        r["link"] = None if r.get("outcome_iri") is None else "confirmed" if r.get("_confirmed") else "stated"
        r["similarity"] = None
        found = matched.get(r["target"], [])
        for score, candidate in found:  # the latest of the stated and the matched (ties: the last outcome IRI, as before)
            if _newer({"outcome_iri": candidate["candidate"], "as_of": candidate["c_as_of"]}, r):
                r.update(outcome_iri=candidate["candidate"], as_of=candidate["c_as_of"], link="words", similarity=score,
                         **{col: candidate.get(f"c_{part}") for col, part in _CANDIDATE_COLUMNS.items()})
        r["outcomes"] = len(outcomes.get(r["target"], ())) + len(found)
        r["matched"] = len(found)
        for score, candidate in found:  # (each outcome matched, for the outcomes query: post_outcomes)
            if score > table.found.get(candidate["candidate"], (None, None, -1.0))[2]:
                table.found[candidate["candidate"]] = (r["target"], r.get("set_by"), score)
        achievement(r)
        source_columns(r, r.pop("_target_source", None))  # (where the target was stated, to cite it)
    table.rows = rows
    table.columns += [c for c in SOURCE_COLUMNS if c not in table.columns]
    for column in ("ratio", "margin"):
        if column not in table.columns:
            table.columns.insert(table.columns.index("status"), column)
    for column in ("similarity", "link"):  # how the row's outcome was tied to its target, after it
        if column not in table.columns:
            table.columns.insert(table.columns.index("outcome_iri") + 1, column)
    table.columns += [c for c in ("outcomes", "matched") if c not in table.columns]
    # a reviewer's word on a pair of an earlier version of the target or of its outcome, which could not be carried
    # to the corrected facts (kg.review.ties): said, never dropped silently
    store = getattr(details, "store", None)  # (a stand-in for the details query may hold none)
    earlier = earlier_ties(store, [r["target"] for r in rows]) if rows and store is not None else {}
    for r in rows:
        _earlier_columns(r, earlier.get(r["target"], []))
    table.columns += [c for c in EARLIER_COLUMNS if c not in table.columns]
    return table


#: The columns of a target's decisions made on an earlier version of its facts (``kg.review.ties.earlier_ties``):
#: how many, then the latest one's reviewer, word (accepted or rejected), time, reason and the outcome the reviewer
#: saw, each a value of its own (the page, the JSON and the CSV read the same columns; the card lists them all).
EARLIER_COLUMNS = ("earlier_ties", "earlier_reviewer", "earlier_state", "earlier_at", "earlier_reason", "earlier_outcome")


def _earlier_columns(row: dict, decisions: list[dict]) -> None:
    latest = max(decisions, key=lambda d: d["at"], default=None)
    row["earlier_ties"] = len(decisions)
    for column in EARLIER_COLUMNS[1:]:
        row[column] = latest.get(column.removeprefix("earlier_")) if latest is not None else None


#: The outcome's columns of a row and the part of a candidate's (``c_...``) of the details query that fills each.
_CANDIDATE_COLUMNS = {"outcome_value": "value", "denominator": "denominator", "outcome_unit": "unit",
                      "status": "status", "outcome_text": "text"}


def _matched_outcomes(rows: list[dict], more: list[dict], asof: _dt.date) -> dict[str, list[tuple[float, dict]]]:
    """The outcomes no source tied to a target that answer the targets of ``rows`` (those kept, known on ``asof``,
    their details filled in) by unit and words (``kg.queries.matched``): of each document that sets a kept target,
    its candidates (``more``: the details query's, reported on it or on a plan carrying it out in its place) known
    on ``asof`` as a stated outcome is (reported by then, in a text published by then)."""
    goals: dict[str, dict[str, Goal]] = {}
    issued: dict[str, str | None] = {}
    for r in rows:
        goals.setdefault(r["_src"], {})[r["target"]] = Goal(iri=r["target"], text=r.get("text"), unit=r.get("unit"))
        day = r.get("_src_issued")
        issued[r["_src"]] = day.isoformat() if isinstance(day, _dt.date) else None

    def known(row: dict) -> bool:
        when = row.get("c_as_of")
        return isinstance(when, _dt.date) and when <= asof and not after(row.get("_c_published"), asof)

    return matched_outcomes(goals, read_candidates(more, known), issued)


#: The comparators of a ceiling (mức trần): the outcome meets the target at or below its figure.
CEILINGS = ("<=", "<")


def achievement(r: dict) -> None:
    """Set ``ratio`` (outcome / target; an outcome given as "34 of 55" against a target in % is
    compared as a percentage), ``margin`` and, where the data gives none, ``status`` of a target row;
    level and status IRIs are shortened to their last segment. ``margin`` is said of a ceiling
    (``<=``, ``<``: "dưới 3%") only: the target's figure less the outcome's, in the target's unit
    (positive: under the ceiling by that much); a ratio of 80% there reads as 80% of the way to a
    goal, which a ceiling is not (the pages say the margin, ``kg.i18n.share_said``)."""
    for col in ("level", "status"):  # IRIs of the levels and statuses schemes: their last segment
        if isinstance(r.get(col), str) and "/" in r[col]:
            r[col] = r[col].rsplit("/", 1)[-1]
    tv, ov = _number(r.get("target_value")), _number(r.get("outcome_value"))
    den = _number(r.get("denominator"))
    comparable = ov
    if ov is not None and den and (r.get("unit") or "").strip() == "%" and (r.get("outcome_unit") or "").strip() != "%":
        comparable = 100.0 * ov / den          # "34/55 xã" against a target in percent
    ratio = round(comparable / tv, 4) if (comparable is not None and tv not in (None, 0)) else None
    r["ratio"] = ratio
    cmp = (r.get("comparator") or ">=").strip()
    r["margin"] = round(tv - comparable, 4) if cmp in CEILINGS and tv is not None and comparable is not None else None
    status = r.get("status")
    if status is None:
        if r.get("as_of") is None:
            status = "pending"
        elif ratio is not None:
            if cmp in CEILINGS:
                status = "met" if ratio <= 1 else "not-met"
            else:
                status = "exceeded" if ratio > 1 else "met" if ratio >= 1 else "partly" if ratio > 0 else "not-met"
    r["status"] = status


def _number(value) -> float | None:
    """A numeric cell, or None (a malformed value in the data is not a number)."""
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _newer(a: dict, b: dict) -> bool:
    """Is outcome row ``a`` later than ``b`` (a row without an outcome is the oldest)?"""
    def key(r: dict):
        when = r.get("as_of")
        return (r.get("outcome_iri") is not None, when if isinstance(when, _dt.date) else _dt.date.min,
                r.get("outcome_iri") or "")
    return key(a) > key(b)


def post_reviews_due(table: Table, params: dict, details: Details | None = None) -> Table:
    """One row per review milestone that is due on ``date`` and has no review event.

    Milestones are the document's ``dkg:reviewSchedule`` (years after issue), else 5 and 10; the
    last one is the final review (tổng kết), the others interim reviews (sơ kết). The final
    milestone is met by a final review; the k-th interim milestone by k review events of any kind
    (or by a final review)."""
    asof = params.get("date") or _dt.date.today()
    out = []
    for r in table.rows:
        issued = r.get("issued")
        if not isinstance(issued, _dt.date):
            continue
        years = sorted({int(float(y)) for y in _split(r.get("_schedule")) if _is_number(y)}) or [5, 10]
        events: dict[str, tuple[_dt.date, set[str]]] = {}
        for item in _split(r.get("_reviews")):          # "EVENT-IRI@YYYY-MM-DD|kind"
            head, _, kind = item.rpartition("|")
            if kind not in ("final", "interim"):
                continue  # an event about the document that is no review
            iri, _, day = head.rpartition("@")
            try:
                when = _dt.date.fromisoformat(day[:10])
            except ValueError:
                continue
            if issued <= when <= asof:  # (the date filter is applied here rather than in SPARQL)
                events.setdefault(iri, (when, set()))[1].add(kind)
        reviews = list(events.values())
        finals = [d for d, kinds in reviews if "final" in kinds]
        last = max((d for d, _ in reviews), default=None)
        for i, y in enumerate(years):
            due = add_years(issued, y)
            if due > asof:
                continue
            final = i == len(years) - 1
            done = bool(finals) if final else (bool(finals) or len(reviews) >= i + 1)
            if done:
                continue
            row = dict(r)
            row.update(review="final" if final else "interim", years=y, due=due,
                       overdue_days=(asof - due).days, last_review=last)
            out.append(row)
    out.sort(key=lambda r: (r["due"], r.get("key") or ""))
    table.rows = out
    table.columns = [c for c in table.columns if c not in ("review", "years", "due", "overdue_days", "last_review")]
    table.columns += ["review", "years", "due", "overdue_days", "last_review"]
    return table


def _is_number(s: str) -> bool:
    try:
        float(s)
        return True
    except ValueError:
        return False


#: Declared post-processing steps (``# post: NAME`` in a query header).
POST: dict[str, Callable[[Table, dict, Details], Table]] = {
    "bodies": post_bodies,
    "cascade": post_cascade,
    "coverage": post_coverage,
    "lag": post_lag,
    "outcomes": post_outcomes,
    "targets": post_targets,
    "reviews-due": post_reviews_due,
}
