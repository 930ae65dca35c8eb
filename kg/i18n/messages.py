"""The words of the errors, notes and reports of what a write did, in Vietnamese and English
(``ERRORS``); ``kg.i18n.error_words`` fills them in."""

from __future__ import annotations

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
        "sparql-syntax.hint": "sửa truy vấn ở chỗ đó: chỉ chạy được truy vấn đúng cú pháp SPARQL 1.1",
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
        "server-token-wrong": "{where}: máy chủ từ chối mã cập nhật trong ${env}, vì đó không phải mã máy chủ được khởi động cùng",
        "server-token-wrong.hint": "đặt ${env} đúng mã đã dùng khi khởi động `dkg serve` (--update-token hoặc $DKG_UPDATE_TOKEN của nó)",
        "server-token-needed.hint": "đặt ${env} là mã cập nhật đã dùng khi khởi động máy chủ (--update-token)",
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
        "sparql-syntax.hint": "correct the query at that place: only requests that parse as SPARQL 1.1 are run",
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
        "server-token-wrong": "{where}: the server refused the update token in ${env}: it is not the one the server was started with",
        "server-token-wrong.hint": "set ${env} to the token `dkg serve` was started with (its --update-token or $DKG_UPDATE_TOKEN)",
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
