"""The scoreboard pages: ``/scoreboard/{key}`` (HTML) and ``/scoreboard/{key}.json`` (its twin).

The read model is :func:`kg.scoreboard.scoreboard`, which ``dkg scoreboard`` prints too; this
module parses the request, calls it and lays the result out (templates ``scoreboard.html``;
styles in ``static/scoreboard.css``: no inline script or style, so that a strict
Content-Security-Policy allows the page).
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import RedirectResponse

from kg import scoreboard as board
from kg.errors import UsageError
from kg.i18n import SCOREBOARD, words_said
from kg.paths import scoreboard_path
from kg.web.render import href, json_response, lang_of, page

router = APIRouter()

#: Timeline items shown before the rest is folded away.
TIMELINE_SHOWN = 60
#: Target rows shown before the rest is folded away.
TARGETS_SHOWN = 40


def _split(key: str) -> tuple[str, bool]:
    if key.endswith(".json") and len(key) > 5:
        return key[:-5], True
    return key, False


def bar(percent: float | None, width: int = 160) -> dict | None:
    """Geometry of an achievement bar (SVG attributes, no styles): the scale runs to 100% or to
    the value when higher (at most 200%), with a mark at 100%."""
    if percent is None:
        return None
    top = min(max(100.0, percent), 200.0)
    return {"width": width, "fill": round(max(0.0, min(percent, top)) / top * width, 1),
            "mark": round(100.0 / top * width, 1)}


@router.get("/scoreboard", summary="The scoreboard of ?doc=KEY: redirects to /scoreboard/KEY")
def scoreboard_of(request: Request, doc: str | None = None) -> RedirectResponse:
    """A form or a hand-typed address names the document as a parameter: send it to its page."""
    if not doc or not doc.strip():
        raise UsageError(code="scoreboard-needs-document")
    rest = {k: v for k, v in request.query_params.items() if k != "doc"}
    return RedirectResponse(href(request, scoreboard_path(doc.strip()), **rest), status_code=303)


@router.get("/scoreboard/{key:path}", summary="A directive's scoreboard: provinces, targets, reviews, timeline "
                                              "(HTML, or JSON with .json); ?as_of=YYYY-MM-DD")
def scoreboard_page(request: Request, key: str, as_of: str | None = None, late_after: int | None = None):
    if not key.strip("/"):
        return scoreboard_of(request, request.query_params.get("doc"))
    key, is_json = _split(key)
    data = board.scoreboard(request.app.state.store, key, as_of,
                            late_after=board.LATE_AFTER_DAYS if late_after is None else late_after)
    if is_json:
        return json_response(data)
    lang = lang_of(request)
    w = SCOREBOARD[lang]
    path = scoreboard_path(key)
    params = {"as_of": as_of, "late_after": late_after}
    rows = max((p["row"] or 0 for p in data["places"]), default=0)
    cols = max((p["col"] or 0 for p in data["places"]), default=0)
    return page(request, "scoreboard.html", title=f"{w['title']} · {data['key']}",
                json_href=href(request, path + ".json", **params), b=data, w=w, bar=bar,
                shown=TIMELINE_SHOWN, shown_targets=TARGETS_SHOWN,
                grid_rows=rows, grid_cols=cols, action=path,
                summary=words_said(w["summary_line"], lang, days=data["late_after_days"], **data["summary"]))
