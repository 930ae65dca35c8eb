"""The words an operator of ``dkg serve`` meets (``SERVER``), in Vietnamese and English: the server's address
(``public-url-bad``, ``bad-host``). ``kg.i18n.messages`` joins them to ``ERRORS``, under which
``kg.i18n.error_words`` fills them in."""

from __future__ import annotations

SERVER: dict[str, dict[str, str]] = {
    "vi": {
        "public-url-bad": "--public-url {value} không phải là một địa chỉ công khai dùng được",
        "public-url-bad.hint": "ghi địa chỉ mà các chuyên viên mở, bắt đầu bằng http:// hoặc https://, tên máy hay địa "
                               "chỉ IP, có thể kèm cổng và đường dẫn, không có ? hay #: ví dụ http://dkg.so-noi-vu.vn:8000",
        "bad-host": "tiêu đề Host của yêu cầu không phải là một tên máy (kèm cổng nếu có) hợp lệ",
        "bad-host.hint": "gửi Host: tên-máy[:cổng] (trình duyệt tự gửi đúng); qua proxy, đặt --public-url cho máy chủ",
    },
    "en": {
        "public-url-bad": "--public-url {value} is no public address",
        "public-url-bad.hint": "give the address the analysts open, starting with http:// or https://, a host name or IP "
                               "address, a port and a path if any, no ? or #: e.g. http://dkg.so-noi-vu.vn:8000",
        "bad-host": "the request's Host header is no well-formed host name (and port)",
        "bad-host.hint": "send Host: name[:port] (browsers do); behind a proxy, give the server --public-url",
    },
}
