"""A loopback port for the tests that start a server in another process, or need an address where nothing listens."""

from __future__ import annotations

import socket


def free_port() -> int:
    """A port on 127.0.0.1 that the system had free a moment ago: bound, then let go, so nothing listens on it (a
    server started on it may still lose it to another process in between; a server in this process is better given
    the bound socket itself, as ``test_web_support.running`` does)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
