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
from kg.paths import scoreboard_path
from kg.web.render import href, json_response, lang_of, page

router = APIRouter()

#: The page's own words (the shared ones are in kg.web.render.TEXT).
WORDS: dict[str, dict[str, str]] = {
    "vi": {
        "title": "Bảng theo dõi thực hiện", "as_of": "Tính đến ngày", "late_after": "Coi là chậm sau (ngày)",
        "show": "Xem", "issued": "Ban hành", "map_legacy": "63 tỉnh, thành phố (trước 1/7/2025)",
        "map_2025": "34 tỉnh, thành phố (từ 1/7/2025)", "implemented": "Đã triển khai",
        "late": "Triển khai chậm", "none": "Chưa có văn bản", "lag": "Độ trễ (ngày)", "days": "ngày",
        "median_lag": "Độ trễ trung vị", "provinces": "Các tỉnh, thành phố", "province": "Tỉnh, thành phố",
        "status": "Tình trạng", "documents": "Văn bản triển khai", "first": "Văn bản đầu tiên",
        "inherited": "từ tỉnh cũ", "targets": "Chỉ tiêu và kết quả", "target": "Chỉ tiêu",
        "set_by": "Đặt ra tại", "outcome": "Kết quả mới nhất", "achievement": "Mức đạt so với chỉ tiêu",
        "reported": "Báo cáo tự đánh giá", "assessed": "Đánh giá theo số liệu", "no_outcome": "chưa có kết quả",
        "evidence": "Nguồn", "reviews": "Sơ kết, tổng kết", "expected": "Theo kế hoạch",
        "basis_document": "theo mốc văn bản tự đặt ra", "basis_customary": "theo thông lệ: sơ kết 5 năm, tổng kết 10 năm",
        "basis_none": "Văn bản không đặt mốc sơ kết, tổng kết.", "interim": "Sơ kết", "final": "Tổng kết",
        "other": "Sự kiện khác", "event": "Sự kiện", "document": "Văn bản", "years": "năm", "due": "Đến hạn",
        "held": "Đã tổ chức", "missed": "Quá hạn, chưa tổ chức", "upcoming": "Chưa đến hạn", "unknown": "Không rõ",
        "held_list": "Các hội nghị đã tổ chức trong chuỗi triển khai", "reviewed": "Văn bản được đánh giá",
        "organiser": "Đơn vị tổ chức", "place": "Địa điểm", "date": "Ngày", "timeline": "Dòng thời gian",
        "card": "Thẻ văn bản", "graph": "Sơ đồ triển khai", "before_issue": "Ngày đã chọn trước ngày ban hành văn bản.",
        "pending": "chưa có kết quả", "met": "đạt", "exceeded": "vượt", "partly": "đạt một phần",
        "not-met": "không đạt", "none_short": "Không có.", "map": "Bản đồ ô các tỉnh",
        "tile_note": "Số trên ô: số ngày từ khi văn bản được ban hành đến văn bản triển khai đầu tiên của tỉnh. Bấm ô để mở văn bản đó.",
        "more": "Xem thêm", "districts": "Các huyện của tỉnh", "district": "Huyện",
        "summary_line": "{implemented} tỉnh đã triển khai đúng hạn, {late} tỉnh chậm (quá {days} ngày), {none} tỉnh chưa có văn bản",
        "reviewer": "Người duyệt đánh giá", "assessed_attained": "đạt", "assessed_partly": "đạt một phần",
        "assessed_not-attained": "không đạt", "assessed_no-data": "chưa có số liệu",
    },
    "en": {
        "title": "Scoreboard", "as_of": "As of", "late_after": "Late after (days)",
        "show": "Show", "issued": "Issued", "map_legacy": "63 provinces (before 1 July 2025)",
        "map_2025": "34 provinces (from 1 July 2025)", "implemented": "Implemented",
        "late": "Implemented late", "none": "No document yet", "lag": "Lag (days)", "days": "days",
        "median_lag": "median lag", "provinces": "Provinces", "province": "Province",
        "status": "Status", "documents": "Implementing documents", "first": "First document",
        "inherited": "from legacy province", "targets": "Targets and outcomes", "target": "Target",
        "set_by": "Set by", "outcome": "Latest outcome", "achievement": "Achievement against the target",
        "reported": "Status reported", "assessed": "Status assessed from the figures", "no_outcome": "no outcome yet",
        "evidence": "Source", "reviews": "Reviews (sơ kết, tổng kết)", "expected": "Expected",
        "basis_document": "as the document itself schedules them", "basis_customary": "customary: interim at 5 years, final at 10",
        "basis_none": "The document sets no review milestones.", "interim": "Interim review", "final": "Final review",
        "other": "Other event", "event": "Event", "document": "Document", "years": "years", "due": "Due",
        "held": "Held", "missed": "Overdue, not held", "upcoming": "Not yet due", "unknown": "Unknown",
        "held_list": "Events held across the cascade", "reviewed": "Document reviewed",
        "organiser": "Organiser", "place": "Place", "date": "Date", "timeline": "Timeline",
        "card": "Document card", "graph": "Implementation cascade", "before_issue": "The day chosen is before the document was issued.",
        "pending": "pending", "met": "met", "exceeded": "exceeded", "partly": "partly met",
        "not-met": "not met", "none_short": "None.", "map": "Tile map of the provinces",
        "tile_note": "Number on a tile: days from the document to the province's first implementing document. Click a tile to open that document.",
        "more": "More", "districts": "Districts of the province", "district": "District",
        "summary_line": "{implemented} provinces implemented on time, {late} late (after {days} days), {none} with no document",
        "reviewer": "Reviewer's assessment", "assessed_attained": "attained", "assessed_partly": "partly attained",
        "assessed_not-attained": "not attained", "assessed_no-data": "no data",
    },
}


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
        raise UsageError("the scoreboard needs a document",
                         hint="open /scoreboard/KEY (for example /scoreboard/46-NQ/TW), or add ?doc=KEY")
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
    w = WORDS[lang]
    path = scoreboard_path(key)
    params = {"as_of": as_of, "late_after": late_after}
    rows = max((p["row"] or 0 for p in data["places"]), default=0)
    cols = max((p["col"] or 0 for p in data["places"]), default=0)
    return page(request, "scoreboard.html", title=f"{w['title']} · {data['key']}",
                json_href=href(request, path + ".json", **params), b=data, w=w, bar=bar,
                shown=TIMELINE_SHOWN, shown_targets=TARGETS_SHOWN,
                grid_rows=rows, grid_cols=cols, action=path,
                summary=w["summary_line"].format(days=data["late_after_days"], **data["summary"]))  # (numbers only)
