"""The list of bodies: ``/bodies`` (HTML) and ``/bodies.json``, searchable by name (diacritics
optional) and filtered by kind, level and place, with their task and document counts.

The rows come from the named query ``directory`` (queries/directory.rq); the name search and the
kind and level filters are applied here, on the rows (a name test in SPARQL would need our own
SPARQL function, which a remote store lacks). Each body's own page (``/bodies/{id}``) is in
``kg.web.pages``.
"""

from __future__ import annotations

import csv
from functools import lru_cache

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse

from kg import queries, resources
from kg.paths import body_path
from kg.web.render import href, json_response, lang_of, page

router = APIRouter()

PAGE_SIZE = 100
LEVELS = ("central", "province", "district", "commune")

WORDS = {
    "vi": {"title": "Cơ quan, tổ chức", "q": "Tên cơ quan", "q_hint": "ví dụ: ban tuyen giao lang son",
           "kind": "Loại", "level": "Cấp", "place": "Địa bàn", "place_hint": "tỉnh hoặc huyện", "all": "Tất cả",
           "show": "Lọc", "name": "Tên", "tasks": "Nhiệm vụ được giao", "issued": "Văn bản ban hành",
           "found": "cơ quan", "none": "Không có cơ quan nào khớp.", "next": "Trang sau", "prev": "Trang trước",
           "central": "Trung ương", "province": "Tỉnh", "district": "Huyện", "commune": "Xã",
           "page": "trang"},
    "en": {"title": "Bodies", "q": "Name", "q_hint": "e.g. ban tuyen giao lang son",
           "kind": "Kind", "level": "Level", "place": "Place", "place_hint": "province or district", "all": "All",
           "show": "Filter", "name": "Name", "tasks": "Tasks assigned", "issued": "Documents issued",
           "found": "bodies", "none": "No body matches.", "next": "Next page", "prev": "Previous page",
           "central": "Central", "province": "Province", "district": "District", "commune": "Commune",
           "page": "page"},
}


@lru_cache(maxsize=1)
def kind_names() -> dict[str, dict[str, str]]:
    """``{kind: {"vi": name, "en": name}}`` from the body kinds vocabulary."""
    with resources.package_data("vocab", "body_kinds.csv").open(encoding="utf-8", newline="") as f:
        return {r["kind"]: {"vi": r["name_vi"], "en": r["name_en"]} for r in csv.DictReader(f)}


def directory(store, *, q: str | None = None, kind: str | None = None, level: str | None = None,
              place: str | None = None, lang: str = "vi", page_no: int = 1, size: int = PAGE_SIZE) -> dict:
    """Bodies matching the filters, busiest first, one page of ``size``; the kinds and levels
    found (for the filter menus) and the total."""
    params = {"limit": "100000"}
    if place and place.strip():
        params["place"] = place
    table = queries.run(store, "directory", params)
    rows = table.rows
    names = kind_names()

    def label(kind: str) -> str:
        return names.get(kind, {}).get(lang) or kind

    kinds = sorted({(r["kind"], label(r["kind"])) for r in rows if r.get("kind")}, key=lambda k: k[1])
    if q and q.strip():
        rows = [r for r in rows if queries.text_matches(r.get("name") or "", q)]
    if kind:
        rows = [r for r in rows if r.get("kind") == kind]
    if level:
        rows = [r for r in rows if r.get("level") == level]
    page_no = max(1, page_no)
    shown = rows[(page_no - 1) * size: page_no * size]
    return {
        "query": {"q": q or None, "kind": kind or None, "level": level or None, "place": place or None,
                  "page": page_no},
        "total": len(rows),
        "pages": max(1, -(-len(rows) // size)),
        "kinds": [{"kind": k, "label": label} for k, label in kinds],
        "bodies": [{"iri": r["body"], "href": body_path(r["body"]), "name": r.get("name") or r["body"],
                    "kind": r.get("kind"), "kind_label": label(r["kind"]) if r.get("kind") else None,
                    "level": r.get("level") or None, "place": r.get("where"),
                    "tasks": int(r.get("tasks") or 0), "issued": int(r.get("issued") or 0)} for r in shown],
    }


def _args(request: Request) -> dict:
    p = request.query_params
    try:
        page_no = int(p.get("page") or 1)
    except ValueError:
        page_no = 1
    return {"q": p.get("q"), "kind": p.get("kind"), "level": p.get("level") if p.get("level") in LEVELS else None,
            "place": p.get("place"), "page_no": page_no}


@router.get("/bodies/", include_in_schema=False)
def bodies_slash(request: Request):
    return RedirectResponse(href(request, "/bodies"), status_code=308)


@router.get("/bodies.json", summary="Bodies: search by name, filter by kind, level and place (JSON)")
def bodies_json(request: Request):
    return json_response(directory(request.app.state.store, lang=lang_of(request), **_args(request)))


@router.get("/bodies", summary="Bodies: search by name, filter by kind, level and place, with task counts")
def bodies_page(request: Request):
    args = _args(request)
    lang = lang_of(request)
    data = directory(request.app.state.store, lang=lang, **args)
    w = WORDS[lang]
    keep = {k: v for k, v in data["query"].items() if k != "page" and v}
    return page(request, "bodies.html", title=w["title"], json_href=href(request, "/bodies.json", **keep),
                d=data, w=w, levels=LEVELS, keep=keep,
                prev_href=href(request, "/bodies", **keep, page=data["query"]["page"] - 1)
                if data["query"]["page"] > 1 else None,
                next_href=href(request, "/bodies", **keep, page=data["query"]["page"] + 1)
                if data["query"]["page"] < data["pages"] else None)
