"""The words of the errors a text file sent in meets (``INPUT_ERRORS``), in Vietnamese and English: an upload too
large, with no file or of a media type not read (``upload-*``), a file of another kind (``file-kind.*``: an image, an
archive, a program), text not in UTF-8 (``not-utf8*``, ``utf16``), and a Word file that is damaged or holds no text
(``zip-*``, ``docx-*``). ``kg.i18n.messages`` joins them to ``ERRORS``, under which ``kg.i18n.error_words`` fills
them in."""

from __future__ import annotations

INPUT_ERRORS: dict[str, dict[str, str]] = {
    "vi": {
        "upload-too-large": "yêu cầu gửi tới máy chủ lớn hơn DKG_MAX_UPLOAD_BYTES ({limit} byte)",
        "upload-too-large.hint": "mỗi lần gửi ít tệp hơn, hoặc tăng DKG_MAX_UPLOAD_BYTES ở nơi máy chủ chạy",
        "file-kind.png": "ảnh PNG", "file-kind.jpeg": "ảnh JPEG", "file-kind.gif": "ảnh GIF", "file-kind.tiff": "ảnh TIFF",
        "file-kind.gzip": "tệp nén gzip", "file-kind.rar": "tệp nén RAR", "file-kind.7z": "tệp nén 7-Zip",
        "file-kind.elf": "một chương trình (ELF)", "file-kind.exe": "một chương trình Windows",
        "utf16": "là văn bản UTF-16; dkg đọc UTF-8",
        "utf16.hint": "chuyển tệp sang UTF-8, ví dụ `iconv -f UTF-16 -t UTF-8 {name} > {converted}` (tệp mới nằm "
                      "cạnh tệp cũ: nạp tệp mới, và chuyển tệp cũ ra khỏi thư mục nếu nạp cả thư mục), "
                      "hoặc mở và lưu lại với bảng mã UTF-8",
        "zip-damaged": "là tệp ZIP hoặc Word bị hỏng",
        "zip-damaged.hint": "mở tệp bằng Word hoặc LibreOffice rồi lưu lại thành .docx",
        "zip-not-docx": "là tệp nén ZIP, không phải tệp Word .docx: bên trong có {count} tệp",
        "zip-not-docx.hint": "giải nén rồi nạp thư mục, ví dụ `unzip {name} -d {folder}` rồi `dkg ingest {folder}`",
        "docx-damaged": "là tệp Word không đọc được ({why})",
        "docx-damaged.hint": "mở tệp bằng Word hoặc LibreOffice rồi lưu lại thành .docx",
        "docx-no-text": "là tệp Word không có chữ",
        "docx-no-text.hint": "kiểm tra có đúng tệp không; trang quét dán vào Word cần nhận dạng chữ (OCR) trước",
        "not-utf8-cp1258": "không phải UTF-8 (byte thứ {byte}); tệp đọc được theo Windows-1258, bảng mã tiếng Việt cũ",
        "not-utf8-cp1258.hint": "chuyển tệp sang UTF-8, ví dụ `iconv -f CP1258 -t UTF-8 {name} > {converted}` (tệp "
                                "mới nằm cạnh tệp cũ: nạp tệp mới, và chuyển tệp cũ ra khỏi thư mục nếu nạp cả thư mục), "
                                "hoặc mở tệp trong Notepad của Windows tiếng Việt và lưu lại với bảng mã UTF-8",
        "not-utf8": "không phải UTF-8 (byte thứ {byte}); tệp dùng một bảng mã cũ hoặc không phải văn bản",
        "not-utf8.hint": "chuyển tệp sang UTF-8 (ví dụ bằng iconv, hoặc mở và lưu lại với bảng mã UTF-8)",
        "upload-no-file": "yêu cầu không kèm tệp nào",
        "upload-no-file.hint": "gửi mỗi tệp trong một trường multipart tên là file, ví dụ `curl -F file=@van-ban.txt`",
        "upload-media": "kiểu nội dung {ctype} không được nhận",
        "upload-media.hint": "gửi các tệp dạng multipart/form-data, mỗi tệp trong một trường tên là file",
    },
    "en": {
        "upload-too-large": "the request body is larger than DKG_MAX_UPLOAD_BYTES ({limit} bytes)",
        "upload-too-large.hint": "send fewer files at a time, or raise DKG_MAX_UPLOAD_BYTES where the server runs",
        "file-kind.png": "a PNG image", "file-kind.jpeg": "a JPEG image", "file-kind.gif": "a GIF image",
        "file-kind.tiff": "a TIFF image", "file-kind.gzip": "a gzip archive", "file-kind.rar": "a RAR archive",
        "file-kind.7z": "a 7-Zip archive", "file-kind.elf": "a program (ELF)", "file-kind.exe": "a Windows program",
        "utf16": "is UTF-16 text; dkg reads UTF-8",
        "utf16.hint": "convert it, e.g. `iconv -f UTF-16 -t UTF-8 {name} > {converted}` (the new file sits beside the "
                      "old one: ingest the new file, and move the old one out of the folder if you ingest the whole "
                      "folder), or save it again as UTF-8",
        "zip-damaged": "is a damaged ZIP or Word file",
        "zip-damaged.hint": "open it in Word or LibreOffice and save it again as .docx",
        "zip-not-docx": "is a ZIP archive, not a Word .docx: it holds {count:file|files}",
        "zip-not-docx.hint": "unpack it and ingest the folder, e.g. `unzip {name} -d {folder}` then `dkg ingest {folder}`",
        "docx-damaged": "is a Word file that cannot be read ({why})",
        "docx-damaged.hint": "open it in Word or LibreOffice and save it again as .docx",
        "docx-no-text": "is a Word document without text",
        "docx-no-text.hint": "check that it is the right file; a scanned page in Word needs OCR first",
        "not-utf8-cp1258": "is not UTF-8 (byte {byte}); it reads as Windows-1258, the legacy Vietnamese encoding",
        "not-utf8-cp1258.hint": "convert it, e.g. `iconv -f CP1258 -t UTF-8 {name} > {converted}` (the new file sits "
                                "beside the old one: ingest the new file, and move the old one out of the folder if "
                                "you ingest the whole folder), or open it in Notepad on a Vietnamese Windows and save it "
                                "again as UTF-8",
        "not-utf8": "is not UTF-8 (byte {byte}); it is in a legacy encoding or is not text",
        "not-utf8.hint": "convert it to UTF-8 (e.g. with iconv or by saving it again as UTF-8)",
        "upload-no-file": "no file uploaded",
        "upload-no-file.hint": "send each file in a multipart field named file, e.g. `curl -F file=@text.txt`",
        "upload-media": "unsupported Content-Type {ctype}",
        "upload-media.hint": "send the files as multipart/form-data, each in a field named file",
    },
}
