"""The list of bodies: ``/bodies`` (HTML) and ``/bodies.json``, searchable by name (diacritics
optional) and filtered by kind, level and place, with their task and document counts.

What they show is read by :func:`kg.directory.directory` (also ``dkg bodies``). Each body's own
page (``/bodies/{id}``) is in ``kg.web.pages``.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse

from kg.directory import directory
from kg.i18n import TEXT
from kg.review.model import LEVELS
from kg.web.render import href, json_response, lang_of, page

router = APIRouter()


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
    keep = {k: v for k, v in data["query"].items() if k != "page" and v}
    at = data["query"]["page"]
    return page(request, "bodies.html", title=TEXT[lang]["bodies_title"], json_href=href(request, "/bodies.json", **keep),
                d=data, levels=LEVELS, keep=keep,
                prev_href=href(request, "/bodies", **keep, page=at - 1) if at > 1 else None,
                next_href=href(request, "/bodies", **keep, page=at + 1) if at < data["pages"] else None)
