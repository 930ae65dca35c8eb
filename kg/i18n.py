"""The words of the interfaces (the web pages and ``dkg show``) in Vietnamese and English: one
table per page or purpose, each with the same keys in both languages."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Protocol

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
        "cited_by": "được viện dẫn bởi", "cascade_title": "Sơ đồ triển khai {key}", "none": "Không có.", "ambiguous": "Có nhiều văn bản cùng ký hiệu này:", "body": "Cơ quan",
        "kind": "Loại cơ quan", "parents": "Trực thuộc", "children": "Đơn vị trực thuộc",
        "issued": "Văn bản đã ban hành", "role": "Vai trò", "run": "Chạy", "parameters": "Tham số",
        "fill_in": "Điền các tham số bắt buộc rồi bấm Chạy:",
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
        "held_title": "Chờ duyệt, chưa vào đồ thị",
        "held_intro": "Các dữ kiện sau nói về văn bản này nhưng chưa hợp lệ nên chưa vào đồ thị; người duyệt có "
                      "thể sửa, chấp nhận hoặc loại bỏ chúng:",
        "held_open": "mở trang duyệt",
        # the list of bodies (/bodies, dkg bodies)
        "bodies_title": "Cơ quan, tổ chức", "bodies_q": "Tên cơ quan", "bodies_q_hint": "ví dụ: ban tuyen giao lang son",
        "bodies_kind": "Loại", "bodies_place": "Địa bàn", "bodies_place_hint": "tỉnh hoặc huyện", "all": "Tất cả", "filter": "Lọc",
        "name": "Tên", "bodies_tasks": "Nhiệm vụ được giao", "bodies_found": "cơ quan",
        "bodies_none": "Không có cơ quan nào khớp.", "next_page": "Trang sau", "prev_page": "Trang trước", "page": "trang",
        "level_central": "Trung ương", "level_province": "Tỉnh", "level_district": "Huyện", "level_commune": "Xã",
        # what changed (/changes, dkg changes)
        "changes_title": "Thay đổi mới", "kind_document": "Văn bản", "kind_link": "Liên kết triển khai",
        "kind_target": "Chỉ tiêu", "kind_outcome": "Kết quả", "kind_event": "Sự kiện", "kind_assignment": "Phân công",
        "target_of": "Chỉ tiêu của {key}", "unknown_document": "văn bản chưa rõ số hiệu",
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
        "cited_by": "cited by", "cascade_title": "Implementation cascade of {key}", "none": "None.", "ambiguous": "Several documents have this key:", "body": "Body",
        "kind": "Kind", "parents": "Part of", "children": "Sub-units",
        "issued": "Documents issued", "role": "Role", "run": "Run", "parameters": "Parameters",
        "fill_in": "Fill in the required parameters, then press Run:",
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
        "kind_target": "Target", "kind_outcome": "Outcome", "kind_event": "Event", "kind_assignment": "Assignment",
        "target_of": "Target of {key}", "unknown_document": "a document of unknown key",
        "scoreboard": "Scoreboard", "bodies": "Bodies", "nav_review": "Review", "nav_changes": "What changed", "technical": "Technical notes",
        "review_accepted": "reviewed", "review_corrected": "reviewed, corrected", "review_pending": "pending review",
        "reviewed_by": "Reviewer:", "assessed": "Assessed by a reviewer",
        "review_legend": "facts a reviewer accepted or corrected; the others await review "
                         "(rejected facts and facts that do not validate are not shown).",
        "held_title": "Waiting for review, not in the graph",
        "held_intro": "These facts about this document do not validate, so they are not in the graph; a reviewer "
                      "can correct, accept or reject them:",
        "held_open": "open the review page",
        "assessed_attained": "Attained", "assessed_partly": "Partly attained", "assessed_not-attained": "Not attained",
        "assessed_no-data": "No data",
    },
}


#: The scoreboard page's own words (bảng theo dõi thực hiện).
SCOREBOARD: dict[str, dict[str, str]] = {
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

#: The review pages' own words (duyệt dữ kiện).
REVIEW: dict[str, dict[str, str]] = {
    "vi": {
        "review": "Duyệt dữ kiện", "sources": "Nguồn đã nạp", "source": "Nguồn", "pending": "Chờ duyệt",
        "accepted": "Đã chấp nhận", "corrected": "Đã sửa", "rejected": "Đã loại", "violations": "Vi phạm",
        "accept": "Chấp nhận", "reject": "Loại bỏ", "correct": "Sửa", "save": "Lưu", "cancel": "Hủy",
        "reason": "Lý do", "token": "Mã cập nhật", "reviewer": "Người duyệt", "facts": "Dữ kiện",
        "text": "Văn bản", "read_only": "Chỉ xem: máy chủ chưa bật mã cập nhật (--update-token).",
        "shortcuts": "Phím tắt: j/k chuyển dữ kiện, a chấp nhận, r loại bỏ, c sửa.", "confidence": "Độ tin cậy",
        "not_in_graph": "Chưa vào đồ thị", "stale": "Bằng chứng hoặc dữ kiện đã đổi sau lần duyệt trước",
        "none": "Chưa có nguồn nào được nạp.", "document": "Văn bản", "link": "Liên kết",
        "assignment": "Phân công", "target": "Chỉ tiêu", "outcome": "Kết quả", "event": "Sự kiện",
        "by": "bởi", "nothing": "Chưa thay đổi trường nào.", "assess": "Đánh giá mức đạt", "note": "Ghi chú",
        "attained": "Đạt", "partly": "Đạt một phần", "not-attained": "Không đạt", "no-data": "Chưa có số liệu",
        "id": "mã", "kind": "loại", "state": "trạng thái", "fact": "dữ kiện", "extracted": "trích xuất",
        "evidence": "bằng chứng", "in_text": "trong văn bản", "was": "đã {state} bởi {reviewer}",
        "empty": "không có dữ kiện nào trong hàng chờ với các điều kiện này",
    },
    "en": {
        "review": "Review facts", "sources": "Ingested sources", "source": "Source", "pending": "Pending",
        "accepted": "Accepted", "corrected": "Corrected", "rejected": "Rejected", "violations": "Violations",
        "accept": "Accept", "reject": "Reject", "correct": "Correct", "save": "Save", "cancel": "Cancel",
        "reason": "Reason", "token": "Update token", "reviewer": "Reviewer", "facts": "Facts",
        "text": "Text", "read_only": "Read-only: the server has no update token (--update-token).",
        "shortcuts": "Keys: j/k move between facts, a accept, r reject, c correct.", "confidence": "Confidence",
        "not_in_graph": "Not in the graph", "stale": "The evidence or the fact changed since the last review",
        "none": "No source has been ingested yet.", "document": "Document", "link": "Link",
        "assignment": "Assignment", "target": "Target", "outcome": "Outcome", "event": "Event",
        "by": "by", "nothing": "No field was changed.", "assess": "Assess attainment", "note": "Note",
        "attained": "Attained", "partly": "Partly attained", "not-attained": "Not attained", "no-data": "No data",
        "id": "id", "kind": "kind", "state": "state", "fact": "fact", "extracted": "extracted",
        "evidence": "evidence", "in_text": "text", "was": "was {state} by {reviewer}",
        "empty": "no fact in the queue matches these conditions",
    },
}

#: The SPARQL form's and results page's own words.
SPARQL: dict[str, dict[str, str]] = {
    "vi": {"title": "Kết quả truy vấn SPARQL", "query": "Truy vấn", "download": "Tải về",
           "truncated": "Kết quả bị cắt bớt, tối đa số dòng:", "yes": "Có (true)", "no": "Không (false)",
           "examples": "Truy vấn mẫu (truy vấn có tên)", "choose": "— chọn —", "load": "Mở",
           "prefixes": "Tiền tố (PREFIX)", "add": "Thêm", "shortcut": "Ctrl+Enter để chạy"},
    "en": {"title": "SPARQL results", "query": "Query", "download": "Download",
           "truncated": "The results were cut at the row cap of", "yes": "Yes (true)", "no": "No (false)",
           "examples": "Examples (the named queries)", "choose": "— choose —", "load": "Open",
           "prefixes": "Prefixes", "add": "Add", "shortcut": "Ctrl+Enter runs the query"},
}


#: The words of the scoreboard as text (``dkg scoreboard``); ``{...}`` are figures filled in.
SCOREBOARD_TEXT: dict[str, dict[str, str]] = {
    "vi": {
        "head": "ban hành {date} · tính đến {as_of} · bản đồ {provinces} tỉnh, thành phố ({map})",
        "map_2025": "từ 1/7/2025", "map_legacy": "trước 1/7/2025",
        "counts": "tỉnh: {implemented} đã triển khai, {late} chậm (quá {days} ngày), {none} chưa có; "
                  "độ trễ trung vị {lag} ngày",
        "provinces": "CÁC TỈNH (tình trạng, độ trễ tính bằng ngày, văn bản)",
        "implemented": "đã triển khai", "late": "chậm", "none": "chưa có",
        "missing": "chưa có ({n}): ", "district_lag": "{name} ({lag} ngày)",
        "districts": "CÁC HUYỆN: {done}/{total} có văn bản: ", "nothing": "không có",
        "targets": "CHỈ TIÊU (đặt ra tại, chỉ tiêu, kết quả mới nhất, mức đạt, tự đánh giá / theo số liệu)",
        "no_outcome": "chưa có kết quả", "reported": "tự đánh giá", "assessed": "theo số liệu",
        "reviewer": "người duyệt",
        "reviews_expected": "SƠ KẾT, TỔNG KẾT theo kế hoạch", "basis_document": " (theo mốc văn bản tự đặt ra)",
        "basis_customary": " (theo thông lệ 5 và 10 năm)", "none_set": "không đặt mốc",
        "interim": "sơ kết", "final": "tổng kết", "years": "năm", "due": "đến hạn",
        "held": "đã tổ chức", "missed": "quá hạn", "upcoming": "chưa đến hạn", "unknown": "không rõ",
        "reviews_held": "SƠ KẾT, TỔNG KẾT đã tổ chức trong chuỗi triển khai: {n}",
        "timeline": "DÒNG THỜI GIAN", "undated": "(không rõ ngày)", "document": "văn bản", "event": "sự kiện",
    },
    "en": {
        "head": "issued {date} · as of {as_of} · map of {provinces} provinces ({map})",
        "map_2025": "from 1 July 2025", "map_legacy": "before 1 July 2025",
        "counts": "provinces: {implemented} implemented, {late} late (> {days} days), {none} none; "
                  "median lag {lag} days",
        "provinces": "PROVINCES (status, lag in days, documents)",
        "implemented": "implemented", "late": "late", "none": "none",
        "missing": "none ({n}): ", "district_lag": "{name} ({lag} days)",
        "districts": "DISTRICTS: {done} of {total} with a document: ", "nothing": "none",
        "targets": "TARGETS (set by, target, latest outcome, achievement, reported / assessed)",
        "no_outcome": "no outcome", "reported": "reported", "assessed": "assessed",
        "reviewer": "reviewer",
        "reviews_expected": "REVIEWS expected", "basis_document": " (the document's own schedule)",
        "basis_customary": " (customary 5 and 10 years)", "none_set": "none set",
        "interim": "interim", "final": "final", "years": "years", "due": "due",
        "held": "held", "missed": "missed", "upcoming": "upcoming", "unknown": "unknown",
        "reviews_held": "REVIEWS held across the cascade: {n}",
        "timeline": "TIMELINE", "undated": "(undated)", "document": "document", "event": "event",
    },
}


#: What each named query answers, for a reader of its page (the query file's own
#: ``description`` stays the technical note the page folds away).
QUERY_SUMMARIES: dict[str, dict[str, str]] = {
    "vi": {
        "cascade": "Mọi văn bản triển khai một văn bản (trực tiếp hoặc qua văn bản khác), theo cấp và ngày ban hành.",
        "coverage": "Tỉnh (hoặc huyện) nào đã có văn bản triển khai tính đến một ngày, tỉnh nào chưa.",
        "lag": "Mỗi văn bản triển khai ra đời bao nhiêu ngày sau văn bản cấp trên; chậm nhất mỗi cấp.",
        "targets": "Các chỉ tiêu đặt ra trong chuỗi triển khai và kết quả mới nhất của từng chỉ tiêu.",
        "outcomes": "Mọi kết quả đã báo cáo trong chuỗi triển khai, kèm nguồn và câu trích dẫn.",
        "reviews": "Các hội nghị sơ kết, tổng kết (và sự kiện khác) về văn bản và chuỗi triển khai của nó.",
        "reviews-due": "Văn bản đã đến hạn sơ kết, tổng kết mà chưa thấy tổ chức.",
        "bodies": "Cơ quan được giao nhiều nhiệm vụ nhất, theo vai trò: chủ trì, phối hợp, tham gia, theo dõi.",
        "directory": "Danh bạ các cơ quan, tổ chức với số nhiệm vụ được giao và số văn bản đã ban hành.",
        "timeline": "Văn bản và sự kiện của một địa phương theo thứ tự thời gian.",
        "document": "Mọi thông tin về một văn bản, mỗi dòng một dữ kiện.",
        "search": "Tìm văn bản theo số hiệu, trích yếu hoặc cơ quan ban hành (không cần dấu).",
    },
    "en": {
        "cascade": "Every document that carries a document out, directly or through others, by level and date.",
        "coverage": "Which provinces (or districts) had issued a document implementing it by a given day, and which "
                    "had not.",
        "lag": "How many days each implementing document came after the one above it; the slowest at each level.",
        "targets": "The targets set across the cascade and the latest reported outcome of each.",
        "outcomes": "Every outcome reported across the cascade, with its source and quoted sentence.",
        "reviews": "Interim and final reviews (and other events) of a document and of its cascade.",
        "reviews-due": "Documents whose interim or final review is due and has not been seen held.",
        "bodies": "The bodies given the most tasks, by role: lead, coordinating, participating, monitoring.",
        "directory": "Every body with the number of tasks given to it and of documents it issued.",
        "timeline": "The documents and events of a place in date order.",
        "document": "Everything about one document, one fact a row.",
        "search": "Find documents by symbol, subject or issuer (diacritics optional).",
    },
}


#: The names of the named queries' parameters on their pages' forms (the field keeps the parameter's own name).
QUERY_PARAMETERS: dict[str, dict[str, str]] = {
    "vi": {"doc": "Văn bản (số hiệu)", "date": "Ngày", "as_of": "Tính đến ngày", "place": "Địa bàn",
           "limit": "Số dòng tối đa", "q": "Tìm"},
    "en": {"doc": "Document (key)", "date": "Date", "as_of": "As of", "place": "Place",
           "limit": "At most (rows)", "q": "Search for"},
}


#: The column headers of the named queries' results.
QUERY_HEADERS: dict[str, dict[str, str]] = {
    "vi": {
        "as_of": "Tính đến", "body": "Cơ quan", "by": "Do", "code": "Mã", "comparator": "So sánh",
        "coordinating": "Phối hợp", "date": "Ngày", "days": "Số ngày", "days_from_root": "Số ngày từ văn bản gốc",
        "denominator": "Trên tổng số", "depth": "Tầng", "detail": "Chi tiết", "document": "Văn bản",
        "documents": "Các văn bản", "due": "Đến hạn", "event": "Sự kiện", "field": "Mục",
        "first_date": "Văn bản đầu tiên", "implementations": "Số văn bản triển khai",
        "implements": "Triển khai văn bản", "inherited_from": "Từ tỉnh cũ", "issued": "Ban hành",
        "issuer": "Cơ quan ban hành", "item": "Mục", "key": "Số hiệu", "kind": "Loại", "kind_en": "Loại (tiếng Anh)",
        "kind_vi": "Loại", "label": "Tên", "last_review": "Lần đánh giá gần nhất", "lead": "Chủ trì", "level": "Cấp",
        "level_median_days": "Trung vị của cấp (ngày)", "monitoring": "Theo dõi, giám sát", "name": "Tên",
        "organiser": "Đơn vị tổ chức", "organiser_name": "Đơn vị tổ chức", "other": "Khác", "outcome": "Kết quả",
        "outcome_iri": "Kết quả (IRI)", "outcome_text": "Kết quả", "assessed": "Đánh giá của người duyệt",
        "assessed_note": "Ghi chú đánh giá", "outcome_unit": "Đơn vị kết quả", "outcome_value": "Giá trị đạt",
        "outcomes": "Số lần báo cáo", "overdue_days": "Quá hạn (ngày)", "parent": "Văn bản cấp trên",
        "parent_date": "Ngày văn bản cấp trên", "participating": "Tham gia", "place": "Địa bàn", "province": "Tỉnh",
        "quote": "Trích dẫn", "rank_in_level": "Thứ hạng chậm trong cấp", "ratio": "Tỷ lệ đạt",
        "reports_on": "Báo cáo về", "review": "Loại đánh giá", "reviewed": "Văn bản được đánh giá",
        "set_by": "Đặt ra tại", "source": "Nguồn", "source_title": "Tiêu đề nguồn", "source_url": "Địa chỉ nguồn",
        "status": "Tình trạng", "subject": "Trích yếu", "target": "Chỉ tiêu", "target_value": "Giá trị chỉ tiêu",
        "target_year": "Năm", "tasks": "Nhiệm vụ", "text": "Nội dung", "type": "Loại", "unit": "Đơn vị",
        "value": "Giá trị", "what": "Loại mục", "when": "Ngày", "where": "Địa bàn", "years": "Số năm",
    },
    "en": {
        "as_of": "As of", "body": "Body", "by": "By", "code": "Code", "comparator": "Comparator",
        "coordinating": "Coordinating", "date": "Date", "days": "Days", "days_from_root": "Days from the root",
        "denominator": "Out of", "depth": "Depth", "detail": "Detail", "document": "Document",
        "documents": "Documents", "due": "Due", "event": "Event", "field": "Field", "first_date": "First document",
        "implementations": "Implementing documents", "implements": "Implements",
        "inherited_from": "From legacy province", "issued": "Issued", "issuer": "Issuer", "item": "Item",
        "key": "Key", "kind": "Kind", "kind_en": "Kind (English)", "kind_vi": "Kind (Vietnamese)", "label": "Label",
        "last_review": "Last review", "lead": "Lead", "level": "Level", "level_median_days": "Level median (days)",
        "monitoring": "Monitoring", "name": "Name", "organiser": "Organiser", "organiser_name": "Organiser",
        "other": "Other", "outcome": "Outcome", "outcome_iri": "Outcome (IRI)", "outcome_text": "Outcome",
        "assessed": "Assessed status", "assessed_note": "Assessment note", "outcome_unit": "Outcome unit",
        "outcome_value": "Outcome value", "outcomes": "Reports", "overdue_days": "Overdue (days)", "parent": "Parent",
        "parent_date": "Parent's date", "participating": "Participating", "place": "Place", "province": "Province",
        "quote": "Quote", "rank_in_level": "Rank (slowest first)", "ratio": "Ratio", "reports_on": "Reports on",
        "review": "Review", "reviewed": "Document reviewed", "set_by": "Set by", "source": "Source",
        "source_title": "Source title", "source_url": "Source URL", "status": "Status", "subject": "Subject",
        "target": "Target", "target_value": "Target value", "target_year": "Target year", "tasks": "Tasks",
        "text": "Text", "type": "Type", "unit": "Unit", "value": "Value", "what": "What", "when": "When",
        "where": "Where", "years": "Years",
    },
}


#: The words of the plain-text tables of ``dkg stats``, ``dkg queries``, ``dkg history``,
#: ``dkg analyze`` and the ``dkg reason`` summary; ``{...}`` are figures filled in.
CLI_TEXT: dict[str, dict[str, str]] = {
    "vi": {
        "stats.store": "kho dữ liệu: {where}", "stats.bundled": "bộ dữ liệu mẫu kèm theo (trong bộ nhớ)",
        "stats.graphs": "số bộ ba theo đồ thị:", "stats.classes": "số cá thể theo lớp:",
        "queries.parameters": "tham số",
        "history.id": "số", "history.time": "thời điểm (UTC)", "history.added": "thêm", "history.removed": "bớt",
        "history.what": "lệnh / nguồn", "history.undoing": "hoàn tác", "history.derived": "dẫn xuất",
        "analyze.cascade": "sơ đồ triển khai {doc}: {documents} văn bản, {edges} liên kết, độ sâu {depth}",
        "analyze.levels": "theo cấp (số văn bản, độ sâu nhỏ nhất-lớn nhất):", "analyze.depth": "độ sâu",
        "analyze.breadth": "độ rộng theo độ sâu:", "analyze.critical": "đường găng ({days}):",
        "analyze.days": "{days} ngày", "analyze.unknown": "chưa rõ", "analyze.lag": "+{days} ngày",
        "analyze.bodies": "cơ quan trung tâm (nhiệm vụ; độ trung tâm bậc; độ trung gian):",
        "analyze.orphans": "văn bản không triển khai văn bản nào đã biết: {count}",
        "analyze.unimplemented": "văn bản Trung ương chưa có văn bản triển khai nào đã biết: {count}",
        "reason.done": "đã suy diễn bằng {engine} trên {asserted} bộ ba khẳng định trong {seconds} giây: "
                       "{inferred} bộ ba suy ra trong graph/inferred",
        "reason.unchanged": "(không đổi)",
    },
    "en": {
        "stats.store": "store: {where}", "stats.bundled": "bundled dataset (in memory)",
        "stats.graphs": "triples per graph:", "stats.classes": "instances per class:",
        "queries.parameters": "parameters",
        "history.id": "id", "history.time": "time (UTC)", "history.added": "added", "history.removed": "removed",
        "history.what": "command / sources", "history.undoing": "undoing", "history.derived": "derived",
        "analyze.cascade": "cascade of {doc}: {documents} documents, {edges} links, depth {depth}",
        "analyze.levels": "per level (documents, depth min-max):", "analyze.depth": "depth",
        "analyze.breadth": "breadth per depth:", "analyze.critical": "critical path ({days}):",
        "analyze.days": "{days} days", "analyze.unknown": "unknown", "analyze.lag": "+{days} d",
        "analyze.bodies": "central bodies (tasks; degree centrality; betweenness):",
        "analyze.orphans": "orphans (documents implementing nothing known): {count}",
        "analyze.unimplemented": "central documents with no known implementation: {count}",
        "reason.done": "reasoned with {engine} over {asserted} asserted triples in {seconds} s: "
                       "{inferred} inferred triples in graph/inferred",
        "reason.unchanged": "(unchanged)",
    },
}



def format_number(value, lang: str = "vi") -> str:
    """A figure as the page's language writes it: 1234567.25 is ``1.234.567,25`` in Vietnamese and
    ``1,234,567.25`` in English; a whole number has no decimals (``1.500``), others at most three
    (Babel's CLDR rules); None is the empty string. The one number format of the pages, the
    scoreboard and ``dkg show``."""
    if value is None:
        return ""
    from babel.numbers import format_decimal  # noqa: PLC0415  (tens of ms: only pages and cards write figures)

    return format_decimal(value, locale="en" if lang == "en" else "vi")


#: what to do while another process holds the store, locked by a lock file or held by a named process
_STORE_BUSY_HINT = {
    "vi": "một tiến trình khác đang ghi vào kho (dkg serve, một lần nạp hoặc ingest): các lệnh chỉ đọc (query, stats, "
          "export, validate, analyze, viz) vẫn chạy được; hãy ghi lại khi tiến trình đó xong",
    "en": "another process holds it for writing (a `dkg serve`, a load or an ingest): commands that only read (query, "
          "stats, export, validate, analyze, viz) still work; run the write when it has finished",
}

#: The words of the errors users meet most (``dkg`` says them in Vietnamese with ``--lang vi`` or
#: ``DKG_LANG=vi``): by an error's ``code`` (``kg.errors.DkgError``), its message and, under
#: ``CODE.hint``, what to do; ``{...}`` are the error's details. ``kind.*`` name the kinds of the
#: other errors, said as raised after that name; ``limit.*``, ``where.*`` and ``advice.*`` are
#: the pieces of a limit's message; ``holder.*`` and ``server`` who holds a store; ``note.*`` the CLI's
#: notes (``repair.*`` what opening a store finished after a killed write), ``done.*`` what a write says it did,
#: ``label.*`` what starts its lines.
ERRORS: dict[str, dict[str, str]] = {
    "vi": {
        "label.error": "lỗi", "label.hint": "gợi ý", "label.note": "lưu ý",
        "kind.error": "lỗi", "kind.usage": "sai cách dùng", "kind.not-found": "không tìm thấy",
        "kind.input": "lỗi dữ liệu đầu vào", "kind.validation": "dữ liệu không hợp lệ",
        "kind.query": "lỗi truy vấn SPARQL", "kind.store": "lỗi kho dữ liệu",
        "file-missing": "không có tệp này",
        "file-missing.hint": "kiểm tra tên tệp và thư mục (đường dẫn tương đối tính từ thư mục đang đứng)",
        "file-unreadable": "không đọc được tệp ({why})",
        "file-unreadable.hint": "kiểm tra quyền đọc tệp, và tệp không bị chương trình khác khóa",
        "folder-not-text": "là một thư mục (dkg ingest đọc cả thư mục; dkg extract đọc từng tệp)",
        "folder-not-rdf": "là một thư mục, không phải tệp RDF",
        "folder-not-rdf.hint": "nêu tên các tệp RDF trong thư mục (`dkg load THƯ_MỤC/*.ttl` để shell liệt kê); "
                               "`dkg ingest THƯ_MỤC` đọc một thư mục văn bản",
        "file-empty": "tệp rỗng: không có văn bản để trích xuất dữ kiện",
        "file-empty.hint": "kiểm tra tệp đã được lưu hoặc tải về đầy đủ chưa",
        "binary-file": "là tệp nhị phân (có ký tự điều khiển), không phải văn bản",
        "binary-file.hint": "đưa vào bài viết dạng văn bản UTF-8, trang web đã lưu (.html), PDF có lớp chữ hoặc .docx",
        "not-utf8-cp1258": "không phải UTF-8 (byte thứ {byte}); tệp đọc được theo Windows-1258, bảng mã tiếng Việt cũ",
        "not-utf8-cp1258.hint": "chuyển tệp sang UTF-8, ví dụ `iconv -f CP1258 -t UTF-8 {name} > {stem}.utf8.txt`",
        "not-utf8": "không phải UTF-8 (byte thứ {byte}); tệp dùng một bảng mã cũ hoặc không phải văn bản",
        "not-utf8.hint": "chuyển tệp sang UTF-8 (ví dụ bằng iconv, hoặc mở và lưu lại với bảng mã UTF-8)",
        "rdf-syntax": "lỗi cú pháp: {detail}",
        "rdf-syntax.hint": "sửa tệp ở dòng đó; định dạng theo đuôi tệp (.ttl là Turtle, .nt là N-Triples ...)",
        "sparql-syntax": "lỗi cú pháp SPARQL ở dòng {line}, cột {column}: {detail}",
        "sparql-syntax.hint": "chỉ chạy được truy vấn đúng cú pháp SPARQL 1.1",
        "sparql-syntax-in-file": "lỗi cú pháp SPARQL ở dòng {line}, cột {column}: {detail}",
        "sparql-syntax-in-file.hint": "sửa truy vấn trong tệp đó (dòng đếm từ dòng đầu tệp, kể cả phần đầu); "
                                      "tệp phải là một truy vấn SPARQL 1.1",
        "store-locked": "không mở được kho dữ liệu {store} để ghi: một tiến trình khác đang giữ kho",
        "store-held": "kho dữ liệu {store} đang do {holder} giữ",
        "store-locked.hint": _STORE_BUSY_HINT["vi"],
        "store-held.hint": _STORE_BUSY_HINT["vi"],
        "document-missing": "không có văn bản nào có số hiệu {key}",
        "document-missing.hint": "số hiệu có dạng 46-NQ/TW hoặc 140/2017/NĐ-CP",
        "document-held": "văn bản {key} chưa vào đồ thị, đang chờ duyệt ({reason})",
        "document-held.hint": "sửa, chấp nhận hoặc loại bỏ nó tại trang duyệt {review} (hoặc `dkg review list`)",
        "store-busy": "kho dữ liệu {store} đang do {holder} giữ",
        "holder.command": "`{command}` (tiến trình {pid}, từ {since} UTC)",
        "holder.server": "`{command}` (tiến trình {pid} tại {url}, từ {since} UTC)",
        "server": "máy chủ dkg tại {url}",
        "where.server": "kho dữ liệu là máy chủ dkg tại {url}",
        "where.held": "kho dữ liệu {store} đang do {holder} giữ",
        "server-token-needed": "{where}: lệnh ghi đi qua máy chủ đó và cần mã cập nhật của nó",
        "server-token-needed.hint": "đặt ${env} bằng mã mà máy chủ được khởi động với (--update-token)",
        "server-no-writes": "máy chủ dkg tại {url} không nhận lệnh ghi (nó được khởi động không có mã cập nhật)",
        "server-no-writes.hint": "khởi động lại máy chủ với --update-token để gửi lệnh ghi tới nó",
        "store-held-no-writes": "kho dữ liệu {store} đang do {holder} giữ, và máy chủ đó không nhận lệnh ghi",
        "store-held-no-writes.hint": "khởi động lại máy chủ đó với --update-token (và đặt $DKG_UPDATE_TOKEN ở đây) để "
                                     "gửi lệnh ghi qua nó, hoặc dừng nó rồi chạy lại lệnh này",
        "store-held-silent": "kho dữ liệu {store} đang do {holder} giữ, nhưng máy chủ đó không trả lời",
        "store-held-silent.hint": "máy chủ đang khởi động sẽ trả lời sau giây lát: khi đó chạy lại lệnh; nếu tiến trình "
                                  "{pid} không phải dkg serve, xóa {record}",
        "note.stale": "dữ liệu dẫn xuất của kho (chỉ mục tìm kiếm, suy diễn hoặc đồ thị tham chiếu) chậm hơn dữ "
                      "liệu và chưa sửa được lúc này ({why}): câu trả lời có thể đã cũ cho tới lần ghi sau hoặc "
                      "`dkg reindex`",
        "why.held": "một tiến trình khác đang giữ kho",
        "store-busy.hint": "chạy lệnh ghi này khi lệnh kia đã xong; các lệnh chỉ đọc vẫn chạy được",
        "validation-failed": "dữ liệu không đạt các ràng buộc SHACL nên không được ghi ({detail})",
        "validation-failed.hint": "sửa dữ liệu theo các vi phạm liệt kê ở trên (mỗi mục nêu nút và thuộc tính), "
                                  "hoặc nạp với --force để giữ dữ liệu trong vùng cách ly chờ duyệt",
        "limit-exceeded": "{actual} {what}{where} vượt giới hạn {env} ({most})",
        "limit-exceeded.hint": "{advice}hoặc nâng {env} nếu đầu vào đáng tin cậy",
        "limit.DKG_MAX_RDF_FILE_BYTES": "byte trong một tệp RDF", "limit.DKG_MAX_LITERAL_BYTES": "byte trong một literal",
        "limit.DKG_MAX_NESTING": "tầng nút trống lồng nhau",
        "limit.DKG_MAX_UPLOAD_BYTES": "byte trong một yêu cầu ghi gửi tới máy chủ",
        "where.literal": " (giá trị của {subject} {predicate})", "where.nesting": " (tính từ nút trống {node})",
        "advice.split-file": "chia tệp thành nhiều tệp nhỏ; ",
        "advice.long-texts": "để văn bản dài ngoài đồ thị và liên kết tới chúng; ",
        "advice.flatten": "làm phẳng cấu trúc; ",
        "note.bundled": "chưa có kho dữ liệu ở {store}: trả lời từ bộ dữ liệu mẫu kèm theo "
                        "(`dkg load` hoặc `dkg ingest` sẽ tạo kho)",
        "note.server": "gửi lệnh ghi tới {server}",
        "note.finishing-write": "đang hoàn tất một lần ghi mà tiến trình trước bị dừng giữa chừng (mục lục tìm kiếm và "
                                "số đếm của nó); với kho lớn, việc này lâu gần bằng phần cập nhật mục lục của lần ghi đó ...",
        "note.and": "{first}; {rest}",
        "repair.dropped": "các suy diễn đã bị xóa (chạy `dkg reason` để ghi lại)",
        "repair.rebuilt": "đã hoàn tất một lần ghi bị dừng giữa chừng: đã dựng lại mục lục tìm kiếm và {dropped}",
        "repair.reasoning": "đã hủy một lần ghi suy diễn (`dkg reason`) bị dừng giữa chừng: {dropped}",
        "repair.no-data": "đã hoàn tất một lần ghi bị dừng giữa chừng không mang dữ liệu mới: {dropped}",
        "repair.nothing-written": "lần ghi bị dừng giữa chừng (tập thay đổi {number}) chưa ghi gì: kho vẫn như trước "
                                  "lần ghi đó",
        "repair.completed": "đã hoàn tất một lần ghi bị dừng giữa chừng (tập thay đổi {number}): đã cập nhật mục lục "
                            "của {nodes} văn bản và đơn vị hành chính mà nó chạm tới",
        "repair.completed-dropped": "đã hoàn tất một lần ghi bị dừng giữa chừng (tập thay đổi {number}): đã cập nhật "
                                    "mục lục của {nodes} văn bản và đơn vị hành chính mà nó chạm tới, và {dropped}",
        "repair.rollback": "đã hoàn tất một lần hoàn tác bị dừng giữa chừng (tập thay đổi {numbers})",
        "done.created-store": "đã tạo kho dữ liệu ở {store} (chưa có bộ dữ liệu mẫu kèm theo: `dkg load --bundled` "
                              "sẽ thêm vào)",
        "done.loaded": "đã nạp {triples} bộ ba từ {files} tệp vào {graph}",
        "done.quarantined-load": "đã đưa {triples} bộ ba từ {files} tệp vào vùng cách ly chờ duyệt",
        "done.ingested": "đã nạp {loaded} trên {files} văn bản: {triples} bộ ba",
        "done.quarantined": "giữ lại {facts} dữ kiện của {name} để duyệt:",
        "done.failed": "không nạp được {name}: {why}",
        "done.refused": "bị từ chối: {message}",
        "done.refused-hint": "bị từ chối: {message} (gợi ý: {hint})",
        "done.accepted": "đã chấp nhận {facts} dữ kiện", "done.rejected": "đã loại {facts} dữ kiện",
        "done.corrected": "đã sửa {facts} dữ kiện",
        "done.held": "{id} chưa vào đồ thị cho tới khi hợp lệ: {why}",
        "done.reindexed": "đã dựng lại mục lục tìm kiếm: {documents} văn bản, {names} tên địa danh",
        "done.rolled-back": "tập thay đổi {number}: đã hoàn tác {undoes} ({removed} bộ bốn bị xóa, {added} được khôi phục)",
        "done.assessed": "đã đánh giá {id} ({node})",
    },
    "en": {
        "label.error": "error", "label.hint": "hint", "label.note": "note",
        "kind.error": "error", "kind.usage": "usage", "kind.not-found": "not found",
        "kind.input": "input", "kind.validation": "validation", "kind.query": "SPARQL query", "kind.store": "store",
        "file-missing": "no such file",
        "file-missing.hint": "check the file's name and folder (a relative path starts from the current folder)",
        "file-unreadable": "cannot read: {why}",
        "file-unreadable.hint": "check that you may read the file and that no other program locks it",
        "folder-not-text": "is a folder (dkg ingest reads folders; dkg extract reads files)",
        "folder-not-rdf": "is a folder, not an RDF file",
        "folder-not-rdf.hint": "name the RDF files in it (`dkg load FOLDER/*.ttl` lets the shell list them); "
                               "`dkg ingest FOLDER` reads a folder of texts",
        "file-empty": "is empty: there is no text to extract facts from",
        "file-empty.hint": "check that the file was saved or downloaded completely",
        "binary-file": "is a binary file (control characters), not a text",
        "binary-file.hint": "pass the article as UTF-8 text, a saved web page (.html), a PDF with text or a .docx",
        "not-utf8-cp1258": "is not UTF-8 (byte {byte}); it reads as Windows-1258, the legacy Vietnamese encoding",
        "not-utf8-cp1258.hint": "convert it, e.g. `iconv -f CP1258 -t UTF-8 {name} > {stem}.utf8.txt`",
        "not-utf8": "is not UTF-8 (byte {byte}); it is in a legacy encoding or is not text",
        "not-utf8.hint": "convert it to UTF-8 (e.g. with iconv or by saving it again as UTF-8)",
        "rdf-syntax": "syntax error: {detail}",
        "rdf-syntax.hint": "correct the file at that line; its suffix names its format (.ttl Turtle, .nt N-Triples ...)",
        "sparql-syntax": "SPARQL syntax error at line {line}, column {column}: {detail}",
        "sparql-syntax.hint": "this endpoint runs only requests that parse as SPARQL 1.1",
        "sparql-syntax-in-file": "SPARQL syntax error at line {line}, column {column}: {detail}",
        "sparql-syntax-in-file.hint": "correct the query in that file (lines count from its first line, the "
                                      "header included); it must be one SPARQL 1.1 query",
        "store-locked": "cannot open the store at {store} for writing: another process holds it",
        "store-held": "the store at {store} is held by {holder}",
        "store-locked.hint": _STORE_BUSY_HINT["en"],
        "store-held.hint": _STORE_BUSY_HINT["en"],
        "document-missing": "no document with key {key}",
        "document-missing.hint": "keys look like 46-NQ/TW or 140/2017/NĐ-CP",
        "document-held": "the document {key} is not in the graph: it waits for review ({reason})",
        "document-held.hint": "correct, accept or reject it on its review page {review} (or `dkg review list`)",
        "store-busy": "the store at {store} is held by {holder}",
        "holder.command": "`{command}` (process {pid}, since {since} UTC)",
        "holder.server": "`{command}` (process {pid} at {url}, since {since} UTC)",
        "server": "the dkg server at {url}",
        "where.server": "the store is the dkg server at {url}",
        "where.held": "the store at {store} is held by {holder}",
        "server-token-needed": "{where}: the write goes through it, and needs its update token",
        "server-token-needed.hint": "set ${env} to the token the server was started with (--update-token)",
        "server-no-writes": "the dkg server at {url} takes no writes (it was started without an update token)",
        "server-no-writes.hint": "restart it with --update-token to send writes to it",
        "store-held-no-writes": "the store at {store} is held by {holder}, which takes no writes",
        "store-held-no-writes.hint": "restart that server with --update-token (and set $DKG_UPDATE_TOKEN here) to "
                                     "send writes through it, or stop it and run this command again",
        "store-held-silent": "the store at {store} is held by {holder}, which does not answer",
        "store-held-silent.hint": "a server that is starting answers in a moment: run the command again then; if "
                                  "process {pid} is no dkg serve, remove {record}",
        "note.stale": "the store's derived data (search index, inferences or reference graph) is behind its data "
                      "and cannot be repaired now ({why}): answers may be stale until the next write or `dkg reindex`",
        "why.held": "another process holds it",
        "store-busy.hint": "run this write when that one has finished; commands that only read still work",
        "validation-failed": "{detail}",
        "validation-failed.hint": "fix the data, or load it with --force to keep it in the review quarantine",
        "limit-exceeded": "{actual} {what}{where} exceeds {env} ({most})",
        "limit-exceeded.hint": "{advice}or raise {env} if the input is trusted",
        "limit.DKG_MAX_RDF_FILE_BYTES": "bytes in one RDF file", "limit.DKG_MAX_LITERAL_BYTES": "bytes in one literal",
        "limit.DKG_MAX_NESTING": "levels of nested blank nodes",
        "limit.DKG_MAX_UPLOAD_BYTES": "bytes in one write request to the server",
        "where.literal": " (the object of {subject} {predicate})", "where.nesting": " (from blank node {node})",
        "advice.split-file": "split the file into several; ",
        "advice.long-texts": "keep long texts outside the graph and link to them; ",
        "advice.flatten": "flatten the structure; ",
        "note.bundled": "no store at {store} yet: answering from the bundled dataset (`dkg load` or `dkg ingest` "
                        "creates one)",
        "note.server": "sending the write to {server}",
        "note.finishing-write": "finishing a write that a stopped process left unfinished (its index entries and "
                                "counts); on a large store this takes about as long as that write's own index upkeep ...",
        "note.and": "{first}; {rest}",
        "repair.dropped": "the inferences were dropped (run `dkg reason` to write them again)",
        "repair.rebuilt": "an interrupted write was completed: the search index was rebuilt and {dropped}",
        "repair.reasoning": "an interrupted write of the inferences (`dkg reason`) was undone: {dropped}",
        "repair.no-data": "an interrupted write that brought no new data was completed: {dropped}",
        "repair.nothing-written": "an interrupted write (change set {number}) had written nothing: the store is as "
                                  "it was before it",
        "repair.completed": "an interrupted write (change set {number}) was completed: the index entries of the "
                            "{nodes} documents and units it touched were refreshed",
        "repair.completed-dropped": "an interrupted write (change set {number}) was completed: the index entries of "
                                    "the {nodes} documents and units it touched were refreshed and {dropped}",
        "repair.rollback": "an interrupted rollback was finished (change set {numbers})",
        "done.created-store": "created a store at {store} (the bundled sample dataset is not in it: `dkg load "
                              "--bundled` adds it)",
        "done.loaded": "loaded {triples} triples from {files} file(s) into {graph}",
        "done.quarantined-load": "quarantined {triples} triples from {files} file(s) for review",
        "done.ingested": "ingested {loaded} of {files} text(s): {triples} triples",
        "done.quarantined": "quarantined {facts} fact(s) from {name} for review:",
        "done.failed": "failed: {name}: {why}",
        "done.refused": "refused: {message}",
        "done.refused-hint": "refused: {message} (hint: {hint})",
        "done.accepted": "accepted {facts} fact(s)", "done.rejected": "rejected {facts} fact(s)",
        "done.corrected": "corrected {facts} fact(s)",
        "done.held": "{id} stays out of the graph until it validates: {why}",
        "done.reindexed": "search index rebuilt: {documents} documents, {names} place names",
        "done.rolled-back": "change set {number}: undid {undoes} ({removed} quads removed, {added} restored)",
        "done.assessed": "assessed {id} ({node})",
    },
}


class Phrase(Protocol):
    """Words of ``ERRORS`` inside an error's details (``kg.errors.Words``)."""

    @property
    def key(self) -> str: ...

    @property
    def details(self) -> Mapping[str, str | int]: ...


class Coded(Protocol):
    """What an error says (``kg.errors.DkgError``), read here without importing it."""

    code: str | None
    details: dict
    place: str | None
    coded_hint: bool
    kind: str
    message: str
    hint: str | None


def error_words(code: str, details: Mapping[str, object], lang: str) -> tuple[str, str | None]:
    """The message and hint (None where the code has none) of ``code`` in ``lang``, filled in with
    ``details``: counts written as the language writes them, phrases said in it too."""
    table = ERRORS["en" if lang == "en" else "vi"]
    values = {name: _said(value, lang) for name, value in details.items()}
    hint = table.get(code + ".hint")
    return table[code].format(**values), None if hint is None else hint.format(**values)


def _said(value: object, lang: str) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return format_number(value, lang)
    key, details = getattr(value, "key", None), getattr(value, "details", None)
    if isinstance(key, str) and isinstance(details, Mapping):
        return error_words(key, details, lang)[0]
    return str(value)


def error_said(error: Coded, lang: str) -> tuple[str, str | None]:
    """An error's message and hint in ``lang``: its code's words where the table has them (a hint
    given in English by whoever raised it stays so), else its kind's name and the message as raised."""
    table = ERRORS["en" if lang == "en" else "vi"]
    if error.code is not None and error.code in table:
        message, hint = error_words(error.code, error.details, lang)
        return (f"{error.place}: {message}" if error.place else message), (hint if error.coded_hint else error.hint)
    kind = table.get("kind." + error.kind)
    return (f"{kind}: {error.message}" if kind and lang != "en" else error.message), error.hint
