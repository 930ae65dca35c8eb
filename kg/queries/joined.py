"""A named query's result laid out for a reader's screen: the columns a wide result shows joined (``targets``: a
target's figure, its latest outcome, its source as a citation gives it, one column each), and each joined cell's
words and link. The one rule of a query's page (``/queries/NAME``) and of ``dkg query``'s text table; CSV, TSV and
JSON keep every column apart.
"""

from __future__ import annotations

from kg.i18n import TEXT, day_said, figure_said, share_said
from kg.paths import DOC_BASE, doc_path, review_path
from kg.queries.cells import SOURCE_BASE, SOURCE_COLUMNS, Part, cell_parts, said_rows
from kg.text.dockeys import key_name, label_adds
from kg.text.doctypes import type_name


def _item_parts(row: dict, lang: str) -> list[Part]:
    """A timeline's item: a document by its key's readable name, linked to the card of exactly this node, with its
    label where it says more (as the cards do) than its type, which the row says beside it ("Kế hoạch 54/KH-UBND" is
    not said after "54/KH-UBND"); an event by its label, linked to its page where it has one."""
    iri, key, label = row.get("item"), row.get("key"), row.get("label")
    if not isinstance(iri, str):
        return [(str(label), None)] if label else []
    if isinstance(key, str) and key and iri.startswith(DOC_BASE):
        typed = f"{type_name(str(row.get('type') or ''), 'vi')} {key}"  # (a label is in the text's words: Vietnamese)
        says = label_adds(label, key) and str(label).casefold() != typed.casefold()
        return [(key_name(key), doc_path(key, iri))] + ([(f": {label}", None)] if says else [])
    linked = cell_parts("item", iri, row, lang)
    return [(str(label), linked[0][1])] if label and linked else linked


#: A query whose table has more columns than a laptop's screen shows side by side (``targets``: twenty,
#: a word a line) is laid out on its page with columns joined: each entry, a shown column and the
#: result columns it says, in order; the others are left off the page (an IRI, the target's own link,
#: which its document's link gives; ``coverage``'s unit, whose name and code the row gives and whose
#: address tells a reader nothing). The JSON and CSV twins keep every column apart.
JOINED: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "targets": (("set_by", ("set_by", "level", "place")), ("text", ("text",)),
                ("target_figure", ("comparator", "target_value", "unit", "target_year")),
                ("latest_outcome", ("outcome_value", "denominator", "outcome_unit", "as_of", "outcome_text")),
                ("link", ("link", "similarity", "earlier_ties", "earlier_reviewer", "earlier_state", "earlier_at",
                          "earlier_reason", "earlier_outcome")),
                ("ratio", ("ratio", "margin")), ("status", ("status",)), ("assessed", ("assessed", "assessed_note")),
                ("outcomes", ("outcomes", "matched")), ("source", SOURCE_COLUMNS)),
    # (seventeen columns scrolled in their box at 1280 px, a figure hard to find: the figure with its day, its
    # words, the target it answers with how it was tied, the document it reports on and its source as a citation
    # gives it; the outcome's address is left off, its JSON twin names it)
    "outcomes": (("outcome_figure", ("value", "denominator", "unit", "as_of")), ("text", ("text", "quote")),
                 ("target", ("target", "set_by", "link", "similarity")), ("reports_on", ("reports_on",)),
                 ("status", ("status",)),
                 ("source", SOURCE_COLUMNS)),
    "coverage": tuple((c, (c,)) for c in ("name", "kind", "code", "province", "status", "implementations", "documents",
                                          "first_date", "inherited_from")),
    # (nine columns of at least 8em scrolled in their box at 1280 px: a document's key, its card's link and its label
    # are one cell, its name linked to its card, and what the item is, with its type, another)
    "timeline": (("when", ("when",)), ("what", ("what", "type")), ("item", ("item", "key", "label")),
                 ("level", ("level",)), ("where", ("where",)), ("by", ("by",))),
}


def page_columns(name: str, columns: list[str]) -> list[tuple[str, tuple[str, ...]]]:
    """The columns query ``name``'s page shows, each with the result columns it says: those of
    :data:`JOINED` where the result has them all, else each result column as it is."""
    joined = JOINED.get(name)
    if joined and all(c in columns for _, parts in joined for c in parts):
        return list(joined)
    return [(c, (c,)) for c in columns]


def joined_parts(shown: str, row: dict, lang: str) -> list[Part]:
    """The cell of a joined column (:data:`JOINED`) for one result ``row``: a document with its level
    and place, a target's figure as the cards write it (``≥ 1.500 hội viên, 2025``), the latest outcome
    with its day and words, an assessment with its note."""
    words = TEXT["en" if lang == "en" else "vi"]

    def plain(column: str) -> str:
        return "".join(text for text, _ in cell_parts(column, row.get(column), row, lang))

    if shown == "set_by":
        # (a commune's document's place names its commune, "Xã Gia Viễn, Ninh Bình": the level would say it twice)
        named = row.get("level") == "commune" and ", " in (row.get("place") or "")
        where = ", ".join(x for x in (None if named else plain("level"), plain("place")) if x)
        return cell_parts("set_by", row.get("set_by"), row, lang) + ([(f" ({where})", None)] if where else [])
    if shown == "target_figure":
        if row.get("target_value") is None:
            return []
        figure = figure_said(row["target_value"], row.get("unit"), row.get("comparator"), lang)
        year = plain("target_year")
        return [(figure + (f", {year}" if year else ""), None)]
    if shown == "latest_outcome":
        figure = plain("outcome_value") + (f"/{plain('denominator')}" if row.get("denominator") is not None else "")
        figure = " ".join(x for x in (figure, plain("outcome_unit")) if x)
        head = figure + (f" ({plain('as_of')})" if row.get("as_of") else "")
        return [(" · ".join(x for x in (head, plain("outcome_text")) if x), None)] if head or row.get("outcome_text") else []
    if shown == "source":  # the text the fact was read from, by its title, opening its review page (its sentence)
        iri = row.get("source")
        if not isinstance(iri, str) or not iri.startswith(SOURCE_BASE):
            return []
        # (and who published it when, where the row has them: what a citation gives)
        cited = ", ".join(x for x in (plain("source_publisher"), plain("source_published")) if x)
        return [(str(row.get("source_title") or iri[len(SOURCE_BASE):]), review_path(iri[len(SOURCE_BASE):]))] + (
            [(f" · {cited}", None)] if cited else [])
    if shown == "outcome_figure":  # an outcome's figure with the day it was reported by ("1.560 văn bản (2025-11-28)")
        figure = plain("value") + (f"/{plain('denominator')}" if row.get("denominator") is not None else "")
        figure = " ".join(x for x in (figure, plain("unit")) if x)
        return [(figure + (f" ({plain('as_of')})" if row.get("as_of") else ""), None)] if figure else []
    if shown == "text":  # an outcome's words, and the source's own words where they are not among them
        quote, text = plain("quote"), plain("text")
        return [(" · ".join(x for x in (text, f"“{quote}”" if quote and quote not in text else "") if x), None)] \
            if text or quote else []
    if shown == "target":  # the document that set it, and how the outcome was tied to it (the link cell's words)
        tied = joined_parts("link", row, lang)
        return cell_parts("target", row.get("target"), row, lang) + ([(" · ", None), *tied] if tied and row.get("target") else [])
    if shown == "link":  # how the outcome was tied to its target: a reader of the report sees which the source did not state
        closeness = f", {words['tie_closeness']} {plain('similarity')}/100" if row.get("similarity") is not None else ""
        said = plain("link") + closeness if row.get("link") is not None else ""
        # (and a reviewer's word on a pair of an earlier version of the facts, which no correction drops silently:
        # the latest one, from its own columns, and how many more the card lists)
        earlier = ""
        if row.get("earlier_ties") and row.get("earlier_state") in ("accepted", "rejected"):
            earlier = f"{words['tie_earlier_short']}: {row.get('earlier_reviewer') or ''} " \
                      f"{words['tie_earlier_' + row['earlier_state']]} ({day_said(str(row.get('earlier_at') or '')[:10], lang)})"
            earlier += f": “{row['earlier_reason']}”" if row.get("earlier_reason") else ""
            more = int(row["earlier_ties"]) - 1
            earlier += f" ({words['tie_earlier_more'].format(n=more)})" if more > 0 else ""
        return [(" · ".join(x for x in (said, earlier) if x), None)] if said or earlier else []
    if shown == "ratio":  # a ceiling's by how far under it, else the share (kg.i18n.share_said, as the card says it)
        return [(said, None)] if (said := share_said(row.get("ratio"), row.get("margin"), row.get("unit"), lang)) else []
    if shown == "outcomes" and row.get("matched"):  # "3 (2 ghép theo câu chữ)"
        return [(f"{plain('outcomes')} ({plain('matched')} {words['tie_matched']})", None)]
    if shown == "what":  # a timeline's item: what it is, and its type ("Văn bản: Kế hoạch", "Sự kiện: Sơ kết")
        return [(": ".join(x for x in (plain("what"), plain("type")) if x), None)] if row.get("what") else []
    if shown == "item":  # a timeline's item by its name, opening its card (its key's name for a document)
        return _item_parts(row, lang)
    if shown == "assessed":
        return [(": ".join(x for x in (plain("assessed"), plain("assessed_note")) if x), None)] if row.get("assessed") else []
    return cell_parts(shown, row.get(shown), row, lang)


def page_cells(name: str, columns: list[str], rows: list[dict], lang: str) -> tuple[
        list[tuple[str, tuple[str, ...]]], list[list[list[Part]]]]:
    """What a reader is shown of query ``name``'s result (its ``columns`` and ``rows``): the columns, each with the
    result columns it says (:func:`page_columns`, else those :func:`kg.queries.cells.said_rows` keeps), and each
    row's cells as pieces of text with the page each links to."""
    shown = page_columns(name, columns)
    if name not in JOINED or shown == [(c, (c,)) for c in columns]:
        kept, cells = said_rows(name, columns, rows, lang)
        return [(c, (c,)) for c in kept], cells
    return shown, [[joined_parts(c, row, lang) if parts != (c,) else cell_parts(c, row.get(c), row, lang, query=name)
                    for c, parts in shown] for row in rows]


__all__ = ["JOINED", "joined_parts", "page_cells", "page_columns"]
