"""The words of the command line's plain-text output in Vietnamese and English: the scoreboard as
text (``dkg scoreboard``) and the tables of the other commands (``dkg stats``, ``dkg queries`` ...)."""

from __future__ import annotations

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
        "click.usage": "Cách dùng:", "click.options": "Tùy chọn", "click.commands": "Lệnh",
        "click.help": "In hướng dẫn này rồi thoát.", "click.version": "In phiên bản rồi thoát.",
        "click.try": "Gõ '{command} {option}' để xem hướng dẫn.",
        "click.no-option": "không có tùy chọn '{name}'.", "click.no-command": "không có lệnh '{name}'.",
        "click.did-you-mean": "Có phải ý bạn là {names}?",
        "click.missing-argument": "thiếu tham số {name}.", "click.missing-option": "thiếu tùy chọn {name}.",
        "click.invalid": "giá trị không hợp lệ cho {name}: {message}",
        "click.not-one-of": "'{value}' không phải một trong các giá trị: {choices}.",
        "click.needs-value": "tùy chọn '{name}' cần một giá trị.",
        "click.extra": "thừa tham số: {values}.", "click.default": "[mặc định: ", "click.required": "[bắt buộc]",
        "rows": "({n} dòng)", "hidden": "(còn {n} cột không hiện: {names}; --format csv hoặc json hiện mọi cột)",
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
        "click.usage": "Usage:", "click.options": "Options", "click.commands": "Commands",
        "click.help": "Show this message and exit.", "click.version": "Show the version and exit.",
        "click.try": "Try '{command} {option}' for help.",
        "click.no-option": "No such option '{name}'.", "click.no-command": "No such command '{name}'.",
        "click.did-you-mean": "Did you mean {names}?",
        "click.missing-argument": "Missing argument {name}.", "click.missing-option": "Missing option {name}.",
        "click.invalid": "Invalid value for {name}: {message}",
        "click.not-one-of": "'{value}' is not one of {choices}.",
        "click.needs-value": "Option '{name}' requires an argument.",
        "click.extra": "Got unexpected extra arguments ({values}).", "click.default": "[default: ",
        "click.required": "[required]",
        "rows": "({n} rows)", "hidden": "({n} more columns not shown: {names}; --format csv or json shows every column)",
    },
}
