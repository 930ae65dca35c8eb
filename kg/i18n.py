"""The words of the interfaces (the web pages and ``dkg show``) in Vietnamese and English."""

from __future__ import annotations

from babel.numbers import format_decimal

#: Interface words by language, then by name.
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
        "tasks": "Nhiệm vụ", "lead": "Chủ trì", "coordinate": "Phối hợp", "monitor": "Theo dõi, giám sát", "participate": "Tham gia",
        "assigned": "Được giao",
        "deadline": "Thời hạn", "targets": "Chỉ tiêu và kết quả", "target": "Chỉ tiêu", "outcome": "Kết quả",
        "achievement": "Mức đạt", "status": "Đánh giá", "as_of": "Tính đến", "review_events": "Sơ kết, tổng kết",
        "organiser": "Đơn vị tổ chức", "period": "Giai đoạn", "place": "Địa điểm", "sources": "Nguồn",
        "quote": "Trích dẫn", "source": "Nguồn", "publisher": "Đơn vị đăng", "published": "Ngày đăng",
        "no_sources": "Chưa có nguồn.", "graph": "Sơ đồ triển khai", "json": "JSON", "csv": "CSV",
        "cited_by": "được viện dẫn bởi", "none": "Không có.", "ambiguous": "Có nhiều văn bản cùng ký hiệu này:", "body": "Cơ quan",
        "kind": "Loại cơ quan", "parents": "Trực thuộc", "children": "Đơn vị trực thuộc",
        "issued": "Văn bản đã ban hành", "role": "Vai trò", "run": "Chạy", "parameters": "Tham số",
        "rows": "dòng", "paste": "Dán dữ liệu (Turtle, N-Triples hoặc JSON-LD)", "upload": "hoặc tải tệp lên",
        "format": "Định dạng", "check": "Kiểm tra", "conforms": "Dữ liệu hợp lệ", "not_conforms": "Dữ liệu không hợp lệ",
        "severity": "Mức độ", "focus": "Đối tượng", "path": "Thuộc tính", "value": "Giá trị", "message": "Thông báo",
        "error": "Lỗi", "hint": "Gợi ý", "results": "Kết quả tìm kiếm", "search_unavailable":
        "Chưa có truy vấn tìm kiếm (search) trong bộ truy vấn.", "facts_sources": "Nguồn của các liên kết",
        "max_upload": "Tối đa", "other_outcomes": "Kết quả khác", "language": "English", "endpoint": "Điểm truy vấn",
        "sparql_intro": "Gửi truy vấn SPARQL 1.1 tới", "sparql_query": "Truy vấn", "cascade_nodes": "văn bản",
        "scoreboard": "Bảng theo dõi thực hiện", "bodies": "Cơ quan", "nav_review": "Duyệt dữ kiện", "nav_changes": "Thay đổi mới", "technical": "Ghi chú kỹ thuật",
        "review_accepted": "đã duyệt", "review_corrected": "đã duyệt, có sửa", "review_pending": "chờ duyệt",
        "reviewed_by": "Người duyệt:", "assessed": "Đánh giá của người duyệt",
        "review_legend": "dữ kiện đã được người duyệt chấp nhận hoặc sửa; các dữ kiện khác đang chờ duyệt "
                         "(dữ kiện bị loại hoặc chưa hợp lệ không hiển thị).",
        "assessed_attained": "Đạt", "assessed_partly": "Đạt một phần", "assessed_not-attained": "Không đạt",
        "assessed_no-data": "Chưa có số liệu",
        "as_of_show": "Xem", "as_of_all": "Toàn bộ dữ liệu", "not_issued_yet": "Văn bản chưa ban hành vào ngày này.",
        # the list of bodies (/bodies, dkg bodies)
        "bodies_title": "Cơ quan, tổ chức", "bodies_q": "Tên cơ quan", "bodies_q_hint": "ví dụ: ban tuyen giao lang son",
        "bodies_kind": "Loại", "bodies_place": "Địa bàn", "bodies_place_hint": "tỉnh hoặc huyện", "all": "Tất cả", "filter": "Lọc",
        "name": "Tên", "bodies_tasks": "Nhiệm vụ được giao", "bodies_found": "cơ quan",
        "bodies_none": "Không có cơ quan nào khớp.", "next_page": "Trang sau", "prev_page": "Trang trước", "page": "trang",
        "level_central": "Trung ương", "level_province": "Tỉnh", "level_district": "Huyện", "level_commune": "Xã",
        # what changed (/changes, dkg changes)
        "changes_title": "Thay đổi mới", "kind_document": "Văn bản", "kind_link": "Liên kết triển khai",
        "kind_target": "Chỉ tiêu", "kind_outcome": "Kết quả", "kind_event": "Sự kiện",
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
        "tasks": "Tasks", "lead": "Lead", "coordinate": "Coordinating", "monitor": "Monitoring", "participate": "Participating",
        "assigned": "Assigned",
        "deadline": "Deadline", "targets": "Targets and outcomes", "target": "Target", "outcome": "Outcome",
        "achievement": "Achievement", "status": "Status", "as_of": "As of", "review_events": "Review events",
        "organiser": "Organiser", "period": "Period", "place": "Place", "sources": "Sources",
        "quote": "Quote", "source": "Source", "publisher": "Publisher", "published": "Published",
        "no_sources": "No source recorded.", "graph": "Implementation cascade", "json": "JSON", "csv": "CSV",
        "cited_by": "cited by", "none": "None.", "ambiguous": "Several documents have this key:", "body": "Body",
        "kind": "Kind", "parents": "Part of", "children": "Sub-units",
        "issued": "Documents issued", "role": "Role", "run": "Run", "parameters": "Parameters",
        "rows": "rows", "paste": "Paste data (Turtle, N-Triples or JSON-LD)", "upload": "or upload a file",
        "format": "Format", "check": "Validate", "conforms": "The data conforms", "not_conforms": "The data does not conform",
        "severity": "Severity", "focus": "Focus node", "path": "Path", "value": "Value", "message": "Message",
        "error": "Error", "hint": "Hint", "results": "Search results", "search_unavailable":
        "There is no search query in the named queries yet.", "facts_sources": "Sources of the links",
        "max_upload": "At most", "other_outcomes": "Other outcomes", "language": "Tiếng Việt", "endpoint": "Endpoint",
        "sparql_intro": "Send SPARQL 1.1 queries to", "sparql_query": "Query", "cascade_nodes": "documents",
        "as_of_show": "Show", "as_of_all": "All the data", "not_issued_yet": "The document was not issued yet on that day.",
        # the list of bodies (/bodies, dkg bodies)
        "bodies_title": "Bodies", "bodies_q": "Name", "bodies_q_hint": "e.g. ban tuyen giao lang son",
        "bodies_kind": "Kind", "bodies_place": "Place", "bodies_place_hint": "province or district", "all": "All", "filter": "Filter",
        "name": "Name", "bodies_tasks": "Tasks assigned", "bodies_found": "bodies",
        "bodies_none": "No body matches.", "next_page": "Next page", "prev_page": "Previous page", "page": "page",
        "level_central": "Central", "level_province": "Province", "level_district": "District", "level_commune": "Commune",
        # what changed (/changes, dkg changes)
        "changes_title": "What changed", "kind_document": "Document", "kind_link": "Implementation link",
        "kind_target": "Target", "kind_outcome": "Outcome", "kind_event": "Event",
        "scoreboard": "Scoreboard", "bodies": "Bodies", "nav_review": "Review", "nav_changes": "What changed", "technical": "Technical notes",
        "review_accepted": "reviewed", "review_corrected": "reviewed, corrected", "review_pending": "pending review",
        "reviewed_by": "Reviewer:", "assessed": "Assessed by a reviewer",
        "review_legend": "facts a reviewer accepted or corrected; the others await review "
                         "(rejected facts and facts that do not validate are not shown).",
        "assessed_attained": "Attained", "assessed_partly": "Partly attained", "assessed_not-attained": "Not attained",
        "assessed_no-data": "No data",
    },
}


def format_number(value, lang: str = "vi") -> str:
    """A figure as the page's language writes it: 1234567.25 is ``1.234.567,25`` in Vietnamese and
    ``1,234,567.25`` in English; a whole number has no decimals (``1.500``), others at most three
    (Babel's CLDR rules); None is the empty string. The one number format of the pages, the
    scoreboard and ``dkg show``."""
    if value is None:
        return ""
    return format_decimal(value, locale="en" if lang == "en" else "vi")
