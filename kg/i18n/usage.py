"""The words of the refusals a user meets asking a command for something it cannot do (``USAGE``), in Vietnamese and
English: a document or a store that is not there (``document-missing*``, ``no-store*``), a request sent the wrong way
(``sparql-update-get``: an update in a ``GET``), a command given nothing or a malformed value (``nothing-to-load``,
``parameter-pair``, ``max-chars-*``, ``setting-*``, ``changes-*``, ``correct-number-ambiguous``: a figure each
language reads its own way), a text longer than that setting allows (``text-too-long``), a change set, decision or order
that does not exist (``change-set-unknown``, ``review-*``), a rollback a store cannot make (``no-history``, and
``rollback-alone``: a change set later ones rest on undone alone; ``rollback-undone``: one an undo took back already), a backup of a store in no folder, or into a folder
that exists or lies inside the store (``backup-*``), a target that cannot be assessed (``assess-*``) and a scoreboard that cannot
be drawn (``scoreboard-*``). Each was said in English after a Vietnamese word for its kind; the English words are
those they had. ``kg.i18n.messages`` joins them to ``ERRORS``, under which ``kg.i18n.error_words`` fills them in."""

from __future__ import annotations

USAGE: dict[str, dict[str, str]] = {
    "vi": {
        "correct-number-ambiguous": "{name}={value} đọc được hai cách: {thousands} hay {decimal}",
        "correct-number-ambiguous.hint": "ghi {thousands} (không dấu chấm) nếu là số nghìn, {decimal} nếu là số thập phân",
        "document-missing": "không có văn bản nào có số hiệu {key}",
        "document-missing.hint": "số hiệu có dạng 46-NQ/TW hoặc 140/2017/NĐ-CP; tìm văn bản theo vài chữ của số hiệu hay "
                                 "trích yếu: `dkg query search -p q=TỪ`",
        "document-missing.page": "số hiệu có dạng 46-NQ/TW hoặc 140/2017/NĐ-CP; gõ vài chữ của số hiệu hay trích yếu vào "
                                 "ô Tìm kiếm ở đầu trang để tìm văn bản",
        "document-missing-like": "không có văn bản nào có số hiệu {key}",
        "document-missing-like.hint": "văn bản số {number} trong kho: {keys}; ghi số hiệu đầy đủ như vậy",
        "backup-exists": "{target} đã có: bản sao lưu cần một thư mục chưa có",
        "backup-exists.hint": "đặt tên thư mục mới, ví dụ theo ngày: `dkg backup kho-$(date +%F)`",
        "backup-inside": "{target} nằm trong kho {store}: bản sao lưu phải nằm ngoài kho",
        "backup-inside.hint": "chọn một thư mục ngoài kho, tốt nhất trên một ổ đĩa khác",
        "backup-remote": "chỉ sao lưu được kho trong một thư mục; kho trên máy chủ SPARQL được sao lưu bằng công cụ của "
                         "máy chủ đó",
        "backup-remote.hint": "chạy `dkg backup` với --store là thư mục của kho (trên máy giữ kho)",
        "no-store": "không có kho dữ liệu nào ở {path}",
        "no-store.hint": "kiểm tra đường dẫn (--store hoặc $DKG_STORE); để tạo kho mới ở đó: `dkg load TỆP`, "
                         "`dkg load --bundled` (bộ dữ liệu mẫu) hoặc `dkg ingest THƯ_MỤC`",
        "no-store-for": "không có kho dữ liệu nào ở {path} để {action}",
        "no-store-for.hint": "bộ dữ liệu mẫu được trả lời từ bộ nhớ và không đổi được; hãy tạo kho trước bằng "
                             "`dkg load TỆP` hoặc `dkg ingest THƯ_MỤC`",
        "action.reason": "suy diễn", "action.reindex": "dựng lại mục lục tìm kiếm", "action.rollback": "hoàn tác",
        "sparql-update-get": "lệnh cập nhật SPARQL phải gửi bằng POST",
        "sparql-update-get.hint": "gửi nó bằng POST, là trường update=... của một biểu mẫu hoặc là thân yêu cầu với "
                                  "Content-Type: application/sparql-update, kèm mã cập nhật của máy chủ "
                                  "(Authorization: Bearer ...)",
        "nothing-to-load": "không có gì để nạp",
        "nothing-to-load.hint": "nêu các tệp cần nạp, hoặc --bundled để nạp bộ dữ liệu mẫu",
        "parameter-pair": "tham số {pair} không có dạng tên=giá_trị",
        "parameter-pair.hint": "ví dụ -p doc=46-NQ/TW; `dkg queries` liệt kê tham số của từng truy vấn",
        "max-chars-word": "{env} / --max-chars {value} không phải là một số ký tự",
        "max-chars-word.hint": "ghi một số nguyên, ví dụ {default}",
        "max-chars-positive": "{env} / --max-chars phải lớn hơn 0, không phải {value}",
        "max-chars-positive.hint": "ghi một số nguyên dương, hoặc bỏ đi để dùng mặc định ({default})",
        "text-too-long": "dài {length} ký tự, quá mức {most} ký tự cho một văn bản ({env}, --max-chars)",
        "text-too-long.hint": "tách tệp thành mỗi bài viết hay báo cáo một tệp (ví dụ theo các đề mục), hoặc nâng "
                              "mức với --max-chars / {env} nếu máy đủ thời gian",
        "setting-word": "{env}={value} không phải là một số nguyên",
        "setting-word.hint": "đặt {env} là một số nguyên ({what}), hoặc bỏ nó đi để dùng mặc định ({default})",
        "setting-positive": "{env} phải lớn hơn 0",
        "setting-positive.hint": "bỏ nó đi để dùng mặc định ({default})",
        "setting-least": "{env}={value} nhỏ hơn {least}, mức tối thiểu: {why}",
        "setting-least.hint": "đặt {env} từ {least} trở lên, hoặc bỏ nó đi để dùng mặc định ({default})",
        "changes-level": "không có cấp {level}",
        "changes-level.hint": "ghi một trong: {levels} (Trung ương, tỉnh, huyện, xã)",
        "bodies-kind": "không có loại cơ quan {kind}",
        "bodies-kind.hint": "ghi mã của một loại: {kinds}",
        "changes-before": "before {before} không phải là số của một lần thay đổi",
        "changes-before.hint": "ghi số của lần thay đổi mà trang bắt đầu ở dưới nó, ví dụ before=120 (liên kết \"Cũ hơn\" ghi sẵn)",
        "changes-limit-word": "limit {limit} không phải là một số nguyên",
        "changes-limit-word.hint": "ví dụ limit=20",
        "changes-limit-range": "limit phải nằm trong khoảng từ 1 đến {most}",
        "changes-limit-range.hint": "ghi một số trong khoảng đó, ví dụ 20; cần xem cũ hơn thì dùng --since NGÀY",
        "change-set-unknown": "kho này không có lần thay đổi số {number}",
        "change-set-unknown.hint": "`dkg history` liệt kê các lần thay đổi và số của chúng",
        "rollback-alone": "không hoàn tác riêng được lần thay đổi {number}: {count} lần thay đổi sau nó ({later}) dựa "
                          "trên những gì nó đã ghi",
        "rollback-alone.hint": "`dkg rollback {number} --cascade` hoàn tác nó cùng mọi lần thay đổi sau nó",
        "rollback-undone": "lần thay đổi {number} đã được hoàn tác rồi, ở lần thay đổi {undo} ({when} UTC, người gửi: "
                           "{who}): hoàn tác lần nữa không lấy lại được gì thêm",
        "rollback-undone.hint": "muốn khôi phục những gì lần {number} đã làm thì hoàn tác lần {undo} (`dkg rollback "
                                "{undo}`); `dkg history` liệt kê các lần thay đổi",
        "no-history": "kho này không lưu lịch sử thay đổi nên không hoàn tác được",
        "no-history.hint": "lịch sử chỉ được lưu với kho trên thư mục và kho trong bộ nhớ, không với máy chủ SPARQL "
                           "hay kho mở chỉ đọc",
        "review-no-id": "chưa nêu mã dữ kiện nào",
        "review-no-id.hint": "`dkg review list` cho xem mã các dữ kiện",
        "review-decision": "không có quyết định {decision}",
        "review-decision.hint": "một trong: accepted, corrected, rejected (chấp nhận, sửa, loại)",
        "review-correct-one": "mỗi lần chỉ sửa một dữ kiện",
        "review-correct-one.hint": "chạy `dkg review correct` riêng cho từng dữ kiện",
        "review-order": "không có cách xếp {order}",
        "review-order.hint": "một trong: {orders}",
        "review-page": "{name} phải là một số nguyên từ 1 đến {most}",
        "review-page.hint": "ví dụ ?{name}=2 (dkg review sources --{name} 2)",
        "assess-not-target": "{id} là {kind}, không phải chỉ tiêu",
        "assess-not-target.hint": "`dkg review list` cho xem loại của từng dữ kiện",
        "assess-rejected": "chỉ tiêu {id} đã bị loại",
        "assess-rejected.hint": "chấp nhận hoặc sửa nó trước khi đánh giá",
        "assess-held": "chỉ tiêu {id} chưa vào đồ thị: {why}",
        "assess-held.hint": "sửa nó cho tới khi hợp lệ (`dkg review show {id}` cho xem câu gốc), rồi đánh giá",
        "assess-absent": "chỉ tiêu {id} chưa vào đồ thị",
        "assess-absent.hint": "`dkg review show {id}` cho xem câu gốc; sửa nó cho tới khi hợp lệ, rồi đánh giá",
        "assess-status": "{status} không phải là một mức đánh giá (status)",
        "assess-status.hint": "một trong: đạt, đạt một phần, không đạt, chưa có số liệu (hoặc attained, partly, "
                              "not attained, no data)",
        "scoreboard-no-data": "văn bản {key} không có dữ liệu để lập bảng theo dõi",
        "scoreboard-no-data.hint": "`dkg show {key}` cho xem những gì kho biết về nó",
        "scoreboard-several": "số hiệu {key} ứng với {count} văn bản: {iris}",
        "scoreboard-several.hint": "ghi IRI của văn bản thay cho số hiệu (thẻ văn bản liệt kê các IRI)",
        "scoreboard-late": "late_after phải từ 0 ngày trở lên, không phải {days}",
        "scoreboard-late.hint": "ghi số ngày sau khi văn bản ban hành mà một tỉnh chưa có văn bản thì bị tính là chậm, "
                                "ví dụ --late-after 90",
    },
    "en": {
        "correct-number-ambiguous": "{name}={value} reads two ways: {thousands} or {decimal}",
        "correct-number-ambiguous.hint": "write {thousands} (no separator) for the thousands, {decimal} for the decimal",
        "document-missing": "no document with key {key}",
        "document-missing.hint": "keys look like 46-NQ/TW or 140/2017/NĐ-CP; `dkg query search -p q=WORDS` finds a "
                                 "document by words of its key or subject",
        "document-missing.page": "keys look like 46-NQ/TW or 140/2017/NĐ-CP; type a few words of its key or subject in "
                                 "the Search box at the top of the page to find it",
        "document-missing-like": "no document with key {key}",
        "document-missing-like.hint": "the documents numbered {number} in the store: {keys}; give the whole key as "
                                      "written there",
        "backup-exists": "{target} exists: a backup needs a folder that does not exist yet",
        "backup-exists.hint": "give a new folder, e.g. one named by the day: `dkg backup store-$(date +%F)`",
        "backup-inside": "{target} is inside the store at {store}: a backup goes outside the store",
        "backup-inside.hint": "choose a folder outside the store, best on another disk",
        "backup-remote": "only a store in a folder is backed up here; a store on a SPARQL server is backed up with "
                         "that server's tools",
        "backup-remote.hint": "run `dkg backup` with --store naming the store's folder (on the machine that holds it)",
        "no-store": "no store at {path}",
        "no-store.hint": "create one with `dkg load FILE` or `dkg ingest PATH`",
        "no-store-for": "no store at {path} to {action}",
        "no-store-for.hint": "the bundled dataset is answered from memory and cannot be changed; create a store "
                             "with `dkg load FILE` or `dkg ingest PATH` first",
        "action.reason": "reason over", "action.reindex": "reindex", "action.rollback": "roll back",
        "sparql-update-get": "updates must be sent with POST",
        "sparql-update-get.hint": "POST it as update=... in a form, or as the body with Content-Type: "
                                  "application/sparql-update, with the server's update token (Authorization: Bearer ...)",
        "nothing-to-load": "nothing to load",
        "nothing-to-load.hint": "name the files to load, or --bundled for the sample dataset",
        "parameter-pair": "parameter {pair} is not name=value",
        "parameter-pair.hint": "e.g. -p doc=46-NQ/TW",
        "max-chars-word": "{env} / --max-chars {value} is not a whole number of characters",
        "max-chars-word.hint": "e.g. {default}",
        "max-chars-positive": "{env} / --max-chars must be positive, not {value}",
        "max-chars-positive.hint": "give a positive whole number, or leave it out for the default ({default})",
        "text-too-long": "is {length} characters long, more than the {most} that one text may have ({env}, --max-chars)",
        "text-too-long.hint": "split it into one file per article or report (e.g. at its headings), or raise the "
                              "limit with --max-chars / {env} if the machine has the time",
        "setting-word": "{env}={value} is not a whole number",
        "setting-word.hint": "set {env} to a number of {what}, or unset it for the default ({default})",
        "setting-positive": "{env} must be positive",
        "setting-positive.hint": "unset it for the default ({default})",
        "setting-least": "{env}={value} is under {least}, the least it can be: {why}",
        "setting-least.hint": "set {env} to {least} or more, or unset it for the default ({default})",
        "changes-level": "unknown level {level}",
        "changes-level.hint": "one of: {levels}",
        "bodies-kind": "no kind of body {kind}",
        "bodies-kind.hint": "give the code of one: {kinds}",
        "changes-before": "before {before} is not the number of a change set",
        "changes-before.hint": "give the number of the change set the page starts below, e.g. before=120 (the \"Older\" link gives it)",
        "changes-limit-word": "limit {limit} is not a whole number",
        "changes-limit-word.hint": "e.g. limit=20",
        "changes-limit-range": "limit must lie between 1 and {most}",
        "changes-limit-range.hint": "give a number in that range, e.g. 20; for older changes use --since DAY",
        "change-set-unknown": "no change set {number} in this store",
        "change-set-unknown.hint": "`dkg history` lists them",
        "rollback-alone": "change set {number} cannot be undone alone: {count:later change set rests|later change "
                          "sets rest} on what it wrote ({later})",
        "rollback-alone.hint": "`dkg rollback {number} --cascade` undoes it and every change set after it",
        "rollback-undone": "change set {number} was already undone, by change set {undo} ({when} UTC, sent by {who}): "
                           "undoing it again would take back nothing more",
        "rollback-undone.hint": "to bring back what change set {number} did, undo change set {undo} (`dkg rollback "
                                "{undo}`); `dkg history` lists the change sets",
        "no-history": "this store keeps no history to roll back",
        "no-history.hint": "history is kept for folder and in-memory stores, not for a SPARQL server or a read-only open",
        "review-no-id": "no fact id given",
        "review-no-id.hint": "`dkg review list` shows the ids",
        "review-decision": "unknown decision {decision}",
        "review-decision.hint": "accepted, corrected or rejected",
        "review-correct-one": "correct one fact at a time",
        "review-correct-one.hint": "run `dkg review correct` once for each fact",
        "review-order": "unknown order {order}",
        "review-order.hint": "one of: {orders}",
        "review-page": "{name} must be a whole number from 1 to {most}",
        "review-page.hint": "e.g. ?{name}=2 (dkg review sources --{name} 2)",
        "assess-not-target": "{id} is {kind}, not a target",
        "assess-not-target.hint": "`dkg review list` shows the kinds",
        "assess-rejected": "target {id} was rejected",
        "assess-rejected.hint": "accept or correct it before assessing it",
        "assess-held": "target {id} is not in the graph: {why}",
        "assess-held.hint": "correct it until it validates (`dkg review show {id}` shows its sentence), then assess it",
        "assess-absent": "target {id} is not in the graph",
        "assess-absent.hint": "`dkg review show {id}` shows its sentence; correct it until it validates, then assess it",
        "assess-status": "status {status} is not an assessment",
        "assess-status.hint": "one of: attained, partly, not attained, no data; or as the review page says them: đạt, "
                              "đạt một phần, không đạt, chưa có số liệu",
        "scoreboard-no-data": "document {key} has no data to show",
        "scoreboard-no-data.hint": "`dkg show {key}` shows what the store knows of it",
        "scoreboard-several": "{key} names {count} documents: {iris}",
        "scoreboard-several.hint": "give the document's IRI instead of its key (the document card lists them)",
        "scoreboard-late": "late_after must be 0 or more days, not {days}",
        "scoreboard-late.hint": "give the days after the document's issue past which a province without a document is "
                                "late, e.g. --late-after 90",
    },
}
