"""The words of the command line's notes and of its reports of what a write did, in Vietnamese and
English (``NOTES``): ``note.*`` the notes (a store answered from the bundled data, a place the reform
merged or did away with), ``repair.*`` what opening a store finished after a killed write, ``done.*``
what a write says it did. ``kg.i18n.messages`` joins them to ``ERRORS``, under which
``kg.i18n.error_words`` fills them in."""

from __future__ import annotations

NOTES: dict[str, dict[str, str]] = {
    "vi": {
        "note.bundled": "chưa có kho dữ liệu ở {store}: trả lời từ bộ dữ liệu mẫu kèm theo "
                        "(`dkg load` hoặc `dkg ingest` sẽ tạo kho)",
        "note.server": "gửi lệnh ghi tới {server}",
        "note.serve-starting": "đang khởi động máy chủ: mở kho {store} ...",
        "note.serve-starting-memory": "đang khởi động máy chủ: mở kho {store} và đọc toàn bộ vào bộ nhớ (--memory; với "
                                      "kho lớn, mất một lúc) ...",
        "note.serve-starting-bundled": "đang khởi động máy chủ ...",
        "note.serve-preparing": "đang chuẩn bị các tiến trình trả lời truy vấn (một bản chụp của kho; với kho lớn, mất "
                                "vài giây) ...",
        "note.serving-writes": "phục vụ tại {url}: các trang, /sparql và lệnh ghi có mã cập nhật "
                               "(Authorization: Bearer ...; dòng lệnh đọc mã từ $DKG_UPDATE_TOKEN)",
        "note.serving-network": "máy khác trong mạng mở {url} (tên hoặc địa chỉ IP của máy này, cổng {port}); ai không "
                                "có mã cập nhật chỉ đọc được; mã đi qua mạng không mã hóa (HTTP), nên gửi lệnh ghi từ "
                                "chính máy này hoặc qua một proxy HTTPS",
        "note.serving-analysts": "tệp mã {file} nêu {count} chuyên viên, mỗi người ghi dưới tên mình (tệp được đọc lại "
                                 "khi nó đổi, không cần khởi động lại)",
        "note.serving-analyst": "tệp mã {file} nêu 1 chuyên viên, ghi dưới tên mình (tệp được đọc lại khi nó đổi, không "
                                "cần khởi động lại)",
        "note.serving-readers": "cùng {count} người chỉ đọc (read-only): mọi lệnh ghi gửi kèm mã của họ bị từ chối",
        "note.serving-read-only": "phục vụ tại {url}, chỉ đọc: khởi động với --update-token (hoặc $DKG_UPDATE_TOKEN) "
                                  "để nhận lệnh ghi và quyết định duyệt",
        "note.finishing-write": "đang hoàn tất một lần ghi mà tiến trình trước bị dừng giữa chừng (mục lục tìm kiếm và "
                                "số đếm của nó); với kho lớn, việc này lâu gần bằng phần cập nhật mục lục của lần ghi đó ...",
        "note.nothing-chosen": "không có văn bản nào theo bộ lọc {filters}: tệp xuất không có dữ liệu nào",
        "note.merged-place": "{place} cùng {others} hợp thành {after} từ 1/7/2025: văn bản ban hành từ ngày đó nằm ở "
                             "{option}",
        "note.district-gone": "{place} ({province}) là đơn vị cấp huyện, không còn từ 1/7/2025: văn bản ban hành ở đó "
                              "từ ngày ấy nằm ở {option} (xã, phường của nó: {communes}); trước ngày ấy: {before}",
        "note.ward-read-as-district": "{place} là đơn vị cấp xã của {province} trên bản đồ từ 1/7/2025; bộ lọc nơi "
                                      "chốn chỉ chọn tỉnh, thành phố và quận, huyện của bản đồ cũ, nên tên này được đọc "
                                      "là {district} ({old_province}) cũ, không còn từ ngày ấy: văn bản ban hành ở đó "
                                      "nằm ở {option} (tìm chính {place}: {communes})",
        "where.communes-cli": "trang chủ của `dkg serve`, /?q=TÊN", "where.communes-page": "ô tìm kiếm của trang chủ",
        "where.before-reform-cli": "thêm -p as_of=2025-06-30", "where.before-reform-page": "điền ngày 30/6/2025 vào ô ngày",
        "note.and": "{first}; {rest}",
        "export-nothing-chosen": "{chosen}",
        "export-nothing-chosen.hint": "{advice}",
        "advice.export-empty": "trang /changes với cùng bộ lọc cho xem những gì chúng chọn; kiểm tra tên tỉnh hay số hiệu",
        "note.writing": "một tiến trình khác đang ghi vào kho: câu trả lời cho thấy kho lúc lệnh này mở nó, có thể mới có "
                        "một phần của lần ghi đó; chạy lại lệnh khi lần ghi xong",
        "note.half-written": "một lần ghi (tập thay đổi {number}) đã dừng trước khi xong, và kho mới có một phần của nó "
                             "(câu trả lời có thể thiếu phần còn lại); ổ đĩa đã đầy nên chưa ghi nốt được: hãy giải "
                             "phóng chỗ trên ổ đĩa đó, lệnh kế tiếp sẽ ghi nốt",
        "repair.dropped": "các suy diễn đã bị xóa (chạy `dkg reason` để ghi lại)",
        "repair.dropped-owed": "các suy diễn đã bị xóa, chờ được rút ra lại trên dữ liệu hiện có (lệnh ghi kế tiếp rút "
                               "ra chúng)",
        "note.upgraded-reference": "kho được ghi bởi một phiên bản khác của directive-kg: dữ liệu tham chiếu (bản thể "
                                   "học, bộ từ vựng, đơn vị hành chính) và mục lục tìm kiếm đã được cập nhật theo phiên "
                                   "bản này",
        "note.upgraded-index": "kho được ghi bởi một phiên bản cũ hơn của directive-kg: mục lục tìm kiếm đã được dựng "
                               "lại theo phiên bản này",
        "note.upgraded-keys": "hồ sơ duyệt của {count} văn bản do phiên bản cũ hơn ghi đã được thêm khóa tra cứu theo câu "
                              "(dkg:sentenceKey): lần nạp sau nhận ra bài đã có trong kho mà không phải đọc lại toàn văn",
        "note.upgraded-changes": "{count} lần thay đổi do phiên bản cũ hơn ghi đã được ghi thêm các văn bản chúng liên quan: "
                                 "/changes?doc= và dkg changes --doc từ nay chỉ đọc những lần thay đổi của văn bản được hỏi",
        "note.store-newer": "kho được ghi bởi một phiên bản mới hơn của directive-kg (định dạng {found}; phiên bản này "
                            "đọc tới định dạng {reads}): câu trả lời lấy từ kho như hiện có, không dựng lại gì, và có "
                            "thể thiếu những gì phiên bản mới thêm vào",
        "repair.rebuilt": "đã hoàn tất một lần ghi bị dừng giữa chừng: đã dựng lại mục lục tìm kiếm và {dropped}",
        "repair.server-write": "một lần ghi vào kho trên máy chủ SPARQL ({command}) đã bị dừng giữa chừng và không thể "
                               "hoàn tất từ đây (kho trên máy chủ không giữ lần thay đổi): máy chủ có thể giữ cả, "
                               "không hoặc một phần lần ghi đó; đã dựng lại mục lục tìm kiếm theo dữ liệu hiện có và "
                               "{dropped}. Hãy chạy lại đúng lệnh đó (lệnh nạp chỉ thêm phần máy chủ còn thiếu, lệnh "
                               "nạp văn bản đưa đồ thị của các văn bản về đúng nội dung đọc được), rồi `dkg reason`",
        "repair.reasoning": "đã hủy một lần ghi suy diễn (`dkg reason`) bị dừng giữa chừng: {dropped}",
        "repair.reasoning-kept": "một lần ghi suy diễn (`dkg reason`) đã bị dừng giữa chừng: các suy diễn đang dùng "
                                 "vẫn nguyên vẹn (cũ hoặc mới, không lẫn), bản nháp dở đã được bỏ",
        "note.redrawing": "các suy diễn của kho được rút ra bởi quy tắc suy diễn hoặc từ bản thể học của một phiên bản "
                          "khác: đang rút ra lại theo quy tắc và bản thể học của phiên bản này (với kho lớn, mất vài "
                          "giây) ...",
        "note.redrawn": "các suy diễn đã được rút ra lại theo quy tắc suy diễn và bản thể học của phiên bản này ({count} "
                        "bộ ba)",
        "note.redrawing-owed": "một lần ghi bị dừng trước khi rút ra lại các suy diễn trên dữ liệu mới: đang rút ra "
                               "lại (với kho lớn, mất vài giây) ...",
        "note.redrawn-owed": "các suy diễn mà một lần ghi bị dừng còn nợ đã được rút ra lại trên dữ liệu hiện có "
                             "({count} bộ ba)",
        "note.inferences-behind": "các suy diễn của kho được rút ra bởi quy tắc suy diễn hoặc từ bản thể học của một "
                                  "phiên bản khác (hoặc lần rút ra lại bị dừng giữa chừng): câu trả lời dùng chúng như hiện có; lệnh ghi kế "
                                  "tiếp (hoặc `dkg reason`) sẽ rút ra lại",
        "note.inferences-dropped": "một lần ghi hoặc một lần rút ra lại các suy diễn bị dừng trước khi rút ra xong: "
                                   "các suy diễn đã bỏ tạm, nên câu trả lời này không có suy diễn nào; lệnh kế tiếp "
                                   "mở kho để ghi (hoặc `dkg reason`) sẽ rút ra lại",
        "repair.no-data": "đã hoàn tất một lần ghi bị dừng giữa chừng không mang dữ liệu mới: {dropped}",
        "repair.nothing-written": "lần ghi bị dừng giữa chừng (tập thay đổi {number}) chưa ghi gì: kho vẫn như trước "
                                  "lần ghi đó",
        "repair.completed": "đã hoàn tất một lần ghi bị dừng giữa chừng (tập thay đổi {number}): đã cập nhật mục lục "
                            "của {nodes} văn bản và đơn vị hành chính mà nó chạm tới",
        "repair.completed-dropped": "đã hoàn tất một lần ghi bị dừng giữa chừng (tập thay đổi {number}): đã cập nhật "
                                    "mục lục của {nodes} văn bản và đơn vị hành chính mà nó chạm tới, và {dropped}",
        "repair.completed-unindexed": "đã hoàn tất một lần ghi bị dừng giữa chừng (tập thay đổi {number}): nó không "
                                      "chạm tới văn bản hay đơn vị hành chính nào của mục lục tìm kiếm",
        "repair.completed-unindexed-dropped": "đã hoàn tất một lần ghi bị dừng giữa chừng (tập thay đổi {number}): nó "
                                              "không chạm tới văn bản hay đơn vị hành chính nào của mục lục tìm kiếm, "
                                              "và {dropped}",
        "repair.rollback": "đã hoàn tất một lần hoàn tác bị dừng giữa chừng (tập thay đổi {numbers})",
        "done.created-store": "đã tạo kho dữ liệu ở {store} (chưa có bộ dữ liệu mẫu kèm theo: `dkg load --bundled` "
                              "sẽ thêm vào)",
        "done.created-store-sampled": "đã tạo kho dữ liệu ở {store}, có bộ dữ liệu mẫu kèm theo",
        "done.loaded": "đã nạp {triples} bộ ba từ {files} tệp vào {graph}",
        "done.quarantined-load": "đã đưa {triples} bộ ba từ {files} tệp vào vùng cách ly chờ duyệt",
        "done.ingested": "đã nạp {files} tệp: ghi {loaded} văn bản, {triples} bộ ba",
        "done.unchanged-all": "không có gì mới: {files} tệp, không ghi gì",
        "done.part-unchanged": "{count} tệp đã có trong kho đúng như vậy",
        "done.part-same": "{count} tệp là văn bản của một tệp khác (nêu dưới đây)",
        "done.part-carried": "{count} tệp là bài của một văn bản do trang khác đăng (nêu dưới đây)",
        "done.carried-only": "đã nạp {files} tệp: không có văn bản mới, thêm nơi đăng cho văn bản đã có",
        "done.carried-run": "{name} là bài của {other} do một trang khác đăng ({site}): là một văn bản, dữ kiện đọc một "
                            "lần; {site} được giữ là một nơi đăng nữa của văn bản",
        "done.carried-store": "{name} là bài của {other}, văn bản đã có trong kho, do một trang khác đăng ({site}): {site} "
                              "được giữ là một nơi đăng nữa của văn bản đó, dữ kiện không đọc lại",
        "done.carried-kept": "{name}: {site} đã được giữ là một nơi đăng của {other}, văn bản đã có trong kho; không ghi gì",
        "done.part-refused": "{count} tệp bị từ chối",
        "done.part-failed": "{count} tệp bị giữ lại toàn bộ dữ kiện để duyệt",
        "done.unchanged": "đã có trong kho đúng như vậy, không ghi gì: {names}",
        "done.near": "{name} gần giống {other} ({share}% lời văn như nhau) nhưng không cùng lời: giữ là hai văn bản "
                     "(nếu chỉ là một bài, chỉ nên nạp một tệp của nó)",
        "note.review-next": "dữ kiện đọc được đã vào đồ thị, chờ người duyệt: `dkg review sources` liệt kê từng văn bản "
                            "và số dữ kiện chờ duyệt, `dkg review list` các dữ kiện (trang /review của `dkg serve`)",
        "done.replaced": "{name} thay cho {versions} bản trước của nó: dữ kiện của bản trước đã được gỡ; quyết định duyệt về những dữ kiện bản mới vẫn nêu được giữ lại",
        "done.same-kept": "{name} có cùng lời văn với {other}: là một văn bản, nạp một lần, giữ theo {other} (tệp nói "
                          "nhiều hơn về văn bản: địa chỉ trang, nơi đăng, ngày đăng; hoặc nói bằng nhau và được đọc trước)",
        "done.same-now": "{name} có cùng lời văn với {other} đã nạp trước đó: là một văn bản, từ nay đứng tên {name}",
        "done.article-kept": "{name} là cùng một bài với {other}, chỉ khác những dòng riêng quanh bài (dòng ngày, thanh "
                             "chia sẻ, trình đơn, dòng nguồn tin hay tên tác giả): là một văn bản, nạp một lần, giữ theo "
                             "{other} (tệp nói nhiều hơn về văn bản: địa chỉ trang, nơi đăng, ngày đăng; hoặc nói bằng "
                             "nhau và được đọc trước)",
        "done.article-now": "{name} là cùng một bài với {other} đã nạp trước đó, chỉ khác những dòng riêng quanh bài: là "
                            "một văn bản, từ nay đứng tên {name}",
        "done.quarantined": "giữ lại {facts} dữ kiện của {name} để duyệt:",
        "done.failed": "không nạp được {name}: {why}",
        "done.unplaced-many": "{count} văn bản không đọc được ngày nên được đặt trên bản đồ hành chính trước ngày 1/7/2025: {names}; văn bản nào viết sau ngày đó, hãy nạp lại với --date NGÀY (hoặc --place kèm xã, phường của nó)",
        "done.unplaced": "{name}: không đọc được ngày của văn bản nên nó được đặt trên bản đồ hành chính trước ngày 1/7/2025 ({province}); nếu văn bản viết sau ngày đó, hãy nạp lại với --date NGÀY (hoặc --place kèm xã, phường của nó)",
        "done.skipped": "bỏ qua {name}: {count} văn bản trong tệp nén đã được giải nén ở {folder} và được đọc từ đó",
        "done.refused": "bị từ chối: {message}",
        "done.refused-hint": "bị từ chối: {message} (gợi ý: {hint})",
        "done.accepted": "đã chấp nhận {facts} dữ kiện", "done.rejected": "đã loại {facts} dữ kiện",
        "done.corrected": "đã sửa {facts} dữ kiện",
        "done.held": "{id} chưa vào đồ thị cho tới khi hợp lệ: {why}",
        "done.held.hint": "sửa dữ kiện cho hợp lệ (`dkg review show {id}` cho xem câu gốc, `dkg review correct {id} --set trường=giá_trị`), hoặc loại bỏ nó (`dkg review reject {id}`)",
        "done.reindexed": "đã dựng lại mục lục tìm kiếm: {documents} văn bản, {names} tên địa danh",
        "done.backup": "đã sao lưu kho {store} vào {target}: {quads} bộ bốn; bản sao là một kho (để khôi phục: dừng "
                       "máy chủ rồi đặt bản sao vào chỗ của kho, hoặc dùng --store {target})",
        "done.rolled-back": "tập thay đổi {number}: đã hoàn tác {undoes} ({removed} bộ bốn bị xóa, {added} được khôi phục)",
        "done.assessed": "đã đánh giá {id} ({node})",
        "done.tie-accepted": "đã ghép kết quả {outcome} với chỉ tiêu {target} (người duyệt xác nhận)",
        "done.tie-rejected": "đã ghi: kết quả {outcome} không ứng với chỉ tiêu {target}; cặp này không được ghép nữa",
    },
    "en": {
        "note.bundled": "no store at {store} yet: answering from the bundled dataset (`dkg load` or `dkg ingest` "
                        "creates one)",
        "note.server": "sending the write to {server}",
        "note.serve-starting": "starting the server: opening the store {store} ...",
        "note.serve-starting-memory": "starting the server: opening the store {store} and reading all of it into memory "
                                      "(--memory; a while on a large store) ...",
        "note.serve-starting-bundled": "starting the server ...",
        "note.serve-preparing": "preparing the query workers (a snapshot of the store; some seconds on a large store) "
                                "...",
        "note.serving-writes": "serving at {url}: the pages, /sparql and writes with the update token "
                               "(Authorization: Bearer ...; the CLI reads it from $DKG_UPDATE_TOKEN)",
        "note.serving-network": "other machines on the network open {url} (this machine's name or IP address, port "
                                "{port}); without the update token they can only read; the token crosses the network "
                                "unencrypted (HTTP), so send writes from this machine or through an HTTPS proxy",
        "note.serving-analysts": "the tokens file {file} names {count} analysts, each writing under their own name "
                                 "(the file is read again when it changes, no restart needed)",
        "note.serving-analyst": "the tokens file {file} names 1 analyst, writing under their own name (the file is "
                                "read again when it changes, no restart needed)",
        "note.serving-readers": "and {count:reader|readers} (read-only): every write sent with their token is refused",
        "note.serving-read-only": "serving at {url}, read-only: start it with --update-token (or $DKG_UPDATE_TOKEN) "
                                  "to take writes and review decisions",
        "note.finishing-write": "finishing a write that a stopped process left unfinished (its index entries and "
                                "counts); on a large store this takes about as long as that write's own index upkeep ...",
        "note.nothing-chosen": "no document matches the filters {filters}: the export holds no data",
        "note.merged-place": "{place} and {others} became {after} on 1 July 2025: the documents issued since are under "
                             "{option}",
        "note.district-gone": "{place} ({province}) was a district, which the two-level reform did away with on 1 July "
                              "2025: the documents issued there since are under {option} (its communes and wards: "
                              "{communes}); before that day: {before}",
        "note.ward-read-as-district": "{place} is a ward or commune of {province} on the map since 1 July 2025; place "
                                      "filters choose provinces and the old map's districts, so it was read as the old "
                                      "district {district} ({old_province}), gone since that day: the documents issued "
                                      "there are under {option} (to find {place} itself: {communes})",
        "where.communes-cli": "the home page of `dkg serve`, /?q=NAME", "where.communes-page": "the home page's search",
        "where.before-reform-cli": "add -p as_of=2025-06-30", "where.before-reform-page": "give the day 30/6/2025 in the form",
        "note.and": "{first}; {rest}",
        "export-nothing-chosen": "{chosen}",
        "export-nothing-chosen.hint": "{advice}",
        "advice.export-empty": "the page /changes with the same filters shows what they choose; check the province's "
                               "name or the key",
        "repair.dropped": "the inferences were dropped (run `dkg reason` to write them again)",
        "repair.dropped-owed": "the inferences were dropped, owed a redraw over the data as it is now (the next write "
                               "draws them)",
        "note.upgraded-reference": "the store was written by another version of directive-kg: its reference data "
                                   "(ontology, vocabularies, administrative units) and search index were brought up "
                                   "to this version",
        "note.upgraded-index": "the store was written by an earlier version of directive-kg: its search index was "
                               "rebuilt for this version",
        "note.upgraded-keys": "the review records of {count:text|texts} an earlier version wrote were given their "
                              "sentence keys (dkg:sentenceKey): the next ingest finds an article already in the store "
                              "without reading every text again",
        "note.upgraded-changes": "{count:change set|change sets} an earlier version recorded now name the documents they "
                                 "concern: /changes?doc= and dkg changes --doc read only those of the document asked for",
        "note.store-newer": "the store was written by a newer version of directive-kg (format {found}; this one reads "
                            "formats up to {reads}): these answers come from the store as it is, nothing rebuilt, and "
                            "may lack what the newer version adds",
        "repair.rebuilt": "an interrupted write was completed: the search index was rebuilt and {dropped}",
        "repair.server-write": "a write to the store on the SPARQL server ({command}) was interrupted and cannot be "
                               "finished from here (a store on a server keeps no change set): the server may hold all "
                               "of it, none or part of it; the search index was rebuilt from the data as it is and "
                               "{dropped}. Run that same command again (a load adds only what the server lacks, an "
                               "ingest brings the texts' graphs to what it reads), then `dkg reason`",
        "note.writing": "another process is writing to the store: these answers show the store as it stood when this "
                        "command opened it, which may hold part of that write; run the command again once it is done",
        "note.half-written": "a write (change set {number}) stopped before its end, and the store holds part of it "
                             "(these answers may lack the rest); the disk is full, so it cannot be finished now: free "
                             "some space on that disk, and the next command finishes it",
        "repair.reasoning": "an interrupted write of the inferences (`dkg reason`) was undone: {dropped}",
        "repair.reasoning-kept": "a write of the inferences (`dkg reason`) was interrupted: the inferences in place are "
                                 "whole (the old ones or the new ones, never a mix) and its half-written draft was dropped",
        "note.redrawing": "the store's inferences were drawn by another version's reasoning rules or from another "
                          "version's ontology: drawing them again with this version's (some seconds on a large store) "
                          "...",
        "note.redrawn": "the inferences were drawn again with this version's reasoning rules and ontology "
                        "({count:triple|triples})",
        "note.redrawing-owed": "a write stopped before it drew the inferences again over its new data: drawing them "
                               "(some seconds on a large store) ...",
        "note.redrawn-owed": "the inferences a stopped write owed were drawn again over the data as it is now "
                             "({count:triple|triples})",
        "note.inferences-behind": "the store's inferences were drawn by another version's reasoning rules or from "
                                  "another version's ontology (or their redraw was cut off): these answers use them as they are; the next write (or `dkg "
                                  "reason`) draws them again",
        "note.inferences-dropped": "a write or a redraw of the store's inferences stopped before they were drawn "
                                   "again: the inferences were dropped for now, so these answers have none; the next command that opens the store for "
                                   "writing (or `dkg reason`) draws them again",
        "repair.no-data": "an interrupted write that brought no new data was completed: {dropped}",
        "repair.nothing-written": "an interrupted write (change set {number}) had written nothing: the store is as "
                                  "it was before it",
        "repair.completed": "an interrupted write (change set {number}) was completed: the index entries of the "
                            "{nodes:document or unit|documents and units} it touched were refreshed",
        "repair.completed-dropped": "an interrupted write (change set {number}) was completed: the index entries of "
                                    "the {nodes:document or unit|documents and units} it touched were refreshed and {dropped}",
        "repair.completed-unindexed": "an interrupted write (change set {number}) was completed: it touched no document "
                                      "or unit of the search index",
        "repair.completed-unindexed-dropped": "an interrupted write (change set {number}) was completed: it touched no "
                                              "document or unit of the search index, and {dropped}",
        "repair.rollback": "an interrupted rollback was finished (change set {numbers})",
        "done.created-store": "created a store at {store} (the bundled sample dataset is not in it: `dkg load "
                              "--bundled` adds it)",
        "done.created-store-sampled": "created a store at {store}, with the bundled sample dataset in it",
        "done.loaded": "loaded {triples:triple|triples} from {files:file|files} into {graph}",
        "done.quarantined-load": "quarantined {triples:triple|triples} from {files:file|files} for review",
        "done.ingested": "ingested {files:file|files}: {loaded:text|texts} written, {triples:triple|triples}",
        "done.unchanged-all": "nothing new: {files:file|files}, nothing written",
        "done.part-unchanged": "{count} already in the store as they are",
        "done.part-same": "{count} the text of another file (named below)",
        "done.part-carried": "{count} another site's copy of a text (named below)",
        "done.carried-only": "ingested {files:file|files}: no new text, another publisher kept for a text already there",
        "done.carried-run": "{name} is the article of {other} as another site publishes it ({site}): one text, its facts "
                            "read once, {site} kept as another publisher of it",
        "done.carried-store": "{name} is the article of {other}, a text already in the store, as another site publishes "
                              "it ({site}): {site} kept as another publisher of that text, its facts not read again",
        "done.carried-kept": "{name}: {site} is kept already as a publisher of {other}, a text in the store; nothing "
                             "written",
        "done.part-refused": "{count} refused",
        "done.part-failed": "{count} with all their facts held back for review",
        "done.unchanged": "already in the store as they are, nothing written: {names}",
        "done.near": "{name} is nearly the same as {other} ({share}% of its words alike), not the same words: kept as "
                     "two texts (if they are one article, ingest only one of its files)",
        "note.review-next": "the facts read are in the graph and wait for a reviewer: `dkg review sources` lists each "
                            "text with how many wait, `dkg review list` the facts (the page /review of `dkg serve`)",
        "done.replaced": "{name} replaces {versions:earlier version|earlier versions} of it: their facts are removed; review decisions about facts it still states are kept",
        "done.same-kept": "{name} has the same words as {other}: one text, ingested once, kept as {other} (the file "
                          "that says more of it: its page's address, publisher, day; or as much, and read first)",
        "done.same-now": "{name} has the same words as {other}, ingested before: one text, listed as {name} from now on",
        "done.article-kept": "{name} is the same article as {other}, but for lines of its own around it (a date line, a "
                             "share bar, a menu, a credit or a byline): one text, ingested once, kept as {other} (the "
                             "file that says more of it: its page's address, publisher, day; or as much, and read first)",
        "done.article-now": "{name} is the same article as {other}, ingested before, but for lines of its own around it: "
                            "one text, listed as {name} from now on",
        "done.quarantined": "quarantined {facts:fact|facts} from {name} for review:",
        "done.failed": "failed: {name}: {why}",
        "done.unplaced-many": "{count} texts had no date read, so they are placed on the map before 1 July 2025: {names}; any written after that day, ingest again with --date DAY (or --place with its commune or ward)",
        "done.unplaced": "{name}: no date was read, so it is placed on the map before 1 July 2025 ({province}); if it was written after that day, ingest it again with --date DAY (or --place with its commune or ward)",
        "done.skipped": "skipped {name}: its {count:text is|texts are} unpacked in {folder} and read from there",
        "done.refused": "refused: {message}",
        "done.refused-hint": "refused: {message} (hint: {hint})",
        "done.accepted": "accepted {facts:fact|facts}", "done.rejected": "rejected {facts:fact|facts}",
        "done.corrected": "corrected {facts:fact|facts}",
        "done.held": "{id} stays out of the graph until it validates: {why}",
        "done.held.hint": "correct the fact so that it validates (`dkg review show {id}` shows its sentence, `dkg review correct {id} --set field=value`), or reject it (`dkg review reject {id}`)",
        "done.reindexed": "search index rebuilt: {documents:document|documents}, {names:place name|place names}",
        "done.backup": "backed up the store at {store} to {target}: {quads:quad|quads}; the copy is a store (to restore "
                       "it: stop the server and put the copy in the store's place, or use --store {target})",
        "done.rolled-back": "change set {number}: undid {undoes} ({removed:quad|quads} removed, {added} restored)",
        "done.assessed": "assessed {id} ({node})",
        "done.tie-accepted": "tied outcome {outcome} to target {target} (confirmed by a reviewer)",
        "done.tie-rejected": "noted: outcome {outcome} does not answer target {target}; the pair is not matched again",
    },
}
