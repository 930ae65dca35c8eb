"""The pages name their own icon (kg/web/static/favicon.svg), so that a browser does not ask for ``/favicon.ico``,
which no route serves: newcomer39's first visit left a 404 in the console and the server's log for every reader."""

from __future__ import annotations

from test_web_support import client, web_app, web_store  # noqa: F401  (fixtures)


def test_every_page_names_its_icon_and_the_icon_is_served(client):  # noqa: F811
    for path in ("/", "/changes", "/review", "/doc/46-NQ/TW?lang=en", "/no-such-page"):
        page = client.get(path, headers={"Accept": "text/html"}).text
        assert '<link rel="icon" type="image/svg+xml" href="/static/favicon.svg">' in page, path
    icon = client.get("/static/favicon.svg")
    assert icon.status_code == 200 and icon.headers["content-type"].startswith("image/svg+xml")
    assert icon.text.startswith("<svg") and "<script" not in icon.text
    assert client.get("/favicon.ico").status_code == 404  # (the address no page asks for any more)
