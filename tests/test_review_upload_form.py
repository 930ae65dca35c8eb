"""The review page's upload form without JavaScript: a plain multipart POST to /review/upload with
the update token as its password field, checked as the header is; the answer is the ingest's report
as a page (or /store/ingest's JSON to a client that asks for JSON). A wrong or missing token writes
nothing, and the names and messages of an upload reach the page escaped."""

from __future__ import annotations


import pytest
from fastapi.testclient import TestClient

from kg import ingest
from kg.facts import DocumentRef, Facts, Place
from kg.web import create_app
from page_markup import HTML, inert, wrong_tokens

TOKEN = "plain-form-token"
TEXT = "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 12-KH/TU ngày 5/3/2024."
EVIL_NAME = '<img src=x onerror=alert(1)>"x.txt'


def facts(name: str, text: str) -> Facts:
    start = text.index("Kế hoạch")
    return Facts(source=name, place=Place(province="Ninh Thuận"), text=text,
                 documents=[DocumentRef(key="12-KH/TU", type="KH", number="12", issuer="Ban Thường vụ Tỉnh ủy",
                                        issuer_code="TU", level="province", span=(start, start + 20))])


@pytest.fixture
def store(memory_store, monkeypatch):
    monkeypatch.setattr(ingest, "extract_one", lambda name, text, on, place, hints=None: facts(name, text))
    return memory_store


def sources(c: TestClient) -> list[dict]:
    return c.get("/review.json").json()["sources"]


def post(c: TestClient, fields: dict[str, str], files=None, headers=None):
    files = files if files is not None else [("file", ("plan.txt", TEXT.encode(), "text/plain"))]
    return c.post("/review/upload", data=fields, files=files, headers=headers or HTML, follow_redirects=False)


def test_the_form_ingests_with_the_token_and_answers_with_a_report_page(store):
    c = TestClient(create_app(store, update_token=TOKEN))
    r = post(c, {"token": TOKEN, "place": "Ninh Thuận"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "Kết quả nạp văn bản" in r.text and "đã nạp 1 tệp: ghi 1 văn bản" in r.text
    assert 'href="/review?sort=date"' in r.text
    assert [s["name"] for s in sources(c)] == ["plan.txt"]
    en = c.post("/review/upload?lang=en", data={"token": TOKEN}, headers=HTML,
                files=[("file", ("other.txt", TEXT.encode() + b" ", "text/plain"))])
    assert "Ingest report" in en.text and "ingested 1 file: 1 text written" in en.text


def test_an_upload_form_posted_from_another_site_ingests_nothing(store):
    c = TestClient(create_app(store, update_token=TOKEN))
    r = post(c, {"token": TOKEN}, headers={**HTML, "origin": "http://evil.example"})
    assert r.status_code == 403 and "http://evil.example" in r.text and sources(c) == []
    assert post(c, {"token": TOKEN}, headers={**HTML, "origin": "http://testserver"}).status_code == 200


def test_a_client_that_asks_for_json_gets_the_answer_of_store_ingest(store):
    c = TestClient(create_app(store, update_token=TOKEN))
    form = post(c, {"token": TOKEN}, headers={"accept": "application/json"}).json()
    twin = c.post("/store/ingest", headers={"authorization": f"Bearer {TOKEN}"},
                  files=[("file", ("two.txt", TEXT.encode() + b" ", "text/plain"))]).json()
    assert set(form) == set(twin) and form["loaded"] == twin["loaded"] == 1


@pytest.mark.parametrize("fields, headers", wrong_tokens(TOKEN))
def test_a_wrong_or_missing_token_writes_nothing(store, fields, headers):
    c = TestClient(create_app(store, update_token=TOKEN))
    before = len(store)
    r = post(c, fields, headers=headers)
    assert r.status_code == 401 and "token" in r.text
    assert sources(c) == [] and len(store) == before


def test_a_server_without_a_token_takes_no_upload(store):
    c = TestClient(create_app(store))
    before = len(store)
    assert post(c, {"token": "anything"}).status_code == 403
    assert sources(c) == [] and len(store) == before


def test_file_names_and_messages_of_an_upload_are_escaped_on_the_report(store):
    c = TestClient(create_app(store, update_token=TOKEN))
    files = [("file", (EVIL_NAME, b"", "text/plain")),  # an empty file: refused, its name in the report
             ("file", ("<b>ok.txt", TEXT.encode(), "text/plain"))]
    r = post(c, {"token": TOKEN}, files=files)
    assert r.status_code == 200
    assert inert(r.text)
    assert "&lt;img src=x onerror=alert(1)&gt;" in r.text and "<b>" not in r.text
    assert [s["name"] for s in sources(c)] == ["<b>ok.txt"]
    assert "&lt;b&gt;ok.txt" in c.get("/review").text  # (the list the report leads back to)


def test_the_address_of_the_form_opened_by_itself_leads_to_the_form(store):
    c = TestClient(create_app(store, update_token=TOKEN))
    r = c.get("/review/upload?lang=en", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/review?lang=en#upload"


def test_a_hostile_field_is_refused_on_an_escaped_page_and_writes_nothing(store):
    c = TestClient(create_app(store, update_token=TOKEN))
    r = post(c, {"token": TOKEN, "place": "<script>alert(1)</script>", "date": "<img src=x onerror=alert(1)>"})
    assert r.status_code == 400 and "&lt;img src=x onerror=alert(1)&gt;" in r.text
    assert inert(r.text)
    assert sources(c) == []


def _raw_upload(app, parts: list[tuple[str, str | None, bytes]], chunk: int = 16 << 10) -> tuple[int, int, int]:
    """POST /review/upload through the ASGI interface with the body in chunks: (status, chunks the app read, chunks
    in all), so that a test can see how much of a body the server took in before it answered."""
    import asyncio

    boundary = "dkgtestboundary"
    body = b""
    for name, filename, value in parts:
        disposition = f'form-data; name="{name}"' + (f'; filename="{filename}"' if filename else "")
        body += f"--{boundary}\r\nContent-Disposition: {disposition}\r\n".encode()
        body += (b"Content-Type: text/plain\r\n" if filename else b"") + b"\r\n" + value + b"\r\n"
    body += f"--{boundary}--\r\n".encode()
    pieces = [body[i:i + chunk] for i in range(0, len(body), chunk)]
    pulled = 0
    status = 0

    async def receive() -> dict:
        nonlocal pulled
        if pulled < len(pieces):
            pulled += 1
            return {"type": "http.request", "body": pieces[pulled - 1], "more_body": pulled < len(pieces)}
        return {"type": "http.disconnect"}

    async def send(message: dict) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]

    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST", "scheme": "http",
             "path": "/review/upload", "raw_path": b"/review/upload", "query_string": b"", "root_path": "",
             "headers": [(b"host", b"testserver"), (b"accept", b"text/html"),
                         (b"content-type", f"multipart/form-data; boundary={boundary}".encode()),
                         (b"content-length", str(len(body)).encode())],
             "client": ("127.0.0.1", 5000), "server": ("testserver", 80)}
    asyncio.run(app(scope, receive, send))
    return status, pulled, len(pieces)


def test_a_form_without_the_right_token_is_refused_before_its_files_are_read(store):
    app = create_app(store, update_token=TOKEN)
    big = TEXT.encode() * 3_000  # (about 230 kB of file: 15 chunks)
    for parts in ([("token", None, b"wrong-token"), ("file", "plan.txt", big)],  # a wrong token, first as the page sends it
                  [("file", "plan.txt", big), ("token", None, TOKEN.encode())],   # files before the token
                  [("place", None, b"x" * (100 << 10)), ("token", None, TOKEN.encode()), ("file", "plan.txt", big)]):
        status, pulled, chunks = _raw_upload(app, parts)
        assert status == 401 and pulled <= 8 < chunks, (status, pulled, chunks)
    status, pulled, chunks = _raw_upload(app, [("token", None, TOKEN.encode()), ("place", None, "Ninh Thuận".encode()),
                                               ("file", "plan.txt", big)])
    assert status == 200 and pulled == chunks
    assert [s["name"] for s in TestClient(app).get("/review.json").json()["sources"]] == ["plan.txt"]


def test_the_pages_form_sends_its_token_before_its_files(store):
    page = TestClient(create_app(store, update_token=TOKEN)).get("/review", headers=HTML).text
    start = page.index('id="upload-form"')
    form = page[start:page.index("</form>", start)]
    assert form.index('name="token"') < form.index('name="file"')


@pytest.mark.parametrize("body, ctype, status", [
    (b"garbage\r\n--xx\r\nbroken", "multipart/form-data; boundary=xx", 400),       # an opening that does not parse
    (b"--xx\r\nContent-Dispos", "multipart/form-data; boundary=" + "y" * 70, 400),  # another boundary than the body's
    (b"token=" + TOKEN.encode(), "application/x-www-form-urlencoded", 415),          # not multipart, with the token
])
def test_a_body_that_is_no_upload_form_is_refused_as_the_form_reader_refuses_it(store, body, ctype, status):
    # (the token read ahead of the files must not turn a malformed body into a server error, nor a form of another
    # type, its token in it, into a request for the token)
    c = TestClient(create_app(store, update_token=TOKEN), raise_server_exceptions=False)
    r = c.post("/review/upload", content=body, headers={**HTML, "content-type": ctype})
    assert r.status_code == status and inert(r.text) and sources(c) == []
