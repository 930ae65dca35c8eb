"""Server-side rendering: one jinja2 environment (autoescape on), the two languages, JSON twins."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

TEMPLATES = Path(__file__).resolve().parent / "templates"
STATIC = Path(__file__).resolve().parent / "static"

TEXT: dict[str, dict[str, str]] = {
    "vi": {
        "site": "Cơ sở tri thức văn bản chỉ đạo", "home": "Trang chủ", "queries": "Truy vấn có sẵn",
        "validate": "Kiểm tra dữ liệu", "ontology": "Bản thể học", "sparql": "SPARQL", "api": "API",
        "search": "Tìm kiếm", "search_hint": "số hiệu, trích yếu hoặc cơ quan (có hoặc không dấu)",
        "central": "Văn bản Trung ương và số tỉnh đã triển khai", "provinces": "Số tỉnh",
        "documents": "Số văn bản triển khai", "newest": "Văn bản mới nhất", "events": "Sơ kết, tổng kết gần đây",
        "key": "Ký hiệu", "date": "Ngày", "subject": "Trích yếu", "type": "Loại", "issuer": "Cơ quan ban hành",
        "level": "Cấp", "jurisdiction": "Địa bàn", "term": "Khóa", "symbol": "Số hiệu",
        "implements": "Triển khai / căn cứ", "implemented_by": "Được triển khai bởi", "relation": "Quan hệ",
        "tasks": "Nhiệm vụ", "lead": "Chủ trì", "coordinate": "Phối hợp", "monitor": "Theo dõi, giám sát",
        "deadline": "Thời hạn", "targets": "Chỉ tiêu và kết quả", "target": "Chỉ tiêu", "outcome": "Kết quả",
        "achievement": "Mức đạt", "status": "Đánh giá", "as_of": "Tính đến", "review_events": "Sơ kết, tổng kết",
        "organiser": "Đơn vị tổ chức", "period": "Giai đoạn", "place": "Địa điểm", "sources": "Nguồn",
        "quote": "Trích dẫn", "source": "Nguồn", "publisher": "Đơn vị đăng", "published": "Ngày đăng",
        "no_sources": "Chưa có nguồn.", "graph": "Sơ đồ triển khai", "json": "JSON", "csv": "CSV",
        "none": "Không có.", "ambiguous": "Có nhiều văn bản cùng ký hiệu này:", "body": "Cơ quan",
        "kind": "Loại cơ quan", "parents": "Trực thuộc", "children": "Đơn vị trực thuộc",
        "issued": "Văn bản đã ban hành", "role": "Vai trò", "run": "Chạy", "parameters": "Tham số",
        "rows": "dòng", "paste": "Dán dữ liệu (Turtle, N-Triples hoặc JSON-LD)", "upload": "hoặc tải tệp lên",
        "format": "Định dạng", "check": "Kiểm tra", "conforms": "Dữ liệu hợp lệ", "not_conforms": "Dữ liệu không hợp lệ",
        "severity": "Mức độ", "focus": "Đối tượng", "path": "Thuộc tính", "value": "Giá trị", "message": "Thông báo",
        "error": "Lỗi", "hint": "Gợi ý", "results": "Kết quả tìm kiếm", "search_unavailable":
        "Chưa có truy vấn tìm kiếm (search) trong bộ truy vấn.", "facts_sources": "Nguồn của các liên kết",
        "max_upload": "Tối đa", "other_outcomes": "Kết quả khác", "language": "English", "endpoint": "Điểm truy vấn",
        "sparql_intro": "Gửi truy vấn SPARQL 1.1 tới", "sparql_query": "Truy vấn", "cascade_nodes": "văn bản",
        "scoreboard": "Bảng theo dõi thực hiện", "bodies": "Cơ quan", "technical": "Ghi chú kỹ thuật",
    },
    "en": {
        "site": "Directive knowledge graph", "home": "Home", "queries": "Named queries",
        "validate": "Validate data", "ontology": "Ontology", "sparql": "SPARQL", "api": "API",
        "search": "Search", "search_hint": "symbol, subject or body (diacritics optional)",
        "central": "Central documents and how many provinces implemented each", "provinces": "Provinces",
        "documents": "Implementing documents", "newest": "Newest documents", "events": "Recent reviews",
        "key": "Key", "date": "Date", "subject": "Subject", "type": "Type", "issuer": "Issuer",
        "level": "Level", "jurisdiction": "Jurisdiction", "term": "Term", "symbol": "Symbol",
        "implements": "Implements / based on", "implemented_by": "Implemented by", "relation": "Relation",
        "tasks": "Tasks", "lead": "Lead", "coordinate": "Coordinating", "monitor": "Monitoring",
        "deadline": "Deadline", "targets": "Targets and outcomes", "target": "Target", "outcome": "Outcome",
        "achievement": "Achievement", "status": "Status", "as_of": "As of", "review_events": "Review events",
        "organiser": "Organiser", "period": "Period", "place": "Place", "sources": "Sources",
        "quote": "Quote", "source": "Source", "publisher": "Publisher", "published": "Published",
        "no_sources": "No source recorded.", "graph": "Implementation cascade", "json": "JSON", "csv": "CSV",
        "none": "None.", "ambiguous": "Several documents have this key:", "body": "Body",
        "kind": "Kind", "parents": "Part of", "children": "Sub-units",
        "issued": "Documents issued", "role": "Role", "run": "Run", "parameters": "Parameters",
        "rows": "rows", "paste": "Paste data (Turtle, N-Triples or JSON-LD)", "upload": "or upload a file",
        "format": "Format", "check": "Validate", "conforms": "The data conforms", "not_conforms": "The data does not conform",
        "severity": "Severity", "focus": "Focus node", "path": "Path", "value": "Value", "message": "Message",
        "error": "Error", "hint": "Hint", "results": "Search results", "search_unavailable":
        "There is no search query in the named queries yet.", "facts_sources": "Sources of the links",
        "max_upload": "At most", "other_outcomes": "Other outcomes", "language": "Tiếng Việt", "endpoint": "Endpoint",
        "sparql_intro": "Send SPARQL 1.1 queries to", "sparql_query": "Query", "cascade_nodes": "documents",
        "scoreboard": "Scoreboard", "bodies": "Bodies", "technical": "Technical notes",
    },
}

_env = Environment(
    loader=FileSystemLoader(str(TEMPLATES)),
    autoescape=select_autoescape(default=True, default_for_string=True),
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)


def lang_of(request: Request) -> str:
    return "en" if request.query_params.get("lang") == "en" else "vi"


def href(request: Request, path: str, **params) -> str:
    """A link inside the app that keeps the page language (``path`` already percent-encoded)."""
    root = request.scope.get("root_path", "").rstrip("/")
    params = {k: v for k, v in params.items() if v not in (None, "")}
    if lang_of(request) == "en" and "lang" not in params:
        params["lang"] = "en"
    sep = "&" if "?" in path else "?"
    return root + path + (sep + urlencode(params) if params else "")


def page(request: Request, template: str, *, title: str, status: int = 200, json_href: str | None = None,
         **context) -> HTMLResponse:
    lang = lang_of(request)
    other = dict(request.query_params)
    if lang == "en":
        other.pop("lang", None)
    else:
        other["lang"] = "en"
    # one leading slash: a path such as //host/x must not become a link to another host
    switch = "/" + request.url.path.lstrip("/") + ("?" + urlencode(other) if other else "")
    html = _env.get_template(template).render(
        t=TEXT[lang], lang=lang, title=title, link=lambda p, **kw: href(request, p, **kw),
        lang_switch=switch, json_href=json_href, static=href_static(request), **context)
    return HTMLResponse(html, status_code=status)


def href_static(request: Request) -> str:
    return request.scope.get("root_path", "").rstrip("/") + "/static/"


def json_response(data, status: int = 200) -> Response:
    return JSONResponse(data, status_code=status)


def raw(html: str) -> Markup:
    """Mark HTML produced by a trusted renderer (viz, ontodoc) as safe for the templates."""
    return Markup(html)


def dumps(data) -> str:
    return json.dumps(data, ensure_ascii=False)
