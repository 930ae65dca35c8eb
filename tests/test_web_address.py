"""kg.web.address: the app's absolute links begin with the public address where one is set (``dkg serve
--public-url``), never with what a client wrote in its ``Host`` header; without one, a ``Host`` that is not a
well-formed host[:port] is refused before anything reads it. Asked of a real uvicorn server over sockets and httpx."""

from __future__ import annotations

import socket
from urllib.parse import urlsplit

import pytest

from kg.errors import UsageError
from kg.store import Store
from kg.web import create_app
from kg.web.address import parse_public_url, well_formed_host
from test_web_support import http, running

PUBLIC = "https://dkg.office.example/kg"
RELATIVE = "SELECT ?x WHERE { BIND(<tai-lieu> AS ?x) }"


@pytest.mark.parametrize("host", ["dkg.office.example", "10.0.0.7:8000", "[::1]:8000", "localhost", "may-chu-1.",
                                  "127.0.0.1:65535"])
def test_a_host_and_port_as_browsers_send_them_is_well_formed(host):
    assert well_formed_host(host)


@pytest.mark.parametrize("host", ["evil.example/feed?x=1", "evil.example#a", "a b", "u@evil.example",
                                  '"><script>alert(1)</script>', "evil.example:99999", "evil.example:80:81",
                                  "[zz::1]", "-evil.example", "evil.example, other.example", "evil_example", ""])
def test_anything_else_in_a_host_header_is_not(host):
    assert not well_formed_host(host)


def test_the_public_address_is_read_without_its_last_slash_and_refused_unless_one():
    assert parse_public_url(" https://dkg.office.example/kg/ ") == PUBLIC
    assert parse_public_url("http://10.0.0.7:8000") == "http://10.0.0.7:8000"
    for bad in ("dkg.office.example", "ftp://dkg.office.example", "http://lan@dkg.office.example",
                "http://dkg.office.example/?x=1", "http://dkg.office.example/#top", "http://dkg.office.example/<b>",
                "http://dkg.office.example:0", "http://evil example"):
        with pytest.raises(UsageError) as caught:
            parse_public_url(bad)
        assert caught.value.code == "public-url-bad" and "--public-url" in caught.value.said("vi")[0]


def raw_get(base: str, path: str, host_lines: list[str]) -> tuple[int, bytes]:
    """``GET path`` sent byte for byte with the given Host lines (httpx writes one Host of its own): status, body."""
    parts = urlsplit(base)
    with socket.create_connection((parts.hostname, parts.port), timeout=20) as sock:
        head = "".join(f"Host: {line}\r\n" for line in host_lines)
        sock.sendall(f"GET {path} HTTP/1.1\r\n{head}Connection: close\r\n\r\n".encode("latin-1"))
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    status_line, _, rest = data.partition(b"\r\n")
    return int(status_line.split()[1]), rest.partition(b"\r\n\r\n")[2]


@pytest.fixture(scope="module")
def servers():
    """Two servers of one small store: one given a public address, one not (base URLs)."""
    store = Store.open(None)
    with running(create_app(store, query_workers=1, public_url=PUBLIC + "/")) as public, \
            running(create_app(store, query_workers=1)) as plain:
        yield public, plain


def test_a_forged_host_never_reaches_the_feed_or_the_endpoint_of_a_server_with_a_public_address(servers):
    public, _plain = servers
    feed = http.get(public + "/changes.atom", headers={"Host": "evil.example"})
    assert feed.status_code == 200 and b"evil" not in feed.content
    assert f'href="{PUBLIC}/changes.atom"'.encode() in feed.content and f"<id>{PUBLIC}/changes.atom</id>".encode() \
        in feed.content
    described = http.get(public + "/sparql", headers={"Host": "evil.example:8000", "Accept": "text/turtle"})
    assert f"sd:endpoint <{PUBLIC}/sparql>" in described.text and "evil" not in described.text
    # a relative IRI in a query resolves against the public endpoint, not the forged host
    answer = http.get(public + "/sparql", params={"query": RELATIVE}, timeout=90,
                      headers={"Host": "evil.example", "Accept": "application/sparql-results+json"})
    assert answer.json()["results"]["bindings"][0]["x"]["value"] == f"{PUBLIC}/tai-lieu"


def test_without_a_public_address_a_reader_gets_the_address_they_asked_for(servers):
    """The near miss: by IP address, as an office reaches a server with no name, the links are that address."""
    _public, plain = servers
    feed = http.get(plain + "/changes.atom")
    assert f'href="{plain}/changes.atom"'.encode() in feed.content
    named = http.get(plain + "/changes.atom", headers={"Host": "may-chu.office.example:8000"})
    assert b'href="http://may-chu.office.example:8000/changes"' in named.content


@pytest.mark.parametrize("hosts", [["evil.example/changes?x=1"], ['a"><script>alert(1)</script>'],
                                   ["evil.example", "other.example"], ["u@evil.example"], ["evil.example:99999"]])
def test_a_host_header_that_is_no_host_is_refused_before_any_link_is_written(servers, hosts):
    for base in servers:
        status, body = raw_get(base, "/changes.atom", hosts)
        assert status == 400 and b"<feed" not in body and b"evil" not in body and b"script" not in body
        # (two Host lines are refused by uvicorn's parser before the app: the others by kg.web.address)
        assert len(hosts) > 1 or b'"error":"usage"' in body.replace(b" ", b"") and b"Host header" in body
    assert raw_get(servers[1], "/changes.atom", ["10.0.0.7:8000"])[0] == 200  # (the near miss, byte for byte too)


def test_dkg_serve_refuses_a_public_address_that_is_none_before_it_opens_the_store(tmp_path):
    from click.testing import CliRunner

    from kg.cli import main

    result = CliRunner().invoke(main, ["--lang", "vi", "--store", str(tmp_path / "store"), "serve", "--public-url",
                                       "dkg.office.example/kg"], env={"DKG_PUBLIC_URL": None})
    assert result.exit_code == 2 and "--public-url 'dkg.office.example/kg' không phải" in result.stderr
    assert "http://" in result.stderr and not (tmp_path / "store").exists()
    from_env = CliRunner().invoke(main, ["--lang", "en", "--store", str(tmp_path / "store"), "serve"],
                                  env={"DKG_PUBLIC_URL": "ftp://x"})
    assert from_env.exit_code == 2 and "is no public address" in from_env.stderr


def test_a_form_from_the_public_address_is_no_foreign_origin_behind_a_proxy_that_rewrites_host():
    from starlette.requests import Request

    from kg.web.auth import foreign_origin

    store = Store.open(None)
    public, plain = create_app(store, query_workers=1, public_url=PUBLIC), create_app(store, query_workers=1)

    def asked(app, origin: str) -> Request:
        return Request({"type": "http", "app": app, "method": "POST", "path": "/review", "query_string": b"",
                        "headers": [(b"host", b"127.0.0.1:8000"), (b"origin", origin.encode())]})

    assert foreign_origin(asked(public, "https://dkg.office.example")) is None
    # the near misses: another site, and the same origin on a server that was given no public address
    assert foreign_origin(asked(public, "https://evil.example")) == "https://evil.example"
    assert foreign_origin(asked(plain, "https://dkg.office.example")) == "https://dkg.office.example"


def test_a_port_another_program_listens_on_is_said_before_the_server_starts(tmp_path):
    """`dkg serve` on a port in use said "phục vụ tại ..." and then uvicorn's "[Errno 98] ... address already in use"
    in English: it now says, before announcing anything, that the port is taken, and which one to use instead."""
    from click.testing import CliRunner  # noqa: PLC0415

    from kg.cli import main  # noqa: PLC0415

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = CliRunner().invoke(main, ["--lang", "vi", "--store", str(tmp_path / "s"), "serve", "--port", str(port)])
    assert result.exit_code == 2
    assert f"cổng {port} đang có một chương trình khác nghe" in result.stderr
    assert f"`dkg serve --port {port + 1}`" in result.stderr
    assert "phục vụ tại" not in result.stderr and "Errno" not in result.stderr


def test_a_free_port_or_one_only_closed_lately_is_not_refused():
    # near miss: a port whose last connection is closed (its address may still wait), and one nobody uses
    from kg.web.address import check_port  # noqa: PLC0415

    with socket.socket() as was:
        was.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        was.bind(("127.0.0.1", 0))
        was.listen()
        port = was.getsockname()[1]
    check_port("127.0.0.1", port, f"http://127.0.0.1:{port}")
    with pytest.raises(UsageError):
        with socket.socket() as taken:
            taken.bind(("127.0.0.1", 0))
            taken.listen()
            check_port("127.0.0.1", taken.getsockname()[1], "http://127.0.0.1")
