"""What in a page could run: its script-like elements and event-handler attributes (for the tests that
send hostile text to a page and check that it comes back as text), and the wrong tokens a plain form may
carry (for the tests that check such a form writes nothing)."""
from __future__ import annotations

from html.parser import HTMLParser

#: Elements that run or fetch something when a page shows them.
ACTIVE = ("script", "img", "iframe", "object", "embed")


class ActiveMarkup(HTMLParser):
    """The active elements of a page (tag and attributes, in order) and its event-handler attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.active: list[tuple[str, dict]] = []
        self.handlers: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in ACTIVE:
            self.active.append((tag, dict(attrs)))
        self.handlers += [k for k, _ in attrs if k.startswith("on")]

    def scripts(self) -> list[dict]:
        return [attrs for tag, attrs in self.active if tag == "script"]


def read(html: str) -> ActiveMarkup:
    parser = ActiveMarkup()
    parser.feed(html)
    return parser


def inert(html: str) -> bool:
    """Does the page hold no active element and no event handler?"""
    parser = read(html)
    return parser.active == [] and parser.handlers == []


#: What a browser asks for when a plain form is posted: a page.
HTML = {"accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}


def wrong_tokens(token: str) -> list[tuple[dict, dict]]:
    """(form fields, headers) of a post whose form's token is not ``token``: none, empty, longer, a prefix,
    and a wrong field beside the right bearer header (the form's field is what is checked)."""
    return [({}, HTML), ({"token": ""}, HTML), ({"token": token + "x"}, HTML), ({"token": token[:-1]}, HTML),
            ({"token": "wrong"}, {**HTML, "authorization": f"Bearer {token}"})]
