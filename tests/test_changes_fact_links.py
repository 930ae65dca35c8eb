"""``/changes`` links each item a change set added to the page of the fact of a text it is (``/fact/{id}``), and a
document's card links its own fact at its top (tidy35b's walk: an analyst reading what changed could not reach the
sentence behind a line, nor from a card the fact of the document itself). Served by a real server, read with a plain
HTTP client; a hostile name of a body and words of a task stay text."""

from __future__ import annotations

import datetime as dt
import json
import re
import urllib.request

import pytest

from kg import ingest
from kg.facts import Assignment, DocumentRef, Facts, Link, Place
from test_web_support import running

#: a body's name and a task's words of our own carrying markup that must stay text
BODY = 'Phòng Tư pháp <img src=x onerror="alert(2)">'
TASK = 'rà soát <script>steal()</script> văn bản'
TEXT = ("Ủy ban nhân dân huyện Krông Pắc ban hành Kế hoạch số 12/KH-UBND ngày 5/5/2024 thực hiện Chỉ thị số 08-CT/TU. "
        f"Giao {BODY} chủ trì {TASK} của huyện.")


def _span(words: str) -> tuple[int, int]:
    return TEXT.index(words), TEXT.index(words) + len(words)


def _facts(text: str) -> Facts:
    return Facts(source="krong-pac.txt", place=Place(province="Đắk Lắk"), text=text,
                 documents=[DocumentRef(key="12/KH-UBND", type="KH", number="12", issuer="UBND huyện Krông Pắc",
                                        issuer_code="UBND", level="district", date=dt.date(2024, 5, 5),
                                        span=_span("Kế hoạch số 12/KH-UBND"))],
                 links=[Link(from_="12/KH-UBND", to="08-CT/TU", type="implements", span=_span("thực hiện Chỉ thị số 08-CT/TU"))],
                 assignments=[Assignment(body=BODY, role="lead", document="12/KH-UBND", task=TASK, span=_span(TASK))])


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    from kg.store import Store
    from kg.web import create_app

    folder = tmp_path_factory.mktemp("changes-facts")
    (folder / "krong-pac.txt").write_text(TEXT, encoding="utf-8")
    store = Store.open(None)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(ingest, "extract_one", lambda name, text, on, place, hints=None: _facts(text))
        assert ingest.ingest_paths(store, [str(folder / "krong-pac.txt")]).ok
    with running(create_app(store)) as url:
        yield url


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url) as answer:
            return answer.status, answer.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")


def test_each_item_an_ingest_added_links_the_page_of_its_fact(served):
    status, page = _get(served + "/changes?lang=en")
    assert status == 200
    links = re.findall(r'<a class="fact-link" href="(/fact/f[0-9a-f]+)[?"]', page)
    items = json.loads(_get(served + "/changes.json")[1])["change_sets"][0]["items"]
    facts = {i["kind"]: i.get("fact") for i in items if i["key"] == "12/KH-UBND"}
    assert facts["document"] and facts["assignment"] and len(set(links)) == len(links) == 2
    assert {f"/fact/{facts['document']}", f"/fact/{facts['assignment']}"} == set(links)
    # each leads somewhere: the fact's own page, about that document
    for link in links:
        status, fact_page = _get(served + link)
        assert status == 200 and "12/KH-UBND" in fact_page
    # near miss: a link between documents is no fact of its own node here (its fact is its statement's): no link
    assert facts["link"] is None
    # the hostile name and words stay text on the page
    assert "<img" not in page and "<script>steal" not in page and "&lt;img src=x" in page and "&lt;script&gt;" in page


def test_a_card_links_its_own_fact_at_its_top(served):
    status, card = _get(served + "/doc/12/KH-UBND")
    assert status == 200
    items = json.loads(_get(served + "/changes.json")[1])["change_sets"][0]["items"]
    own = next(i["fact"] for i in items if i["kind"] == "document" and i["key"] == "12/KH-UBND")
    top = card.split("<h3>", 1)[0]  # (before the card's first section, its sources)
    assert f'href="/fact/{own}"' in top and 'class="doc-links"' in top
    # the scoreboard's link and the fact's are apart ("Bảng theo dõi thực hiện · ¶ dữ kiện"), not one run of words
    assert re.search(r'class="scoreboard"[^>]*>[^<]*</a> ·\s*<span class="fact-links">', top)
    # near miss: the task's fact is linked further down, by its task, not at the top
    task = next(i["fact"] for i in items if i["kind"] == "assignment")
    assert f'href="/fact/{task}"' not in top and f'href="/fact/{task}"' in card
    assert "<img" not in card and "&lt;img src=x" in card
