"""The catalogue of named queries: the ``#`` header of a ``.rq`` file read into a
:class:`NamedQuery` with its :class:`Parameter` list (the header language is described in
``queries/README.md``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from kg import resources
from kg.errors import NotFound, QueryError
from kg.queries.post import POST

PARAM_TYPES = ("document", "place", "date", "integer", "string")


@dataclass(frozen=True)
class Parameter:
    name: str
    type: str = "string"
    default: str | None = None
    required: bool = False
    description: str = ""
    maximum: int | None = None  # an integer's largest value (``max N`` in the header)
    #: what a reader is shown, by the header's ``param@vi`` and ``param@en`` lines: its name on a form, its help
    label_vi: str = ""
    label_en: str = ""
    help_vi: str = ""
    help_en: str = ""

    def label(self, lang: str) -> str:
        """Its name for a reader in ``lang`` ("Văn bản (số hiệu)"), else the variable's ("doc")."""
        return (self.label_en if lang == "en" else self.label_vi) or self.name

    def help(self, lang: str) -> str:
        """What to give, in ``lang``; the header's English text where the header says none in ``lang``."""
        return (self.help_en if lang == "en" else self.help_vi) or self.description

    def signature(self) -> str:
        """``doc: document (required)``, ``date: date = today``, ``place: place (optional)``."""
        top = f" (at most {self.maximum})" if self.maximum is not None else ""
        if self.required:
            return f"{self.name}: {self.type} (required)"
        if self.default is not None:
            return f"{self.name}: {self.type} = {self.default}{top}"
        return f"{self.name}: {self.type} (optional){top}"

    def to_json(self) -> dict:
        return {"name": self.name, "type": self.type, "default": self.default, "required": self.required,
                "maximum": self.maximum, "description": self.description,
                "label": {lang: self.label(lang) for lang in ("vi", "en")},
                "help": {lang: self.help(lang) for lang in ("vi", "en")}}


@dataclass(frozen=True)
class NamedQuery:
    name: str
    title_vi: str
    title_en: str
    description: str
    parameters: list[Parameter]
    example: str
    sparql: str
    post: str | None = None
    details: tuple[str, ...] = ()      # ``# details: VAR ...``: the variables the details query takes
    details_sparql: str | None = None  # ``details/NAME.rq`` beside the query file

    def parameter(self, name: str) -> Parameter | None:
        return next((p for p in self.parameters if p.name == name), None)

    def to_json(self) -> dict:
        return {"name": self.name, "title": {"vi": self.title_vi, "en": self.title_en},
                "description": self.description, "parameters": [p.to_json() for p in self.parameters],
                "example": self.example, "post": self.post, "details": list(self.details),
                "sparql": self.sparql, "details_sparql": self.details_sparql}


_PARAM_RE = re.compile(r"^(?P<name>[A-Za-z_][\w]*)\s*(?:\((?P<spec>[^)]*)\))?\s*(?:(?:—|–|-{1,2}|:)\s*(?P<desc>.*))?$")


def _parse_param(text: str, where: str) -> Parameter:
    m = _PARAM_RE.match(text.strip())
    if not m:
        raise QueryError(f"{where}: cannot read parameter line {text!r}",
                         hint="write: # param: NAME (TYPE, required|default VALUE) — description")
    ptype, default, required, maximum = "string", None, False, None
    for part in [s.strip() for s in (m["spec"] or "").split(",") if s.strip()]:
        if part == "required":
            required = True
        elif re.fullmatch(r"max\s+\d+", part):
            maximum = int(part.split()[1])
        elif part == "optional":
            pass
        elif part.startswith("default"):
            default = part[len("default"):].strip().strip('"') or None
        elif part in PARAM_TYPES:
            ptype = part
        else:
            raise QueryError(f"{where}: unknown parameter option {part!r} in {text!r}",
                             hint="types: " + ", ".join(PARAM_TYPES))
    return Parameter(m["name"], ptype, default, required, (m["desc"] or "").strip(), maximum)


#: ``# param@vi: doc — Văn bản (số hiệu) — số hiệu như 46-NQ/TW ...``: a parameter's label and help in one language.
_WORDS_RE = re.compile(r"^(?P<name>[A-Za-z_]\w*)\s*—\s*(?P<label>[^—]+?)\s*(?:—\s*(?P<help>.+))?$")


def _with_words(params: list[Parameter], words: list[tuple[str, str]], where: str) -> list[Parameter]:
    """``params`` with the labels and helps of the header's ``param@LANG`` lines (``words``: (lang, line))."""
    by_name = {p.name: p for p in params}
    for lang, line in words:
        m = _WORDS_RE.match(line)
        if m is None or m["name"] not in by_name:
            raise QueryError(f"{where}: cannot read the line param@{lang}: {line!r}",
                             hint=f"write: # param@{lang}: NAME — LABEL — HELP, after the param: line of NAME")
        label, help_ = m["label"].strip(), (m["help"] or "").strip()
        p = by_name[m["name"]]
        by_name[p.name] = replace(p, label_en=label, help_en=help_) if lang == "en" else \
            replace(p, label_vi=label, help_vi=help_)
    return [by_name[p.name] for p in params]


def parse_query(text: str, name: str, details_text: str | None = None) -> NamedQuery:
    """Read the ``#`` header of a query text (any text: a header is optional). ``details_text`` is
    the text of its details query, when the header declares one (``# details: VAR ...``)."""
    fields: dict[str, list[str]] = {}
    params: list[Parameter] = []
    words: list[tuple[str, str]] = []
    last = None
    for line in text.splitlines():
        s = line.strip()
        if not s:
            continue
        if not s.startswith("#"):
            break
        body = s.lstrip("#").strip()
        m = re.match(r"^([A-Za-z@_-]+)\s*:\s*(.*)$", body)
        if m and m[1].lower() in ("title@vi", "title@en", "title", "description", "param", "param@vi", "param@en",
                                  "example", "post", "details"):
            key, value = m[1].lower(), m[2].strip()
            if key == "param":
                params.append(_parse_param(value, name))
                last = None
            elif key.startswith("param@"):
                words.append((key[len("param@"):], value))
                last = None
            else:
                fields.setdefault(key, []).append(value)
                last = key
        elif last in ("description",) and body:
            fields[last].append(body)          # a description continued on the next line
    post = fields["post"][0] if fields.get("post") else None
    if post is not None and post not in POST:
        raise QueryError(f"{name}: unknown post-processing step {post!r}", hint="one of: " + ", ".join(POST))
    details = tuple(v.lstrip("?$") for v in " ".join(fields.get("details", [])).split())
    if any(not re.fullmatch(r"[A-Za-z_]\w*", v) for v in details):
        raise QueryError(f"{name}: cannot read the details line {' '.join(details)!r}",
                         hint="write: # details: VAR [VAR ...] (the variables the details query is given)")
    if details and details_text is None:
        raise QueryError(f"{name}: the header declares a details query but details/{name}.rq was not found",
                         hint="put the details query in queries/details/ under the same name")
    if details and post is None:
        raise QueryError(f"{name}: a details query is run by the post step; the header names none",
                         hint="add: # post: NAME")
    title = (fields.get("title") or [""])[0]
    return NamedQuery(
        name=name,
        title_vi=(fields.get("title@vi") or [title])[0],
        title_en=(fields.get("title@en") or [title])[0],
        description=" ".join(fields.get("description", [])),
        parameters=_with_words(params, words, name),
        example=(fields.get("example") or [""])[0],
        sparql=text,
        post=post,
        details=details,
        details_sparql=details_text if details else None,
    )


@lru_cache(maxsize=1)
def _catalog() -> tuple[NamedQuery, ...]:
    out = []
    for path in resources.query_files():
        out.append(parse_query(path.read_text(encoding="utf-8"), path.stem, details_text(path)))
    return tuple(out)


def details_text(path: Path) -> str | None:
    """The details query of the query file ``path`` (``details/NAME.rq`` beside it), if any."""
    candidate = path.parent / "details" / path.name
    return candidate.read_text(encoding="utf-8") if candidate.is_file() else None


def catalog() -> list[NamedQuery]:
    """The named queries of ``queries/``, by name."""
    return sorted(_catalog(), key=lambda q: q.name)


def get(name: str) -> NamedQuery:
    for q in _catalog():
        if q.name == name:
            return q
    raise NotFound(code="no-named-query",
                   details={"name": repr(name), "available": ", ".join(q.name for q in catalog())})
