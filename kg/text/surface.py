"""One surface for a text, whatever saved or typed it: what reaches extraction (``kg.extract.text.prepare``) and what an
ingest stores and quotes (``kg.sources``) are the same characters, so every offset a fact gives points into both.

A page's facts do not change with how its file was written, but the rules that read it see characters: a letter
decomposed into its base and its marks (NFD, as some editors and systems save text) is not the precomposed letter the
rules are written in; a line that ends on a carriage return (Windows) keeps a character before its break that a rule
reading to the line's end does not expect; and the invisible characters a CMS or a word processor leaves between words
(a zero-width space, joiner or non-joiner, a word joiner, a soft hyphen, a byte-order mark inside the text) split a
word or a symbol that a reader sees whole. Those three are undone here, once.
"""
from __future__ import annotations

import re
import unicodedata

__all__ = ["INVISIBLE", "plain_surface"]

#: the characters that take no room on a page: zero-width space, non-joiner and joiner, word joiner, soft hyphen,
#: byte-order mark (zero-width no-break space)
INVISIBLE = "\u200b\u200c\u200d\u2060\u00ad\ufeff"
_INVISIBLE = re.compile("[" + INVISIBLE + "]")


def plain_surface(text: str) -> str:
    """``text`` in NFC, its line breaks '\\n' (a Windows '\\r\\n' or an old Mac '\\r' too) and without the characters
    that take no room (``INVISIBLE``). The same text where it has none of them (the same object)."""
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    # (looked for first: most texts have none, and the scan is cheaper than a substitution's)
    if any(c in text for c in INVISIBLE):
        text = _INVISIBLE.sub("", text)
    return text
