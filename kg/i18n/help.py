"""What ``dkg --help`` and each command's ``--help`` say in Vietnamese (hướng dẫn dòng lệnh): a command's
description, by its path after ``dkg`` ("review correct"; "" for ``dkg`` itself), and an option's help, by the
command's path and the option's long name ("query --format"), else by the option's name alone where every command
that has it says the same ("--reviewer"). English is the commands' own help in ``kg.cli``; ``kg.cli_usage`` says
one or the other, never both on one screen. ``tests/test_cli_help.py`` holds that every command and option has
its words here."""

from __future__ import annotations

_DAY_FORMS = "YYYY-MM-DD (2024-06-30), YYYYMMDD (20240630), DD/MM/YYYY (30/6/2024) hoặc today (hôm nay)"
_LANG_OF_LABELS = "Ngôn ngữ của các nhãn (mặc định: theo `dkg --lang`, nếu không thì $DKG_LANG, nếu không thì vi)."

#: Each command's description in Vietnamese.
HELP_VI: dict[str, str] = {
    "": "directive-kg: cơ sở tri thức về các văn bản chỉ đạo của Đảng và Nhà nước và việc thực hiện chúng.",
    "load": "Kiểm tra các tệp FILES (Turtle, N-Triples, N-Quads, JSON-LD; - là đầu vào chuẩn) rồi nạp chúng "
            "như một lần ghi trọn vẹn.",
    "validate": "Kiểm tra các tệp FILES theo các ràng buộc SHACL cùng kho sẽ nạp chúng, hoặc kiểm tra cả kho khi "
                "không nêu tệp.\n\nMã thoát 0 khi dữ liệu hợp lệ, 1 khi không hợp lệ, 2 khi dùng lệnh sai.",
    "stats": "Số bộ ba theo đồ thị có tên và số cá thể theo lớp.",
    "export": "Ghi dữ liệu của kho (không kèm dữ liệu tham chiếu và dữ liệu suy diễn); với --province, --level "
              "hoặc --doc, chỉ các văn bản chúng chọn (như `dkg changes`), mọi điều đã nêu về chúng kèm chứng cứ và "
              "nguồn, và các văn bản chúng triển khai dưới dạng nút trần (loại, tên, số hiệu): một tệp mà kho khác "
              "nạp và kiểm tra được.",
    "queries": "Liệt kê các truy vấn có sẵn và tham số của chúng.",
    "query": "Chạy một truy vấn có sẵn, một tệp .rq hoặc câu SPARQL (- đọc từ đầu vào chuẩn).\n\n"
             "`dkg queries` liệt kê các truy vấn có sẵn và tham số của chúng, ví dụ "
             "`dkg query coverage -p doc=46-NQ/TW -p place=\"Lạng Sơn\"`. Câu SPARQL phải khai báo các tiền tố nó "
             "dùng (trang /sparql của `dkg serve` liệt kê các dòng PREFIX của dữ liệu này). Bảng tính cho báo cáo: "
             "`dkg query cascade -p doc=46-NQ/TW --format csv --excel > cascade.csv`.",
    "reason": "Suy diễn theo OWL 2 RL những gì các truy vấn cần, ghi vào graph/inferred.",
    "reindex": "Dựng lại đồ thị chỉ mục (graph/index: từ tìm kiếm, khóa địa danh, số nhiệm vụ của cơ quan) từ dữ "
               "liệu; mỗi lần nạp đã cập nhật nó, nên chỉ cần lệnh này sau khi ghi vào kho bằng công cụ khác hoặc "
               "bằng lệnh SPARQL Update.",
    "backup": "Sao lưu kho vào TARGET (một thư mục chưa có), trọn vẹn cả khi `dkg serve` đang giữ kho (máy chủ sao "
              "chép giữa hai lần ghi: kg/store/backup.py); bản sao là một kho.",
    "rollback": "Hoàn tác lần thay đổi CHANGE (xem `dkg history`); việc hoàn tác cũng là một lần thay đổi. Các "
                "suy diễn được rút ra lại trên dữ liệu còn lại (hoàn tác riêng `dkg reason` thì bỏ chúng) và chỉ mục "
                "tìm kiếm được dựng lại.",
    "extract": "Trích dữ kiện từ các tệp FILES (- là đầu vào chuẩn): văn bản UTF-8, trang web đã lưu (.html), PDF có "
               "lớp chữ, Word .docx.",
    "ingest": "Trích, kiểm tra và nạp tệp hoặc thư mục (.txt, .html, .pdf, .docx); dữ kiện vi phạm ràng buộc vào "
              "khu cách ly. Mã thoát 2 khi có đầu vào bị từ chối (các tệp khác vẫn được nạp), 1 khi mọi dữ kiện của "
              "một văn bản đều bị giữ lại.",
    "review": "Hàng chờ duyệt: chấp nhận, sửa hoặc loại các dữ kiện trích từ văn bản đã nạp.",
    "review list": "Hàng chờ duyệt, đáng ngờ nhất trước: dữ kiện bị cách ly, rồi dữ kiện có độ tin cậy thấp nhất; dưới mỗi dữ "
                   "kiện chờ duyệt là lý do đáng ngờ ('?': văn bản suy từ đoạn văn, loại suy từ vị trí, không có từ chỉ dấu ...).",
    "review sources": "Các văn bản đã nạp (như trang /review liệt kê): mã, ngày, tên tệp, tiêu đề, đơn vị đăng, số "
                      "dữ kiện mỗi văn bản cho và số còn chờ duyệt, mỗi lần một trang.",
    "review show": "Một dữ kiện cùng câu chứa nó và đoạn văn quanh câu.",
    "review accept": "Chấp nhận dữ kiện như hiện có: như đã trích, hoặc như đã sửa (bản sửa khi đó được giữ).",
    "review reject": "Loại dữ kiện (như hiện có, đã sửa hay chưa): chúng rời đồ thị và không trở lại khi nạp lại "
                     "văn bản.",
    "review correct": "Sửa một dữ kiện; bản sửa giữ nguyên khi nạp lại văn bản.",
    "review assess": "Đánh giá một chỉ tiêu (đạt, đạt một phần, không đạt, chưa có số liệu), tách khỏi kết quả như "
                     "được báo cáo; `dkg query targets` hiện cả hai.",
    "review tie": "Xác nhận kết quả OUTCOME đáp ứng chỉ tiêu TARGET (IRI của chúng, như `dkg query targets` và "
                  "`dkg show --format json` nêu một cặp ghép theo câu chữ), ghép chúng như một nguồn nêu; với "
                  "--reject, xác nhận là không.",
    "review export": "Các dữ kiện đã duyệt theo định dạng dữ kiện: mỗi nguồn một đối tượng (một mảng khi có nhiều "
                     "nguồn, như `dkg extract` in ra).",
    "analyze": "Phân tích chuỗi triển khai của một văn bản: độ sâu, độ rộng, đường găng, cơ quan trung tâm, văn bản "
               "không gắn với văn bản nào.",
    "show": "Thẻ của văn bản KEY: văn bản là gì, liên kết, nhiệm vụ, chỉ tiêu, kết quả và sơ kết, tổng kết (như "
            "trang /doc/KEY).",
    "history": "Liệt kê các lần thay đổi của kho (mỗi lần nạp, ingest, suy diễn, dựng lại chỉ mục, cập nhật, hoàn "
               "tác), cũ nhất trước.",
    "changes": "Thay đổi mới nhất trước: văn bản, liên kết triển khai, chỉ tiêu, kết quả và sơ kết, tổng kết mỗi lần "
               "thay đổi thêm hay bớt (như trang /changes); lần thay đổi có nhiều mục chỉ nói số mục, trừ khi có "
               "--items (--format json liệt kê tất cả).",
    "scoreboard": "Việc thực hiện văn bản KEY ở các tỉnh: độ phủ và độ trễ, chỉ tiêu, sơ kết, tổng kết, dòng thời "
                  "gian.",
    "bodies": "Danh bạ các cơ quan có tên khớp NAME (không cần dấu; bỏ trống: mọi cơ quan), nhiều việc nhất trước, "
              "với số nhiệm vụ và số văn bản (như trang /bodies).",
    "viz": "Ghi sơ đồ triển khai tương tác của văn bản KEY thành một tệp HTML độc lập.",
    "serve": "Chạy điểm truy vấn SPARQL, dịch vụ kiểm tra dữ liệu và các trang web.\n\n"
             "Trong khi chạy, máy chủ giữ kho thư mục để ghi: các lệnh ghi vào kho đó (load, ingest, review, "
             "reason, reindex, rollback) gửi việc ghi tới nó, kèm mã cập nhật ($DKG_UPDATE_TOKEN).\n\n"
             "Nơi có cài jemalloc, máy chủ tự khởi động lại với bộ cấp phát bộ nhớ đó (truy vấn có phép nối lớn "
             "chạy nhanh hơn); DKG_MALLOC=system giữ bộ cấp phát của hệ thống.",
}

#: Each option's help in Vietnamese: by "command --option", else by "--option" alone.
OPTION_HELP_VI: dict[str, str] = {
    "--store": "Thư mục kho dữ liệu (mặc định: $DKG_STORE, nếu không thì ~/.local/share/directive-kg/store; khi "
               "chưa có kho, các lệnh chỉ đọc dùng bộ dữ liệu mẫu kèm theo).",
    " --lang": "Ngôn ngữ của những gì dkg hiện và nói (bảng, báo cáo, lỗi, gợi ý): vi (tiếng Việt) hoặc en (mặc "
               "định: $DKG_LANG, nếu không thì vi). Tùy chọn --lang của riêng một lệnh chỉ đổi những gì lệnh đó hiện.",
    "--version": "In phiên bản rồi thoát.",
    "--lang": _LANG_OF_LABELS,
    "validate --lang": "Ngôn ngữ của các thông báo (mặc định: theo `dkg --lang`, nếu không thì $DKG_LANG, nếu không "
                       "thì vi).",
    "scoreboard --lang": "Ngôn ngữ của văn bản in ra (mặc định: theo `dkg --lang`, nếu không thì $DKG_LANG, nếu "
                         "không thì vi).",
    "load --force": "Đưa dữ liệu không hợp lệ vào khu cách ly chờ duyệt thay vì từ chối nó.",
    "stats --each": "Liệt kê đồ thị của từng văn bản, dù kho có bao nhiêu văn bản.",
    "load --bundled": "Nạp thêm bộ dữ liệu mẫu kèm theo (cái các lệnh hiện khi chưa có kho).",
    "export --output": "Tệp để ghi (mặc định: đầu ra chuẩn).",
    "export --province": "Chỉ các văn bản có địa bàn thuộc tỉnh hoặc huyện này (tên có hoặc không dấu, mã của Tổng "
                         "cục Thống kê hoặc IRI), cùng những gì đã nêu về chúng.",
    "export --level": "Chỉ các văn bản cấp này: central (trung ương), province (tỉnh), district (huyện) hoặc commune "
                      "(xã).",
    "export --doc": "Chỉ văn bản KEY và các văn bản liên kết tới nó.",
    "query --param": "Một tham số dạng tên=giá_trị (lặp lại được); `dkg queries` liệt kê tham số của từng truy vấn.",
    "query --format": "table: để đọc ngay tại đây, theo ngôn ngữ của lệnh; csv, tsv, json: tên cột và mã, cho "
                      "chương trình và bảng tính (ghi ra tệp bằng > TỆP).",
    "query --excel": "Với csv hoặc tsv: bắt đầu bằng dấu thứ tự byte UTF-8 để Excel hiện đúng chữ tiếng Việt (thiếu "
                     "nó, Excel đọc tệp theo bảng mã cũ của hệ thống).",
    "reason --engine": "auto: bộ luật riêng khi bản thể học không cần gì hơn, nếu không thì reasonable hoặc owlrl.",
    "rollback --cascade": "Hoàn tác cả mọi lần thay đổi sau CHANGE.",
    "--date": f"Ngày đăng của (các) văn bản: {_DAY_FORMS} (mặc định: ngày trang tự ghi).",
    "--place": "Tỉnh của đơn vị đăng, khi văn bản không nói.",
    "--max-chars": "Từ chối văn bản dài hơn số ký tự này (mặc định: $DKG_MAX_TEXT_CHARS, nếu không thì 400000); tách "
                   "văn bản dài hơn thành mỗi bài hay mỗi báo cáo một tệp.",
    "review list --source": "Chỉ các dữ kiện của nguồn có mã này.",
    "review list --state": "Chỉ các dữ kiện ở trạng thái này (lặp lại được).",
    "review list --held": "Chỉ các dữ kiện bị giữ ngoài đồ thị vì vi phạm ràng buộc (bị cách ly, đánh dấu '!').",
    "review list --document": "Chỉ các dữ kiện về văn bản này (khóa của nó, như `dkg show` nhận).",
    "review list --kind": "Chỉ các dữ kiện thuộc loại này (lặp lại được).",
    "review list --limit": "Nhiều nhất chừng này dữ kiện, đáng ngờ nhất trước (số dữ kiện còn lại được nói ở cuối).",
    "review sources --sort": "Nhiều dữ kiện chờ duyệt nhất trước, theo tên tệp, hoặc mới nhất trước.",
    "review sources --page": "Trang nào của danh sách văn bản (trang quá trang cuối là trang cuối).",
    "review sources --size": "Số văn bản mỗi trang.",
    "--reviewer": "Người quyết định (mặc định: $DKG_REVIEWER, nếu không thì người dùng của hệ điều hành).",
    "--reason": "Lý do, vài chữ.",
    "review correct --set": "trường=giá_trị (lặp lại được): body, role (lead, coordinate, participate, monitor, hoặc "
                            "như các trang nói: chủ trì, phối hợp, tham gia, theo dõi, giám sát), document, task, "
                            "text, value, unit, comparator, period, of, date, organizer, reviews (các số hiệu cách nhau "
                            "bằng dấu phẩy), type, from, to, issuer, place (địa bàn của văn bản: \"xã Bảo Thắng, Lào "
                            "Cai\", tỉnh sau cùng) ...",
    "review assess --status": "attained, partly, not attained hoặc no data; hoặc như trang duyệt nói: đạt, đạt một "
                              "phần, không đạt, chưa có số liệu (không cần dấu).",
    "review assess --note": "Lý do, vài chữ (ví dụ các số liệu đã so).",
    "review tie --reject": "Kết quả không đáp ứng chỉ tiêu: cặp này không bao giờ được ghép lại.",
    "review export --source": "Chỉ nguồn có mã này.",
    "show --iri": "IRI của văn bản, khi nhiều văn bản cùng số hiệu KEY.",
    "show --as-of": f"Thẻ như nó có vào ngày này: {_DAY_FORMS} (mặc định: mọi thứ kho đang có).",
    "history --since": f"Chỉ các lần thay đổi từ ngày này trở đi ({_DAY_FORMS}).",
    "changes --province": "Chỉ các mục của văn bản có địa bàn thuộc tỉnh hoặc huyện này (tên có hoặc không dấu, mã "
                          "của Tổng cục Thống kê hoặc IRI).",
    "changes --level": "Chỉ các mục của văn bản cấp này: central (trung ương), province (tỉnh), district (huyện) hoặc "
                       "commune (xã).",
    "changes --doc": "Chỉ các mục của văn bản KEY (kể cả liên kết tới nó).",
    "changes --limit": "Nhiều nhất chừng này lần thay đổi (1 đến 1000).",
    "changes --before": "Trang tiếp theo: các lần thay đổi có số nhỏ hơn N (số `older` trong JSON, lần cuối một trang "
                        "hiện).",
    "changes --items": "Mỗi mục một dòng, cả với lần thay đổi có hơn mười mục (của một lần nạp), vốn chỉ được nói "
                       "bằng số mục theo loại.",
    "changes --since": f"Chỉ các lần thay đổi từ ngày này trở đi, {_DAY_FORMS} (báo cáo tuần: --since 2026-11-30).",
    "scoreboard --as-of": f"Ngày tính, {_DAY_FORMS} (mặc định hôm nay).",
    "scoreboard --late-after": "Một tỉnh là chậm khi văn bản đầu tiên của nó ra đời sau quá DAYS ngày (mặc định 90).",
    "bodies --kind": "Chỉ các cơ quan loại này (ví dụ party-committee; xem các loại trong `--format json`).",
    "bodies --level": "Chỉ các cơ quan cấp này: central (trung ương), province (tỉnh), district (huyện) hoặc commune "
                      "(xã).",
    "bodies --place": "Chỉ các cơ quan của tỉnh hoặc huyện này (và các đơn vị trực thuộc).",
    "viz --output": "Tệp HTML để ghi (một trang, đọc được khi không có mạng).",
    "viz --as-of": f"Sơ đồ như đã biết vào ngày này, {_DAY_FORMS}.",
    "serve --host": "Địa chỉ để lắng nghe (0.0.0.0: mọi giao diện mạng, máy khác truy cập được).",
    "serve --port": "Cổng để lắng nghe.",
    "serve --update-token": "Cho phép ghi (SPARQL Update, quyết định duyệt, và các lần nạp, ingest và việc ghi khác "
                            "mà các lệnh gửi tới khi máy chủ giữ kho) với yêu cầu mang mã (bearer token) này.",
    "serve --tokens-file": "Cho phép ghi với mỗi chuyên viên có tên trong tệp FILE (mỗi dòng `tên mã`, người dùng khác "
                           "không đọc được: chmod 600), ghi dưới tên họ: quyết định duyệt, `dkg history`, /changes. Có "
                           "thể nêu cả --update-token (mã dùng chung, việc ghi không mang tên chuyên viên nào).",
    "serve --memory": "Giữ một bản sao của kho thư mục trong bộ nhớ và trả lời từ đó (truy vấn nhanh hơn vài lần; "
                      "khởi động đọc cả kho nên lâu hơn và cần đủ bộ nhớ cho cả kho). Việc ghi vẫn vào thư mục trước.",
    "serve --public-url": "Địa chỉ các chuyên viên mở (https://dkg.example.vn, kèm đường dẫn nơi proxy gắn máy chủ): "
                          "mọi liên kết tuyệt đối máy chủ viết (nguồn tin của /changes, IRI gốc của /sparql) bắt đầu "
                          "bằng nó. Không có nó, dùng tiêu đề Host của từng yêu cầu, bị từ chối nếu không đúng dạng "
                          "host[:port].",
}


def command_help(path: str) -> str | None:
    """The Vietnamese description of the command at ``path`` ("review correct"), None where there is none."""
    return HELP_VI.get(path)


def option_help(path: str, option: str) -> str | None:
    """The Vietnamese help of ``option`` (its long name, "--format") of the command at ``path``; the root's own
    options are keyed with the empty path (" --lang"), the others fall back to the option's name alone."""
    return OPTION_HELP_VI.get(f"{path} {option}") or OPTION_HELP_VI.get(option)
