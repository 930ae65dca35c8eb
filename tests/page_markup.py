"""What in a page could run: its script-like elements and event-handler attributes (for the tests that
send hostile text to a page and check that it comes back as text)."""
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
