"""The words of the errors a query meets (``QUERY_ERRORS``), in Vietnamese and English: a SPARQL text that does not
parse or is refused (``sparql-*``: its syntax, an unknown or undeclared prefix, an update sent as a query, one nested
too deep), and a named query asked wrongly or taking too long (``query-*``: an unknown parameter, a value that is no
number or day, a document it does not know, its time limit). ``kg.i18n.messages`` joins them to ``ERRORS``, under
which ``kg.i18n.error_words`` fills them in."""

from __future__ import annotations

QUERY_ERRORS: dict[str, dict[str, str]] = {
    "vi": {
        "query-needs-parameter": "truy vấn {query} cần tham số {name}",
        "query-needs-parameter.hint": "thêm -p {name}=... (trong địa chỉ của trang: ?{name}=...); {query} nhận: {signature}",
        "query-unknown-parameter": "truy vấn {query} không có tham số {names}",
        "query-unknown-parameter.hint": "{query} nhận: {signature}",
        "query-not-integer": "tham số {name}={value} của truy vấn {query} không phải là một số nguyên",
        "query-not-integer.hint": "ghi một số nguyên, ví dụ -p {name}=10 (trong địa chỉ của trang: ?{name}=10); "
                                  "{query} nhận: {signature}",
        "query-negative-limit": "tham số limit={value} của truy vấn {query} không được là số âm",
        "query-negative-limit.hint": "ghi 0 hoặc một số dương, ví dụ -p limit=50; {query} nhận: {signature}",
        "query-above-maximum": "tham số {name}={value} của truy vấn {query} lớn hơn mức tối đa {maximum}",
        "query-above-maximum.hint": "ghi một số không quá {maximum}; {query} nhận: {signature}",
        "query-needs-day": "truy vấn {query} cần một ngày cho tham số {name}",
        "query-needs-day.hint": "ghi -p {name}=NGÀY ({forms}); {query} nhận: {signature}",
        "query-two-days": "date={date} và as_of={as_of} là hai ngày khác nhau",
        "query-two-days.hint": "chỉ ghi một trong hai: chúng là cùng một tham số",
        "query-too-many-words": "chỉ tìm được tối đa {most} từ (đã gõ {count} từ)",
        "query-too-many-words.hint": "bớt từ: giữ những từ riêng nhất (tên, số hiệu); {query} nhận: {signature}",
        "query-no-document": "trong kho không có văn bản nào có số hiệu {key}",
        "query-no-document.hint": "tìm nó bằng `dkg query search -p q=TỪ` (trang /queries/search), hoặc ghi IRI của nó",
        "query-no-document.page": "gõ vài chữ của số hiệu hay trích yếu vào ô Tìm kiếm ở đầu trang để tìm văn bản, rồi "
                                  "quay lại và ghi số hiệu nó có",
        "query-no-document-placed": "trong kho không có văn bản nào của {place} có số hiệu {key}",
        "query-no-document-placed.hint": "văn bản có số hiệu ấy (không kể địa danh) trong kho là của: {places}; ghi tên "
                                         "đúng tỉnh, hoặc ghi IRI của văn bản",
        "query-no-document-like": "trong kho không có văn bản nào có số hiệu {key}",
        "query-no-document-like.hint": "văn bản số {number} trong kho: {keys}; ghi số hiệu đầy đủ như vậy",
        "sparql-syntax": "lỗi cú pháp SPARQL ở dòng {line}, cột {column}: {detail}",
        "sparql-syntax.hint": "sửa truy vấn ở chỗ đó: chỉ chạy được truy vấn đúng cú pháp SPARQL 1.1",
        "sparql-syntax.token": "ở đó SPARQL không nhận “{token}” (một từ khóa gõ sai, hay thiếu dấu . ; , }} hoặc ) "
                               "ngay trước nó?)",
        "sparql-syntax.ended": "truy vấn dừng giữa chừng (thiếu dấu }} hoặc ), hay phần còn lại của một mẫu?)",
        "sparql-syntax.after-end": "truy vấn đã trọn trước “{token}”: phần sau không phải SPARQL (LIMIT, ORDER BY "
                                   "... gõ sai?)",
        "sparql-too-deep": "truy vấn ({size} ký tự) lồng quá sâu hoặc có quá nhiều mẫu so với bộ phân tích SPARQL "
                           "dùng để kiểm tra nó",
        "sparql-too-deep.hint": "tách thành các truy vấn nhỏ hơn (ít mẫu hơn trong một nhóm, hoặc dùng VALUES cho "
                                "một danh sách giá trị dài), hoặc chạy bằng `dkg query` ngay trên kho",
        "sparql-update-as-query": "đây là một lệnh cập nhật (SPARQL Update), gửi vào chỗ chỉ chạy truy vấn",
        "sparql-update-as-query.hint": "biểu mẫu /sparql và ?query= chỉ chạy truy vấn; lệnh cập nhật gửi bằng POST "
                                       "(update= hoặc application/sparql-update) kèm mã cập nhật của máy chủ "
                                       "(Authorization: Bearer)",
        "sparql-refused": "điểm truy vấn này không chạy {what}",
        "sparql-refused.hint": "máy chủ này không bao giờ lấy dữ liệu từ máy chủ khác",
        "query-timeout": "truy vấn chạy quá {seconds} giây nên đã bị dừng",
        "query-timeout.hint": "thu hẹp truy vấn (LIMIT, mẫu cụ thể hơn), hoặc chạy nó bằng `dkg query` trên máy giữ kho; giới hạn là thiết lập DKG_MAX_QUERY_SECONDS của máy chủ",
        "query-abandoned": "truy vấn chạy quá {seconds} giây nên đã thôi chờ",
        "query-abandoned.hint": "thu hẹp truy vấn (LIMIT, mẫu cụ thể hơn)",
        "sparql-undeclared-prefix": "truy vấn dùng tiền tố “{prefix}” mà không khai báo nó",
        "sparql-undeclared-prefix.hint": "thêm dòng `{declare}` ở đầu truy vấn (trang /sparql có sẵn các dòng PREFIX "
                                         "của dữ liệu này)",
        "sparql-unknown-prefix": "truy vấn dùng tiền tố “{prefix}” mà không khai báo nó",
        "sparql-unknown-prefix.hint": "khai báo nó ở đầu truy vấn (`{declare}`, với IRI của không gian tên), hoặc "
                                      "viết IRI đầy đủ trong <...>",
        "sparql-syntax-in-file": "lỗi cú pháp SPARQL ở dòng {line}, cột {column}: {detail}",
        "sparql-syntax-in-file.hint": "sửa truy vấn trong tệp đó (dòng đếm từ dòng đầu tệp, kể cả phần đầu); "
                                      "tệp phải là một truy vấn SPARQL 1.1",
    },
    "en": {
        "query-needs-parameter": "query {query} needs the parameter {name}",
        "query-needs-parameter.hint": "add -p {name}=... (in a page's address: ?{name}=...); {query} expects: {signature}",
        "query-unknown-parameter": "unknown parameter {names} for query {query}",
        "query-unknown-parameter.hint": "{query} expects: {signature}",
        "query-not-integer": "parameter {name}={value} of query {query} is not an integer",
        "query-not-integer.hint": "give a whole number, e.g. -p {name}=10 (in a page's address: ?{name}=10); "
                                  "{query} expects: {signature}",
        "query-negative-limit": "parameter limit={value} of query {query} must not be negative",
        "query-negative-limit.hint": "give 0 or a positive number, e.g. -p limit=50; {query} expects: {signature}",
        "query-above-maximum": "parameter {name}={value} of query {query} is above its maximum {maximum}",
        "query-above-maximum.hint": "give a number of at most {maximum}; {query} expects: {signature}",
        "query-needs-day": "query {query} needs a day for {name}",
        "query-needs-day.hint": "give -p {name}=DAY ({forms}); {query} expects: {signature}",
        "query-two-days": "date={date} and as_of={as_of} name two days",
        "query-two-days.hint": "give one of them: they are the same parameter",
        "query-too-many-words": "search for at most {most} words (got {count})",
        "query-too-many-words.hint": "drop words: keep the most particular ones (names, numbers); "
                                     "{query} expects: {signature}",
        "query-no-document": "no document with key {key} in the store",
        "query-no-document.hint": "find it with `dkg query search -p q=WORDS` (the page /queries/search), or give its IRI",
        "query-no-document.page": "type a few words of its key or subject in the Search box at the top of the page to "
                                  "find it, then go back and give the key it has",
        "query-no-document-placed": "no document of {place} with key {key} in the store",
        "query-no-document-placed.hint": "the documents with that key (the place aside) in the store are of: {places}; "
                                         "name the right province, or give the document's IRI",
        "query-no-document-like": "no document with key {key} in the store",
        "query-no-document-like.hint": "the documents numbered {number} in the store: {keys}; give the whole key as "
                                       "written there",
        "sparql-syntax": "SPARQL syntax error at line {line}, column {column}: {detail}",
        "sparql-syntax.hint": "correct the query at that place: only requests that parse as SPARQL 1.1 are run",
        "sparql-syntax.token": "SPARQL does not expect “{token}” there (a misspelt keyword, or a . ; , }} or ) "
                               "missing just before it?)",
        "sparql-syntax.ended": "the query stops short (a }} or ) missing, or the rest of a pattern?)",
        "sparql-syntax.after-end": "the query is complete before “{token}”: what follows is not SPARQL (a misspelt "
                                   "LIMIT, ORDER BY ...?)",
        "sparql-too-deep": "the request ({size} characters) is nested too deeply or has too many patterns for the "
                           "SPARQL parser that checks it",
        "sparql-too-deep.hint": "split it into smaller queries (fewer patterns in one group, or VALUES for a long "
                                "list of values), or run it with `dkg query` on the store itself",
        "sparql-update-as-query": "this is a SPARQL Update, sent where only queries are run",
        "sparql-update-as-query.hint": "the /sparql form and ?query= run queries only; send an update with POST "
                                       "(update= or application/sparql-update) and the server's update token "
                                       "(Authorization: Bearer)",
        "sparql-refused": "{what} is not allowed on this endpoint",
        "sparql-refused.hint": "this server never fetches data from other servers",
        "query-timeout": "the query ran longer than {seconds} s and was stopped",
        "query-timeout.hint": "narrow it (LIMIT, more specific patterns) or run it with `dkg query` locally; the limit is the server's DKG_MAX_QUERY_SECONDS setting",
        "query-abandoned": "the query took longer than {seconds} s and was abandoned",
        "query-abandoned.hint": "narrow it (LIMIT, more specific patterns)",
        "sparql-undeclared-prefix": "the query uses the prefix “{prefix}” without declaring it",
        "sparql-undeclared-prefix.hint": "add the line `{declare}` at the top of the query (the /sparql page "
                                         "holds this data's PREFIX lines)",
        "sparql-unknown-prefix": "the query uses the prefix “{prefix}” without declaring it",
        "sparql-unknown-prefix.hint": "declare it at the top of the query (`{declare}`, with its namespace's IRI), or "
                                      "write the whole IRI in <...>",
        "sparql-syntax-in-file": "SPARQL syntax error at line {line}, column {column}: {detail}",
        "sparql-syntax-in-file.hint": "correct the query in that file (lines count from its first line, the "
                                      "header included); it must be one SPARQL 1.1 query",
    },
}
