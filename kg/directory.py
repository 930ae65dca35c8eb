"""The directory of bodies (danh bạ cơ quan, tổ chức): the read model of ``dkg bodies`` and of the
web's ``/bodies`` page and its JSON twin, searchable by name (diacritics optional) and filtered by
kind, level and place, with each body's task and document counts.

The rows come from the named query ``directory`` (queries/directory.rq); the name search and the
kind and level filters are applied here, on the rows (a name test in SPARQL would need our own
SPARQL function, which a remote store lacks).
"""

from __future__ import annotations

from functools import lru_cache
from typing import TypedDict

from kg import queries
from kg.changes_model import check_level
from kg.errors import UsageError, in_both
from kg.i18n import TEXT
from kg.paths import body_path
from kg.review.model import LEVELS
from kg.text.bodykinds import body_kind_table

PAGE_SIZE = 100


class Body(TypedDict):
    iri: str
    href: str | None
    name: str
    kind: str | None
    kind_label: str | None
    level: str | None
    place: str | None
    tasks: int
    issued: int


class KindOption(TypedDict):
    kind: str
    label: str


class Query(TypedDict):
    q: str | None
    kind: str | None
    level: str | None
    place: str | None
    page: int


class Directory(TypedDict):
    """One page of the directory: what was asked, how many bodies match, on how many pages, the
    kinds found (for a filter menu) and the bodies of the page, busiest first."""

    query: Query
    total: int
    pages: int
    kinds: list[KindOption]
    bodies: list[Body]


@lru_cache(maxsize=1)
def kind_names() -> dict[str, dict[str, str]]:
    """``{kind: {"vi": name, "en": name}}`` from the body kinds vocabulary."""
    return {kind: {"vi": r["name_vi"], "en": r["name_en"]} for kind, r in body_kind_table().items()}


def directory(store, *, q: str | None = None, kind: str | None = None, level: str | None = None,
              place: str | None = None, lang: str = "vi", page_no: int = 1, size: int = PAGE_SIZE) -> Directory:
    """Bodies matching the filters, busiest first, one page of ``size``; the kinds found (for the
    filter menus) and the total. Blank filters are no filter; an unknown level or kind is a usage error (a kind typed
    wrong listed no body, as if the store had none of it)."""
    level = check_level(level)
    names = kind_names()
    if kind and kind not in names:
        raise UsageError(code="bodies-kind", details={"kind": repr(kind), "kinds": in_both(
            *("; ".join(f"{k} ({n[lang]})" for k, n in names.items()) for lang in ("vi", "en")))})
    params = {"limit": "100000"}
    if place and place.strip():
        params["place"] = place
    rows = queries.run(store, "directory", params).rows

    def label(kind: str) -> str:
        return names.get(kind, {}).get(lang) or kind

    kinds = sorted({(r["kind"], label(r["kind"])) for r in rows if r.get("kind")}, key=lambda k: k[1])
    if q and q.strip():  # by its name, or by its kind's ("Mặt trận Tổ quốc" finds "Ủy ban MTTQ Việt Nam tỉnh")
        rows = [r for r in rows if queries.text_matches(r.get("name") or "", q)
                or (r.get("kind") and any(queries.text_matches(n, q) for n in names.get(r["kind"], {}).values()))]
    if kind:
        rows = [r for r in rows if r.get("kind") == kind]
    if level:
        rows = [r for r in rows if r.get("level") == level]
    page_no = max(1, page_no)
    shown = rows[(page_no - 1) * size: page_no * size]
    return Directory(
        query=Query(q=q or None, kind=kind or None, level=level or None, place=place or None, page=page_no),
        total=len(rows),
        pages=max(1, -(-len(rows) // size)),
        kinds=[KindOption(kind=k, label=name) for k, name in kinds],
        bodies=[Body(iri=r["body"], href=body_path(r["body"]), name=r.get("name") or r["body"],
                     kind=r.get("kind"), kind_label=label(r["kind"]) if r.get("kind") else None,
                     level=r.get("level") or None, place=r.get("where"),
                     tasks=int(r.get("tasks") or 0), issued=int(r.get("issued") or 0)) for r in shown],
    )


def to_text(data: Directory, lang: str = "vi") -> str:
    """One page of the directory as ``dkg bodies`` prints it: a body a line, tab-separated (name,
    kind, level, place, tasks, documents issued), under a heading, then the count."""
    t = TEXT[lang]
    lines = ["\t".join((t["name"], t["bodies_kind"], t["level"], t["bodies_place"], t["bodies_tasks"], t["issued"]))]
    lines += ["\t".join((b["name"], b["kind_label"] or "", t["level_" + b["level"]] if b["level"] in LEVELS else "",
                         b["place"] or "", str(b["tasks"]), str(b["issued"]))) for b in data["bodies"]]
    if not data["total"]:  # (an empty list that says so, and what to try)
        return "\n".join(lines[:1] + [f"{t['bodies_none']} {t['bodies_none_hint']}"]) + "\n"
    count = f"{data['total']} {t['bodies_found_one' if data['total'] == 1 else 'bodies_found']}"
    if data["pages"] > 1:
        count += f" · {t['page']} {data['query']['page']}/{data['pages']}"
    return "\n".join(lines + [count]) + "\n"
