"""What the named-query pages say to a user: a short description of each query in Vietnamese and
English, the column headers in both languages, and links from the cells of a result to the cards
of the documents and bodies they name.

The query files' own ``description`` stays the technical note (it says how the query works); the
pages fold it away under these words.
"""

from __future__ import annotations

from kg.paths import doc_path, iri_path
from kg.rdf.vocab import ID


#: name -> (Vietnamese, English): what the query answers, for a reader of the page.
SUMMARIES: dict[str, tuple[str, str]] = {
    "cascade": ("Mọi văn bản triển khai một văn bản (trực tiếp hoặc qua văn bản khác), theo cấp và ngày ban hành.",
                "Every document that carries a document out, directly or through others, by level and date."),
    "coverage": ("Tỉnh (hoặc huyện) nào đã có văn bản triển khai tính đến một ngày, tỉnh nào chưa.",
                 "Which provinces (or districts) had issued a document implementing it by a given day, and which had not."),
    "lag": ("Mỗi văn bản triển khai ra đời bao nhiêu ngày sau văn bản cấp trên; chậm nhất mỗi cấp.",
            "How many days each implementing document came after the one above it; the slowest at each level."),
    "targets": ("Các chỉ tiêu đặt ra trong chuỗi triển khai và kết quả mới nhất của từng chỉ tiêu.",
                "The targets set across the cascade and the latest reported outcome of each."),
    "outcomes": ("Mọi kết quả đã báo cáo trong chuỗi triển khai, kèm nguồn và câu trích dẫn.",
                 "Every outcome reported across the cascade, with its source and quoted sentence."),
    "reviews": ("Các hội nghị sơ kết, tổng kết (và sự kiện khác) về văn bản và chuỗi triển khai của nó.",
                "Interim and final reviews (and other events) of a document and of its cascade."),
    "reviews-due": ("Văn bản đã đến hạn sơ kết, tổng kết mà chưa thấy tổ chức.",
                    "Documents whose interim or final review is due and has not been seen held."),
    "bodies": ("Cơ quan được giao nhiều nhiệm vụ nhất, theo vai trò: chủ trì, phối hợp, tham gia, theo dõi.",
               "The bodies given the most tasks, by role: lead, coordinating, participating, monitoring."),
    "directory": ("Danh bạ các cơ quan, tổ chức với số nhiệm vụ được giao và số văn bản đã ban hành.",
                  "Every body with the number of tasks given to it and of documents it issued."),
    "timeline": ("Văn bản và sự kiện của một địa phương theo thứ tự thời gian.",
                 "The documents and events of a place in date order."),
    "document": ("Mọi thông tin về một văn bản, mỗi dòng một dữ kiện.", "Everything about one document, one fact a row."),
    "search": ("Tìm văn bản theo số hiệu, trích yếu hoặc cơ quan ban hành (không cần dấu).",
               "Find documents by symbol, subject or issuer (diacritics optional)."),
}

#: column -> (Vietnamese, English).
HEADERS: dict[str, tuple[str, str]] = {
    "as_of": ("Tính đến", "As of"), "body": ("Cơ quan", "Body"), "by": ("Do", "By"), "code": ("Mã", "Code"),
    "comparator": ("So sánh", "Comparator"), "coordinating": ("Phối hợp", "Coordinating"), "date": ("Ngày", "Date"),
    "days": ("Số ngày", "Days"), "days_from_root": ("Số ngày từ văn bản gốc", "Days from the root"),
    "denominator": ("Trên tổng số", "Out of"), "depth": ("Tầng", "Depth"), "detail": ("Chi tiết", "Detail"),
    "document": ("Văn bản", "Document"), "documents": ("Các văn bản", "Documents"), "due": ("Đến hạn", "Due"),
    "event": ("Sự kiện", "Event"), "field": ("Mục", "Field"), "first_date": ("Văn bản đầu tiên", "First document"),
    "implementations": ("Số văn bản triển khai", "Implementing documents"),
    "implements": ("Triển khai văn bản", "Implements"), "inherited_from": ("Từ tỉnh cũ", "From legacy province"),
    "issued": ("Ban hành", "Issued"), "issuer": ("Cơ quan ban hành", "Issuer"), "item": ("Mục", "Item"),
    "key": ("Số hiệu", "Key"), "kind": ("Loại", "Kind"), "kind_en": ("Loại (tiếng Anh)", "Kind (English)"),
    "kind_vi": ("Loại", "Kind (Vietnamese)"), "label": ("Tên", "Label"), "last_review": ("Lần đánh giá gần nhất", "Last review"),
    "lead": ("Chủ trì", "Lead"), "level": ("Cấp", "Level"), "level_median_days": ("Trung vị của cấp (ngày)", "Level median (days)"),
    "monitoring": ("Theo dõi, giám sát", "Monitoring"), "name": ("Tên", "Name"), "organiser": ("Đơn vị tổ chức", "Organiser"),
    "organiser_name": ("Đơn vị tổ chức", "Organiser"), "other": ("Khác", "Other"), "outcome": ("Kết quả", "Outcome"),
    "outcome_iri": ("Kết quả (IRI)", "Outcome (IRI)"), "outcome_text": ("Kết quả", "Outcome"),
    "assessed": ("Đánh giá của người duyệt", "Assessed status"), "assessed_note": ("Ghi chú đánh giá", "Assessment note"),
    "outcome_unit": ("Đơn vị kết quả", "Outcome unit"), "outcome_value": ("Giá trị đạt", "Outcome value"),
    "outcomes": ("Số lần báo cáo", "Reports"), "overdue_days": ("Quá hạn (ngày)", "Overdue (days)"),
    "parent": ("Văn bản cấp trên", "Parent"), "parent_date": ("Ngày văn bản cấp trên", "Parent's date"),
    "participating": ("Tham gia", "Participating"), "place": ("Địa bàn", "Place"), "province": ("Tỉnh", "Province"),
    "quote": ("Trích dẫn", "Quote"), "rank_in_level": ("Thứ hạng chậm trong cấp", "Rank (slowest first)"),
    "ratio": ("Tỷ lệ đạt", "Ratio"), "reports_on": ("Báo cáo về", "Reports on"), "review": ("Loại đánh giá", "Review"),
    "reviewed": ("Văn bản được đánh giá", "Document reviewed"), "set_by": ("Đặt ra tại", "Set by"),
    "source": ("Nguồn", "Source"), "source_title": ("Tiêu đề nguồn", "Source title"), "source_url": ("Địa chỉ nguồn", "Source URL"),
    "status": ("Tình trạng", "Status"), "subject": ("Trích yếu", "Subject"), "target": ("Chỉ tiêu", "Target"),
    "target_value": ("Giá trị chỉ tiêu", "Target value"), "target_year": ("Năm", "Target year"), "tasks": ("Nhiệm vụ", "Tasks"),
    "text": ("Nội dung", "Text"), "type": ("Loại", "Type"), "unit": ("Đơn vị", "Unit"), "value": ("Giá trị", "Value"),
    "what": ("Loại mục", "What"), "when": ("Ngày", "When"), "where": ("Địa bàn", "Where"), "years": ("Số năm", "Years"),
}

#: Columns whose values are document keys (several, separated by "; ", in ``documents``).
KEY_COLUMNS = {"key", "set_by", "parent", "reviewed", "reports_on", "documents", "implements"}


def summary(name: str, lang: str) -> str | None:
    pair = SUMMARIES.get(name)
    return None if pair is None else pair[1 if lang == "en" else 0]


def header(column: str, lang: str) -> str:
    pair = HEADERS.get(column)
    return column if pair is None else pair[1 if lang == "en" else 0]


def cell_parts(column: str, value, row: dict) -> list[tuple[str, str | None]]:
    """A cell as pieces of text, each with the page it links to (or None)."""
    if value is None:
        return []
    text = str(getattr(value, "value", value))
    if column in KEY_COLUMNS:
        keys = [k for k in (text.split("; ") if column in ("documents", "implements") else [text]) if k]
        out: list[tuple[str, str | None]] = []
        for i, k in enumerate(keys):
            if i:
                out.append(("; ", None))
            out.append((k, doc_path(k)))
        return out
    if text.startswith(str(ID)):
        key = row.get("key") if column == "document" else None
        return [("id:" + text[len(str(ID)):], iri_path(text, key if isinstance(key, str) else None))]
    return [(text, None)]
