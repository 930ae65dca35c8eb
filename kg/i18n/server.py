"""The words an operator of ``dkg serve`` meets (``SERVER``), in Vietnamese and English: the tokens file's refusals
(``tokens.*``), the server's address (``public-url-bad``, ``bad-host``, ``port-in-use``), a SPARQL store out of reach
and a store that cannot be opened for writing (``store-unreachable``, ``store-open-*``, ``store-newer``: a newer
version's) or read beside a writer
(``store-tidying``), a write the engine could not finish (a full disk above all: ``write-*``, ``flush-failed``), and
a write the CLI sent to a server that did not answer (``sent-*``), a second upload to ``/validate`` while one is
checked (``validate-busy``), and the bounds of one check (``limit.DKG_MAX_VALIDATE_*``, ``least.*``,
``advice.validate-locally``). ``kg.i18n.messages`` joins them to ``ERRORS``, under which ``kg.i18n.error_words``
fills them in."""

from __future__ import annotations

SERVER: dict[str, dict[str, str]] = {
    "vi": {
        "internal": "máy chủ gặp lỗi không lường trước khi trả lời (một lỗi của chương trình)",
        "internal.hint": "tải lại trang; nếu vẫn lỗi, báo người vận hành máy chủ: nhật ký của máy chủ ghi lỗi này, kèm "
                         "địa chỉ đã mở",
        "public-url-bad": "--public-url {value} không phải là một địa chỉ công khai dùng được",
        "public-url-bad.hint": "ghi địa chỉ mà các chuyên viên mở, bắt đầu bằng http:// hoặc https://, tên máy hay địa "
                               "chỉ IP, có thể kèm cổng và đường dẫn, không có ? hay #: ví dụ http://dkg.so-noi-vu.vn:8000",
        "bad-host": "tiêu đề Host của yêu cầu không phải là một tên máy (kèm cổng nếu có) hợp lệ",
        "bad-host.hint": "gửi Host: tên-máy[:cổng] (trình duyệt tự gửi đúng); qua proxy, đặt --public-url cho máy chủ",
        "port-in-use": "không mở được {url}: cổng {port} đang có một chương trình khác nghe (một `dkg serve` khởi động "
                       "trước đó, hay một máy chủ khác)",
        "port-in-use.hint": "mở {url} trong trình duyệt xem đó là gì; dừng nó, hoặc chạy máy chủ này ở cổng khác: "
                            "`dkg serve --port {other}`",
        "validate-busy": "máy chủ đang kiểm tra một dữ liệu khác gửi tới /validate",
        "validate-busy.hint": "máy chủ kiểm tra mỗi lần một dữ liệu: thử lại sau ít giây, hoặc kiểm tra tệp trên máy "
                              "mình bằng lệnh dkg validate TỆP",
        "limit.DKG_MAX_VALIDATE_SECONDS": "giây một lần kiểm tra /validate được chạy",
        "limit.DKG_MAX_VALIDATE_MEMORY_BYTES": "byte bộ nhớ một lần kiểm tra /validate được dùng thêm",
        "least.DKG_MAX_VALIDATE_MEMORY_BYTES": "bộ nạp dữ liệu của engine xin 200.000.000 byte không gian địa chỉ ngay "
                                               "khi bắt đầu kiểm tra, dù tệp nhỏ đến đâu, nên dưới mức này mọi tệp "
                                               "đều bị từ chối",
        "advice.validate-locally": "chia tệp thành nhiều tệp nhỏ, hoặc kiểm tra tệp trên máy mình bằng lệnh "
                                   "`dkg validate TỆP` (lệnh không có giới hạn này); ",
        "tokens.at": "{place}: {why}",
        "tokens.unreadable": "không đọc được tệp mã của các chuyên viên: {why}",
        "tokens.unreadable.hint": "cho --tokens-file một tệp gồm các dòng `tên mã`",
        "tokens.not-utf8": "tệp mã của các chuyên viên không phải văn bản UTF-8",
        "tokens.not-utf8.hint": "lưu tệp dưới dạng UTF-8",
        "tokens.open": "mọi người dùng của máy này đều đọc hoặc ghi được tệp mã của các chuyên viên",
        "tokens.open.hint": "chỉ để người chạy `dkg serve` đọc được tệp: chmod 600 {path}",
        "tokens.no-token": "mỗi dòng cần tên một chuyên viên, rồi mã của người đó",
        "tokens.no-token.hint": "ghi `tên mã`, mỗi chuyên viên một dòng",
        "tokens.reader-no-name": "dòng `read-only` cần tên người chỉ đọc trước mã của người đó",
        "tokens.reader-no-name.hint": "ghi `read-only tên mã` (một chuyên viên được ghi thì ghi `tên mã`, không có `read-only`)",
        "tokens.name-twice": "tên {name} có hai lần",
        "tokens.name-twice.hint": "mỗi chuyên viên một dòng",
        "tokens.token-twice": "mã này được cấp cho hai chuyên viên",
        "tokens.token-twice.hint": "cấp cho mỗi chuyên viên một mã riêng (ví dụ `openssl rand -hex 16`)",
        "tokens.shared": "mã này là mã chung --update-token của máy chủ",
        "tokens.shared.hint": "cấp cho mỗi chuyên viên một mã riêng, khác mã chung",
        "tokens.empty": "tệp mã không nêu chuyên viên nào",
        "tokens.empty.hint": "ghi `tên mã`, mỗi chuyên viên một dòng",
        "read-only-token": "{what} bị từ chối: mã của {name} chỉ để đọc (các trang, /sparql, các bản JSON và CSV), không để ghi hay duyệt",
        "read-only-token.hint": "việc đọc không cần mã; để ghi hay duyệt, dùng mã của một chuyên viên mà người quản trị máy chủ cấp",
        "backup-operator-only": "sao lưu kho bị từ chối: mã của {name} là mã của một chuyên viên; bản sao là một thư mục máy chủ ghi lên ổ đĩa của nó, việc của người quản trị",
        "backup-operator-only.hint": "người quản trị gửi yêu cầu với mã chung --update-token của máy chủ (`DKG_UPDATE_TOKEN=... dkg backup THƯ-MỤC`), hoặc dừng máy chủ rồi chạy `dkg backup THƯ-MỤC`",
        "backup-no-shared-token": "sao lưu kho bị từ chối: mã của {name} là mã của một chuyên viên, và máy chủ này khởi động không có mã chung (--update-token), mã duy nhất sao lưu được qua máy chủ",
        "backup-no-shared-token.hint": "người quản trị dừng máy chủ (Ctrl+C nơi nó chạy), chạy `dkg backup THƯ-MỤC` rồi khởi động lại; hoặc khởi động máy chủ với một mã chung (`DKG_UPDATE_TOKEN=... dkg serve --tokens-file ...`) để về sau sao lưu mà không dừng nó",
        "server-token-needed-backup": "{where}: bản sao lưu được làm qua máy chủ đó, và chỉ nhận mã cập nhật chung của nó",
        "server-token-needed-backup.hint": "đặt ${env} là mã chung đã dùng khi khởi động máy chủ (--update-token hoặc $DKG_UPDATE_TOKEN của nó; mã riêng của một chuyên viên bị từ chối khi sao lưu), hoặc dừng máy chủ rồi tự chạy `dkg backup`",
        "store-unreachable": "không kết nối được kho SPARQL tại {url}: {why}",
        "store-unreachable.hint": "máy chủ đó có đang chạy không, và địa chỉ có đúng không?",
        "store-open-full": "không mở được {what} tại {folder}: ổ đĩa đã đầy; chưa ghi gì",
        "store-open-full.hint": "giải phóng chỗ trên ổ đĩa đó rồi chạy lại lệnh; các lệnh chỉ đọc vẫn chạy được",
        "store-open-failed": "không mở được kho dữ liệu {store} để ghi: {why}",
        "store-tidying": "không mở được kho dữ liệu {store} để đọc: một tiến trình ghi vừa mở kho và đang sắp xếp lại "
                         "các tệp của nó ({tries} lần thử trong {seconds} giây)",
        "backup-failed": "không sao lưu được kho {store}: {why}; bản sao dở dang đã được xóa",
        "holder.other": "một tiến trình khác",
        "backup-wait-over": "kho dữ liệu {store} vẫn do {holder} giữ sau {seconds} giây chờ: chưa sao chép gì",
        "backup-wait-over.hint": "chạy lại `dkg backup` khi lần ghi đó xong, hoặc đặt {env} là số giây chờ lâu hơn (0: "
                                 "chờ đến khi nó xong)",
        "note.backup-waiting": "kho đang do {holder} giữ: chờ lần ghi đó xong rồi mới sao chép, để bản sao không mang "
                               "một lần ghi dở dang (tối đa {seconds} giây, theo {env}) ...",
        "note.backup-waiting-unbounded": "kho đang do {holder} giữ: chờ lần ghi đó xong rồi mới sao chép, để bản sao "
                                         "không mang một lần ghi dở dang ({env}=0: chờ đến khi nó xong) ...",
        "store-newer": "kho dữ liệu {store} được ghi bởi một phiên bản mới hơn của directive-kg (định dạng {found}; "
                       "phiên bản này ghi định dạng {reads} trở xuống): không mở kho để ghi, chưa ghi gì",
        "store-newer.hint": "chạy lệnh bằng phiên bản đã ghi kho (hoặc mới hơn); các lệnh chỉ đọc vẫn chạy được. Để "
                            "dùng dữ liệu với phiên bản này: xuất bằng phiên bản mới (`dkg export --format nq`) rồi nạp "
                            "vào một kho mới",
        "store-tidying.hint": "chạy lại lệnh sau ít giây: một `dkg serve`, lệnh nạp hay lệnh ingest vừa bắt đầu chỉ sắp "
                              "xếp lại các tệp trong chốc lát",
        "what.store": "kho dữ liệu", "what.quarantine": "kho cách ly (hàng đợi duyệt)", "what.history": "lịch sử thay đổi",
        "why.disk-full": "ổ đĩa đã đầy",
        "write-failed": "ghi không thành, chưa ghi gì: {why}",
        "write-failed.hint": "chạy lại lệnh; nếu lỗi còn, xem nhật ký của lệnh hoặc của máy chủ",
        "write-full": "ghi không thành, chưa ghi gì: ổ đĩa chứa kho dữ liệu đã đầy",
        "write-full.hint": "giải phóng chỗ trên ổ đĩa đó (qua máy chủ: người quản trị máy chủ làm việc này) rồi chạy lại "
                           "lệnh; các lệnh chỉ đọc vẫn chạy được",
        "write-room": "không ghi, chưa ghi gì: lần ghi này cần khoảng {need} MiB trống trên ổ đĩa chứa kho trong lúc "
                      "ghi (văn bản của nó và các bảng mới của engine), mà ổ chỉ còn {free} MiB",
        "write-room.hint": "giải phóng chỗ trên ổ đĩa đó (qua máy chủ: người quản trị máy chủ làm việc này), hoặc chia "
                           "dữ liệu thành nhiều lần nạp nhỏ hơn; các lệnh chỉ đọc vẫn chạy được",
        "write-part": "ghi không thành ({why}): một phần đã được ghi, và lệnh kế tiếp mở kho khi ổ đĩa có chỗ trống sẽ "
                      "ghi nốt",
        "write-part.hint": "giải phóng chỗ trên ổ đĩa chứa kho",
        "write-index-behind": "dữ liệu đã được ghi (đã cam kết) nhưng chưa cập nhật được chỉ mục tìm kiếm: {why}",
        "write-index-behind.hint": "lệnh kế tiếp mở kho sẽ cập nhật chỉ mục; giải phóng chỗ trên ổ đĩa nếu ổ đã đầy",
        "flush-failed": "dữ liệu đã ghi được cam kết, nhưng chưa chuyển được kho xuống đĩa: {why}",
        "flush-failed.hint": "giải phóng chỗ trên ổ đĩa; lệnh kế tiếp mở kho sẽ làm nốt việc này",
        "sent-timeout": "{where} chưa trả lời lệnh ghi sau {seconds} giây",
        "sent-timeout.hint": "lệnh ghi có thể vẫn đang chạy trên máy chủ: xem `dkg history` (hoặc trang /changes) trước "
                             "khi gửi lại, để không ghi hai lần; nếu các trang của máy chủ cũng không mở được thì máy chủ "
                             "bị treo: người quản trị dừng rồi khởi động lại nó; một lệnh ghi dài hơn thì đặt "
                             "{env}=SỐ_GIÂY (0: chờ đến khi xong)",
        "sent-lost": "{where} giữ kho nhưng không trả lời: {why}",
        "sent-lost.hint": "kiểm tra máy chủ còn chạy; nếu nó đã dừng, chạy lại lệnh",
        "sent-status": "{where} trả lời lệnh ghi bằng mã {status}", "sent-status.hint": "xem nhật ký của máy chủ",
        "sent-timeout-bad": "{env}={value} không phải là một số giây",
        "sent-timeout-bad.hint": "đặt {env} là số giây {what} (0: chờ đến khi xong), hoặc bỏ nó "
                                 "để dùng mặc định ({default} giây)",
        "wait.sent": "chờ một lệnh ghi qua máy chủ", "wait.backup": "chờ một lần ghi đang giữ kho xong trước khi sao lưu",
    },
    "en": {
        "internal": "internal server error (a bug: see the server log)",
        "internal.hint": "reload the page; if it fails again, tell the server's operator: the server's log holds this "
                         "error, with the address opened",
        "public-url-bad": "--public-url {value} is no public address",
        "public-url-bad.hint": "give the address the analysts open, starting with http:// or https://, a host name or IP "
                               "address, a port and a path if any, no ? or #: e.g. http://dkg.so-noi-vu.vn:8000",
        "bad-host": "the request's Host header is no well-formed host name (and port)",
        "bad-host.hint": "send Host: name[:port] (browsers do); behind a proxy, give the server --public-url",
        "port-in-use": "cannot serve at {url}: another program listens on port {port} (a `dkg serve` started "
                       "earlier, or another server)",
        "port-in-use.hint": "open {url} in a browser to see what it is; stop it, or run this server on another port: "
                            "`dkg serve --port {other}`",
        "validate-busy": "the server is checking other data sent to /validate",
        "validate-busy.hint": "the server checks one upload at a time: try again in a few seconds, or check the file on "
                              "your own machine with dkg validate FILE",
        "limit.DKG_MAX_VALIDATE_SECONDS": "seconds one /validate check may run",
        "limit.DKG_MAX_VALIDATE_MEMORY_BYTES": "bytes of memory one /validate check may add",
        "least.DKG_MAX_VALIDATE_MEMORY_BYTES": "the engine's loader asks for 200,000,000 bytes of address space as a "
                                               "check begins, however small the file, so under it every file would be "
                                               "refused",
        "advice.validate-locally": "split the file into several, or check it on your own machine with "
                                   "`dkg validate FILE` (which has no such bound); ",
        "tokens.at": "{place}: {why}",
        "tokens.unreadable": "cannot read the tokens file: {why}",
        "tokens.unreadable.hint": "give --tokens-file a file of lines `name token`",
        "tokens.not-utf8": "the tokens file is not UTF-8 text",
        "tokens.not-utf8.hint": "save it as UTF-8",
        "tokens.open": "the tokens file may be read or written by any user of this machine",
        "tokens.open.hint": "let only the user running `dkg serve` read it: chmod 600 {path}",
        "tokens.no-token": "a line needs an analyst's name, then their token",
        "tokens.no-token.hint": "write `name token`, one analyst a line",
        "tokens.reader-no-name": "a `read-only` line needs the reader's name before their token",
        "tokens.reader-no-name.hint": "write `read-only name token` (an analyst who writes: `name token`, without `read-only`)",
        "tokens.name-twice": "the name {name} is given twice",
        "tokens.name-twice.hint": "give each analyst one line",
        "tokens.token-twice": "this token is given to two analysts",
        "tokens.token-twice.hint": "give each analyst a token of their own (e.g. `openssl rand -hex 16`)",
        "tokens.shared": "this token is the server's shared --update-token",
        "tokens.shared.hint": "give each analyst a token of their own, other than the shared one",
        "tokens.empty": "the tokens file names no analyst",
        "tokens.empty.hint": "write `name token`, one analyst a line",
        "read-only-token": "{what} is refused: {name}'s token reads only (the pages, /sparql, the JSON and CSV twins), it never writes or decides",
        "read-only-token.hint": "reading needs no token; to write or decide, use an analyst's token given by the server's operator",
        "backup-operator-only": "a backup of the store is refused: {name}'s token is an analyst's; a copy is a folder the server writes on its own disk, the operator's work",
        "backup-operator-only.hint": "the operator sends it with the server's shared --update-token (`DKG_UPDATE_TOKEN=... dkg backup DIR`), or stops the server and runs `dkg backup DIR`",
        "backup-no-shared-token": "a backup of the store is refused: {name}'s token is an analyst's, and this server was started without a shared token (--update-token), the only one a backup through the server takes",
        "backup-no-shared-token.hint": "the operator stops the server (Ctrl+C where it runs), runs `dkg backup DIR` and starts it again; or starts the server with a shared token (`DKG_UPDATE_TOKEN=... dkg serve --tokens-file ...`) to back up later without stopping it",
        "server-token-needed-backup": "{where}: a backup is made through it, and takes its shared update token only",
        "server-token-needed-backup.hint": "set ${env} to the shared token the server was started with (its --update-token or $DKG_UPDATE_TOKEN; an analyst's own token is refused for a backup), or stop the server and run `dkg backup` yourself",
        "store-unreachable": "cannot reach the SPARQL store at {url}: {why}",
        "store-unreachable.hint": "is the server running, and is the URL right?",
        "store-open-full": "cannot open {what} at {folder}: the disk is full; nothing was written",
        "store-open-full.hint": "free some space on that disk, then run the command again; commands that only read "
                                "still work",
        "store-open-failed": "cannot open the store at {store} for writing: {why}",
        "store-tidying": "cannot open the store at {store} to read it: a process that writes to it has just opened it "
                         "and is still rearranging its files ({tries} tries in {seconds} s)",
        "backup-failed": "cannot back up the store at {store}: {why}; the unfinished copy was deleted",
        "holder.other": "another process",
        "backup-wait-over": "the store at {store} is still held by {holder} after {seconds} seconds of waiting: nothing "
                            "was copied",
        "backup-wait-over.hint": "run `dkg backup` again once that write ends, or set {env} to the seconds to wait "
                                 "longer (0: until it ends)",
        "note.backup-waiting": "the store is held by {holder}: waiting for that write to end before copying, so that "
                               "the copy holds no write half-made (up to {seconds} seconds, set by {env}) ...",
        "note.backup-waiting-unbounded": "the store is held by {holder}: waiting for that write to end before copying, "
                                         "so that the copy holds no write half-made ({env}=0: until it ends) ...",
        "store-newer": "the store at {store} was written by a newer version of directive-kg (format {found}; this "
                       "one writes formats up to {reads}): not opened for writing, nothing was written",
        "store-newer.hint": "run the command with the version that wrote the store (or a later one); commands that "
                            "only read still work. To use the data with this version, export it with the newer one "
                            "(`dkg export --format nq`) and load that into a new store",
        "store-tidying.hint": "run the command again in a few seconds: a `dkg serve`, load or ingest that has just "
                              "started rearranges the files for a moment only",
        "what.store": "the store", "what.quarantine": "the quarantine (review queues)", "what.history": "the change history",
        "why.disk-full": "the disk is full",
        "write-failed": "write failed, nothing was written: {why}",
        "write-failed.hint": "run the command again; if it fails again, see the command's or the server's log",
        "write-full": "write failed, nothing was written: the disk is full",
        "write-full.hint": "free some space on that disk (through a server: its operator does) and run the command "
                           "again; commands that only read still work",
        "write-room": "write refused, nothing was written: it needs about {need} MiB free on the store's disk while "
                      "it is written (its text and the engine's new tables), and the disk has {free} MiB free",
        "write-room.hint": "free some space on that disk (through a server: its operator does), or split the data into "
                           "smaller loads; commands that only read still work",
        "write-part": "write failed ({why}): part of it was written, and the next command that opens the store with "
                      "space free finishes it",
        "write-part.hint": "free some space on the store's disk",
        "write-index-behind": "the data was written (it is committed) but the search index could not be updated: {why}",
        "write-index-behind.hint": "the next command that opens the store brings the index up to date; free some space "
                                   "if the disk is full",
        "flush-failed": "what was written is committed, but the store could not be flushed to disk: {why}",
        "flush-failed.hint": "free some space; the next command that opens the store completes the flush",
        "sent-timeout": "{where} did not answer the write within {seconds} seconds",
        "sent-timeout.hint": "the write may still be running on the server: look at `dkg history` (or the /changes page) "
                             "before sending it again, so as not to write it twice; if the server's pages do not open "
                             "either, it is stuck: its operator stops it and starts it again; for a longer write, set "
                             "{env}=SECONDS (0: wait until it is done)",
        "sent-lost": "{where} holds the store but did not answer: {why}",
        "sent-lost.hint": "check that the server is running; where it was stopped, run the command again",
        "sent-status": "{where} answered {status} to a write", "sent-status.hint": "see the server's log",
        "sent-timeout-bad": "{env}={value} is no number of seconds",
        "sent-timeout-bad.hint": "set {env} to the seconds to {what} (0: until it is done), "
                                 "or unset it for the default ({default} seconds)",
        "wait.sent": "wait for a write sent to a server", "wait.backup": "wait for a write that holds the store to end "
                                                                         "before a backup",
    },
}
