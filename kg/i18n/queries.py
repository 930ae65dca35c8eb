"""The words of the named queries' pages in Vietnamese and English: what each query answers and the headers of its
results' columns (a parameter's label and help are its query file's, ``kg.queries.catalog``)."""

from __future__ import annotations

#: What each named query answers, for a reader of its page (the query file's own
#: ``description`` stays the technical note the page folds away).
QUERY_SUMMARIES: dict[str, dict[str, str]] = {
    "vi": {
        "cascade": "Mọi văn bản triển khai một văn bản (trực tiếp hoặc qua văn bản khác), theo cấp và ngày ban hành.",
        "coverage": "Tỉnh (hoặc huyện và xã, phường, thị trấn; từ 01/7/2025 xã, phường, đặc khu) nào đã có văn bản triển khai tính đến một ngày, "
                    "nơi nào chưa.",
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
        "coverage": "Which provinces (or districts and their communes, wards and towns; from 1 July 2025 communes, wards and special zones) had issued a "
                    "document implementing it by a given day, and which had not.",
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
        "outcomes": "Số lần báo cáo", "matched": "Số kết quả ghép theo câu chữ", "earlier_ties": "Quyết định trên bản trước của dữ kiện", "earlier_reviewer": "Người quyết định (bản trước)", "earlier_state": "Quyết định (bản trước)", "earlier_at": "Thời điểm quyết định (bản trước)", "earlier_reason": "Lý do (bản trước)", "earlier_outcome": "Kết quả được xem (bản trước)", "link": "Cách ghép với chỉ tiêu",
        "similarity": "Độ gần câu chữ (0-100)", "margin": "Cách mức trần", "overdue_days": "Quá hạn (ngày)", "parent": "Văn bản cấp trên",
        "parent_date": "Ngày văn bản cấp trên", "participating": "Tham gia", "place": "Địa bàn", "province": "Tỉnh",
        "quote": "Trích dẫn", "rank_in_level": "Thứ hạng chậm trong cấp", "ratio": "Tỷ lệ đạt",
        "reports_on": "Báo cáo về", "review": "Loại đánh giá", "reviewed": "Văn bản được đánh giá",
        "set_by": "Đặt ra tại", "source": "Nguồn", "source_title": "Tiêu đề nguồn", "source_url": "Địa chỉ nguồn",
        "source_publisher": "Đơn vị đăng nguồn", "source_published": "Ngày đăng nguồn",
        "status": "Tình trạng", "subject": "Trích yếu", "target": "Chỉ tiêu", "target_value": "Giá trị chỉ tiêu",
        "target_year": "Năm", "target_figure": "Mức chỉ tiêu", "latest_outcome": "Kết quả mới nhất", "outcome_figure": "Kết quả", "tasks": "Nhiệm vụ", "text": "Nội dung", "type": "Loại", "unit": "Đơn vị",
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
        "outcome_value": "Outcome value", "outcomes": "Reports", "matched": "Matched by words", "earlier_ties": "Decisions on an earlier version", "earlier_reviewer": "Decided by (earlier version)", "earlier_state": "Decision (earlier version)", "earlier_at": "Decided at (earlier version)", "earlier_reason": "Reason (earlier version)", "earlier_outcome": "Outcome seen (earlier version)", "link": "Tie to the target",
        "similarity": "Closeness of words (0-100)", "margin": "Under the ceiling by", "overdue_days": "Overdue (days)", "parent": "Parent",
        "parent_date": "Parent's date", "participating": "Participating", "place": "Place", "province": "Province",
        "quote": "Quote", "rank_in_level": "Rank (slowest first)", "ratio": "Ratio", "reports_on": "Reports on",
        "review": "Review", "reviewed": "Document reviewed", "set_by": "Set by", "source": "Source",
        "source_title": "Source title", "source_url": "Source URL", "source_publisher": "Source publisher",
        "source_published": "Source published", "status": "Status", "subject": "Subject",
        "target": "Target", "target_value": "Target value", "target_year": "Target year", "target_figure": "Target",
        "latest_outcome": "Latest outcome", "outcome_figure": "Outcome", "tasks": "Tasks",
        "text": "Text", "type": "Type", "unit": "Unit", "value": "Value", "what": "What", "when": "When",
        "where": "Where", "years": "Years",
    },
}


#: The rows of the ``document`` query (its ``field`` column holds a code a script reads: "date issued",
#: "implemented by") as a reader is shown them, and the words of its values and details: a system, a task's lead
#: and deadline.
DOCUMENT_FIELDS: dict[str, dict[str, str]] = {
    "vi": {
        "key": "Mã tra cứu", "symbol": "Số, ký hiệu", "label": "Tên", "type": "Loại văn bản",
        "document type": "Loại văn bản (danh mục)", "number": "Số", "issuer": "Cơ quan ban hành", "system": "Hệ thống",
        "issuer code": "Mã cơ quan ban hành", "level": "Cấp", "place": "Địa bàn", "date issued": "Ngày ban hành",
        "party term": "Nhiệm kỳ (khóa)", "subject": "Trích yếu", "review schedule (years)": "Chu kỳ sơ kết, tổng kết (năm)",
        "alias": "Tên gọi khác", "implements": "Triển khai", "implemented by": "Được triển khai bởi",
        "continues": "Tiếp nối", "continued by": "Được tiếp nối bởi", "amends": "Sửa đổi", "amended by": "Được sửa đổi bởi",
        "replaces": "Thay thế", "replaced by": "Bị thay thế bởi", "guides": "Hướng dẫn", "guided by": "Được hướng dẫn bởi",
        "based on": "Căn cứ", "basis for": "Là căn cứ của", "cites": "Dẫn chiếu", "cited by": "Được dẫn chiếu bởi",
        "task": "Nhiệm vụ", "target": "Chỉ tiêu", "outcome": "Kết quả", "event": "Sự kiện", "source": "Nguồn",
        "system.party": "Đảng", "system.state": "Nhà nước", "task.lead": "chủ trì: {body}", "task.due": "hạn {day}",
    },
    "en": {
        "key": "Key", "symbol": "Symbol", "label": "Name", "type": "Document type",
        "document type": "Document type (vocabulary)", "number": "Number", "issuer": "Issuer", "system": "System",
        "issuer code": "Issuer code", "level": "Level", "place": "Place", "date issued": "Date issued",
        "party term": "Party term", "subject": "Subject", "review schedule (years)": "Review schedule (years)",
        "alias": "Also called", "implements": "Implements", "implemented by": "Implemented by",
        "continues": "Continues", "continued by": "Continued by", "amends": "Amends", "amended by": "Amended by",
        "replaces": "Replaces", "replaced by": "Replaced by", "guides": "Guides", "guided by": "Guided by",
        "based on": "Based on", "basis for": "Basis for", "cites": "Cites", "cited by": "Cited by",
        "task": "Task", "target": "Target", "outcome": "Outcome", "event": "Event", "source": "Source",
        "system.party": "Party", "system.state": "State", "task.lead": "lead: {body}", "task.due": "due {day}",
    },
}


#: The summary ``dkg query lag`` prints under its table (``meta.per_level`` of its JSON), a level a line.
LAG_SUMMARY: dict[str, dict[str, str]] = {
    "vi": {"per_level": "Theo cấp:", "documents": "số văn bản", "median_days": "trung vị (ngày)",
           "max_days": "chậm nhất (ngày)", "slowest": "văn bản chậm nhất"},
    "en": {"per_level": "Per level:", "documents": "documents", "median_days": "median (days)",
           "max_days": "slowest (days)", "slowest": "slowest document"},
}
