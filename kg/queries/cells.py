"""A named query's result as a person reads it (bảng kết quả cho người đọc): which columns are shown and what each
cell says in the reader's language, with the page it opens. The one rule of ``dkg query``'s text table, of the
``/queries`` pages, of their report CSV and of the home page's search results: the CLI joins a cell's pieces of
text, the web links them. CSV, TSV and JSON keep the columns' names, codes, IRIs and ISO days, for programs.

What a reader is shown: a document by its name ("Nghị quyết 46-NQ/TW"), not its address; a body, a place, an event,
a target, an outcome by the name its row gives it, the column of that name left out; codes (a level, a status, a
kind, a document's type) and the ``document`` query's fields in words; days and figures as the language writes
them (20/12/2023 and 1.500 in Vietnamese).
"""

from __future__ import annotations

import re
from functools import lru_cache

import pyoxigraph as ox

from kg.i18n import COMPARISON_SIGNS, DOCUMENT_FIELDS, TEXT, day_said, format_number, query_code
from kg.paths import DOC_BASE, doc_path, iri_path, review_path
from kg.rdf.vocab import BASE, DKG, ID, SKOS
from kg.resources import data_dir
from kg.text.bodykinds import body_kind_table
from kg.text.dockeys import key_name, label_adds
from kg.text.doctypes import document_types, type_name

#: A piece of a cell: its text and the page it opens (None: plain text).
Part = tuple[str, str | None]

#: The columns that say which source a fact (a target, an outcome) was read from, to cite it by: its IRI, title,
#: address, publisher and day, in this order in every query that names a fact's source (targets, outcomes), their
#: CSV and JSON twins and their pages and text tables (kg.queries.joined).
SOURCE_COLUMNS = ("source", "source_title", "source_url", "source_publisher", "source_published")

#: Columns whose values are document keys; in ``documents`` and ``implements``, several joined by "; ".
KEY_COLUMNS = frozenset({"key", "set_by", "parent", "reviewed", "reports_on", "documents", "implements"})

#: Columns whose values are days: said as the language writes them (``kg.i18n.day_said``); CSV, TSV and JSON keep
#: ISO 8601.
DATE_COLUMNS = frozenset({"date", "issued", "due", "as_of", "first_date", "parent_date", "when", "last_review"})

#: Columns whose figures are years or codes, written without a thousands separator.
PLAIN_NUMBER_COLUMNS = frozenset({"target_year", "year", "code"})

#: The queries whose ``kind`` column is a body's kind, not an event's or a unit's.
BODY_KIND_QUERIES = frozenset({"bodies", "directory"})

SOURCE_BASE = str(ID) + "source/"


def document_keys(column: str, text: str) -> list[str]:
    """The document keys a cell of a :data:`KEY_COLUMNS` column holds, in order."""
    return [k for k in (text.split("; ") if column in ("documents", "implements") else [text]) if k]


def shown_keys(column: str, text: str) -> str:
    """A cell of a :data:`KEY_COLUMNS` column as a reader reads it: each document by its readable name
    (``kg.text.dockeys.key_name``: 'Kế hoạch thực hiện ...' for 'KH:thực hiện ...')."""
    return "; ".join(key_name(k) for k in document_keys(column, text))


def document_named(column: str, value: object, row: dict) -> str | None:
    """A cell holding a document's IRI (the ``document`` column, the timeline's ``item``) as the domain names the
    document (tên văn bản): its type written out before its symbol ("Nghị quyết 46-NQ/TW"), or the name of a
    document without a number (:func:`kg.text.dockeys.key_name`). None where the row gives no key to name it by, or
    the cell is no document's (an event of the timeline). A document's name is Vietnamese in both languages, as the
    cards say it."""
    key, code = row.get("key"), row.get("type")
    if column not in ("document", "item") or not isinstance(value, str) or not value.startswith(DOC_BASE):
        return None
    if not isinstance(key, str) or not key:
        return None
    if ":" not in key and isinstance(code, str) and code in document_types():
        return f"{type_name(code)} {key}"
    return key_name(key)


def label_adds_to(label: str, value: object, row: dict) -> bool:
    """Does a row's ``label`` say more than the name its document's cell gives (:func:`document_named`)? Not where it
    is that name again ("Chương trình 115-CTr/TU") or the description an unnumbered document is named by
    (:func:`kg.text.dockeys.label_adds`); it does where the cell names no document (an event's label)."""
    name = document_named("document", value, row)
    if name is None:
        return True
    return label.rstrip("…").strip().casefold() != name.casefold() and label_adds(label, row.get("key"))


@lru_cache(maxsize=1)
def _event_kinds() -> dict[str, dict[str, str]]:
    """The event kinds by code ('study-session') with their names by language, from the vocabulary the store
    loads (``ontology/vocab-events.ttl``), so that a table says them as the cards do."""
    scheme = ox.NamedNode(BASE + "vocab/event")
    quads = list(ox.parse(path=str(data_dir("ontology") / "vocab-events.ttl"), format=ox.RdfFormat.TURTLE))
    kinds = {q.subject for q in quads if q.predicate.value == str(SKOS.inScheme) and q.object == scheme}
    out: dict[str, dict[str, str]] = {}
    for q in quads:
        if q.subject in kinds and q.predicate.value == str(SKOS.prefLabel) and q.object.language:
            out.setdefault(q.subject.value.rsplit("/", 1)[-1], {})[q.object.language] = q.object.value
    return out


def event_kind_name(column: str, code: str, lang: str) -> str | None:
    """The name in ``lang`` of an event kind a query answers with in its ``type`` column (the timeline's events:
    'study-session' -> 'Quán triệt, học tập'); None for any other column or value."""
    names = _event_kinds().get(code) if column == "type" else None
    return None if names is None else names.get("en" if lang == "en" else "vi")


def level_unknown(column: str, value, row: dict) -> bool:
    """Is this the empty ``level`` cell of a row about a document (a row with a key)? It says that the
    level of that document is not known (no issuer or level stated), which a blank cell does not."""
    return column == "level" and value is None and bool(row.get("key"))


#: the node a row is about (a result's first column: a body, a place of the map, an event, a target, an outcome) and the
#: column that names it, the first of these a result has (a body's and a place's name, an event's label, a target's
#: or an outcome's words)
SUBJECTS, SUBJECT_NAMES = ("body", "unit", "event", "target", "outcome"), ("name", "label", "text")
#: the other columns of nodes, each with the column that names its node (an event's organiser, a fact's source)
NAMED_BY = {"organiser": "organiser_name", "source": "source_title"}


def naming_columns(columns: list[str]) -> dict[str, str]:
    """The columns of a result whose cells are nodes' addresses (IRIs), each with the column that names the node: a
    reader is shown the node by that name, in place of an address that tells a reader nothing, and not the naming
    column (as a document's column says its key's name)."""
    out = {c: n for c, n in NAMED_BY.items() if c in columns and n in columns}
    subject = next((n for n in SUBJECT_NAMES if n in columns), None) if columns and columns[0] in SUBJECTS else None
    item = {"item": "label"} if "item" in columns and "label" in columns else {}  # (a timeline's event)
    return out | item | ({columns[0]: subject} if subject else {})


def node_named(column: str, value: object, row: dict, naming: dict[str, str]) -> str | None:
    """A cell holding a node's IRI as a reader names it (:func:`naming_columns`), by the row's name of it, else None
    (an outcome's target, which the row does not name, is said by :func:`cell_parts` as the target of the document
    that set it)."""
    if not isinstance(value, str) or not value.startswith(str(ID)) or column == "item" and value.startswith(DOC_BASE):
        return None  # (a document is named as the domain names it: document_named)
    name = row.get(naming.get(column, ""))
    return None if name is None else str(name)


def body_kind_said(column: str, value: object, query: str, lang: str | None) -> str | None:
    """A body's kind in the bodies' queries ('party-delegation') as the list of bodies names it in ``lang`` ("Đảng
    đoàn"); None for any other cell."""
    kind = body_kind_table().get(value) if column == "kind" and query in BODY_KIND_QUERIES and isinstance(value, str) else None
    return None if kind is None else kind["name_en" if lang == "en" else "name_vi"]


_COMPACT = [(str(ID), "id:"), (str(DKG), "dkg:"), (BASE + "vocab/", "vocab:")]


def compact(text: str) -> str:
    """An address of ours written short (``id:body/...``), for a cell that has no name to say."""
    for long, short in _COMPACT:
        if text.startswith(long):
            return short + text[len(long):]
    return text


def plain(value) -> str:
    """A value of a result with no word of its own, as text."""
    if isinstance(value, float):
        return f"{value:.4g}" if abs(value) < 1e6 else f"{value:.0f}"
    return str(value)


def _target_parts(row: dict, lang: str) -> list[Part]:
    """A target has no page of its own and its IRI tells a reader nothing: the cell names the
    document that set it (the row's ``set_by``) and links to the targets on that document's card."""
    key = row.get("set_by")
    if isinstance(key, str) and key:
        return [(TEXT[lang]["target_of"].format(key=key_name(key)), doc_path(key) + "#targets")]
    return [(TEXT[lang]["kind_target"], None)]


def cell_parts(column: str, value, row: dict, lang: str = "vi", *, query: str = "",
               naming: dict[str, str] | None = None) -> list[Part]:
    """A cell of query ``query``'s result as pieces of text, each with the page it opens (or None): see the module's
    docstring. ``naming``: the result's :func:`naming_columns`, by which a node's address is said by its name."""
    lang = "en" if lang == "en" else "vi"
    if level_unknown(column, value, row):
        value = "unknown"
    value = getattr(value, "value", value)
    if value is None and naming and row.get(naming.get(column, "")):  # (a node the row names but gives no address:
        return [(str(row[naming[column]]).replace("\n", " "), None)]  # coverage's communes, which the map lacks)
    if value is None or value == "":
        return []
    if query == "document" and column in ("field", "value", "detail"):
        return _document_field(column, value, row, lang)
    if isinstance(value, bool):
        return [(TEXT[lang]["yes" if value else "no"], None)]
    if isinstance(value, (int, float)) and column not in PLAIN_NUMBER_COLUMNS:
        return [(format_number(value, lang), None)]
    text = plain(value)
    if (word := query_code(column, text, lang) or event_kind_name(column, text, lang)
            or body_kind_said(column, text, query, lang)) is not None:
        return [(word, None)]
    if column == "comparator" and text in COMPARISON_SIGNS:  # (a target's: "≥", as the cards write it)
        return [(COMPARISON_SIGNS[text] or "=", None)]
    if column in DATE_COLUMNS or column == "source_published":
        return [(day_said(text, lang), None)]
    if column == "type" and text in document_types():  # a document's type code ('CTr') by its name, as cards say it
        return [(type_name(text, lang), None)]
    if column in KEY_COLUMNS:
        out: list[Part] = []
        for i, k in enumerate(document_keys(column, text)):
            out += [("; ", None)] * bool(i) + [(key_name(k), doc_path(k))]
        return out
    if column == "source" and text.startswith(SOURCE_BASE):  # the text it was read from, opening its review page
        return [(str(row.get("source_title") or text[len(SOURCE_BASE):]).replace("\n", " "), review_path(text[len(SOURCE_BASE):]))]
    if column == "target" and text.startswith(str(ID) + "target/") and not row.get(naming.get("target", "") if naming else ""):
        return _target_parts(row, lang)
    if naming and (name := node_named(column, text, row, naming)) is not None:
        return [(name.replace("\n", " "), iri_path(text))]
    key = row.get("key")
    if (name := document_named(column, text, row)) is not None:
        return [(name, doc_path(str(key), text))]  # (the card of exactly this node: two documents may share a key)
    if text.startswith(str(ID)):
        return [(compact(text), iri_path(text, key if isinstance(key, str) and key else None))]
    return [(compact(text).replace("\n", " "), None)]


_TASK_DETAIL = re.compile(r"^(?:lead: (?P<lead>.*?))?(?:;? ?deadline (?P<due>\S+))?$", re.S)


def _document_field(column: str, value, row: dict, lang: str) -> list[Part]:
    """A cell of the ``document`` query (one row a field of the document): the field in words, its value in words
    (a type, a system, a level by their names; a linked document by its name, opening its card; an issuer opening
    its page), its detail (a day, a task's lead and deadline) as the language says it."""
    words, field, target = DOCUMENT_FIELDS[lang], str(row.get("field") or ""), row.get("target")
    text = plain(value)
    if column == "field":
        return [(words.get(text, text), None)]
    if column == "detail":
        found = _TASK_DETAIL.match(text) if field == "task" else None
        if found and (found["lead"] or found["due"]):
            return [("; ".join(x for x in (words["task.lead"].format(body=found["lead"]) if found["lead"] else "",
                                           words["task.due"].format(day=day_said(found["due"], lang)) if found["due"] else "")
                               if x), None)]
        return [(day_said(text, lang) if re.fullmatch(r"\d{4}-\d\d-\d\d", text) else text, None)]
    if field in ("type", "document type") and text in document_types():
        return [(type_name(text, lang), None)]
    if field == "system" and f"system.{text}" in words:
        return [(words[f"system.{text}"], None)]
    if field == "level" and (word := query_code("level", text, lang)):
        return [(word, None)]
    if field == "date issued":
        return [(day_said(text, lang), None)]
    if field == "event" and (word := event_kind_name("type", text, lang)):
        return [(word, None)]
    if isinstance(target, str) and target.startswith(DOC_BASE):  # a linked document, by its key
        return [(key_name(text), doc_path(text, target))]
    if isinstance(target, str) and target.startswith(SOURCE_BASE):
        return [(text, review_path(target[len(SOURCE_BASE):]))]
    if isinstance(target, str) and target.startswith(str(ID)) and field not in ("target", "outcome", "task", "event"):
        return [(text, iri_path(target))]
    return [(text.replace("\n", " "), None)]


def shown_columns(query: str, columns: list[str]) -> list[str]:
    """The columns of query ``query``'s result a reader is shown: not a document's key beside its column, which says
    its name; not the column that names a node (:func:`naming_columns`), whose column says that name; not the
    ``document`` query's ``target``, the address of what its value names."""
    named = next((c for c in ("document", "item") if c in columns), None)
    naming = naming_columns(columns)
    return [c for c in columns if not (named and c == "key")
            and not (c in naming.values() and c != "label" or c == "label" and not named and "label" in naming.values())
            and not (query == "document" and c == "target")]


def said_rows(query: str, columns: list[str], rows: list[dict], lang: str) -> tuple[list[str], list[list[list[Part]]]]:
    """The columns shown of a result and each row's cells as pieces (:func:`cell_parts`); a ``label`` that says no
    more than its document's name is left blank, and the column of labels left out where none says more."""
    shown = shown_columns(query, columns)
    named = next((c for c in ("document", "item") if c in columns), None)
    naming = naming_columns(columns)
    # the document query gives a document's key and type as rows of their own ("field": "key"): its column names it
    fields: dict = {}
    for r in rows if query == "document" else ():
        if r.get("field") in ("key", "type"):
            fields.setdefault(r.get("document"), {})[r["field"]] = r.get("value")

    def said(column: str, row: dict) -> list[Part]:
        v = row.get(column)
        if column == "label" and named and isinstance(v, str) and (not label_adds_to(v, row.get(named), row)
                                                                   or document_named(named, row.get(named), row) is None):
            return []  # (a label its document's name says, or an event's, which the item's cell says)
        if query == "document" and column == "document" and not row.get("key"):
            row = {**row, **fields.get(v, {})}
        return cell_parts(column, v, row, lang, query=query, naming=naming)

    cells = [[said(c, r) for c in shown] for r in rows]
    if named and "label" in shown and rows and not any(row[shown.index("label")] for row in cells):
        at = shown.index("label")
        shown.pop(at)
        cells = [row[:at] + row[at + 1:] for row in cells]
    return shown, cells


def joined(parts: list[Part]) -> str:
    """A cell's pieces as one text, for a table with no links."""
    return "".join(text for text, _ in parts)


def parameter_need(p, lang: str) -> str:
    """Whether parameter ``p`` (``kg.queries.catalog.Parameter``) must be given, its default and largest value, in
    ``lang`` as the language writes numbers ("mặc định 1.000, tối đa 10.000")."""
    t = TEXT["en" if lang == "en" else "vi"]
    if p.required:
        said = t["param_required"]
    elif p.default is not None:
        value = p.default
        shown = t["param_today"] if value == "today" else format_number(int(value), lang) if value.isdigit() else value
        said = t["param_default"].format(value=shown)
    else:
        said = t["param_optional"]
    if p.maximum is not None and str(p.maximum) != p.default:
        said += ", " + t["param_most"].format(value=format_number(p.maximum, lang))
    return said


def parameter_said(p, lang: str) -> str:
    """Parameter ``p`` of a named query as the command line says it in ``lang`` (``dkg queries``, an error's hint):
    its name, typed after ``-p``, its label (its query file's) and :func:`parameter_need` ("limit: số dòng tối đa,
    mặc định 1.000")."""
    label = p.label(lang)
    return f"{p.name}: {label[:1].lower() + label[1:]}, {parameter_need(p, lang)}"
