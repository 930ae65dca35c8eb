"""A page a browser asked for says what to do on the pages, not the command to type: an unknown place, document or
named query on /queries showed "search its name on the home page of `dkg serve`", "`dkg query search ...`", "`dkg
queries` lists them" (polish31). The JSON twin keeps the hint a script reads, and so does the CLI."""
from __future__ import annotations

import pytest

from kg.errors import NotFound
from kg.i18n import page_hint
from test_web_support import client, web_app, web_store  # noqa: F401  (fixtures)

HTML = {"accept": "text/html"}

#: (the page asked for, what the page's hint says to use there, in Vietnamese and in English)
CASES = [
    ("/queries/coverage?doc=46-NQ/TW&place=Atlantis", ("ô Tìm kiếm ở đầu trang", "Search box at the top of the page")),
    ("/queries/cascade?doc=99-ZZ/TW", ("ô Tìm kiếm ở đầu trang", "Search box at the top of the page")),
    ("/queries/no-such-query", ("trang Truy vấn có sẵn", "page Named queries")),
]


@pytest.mark.parametrize("path, said", CASES)
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_page_s_404_says_what_to_do_on_the_pages_its_json_twin_keeps_the_command(client, path, said, lang):  # noqa: F811
    sep = "&" if "?" in path else "?"
    page = client.get(f"{path}{sep}lang={lang}", headers=HTML)
    assert page.status_code == 404 and "text/html" in page.headers["content-type"]
    assert said[lang == "en"] in page.text and "dkg " not in page.text.split("<main>")[1]
    twin = client.get(f"{path.replace('?', '.json?', 1) if '?' in path else path}{sep}lang={lang}")
    assert twin.status_code == 404 and "`dkg " in twin.json()["hint"]


def test_near_miss_an_error_whose_hint_its_raiser_gave_keeps_it_on_the_page():
    raised = NotFound(code="no-place", details={"value": "'Atlantis'"}, hint="ask the operator")
    assert page_hint(raised, "en") is None
    assert page_hint(NotFound(code="no-place", details={"value": "'Atlantis'"}), "vi").startswith("quay lại")
    assert page_hint(NotFound(code="document-missing", details={"key": "'1-KH/TU'"}), "en") is None  # (no words apart)
