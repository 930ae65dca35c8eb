"""How a change is said (thay đổi nói thành lời): the lines of ``dkg changes``, and the words the ``/changes`` page
and its Atom feed put together from the read model of :mod:`kg.changes`, in Vietnamese or English.

Each item a line: its sign (``+`` added, ``-`` removed, ``~`` changed in place), its kind, its document, its figure or
body and its own words; what a change set changed in place (a document moved to another commune, its issuer or subject
corrected, an outcome's unit, an event's organiser, a document's issue date, a link's type as the ontology
labels it; a target's or an outcome's figure, words, unit or document, an event's type, date or documents reviewed, a
task's document or words) as the field's name with its value before and after; a node a correction held back as held
(quarantined), not deleted, with why and where it waits. A change set's heading says when, by which command and who sent it, and its
reviewers' decisions who decided what and why. A change set of more items than :data:`LISTED` (an ingest's, a
load's) is said in a line a sign, its items counted by kind, unless they are asked for (``dkg changes --items``).
"""
from __future__ import annotations

from collections import Counter

from kg.changes import REVIEW_PAGE, UNDO_PAGE
from kg.changes_model import KINDS, LABELLED, ChangeSetView, Changes, DecisionView, Item
from kg.changes_pairs import FACT_KINDS
from kg.i18n import COMPARISON_SIGNS, REVIEW, REVIEW_FIELDS, TEXT, count_said, day_said, figure_said, format_number
from kg.rdf.vocab import ROLE_BY_CODE
from kg.review.corrections import link_type_words
from kg.store import history
from kg.text.dockeys import key_name, label_adds
from kg.text.doctypes import type_name


def kind_text(item: Item, lang: str) -> str:
    """The kind an item is listed under in ``lang``: a link under the type a correction gave it where that is not
    ``implements`` ("Liên kết (căn cứ)", "Link (based on)": the kind's own name, "Implementation link", said the
    type it no longer has)."""
    code = (item.get("now") or {}).get("type") if item["kind"] == "link" else None
    if code and code != "implements":
        return TEXT[lang]["kind_link_typed"].format(type=link_type_words(code, lang))
    return TEXT[lang]["kind_" + item["kind"]]


def target_label(item: Item, lang: str) -> str:
    """What a link's target is called on the page, in ``dkg changes`` and in the feed: its key, else
    "a document of unknown key" in ``lang`` (its address names nothing for a reader; the page keeps
    it in a tooltip)."""
    return key_name(item["target_key"]) if item["target_key"] else TEXT[lang]["unknown_document"]


def command_text(command: str, lang: str) -> str:
    """A change set's command as a reader is shown it in ``lang``: the log keeps ``dkg ingest (through
    dkg serve)``, ``SPARQL update (endpoint)`` or ``library`` in English; the command's own name
    (``dkg ingest``) is what a user types and stays."""
    words = TEXT[lang]
    if command == history.ENDPOINT_AGENT:
        return words["endpoint_update"]
    if command == history.LIBRARY_AGENT:
        return words["library_write"]
    if command.endswith(history.SERVED_SUFFIX):
        command = command[:-len(history.SERVED_SUFFIX)]
        page = {REVIEW_PAGE: "review_page", UNDO_PAGE: "undo_page"}.get(command)
        return f"{words[page] if page else command} ({words['via_server']})"
    return command


def figure_text(item: Item, lang: str) -> str | None:
    """A target's or an outcome's figure as the cards write it (``≥ 1.500 hội viên``, ``34/55 xã``);
    None for other items and for those without one."""
    value = item.get("value")
    if value is None or item["kind"] not in ("target", "outcome", "tie", "untie"):
        return None
    if item.get("denominator") is not None:
        figure = f"{format_number(value, lang)}/{format_number(item['denominator'], lang)}"
        return " ".join(x for x in (figure, item.get("unit")) if x)
    return figure_said(value, item.get("unit"), item.get("comparator"), lang)


def moved_words(item: Item, lang: str) -> list[tuple[str, str, str]]:
    """What a ``changed`` item's change set changed, a field a row (:func:`fields_said`); nothing for another item, or
    where only the node changed."""
    now = item.get("now") or {}
    return fields_said(item["kind"], [(f, before, now[f] if f in now else item.get(f))  # (a moved document's own field)
                                      for f, before in (item["was"] or {}).items()], lang)


def fields_said(kind: str, fields: list[tuple[str, object, object]], lang: str) -> list[tuple[str, str, str]]:
    """Fields of a fact of ``kind`` changed, each (field, before, after), said in ``lang``: the field's name as the
    review form names it (``kg.i18n.REVIEW_FIELDS``), its values in words, a level in words ("Xã"), a role ("phối
    hợp"), a link's type as the ontology labels it, a document's type by its name ("Kế hoạch (KH)"), documents by their
    keys' names, a figure as the language writes it; a list joined, none said "—". The one rule of ``/changes``, ``dkg
    changes`` and a fact's history (``kg.web.facts``)."""
    words = TEXT[lang]
    names = {**REVIEW_FIELDS[lang], "place": words["jurisdiction"], "date": words["date"], "level": words["level"],
             "label": words["name"]}

    def said(field: str, value: object) -> str:
        if isinstance(value, list):
            value = "; ".join(map(str, value))
        value = None if value in (None, "") else str(value)
        if field == "type" and value and kind == "link":
            return "; ".join(link_type_words(code, lang) for code in value.split("; "))
        if field in ("to", "document", "reviews") and value:  # (documents by their keys' names; an address where none)
            return "; ".join(key_name(key) for key in value.split("; "))
        if field in ("value", "of") and value:  # (a figure as the language writes it: 1.500, 1,500)
            return format_number(float(value), lang)
        if field == "comparator" and value:
            return COMPARISON_SIGNS.get(value) or value
        if field == "role" and value and (role := ROLE_BY_CODE.get(value)):
            return TEXT[lang][role.word].lower()
        if field == "level" and value:
            return words.get("level_" + value, value)
        if field == "type" and value and (name := type_name(value, lang)) != value:
            return f"{name} ({value})"
        return value or "—"

    return [(names.get(f, f), said(f, before), said(f, after)) for f, before, after in fields]


def item_sign(item: Item) -> str:
    """The mark a line starts with: ``+`` added, ``-`` removed, ``~`` changed in place."""
    return {"added": "+", "removed": "-"}.get(item["action"], "~")


def item_text(item: Item, lang: str) -> str:
    """One item on a line, as the page shows it: ``+`` added, ``-`` removed or ``~`` changed, its kind, its document
    (else its own label); a target's, outcome's or event's own label after its document, a link's
    target, a document's title. A document without a number is named as a reader names it
    ('Kế hoạch thực hiện ...', not its key 'KH:thực hiện ...')."""
    document = key_name(item["key"]) if item["key"] else item["document"]
    label = item["node_label"] if item["kind"] in LABELLED else None
    # its document, its figure (two outcomes read in one sentence share its words), its body, its own words
    what = " · ".join(x for x in (document, figure_text(item, lang), body_text(item, lang), label) if x) \
        or item["node_label"] or ""
    line = f"{item_sign(item)} {kind_text(item, lang)}: {what}"
    if item["target"]:
        line += f" → {target_label(item, lang)}"
    return line


def body_text(item: Item, lang: str) -> str | None:
    """An assignment's body with its role in ``lang`` ("Sở Tài chính (chủ trì)"), as the review page says it."""
    if item["kind"] != "assignment" or not item.get("body"):
        return None
    role = ROLE_BY_CODE.get(item.get("role") or "")
    return f"{item['body']} ({TEXT[lang][role.word].lower()})" if role else item["body"]


def moved_text(item: Item, lang: str, *, days: bool = False) -> str:
    """A ``changed`` document's change said at the end of its line (`` — Địa bàn: Phường Đông Kinh, Lạng Sơn →
    Phường Tam Thanh, Lạng Sơn``); empty for another item. ``days``: a day before or after said as ``lang`` writes it
    (``dkg changes``, as the page's filter says it; the feed keeps ISO)."""
    said = (lambda value: day_said(value, lang)) if days else (lambda value: value)
    moved = moved_words(item, lang)
    return " — " + "; ".join(f"{name}: {said(before)} → {said(after)}" for name, before, after in moved) if moved else ""


def held_text(item: Item, lang: str) -> str | None:
    """What a removed item that a correction held back says of it in ``lang`` (out of the graph, not deleted, and
    why: the violation as the review page says it; a link held back with its document says that), or a document's
    place a correction gave that the graph did not take (the place it keeps, and why); None for any other item."""
    held = item.get("held")
    if "kept" in item:
        return TEXT[lang]["change_place_kept"].format(place=item["kept"]) if item["kept"] else \
            TEXT[lang]["change_place_none"]
    if not held:
        return None
    if item["kind"] not in ("document", *FACT_KINDS):
        return TEXT[lang]["change_held_with"]
    reason = held["reason"].get(lang) or next(iter(held["reason"].values()), "")
    return TEXT[lang]["change_held"].format(reason=reason.rstrip(". "))


def held_where(item: Item, lang: str) -> str:
    """What ``dkg changes`` says at the end of a held item's line (`` — held back ...; see `dkg review show ID` ...``),
    or of a place the graph kept (:func:`held_text`); empty for any other item."""
    said = held_text(item, lang)
    held = item.get("held")
    if said and held:
        return f" — {said}; {TEXT[lang]['change_held_where'].format(fact=held['fact'])}"
    return f" — {said}" if said else ""


#: the most items a change set lists, one a line, unless ``--items`` asks for them all: a reviewer's correction shows
#: whole, an ingest of a few texts (hundreds of items, a screenful or more) as its counts
LISTED = 10
#: the texts such a change set names (the first ones; how many more after them)
SOURCES_NAMED = 5


def summary_lines(items: list[Item], lang: str) -> list[str]:
    """A change set's items counted, a line a sign (``+ thêm: Văn bản 45 · Chỉ tiêu 30``), kinds in the order of
    :data:`kg.changes_model.KINDS` (what ``dkg changes`` and the page ``/changes`` say of a change set of many items)."""
    words = TEXT[lang]
    counts: Counter[tuple[str, str]] = Counter((item["action"], item["kind"]) for item in items)
    lines = []
    for action in ("added", "changed", "removed"):
        kinds = [f"{words['kind_' + kind]} {format_number(counts[action, kind], lang)}"
                 for kind in KINDS if counts[action, kind]]
        if kinds:
            sign = item_sign({"action": action})  # type: ignore[typeddict-item]  # (the sign alone)
            lines.append(f"{sign} {words['change_summary_' + action]}: " + " · ".join(kinds))
    return lines


def undone_text(c: ChangeSetView, lang: str) -> str:
    """What a change set's heading adds where an undo in force took it back: which, whose and when (as /changes says
    it); nothing while it stands."""
    u = c["undone_by"]
    if not u:
        return ""
    words = TEXT[lang]
    return (f" · {words['undone_at']} #{u['id']}" + (f" ({words['sent_by']}: {u['by']}," if u["by"] else " (")
            + f" {day_said(u['time'][:19], lang)} UTC)")


def to_text(data: Changes, lang: str = "vi", *, since: bool = False, items: bool = False) -> str:
    """The change sets as ``dkg changes`` prints them: a heading per change set, an item a line (a change set of more
    than :data:`LISTED` items, its counts by kind, unless ``items``); where there is none under filters (or ``since``
    a day), the page's words for that ("no change matches these filters")."""
    if not data["change_sets"]:
        return TEXT[lang]["changes_none" if data["filters"] or since else "none"] + "\n"
    out = []
    for c in data["change_sets"]:
        # (an undo names the change sets it took back: "hoàn tác #4, #5")
        undoes = TEXT[lang]["undoes_sets"].format(numbers=", ".join(f"#{n}" for n in c["undoes"]))
        out.append(f"#{c['id']}  {day_said(c['time'][:19], lang)} UTC  {command_text(c['command'], lang)}"
                   + (f" · {undoes}" if c["undoes"] else "") + (f" · {TEXT[lang]['sent_by']}: {c['by']}" if c["by"] else "")
                   + undone_text(c, lang))
        short = len(c["items"]) > LISTED and not items
        if c["source_texts"]:
            named = c["source_texts"][:SOURCES_NAMED] if short else c["source_texts"]
            more = len(c["source_texts"]) - len(named)
            out.append(f"  {TEXT[lang]['sources']}: " + "; ".join(s["title"] + (f" ({s['file']})" if s.get("file") and s["file"] != s["title"] else "")
                                                                  for s in named)
                       + (" " + TEXT[lang]["change_summary_more"].format(count=format_number(more, lang)) if more else ""))
        for d in c["decisions"]:
            out += ["  " + decision_text(d, lang), *("    " + line for line in decided_lines(d, lang))]
        if short:
            # (and, on the command line, how many in all and how to list them)
            out += ["  " + line for line in summary_lines(c["items"], lang)]
            out.append("  " + TEXT[lang]["change_summary_hint"].format(count=format_number(len(c["items"]), lang)))
            continue
        out += ["  " + item_text(i, lang) + (f" ({day_said(i['date'], lang)})" if i["date"] else "")
                + (f": {i['label']}" if i["kind"] == "document" and label_adds(i["label"], i["key"]) else "")
                + moved_text(i, lang, days=True) + held_where(i, lang) for i in c["items"]]
    if data.get("older"):  # (the next page, as the web page's "Older" link gives it)
        out.append(TEXT[lang]["changes_older_cli"].format(n=data["older"]))
    return "\n".join(out) + "\n"


def decision_words(decision: DecisionView, lang: str) -> tuple[str, str]:
    """A decision's word and what it was about, in ``lang``: ("đã chấp nhận", "2 dữ kiện")."""
    words = TEXT[lang]
    state = words.get(f"decision_{decision['state']}", decision["state"])
    return state, count_said(decision["count"], words["decision_of_" + decision["kind"]], lang)


def decided_lines(decision: DecisionView, lang: str) -> list[str]:
    """The facts a decision was about, a line each as ``dkg changes`` prints them under it: ``Chỉ tiêu · 31-KH/TU:
    "Phấn đấu ..." (dkg review show ID)``, and how many more where it named only the first."""
    out = [f"{REVIEW[lang].get(f['kind'] or '', f['kind'] or '')}" + (f" · {key_name(f['document'])}" if f["document"] else "")
           + (f": \u201c{f['sentence']}\u201d" if f["sentence"] else "") + f" (dkg review show {f['id']})"
           for f in decision.get("facts", [])]
    if out and decision["count"] > len(out):
        out.append(TEXT[lang]["decided_more"].format(n=decision["count"] - len(out)))
    return out


def replacing_words(decision: DecisionView, lang: str) -> str | None:
    """Whose decision it undid, in ``lang`` ("replacing Lan's rejection"), or None."""
    if not decision.get("replaced_reviewer"):
        return None
    word = REVIEW[lang].get("word_" + (decision.get("replaced_state") or ""), decision.get("replaced_state") or "")
    return TEXT[lang]["decision_replacing"].format(reviewer=decision["replaced_reviewer"], word=word)


def decision_text(decision: DecisionView, lang: str) -> str:
    """A change set's decision on its line, as ``dkg changes`` prints it: ``Người duyệt: Lê Văn An — đã chấp nhận
    2 dữ kiện — lý do: ...``."""
    words = TEXT[lang]
    state, about = decision_words(decision, lang)
    line = f"{words['decided_by']}: {decision['reviewer'] or '—'} — {state} {about}"
    if replacing := replacing_words(decision, lang):
        line += f" — {replacing}"
    return line + (f" — {words['decision_reason']}: {decision['reason']}" if decision["reason"] else "")
