"""Server-side rendering: one jinja2 environment (autoescape on), the two languages, JSON twins."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from fastapi import Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from jinja2 import Environment, FileSystemLoader, StrictUndefined, pass_context, select_autoescape
from jinja2.runtime import Context
from markupsafe import Markup, escape

from kg.asof import parse_day
from kg.cards import TASK_ROLES
from kg.errors import UsageError
from kg.i18n import TEXT, count_said, day_said, days_said, figure_said, format_number, share_said, tie_said
from kg.text.dockeys import is_unnumbered, key_name, label_adds

TEMPLATES = Path(__file__).resolve().parent / "templates"
STATIC = Path(__file__).resolve().parent / "static"


_env = Environment(
    loader=FileSystemLoader(str(TEMPLATES)),
    autoescape=select_autoescape(default=True, default_for_string=True),
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)


def day_first(value) -> str:
    """A day (2024-06-30, or any form ``kg.asof.parse_day`` reads) written day first, as Vietnamese write
    it (30/06/2024); anything else as it is ('today' stays a word; a day the page refused is shown back
    unchanged)."""
    text = "" if value is None else str(value)
    if text.strip().lower() == "today":
        return text
    try:
        found = parse_day(text, "day")
    except UsageError:
        return text
    return found.strftime("%d/%m/%Y") if found else text


def day_iso(value) -> str:
    """The ISO form (2024-06-30) of a day :func:`day_first` could read, else ''."""
    try:
        found = parse_day(day_first(value), "day")
    except UsageError:
        return ""
    return found.isoformat() if found else ""


#: A word a line must not break inside: one joined by a hyphen or a slash, as a document's symbol is ("46-NQ/TW"
#: broke after its hyphen in a phone's title); a longer one (a file's name) may break.
_WHOLE = re.compile(r"(?<!\S)(?=\S*[-/])\S{3,24}(?!\S)")


def _kept_whole(value, pattern: re.Pattern, css: str) -> Markup:
    """``value`` escaped, each match of ``pattern`` in a span of class ``css`` (one a line does not break)."""
    text = "" if value is None else str(value)
    out, last = [], 0
    for m in pattern.finditer(text):
        out += [escape(text[last:m.start()]), Markup(f'<span class="{css}">'), escape(m[0]), Markup("</span>")]
        last = m.end()
    out.append(escape(text[last:]))
    return Markup("").join(out)


def whole_symbols(value) -> Markup:
    """``value`` escaped, each symbol of :data:`_WHOLE` kept on one line."""
    return _kept_whole(value, _WHOLE, "whole")


_QUOTED = re.compile(r"`([^`\n]+)`")
#: the longest command or header a line keeps whole; a longer one (an ``iconv`` line) breaks where it must
_QUOTED_WHOLE = 40


def commands(value) -> Markup:
    """``value`` (an error's hint) escaped, each `quoted` command, header or setting as code, kept on one line where it
    is short: a 401's hint broke "Authorization:" from "Bearer <token>" on a phone."""
    text = "" if value is None else str(value)
    out, last = [], 0
    for m in _QUOTED.finditer(text):
        css = ' class="whole"' if len(m[1]) <= _QUOTED_WHOLE else ""
        out += [escape(text[last:m.start()]), Markup(f"<code{css}>"), escape(m[1]), Markup("</code>")]
        last = m.end()
    out.append(escape(text[last:]))
    return Markup("").join(out)


def _lang(context: Context) -> str:
    """The language of the page being rendered (a macro sees it when imported ``with context``)."""
    return "en" if context.get("lang") == "en" else "vi"


@pass_context
def day_shown(context: Context, value) -> str:
    """A day of the page (``{{ d.date|day }}``) as its language writes it: :func:`kg.i18n.day_said`."""
    return day_said(value, _lang(context))


@pass_context
def whole_days(context: Context, value, as_written: bool = False) -> Markup:
    """``value`` escaped, each day in it said as the page's language says it (:func:`kg.i18n.days_said`) and kept
    on one line (class ``date``): a joined cell says a figure's day among words ("1.560 văn bản (2025-11-28)"),
    which broke at a hyphen, "(2025-" / "11-28)", at 1280 px as at 400. ``as_written``: days left in the form
    written, only kept whole (a day field's hint names the ISO form it accepts; a query's cells say their days
    already, ``kg.web.querytext``, and a reviewer's words among them stay as the reviewer wrote them)."""
    out = [Markup('<span class="date">') + escape(piece) + Markup("</span>") if day else escape(piece)
           for piece, day in days_said("" if value is None else str(value), "en" if as_written else _lang(context))]
    return Markup("").join(out)


_env.filters["day"] = day_shown
_env.filters["day_first"] = day_first
_env.filters["whole"] = whole_symbols
_env.filters["commands"] = commands
_env.filters["days"] = whole_days
# a document named as a reader names it ('Kế hoạch thực hiện ...', not 'KH:thực hiện ...'), and whether its
# label says more than that name: the one rule of every page that lists documents
_env.filters["doc_name"] = key_name
_env.filters["adds_to"] = label_adds
_env.tests["unnumbered"] = is_unnumbered  # (a document without a number: said in words where numbers are listed)
_env.filters["day_iso"] = day_iso
# how far under a ceiling target an outcome is ("thấp hơn mức chỉ tiêu 0,6 điểm %"), as the card and the targets table say it
_env.filters["share"] = lambda margin, unit, lang="vi": share_said(None, margin, unit, lang)


def lang_of(request: Request) -> str:
    return "en" if request.query_params.get("lang") == "en" else "vi"


def root_of(request: Request) -> str:
    """Where the app is mounted (the ASGI ``root_path`` behind a proxy, without its last slash): what
    every link the app writes begins with."""
    return request.scope.get("root_path", "").rstrip("/")


def href(request: Request, path: str, **params) -> str:
    """A link inside the app that keeps the page language (``path`` already percent-encoded, with its own query and
    ``#fragment`` where it has them). Read as a URL, not as a string: the language and ``params`` join the query, before
    the fragment ('/changes#change-4' -> '/changes?lang=en#change-4', where appending put them inside the fragment and
    the page lost its language); a list in ``params`` repeats its name; a scheme or a host is dropped, so that the link stays inside the app."""
    root = root_of(request)
    parts = urlsplit(path)
    params = {k: v for k, v in params.items() if v not in (None, "")}
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in params]
    if lang_of(request) == "en" and "lang" not in params and all(k != "lang" for k, _ in query):
        params["lang"] = "en"
    # (a list is a repeated field: ?kind=target&kind=outcome)
    query += [(k, item) for k, v in params.items() for item in (v if isinstance(v, (list, tuple)) else [v])]
    # one leading slash: '//host/x', '/\host/x' (a browser reads '\' as '/' and drops tabs) or 'javascript:x' must not
    # become a link to another host or a script
    url = urlunsplit(("", "", "/" + parts.path.lstrip("/\\ \t\r\n"), urlencode(query), parts.fragment))
    return root + url


def page(request: Request, template: str, *, title: str, status: int = 200, json_href: str | None = None,
         **context) -> HTMLResponse:
    lang = lang_of(request)
    other = dict(request.query_params)
    if lang == "en":
        other.pop("lang", None)
    else:
        other["lang"] = "en"
    # one leading slash: a path such as //host/x must not become a link to another host
    switch = "/" + request.url.path.lstrip("/") + ("?" + urlencode(other) if other else "")
    html = _env.get_template(template).render(
        t=TEXT[lang], lang=lang, title=title, link=lambda p, **kw: href(request, p, **kw),
        lang_switch=switch, json_href=json_href, static=href_static(request), roles=TASK_ROLES,
        number=lambda value: format_number(value, lang),
        count_said=lambda count, noun: count_said(count, noun, lang),  # (a count with its noun's forms, "item|items")
        target_figure=lambda value, unit=None, comparator=None: figure_said(value, unit, comparator, lang),
        tie_said=lambda tie: tie_said(tie, lang), **context)
    return HTMLResponse(html, status_code=status)


def href_static(request: Request) -> str:
    return root_of(request) + "/static/"


def split_suffix(name: str, suffixes=(".json",)) -> tuple[str, str | None]:
    """A page's name and the suffix of the twin it asks for (``46-NQ/TW.json`` -> ``("46-NQ/TW", "json")``), None
    for the page itself."""
    for s in suffixes:
        if name.endswith(s) and len(name) > len(s):
            return name[: -len(s)], s[1:]
    return name, None


def json_response(data, status: int = 200) -> Response:
    return JSONResponse(data, status_code=status)


def raw(html: str) -> Markup:
    """Mark HTML produced by a trusted renderer (viz, ontodoc) as safe for the templates."""
    return Markup(html)


def dumps(data) -> str:
    return json.dumps(data, ensure_ascii=False)
