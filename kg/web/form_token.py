"""The update token of a plain multipart form, checked before the form's files are read.

A browser without JavaScript posts the review page's upload form with the token as a field (``token``); read as a
whole form, a request without the token would still make the server take in up to ``DKG_MAX_UPLOAD_BYTES`` of files
before refusing it. So the opening of the body is parsed as it arrives (python-multipart's streaming parser, the one
Starlette's form reader uses) until the ``token`` field is whole, the token is checked, and only then is the rest
read, the opening replayed to the form reader. The page's form puts the field before its files; a form whose files
come first, or whose opening holds no token, is refused as a form without the token.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from python_multipart.exceptions import MultipartParseError
from python_multipart.multipart import MultipartParser, parse_options_header
from starlette.requests import Request
from starlette.types import Message, Receive

if TYPE_CHECKING:  # (the parser's callbacks' type is written for type checkers only)
    from python_multipart.multipart import MultipartCallbacks

#: How much of a body may come before its token field: the form's text fields are small.
OPENING_BYTES = 64 << 10


class _Opening:
    """What the streaming parser saw of the body's first parts: each part's name, and the token field's value."""

    def __init__(self) -> None:
        self.header_name = b""
        self.header_value = b""
        self.part_name: str | None = None
        self.part_is_file = False
        self.token: bytearray | None = None
        self.done = False  # (the token field ended, or a file began before it)

    def callbacks(self) -> MultipartCallbacks:
        def on_part_begin() -> None:
            self.part_name, self.part_is_file = None, False

        def on_header_field(data: bytes, start: int, end: int) -> None:
            self.header_name += data[start:end]

        def on_header_value(data: bytes, start: int, end: int) -> None:
            self.header_value += data[start:end]

        def on_header_end() -> None:
            if self.header_name.lower() == b"content-disposition":
                _, options = parse_options_header(self.header_value)
                self.part_name = options.get(b"name", b"").decode("utf-8", "replace")
                self.part_is_file = b"filename" in options
            self.header_name, self.header_value = b"", b""

        def on_headers_finished() -> None:
            if self.part_is_file:
                self.done = True
            elif self.part_name == "token":
                self.token = bytearray()

        def on_part_data(data: bytes, start: int, end: int) -> None:
            if self.part_name == "token" and self.token is not None and not self.done:
                self.token += data[start:end]

        def on_part_end() -> None:
            if self.part_name == "token" and self.token is not None:
                self.done = True

        return cast("MultipartCallbacks", {"on_part_begin": on_part_begin, "on_header_field": on_header_field, "on_header_value": on_header_value,
                "on_header_end": on_header_end, "on_headers_finished": on_headers_finished,
                "on_part_data": on_part_data, "on_part_end": on_part_end})


async def token_first(request: Request, check: Callable[[str | None], object]) -> Receive:
    """Read the body's opening until its token field is whole, give the token (None without one) to ``check``
    (which raises to refuse), and return what gives the body's messages again from the start. A body that is not
    multipart, or whose opening does not parse, is left to the form reader, which refuses it before reading a file."""
    _, options = parse_options_header(request.headers.get("content-type", ""))
    boundary = options.get(b"boundary")
    if not boundary:
        # (not multipart, or without its boundary: the form reader refuses it, 415 or 400, before reading a file)
        return request.receive
    seen = _Opening()
    parser = MultipartParser(boundary, seen.callbacks())
    kept: list[Message] = []

    async def replay() -> Message:
        return kept.pop(0) if kept else await request.receive()

    read = 0
    more = True
    while more and not seen.done and read <= OPENING_BYTES:
        message = await request.receive()
        kept.append(message)
        body = message.get("body", b"")
        read += len(body)
        try:
            parser.write(body)
        except MultipartParseError:
            # a malformed opening: the form reader stops on the same bytes and refuses the form (400) before any
            # file is read
            return replay
        more = message.get("more_body", False)
    token = seen.token.decode("utf-8", "replace") if seen.done and seen.token is not None else None
    check(token)
    return replay


__all__ = ["OPENING_BYTES", "token_first"]
